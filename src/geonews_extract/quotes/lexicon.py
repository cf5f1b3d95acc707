"""The quotes stage's word lists: cues of reported speech and kinds of sources.

Both live as JSON under ``data/quotes/`` (``cues.json``, ``sources.json``), where each
file's ``_about`` says what its lists mean. They are read when the stage is built,
never at import, and travel with a saved pipeline. A file (the packaged one or a user's) is
checked against `CUES_SHAPE` / `SOURCES_SHAPE` when read: an unknown key or a value of the
wrong shape raises `DataFileError` naming the file, the key and the shape expected, so a typo
never silently yields no quotes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..datafiles import DataFileError, data_path, read_json

CUES_FILE = "cues.json"
SOURCES_FILE = "sources.json"
DATA = data_path("quotes")

#: The shape of each file: key -> "text", "words" (a list of strings), "types by word" (an
#: object of lists of strings), or a nested shape for every value of an object.
WORDS = "a list of strings"
TEXT = "a string"
WORDS_BY_KEY = "an object whose values are lists of strings"
CUES_SHAPE: dict[str, Any] = {
    "_about": TEXT, "speech": WORDS, "cognition": WORDS, "naming": WORDS, "phrases": WORDS,
    "requests": WORDS, "commitments": WORDS, "phrasal": WORDS, "answers": WORDS,
    "judgements": WORDS, "topics": WORDS, "grounds": WORDS, "descriptions": WORDS, "gerunds": WORDS, "predicates": WORDS, "light_verbs": WORDS,
    "questions": WORDS, "quoted_objects": WORDS, "consequences": WORDS, "outcries": WORDS,
    "connectives": WORDS, "findings": WORDS, "implicatives": WORDS, "speech_nouns": WORDS, "claim_weighers": WORDS, "speech_events": WORDS,
}
SOURCES_SHAPE: dict[str, Any] = {
    "_about": TEXT,
    "generic": WORDS,
    "documents": WORDS,
    "definite": {"*": {"_about": TEXT, "types": WORDS, "nouns": WORDS}},
    "pronouns": WORDS_BY_KEY,
    "channels": WORDS,
    "representing": WORDS,
    "bodies": WORDS,
    "studies": WORDS,
    "labels": WORDS,
    "titles": WORDS_BY_KEY,
    "honorifics": WORDS,
    "kinds": WORDS_BY_KEY,
}


@dataclass(frozen=True)
class Lexicon:
    """What the quote finders look up; every word is lower case (verbs and nouns as lemmas)."""

    speech_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # multiword cues, longest first: ("according", "to")
    generic: frozenset[str]
    documents: frozenset[str]
    definite: Mapping[str, frozenset[str]]  # noun -> entity types it can stand for
    pronouns: Mapping[str, frozenset[str]]  # subject pronoun -> entity types
    channels: frozenset[str]
    raw: dict = field(default_factory=dict, compare=False, repr=False)  # the JSON it was read from
    naming_verbs: frozenset[str] = frozenset()  # "call": a statement when past or ongoing only
    #: verb -> prepositions whose object is the request ("call" -> "for", "on"); an empty set
    #: for a verb whose object and infinitive are the request ("urge")
    requests: Mapping[str, frozenset[str]] = field(default_factory=dict)
    commitments: frozenset[str] = frozenset()  # "vow": its infinitive is what is promised
    #: verb -> the particles it reports with only ("point" -> "out": "pointed out that ...")
    phrasal: Mapping[str, frozenset[str]] = field(default_factory=dict)
    representing: frozenset[str] = frozenset()  # "campaign": speaks for a person whose possessive it has
    bodies: frozenset[str] = frozenset()  # "ministry": an unnamed body its own words describe is a speaker
    labels: frozenset[str] = frozenset()  # "fact check": a headline's label before a colon, never a source
    answers: tuple[tuple[str, ...], ...] = ()  # pro-forms said in place of a clause: ("yes",), ("the", "same")
    judgements: frozenset[str] = frozenset()  # "praise": its object, and why or as what, is the judgement said
    grounds: frozenset[str] = frozenset()  # "cite": its object, and as what, is the reason or evidence given
    descriptions: frozenset[str] = frozenset()  # "portray": its object with an "as" phrase is the label said
    gerunds: frozenset[str] = frozenset()  # "report": a speech verb whose gerund complement is what was said
    #: verb -> the adjectives it reports a clause with ("make" -> "clear": "made (it) clear that ...")
    predicates: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: verb -> (noun of speech, preposition whose object is what was spoken about) it makes an act of
    #: speech with ("make" -> ("comment", "about"), ("mention", "of"))
    light_verbs: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    topics: frozenset[str] = frozenset()  # "mention": a speech verb whose object alone is what was said
    questions: frozenset[str] = frozenset()  # "ask": a clause opened by "if" after it is the question asked
    #: a title written short, without its full stop -> the nouns it stands for ("sen" -> "senator")
    titles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: "most", "right": words that grade a title and are no title ("the Most Rev.")
    honorifics: frozenset[str] = frozenset()
    #: a noun of an organisation's kind -> the nouns that name the same kind ("club" -> "side", "team")
    kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: verb -> the words after it up to the object that is what was said, when that object holds
    #: quoted words: ("condemn" -> {()}: 'condemned the vote as "shameful"'; "pay" -> {("tribute", "to")})
    quoted_objects: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    #: "reflect": its participle after the reported clause is the writer's word on what the report did
    consequences: frozenset[str] = frozenset()
    #: "shout": a quoted sentence right after it, with no comma or colon, is what was said
    outcries: frozenset[str] = frozenset()
    #: "still", "in fact": set with a comma before a fronted reported clause, the writer's words
    connectives: frozenset[str] = frozenset()
    #: "find": reports the clause before it ("X, the study found") when its subject is one of `studies`
    findings: frozenset[str] = frozenset()
    studies: frozenset[str] = frozenset()  # "survey": a text whose findings are reported
    #: verb -> particles it needs ("continue" -> {}, "go" -> {"on"}): its to-infinitive took place
    #: ("continued to insist that ...": the speech verb reports its clause)
    implicatives: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: "claim": a noun of a speech act whose that-clause is what was said ("her claim that ...")
    speech_nouns: frozenset[str] = frozenset()
    #: "doubt", "fact-check": words that weigh a speech noun they take ("doubted her claim that ...")
    claim_weighers: frozenset[str] = frozenset()
    speech_events: frozenset[str] = frozenset()
    verbs: frozenset[str] = field(init=False, compare=False, repr=False)  # speech and cognition verbs
    phrase_starts: frozenset[str] = field(init=False, compare=False, repr=False)  # first words of `phrases`
    #: nouns of a person's role: the definite nouns that stand for a person only, the titles and
    #: their short forms ("mayor", "senator", "sen")
    person_nouns: frozenset[str] = field(init=False, compare=False, repr=False)
    #: `verbs`, phrasal verbs, judgements, grounds, descriptions, verbs of `quoted_objects`, `predicates` and `light_verbs`
    cue_lemmas: frozenset[str] = field(init=False, compare=False, repr=False)
    #: lemma hash -> whether the lemma, lower-cased, is in `cue_lemmas`: filled as Docs are read
    cue_lemma_ids: dict[int, bool] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "verbs", self.speech_verbs | self.cognition_verbs)
        object.__setattr__(self, "phrase_starts", frozenset(phrase[0] for phrase in self.phrases))
        people = {noun for noun, types in self.definite.items() if types == {"PERSON"}}
        people |= set(self.titles).union(*self.titles.values())
        object.__setattr__(self, "person_nouns", frozenset(people))
        object.__setattr__(self, "cue_lemmas",
                           self.verbs | frozenset(self.phrasal) | self.judgements | self.grounds | self.descriptions
                           | frozenset(self.quoted_objects) | frozenset(self.predicates) | frozenset(self.light_verbs)
                           | self.findings | self.speech_nouns)
        object.__setattr__(self, "cue_lemma_ids", {})


def load_lexicon(
    cues: str | Path | None = None,
    sources: str | Path | None = None,
    extra_cues: Iterable[str] = (),
    extra_generic_sources: Iterable[str] = (),
) -> Lexicon:
    """Read the cue and source lists (default: the packaged ones) and add the extra words.

    An extra cue of one word is a verb lemma ("rule"); of several, a phrase ("in the view of").
    """
    cue_data = read_checked(Path(cues) if cues else DATA / CUES_FILE, CUES_SHAPE)
    source_data = read_checked(Path(sources) if sources else DATA / SOURCES_FILE, SOURCES_SHAPE)
    extra = [" ".join(c.lower().split()) for c in extra_cues if c and c.strip()]
    cue_data = {
        **cue_data,
        "speech": [*cue_data.get("speech", []), *(c for c in extra if " " not in c)],
        "phrases": [*cue_data.get("phrases", []), *(c for c in extra if " " in c)],
    }
    source_data = {**source_data, "generic": [*source_data.get("generic", []), *extra_generic_sources]}
    return lexicon_from_data(cue_data, source_data)


def lexicon_from_data(cue_data: dict, source_data: dict, origin: str = "saved quotes stage") -> Lexicon:
    """The lexicon of already-read cue and source data (checked here too: `origin` names it)."""
    check_shape(cue_data, CUES_SHAPE, f"{origin} {CUES_FILE}")
    check_shape(source_data, SOURCES_SHAPE, f"{origin} {SOURCES_FILE}")
    definite: dict[str, frozenset[str]] = {}
    for kind in source_data.get("definite", {}).values():
        for noun in kind.get("nouns", []):
            definite[noun.lower()] = definite.get(noun.lower(), frozenset()) | frozenset(kind.get("types", []))
    phrases = {tuple(p.lower().split()) for p in cue_data.get("phrases", []) if p.split()}
    return Lexicon(
        speech_verbs=_lower(cue_data.get("speech", [])),
        cognition_verbs=_lower(cue_data.get("cognition", [])),
        phrases=tuple(sorted(phrases, key=len, reverse=True)),
        generic=_lower(source_data.get("generic", [])),
        documents=_lower(source_data.get("documents", [])),
        definite=definite,
        pronouns={p.lower(): frozenset(types) for p, types in source_data.get("pronouns", {}).items()},
        channels=_lower(source_data.get("channels", [])),
        naming_verbs=_lower(cue_data.get("naming", [])),
        requests=_verb_and_words(cue_data.get("requests", [])),
        commitments=_lower(cue_data.get("commitments", [])),
        phrasal=_verb_and_words(cue_data.get("phrasal", [])),
        representing=_lower(source_data.get("representing", [])),
        bodies=_lower(source_data.get("bodies", [])),
        labels=_lower(source_data.get("labels", [])),
        answers=tuple(sorted({tuple(a.lower().split()) for a in cue_data.get("answers", []) if a.split()}, key=len, reverse=True)),
        judgements=_lower(cue_data.get("judgements", [])),
        topics=_lower(cue_data.get("topics", [])),
        grounds=_lower(cue_data.get("grounds", [])),
        descriptions=_lower(cue_data.get("descriptions", [])),
        gerunds=_lower(cue_data.get("gerunds", [])),
        predicates=_verb_and_words(cue_data.get("predicates", [])),
        light_verbs=_verb_and_phrase(cue_data.get("light_verbs", [])),
        questions=_lower(cue_data.get("questions", [])),
        titles={t.lower(): _lower(nouns) for t, nouns in source_data.get("titles", {}).items()},
        honorifics=_lower(source_data.get("honorifics", [])),
        kinds={k.lower(): _lower(nouns) for k, nouns in source_data.get("kinds", {}).items()},
        quoted_objects=_verb_and_phrase(cue_data.get("quoted_objects", [])),
        consequences=_lower(cue_data.get("consequences", [])),
        outcries=_lower(cue_data.get("outcries", [])),
        connectives=_lower(cue_data.get("connectives", [])),
        findings=_lower(cue_data.get("findings", [])),
        implicatives=_verb_and_words(cue_data.get("implicatives", [])),
        studies=_lower(source_data.get("studies", [])),
        speech_nouns=_lower(cue_data.get("speech_nouns", [])),
        claim_weighers=_lower(cue_data.get("claim_weighers", [])),
        speech_events=_lower(cue_data.get("speech_events", [])),
        raw={CUES_FILE: cue_data, SOURCES_FILE: source_data},
    )


def _verb_and_words(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """"urge" and "call for" -> {"urge": {}, "call": {"for"}}: a verb and the words after it."""
    found: dict[str, frozenset[str]] = {}
    for entry in entries:
        verb, *preposition = entry.lower().split()
        found[verb] = found.get(verb, frozenset()) | frozenset(preposition)
    return found


def _verb_and_phrase(entries: Iterable[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """"condemn" and "pay tribute to" -> {"condemn": {()}, "pay": {("tribute", "to")}}."""
    found: dict[str, frozenset[tuple[str, ...]]] = {}
    for entry in entries:
        verb, *rest = entry.lower().split()
        found[verb] = found.get(verb, frozenset()) | {tuple(rest)}
    return found


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def read_checked(path: Path, shape: dict[str, Any]) -> dict:
    """The JSON object in `path`, checked against `shape`."""
    data = read_json(path)
    check_shape(data, shape, str(path))
    return data


def check_shape(data: object, shape: dict[str, Any], where: str, key: str = "") -> None:
    """Raise `DataFileError` naming `where`, the key and the expected shape at the first mismatch."""
    at = f" key {key!r}" if key else ""
    if not isinstance(data, dict):
        raise DataFileError(f"{where}:{at} is {type(data).__name__}, expected an object with keys {sorted(shape)}")
    for name, value in data.items():
        path = f"{key}.{name}" if key else name
        expected = shape.get(name, shape.get("*"))
        if expected is None:
            raise DataFileError(f"{where}: unknown key {path!r}, expected one of {sorted(shape)}")
        if isinstance(expected, dict):
            check_shape(value, expected, where, path)
        elif not _fits(value, expected):
            raise DataFileError(f"{where}: key {path!r} is {_describe(value)}, expected {expected}")


def _fits(value: object, expected: str) -> bool:
    if expected == TEXT:
        return isinstance(value, str)
    if expected == WORDS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, dict) and all(_fits(v, WORDS) for v in value.values())


def _describe(value: object) -> str:
    if isinstance(value, list):
        kinds = sorted({type(v).__name__ for v in value})
        return f"a list of {', '.join(kinds)}"
    return f"{type(value).__name__} {json.dumps(value)[:40]}"

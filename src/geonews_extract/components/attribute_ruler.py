"""`geonews_attribute_ruler`: spaCy's `attribute_ruler`, asking the Matcher once per kind of token.

spaCy's AttributeRuler runs a Matcher with all its patterns over every token of every Doc
and then writes each match's attributes token by token. In ``en_core_web_sm`` it has 179
rules (a tag's part of speech and features, the pronouns' lemmas, ...), 171 of them over
one token, and it takes about a tenth of the model's time. Whether a one-token rule
matches depends only on the values of the attributes its pattern reads (the token's tag,
lower-case form, dependency label, ...), so this ruler reads those values for the whole
Doc at once, asks the matcher only about a combination of values it has not met before,
remembers which rules matched and what they set, and writes the Doc's attributes at once.
Where the patterns only compare an attribute with listed values (equality, IN, NOT_IN) or
regular expressions, all the values they do not list that match the same expressions are
one value to it, so the combinations stay few. A rule over several tokens of fixed length
is tried only where its first token matches (known from the same combination); any other
rule (operators, extension attributes, sentence starts, ...) runs through a Matcher over
the whole Doc, as in spaCy.

The result is spaCy's, token for token: on each token the rules that hit it take effect
in the order they were added, the last one setting an attribute winning. Patterns are
added, saved and loaded as with `AttributeRuler` (this is a subclass), so a model's
``attribute_ruler`` data loads into it unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, LOWER, MORPH, NORM, ORTH, POS, SENT_START, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

#: Attributes a one-token rule may set and still be written through `Doc.from_array`
#: (they live on the token alone, not on its lexeme, and read back as they were written).
WRITABLE = frozenset({LEMMA, POS, TAG, MORPH, DEP})
#: Attributes whose pattern values are strings stored as hashes: where a pattern only
#: compares one with listed values, the values it does not list all behave alike.
LISTABLE = frozenset({ORTH, LOWER, NORM, TAG, DEP, LEMMA})
#: The key prefix of an anchored rule's first token in the one-token matcher.
START = "start "
#: Stands for the operator key in a pattern (no attribute has this id).
OP = -1
#: More regular expressions on one attribute than this and its value is kept whole.
MAX_REGEXES = 8
#: A cache of value combinations larger than this (only where an attribute is read whole)
#: is emptied and filled again, so memory stays flat over a long stream.
MAX_COMBINATIONS = 100_000


@dataclass
class _Column:
    """How one attribute the one-token rules read enters a token's key. Where the patterns
    only compare it with listed values (equality, IN, NOT_IN) and regular expressions, a
    value they do not list is replaced by `base` plus the bits of the expressions it
    matches; where they read it otherwise (`listed` is None), the value is kept whole."""

    attr: int
    listed: numpy.ndarray | None
    regexes: tuple[re.Pattern[str], ...] = ()
    base: int = 0

    def collapse(self, column: numpy.ndarray, strings: StringStore) -> None:
        if self.listed is None:
            return
        other = ~numpy.isin(column, self.listed)
        if not other.any():
            return
        if not self.regexes:
            column[other] = self.base
            return
        values, inverse = numpy.unique(column[other], return_inverse=True)
        bits = numpy.array([self.bits(strings[value]) for value in values.tolist()], dtype=numpy.uint64)
        column[other] = self.base + bits[inverse]

    def bits(self, text: str) -> int:
        """Which of the expressions match, as the Matcher tests them (``re.search``)."""
        return sum(1 << k for k, regex in enumerate(self.regexes) if regex.search(text))


@dataclass
class _Reading:
    """What the one-token patterns do with one attribute."""

    listed: set[int] = field(default_factory=set)
    regexes: list[str] = field(default_factory=list)
    whole: bool = False  # read some other way: the value is kept whole in the key


@dataclass
class _Plan:
    """The rules sorted by how they are matched, and what was learnt of each combination."""

    columns: list[_Column]  # the attributes the looked-up patterns read: a token's key
    writes: list[int]  # attribute ids the one-token rules set
    token_matcher: Matcher  # one-token rules (key: the rule), first tokens of anchored rules (key: START + rule)
    anchored_matcher: Matcher | None  # rules over several tokens, tried where a first token matched
    longest: int  # tokens in the longest anchored pattern
    context_matcher: Matcher | None  # every other rule, over the whole Doc
    slots: dict[tuple[int, ...], int] = field(default_factory=dict)
    rules: list[tuple[int, ...]] = field(default_factory=list)  # per slot, the one-token rules that match
    masks: numpy.ndarray = field(default_factory=lambda: numpy.zeros((0, 0), dtype=bool))  # per slot, what they set
    values: numpy.ndarray = field(default_factory=lambda: numpy.zeros((0, 0), dtype=numpy.uint64))
    starts: numpy.ndarray = field(default_factory=lambda: numpy.zeros(0, dtype=bool))  # per slot, an anchored rule may start


class CachedAttributeRuler(AttributeRuler):
    """`AttributeRuler` with the same patterns and output, for a fraction of its time."""

    def __init__(
        self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False, scorer: Callable | None = attribute_ruler_score
    ) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._plan: _Plan | None = None
        self._plan_for: tuple[int, int, int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._annotate(doc)
            return doc
        except Exception as e:
            return cast(Doc, error_handler(self.name, self, [doc], e))

    def take_over(self, old: AttributeRuler) -> None:
        """Hold the rules of the ruler this one replaces."""
        self.clear()
        self.add_patterns(old.patterns)

    # the rules, sorted once -----------------------------------------------------------------
    def plan(self) -> _Plan:
        """The current rules, sorted (again when rules were added since)."""
        signature = (id(self.matcher), len(self.attrs), len(self.matcher))
        if self._plan is None or self._plan_for != signature:
            self._plan = _make_plan(self)
            self._plan_for = signature
        return self._plan

    # one Doc --------------------------------------------------------------------------------
    def _annotate(self, doc: Doc) -> None:
        if len(doc) == 0:
            return
        plan = self.plan()
        slots = self._slots(doc, plan)
        if plan.writes:
            masks, values = plan.masks[slots], plan.values[slots]
            if masks.any():
                written = cast(list[int | str], plan.writes)
                current = doc.to_array(written).reshape(len(doc), len(written))
                doc.from_array(written, cast(Any, numpy.where(masks, values, current)))
        matches: list[tuple[int, int, int]] = []
        if plan.anchored_matcher is not None:
            for i in numpy.flatnonzero(plan.starts[slots]).tolist():
                found = plan.anchored_matcher(doc[i : i + plan.longest], allow_missing=True, as_spans=False)
                matches.extend((match_id, i + start, i + end) for match_id, start, end in cast(list, found) if start == 0)
        if plan.context_matcher is not None:
            matches.extend(cast(list, plan.context_matcher(doc, allow_missing=True, as_spans=False)))
        if matches:
            self._apply_with_context(doc, matches, slots, plan)

    def _slots(self, doc: Doc, plan: _Plan) -> numpy.ndarray:
        """Each token's combination of the values the looked-up patterns read, as a slot of
        the plan (a new combination is asked of the matcher and added)."""
        if plan.columns:
            columns = doc.to_array([c.attr for c in plan.columns]).reshape(len(doc), len(plan.columns))
            for j, column in enumerate(plan.columns):
                column.collapse(columns[:, j], self.vocab.strings)
            keys: list[tuple[int, ...]] = list(map(tuple, cast(list[list[int]], columns.tolist())))
        else:
            keys = [()] * len(doc)
        known = plan.slots
        slots = [known.get(key) for key in keys]
        if None in slots:
            if len(known) > MAX_COMBINATIONS:
                self._forget(plan)
                known = plan.slots
            for i, key in enumerate(keys):
                slot = known.get(key)
                if slot is None:
                    slot = known[key] = self._ask(doc, i, plan)
                slots[i] = slot
        return numpy.asarray(slots, dtype=numpy.intp)

    def _ask(self, doc: Doc, i: int, plan: _Plan) -> int:
        """The slot for token `i`'s combination: the one-token rules that match it, what they
        set in rule order, and whether an anchored rule's first token matches it."""
        found = plan.token_matcher(doc[i : i + 1], allow_missing=True, as_spans=False)
        keys = {self.vocab.strings[match_id] for match_id, _start, _end in cast(list, found)}
        rules = tuple(sorted(int(key) for key in keys if not key.startswith(START)))
        setting: dict[int, int] = {}
        for rule in rules:
            setting.update(self.attrs[rule])
        slot = len(plan.rules)
        plan.rules.append(rules)
        if slot >= len(plan.starts):
            size = max(64, 2 * len(plan.starts))
            plan.masks, plan.values, plan.starts = (_grown(a, size) for a in (plan.masks, plan.values, plan.starts))
        plan.masks[slot] = [attr in setting for attr in plan.writes]
        plan.values[slot] = [setting.get(attr, 0) for attr in plan.writes]
        plan.starts[slot] = any(key.startswith(START) for key in keys)
        return slot

    def _forget(self, plan: _Plan) -> None:
        plan.slots = {}
        plan.rules = []
        plan.masks, plan.values, plan.starts = (a[:0] for a in (plan.masks, plan.values, plan.starts))

    def _apply_with_context(self, doc: Doc, matches: list[tuple[int, int, int]], slots: numpy.ndarray, plan: _Plan) -> None:
        """Apply the matches of the rules not looked up, in rule order as spaCy does; a token
        one of them hits has all its rules applied again, in rule order, so the last rule to
        set an attribute wins."""
        hits: dict[int, set[int]] = {}
        for rule, match_id, start, end in sorted((int(self.vocab.strings[m[0]]), *m) for m in matches):
            span = Span(doc, start, end, label=match_id)
            index = self.indices[rule]
            try:
                token = span[index]
            except IndexError:
                raise ValueError(
                    Errors.E1001.format(patterns=self.matcher.get(span.label), span=[t.text for t in span], index=index)
                ) from None
            hits.setdefault(token.i, set()).add(rule)
        for i, rules in sorted(hits.items()):
            token = doc[i]
            for rule in sorted(rules.union(plan.rules[slots[i]])):
                set_token_attrs(token, self.attrs[rule])


def _grown(array: numpy.ndarray, size: int) -> numpy.ndarray:
    grown = numpy.zeros((size, *array.shape[1:]), dtype=array.dtype)
    grown[: len(array)] = array
    return grown


def _make_plan(ruler: AttributeRuler) -> _Plan:
    vocab = ruler.vocab
    readings: dict[int, _Reading] = {}
    writes: set[int] = set()
    token_matcher = Matcher(vocab, validate=ruler.validate)
    anchored_matcher = Matcher(vocab, validate=ruler.validate)
    context_matcher = Matcher(vocab, validate=ruler.validate)
    longest = 0
    for rule, attrs in enumerate(ruler.attrs):
        patterns = ruler.matcher.get(str(rule))[1]
        if _one_token_rule(patterns, ruler.indices[rule], attrs) and _looked_up([p[0] for p in patterns], readings):
            token_matcher.add(str(rule), patterns)
            writes.update(attrs)
        elif _fixed_length(patterns) and _looked_up([p[0] for p in patterns], readings):
            token_matcher.add(f"{START}{rule}", [[p[0]] for p in patterns])
            anchored_matcher.add(str(rule), patterns)
            longest = max(longest, *(len(p) for p in patterns))
        else:
            context_matcher.add(str(rule), patterns)
    write_columns = sorted(writes)
    return _Plan(
        columns=[_column(attr, readings[attr]) for attr in sorted(readings)],
        writes=write_columns,
        token_matcher=token_matcher,
        anchored_matcher=anchored_matcher if len(anchored_matcher) else None,
        longest=longest,
        context_matcher=context_matcher if len(context_matcher) else None,
        masks=numpy.zeros((0, len(write_columns)), dtype=bool),
        values=numpy.zeros((0, len(write_columns)), dtype=numpy.uint64),
    )


def _one_token_rule(patterns: Sequence[Sequence[dict]], index: int, attrs: dict) -> bool:
    """A rule over one token whose attributes `Doc.from_array` can write."""
    one_token = bool(patterns) and all(len(p) == 1 for p in patterns)
    return one_token and index in (0, -1) and bool(attrs) and set(attrs) <= WRITABLE


def _fixed_length(patterns: Sequence[Sequence[dict]]) -> bool:
    """Patterns of tokens without operators: each matches a fixed number of tokens."""
    return bool(patterns) and all(p and not any(_attr_id(key) == OP for spec in p for key in spec) for p in patterns)


def _looked_up(specs: Sequence[dict], readings: dict[int, _Reading]) -> bool:
    """Whether token specs can be looked up (they read no extension, operator or sentence
    start), adding what they read to `readings` when they can."""
    found: list[tuple[int, Any]] = []
    for spec in specs:
        for key, value in spec.items():
            attr = _attr_id(key)
            if attr is None or attr in (OP, SENT_START):
                return False
            found.append((attr, value))
    for attr, value in found:
        _read(readings.setdefault(attr, _Reading()), attr, value)
    return True


def _attr_id(key: Any) -> int | None:
    """The attribute id a pattern's key names (`OP` for the operator), None for an
    extension or a key spaCy does not know."""
    if isinstance(key, int) and not isinstance(key, bool):
        return key
    if not isinstance(key, str):
        return None
    name = key.upper()
    if name == "OP":
        return OP
    if name == "IS_SENT_START":
        return SENT_START
    return IDS.get("ORTH" if name == "TEXT" else name)


def _read(reading: _Reading, attr: int, value: Any) -> None:
    """Add what a pattern does with a string attribute to its reading, as the Matcher
    reads the pattern (strings compared by their hashes)."""
    if attr not in LISTABLE:
        reading.whole = True
    elif _plain(value):
        reading.listed.add(get_string_id(value))
    elif isinstance(value, dict):
        for predicate, operand in value.items():
            name = predicate.upper() if isinstance(predicate, str) else predicate
            if name in ("IN", "NOT_IN") and isinstance(operand, list) and all(_plain(o) for o in operand):
                reading.listed.update(get_string_id(o) for o in operand)
            elif name == "REGEX" and isinstance(operand, str):
                reading.regexes.append(operand)
            else:
                reading.whole = True
    else:
        reading.whole = True


def _plain(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _column(attr: int, reading: _Reading) -> _Column:
    regexes = list(dict.fromkeys(reading.regexes))
    if reading.whole or len(regexes) > MAX_REGEXES:
        return _Column(attr, None)
    listed = numpy.array(sorted(reading.listed), dtype=numpy.uint64)
    span = 1 << len(regexes)
    base = 0
    while any(base + bits in reading.listed for bits in range(span)):
        base += span
    return _Column(attr, listed, tuple(re.compile(r) for r in regexes), base)


@Language.factory(
    "geonews_attribute_ruler",
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep"],
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Callable | None) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)

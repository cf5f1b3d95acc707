"""Direct quotes: quoted segments with a speaker and cue right before, after or between them.

    "...," the Taliban said in a statement.      attribution after the closing mark
    He said: "..."                               attribution before, ending in : , or a dash
    He said, "..." until Y.                      mixed: the quote goes on to the sentence's end
    If X, he said, "..."                         mixed: the quote goes on with the words before
    "...," she added, "..."                      both: one quote on each side
    "..." (a whole paragraph, no attribution)     goes on with the previous paragraph's quote (one quote)
    "...," she said. "..."                       the second goes on with the first (one quote)

A segment without any of these (a scare quote, a title) is not a quote. Where the cue clause
before a quote is set between commas after words that open the sentence ('If the levee fails,
the engineer said, "the valley will flood."'), those words are the speaker's too: the quote
is mixed, in two parts, the unquoted words and the quoted ones. A quote that closes inside its
sentence ('He said, "We have two weeks to go" before the river crests.') goes on with the
unquoted words up to the sentence's end: a mixed quote, unless those words hold a cue, a comma,
quotation marks, a date or time of their own or open with a verb, or a comma before the mark
says an attribution follows.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .candidates import Candidate
from .lexicon import Lexicon
from .marks import QuoteMarks, Segment, quoted_words
from .syntax import (
    SENTENCE_END,
    channel_of,
    chars,
    cue_chars,
    is_cue_verb,
    is_quote_mark,
    name_set_off_before,
    phrase_at,
    phrase_source,
    subject_of,
    tokens_between,
)

#: Punctuation that ends the text before a quote its attribution introduces.
INTRODUCERS = frozenset(":,—–-")
#: How many words after the closing mark the cue may come ("..., Zabihullah Mujahid, the
#: group's chief spokesman, said").
MAX_WORDS_BEFORE_CUE = 14
#: Dependencies of a verb's own modifiers that may come between the speaker and the cue.
VERB_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "advcl"})
OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos", "oprd"})
#: What an attribution gives: the cue's characters, the speaker's head token, the channel.
Attribution = tuple[tuple[int, int], int, tuple[int, int] | None]


def find_direct(doc: Doc, marks: QuoteMarks, lexicon: Lexicon) -> list[Candidate]:
    outer = marks.outermost()
    found = []
    attributed = -1  # the last segment with an attribution
    closing: Attribution | None = None  # its attribution, when it follows the segment
    for k, segment in enumerate(outer):
        content = quoted_words(marks.text, segment)
        if content is None:
            continue
        limit = outer[k + 1].open if k + 1 < len(outer) else len(marks.text)
        start = outer[k - 1].end if k else 0
        after = _after(doc, segment, limit, marks, lexicon)
        attribution = after or _before(doc, segment, start, marks, lexicon)
        if attribution is not None:
            cue, subject, channel = attribution
            lead = (_subject_before(doc, marks.text, segment, start, lexicon) if after
                    else _lead_in(doc, marks.text, segment, start, subject, lexicon))
            if lead is not None:
                found.append(Candidate("mixed", (lead[0], content[1]), cue, subject, channel, parts=(lead, content)))
            else:
                found.append(Candidate("direct", content, cue, subject, channel))
            attributed, closing = k, after
        elif closing is not None and attributed == k - 1 and _resumed(doc, marks, outer[k - 1], segment):
            found.append(Candidate("direct", content, *closing))
        elif _alone_in_paragraphs(marks.text, segment, marks) and (not k or outer[k - 1].single == segment.single):
            # a paragraph goes on with a quote in the same marks; 'A heading' after "a quote" is none
            found.append(Candidate("direct", content, None, None, follows=True))
        elif _answer_after_question(marks.text, segment, marks):
            # "Was there any sign of him? "Not yet."": the answer to the writer's own question
            found.append(Candidate("direct", content, None, None, follows=True, same_paragraph=True))
        elif (attributed >= 0 and _after_attribution_sentence(doc, marks, outer[attributed : k + 1])) or (
            k and _after_quoted_fragment(doc, marks, outer[k - 1], segment, lexicon)
        ):
            found.append(Candidate("direct", content, None, None, follows=True, same_paragraph=True))
    return found


def _resumed(doc: Doc, marks: QuoteMarks, previous: Segment, segment: Segment) -> bool:
    """'"The danger," said Ana Ruiz, an engineer who ..., "is that ..."': the quote resumes after
    the attribution that follows its first piece (which ends in a comma), set off by a comma in
    the same sentence, wherever the parse hung the speaker. Its attribution is the first piece's."""
    if marks.paragraph_of(previous.open) != marks.paragraph_of(segment.open):
        return False
    if marks.text[_content_end(marks.text, previous) - 1] != ",":
        return False
    between = [t for t in tokens_between(doc, previous.end, segment.open) if not t.is_space]
    if not between or between[-1].text not in (",", "—", "–", "--"):
        return False
    return not any(t.text in SENTENCE_END or is_quote_mark(t) for t in between)


def _after_quoted_fragment(doc: Doc, marks: QuoteMarks, previous: Segment, segment: Segment, lexicon: Lexicon) -> bool:
    """'The harbour is "too shallow," Ruiz said. "We will dredge it."': the quote goes on from a
    quoted fragment (a mixed quote) whose attribution sentence ends right before it."""
    if not _inside_a_sentence(marks.text, previous.open):
        return False
    if _after(doc, previous, segment.open, marks, lexicon, fragment=True) is None and not _closing_attribution(
        doc, previous, segment, lexicon
    ):
        return False
    return _after_attribution_sentence(doc, marks, [previous, segment])


def _closing_attribution(doc: Doc, previous: Segment, segment: Segment, lexicon: Lexicon) -> bool:
    """'X "A" last spring, Ruiz said. "B."': the sentence of the quoted fragment ends with its
    attribution, set off by a comma after the unquoted words that finish the speaker's clause:
    a speaker and a cue, in either order, reporting no clause of their own."""
    between = [t for t in tokens_between(doc, previous.end, segment.open) if not t.is_space]
    if not between or between[-1].text not in SENTENCE_END:
        return False
    commas = [k for k, t in enumerate(between[:-1]) if t.text == ","]
    if not commas:
        return False
    clause = between[commas[-1] + 1 : -1]
    cue = next((t for t in clause if is_cue_verb(t, lexicon)), None)
    if cue is None or any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in cue.children):
        return False
    subject = subject_of(cue)
    if subject is None or not clause[0].i <= subject.i <= clause[-1].i:
        subject = _inverted_subject(cue, clause[0])
    if subject is None:
        return False
    own = {t.i for t in subject.subtree} | {cue.i} | {c.i for c in cue.children if c.dep_ in VERB_MODIFIERS}
    return all(t.i in own for t in clause)


def _after_attribution_sentence(doc: Doc, marks: QuoteMarks, segments: list[Segment]) -> bool:
    """'"...," Ruiz told reporters. "..."': only the previous quote's attribution, one sentence
    ending right before the mark, comes between the two quotes in one paragraph. A title
    quoted inside that sentence ('after the band played "Hold On."') is part of it."""
    previous, segment, titles = segments[0], segments[-1], segments[1:-1]
    if marks.paragraph_of(previous.open) != marks.paragraph_of(segment.open) or _inside_a_sentence(marks.text, segment.open):
        return False
    if not all(_inside_a_sentence(marks.text, t.open) for t in titles):
        return False
    between = [t for t in tokens_between(doc, previous.end, segment.open)
               if not t.is_space and not any(s.open <= t.idx < s.end for s in titles)]
    ends = [t for t in between if t.text in SENTENCE_END]
    if not ends and between and _abbreviation(between[-1]) and _opens_in_capital(marks.text, segment):
        return True  # '..., drove in from Sacramento, Calif. "..."': the abbreviation holds the full stop
    if titles and not marks.text[titles[-1].end : segment.open].strip():  # '... played "Hold On." "..."'
        return not ends and marks.text[_content_end(marks.text, titles[-1]) - 1] in SENTENCE_END
    return len(ends) == 1 and between[-1].i == ends[0].i


def _abbreviation(token: Token) -> bool:
    """A word that ends in its own full stop ("Calif.", "Jr.", "D.C.")."""
    return len(token.text) > 1 and token.text.endswith(".") and token.text[0].isalpha()


def _opens_in_capital(text: str, segment: Segment) -> bool:
    opening = next((c for c in text[segment.content[0] : segment.close] if c.isalnum()), "")
    return opening.isupper()


def _after(
    doc: Doc, segment: Segment, limit: int, marks: QuoteMarks, lexicon: Lexicon, fragment: bool = False
) -> Attribution | None:
    """'..., the Taliban said.': speaker and cue open the clause right after the closing mark.

    The quote must open a clause: a fragment quoted inside a sentence ('for violating "our
    policies," a spokesman said') is the sentence's mixed quote, left to the indirect finder
    (with `fragment`, its attribution is read all the same)."""
    if _inside_a_sentence(marks.text, segment.open) and not fragment:
        return None
    paragraph = marks.paragraph_of(segment.close)
    paragraph_end = paragraph[1] if paragraph else segment.close
    window = tokens_between(doc, segment.end, min(limit, paragraph_end))
    clause: list[Token] = []
    for token in window:
        if token.text in SENTENCE_END:
            break
        clause.append(token)
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    if not words or _introduces_next(marks.text, clause, limit):
        return None
    first = words[0]
    last = phrase_at(doc, first.i, lexicon)
    if last is not None:
        source = phrase_source(doc[last])
        if source is not None:
            return chars(list(doc[first.i : last + 1])), source.i, None
        return None
    ends_sentence = marks.text[_content_end(marks.text, segment) - 1] == "."
    for cue in words[:MAX_WORDS_BEFORE_CUE]:
        if not is_cue_verb(cue, lexicon):
            continue
        subject = subject_of(cue)
        if subject is None or subject.idx < segment.close:
            subject = _subject_after_mark(cue, first) or _inverted_subject(cue, first) or _phrase_before(first, cue)
        if subject is None or subject.idx < segment.close or not _opens_clause(first, cue, subject):
            continue
        if ends_sentence and any(c.dep_ == "ccomp" and c.idx > segment.close for c in cue.children):
            continue
        return cue_chars(cue), subject.i, channel_of(cue, lexicon)
    return None


def _introduces_next(text: str, clause: list[Token], limit: int) -> bool:
    """The clause ends with a colon right before the next quote ('"A." Asked about X, Frost said:
    "B."'): it introduces that quote and attributes nothing before it."""
    last = next((t for t in reversed(clause) if not t.is_space), None)
    return last is not None and last.text == ":" and not text[last.idx + 1 : limit].strip()


def _before(doc: Doc, segment: Segment, start: int, marks: QuoteMarks, lexicon: Lexicon) -> Attribution | None:
    """'He said: "..."': a cue clause ends right before the opening mark, with : , or a dash (a
    no-break space, as web copy sets between them, is a space)."""
    text = marks.text
    i = segment.open - 1
    while i >= start and text[i] in " \t\r\u00a0":
        i -= 1
    if i >= start and text[i] == "\n":  # quote opens a paragraph: the previous one must end in ':'
        while i >= start and text[i].isspace():
            i -= 1
        if i < start or text[i] != ":":
            return None
    elif i >= start and text[i].isalpha():
        return _outcry(doc, segment, i, marks, lexicon)
    elif i < start or text[i] not in INTRODUCERS:
        return None
    clause = tokens_between(doc, start, i + 1)
    for index in range(len(clause) - 1, -1, -1):
        if clause[index].text in SENTENCE_END:
            clause = clause[index + 1 :]
            break
    for index in range(len(clause) - 1, -1, -1):
        cue = clause[index]
        if not is_cue_verb(cue, lexicon):
            continue
        between = [t for t in clause[index + 1 :] if not (t.is_punct or t.is_space)]
        if not all(_modifies(t, cue) for t in between):
            return None
        subject = subject_of(cue)
        if subject is None:  # '"A," warned economist Ana Ruiz, "B."': the parse takes the name for an object
            words = [t for t in clause if not (t.is_punct or t.is_space)]
            subject = _inverted_subject(cue, words[0]) if words else None
        if subject is None:
            subject = name_set_off_before(cue, clause[:index])
        if subject is None:
            return None
        return cue_chars(cue), subject.i, channel_of(cue, lexicon)
    return None


#: Fewest words in a quote that follows its verb with no comma or colon ('shouted "Stay back!"').
MIN_OUTCRY_WORDS = 2
#: A quote that goes on with another in a list: 'chanted "A" and "B"'.
_LISTED_QUOTE = re.compile(r"\s*,?\s*(?:and|or)\s+(?:[\"“‘`]|'')")


def _outcry(doc: Doc, segment: Segment, last: int, marks: QuoteMarks, lexicon: Lexicon) -> Attribution | None:
    """'The crowd chanted "Four more years!"': a verb of `lexicon.outcries` right before the
    opening mark, no comma or colon between, and quoted words that open in a capital and make
    a sentence of at least `MIN_OUTCRY_WORDS` words; words in Title Case without a full stop or
    an exclamation ('told "Morning Report"') are a title, not words said. Quotes in a list
    ('chanted "A" and "B"') are one mixed quote, the finder of those reads them."""
    words = quoted_words(marks.text, segment)
    if _LISTED_QUOTE.match(marks.text, segment.end):
        return None
    span = doc.char_span(last, last + 1, alignment_mode="expand")
    if words is None or span is None or not len(span):
        return None
    cue = span[-1]
    if cue.lemma_.lower() not in lexicon.outcries or not (cue.pos_ == "VERB" or cue.tag_.startswith("VB")):
        return None
    said = marks.text[words[0] : words[1]].split()
    if len(said) < MIN_OUTCRY_WORDS or not said[0][:1].isupper():
        return None
    ends = marks.text[_content_end(marks.text, segment) - 1] in ".!?"
    if not ends and all(w[:1].isupper() or not w[:1].isalpha() for w in said):
        return None
    subject = subject_of(cue, lexicon)
    if subject is None or subject.i > cue.i:
        return None
    return cue_chars(cue), subject.i, channel_of(cue, lexicon)


def _lead_in(doc: Doc, text: str, segment: Segment, start: int, subject: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'If the levee fails, the engineer said, "the valley will flood."': the words that open the
    sentence before a cue clause set off by commas, which the quote goes on with (it opens in
    lower case); None where the clause opens the sentence, or the words before it hold quotation
    marks or a cue of their own."""
    opening = next((c for c in text[segment.content[0] : segment.close] if c.isalnum()), "")
    if not opening.islower():  # a quote opening with a capital starts a sentence of its own
        return None
    first = doc[subject].left_edge.i
    if first < 1 or doc[first - 1].text != "," or text[segment.open - 1 : segment.open].strip() not in ("", ","):
        return None
    if text[doc[first].idx : segment.open].rstrip()[-1:] != ",":
        return None
    words: list[Token] = []
    for token in reversed(doc[: first - 1]):
        if token.text in SENTENCE_END or "\n" in token.text:
            break
        if token.idx < start or is_quote_mark(token) or is_cue_verb(token, lexicon):
            return None
        words.append(token)
    words = [t for t in reversed(words) if not t.is_space]
    while words and (words[-1].is_punct or words[-1].pos_ == "CCONJ"):
        words.pop()
    if not any(t.is_alpha or t.like_num for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _subject_before(doc: Doc, text: str, segment: Segment, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'The ferry operators, as they are known, "have kept the island alive," Ruiz said.': quoted
    words that open in lower case with a verb whose subject stands before the opening mark, in the
    same sentence, go on with that subject and the words after it up to the mark; None where there
    is no such subject, or the words before the mark hold quotation marks or a cue of their own."""
    opening = next((c for c in text[segment.content[0] : segment.close] if c.isalnum()), "")
    if not opening.islower():
        return None
    first = next((t for t in tokens_between(doc, segment.content[0], segment.close) if t.is_alpha), None)
    if first is None:
        return None
    verb = first.head if first.dep_ in ("aux", "auxpass", "neg", "advmod") else first
    if verb.pos_ not in ("VERB", "AUX") or not segment.content[0] <= verb.idx < segment.close:
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.idx >= segment.open or subject.left_edge.idx < start:
        return None
    words = [t for t in doc[subject.left_edge.i : first.i] if t.idx < segment.open and not t.is_space]
    if any(t.text in SENTENCE_END or "\n" in t.text or is_quote_mark(t) or is_cue_verb(t, lexicon) for t in words):
        return None
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


#: Longest run of unquoted words (in tokens) that may finish a quote's sentence.
MAX_TAIL_TOKENS = 25
#: Quotation marks, straight and typographic, as they close a quote.
CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


def tail_after(doc: Doc, text: str, end: int, lexicon: Lexicon) -> int | None:
    """'"We have two weeks to go" [before the river crests].': where the unquoted words that finish
    the sentence of a quote whose content ends at `end` stop, or None. The quote must close right
    after its words (no comma, no full stop before the mark: an attribution or a new sentence
    follows those), and the words after it open in lower case, run to the sentence's end with no
    comma (after one, an attribution may follow), and hold no cue, cue phrase or quotation mark.
    Words that open with a verb ('"paper" is a term for ...': the quoted words are the subject of
    the writer's clause) or hold a date or time ('" on Friday': when they were said) are the writer's."""
    i = end
    if (i < len(text) and text[i] in ",.!?;:") or text[i - 1 : i] in (".", "!", "?"):
        return None
    while i < len(text) and text[i] in CLOSING_MARKS:
        i += 1
    if i == end or i >= len(text) or text[i] != " " or not text[i + 1 : i + 2].islower():
        return None
    tail: list[Token] = []
    for token in tokens_between(doc, i + 1, min(len(text), i + 400))[: MAX_TAIL_TOKENS + 1]:
        if token.text in SENTENCE_END or "\n" in token.text:
            break
        if token.text == "," or is_quote_mark(token) or token.is_space or is_cue_verb(token, lexicon):
            return None
        if token.lower_ in lexicon.phrase_starts and phrase_at(doc, token.i, lexicon) is not None:
            return None
        tail.append(token)
    else:
        return None  # no sentence end within reach
    while tail and tail[-1].is_punct:
        tail.pop()
    if not tail or tail[0].pos_ in ("VERB", "AUX") or any(t.ent_type_ in ("DATE", "TIME") for t in tail):
        return None
    return tail[-1].idx + len(tail[-1])


def _inside_a_sentence(text: str, offset: int) -> bool:
    """A word comes right before the mark at `offset` (spaces aside, a no-break space among them)."""
    i = offset - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i >= 0 and text[i].isalnum()


#: Most words in the writer's own question that a bare quote after it answers.
QUESTION_WORDS = 20


def question_before(text: str, open_: int) -> bool:
    """The writer's own question comes right before the opening mark at `open_`, as in an
    interview written up as questions and answers ('Was it hard to come back?' / '"Terrifying."'):
    one sentence, without quotation marks, ending in a question mark, opening the quote's
    paragraph or the whole paragraph before it."""
    start = text.rfind("\n", 0, open_) + 1
    question = text[start:open_].strip()
    if not question and start:
        question = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    words = question.split()
    return (
        question.endswith("?") and 0 < len(words) <= QUESTION_WORDS
        and not any(c in question for c in "\"“”«»‘’")
        and not re.search(r"[.!?][\s]", question[:-1])
    )


def _answer_after_question(text: str, segment: Segment, marks: QuoteMarks) -> bool:
    """The segment is all there is in its paragraph after the writer's question (see `question_before`)."""
    run = marks.run_of(segment.open)
    if run is None or any(c.isalnum() for c in text[segment.end : run[1]]):
        return False
    return question_before(text, segment.open)


def _alone_in_paragraphs(text: str, segment: Segment, marks: QuoteMarks) -> bool:
    """The segment is all there is in the paragraphs it spans."""
    run = marks.run_of(segment.open)
    if run is None:
        return False
    outside = text[run[0] : segment.open] + text[segment.end : run[1]]
    return not any(c.isalnum() for c in outside)


def _opens_clause(first: Token, cue: Token, subject: Token) -> bool:
    """The words after the quote start with the speaker, the cue, or the cue's own modifiers."""
    if first.i == cue.i or first.i in {t.i for t in subject.subtree}:
        return True
    return first.head.i == cue.i and first.dep_ in VERB_MODIFIERS and first.i < cue.i


def _subject_after_mark(cue: Token, first: Token) -> Token | None:
    """'"People like the plans," [Ruiz] said.': of the cue's subjects, the noun phrase that opens the
    words after the closing mark, where the parse also made a word of the quote a subject of the
    cue, and the cue ends its clause (a phrase after it, "said [on Monday in an interview]", is as
    often the annotated cue's as not)."""
    doc = cue.doc
    if cue.i + 1 < len(doc) and not (doc[cue.i + 1].is_punct or doc[cue.i + 1].is_space):
        return None
    return next((c for c in cue.lefts if c.dep_ == "nsubj" and c.left_edge.i == first.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON") and c.tag_ not in ("WDT", "WP")), None)


def _inverted_subject(cue: Token, first: Token) -> Token | None:
    """'..., said Zabihullah Mujahid': a name right after a cue that opens the clause."""
    if first.i != cue.i:
        return None
    for child in cue.rights:
        if child.dep_ in OBJECT_DEPS | {"nsubj"} and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return _name_after(cue) or _noun_phrase_after(cue)


#: Dependents after a cue that only say how or when the words were said (a prepositional phrase
#: is left out: on PolNeAR's train split it gave recall only at the cost of cue precision).
TRAILING_DEPS = frozenset({"advcl", "advmod", "npadvmod", "punct"})


def _phrase_before(first: Token, cue: Token) -> Token | None:
    """The head of the one noun phrase that fills the words from the closing mark to a cue the
    parse left without a subject ('"A," [the charity's director, Ruth Moss], said': the parse took
    the phrase for an object inside the quote, or for an apposition of a noun in it: '"..., my
    brother, the priest," [Stathakis], 71, said as he ...')."""
    words = [t for t in cue.doc[first.i : cue.i] if not (t.is_punct or t.is_space)]
    heads = [t for t in words if not first.i <= t.head.i < cue.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i >= first.i:
        return None
    after = cue.i + 1
    # the cue ends its sentence, or only says how or when ('Ruiz said [as he lifted a frame]'): a
    # complement after it is another report
    if (after < len(cue.doc) and cue.doc[after].text not in SENTENCE_END
            and any(c.dep_ not in TRAILING_DEPS for c in cue.rights)):
        return None
    return heads[0]


def _name_after(cue: Token) -> Token | None:
    """The last word of a name right after the cue, whatever the parse hung it on ('..., said
    Ana Ruiz, who ... endorsed': the name taken for the subject of a verb further on)."""
    doc = cue.doc
    end = cue.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == cue.i + 1:
        return None
    return doc[end - 1]


#: Words that open a noun phrase after an inverted cue ("said [the] woman", "said [a] spokesman").
PHRASE_OPENERS = frozenset({"the", "a", "an"})


def _noun_phrase_after(cue: Token) -> Token | None:
    """'"...," said the woman, who ...': the last noun of a noun phrase right after the cue, opened
    by an article and closed by a comma or the sentence's end, whatever the parse hung it on (the
    parse may take it for the subject of a verb in the relative clause after it)."""
    doc = cue.doc
    start = cue.i + 1
    if start >= len(doc) or doc[start].lower_ not in PHRASE_OPENERS:
        return None
    end = start + 1
    while end < len(doc) and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
        end += 1
    if end == start + 1 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if end < len(doc) and doc[end].text not in (",", ".", ";"):
        return None
    return doc[end - 1]


def _modifies(token: Token, cue: Token) -> bool:
    """Token hangs from the cue through its modifiers or objects, never through a complement."""
    while token.i != cue.i:
        if token.dep_ == "ccomp" and token.head.i == cue.i:
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _content_end(text: str, segment: Segment) -> int:
    end = segment.close
    while end > segment.content[0] and text[end - 1].isspace():
        end -= 1
    return end

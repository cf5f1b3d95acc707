"""Sports results and standings rows: the names in them are teams.

Wire sports copy sets results and league tables as rows of their own:

* a results row is two names, each followed by its score ("Leeds 2 Hamburg 1"), with
  scorers or a half-time score in brackets after either side, perhaps after its venue
  ("In Tirana: ...");
* a scorecard row is a name and its score, then the players' figures in brackets
  ("At Hove: Sussex 368-7 (N. Lenham 145, ...");
* a ranked entry row is a rank, a competitor, the competitor's country in brackets,
  then the team or maker entered and a time or score ("4. Ana Ruiz (Spain) Yamaha
  1:55.2"): the competitor is a person; a one-word entrant is a team or maker (an
  organisation), a longer one may be a make and model (a product) and is left as it is;
* a standings row is one name (after an optional rank or total) followed by at least
  three figures ("Hamburg 5 3 1 1 9 4 10", "CHICAGO 74 58 .561 21 1/2").

The names in such rows are teams, and a team is an organisation (MUC and CoNLL tag
clubs ORG; OntoNotes does too), even where it bears its town's name. National teams,
named after their states, are the stage's business downstream: the knowledge base
keeps a state a state. Prose never has this shape: a row must be the whole line.
"""

from __future__ import annotations

import re
from typing import Literal

#: `doc.spans` key of the team names found in table rows; each span is labelled
#: `TEAM` (a state's name there is its national team) or `ENTRANT` (never a state).
TEAM_SPANS = "geonews_teams"
TEAM = "TEAM"
ENTRANT = "ENTRANT"

Kind = Literal["result", "innings", "standings", "competitor", "entrant"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][\w'.&-]*"
_NAME = rf"{_WORD}(?: {_WORD})*"
_BRACKETS = r"\([^()\n]*\)?"  # closed, or still open at the end of the line (scorers run on)
_SCORE = r"\d{1,3}"
_FIGURE = r"(?:[-+]?(?:\d+(?:\.\d+)?|\.\d+)|\d+/\d+|-)"
_VENUE = rf"(?:(?:In|At) {_NAME}: )?"
_RESULT = re.compile(
    rf"^{_VENUE}(?P<a>{_NAME})(?: {_BRACKETS})? {_SCORE}(?: {_BRACKETS})?"
    rf" (?P<b>{_NAME})(?: {_BRACKETS})? {_SCORE}(?: {_BRACKETS})?[ \t]*$",
    re.MULTILINE,
)
_INNINGS = re.compile(rf"^{_VENUE}(?P<a>{_NAME}) \d+(?:-\d+)?(?: declared)? \([^()\n]*\d", re.MULTILINE)
_ENTRY = re.compile(
    rf"^\d{{1,3}}\.? (?P<p>{_NAME}) \({_NAME}\) (?P<a>{_WORD})(?: (?:[-+]? ?\d[\d.,:/'-]*|[a-z]+))+[ \t]*$", re.MULTILINE
)
_STANDINGS = re.compile(rf"^(?:\d+\.? )?(?P<a>{_NAME})(?: {_BRACKETS})?(?: {_FIGURE}){{3,}}[ \t]*$", re.MULTILINE)
#: A standings row has at least this many whole numbers among its figures.
MIN_WHOLE_FIGURES = 2
_WHOLE = re.compile(r"(?<![\w.])\d+(?![\w.])")


def table_names(text: str) -> list[tuple[int, int, Kind]]:
    """(start, end, kind) of the team names in the results and standings rows of `text`."""
    if not any(map(str.isdigit, text)):
        return []
    found: list[tuple[int, int, Kind]] = []
    for match in _RESULT.finditer(text):
        found += [(match.start("a"), match.end("a"), "result"), (match.start("b"), match.end("b"), "result")]
    results = {start for start, _end, _kind in found}
    found += [(m.start("a"), m.end("a"), "innings") for m in _INNINGS.finditer(text) if m.start("a") not in results]
    for match in _ENTRY.finditer(text):
        found += [(match.start("p"), match.end("p"), "competitor"), (match.start("a"), match.end("a"), "entrant")]
    results = {start for start, _end, _kind in found}
    for match in _STANDINGS.finditer(text):
        figures = text[match.end("a") : match.end()]
        if match.start("a") not in results and len(_WHOLE.findall(figures)) >= MIN_WHOLE_FIGURES:
            found.append((match.start("a"), match.end("a"), "standings"))
    return sorted(found)

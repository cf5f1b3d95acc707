"""What the quote finders propose, before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote found in the text, its speaker still a token of the parse."""

    kind: str  # direct | indirect | mixed
    content: tuple[int, int]
    cue: tuple[int, int] | None
    subject: int | None  # token index of the speaker phrase's head
    channel: tuple[int, int] | None = None
    follows: bool = False  # a quote without attribution, going on with the previous direct quote
    same_paragraph: bool = False  # a following quote in the paragraph of the previous one
    parts: tuple[tuple[int, int], ...] = ()  # pieces of a content broken by its cue ("X, he said, Y")
    label: tuple[int, int] | None = None  # the speaker's words when no phrase of the parse holds them ("RUTH KESSLER:")

    @property
    def anchor(self) -> int:
        """Where the quote is said: its cue, else its content."""
        return self.cue[0] if self.cue else self.content[0]

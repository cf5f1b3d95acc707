"""What the sentence tables of the dates tests share: their cases as pytest parameters, and a
sentence's expected times checked against the times `extract` found."""

import pytest


def sentence_cases(tables, gaps):
    """(published, sentence, expected) parameters of `tables`, (name, rows) pairs, each with the id
    "name-row"; a sentence of `gaps` is a strict xfail with its reason."""
    return [
        pytest.param(
            published,
            sentence,
            expected,
            id=f"{kind}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[sentence])] if sentence in gaps else [],
        )
        for kind, cases in tables
        for i, (published, sentence, expected) in enumerate(cases)
    ]


def one_of(expected):
    """An expectation written as a tuple admits each of its items; anything else, itself."""
    return expected if isinstance(expected, tuple) else (expected,)


def calendar_range(time):
    """A time's calendar range as a (start, end) pair of ISO dates, or None."""
    return None if time.range is None else (str(time.range.start), str(time.range.end))


def time_failure(times, expected):
    """The first expectation the times found miss, as a message; None when all hold.

    `expected` maps an extent (or a tuple of extents, any of which may be found) to the fields
    wanted of it: "value", "type", "mod", "quant" (a tuple admits each of its items) and
    "range" (a (start, end) pair)."""
    found = {t.text: t for t in times}
    for extents, spec in expected.items():
        extent = next((e for e in one_of(extents) if e in found), None)
        if extent is None:
            return f"{extents!r} not found in {sorted(found)}"
        time = found[extent]
        for field, wanted in spec.items():
            got = calendar_range(time) if field == "range" else getattr(time, field)
            if got not in ((wanted,) if field == "range" else one_of(wanted)):
                return f"{extent!r} {field} {got!r}, not {wanted!r}"
    return None

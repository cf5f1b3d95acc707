"""Fiscal quarters, halves and years in a text that says when its company's fiscal year ends:
TimeML numbers them by the fiscal year (named by the calendar year it ends in), so "the
fiscal second quarter" of a year ending in June, written in February 2024, is 2024-Q2
(October to December 2023). Where the text does not say, they stay calendar ones. Sentences
written for these tests."""

import pytest

from geonews_extract import extract

#: (text, published, extent, value)
CASES = [
    # the end told as "fiscal <year>, which ended on <day>"
    (
        "Korvel Mining said its fiscal 2023, which ended on June 30, was its best year. "
        "Profit rose 12% in the fiscal second quarter.",
        "2024-02-14",
        "the fiscal second quarter",
        "2024-Q2",
    ),
    # "its financial year runs to March": the year ending in March
    (
        "Pellow Retail's financial year runs to March. Sales fell in the third quarter, it said on Monday.",
        "2024-02-14",
        "the third quarter",
        "2024-Q3",
    ),
    # "the year to June 30", as British reports write it
    (
        "Brackham Water made a loss of 40 million pounds in the year to June 30. "
        "It expects to return to profit in the second half of the financial year.",
        "2024-09-05",
        "the second half of the financial year",
        "2025-H2",
    ),
    # a fiscal year ahead of the calendar one: "the last fiscal year" is the one that closed in June
    (
        "Tessaly Foods' fiscal year ends in June. The company cut 300 jobs in the last fiscal year.",
        "2024-10-01",
        "the last fiscal year",
        "2024",
    ),
    (
        "Tessaly Foods' fiscal year ends in June. The company expects sales to grow in the current fiscal year.",
        "2024-10-01",
        "the current fiscal year",
        "2025",
    ),
    # "the first half" of a company whose books run from July to June: its fiscal one
    (
        "Dunmore Steel's books run from July to June. The first half will be hard, the chief executive said.",
        "2024-08-20",
        "The first half",
        "2025-H1",
    ),
]

#: Where the text does not say when its fiscal year ends: calendar quarters and years.
CALENDAR = [
    ("Profit rose 12% in the fiscal second quarter, Korvel Mining said.", "2024-02-14", "the fiscal second quarter", "2023-Q2"),
    ("The company cut 300 jobs in the last fiscal year.", "2024-10-01", "the last fiscal year", "2023"),
]

#: Months that only bound the fiscal year name no year of their own.
BOUNDS = [
    ("Dunmore Steel's books run from July to June, and sales rose in its first quarter.", "2024-02-20", {"July": "XXXX-07", "June": "XXXX-06"}),
    ("Pellow Retail's fiscal year runs from April to March.", "2024-02-20", {"April": "XXXX-04", "March": "XXXX-03"}),
]


def _value(text: str, published: str, extent: str) -> str | None:
    found = {t.text: t.value for t in extract(text, published=published).times}
    assert extent in found, (extent, found)
    return found[extent]


@pytest.mark.parametrize(("text", "published", "extent", "value"), CASES + CALENDAR)
def test_fiscal_periods(text, published, extent, value):
    assert _value(text, published, extent) == value


@pytest.mark.parametrize(("text", "published", "values"), BOUNDS)
def test_months_bounding_a_fiscal_year(text, published, values):
    found = {t.text: t.value for t in extract(text, published=published).times}
    assert {k: found.get(k) for k in values} == values


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ('Sales slipped again. "The first half will be tough," the finance chief said.', "The first half"),
        ("The second half starts with a new price list, the retailer said.", "The second half"),
    ],
)
def test_article_of_a_half_opening_a_sentence(text, extent):
    """A half an ordinal numbers keeps its article where it opens a sentence or a quote."""
    assert extent in [t.text for t in extract(text, published="2025-09-10").times]


#: A year of account that ends in the first days of a month ends with the month before (a
#: 52- or 53-week year, as retailers keep: "fiscal 2025 ended Feb. 1" is the year to January),
#: and the text's own "fiscal <year> ended <day>" says which calendar year names it: retailers
#: often name a year ending in January 2026 "fiscal 2025", after the year most of it lies in.
#: (text, published, extent, value, calendar days)
RETAIL_YEARS = [
    (
        "Brindle Stores said its fiscal 2025 ended Feb. 1. Sales fell 3% in the fourth quarter.",
        "2026-03-05",
        "the fourth quarter",
        "2025-Q4",
        ("2025-11-01", "2026-01-31"),
    ),
    (
        "Brindle Stores said its fiscal 2025 ended Feb. 1. It expects sales to grow in the current fiscal year.",
        "2026-03-05",
        "the current fiscal year",
        "2026",
        ("2026-02-01", "2027-01-31"),
    ),
    # named after the calendar year it ends in, as the text's own pair says
    (
        "Colder Outfitters said its fiscal 2025 ended on Feb. 1. Sales rose 2% in the fourth quarter.",
        "2025-03-05",
        "the fourth quarter",
        "2025-Q4",
        ("2024-11-01", "2025-01-31"),
    ),
]


@pytest.mark.parametrize(("text", "published", "extent", "value", "days"), RETAIL_YEARS)
def test_a_year_of_account_ending_in_the_first_days_of_a_month(text, published, extent, value, days):
    found = {t.text: t for t in extract(text, published=published).times}
    assert extent in found, (extent, sorted(found))
    time = found[extent]
    assert (time.value, (str(time.range.start), str(time.range.end))) == (value, days)


def test_an_older_year_of_account_ending_mid_year_keeps_naming_by_its_end():
    """Only a year to January is named after the year it begins in: "fiscal 2024, which ended
    on June 30", written in November 2025, is an older year, not a sign of that naming."""
    text = "Korvel Mining's fiscal 2024, which ended on June 30, was weak. Profit rose in the fiscal first quarter."
    assert _value(text, "2025-11-05", "the fiscal first quarter") == "2026-Q1"

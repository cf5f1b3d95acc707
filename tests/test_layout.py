"""Headlines, datelines and bylines on the layouts of wire, web and archive copy (no model needed)."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.layout import first_lines, headline_lines, is_headline, text_lines
from geonews_extract.ner.bylines import byline_names
from geonews_extract.ner.datelines import find_dateline


def headlines(text):
    return [text[s:e] for s, e in headline_lines(text)]


def dateline(text, **kwargs):
    found = find_dateline(text, **kwargs)
    return None if found is None else [text[s:e] for s, e in found.spans]


# headlines -------------------------------------------------------------------------

def test_title_case_body_lines_are_no_headlines():
    text = (
        "Flood Waters Reach Town Centre\n"
        "DHAKA (Reuters) - Rivers burst their banks on Sunday, officials said.\n"
        "Worst Hit Districts\n"
        "Sylhet Sunamganj Netrokona\n"
        "Rescue Boats Sent By The Army\n"
    )
    assert headlines(text) == ["Flood Waters Reach Town Centre"]


def test_a_headline_in_capitals_may_end_with_a_full_stop():
    text = "RUGBY - HOSTS SEAL SERIES WIN .\nCARDIFF 2004-06-12\nThe hosts won by ten points."
    assert headlines(text) == ["RUGBY - HOSTS SEAL SERIES WIN ."]


def test_prose_and_short_lines_are_no_headlines():
    assert not is_headline("The minister resigned on Friday after the vote.")
    assert not is_headline("Jane Doe")
    assert not is_headline("Talks Collapse In Geneva.")
    assert headlines("Storm clouds gathered over the harbour as boats returned.\nMore Title Case Here Now") == []


def test_a_short_kicker_above_the_headline_is_passed_over():
    text = "ELECTION 2024\nVoters Queue Early In Northern Towns\nLUSAKA, Zambia — Polls opened at dawn."
    assert headlines(text) == ["Voters Queue Early In Northern Towns"]


# datelines -------------------------------------------------------------------------

def test_archive_dateline_with_a_date_on_its_own_line():
    text = "RUGBY - HOSTS SEAL SERIES WIN .\nCARDIFF 2004-06-12\nThe hosts won by ten points on Saturday."
    assert dateline(text) == ["CARDIFF"]


def test_wire_dateline_with_agency():
    assert dateline("Ceasefire Holds\nBEIRUT (Reuters) - Guns fell silent on Tuesday.") == ["BEIRUT"]
    assert dateline("TRIPOLI, Libya, March 3 (Reuters) - Fighting resumed.") == ["TRIPOLI", "Libya"]


def test_web_dateline_with_region_and_a_long_dash():
    assert dateline("KABUL, Afghanistan — Schools reopened on Monday.") == ["KABUL", "Afghanistan"]
    assert dateline("GAZA CITY: Crowds gathered at the crossing on Friday.") == ["GAZA CITY"]


def test_dateline_run_into_the_first_sentence():
    assert dateline("PESHAWAR, Pakistan Police closed the market on Friday.") == ["PESHAWAR", "Pakistan"]
    assert dateline("Markets Reopen\nNAIROBI Traders returned to the stalls on Monday.") == ["NAIROBI"]


def test_a_dateline_never_absorbs_the_following_words():
    found = dateline("BEIRUT Air strikes hit the southern suburbs overnight, residents said.")
    assert found == ["BEIRUT"]


def test_acronyms_and_slugs_are_no_datelines():
    assert dateline("NATO Officials met in Brussels on Monday to discuss the plan.") is None
    assert dateline("NATO said on Monday it would send more ships.", not_places=frozenset({"NATO"})) is None
    text = "MARKET VIEW - Bond yields rise.\nZURICH 2003-02-11\nYields rose for a third day."
    assert dateline(text) == ["ZURICH"]


def test_a_gazetteer_test_decides_an_open_dateline():
    places = {"Harare"}.__contains__
    assert dateline("HARARE Vendors protested on Monday.", is_place=places) == ["HARARE"]
    assert dateline("UNICEF Staff arrived on Monday.", is_place=places) is None


def test_no_dateline_in_a_headline_in_capitals():
    assert dateline("SOCCER - LATE GOAL SINKS VISITORS\nThe visitors lost in the final minute.") is None


@given(st.text(max_size=300))
def test_dateline_offsets_lie_in_the_text(text):
    found = find_dateline(text)
    if found is not None:
        for start, end in found.spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]


@given(st.text(max_size=300))
def test_headline_lines_are_lines_of_the_text(text):
    for start, end in headline_lines(text):
        assert "\n" not in text[start:end]
        assert text[start:end] == text[start:end].strip()


# lines -----------------------------------------------------------------------------
def test_text_lines_are_the_non_blank_lines():
    text = "Headline\n\n  First paragraph.  \n \nLast"
    assert [text[s:e] for s, e in text_lines(text)] == ["Headline", "  First paragraph.  ", "Last"]


@given(st.text(alphabet=st.sampled_from("ab \n\t\u2028"), max_size=60))
def test_text_lines_cover_every_non_blank_line_once(text):
    spans = text_lines(text)
    assert [text[s:e] for s, e in spans] == [line for line in text.split("\n") if line.strip()]
    assert all(e < s2 for (_, e), (s2, _) in pairwise(spans))


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(0, 5)))
def test_first_lines_are_the_stripped_text_lines(text, limit):
    expected = [(s + len(text[s:e]) - len(text[s:e].lstrip()), text[s:e].strip()) for s, e in text_lines(text)]
    assert list(first_lines(text, limit)) == expected[:limit]


# bylines ---------------------------------------------------------------------------

def test_byline_names():
    text = "Body text.\nReporting by Nadia Farah and Tom Ellery in Amman; Editing by Ruth Sands\nBy Ken Obi"
    assert [text[s:e] for s, e in byline_names(text)] == ["Nadia Farah", "Tom Ellery", "Ruth Sands", "Ken Obi"]


def test_a_sentence_starting_with_by_is_no_byline():
    assert byline_names("By noon the crowd had left the square.") == []

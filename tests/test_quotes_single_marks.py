"""British copy in typographic single marks: a ’ that is a possessive inside the quote is an
apostrophe, as the ASCII one is ('The players' union agreed,' he said.)."""

from geonews_extract.quotes import pair_marks


def contents(text):
    return [text[slice(*s.content)] for s in pair_marks(text).segments]


def test_a_possessive_curly_apostrophe_inside_a_single_quote_does_not_close_it():
    text = "‘The drivers’ strike is over,’ said the union’s leader. ‘We won’t forget it.’"
    assert contents(text) == ["The drivers’ strike is over,", "We won’t forget it."]


def test_a_curly_single_quote_with_no_apostrophe_still_pairs_as_before():
    text = "‘It was a long night,’ she said. ‘Nobody slept.’"
    assert contents(text) == ["It was a long night,", "Nobody slept."]


def test_with_double_marks_a_closing_single_mark_closes_the_open_single_quote():
    text = "“He said ‘go home’ to the fighters’ leaders,” she said."
    assert contents(text) == ["He said ‘go home’ to the fighters’ leaders,", "go home"]

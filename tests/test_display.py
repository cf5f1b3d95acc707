"""Showing a Document: HTML for notebooks that keeps the text intact, text for the terminal."""

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from geonews_extract import Document
from geonews_extract.display import (
    META,
    PALETTE,
    QUOTE_SHADING,
    STYLE,
    TEXT_COLOUR,
    group_styles,
    render_html,
    render_text,
)

TEXT = 'KABUL - ISKP attacked. "We will respond," the Taliban said on Tuesday. Islamic State <b>denied</b> it & more.'


def _span(text, part, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


def _document():
    return Document.model_validate(
        {
            "id": "kabul-1",
            "text": TEXT,
            "published": "2021-09-30",
            "entities": [
                {"id": "islamic-state-khorasan", "name": "ISKP", "type": "ORG", "group": "islamic-state",
                 "mentions": [{**_span(TEXT, "ISKP"), "label": "ORG"}]},
                {"id": "islamic-state", "name": "Islamic State", "type": "ORG", "group": "islamic-state",
                 "mentions": [{**_span(TEXT, "Islamic State"), "label": "ORG"}]},
                {"id": "taliban", "name": "Taliban", "type": "ORG", "group": "taliban",
                 "mentions": [{**_span(TEXT, "Taliban"), "label": "ORG"}]},
            ],
            "times": [{**_span(TEXT, "Tuesday"), "value": "2021-09-28", "type": "DATE", "anchor": "published"}],
            "quotes": [
                {"kind": "direct", "content": _span(TEXT, "We will respond,"),
                 "speaker": {**_span(TEXT, "the Taliban"), "entity_id": "taliban"}, "cue": _span(TEXT, "said")}
            ],
            "warnings": ["a warning <here>"],
        }
    )


class _Reader(HTMLParser):
    """Checks nesting; collects the document text (outside added labels) and each mark's text."""

    VOID = frozenset({"br"})

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.marks: list[tuple[dict, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def _inside(self, cls):
        return any(cls in (attrs.get("class") or "").split() for _tag, attrs in self.stack)

    def handle_data(self, data):
        if self._inside("gx-text") and not self._inside(META):
            self.text.append(data)
            marks = [attrs for tag, attrs in self.stack if tag == "mark"]
            if marks:
                self.marks.append((marks[-1], data))


def _read(html):
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert reader.stack == []
    return reader


def test_the_text_comes_through_unchanged_and_escaped():
    html = render_html(_document())
    assert "<b>denied</b>" not in html and "&lt;b&gt;denied&lt;/b&gt;" in html
    assert "".join(_read(html).text) == TEXT


def test_mentions_are_coloured_by_group_and_labelled():
    reader = _read(render_html(_document()))
    by_text = {data: attrs for attrs, data in reader.marks}
    assert set(by_text) == {"ISKP", "Islamic State", "Taliban"}
    assert by_text["ISKP"]["style"] == by_text["Islamic State"]["style"] == group_styles(_document())["islamic-state"]
    assert by_text["Taliban"]["style"] != by_text["ISKP"]["style"]
    assert by_text["ISKP"]["title"] == "ISKP · ORG · group islamic-state"
    assert f'ISKP<span class="{META} gx-label">ORG</span></mark>' in render_html(_document())


def test_times_show_their_value_and_quotes_their_speaker():
    html = render_html(_document())
    assert 'title="DATE 2021-09-28, anchored to published">Tuesday' in html
    assert "❝ the Taliban</span>" in html
    assert 'title="direct quote, speaker: the Taliban, cue: said"' in html
    assert '<span class="gx-speaker" title="speaker">the ' in html


def test_a_document_shows_itself_in_a_notebook():
    document = _document()
    assert document._repr_html_() == render_html(document)
    assert "kabul-1" in document._repr_html_() and "a warning &lt;here&gt;" in document._repr_html_()


def test_the_text_view_lists_entities_by_group_times_and_quotes():
    shown = render_text(_document())
    lines = shown.splitlines()
    assert lines[0] == "kabul-1  published 2021-09-30"
    group = lines.index("  islamic-state")
    assert lines[group + 1 : group + 3] == ["    ISKP (ORG) [islamic-state-khorasan]: ISKP", "    Islamic State (ORG): Islamic State"]
    assert any(line.startswith("  'Tuesday'") and "2021-09-28" in line for line in lines)
    assert "  1. [direct] the Taliban said:" in lines and "     “We will respond,”" in lines


@st.composite
def documents(draw):
    text = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))

    def span():
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return {"start": start, "end": end, "text": text[start:end]}

    entities = [
        {"id": f"e{n}", "name": "x", "type": "ORG", "group": draw(st.sampled_from(["g1", "g2"])),
         "mentions": [{**span(), "label": "ORG"} for _ in range(draw(st.integers(1, 3)))]}
        for n in range(draw(st.integers(0, 3)))
    ]
    times = [{**span(), "value": draw(st.none() | st.just("2021")), "type": "DATE"} for _ in range(draw(st.integers(0, 2)))]
    quotes = [
        {"kind": "direct", "content": span(), "speaker": {**span(), "entity_id": None} if draw(st.booleans()) else None, "cue": span()}
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Document.model_validate({"text": text, "entities": entities, "times": times, "quotes": quotes})


@given(documents())
def test_any_document_renders_as_well_nested_html_with_its_exact_text(document):
    reader = _read(render_html(document))
    assert "".join(reader.text) == document.text


def _hex_rgb(colour):
    return [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]


def _luminance(colour):
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _hex_rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _lab(colour):
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _hex_rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _delta_e(one, two):
    return sum((p - q) ** 2 for p, q in zip(_lab(one), _lab(two), strict=True)) ** 0.5


def test_the_palette_colours_are_far_apart_readable_and_unlike_the_quote_shading():
    assert QUOTE_SHADING in STYLE and len(set(PALETTE)) == len(PALETTE) >= 8
    for number, colour in enumerate(PALETTE):
        assert (_luminance(colour) + 0.05) / (_luminance(TEXT_COLOUR) + 0.05) >= 7  # WCAG AAA for the mention text
        assert _delta_e(colour, QUOTE_SHADING) >= 20
        for other in PALETTE[number + 1 :]:
            assert _delta_e(colour, other) >= 20, (colour, other)


def _groups_document(groups):
    """One entity per group, mentioned in the order given, the entity list in reverse."""
    text = " ".join(f"Name{n}" for n in range(len(groups)))
    entities = [
        {"id": f"e{n}", "name": f"Name{n}", "type": "ORG", "group": group,
         "mentions": [{**_span(text, f"Name{n}"), "label": "ORG"}]}
        for n, group in enumerate(groups)
    ]
    return Document.model_validate({"text": text, "entities": entities[::-1]})


@given(st.lists(st.text("abcdefgh", min_size=1, max_size=3), min_size=1, max_size=25, unique=True))
def test_groups_take_palette_colours_in_order_of_first_appearance(groups):
    styles = group_styles(_groups_document(groups))
    assert list(styles) == groups
    first_round = [styles[group] for group in groups[: len(PALETTE)]]
    assert first_round == [f"--gx-color: {colour}" for colour in PALETTE[: len(first_round)]]
    assert len(set(styles.values())) == len(groups) or len(groups) > 3 * len(PALETTE)


def test_a_speaker_shows_its_own_words_beside_the_entity_they_stand_for():
    text = "Israel spoke first. The statement said the border was shut."
    document = Document.model_validate({
        "text": text,
        "entities": [{"id": "israel", "name": "Israel", "type": "GPE", "group": "israel",
                      "mentions": [{**_span(text, "Israel"), "label": "GPE"}]}],
        "quotes": [{"kind": "indirect", "content": _span(text, "the border was shut"),
                    "speaker": {**_span(text, "The statement"), "entity_id": "israel"}, "cue": _span(text, "said")}],
    })
    assert "1. [indirect] The statement (Israel) said:" in render_text(document)
    assert "❝ The statement (Israel)</span>" in render_html(document)


def test_the_text_listing_prints_the_cue_with_its_verb_group():
    text = "Ann Reyes would only say that talks continue."
    document = Document.model_validate({
        "text": text,
        "entities": [{"id": "reyes", "name": "Ann Reyes", "type": "PERSON", "group": "reyes",
                      "mentions": [{**_span(text, "Ann Reyes"), "label": "PERSON"}]}],
        "quotes": [{"kind": "indirect", "content": _span(text, "talks continue"),
                    "speaker": {**_span(text, "Ann Reyes"), "entity_id": "reyes"}, "cue": _span(text, "say"),
                    "verb_group": _span(text, "would only say")}],
    })
    assert "1. [indirect] Ann Reyes would only say:" in render_text(document)


def test_a_speaker_names_its_entity_only_as_whole_words():
    text = "Omaha police said the road was shut. Officials in Russia said talks would go on."
    document = Document.model_validate({
        "text": text,
        "entities": [
            {"id": "omaha", "name": "Omaha", "type": "GPE", "group": "omaha",
             "mentions": [{**_span(text, "Omaha"), "label": "GPE"}]},
            {"id": "us", "name": "US", "type": "GPE", "group": "us", "mentions": []},
        ],
        "quotes": [
            {"kind": "indirect", "content": _span(text, "the road was shut"),
             "speaker": {**_span(text, "Omaha police"), "entity_id": "omaha"}, "cue": _span(text, "said")},
            {"kind": "indirect", "content": _span(text, "talks would go on"),
             "speaker": {**_span(text, "Officials in Russia"), "entity_id": "us"}, "cue": _span(text, "said")},
        ],
    })
    listing = render_text(document)
    assert "[indirect] Omaha police said:" in listing
    assert "[indirect] Officials in Russia (US) said:" in listing


def test_a_quote_in_pieces_lists_its_words_without_the_attribution_between_them():
    text = '"The bridge is gone," Ana Ruiz said. "We waited all night."\n"Nobody came."'
    pieces = [_span(text, "The bridge is gone,"), _span(text, "We waited all night."), _span(text, "Nobody came.")]
    document = Document.model_validate({
        "text": text,
        "quotes": [{"kind": "direct", "content": {"start": pieces[0]["start"], "end": pieces[-1]["end"],
                                                  "text": text[pieces[0]["start"] : pieces[-1]["end"]]},
                    "speaker": {**_span(text, "Ana Ruiz"), "entity_id": None}, "cue": _span(text, "said"),
                    "parts": pieces}],
    })
    assert document.quotes[0].words() == "The bridge is gone, … We waited all night. … Nobody came."
    shown = render_text(document, width=200)
    assert "     “The bridge is gone, … We waited all night. … Nobody came.”" in shown.splitlines()
    assert "Ana Ruiz said. " not in shown.split("QUOTES")[1].split(":", 1)[1]


def test_a_quote_in_pieces_is_shaded_piece_by_piece_not_over_its_attribution():
    text = '"The bridge is gone," Ana Ruiz said, "and we waited."'
    pieces = [_span(text, "The bridge is gone,"), _span(text, "and we waited.")]
    document = Document.model_validate({
        "text": text,
        "quotes": [{"kind": "direct", "content": {"start": pieces[0]["start"], "end": pieces[-1]["end"],
                                                  "text": text[pieces[0]["start"] : pieces[-1]["end"]]},
                    "cue": _span(text, "said"), "parts": pieces}],
    })
    shown = render_html(document)
    assert shown.count('class="gx-quote"') == 2
    assert re.search(r'gx-quote"[^>]*>The bridge is gone,</span>', shown)
    assert re.search(r'gx-quote"[^>]*>and we waited\.</span>', shown)

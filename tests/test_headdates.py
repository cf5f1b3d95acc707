"""A publication date read from the head of a text (opt-in), and per-file dates from a manifest."""

from datetime import date

import pytest

from geonews_extract.corpus import Item, ManifestError, count_inputs, read_manifest, with_manifest
from geonews_extract.headdates import date_at_head, with_dates_from_text

STORY = "The Taliban said on Monday that talks would resume."


@pytest.mark.parametrize(
    ("head", "expected", "where"),
    [
        ("Published: 2 October 2021\n\n", date(2021, 10, 2), "'Published' line"),
        ("By A. Writer\nLast updated - Oct 3, 2021 14:02 BST\n", date(2021, 10, 3), "'Last updated' line"),
        ("2021-09-30\n", date(2021, 9, 30), "a date line"),
        ("KABUL, Sept. 30, 2021 (Reuters) - ", date(2021, 9, 30), "dateline"),
        ("BEIRUT, 1 October 2021 — ", date(2021, 10, 1), "dateline"),
    ],
)
def test_a_full_date_at_the_head_is_found_with_where_it_was(head, expected, where):
    found = date_at_head(head + STORY)
    assert found is not None and found[0] == expected and where in found[1]


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "KABUL, Sept. 30 (Reuters) - " + STORY,  # no year: not a full date
        "Published: soon\n" + STORY,
        "\n".join(["A line of the story."] * 8) + "\nPublished: 2 October 2021",  # too far down
    ],
)
def test_no_full_date_at_the_head_is_no_date(text):
    assert date_at_head(text) is None


def test_only_inputs_without_a_date_get_one_from_their_text_and_say_so():
    items = [
        Item("a", "Published: 2 October 2021\n" + STORY),
        Item("b", "Published: 2 October 2021\n" + STORY, published="2021-01-01"),
        Item("c", error=ValueError("unreadable")),
    ]
    a, b, c = with_dates_from_text(items)
    assert a.published == "2021-10-02" and len(a.warnings) == 1 and "--published-from-text" in a.warnings[0]
    assert b == items[1] and c == items[2]


def test_a_manifest_gives_dates_by_id_and_names_the_file_and_line_of_a_problem(tmp_path):
    good = tmp_path / "dates.csv"
    good.write_text("id,published,source\na.txt,2021-09-30,wire\nb.txt,,wire\n", encoding="utf-8")
    assert read_manifest(good) == {"a.txt": "2021-09-30"}
    items = list(with_manifest([Item("a.txt", STORY), Item("b.txt", STORY), Item("j", STORY, published="2020-01-01")], read_manifest(good)))
    assert [item.published for item in items] == ["2021-09-30", None, "2020-01-01"]
    for name, content, message in [
        ("no-column.csv", "id,date\na.txt,2021-09-30\n", "must name the columns"),
        ("bad-date.csv", "id,published\na.txt,2021-09-30\nb.txt,someday\n", "bad-date.csv:3"),
        ("bad.jsonl", '{"id": "a", "published": "2021-09-30"}\nnot json\n', "bad.jsonl:2"),
        ("dates.txt", "a 2021-09-30\n", "a .csv or .jsonl file"),
    ]:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ManifestError, match=message):
            read_manifest(path)


def test_the_inputs_are_counted_for_the_progress_bar(tmp_path):
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "notes.md"):
        (tmp_path / "corpus" / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_bytes(b'{"text": "x"}\n{"text": "y"}\n{"text": "z"}')
    assert count_inputs([str(tmp_path / "corpus"), str(tmp_path / "feed.jsonl")]) == 5
    assert count_inputs([str(tmp_path / "feed.jsonl"), "-"]) is None

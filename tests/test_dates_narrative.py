"""Time expressions in passages of several sentences about an earlier day: the story moves on
from the date the passage named, so a simple-past sentence's weekday, month or year-less day
is the one the story reaches next, while a past perfect looks back and a sentence about now
returns to the publication day. Passages written for these tests; TimeML (TIMEX3) values."""

import pytest

from geonews_extract import extract

#: (publication date, passage, {extent: value}); a tuple accepts any of its values.
PASSAGES = [
    (
        "2023-05-10",
        "Talks opened in Oslo on June 14, 2022. On Friday, the delegates signed a draft.",
        {"Friday": "2022-06-17"},
    ),
    (
        "2023-11-22",
        "The hospital was evacuated on Monday, Oct. 2, 2023. On Friday, patients began to return.",
        {"Friday": "2023-10-06"},
    ),
    (
        "2020-03-05",
        "On Nov. 20, 2017, the manager sent staff an e-mail. It called them to a meeting on Thursday at 10 a.m.",
        {"Thursday": "2017-11-23", "10 a.m.": "2017-11-23T10:00"},
    ),
    (
        "2024-06-12",
        "The council approved the plan on Tuesday.\n\nIn April 2009, a flood destroyed the old"
        " harbour. In October, residents presented a first design.\n\n"
        "On Monday, the council's chair said work would begin in July.",
        {"Tuesday": "2024-06-11", "October": "2009-10", "Monday": "2024-06-10", "July": "2024-07"},
    ),
    (
        "2016-08-10",
        "The accident happened on the night of Jan. 3, 2014. The driver was charged the next month. In December, he was jailed.",
        {"the next month": "2014-02", "December": "2014-12"},
    ),
    (
        "2021-06-30",
        "The rover landed on Feb. 18, 2021. It drove its first metres on March 4.",
        {"March 4": "2021-03-04"},
    ),
    (
        "2020-09-30",
        "The contract was signed on Nov. 11, 2018, and the first delivery was due on Jan. 15.",
        {"Jan. 15": "2019-01-15"},
    ),
    (
        "2025-03-05",
        "The hearing was held in September 2024. The judge ruled on Dec. 6.",
        {"Dec. 6": "2024-12-06"},
    ),
    # a weekday or month named from the passage's day ("the following Monday", "that April")
    (
        "2019-09-26",
        "The storm reached the coast on Sept. 4, 2017. By the following Monday, 40,000 people had left.",
        {"the following Monday": "2017-09-11"},
    ),
    (
        "2020-10-21",
        "The ship sank on March 12, 1944. The navy confirmed the loss that April.",
        {"that April": "1944-04"},
    ),
    (
        "2021-02-03",
        "The dam was finished on Saturday, Aug. 8, 2015. The previous Wednesday, the river had been diverted.",
        {"The previous Wednesday": "2015-08-05"},
    ),
    # "later" moves the story on: what follows counts from there
    (
        "2017-02-22",
        "Construction began in 2014. Two years later, the first train ran; the line was completed the following year.",
        {"Two years later": "2016", "the following year": "2017"},
    ),
    # what a dated letter or diary says of its own days ("yesterday", "last Friday")
    (
        "2021-11-03",
        "The letter, dated May 14, 2020, said the payment had been made last Friday.",
        {"last Friday": "2020-05-08"},
    ),
    (
        "2019-01-09",
        "On Oct. 3, 1962, the general wrote in his diary that the troops had moved yesterday.",
        {"yesterday": "1962-10-02"},
    ),
    # a date that dates a piece of writing ("a letter of May 3, 2019") opens a passage, and the
    # writing's own future lies after its day; a quote may come before the date of its saying
    (
        "2024-03-14",
        "A letter of May 3, 2019, shows the mayor knew. He wrote that the report would arrive on Friday.",
        {"Friday": "2019-05-10"},
    ),
    (
        "2024-03-14",
        "\"We will sign on Monday,\" the minister said on Jan. 9, 2023. The deal collapsed a week later.",
        {"Monday": "2023-01-16"},
    ),
    # the story moves on to the day it reaches ("By Sunday"), and to "the following year"
    (
        "2025-06-04",
        "The ferry left port on Friday, April 4, 2025. By Sunday it had lost radio contact.\n\n"
        "A search began the following morning. On Tuesday, a fishing boat found a lifeboat.\n\n"
        "The coast guard said on Monday that the search would resume in July.",
        {"the following morning": "2025-04-07TMO", "Tuesday": "2025-04-08", "Monday": "2025-06-02", "July": "2025-07"},
    ),
    (
        "2023-02-01",
        "The singer was born on Aug. 14, 1950. Her first record came out in 1968; that summer she"
        " toured Europe.\n\nShe moved to London the following year. In March, she met her future"
        " husband; they married in June.\n\nShe will be buried on Saturday.",
        {"the following year": "1969", "March": "1969-03", "June": "1969-06", "Saturday": "2023-02-04"},
    ),
    # a deadline or a plan set in the past lies ahead of the passage's day, not of the publication
    (
        "2025-03-05",
        "The hearing was held in September 2024. The judge gave the parties until Oct. 31 to respond.",
        {"Oct. 31": "2024-10-31"},
    ),
    (
        "2023-06-14",
        "The strike began on Monday, Jan. 9, 2023. A vote was scheduled for Friday.",
        {"Friday": "2023-01-13"},
    ),
    # "dates back to", "goes back to" a date: the passage is about it
    (
        "2024-06-12",
        "The feud goes back to April 2009, when a flood destroyed the harbour. In October, residents sued the port.",
        {"October": "2009-10"},
    ),
    # a past perfect looks back from the passage's day
    (
        "2022-02-16",
        "The bridge was closed on Thursday, Sept. 9, 2021. Engineers had inspected it on Monday.",
        {"Monday": "2021-09-06"},
    ),
    (
        "2019-10-02",
        "The factory shut on March 20, 2018. Its owners had warned of trouble in January.",
        {"January": "2018-01"},
    ),
    # a sentence about now, or no passage at all, keeps the publication day; so does a month
    # later in a sentence, as often the publication's, the passage long over
    (
        "2012-09-19",
        "The mine flooded on Nov. 8, 2004, killing six. The owners agreed in May to pay the families.",
        {"May": "2012-05"},
    ),
    (
        "2022-05-04",
        "The central bank raised rates on Tuesday. It last moved in March 2020, when it cut them. It meets again in June.",
        {"Tuesday": "2022-05-03", "March 2020": "2020-03", "June": "2022-06"},
    ),
    (
        "2023-03-08",
        "On Tuesday, the union said the strike would continue until Friday.",
        {"Tuesday": "2023-03-07", "Friday": "2023-03-10"},
    ),
    (
        "2023-03-08",
        "Prices peaked in June 2022, the agency said on Tuesday. It expects them to fall next month.",
        {"Tuesday": "2023-03-07", "next month": "2023-04"},
    ),
    # a paragraph that ends on the date its passage opened with carries the passage on: the
    # next paragraph's month, set at the head of its sentence, is the one the story reaches
    (
        "2024-06-12",
        "Work on the new bridge began in April 2015.\n\nIn September, engineers found cracks in a pier.",
        {"September": "2015-09"},
    ),
    (
        "2022-10-05",
        "The first shipment left the port on Friday, Jan. 7, 2022.\n\nBy Monday, the cargo had reached the border.",
        {"Monday": "2022-01-10"},
    ),
    # "by" and a weekday in the past, a week or more after the day the text named: the story
    # runs on from that day, even one too recent to open a passage
    (
        "2024-05-13",
        "The storm reached the island on Saturday, May 4. By Monday, 300 homes had been flooded.",
        {"Monday": "2024-05-06"},
    ),
    # a full date on what a verb's event answers ("fined over a crash on ...") starts the
    # sentence's story: the verb's year-less month is the first one from that day
    (
        "2024-06-12",
        "The driver was fined in May over a crash on Aug. 4, 2020.",
        {"May": "2021-05"},
    ),
    # a passage about a month names no week: a bare weekday of a later sentence in the simple
    # past is the news's, in the publication's week
    (
        "2024-06-12",
        "In March 2019 the firm moved its offices to Leeds. On Tuesday it cut half its staff.",
        {"Tuesday": "2024-06-11"},
    ),
    # "that decade" after a decade named in full: that decade, though a finer time came before it
    (
        "2025-02-03",
        "The stadium was rebuilt in March 2004. In the 1970s it was home to two clubs, and fans from"
        " that decade still talk of the old wooden stand.",
        {"the 1970s": "197", "that decade": "197"},
    ),
]


@pytest.mark.parametrize(("published", "passage", "expected"), PASSAGES, ids=[f"passage-{i}" for i in range(len(PASSAGES))])
def test_passage_times_follow_the_story(nlp, published, passage, expected):
    found = {t.text: t.value for t in extract(passage, published=published, nlp=nlp).times}
    for extent, value in expected.items():
        assert extent in found, f"{extent!r} not found in {sorted(found)}"
        assert found[extent] in (value if isinstance(value, tuple) else (value,)), (extent, found[extent])

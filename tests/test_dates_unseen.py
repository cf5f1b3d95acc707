"""Time expressions in news sentences written for these tests, one group per kind of
expression that unseen news asks for: ranges, lengths, year-less dates read by tense, dates
inside a passage about an earlier day, granularity and references, calendar ranges and
TimeML mods. Values, extents, mods and ranges follow the TimeML (TIMEX3) guidelines."""

import pytest
from dating import time_failure

from geonews_extract import extract

PUBLISHED = "2024-03-14"  # a Thursday

#: (sentence, {extent: expected}); an expected value given as a tuple accepts any of them
#: (TimeML annotators write "a year and a half" as P18M or P1Y6M).

RANGES = [
    ("The 2019-20 season was cut short by the pandemic.", {"2019": {"value": "2019"}, "20": {"value": "2020"}}),
    ("The 1914-18 war left the region in ruins.", {"1914": {"value": "1914"}, "18": {"value": "1918"}}),
    (
        "Voting runs from March 18 to March 20.",
        {"March 18": {"value": "2024-03-18"}, "March 20": {"value": "2024-03-20"}},
    ),
    (
        "The exhibition ran from June to August 2022.",
        {"June": {"value": "2022-06"}, "August 2022": {"value": "2022-08"}},
    ),
    ("Rents rose sharply between 1998 and 2003.", {"1998": {"value": "1998"}, "2003": {"value": "2003"}}),
    (
        "The talks, held from Monday through Wednesday, ended without a deal.",
        {"Monday": {"value": "2024-03-11"}, "Wednesday": {"value": "2024-03-13"}},
    ),
    (
        "Prices climbed between late 2020 and early 2022.",
        {"late 2020": {"value": "2020", "mod": "END"}, "early 2022": {"value": "2022", "mod": "START"}},
    ),
    (
        "The road was closed between Dec. 24 and Jan. 2.",
        {"Dec. 24": {"value": "2023-12-24"}, "Jan. 2": {"value": "2024-01-02"}},
    ),
    ("The plant operated from 1952 until 1989.", {"1952": {"value": "1952"}, "1989": {"value": "1989"}}),
    ("The 2014-2015 season ended early.", {"2014": {"value": "2014"}, "2015": {"value": "2015"}}),
    ("The conference ran March 3-5 in Vienna.", {"March 3": {"value": "2024-03-03"}, "5": {"value": "2024-03-05"}}),
    ("Cars built in the 1980s and '90s are exempt.", {"the 1980s": {"value": "198"}, "'90s": {"value": "199"}}),
    (
        "Sales dipped from mid-May to early June.",
        {"mid-May": {"value": "2023-05", "mod": "MID"}, "early June": {"value": "2023-06", "mod": "START"}},
    ),
    ("The 2008-2009 recession hit exporters hard.", {"2008": {"value": "2008"}, "2009": {"value": "2009"}}),
    (
        "The clinic is open between Monday and Wednesday next week.",
        {"Monday": {"value": "2024-03-18"}, "Wednesday next week": {"value": "2024-03-20"}},
    ),
    ("Figures for 2010 to 2015 were revised.", {"2010": {"value": "2010"}, "2015": {"value": "2015"}}),
    (
        "The dig lasted from September 2021 to March.",
        {"September 2021": {"value": "2021-09"}, "March": {"value": "2022-03"}},
    ),
    (
        "The museum will be closed from Dec. 23 through Jan. 3.",
        {"Dec. 23": {"value": "2024-12-23"}, "Jan. 3": {"value": "2025-01-03"}},
    ),
    ("He led the club from 1998 to 2004.", {"1998": {"value": "1998"}, "2004": {"value": "2004"}}),
    ("Flights are suspended until March 31.", {"March 31": {"value": "2024-03-31"}}),
    (
        "Schools shut from Monday to Friday last week.",
        {"Monday": {"value": "2024-03-04"}, "Friday last week": {"value": "2024-03-08"}},
    ),
    ("Offices will close between Christmas and New Year.", {"Christmas": {"value": "2024-12-25"}}),
    ("The festival ran from Oct. 12 to 15.", {"Oct. 12": {"value": "2023-10-12"}, "15": {"value": "2023-10-15"}}),
    (
        "The show runs from 9 a.m. to noon.",
        {"9 a.m.": {"value": "2024-03-14T09:00"}, "noon": {"value": "2024-03-14T12:00"}},
    ),
    ("Between January and March, 40 people died.", {"January": {"value": "2024-01"}, "March": {"value": "2024-03"}}),
    ("The regime ruled from the 1960s to the 1980s.", {"the 1960s": {"value": "196"}, "the 1980s": {"value": "198"}}),
]

LENGTHS = [
    ("The strike lasted three weeks.", {"three weeks": {"value": "P3W", "type": "DURATION"}}),
    ("Over the past five years, exports have doubled.", {"the past five years": {"value": "P5Y", "type": "DURATION"}}),
    ("The contract runs for 18 months.", {"18 months": {"value": "P18M", "type": "DURATION"}}),
    ("She won the marathon in 2:08:35.", {"2:08:35": {"value": "PT2H8M35S", "type": "DURATION"}}),
    (
        "The truce should hold for between 12 and 18 months.",
        {"12": {"value": "P12M", "type": "DURATION"}, "18 months": {"value": "P18M", "type": "DURATION"}},
    ),
    ("Counting the ballots will take a few days.", {"a few days": {"value": "PXD", "type": "DURATION"}}),
    (
        "The rescue took nearly 36 hours.",
        {"nearly 36 hours": {"value": "PT36H", "type": "DURATION", "mod": ("APPROX", "LESS_THAN", "EQUAL_OR_LESS")}},
    ),
    ("He spent a decade in exile.", {"a decade": {"value": ("P10Y", "P1DE"), "type": "DURATION"}}),
    ("Inflation has fallen for the past two months.", {"the past two months": {"value": "P2M", "type": "DURATION"}}),
    ("The meeting lasted 90 minutes.", {"90 minutes": {"value": "PT90M", "type": "DURATION"}}),
    (
        "The vaccine protects for six months to a year.",
        {"six months": {"value": "P6M", "type": "DURATION"}, "a year": {"value": "P1Y", "type": "DURATION"}},
    ),
    (
        "The project is expected to take two to three years.",
        {"two": {"value": "P2Y", "type": "DURATION"}, "three years": {"value": "P3Y", "type": "DURATION"}},
    ),
    ("Eight years from now the debt will be repaid.", {"Eight years from now": {"value": "2032", "type": "DATE"}}),
    ("The river floods each season.", {"each season": {"type": "SET"}}),
    ("He was elected to a two-year term.", {"a two-year term": {"value": "P2Y", "type": "DURATION"}}),
    (
        "The first 100 days of the government were chaotic.",
        {"The first 100 days": {"value": "P100D", "type": "DURATION"}},
    ),
    ("The blackout lasted half an hour.", {"half an hour": {"value": "PT30M", "type": "DURATION"}}),
    (
        "The trial could last a year and a half.",
        {"a year and a half": {"value": ("P18M", "P1.5Y", "P1Y6M"), "type": "DURATION"}},
    ),
    ("Negotiations dragged on for several months.", {"several months": {"value": "PXM", "type": "DURATION"}}),
    ("The clinic offers a 24-hour hotline.", {"24-hour": {"value": "PT24H", "type": "DURATION"}}),
    ("Over the past 48 hours, the fire has spread.", {"the past 48 hours": {"value": "PT48H", "type": "DURATION"}}),
    ("The two sides met for a 10-day summit.", {"10-day": {"value": "P10D", "type": "DURATION"}}),
    (
        "The trains stopped for two and a half hours.",
        {"two and a half hours": {"value": ("PT2.5H", "PT150M", "PT2H30M"), "type": "DURATION"}},
    ),
    ("The hostages were held for 11 days.", {"11 days": {"value": "P11D", "type": "DURATION"}}),
    ("A 90-day review began.", {"90-day": {"value": "P90D", "type": "DURATION"}}),
    ("The power cut lasted a mere 24 hours.", {"a mere 24 hours": {"value": "PT24H", "type": "DURATION"}}),
    ("She has lived there for decades.", {"decades": {"value": ("PXDE", "PXY", "P10Y"), "type": "DURATION"}}),
    (
        "The tunnel took three and a half years to build.",
        {"three and a half years": {"value": ("P3.5Y", "P3Y6M", "P42M"), "type": "DURATION"}},
    ),
    ("The suspect was questioned for hours.", {"hours": {"value": "PTXH", "type": "DURATION"}}),
    ("The rally will last all day.", {"all day": {"value": "P1D", "type": "DURATION"}}),
    ("The wait could be 10 to 15 minutes.", {"10": {"value": "PT10M"}, "15 minutes": {"value": "PT15M"}}),
    ("It was his third term in a decade.", {"a decade": {"value": ("P10Y", "P1DE"), "type": "DURATION"}}),
    ("The company posted its first loss in five years.", {"five years": {"value": "P5Y", "type": "DURATION"}}),
]

YEARLESS_BY_TENSE = [
    ("The minister will visit Kyiv in June.", {"June": {"value": "2024-06"}}),
    ("Talks resumed in October.", {"October": {"value": "2023-10"}}),
    ("A verdict is expected in May.", {"May": {"value": "2024-05"}}),
    ("The vote is scheduled for Saturday.", {"Saturday": {"value": "2024-03-16"}}),
    ("The company reported its results on Tuesday.", {"Tuesday": {"value": "2024-03-12"}}),
    ("Parliament will reconvene on Jan. 9.", {"Jan. 9": {"value": "2025-01-09"}}),
    ("The team lost to its rivals on Dec. 2.", {"Dec. 2": {"value": "2023-12-02"}}),
    ("Officials plan to name the winner on Friday.", {"Friday": {"value": "2024-03-15"}}),
    ("The bridge reopens on 2 April after repairs.", {"2 April": {"value": "2024-04-02"}}),
    ("The new law took effect in January.", {"January": {"value": "2024-01"}}),
    ("The hearing was adjourned until Monday.", {"Monday": {"value": "2024-03-18"}}),
    ("Sales fell in the fourth quarter.", {"the fourth quarter": {"value": "2023-Q4"}}),
    ("The central bank is due to meet again on 11 September.", {"11 September": {"value": "2024-09-11"}}),
    ("Residents who fled in November have not returned.", {"November": {"value": "2023-11"}}),
    ("The report, due out in April, will show higher debt.", {"April": {"value": "2024-04"}}),
    (
        "The company said on Monday it would cut jobs in April.",
        {"Monday": {"value": "2024-03-11"}, "April": {"value": "2024-04"}},
    ),
    ("Elections are set for October.", {"October": {"value": "2024-10"}}),
    ("Rates last rose in December.", {"December": {"value": "2023-12"}}),
    ("Shops have been closed since Friday.", {"Friday": {"value": "2024-03-08"}}),
    ("Next Friday's meeting has been cancelled.", {"Next Friday": {"value": ("2024-03-22", "2024-03-15")}}),
    ("The tournament starts on Saturday.", {"Saturday": {"value": "2024-03-16"}}),
    ("Police said the attack happened on Sunday.", {"Sunday": {"value": "2024-03-10"}}),
    ("The minister is to travel to Paris on Tuesday.", {"Tuesday": {"value": "2024-03-19"}}),
    ("Since January, prices have risen 3%.", {"January": {"value": "2024-01"}}),
    (
        "The festival, which drew 40,000 people in August, will return in July.",
        {"August": {"value": "2023-08"}, "July": {"value": "2024-07"}},
    ),
    ("Parliament will vote on the bill on Tuesday.", {"Tuesday": {"value": "2024-03-19"}}),
    ("The shop opened in February.", {"February": {"value": "2024-02"}}),
    ("The trial is set to begin in September.", {"September": {"value": "2024-09"}}),
    ("The summit, which begins on Monday, will focus on trade.", {"Monday": {"value": "2024-03-18"}}),
    ("Voters go to the polls on Sunday.", {"Sunday": {"value": "2024-03-17"}}),
    ("The deal was agreed on Wednesday.", {"Wednesday": {"value": "2024-03-13"}}),
    ("A decision could come as early as next month.", {"next month": {"value": "2024-04"}}),
    ("The ban expires in July.", {"July": {"value": "2024-07"}}),
    ("The plant had been scheduled to open in January.", {"January": {"value": "2024-01"}}),
    ("Police arrested two men on Saturday.", {"Saturday": {"value": "2024-03-09"}}),
]

NARRATIVE_ANCHORS = [
    (
        "In an email sent on Oct. 12, 2022, the manager said the office would close Sunday night at 8 PM.",
        {
            "Oct. 12, 2022": {"value": "2022-10-12"},
            "Sunday night": {"value": "2022-10-16TNI"},
            "8 PM": {"value": "2022-10-16T20:00"},
        },
    ),
    (
        "The ship left port on 3 May 2019. Three weeks later it reached Lagos.",
        {"Three weeks later": {"value": "2019-05-24"}},
    ),
    (
        "In the summer of 2015 the family moved to Berlin. That September, she enrolled at a local school.",
        {"the summer of 2015": {"value": "2015-SU"}, "That September": {"value": "2015-09"}},
    ),
    (
        "The plant closed in March 2010. The following year it was demolished.",
        {"The following year": {"value": "2011"}},
    ),
    (
        "The riot began on the night of Oct. 12, 2021. The next morning, police cleared the square.",
        {"The next morning": {"value": "2021-10-13TMO"}},
    ),
    (
        "The treaty was signed on 4 August 1998; two days earlier, the envoys had met in Geneva.",
        {"two days earlier": {"value": "1998-08-02"}},
    ),
    ("The firm was founded in 1987. A decade later it went public.", {"A decade later": {"value": "1997"}}),
    ("On Friday, 9 June 2017, the polls closed at 10 p.m.", {"10 p.m.": {"value": "2017-06-09T22:00"}}),
    (
        "The hearing took place on Feb. 2, 2021. By the end of the month, the judge had ruled.",
        {"the end of the month": {"value": "2021-02", "mod": "END"}},
    ),
    (
        "He was arrested on Saturday, July 11, 2020. The previous Tuesday he had met the suspect.",
        {"The previous Tuesday": {"value": "2020-07-07"}},
    ),
    (
        "The fire broke out on Aug. 3, 2018. By Wednesday, it had burned 5,000 acres.",
        {"Wednesday": {"value": "2018-08-08"}},
    ),
    (
        "Floods struck on April 2, 2023. A month earlier, engineers had warned of the risk.",
        {"A month earlier": {"value": "2023-03"}},
    ),
    ("The club was relegated in 2016; two years later it went bankrupt.", {"two years later": {"value": "2018"}}),
    ("The dam burst in June 2019, and that summer the valley flooded.", {"that summer": {"value": "2019-SU"}}),
    ("The ceasefire began on Sept. 1, 2022. That night, shelling resumed.", {"That night": {"value": "2022-09-01TNI"}}),
    (
        "The earthquake struck on Jan. 12, 2010. The next day, aid began to arrive.",
        {"The next day": {"value": "2010-01-13"}},
    ),
    (
        "The storm made landfall on Monday, Oct. 29, 2012. By Thursday, power was back.",
        {"Thursday": {"value": "2012-11-01"}},
    ),
    (
        "Trading was halted on May 6, 2010. Later that afternoon, prices recovered.",
        {"Later that afternoon": {"value": "2010-05-06TAF"}},
    ),
    (
        "He joined the firm in 2005. Five years later, he became chief executive.",
        {"Five years later": {"value": "2010"}},
    ),
    ("The strike began on Nov. 4, 2019, and by Friday the port was idle.", {"Friday": {"value": "2019-11-08"}}),
    (
        "On July 4, 2016, the band played its last show. The following week, the singer quit.",
        {"The following week": {"value": "2016-W28"}},
    ),
    ("The bank failed in March 2008. By the summer, three more had followed.", {"the summer": {"value": "2008-SU"}}),
    (
        "The storm hit on Sept. 20, 2017. Two weeks later, power was still out.",
        {"Two weeks later": {"value": "2017-10-04"}},
    ),
    ("He was born on May 5, 1950. Three decades later he ran for office.", {"Three decades later": {"value": "1980"}}),
    (
        "The merger was announced on Jan. 10, 2019. That afternoon, shares jumped.",
        {"That afternoon": {"value": "2019-01-10TAF"}},
    ),
    ("The protest began on June 3, 2020, and lasted until Sunday.", {"Sunday": {"value": "2020-06-07"}}),
    (
        "The crash happened on Nov. 2, 2015. That evening the airline issued a statement.",
        {"That evening": {"value": "2015-11-02TEV"}},
    ),
    (
        "The fire started on Aug. 1, 2019. Later that week, the town was evacuated.",
        {"Later that week": {"value": "2019-W31"}},
    ),
    (
        "The satellite launched on 12 May 2021 and reached orbit the next day.",
        {"the next day": {"value": "2021-05-13"}},
    ),
    (
        "On Oct. 3, 2020, the talks collapsed. The previous day, both sides had been optimistic.",
        {"The previous day": {"value": "2020-10-02"}},
    ),
]

GRANULARITY = [
    ("Prices have fallen over the last week.", {"the last week": {"value": ("2024-W10", "P1W")}}),
    ("In recent weeks, protests have spread.", {"recent weeks": {"value": "PXW", "type": "DURATION"}}),
    ("Today, most households own a smartphone.", {"Today": {"value": "PRESENT_REF"}}),
    ("The minister resigned today.", {"today": {"value": "2024-03-14"}}),
    ("The band was famous in the 1990s.", {"the 1990s": {"value": "199"}}),
    (
        "The mine opened in 1970 and expanded over the following decade.",
        {"1970": {"value": "1970"}, "the following decade": {"value": ("198", "P10Y", "P1DE")}},
    ),
    ("The town was rebuilt a decade ago.", {"a decade ago": {"value": "2014"}}),
    ("Output peaked in mid-2019.", {"mid-2019": {"value": "2019", "mod": "MID"}}),
    ("Thousands marched this past weekend.", {"this past weekend": {"value": "2024-W10-WE"}}),
    ("The company will decide early next week.", {"early next week": {"value": "2024-W12", "mod": "START"}}),
    ("More rain is forecast in the coming days.", {"the coming days": {"value": ("FUTURE_REF", "PXD")}}),
    (
        "Revenue rose 4% in the third quarter of fiscal 2023.",
        {"the third quarter of fiscal 2023": {"value": "2023-Q3"}},
    ),
    ("The mayor is currently on leave.", {"currently": {"value": "PRESENT_REF"}}),
    ("Nowadays few people write letters.", {"Nowadays": {"value": "PRESENT_REF"}}),
    ("The house dates from the 19th century.", {"the 19th century": {"value": "18"}}),
    ("Emissions must fall this decade.", {"this decade": {"value": "202"}}),
    ("Fans will rally over the weekend.", {"the weekend": {"value": "2024-W11-WE"}}),
    ("The talks resume this morning.", {"this morning": {"value": "2024-03-14TMO"}}),
    ("The rally will be held tonight.", {"tonight": {"value": "2024-03-14TNI"}}),
    ("The ship sank the day before yesterday.", {"the day before yesterday": {"value": "2024-03-12"}}),
    ("Profits doubled in the first half of 2023.", {"the first half of 2023": {"value": "2023-H1"}}),
    ("Snow fell heavily last winter.", {"last winter": {"value": "2023-WI"}}),
    ("The museum reopened in spring 2021.", {"spring 2021": {"value": "2021-SP"}}),
    ("Growth slowed in Q3 2023.", {"Q3 2023": {"value": "2023-Q3"}}),
    ("The clubs of the '80s have closed.", {"the '80s": {"value": "198"}}),
    ("Prices will rise in the future.", {"the future": {"value": "FUTURE_REF"}}),
    ("Growth is expected over the next decade.", {"the next decade": {"value": ("P10Y", "P1DE"), "type": "DURATION"}}),
    ("The firm has grown in the past year.", {"the past year": {"value": ("P1Y", "2023")}}),
    ("The firm grew strongly last year.", {"last year": {"value": "2023"}}),
    ("The law was passed earlier this year.", {"earlier this year": {"value": "2024"}}),
    ("The rebels retook the town this week.", {"this week": {"value": "2024-W11"}}),
    ("Sales rose in recent months.", {"recent months": {"value": "PXM", "type": "DURATION"}}),
    ("Attacks have increased in recent years.", {"recent years": {"value": ("PXY", "PAST_REF")}}),
    ("The 21st century has brought new threats.", {"The 21st century": {"value": "20"}}),
    ("The team won the title in the 2010s.", {"the 2010s": {"value": "201"}}),
    ("The show aired on Friday evening.", {"Friday evening": {"value": "2024-03-08TEV"}}),
    ("A decision is expected in the near future.", {"the near future": {"value": "FUTURE_REF"}}),
]

CALENDAR_RANGES = [
    ("Unemployment rose last month.", {"last month": {"value": "2024-02", "range": ("2024-02-01", "2024-02-29")}}),
    ("The ruling came in 2021.", {"2021": {"value": "2021", "range": ("2021-01-01", "2021-12-31")}}),
    ("Shares fell last week.", {"last week": {"value": "2024-W10", "range": ("2024-03-04", "2024-03-10")}}),
    ("The strike lasted three weeks.", {"three weeks": {"value": "P3W", "range": None}}),
    (
        "Profits rose in the first quarter.",
        {"the first quarter": {"value": "2024-Q1", "range": ("2024-01-01", "2024-03-31")}},
    ),
    ("The senator spoke yesterday.", {"yesterday": {"value": "2024-03-13", "range": ("2024-03-13", "2024-03-13")}}),
    ("The band was famous in the 1990s.", {"the 1990s": {"value": "199", "range": ("1990-01-01", "1999-12-31")}}),
    (
        "Thousands marched this past weekend.",
        {"this past weekend": {"value": "2024-W10-WE", "range": ("2024-03-09", "2024-03-10")}},
    ),
    (
        "The deal was signed on April 2, 2023. A month earlier, talks had stalled.",
        {"A month earlier": {"value": "2023-03", "range": ("2023-03-01", "2023-03-31")}},
    ),
    ("The town was rebuilt a decade ago.", {"a decade ago": {"value": "2014", "range": ("2014-01-01", "2014-12-31")}}),
    ("Recently, fares went up.", {"Recently": {"value": "PAST_REF", "range": None}}),
    ("The plan will be ready next year.", {"next year": {"value": "2025", "range": ("2025-01-01", "2025-12-31")}}),
    ("Snow fell heavily last winter.", {"last winter": {"value": "2023-WI"}}),
    (
        "Profits doubled in the first half of 2023.",
        {"the first half of 2023": {"value": "2023-H1", "range": ("2023-01-01", "2023-06-30")}},
    ),
    (
        "The talks resume this morning.",
        {"this morning": {"value": "2024-03-14TMO", "range": ("2024-03-14", "2024-03-14")}},
    ),
    (
        "The house dates from the 19th century.",
        {"the 19th century": {"value": "18", "range": ("1800-01-01", "1899-12-31")}},
    ),
    (
        "Fighting broke out in early August.",
        {"early August": {"value": "2023-08", "mod": "START", "range": ("2023-08-01", "2023-08-31")}},
    ),
    (
        "The dam was finished about three years ago.",
        {"about three years ago": {"value": "2021", "range": ("2021-01-01", "2021-12-31")}},
    ),
    ("Sales rose in fiscal 2022.", {"fiscal 2022": {"value": "2022"}}),
    ("The bill passed last Friday.", {"last Friday": {"value": "2024-03-08", "range": ("2024-03-08", "2024-03-08")}}),
    (
        "Exports fell in the fourth quarter of 2023.",
        {"the fourth quarter of 2023": {"value": "2023-Q4", "range": ("2023-10-01", "2023-12-31")}},
    ),
    ("The talks will resume next month.", {"next month": {"value": "2024-04", "range": ("2024-04-01", "2024-04-30")}}),
    (
        "The vote took place in February 2024.",
        {"February 2024": {"value": "2024-02", "range": ("2024-02-01", "2024-02-29")}},
    ),
    ("The firm was founded in the 1870s.", {"the 1870s": {"value": "187", "range": ("1870-01-01", "1879-12-31")}}),
    ("The dispute lasted for six months.", {"six months": {"value": "P6M", "range": None}}),
    ("The report is due at the end of the month.", {"the end of the month": {"value": "2024-03", "mod": "END"}}),
    ("The shop opened two weeks ago.", {"two weeks ago": {"value": ("2024-02-29", "2024-W09")}}),
    (
        "Crowds gathered this afternoon.",
        {"this afternoon": {"value": "2024-03-14TAF", "range": ("2024-03-14", "2024-03-14")}},
    ),
]

MODS = [
    ("The dam was finished about three years ago.", {"about three years ago": {"value": "2021", "mod": "APPROX"}}),
    ("Fighting broke out in early August.", {"early August": {"value": "2023-08", "mod": "START"}}),
    ("The firm collapsed late last year.", {"late last year": {"value": "2023", "mod": "END"}}),
    (
        "The siege lasted more than two weeks.",
        {"more than two weeks": {"value": "P2W", "type": "DURATION", "mod": "MORE_THAN"}},
    ),
    ("The report will be published by the end of the year.", {"the end of the year": {"value": "2024", "mod": "END"}}),
    ("The vote took less than an hour.", {"less than an hour": {"value": "PT1H", "mod": "LESS_THAN"}}),
    ("The repairs will take at least five years.", {"at least five years": {"value": "P5Y", "mod": "EQUAL_OR_MORE"}}),
    ("Ministers must agree by the end of March.", {"the end of March": {"value": "2024-03", "mod": "END"}}),
    ("The family left more than a decade ago.", {"more than a decade ago": {"value": "2014", "mod": "BEFORE"}}),
    ("Work will resume at the start of next month.", {"the start of next month": {"value": "2024-04", "mod": "START"}}),
    ("The search went on for roughly 10 days.", {"roughly 10 days": {"value": "P10D", "mod": "APPROX"}}),
    (
        "The loan must be repaid within no more than six months.",
        {"no more than six months": {"value": "P6M", "mod": "EQUAL_OR_LESS"}},
    ),
    ("The trial opened in mid-January.", {"mid-January": {"value": "2024-01", "mod": "MID"}}),
    (
        "The vote will be held in the middle of next week.",
        {"the middle of next week": {"value": "2024-W12", "mod": "MID"}},
    ),
    (
        "The town was founded at the beginning of the 20th century.",
        {"the beginning of the 20th century": {"value": "19", "mod": "START"}},
    ),
    ("The tanks arrived around noon.", {"around noon": {"value": "2024-03-14T12:00", "mod": "APPROX"}}),
    ("She left over a year ago.", {"over a year ago": {"value": "2023", "mod": "BEFORE"}}),
    ("The clinic opened less than a year ago.", {"less than a year ago": {"value": "2023", "mod": "AFTER"}}),
    ("Detainees can be held for up to three months.", {"up to three months": {"value": "P3M", "mod": "EQUAL_OR_LESS"}}),
    ("The case dragged on for some 20 years.", {"some 20 years": {"value": "P20Y", "mod": "APPROX"}}),
    ("Disco peaked in the late 1970s.", {"the late 1970s": {"value": "197", "mod": "END"}}),
    ("The plan is due at the end of next week.", {"the end of next week": {"value": "2024-W12", "mod": "END"}}),
    (
        "The bridge has stood for almost a century.",
        {"almost a century": {"value": ("P100Y", "P1CE"), "mod": ("LESS_THAN", "APPROX", "EQUAL_OR_LESS")}},
    ),
    ("Voters went to the polls in late November.", {"late November": {"value": "2023-11", "mod": "END"}}),
    ("The project began in the early 2000s.", {"the early 2000s": {"value": "200", "mod": "START"}}),
    ("The army withdrew in late 2021.", {"late 2021": {"value": "2021", "mod": "END"}}),
    ("The strike lasted just over a week.", {"just over a week": {"value": "P1W", "mod": "MORE_THAN"}}),
    ("The treaty was signed nearly 30 years ago.", {"nearly 30 years ago": {"value": "1994"}}),
    ("He will serve at least two years.", {"at least two years": {"value": "P2Y", "mod": "EQUAL_OR_MORE"}}),
    ("Results are due in mid-April.", {"mid-April": {"value": "2024-04", "mod": "MID"}}),
    (
        "The company expects a decision by the middle of the year.",
        {"the middle of the year": {"value": "2024", "mod": "MID"}},
    ),
    ("The queue lasted well over two hours.", {"well over two hours": {"value": "PT2H", "mod": "MORE_THAN"}}),
    ("Construction started at the beginning of 2020.", {"the beginning of 2020": {"value": "2020", "mod": "START"}}),
    ("The stadium was built more than 50 years ago.", {"more than 50 years ago": {"value": "1974", "mod": "BEFORE"}}),
]

#: A weekday after a present-tense verb of a timetable ("ends", "opens") is the next one, even
#: where the tagger reads the verb as a plural noun ("the fair ends").
TIMETABLED_WEEKDAYS = [
    ("The fair ends on Sunday.", {"Sunday": {"value": "2024-03-17"}}),
    ("The book fair closes on Monday.", {"Monday": {"value": "2024-03-18"}}),
    ("The spring sale starts on Saturday.", {"Saturday": {"value": "2024-03-16"}}),
    ("The flower show opens Friday.", {"Friday": {"value": "2024-03-15"}}),
    ("The fair ended on Sunday.", {"Sunday": {"value": "2024-03-10"}}),
    ("The festival finishes on Sunday night.", {"Sunday night": {"value": "2024-03-17TNI"}}),
]

#: A year written before "fiscal year" or "financial year" names that year, not the current one.
YEARS_OF_ACCOUNT = [
    ("Sales rose in the 2022 fiscal year.", {"the 2022 fiscal year": {"value": "2022"}}),
    ("The deficit widened in the 2021 financial year.", {"the 2021 financial year": {"value": "2021"}}),
    ("The firm expects growth in the 2025 fiscal year.", {"the 2025 fiscal year": {"value": "2025"}}),
    ("Sales rose this fiscal year.", {"this fiscal year": {"value": "2024"}}),
]

#: Two years written with a slash (a season, a year of account) are two expressions, as with a dash.
YEARS_WITH_A_SLASH = [
    ("Profits rose in 2022/23.", {"2022": {"value": "2022"}, "23": {"value": "2023"}}),
    ("The budget for 2024/25 was approved.", {"2024": {"value": "2024"}, "25": {"value": "2025"}}),
    ("Wheat exports fell in the 2021/22 season.", {"2021": {"value": "2021"}, "22": {"value": "2022"}}),
    ("The 2023/24 budget includes new taxes.", {"2023": {"value": "2023"}, "24": {"value": "2024"}}),
    ("Figures for 2021/2022 were revised.", {"2021": {"value": "2021"}, "2022": {"value": "2022"}}),
]

#: One end of a range that leaves out the year named from now ("last year") takes it from the other.
RANGES_IN_A_YEAR_FROM_NOW = [
    (
        "The works ran between spring and autumn last year.",
        {"spring": {"value": "2023-SP"}, "autumn last year": {"value": "2023-FA"}},
    ),
    (
        "Rain fell from spring to summer last year.",
        {"spring": {"value": "2023-SP"}, "summer last year": {"value": "2023-SU"}},
    ),
    (
        "The trial took place from 12 to 15 October last year.",
        {"12": {"value": "2023-10-12"}, "15 October last year": {"value": "2023-10-15"}},
    ),
    (
        "The games ran from 3 to 9 July last year.",
        {"3": {"value": "2023-07-03"}, "9 July last year": {"value": "2023-07-09"}},
    ),
    ("The dig will resume in spring next year.", {"spring next year": {"value": "2025-SP"}}),
    ("The fair ran 12-15 October last year.", {"12": {"value": "2023-10-12"}, "15 October last year": {"value": "2023-10-15"}}),
    (
        "The show ran from 12 October to 15 November last year.",
        {"12 October": {"value": "2023-10-12"}, "15 November last year": {"value": "2023-11-15"}},
    ),
    (
        "The works will run from October 3 to November 9 next year.",
        {"October 3": {"value": "2025-10-03"}, "November 9 next year": {"value": "2025-11-09"}},
    ),
    (
        "The strike lasted from late spring to early autumn last year.",
        {
            "late spring": {"value": "2023-SP", "mod": "END"},
            "early autumn last year": {"value": "2023-FA", "mod": "START"},
        },
    ),
    (
        "Protests took place between 5 and 8 March this year.",
        {"5": {"value": "2024-03-05"}, "8 March this year": {"value": "2024-03-08"}},
    ),
]

#: A time of day with its day is one expression valued at the day ("9 a.m. Tuesday", as
#: TimeML writes it); the turn of a century is the year it turns on, approximately; a day range
#: and a holiday range follow the tense and the year said once for both ends; a count of
#: units "later" with no date before it in the text is the length, as TimeML writes it.
KNOWN_GAPS = [
    (
        "The rally began at 8 p.m. on Sunday.",
        {"8 p.m. on Sunday": {"value": "2024-03-10T20:00", "type": "TIME", "range": ("2024-03-10", "2024-03-10")}},
    ),
    ("The minister will speak at 10 a.m. Tuesday.", {"10 a.m. Tuesday": {"value": "2024-03-19T10:00", "type": "TIME"}}),
    ("Polls opened at 7 a.m. Monday.", {"7 a.m. Monday": {"value": "2024-03-11T07:00"}}),
    (
        "Such shops were common at the turn of the century.",
        {"the turn of the century": {"value": "2000", "mod": "APPROX", "type": "DATE"}},
    ),
    (
        "The bridge was built around the turn of the 20th century.",
        {"the turn of the 20th century": {"value": "1900", "mod": "APPROX"}},
    ),
    (
        "The festival was held from 4 to 6 May.",
        {"4": {"value": "2023-05-04"}, "6 May": {"value": "2023-05-06"}},
    ),
    ("The races were run between 10 and 12 May.", {"10": {"value": "2023-05-10"}, "12 May": {"value": "2023-05-12"}}),
    ("The summit will be held from 4 to 6 May.", {"4": {"value": "2024-05-04"}, "6 May": {"value": "2024-05-06"}}),
    ("The fair was held on 6 May.", {"6 May": {"value": "2023-05-06"}}),
    (
        "Sales slowed between Easter and Christmas last year.",
        {"Easter": {"value": "2023-04-09"}, "Christmas last year": {"value": "2023-12-25"}},
    ),
    (
        "Prices rose between Christmas and Easter last year.",
        {"Christmas": {"value": "2022-12-25"}, "Easter last year": {"value": "2023-04-09"}},
    ),
    ("The shop reopened at Christmas last year.", {"Christmas last year": {"value": "2023-12-25"}}),
    (
        "Three weeks later, the bridge collapsed.",
        {"Three weeks later": {"value": "P3W", "type": "DURATION", "range": None}},
    ),
    (
        "The firm filed for bankruptcy two months later.",
        {"two months later": {"value": "P2M", "type": "DURATION", "range": None}},
    ),
]

#: More news sentences of each kind, written for these tests: two weekdays of a range in
#: order, a week of a month, a year "at least" said ahead.
MORE_NEWS = [
    ("The 2016-17 budget was approved after months of wrangling.", {"2016": {"value": "2016"}, "17": {"value": "2017"}}),
    (
        "Temperatures soared from July to September last year.",
        {"July": {"value": "2023-07"}, "September last year": {"value": "2023-09"}},
    ),
    (
        "The talks lasted from Tuesday until Friday.",
        {"Tuesday": {"value": "2024-03-05"}, "Friday": {"value": "2024-03-08"}},
    ),
    (
        "Talks will run from Tuesday until Friday.",
        {"Tuesday": {"value": "2024-03-19"}, "Friday": {"value": "2024-03-22"}},
    ),
    ("The pop-up market operated from 5 to 7 January.", {"5": {"value": "2024-01-05"}, "7 January": {"value": "2024-01-07"}}),
    ("The tournament took place 12-20 August.", {"12": {"value": "2023-08-12"}, "20 August": {"value": "2023-08-20"}}),
    (
        "The lake froze from December to March 2020.",
        {"December": {"value": "2019-12"}, "March 2020": {"value": "2020-03"}},
    ),
    ("Schools closed from Dec. 20 to Jan. 6.", {"Dec. 20": {"value": "2023-12-20"}, "Jan. 6": {"value": "2024-01-06"}}),
    ("Repairs will take between four and six weeks.", {"four": {"value": "P4W"}, "six weeks": {"value": "P6W"}}),
    ("The athlete finished in 3:45:12.", {"3:45:12": {"value": "PT3H45M12S", "type": "DURATION"}}),
    ("The hostages were held for 47 days.", {"47 days": {"value": "P47D", "type": "DURATION"}}),
    ("The boycott lasted a fortnight.", {"a fortnight": {"value": "P2W", "type": "DURATION"}}),
    ("A six-month inquiry found no wrongdoing.", {"six-month": {"value": "P6M", "type": "DURATION"}}),
    ("The new law will come into force in July.", {"July": {"value": "2024-07"}}),
    ("The storm made landfall in September.", {"September": {"value": "2023-09"}}),
    ("The film premieres in June.", {"June": {"value": "2024-06"}}),
    ("Parliament reconvenes on Tuesday.", {"Tuesday": {"value": "2024-03-19"}}),
    ("The factory reopened on Monday.", {"Monday": {"value": "2024-03-11"}}),
    (
        "The fire started on Jan. 5, 2020. By the next morning, 300 homes had burned.",
        {"the next morning": {"value": "2020-01-06TMO"}},
    ),
    ("She moved to Paris in 2012. The following spring she opened a bakery.", {"The following spring": {"value": "2013-SP"}}),
    ("The war ended in 1945. Five years later the city was rebuilt.", {"Five years later": {"value": "1950"}}),
    (
        "He was arrested on Feb. 10, 2018. The following week he was released.",
        {"The following week": {"value": "2018-W07"}},
    ),
    ("Demand has grown in recent years.", {"recent years": {"value": "PXY", "type": "DURATION"}}),
    ("These days, few people write letters.", {"These days": {"value": "PRESENT_REF"}}),
    ("The mayor resigned today.", {"today": {"value": "2024-03-14"}}),
    ("Shares fell sharply last week.", {"last week": {"value": "2024-W10", "range": ("2024-03-04", "2024-03-10")}}),
    (
        "Tensions eased in the second week of January.",
        {"the second week of January": {"value": "2024-W02", "range": ("2024-01-08", "2024-01-14")}},
    ),
    ("The vote is due in the last week of June.", {"the last week of June": {"value": "2024-W26"}}),
    ("Sales peaked in the first week of September 2021.", {"the first week of September 2021": {"value": "2021-W35"}}),
    (
        "Sales were strong in the second half of 2022.",
        {"the second half of 2022": {"value": "2022-H2", "range": ("2022-07-01", "2022-12-31")}},
    ),
    ("The plant will close at the end of the year.", {"the end of the year": {"value": "2024", "mod": "END"}}),
    ("The rebels attacked in late 2019.", {"late 2019": {"value": "2019", "mod": "END"}}),
    ("The river peaked in mid-January.", {"mid-January": {"value": "2024-01", "mod": "MID"}}),
    ("The protest lasted less than an hour.", {"less than an hour": {"value": "PT1H", "mod": "LESS_THAN"}}),
    ("The trial is expected to last at least six weeks.", {"at least six weeks": {"value": "P6W", "mod": "EQUAL_OR_MORE"}}),
    ("The mill closed around 1985.", {"around 1985": {"value": "1985", "mod": "APPROX"}}),
    (
        "The ban will remain in place until at least 2026.",
        {"at least 2026": {"value": "2026", "mod": "ON_OR_AFTER", "range": ("2026-01-01", "2026-12-31")}},
    ),
    ("Voting took place from April 20 to 22.", {"April 20": {"value": "2023-04-20"}, "22": {"value": "2023-04-22"}}),
    ("Voting will take place from April 20 to 22.", {"April 20": {"value": "2024-04-20"}, "22": {"value": "2024-04-22"}}),
    ("The station was shut from 10 to 14 April.", {"10": {"value": "2023-04-10"}, "14 April": {"value": "2023-04-14"}}),
    ("The deadline was extended to March 31.", {"March 31": {"value": "2024-03-31"}}),
    ("The blast happened at 11:40 p.m. Friday.", {"11:40 p.m. Friday": {"value": "2024-03-08T23:40"}}),
    ("The hearing resumed at 9:30 a.m. Wednesday.", {"9:30 a.m. Wednesday": {"value": "2024-03-13T09:30"}}),
    ("The station was built at the turn of the century.", {"the turn of the century": {"value": "2000", "mod": "APPROX"}}),
    ("The report will be released tomorrow morning.", {"tomorrow morning": {"value": "2024-03-15TMO", "type": "TIME"}}),
    ("The bill passed yesterday afternoon.", {"yesterday afternoon": {"value": "2024-03-13TAF", "type": "TIME"}}),
    (
        "The plant exploded on Aug. 4, 2020. Later that day, the army arrived.",
        {"Later that day": {"value": "2020-08-04"}},
    ),
    (
        "The ferry sank on 16 April 2014. Two days earlier, it had failed an inspection.",
        {"Two days earlier": {"value": "2014-04-14"}},
    ),
    ("The law was passed more than a decade ago.", {"more than a decade ago": {"value": "2014", "mod": "BEFORE"}}),
    ("The rally began at 8 p.m. Sunday.", {"8 p.m. Sunday": {"value": "2024-03-10T20:00"}}),
    ("Police closed the road at 6 a.m. on Tuesday.", {"6 a.m. on Tuesday": {"value": "2024-03-12T06:00"}}),
]


#: A model's entity that runs over "in" or "on" into a second phrase ("the fifth straight
#: month in June") is split there: the time after the preposition is kept.
TIMES_PAST_A_PREPOSITION = [
    ("Exports rose for the fifth consecutive month in June.", {"June": {"value": "2023-06"}}),
    ("The bank will report results for the quarter on Nov. 5.", {"Nov. 5": {"value": "2024-11-05"}}),
]

#: A simple present bounded by "until" or "by" ("have until Sunday", "expect rain by the
#: weekend") holds or awaits something up to a time ahead.
BOUNDS_AHEAD = [
    ("Negotiators have until midnight Sunday to strike a deal.", {"midnight Sunday": {"value": "2024-03-17T24:00"}}),
    ("The union has until Friday to answer.", {"Friday": {"value": "2024-03-15"}}),
    ("Forecasters expect drier weather by the weekend.", {"the weekend": {"value": "2024-W11-WE"}}),
    ("Officials expect a ruling by Monday.", {"Monday": {"value": "2024-03-18"}}),
    ("The talks dragged on until Sunday.", {"Sunday": {"value": "2024-03-10"}}),
]

#: A length written in falling units without a joiner is one length.
LENGTHS_IN_PARTS = [
    ("She won the race in 2 hours 19 minutes.", {"2 hours 19 minutes": {"value": "PT2H19M", "type": "DURATION"}}),
    ("The crossing took 11 hours 40 minutes.", {"11 hours 40 minutes": {"value": "PT11H40M", "type": "DURATION"}}),
    ("He spent 1 year 6 months in custody.", {"1 year 6 months": {"value": "P1Y6M", "type": "DURATION"}}),
]

#: "in the fall" and its like before punctuation: a season, read by the verb's tense.
SEASONS_AS_COMMON_NOUNS = [
    ("The appeals court will hear the case in the fall.", {"the fall": {"value": "2024-FA"}}),
    ("The board met twice during the winter.", {"the winter": {"value": "2023-WI"}}),
]

#: A weekday counted in a month is one day.
WEEKDAYS_COUNTED_IN_A_MONTH = [
    ("The marathon is run on the last Sunday in April.", {"the last Sunday in April": {"value": "2024-04-28"}}),
    ("The vote took place on the second Monday of May 2001.", {"the second Monday of May 2001": {"value": "2001-05-14"}}),
]

#: Two days of a month joined by "and", the second written as a bare number.
TWO_DAYS_JOINED_BY_AND = [
    ("Hearings are set for April 29 and 30.", {"April 29": {"value": "2024-04-29"}, "30": {"value": "2024-04-30"}}),
]


#: A season after an event verb in the present is the next one, as a month is ("takes effect
#: in the spring"); a habit ("usually") is no timetable.
SEASONS_OF_A_TIMETABLE = [
    ("The new levy takes effect in the winter.", {"the winter": {"value": "2024-WI"}}),
    ("The ferry service returns in the summer.", {"the summer": {"value": "2024-SU"}}),
    ("The ferry service returned in the summer.", {"the summer": {"value": "2023-SU"}}),
]

#: A day that dates the subject's own event, told with a plan in the past, is that event's day.
PAST_PLANS_OF_A_SUBJECT = [
    ("Police say Monday's raid was planned for months.", {"Monday": {"value": "2024-03-11"}}),
    ("Saturday's final is expected to sell out.", {"Saturday": {"value": "2024-03-16"}}),
]

#: Holidays and sets news names without a number.
NAMED_DAYS_AND_SETS = [
    ("Unions marched through the capital on May Day.", {"May Day": {"value": "2023-05-01"}}),
    ("Florists are busiest before Mother's Day.", {"Mother's Day": {"value": ("2024-05-12", "2023-05-14")}}),
    ("The council meets every other Tuesday.", {"every other Tuesday": {"value": "XXXX-WXX-2", "type": "SET"}}),
]

#: The night before the day told of, where "overnight" says when a clause's event happened.
OVERNIGHT = [
    ("Heavy rain overnight flooded dozens of basements.", {"overnight": {"value": "2024-03-13TNI", "type": "TIME"}}),
    ("Firefighters battled the blaze overnight.", {"overnight": {"value": "2024-03-13TNI", "type": "TIME"}}),
    ("The tunnel will be closed overnight for repairs.", {"overnight": {"value": "2024-03-14TNI", "type": "TIME"}}),
    (
        "Shares slid on Tuesday after overnight losses in Tokyo.",
        {"Tuesday": {"value": "2024-03-12"}, "overnight": {"value": "2024-03-11TNI"}},
    ),
]

#: After an evening or a night the text told of, "overnight" is that day's night.
OVERNIGHT_AFTER_AN_EVENING = [
    (
        "Crews sealed the leak on Tuesday evening and pumped the tunnel dry overnight.",
        {"Tuesday evening": {"value": "2024-03-12TEV"}, "overnight": {"value": "2024-03-12TNI"}},
    ),
]

#: A season keeps its own article ("the summer was wet"), not that of the noun it modifies
#: ("the winter deadline"); after "since", or a preposition and before punctuation, the model
#: may miss it.
SEASONS_AND_THEIR_ARTICLES = [
    ("The summer was the wettest in a decade.", {"The summer": {"value": "2023-SU"}}),
    ("Bids had to arrive before the winter deadline.", {"winter": {"type": "DATE"}}),
    ("Prices have been rising since the autumn for several reasons.", {"the autumn": {"value": "2023-FA"}}),
    ("Work on the line stopped for most of the winter.", {"the winter": {"type": "DATE"}}),
]

#: "that day" after a coarser time is the last day the text named.
THAT_DAY_AFTER_A_COARSER_TIME = [
    (
        "The pier opened on July 3, 1921. It burned down in May 1987. My grandfather was in the crowd that day.",
        {"that day": {"value": "1921-07-03"}},
    ),
]

#: A season ending a range is the first one after the range's start.
SEASONS_ENDING_A_RANGE = [
    ("Rehearsals were moved from January to the summer.", {"January": {"value": "2024-01"}, "the summer": {"value": "2024-SU"}}),
]

#: A day written before its month and year, on either side of "to".
DAYS_BEFORE_THEIR_MONTH = [
    (
        "The show ran from 4 May 2023 to 11 June 2023.",
        {"4 May 2023": {"value": "2023-05-04"}, "11 June 2023": {"value": "2023-06-11"}},
    ),
]

#: Sets beside a day after "on", and the days of a habit after "on" with an adverb before it.
SETS_BESIDE_DAYS = [
    (
        "Buses run every ten minutes, and hourly on Sundays.",
        {"hourly": {"value": "PT1H", "type": "SET"}, "Sundays": {"value": "XXXX-WXX-7", "type": "SET"}},
    ),
    ("The pool stays open late on weekends.", {"weekends": {"value": "XXXX-WXX-WE", "type": "SET"}}),
]

#: A unit before "before" or "after" and the event's noun is a length; so is a plural unit the
#: model took together with the verb whose object it is.
LENGTHS_BEFORE_AN_EVENT = [
    ("The deal, ending years of talks, was signed in Geneva.", {"years": {"value": "PXY", "type": "DURATION"}}),
    ("Patients felt dizzy for a day after each injection.", {"a day": {"value": "P1D", "type": "DURATION"}}),
    ("Students are told a week before term begins.", {"a week": {"value": "P1W", "type": "DURATION"}}),
]

#: "the past decade" as a stretch up to now where a present perfect measures a change over it;
#: told of with another tense it is the decade before this one.
PAST_STRETCHES_OF_A_PRESENT_PERFECT = [
    ("The town's population has doubled in the past decade.", {"the past decade": {"value": "P1DE", "type": "DURATION"}}),
    ("Exports have grown steadily in the last decade.", {"the last decade": {"value": "P1DE", "type": "DURATION"}}),
    ("Fares have risen sharply in the past year.", {"the past year": {"value": "P1Y", "type": "DURATION"}}),
    ("Wages have stagnated over the past five years.", {"the past five years": {"value": "P5Y", "type": "DURATION"}}),
    ("The past decade was the wettest on record.", {"The past decade": {"value": "201", "type": "DATE"}}),
    ("Farmers lost much of their land in the last decade.", {"the last decade": {"value": "201", "type": "DATE"}}),
]

#: "at the time": the past time the passage tells of, a reference TimeML values PAST_REF.
AT_THE_TIME = [
    ("At the time, the mill employed 400 workers.", {"the time": {"value": "PAST_REF", "type": "DATE"}}),
    ("She was at the time the only woman on the board.", {"the time": {"value": "PAST_REF"}}),
    ("The mayor said at the time that the bridge was safe.", {"the time": {"value": "PAST_REF"}}),
]

#: Periods of a game's clock in sports copy; a business period stays a calendar one.
PERIODS_OF_A_YEAR_BESIDE_SPORTS_WORDS = [
    ("Profits rose in the second half of 2022.", {"the second half of 2022": {"value": "2022-H2"}}),
    ("Revenue fell 4% in the third quarter.", {"the third quarter": {"value": "2023-Q3"}}),
    ("The retailer expects sales to recover in the first quarter.", {"the first quarter": {"value": "2024-Q1"}}),
]


CASES = [
    pytest.param(sentence, expected, id=f"{kind}-{i}")
    for kind, cases in (
        ("ranges", RANGES),
        ("durations", LENGTHS),
        ("tense", YEARLESS_BY_TENSE),
        ("narrative", NARRATIVE_ANCHORS),
        ("granularity", GRANULARITY),
        ("range", CALENDAR_RANGES),
        ("mod", MODS),
        ("timetabled", TIMETABLED_WEEKDAYS),
        ("fiscal", YEARS_OF_ACCOUNT),
        ("slash", YEARS_WITH_A_SLASH),
        ("year from now", RANGES_IN_A_YEAR_FROM_NOW),
        ("gaps", KNOWN_GAPS),
        ("more", MORE_NEWS),
        ("past a preposition", TIMES_PAST_A_PREPOSITION),
        ("bounds ahead", BOUNDS_AHEAD),
        ("lengths in parts", LENGTHS_IN_PARTS),
        ("seasons", SEASONS_AS_COMMON_NOUNS),
        ("counted weekdays", WEEKDAYS_COUNTED_IN_A_MONTH),
        ("two days with and", TWO_DAYS_JOINED_BY_AND),
        ("timetabled seasons", SEASONS_OF_A_TIMETABLE),
        ("past plans", PAST_PLANS_OF_A_SUBJECT),
        ("named days", NAMED_DAYS_AND_SETS),
        ("overnight", OVERNIGHT),
        ("past stretches", PAST_STRETCHES_OF_A_PRESENT_PERFECT),
        ("at the time", AT_THE_TIME),
        ("business periods", PERIODS_OF_A_YEAR_BESIDE_SPORTS_WORDS),
        ("overnight after an evening", OVERNIGHT_AFTER_AN_EVENING),
        ("season articles", SEASONS_AND_THEIR_ARTICLES),
        ("that day", THAT_DAY_AFTER_A_COARSER_TIME),
        ("seasons ending a range", SEASONS_ENDING_A_RANGE),
        ("days before their month", DAYS_BEFORE_THEIR_MONTH),
        ("sets beside days", SETS_BESIDE_DAYS),
        ("lengths before an event", LENGTHS_BEFORE_AN_EVENT),
    )
    for i, (sentence, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_news_sentence_times_follow_timeml(nlp, sentence, expected):
    failure = time_failure(extract(sentence, published=PUBLISHED, nlp=nlp).times, expected)
    assert failure is None, failure


def test_a_range_of_clock_times_on_a_day_the_text_names(nlp):
    found = {
        t.text: t.value
        for t in extract("The museum was open between 2 and 4 p.m. on Tuesday.", published=PUBLISHED, nlp=nlp).times
    }
    assert found == {"2": "2024-03-12T14:00", "4 p.m.": "2024-03-12T16:00", "Tuesday": "2024-03-12"}
    found = {
        t.text: t.value for t in extract("Officers patrolled between 2 and 4 p.m.", published=PUBLISHED, nlp=nlp).times
    }
    assert found == {"2": "2024-03-14T14:00", "4 p.m.": "2024-03-14T16:00"}


def test_counts_and_clauses_stay_apart_from_the_new_readings(nlp):
    assert extract("Between 300 and 400 people attended.", published=PUBLISHED, nlp=nlp).times == []
    assert extract("Markets steadied after the fall.", published=PUBLISHED, nlp=nlp).times == []
    assert extract("It lasted 21 minutes 2 hours.", published=PUBLISHED, nlp=nlp).times == []
    assert [t.text for t in extract("On May 2 and 30 people were hurt.", published=PUBLISHED, nlp=nlp).times] == ["May 2"]
    habit = extract("Ice cream sales usually peak in the summer.", published=PUBLISHED, nlp=nlp)
    assert [t.value for t in habit.times] != ["2024-SU"]
    clause = extract("He said that September was the wettest month.", published=PUBLISHED, nlp=nlp)
    assert [t.text for t in clause.times] == ["September"]
    present = extract("The minister says Tuesday's vote will be close.", published=PUBLISHED, nlp=nlp)
    assert [t.text for t in present.times] == ["Tuesday"]


def test_a_single_unit_before_an_event_is_a_length(nlp):
    for sentence, extent, value in (
        ("The bomb went off an hour before the match.", "an hour", "PT1H"),
        ("Voters gathered a day after the vote.", "a day", "P1D"),
        ("A year after the war, the city was rebuilt.", "A year", "P1Y"),
    ):
        found = [(t.text, t.value, t.type) for t in extract(sentence, published=PUBLISHED, nlp=nlp).times]
        assert found == [(extent, value, "DURATION")], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega scored in the second half to give the hosts a 2-0 win.",
        "The Bulls led 61-58 after the third quarter.",
        "Keller scored twice in the second period as the Flyers beat Ottawa 5-3.",
        "The final went to extra time after a 1-1 draw.",
        "City conceded early in the first half but equalised before the break.",
        "The goalkeeper was sent off late in the first half.",
        "The touchdown came midway through the fourth quarter.",
    ],
)
def test_periods_of_a_game_name_no_time(nlp, sentence):
    assert extract(sentence, published=PUBLISHED, nlp=nlp).times == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time the factory closed, 300 people worked there.",
        "The club was founded at the time of the gold rush.",
        "The details will be settled at the time.",
        "The bank raised its overnight lending rate.",
        "She became an overnight sensation.",
    ],
)
def test_the_time_of_a_clause_and_overnight_as_an_adjective_name_no_time(nlp, sentence):
    times = extract(sentence, published=PUBLISHED, nlp=nlp).times
    assert [t.text for t in times if t.text in ("the time", "overnight")] == []


def test_the_minutes_of_a_meeting_are_no_length(nlp):
    times = extract("Analysts read the minutes of the bank's last meeting closely.", published=PUBLISHED, nlp=nlp).times
    assert [t.text for t in times] == []

"""Time expressions in news sentences from the beats that fill a paper besides politics:
earnings and fiscal calendars, courts and sentencing, sport, weather and disasters, elections
and terms of office, health and trials, transport timetables, culture, markets and
anniversaries. Each sentence has its own publication date (year ends, a leap day, weekends,
the turn of an ISO year), and the expected extent, type, value, mod and range follow the
TimeML (TIMEX3) guidelines and docs/pipeline.md. Sentences written for these tests."""

import pytest
from dating import sentence_cases, time_failure

from geonews_extract import extract

YEAR_END = "2023-12-30"  # a Saturday, ISO week 2023-W52
LEAP_DAY = "2024-02-29"  # a Thursday, 2024-W09
NEW_YEAR = "2025-01-01"  # a Wednesday, 2025-W01
SUNDAY = "2022-07-17"  # a Sunday, 2022-W28
SATURDAY = "2021-10-09"  # a Saturday, 2021-W40
QUARTER_END = "2026-03-31"  # a Tuesday, 2026-W14
MID_JUNE = "2019-06-15"  # a Saturday, 2019-W24
NEW_YEARS_EVE = "2024-12-31"  # a Tuesday in ISO week 2025-W01
AFTER_ELECTION = "2020-11-04"  # a Wednesday
MONDAY = "2018-08-20"  # a Monday, 2018-W34

#: (published, sentence, {extent: expected}); a value, mod or extent given as a tuple
#: accepts any of them.

RANGES = [
    (YEAR_END, "Ticket sales for the 2022-23 campaign rose 8%.", {"2022": {"value": "2022"}, "23": {"value": "2023"}}),
    (SUNDAY, "Attendance fell during the 2020-21 league season.", {"2020": {"value": "2020"}, "21": {"value": "2021"}}),
    (
        SUNDAY,
        "The festival runs from July 21 to July 24.",
        {"July 21": {"value": "2022-07-21"}, "July 24": {"value": "2022-07-24"}},
    ),
    (
        SATURDAY,
        "The court heard evidence from 3 to 7 October.",
        {"3": {"value": "2021-10-03"}, "7 October": {"value": "2021-10-07"}},
    ),
    (
        YEAR_END,
        "Flooding hit the valley between Dec. 26 and Dec. 28.",
        {"Dec. 26": {"value": "2023-12-26"}, "Dec. 28": {"value": "2023-12-28"}},
    ),
    (
        "2024-12-20",
        "Bus services will be suspended from Dec. 27 to Jan. 5.",
        {"Dec. 27": {"value": "2024-12-27"}, "Jan. 5": {"value": "2025-01-05"}},
    ),
    (
        SATURDAY,
        "Polls will be open from 7 a.m. to 9 p.m. on Sunday.",
        {"7 a.m.": {"value": "2021-10-10T07:00"}, "9 p.m. on Sunday": {"value": "2021-10-10T21:00"}},
    ),
    (LEAP_DAY, "Inflation averaged 2% from 2010 through 2019.", {"2010": {"value": "2010"}, "2019": {"value": "2019"}}),
    (LEAP_DAY, "The judge sat on the bench from 1985 to 2011.", {"1985": {"value": "1985"}, "2011": {"value": "2011"}}),
    (
        NEW_YEAR,
        "The spring term runs from January to April.",
        {"January": {"value": "2025-01"}, "April": {"value": "2025-04"}},
    ),
    (
        "2022-07-25",
        "The heatwave lasted from 14 to 19 July.",
        {"14": {"value": "2022-07-14"}, "19 July": {"value": "2022-07-19"}},
    ),
    (
        MID_JUNE,
        "Qualifying rounds take place between 2 and 6 September.",
        {"2": {"value": "2019-09-02"}, "6 September": {"value": "2019-09-06"}},
    ),
    (
        SATURDAY,
        "The airline will cut flights between November and March.",
        {"November": {"value": "2021-11"}, "March": {"value": "2022-03"}},
    ),
    (
        LEAP_DAY,
        "The retrospective covers her work from the 1960s to the 1990s.",
        {"the 1960s": {"value": "196"}, "the 1990s": {"value": "199"}},
    ),
    (
        LEAP_DAY,
        "Mortgage rates climbed from mid-2022 to early 2023.",
        {"mid-2022": {"value": "2022", "mod": "MID"}, "early 2023": {"value": "2023", "mod": "START"}},
    ),
    (LEAP_DAY, "The 2015\u201316 El Ni\u00f1o bleached much of the reef.", {"2015": {"value": "2015"}, "16": {"value": "2016"}}),
    (
        QUARTER_END,
        "The fishing ban applies from 1 April to 30 September.",
        {"1 April": {"value": "2026-04-01"}, "30 September": {"value": "2026-09-30"}},
    ),
    (
        LEAP_DAY,
        "Trading was halted between 2:15 p.m. and 2:45 p.m.",
        {"2:15 p.m.": {"value": "2024-02-29T14:15"}, "2:45 p.m.": {"value": "2024-02-29T14:45"}},
    ),
    (
        LEAP_DAY,
        "He governed the state from January 2011 to January 2019.",
        {"January 2011": {"value": "2011-01"}, "January 2019": {"value": "2019-01"}},
    ),
    (
        LEAP_DAY,
        "The trial ran from March 4 to April 12, 2019.",
        {"March 4": {"value": "2019-03-04"}, "April 12, 2019": {"value": "2019-04-12"}},
    ),
    (
        LEAP_DAY,
        "The carnival lasted from Friday to Tuesday.",
        {"Friday": {"value": "2024-02-23"}, "Tuesday": {"value": "2024-02-27"}},
    ),
    (
        MONDAY,
        "Extra ferries will sail between Friday and Sunday.",
        {"Friday": {"value": "2018-08-24"}, "Sunday": {"value": "2018-08-26"}},
    ),
    (
        MID_JUNE,
        "The exhibition, on view from 12 November to 3 February, drew record crowds.",
        {"12 November": {"value": "2018-11-12"}, "3 February": {"value": "2019-02-03"}},
    ),
    (LEAP_DAY, "Between 2001 and 2005, the fund tripled in size.", {"2001": {"value": "2001"}, "2005": {"value": "2005"}}),
    (
        LEAP_DAY,
        "The team went unbeaten from August to December 2018.",
        {"August": {"value": "2018-08"}, "December 2018": {"value": "2018-12"}},
    ),
    (
        SATURDAY,
        "Voting takes place between 5 and 7 May.",
        {"5": {"value": "2022-05-05"}, "7 May": {"value": "2022-05-07"}},
    ),
    (
        LEAP_DAY,
        "The study, which ran from 2015 to 2020, followed 9,000 adults.",
        {"2015": {"value": "2015"}, "2020": {"value": "2020"}},
    ),
    (NEW_YEARS_EVE, "The 1929-33 slump wiped out half the banks.", {"1929": {"value": "1929"}, "33": {"value": "1933"}}),
    (
        SUNDAY,
        "The fair was held from Thursday to Saturday.",
        {"Thursday": {"value": "2022-07-14"}, "Saturday": {"value": "2022-07-16"}},
    ),
    (QUARTER_END, "The consultation runs until April 30.", {"April 30": {"value": "2026-04-30"}}),
    (
        AFTER_ELECTION,
        "Early voting ran from Oct. 19 to Oct. 31.",
        {"Oct. 19": {"value": "2020-10-19"}, "Oct. 31": {"value": "2020-10-31"}},
    ),
    (
        LEAP_DAY,
        "Trains will not run between 7 and 9 a.m. on Saturday.",
        {"7": {"value": "2024-03-02T07:00"}, "9 a.m.": {"value": "2024-03-02T09:00"}, "Saturday": {"value": "2024-03-02"}},
    ),
    (
        NEW_YEAR,
        "Prices rose between Christmas and New Year's Day.",
        {"Christmas": {"value": "2024-12-25"}, "New Year's Day": {"value": "2025-01-01"}},
    ),
    (
        MID_JUNE,
        "The World Cup runs from June 7 to July 7.",
        {"June 7": {"value": "2019-06-07"}, "July 7": {"value": "2019-07-07"}},
    ),
    (LEAP_DAY, "The exhibition runs until the end of May.", {"the end of May": {"value": "2024-05", "mod": "END"}}),
    (
        QUARTER_END,
        "Fares rose by 5% from April 2025 to March 2026.",
        {"April 2025": {"value": "2025-04"}, "March 2026": {"value": "2026-03"}},
    ),
    (
        SUNDAY,
        "The show, which ran from the late 1970s to the early 1990s, returns.",
        {"the late 1970s": {"value": "197", "mod": "END"}, "the early 1990s": {"value": "199", "mod": "START"}},
    ),
]

DURATIONS = [
    (
        LEAP_DAY,
        "The former mayor was sentenced to 18 months in prison.",
        {"18 months": {"value": "P18M", "type": "DURATION"}},
    ),
    (SATURDAY, "The judge handed down a 12-year sentence.", {"12-year": {"value": "P12Y", "type": "DURATION"}}),
    (SUNDAY, "The winner crossed the line in 2:05:41.", {"2:05:41": {"value": "PT2H5M41S", "type": "DURATION"}}),
    (SUNDAY, "She ran the 10,000 metres in 29:15.", {"29:15": {"value": "PT29M15S", "type": "DURATION"}}),
    (SATURDAY, "The jury deliberated for nine hours.", {"nine hours": {"value": "PT9H", "type": "DURATION"}}),
    (MID_JUNE, "The storm dumped rain on the city for 72 hours.", {"72 hours": {"value": "PT72H", "type": "DURATION"}}),
    (
        MONDAY,
        "Passengers waited about 40 minutes for a replacement bus.",
        {"about 40 minutes": {"value": "PT40M", "type": "DURATION", "mod": "APPROX"}},
    ),
    (
        QUARTER_END,
        "The trial is expected to last between three and four weeks.",
        {"three": {"value": "P3W"}, "four weeks": {"value": "P4W"}},
    ),
    (LEAP_DAY, "The drug cut hospital stays by two days.", {"two days": {"value": "P2D", "type": "DURATION"}}),
    (LEAP_DAY, "Patients were followed for a median of 14 months.", {"14 months": {"value": "P14M", "type": "DURATION"}}),
    (LEAP_DAY, "Protection wanes after six to eight months.", {"six": {"value": "P6M"}, "eight months": {"value": "P8M"}}),
    (
        AFTER_ELECTION,
        "The president serves a four-year term.",
        {"a four-year term": {"value": "P4Y", "type": "DURATION"}},
    ),
    (SUNDAY, "The folk festival is held each summer.", {"each summer": {"type": "SET"}}),
    (
        MID_JUNE,
        "The farmers' market opens every Saturday.",
        {"every Saturday": {"value": "XXXX-WXX-6", "type": "SET"}},
    ),
    (MONDAY, "Trains run every 15 minutes.", {"every 15 minutes": {"value": "PT15M", "type": "SET"}}),
    (MONDAY, "Buses leave hourly from the main square.", {"hourly": {"value": "PT1H", "type": "SET"}}),
    (LEAP_DAY, "The trust pays dividends quarterly.", {"quarterly": {"value": ("P3M", "P1Q"), "type": "SET"}}),
    (
        NEW_YEARS_EVE,
        "Ten years from now, the coastline will look very different.",
        {"Ten years from now": {"value": "2034", "type": "DATE"}},
    ),
    (SUNDAY, "The fire was contained two days after it started.", {"two days": {"value": "P2D", "type": "DURATION"}}),
    (LEAP_DAY, "The ceasefire collapsed within 48 hours.", {"48 hours": {"value": "PT48H", "type": "DURATION"}}),
    (
        YEAR_END,
        "The quake lasted roughly 30 seconds.",
        {"roughly 30 seconds": {"value": "PT30S", "type": "DURATION", "mod": "APPROX"}},
    ),
    (SATURDAY, "The regulator has a 90-day window to respond.", {"90-day": {"value": "P90D", "type": "DURATION"}}),
    (QUARTER_END, "The shareholders' meeting is held each spring.", {"each spring": {"type": "SET"}}),
    (MID_JUNE, "The national record has stood for 37 years.", {"37 years": {"value": "P37Y", "type": "DURATION"}}),
    (SUNDAY, "It was the longest heatwave in a decade.", {"a decade": {"value": ("P1DE", "P10Y"), "type": "DURATION"}}),
    (LEAP_DAY, "The airline's punctuality was its best in 20 years.", {"20 years": {"value": "P20Y", "type": "DURATION"}}),
    (SATURDAY, "The tribunal gave the company 28 days to appeal.", {"28 days": {"value": "P28D", "type": "DURATION"}}),
    (
        MONDAY,
        "The flight takes an hour and 20 minutes.",
        {"an hour and 20 minutes": {"value": ("PT1H20M", "PT80M"), "type": "DURATION"}},
    ),
    (
        LEAP_DAY,
        "Patients took the pill twice daily for 12 weeks.",
        {"twice daily": {"value": "P1D", "type": "SET"}, "12 weeks": {"value": "P12W", "type": "DURATION"}},
    ),
    (
        LEAP_DAY,
        "The trial's 52-week results were published in a journal.",
        {"52-week": {"value": "P52W", "type": "DURATION"}},
    ),
    (SATURDAY, "He was given a suspended sentence of six months.", {"six months": {"value": "P6M", "type": "DURATION"}}),
    (AFTER_ELECTION, "Voters elect a governor every four years.", {"every four years": {"value": "P4Y", "type": "SET"}}),
    (MID_JUNE, "The temperature dropped 15 degrees in three hours.", {"three hours": {"value": "PT3H", "type": "DURATION"}}),
    (MID_JUNE, "The town recorded 200mm of rain in 24 hours.", {"24 hours": {"value": "PT24H", "type": "DURATION"}}),
    (
        SUNDAY,
        "The crossing now takes 35 minutes instead of an hour.",
        {"35 minutes": {"value": "PT35M"}, "an hour": {"value": "PT1H", "type": "DURATION"}},
    ),
    (
        NEW_YEARS_EVE,
        "A mere 90 seconds separated the top three skiers.",
        {"A mere 90 seconds": {"value": "PT90S", "type": "DURATION"}},
    ),
    (
        SATURDAY,
        "The wait for surgery is between 18 and 20 weeks.",
        {"18": {"value": "P18W"}, "20 weeks": {"value": "P20W"}},
    ),
    (
        SUNDAY,
        "The stage winner finished in 4:31:07, just ahead of the pack.",
        {"4:31:07": {"value": "PT4H31M7S", "type": "DURATION"}},
    ),
    (YEAR_END, "The transfer window stays open for a month.", {"a month": {"value": "P1M", "type": "DURATION"}}),
    (
        MID_JUNE,
        "Saturday marks 30 years since the stadium disaster.",
        {"Saturday": {"value": "2019-06-15"}, "30 years": {"value": "P30Y", "type": "DURATION"}},
    ),
    (LEAP_DAY, "He was sentenced to 25 years to life.", {"25 years": {"value": "P25Y", "type": "DURATION"}}),
    (LEAP_DAY, "Patients received a 28-day course of the drug.", {"28-day": {"value": "P28D", "type": "DURATION"}}),
    (MONDAY, "The express service runs every weekday.", {"every weekday": {"type": "SET"}}),
    (SUNDAY, "The bridge is closed to traffic on weekends.", {"weekends": {"value": "XXXX-WXX-WE", "type": "SET"}}),
    (
        MONDAY,
        "Waiting times have doubled over the past 12 months.",
        {"the past 12 months": {"value": "P12M", "type": "DURATION"}},
    ),
    (
        QUARTER_END,
        "The 100-day plan ends this week.",
        {"100-day": {"value": "P100D", "type": "DURATION"}, "this week": {"value": "2026-W14"}},
    ),
    (MID_JUNE, "The race was decided in the final 10 seconds.", {"the final 10 seconds": {"value": "PT10S", "type": "DURATION"}}),
    (
        NEW_YEARS_EVE,
        "The new line cuts the journey to two and a half hours.",
        {"two and a half hours": {"value": ("PT2H30M", "PT2.5H", "PT150M"), "type": "DURATION"}},
    ),
    (SUNDAY, "The heatwave could last another ten days.", {"another ten days": {"value": "P10D", "type": "DURATION"}}),
    (AFTER_ELECTION, "The count could take several more days.", {"several more days": {"value": "PXD", "type": "DURATION"}}),
    (LEAP_DAY, "The committee meets twice a week.", {"twice a week": {"value": "P1W", "type": "SET"}}),
    (SATURDAY, "The verdict came after a trial lasting 11 weeks.", {"11 weeks": {"value": "P11W", "type": "DURATION"}}),
]

YEARLESS_BY_TENSE = [
    (YEAR_END, "The new rail timetable takes effect on Jan. 7.", {"Jan. 7": {"value": "2024-01-07"}}),
    (YEAR_END, "The storm knocked out power on Dec. 23.", {"Dec. 23": {"value": "2023-12-23"}}),
    (YEAR_END, "The court will deliver its verdict in February.", {"February": {"value": "2024-02"}}),
    (YEAR_END, "The company's shares slumped in November.", {"November": {"value": "2023-11"}}),
    (YEAR_END, "The insurer's fiscal year ends in March.", {"March": {"value": "2024-03"}}),
    (YEAR_END, "Polls closed on Thursday.", {"Thursday": {"value": "2023-12-28"}}),
    (YEAR_END, "The derby is scheduled for Tuesday.", {"Tuesday": {"value": "2024-01-02"}}),
    (YEAR_END, "The retailer's fiscal year ends on Jan. 31.", {"Jan. 31": {"value": "2024-01-31"}}),
    (LEAP_DAY, "The trial began enrolling patients in October.", {"October": {"value": "2023-10"}}),
    (LEAP_DAY, "Results from the trial are expected in June.", {"June": {"value": "2024-06"}}),
    (LEAP_DAY, "The regulator approved the drug on Feb. 27.", {"Feb. 27": {"value": "2024-02-27"}}),
    (LEAP_DAY, "The spring festival opens on March 22.", {"March 22": {"value": "2024-03-22"}}),
    (LEAP_DAY, "Voters will choose a new governor in November.", {"November": {"value": "2024-11"}}),
    (LEAP_DAY, "The storm is forecast to reach the coast on Saturday.", {"Saturday": {"value": "2024-03-02"}}),
    (LEAP_DAY, "The defendant pleaded guilty on Monday.", {"Monday": {"value": "2024-02-26"}}),
    (LEAP_DAY, "The city marks the 75th anniversary of the flood on Sunday.", {"Sunday": {"value": "2024-03-03"}}),
    (LEAP_DAY, "The judge will sentence him on Friday, March 1.", {"Friday, March 1": {"value": "2024-03-01"}}),
    (NEW_YEAR, "The new president takes office on Jan. 20.", {"Jan. 20": {"value": "2025-01-20"}}),
    (NEW_YEAR, "The ferry last sailed on Dec. 30.", {"Dec. 30": {"value": "2024-12-30"}}),
    (NEW_YEAR, "The league resumes play on Friday.", {"Friday": {"value": "2025-01-03"}}),
    (NEW_YEAR, "The league resumed play on Friday.", {"Friday": {"value": "2024-12-27"}}),
    (NEW_YEAR, "The blizzard struck on Sunday.", {"Sunday": {"value": "2024-12-29"}}),
    (NEW_YEAR, "Fares went up in December.", {"December": {"value": "2024-12"}}),
    (NEW_YEAR, "The new fares apply from February.", {"February": {"value": "2025-02"}}),
    (SUNDAY, "The heat is set to peak on Tuesday.", {"Tuesday": {"value": "2022-07-19"}}),
    (SUNDAY, "Wildfires forced evacuations on Friday.", {"Friday": {"value": "2022-07-15"}}),
    (SUNDAY, "The new league season kicks off in August.", {"August": {"value": "2022-08"}}),
    (SUNDAY, "The champion won her first title in May.", {"May": {"value": "2022-05"}}),
    (SUNDAY, "The band will headline the festival in September.", {"September": {"value": "2022-09"}}),
    (SUNDAY, "Parliament sits on Monday.", {"Monday": {"value": "2022-07-18"}}),
    (SUNDAY, "The winter timetable begins on Oct. 30.", {"Oct. 30": {"value": "2022-10-30"}}),
    (SATURDAY, "The appeals court is due to rule in December.", {"December": {"value": "2021-12"}}),
    (SATURDAY, "The jury convicted him in June.", {"June": {"value": "2021-06"}}),
    (SATURDAY, "Sentencing has been set for Nov. 18.", {"Nov. 18": {"value": "2021-11-18"}}),
    (SATURDAY, "The suspect was arrested on Sept. 30.", {"Sept. 30": {"value": "2021-09-30"}}),
    (
        SATURDAY,
        "The judge adjourned the case until 10 a.m. Monday.",
        {"10 a.m. Monday": {"value": "2021-10-11T10:00"}},
    ),
    (SATURDAY, "The hearing is listed for the week of Nov. 15.", {"the week of Nov. 15": {"value": "2021-W46"}}),
    (
        QUARTER_END,
        "The company reports first-quarter earnings on April 23.",
        {"first-quarter": {"value": "2026-Q1"}, "April 23": {"value": "2026-04-23"}},
    ),
    (QUARTER_END, "The airline posted a loss in January.", {"January": {"value": "2026-01"}}),
    (QUARTER_END, "The city marathon will be run on Sunday.", {"Sunday": {"value": "2026-04-05"}}),
    (QUARTER_END, "The referendum was held on Sunday.", {"Sunday": {"value": "2026-03-29"}}),
    (QUARTER_END, "The anniversary falls on April 6.", {"April 6": {"value": "2026-04-06"}}),
    (MID_JUNE, "The final will be played on Wednesday.", {"Wednesday": {"value": "2019-06-19"}}),
    (MID_JUNE, "Temperatures hit 40C on Thursday.", {"Thursday": {"value": "2019-06-13"}}),
    (MID_JUNE, "The treaty enters into force in August.", {"August": {"value": "2019-08"}}),
    (MID_JUNE, "The river burst its banks in March.", {"March": {"value": "2019-03"}}),
    (
        MID_JUNE,
        "Forecasters expect the storm to weaken by Tuesday night.",
        {"Tuesday night": {"value": "2019-06-18TNI"}},
    ),
    (MONDAY, "The ruling party lost its majority in April.", {"April": {"value": "2018-04"}}),
    (MONDAY, "Lawmakers return from recess in September.", {"September": {"value": "2018-09"}}),
    (MONDAY, "The carrier will add routes to Asia in October.", {"October": {"value": "2018-10"}}),
    (
        MONDAY,
        "The company reported second-quarter results on Tuesday.",
        {"second-quarter": {"value": "2018-Q2"}, "Tuesday": {"value": "2018-08-14"}},
    ),
    (NEW_YEARS_EVE, "Fireworks start at midnight.", {"midnight": {"value": "2024-12-31T24:00"}}),
    (YEAR_END, "The fiscal year begins on April 1.", {"April 1": {"value": "2024-04-01"}}),
    (
        LEAP_DAY,
        "The festival, held every year in March, opens on Friday.",
        {"every year": {"type": "SET"}, "Friday": {"value": "2024-03-01"}},
    ),
    (MONDAY, "Schools reopen on Sept. 3.", {"Sept. 3": {"value": "2018-09-03"}}),
    (MONDAY, "The judge adjourned the trial to Sept. 4.", {"Sept. 4": {"value": "2018-09-04"}}),
    (QUARTER_END, "The results are due on Thursday.", {"Thursday": {"value": "2026-04-02"}}),
    (SUNDAY, "The minister resigned on Friday night.", {"Friday night": {"value": "2022-07-15TNI"}}),
    (SUNDAY, "The airport expects record traffic in August.", {"August": {"value": "2022-08"}}),
    (YEAR_END, "The sale ends on Tuesday.", {"Tuesday": {"value": "2024-01-02"}}),
    (NEW_YEAR, "The exhibition closed on Dec. 29.", {"Dec. 29": {"value": "2024-12-29"}}),
    (LEAP_DAY, "The jury will begin deliberating on March 4.", {"March 4": {"value": "2024-03-04"}}),
    (SUNDAY, "The transfer deadline is Sept. 1.", {"Sept. 1": {"value": "2022-09-01"}}),
    (
        "2024-03-31",
        "Clocks went forward an hour on Sunday.",
        {"an hour": {"value": "PT1H", "type": "DURATION"}, "Sunday": {"value": "2024-03-31"}},
    ),
]

NARRATIVE_ANCHORS = [
    (
        LEAP_DAY,
        "The jury was sworn in on Feb. 3, 2020. On Friday, it heard from the first witness.",
        {"Friday": {"value": "2020-02-07"}},
    ),
    (
        LEAP_DAY,
        "The hurricane made landfall on Aug. 29, 2005. Three days later, the levees gave way.",
        {"Three days later": {"value": "2005-09-01"}},
    ),
    (
        LEAP_DAY,
        "The airline collapsed in September 2019. Two months later, its planes were sold.",
        {"Two months later": {"value": "2019-11"}},
    ),
    (
        LEAP_DAY,
        "The band first played the festival in 1994. A decade later, they headlined it.",
        {"A decade later": {"value": "2004"}},
    ),
    (
        LEAP_DAY,
        "The firm went public on March 12, 2015. The next day, its shares fell 8%.",
        {"The next day": {"value": "2015-03-13"}},
    ),
    (
        LEAP_DAY,
        "The minister took office on 4 May 2016; the following January, she resigned.",
        {"the following January": {"value": "2017-01"}},
    ),
    (
        LEAP_DAY,
        "On Nov. 8, 2016, voters went to the polls. That night, the results stunned pollsters.",
        {"That night": {"value": "2016-11-08TNI"}},
    ),
    (
        LEAP_DAY,
        "The dam failed on June 2, 2014. The previous week, inspectors had found cracks.",
        {"The previous week": {"value": "2014-W22"}},
    ),
    (
        LEAP_DAY,
        "The merger closed on Oct. 1, 2018. Later that month, 500 jobs were cut.",
        {"Later that month": {"value": "2018-10"}},
    ),
    (
        LEAP_DAY,
        "The striker signed on Jan. 31, 2012. Four days later he scored on his debut.",
        {"Four days later": {"value": "2012-02-04"}},
    ),
    (
        LEAP_DAY,
        "The verdict came on 21 April 2017. Two weeks earlier, the defence had rested its case.",
        {"Two weeks earlier": {"value": "2017-04-07"}},
    ),
    (
        LEAP_DAY,
        "The tornado hit on May 20, 2013. By Thursday, crews had cleared the main road.",
        {"Thursday": {"value": "2013-05-23"}},
    ),
    (
        LEAP_DAY,
        "The stadium opened in August 2006. That autumn, the team won its first trophy.",
        {"That autumn": {"value": "2006-FA"}},
    ),
    (
        LEAP_DAY,
        "The ship ran aground on March 23, 2021. Six days later, it was refloated.",
        {"Six days later": {"value": "2021-03-29"}},
    ),
    (
        LEAP_DAY,
        "The candidate declared on June 16, 2015. The following summer, he won the nomination.",
        {"The following summer": {"value": "2016-SU"}},
    ),
    (
        LEAP_DAY,
        "The bank cut rates on March 3, 2020. Twelve days later, it cut them again.",
        {"Twelve days later": {"value": "2020-03-15"}},
    ),
    (
        LEAP_DAY,
        "The festival was founded in 1947. Fifty years later, it had become the largest of its kind.",
        {"Fifty years later": {"value": "1997"}},
    ),
    (
        LEAP_DAY,
        "The wildfire began on Nov. 8, 2018. That morning, thousands of residents fled.",
        {"That morning": {"value": "2018-11-08TMO"}},
    ),
    (
        LEAP_DAY,
        "The tsunami struck on Dec. 26, 2004. The next week, aid agencies appealed for funds.",
        {"The next week": {"value": "2004-W53"}},
    ),
    (
        LEAP_DAY,
        "Parliament was dissolved on 3 May 2022. The election followed on 28 June.",
        {"28 June": {"value": "2022-06-28"}},
    ),
    (
        LEAP_DAY,
        "The suspect was arrested on Jan. 5, 2019, after a watch that began the previous October.",
        {"the previous October": {"value": "2018-10"}},
    ),
    (
        LEAP_DAY,
        "The armistice was signed on July 27, 1953. A year earlier, talks had stalled.",
        {"A year earlier": {"value": "1952"}},
    ),
    (
        LEAP_DAY,
        "The race was run on Sunday, April 15, 2018. Earlier that day, organisers had warned of heat.",
        {"Earlier that day": {"value": "2018-04-15"}},
    ),
    (
        LEAP_DAY,
        "The hospital admitted its first patient on Jan. 9, 2020. By the end of the week, 40 more had arrived.",
        {"the end of the week": {"value": "2020-W02", "mod": "END"}},
    ),
    (
        LEAP_DAY,
        "The court convened on Monday, Sept. 14, 2020. On Wednesday, the judge dismissed the charges.",
        {"Wednesday": {"value": "2020-09-16"}},
    ),
    (
        LEAP_DAY,
        "The plant shut in April 2009. In October, it was sold to a rival.",
        {"October": {"value": "2009-10"}},
    ),
    (
        LEAP_DAY,
        "The referendum took place on 23 June 2016. The following morning, the prime minister resigned.",
        {"The following morning": {"value": "2016-06-24TMO"}},
    ),
    (
        LEAP_DAY,
        "The court first heard the case in March 2021. That June, it ruled for the tenants.",
        {"That June": {"value": "2021-06"}},
    ),
    (
        LEAP_DAY,
        "The strike began on Monday, Jan. 6, 2020, and by Thursday the docks were empty.",
        {"Thursday": {"value": "2020-01-09"}},
    ),
    (
        LEAP_DAY,
        "The firm listed its shares in June 2010. Within two years, they had doubled.",
        {"two years": {"value": "P2Y", "type": "DURATION"}},
    ),
    (
        LEAP_DAY,
        "Voters approved the plan on May 5, 2011. Eighteen months later, it was scrapped.",
        {"Eighteen months later": {"value": "2012-11"}},
    ),
    (
        LEAP_DAY,
        "The storm hit on Oct. 29, 2012. The day before, officials had ordered evacuations.",
        {"The day before": {"value": "2012-10-28"}},
    ),
    (
        LEAP_DAY,
        "The final was played on 14 July 2019. The following Sunday, the team paraded the trophy.",
        {"The following Sunday": {"value": "2019-07-21"}},
    ),
]

GRANULARITY = [
    (LEAP_DAY, "Shares of the retailer are up 12% year to date.", {"year to date": {"value": ("2024", "P1Y")}}),
    (LEAP_DAY, "Ticket prices have climbed in recent weeks.", {"recent weeks": {"value": "PXW", "type": "DURATION"}}),
    (LEAP_DAY, "Today, most patients are treated at home.", {"Today": {"value": "PRESENT_REF"}}),
    (LEAP_DAY, "The court sat today for the first time.", {"today": {"value": "2024-02-29"}}),
    (LEAP_DAY, "The inflation of the 1970s still shapes the bank's thinking.", {"the 1970s": {"value": "197"}}),
    (LEAP_DAY, "The last week has been the wettest on record.", {"The last week": {"value": ("2024-W08", "P1W")}}),
    (
        NEW_YEARS_EVE,
        "Coal use will fall over the next two decades.",
        {"the next two decades": {"value": ("P2DE", "P20Y"), "type": "DURATION"}},
    ),
    (LEAP_DAY, "The country has had four prime ministers this decade.", {"this decade": {"value": "202"}}),
    (LEAP_DAY, "Earnings rose in the second quarter of last year.", {"the second quarter of last year": {"value": "2023-Q2"}}),
    (YEAR_END, "Fares will rise again next year.", {"next year": {"value": "2024"}}),
    (LEAP_DAY, "In the coming weeks, the court will hear appeals.", {"the coming weeks": {"value": "PXW"}}),
    (
        MID_JUNE,
        "The airline has cut capacity over the past few months.",
        {"the past few months": {"value": "PXM", "type": "DURATION"}},
    ),
    (LEAP_DAY, "The 2000s were a lost decade for stock investors.", {"The 2000s": {"value": "200"}}),
    (MONDAY, "Sentencing is set for later this month.", {"later this month": {"value": "2018-08"}}),
    (LEAP_DAY, "Nowadays, most tickets are sold online.", {"Nowadays": {"value": "PRESENT_REF"}}),
    (LEAP_DAY, "Snowfall this winter has been light.", {"this winter": {"value": ("2023-WI", "2024-WI")}}),
    (LEAP_DAY, "Prices peaked in the mid-1990s.", {"the mid-1990s": {"value": "199", "mod": "MID"}}),
    (NEW_YEAR, "Yesterday's ruling surprised investors.", {"Yesterday": {"value": "2024-12-31"}}),
    (SUNDAY, "Fuel prices hit a record this week.", {"this week": {"value": "2022-W28"}}),
    (SATURDAY, "Shares ended the week 2% higher.", {"the week": {"value": "2021-W40"}}),
    (MONDAY, "Last weekend's storms cut power to 10,000 homes.", {"Last weekend": {"value": "2018-W33-WE"}}),
    (LEAP_DAY, "The company expects profits to grow in the years ahead.", {"the years ahead": {"value": "PXY"}}),
    (
        QUARTER_END,
        "Results will be released at the end of the quarter.",
        {"the end of the quarter": {"value": "2026-Q1", "mod": "END"}},
    ),
    (QUARTER_END, "Unemployment rose in the last quarter.", {"the last quarter": {"value": "2025-Q4"}}),
    (YEAR_END, "The weekend's matches were postponed.", {"The weekend": {"value": "2023-W52-WE"}}),
    (NEW_YEAR, "Snow is forecast for the weekend.", {"the weekend": {"value": "2025-W01-WE"}}),
    (LEAP_DAY, "Ten years ago this week, the dam burst.", {"Ten years ago this week": {"value": "2014-W09"}}),
    (LEAP_DAY, "Twenty years ago today, the tunnel opened.", {"Twenty years ago today": {"value": "2004-02-29"}}),
    (
        LEAP_DAY,
        "A year ago today, the club was nearly bankrupt.",
        {"A year ago today": {"value": ("2023-02-28", "2023-03-01")}},
    ),
    (LEAP_DAY, "The vote was held yesterday.", {"yesterday": {"value": "2024-02-28"}}),
    (LEAP_DAY, "The shop reopens tomorrow.", {"tomorrow": {"value": "2024-03-01"}}),
    (SUNDAY, "The match was played yesterday.", {"yesterday": {"value": "2022-07-16"}}),
    (NEW_YEARS_EVE, "The biennale returns in 2026.", {"2026": {"value": "2026"}}),
    (LEAP_DAY, "Bond yields hit their highest level since 2007.", {"2007": {"value": "2007"}}),
    (SUNDAY, "The last train leaves at 23:45.", {"23:45": {"value": "2022-07-17T23:45", "type": "TIME"}}),
    (
        SUNDAY,
        "Flights depart at 06:10 and land at 09:35.",
        {"06:10": {"value": "2022-07-17T06:10"}, "09:35": {"value": "2022-07-17T09:35"}},
    ),
    (AFTER_ELECTION, "The result may not be known for days.", {"days": {"value": "PXD", "type": "DURATION"}}),
    (SATURDAY, "The team has won four titles this century.", {"this century": {"value": "20"}}),
    (LEAP_DAY, "The 1990s boom ended in 2001.", {"1990s": {"value": "199"}, "2001": {"value": "2001"}}),
    (NEW_YEARS_EVE, "The shares are down 30% this year.", {"this year": {"value": "2024"}}),
    (LEAP_DAY, "Profits fell in H2 2023.", {"H2 2023": {"value": "2023-H2"}}),
    (LEAP_DAY, "The company expects a loss for FY2024.", {"FY2024": {"value": "2024"}}),
    (LEAP_DAY, "Growth slowed in Q4.", {"Q4": {"value": "2023-Q4"}}),
    (QUARTER_END, "Borrowing costs will stay high through year-end.", {"year-end": {"value": "2026", "mod": "END"}}),
    (LEAP_DAY, "The contract expires end-June.", {"end-June": {"value": "2024-06", "mod": "END"}}),
    (MID_JUNE, "A heatwave is expected later this week.", {"later this week": {"value": "2019-W24"}}),
    (LEAP_DAY, "The company was fined earlier today.", {"earlier today": {"value": "2024-02-29"}}),
    (
        LEAP_DAY,
        "This time next year, the line will be open.",
        {"This time next year": {"value": ("2025-02-28", "2025-03-01", "2025")}},
    ),
    (SUNDAY, "Temperatures will peak at midday.", {"midday": {"value": "2022-07-17T12:00"}}),
    (SATURDAY, "The festival returns next spring.", {"next spring": {"value": "2022-SP"}}),
    (NEW_YEAR, "The council met on New Year's Eve.", {"New Year's Eve": {"value": "2024-12-31"}}),
    (YEAR_END, "Fireworks are planned for New Year's Eve.", {"New Year's Eve": {"value": "2023-12-31"}}),
    (SATURDAY, "The defendant will be sentenced in the new year.", {"the new year": {"value": "2022"}}),
    ("2025-01-03", "Sales rose strongly in the new year.", {"the new year": {"value": "2025"}}),
    (MID_JUNE, "Temperatures will reach 35C by mid-afternoon.", {"mid-afternoon": {"value": "2019-06-15TAF"}}),
    (QUARTER_END, "The index is up 8% so far this year.", {"this year": {"value": "2026"}}),
    (LEAP_DAY, "The shares closed at a 52-week high.", {"52-week": {"value": "P52W", "type": "DURATION"}}),
]

CALENDAR_RANGES = [
    (NEW_YEAR, "Retail sales jumped last month.", {"last month": {"value": "2024-12", "range": ("2024-12-01", "2024-12-31")}}),
    (NEW_YEAR, "The tribunal ruled last week.", {"last week": {"value": "2024-W52", "range": ("2024-12-23", "2024-12-29")}}),
    (NEW_YEAR, "Flu cases rose sharply last year.", {"last year": {"value": "2024", "range": ("2024-01-01", "2024-12-31")}}),
    (LEAP_DAY, "The index gained 4% this month.", {"this month": {"value": "2024-02", "range": ("2024-02-01", "2024-02-29")}}),
    (LEAP_DAY, "The vote will be held next month.", {"next month": {"value": "2024-03", "range": ("2024-03-01", "2024-03-31")}}),
    (
        QUARTER_END,
        "Earnings fell in the previous quarter.",
        {"the previous quarter": {"value": "2025-Q4", "range": ("2025-10-01", "2025-12-31")}},
    ),
    (QUARTER_END, "Exports surged this quarter.", {"this quarter": {"value": "2026-Q1", "range": ("2026-01-01", "2026-03-31")}}),
    (YEAR_END, "Heavy snow is expected next week.", {"next week": {"value": "2024-W01", "range": ("2024-01-01", "2024-01-07")}}),
    (
        SUNDAY,
        "Rainfall this summer is well below average.",
        {"this summer": {"value": "2022-SU", "range": ("2022-06-01", "2022-08-31")}},
    ),
    (
        MID_JUNE,
        "Profits slumped in the second half of last year.",
        {"the second half of last year": {"value": "2018-H2", "range": ("2018-07-01", "2018-12-31")}},
    ),
    (LEAP_DAY, "The law came into force in 2020.", {"2020": {"value": "2020", "range": ("2020-01-01", "2020-12-31")}}),
    (
        AFTER_ELECTION,
        "The polls closed yesterday evening.",
        {"yesterday evening": {"value": "2020-11-03TEV", "range": ("2020-11-03", "2020-11-03")}},
    ),
    (LEAP_DAY, "The fund was launched in the 1980s.", {"the 1980s": {"value": "198", "range": ("1980-01-01", "1989-12-31")}}),
    (
        LEAP_DAY,
        "The great flood struck in February 1900.",
        {"February 1900": {"value": "1900-02", "range": ("1900-02-01", "1900-02-28")}},
    ),
    (
        LEAP_DAY,
        "The exchange opened in February 2000.",
        {"February 2000": {"value": "2000-02", "range": ("2000-02-01", "2000-02-29")}},
    ),
    (NEW_YEARS_EVE, "Passenger numbers rose this year.", {"this year": {"value": "2024", "range": ("2024-01-01", "2024-12-31")}}),
    (
        NEW_YEARS_EVE,
        "The new timetable starts next week.",
        {"next week": {"value": "2025-W02", "range": ("2025-01-06", "2025-01-12")}},
    ),
    (
        NEW_YEARS_EVE,
        "Trading volumes were thin this week.",
        {"this week": {"value": "2025-W01", "range": ("2024-12-30", "2025-01-05")}},
    ),
    (
        LEAP_DAY,
        "The orchestra was founded in the 18th century.",
        {"the 18th century": {"value": "17", "range": ("1700-01-01", "1799-12-31")}},
    ),
    (LEAP_DAY, "The hearing lasted four days.", {"four days": {"value": "P4D", "range": None}}),
    (SUNDAY, "The fire started this morning.", {"this morning": {"value": "2022-07-17TMO", "range": ("2022-07-17", "2022-07-17")}}),
    (
        SATURDAY,
        "Exports rose in the third quarter.",
        {"the third quarter": {"value": "2021-Q3", "range": ("2021-07-01", "2021-09-30")}},
    ),
    (
        LEAP_DAY,
        "Sales jumped in the fourth quarter of 2019.",
        {"the fourth quarter of 2019": {"value": "2019-Q4", "range": ("2019-10-01", "2019-12-31")}},
    ),
    (YEAR_END, "The storm hit on Christmas Day.", {"Christmas Day": {"value": "2023-12-25", "range": ("2023-12-25", "2023-12-25")}}),
    (LEAP_DAY, "The council approved the budget on Tuesday.", {"Tuesday": {"value": "2024-02-27", "range": ("2024-02-27", "2024-02-27")}}),
    (
        NEW_YEAR,
        "Temperatures will drop this weekend.",
        {"this weekend": {"value": "2025-W01-WE", "range": ("2025-01-04", "2025-01-05")}},
    ),
    (
        QUARTER_END,
        "Spending rose in the first quarter.",
        {"the first quarter": {"value": "2026-Q1", "range": ("2026-01-01", "2026-03-31")}},
    ),
    (LEAP_DAY, "The festival takes place every August.", {"every August": {"type": "SET", "range": None}}),
    (YEAR_END, "Holiday sales peaked this week.", {"this week": {"value": "2023-W52", "range": ("2023-12-25", "2023-12-31")}}),
    (
        "2024-03-31",
        "Inflation eased last quarter.",
        {"last quarter": {"value": "2023-Q4", "range": ("2023-10-01", "2023-12-31")}},
    ),
    ("2026-01-03", "Sales slumped last year.", {"last year": {"value": "2025", "range": ("2025-01-01", "2025-12-31")}}),
    (
        "2026-01-03",
        "Storms battered the coast last week.",
        {"last week": {"value": "2025-W52", "range": ("2025-12-22", "2025-12-28")}},
    ),
    ("2026-01-03", "The market reopened on Friday.", {"Friday": {"value": "2026-01-02", "range": ("2026-01-02", "2026-01-02")}}),
    (
        SUNDAY,
        "Wheat prices rose in the second quarter.",
        {"the second quarter": {"value": "2022-Q2", "range": ("2022-04-01", "2022-06-30")}},
    ),
]

MODS = [
    (LEAP_DAY, "The verdict is due in early March.", {"early March": {"value": "2024-03", "mod": "START"}}),
    (MID_JUNE, "The hurricane hit the islands in late August.", {"late August": {"value": "2018-08", "mod": "END"}}),
    (
        SATURDAY,
        "The defendant spent nearly four years in custody.",
        {"nearly four years": {"value": "P4Y", "mod": ("APPROX", "LESS_THAN", "EQUAL_OR_LESS")}},
    ),
    (LEAP_DAY, "The shares have fallen 30% since mid-January.", {"mid-January": {"value": "2024-01", "mod": "MID"}}),
    (
        MID_JUNE,
        "Rescuers searched the rubble for more than 48 hours.",
        {"more than 48 hours": {"value": "PT48H", "mod": "MORE_THAN"}},
    ),
    (SATURDAY, "The company will report by the end of the month.", {"the end of the month": {"value": "2021-10", "mod": "END"}}),
    (LEAP_DAY, "Voting closes at the end of the week.", {"the end of the week": {"value": "2024-W09", "mod": "END"}}),
    (
        LEAP_DAY,
        "The appeal was lodged less than a week ago.",
        {"less than a week ago": {"value": ("2024-02-22", "2024-W08"), "mod": "AFTER"}},
    ),
    (LEAP_DAY, "The record has stood since the late 1980s.", {"the late 1980s": {"value": "198", "mod": "END"}}),
    (LEAP_DAY, "Sales slowed at the start of the year.", {"the start of the year": {"value": "2024", "mod": "START"}}),
    (NEW_YEAR, "The virus spread rapidly in late December.", {"late December": {"value": "2024-12", "mod": "END"}}),
    (YEAR_END, "The ferry service will resume in early January.", {"early January": {"value": "2024-01", "mod": "START"}}),
    (
        SUNDAY,
        "The drought lasted at least three years.",
        {"at least three years": {"value": "P3Y", "mod": "EQUAL_OR_MORE"}},
    ),
    (SATURDAY, "The injunction runs for up to 90 days.", {"up to 90 days": {"value": "P90D", "mod": "EQUAL_OR_LESS"}}),
    (SUNDAY, "The bridge reopens at around 6 a.m.", {"around 6 a.m.": {"value": "2022-07-17T06:00", "mod": "APPROX"}}),
    (
        AFTER_ELECTION,
        "A result is expected by the middle of the month.",
        {"the middle of the month": {"value": "2020-11", "mod": "MID"}},
    ),
    (LEAP_DAY, "Unemployment peaked in the mid-1980s.", {"the mid-1980s": {"value": "198", "mod": "MID"}}),
    (
        LEAP_DAY,
        "Inflation reached its highest level in over 40 years.",
        {"over 40 years": {"value": "P40Y", "mod": "MORE_THAN"}},
    ),
    (NEW_YEARS_EVE, "The plant will close by the end of 2025.", {"the end of 2025": {"value": "2025", "mod": "END"}}),
    (MID_JUNE, "The season opener is in mid-September.", {"mid-September": {"value": "2019-09", "mod": "MID"}}),
    (
        QUARTER_END,
        "Quarterly profit rose for the first time in more than two years.",
        {"more than two years": {"value": "P2Y", "mod": "MORE_THAN"}},
    ),
    (SATURDAY, "The deal closed earlier this month.", {"earlier this month": {"value": "2021-10"}}),
    (LEAP_DAY, "Turnout was the lowest since the early 1920s.", {"the early 1920s": {"value": "192", "mod": "START"}}),
    (LEAP_DAY, "The bridge was built almost 100 years ago.", {"almost 100 years ago": {"value": "1924"}}),
    (NEW_YEAR, "The tunnel opened just over a decade ago.", {"just over a decade ago": {"value": "2015", "mod": "BEFORE"}}),
    (
        MONDAY,
        "The jury has been out for less than three hours.",
        {"less than three hours": {"value": "PT3H", "mod": "LESS_THAN"}},
    ),
    (QUARTER_END, "The rally lasted for about a week.", {"about a week": {"value": "P1W", "mod": "APPROX"}}),
    (
        SATURDAY,
        "The storm is expected to make landfall early next week.",
        {"early next week": {"value": "2021-W41", "mod": "START"}},
    ),
    (LEAP_DAY, "The lease expires at the end of next year.", {"the end of next year": {"value": "2025", "mod": "END"}}),
    (AFTER_ELECTION, "Counting could take up to a week.", {"up to a week": {"value": "P1W", "mod": "EQUAL_OR_LESS"}}),
    (SUNDAY, "The museum was built in the late 19th century.", {"the late 19th century": {"value": "18", "mod": "END"}}),
    (
        LEAP_DAY,
        "The ruling is due no later than March 15.",
        {"no later than March 15": {"value": "2024-03-15", "mod": "ON_OR_BEFORE"}},
    ),
    (SUNDAY, "The ban will last for more than a year.", {"more than a year": {"value": "P1Y", "mod": "MORE_THAN"}}),
    (SATURDAY, "The trial could start as early as next month.", {"next month": {"value": "2021-11"}}),
    (
        LEAP_DAY,
        "Turnout hit its lowest level in almost a century.",
        {"almost a century": {"value": ("P1CE", "P100Y"), "mod": ("LESS_THAN", "APPROX", "EQUAL_OR_LESS")}},
    ),
    (MONDAY, "The flood peaked in the early hours of Sunday.", {"Sunday": {"value": "2018-08-19TMO", "mod": "START"}}),
    (QUARTER_END, "Shares have roughly doubled since early 2025.", {"early 2025": {"value": "2025", "mod": "START"}}),
    (
        YEAR_END,
        "The minister will step down at the end of next month.",
        {"the end of next month": {"value": "2024-01", "mod": "END"}},
    ),
    (
        SUNDAY,
        "The river rose for nearly a week.",
        {"nearly a week": {"value": "P1W", "mod": ("APPROX", "LESS_THAN", "EQUAL_OR_LESS")}},
    ),
    (NEW_YEAR, "Prices have risen by a third since the mid-2010s.", {"the mid-2010s": {"value": "201", "mod": "MID"}}),
    (
        LEAP_DAY,
        "The stadium will host matches until at least 2030.",
        {"at least 2030": {"value": "2030", "mod": "ON_OR_AFTER"}},
    ),
    (AFTER_ELECTION, "Results could take up to 10 days.", {"up to 10 days": {"value": "P10D", "mod": "EQUAL_OR_LESS"}}),
    (LEAP_DAY, "The vote could slip to 2026 or later.", {"2026 or later": {"value": "2026", "mod": "ON_OR_AFTER"}}),
    (LEAP_DAY, "The repairs will take a month or so.", {"a month or so": {"value": "P1M", "mod": "APPROX"}}),
]

#: Sentences the stage still reads wrong, and why no general rule reaches them yet.
GAPS = {
    "The trust pays dividends quarterly.": (
        "the parse tells the adverb (advmod of the verb, even where tagged JJ: 'paid quarterly') "
        "from the adjective ('a quarterly dividend', which TimeBank leaves untagged 8 times in 9), "
        "but TimeBank leaves its one adverb untagged too ('will be adjusted quarterly'): the adverb "
        "alone as a set lowered TimeML strict F1 0.901 -> 0.900"
    ),
    "The express service runs every weekday.": "no set value for the weekdays as a class (TimeML has none either)",
}

CASES = sentence_cases(
    (
        ("ranges", RANGES),
        ("durations", DURATIONS),
        ("tense", YEARLESS_BY_TENSE),
        ("narrative", NARRATIVE_ANCHORS),
        ("granularity", GRANULARITY),
        ("range", CALENDAR_RANGES),
        ("mod", MODS),
    ),
    GAPS,
)


@pytest.mark.parametrize(("published", "sentence", "expected"), CASES)
def test_news_beat_sentence_times_follow_timeml(nlp, published, sentence, expected):
    failure = time_failure(extract(sentence, published=published, nlp=nlp).times, expected)
    assert failure is None, failure


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        (LEAP_DAY, "Sales fell 3% quarter-on-quarter."),
        (LEAP_DAY, "Output rose 2% year-on-year in January."),
        (SUNDAY, "The visitors won 3-1 after extra time."),
        (QUARTER_END, "Shares traded between $40 and $45."),
        (QUARTER_END, "Sales rose 4% quarter on quarter."),
    ],
)
def test_comparisons_and_scores_name_no_more_time_than_they_hold(nlp, published, sentence):
    texts = [t.text for t in extract(sentence, published=published, nlp=nlp).times]
    assert texts in ([], ["January"])

"""Whole news articles written for the quotes stage (fixtures/quotes/articles.jsonl). The first
twelve: wire politics, a court report, sport, company results, a council meeting, health,
diplomacy, a radio interview, a feature, an obituary, a flood and an election night. The second
set (tag "second-set"), ten longer ones written after those rules were in: a broadcast transcript
with speaker labels, a police news conference of short exchanges, a study report, a parliamentary
debate, a press release with an analyst note, a feature quoted over several paragraphs, a crime
story with police and prosecutors, a wire roundup of many speakers, a fact-check and a strike with
chants and banners. The third set (tag "third-set"), ten more written after those: a match report
with both coaches and players, a markets wire with analysts and a company statement, a council
meeting, an obituary with tributes, an election night, a flood with agencies and residents, a
diplomatic story with an anonymous official, an investigation quoting a memo and emails, an
opinion poll and a culture interview written as questions and answers. The fourth set (tag
"fourth-set"), annotated and committed before the stage was run on them: a product launch with an
earnings call, a health agency's briefing, a police appeal, a live blog with timestamps, a
roundup of world reactions, a letters page, a lawsuit, a row on social media, a football transfer
and an environmental group's report. The fifth set (tag "fifth-set"), also annotated and committed
before the stage was run on them: a central bank's rate decision, a trial's verdict day, refugees
crossing a border, an aborted takeoff, a fossil paper with outside experts, a singer's cancelled
tour, a planning dispute, a military update with a monitoring group, a pay deal brokered by a
mediator and a profile quoted over several paragraphs. The sixth set (tag "sixth-set"), also annotated
and committed before the stage was run on them: an obituary, a rugby match report, an election night,
a product recall, a storm, a sermon, a cloud outage with status-page updates, a union ballot, a
university study and a summit of two governments. The seventh set (tag "seventh-set"), also annotated
and committed before the stage was run on them: a data breach, a wildfire evacuation, a school
inspection, a museum's return of ancestral remains, a doping ban, a bank merger, a mining accident, a
referendum campaign, a film festival and a rocket launch. The eighth set (tag "eighth-set"), also
annotated and committed before the stage was run on them: a fraud sentencing, a transfer deadline-day
live blog, a tanker and ferry collision, a lynx release, a bank's app outage with the regulator, a
diplomatic expulsion, an antibiotic found by several institutions, an ambulance strike live blog, a
pub's licensing hearing and a prison escape manhunt. Each attribution a reader
checking who said what expects is annotated by hand (kind, content, speaker, cue, entity, as in
fixtures/quotes/cases.jsonl). Every expected quote must be found with its exact content, kind,
speaker and entity; an article must give no quote that is not annotated. Expectations the stage
does not meet yet stay visible as strict xfails with the reason."""


import pytest
from quoting import quotes_benchmark, quotes_with_entities

BENCH = quotes_benchmark()
ARTICLES = BENCH.load_cases(path=BENCH.ARTICLE_CASES)

# (article id, index of the quote) -> why the stage misses it; "extra" -> why it gives a quote nobody said.
MISSES = {
    ("court-harbour-bribes", 0): "'in what the judge called \"...\"': a free relative 'what' as the object of a naming verb",
    ("company-norrland-steel", 0): "'announced' is no cue (its object is as often a deed), so the report runs on through it",
    ("company-norrland-steel", 1): "'announced plans to ...' is no cue by design (cues.json: 'announced new rules')",
    ("council-cycle-lanes", 8): "'that' tagged WDT (with dep mark) after 'in a written statement' stays in the content: "
                                 "dropping it lowers PolNeAR train's 'content exact', whose contents keep 'that'",
    ("broadcast-rail-strike", 1): "'put it to her that ...' is no cue",
    ("obituary-bergen-architect", 1): "'as she later put it, \"...\"': 'put it' is no cue",
    ("election-nova-scotia", 0): "'with their leader telling supporters that ...': the parse hangs the participle on the clause;"
                                  " taking the object of 'with' as its subject lowered PolNeAR dev's source figures",
    # the second set
    ("presser-cairngorm-search", 10): "'asked X to do Y' gives no request: cues.json lists 'ask' and 'ask for', and the "
                                      "merged entry keeps only 'for'; reading the bare use too lowered 42 PolNeAR dev "
                                      "figures (19 up)",
    ("parliament-forest-sale", 5): "'rose ... to say that ...': a cue in the infinitive reports nothing (cues.json), "
                                   "though this one is a purpose, not a wish",
    ("parliament-forest-sale", 6): "'ruled that ...': 'rule' is no cue verb; as a cognition verb (with a clause) it "
                                   "raised 30 PolNeAR dev figures but lowered 12 (content exact precisions)",
    ("company-brightwater-cuts", 3): "'blamed' reports an object only with quoted words in it (cues.json), by design",
    ("strike-gdynia-docks", 3): "'banners reading \"A\" and \"B\"': quotes joined by 'and' after a verb of outcry are "
                                "left to the finder of mixed quotes, and 'read' is no verb of outcry: adding it left "
                                "PolNeAR dev unchanged but lowered 13 train figures",
    ("strike-gdynia-docks", 13): "'shouting \"Solidarity!\"': one quoted word after a verb of outcry is no sentence",
    # the third set
    ("markets-calder-foods", 0): "'..., blaming X': 'blame' reports an object only with quoted words in it (cues.json), by design",
    ("council-ashby-libraries", 5): "'described X as Y' without quoted words is no report (docs/quotes.md: 'describe' "
                                    "reports an object only with the speaker's quoted words in it)",
    ("obituary-gdansk-conductor", 2): "'placed an advertisement ... inviting X to Y': 'invite' is no request verb",
    ("obituary-gdansk-conductor", 5): "'called Wierzbicki \"a teacher ...\"' after 'minister, Joanna Kruk,': the parse "
                                      "sets the quoted words beside the minister, not as the object of 'called'",
    ("diplomacy-chile-peru-fishing", 11): "'vessels that Chile said were fishing ...': the relative 'that' the parse "
                                          "made the reported clause's subject stays in the content; leaving it out "
                                          "lowered 7 PolNeAR train figures (content exact P), whose contents keep it",
    ("diplomacy-chile-peru-fishing", 12): "'said A and called B C': a verb joined on after a simple past that reports only "
                                          "its object stays in the report (docs/quotes.md, as PolNeAR annotates it)",
    ("diplomacy-chile-peru-fishing", 13): "'called the detentions an act of piracy', as above: no report of its own",
    ("investigation-holloway-dam", 0): "'..., internal documents obtained by the Ledger show': the passive 'were told that "
                                       "...' inside it is read first (a report with no speaker), and the findings rule "
                                       "then finds its clause taken",
    ("investigation-holloway-dam", 1): "'warned that A had \"...\" since B and recommended C': the joined verb stays in the "
                                       "report (docs/quotes.md: after a past perfect it may share 'had')",
    ("investigation-holloway-dam", 2): "'recommended lowering ...', as above: no report of its own",
    ("investigation-holloway-dam", 4): "'wrote that A and asked for a meeting \"...\"': a joined verb that reports only its "
                                       "object stays in the report (docs/quotes.md)",
    ("investigation-holloway-dam", 5): "'asked for a meeting', as above: no report of its own",
    ("investigation-holloway-dam", 6): "'replied the next day, in an email seen by the Ledger, that ...': the parse hangs the "
                                       "that-clause on the participle 'seen', inside the channel",
    ("investigation-holloway-dam", 7): "'a report ... found that ...': a finding after its verb is no report (docs/quotes.md, "
                                       "'What a study found': PolNeAR keeps the 'that' the stage drops)",
    ("investigation-holloway-dam", 8): "'... found that the dam was safe but described ...': with 'found' no cue, the parse "
                                       "gives 'described' the subject of the clause it hung it on ('the dam')",
    ("interview-lisbon-actress", 0): "entity typing: the tagger finds no 'Ines Carvalho' in the headline or the lead; "
                                     "and a headline's colon quote is read as indirect, like a transcript's turn",
    # the fourth set
    ("briefing-lithuania-measles", 2): "'At a briefing in Vilnius, the centre's director, Dr. Ruta Zemaitiene, said': the "
                                       "parse hangs both on the place as appositions: the name set off before the cue speaks, "
                                       "but the speaker's words leave out the role before it",
    ("briefing-lithuania-measles", 3): "'A, she said, B' with B a phrase without a verb ('two of them to intensive care') "
                                       "gives no report",
    ("appeal-alderbrook-jeweller", 4): "'appealed to anyone with dashcam or doorbell footage ... to contact the force': the "
                                       "request's content stops inside the one appealed to",
    ("appeal-alderbrook-jeweller", 7): "'posted that her father was \"...\" and planned to reopen': a verb joined on after "
                                       "the closing mark is read as the speaker's next act (docs/quotes.md), here it is the "
                                       "father's",
    ("liveblog-wellington-budget", 5): "'says that A but B \"...\"': the content starts at B, the clause with the quoted "
                                       "words",
    ("letters-tram-meals-dog", 0): "'Your report quoted the minister, X, as saying ...': 'quote ... as saying' is no cue",
    ("lawsuit-stridely-location", 3): "'that' tagged WDT after 'says in the complaint' stays in the content (as in "
                                      "council-cycle-lanes 8)",
    ("lawsuit-stridely-location", 5): "'asked X to do Y' gives no request (see presser-cairngorm-search 10)",
    ("social-bramwick-stadium", 10): "'One user, whose account has since been deleted, called for the mayor to resign': "
                                     "no request is found after the relative clause on the subject",
    ("transfer-kestrel-striker", 1): "'that' tagged WDT after 'told a news conference' stays in the content (as in "
                                     "council-cycle-lanes 8)",
    ("report-ireland-peatlands", 11): "'The report also found that ...': a finding after its verb is no report "
                                      "(see investigation-holloway-dam 7)",
    # the fifth set
    ("refugees-chad-darfur", 0): "'..., the United Nations refugee agency, UNHCR, said on Tuesday, as fighting ... spread': "
                                 "the cue is read as reporting the 'as' clause after it",
    ("refugees-chad-darfur", 10): "'The RSF ... denied that its fighters had targeted civilians': no report is found",
    ("incident-oslo-aborted-takeoff", 0): "'..., the airport's operator, Avinor, said.' closing a long sentence: no report is "
                                          "found",
    ("incident-oslo-aborted-takeoff", 3): "'that' after 'told reporters at the airport' stays in the content (as in "
                                          "council-cycle-lanes 8)",
    ("incident-oslo-aborted-takeoff", 8): "the reported clause stops before ', which slowed the evacuation', a relative clause "
                                          "after the clause's last noun",
    ("celebrity-mara-vance-tour", 6): "'that' after 'said at the time' stays in the content",
    ("labour-melbourne-bus-deal", 8): "entity typing: the place 'Sunshine' is typed an organisation, so 'Drivers at the "
                                      "Sunshine depot' speak for it",
    ("labour-melbourne-bus-deal", 9): "'They added' after them, as above",
    # the sixth set
    ("match-carrick-rugby-derby", 8): "'A has drawn attention before: league officials said last month that B': the clause "
                                      "before the colon is taken for the report",
    ("election-marrowby-mayor", 0): "the dateline 'MARROWBY (Valley News Service) - ' stays in the content: an agency in "
                                    "brackets other than the ones known",
    ("election-marrowby-mayor", 10): "'said A and feared B': a cognition verb joined on reports a clause of its own and is "
                                     "read as the speaker's next report (docs/quotes.md, 'Two reports in one sentence')",
    ("recall-kettleworth-heaters", 0): "'Kettleworth is recalling about 40,000 heaters': 'recall' is read as a cue with its "
                                       "object, and the report after it with the commission's cue is lost",
    ("recall-kettleworth-heaters", 5): "'told Channel 9 News that A, but that \"B\"': the first 'that' stays in the content",
    ("recall-kettleworth-heaters", 10): "the content stops before ', which announced a parallel recall': a non-restrictive "
                                        "relative on the clause's last noun is read as the writer's comment",
    ("storm-westhaven-flooding", 0): "entity typing: 'emergency services' is tagged an organisation",
    ("sermon-langmoor-archbishop", 0): "'telling a packed cathedral that \"...\"': the one told stays in the content",
    ("sermon-langmoor-archbishop", 10): "'It' after 'The diocese', an organisation the text does not name: the resolver "
                                        "goes back to the last one named",
    ("ballot-bradwell-nurses", 10): "entity typing: 'Nurses' opening the sentence is tagged an organisation",
    ("research-tarnwell-teen-sleep", 2): "'The researchers found that ...': a finding after its verb is no report (see "
                                         "investigation-holloway-dam 7)",
    ("research-tarnwell-teen-sleep", 14): "'joked' is no cue verb",
    ("summit-finland-estonia-tunnel", 8): "'According to the declaration' after 'The two governments ... issued a joint "
                                          "declaration': the resolver takes the last speaker named",
    # the seventh set
    ("wildfire-valdemora-evacuation", 6): "'said A \"...\" and thanked volunteers': the verb of judgement joined on after "
                                          "the closing mark stays in the content",
    ("inspection-hollins-lane-academy", 2): "'It found that ...': a finding after its verb is no report (see "
                                            "research-tarnwell-teen-sleep 2)",
    ("doping-ruston-hurdler-ban", 6): "'The level found, he said, was \"...\"': the parse makes 'found' the main verb, "
                                      "and the report is lost",
    ("doping-ruston-hurdler-ban", 10): "'said he was \"stunned\" and did not believe ...': the content stops at the closing "
                                       "mark, 'believe' read as a report of its own",
    ("merger-nordhavn-kattegat-banks", 2): "'it', the joint statement of the two banks: the resolver takes "
                                           "Nordhavn Bank",
    ("mine-zofiowka-dolna-tremor", 1): "'at 4:15 a.m., and 31 had ...': the content stops after 'a.m.'",
    ("referendum-swiss-wolf-cull", 0): "'The latest survey by ..., published on Wednesday, found that ...': the finding is "
                                       "not read as a report",
    ("referendum-swiss-wolf-cull", 10): "entity typing: 'Police in Graubuenden' is tagged an organisation",
    ("referendum-swiss-wolf-cull", 11): "'the yes committee', named by no name: the resolver takes the police of the clause "
                                        "before",
    ("festival-trieste-golden-anchor", 9): "the content stops before ', a record'",
    ("launch-andoya-boreas-rocket", 0): "'the company that built it said': a speaker with a relative clause is not found",
    ("launch-andoya-boreas-rocket", 2): "'it' after 'Aurora Launch said': the resolver takes Norway",
    # the eighth set
    ("sentencing-carrow-pension-fraud", 6): "'Fairbairn' after 'His barrister, Nicholas Fairbairn KC,': the name with 'KC' after it "
                                            "gives no person for the surname",
    ("sentencing-carrow-pension-fraud", 13): "'The CPS' is not linked to 'the Crown Prosecution Service' named before",
    ("liveblog-deadline-day-transfers", 7): "'the club' after 'Westgate Rovers fans': the club named only as a modifier; the "
                                            "resolver takes Brentmoor Athletic",
    ("liveblog-deadline-day-transfers", 9): "entity typing: 'Record', a newspaper's one-word name, is no entity",
    ("liveblog-deadline-day-transfers", 10): "'Reader Sam in Harcourt emails: \"...\"': the tagger reads 'emails' as a noun",
    ("liveblog-deadline-day-transfers", 11): "'The club' after 'Westgate have moved quickly.': the resolver takes Brentmoor "
                                             "Athletic",
    ("collision-skagerrak-tanker-ferry", 8): "'A spokesman for the firm' after 'The tanker's manager, ... Meridian Ship "
                                             "Management': the resolver takes Fjordline Ferries",
    ("collision-skagerrak-tanker-ferry", 12): "'to say the ship was ...' inside the content of 'he said': a report nested in "
                                              "another's content is not read",
    ("collision-skagerrak-tanker-ferry", 15): "'according to the board' does not refer back to the Danish Maritime Accident "
                                              "Investigation Board",
    ("wildlife-kielder-lynx-release", 1): "'Project lead Dr. Amara Whitfield': no person is found for the speaker",
    ("wildlife-kielder-lynx-release", 2): "'she', as above: the resolver takes 'Lynx'",
    ("wildlife-kielder-lynx-release", 3): "'she', as above",
    ("wildlife-kielder-lynx-release", 4): "'says A \"...\" and fears B': the content stops at the closing mark, 'fears' read "
                                          "as the speaker's next act (see election-marrowby-mayor 10)",
    ("wildlife-kielder-lynx-release", 13): "'he laughs' is no cue verb (see research-tarnwell-teen-sleep 14)",
    ("wildlife-kielder-lynx-release", 14): "'the project' does not refer back to 'the Lynx to Kielder project'",
    ("outage-halden-bank-app", 0): "'the bank' closing the lead: Halden Bank is named only inside the reported clause",
    ("outage-halden-bank-app", 3): "'blamed' reports an object only with quoted words in it (cues.json), by design",
    ("outage-halden-bank-app", 4): "'according to a timeline the bank published': the resolver finds no one",
    ("expulsion-latvia-belarus-diplomats", 0): "'A, accusing them of B, the foreign ministry said': the participle of speech "
                                               "inside the fronted report is read as a report of its own and cuts the content",
    ("expulsion-latvia-belarus-diplomats", 12): "'The security service, known by its Latvian initials VDD,': the initials after "
                                                "the participle of naming are not taken for its name",
    ("liveblog-ambulance-strike", 1): "'tells the Today programme that paramedics \"...\"': the one told stays in the mixed "
                                      "quote's content (see sermon-langmoor-archbishop 0)",
    ("liveblog-ambulance-strike", 9): "'says A, contrary to reports on social media': the content stops before the phrase, and "
                                      "'the service' does not refer back to Yorkshire Ambulance Service",
    ("liveblog-ambulance-strike", 11): "'A reader, Julie in Doncaster, emails: \"...\"': the tagger reads 'emails' as a noun",
    ("licensing-harbour-arms-noise", 9): "'told councillors that the pub had been \"...\"': the one told stays in the mixed "
                                         "quote's content, as above",
    ("manhunt-sheffield-prison-escape", 0): "entity typing: 'Police in South Yorkshire' is tagged an organisation (see "
                                            "referendum-swiss-wolf-cull 10)",
    ("manhunt-sheffield-prison-escape", 8): "entity typing: 'The Prison Officers' Association' gives no entity",
    ("manhunt-sheffield-prison-escape", 13): "'The hospital' does not refer back to the Northern General Hospital",
}
EXTRAS = {
    "broadcast-rail-strike": "'Asked whether ...' reports the question with no speaker, as PolNeAR annotates it",
    "feature-danube-ferry": "'Asked what he would do ...' reports the question with no speaker, as PolNeAR annotates it",
    "presser-cairngorm-search": "'Asked whether ...' reports the question with no speaker, as PolNeAR annotates it",
    "sport-harwick-rovers": "'Asked whether ...' reports the question with no speaker, as PolNeAR annotates it",
    "diplomacy-chile-peru-fishing": "'said A and called B C' is one report (see the misses 12 and 13)",
    "investigation-holloway-dam": "the joined verbs stay in the reports before them (see the misses 1 to 5)",
    "liveblog-wellington-budget": "'Budget Day Live: ...': a headline's source whose last word is a label is read as "
                                  "who speaks; reading no one there lowered 5 PolNeAR train figures (cue and exact R)",
    "appeal-alderbrook-jeweller": "the request cut short inside the one appealed to (see the miss 4)",
    "letters-tram-meals-dog": "'Mr Holloway should explain why he believes them': a cue under a modal of obligation "
                              "is read as a report",
    "verdict-leeds-care-home": "'She thanked the detectives ...': a verb of judgement reports its object",
    "refugees-chad-darfur": "the 'as' clause after the cue is read as a report (see the miss 0)",
    "match-carrick-rugby-derby": "the clause before the colon is read as the report (see the miss 8)",
    "election-marrowby-mayor": "'said A and feared B' is read as two reports (see the miss 10)",
    "recall-kettleworth-heaters": "'recalling' and the cut relative (see the misses 0 and 10)",
    "breach-corran-health-insurer": "'Asked whether ...' reports the question with no speaker, as PolNeAR annotates it",
    "wildfire-valdemora-evacuation": "'thanked volunteers' stays in the content (see the miss 6)",
    "inspection-hollins-lane-academy": "'Inspectors praised the school's sixth form ...': a verb of judgement reports its "
                                       "object",
    "doping-ruston-hurdler-ban": "the content cut at the closing mark (see the miss 10)",
    "mine-zofiowka-dolna-tremor": "'Asked how long ...' reports the question with no speaker, as PolNeAR annotates it",
    "festival-trieste-golden-anchor": "'he thanked the jury': a verb of judgement reports its object",
    "liveblog-deadline-day-transfers": "'Transfer Deadline Day Live: ...': a headline's label before the colon is read as who "
                                       "speaks (see liveblog-wellington-budget)",
    "expulsion-latvia-belarus-diplomats": "the participle 'accusing' read as a report of its own (see the miss 0)",
}


@pytest.fixture(scope="module")
def found(nlp):
    mine, _, _ = BENCH.run(ARTICLES, nlp, details=False, with_textacy=False)
    return dict(zip((name for name, _, _ in ARTICLES), mine, strict=True))


def _param(name, index):
    reason = MISSES.get((name, index))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(name, index, marks=marks, id=f"{name}-{index}")


def _problems(text, predicted, gold):
    pairs = {id(g): q for q, g in BENCH.match(text, predicted, [gold], exact=False)}
    quote = pairs.get(id(gold))
    if quote is None:
        return ["not found"]
    problems = []
    if quote.kind != gold.kind:
        problems.append(f"kind {quote.kind}")
    if BENCH.norm(text[slice(*quote.content)]) != BENCH.norm(gold.content):
        problems.append(f"content {text[slice(*quote.content)]!r}")
    if not BENCH.speaker_matches(quote.speaker, gold.speaker):
        problems.append(f"speaker {quote.speaker!r}")
    if not BENCH.entity_matches(quote.entity_forms, gold, text_forms=True):
        problems.append(f"entity {sorted(quote.entity_forms or [])}")
    return problems


@pytest.mark.parametrize(
    ("name", "index"), [_param(name, i) for name, _, golds in ARTICLES for i in range(len(golds))]
)
def test_each_expected_quote_is_found_whole(found, name, index):
    text, golds = next((text, golds) for n, text, golds in ARTICLES if n == name)
    assert _problems(text, found[name], golds[index]) == []


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=EXTRAS[name])] if name in EXTRAS else [])
     for name, _, _ in ARTICLES],
)
def test_no_quote_nobody_said(found, name):
    text, golds = next((text, golds) for n, text, golds in ARTICLES if n == name)
    matched = {id(q) for q, _ in BENCH.match(text, found[name], golds, exact=False)}
    assert [text[slice(*q.content)] for q in found[name] if id(q) not in matched] == []


def test_the_articles_are_well_formed():
    assert len(ARTICLES) >= 12
    for name, _text, golds in ARTICLES:
        assert 5 <= len(golds) <= 16, name
        for gold in golds:
            assert gold.kind in BENCH.KINDS and gold.start >= 0, (name, gold.content)
            # a verb's clause leaves its "that" out, unless all its words are quoted (docs/quotes.md);
            # a direct quote is the speaker's words, whatever they open with
            kept = gold.kind == "direct" or (gold.kind == "mixed" and gold.content[5:6] in "\"“")
            assert kept or not gold.content.lower().startswith("that "), (name, gold.content)


# ---- rules the articles showed missing, each on sentences of its own ---------------------------
def test_a_name_set_beside_the_subject_is_who_a_later_pronoun_means(nlp):
    text = ('"We won," Ruth Kane said. The outgoing premier, Gordon Reid, conceded defeat before midnight. '
            "He said he would stay on as leader.")
    assert ("he would stay on as leader", "He", "Gordon Reid") in quotes_with_entities(nlp, text)


def test_the_subject_of_a_reported_clause_is_not_who_a_later_pronoun_means(nlp):
    text = 'Prosecutor Ann Shaw told the court that Tom Hale had taken the money. "It was planned," she said.'
    assert ("It was planned", "she", "Ann Shaw") in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Leeds United's head coach, Ewan Strachan, was angry. The coach said the referee had missed a foul.",
         ("the referee had missed a foul", "The coach", "Ewan Strachan")),
        ('Councillor Bridget Hale opened the debate. "Doing nothing is not an option," she told the meeting.',
         ("Doing nothing is not an option", "she", "Councillor Bridget Hale")),
        ("The mayor of Bergen, Rune Tveit, said the flags would fly at half mast.",
         ("the flags would fly at half mast", "The mayor of Bergen", "Rune Tveit")),
    ],
)
def test_a_name_beside_a_persons_role_is_a_person_whatever_its_tag(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


def test_he_after_a_speaker_named_by_role_speaks_for_the_same_state(nlp):
    text = ("Armenia's foreign minister said his country wanted peace. "
            "He accused Azerbaijani forces of shelling two villages.")
    assert ("Azerbaijani forces of shelling two villages", "He", "Armenia") in quotes_with_entities(nlp, text)


def test_a_concession_after_the_closing_mark_is_the_writers(nlp):
    text = 'Their leader, Aisha Rahman, said the result showed "the old order is over", though her party lost two seats.'
    assert quotes_with_entities(nlp, text) == [('the result showed "the old order is over"', "Their leader", "Aisha Rahman")]


def test_the_college_is_the_college_named_before(nlp):
    text = ("The Royal College of Nursing said the study was useful. "
            "The college added that it would raise the findings with ministers.")
    assert ("it would raise the findings with ministers", "The college", "Royal College of Nursing") in quotes_with_entities(nlp, text)


def test_a_verb_joined_on_after_the_closing_mark_is_a_report_of_its_own(nlp):
    text = 'The minister said the offer was "fair and final", and accused the union of moving the goalposts.'
    found = quotes_with_entities(nlp, text)
    assert ('the offer was "fair and final"', "The minister", None) in found
    assert ("the union of moving the goalposts", "The minister", None) in found


def test_a_verb_joined_on_right_after_the_closing_mark_is_a_report_of_its_own(nlp):
    text = 'The minister said the offer was "fair and final" and accused the union of moving the goalposts.'
    found = quotes_with_entities(nlp, text)
    assert ('the offer was "fair and final"', "The minister", None) in found
    assert ("the union of moving the goalposts", "The minister", None) in found


def test_a_verb_with_an_auxiliary_after_the_closing_mark_goes_on_with_the_clause(nlp):
    text = 'The club said the player was "worn out" and had been told to rest for a month.'
    found = quotes_with_entities(nlp, text)
    assert [c for c, _, _ in found] == ['the player was "worn out" and had been told to rest for a month']


def test_a_generic_source_at_an_organisation_speaks_for_it(nlp):
    text = "Analysts at Erste Group said they expected a deal. They added that a delay would do little harm."
    found = quotes_with_entities(nlp, text)
    assert ("they expected a deal", "Analysts at Erste Group", "Erste Group") in found
    assert ("a delay would do little harm", "They", "Erste Group") in found


def test_a_report_published_by_a_group_named_after_its_kind_speaks_for_the_group(nlp):
    text = ("Coastal erosion has doubled since 2010, according to a study published on Monday by the "
            "conservation charity Shore Watch.")
    found = quotes_with_entities(nlp, text)
    assert [(c, e) for c, _, e in found] == [("Coastal erosion has doubled since 2010", "Shore Watch")]


def test_the_centre_is_the_centre_named_before(nlp):
    text = ("The Marine Research Centre said the reef had recovered. "
            "The centre added that it would publish the data in May.")
    assert ("it would publish the data in May", "The centre", "Marine Research Centre") in quotes_with_entities(nlp, text)


def test_a_letters_page_headline_names_no_speaker(nlp):
    text = "Letters: Fix the Potholes Before the Parade\nThe Editor,\nThe roads in our street are a disgrace."
    assert quotes_with_entities(nlp, text) == []


def test_a_live_blogs_time_of_entry_is_neither_speaker_nor_content(nlp):
    text = ("Election Night Live\nLONDON - Follow the count with us.\n"
            "22:15 Turnout was higher than in 2019, the returning officer says.\n"
            "22:40 The Labour candidate, Ruth Hale, says she is confident of holding the seat.")
    found = {c: s for c, s, _ in quotes_with_entities(nlp, text)}
    assert found.get("Turnout was higher than in 2019") == "the returning officer"
    assert found.get("she is confident of holding the seat") == "The Labour candidate"


def test_a_force_spokesman_speaks_for_the_force_named_before(nlp):
    text = ("Detective Sergeant Ann Cole of Northshire Police said the van had been found burnt out. "
            "A force spokesman said two men had been arrested.")
    assert ("two men had been arrested", "A force spokesman", "Northshire Police") in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In 2009 the council told residents the new pool would open in a year; it opened in 2014.",
         "the new pool would open in a year"),
        ("Last spring the mayor said the tram would carry 20,000 people a day; it carries fewer than 9,000.",
         "the tram would carry 20,000 people a day"),
    ],
)
def test_a_clause_of_its_own_after_a_semicolon_is_the_writers(nlp, text, content):
    assert [c for c, _, _ in quotes_with_entities(nlp, text)] == [content]


def test_reports_no_one_named_issued_speak_for_no_one(nlp):
    text = ("The coach, Ann Varga, said the squad was settled. "
            "Local reports said two players wanted to leave.")
    assert ("two players wanted to leave", "Local reports", None) in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A group calling itself Mothers for Clean Air said the smog was getting worse.",
         ("the smog was getting worse", "A group", "Mothers for Clean Air")),
        ("An organisation called Clean Rivers Now said the water was unsafe to swim in.",
         ("the water was unsafe to swim in", "An organisation", "Clean Rivers Now")),
    ],
)
def test_a_participle_of_naming_names_the_speaker(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)



@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Office of Rail Regulation said the line was safe. The regulator added that it would publish its "
         "findings in June.", ("it would publish its findings in June", "The regulator", "Office of Rail Regulation")),
        ("The Syrian Observatory for Human Rights said 30 people had died. The monitor said most of them were "
         "farmers.", ("most of them were farmers", "The monitor", "Syrian Observatory for Human Rights")),
        ("The Horn Casualty Tracker said 19 people had died. The tracker said most of them were herders.",
         ("most of them were herders", "The tracker", "Horn Casualty Tracker")),
    ],
)
def test_the_regulator_and_the_monitor_are_the_bodies_named_before(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


def test_a_condition_opened_by_provided_goes_on_with_the_report(nlp):
    text = ("The water board, in its reply to the council, said it would lift the hosepipe ban, provided that "
            "the reservoirs were full by May.")
    assert [c for c, _, _ in quotes_with_entities(nlp, text)] == [
        "it would lift the hosepipe ban, provided that the reservoirs were full by May"]


def test_a_given_name_alone_is_the_person_named_in_full_before(nlp):
    text = ('Tom Reilly runs the boatyard. His apprentice, 17-year-old Aoife Walsh, started in May. '
            '"He never raises his voice," Aoife said.')
    assert ("He never raises his voice", "Aoife", "Aoife Walsh") in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The EU's statistics office, Eurostat, said prices rose by 2 percent.",
         ("prices rose by 2 percent", "The EU's statistics office", "Eurostat")),
        ("The U.N. disaster office, UNDRR, said 2,000 schools had closed.",
         ("2,000 schools had closed", "The U.N. disaster office", "UNDRR")),
    ],
)
def test_an_organisation_named_beside_a_bodys_noun_speaks_rather_than_its_owner(nlp, text, quote):
    assert quotes_with_entities(nlp, text) == [quote]


def test_a_hyphened_role_the_parse_split_is_the_whole_speaker(nlp):
    text = "Her co-author, Dr. Lena Vogt, said the bones were 40 million years old."
    assert quotes_with_entities(nlp, text) == [("the bones were 40 million years old", "Her co-author", "Lena Vogt")]


def test_a_singular_definite_noun_is_not_an_earlier_plural_speaker(nlp):
    text = ("Aid groups say the camps are full. The charity Food First said its vans were busy. "
            "The group added that it had sent two trucks.")
    assert ("it had sent two trucks", "The group", "Food First") in quotes_with_entities(nlp, text)


def test_the_university_is_the_university_named_before(nlp):
    text = ("Pupils who read at night sleep less, according to a study by researchers at the University of Harrowgate. "
            "The university said the results would be shared with schools.")
    assert ("the results would be shared with schools", "The university", "University of Harrowgate") in (
        quotes_with_entities(nlp, text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Veltrax Corp. said on Monday that the fault had been fixed. Its shares fell 3 percent. "
         "A company spokesperson said customers would be refunded.",
         ("customers would be refunded", "A company spokesperson", "Veltrax Corp.")),
        ("Dunmore Rugby Club sacked its coach on Sunday after a fifth straight defeat. "
         "A club spokeswoman said a replacement would be named within a week.",
         ("a replacement would be named within a week", "A club spokeswoman", "Dunmore Rugby Club")),
    ],
)
def test_a_spokesperson_of_a_kind_of_organisation_speaks_for_the_one_named_before(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Last spring the bishop described the waiting lists as "a quiet scandal", a remark that drew a rebuke '
         "from the minister.", 'the waiting lists as "a quiet scandal"'),
        ('The mayor said the plan was "a disgrace", a claim the council denies.', 'the plan was "a disgrace"'),
    ],
)
def test_a_noun_phrase_after_the_closing_mark_that_sums_the_quote_up_is_the_writers(nlp, text, content):
    assert content in [found for found, _, _ in quotes_with_entities(nlp, text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Ms. Orr said she had phoned the landlord in May and was told it was "nothing to worry about."',
         ('she had phoned the landlord in May and was told it was "nothing to worry about."', "Ms. Orr")),
        ("Dale Orr said he had called the council twice and was told the road would be fixed by spring.",
         ("he had called the council twice and was told the road would be fixed by spring", "Dale Orr")),
    ],
)
def test_a_passive_cue_joined_on_the_reported_clause_stays_in_the_report(nlp, text, quote):
    assert [(found, speaker) for found, speaker, _ in quotes_with_entities(nlp, text)] == [quote]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Reyes said the union would give the company a week's notice of the stoppage, which could begin on Monday.",
         "the union would give the company a week's notice of the stoppage, which could begin on Monday"),
        ("Reyes said the ferry would stop at Holm, which would cut the crossing by an hour.",
         "the ferry would stop at Holm, which would cut the crossing by an hour"),
    ],
)
def test_a_relative_clause_with_a_modal_of_the_past_is_the_speakers(nlp, text, content):
    assert content in [found for found, _, _ in quotes_with_entities(nlp, text)]


def test_a_relative_clause_after_the_speakers_quoted_words_is_still_the_writers(nlp):
    text = 'Reyes said she would "take a look" at the bill, which would give the police more powers.'
    assert 'she would "take a look" at the bill' in [found for found, _, _ in quotes_with_entities(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Saar said Estonia could not pay for the bridge until the European Union had said how much it would give.",
         "Estonia could not pay for the bridge until the European Union had said how much it would give"),
        ("The mayor said the pool would stay shut unless the engineers reported that the roof was safe.",
         "the pool would stay shut unless the engineers reported that the roof was safe"),
    ],
)
def test_a_report_in_a_clause_of_condition_is_part_of_the_report_around_it(nlp, text, content):
    assert [found for found, _, _ in quotes_with_entities(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach has since said that she resigned because she thought the club would be sold.",
         "she resigned because she thought the club would be sold"),
        ("Ortega said he moved to the valley because he believed the schools were better there.",
         "he moved to the valley because he believed the schools were better there"),
        ("Ruiz said the landlord had raised the rent and she thinks it is unfair.",
         "the landlord had raised the rent and she thinks it is unfair"),
    ],
)
def test_a_belief_given_as_the_reason_is_part_of_the_report_around_it(nlp, text, content):
    """A belief in a clause of reason or in a clause joined to the reported one, with its own subject,
    is part of what was reported, not a report of its own."""
    assert [found for found, _, _ in quotes_with_entities(nlp, text)] == [content]


def test_a_title_the_parse_cut_off_its_name_leaves_the_name_to_speak(nlp):
    text = 'At the dinner, then-provost Jean Ochil described the mill as "the heart of the town."'
    assert [(speaker, entity) for _, speaker, entity in quotes_with_entities(nlp, text)] == [("Jean Ochil", "Jean Ochil")]


def test_a_statement_speaks_for_the_previous_speaker_also_where_they_name_no_one(nlp):
    text = ("Tom Hale, a retired ferryman, died on Friday. His wife, Ann, died in 2015. The family said in a "
            'statement that the funeral would be private. "He loved this harbour," the statement said.')
    assert ("He loved this harbour", "the statement", None) in quotes_with_entities(nlp, text)


def test_a_status_page_speaks_for_the_company_whose_page_it_is(nlp):
    text = ('In an update on its status page, Corvane Technologies said it was "investigating errors" in one '
            'region. "All services are now running normally," the status page read at 3 p.m.')
    assert ("All services are now running normally", "the status page", "Corvane Technologies") in (
        quotes_with_entities(nlp, text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Mayor Tom Reid said the bridge would reopen in May. The inspection was led by Ann Kerr, the county "
         "engineer. She said the cables were sound.", ("the cables were sound", "She", "Ann Kerr")),
        ('"We are thrilled," the label\'s owner, Dan Moss, said. The award was accepted by the band\'s drummer, '
         'Sam Petrie. "We wrote it in a garage," he said.', ("We wrote it in a garage", "he", "Sam Petrie")),
    ],
)
def test_the_agent_of_a_passive_is_who_a_later_pronoun_means(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The state weather agency, Meteora, warned of gales on the coast. A spokeswoman for the agency said the "
         "winds would ease by Tuesday.", ("the winds would ease by Tuesday", "A spokeswoman for the agency", "Meteora")),
        ("The Harlow Trust said it would reopen the gardens. A spokesman for the trust said the cafe would stay shut.",
         ("the cafe would stay shut", "A spokesman for the trust", "Harlow Trust")),
    ],
)
def test_a_spokesperson_for_a_definite_noun_speaks_for_the_one_it_refers_back_to(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Cycling Integrity Unit said the sample had been tested twice. The rider appealed on Monday. "
         "The unit said the appeal would be heard in May.", ("the appeal would be heard in May", "The unit",
                                                             "Cycling Integrity Unit")),
        ("The Halden Institute said rents had risen by 9 percent. Mayor Ann Holt called for calm. "
         "The institute said prices would level off next year.", ("prices would level off next year", "The institute",
                                                                  "Halden Institute")),
    ],
)
def test_the_unit_and_the_institute_are_the_ones_named_before(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


def test_two_organisations_counted_and_their_joint_statement_speak_for_no_one_alone(nlp):
    text = ("Harwood Bank agreed to buy Tillman Savings on Monday, the two banks said. Tillman shareholders will "
            "receive 40 pounds a share, according to a joint statement.")
    found = quotes_with_entities(nlp, text)
    assert ("Harwood Bank agreed to buy Tillman Savings on Monday", "the two banks", None) in found
    assert ("Tillman shareholders will receive 40 pounds a share", "a joint statement", None) in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('In a statement, the boxer said she was "heartbroken" and would appeal to the sport\'s tribunal.',
         'she was "heartbroken" and would appeal to the sport\'s tribunal'),
        ("The mayor said the pool was unsafe and would close on Monday for repairs.",
         "the pool was unsafe and would close on Monday for repairs"),
    ],
)
def test_a_verb_under_a_modal_joined_on_with_no_subject_goes_on_with_the_report(nlp, text, content):
    assert [found for found, _, _ in quotes_with_entities(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Passengers took to social media to complain that the trains were late again.",
         ("the trains were late again", "Passengers", None)),
        ("The minister went on the radio to say that the plan was dead.",
         ("the plan was dead", "The minister", None)),
    ],
)
def test_an_infinitive_of_purpose_with_a_that_clause_reports(nlp, text, quote):
    assert quotes_with_entities(nlp, text) == [quote]


def test_an_infinitive_after_a_refusal_still_reports_nothing(nlp):
    assert quotes_with_entities(nlp, "The mayor declined to say that the pool would reopen.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Its chair said the board had looked at a sale but had concluded that the club "could not go on alone."',
         'the board had looked at a sale but had concluded that the club "could not go on alone."'),
        ("The coach said the players had trained well and would decide for themselves whether to travel.",
         "the players had trained well and would decide for themselves whether to travel"),
    ],
)
def test_a_verb_joined_on_in_the_reported_tense_goes_on_with_the_report(nlp, text, content):
    assert [found for found, _, _ in quotes_with_entities(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Carrow Mining Group said the shaft had been inspected in May. The Miners' Alliance said workers had "
         "complained about the roof for months. The company rejected that. A spokeswoman said all safety rules "
         "had been followed.", ("all safety rules had been followed", "A spokeswoman", "Carrow Mining Group")),
        ("Carrow Minerals Ltd said the shaft had been inspected in May. The Miners' Alliance said workers had "
         "complained about the roof for months. The company said all safety rules had been followed.",
         ("all safety rules had been followed", "The company", "Carrow Minerals Ltd")),
    ],
)
def test_the_company_is_no_organisation_named_as_another_kind(nlp, text, quote):
    assert quote in quotes_with_entities(nlp, text)


def test_the_figures_of_an_authority_named_before_speak_for_it(nlp):
    text = ("The State Rail Authority said the line was safe. Delays fell by half last year, according to the "
            "authority's figures.")
    assert ("Delays fell by half last year", "the authority's figures", "State Rail Authority") in (
        quotes_with_entities(nlp, text))

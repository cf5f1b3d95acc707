"""Who speaks through a participle set after a clause ("..., adding", "..., explaining"): the
subject of the sentence's reporting clause, not of a clause it reports or quotes."""

from quoting import quote_by

from geonews_extract import extract


def test_a_participle_after_a_reported_clause_speaks_for_the_reporter(nlp):
    document = extract(
        "Mayor Lena Ortiz said the new bridge reminds her of the old ferry days, "
        'explaining, "We lost something when the boats stopped running."',
        nlp=nlp,
    )
    quote = quote_by(document, "We lost something")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Lena Ortiz"


def test_a_participle_after_a_quoted_fragment_speaks_for_the_reporter(nlp):
    document = extract(
        'Ms. Varga told the radio station that Mr. Olsen "had a plan that was simply reckless," '
        'adding, "He lost every vote in the valley."',
        nlp=nlp,
    )
    quote = quote_by(document, "He lost every vote")
    assert quote.speaker is not None and quote.speaker.text == "Ms. Varga"


def test_a_participle_after_a_joined_main_clause_speaks_for_its_subject(nlp):
    document = extract(
        "Farmers say the new fees are unfair, and the regional growers' union has already sued the "
        "province over the rules, saying they break the trade agreement.",
        nlp=nlp,
    )
    quote = quote_by(document, "they break the trade")
    assert quote.speaker is not None and quote.speaker.text == "the regional growers' union"


def test_a_participle_after_a_relative_clause_on_a_thing_speaks_for_the_sentence_subject(nlp):
    document = extract(
        "Senator Ruth Adler had a strong hour that could help her in the primary, "
        "forcefully denouncing the new tariffs on farm equipment.",
        nlp=nlp,
    )
    quote = quote_by(document, "the new tariffs")
    assert quote.speaker is not None and quote.speaker.text == "Senator Ruth Adler"

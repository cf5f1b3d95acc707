"""After a closing mark, one noun phrase before a cue the parse left without a subject of its own
(it read the phrase into the quote) is the speaker, also when the cue goes on with how or when
the words were said ('..." Vidal, 64, said as he ...')."""

from quoting import quote_by

from geonews_extract import extract


def test_the_name_after_the_mark_speaks_when_the_cue_goes_on(nlp):
    text = ('The orchard has been in the family for four generations.\n'
            '"They all said sell. The bank, my cousin, the mayor," Vidal, 64, said as he pruned an old pear tree.')
    document = extract(text, nlp=nlp)
    quote = quote_by(document, "They all said sell")
    assert quote.speaker.text == "Vidal"

"""Helpers the quote tests share: the one quote whose content opens with given words, and the
entity its speaker resolved to."""


def quote_by(document, content_start):
    found = [q for q in document.quotes if q.content.text.startswith(content_start)]
    assert len(found) == 1, [(q.content.text, q.speaker and q.speaker.text) for q in document.quotes]
    return found[0]


def entity_of(document, quote):
    return document.entity(quote.speaker.entity_id) if quote.speaker and quote.speaker.entity_id else None

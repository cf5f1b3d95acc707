"""Pipeline stages, one module each; importing this package registers their factories."""

from . import aliases, dates, ner, quotes  # noqa: F401

#: Stage name -> spaCy factory name, in pipeline order.
FACTORIES = {
    "news_ner": "geonews_news_ner",
    "aliases": "geonews_aliases",
    "dates": "geonews_dates",
    "quotes": "geonews_quotes",
}

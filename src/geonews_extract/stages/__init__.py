"""Pipeline stages, one module each; importing this package registers their factories."""

from . import aliases, dates, geocode, line_breaks, ner, quotes  # noqa: F401

#: Stage name -> spaCy factory name, in pipeline order.
FACTORIES = {
    "line_breaks": "geonews_line_breaks",
    "news_ner": "geonews_news_ner",
    "aliases": "geonews_aliases",
    "geocode": "geonews_geocode",
    "dates": "geonews_dates",
    "quotes": "geonews_quotes",
}

#: Where a stage goes in the model's pipeline when not at the end.
PLACEMENT = {
    "line_breaks": "parser",  # before the parser, which respects the sentence starts it sets
}

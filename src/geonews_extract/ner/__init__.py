"""News-specific repairs to a spaCy model's entities: headlines, datelines, bylines, dates
inside events and known names; `stages/ner.py` runs them as the `news_ner` stage."""

"""geonews-extract: entities, aliases, anchored dates and attributed quotes from news text."""

from .api import ExtractionWarning, extract, extract_many
from .document import Document, Entity, Mention, Quote, Span, Speaker, TimeExpression
from .extractor import Extractor
from .pipeline import DEFAULT_STAGES, ModelNotFoundError, load_pipeline

__all__ = [
    "DEFAULT_STAGES",
    "Document",
    "Entity",
    "ExtractionWarning",
    "Extractor",
    "Mention",
    "ModelNotFoundError",
    "Quote",
    "Span",
    "Speaker",
    "TimeExpression",
    "extract",
    "extract_many",
    "load_pipeline",
]
__version__ = "0.1.0"

import json
from pathlib import Path

import pytest

from geonews_extract import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "acceptance" / "seed-article.txt"
SEED_GOLD = SHARED / "acceptance" / "seed-article.gold.json"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed():
    """(text, gold) of the shared seed article; skips where ../shared is absent."""
    if not (SEED_TEXT.is_file() and SEED_GOLD.is_file()):
        pytest.skip("../shared/acceptance is not present")
    return SEED_TEXT.read_text(encoding="utf-8"), json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_document(seed):
    from geonews_extract import extract

    text, gold = seed
    return extract(text, published=gold["published"])

"""The documentation that is generated from code stays in step with it."""

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_document_reference_is_up_to_date():
    spec = importlib.util.spec_from_file_location("make_reference", DOCS / "make_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "document.md").read_text(encoding="utf-8") == module.render(), (
        "docs/document.md is stale: run python docs/make_reference.py"
    )

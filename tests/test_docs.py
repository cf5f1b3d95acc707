"""The documentation that is generated from code stays in step with it."""

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _make_reference():
    spec = importlib.util.spec_from_file_location("make_reference", DOCS / "make_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_document_reference_is_up_to_date():
    assert (DOCS / "document.md").read_text(encoding="utf-8") == _make_reference().render(), (
        "docs/document.md is stale: run python docs/make_reference.py"
    )


def test_document_schema_file_is_up_to_date():
    assert (DOCS / "document.schema.json").read_text(encoding="utf-8") == _make_reference().render_schema(), (
        "docs/document.schema.json is stale: run python docs/make_reference.py"
    )

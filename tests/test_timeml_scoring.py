"""The TimeML scorer of benchmarks/tempeval.py: which values count as the same."""

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "timeml.py"
_SPEC = importlib.util.spec_from_file_location("timeml_scoring", _PATH)
timeml = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = timeml  # dataclasses look their module up
_SPEC.loader.exec_module(timeml)


def test_durations_of_the_same_length_are_the_same_value():
    assert timeml.same_value("P10Y", "P1DE")
    assert not timeml.same_value("P10Y", "P1Y")


def test_a_week_number_without_its_leading_zero_is_the_same_week():
    assert timeml.same_value("1998-W5", "1998-W05")
    assert timeml.same_value("1998-W5-WE", "1998-W05-WE")
    assert not timeml.same_value("1998-W5", "1998-W50")
    assert timeml.value_range("1998-W05") == ("1998-01-26", "1998-02-01")

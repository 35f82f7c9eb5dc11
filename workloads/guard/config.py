"""Guard configuration: which categories run, the policy deny-list and the biased-language
lexicon (YAML data files), and limits. Every file is validated against a JSON Schema so a typo
fails at load time with the file, the entry and what is allowed, never at scan time.

Where settings come from, first match wins:
  1. an explicit `GuardConfig` (or `load_config(path)`) passed by the caller;
  2. LOOM_GUARD_CONFIG=path: a guard config file (schema CONFIG_SCHEMA);
  3. the packaged defaults in workloads/guard/data/.
LOOM_GUARD_DENY_LIST and LOOM_GUARD_LEXICON replace just the term files in cases 2 and 3.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from workloads.guard.findings import CATEGORIES, LANGUAGES

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DENY_LIST = DATA_DIR / "deny_list.yaml"
DEFAULT_LEXICON = DATA_DIR / "biased_language.yaml"
DEFAULT_MAX_CHARS = 1_000_000
"""1 M characters: far above any generated answer, low enough that one request can't stall a worker."""

ENV_CONFIG = "LOOM_GUARD_CONFIG"
ENV_DENY_LIST = "LOOM_GUARD_DENY_LIST"
ENV_LEXICON = "LOOM_GUARD_LEXICON"


class GuardConfigError(ValueError):
    """A guard config or term file is missing or invalid; the message names the file and the entry."""


_TERM_ENTRY = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "term": {"type": "string", "minLength": 1, "pattern": r"\S"},
        "pattern": {"type": "string", "minLength": 1},
        "reason": {"type": "string"},
        "suggestion": {"type": "string"},
        "inflect": {"type": "boolean"},
        "case_sensitive": {"type": "boolean"},
    },
    "oneOf": [{"required": ["term"]}, {"required": ["pattern"]}],
}

TERMS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["version", "terms"],
    "properties": {
        "version": {"const": 1},
        "terms": {"type": "array", "items": _TERM_ENTRY},
    },
}

CONFIG_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["version"],
    "properties": {
        "version": {"const": 1},
        "categories": {"type": "array", "items": {"enum": list(CATEGORIES)}, "uniqueItems": True},
        "max_chars": {"type": "integer", "minimum": 1, "maximum": 100_000_000},
        "secret_min_entropy": {"type": "number", "minimum": 0, "maximum": 8},
        "language": {"enum": [*LANGUAGES, None]},
        "gazetteer": {"type": "string", "minLength": 1},
        "public_figures": {"enum": ["keep", "redact"]},
        "deny_list": {"oneOf": [{"type": "string"}, {"type": "array", "items": _TERM_ENTRY}]},
        "lexicon": {"oneOf": [{"type": "string"}, {"type": "array", "items": _TERM_ENTRY}]},
    },
}


@dataclass(frozen=True)
class Term:
    """A deny-list or lexicon entry: a literal phrase (`term`) or a regular expression (`pattern`)."""

    term: str | None = None
    pattern: str | None = None
    reason: str = ""
    suggestion: str = ""
    inflect: bool = True
    case_sensitive: bool = False

    @property
    def label(self) -> str:
        return self.term if self.term is not None else (self.pattern or "")


@dataclass(frozen=True)
class GuardConfig:
    """Everything a scan needs besides the text. Immutable, so one Scanner can be shared by threads."""

    categories: tuple[str, ...] = CATEGORIES
    deny_list: tuple[Term, ...] = ()
    lexicon: tuple[Term, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS
    secret_min_entropy: float = 3.0
    language: str | None = None
    """Default language hint for every scan (None: language-independent)."""
    gazetteer: str | None = None
    """Path of the name gazetteer file (None: $LOOM_GUARD_GAZETTEER or the user cache)."""
    public_figures: str = "keep"
    """"keep": a full name that the text marks as a public figure's (an office, a prize, a citation,
    a public role, a royal title) is not reported; "redact": it is reported like any name."""
    source: str = field(default="<defaults>", compare=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.categories) - set(CATEGORIES))
        if unknown:
            raise GuardConfigError(
                f"{self.source}: categories {unknown} are unknown; allowed: {', '.join(CATEGORIES)}"
            )
        if self.language is not None and self.language not in LANGUAGES:
            raise GuardConfigError(
                f"{self.source}: language {self.language!r} is unknown; allowed: {', '.join(LANGUAGES)} or none"
            )
        if self.public_figures not in ("keep", "redact"):
            raise GuardConfigError(
                f"{self.source}: public_figures {self.public_figures!r} is unknown; allowed: keep, redact"
            )
        if self.max_chars < 1:
            raise GuardConfigError(f"{self.source}: max_chars = {self.max_chars} is invalid; allowed: an integer >= 1")

    def with_categories(self, *categories: str) -> "GuardConfig":
        return replace(self, categories=tuple(categories))


def _validate(data: Any, schema: dict[str, Any], where: str) -> None:
    import jsonschema  # imported on first load only: keeps `loom guard` start-up fast

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path).lstrip(".")
        raise GuardConfigError(f"{where}: {path or '<top level>'}: {err.message}")


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        raise GuardConfigError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise GuardConfigError(f"{path}: not valid YAML: {exc}") from None


def _terms(entries: list[dict[str, Any]], where: str) -> tuple[Term, ...]:
    terms = []
    for i, entry in enumerate(entries):
        term = Term(**entry)
        if term.pattern is not None:
            try:
                re.compile(term.pattern)
            except re.error as exc:
                raise GuardConfigError(f"{where}: terms[{i}].pattern {term.pattern!r} is not a valid regular expression: {exc}") from None
        terms.append(term)
    return tuple(terms)


def load_terms(path: str | os.PathLike[str]) -> tuple[Term, ...]:
    """Read and validate a deny-list or lexicon file (TERMS_SCHEMA)."""
    p = Path(path)
    data = _read_yaml(p)
    _validate(data, TERMS_SCHEMA, str(p))
    return _terms(data["terms"], str(p))


def _terms_setting(value: Any, base: Path, where: str) -> tuple[Term, ...]:
    if isinstance(value, str):
        p = Path(value)
        return load_terms(p if p.is_absolute() else base / p)
    return _terms(value, where)


def load_config(path: str | os.PathLike[str] | None = None, *, env: Mapping[str, str] | None = None) -> GuardConfig:
    """Build a GuardConfig from a config file (or LOOM_GUARD_CONFIG, or the defaults) and the
    LOOM_GUARD_DENY_LIST / LOOM_GUARD_LEXICON overrides. Relative term paths resolve against the
    config file's folder."""
    env = os.environ if env is None else env
    path = path or env.get(ENV_CONFIG) or None
    settings: dict[str, Any] = {}
    base = DATA_DIR
    source = "<defaults>"
    if path:
        p = Path(path)
        settings = _read_yaml(p)
        _validate(settings, CONFIG_SCHEMA, str(p))
        base, source = p.resolve().parent, str(p)
    deny = env.get(ENV_DENY_LIST) or settings.get("deny_list") or str(DEFAULT_DENY_LIST)
    lexicon = env.get(ENV_LEXICON) or settings.get("lexicon") or str(DEFAULT_LEXICON)
    return GuardConfig(
        categories=tuple(settings.get("categories", CATEGORIES)),
        deny_list=_terms_setting(deny, base, f"{source}: deny_list"),
        lexicon=_terms_setting(lexicon, base, f"{source}: lexicon"),
        max_chars=settings.get("max_chars", DEFAULT_MAX_CHARS),
        secret_min_entropy=float(settings.get("secret_min_entropy", 3.0)),
        language=settings.get("language"),
        gazetteer=str(base / settings["gazetteer"]) if settings.get("gazetteer") else None,
        public_figures=settings.get("public_figures", "keep"),
        source=source,
    )


@lru_cache(maxsize=1)
def default_config() -> GuardConfig:
    """The config from the environment, loaded once per process."""
    return load_config()

"""Render a prompt's Jinja2 template with checked variables (StrictUndefined: nothing silently empty)."""

from __future__ import annotations

from typing import Any, Mapping

import jinja2

from workloads.prompts.loader import Prompt, PromptError

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "list": (list, tuple),
    "object": (dict,),
}

_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False)


def resolve_variables(prompt: Prompt, values: Mapping[str, Any]) -> dict[str, Any]:
    """Apply defaults, reject unknown or missing variables and wrong types."""
    unknown = sorted(set(values) - set(prompt.variables))
    if unknown:
        raise PromptError(prompt.path, None, f"variables/{unknown[0]}", f"not declared by prompt {prompt.id!r}; declared: {', '.join(sorted(prompt.variables)) or 'none'}")
    resolved: dict[str, Any] = {}
    for name, var in prompt.variables.items():
        if name in values:
            value = values[name]
        elif var.default is not None:
            value = var.default
        elif var.required:
            raise PromptError(prompt.path, None, f"variables/{name}", f"required variable missing (type {var.type})")
        else:
            value = None
        if value is not None:
            expected = _PY_TYPES[var.type]
            if not isinstance(value, expected) or (var.type in ("integer", "number") and isinstance(value, bool)):
                raise PromptError(prompt.path, None, f"variables/{name}", f"expected {var.type}, got {type(value).__name__} {value!r}")
        resolved[name] = value
    return resolved


def render(prompt: Prompt, values: Mapping[str, Any]) -> str:
    """The text sent to the model."""
    variables = resolve_variables(prompt, values)
    try:
        return _ENV.from_string(prompt.template).render(**variables).strip() + "\n"
    except jinja2.UndefinedError as exc:
        raise PromptError(prompt.path, None, "template", f"render failed: {exc.message}") from None

"""Structured output for the local, extractive generator.

A generator without a language model cannot write new prose, so for a request with
`guided_decoding.json` it restates the facts block the prompt carries (the static analysis of
workloads/prompts/analyze.py), checked against the requested schema. Where a prompt has no
facts block, it says so instead of inventing content. Deployed generators (vLLM) receive the
same prompt and schema and write the content themselves.
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

import jsonschema

_FACTS = re.compile(r"Facts established by static analysis[^\n]*\n\s*```json\s*\n(.*?)\n\s*```", re.S)


class StructuredOutputError(ValueError):
    """The request asks for structured output the local generator cannot honestly produce."""


def facts_from_prompt(text: str) -> Any:
    m = _FACTS.search(text)
    if not m:
        raise StructuredOutputError("structured output needs a 'Facts established by static analysis' JSON block in the prompt; the local extractive generator does not invent content")
    try:
        return json.loads(m.group(1))
    except json.JSONDecodeError as exc:
        raise StructuredOutputError(f"the prompt's facts block is not valid JSON: {exc.msg}") from None


def generate_structured(text: str, schema: Mapping[str, Any]) -> str:
    """The JSON document answering `text` under `schema`, built from the prompt's facts only."""
    facts = facts_from_prompt(text)
    properties = schema.get("properties") or {}
    if isinstance(facts, dict) and properties:
        facts = {k: v for k, v in facts.items() if k in properties}  # no keys the schema forbids
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(facts), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
        raise StructuredOutputError(f"the prompt's facts do not satisfy the output schema at {where}: {errors[0].message}")
    return json.dumps(facts, ensure_ascii=False)

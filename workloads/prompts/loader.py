"""Load prompt and test files, validated against their JSON Schemas, with errors that name the
file, the line and the field.

PyYAML's node tree keeps the line of every key, so a schema error at `cases/2/assert/0/threshold`
is reported at the line where that key is written, which is what a reviewer needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import jinja2
import jinja2.meta
import jsonschema
import yaml

PROMPT_FILE = "prompt.yaml"
TESTS_FILE = "tests.yaml"


class PromptError(Exception):
    """One problem in one file, at one line, for one field."""

    def __init__(self, path: Path | str, line: int | None, field_path: str, message: str) -> None:
        self.path, self.line, self.field, self.message = Path(path), line, field_path, message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {field_path or '(file)'}: {message}")


@dataclass(frozen=True)
class Variable:
    name: str
    type: str
    required: bool = True
    default: Any = None
    description: str = ""


@dataclass
class Prompt:
    id: str
    version: str
    description: str
    owner: str
    model: str
    template: str
    path: Path
    parameters: dict[str, Any] = field(default_factory=dict)
    variables: dict[str, Variable] = field(default_factory=dict)
    output_schema: dict[str, Any] | None = None


@dataclass
class Case:
    name: str
    vars: dict[str, Any]
    assertions: list[dict[str, Any]]
    line: int | None = None
    description: str = ""
    repeat: int = 1
    """Runs of the case, with seeds 0..repeat-1: the model is stochastic, so one run proves little."""
    min_pass_rate: float = 1.0
    """Fraction of the runs that must pass for the case to pass."""


@dataclass
class Suite:
    prompt_id: str
    path: Path
    cases: list[Case]


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema shipped with the package (`prompt` or `tests`)."""
    text = resources.files("workloads.prompts").joinpath("schemas", f"{name}.schema.json").read_text()
    return json.loads(text)


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(path, None, "", f"cannot read file: {exc.strerror}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise PromptError(path, line, "", f"not valid YAML: {problem}") from None
    return data, node


def _line_of(node: yaml.Node | None, path: Iterator[Any] | list[Any]) -> int | None:
    """Line (1-based) of the deepest node along a JSON path that exists in the YAML tree."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _field(path: Any) -> str:
    return "/".join(str(p) for p in path)


def _validate(path: Path, data: Any, node: yaml.Node | None, schema_name: str) -> None:
    validator = jsonschema.Draft202012Validator(schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(e.absolute_path), e.message))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors) or errors[0]
    # oneOf failures on assertions: name the assertion type instead of the whole alternative list.
    message = err.message
    if err.validator == "oneOf" and isinstance(err.instance, dict) and "type" in err.instance:
        allowed = sorted({alt["properties"]["type"]["const"] for alt in err.validator_value})
        kind = err.instance.get("type")
        if kind not in allowed:
            message = f"unknown assertion type {kind!r}; allowed: {', '.join(allowed)}"
        else:
            sub = [e for e in (err.context or []) if e.schema_path and e.schema_path[0] == allowed.index(kind)]
            sub = sub or list(err.context or [])
            if sub:
                best = sub[0]
                message = f"{kind} assertion: {best.message}"
                err_path = list(err.absolute_path) + list(best.absolute_path)
                raise PromptError(path, _line_of(node, err_path), _field(err_path), message)
    raise PromptError(path, _line_of(node, list(err.absolute_path)), _field(err.absolute_path), message)


def load_prompt(path: Path | str) -> Prompt:
    """Load and check `prompt.yaml`: schema, folder name, template syntax, declared variables."""
    path = Path(path)
    data, node = _read_yaml(path)
    _validate(path, data, node, "prompt")
    if data["id"] != path.parent.name:
        raise PromptError(path, _line_of(node, ["id"]), "id", f"{data['id']!r} must equal the folder name {path.parent.name!r}")
    variables = {
        name: Variable(name, spec["type"], spec.get("required", True), spec.get("default"), spec.get("description", ""))
        for name, spec in (data.get("variables") or {}).items()
    }
    env = jinja2.Environment()
    try:
        parsed = env.parse(data["template"])
    except jinja2.TemplateSyntaxError as exc:
        line = _line_of(node, ["template"])
        raise PromptError(path, (line or 0) + exc.lineno, "template", f"Jinja2 syntax error: {exc.message}") from None
    used = jinja2.meta.find_undeclared_variables(parsed)
    undeclared = sorted(used - set(variables))
    if undeclared:
        raise PromptError(path, _line_of(node, ["template"]), "template", f"uses undeclared variable(s) {', '.join(undeclared)}; declare them under variables")
    unused = sorted(set(variables) - used)
    if unused:
        raise PromptError(path, _line_of(node, ["variables", unused[0]]), f"variables/{unused[0]}", "declared but not used by the template")
    if data.get("output_schema") is not None:
        try:
            jsonschema.Draft202012Validator.check_schema(data["output_schema"])
        except jsonschema.SchemaError as exc:
            raise PromptError(path, _line_of(node, ["output_schema", *exc.path]), "output_schema", f"not a valid JSON Schema: {exc.message}") from None
    return Prompt(
        id=data["id"],
        version=data["version"],
        description=data["description"],
        owner=data["owner"],
        model=data["model"]["name"],
        template=data["template"],
        path=path,
        parameters=dict(data.get("parameters") or {}),
        variables=variables,
        output_schema=data.get("output_schema"),
    )


def load_suite(path: Path | str, prompt: Prompt) -> Suite:
    """Load and check `tests.yaml` against its schema and the prompt it tests."""
    path = Path(path)
    data, node = _read_yaml(path)
    _validate(path, data, node, "tests")
    if data["prompt"] != prompt.id:
        raise PromptError(path, _line_of(node, ["prompt"]), "prompt", f"{data['prompt']!r} must be the id of the prompt beside it ({prompt.id!r})")
    defaults = data.get("defaults") or {}
    seen: set[str] = set()
    cases = []
    for i, raw in enumerate(data["cases"]):
        if raw["name"] in seen:
            raise PromptError(path, _line_of(node, ["cases", i, "name"]), f"cases/{i}/name", f"duplicate case name {raw['name']!r}")
        seen.add(raw["name"])
        variables = {**(defaults.get("vars") or {}), **(raw.get("vars") or {})}
        unknown = sorted(set(variables) - set(prompt.variables))
        if unknown:
            raise PromptError(path, _line_of(node, ["cases", i, "vars", unknown[0]]), f"cases/{i}/vars/{unknown[0]}", f"not a variable of prompt {prompt.id!r}; declared: {', '.join(sorted(prompt.variables)) or 'none'}")
        for a_index, assertion in enumerate(raw["assert"]):
            if assertion["type"] == "regex":
                import re

                try:
                    re.compile(assertion["value"])
                except re.error as exc:
                    raise PromptError(path, _line_of(node, ["cases", i, "assert", a_index, "value"]), f"cases/{i}/assert/{a_index}/value", f"invalid regular expression: {exc}") from None
            if assertion["type"] == "json_schema" and "value" in assertion:
                try:
                    jsonschema.Draft202012Validator.check_schema(assertion["value"])
                except jsonschema.SchemaError as exc:
                    raise PromptError(path, _line_of(node, ["cases", i, "assert", a_index, "value"]), f"cases/{i}/assert/{a_index}/value", f"not a valid JSON Schema: {exc.message}") from None
        cases.append(
            Case(
                name=raw["name"],
                vars=variables,
                assertions=list(defaults.get("assert") or []) + list(raw["assert"]),
                line=_line_of(node, ["cases", i]),
                description=raw.get("description", ""),
                repeat=int(raw.get("repeat", defaults.get("repeat", 1))),
                min_pass_rate=float(raw.get("min_pass_rate", defaults.get("min_pass_rate", 1.0))),
            )
        )
    return Suite(prompt_id=prompt.id, path=path, cases=cases)


def discover(root: Path | str) -> list[Path]:
    """Prompt folders under root: every directory holding a prompt.yaml, sorted."""
    root = Path(root)
    if not root.is_dir():
        raise PromptError(root, None, "", "not a directory")
    return sorted(p.parent for p in root.glob(f"*/{PROMPT_FILE}"))


def load_all(root: Path | str) -> list[tuple[Prompt, Suite | None]]:
    """Every prompt under root with its suite (None when it has no tests.yaml). Raises the first error."""
    loaded = []
    for folder in discover(root):
        prompt = load_prompt(folder / PROMPT_FILE)
        tests = folder / TESTS_FILE
        loaded.append((prompt, load_suite(tests, prompt) if tests.exists() else None))
    return loaded

"""Loader and schema errors name the file, the line and the field."""

from pathlib import Path

import pytest

from workloads.prompts.loader import PromptError, load_all, load_prompt, load_suite
from workloads.prompts.render import render

REPO = Path(__file__).resolve().parents[2]

GOOD_PROMPT = """\
id: greet
version: 1.0.0
description: Greets a person by name, politely.
owner: "@team"
model:
  name: generator
variables:
  name:
    type: string
template: |
  Say hello to {{ name }}.
"""


def write(tmp_path: Path, prompt: str, tests: str | None = None) -> Path:
    folder = tmp_path / "greet"
    folder.mkdir(exist_ok=True)
    (folder / "prompt.yaml").write_text(prompt)
    if tests is not None:
        (folder / "tests.yaml").write_text(tests)
    return folder


def test_shipped_prompts_load_with_at_least_twelve_cases():
    loaded = load_all(REPO / "prompts")
    ids = {p.id for p, _ in loaded}
    assert {"rag-answer", "assist-tests", "assist-refactor", "assist-contract"} <= ids
    assert sum(len(s.cases) for _, s in loaded if s) >= 12


def test_good_prompt_renders(tmp_path):
    prompt = load_prompt(write(tmp_path, GOOD_PROMPT) / "prompt.yaml")
    assert render(prompt, {"name": "Ada"}) == "Say hello to Ada.\n"


@pytest.mark.parametrize(
    "mutation, line, field, words",
    [
        (lambda t: t.replace("version: 1.0.0", "version: one"), 2, "version", "does not match"),
        (lambda t: t.replace('owner: "@team"\n', ""), 1, "", "'owner' is a required property"),
        (lambda t: t.replace("    type: string", "    type: text"), 9, "variables/name/type", "is not one of"),
        (lambda t: t.replace("id: greet", "id: hello"), 1, "id", "must equal the folder name"),
        (lambda t: t.replace("{{ name }}", "{{ name }} and {{ other }}"), 10, "template", "undeclared variable(s) other"),
        (lambda t: t.replace("{{ name }}", "{{ name"), 11, "template", "Jinja2 syntax error"),
        (lambda t: t + "extra: 1\n", 1, "", "Additional properties are not allowed ('extra'"),
        (lambda t: t.replace("model:\n  name: generator\n", "model: {name: generator}\nfoo: [\n"), 8, "", "not valid YAML"),
    ],
)
def test_prompt_errors_name_line_and_field(tmp_path, mutation, line, field, words):
    folder = write(tmp_path, mutation(GOOD_PROMPT))
    with pytest.raises(PromptError) as err:
        load_prompt(folder / "prompt.yaml")
    assert err.value.line == line, str(err.value)
    assert err.value.field == field, str(err.value)
    assert words in err.value.message
    assert str(err.value).startswith(f"{folder / 'prompt.yaml'}:{line}: ")


def test_unused_variable_is_an_error(tmp_path):
    text = GOOD_PROMPT.replace("template:", "  unused:\n    type: integer\ntemplate:")
    with pytest.raises(PromptError, match="declared but not used") as err:
        load_prompt(write(tmp_path, text) / "prompt.yaml")
    assert err.value.field == "variables/unused"


@pytest.mark.parametrize(
    "tests, line, field, words",
    [
        ("prompt: greet\ncases:\n  - name: a\n    vars: {name: x}\n    assert:\n      - {type: similarity, value: hi}\n", 6, "cases/0/assert/0", "unknown assertion type 'similarity'"),
        ("prompt: greet\ncases:\n  - name: a\n    assert:\n      - type: similar\n        value: hi\n        threshold: 2\n", 7, "cases/0/assert/0/threshold", "greater than the maximum of 1"),
        ("prompt: greet\ncases:\n  - name: a\n    vars: {nam: x}\n    assert: [{type: contains, value: x}]\n", 4, "cases/0/vars/nam", "not a variable of prompt"),
        ("prompt: greet\ncases:\n  - name: a\n    assert: [{type: regex, value: '(unclosed'}]\n", 4, "cases/0/assert/0/value", "invalid regular expression"),
        ("prompt: other\ncases:\n  - name: a\n    assert: [{type: contains, value: x}]\n", 1, "prompt", "must be the id of the prompt"),
        ("prompt: greet\ncases:\n  - name: a\n    assert: [{type: contains, value: x}]\n  - name: a\n    assert: [{type: contains, value: y}]\n", 5, "cases/1/name", "duplicate case name"),
        ("prompt: greet\ncases:\n  - name: a\n    assert: []\n", 4, "cases/0/assert", "should be non-empty"),
    ],
)
def test_suite_errors_name_line_and_field(tmp_path, tests, line, field, words):
    folder = write(tmp_path, GOOD_PROMPT, tests)
    prompt = load_prompt(folder / "prompt.yaml")
    with pytest.raises(PromptError) as err:
        load_suite(folder / "tests.yaml", prompt)
    assert (err.value.line, err.value.field) == (line, field), str(err.value)
    assert words in err.value.message, err.value.message


def test_render_checks_types_and_missing(tmp_path):
    prompt = load_prompt(write(tmp_path, GOOD_PROMPT) / "prompt.yaml")
    with pytest.raises(PromptError, match="required variable missing"):
        render(prompt, {})
    with pytest.raises(PromptError, match="expected string, got int"):
        render(prompt, {"name": 3})
    with pytest.raises(PromptError, match="not declared"):
        render(prompt, {"name": "a", "age": 3})

"""Every assertion type passes where it should and fails where it should."""

import pytest

from workloads.prompts.assertions import Response, evaluate

OK = Response(text="The mesh enforces STRICT mutual TLS [1].", latency_ms=120.0, sources=({"id": "a"},))


@pytest.mark.parametrize(
    "spec, passing, failing",
    [
        ({"type": "similar", "value": "The mesh enforces STRICT mutual TLS", "threshold": 0.9}, OK, Response("Milvus stores vectors.", 1)),
        ({"type": "json_schema", "value": {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}}, Response('{"a": 1}', 1), Response('{"a": "x"}', 1)),
        ({"type": "contains", "value": ["strict", "TLS"]}, OK, Response("The mesh is permissive.", 1)),
        ({"type": "contains", "value": "strict", "ignore_case": False}, Response("be strict", 1), OK),
        ({"type": "not_contains", "value": "permissive"}, OK, Response("PERMISSIVE mode", 1)),
        ({"type": "regex", "value": r"\[\d+\]"}, OK, Response("no citation", 1)),
        ({"type": "regex", "value": r"^the mesh", "flags": "i"}, OK, Response("A mesh", 1)),
        ({"type": "guard_clean"}, OK, Response("Mail me at jane.doe@example.com", 1)),
        ({"type": "latency", "max_ms": 200}, OK, Response("slow", 250.0)),
        ({"type": "citations", "min": 1}, OK, Response("no markers at all", 1, ({"id": "a"},))),
        ({"type": "citations", "min": 1}, OK, Response("points nowhere [3]", 1, ({"id": "a"},))),
    ],
)
def test_assertion_passes_and_fails(spec, passing, failing):
    good = evaluate(spec, passing)
    bad = evaluate(spec, failing)
    assert good.passed, good.detail
    assert not bad.passed, bad.detail


def test_similarity_reports_the_measured_score():
    outcome = evaluate({"type": "similar", "value": "abc def", "threshold": 0.99}, Response("abc xyz", 1))
    assert outcome.score is not None and 0 < outcome.score < 0.99
    assert f"{outcome.score:.2f}" in outcome.detail


def test_json_schema_falls_back_to_the_prompt_output_schema():
    schema = {"type": "object", "required": ["tests"]}
    assert evaluate({"type": "json_schema"}, Response('{"tests": []}', 1), schema).passed
    assert not evaluate({"type": "json_schema"}, Response("not json", 1), schema).passed
    assert not evaluate({"type": "json_schema"}, Response("{}", 1), None).passed


def test_guard_clean_can_focus_on_categories():
    text = Response("Contact jane.doe@example.com", 1)
    assert not evaluate({"type": "guard_clean", "categories": ["email"]}, text).passed
    assert evaluate({"type": "guard_clean", "categories": ["payment_card"]}, text).passed

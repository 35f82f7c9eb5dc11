"""The loop's pure parts: the saga runner, the gates (embedder and generator), answer metrics,
supervised examples from the lake, the regression set. No model, no server."""

from __future__ import annotations

import pytest

from tests.loop.conftest import clean
from workloads.lake import Lake, correction_event, interaction_event
from workloads.promote import saga
from workloads.retrain.evaluate import Metrics, decide
from workloads.retrain.generator import AnswerMetrics, decide_generator, regression_examples, supervised_examples, token_f1
from workloads.retrain.generator.examples import split_heldout
from workloads.retrain.generator.metrics import answer_metrics, citations_valid
from workloads.retrain.regression_set import ITEMS


# -- saga ---------------------------------------------------------------------------------------
def _steps(log: list[str], fail: str | None = None, exc: type[BaseException] = RuntimeError):
    def do(name):
        def run():
            log.append(f"do {name}")
            if name == fail:
                raise exc(f"{name} broke")
        return run

    return [saga.Step(n, do(n), (lambda n=n: log.append(f"undo {n}")) if n != "check" else None) for n in ("a", "check", "b", "c")]


def test_saga_runs_every_step_in_order():
    log: list[str] = []
    assert saga.run(_steps(log)) == ["a", "check", "b", "c"]
    assert log == ["do a", "do check", "do b", "do c"]


def test_saga_undoes_the_failed_step_and_the_earlier_ones_newest_first():
    log: list[str] = []
    with pytest.raises(saga.SagaError) as err:
        saga.run(_steps(log, fail="b"))
    assert err.value.step == "b" and err.value.undone == ["b", "a"] and "b broke" in str(err.value)
    assert log == ["do a", "do check", "do b", "undo b", "undo a"]


def test_an_interrupt_rolls_back_and_stays_an_interrupt():
    log: list[str] = []
    with pytest.raises(KeyboardInterrupt) as err:
        saga.run(_steps(log, fail="c", exc=KeyboardInterrupt))
    assert log[-3:] == ["undo c", "undo b", "undo a"]
    assert "undone: c, b, a" in " ".join(err.value.__notes__)


def test_a_failing_undo_does_not_stop_the_others_and_is_reported():
    log: list[str] = []
    steps = _steps(log, fail="c")
    steps[2] = saga.Step("b", steps[2].do, lambda: (_ for _ in ()).throw(OSError("disk gone")))
    with pytest.raises(saga.SagaError) as err:
        saga.run(steps)
    assert err.value.undone == ["c", "a"] and err.value.undo_errors == ["b: disk gone"] and "UNDO FAILED" in str(err.value)


@pytest.mark.parametrize("exc", [ValueError, KeyError, OSError, TypeError, ZeroDivisionError])
@pytest.mark.parametrize("fail", ["a", "check", "b", "c"])
def test_any_exception_at_any_step_undoes_what_started_and_names_the_step(fail, exc):
    log: list[str] = []
    with pytest.raises(saga.SagaError) as err:
        saga.run(_steps(log, fail=fail, exc=exc))
    started = ["a", "check", "b", "c"][: ["a", "check", "b", "c"].index(fail) + 1]
    assert log[len(started):] == [f"undo {n}" for n in reversed(started) if n != "check"]
    assert err.value.step == fail and isinstance(err.value.cause, exc) and "\n" not in str(err.value)


class _Triton:
    def __init__(self, error: BaseException):
        self.error = error

    def unload(self, name: str) -> None:
        raise self.error


def test_removing_a_canary_tolerates_triton_errors_only(tmp_path):
    from workloads.promote.steps import remove_canary

    (tmp_path / "m_canary").mkdir()
    remove_canary(_Triton(RuntimeError("Triton unload m_canary: HTTP 400")), tmp_path, "m")  # never loaded
    remove_canary(_Triton(ConnectionError("refused")), tmp_path, "m")  # Triton gone (requests' errors are OSErrors)
    assert not (tmp_path / "m_canary").exists()
    with pytest.raises(TypeError):  # a bug is not swallowed
        remove_canary(_Triton(TypeError("unload() takes 1 argument")), tmp_path, "m")


# -- the embedder's gate ---------------------------------------------------------------------------
WIN, BASE = Metrics(0.9, 0.8, 72, 0.7), Metrics(0.5, 0.4, 72, 0.3)


def test_embedder_gate_refuses_the_regression_seen_on_the_demo():
    """hit@1 on general questions 0.91 -> 0.83 while the drifted queries improved a lot."""
    d = decide(WIN, BASE, 0.01, regression=(Metrics(0.98, 0.88, 40, 0.83), Metrics(1.0, 0.94, 40, 0.91)))
    assert not d.promote and "regression set: hit@1 fell 0.910 -> 0.830" in d.reason
    assert d.to_dict()["regression"]["challenger"]["hit_at_1"] == 0.83


def test_embedder_gate_lets_one_flipped_question_in_forty_through():
    d = decide(WIN, BASE, 0.01, regression=(Metrics(1.0, 0.95, 40, 0.925), Metrics(1.0, 0.97, 40, 0.95)))
    assert d.promote and "within 0.03" in d.reason


def test_embedder_gate_without_a_regression_set_is_the_old_gate():
    assert decide(WIN, BASE, 0.01).promote and not decide(BASE, WIN, 0.01).promote


# -- answer metrics and the generator's gate ---------------------------------------------------
def test_token_f1_is_the_squad_definition():
    assert token_f1("The cat sat.", "the cat sat") == 1.0
    assert token_f1("cat", "the cat sat") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert token_f1("dog", "cat") == 0.0 and token_f1("", "") == 1.0 and token_f1("", "cat") == 0.0
    assert token_f1("Use shutil.rmtree [1]", "Use shutil.rmtree [2]") == 1.0  # citations are scored separately


def test_citations_must_name_given_passages():
    assert citations_valid("yes [1][2]", 2) and not citations_valid("yes [3]", 2) and not citations_valid("yes", 2) and not citations_valid("[0]", 2)


def test_answer_metrics_count_gold_citations_and_guard_passes():
    m = answer_metrics(["A [1]", "B [3]", "mail ada@example.org [2]"], ["A [1]", "B [2]", "C [2]"], [2, 2, 2],
                       [frozenset({1}), frozenset({2}), frozenset({2})])
    assert m.citations_valid == pytest.approx(2 / 3, abs=1e-3) and m.cites_gold == pytest.approx(2 / 3, abs=1e-3)
    assert m.guard_pass_rate == pytest.approx(2 / 3, abs=1e-3)  # the e-mail address is PII
    with pytest.raises(ValueError):
        answer_metrics([], [], [])


def _am(f1, guard=1.0, cites=1.0):
    return AnswerMetrics(f1, cites, None, guard, 10)


@pytest.mark.parametrize("held,reg,promote,why", [
    ((_am(0.6), _am(0.3)), (_am(0.5), _am(0.5)), True, "held-out token F1 0.300 -> 0.600"),
    ((_am(0.31), _am(0.3)), (_am(0.5), _am(0.5)), False, "gain +0.0100 <= margin 0.02"),
    ((_am(0.6), _am(0.3)), (_am(0.4), _am(0.5)), False, "regression set token F1 fell 0.500 -> 0.400"),
    ((_am(0.6, guard=0.8), _am(0.3)), (_am(0.5), _am(0.5)), False, "held-out guard pass rate fell"),
    ((_am(0.6, cites=0.5), _am(0.3)), (_am(0.5), _am(0.5)), False, "held-out valid citations fell"),
    ((_am(0.6), _am(0.3)), (_am(0.48), _am(0.5)), True, "within 0.03"),
])
def test_generator_gate(held, reg, promote, why):
    d = decide_generator(held, reg)
    assert d.promote is promote and why in d.reason
    assert d.to_dict()["heldout"]["challenger"]["token_f1"] == held[0].token_f1


# -- examples from the lake ----------------------------------------------------------------------
CHUNKS = {"c1": ("docs/a.md", "Alpha runbook text."), "c2": ("docs/b.md", "Beta runbook text."), "c3": ("docs/c.md", "Gamma text.")}


def test_supervised_examples_rebuild_the_prompt_rag_sent(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.append("interactions", [
        interaction_event(request_id="r1", question="What is ALPHA?", answer="?", sources=["c2", "c1"], scan=clean),
        interaction_event(request_id="r2", question="What is BETA?", answer="?", sources=["c2"], scan=clean),
        interaction_event(request_id="r3", question="Gone?", answer="?", sources=["c1", "deleted-chunk"], scan=clean),
        interaction_event(request_id="r4", question="Source only", answer="?", sources=["c3"], scan=clean),
    ])
    lake.append("corrections", [
        correction_event(request_id="r1", corrected_answer="ALPHA: Alpha runbook text. [2]", author="t", scan=clean),
        correction_event(request_id="r2", corrected_answer="BETA [1]", author="t", scan=clean),
        correction_event(request_id="r3", corrected_answer="cannot be rebuilt [1]", author="t", scan=clean),
        correction_event(request_id="r4", source_id="c3", author="t", scan=clean),
        correction_event(request_id="unknown", corrected_answer="no interaction", author="t", scan=clean),
    ])
    examples, snap, skipped = supervised_examples(lake, CHUNKS)
    by = {e.request_id: e for e in examples}
    assert set(by) == {"r1", "r2"} and skipped == 1  # r3's chunk is gone; r4 has no answer; "unknown" joins nothing
    r1 = by["r1"]
    assert [(p.number, p.source) for p in r1.passages] == [(1, "docs/b.md"), (2, "docs/a.md")] and r1.gold == frozenset({2})
    # exactly the prompt rag sent: the same function, the passages in the order retrieved
    from workloads.rag.prompt import Passage, build_prompt

    assert r1.prompt == build_prompt("What is ALPHA?", [Passage(1, "docs/b.md", "Beta runbook text."), Passage(2, "docs/a.md", "Alpha runbook text.")])
    assert r1.prompt.index("[1] Beta runbook text.") < r1.prompt.index("[2] Alpha runbook text.") and r1.prompt.endswith("Question: What is ALPHA?")
    assert snap.corrections_version == lake.version("corrections") and snap.interactions_version == lake.version("interactions")


def test_heldout_split_is_deterministic_by_request():
    examples = [type("E", (), {"request_id": f"r{i}"})() for i in range(200)]
    train, held = split_heldout(examples)
    again_train, again_held = split_heldout(list(reversed(examples)))
    assert {e.request_id for e in held} == {e.request_id for e in again_held} and 20 <= len(held) <= 60
    assert not {e.request_id for e in train} & {e.request_id for e in held}


def test_the_regression_set_is_fixed_and_its_prompts_move_the_right_passage():
    assert len(ITEMS) == 40 and len({i.id for i in ITEMS}) == 40
    examples = regression_examples()
    assert {min(e.gold) for e in examples} == {1, 2, 3}, "the answering passage is not always [1]"
    for e, item in zip(examples, ITEMS):
        (n,) = e.gold
        assert item.passage in e.passages[n - 1].text and f"[{n}]" in e.answer
        assert e.question == item.question and len(e.passages) == 3

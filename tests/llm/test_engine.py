"""The generation engine in-process: the parts the served tests cannot see from outside."""

from __future__ import annotations

import json
import threading

import pytest

from workloads.llm.sampling import Guided, RequestError, SamplingParams


def test_streamed_text_holds_back_what_may_become_a_stop_string():
    # imported here, not at collection: workloads.llm.engine imports torch and transformers (~3 s),
    # which every `make test-fast` run (and every xdist worker) would pay for this one module
    from workloads.llm.engine import _first_stop, _stable_prefix

    assert _stable_prefix("Hello wor", ("world",)) == "Hello "
    assert _stable_prefix("Hello w", ("wx", "world")) == "Hello "
    assert _stable_prefix("Hello", ("\n\n",)) == "Hello"
    assert _stable_prefix("caf\ufffd", ()) == "caf"  # half a UTF-8 character is never sent
    assert _first_stop("a STOP b END", ("END", "STOP"), 0) == 2
    assert _first_stop("abc", ("x",), 0) is None


@pytest.fixture(scope="module")
def model():
    import torch

    from workloads.llm import smollm

    torch.manual_seed(0)
    return smollm.load()


@pytest.fixture(scope="module")
def engine(model):
    from workloads.llm.engine import Engine
    from workloads.llm.guided import Grammars

    tokenizer, lm = model
    engine = Engine(tokenizer, lm, max_num_seqs=4, prefill_chunk=16, grammars=Grammars(tokenizer, lm.config.vocab_size))
    yield engine
    engine.close()


@pytest.mark.slow
def test_batched_rows_compute_what_each_row_computes_alone(model):
    """Left padding, joining and dropping rows leave every row's logits as they are alone."""
    import torch

    from workloads.llm.batch_cache import BatchCache

    tokenizer, lm = model
    prompts = [tokenizer("Rivers flow to the sea because")["input_ids"], tokenizer("Two plus two is")["input_ids"]]
    layers = lm.config.num_hidden_layers

    def prefill(ids):
        cache = BatchCache(layers)
        out = lm(input_ids=torch.tensor([ids]), cache=cache, use_cache=True, logits_to_keep=1)
        cache.valid = torch.ones(1, len(ids), dtype=torch.bool)
        return cache, out.logits[0, -1]

    def step(cache, tokens, positions):
        out = lm(
            input_ids=torch.tensor([[t] for t in tokens]), position_ids=torch.tensor([[p] for p in positions]),
            attention_mask=cache.decode_mask(torch.float32), cache=cache, use_cache=True,
        )
        cache.grow_step()
        return out.logits[:, -1]

    with torch.inference_mode():
        alone = []
        for ids in prompts:
            cache, logits = prefill(ids)
            token = int(logits.argmax())
            alone.append(step(cache, [token], [len(ids)])[0])
        batch, first = prefill(prompts[0])
        other, second = prefill(prompts[1])
        batch.join(other)  # rows of different lengths: the shorter one is left-padded
        tokens = [int(first.argmax()), int(second.argmax())]
        together = step(batch, tokens, [len(p) for p in prompts])
        assert torch.allclose(together[0], alone[0], atol=1e-3) and torch.allclose(together[1], alone[1], atol=1e-3)
        batch.keep([1])  # the longer row leaves: its padding columns go with it
        assert batch.width == len(prompts[1]) + 1
        again = step(batch, [int(together[1].argmax())], [len(prompts[1]) + 1])
        cache, _ = prefill(prompts[1] + [tokens[1]])
        reference = step(cache, [int(together[1].argmax())], [len(prompts[1]) + 1])
        assert torch.allclose(again[0], reference[0], atol=1e-3)


@pytest.mark.slow
def test_greedy_engine_output_is_transformers_generate(engine, model):
    import torch

    tokenizer, lm = model
    text = "Name the largest planet of the solar system."
    ids = torch.tensor([engine.encode(text)])
    with torch.inference_mode():
        reference = lm.generate(ids, max_new_tokens=10, do_sample=False)
    expected = tokenizer.decode(reference[0, ids.shape[1]:], skip_special_tokens=True)
    result = engine.generate(text, SamplingParams(temperature=0.0, max_tokens=10))
    assert result.text == expected and result.output_tokens <= 10


@pytest.mark.slow
def test_concurrent_requests_share_steps_and_keep_their_own_output(engine):
    prompts = ["Say hello.", "Write the word blue.", "Count to three."]
    alone = [engine.generate(p, SamplingParams(temperature=0.8, seed=5, max_tokens=8)).text for p in prompts]
    steps, rows = engine.steps, engine.rows_stepped
    together: list = [None] * len(prompts)

    def run(i):
        together[i] = engine.generate(prompts[i], SamplingParams(temperature=0.8, seed=5, max_tokens=8)).text

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(prompts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone
    assert engine.rows_stepped - rows > engine.steps - steps  # some steps advanced several requests


@pytest.mark.slow
def test_stream_deltas_add_up_to_the_result_and_never_show_the_stop_string(engine):
    free = engine.generate("List the days of the week, one per line.", SamplingParams(temperature=0.0, max_tokens=24)).text
    stop = free.split("\n")[1] if "\n" in free else free[len(free) // 2 :]
    pieces: list[str] = []
    result = engine.generate("List the days of the week, one per line.", SamplingParams(temperature=0.0, max_tokens=24, stop=(stop,)), on_text=pieces.append)
    assert result.finish_reason == "stop" and result.text == free[: free.index(stop)]
    assert "".join(pieces) == result.text and stop not in "".join(pieces)


@pytest.mark.slow
def test_json_schema_output_is_valid_for_every_seed(engine):
    import jsonschema

    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "maxLength": 12}, "age": {"type": "integer", "minimum": 0, "maximum": 120}, "role": {"enum": ["admin", "user"]}},
        "required": ["name", "age", "role"],
        "additionalProperties": False,
    }
    outputs: dict[int, object] = {}

    def run(seed):
        outputs[seed] = engine.generate("Describe a user as JSON.", SamplingParams(temperature=1.0, seed=seed, max_tokens=96, guided=Guided("json", schema)))

    threads = [threading.Thread(target=run, args=(seed,)) for seed in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for seed, result in outputs.items():
        assert result.error is None, (seed, result.error)
        jsonschema.validate(json.loads(result.text), schema)


def test_a_non_schema_and_an_overlong_request_are_refused_before_queueing(engine):
    with pytest.raises(RequestError, match="not a valid JSON Schema: at type"):
        engine.submit("x", SamplingParams(guided=Guided("json", {"type": "objekt"})), lambda *a: None)
    with pytest.raises(RequestError, match=r"max_tokens = 9000 plus the prompt's \d+ tokens exceeds the model's context \(max_model_len\) of 8192"):
        engine.submit("x", SamplingParams(max_tokens=9000), lambda *a: None)
    with pytest.raises(RequestError, match=r"the prompt is \d+ tokens; the model's context \(max_model_len\) is 8192 tokens"):
        engine.submit("word " * 9000, SamplingParams(), lambda *a: None)


@pytest.mark.slow
def test_a_caller_that_fails_fails_alone(engine):
    """A response sender that raises (the client went away) ends its own request, not the batch."""
    calls: list[int] = []

    def broken(delta, tokens, result):
        calls.append(tokens)
        raise OSError("the client went away")

    engine.submit("Write a poem about rivers.", SamplingParams(temperature=0.0, max_tokens=12), broken, stream=True)
    survivor = engine.generate("Write a poem about lakes.", SamplingParams(temperature=0.0, max_tokens=12))
    assert survivor.error is None and survivor.output_tokens == 12
    assert len(calls) == 2  # the first streamed piece raised, then the final (error) response was attempted once

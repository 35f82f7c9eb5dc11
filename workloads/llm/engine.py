"""The generation engine behind the local generator: continuous batching on the CPU with transformers.

One background thread runs the model. Requests queue up; at every step the engine prefills (a
chunk of) the next waiting prompt and then advances every running sequence by one token in a
single batched forward pass, so a request that arrives mid-way joins the running batch at the
next step instead of waiting for it to finish (what vLLM calls continuous batching, here over
`BatchCache`). Per sequence: its own seeded random generator (the same seed gives the same
output whatever else is in the batch, up to float rounding), repetition penalty, the grammar
mask of structured output, temperature, top-k, top-p; stop strings are cut from the text, and
streamed text holds back what could still become a stop string or an incomplete character.
"""

from __future__ import annotations

import collections
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import torch

from workloads.llm.batch_cache import BatchCache
from workloads.llm.sampling import INCOMPLETE_STRUCTURED_OUTPUT, RequestError, SamplingParams

CHAT_START = "<|im_start|>"
"""SmolLM2's chat markup: a text_input that already starts with it is sent as is."""


def encode(tokenizer, text: str, prompt_format: str = "chat") -> list[int]:
    """The prompt's token ids: as the user turn of the chat template, or as is."""
    if prompt_format == "chat" and not text.lstrip().startswith(CHAT_START):
        encoded = tokenizer.apply_chat_template(
            [{"role": "user", "content": text}], add_generation_prompt=True, tokenize=True, return_dict=True
        )
        return list(encoded["input_ids"])
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


@dataclass
class Result:
    text: str
    finish_reason: str
    """"stop" (end of sequence, a stop string, or the grammar's end), "length" (max_tokens), "abort"."""
    prompt_tokens: int
    output_tokens: int
    error: str | None = None
    error_is_request: bool = False
    """True when the error is the request's fault (HTTP 400), False for a server fault."""


Emit = Callable[[str, int, "Result | None"], None]
"""emit(new_text, new_tokens, None) while streaming; emit(last_text, new_tokens, result) exactly
once at the end (new_tokens: output tokens since the previous emit)."""


@dataclass
class _Sequence:
    prompt_ids: list[int]
    params: SamplingParams
    emit: Emit
    stream: bool
    matcher: Any = None
    cancelled: Callable[[], bool] = lambda: False
    generated: list[int] = field(default_factory=list)
    text: str = ""
    emitted: int = 0
    tokens_emitted: int = 0
    generator: torch.Generator | None = None
    seen: torch.Tensor | None = None
    """bool[vocab]: tokens of the prompt or the output (repetition_penalty)."""
    counts: torch.Tensor | None = None
    """float[vocab]: how often each token was generated (presence and frequency penalties)."""
    done: bool = False

    @property
    def position(self) -> int:
        """Position id of the last token, the one the next step feeds to the model."""
        return len(self.prompt_ids) + len(self.generated) - 1


@dataclass
class _Prefill:
    seq: _Sequence
    cache: BatchCache
    done: int = 0


class Engine:
    def __init__(
        self,
        tokenizer,
        model,
        *,
        max_num_seqs: int = 8,
        max_model_len: int | None = None,
        prefill_chunk: int = 512,
        prompt_format: str = "chat",
        grammars=None,
    ) -> None:
        if prompt_format not in ("chat", "raw"):
            raise ValueError(f"prompt_format = {prompt_format!r}; allowed: chat, raw")
        self.tokenizer = tokenizer
        self.model = model
        self.max_num_seqs = max_num_seqs
        self.max_model_len = max_model_len or model.config.max_position_embeddings
        self.prefill_chunk = prefill_chunk
        self.prompt_format = prompt_format
        self.grammars = grammars
        self.vocab_size = model.config.vocab_size
        self.dtype = next(model.parameters()).dtype
        self.eos_ids = self._eos_ids()
        self._waiting: collections.deque[_Sequence] = collections.deque()
        self._active: list[_Sequence] = []
        self._prefills: list[_Prefill] = []
        self._cache = BatchCache(model.config.num_hidden_layers)
        self._cv = threading.Condition()
        self._closed = False
        self.steps = 0
        """Decode steps run, and the rows they carried (for batching statistics)."""
        self.rows_stepped = 0
        self._thread = threading.Thread(target=self._loop, name="loom-generator-engine", daemon=True)
        self._thread.start()

    # -- requests --------------------------------------------------------------------------
    def _eos_ids(self) -> frozenset[int]:
        ids = {self.tokenizer.eos_token_id}
        configured = getattr(getattr(self.model, "generation_config", None), "eos_token_id", None)
        ids.update(configured if isinstance(configured, (list, tuple)) else [configured])
        for token in ("<|endoftext|>", "<|im_end|>"):
            found = self.tokenizer.convert_tokens_to_ids(token)
            if isinstance(found, int) and found != self.tokenizer.unk_token_id:
                ids.add(found)
        return frozenset(i for i in ids if i is not None)

    def encode(self, text: str) -> list[int]:
        return encode(self.tokenizer, text, self.prompt_format)

    def check(self, prompt_ids: list[int], params: SamplingParams) -> None:
        """Reject what the context cannot hold (HTTP 400 naming the limit)."""
        limit = self.max_model_len
        if not prompt_ids:
            raise RequestError("text_input is empty; send the prompt as one non-empty string")
        if len(prompt_ids) >= limit:
            raise RequestError(
                f"the prompt is {len(prompt_ids)} tokens; the model's context (max_model_len) is {limit} tokens, "
                f"so a prompt may have at most {limit - 1}"
            )
        if len(prompt_ids) + params.max_tokens > limit:
            raise RequestError(
                f"sampling_parameters.max_tokens = {params.max_tokens} plus the prompt's {len(prompt_ids)} tokens exceeds "
                f"the model's context (max_model_len) of {limit} tokens; allowed: max_tokens <= {limit - len(prompt_ids)}"
            )

    def submit(
        self,
        text: str,
        params: SamplingParams,
        emit: Emit,
        *,
        stream: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Queue one request. Raises RequestError (before queueing) for a bad one."""
        prompt_ids = self.encode(text)
        self.check(prompt_ids, params)
        matcher = None
        if params.guided is not None:
            if self.grammars is None:
                raise RequestError("structured output (guided_decoding) is not available on this generator")
            matcher = self.grammars.matcher(self.grammars.compile(params.guided))
        seed = params.seed if params.seed is not None else secrets.randbits(63)
        seq = _Sequence(
            prompt_ids=prompt_ids,
            params=params,
            emit=emit,
            stream=stream,
            matcher=matcher,
            cancelled=cancelled or (lambda: False),
            generator=torch.Generator().manual_seed(seed % 2**64),
        )
        with self._cv:
            if self._closed:
                raise RuntimeError("the generator is shutting down")
            self._waiting.append(seq)
            self._cv.notify()

    def generate(self, text: str, params: SamplingParams, *, on_text: Callable[[str], None] | None = None) -> Result:
        """Blocking convenience for in-process callers (benchmarks, tests)."""
        done = threading.Event()
        box: list[Result] = []

        def emit(delta: str, _tokens: int, result: Result | None) -> None:
            if on_text and delta:
                on_text(delta)
            if result is not None:
                box.append(result)
                done.set()

        self.submit(text, params, emit, stream=on_text is not None)
        done.wait()
        return box[0]

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify()
        self._thread.join(timeout=30)

    # -- the loop --------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._closed and not self._waiting and not self._active and not self._prefills:
                    self._cv.wait()
                if self._closed:
                    break
                while self._waiting and len(self._active) + len(self._prefills) < self.max_num_seqs:
                    seq = self._waiting.popleft()
                    self._prefills.append(_Prefill(seq, BatchCache(self.model.config.num_hidden_layers)))
            try:
                with torch.inference_mode():
                    # a budget of prompt tokens per step (vLLM's max_num_batched_tokens): short prompts
                    # join together, a long one is prefilled a chunk per step between decode steps
                    budget = self.prefill_chunk
                    while self._prefills and budget > 0:
                        budget -= self._prefill_chunk(self._prefills[0], budget)
                    if self._active:
                        self._decode_step()
            except Exception as exc:  # noqa: BLE001  (a model failure fails its requests, not the server)
                involved = self._active + [p.seq for p in self._prefills]
                self._active, self._prefills = [], []
                self._cache = BatchCache(self.model.config.num_hidden_layers)
                for seq in involved:
                    self._fail(seq, f"generation failed: {exc.__class__.__name__}: {exc}")
        for seq in list(self._waiting) + self._active + [p.seq for p in self._prefills]:
            self._fail(seq, "the generator shut down before this request finished")

    def _prefill_chunk(self, p: _Prefill, budget: int) -> int:
        """Prefill up to `budget` more prompt tokens of `p`; return how many it took."""
        ids = p.seq.prompt_ids[p.done : p.done + budget]
        out = self.model(
            input_ids=torch.tensor([ids]),
            position_ids=torch.arange(p.done, p.done + len(ids))[None],
            cache=p.cache,
            use_cache=True,
            logits_to_keep=1,
        )
        p.done += len(ids)
        if p.done < len(p.seq.prompt_ids):
            return len(ids)
        self._prefills.remove(p)
        seq = p.seq
        p.cache.valid = torch.ones(1, len(seq.prompt_ids), dtype=torch.bool)
        seq.seen = torch.zeros(self.vocab_size, dtype=torch.bool)
        seq.seen[torch.tensor(seq.prompt_ids)] = True
        seq.counts = torch.zeros(self.vocab_size)
        self._advance_safely(seq, out.logits[0, -1], None)
        if not seq.done:
            self._cache.join(p.cache)
            self._active.append(seq)
        return len(ids)

    def _decode_step(self) -> None:
        rows = self._active
        out = self.model(
            input_ids=torch.tensor([[s.generated[-1]] for s in rows]),
            position_ids=torch.tensor([[s.position] for s in rows]),
            attention_mask=self._cache.decode_mask(self.dtype),
            cache=self._cache,
            use_cache=True,
        )
        self._cache.grow_step()
        self.steps += 1
        self.rows_stepped += len(rows)
        logits = out.logits[:, -1]
        greedy = logits.argmax(dim=-1).tolist()  # one batched argmax for the rows that need nothing else
        for i, seq in enumerate(rows):
            self._advance_safely(seq, logits[i], greedy[i] if _plain_greedy(seq) else None)
        keep = [i for i, s in enumerate(rows) if not s.done]
        if len(keep) < len(rows):
            self._cache.keep(keep)
            self._active = [rows[i] for i in keep]

    # -- one token of one sequence ---------------------------------------------------------
    def _advance_safely(self, seq: _Sequence, logits: torch.Tensor, greedy: int | None) -> None:
        """One sequence's failure (its grammar, its client) fails that sequence, not the batch."""
        try:
            self._advance(seq, logits, greedy)
        except Exception as exc:  # noqa: BLE001  (one request's failure is reported to that request)
            self._fail(seq, f"generation failed: {exc.__class__.__name__}: {exc}")

    def _advance(self, seq: _Sequence, logits: torch.Tensor, greedy: int | None) -> None:
        if seq.cancelled():
            self._finish(seq, "abort", error="the request was cancelled")
            return
        token = greedy if greedy is not None else self._sample(seq, logits)
        if token in self.eos_ids:
            self._finish(seq, "stop")
            return
        seq.generated.append(token)
        assert seq.seen is not None and seq.counts is not None  # set when the sequence was admitted
        seq.seen[token] = True
        seq.counts[token] += 1
        if seq.matcher is not None:
            seq.matcher.accept(token)
        text = self.tokenizer.decode(seq.generated, skip_special_tokens=True, clean_up_tokenization_spaces=False)
        cut = _first_stop(text, seq.params.stop, max(0, seq.emitted - max((len(s) for s in seq.params.stop), default=0)))
        if cut is not None:
            seq.text = text[:cut]
            self._finish(seq, "stop")
            return
        seq.text = text
        if seq.matcher is not None and seq.matcher.stopped:
            self._finish(seq, "stop")
            return
        if len(seq.generated) >= seq.params.max_tokens:
            if seq.matcher is not None and not seq.matcher.accepting:
                self._finish(
                    seq,
                    "length",
                    error=(
                        f"{INCOMPLETE_STRUCTURED_OUTPUT}: max_tokens = {seq.params.max_tokens} was reached before the output "
                        "matched the schema; raise max_tokens or bound the schema (maxLength, maxItems)"
                    ),
                    request_fault=True,
                )
                return
            self._finish(seq, "length")
            return
        if seq.stream:
            stable = _stable_prefix(text, seq.params.stop)
            if len(stable) > seq.emitted:
                delta, tokens = stable[seq.emitted :], len(seq.generated) - seq.tokens_emitted
                seq.emitted, seq.tokens_emitted = len(stable), len(seq.generated)
                seq.emit(delta, tokens, None)

    def _sample(self, seq: _Sequence, logits: torch.Tensor) -> int:
        params = seq.params
        assert seq.seen is not None and seq.counts is not None  # set when the sequence was admitted
        logits = logits.float().clone()
        if params.repetition_penalty != 1.0:
            seen = logits[seq.seen]
            logits[seq.seen] = torch.where(seen > 0, seen / params.repetition_penalty, seen * params.repetition_penalty)
        if params.frequency_penalty or params.presence_penalty:
            logits -= params.frequency_penalty * seq.counts + params.presence_penalty * (seq.counts > 0)
        if seq.matcher is not None:
            allowed = torch.from_numpy(seq.matcher.allowed())
            logits[: allowed.shape[0]][~allowed] = float("-inf")
            logits[allowed.shape[0] :] = float("-inf")
        if params.greedy:
            return int(torch.argmax(logits))
        logits /= params.temperature
        if 0 < params.top_k < logits.shape[0]:
            kth = torch.topk(logits, params.top_k).values[-1]
            logits[logits < kth] = float("-inf")
        if params.top_p < 1.0:
            ordered, index = torch.sort(logits, descending=True)
            probs = torch.softmax(ordered, dim=-1)
            drop = torch.cumsum(probs, dim=-1) - probs > params.top_p  # keep the smallest set reaching top_p
            ordered[drop] = float("-inf")
            logits = torch.full_like(logits, float("-inf")).scatter(0, index, ordered)
        probs = torch.softmax(logits, dim=-1)
        return int(torch.multinomial(probs, 1, generator=seq.generator))

    def _finish(self, seq: _Sequence, reason: str, *, error: str | None = None, request_fault: bool = False) -> None:
        seq.done = True
        rest = seq.text[seq.emitted :] if error is None else ""
        seq.emitted = len(seq.text)
        result = Result(
            text=seq.text,
            finish_reason=reason,
            prompt_tokens=len(seq.prompt_ids),
            output_tokens=len(seq.generated),
            error=error,
            error_is_request=request_fault,
        )
        tokens, seq.tokens_emitted = len(seq.generated) - seq.tokens_emitted, len(seq.generated)
        try:
            seq.emit(rest, tokens, result)
        except Exception:  # noqa: BLE001  (the caller is gone; nothing else to tell it)
            pass

    def _fail(self, seq: _Sequence, message: str) -> None:
        if not seq.done:
            self._finish(seq, "abort", error=message)


def _plain_greedy(seq: _Sequence) -> bool:
    p = seq.params
    return p.greedy and seq.matcher is None and p.repetition_penalty == 1.0 and not p.presence_penalty and not p.frequency_penalty


def _first_stop(text: str, stops: tuple[str, ...], start: int) -> int | None:
    found = [i for i in (text.find(s, start) for s in stops) if i >= 0]
    return min(found) if found else None


def _stable_prefix(text: str, stops: tuple[str, ...]) -> str:
    """What can be streamed now: no trailing half character, nothing that may begin a stop string."""
    text = text.rstrip("\ufffd")
    hold = 0
    for stop in stops:
        for n in range(min(len(stop) - 1, len(text)), 0, -1):
            if text.endswith(stop[:n]):
                hold = max(hold, n)
                break
    return text[: len(text) - hold]

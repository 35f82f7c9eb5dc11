"""Structured output by constrained decoding: llguidance masks every token the grammar forbids.

Why llguidance (bench/structured.py, docs/dependencies.md): of the four maintained libraries of
the kind vLLM uses, it was the only one that accepted every token of valid documents under Loom's
own output schemas and compiled them fast (xgrammar reads `pattern: "^/"` as the whole string
"/"; outlines-core needs ~45 s to compile a bounded schema; lm-format-enforcer refused tokens
such as `)",` and cannot combine `pattern` with `maxLength`), it compiles a schema in under a
millisecond, computes a mask in ~0.06 ms (a model step takes 80-300 ms), and it is 8 MB with no
dependencies (xgrammar pulls in 1 GB of GPU compiler).

JSON is written with fixed separators (", " and ": ") and no free whitespace: a small model
left free to emit whitespace can emit it forever. A schema is checked against its own
metaschema first, so a request with something that is not a JSON Schema gets a 400 that says
where, not a grammar error.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

from workloads.llm.sampling import Guided, RequestError

if TYPE_CHECKING:
    from llguidance._lib import JsonCompileOptions  # the TypedDict is declared only in the stub of its native module

JSON_OPTIONS: JsonCompileOptions = {"whitespace_flexible": False, "item_separator": ", ", "key_separator": ": "}


def check_json_schema(schema: Any, where: str = "guided_decoding.json") -> None:
    """Raise RequestError unless `schema` is a valid JSON Schema (by the draft it declares)."""
    import jsonschema

    if isinstance(schema, bool):
        return
    if not isinstance(schema, dict):
        raise RequestError(f"{where} must be a JSON Schema object, got {type(schema).__name__}")
    try:
        validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        at = "/".join(str(p) for p in exc.absolute_path) or "(root)"
        raise RequestError(f"{where} is not a valid JSON Schema: at {at}: {exc.message}") from None


class Grammars:
    """Compiles guided-decoding requests for one tokenizer; caches the last `size` grammars
    (prompt suites send the same schema many times)."""

    def __init__(self, hf_tokenizer, vocab_size: int, *, size: int = 64) -> None:
        import llguidance
        import llguidance.hf

        self._ll = llguidance
        self.tokenizer = llguidance.hf.from_tokenizer(hf_tokenizer, n_vocab=vocab_size)
        self.vocab_size = vocab_size
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def _grammar(self, guided: Guided) -> str:
        matcher = self._ll.LLMatcher
        if guided.kind == "json":
            check_json_schema(guided.spec)
            return matcher.grammar_from_json_schema(guided.spec, defaults=JSON_OPTIONS.copy())
        if guided.kind == "json_object":
            return matcher.grammar_from_json_schema({"type": "object"}, defaults=JSON_OPTIONS.copy())
        if guided.kind == "regex":
            return matcher.grammar_from_regex(guided.spec)
        # choice: exactly one of the strings (a Lark grammar of string literals)
        return matcher.grammar_from_lark("start: " + " | ".join(json.dumps(c) for c in guided.spec))

    def compile(self, guided: Guided) -> str:
        """The checked grammar for a request; RequestError (a 400) when it cannot be enforced."""
        key = json.dumps([guided.kind, guided.spec], sort_keys=True)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        try:
            grammar = self._grammar(guided)
        except ValueError as exc:
            if isinstance(exc, RequestError):
                raise
            raise RequestError(f"guided_decoding.{guided.kind}: {exc}") from None
        error = self._ll.LLMatcher.validate_grammar(grammar, self.tokenizer)
        if error:
            raise RequestError(f"guided_decoding.{guided.kind} cannot be enforced by constrained decoding: {error.strip()[:300]}")
        with self._lock:
            self._cache[key] = grammar
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return grammar

    def matcher(self, grammar: str) -> "Matcher":
        return Matcher(self._ll.LLMatcher(self.tokenizer, grammar), self.vocab_size)


class Matcher:
    """One request's position in its grammar: which tokens may come next."""

    def __init__(self, matcher, vocab_size: int) -> None:
        self._m = matcher
        self._words = np.zeros((vocab_size + 31) // 32, dtype=np.int32)
        self.vocab_size = vocab_size

    def allowed(self) -> np.ndarray:
        """bool[vocab]: True where the token keeps the output inside the grammar."""
        self._m.unsafe_compute_mask_ptr(self._words.ctypes.data, self._words.nbytes)
        return np.unpackbits(self._words.view(np.uint8), bitorder="little")[: self.vocab_size].astype(bool)

    def accept(self, token: int) -> None:
        if not self._m.consume_token(token):
            raise RuntimeError(f"constrained decoding: token {token} was refused after masking: {self._m.get_error()}")

    @property
    def accepting(self) -> bool:
        """The output so far is a complete match (the document may end here)."""
        return self._m.is_accepting()

    @property
    def stopped(self) -> bool:
        """Nothing but the end may follow."""
        return self._m.is_stopped()

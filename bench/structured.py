"""Which constrained-decoding library the generator uses: measured, side by side, in one run.

The four maintained libraries of the kind vLLM uses (xgrammar, llguidance, outlines-core,
lm-format-enforcer) each get SmolLM2's tokenizer and the JSON schemas Loom really sends (the
output schemas of prompts/assist-*/prompt.yaml plus a small record schema). Per library:
  - setup: building its view of the 49,152-token vocabulary, once per process;
  - compile: turning one schema into a matcher, cold (median over the schemas);
  - mask: computing the allowed-token mask before each token of a valid document, and accepting
    the token (median and p95 over every token of every document): this runs once per
    generated token, so it is what a constrained request pays on top of the model;
  - correct: every token of each valid document was allowed, and the end was accepted;
  - rejects a non-schema: `{"type": "objekt"}` fails at compile time.
Libraries that are not installed are reported as such (the generator's is; the others install
from PyPI: `pip install xgrammar==0.2.9 llguidance==1.9.1 outlines-core==0.2.14
lm-format-enforcer==0.11.3`, ideally into a scratch virtualenv).
Usage: .venv/bin/python bench/structured.py [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

RECORD = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 40},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 4},
        "role": {"enum": ["admin", "user", "guest"]},
    },
    "required": ["name", "age", "role"],
    "additionalProperties": False,
}
DOCUMENTS = {
    "record": {"name": "Ada Lovelace", "age": 36, "tags": ["math", "engines"], "role": "admin"},
    "assist-tests": {
        "summary": "1 function(s) changed in 1 file(s) (+5/-0 lines)",
        "tests": [
            {"name": "test_parse_window_returns_expected_result", "target": "workloads/drift/window.py::parse_window", "checks": "typical values"},
            {"name": "test_parse_window_raises_valueerror", "target": "workloads/drift/window.py::parse_window", "checks": "raises ValueError on an empty window"},
        ],
    },
    "assist-refactor": {
        "summary": "1 function(s) changed; 1 structural suggestion(s)",
        "suggestions": [{"file": "svc/app.py", "concern": "handle takes 7 parameters", "proposal": "group them into a dataclass"}],
    },
    "assist-contract": {
        "title": "Orders 1.2.0",
        "operations": [
            {"method": "GET", "path": "/orders", "summary": "List orders", "errors": ["401: not authenticated"]},
            {"method": "DELETE", "path": "/orders/{id}", "summary": "Cancel an order", "errors": []},
        ],
    },
}
NOT_A_SCHEMA = {"type": "objekt"}
SEPARATORS = (", ", ": ")
"""The generator's JSON layout (workloads/llm/guided.py): fixed separators, no free whitespace."""


def schemas() -> dict[str, dict[str, Any]]:
    out = {"record": RECORD}
    for name in ("assist-tests", "assist-refactor", "assist-contract"):
        out[name] = yaml.safe_load((REPO / "prompts" / name / "prompt.yaml").read_text())["output_schema"]
    return out


# -- one adapter per library: setup(tokenizer) -> ctx; compile(ctx, schema) -> grammar;
#    start(ctx, grammar) -> matcher; allowed(ctx, matcher) -> bool[V]; accept(ctx, matcher, token);
#    done(ctx, matcher) -> bool (the document may end here)
def _bits(words: np.ndarray, vocab: int) -> np.ndarray:
    return np.unpackbits(words.view(np.uint8), bitorder="little")[:vocab].astype(bool)


def xgrammar_adapter() -> dict[str, Callable]:
    import xgrammar as xgr

    def setup(tok, vocab):
        info = xgr.TokenizerInfo.from_huggingface(tok, vocab_size=vocab)
        return {"compiler": xgr.GrammarCompiler(info, cache_enabled=False), "vocab": vocab, "mask": xgr.allocate_token_bitmask(1, vocab)}

    def allowed(ctx, m):
        m.fill_next_token_bitmask(ctx["mask"])
        return _bits(ctx["mask"][0].numpy(), ctx["vocab"])

    return {
        "setup": setup,
        "compile": lambda ctx, s: ctx["compiler"].compile_json_schema(json.dumps(s), any_whitespace=False, separators=SEPARATORS),
        "start": lambda ctx, g: xgr.GrammarMatcher(g),
        "allowed": allowed,
        "accept": lambda ctx, m, t: m.accept_token(t),
        "done": lambda ctx, m, eos: m.accept_token(eos) and m.is_terminated(),
    }


def llguidance_adapter() -> dict[str, Callable]:
    import llguidance
    import llguidance.hf

    def setup(tok, vocab):
        return {"tok": llguidance.hf.from_tokenizer(tok, n_vocab=vocab), "vocab": vocab, "mask": np.zeros((vocab + 31) // 32, dtype=np.int32)}

    def compile_(ctx, schema):
        grammar = llguidance.LLMatcher.grammar_from_json_schema(
            schema, defaults={"whitespace_flexible": False, "item_separator": SEPARATORS[0], "key_separator": SEPARATORS[1]}
        )
        error = llguidance.LLMatcher.validate_grammar(grammar, ctx["tok"])
        if error:
            raise ValueError(error)
        return grammar

    def allowed(ctx, m):
        m.unsafe_compute_mask_ptr(ctx["mask"].ctypes.data, ctx["mask"].nbytes)
        return _bits(ctx["mask"], ctx["vocab"])

    return {
        "setup": setup,
        "compile": compile_,
        "start": lambda ctx, g: llguidance.LLMatcher(ctx["tok"], g),
        "allowed": allowed,
        "accept": lambda ctx, m, t: m.consume_token(t),
        "done": lambda ctx, m, eos: m.is_accepting() and m.consume_token(eos),
    }


def _byte_level_strings(tok, vocab: int) -> dict[int, bytes]:
    """Each token's bytes (GPT-2 byte-level BPE: every byte is one printable character)."""
    table = {c: b for b, c in _bytes_to_unicode().items()}
    out = {}
    special = set(tok.all_special_ids)
    for piece, index in tok.get_vocab().items():
        if index < vocab and index not in special:
            try:
                out[index] = bytes(table[c] for c in piece)
            except KeyError:
                continue
    return out


def _bytes_to_unicode() -> dict[int, str]:
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


def outlines_core_adapter() -> dict[str, Callable]:
    from outlines_core import Guide, Index, Vocabulary
    from outlines_core.json_schema import build_regex_from_schema

    def setup(tok, vocab):
        pieces: dict[bytes, list[int]] = {}
        for index, raw in _byte_level_strings(tok, vocab).items():
            pieces.setdefault(raw, []).append(index)
        return {"vocabulary": Vocabulary(tok.eos_token_id, pieces), "vocab": vocab, "mask": np.zeros((vocab + 31) // 32, dtype=np.int32)}

    def allowed(ctx, guide):
        guide.write_mask_into(ctx["mask"].ctypes.data, ctx["mask"].size, 4)
        return _bits(ctx["mask"], ctx["vocab"])

    return {
        "setup": setup,
        # the regex allows an optional single space where the others place a fixed separator
        "compile": lambda ctx, s: Index(build_regex_from_schema(json.dumps(s), whitespace_pattern=r"[ ]?"), ctx["vocabulary"]),
        "start": lambda ctx, index: Guide(index),
        "allowed": allowed,
        "accept": lambda ctx, g, t: g.advance(t, return_tokens=False) or True,
        "done": lambda ctx, g, eos: g.is_finished() or eos in g.get_tokens(),
    }


def lm_format_enforcer_adapter() -> dict[str, Callable]:
    from lmformatenforcer import JsonSchemaParser, TokenEnforcer, TokenEnforcerTokenizerData

    # its transformers integration does not import under transformers 5 (it imports
    # transformers.tokenization_utils.PreTrainedTokenizerBase); build the same data by hand
    def setup(tok, vocab):
        zero = tok.encode("0")[-1]
        special = set(tok.all_special_ids)
        regular = []
        for index in range(vocab):
            if index in special:
                continue
            after_zero = tok.decode([zero, index])[1:]
            regular.append((index, after_zero, len(after_zero) > len(tok.decode([index]))))
        data = TokenEnforcerTokenizerData(regular, lambda ids: tok.decode(ids).rstrip("\ufffd"), tok.eos_token_id, False, vocab)
        return {"data": data, "vocab": vocab}

    def compile_(ctx, schema):
        import jsonschema

        jsonschema.Draft202012Validator.check_schema(schema)  # it does not validate schemas itself
        return JsonSchemaParser(schema)

    def allowed(ctx, state):
        mask = np.zeros(ctx["vocab"], dtype=bool)
        mask[state["enforcer"].get_allowed_tokens(state["sequence"]).allowed_tokens] = True
        return mask

    return {
        "setup": setup,
        "compile": compile_,
        "start": lambda ctx, parser: {"enforcer": TokenEnforcer(ctx["data"], parser), "sequence": [1]},
        "allowed": allowed,
        "accept": lambda ctx, state, t: state["sequence"].append(t) or True,
        "done": lambda ctx, state, eos: bool(allowed(ctx, state)[eos]),
    }


LIBRARIES = {
    "xgrammar": ("xgrammar", xgrammar_adapter),
    "llguidance": ("llguidance", llguidance_adapter),
    "outlines-core": ("outlines_core", outlines_core_adapter),
    "lm-format-enforcer": ("lmformatenforcer", lm_format_enforcer_adapter),
}


def _installed_mb(module: str) -> float | None:
    """On-disk size of the package and of the third-party packages it pulls in."""
    from importlib import metadata

    dist_names = {"xgrammar": "xgrammar", "llguidance": "llguidance", "outlines_core": "outlines-core", "lmformatenforcer": "lm-format-enforcer"}
    seen: set[str] = set()
    total = 0
    todo = [dist_names[module]]
    baseline = {"numpy", "torch", "transformers", "pydantic", "typing-extensions", "pyyaml", "packaging"}
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen or key in baseline:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        total += sum((dist.locate_file(f).stat().st_size for f in dist.files or [] if dist.locate_file(f).is_file()))
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            todo.append(req.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].split("!")[0].split("~")[0].strip())
    return round(total / 1e6, 1)


def measure(name: str, adapter: dict[str, Callable], tok, vocab: int) -> dict[str, Any]:
    started = time.perf_counter()
    ctx = adapter["setup"](tok, vocab)
    setup_s = time.perf_counter() - started
    compile_ms, mask_ms, problems = [], [], []
    for schema_name, schema in schemas().items():
        started = time.perf_counter()
        try:
            grammar = adapter["compile"](ctx, schema)
        except Exception as exc:  # noqa: BLE001  (a valid schema it cannot compile is a finding)
            problems.append(f"{schema_name}: compile failed: {exc.__class__.__name__}: {str(exc)[:160]}")
            continue
        compile_ms.append((time.perf_counter() - started) * 1000)
        text = json.dumps(DOCUMENTS[schema_name], separators=SEPARATORS)
        matcher = adapter["start"](ctx, grammar)
        for position, token in enumerate(tok.encode(text, add_special_tokens=False)):
            started = time.perf_counter()
            allowed = adapter["allowed"](ctx, matcher)
            ok = bool(allowed[token]) and adapter["accept"](ctx, matcher, token) is not False
            mask_ms.append((time.perf_counter() - started) * 1000)
            if not ok:
                problems.append(f"{schema_name}: token {position} ({tok.decode([token])!r}) refused")
                break
        else:
            if not adapter["done"](ctx, matcher, tok.eos_token_id):
                problems.append(f"{schema_name}: the complete document was not accepted as finished")
    try:
        adapter["compile"](ctx, NOT_A_SCHEMA)
        rejects = False
    except Exception:  # noqa: BLE001  (any error at compile time is a rejection)
        rejects = True
    return {
        "setup_s": round(setup_s, 2),
        "compile_ms_median": round(statistics.median(compile_ms), 1),
        "compile_ms_max": round(max(compile_ms), 1),
        "mask_ms_median": round(statistics.median(mask_ms), 3),
        "mask_ms_p95": round(float(np.percentile(mask_ms, 95)), 3),
        "tokens": len(mask_ms),
        "correct": not problems,
        "problems": problems,
        "rejects_non_schema": rejects,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from workloads.llm import smollm

    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(smollm.ensure_checkpoint())
    vocab = 49152
    results: dict[str, Any] = {}
    for name, (module, make) in LIBRARIES.items():
        if importlib.util.find_spec(module) is None:
            results[name] = {"installed": False}
            continue
        try:
            results[name] = {"installed": True, "installed_mb": _installed_mb(module), **measure(name, make(), tok, vocab)}
        except Exception as exc:  # noqa: BLE001  (a library that fails here is a result too)
            results[name] = {"installed": True, "error": f"{exc.__class__.__name__}: {exc}"[:300]}
        print(f"measured {name}", file=sys.stderr)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'library':20} {'MB':>7} {'setup s':>8} {'compile ms':>11} {'mask ms p50':>12} {'p95':>8} {'correct':>8} {'rejects bad':>11}")
    for name, r in results.items():
        if not r.get("installed"):
            print(f"{name:20} not installed")
        elif "error" in r:
            print(f"{name:20} error: {r['error']}")
        else:
            print(f"{name:20} {r['installed_mb']:7.1f} {r['setup_s']:8.2f} {r['compile_ms_median']:11.1f} {r['mask_ms_median']:12.3f} "
                  f"{r['mask_ms_p95']:8.3f} {str(r['correct']):>8} {str(r['rejects_non_schema']):>11}")
            for problem in r["problems"]:
                print(f"    {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

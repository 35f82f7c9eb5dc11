"""In-process generation with the local model, as the loop trains and evaluates it.

`chat_text` is the one place that turns a generator request's `text_input` into the model's chat
format (one user turn, then the assistant's turn opened): fine-tuning trains on exactly this
text followed by the answer and the end-of-turn token, and evaluation generates from it, so a
served generator that formats `text_input` the same way serves what was trained and measured.

Evaluation decodes greedily (deterministic, what a canary is compared on) in left-padded
batches: on two CPU cores, eight prompts of ~250 tokens decode in about the time of two alone.
Decoding stops at the first citation that closes a sentence (`STOP`): rag's answers are one
sentence ending with its citation (the shape its constrained decoding enforces), so what a small
model rambles on after that is never served and should neither be scored nor paid for.
"""

from __future__ import annotations

from typing import Any, Sequence

STOP = ("].", "]\n")


def chat_text(tokenizer: Any, text_input: str) -> str:
    return tokenizer.apply_chat_template([{"role": "user", "content": text_input}], add_generation_prompt=True, tokenize=False)


def generate(tokenizer: Any, model: Any, prompts: Sequence[str], *, max_new_tokens: int = 64, batch_size: int = 8,
             stop: Sequence[str] = STOP) -> list[str]:
    """Greedy answers to `prompts` (each a `text_input`), in order, each cut after the first `stop`."""
    import torch

    texts = [chat_text(tokenizer, p) for p in prompts]
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
    out: list[str] = [""] * len(texts)
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    try:
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = tokenizer([texts[i] for i in idx], return_tensors="pt", padding=True, add_special_tokens=False)
            with torch.inference_mode():
                ids = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=tokenizer.pad_token_id,
                                     stop_strings=list(stop) or None, tokenizer=tokenizer)
            for i, row in zip(idx, ids[:, batch["input_ids"].shape[1] :]):
                out[i] = _cut(tokenizer.decode(row, skip_special_tokens=True), stop)
    finally:
        tokenizer.padding_side = side
    return out


def _cut(text: str, stop: Sequence[str]) -> str:
    """The text up to and including its first stop string (the batch may have decoded past it)."""
    ends = [text.find(s) + len(s) for s in stop if s in text]
    return (text[: min(ends)] if ends else text).strip()

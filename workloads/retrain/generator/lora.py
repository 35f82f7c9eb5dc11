"""LoRA fine-tuning of the generator with peft, on CPU locally and on a GPU in clusters.

Supervised fine-tuning on (prompt, answer) pairs in the chat format the generator serves
(workloads.llm.generate.chat_text): the loss counts only the answer's tokens and the
end-of-turn token after it, so the model learns what to answer and when to stop, not to
reproduce prompts. A plain torch loop (as for the embedder): transformers' Trainer would bring
`datasets` and `accelerate` for a loop of a few lines.

The adapter starts from the current champion's when it has one (the champion keeps learning),
else fresh on the base model. Only the adapter is saved (`adapter_model.safetensors` +
`adapter_config.json`, ~1.8 MB at r=8): the base is the packaged model everywhere.
"""

from __future__ import annotations

import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence


@dataclass(frozen=True)
class LoraTrainConfig:
    r: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
    top_layers: int | None = 8
    """Adapt only the last N decoder layers (None: all). Backpropagation then stops at the
    lowest adapted layer, so a step costs about half of all-layer LoRA on CPU; adapting every
    linear module of those layers (not only q/v) keeps the capacity to learn in a few steps
    (measured: q/v of the top 8 layers barely moved the loss in 6 steps, all linear ones did)."""
    learning_rate: float = 1e-3
    batch_size: int = 4
    epochs: int = 3
    max_steps: int = 24
    """Hard cap on optimizer steps (a step of 4 examples of ~250 tokens is 2-10 s on two busy cores)."""
    max_tokens: int = 1024
    """Longest prompt + answer trained on; longer examples are cut from the left of the prompt."""
    seed: int = 13

    def to_params(self) -> dict[str, str]:
        return {f"lora.{k}": ",".join(v) if isinstance(v, tuple) else str(v) for k, v in asdict(self).items()}


@dataclass
class LoraTrainResult:
    steps: int
    losses: list[float] = field(default_factory=list)
    seconds: float = 0.0
    examples: int = 0

    @property
    def final_loss(self) -> float:
        return self.losses[-1] if self.losses else float("nan")

    @property
    def first_loss(self) -> float:
        return self.losses[0] if self.losses else float("nan")


def _encode(tokenizer, prompt: str, answer: str, max_tokens: int) -> tuple[list[int], list[int]]:
    from workloads.llm.generate import chat_text

    p = tokenizer(chat_text(tokenizer, prompt), add_special_tokens=False)["input_ids"]
    a = tokenizer(answer.strip() + tokenizer.eos_token, add_special_tokens=False)["input_ids"]
    p = p[-max(1, max_tokens - len(a)) :]
    return p + a, [-100] * len(p) + a


def batch_tensors(tokenizer, encoded: Sequence[tuple[list[int], list[int]]]):
    """(input ids, attention mask, labels) of right-padded examples; padding is ignored by the loss."""
    import torch

    width = max(len(ids) for ids, _ in encoded)
    ids = torch.full((len(encoded), width), tokenizer.pad_token_id, dtype=torch.long)
    labels = torch.full((len(encoded), width), -100, dtype=torch.long)
    mask = torch.zeros((len(encoded), width), dtype=torch.long)
    for row, (x, y) in enumerate(encoded):
        ids[row, : len(x)], labels[row, : len(y)], mask[row, : len(x)] = torch.tensor(x), torch.tensor(y), 1
    return ids, mask, labels


def reference_loss(tokenizer, model, examples: Sequence[tuple[str, str]], *, max_tokens: int = 1024, batch_size: int = 4) -> float:
    """Mean negative log-likelihood per answer token of the references (teacher forcing): how
    likely the model finds the answers it should give. Deterministic, so a small fine-tune's
    effect on held-out examples is measurable even where greedy answers barely move."""
    import torch

    total, tokens = 0.0, 0
    encoded = [_encode(tokenizer, p, a, max_tokens) for p, a in examples]
    with torch.inference_mode():
        for start in range(0, len(encoded), batch_size):
            ids, mask, labels = batch_tensors(tokenizer, encoded[start : start + batch_size])
            logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1]
            target = labels[:, 1:]
            nll = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(), target.reshape(-1), ignore_index=-100, reduction="sum")
            total += float(nll)
            tokens += int((target != -100).sum())
    return total / max(1, tokens)


def fine_tune_lora(
    examples: Sequence[tuple[str, str]],
    out_dir: str | Path,
    *,
    start_adapter: str | Path | None = None,
    config: LoraTrainConfig = LoraTrainConfig(),
    device: str | None = None,
    on_step: Callable[[int, float], None] = lambda _s, _l: None,
) -> LoraTrainResult:
    """Train an adapter on (prompt, answer) pairs; save it to `out_dir`."""
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from workloads.llm import smollm

    if len(examples) < 2:
        raise ValueError(f"need at least 2 (prompt, answer) examples to fine-tune; got {len(examples)}")
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    path = smollm.ensure_checkpoint()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).to(device)
    if start_adapter is not None:
        model = PeftModel.from_pretrained(model, str(start_adapter), is_trainable=True)
    else:
        layers = model.config.num_hidden_layers
        top = list(range(max(0, layers - config.top_layers), layers)) if config.top_layers else None
        model = get_peft_model(model, LoraConfig(r=config.r, lora_alpha=config.alpha, lora_dropout=config.dropout,
                                                 target_modules=list(config.target_modules), layers_to_transform=top, task_type="CAUSAL_LM"))
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.learning_rate)
    encoded = [_encode(tokenizer, p, a, config.max_tokens) for p, a in examples]
    result = LoraTrainResult(0, examples=len(encoded))
    started = time.perf_counter()
    model.train()
    for _ in range(config.epochs):
        rng.shuffle(encoded)
        for start in range(0, len(encoded), config.batch_size):
            ids, mask, labels = batch_tensors(tokenizer, encoded[start : start + config.batch_size])
            loss = model(input_ids=ids.to(device), attention_mask=mask.to(device), labels=labels.to(device)).loss
            opt.zero_grad()
            loss.backward()
            opt.step()
            result.steps += 1
            result.losses.append(round(float(loss.detach()), 5))
            on_step(result.steps, result.losses[-1])
            if result.steps >= config.max_steps:
                break
        if result.steps >= config.max_steps:
            break
    model.eval()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir))
    result.seconds = round(time.perf_counter() - started, 2)
    return result

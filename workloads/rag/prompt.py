"""The grounded-answer prompt the rag model sends to the generator, and the shape of its answer.

One format for every environment. Passages are numbered [1]..[k] and carry only their text: the
source path means nothing to the model, and SmolLM2 copied "source: docs/x.md" lines into its
answers instead of answering (measured). The answer's shape is enforced by constrained decoding
(`answer_pattern`, sent as vLLM's `guided_decoding.regex`): one sentence ending with a citation
of a passage that exists, or exactly "I don't know." Which passage is cited,
and what the sentences say, is the model's choice; workloads/rag/citations.py checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

INSTRUCTIONS = (
    "Answer the question using only the numbered sources above, and cite every claim as [n].\n"
    "If the sources do not contain the answer, say that you do not know."
)

ABSTAIN = "I don't know."
"""The one answer without a citation the pattern allows."""

SENTENCE_CHARS = 200
SENTENCES = 1
"""One cited sentence: a second one was nearly always a copy of another passage's first line."""


@dataclass(frozen=True)
class Passage:
    number: int
    source: str
    text: str


def build_prompt(question: str, passages: list[Passage]) -> str:
    """Sources first, then the instructions, then the question: with the instructions on top and
    a trailing "Answer:", SmolLM2 more often answered "The answer to this question is:" and
    stopped (measured on the test corpus)."""
    parts = ["Sources:", ""]
    for p in passages:
        body = "\n".join(line for line in p.text.splitlines() if not line.startswith("Question: "))
        parts += [f"[{p.number}] {body.strip()}", ""]
    parts += [INSTRUCTIONS, "", f"Question: {' '.join(question.split())}"]
    return "\n".join(parts)


def answer_pattern(passages: int) -> str:
    """The regular expression every answer must match: sentences citing [1]..[passages], or ABSTAIN.

    A sentence holds no sentence break (a period inside it must be followed by a lower-case letter
    or a digit, "0.05", "e.g", or end a list number, "1. ") and ends with a letter, digit or
    closing mark, then its citation
    ("... istio-system. [1]" or "... istio-system [1]."). Without that the model wrote "The
    answer to this question is: [1]" or ran three sentences into one citation; forbidding only
    ". " made it glue sentences together as "Celsius.14,920", and without list numbers it wrote
    "1.1.1.1..." where it wanted "1. Use ..." (measured). Bounded (SENTENCES x SENTENCE_CHARS characters), so
    `max_answer_tokens()` always suffices to complete it (every token is at least one character).
    """
    if not 1 <= passages <= 9:
        raise ValueError(f"passages = {passages}; the answer pattern cites 1..9 passages")
    char = r"([^\[\]\n.]|\.[a-z0-9_]|[0-9]\. )"
    sentence = rf"{char}{{1,{SENTENCE_CHARS - 2}}}[A-Za-z0-9)%'\"]\.? ?\[[1-{passages}]\]\.?"
    abstain = ABSTAIN.replace(".", r"\.")
    more = rf"( {sentence}){{0,{SENTENCES - 1}}}" if SENTENCES > 1 else ""
    return rf"({abstain})|({sentence}{more})"


ANSWER_TOKEN_BUDGET = 128
"""Tokens the generator may spend on one answer (the rag model's `answer_max_tokens` default).
A real sentence of up to SENTENCE_CHARS characters takes 27-34 of SmolLM2's tokens in prose and
about 75 when it is all commands and paths (measured with its tokenizer). The pattern also admits
degenerate sentences, "1.1.1.1..." at one character per token, up to `max_answer_tokens()` (799):
SmolLM2 wrote them, and each held one of the generator's eight batch slots for hundreds of decode
steps. An answer that has not completed the pattern within the budget is withheld as incomplete."""


def max_answer_tokens() -> int:
    """Enough tokens for the longest answer the pattern allows, in UTF-8 bytes (a token is at
    least one byte, and a character up to four): the upper bound of `answer_max_tokens`.
    A sentence repeats its character group at most SENTENCE_CHARS - 2 times, each repetition at
    most 4 bytes ("\\.[a-z0-9_]" is 2), then its last character, period, space, [n] and period."""
    per_sentence = 4 * (SENTENCE_CHARS - 2) + 1 + 1 + 1 + 3 + 1
    return SENTENCES * per_sentence + (SENTENCES - 1)

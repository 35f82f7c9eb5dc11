"""The grounded-answer prompt the rag model sends to the generator, and its parser.

One format for every environment: a vLLM-served LLM reads it as instructions, and the local
extractive generator parses the numbered sources back out of it. Sources are cited as [n].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INSTRUCTIONS = (
    "Answer the question using only the numbered sources below, and cite every claim as [n].\n"
    "If the sources do not contain the answer, say that you do not know."
)

_HEADER = re.compile(r"^\[(\d+)\] source: (.*)$")


@dataclass(frozen=True)
class Passage:
    number: int
    source: str
    text: str


def build_prompt(question: str, passages: list[Passage]) -> str:
    parts = [INSTRUCTIONS, ""]
    for p in passages:
        body = "\n".join(line for line in p.text.splitlines() if not line.startswith("Question: "))
        parts += [f"[{p.number}] source: {p.source}", body.strip(), ""]
    parts += [f"Question: {' '.join(question.split())}", "Answer:"]
    return "\n".join(parts)


def parse_prompt(prompt: str) -> tuple[str, list[Passage]]:
    """Question and passages of a prompt made by `build_prompt`; a free prompt is all question."""
    lines = prompt.splitlines()
    q_at = max((i for i, line in enumerate(lines) if line.startswith("Question: ")), default=None)
    if q_at is None:
        return prompt.strip(), []
    question = lines[q_at][len("Question: ") :].strip()
    passages: list[Passage] = []
    number, source, body = None, "", []
    for line in lines[:q_at]:
        header = _HEADER.match(line)
        if header:
            if number is not None:
                passages.append(Passage(number, source, "\n".join(body).strip()))
            number, source, body = int(header.group(1)), header.group(2).strip(), []
        elif number is not None:
            body.append(line)
    if number is not None:
        passages.append(Passage(number, source, "\n".join(body).strip()))
    return question, passages

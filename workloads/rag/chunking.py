"""Split Markdown and plain text into retrieval-sized chunks that keep their heading.

Chunks follow the document's structure (headings, then paragraphs, then sentences for very
long paragraphs) so a cited chunk reads as a coherent passage. Code fences are kept whole
when they fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 1000
"""Upper bound of a chunk (all-MiniLM-L6-v2 reads 256 word pieces, roughly 1,000 characters)."""

SUFFIXES = (".md", ".markdown", ".txt", ".rst", ".text")
"""Document types `loom index` accepts."""

_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Chunk:
    index: int
    heading: str
    text: str


def embedding_input(heading: str, text: str) -> str:
    """What the embedder reads for a stored chunk: its heading path, then its text.

    The ONE definition, used by `loom index` and by promotion's re-embedding of stored chunks,
    so a promoted collection holds exactly the vectors indexing the same documents would give
    (before, promotion embedded the text alone: cosine 0.79 to the indexed vectors)."""
    return f"{heading}\n{text}" if heading else text


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """(heading path, paragraphs) per section; fenced code blocks stay one paragraph."""
    sections: list[tuple[str, list[str]]] = []
    trail: list[str] = []
    paragraphs: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush_paragraph() -> None:
        if current and "".join(current).strip():
            paragraphs.append("\n".join(current).strip())
        current.clear()

    def flush_section() -> None:
        flush_paragraph()
        if paragraphs:
            sections.append((" > ".join(trail), list(paragraphs)))
        paragraphs.clear()

    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            current.append(line)
            continue
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            flush_section()
            level = len(heading.group(1))
            del trail[level - 1 :]
            trail.extend([""] * (level - 1 - len(trail)))
            trail.append(heading.group(2))
            trail[:] = [t for t in trail if t] if level == 1 else trail
        elif not line.strip() and not in_fence:
            flush_paragraph()
        else:
            current.append(line)
    flush_section()
    return sections


def _split_long(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    buf = ""
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > limit:  # one very long "sentence": cut on whitespace
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if buf and len(buf) + 1 + len(sentence) > limit:
            pieces.append(buf)
            buf = sentence
        else:
            buf = f"{buf} {sentence}".strip()
    if buf:
        pieces.append(buf)
    return [p for p in pieces if p]


def chunk_text(text: str, *, max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Chunks of at most `max_chars` characters of body text, in document order."""
    if max_chars < 100:
        raise ValueError(f"max_chars = {max_chars} is too small; allowed: >= 100")
    chunks: list[Chunk] = []
    for heading, paragraphs in _sections(text.replace("\r\n", "\n")):
        buf = ""
        for paragraph in paragraphs:
            for piece in _split_long(paragraph, max_chars):
                if buf and len(buf) + 2 + len(piece) > max_chars:
                    chunks.append(Chunk(len(chunks), heading, buf))
                    buf = piece
                else:
                    buf = f"{buf}\n\n{piece}" if buf else piece
        if buf:
            chunks.append(Chunk(len(chunks), heading, buf))
    return chunks

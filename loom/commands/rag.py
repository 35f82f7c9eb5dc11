"""`loom index PATH...` and `loom ask "question"`: the RAG pipeline from the command line."""

from __future__ import annotations

import json

import click

from loom.errors import LoomError
from loom.output import emit_json
from loom.local.paths import loom_home


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def index(paths, as_json):
    """Chunk, embed (through Triton) and store documents in Milvus; unchanged documents are skipped."""
    from loom.commands.local import _console, _index_progress
    from loom.local import platform

    outputs = platform.outputs(loom_home())
    report = platform.index(outputs, list(paths), progress=None if as_json else _index_progress(_console()))
    if as_json:
        emit_json(report.to_dict(), sort_keys=False)
    else:
        click.echo(
            f"{len(report.indexed)} indexed ({report.chunks} chunks), {len(report.unchanged)} unchanged, {len(report.empty)} empty"
        )


def ask_rag(http_url: str, question: str, *, top_k: int | None = None, timeout_s: float = 600.0) -> dict:
    """POST /v2/models/rag/generate and return {"request_id", "answer", "sources", "flags", "citations"}."""
    import requests

    body: dict = {"question": question}
    if top_k is not None:
        body["top_k"] = top_k
    try:
        response = requests.post(f"{http_url.rstrip('/')}/v2/models/rag/generate", json=body, timeout=timeout_s)
    except requests.RequestException as exc:
        raise LoomError(f"cannot reach the inference API at {http_url}: {exc.__class__.__name__}") from None
    try:
        data = response.json()
    except ValueError:
        raise LoomError(f"rag at {http_url} answered HTTP {response.status_code} without JSON") from None
    if response.status_code != 200:
        raise LoomError(f"rag at {http_url} rejected the question (HTTP {response.status_code}): {data.get('error', data)}")

    def one(value):
        return value[0] if isinstance(value, list) and len(value) == 1 else value

    return {
        "request_id": one(data["request_id"]),
        "answer": one(data["answer"]),
        "sources": json.loads(one(data["sources"])),
        "flags": json.loads(one(data["flags"])),
        # a rag model from before the citation check answers without it
        "citations": json.loads(one(data["citations"])) if "citations" in data else None,
    }


@click.command()
@click.argument("question")
@click.option("--top-k", type=click.IntRange(1, 20), default=None, help="How many passages to retrieve (default: the model's).")
@click.option("--json", "as_json", is_flag=True, help='Print {"request_id", "answer", "sources", "flags", "citations"} as JSON.')
def ask(question, top_k, as_json):
    """Ask the rag model over the inference API; prints the answer, its sources, the citation check and the guard's flags."""
    from loom.local import platform

    if not question.strip():
        raise LoomError("the question is empty; ask something, e.g. loom ask \"How do I start Loom?\"")
    outputs = platform.outputs(loom_home())
    result = ask_rag(outputs.inference.http_url, question, top_k=top_k)
    if as_json:
        emit_json(result, sort_keys=False)
        return
    from rich.console import Console

    console = Console()
    console.print(result["answer"], markup=False, highlight=False)
    for n, source in enumerate(result["sources"], 1):
        console.print(f"  [{n}] {source['source']} (chunk {source['chunk']}, score {source['score']:.3f})")
    citations = result["citations"] or {}
    if citations.get("withheld"):
        console.print("[yellow]the model's answer talked about nothing the sources mention, so it was withheld")
    elif citations.get("uncited"):
        console.print("[yellow]the answer cites none of the sources: check it before relying on it")
    for item in [] if citations.get("withheld") else citations.get("unsupported", []):
        hint = f" (closest: [{item['best']}])" if item.get("best") else ""
        console.print(f"[yellow]sentence {item['sentence']}: its source \\[{item['cited']}] does not mention what it says{hint}")
    if citations.get("dangling"):
        console.print(f"[yellow]removed citations of sources that were not given: {citations['dangling']}")
    if result["flags"]:
        cats = sorted({f.get("category", "?") for f in result["flags"]})
        console.print(f"[yellow]guard redacted: {', '.join(cats)}")
    console.print(f"[dim]request {result['request_id']}")

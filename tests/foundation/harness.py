"""Foundation code under the one mock engine (loom.preview.run_program), with test helpers.

`run` returns the recorded graph (loom.preview.PreviewResult): each resource's type, name, inputs
(as the engine sees them: camelCase, secrets kept wrapped so tests can read them), parent URN,
provider URN, protect flag, ignoreChanges and the mock provider's outputs (loom/mocks.py), plus
every invoke and what the program returned (`.value`), so tests assert on what `pulumi up` would send.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

import pulumi

from loom import sdk_internals
from loom.preview import PreviewResource, PreviewResult, run_program

def run(program: Callable[[], Any], invoke_results: Mapping[str, Callable[[dict], dict]] | None = None) -> PreviewResult:
    """Run `program` under the mocks and return the recorded graph (raises what the program raised)."""
    return run_program(program, stack="test", config={}, keep_secrets=True, invoke_results=invoke_results)


def resolve(output: Any) -> Any:
    """The value of an Output after `run` (mocked outputs are all known)."""
    return sdk_internals.output_value(output)


def walk_strings(value: Any):
    """Every string inside a nested inputs structure."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from walk_strings(v)


SECRET_SIG = sdk_internals.SIG_KEY

# Resource types that mint long-lived credentials: a foundation must never create one.
STATIC_KEY_TYPES = {
    "aws:iam/accessKey:AccessKey",
    "aws:iam/user:User",
    "gcp:serviceaccount/key:Key",
    "gcp:storage/hmacKey:HmacKey",
    "azure-native:storage:StorageAccountKey",
}
STATIC_KEY_WORDS = re.compile(
    r"(AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|secretKey|accessKey|AZURE_STORAGE_KEY|AZURE_CLIENT_SECRET|"
    r"GOOGLE_APPLICATION_CREDENTIALS|sharedKey|connectionString|MINIO_ACCESS_KEY|MINIO_SECRET_KEY)")


def is_secret(value: Any) -> bool:
    return isinstance(value, dict) and SECRET_SIG in value


def unsecret(value: Any) -> Any:
    return value["value"] if is_secret(value) else value


def static_key_findings(graph: PreviewResult) -> list[str]:
    """Every place a static object-store credential appears: credential resources, or key-like env/inputs."""
    found = [f"{r.type} {r.name}" for r in graph.resources if r.type in STATIC_KEY_TYPES]
    for r in graph.resources:
        for s in walk_strings(r.inputs):
            if STATIC_KEY_WORDS.search(s):
                found.append(f"{r.type} {r.name}: {s[:80]}")
    return found


def output_is_secret(output: pulumi.Output) -> bool:
    return sdk_internals.output_is_secret(output)


def ancestors(graph: PreviewResult, resource: PreviewResource) -> list[str]:
    """Types of the parents of `resource`, nearest first (the mock URN only keeps the nearest parent type)."""
    by_urn = {r.urn: r for r in graph.resources}
    chain, parent = [], resource.parent
    while parent in by_urn:
        chain.append(by_urn[parent].type)
        parent = by_urn[parent].parent
    return chain

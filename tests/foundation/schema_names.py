"""Catch misspelled property names: under mocks a dict input with an unknown key is passed through
silently, while the real provider would reject (or ignore) it. Every key in a cloud resource's inputs
must be a property name the provider SDK declares for that module."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from pathlib import Path

from loom.preview import PreviewResult
from tests.foundation.harness import SECRET_SIG

_GETTER = re.compile(r'@pulumi\.getter(?:\(name="(\w+)"\))?\s*\n\s*def (\w+)\(self\)')
# Map-typed inputs whose keys are user data, not schema property names.
FREE_FORM = {"tags", "labels", "resourceLabels", "userLabels", "nodeLabels", "values", "policy", "assumeRolePolicy",
             "configurationValues", "metadata", "tagsAll", "userAssignedIdentities"}
PACKAGES = {"aws": "pulumi_aws", "gcp": "pulumi_gcp", "azure-native": "pulumi_azure_native"}


@functools.cache
def vocabulary(package: str, module: str) -> frozenset[str]:
    """Every Pulumi property name declared in a provider module (resources, inputs, outputs)."""
    pkg = importlib.import_module(f"{package}.{module}") if module else importlib.import_module(package)
    names: set[str] = set()
    for path in Path(pkg.__file__).parent.glob("*.py"):
        for renamed, py in _GETTER.findall(path.read_text()):
            names.add(renamed or py)
    return frozenset(names)


def _module_of(typ: str) -> tuple[str, str] | None:
    provider, rest = typ.split(":", 1)
    if provider not in PACKAGES:
        return None
    module = rest.split(":", 1)[0]
    if provider != "azure-native":
        module = module.split("/", 1)[0]
    return PACKAGES[provider], ("" if module == "index" else module)


def unknown_keys(graph: PreviewResult) -> list[str]:
    found: list[str] = []
    for r in graph.resources:
        located = _module_of(r.type)
        if located is None:
            continue
        vocab = vocabulary(*located)

        def walk(value, path):
            if isinstance(value, dict):
                if SECRET_SIG in value:
                    return
                for key, item in value.items():
                    if key not in vocab:
                        found.append(f"{r.type} {r.name}: {path}{key}")
                    if key not in FREE_FORM:
                        walk(item, f"{path}{key}.")
            elif isinstance(value, list):
                for item in value:
                    walk(item, path)

        walk(r.inputs, "")
    return found

"""Chart facts: what a pinned Helm chart accepts, read from the chart's own source at its tag.

A facts file (`loom/checks/facts/charts/<chart>-<version>.yaml`) records, for one chart version:

- that the version is published: the repository index entry (its `digest`, `created`, `appVersion`,
  `urls`) and where that index was read, or why it could not be read here (`unverified`);
- where the chart was read: repository, path, tag and commit;
- every values path the chart knows, with its type: from `values.yaml` (the default's type),
  `values.schema.json` (the declared type, preferred), the templates' `.Values.a.b` references
  (type `any`: keys the chart reads although `values.yaml` leaves them commented out), and the
  same for each dependency whose source sits in the chart's `charts/` folder (under its alias);
- the free-form maps: paths whose keys are the user's own (labels, annotations, extraEnv, a whole
  collector config). A map is free-form when `values.yaml` gives `{}`, when the schema allows any
  property, when a template renders it whole (`toYaml .Values.x`, `with .Values.x` + `toYaml .`,
  `range $k, $v := .Values.x`), or when the generator is told so with a reason (`--free-form`).

Only facts are committed, never the chart's files. Regenerate one with, e.g.:

    python -m loom.checks.chartfacts --git /work/.mirror/zilliztech+milvus-helm/repo \\
        --ref milvus-4.2.45 --path charts/milvus --source github.com/zilliztech/milvus-helm \\
        --repo https://zilliztech.github.io/milvus-helm/ --index-ref gh-pages --index-path index.yaml \\
        > loom/checks/facts/charts/milvus-4.2.45.yaml

or from an unpacked chart directory: `python -m loom.checks.chartfacts <chart-dir> --repo ... --ref ...`.
"""

from __future__ import annotations

import abc
import argparse
import io
import json
import posixpath
import re
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

import yaml

FACTS_DIR = Path(__file__).resolve().parent / "facts" / "charts"

# --- paths -----------------------------------------------------------------------------------

_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def join_path(segments: Sequence[str]) -> str:
    """`["a", "b.c", "d"]` -> `a."b.c".d` (keys with dots or odd characters are quoted)."""
    return ".".join(s if _PLAIN_KEY.match(s) else json.dumps(s) for s in segments)


def split_path(path: str) -> tuple[str, ...]:
    """The inverse of `join_path`."""
    if '"' not in path:
        return tuple(path.split("."))
    out: list[str] = []
    i = 0
    while i < len(path):
        if path[i] == '"':
            end = i + 1
            while end < len(path):
                if path[end] == "\\":
                    end += 2
                    continue
                if path[end] == '"':
                    break
                end += 1
            out.append(json.loads(path[i : end + 1]))
            i = end + 2  # skip the closing quote and the dot
        else:
            end = path.find(".", i)
            end = len(path) if end < 0 else end
            out.append(path[i:end])
            i = end + 1
    return tuple(out)


# --- types -----------------------------------------------------------------------------------

SCALARS = ("string", "integer", "number", "boolean")


def value_type(value: Any) -> str:
    """The facts type of a `values.yaml` default."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "map"
    return "any"


def _schema_type(schema: Mapping[str, Any]) -> str:
    t = schema.get("type")
    names = {"object": "map", "array": "list", "string": "string", "integer": "integer", "number": "number",
             "boolean": "boolean", "null": "null"}
    if isinstance(t, str):
        return names.get(t, "any")
    if isinstance(t, list) and t:
        return "|".join(names.get(x, "any") for x in t)
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            parts = sorted({_schema_type(s) for s in schema[key] if isinstance(s, dict)})
            if parts:
                return "|".join(parts)
    if "properties" in schema:
        return "map"
    return "any"


def accepts(declared: str, value: Any) -> bool:
    """Whether a value Loom sets fits the chart's declared type (None always fits: it deletes a default)."""
    if value is None:
        return True
    wanted = set(declared.split("|"))
    if wanted & {"any", "null"}:
        return True
    # Pulumi sends every number as a protobuf double: 2 arrives as 2.0 and reaches Helm as 2.
    actual = "integer" if isinstance(value, float) and value.is_integer() else value_type(value)
    if actual in wanted:
        return True
    if actual == "integer" and "number" in wanted:
        return True
    # A string default does not stop a chart from taking a number (ports, replica counts printed as text),
    # but a boolean, list or map is a different shape.
    if "string" in wanted and actual in ("integer", "number"):
        return True
    return False


# --- facts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""


@dataclass
class ChartFacts:
    """One chart version's facts, loaded from its facts file."""

    chart: str
    version: str
    repository: str
    published: dict
    source: dict
    values: dict[tuple[str, ...], str]
    free_form: dict[tuple[str, ...], str]
    dependencies: list[dict] = field(default_factory=list)
    custom_resources: dict[str, CrdFacts] = field(default_factory=dict)
    """`group/version/Kind` -> the CRD's spec schema, for the kinds Loom creates from this chart's CRDs."""
    file: Optional[Path] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], file: Optional[Path] = None) -> "ChartFacts":
        return cls(
            chart=str(data["chart"]),
            version=str(data["version"]),
            repository=str(data["repository"]),
            published=dict(data.get("published") or {}),
            source=dict(data.get("source") or {}),
            values={split_path(p): str(t) for p, t in (data.get("values") or {}).items()},
            free_form={split_path(p): str(r) for p, r in (data.get("free_form") or {}).items()},
            dependencies=list(data.get("dependencies") or []),
            custom_resources={k: CrdFacts.from_dict(v) for k, v in (data.get("custom_resources") or {}).items()},
            file=file,
        )

    @property
    def is_published(self) -> bool:
        """True when the index entry was read (with its digest), or its absence here is explained."""
        return bool(self.published.get("digest")) or bool(self.published.get("unverified"))

    def free_form_prefix(self, path: tuple[str, ...]) -> Optional[tuple[str, ...]]:
        for i in range(len(path), 0, -1):
            if path[:i] in self.free_form:
                return path[:i]
        return None

    def check(self, path: tuple[str, ...], value: Any) -> Verdict:
        """Whether Loom may set `path` to `value` (a leaf: scalar, list, empty map or None)."""
        if self.free_form_prefix(path[:-1] if path else path) is not None:
            return Verdict(True)
        for i in range(1, len(path)):
            declared = self.values.get(path[:i])
            if declared is not None and not (set(declared.split("|")) & {"map", "any", "null"}):
                if self.free_form_prefix(path[:i]) is None:
                    return Verdict(False, f"{join_path(path[:i])} is a {declared} in the chart, not a map")
        declared = self.values.get(path)
        if declared is None:
            if self.free_form_prefix(path) is not None:
                return Verdict(True)
            return Verdict(False, f"{join_path(path)} is not a values path of {self.chart} {self.version}")
        if not accepts(declared, value):
            return Verdict(False, f"{join_path(path)} is a {declared} in {self.chart} {self.version}, "
                                  f"Loom sets a {value_type(value)} ({value!r})")
        return Verdict(True)

    def check_values(self, values: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(path, problem) for every values path Loom sets that the chart does not have."""
        problems: list[tuple[str, str]] = []
        for path, value in leaves(values):
            verdict = self.check(path, value)
            if not verdict.ok:
                problems.append((join_path(path), verdict.reason))
        return problems


def leaves(values: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every (path, value) Loom sets: maps are walked, lists and scalars are leaves, `{}` is a leaf."""
    if isinstance(values, Mapping) and values:
        for key, value in values.items():
            yield from leaves(value, prefix + (str(key),))
    elif prefix:
        yield prefix, values


def normalize_repo(url: str) -> str:
    return url.rstrip("/")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it: the facts are ~700 KB of YAML, 10x faster to read in C."""


@lru_cache(maxsize=1)
def _all_facts() -> dict[tuple[str, str], ChartFacts]:
    out: dict[tuple[str, str], ChartFacts] = {}
    for file in sorted(FACTS_DIR.glob("*.yaml")):
        facts = ChartFacts.from_dict(yaml.load(file.read_text(encoding="utf-8"), Loader=_LOADER), file)
        out[(facts.chart, facts.version)] = facts
    return out


def load_facts(chart: str, version: str) -> Optional[ChartFacts]:
    """The committed facts of `chart` at `version`, or None."""
    return _all_facts().get((chart, version))


def all_facts() -> list[ChartFacts]:
    return list(_all_facts().values())


def crd_for(api_version: str, kind: str) -> Optional[tuple[ChartFacts, CrdFacts]]:
    """The CRD facts of a custom resource type, from whichever pinned chart ships its CRD."""
    key = f"{api_version}/{kind}"
    for facts in _all_facts().values():
        if key in facts.custom_resources:
            return facts, facts.custom_resources[key]
    return None


# --- reading a chart -------------------------------------------------------------------------


class ChartSource(abc.ABC):
    """A chart's files, from a directory or from a git repository at a ref (no checkout needed)."""

    @abc.abstractmethod
    def read(self, rel: str) -> Optional[bytes]:
        """The file's bytes, None when the chart has no such file."""

    @abc.abstractmethod
    def list(self, rel: str) -> list[str]:
        """Paths (relative to the chart root) of every file under `rel`."""


class DirSource(ChartSource):
    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, rel: str) -> Optional[bytes]:
        p = self.root / rel
        return p.read_bytes() if p.is_file() else None

    def list(self, rel: str) -> list[str]:
        base = self.root / rel
        if not base.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in base.rglob("*") if p.is_file())


class GitSource(ChartSource):
    def __init__(self, git_dir: Path, ref: str, path: str) -> None:
        self.git_dir, self.ref, self.path = git_dir, ref, path.strip("/")

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(self.git_dir), *args], check=True, capture_output=True).stdout

    def read(self, rel: str) -> Optional[bytes]:
        full = f"{self.path}/{rel}" if self.path else rel
        try:
            mode = self._git("ls-tree", self.ref, full).decode().split(" ", 1)[0]
            data = self._git("show", f"{self.ref}:{full}")
        except subprocess.CalledProcessError:
            return None
        if mode == "120000":  # a symlink (Karpenter's chart links its CRDs): `helm package` follows it
            target = posixpath.normpath(posixpath.join(posixpath.dirname(full), data.decode().strip()))
            try:
                return self._git("show", f"{self.ref}:{target}")
            except subprocess.CalledProcessError:
                return None
        return data

    def list(self, rel: str) -> list[str]:
        base = "/".join(x for x in (self.path, rel.strip("/")) if x)
        try:
            out = self._git("ls-tree", "-r", "--name-only", self.ref, *([base + "/"] if base else []))
        except subprocess.CalledProcessError:
            return []
        prefix = self.path + "/" if self.path else ""
        return sorted(line[len(prefix):] for line in out.decode().splitlines() if line.startswith(prefix))

    def commit(self) -> str:
        return self._git("rev-list", "-n", "1", self.ref).decode().strip()


class TarSource(ChartSource):
    """A packaged subchart (`charts/<name>-<version>.tgz`)."""

    def __init__(self, data: bytes) -> None:
        self.files: dict[str, bytes] = {}
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for member in tar.getmembers():
                if member.isfile():
                    name = member.name.split("/", 1)[1] if "/" in member.name else member.name
                    handle = tar.extractfile(member)
                    if handle is not None:
                        self.files[name] = handle.read()

    def read(self, rel: str) -> Optional[bytes]:
        return self.files.get(rel)

    def list(self, rel: str) -> list[str]:
        prefix = rel.strip("/") + "/" if rel.strip("/") else ""
        return sorted(n for n in self.files if n.startswith(prefix))


_VALUES_REF = re.compile(r"(?<![\w)\]])\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
_TOYAML = [
    re.compile(r"toYaml\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*\)?"),
    re.compile(r"\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*\|\s*toYaml"),
    re.compile(r"range\s+\$\w+\s*,\s*\$\w+\s*:=\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)"),
]
_WITH_TOYAML = re.compile(
    r"with\s+\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*-?}}(?:(?!{{-?\s*end).){0,400}?toYaml\s+\.\s*[|)}]", re.S)
DEFAULTS_KEY = "_internal_defaults_do_not_set"
"""Istio's charts keep every default under this key and merge it into `.Values` (templates/zzz_profile.yaml):
users set the keys at top level."""


@dataclass
class Harvest:
    values: dict[tuple[str, ...], str] = field(default_factory=dict)
    free_form: dict[tuple[str, ...], str] = field(default_factory=dict)
    dependencies: list[dict] = field(default_factory=list)

    def add_value(self, path: tuple[str, ...], type_: str, *, prefer: bool = False) -> None:
        if prefer or path not in self.values or self.values[path] in ("null", "any"):
            self.values[path] = type_

    def add_free_form(self, path: tuple[str, ...], reason: str) -> None:
        self.free_form.setdefault(path, reason)


def _walk_values(data: Any, prefix: tuple[str, ...], h: Harvest) -> None:
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        path = prefix + (str(key),)
        h.add_value(path, value_type(value))
        if isinstance(value, dict):
            if value:
                _walk_values(value, path, h)
            else:
                h.add_free_form(path, "an empty map in values.yaml")


def _walk_schema(schema: Any, prefix: tuple[str, ...], h: Harvest) -> None:
    if not isinstance(schema, dict):
        return
    props = schema.get("properties")
    if prefix:
        h.add_value(prefix, _schema_type(schema), prefer=True)
    extra = schema.get("additionalProperties", None)
    if prefix and (isinstance(extra, dict) or extra is True or "patternProperties" in schema
                   or (_schema_type(schema) == "map" and not props and extra is not False)):
        h.add_free_form(prefix, "values.schema.json allows any key")
    if isinstance(props, dict):
        for key, sub in props.items():
            _walk_schema(sub, prefix + (str(key),), h)


def _ref_path(captured: str) -> tuple[str, ...]:
    """`.a.b` -> ("a", "b"); helpers that receive `(dict "Values" .Values)` read `.Values.Values.a`."""
    parts = captured.strip(".").split(".")
    while parts and parts[0] == "Values":
        parts = parts[1:]
    return tuple(parts)


def _walk_templates(source: ChartSource, prefix: tuple[str, ...], h: Harvest) -> None:
    for rel in source.list("templates"):
        text = (source.read(rel) or b"").decode("utf-8", "replace")
        for m in _VALUES_REF.finditer(text):
            if _ref_path(m.group(1)):
                h.add_value(prefix + _ref_path(m.group(1)), "any")
        whole = [m.group(1) for pattern in _TOYAML for m in pattern.finditer(text)]
        whole += [m.group(1) for m in _WITH_TOYAML.finditer(text)]
        for captured in whole:
            path = _ref_path(captured)
            # Lists and scalars rendered whole are leaves already; only maps take the user's own keys.
            if path and h.values.get(prefix + path, "any") in ("map", "any", "null"):
                h.add_free_form(prefix + path, f"rendered whole by {rel}")


def _dependencies(source: ChartSource) -> list[dict]:
    chart = yaml.safe_load(source.read("Chart.yaml") or b"{}") or {}
    deps = list(chart.get("dependencies") or [])
    if not deps:
        req = yaml.safe_load(source.read("requirements.yaml") or b"{}") or {}
        deps = list(req.get("dependencies") or [])
    return deps


def _subchart(source: ChartSource, name: str, version: str) -> Optional[ChartSource]:
    """The dependency's source inside `charts/`: a directory or a packaged .tgz."""
    files = source.list("charts")
    tgz = f"charts/{name}-{version}.tgz"
    if tgz in files:
        return TarSource(source.read(tgz) or b"")
    if f"charts/{name}/Chart.yaml" in files:
        return _Prefixed(source, f"charts/{name}")
    return None


class _Prefixed(ChartSource):
    def __init__(self, inner: ChartSource, prefix: str) -> None:
        self.inner, self.prefix = inner, prefix.strip("/")

    def read(self, rel: str) -> Optional[bytes]:
        return self.inner.read(f"{self.prefix}/{rel}")

    def list(self, rel: str) -> list[str]:
        p = self.prefix + "/"
        return [x[len(p):] for x in self.inner.list(f"{self.prefix}/{rel}") if x.startswith(p)]


def harvest(source: ChartSource, prefix: tuple[str, ...] = (), h: Optional[Harvest] = None,
            skip: Sequence[str] = (), elsewhere: Optional[Mapping[str, tuple[ChartSource, str]]] = None) -> Harvest:
    """Every values path and free-form map of a chart (and of the dependencies found in its `charts/`,
    except those named in `skip`: Loom keeps them disabled, so only their `enabled` switch is recorded).
    `elsewhere` maps a dependency's alias to its source read outside the chart's tree (the same repository at the
    dependency's own release tag) and how it was found, for charts whose `charts/` is filled only when packaged."""
    elsewhere = elsewhere or {}
    h = h or Harvest()
    values = yaml.safe_load(source.read("values.yaml") or b"{}") or {}
    if isinstance(values, dict) and DEFAULTS_KEY in values:
        defaults = values.pop(DEFAULTS_KEY) or {}
        values = {**defaults, **values}
    _walk_values(values, prefix, h)
    raw_schema = source.read("values.schema.json")
    if raw_schema:
        _walk_schema(json.loads(raw_schema), prefix, h)
    _walk_templates(source, prefix, h)
    for dep in _dependencies(source):
        name, alias = str(dep["name"]), str(dep.get("alias") or dep["name"])
        entry = {"name": name, "alias": alias, "version": str(dep.get("version", "")),
                 "repository": str(dep.get("repository", ""))}
        if dep.get("condition"):
            entry["condition"] = str(dep["condition"])
            for cond in str(dep["condition"]).split(","):
                h.add_value(prefix + tuple(cond.strip().split(".")), "boolean")
        sub = _subchart(source, name, entry["version"])
        key = join_path(prefix + (alias,))
        if key in skip:
            entry["values"] = "not recorded: Loom keeps this dependency disabled (only its condition is a fact here)"
        elif sub is not None:
            harvest(sub, prefix + (alias,), h, skip, elsewhere)
            entry["values"] = "read from the packaged dependency in charts/"
        elif key in elsewhere:
            dep_source, where = elsewhere[key]
            harvest(dep_source, prefix + (alias,), h, skip, elsewhere)
            entry["values"] = f"read from {where}"
        else:
            entry["values"] = "not in the chart's source tree: only the parent's values for it are recorded"
        entry["alias"] = join_path(prefix + (alias,))
        h.dependencies.append(entry)
    return h


# --- custom resource definitions shipped with a chart ----------------------------------------

LIST_ITEM = "[]"
"""Path segment for the items of a list (`spec.template.spec.requirements.[].key`)."""


@dataclass
class CrdFacts:
    """The spec schema of one custom resource kind at one version, flattened."""

    fields: dict[tuple[str, ...], str] = field(default_factory=dict)
    enums: dict[tuple[str, ...], list] = field(default_factory=dict)
    required: dict[tuple[str, ...], list] = field(default_factory=dict)
    free_form: set[tuple[str, ...]] = field(default_factory=set)

    def to_dict(self, source: str) -> dict:
        return {
            "source": source,
            "fields": {join_path(p): t for p, t in sorted(self.fields.items())},
            "enums": {join_path(p): v for p, v in sorted(self.enums.items())},
            "required": {join_path(p) or ".": v for p, v in sorted(self.required.items())},
            "free_form": sorted(join_path(p) for p in self.free_form),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "CrdFacts":
        return cls(
            fields={split_path(p): str(t) for p, t in (data.get("fields") or {}).items()},
            enums={split_path(p): list(v) for p, v in (data.get("enums") or {}).items()},
            required={(() if p == "." else split_path(p)): list(v) for p, v in (data.get("required") or {}).items()},
            free_form={split_path(p) for p in (data.get("free_form") or [])},
        )

    def check(self, spec: Any, prefix: tuple[str, ...] = ("spec",)) -> list[str]:
        """Problems of a custom resource's `spec` against the CRD schema (unknown fields, wrong types,
        values outside an enum, missing required fields)."""
        problems: list[str] = []
        self._check(spec, prefix, problems)
        return problems

    def _check(self, value: Any, path: tuple[str, ...], problems: list[str]) -> None:
        if path in self.free_form or value is None:
            return
        declared = self.fields.get(path)
        if declared is None:
            problems.append(f"{_display(path)} is not a field of the CRD")
            return
        if not accepts(declared, value):
            problems.append(f"{_display(path)} is a {declared}, not a {value_type(value)} ({value!r})")
            return
        if path in self.enums and not isinstance(value, (dict, list)) and value not in self.enums[path]:
            problems.append(f"{_display(path)} = {value!r} is not one of {self.enums[path]}")
        if isinstance(value, Mapping):
            for key in self.required.get(path, []):
                if key not in value:
                    problems.append(f"{_display(path + (key,))} is required by the CRD")
            for key, sub in value.items():
                self._check(sub, path + (str(key),), problems)
        elif isinstance(value, list):
            for item in value:
                self._check(item, path + (LIST_ITEM,), problems)


def _display(path: tuple[str, ...]) -> str:
    return join_path(path).replace('."[]"', "[]")


def _crd_schema_type(schema: Mapping[str, Any]) -> str:
    if schema.get("x-kubernetes-int-or-string"):
        return "integer|string"
    return _schema_type(schema)


def _walk_crd(schema: Any, path: tuple[str, ...], facts: CrdFacts) -> None:
    if not isinstance(schema, dict):
        return
    facts.fields[path] = _crd_schema_type(schema)
    if isinstance(schema.get("enum"), list):
        facts.enums[path] = list(schema["enum"])
    if isinstance(schema.get("required"), list):
        facts.required[path] = list(schema["required"])
    extra = schema.get("additionalProperties")
    if schema.get("x-kubernetes-preserve-unknown-fields") or extra is True or isinstance(extra, dict):
        facts.free_form.add(path)
    for key, sub in (schema.get("properties") or {}).items():
        _walk_crd(sub, path + (str(key),), facts)
    if isinstance(schema.get("items"), dict):
        _walk_crd(schema["items"], path + (LIST_ITEM,), facts)


_DIRECTIVE_LINE = re.compile(r"^\s*{{-?.*-?}}\s*$")
_INLINE = re.compile(r"{{-?.*?-?}}")


def _detemplate(text: str) -> str:
    """A CRD kept in templates/ (guarded by `{{- if .Values.crds.enabled }}`): drop directive-only lines and
    blank out inline expressions, which leaves the schema itself untouched."""
    return "\n".join(_INLINE.sub("x", line) for line in text.splitlines() if not _DIRECTIVE_LINE.match(line))


def crd_facts(source: ChartSource, kinds: Sequence[str]) -> dict[str, dict]:
    """`group/version/Kind` -> facts of its `spec`, for the CRDs of `kinds` (`Kind` for every served version,
    `Kind@version` for one) found in the chart's files (crds/, files/, templates/, a subchart's crds/)."""
    wanted = {k.split("@")[0]: (k.split("@")[1] if "@" in k else None) for k in kinds}
    kinds = list(wanted)
    out: dict[str, dict] = {}
    for rel in source.list(""):
        if not rel.endswith((".yaml", ".yml")):
            continue
        raw = source.read(rel) or b""
        if b"CustomResourceDefinition" not in raw:
            continue
        try:
            docs = list(yaml.safe_load_all(_detemplate(raw.decode("utf-8", "replace"))))
        except yaml.YAMLError:
            continue
        for doc in docs:
            if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc.get("spec") or {}
            kind = (spec.get("names") or {}).get("kind")
            if kind not in kinds:
                continue
            for ver in spec.get("versions") or []:
                if not ver.get("served", True) or wanted[kind] not in (None, ver.get("name")):
                    continue
                schema = ((ver.get("schema") or {}).get("openAPIV3Schema") or {}).get("properties", {}).get("spec")
                if schema is None:
                    continue
                facts = CrdFacts()
                _walk_crd(schema, ("spec",), facts)
                out[f"{spec.get('group')}/{ver.get('name')}/{kind}"] = facts.to_dict(rel)
    missing = sorted(set(kinds) - {k.rsplit("/", 1)[1] for k in out})
    if missing:
        raise SystemExit(f"chartfacts: no CustomResourceDefinition for {', '.join(missing)} in the chart's plain YAML files")
    return out


# --- the published index ---------------------------------------------------------------------


def index_entry(index: Mapping[str, Any], chart: str, version: str) -> dict:
    entries = (index.get("entries") or {}).get(chart) or []
    for e in entries:
        if str(e.get("version")) == version:
            return e
    near = sorted({str(e.get("version")) for e in entries if str(e.get("version", "")).split(".")[:2] == version.split(".")[:2]})
    raise SystemExit(f"chartfacts: {chart} {version} is not in the index; published {'.'.join(version.split('.')[:2])}.x: "
                     f"{', '.join(near) or 'none'}")


def build(
    source: ChartSource,
    *,
    repo: str,
    source_repo: str,
    path: str,
    ref: str,
    commit: Optional[str],
    index: Optional[Mapping[str, Any]],
    index_source: Optional[str],
    unverified: Optional[str],
    free_form: Mapping[str, str],
    notes: Sequence[str] = (),
    chart_file: str = "Chart.yaml",
    version_override: Optional[str] = None,
    skip_dependencies: Sequence[str] = (),
    crd_kinds: Sequence[str] = (),
    dependencies_elsewhere: Optional[Mapping[str, tuple[ChartSource, str]]] = None,
) -> dict:
    chart_yaml = yaml.safe_load(source.read(chart_file) or b"{}") or {}
    chart, version = str(chart_yaml.get("name")), str(version_override or chart_yaml.get("version"))
    h = harvest(source, skip=skip_dependencies, elsewhere=dependencies_elsewhere)
    # Paths of skipped dependencies (their values were written in the parent's values.yaml) are not facts.
    for alias in skip_dependencies:
        base = split_path(alias)
        n = len(base)
        for p in [p for p in h.values if p[:n] == base and p[n:] not in ((), ("enabled",))]:
            del h.values[p]
        for p in [p for p in h.free_form if p[:n] == base]:
            del h.free_form[p]
    for key, reason in free_form.items():
        h.free_form[split_path(key)] = reason
        h.add_value(split_path(key), "map")
    published: dict[str, Any]
    if index is not None:
        e = index_entry(index, chart, version)
        published = {"index": normalize_repo(repo) + "/index.yaml", "read_from": index_source,
                     "digest": f"sha256:{e['digest']}" if e.get("digest") else None,
                     "created": str(e.get("created")), "app_version": str(e.get("appVersion")),
                     "urls": list(e.get("urls") or [])}
    else:
        published = {"index": normalize_repo(repo) + "/index.yaml", "digest": None, "unverified": unverified
                     or "no index was given to the generator"}
    # Paths under a free-form map add nothing: the map takes any key.
    values = {}
    for p in sorted(h.values):
        if any(p[:i] in h.free_form for i in range(1, len(p))):
            continue
        values[join_path(p)] = h.values[p]
    doc = {
        "chart": chart,
        "version": version,
        "app_version": str(chart_yaml.get("appVersion", "") if not version_override else version_override),
        "repository": repo,
        "published": published,
        "source": {"repository": source_repo, "path": path, "ref": ref, "commit": commit,
                   "read": "values.yaml, values.schema.json (when present), templates/ (.Values references and "
                           "maps rendered whole), and the same for dependencies packaged in charts/"},
        "notes": list(notes),
        "dependencies": h.dependencies,
        "free_form": {join_path(p): r for p, r in sorted(h.free_form.items())
                      if not any(p[:i] in h.free_form for i in range(1, len(p)))},
        "values": values,
    }
    if crd_kinds:
        doc["custom_resources"] = crd_facts(source, crd_kinds)
    if not doc["notes"]:
        del doc["notes"]
    return doc


HEADER = """# Facts about one pinned Helm chart, read from its primary sources (never the chart's files).
# Generated by `python -m loom.checks.chartfacts` (loom/checks/chartfacts.py says how); do not edit by hand:
# regenerate with the command below when the pin moves.
# {command}
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loom.checks.chartfacts", description=__doc__.split("\n\n")[0])
    ap.add_argument("chart_dir", nargs="?", help="an unpacked chart directory (or give --git and --path)")
    ap.add_argument("--git", help="a git directory holding the chart's repository (read at --ref, no checkout)")
    ap.add_argument("--path", default="", help="the chart's folder inside the repository")
    ap.add_argument("--ref", required=True, help="the tag (or commit) the chart was read at")
    ap.add_argument("--source", required=True, help="the source repository, e.g. github.com/org/repo")
    ap.add_argument("--repo", required=True, help="the Helm repository URL Loom installs from")
    ap.add_argument("--index", help="the repository's index.yaml (a file)")
    ap.add_argument("--index-ref", help="read index.yaml from this ref of --git (e.g. gh-pages)")
    ap.add_argument("--index-path", default="index.yaml", help="path of index.yaml at --index-ref")
    ap.add_argument("--index-source", help="how the index was read (recorded); defaulted for --index-ref")
    ap.add_argument("--unverified", help="why the index entry cannot be read here (recorded instead of a digest)")
    ap.add_argument("--free-form", action="append", default=[], metavar="PATH=REASON",
                    help="declare a values path free-form (its keys are not the chart's), with the reason")
    ap.add_argument("--note", action="append", default=[], help="a note recorded in the facts file")
    ap.add_argument("--crd-kind", action="append", default=[], metavar="KIND",
                    help="also record the spec schema of this kind's CustomResourceDefinition shipped with the chart")
    ap.add_argument("--skip-dependency", action="append", default=[], metavar="ALIAS",
                    help="record only the condition of this dependency (one Loom keeps disabled)")
    ap.add_argument("--dependency", action="append", default=[], metavar="ALIAS=REF:PATH",
                    help="read a dependency the chart's tree lacks (filled in only when the chart is packaged) from --git at "
                         "REF:PATH: the dependency's own release tag that the parent's version range resolved to when it was published")
    ap.add_argument("--chart-file", default="Chart.yaml",
                    help="the chart's metadata file (cert-manager keeps a Chart.template.yaml its release fills in)")
    ap.add_argument("--version", dest="version_override",
                    help="the published version, when the chart file holds a placeholder (its release job sets it)")
    args = ap.parse_args(argv)

    commit: Optional[str] = None
    if args.git:
        git = GitSource(Path(args.git), args.ref, args.path)
        source: ChartSource = git
        commit = git.commit()
    elif args.chart_dir:
        source = DirSource(Path(args.chart_dir))
    else:
        ap.error("give a chart directory or --git with --path")
    if source.read(args.chart_file) is None:
        print(f"chartfacts: no {args.chart_file} in {args.chart_dir or f'{args.git}:{args.ref}:{args.path}'}", file=sys.stderr)
        return 2
    index = None
    index_source = args.index_source
    if args.index:
        index = yaml.safe_load(Path(args.index).read_text(encoding="utf-8"))
    elif args.index_ref:
        if not args.git:
            ap.error("--index-ref needs --git")
        git = GitSource(Path(args.git), args.index_ref, "")
        raw = subprocess.run(["git", "--git-dir", args.git, "show", f"{args.index_ref}:{args.index_path}"],
                             check=True, capture_output=True).stdout
        index = yaml.safe_load(raw)
        index_source = index_source or f"{args.source} {args.index_ref}:{args.index_path} @ {git.commit()}"
    free_form = {}
    for item in args.free_form:
        path, sep, reason = item.partition("=")
        if not sep or not reason.strip():
            ap.error(f"--free-form {item!r}: give PATH=REASON")
        free_form[path] = reason.strip()
    elsewhere: dict[str, tuple[ChartSource, str]] = {}
    for item in args.dependency:
        alias, sep, rest = item.partition("=")
        dep_ref, sep2, dep_path = rest.partition(":")
        if not sep or not sep2 or not args.git:
            ap.error(f"--dependency {item!r}: give ALIAS=REF:PATH, with --git")
        dep = GitSource(Path(args.git), dep_ref, dep_path)
        if dep.read("Chart.yaml") is None:
            print(f"chartfacts: no Chart.yaml at {args.git}:{dep_ref}:{dep_path}", file=sys.stderr)
            return 2
        elsewhere[alias] = (dep, f"{args.source} {dep_ref}:{dep_path} @ {dep.commit()} (the dependency's release tag)")
    doc = build(source, repo=args.repo, source_repo=args.source, path=args.path or ".", ref=args.ref, commit=commit,
                index=index, index_source=index_source, unverified=args.unverified, free_form=free_form,
                notes=args.note, chart_file=args.chart_file, version_override=args.version_override,
                skip_dependencies=args.skip_dependency, crd_kinds=args.crd_kind, dependencies_elsewhere=elsewhere)
    command = " ".join(["python -m loom.checks.chartfacts", *(_quote(a) for a in (argv if argv is not None else sys.argv[1:]))])
    sys.stdout.write(HEADER.format(command=command))
    sys.stdout.write(yaml.safe_dump(doc, sort_keys=False, width=120, allow_unicode=True))
    return 0


def _quote(arg: str) -> str:
    return arg if re.match(r"^[\w@%+=:,./-]+$", arg) else "'" + arg.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    raise SystemExit(main())

"""The chart-facts generator (`python -m loom.checks.chartfacts`) on charts built to exercise every rule, and the
committed facts files themselves."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, strategies as st

from components.kube import charts
from loom.checks import chartfacts
from loom.checks.chartfacts import ChartFacts, join_path, split_path

REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / "loom" / "checks" / "facts" / "charts"
MIRROR = Path("/work/.mirror")


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12), min_size=1, max_size=5))
def test_paths_round_trip_whatever_the_keys(segments):
    """Keys with dots, slashes, quotes (label keys, annotations) survive join and split."""
    assert split_path(join_path(segments)) == tuple(segments)


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _tgz(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for rel, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(rel)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


CRD = """apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer}
              mode: {type: string, enum: [fast, safe]}
              port: {x-kubernetes-int-or-string: true}
              items:
                type: array
                items: {type: object, properties: {name: {type: string}}}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
"""


@pytest.fixture()
def chart_dir(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    _write(root, {
        "Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: '9.9'\n"
                      "dependencies:\n- {name: sub, version: 0.1.0, alias: queue, condition: queue.enabled}\n"
                      "- {name: remote, version: 2.0.0, repository: https://example.com}\n",
        "values.yaml": "image: {repository: demo, tag: ''}\nreplicas: 1\npodAnnotations: {}\nconfig: {a: 1}\n"
                       "_internal_defaults_do_not_set:\n  autoscaleMin: 1\n  env: {}\n",
        "values.schema.json": json.dumps({"type": "object", "properties": {
            "replicas": {"type": "integer"}, "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}),
        "templates/deploy.yaml": "replicas: {{ .Values.replicas }}\n# commented in values.yaml, read here:\n"
                                 "storageClassName: {{ .Values.volumes.data.storageClassName }}\n"
                                 "{{- with .Values.nodeSelector }}\nnodeSelector:\n{{- toYaml . | nindent 8 }}\n{{- end }}\n"
                                 "{{- $v := .Values.Values.helper.flag }}\n",
        "crds/widgets.yaml": CRD,
    })
    (root / "charts").mkdir()
    (root / "charts" / "sub-0.1.0.tgz").write_bytes(_tgz({
        "sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
        "sub/values.yaml": "zookeeper: {replicas: 3}\n",
        "sub/templates/sts.yaml": "x: {{ .Values.zookeeper.volumes.data.storageClassName }}\n",
    }))
    return root


INDEX = {"entries": {"demo": [
    {"version": "1.2.3", "appVersion": "9.9", "digest": "ab" * 32, "created": "2026-01-01T00:00:00Z", "urls": ["https://x/demo-1.2.3.tgz"]},
    {"version": "1.2.2", "digest": "cd" * 32},
]}}


def _build(chart_dir: Path, **kw) -> dict:
    defaults = dict(repo="https://charts.example.com", source_repo="github.com/example/demo", path="charts/demo", ref="demo-1.2.3",
                    commit="0" * 40, index=INDEX, index_source="test index", unverified=None, free_form={})
    return chartfacts.build(chartfacts.DirSource(chart_dir), **{**defaults, **kw})


def test_generator_reads_values_schema_templates_and_packaged_dependencies(chart_dir):
    doc = _build(chart_dir, free_form={"config": "the app's own config, rendered whole"}, crd_kinds=["Widget"])
    values, free = doc["values"], doc["free_form"]
    assert doc["chart"] == "demo" and doc["version"] == "1.2.3"
    assert doc["published"]["digest"] == "sha256:" + "ab" * 32 and doc["published"]["read_from"] == "test index"
    assert values["image.repository"] == "string" and values["replicas"] == "integer"
    # Istio-style defaults: set at top level.
    assert values["autoscaleMin"] == "integer" and "_internal_defaults_do_not_set" not in json.dumps(values)
    # A key only the templates read (commented out in values.yaml), and helpers' `.Values.Values.x`.
    assert values["volumes.data.storageClassName"] == "any" and values["helper.flag"] == "any"
    # The packaged dependency, under its alias, with its condition.
    assert values["queue.zookeeper.replicas"] == "integer" and values["queue.enabled"] == "boolean"
    assert values["queue.zookeeper.volumes.data.storageClassName"] == "any"
    # Free-form maps: empty in values.yaml, open in the schema, rendered whole, declared.
    assert {"podAnnotations", "env", "labels", "nodeSelector", "config"} <= set(free)
    assert not any(p.startswith("config.") for p in values)  # nothing recorded inside a free-form map
    deps = {d["alias"]: d for d in doc["dependencies"]}
    assert deps["queue"]["values"].startswith("read from the packaged")
    assert deps["remote"]["values"].startswith("not in the chart's source tree")
    crd = doc["custom_resources"]["example.com/v1/Widget"]
    assert crd["fields"]["spec.size"] == "integer" and crd["enums"]["spec.mode"] == ["fast", "safe"]
    assert crd["required"]["spec"] == ["size"] and "spec.extra" in crd["free_form"]


def test_generator_refuses_an_unpublished_version(chart_dir):
    """Issue 10, defect 1's shape: a pin the index does not have (opentelemetry-collector 0.158.3 when the index had
    0.158.0 to 0.158.2) is refused, naming what was published."""
    index = {"entries": {"demo": [{"version": v, "digest": "ab" * 32} for v in ("1.2.0", "1.2.1", "1.2.2", "1.3.0")]}}
    with pytest.raises(SystemExit, match=r"demo 1.2.3 is not in the index; published 1.2.x: 1.2.0, 1.2.1, 1.2.2"):
        _build(chart_dir, index=index)


def test_generator_without_an_index_records_why(chart_dir):
    doc = _build(chart_dir, index=None, unverified="OCI only")
    assert doc["published"]["digest"] is None and doc["published"]["unverified"] == "OCI only"


def test_skipped_dependency_keeps_only_its_switch(chart_dir):
    doc = _build(chart_dir, skip_dependencies=["queue"])
    assert "queue.enabled" in doc["values"] and not any(p.startswith("queue.zookeeper") for p in doc["values"])


def test_cli_writes_a_facts_file_with_its_own_command(chart_dir, tmp_path):
    index = tmp_path / "index.yaml"
    index.write_text(yaml.safe_dump(INDEX), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "loom.checks.chartfacts", str(chart_dir), "--ref", "demo-1.2.3",
                           "--source", "github.com/example/demo", "--repo", "https://charts.example.com", "--index", str(index),
                           "--free-form", "config=rendered whole"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Facts about one pinned Helm chart")
    assert "# python -m loom.checks.chartfacts " in proc.stdout
    facts = ChartFacts.from_dict(yaml.safe_load(proc.stdout))
    assert facts.is_published and facts.check((("replicas"),), 2).ok


def test_cli_bad_free_form_is_one_clear_error(chart_dir):
    proc = subprocess.run([sys.executable, "-m", "loom.checks.chartfacts", str(chart_dir), "--ref", "x", "--source", "s",
                           "--repo", "r", "--free-form", "config"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "give PATH=REASON" in proc.stderr and "Traceback" not in proc.stderr


# --- the committed facts -------------------------------------------------------------------------


def test_every_pinned_chart_has_facts_with_its_source_and_publication():
    """Issue 10, check 1: a pin without facts fails."""
    missing = [f"{c.chart} {c.version}" for c in charts.PINNED if chartfacts.load_facts(c.chart, c.version) is None]
    assert not missing, f"pins without facts (write them with python -m loom.checks.chartfacts): {missing}"
    for ref in charts.PINNED:
        facts = chartfacts.load_facts(ref.chart, ref.version)
        assert chartfacts.normalize_repo(facts.repository) == chartfacts.normalize_repo(ref.repo)
        assert facts.is_published, f"{ref.chart}: no index digest and no reason"
        assert re.fullmatch(r"[0-9a-f]{40}", facts.source["commit"]), facts.source
        assert facts.source["repository"].startswith("github.com/") and facts.source["ref"]
        assert len(facts.values) > 5


def test_component_defaults_are_pinned_charts():
    """Chart versions that live in component args must be the pinned ones (which have facts)."""
    from components.foundation import AwsFoundationArgs, AzureFoundationArgs, ExistingClusterFoundationArgs, MinioArgs
    from components.lake import TelemetryLakeArgs
    from components.milvus import MilvusVectorStoreArgs

    defaults = {
        ("nvidia-device-plugin", AwsFoundationArgs.nvidia_device_plugin_version),
        ("nvidia-device-plugin", AzureFoundationArgs.nvidia_device_plugin_version),
        ("karpenter", AwsFoundationArgs.karpenter_version),
        ("cloudnative-pg", ExistingClusterFoundationArgs.cnpg_chart_version),
        ("gpu-operator", ExistingClusterFoundationArgs.gpu_operator_chart_version),
        ("operator", MinioArgs.operator_chart_version),
        ("opentelemetry-collector", TelemetryLakeArgs.collector_chart_version),
        ("milvus", MilvusVectorStoreArgs.chart_version),
    }
    assert [d for d in defaults if chartfacts.load_facts(*d) is None] == []


def test_istiod_facts_have_no_pilot_block():
    """What defect 2 rests on, read from istio/istio at 1.27.3."""
    facts = chartfacts.load_facts("istiod", "1.27.3")
    assert ("autoscaleMin",) in facts.values and ("replicaCount",) in facts.values
    assert not any(p[0] == "pilot" for p in facts.values)


def test_collector_chart_pin_is_published_and_matches_the_collector_version():
    """Issue 10, defect 1: 0.158.3 was never published. The pin has an index entry with its digest, and its
    appVersion is the collector-contrib version whose exporter keys are recorded."""
    facts = chartfacts.load_facts("opentelemetry-collector", charts.OTEL_COLLECTOR.version)
    assert facts.published["digest"].startswith("sha256:") and facts.published["app_version"] == "0.144.0"
    assert chartfacts.load_facts("opentelemetry-collector", "0.158.3") is None
    from loom.checks.collector import load_collector_facts

    assert load_collector_facts(facts.published["app_version"]) is not None


@pytest.mark.skipif(not (MIRROR / "kubernetes-sigs+metrics-server" / "repo").is_dir() or shutil.which("git") is None,
                    reason="the chart repository is not fetched on this machine (the search tool's fetch brings it)")
def test_committed_facts_regenerate_identically_from_the_source():
    """The regeneration command recorded in a facts file reproduces it from the chart's repository."""
    committed = (FACTS / "metrics-server-3.13.1.yaml").read_text(encoding="utf-8")
    command = next(line for line in committed.splitlines() if line.startswith("# python -m loom.checks.chartfacts"))
    args = command.removeprefix("# python -m loom.checks.chartfacts ").split()
    proc = subprocess.run([sys.executable, "-m", "loom.checks.chartfacts", *args], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == committed

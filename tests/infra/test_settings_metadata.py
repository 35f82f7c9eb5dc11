"""contract/settings.py: a component's settings are parsed straight from the stack file and become its Args through
`wire`, which refuses settings of another component and never lets wiring silently drop a setting."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from components.lake import LakeSettings, TelemetryLakeArgs
from components.milvus import MilvusMode, MilvusSettings, MilvusVectorStoreArgs
from components.triton import TritonCanary, TritonServingArgs, TritonSettings
from contract.settings import FIXED, SETTING, WIRING, camel, key_of, kind_of, settings_fields, wire
from infra.config import ConfigError, parse
from loom.preview import read_stack_file


def _aws() -> dict:
    return copy.deepcopy(read_stack_file("aws").config)


def test_the_stack_file_is_parsed_into_the_components_own_settings_classes():
    loom = parse(_aws(), where="stacks/Pulumi.aws.yaml").loom
    assert type(loom.lake) is LakeSettings and type(loom.triton) is TritonSettings and type(loom.milvus) is MilvusSettings
    assert loom.milvus.mode is MilvusMode.CLUSTER  # the component's enum: no copy to convert from


def test_wire_copies_every_setting_and_adds_only_wiring():
    settings = TritonSettings(image="triton@sha256:" + "0" * 64, canary=TritonCanary(enabled=True, weight=7))
    args = wire(TritonServingArgs, settings, k8s_provider="p", foundation="f")
    for f in settings_fields(TritonSettings):
        assert getattr(args, f.name) == getattr(settings, f.name)
    assert (args.k8s_provider, args.foundation) == ("p", "f")
    assert (args.stable_weight, args.canary_weight, args.canary_replicas) == (93, 7, 1)
    with pytest.raises(TypeError, match="TelemetryLakeArgs extends LakeSettings, not TritonSettings"):
        wire(TelemetryLakeArgs, settings, k8s_provider="p", foundation="f")
    with pytest.raises(TypeError):  # a setting is not wiring: it cannot be passed twice
        wire(MilvusVectorStoreArgs, MilvusSettings(), k8s_provider="p", foundation="f", mode=MilvusMode.STANDALONE)


def test_args_fields_say_what_they_are():
    kinds = {f.name: kind_of(f) for f in dataclasses.fields(TelemetryLakeArgs)}
    assert kinds["collector_image"] == SETTING and kinds["foundation"] == WIRING and kinds["namespace"] == FIXED
    assert [key_of(f) for f in settings_fields(LakeSettings)] == [camel(f.name) for f in dataclasses.fields(LakeSettings)]
    assert "transitionToColdDays" in [key_of(f) for f in settings_fields(TelemetryLakeArgs)]
    assert "namespace" not in [f.name for f in settings_fields(TelemetryLakeArgs)]  # fixed: never a stack key


def test_a_components_check_runs_at_parse_time_with_the_file_and_key():
    cfg = _aws()
    cfg["loom:lake"]["collectorReplicas"] = 0
    with pytest.raises(ConfigError) as info:
        parse(cfg, where="stacks/Pulumi.aws.yaml")
    assert str(info.value) == "stacks/Pulumi.aws.yaml: loom:lake.collectorReplicas = 0 is invalid; allowed: an integer >= 1"
    cfg = _aws()
    cfg["loom:lake"]["namespace"] = "elsewhere"  # a fixed field is not a key
    with pytest.raises(ConfigError, match=r"loom:lake.namespace = 'elsewhere' is invalid; allowed: known keys collectorImage, "):
        parse(cfg, where="stacks/Pulumi.aws.yaml")


def test_the_platform_refuses_bad_settings_before_registering_anything():
    """Settings built in code (not parsed from a stack file) get the same checks: the Platform runs them on every part
    before it registers itself, so a bad value leaves nothing half-made."""
    from components.foundation import ExistingClusterFoundationArgs, Footprint
    from components.platform import Platform, PlatformArgs, PlatformArgsError
    from contract.settings import problems
    from components.feedback import FeedbackSettings
    from components.lake import LakeSettings
    from components.mesh import MeshSettings
    from components.mlflow import MlflowSettings
    from components.observability import ObservabilitySettings

    digest = "@sha256:" + "0" * 64
    settings = TritonSettings(image="triton" + digest, canary=TritonCanary(weight=150))
    assert problems(settings) == [("canary.weight", 150, "an integer from 0 to 100")]
    args = PlatformArgs(environment="dev", foundation=ExistingClusterFoundationArgs(Footprint.DEV), mesh=MeshSettings(),
                        observability=ObservabilitySettings(), lake=LakeSettings(collector_image="otel" + digest),
                        milvus=MilvusSettings(), mlflow=MlflowSettings(image="mlflow" + digest), triton=settings,
                        feedback=FeedbackSettings(image="loom" + digest))
    with pytest.raises(PlatformArgsError, match=r"^Platform: triton.canary.weight = 150 is invalid; allowed: an integer from 0 to 100$"):
        Platform("loom-dev", args)  # raises before super().__init__: no Pulumi runtime is needed to see it
    args.triton = TritonSettings(image="triton" + digest)
    args.mlflow.database.storage_gb = 5
    with pytest.raises(PlatformArgsError, match=r"mlflow.database.storageGb = 5 is invalid; allowed: an integer >= 10"):
        Platform("loom-dev", args)

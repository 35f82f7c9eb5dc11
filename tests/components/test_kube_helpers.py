"""Pure helpers behind the components: no Pulumi engine involved."""

import pytest

from components.foundation.base import ObjectStoreKind as K
from components.foundation.stores import STORES
from components.kube import images, istio, labels, otel, storage, triton_flags
from components.kube.validation import ComponentArgsError, check_dns_label, check_range

DIGEST = "sha256:" + "0123456789abcdef" * 4


@pytest.mark.parametrize(
    "image",
    [
        f"nvcr.io/nvidia/tritonserver:25.06-py3@{DIGEST}",
        f"otel/opentelemetry-collector-contrib@{DIGEST}",
        f"registry.example.com:5000/team/app:1.2@{DIGEST}",
    ],
)
def test_pinned_images_are_accepted(image):
    assert images.is_pinned(image)
    images.check_pinned("C", "image", image)


@pytest.mark.parametrize(
    "image",
    [
        "nvcr.io/nvidia/tritonserver:25.06-py3",
        "nvcr.io/nvidia/tritonserver:latest",
        "nvcr.io/nvidia/tritonserver@sha256:abc",
        f"nvcr.io/nvidia/tritonserver@{DIGEST.upper()}",
        "",
    ],
)
def test_unpinned_images_are_rejected_with_the_argument_named(image):
    with pytest.raises(ComponentArgsError, match=r"C: image = .* pinned by digest"):
        images.check_pinned("C", "image", image)


def test_split_image_keeps_registry_port_and_drops_tag():
    assert images.split_image(f"registry:5000/a/b:1.0@{DIGEST}") == ("registry:5000/a/b", DIGEST)
    assert images.split_image(f"registry:5000/a/b@{DIGEST}") == ("registry:5000/a/b", DIGEST)
    assert images.image_tag(f"registry:5000/a/b:1.0@{DIGEST}") == "1.0"
    assert images.image_tag(f"registry:5000/a/b@{DIGEST}") is None


def test_standard_labels_carry_classification_and_selectors_stay_minimal():
    lbl = labels.standard_labels("triton", "inference", labels.DataClassification.RESTRICTED, track="stable")
    assert lbl[labels.CLASSIFICATION_LABEL] == "restricted"
    assert lbl["app.kubernetes.io/part-of"] == "loom" and lbl["track"] == "stable"
    assert labels.CLASSIFICATION_LABEL not in labels.selector_labels("triton")


def test_validation_messages_name_argument_value_and_allowed():
    with pytest.raises(ComponentArgsError, match=r"X: namespace = 'Bad_NS' is invalid; allowed: a lowercase RFC 1123"):
        check_dns_label("X", "namespace", "Bad_NS")
    with pytest.raises(ComponentArgsError, match="between 0 and 100"):
        check_range("X", "w", 101, 0, 100)


def test_allow_policy_requires_a_source():
    with pytest.raises(ValueError):
        istio.allow_spec({"app": "x"})
    spec = istio.allow_spec({"app": "x"}, namespaces=["a"], principals=["cluster.local/ns/b/sa/c"], ports=[8000])
    assert spec["action"] == "ALLOW"
    assert spec["rules"][0] == {"from": [{"source": {"namespaces": ["a"]}}], "to": [{"operation": {"ports": ["8000"]}}]}
    assert spec["rules"][1]["from"][0]["source"]["principals"] == ["cluster.local/ns/b/sa/c"]


def test_destination_rule_is_istio_mutual_with_outlier_detection():
    spec = istio.destination_rule_spec("h", {"stable": {"track": "stable"}, "canary": {"track": "canary"}})
    assert spec["trafficPolicy"]["tls"]["mode"] == "ISTIO_MUTUAL"
    assert spec["trafficPolicy"]["outlierDetection"]["consecutive5xxErrors"] == 5
    assert [s["name"] for s in spec["subsets"]] == ["stable", "canary"]


def test_virtual_service_weights_must_sum_to_100():
    with pytest.raises(ValueError, match="sum to 110"):
        istio.virtual_service_spec("h", {"stable": 100, "canary": 10})
    spec = istio.virtual_service_spec("h", {"stable": 90, "canary": 10}, ports=[8000, 8001], timeout_s=1.5)
    assert [r["match"][0]["port"] for r in spec["http"]] == [8000, 8001]
    assert [d["weight"] for d in spec["http"][0]["route"]] == [90, 10]
    assert spec["http"][0]["timeout"] == "1.5s"
    assert "gateways" not in spec
    gw = istio.virtual_service_spec(
        "h", {"stable": 100}, gateways=["istio-ingress/g"], external_hosts=["ai.example.com"], ports=[8000, 8001], gateway_port=8000
    )
    assert gw["gateways"] == ["istio-ingress/g", "mesh"] and gw["hosts"] == ["h", "ai.example.com"]
    mesh_routes, gateway_route = gw["http"][:2], gw["http"][2]
    assert all(r["match"][0]["gateways"] == ["mesh"] for r in mesh_routes)
    # Gateway traffic arrives on 443, so it must not be matched on a service port.
    assert gateway_route["match"] == [{"gateways": ["istio-ingress/g"]}]
    assert gateway_route["route"][0]["destination"]["port"] == {"number": 8000}


def test_gateway_serves_tls_and_redirects_plain_http():
    spec = istio.gateway_spec({"istio": "ingressgateway"}, ["ai.example.com"], "cert")
    https, http = spec["servers"]
    assert https["tls"] == {"mode": "SIMPLE", "credentialName": "cert", "minProtocolVersion": "TLSV1_2"}
    assert http["tls"] == {"httpsRedirect": True}


@pytest.mark.parametrize(
    "kind, uri, endpoint, expected",
    [
        (K.S3, "s3://models", None, "s3://models/repo"),
        (K.GCS, "gs://models", None, "gs://models/repo"),
        (K.S3_COMPATIBLE, "s3://models", "https://minio:9000", "s3://https://minio:9000/models/repo"),
        (K.S3_COMPATIBLE, "s3://models", "minio:9000", "s3://https://minio:9000/models/repo"),
        (K.AZURE_BLOB, "abfss://models@acct.dfs.core.windows.net", None, "as://acct/models/repo"),
    ],
)
def test_triton_repository_uri_per_store(kind, uri, endpoint, expected):
    assert STORES[kind].triton_repository(uri, "/repo/", endpoint) == expected


def test_triton_repository_without_path_and_missing_endpoint():
    assert STORES[K.S3].triton_repository("s3://models", "") == "s3://models"
    with pytest.raises(ValueError, match="endpoint"):
        STORES[K.S3_COMPATIBLE].triton_repository("s3://models", "x", None)
    with pytest.raises(ValueError, match="is not s3://"):
        storage.parse_bucket_uri("https://example.com/bucket")


def test_blob_url_and_endpoint_lookup():
    assert storage.blob_https_url("abfss://c@acct.dfs.core.windows.net", "models") == "https://acct.blob.core.windows.net/c/models"
    assert STORES[K.AZURE_BLOB].model_sync_source("abfss://c@acct.dfs.core.windows.net", "models") == "https://acct.blob.core.windows.net/c/models"
    assert [k for k, s in STORES.items() if s.syncs_model_repository] == [K.AZURE_BLOB]
    assert [k for k, s in STORES.items() if s.milvus_static_key] == [K.S3_COMPATIBLE]
    assert set(STORES) == set(K)  # every store kind has its entry
    with pytest.raises(NotImplementedError):
        STORES[K.S3].model_sync_source("s3://b", "models")
    assert storage.s3_endpoint({"AWS_ENDPOINT_URL": "https://m"}) == "https://m"
    assert storage.s3_endpoint({"AWS_REGION": "x"}) is None


@pytest.mark.parametrize(
    "kind, uri, provider, host",
    [
        (K.S3, "s3://b", "aws", "s3.eu-west-1.amazonaws.com"),
        (K.GCS, "gs://b", "gcp", "storage.googleapis.com"),
        (K.AZURE_BLOB, "abfss://b@acct.dfs.core.windows.net", "azure", "core.windows.net"),
        (K.S3_COMPATIBLE, "s3://b", "aws", "minio.storage"),
    ],
)
def test_milvus_storage_never_holds_a_key(kind, uri, provider, host):
    values = STORES[kind].milvus_storage(uri, "eu-west-1", "http://minio.storage:9000").values("milvus")
    assert values["secretKey"] == "" and values["iamEndpoint"] == ""
    assert values["cloudProvider"] == provider and values["host"] == host
    if kind is K.AZURE_BLOB:
        assert values["accessKey"] == "acct"  # the account name, not a key
    else:
        assert values["accessKey"] == ""
    if kind is K.S3_COMPATIBLE:
        assert values["port"] == 9000 and values["useSSL"] is False
        assert values["useIAM"] is False  # defect 14: the key comes by env (MILVUS_KEY_ENV) from a Secret
    else:
        assert values["useIAM"] is True  # workload identity on every cloud


def test_s3_compatible_milvus_store_does_not_use_iam():
    """Issue 10, defect 14: Milvus 2.5's S3 clients (minio-go `credentials.NewIAM("")`, segcore's AWS SDK default
    chain) send a web-identity token only to AWS STS, whatever `iamEndpoint` says; an S3-compatible store is read
    with a static key instead, and still needs its endpoint."""
    assert STORES[K.S3_COMPATIBLE].milvus_storage("s3://b", "us-east-1", "https://minio.loom-storage.svc.cluster.local").values("m")["useIAM"] is False
    with pytest.raises(ValueError, match="needs the endpoint"):
        STORES[K.S3_COMPATIBLE].milvus_storage("s3://b", "us-east-1", None)
    assert storage.MILVUS_KEY_ENV == ("MINIO_ACCESS_KEY_ID", "MINIO_SECRET_ACCESS_KEY")


def test_cluster_ca_files_give_the_ca_the_way_milvus_reads_it():
    from components.kube import identity

    env, volumes, mounts = identity.cluster_ca_files()
    (volume,) = volumes
    assert volume["configMap"] == {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}
    assert {(m["mountPath"], m.get("subPath")) for m in mounts} == {(env["SSL_CERT_FILE"].rsplit("/", 1)[0], None),
                                                                     (identity.SYSTEM_CA_BUNDLE, "ca.crt")}
    assert identity.secret_env("A", "s", "k") == {"name": "A", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}


def test_triton_args_explicit_model_control():
    args = triton_flags.triton_args("s3://b/m", ["embedder", "rag"], extra=["--log-verbose=1"])
    assert args[0] == "--model-repository=s3://b/m"
    assert "--model-control-mode=explicit" in args
    assert [a for a in args if a.startswith("--load-model=")] == ["--load-model=embedder", "--load-model=rag"]
    assert args[-1] == "--log-verbose=1"
    with pytest.raises(ValueError):
        triton_flags.triton_args("s3://b", [])


def test_queue_metric_rule_divides_queue_time_by_successes():
    rule = triton_flags.queue_metric_rule()
    assert rule["name"]["as"] == triton_flags.QUEUE_METRIC == "triton_queue_duration_per_request_us"
    q = rule["metricsQuery"]
    assert "rate(nv_inference_queue_duration_us{<<.LabelMatchers>>}[1m])" in q
    assert "/ clamp_min(sum(rate(nv_inference_request_success{<<.LabelMatchers>>}[1m]))" in q
    assert rule["resources"]["overrides"]["pod"] == {"resource": "pod"}


@pytest.mark.parametrize(
    "kind, uri, exporter",
    [
        (K.S3, "s3://lake", "awss3/lake"),
        (K.S3_COMPATIBLE, "s3://lake", "awss3/lake"),
        (K.GCS, "gs://lake", "googlecloudstorage/lake"),
        (K.AZURE_BLOB, "abfss://lake@acct.dfs.core.windows.net", "azureblob/lake"),
    ],
)
def test_lake_exporter_per_store_without_credentials(kind, uri, exporter):
    eid, cfg = STORES[kind].lake_exporter(uri, "raw/otlp", "eu-west-1", "https://minio:9000")
    assert eid == exporter
    text = " ".join(str(s) for s in _strings(cfg)).lower()
    for forbidden in ("secret", "access_key", "connection_string", "accountkey"):
        assert forbidden not in text
    config = otel.collector_config(eid, cfg)
    assert config["service"]["pipelines"]["logs"]["exporters"] == [eid]
    assert config["receivers"]["otlp"]["protocols"]["grpc"]["endpoint"].endswith(":4317")


def _strings(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from _strings(x)
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _strings(x)
    else:
        yield v


def test_components_pass_their_depends_on_to_kubernetes_children():
    import pulumi

    from components.kube.options import inherited_depends_on

    class R(pulumi.Resource):  # a bare object that passes isinstance; never registered
        def __init__(self):
            pass

    a, b = R(), R()
    assert inherited_depends_on(None) == []
    assert inherited_depends_on(pulumi.ResourceOptions()) == []
    assert inherited_depends_on(pulumi.ResourceOptions(depends_on=a)) == [a]
    assert inherited_depends_on(pulumi.ResourceOptions(depends_on=[a, b])) == [a, b]


def test_token_volume_follows_the_audience_and_ca_of_the_identity_env():
    """Issue 10 (web-identity wiring, found while fixing defect 17): an external S3 endpoint expects its own token
    audience and no cluster CA; the mounted projected token used MinIO's audience whatever the env said."""
    from components.foundation import sts
    from components.kube import identity

    external = sts.web_identity_env("arn:aws:iam::1:role/r", "https://s3.example", "https://sts.example", "us-east-1",
                                     None, "sts.amazonaws.com")
    (volume,), (mount,) = identity.token_volumes(external)
    assert volume["projected"]["sources"] == [
        {"serviceAccountToken": {"audience": "sts.amazonaws.com", "expirationSeconds": 3600, "path": "token"}}]
    assert mount["mountPath"] + "/token" == external["AWS_WEB_IDENTITY_TOKEN_FILE"]
    minio = sts.web_identity_env(sts.MINIO_ROLE_ARN, "https://minio", "https://sts", "us-east-1", sts.CA_FILE)
    (volume,), _ = identity.token_volumes(minio)
    sources = volume["projected"]["sources"]
    assert sources[0]["serviceAccountToken"]["audience"] == "sts.min.io" and sources[1]["configMap"]["name"] == "kube-root-ca.crt"
    assert identity.token_volumes({"AWS_REGION": "eu-west-1"}) == ([], [])


def test_port_level_mtls_needs_a_selector_and_plaintext_allow_needs_ports():
    spec = istio.peer_authentication_spec(istio.STRICT, selector={"cnpg.io/cluster": "pg"}, port_modes={8000: "PERMISSIVE"})
    assert spec == {"mtls": {"mode": "STRICT"}, "portLevelMtls": {"8000": {"mode": "PERMISSIVE"}},
                    "selector": {"matchLabels": {"cnpg.io/cluster": "pg"}}}
    assert istio.peer_authentication_spec() == {"mtls": {"mode": "STRICT"}}
    with pytest.raises(ValueError, match="workload selector"):
        istio.peer_authentication_spec(istio.STRICT, port_modes={8000: "PERMISSIVE"})
    allow = istio.allow_without_mesh_identity_spec({"app": "pg"}, [8000])
    assert allow["rules"] == [{"from": [{"source": {"notPrincipals": ["*"]}}], "to": [{"operation": {"ports": ["8000"]}}]}]
    with pytest.raises(ValueError, match="name its ports"):
        istio.allow_without_mesh_identity_spec({"app": "pg"}, [])


def test_cluster_ca_trust_is_given_only_where_the_cluster_ca_signs_the_store():
    """Milvus' S3 clients read no AWS_CA_BUNDLE: the cluster CA becomes their trust store (SSL_CERT_FILE for Go, the
    system bundle for OpenSSL) from the projected token volume, and only for MinIO STS identities."""
    from components.foundation import sts
    from components.kube import identity

    env = sts.web_identity_env(sts.MINIO_ROLE_ARN, "https://minio.s.svc.cluster.local", "https://sts.minio-operator.svc.cluster.local:4223/sts/s",
                               "us-east-1", sts.CA_FILE)
    extra, mounts = identity.cluster_ca_trust(env)
    assert extra == {"SSL_CERT_FILE": sts.CA_FILE}
    assert mounts == [{"name": sts.TOKEN_VOLUME, "mountPath": "/etc/ssl/certs/ca-certificates.crt", "subPath": "ca.crt", "readOnly": True}]
    (volume,), _ = identity.token_volumes(env)
    assert {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}} in volume["projected"]["sources"]
    external = sts.web_identity_env("arn:aws:iam::1:role/x", "https://s3.example.com", "https://sts.example.com", "us-east-1", None, audience="sts.example.com")
    assert identity.cluster_ca_trust(external) == ({}, [])  # a public CA signs an external store: the system trust stays
    assert identity.cluster_ca_trust({"AWS_REGION": "eu-west-1"}) == ({}, [])  # IRSA: nothing mounted by Loom


def test_components_ask_the_foundation_instead_of_branching_on_the_store():
    """Object-store differences live in components/foundation/stores.py (issue 13, item 4): nothing above the
    foundation names a store kind."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "components"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "foundation" not in p.relative_to(root).parts and "ObjectStoreKind" in p.read_text(encoding="utf-8")]
    assert offenders == []

"""What differs between object stores, in one table: `Foundation.store` hands components the entry for its store.

Components never branch on `ObjectStoreKind`: they ask the foundation's `ObjectStore` how Triton spells a model
repository, what Milvus' `externalS3` block is, which collector exporter writes the lake, whether the model
repository must be synced into the pod (Azure) and whether Milvus needs a static key (S3-compatible stores).
A new store kind is one new class here and one row in `STORES`; nothing above the foundation changes.
Pure functions of strings (applied to Outputs with `.apply`): no resources are created here.
"""

from __future__ import annotations

import abc

from typing import Any, Optional
from urllib.parse import urlsplit

from components.foundation.base import ObjectStoreKind
from components.kube import otel
from components.kube.storage import MilvusStorage, blob_https_url, parse_bucket_uri


def _suffix(path: str) -> str:
    return f"/{path.strip('/')}" if path.strip("/") else ""


def _s3_uploader(bucket: str, prefix: str, region: Optional[str]) -> dict[str, Any]:
    return {
        "region": region or "us-east-1",
        "s3_bucket": bucket,
        "s3_prefix": prefix.strip("/"),
        "s3_partition_format": otel.PARTITION,
        "compression": "gzip",
    }


class ObjectStore(abc.ABC):
    """One object-store API as each consumer needs it. Subclasses override what differs."""

    kind: ObjectStoreKind
    syncs_model_repository: bool = False
    """Triton cannot read this store with workload identity: an init container syncs the repository into the pod
    (`model_sync_image` is then required)."""
    milvus_static_key: bool = False
    """Milvus cannot use this store's workload identity: it reads a least-privilege static key
    (`Foundation.bind_access_key`)."""

    @abc.abstractmethod
    def triton_repository(self, bucket_uri: str, path: str = "", endpoint: Optional[str] = None) -> str:
        """`--model-repository` per Triton's cloud-storage docs."""

    def model_sync_source(self, bucket_uri: str, path: str = "") -> str:
        """What the sync init container copies from, where `syncs_model_repository`."""
        raise NotImplementedError(f"{self.kind.value}: Triton reads the repository itself (no sync)")

    @abc.abstractmethod
    def milvus_storage(self, bucket_uri: str, region: Optional[str], endpoint: Optional[str]) -> MilvusStorage:
        """The chart's `externalS3` block."""

    @abc.abstractmethod
    def lake_exporter(self, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]) -> tuple[str, dict[str, Any]]:
        """(exporter id, exporter config) of the collector writing under `<bucket>/<prefix>/`."""


class AmazonS3(ObjectStore):
    """Amazon S3 (IRSA / Pod Identity)."""

    kind = ObjectStoreKind.S3

    def triton_repository(self, bucket_uri: str, path: str = "", endpoint: Optional[str] = None) -> str:
        return f"s3://{parse_bucket_uri(bucket_uri).bucket}{_suffix(path)}"

    def milvus_storage(self, bucket_uri: str, region: Optional[str], endpoint: Optional[str]) -> MilvusStorage:
        host = f"s3.{region}.amazonaws.com" if region else "s3.amazonaws.com"
        return MilvusStorage(host, 443, parse_bucket_uri(bucket_uri).bucket, "aws", region=region or "")

    def lake_exporter(self, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]) -> tuple[str, dict[str, Any]]:
        # `awss3`: the AWS SDK default chain (IRSA / Pod Identity / web-identity STS).
        uploader = _s3_uploader(parse_bucket_uri(bucket_uri).bucket, prefix, region)
        return "awss3/lake", {"s3uploader": uploader, "marshaler": "otlp_json"}


class S3Compatible(ObjectStore):
    """MinIO or another S3-compatible endpoint (web identity through its own STS); clients need the endpoint."""

    kind = ObjectStoreKind.S3_COMPATIBLE
    milvus_static_key = True  # Milvus 2.5's S3 clients send a web-identity token only to AWS STS (issue 10, defect 14)

    def triton_repository(self, bucket_uri: str, path: str = "", endpoint: Optional[str] = None) -> str:
        # s3://https://host:port/bucket/path
        if not endpoint:
            raise ValueError("an S3-compatible model repository needs the endpoint (AWS_ENDPOINT_URL in the identity env)")
        ep = endpoint.rstrip("/")
        if not ep.startswith(("http://", "https://")):
            ep = f"https://{ep}"
        return f"s3://{ep}/{parse_bucket_uri(bucket_uri).bucket}{_suffix(path)}"

    def milvus_storage(self, bucket_uri: str, region: Optional[str], endpoint: Optional[str]) -> MilvusStorage:
        if not endpoint:
            raise ValueError("an S3-compatible Milvus store needs the endpoint (AWS_ENDPOINT_URL in the identity env)")
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        ssl = parts.scheme == "https"
        return MilvusStorage(parts.hostname or "", parts.port or (443 if ssl else 80), parse_bucket_uri(bucket_uri).bucket, "aws",
                             use_ssl=ssl, region=region or "", use_iam=False)

    def lake_exporter(self, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]) -> tuple[str, dict[str, Any]]:
        if not endpoint:
            raise ValueError("an S3-compatible lake needs the endpoint (AWS_ENDPOINT_URL in the identity env)")
        uploader = _s3_uploader(parse_bucket_uri(bucket_uri).bucket, prefix, region)
        uploader["endpoint"] = endpoint
        uploader["s3_force_path_style"] = True
        return "awss3/lake", {"s3uploader": uploader, "marshaler": "otlp_json"}


class GoogleCloudStorage(ObjectStore):
    """Google Cloud Storage (GKE Workload Identity)."""

    kind = ObjectStoreKind.GCS

    def triton_repository(self, bucket_uri: str, path: str = "", endpoint: Optional[str] = None) -> str:
        return f"gs://{parse_bucket_uri(bucket_uri).bucket}{_suffix(path)}"

    def milvus_storage(self, bucket_uri: str, region: Optional[str], endpoint: Optional[str]) -> MilvusStorage:
        return MilvusStorage("storage.googleapis.com", 443, parse_bucket_uri(bucket_uri).bucket, "gcp", region=region or "")

    def lake_exporter(self, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]) -> tuple[str, dict[str, Any]]:
        # `googlecloudstorage` (logs only; in the contrib distribution since 0.140.0, time partitions since 0.144.0).
        return "googlecloudstorage/lake", {
            "bucket": {
                "name": parse_bucket_uri(bucket_uri).bucket,
                "reuse_if_exists": True,
                "region": region or "",
                "file_prefix": "events",
                "partition": {"prefix": prefix.strip("/"), "format": otel.PARTITION},
            }
        }


class AzureBlob(ObjectStore):
    """Azure Blob Storage / ADLS Gen2 (Azure Workload Identity)."""

    kind = ObjectStoreKind.AZURE_BLOB
    syncs_model_repository = True  # Triton's Azure file system takes only account keys

    def triton_repository(self, bucket_uri: str, path: str = "", endpoint: Optional[str] = None) -> str:
        # as://account/container/path: what an operator would pass by hand (TritonServing syncs instead).
        parsed = parse_bucket_uri(bucket_uri)
        if not parsed.account:
            raise ValueError(f"Azure bucket uri {bucket_uri!r} has no storage account")
        return f"as://{parsed.account}/{parsed.bucket}{_suffix(path)}"

    def model_sync_source(self, bucket_uri: str, path: str = "") -> str:
        # https://account.blob.core.windows.net/container/path: what azcopy (with workload identity) takes.
        return blob_https_url(bucket_uri, path)

    def milvus_storage(self, bucket_uri: str, region: Optional[str], endpoint: Optional[str]) -> MilvusStorage:
        parsed = parse_bucket_uri(bucket_uri)
        return MilvusStorage("core.windows.net", 443, parsed.bucket, "azure", access_key=parsed.account or "")

    def lake_exporter(self, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]) -> tuple[str, dict[str, Any]]:
        parsed = parse_bucket_uri(bucket_uri)
        return "azureblob/lake", {
            "url": f"https://{parsed.account}.blob.core.windows.net/",
            "auth": {
                "type": "workload_identity",
                "client_id": "${env:AZURE_CLIENT_ID}",
                "tenant_id": "${env:AZURE_TENANT_ID}",
                "federated_token_file": "${env:AZURE_FEDERATED_TOKEN_FILE}",
            },
            "container": {"logs": parsed.bucket},
            "blob_name_format": {"logs_format": f"{prefix.strip('/')}/2006/01/02/15/logs_04_05.json"},
            "format": "json",
            # No `compression`: azureblob has none at contrib 0.144.0 (added by PR #47047 in 2026; issue 10 defect 3).
        }


STORES: dict[ObjectStoreKind, ObjectStore] = {s.kind: s for s in (AmazonS3(), S3Compatible(), GoogleCloudStorage(), AzureBlob())}
"""Every object store a foundation can serve, by kind."""

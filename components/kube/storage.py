"""Object-store URIs and the shapes consumers share (what differs per store: components/foundation/stores.py).

`Bucket.uri` from the foundation is s3://name, gs://name or
abfss://container@account.dfs.core.windows.net; consumers want other shapes. Pure functions,
applied to Outputs with `.apply` (no resources are created there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import urlsplit

_ABFSS = re.compile(r"^abfss://(?P<container>[^@/]+)@(?P<account>[^./]+)\.dfs\.core\.windows\.net(?P<path>/.*)?$")

ENDPOINT_ENV_KEYS = ("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")
"""Where an S3-compatible foundation puts its endpoint in `WorkloadIdentity.env` (boto3/aws-sdk names)."""


@dataclass(frozen=True)
class ParsedBucket:
    scheme: str
    bucket: str
    """Bucket name, or the container on Azure."""
    account: Optional[str] = None
    """Azure storage account."""


def parse_bucket_uri(uri: str) -> ParsedBucket:
    m = _ABFSS.match(uri)
    if m:
        return ParsedBucket("abfss", m["container"], m["account"])
    parts = urlsplit(uri)
    if parts.scheme not in ("s3", "gs") or not parts.netloc:
        raise ValueError(f"bucket uri {uri!r} is not s3://, gs:// or abfss://container@account.dfs.core.windows.net")
    return ParsedBucket(parts.scheme, parts.netloc)


def join(uri: str, path: str) -> str:
    path = path.strip("/")
    return f"{uri.rstrip('/')}/{path}" if path else uri.rstrip("/")


def endpoint_input(env: Mapping[str, object]) -> object:
    """The S3 endpoint entry of an identity env as given (a str or an Output), or None."""
    for key in ENDPOINT_ENV_KEYS:
        if env.get(key) is not None:
            return env[key]
    return None


def s3_endpoint(env: Mapping[str, object]) -> Optional[str]:
    for key in ENDPOINT_ENV_KEYS:
        value = env.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def blob_https_url(bucket_uri: str, path: str = "") -> str:
    """https://account.blob.core.windows.net/container/path (what azcopy takes)."""
    parsed = parse_bucket_uri(bucket_uri)
    if parsed.account is None:
        raise ValueError(f"{bucket_uri!r} is not an Azure container uri")
    suffix = f"/{path.strip('/')}" if path.strip("/") else ""
    return f"https://{parsed.account}.blob.core.windows.net/{parsed.bucket}{suffix}"


@dataclass(frozen=True)
class MilvusStorage:
    """The chart's `externalS3` block for one object store. Never holds a secret: with `use_iam` Milvus authenticates
    by workload identity; without it, its key comes from env (`MILVUS_KEY_ENV`) out of a Secret, which Milvus'
    paramtable reads over the rendered milvus.yaml."""

    host: str
    port: int
    bucket: str
    cloud_provider: str
    use_ssl: bool = True
    region: str = ""
    access_key: str = ""
    """Empty except on Azure, where Milvus takes the storage account name here (not a secret)."""
    use_iam: bool = True
    """Workload identity. False only for S3-compatible stores: Milvus 2.5's S3 clients send a web-identity token to
    AWS STS whatever `iamEndpoint` says (issue 10, defect 14; docs/foundations.md, "Milvus on MinIO")."""

    def values(self, root_path: str) -> dict[str, object]:
        return {
            "enabled": True,
            "host": self.host,
            "port": self.port,
            "bucketName": self.bucket,
            "rootPath": root_path,
            "useSSL": self.use_ssl,
            "useIAM": self.use_iam,
            "cloudProvider": self.cloud_provider,
            "region": self.region,
            "accessKey": self.access_key,
            "secretKey": "",
            "useVirtualHost": False,
            "iamEndpoint": "",
        }


MILVUS_KEY_ENV = ("MINIO_ACCESS_KEY_ID", "MINIO_SECRET_ACCESS_KEY")
"""The environment overrides of `minio.accessKeyID` and `minio.secretAccessKey` in Milvus' paramtable (the
parameters' own docs name them: milvus-io/milvus pkg/util/paramtable/service_param.go; the env source is read with a
higher priority than the yaml files, pkg/config/env_source.go and source.go). Both the Go code and segcore (which
takes its storage config from the Go paramtable) then use the key."""

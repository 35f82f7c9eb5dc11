"""Keyless S3 access on existing clusters: MinIO Operator STS (AssumeRoleWithWebIdentity with a projected
Kubernetes service-account token). Pure helpers: env for AWS SDK clients, the projected token volume,
and MinIO policy documents.

Flow: the pod's projected token (audience `sts.min.io`) -> the operator's STS endpoint
(https://sts.minio-operator.svc.cluster.local:4223/sts/<tenant namespace>), which checks it with a
TokenReview and finds a PolicyBinding for the service account -> temporary credentials. The AWS
SDKs do that exchange themselves from AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ENDPOINT_URL_STS.
"""

from __future__ import annotations

import json
from typing import Iterable

from contract.env import LOOM_STS_TOKEN_AUDIENCE
from contract.errors import ArgumentError

from .base import Access

MINIO_STS_AUDIENCE = "sts.min.io"
"""Audience the MinIO Operator (>= 7.1.0) requires on the token (older releases accepted the API server's)."""
TOKEN_DIR = "/var/run/secrets/loom/sts"
TOKEN_FILE = f"{TOKEN_DIR}/token"
CA_FILE = f"{TOKEN_DIR}/ca.crt"
TOKEN_VOLUME = "loom-sts-token"
MINIO_ROLE_ARN = "arn:aws:iam::000000000000:role/loom-minio-sts"
"""MinIO Operator STS ignores RoleArn (the PolicyBinding decides), but AWS SDKs require one to be set."""


def minio_s3_endpoint(tenant_namespace: str) -> str:
    return f"https://minio.{tenant_namespace}.svc.cluster.local"


def minio_sts_endpoint(tenant_namespace: str) -> str:
    return f"https://sts.minio-operator.svc.cluster.local:4223/sts/{tenant_namespace}"


def web_identity_env(role_arn: str, s3_endpoint: str, sts_endpoint: str, region: str, ca_file: str | None,
                     audience: str = MINIO_STS_AUDIENCE) -> dict[str, str]:
    """Environment for AWS SDK / boto3 / s3fs / object_store clients: web identity, never keys."""
    env = {
        "AWS_ROLE_ARN": role_arn,
        "AWS_WEB_IDENTITY_TOKEN_FILE": TOKEN_FILE,
        "AWS_ROLE_SESSION_NAME": "loom",
        "AWS_ENDPOINT_URL_S3": s3_endpoint,
        "AWS_ENDPOINT_URL_STS": sts_endpoint,
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_S3_FORCE_PATH_STYLE": "true",
    }
    if audience != MINIO_STS_AUDIENCE:  # only external endpoints need to say which audience they expect
        env[LOOM_STS_TOKEN_AUDIENCE] = audience
    if ca_file:
        env["AWS_CA_BUNDLE"] = ca_file
    return env


def token_volume(audience: str = MINIO_STS_AUDIENCE, with_cluster_ca: bool = True) -> dict:
    """The projected volume a pod needs for web identity (k8s Volume as a dict): a short-lived token for
    `audience`, plus the cluster CA that signs the MinIO Operator's auto-generated certificates."""
    sources: list[dict] = [{"serviceAccountToken": {"audience": audience, "expirationSeconds": 3600, "path": "token"}}]
    if with_cluster_ca:
        sources.append({"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}})
    return {"name": TOKEN_VOLUME, "projected": {"sources": sources}}


def token_volume_for(env: dict) -> dict:
    """The projected volume matching a WorkloadIdentity's env (audience, and the cluster CA only when used)."""
    return token_volume(env.get(LOOM_STS_TOKEN_AUDIENCE, MINIO_STS_AUDIENCE), with_cluster_ca=env.get("AWS_CA_BUNDLE") == CA_FILE)


def token_volume_mount() -> dict:
    return {"name": TOKEN_VOLUME, "mountPath": TOKEN_DIR, "readOnly": True}


def minio_policy(grants: Iterable[tuple[str, Access]]) -> str:
    """MinIO (IAM-compatible) policy for (bucket name, access) grants: list + read (+ write/delete)."""
    statements: list[dict] = []
    for bucket, access in grants:
        actions = ["s3:GetObject", "s3:GetObjectVersion"]
        if Access(access) == Access.READ_WRITE:
            actions += ["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
        statements += [
            {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
             "Resource": [f"arn:aws:s3:::{bucket}"]},
            {"Effect": "Allow", "Action": actions, "Resource": [f"arn:aws:s3:::{bucket}/*"]},
        ]
    if not statements:
        raise ArgumentError("grants is empty: a MinIO policy must grant access to at least one bucket")
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, sort_keys=True)


def bucket_script(alias_url: str, bucket: str, versioning: bool, noncurrent_days: int, retention_days: int | None,
                  kms_key: str | None) -> str:
    """Idempotent shell for the MinIO client: create the bucket, versioning, lifecycle, default encryption.
    Credentials come from the tenant's config.env mounted in the Job (admin tooling in the storage namespace only)."""
    lines = [
        "set -eu",
        ". /config/config.env",
        f'mc alias set loom "{alias_url}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" --api s3v4 >/dev/null',
        f"mc mb --ignore-existing loom/{bucket}",
        f"mc anonymous set none loom/{bucket}",
    ]
    if versioning:
        lines += [f"mc version enable loom/{bucket}",
                  f"mc ilm rule ls loom/{bucket} --json | grep -q '\"NoncurrentVersionExpiration\"' || "
                  f"mc ilm rule add --noncurrent-expire-days {noncurrent_days} loom/{bucket}"]
    if retention_days is not None:
        lines.append(f"mc ilm rule ls loom/{bucket} --json | grep -q '\"Expiration\"' || "
                     f"mc ilm rule add --expire-days {retention_days} loom/{bucket}")
    # Default encryption on every bucket: SSE-KMS with the KES key when KES is configured, else SSE-S3
    # under the tenant's own KMS secret key.
    lines.append(f"mc encrypt set sse-kms {kms_key} loom/{bucket}" if kms_key else f"mc encrypt set sse-s3 loom/{bucket}")
    return "\n".join(lines) + "\n"


def policy_script(alias_url: str, policy_name: str) -> str:
    """Idempotent shell: create or replace a MinIO policy from /policy/policy.json."""
    return "\n".join([
        "set -eu",
        ". /config/config.env",
        f'mc alias set loom "{alias_url}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" --api s3v4 >/dev/null',
        f"mc admin policy create loom {policy_name} /policy/policy.json",
    ]) + "\n"


KEY_DIR = "/key"
"""Where the user Job mounts the Secret that holds the static key it registers (`user_script`)."""


def user_script(alias_url: str, policy_name: str, id_file: str, secret_file: str) -> str:
    """Idempotent shell: create the MinIO user whose key is in the mounted Secret (or set its secret key again, which
    is how a rotation reaches MinIO) and attach the policy `policy_name` to it. The key is read from files, never
    from the Job's spec; `mc admin policy attach` fails when the policy is attached already, which is success here."""
    return "\n".join([
        "set -eu",
        ". /config/config.env",
        f'mc alias set loom "{alias_url}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" --api s3v4 >/dev/null',
        f'ACCESS_KEY="$(cat {KEY_DIR}/{id_file})"',
        f'mc admin user add loom "$ACCESS_KEY" "$(cat {KEY_DIR}/{secret_file})" >/dev/null',
        # `--json` prints {"policyName": "p1,p2", ...} (minio/docs mc-admin-user-info.rst): match the name exactly.
        f'mc admin policy attach loom {policy_name} --user "$ACCESS_KEY" || '
        f"mc admin user info loom \"$ACCESS_KEY\" --json | grep -Eq '\"policyName\": ?\"([^\"]*,)?{policy_name}(,[^\"]*)?\"'",
    ]) + "\n"

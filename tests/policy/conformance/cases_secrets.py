"""Credentials: static cloud keys by name and by shape anywhere, hand-written credentials in Secrets,
ConfigMaps, env and Helm values."""

from __future__ import annotations

import base64

from tests.policy.conformance.k8s import container, helm, obj, pod_spec, workload
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import (AWS_KEYS, AZURE_KEYS, GCP_KEYS, K8S_ENV, K8S_SECRETS, MINIO_CONFIG)

ST, PT = "no-static-object-store-credentials", "no-plaintext-credentials"
KEY_ID = "AKIA" + "Q3EXAMPLE7JKPM4Z"  # shape of an access key id, not a real one
STRONG = "Vt9qLm2XcR7wKp4sNz8bHd3fYj6gQa1E"  # 32 generated characters


def secret(ns="loom-data", string_data=None, data=None, type_="Opaque", patch=False):
    top = {"type": type_}
    if string_data is not None:
        top["stringData"] = string_data
    if data is not None:
        top["data"] = {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}
    return obj("v1", "Secret", ns, None, patch=patch, **top)


def env(*pairs):
    return workload(pod=pod_spec(containers=[container(env=[dict(p) for p in pairs])]))


CASES = [
    deny("static-aws-env", ST, AWS_KEYS, [env({"name": "AWS_SECRET_ACCESS_KEY", "valueFrom": {"secretKeyRef": {
        "name": "aws", "key": "secret"}}})], expect="AWS_SECRET_ACCESS_KEY"),
    deny("static-shared-credentials-file", ST, AWS_KEYS,
         [secret(string_data={"credentials": f"[default]\naws_access_key_id = {KEY_ID}\n"
                                             "aws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n"})],
         expect="shared-credentials"),
    deny("static-key-id-by-shape-in-data", ST, AWS_KEYS, [secret(data={"id": KEY_ID})], expect="AWS access key id"),
    deny("static-gcp-key-json", ST, GCP_KEYS, [secret(string_data={"key.json": '{"type": "service_account", '
                                                                        '"private_key": "-----BEGIN PRIVATE KEY-----"}'})],
         expect="GCP service-account key"),
    deny("static-azure-connection-string", ST, AZURE_KEYS,
         [secret(string_data={"conn": "DefaultEndpointsProtocol=https;AccountName=loom;AccountKey="
                                      "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0;EndpointSuffix=core.windows.net"})],
         expect="AccountKey"),
    deny("static-azure-sas-in-env", ST, AZURE_KEYS,
         [env({"name": "MODEL_URL", "value": "https://loom.blob.core.windows.net/m?sv=2022-11-02&sig=abcdEFGH1234%2Bxyz"})],
         expect="SAS"),
    deny("static-helm-values-secret-key", ST, AWS_KEYS,
         [helm("milvus", "loom-data", {"externalS3": {"useIAM": True, "accessKey": "loom", "secretKey": "abc123xyz"}})],
         expect="secretKey"),
    deny("static-configmap-key-id", ST, AWS_KEYS, [obj("v1", "ConfigMap", "loom-system", None, data={"aws": KEY_ID})]),
    allow("static-workload-identity-only", ST, AWS_KEYS,
          [env({"name": "AWS_ROLE_ARN", "value": "arn:aws:iam::111122223333:role/triton"},
               {"name": "AWS_WEB_IDENTITY_TOKEN_FILE", "value": "/var/run/secrets/eks.amazonaws.com/serviceaccount/token"}),
           helm("milvus", "loom-data", {"externalS3": {"useIAM": True, "accessKey": "loomlake", "secretKey": ""}})]),
    deny("plaintext-minio-config-env", PT, MINIO_CONFIG,
         [secret("loom-storage", {"config.env": "export MINIO_ROOT_USER=minio\nexport MINIO_ROOT_PASSWORD=minio123\n"})],
         expect="MINIO_ROOT_PASSWORD"),
    deny("plaintext-db-password-default", PT, K8S_SECRETS,
         [secret(string_data={"POSTGRES_PASSWORD": "postgres"})], expect="well-known default"),
    deny("plaintext-db-password-short-in-data", PT, K8S_SECRETS,
         [secret(data={"password": "Summer2024!"}, type_="kubernetes.io/basic-auth")], expect="11 characters"),
    deny("plaintext-uri-password", PT, K8S_SECRETS,
         [secret(string_data={"MLFLOW_BACKEND_STORE_URI": "postgresql://mlflow:mlflow@db:5432/mlflow"})],
         expect="connection URI"),
    deny("plaintext-secret-patch", PT, K8S_SECRETS, [secret(string_data={"admin-password": "changeme"}, patch=True)]),
    deny("plaintext-env-literal", PT, K8S_ENV,
         [env({"name": "DB_PASSWORD", "value": STRONG})], expect="literal value"),
    deny("plaintext-env-api-token", PT, K8S_ENV, [env({"name": "HF_TOKEN", "value": "hf_abcdefghijklmnop"})]),
    deny("plaintext-env-uri", PT, K8S_ENV,
         [env({"name": "DATABASE_URL", "value": "mysql://root:toor@mysql:3306/app"})], expect="inline password"),
    deny("plaintext-configmap-credential", PT, K8S_SECRETS,
         [obj("v1", "ConfigMap", "loom-data", None, data={"redis_password": STRONG})], expect="ConfigMap"),
    deny("plaintext-configmap-file", PT, K8S_SECRETS,
         [obj("v1", "ConfigMap", "loom-data", None, data={"app.ini": "[db]\npassword = " + STRONG + "\n"})]),
    deny("plaintext-helm-default-password", PT, K8S_SECRETS,
         [helm("postgresql", "loom-data", {"auth": {"postgresPassword": "postgres"}})], expect="auth.postgresPassword"),
    allow("plaintext-generated-and-referenced", PT, K8S_SECRETS,
          [secret(string_data={"password": STRONG, "username": "mlflow",
                               "uri": f"postgresql://mlflow:{STRONG}@db:5432/mlflow"}),
           secret(string_data="[secret]"),
           env({"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
               {"name": "AWS_WEB_IDENTITY_TOKEN_FILE", "value": "/var/run/secrets/token"},
               {"name": "TOKEN_AUDIENCE", "value": "sts.amazonaws.com"}),
           helm("postgresql", "loom-data", {"auth": {"existingSecret": "pg", "secretKeys": {"adminPasswordKey": "pw"}}})]),
]

"""Credentials: no static cloud keys anywhere (workload identity only), and no hand-written credentials
in Secrets, ConfigMaps, container env or Helm values.

What the pack can and cannot tell: the Python SDK hands policies a secret's plaintext (it unwraps Pulumi
secrets before `validate` runs), so a generated password and one typed into the program look alike. The
rules therefore judge what a value *is*:
- static cloud keys and key files (AWS access key ids, shared-credentials files, GCP service-account key
  JSON, Azure account keys and SAS signatures) are violations wherever they appear;
- a credential in a Secret or Helm values is "hand-written" when it is a well-known default or shorter than
  `minLength` (default 16; Loom generates 32-40 characters); the offline preview's redacted `[secret]` is
  not judged;
- a credential-named environment variable with a literal `value` (instead of `valueFrom`), a connection URI
  with an inline password in env, and any credential in a ConfigMap are plaintext by construction.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any, Iterator

from ._k8s import cname, containers, dotted, helm_nodes, helm_trees, is_helm, k8s_type, pod_template
from ._util import (CRITICAL, HIGH, as_list, config, get, is_map, resource_policy, schema, string_list, text,
                    truthy)

CONCERN = "secrets"

# --- value shapes --------------------------------------------------------------------------------
_AWS_KEY_ID = re.compile(r"(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")
_SHARED_CREDENTIALS = re.compile(r"^\s*aws_secret_access_key\s*=\s*\S+", re.M | re.I)
_AZURE_ACCOUNT_KEY = re.compile(r"AccountKey=[A-Za-z0-9+/=]{20,}", re.I)
_AZURE_SAS = re.compile(r"(?:SharedAccessSignature=|[?&]sig=)[A-Za-z0-9%+/=]{10,}", re.I)
_URI_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:([^@\s/]+)@", re.I)
_REDACTED = {"", "[secret]", "[unknown]"}


def _gcp_key(value: str) -> bool:
    return '"private_key"' in value and '"service_account"' in value


def static_key_findings(value: str) -> list[str]:
    """What a string value holds that is a static cloud credential by its shape."""
    out = []
    if _AWS_KEY_ID.search(value):
        out.append("an AWS access key id (AKIA/ASIA...)")
    if _SHARED_CREDENTIALS.search(value):
        out.append("an AWS shared-credentials file (aws_secret_access_key)")
    if _gcp_key(value):
        out.append("a GCP service-account key (JSON with private_key)")
    if _AZURE_ACCOUNT_KEY.search(value):
        out.append("an Azure storage account key (AccountKey=)")
    if _AZURE_SAS.search(value):
        out.append("an Azure SAS signature")
    return out


def _decoded(value: str) -> str:
    """A Secret `data` value decoded from base64 when it is valid base64 text."""
    try:
        raw = base64.b64decode(value, validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return value


def _secret_entries(props: Any) -> Iterator[tuple[str, str, str]]:
    """(field, key, text) of a Secret's stringData and (decoded) data."""
    for field in ("stringData", "data"):
        bag = get(props, field)
        if not is_map(bag):
            continue
        for key in bag:
            value = get(bag, key)
            if isinstance(value, str):
                yield field, str(key), _decoded(value) if field == "data" else value


# --- no-static-object-store-credentials ---------------------------------------------------------------
_ENV_NAMES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AZURE_STORAGE_KEY",
              "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGE_SAS_TOKEN",
              "GOOGLE_APPLICATION_CREDENTIALS", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY"]
_SECRET_KEYS = ["accesskey", "secretkey", "accesskeyid", "secretaccesskey", "azurestorageaccountkey",
                "connectionstring", "credentialsjson", "serviceaccountjson", "serviceaccountkey"]
_KEY_IDS = {"accesskey", "accesskeyid"}  # identifiers, not secrets, when the chart authenticates via IAM


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _static_creds(args, report, unknowns):
    env_names = {_norm(n) for n in config(args, "envNames", _ENV_NAMES)}
    bad_keys = env_names | {_norm(k) for k in config(args, "secretKeys", _SECRET_KEYS)}
    t = k8s_type(args.resource_type)
    if t is None:
        return
    if t.group == "core" and t.kind in ("Secret", "ConfigMap"):
        for field in ("data", "stringData", "binaryData"):
            with unknowns.guard():
                bag = get(args.props, field)
                for key in bag if is_map(bag) else []:
                    if _norm(str(key)) in bad_keys:
                        report(f"{t.kind} key '{key}' holds a static object-store credential; use workload identity")
                    value = get(bag, key)
                    if isinstance(value, str):
                        for what in static_key_findings(_decoded(value) if field == "data" else value):
                            report(f"{t.kind} {field}.{key} holds {what}; use workload identity")
        return
    if is_helm(args.resource_type):
        trees = dict(helm_trees(args.props))
        for label, path, node in helm_nodes(args.props, unknowns):
            key = path[-1]
            if isinstance(key, str) and _norm(key) in bad_keys and isinstance(node, str) and node.strip():
                # Charts such as Milvus reuse `accessKey` for the account/bucket identity when `useIAM`
                # is on (no secret involved); a secret key is a credential either way.
                if _norm(key) in _KEY_IDS and truthy(get(trees[label], *path[:-1], "useIAM")):
                    continue
                report(f"Helm {label}.{dotted(path)} sets a static object-store credential")
            if key == "name" and isinstance(node, str) and _norm(node) in env_names:
                report(f"Helm {label}.{dotted(path[:-1])} sets env {node}")
            if isinstance(node, str):
                for what in static_key_findings(node):
                    report(f"Helm {label}.{dotted(path)} holds {what}")
        return
    pod = pod_template(args.resource_type, args.props)
    if pod is None:
        return
    for _, c in containers(pod.spec):
        for env in as_list(get(c, "env")):
            with unknowns.guard():
                name = text(get(env, "name"))
                if _norm(name) in env_names:
                    report(f"container '{cname(c)}' sets env {name}: object storage must be reached through "
                           "workload identity")
                value = get(env, "value")
                if isinstance(value, str):
                    for what in static_key_findings(value):
                        report(f"container '{cname(c)}' env {name} holds {what}")


no_static_object_store_credentials = resource_policy(
    "no-static-object-store-credentials",
    "No static cloud or object-store keys (by name or by shape: AWS key ids, shared-credentials files, GCP key "
    "JSON, Azure account keys/SAS) in Secrets, ConfigMaps, container env or Helm values: workload identity only.",
    _static_creds, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(
        envNames=string_list(_ENV_NAMES, "Environment variable names that carry object-store keys."),
        secretKeys=string_list(_SECRET_KEYS, "Secret/ConfigMap/values keys (compared without case or punctuation).")),
    steps="Bind the service account to a cloud identity (IRSA / Pod Identity, GKE WI, Azure WI, MinIO STS).",
)


# --- no-plaintext-credentials -----------------------------------------------------------------------
_CRED_NAME = re.compile(r"(passw(or)?d|pwd|passphrase|secret|token|apikey|api_key|accesskey|access_key|privatekey|"
                        r"private_key|credential|connectionstring|connection_string)", re.I)
_NOT_CRED_SUFFIX = re.compile(r"(file|path|dir|name|names|ref|arn|url|endpoint|enabled|type|mode|length|policy|"
                              r"existingsecret|keyref|ttl|expiry|expiration|header|audience|"
                              r"(password|passwd|token|credential)key)$", re.I)
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[:=]\s*[\"']?([^\"'\s#]*)", re.M)
DEFAULT_PASSWORDS = ["password", "passw0rd", "p@ssw0rd", "changeme", "change-me", "secret", "admin", "root",
                     "postgres", "mysql", "minio", "minio123", "minioadmin", "mlflow", "letmein", "test", "12345678",
                     "123456", "qwerty", "default", "guest", "example", "hunter2"]


def credential_named(key: str) -> bool:
    return bool(_CRED_NAME.search(key)) and not _NOT_CRED_SUFFIX.search(key)


def _reference(value: str) -> bool:
    """A value that points at a credential instead of holding it."""
    v = value.strip()
    return v in _REDACTED or v.startswith(("$", "{{", "%(", "vault:", "arn:", "projects/")) or \
        (v.startswith("https://") and ".vault.azure.net" in v)


def _weak(value: str, min_length: int, defaults: set[str]) -> str | None:
    if value.lower() in defaults:
        return "a well-known default password"
    if len(value) < min_length:
        return f"{len(value)} characters (a generated credential has at least {min_length})"
    return None


def _judge_text(where: str, key: str, body: str, min_length: int, defaults: set[str]) -> Iterator[str]:
    """Hand-written credentials in one Secret/values entry: the entry itself, inline URIs, KEY=VALUE lines."""
    if credential_named(key) and not _reference(body) and "\n" not in body.strip():
        why = _weak(body.strip(), min_length, defaults)
        if why:
            yield f"{where} is a hand-written credential ({why})"
    for m in _URI_PASSWORD.finditer(body):
        pw = m.group(1)
        why = None if _reference(pw) else _weak(pw, min_length, defaults)
        if why:
            yield f"{where} holds a connection URI with a hand-written password ({why})"
    if "\n" in body.strip() or "=" in body:
        for m in _ASSIGNMENT.finditer(body):
            name, value = m.group(1), m.group(2)
            if name != key and credential_named(name) and value and not _reference(value):
                why = _weak(value, min_length, defaults)
                if why:
                    yield f"{where} sets {name} to a hand-written credential ({why})"


def _plaintext(args, report, unknowns):
    min_length = int(config(args, "minLength", 16))
    defaults = {d.lower() for d in config(args, "defaultPasswords", DEFAULT_PASSWORDS)}
    allowed_env = set(config(args, "allowedEnvNames", []))
    t = k8s_type(args.resource_type)
    if t is None:
        return
    if t.group == "core" and t.kind == "Secret":
        with unknowns.guard():
            for field, key, body in _secret_entries(args.props):
                for finding in _judge_text(f"Secret {field}.{key}", key, body, min_length, defaults):
                    report(finding)
        return
    if t.group == "core" and t.kind == "ConfigMap":
        with unknowns.guard():
            bag = get(args.props, "data")
            for key in bag if is_map(bag) else []:
                value = get(bag, key)
                if not isinstance(value, str):
                    continue
                if credential_named(str(key)) and value.strip() and not _reference(value):
                    report(f"ConfigMap data.{key} holds a credential in plaintext; ConfigMaps are not secret")
                for m in _URI_PASSWORD.finditer(value):
                    if not _reference(m.group(1)):
                        report(f"ConfigMap data.{key} holds a connection URI with an inline password")
                for m in _ASSIGNMENT.finditer(value):
                    if m.group(1) != key and credential_named(m.group(1)) and m.group(2) and not _reference(m.group(2)):
                        report(f"ConfigMap data.{key} sets {m.group(1)} in plaintext")
        return
    if is_helm(args.resource_type):
        for label, path, node in helm_nodes(args.props, unknowns):
            if isinstance(path[-1], str) and isinstance(node, str) and node.strip():
                for finding in _judge_text(f"Helm {label}.{dotted(path)}", path[-1], node, min_length, defaults):
                    report(finding)
        return
    pod = pod_template(args.resource_type, args.props)
    if pod is None:
        return
    for _, c in containers(pod.spec):
        for env in as_list(get(c, "env")):
            with unknowns.guard():
                name, value = text(get(env, "name")), get(env, "value")
                if not isinstance(value, str) or not value.strip() or name in allowed_env:
                    continue
                if credential_named(name) and not _reference(value):
                    report(f"container '{cname(c)}' env {name} has a literal value; use valueFrom.secretKeyRef")
                elif (uri := _URI_PASSWORD.search(value)) and not _reference(uri.group(1)):
                    report(f"container '{cname(c)}' env {name} holds a connection URI with an inline password")


no_plaintext_credentials = resource_policy(
    "no-plaintext-credentials",
    "No hand-written credentials: no default or short passwords in Secrets (also config.env files and connection "
    "URIs) or Helm values, no credential in a ConfigMap, no literal value for a credential-named env variable.",
    _plaintext, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        minLength={"type": "integer", "minimum": 8, "default": 16,
                   "description": "Shortest credential accepted as generated."},
        defaultPasswords=string_list(DEFAULT_PASSWORDS, "Well-known default passwords (compared without case)."),
        allowedEnvNames=string_list([], "Credential-looking env names that hold no secret (e.g. a token audience).")),
    steps="Generate credentials (random.RandomPassword) into a Secret and reference it (valueFrom.secretKeyRef, "
          "existingSecret); never type them into the program.",
)

POLICIES = [no_static_object_store_credentials, no_plaintext_credentials]

"""What the cloud providers would return, for the offline preview.

The program reads a few provider outputs (an EKS endpoint and certificate authority, an OIDC
issuer, ARNs, identity client ids, database hosts). Under the SDK's mocks nothing computes
them, so this table imitates the providers: every resource echoes its inputs (as the engine
does for inputs that are also outputs) plus the computed outputs the real provider sets, in
the real provider's shape and camelCase names. Values are derived from the resource name and
type only, so a preview is deterministic (golden files depend on it).
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any, Callable, Mapping

ACCOUNT = "123456789012"
"""The AWS account the preview pretends to deploy to."""
SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
TENANT = "11111111-1111-1111-1111-111111111111"
GCP_PROJECT_NUMBER = "123456789012"

_MOCK_CA = base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMOCK\n-----END CERTIFICATE-----\n").decode()


def digest(*parts: str, n: int = 8) -> str:
    """A short stable hex digest: the same name always mocks to the same id."""
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:n]


def uuid_for(*parts: str) -> str:
    h = hashlib.sha256("/".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _aws_region(inputs: Mapping[str, Any]) -> str:
    return str(inputs.get("region") or "us-east-1")


def _arn(service: str, resource: str, *, region: str = "us-east-1", account: str = ACCOUNT) -> str:
    return f"arn:aws:{service}:{region}:{account}:{resource}"


# --- per-type computed outputs: (type token) -> f(name, inputs) -> extra outputs -------------

Computed = Callable[[str, Mapping[str, Any]], dict[str, Any]]


def _eks_cluster(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    cname = i.get("name") or name
    region = _aws_region(i)
    oidc_id = digest("oidc", name, n=32).upper()
    return {
        "name": cname,
        "arn": _arn("eks", f"cluster/{cname}", region=region),
        "endpoint": f"https://{digest('eks', name, n=32).upper()}.gr7.{region}.eks.amazonaws.com",
        "certificateAuthority": {"data": _MOCK_CA},
        "vpcConfig": {**(i.get("vpcConfig") or {}), "clusterSecurityGroupId": f"sg-{digest('eks-sg', name, n=17)}"},
        "identities": [{"oidcs": [{"issuer": f"https://oidc.eks.{region}.amazonaws.com/id/{oidc_id}"}]}],
        "status": "ACTIVE",
        "version": i.get("version") or "1.31",
        "platformVersion": "eks.1",
        "clusterId": uuid_for("eks", name),
    }


def _aws_named_arn(service: str, kind: str, key: str = "name") -> Computed:
    def f(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
        n = i.get(key) or f"{name}-{digest(name)}"
        return {key: n, "arn": _arn(service, f"{kind}/{n}" if kind else n, region="" if service == "iam" else _aws_region(i))}

    return f


def _sqs_queue(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    out = _aws_named_arn("sqs", "")(name, i)
    return {**out, "url": f"https://sqs.{_aws_region(i)}.amazonaws.com/{ACCOUNT}/{out['name']}"}


def _iam_role(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    n = i.get("name") or f"{name}-{digest(name)}"
    return {"name": n, "arn": f"arn:aws:iam::{ACCOUNT}:role/{n}", "uniqueId": f"AROA{digest('role', name, n=16).upper()}"}


def _iam_policy(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    n = i.get("name") or f"{name}-{digest(name)}"
    return {"name": n, "arn": f"arn:aws:iam::{ACCOUNT}:policy/{n}", "policyId": f"ANPA{digest('pol', name, n=16).upper()}"}


def _oidc_provider(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    url = str(i.get("url") or "https://oidc.example")
    return {"arn": f"arn:aws:iam::{ACCOUNT}:oidc-provider/{url.removeprefix('https://')}"}


def _s3_bucket(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    b = i.get("bucket") or f"{name}-{digest(name)}"
    region = _aws_region(i)
    return {
        "bucket": b,
        "arn": f"arn:aws:s3:::{b}",
        "bucketDomainName": f"{b}.s3.amazonaws.com",
        "bucketRegionalDomainName": f"{b}.s3.{region}.amazonaws.com",
        "region": region,
        "hostedZoneId": "Z3AQBSTGFYJSTF",
    }


def _kms_key(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    kid = uuid_for("kms", name)
    return {"keyId": kid, "arn": _arn("kms", f"key/{kid}", region=_aws_region(i))}


def _rds_instance(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    ident = i.get("identifier") or f"{name}-{digest(name)}"
    region = _aws_region(i)
    host = f"{ident}.{digest('rds', name, n=12)}.{region}.rds.amazonaws.com"
    port = int(i.get("port") or 5432)
    return {
        "identifier": ident,
        "arn": _arn("rds", f"db:{ident}", region=region),
        "address": host,
        "endpoint": f"{host}:{port}",
        "port": port,
        "resourceId": f"db-{digest('rdsid', name, n=26).upper()}",
    }


def _aws_vpc_like(prefix: str) -> Computed:
    def f(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
        rid = f"{prefix}-{digest(prefix, name, n=17)}"
        return {"arn": _arn("ec2", f"{prefix}/{rid}", region=_aws_region(i)), "ownerId": ACCOUNT, "_id": rid}

    return f


def _eks_node_group(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "arn": _arn("eks", f"nodegroup/{i.get('clusterName', 'cluster')}/{name}/{uuid_for('ng', name)}", region=_aws_region(i)),
        "nodeGroupName": i.get("nodeGroupName") or name,
        "status": "ACTIVE",
    }


def _gke_cluster(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": i.get("name") or name,
        "endpoint": f"34.{int(digest('gke', name, n=2), 16) % 250}.10.20",
        "masterAuth": {"clusterCaCertificate": _MOCK_CA, "clientCertificate": "", "clientKey": ""},
        "selfLink": f"https://container.googleapis.com/v1/projects/{i.get('project', 'project')}/locations/{i.get('location', 'region')}/clusters/{i.get('name') or name}",
        "masterVersion": "1.31.5-gke.1000000",
    }


def _gcp_service_account(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    project = i.get("project") or "loom-project"
    account_id = i.get("accountId") or name[:28]
    email = f"{account_id}@{project}.iam.gserviceaccount.com"
    return {
        "email": email,
        "name": f"projects/{project}/serviceAccounts/{email}",
        "uniqueId": str(int(digest("sa", name, n=15), 16)),
        "member": f"serviceAccount:{email}",
    }


def _gcp_named(kind: str) -> Computed:
    def f(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
        n = i.get("name") or f"{name}-{digest(name)}"
        project = i.get("project") or "loom-project"
        return {"name": n, "selfLink": f"https://www.googleapis.com/{kind}/v1/projects/{project}/{n}"}

    return f


def _gcs_bucket(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    n = i.get("name") or f"{name}-{digest(name)}"
    return {"name": n, "url": f"gs://{n}", "selfLink": f"https://www.googleapis.com/storage/v1/b/{n}"}


def _kms_crypto_key(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    n = i.get("name") or name
    return {"name": n, "id": f"{i.get('keyRing', 'projects/p/locations/l/keyRings/r')}/cryptoKeys/{n}"}


def _cloudsql_instance(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    n = i.get("name") or f"{name}-{digest(name)}"
    project = i.get("project") or "loom-project"
    return {
        "name": n,
        "connectionName": f"{project}:{i.get('region', 'region')}:{n}",
        "privateIpAddress": f"10.{int(digest('sql', name, n=2), 16) % 250}.0.3",
        "ipAddresses": [{"ipAddress": "10.0.0.3", "type": "PRIVATE"}],
        "serverCaCerts": [{"cert": _MOCK_CA}],
        "selfLink": f"https://sqladmin.googleapis.com/sql/v1beta4/projects/{project}/instances/{n}",
    }


def _azure_id(provider_ns: str, kind: str, name: str, i: Mapping[str, Any]) -> str:
    rg = i.get("resourceGroupName") or "loom-rg"
    return f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{rg}/providers/{provider_ns}/{kind}/{name}"


def _azure(provider_ns: str, kind: str, name_key: str, extra: Callable[[str, Mapping[str, Any]], dict[str, Any]] | None = None) -> Computed:
    def f(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
        n = i.get(name_key) or f"{name}{digest(name)}"
        out: dict[str, Any] = {"name": n, "_id": _azure_id(provider_ns, kind, n, i)}
        if extra:
            out.update(extra(n, i))
        return out

    return f


def _aks_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    loc = i.get("location") or "westeurope"
    return {
        "fqdn": f"{n}-{digest('aks', n)}.hcp.{loc}.azmk8s.io",
        "oidcIssuerProfile": {**(i.get("oidcIssuerProfile") or {}), "issuerURL": f"https://{loc}.oic.prod-aks.azure.com/{TENANT}/{uuid_for('aks', n)}/"},
        "identityProfile": {"kubeletidentity": {"clientId": uuid_for("kubelet-client", n), "objectId": uuid_for("kubelet-obj", n), "resourceId": "/subscriptions/x/kubelet"}},
        "provisioningState": "Succeeded",
        "kubernetesVersion": i.get("kubernetesVersion") or "1.31",
    }


def _uai_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {"clientId": uuid_for("uai-client", n), "principalId": uuid_for("uai-principal", n), "tenantId": TENANT}


def _storage_account_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "primaryEndpoints": {
            "blob": f"https://{n}.blob.core.windows.net/",
            "dfs": f"https://{n}.dfs.core.windows.net/",
        }
    }


def _pg_flexible_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {"fullyQualifiedDomainName": f"{n}.postgres.database.azure.com", "state": "Ready"}


def _key_vault_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {"properties": {**(i.get("properties") or {}), "vaultUri": f"https://{n}.vault.azure.net/"}}


def _key_extra(n: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {"keyUri": f"https://vault.vault.azure.net/keys/{n}", "keyUriWithVersion": f"https://vault.vault.azure.net/keys/{n}/{digest('kv', n, n=32)}"}


def _random_password(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    length = int(i.get("length") or 32)
    value = (hashlib.sha256(("pw/" + name).encode()).hexdigest() * 4)[:length]
    return {"result": value, "bcryptHash": "$2a$10$" + digest("bcrypt", name, n=53)}


def _random_string(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    length = int(i.get("length") or 8)
    return {"result": (digest("str", name, n=64) * 2)[:length]}


def _random_id(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    h = digest("id", name, n=2 * int(i.get("byteLength") or 4))
    return {"hex": h, "dec": str(int(h, 16)), "b64Std": base64.b64encode(bytes.fromhex(h)).decode(), "b64Url": base64.urlsafe_b64encode(bytes.fromhex(h)).decode().rstrip("=")}


def _tls_private_key(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "privateKeyPem": "-----BEGIN PRIVATE KEY-----\nMOCK\n-----END PRIVATE KEY-----\n",
        "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMOCK\n-----END PUBLIC KEY-----\n",
        "publicKeyOpenssh": "ssh-ed25519 MOCK",
    }


def _tls_cert(name: str, i: Mapping[str, Any]) -> dict[str, Any]:
    return {"certPem": "-----BEGIN CERTIFICATE-----\nMOCK\n-----END CERTIFICATE-----\n"}


COMPUTED: dict[str, Computed] = {
    # AWS
    "aws:eks/cluster:Cluster": _eks_cluster,
    "aws:eks/nodeGroup:NodeGroup": _eks_node_group,
    "aws:eks/addon:Addon": lambda n, i: {"arn": _arn("eks", f"addon/{i.get('clusterName')}/{i.get('addonName')}", region=_aws_region(i))},
    "aws:eks/podIdentityAssociation:PodIdentityAssociation": lambda n, i: {"associationId": f"a-{digest('pia', n, n=17)}", "associationArn": _arn("eks", f"podidentityassociation/{n}", region=_aws_region(i))},
    "aws:eks/accessEntry:AccessEntry": lambda n, i: {"accessEntryArn": _arn("eks", f"access-entry/{n}", region=_aws_region(i))},
    "aws:iam/role:Role": _iam_role,
    "aws:iam/policy:Policy": _iam_policy,
    "aws:iam/openIdConnectProvider:OpenIdConnectProvider": _oidc_provider,
    "aws:s3/bucket:Bucket": _s3_bucket,
    "aws:s3/bucketV2:BucketV2": _s3_bucket,
    "aws:kms/key:Key": _kms_key,
    "aws:kms/alias:Alias": lambda n, i: {"arn": _arn("kms", str(i.get("name") or f"alias/{n}"), region=_aws_region(i))},
    "aws:rds/instance:Instance": _rds_instance,
    "aws:rds/subnetGroup:SubnetGroup": _aws_named_arn("rds", "subgrp"),
    "aws:rds/parameterGroup:ParameterGroup": _aws_named_arn("rds", "pg"),
    "aws:ec2/vpc:Vpc": _aws_vpc_like("vpc"),
    "aws:ec2/subnet:Subnet": _aws_vpc_like("subnet"),
    "aws:ec2/securityGroup:SecurityGroup": _aws_vpc_like("sg"),
    "aws:ec2/internetGateway:InternetGateway": _aws_vpc_like("igw"),
    "aws:ec2/natGateway:NatGateway": _aws_vpc_like("nat"),
    "aws:ec2/eip:Eip": lambda n, i: {**_aws_vpc_like("eipalloc")(n, i), "publicIp": "198.51.100.10", "allocationId": f"eipalloc-{digest('eip', n, n=17)}"},
    "aws:ec2/routeTable:RouteTable": _aws_vpc_like("rtb"),
    "aws:ec2/launchTemplate:LaunchTemplate": lambda n, i: {**_aws_vpc_like("lt")(n, i), "latestVersion": 1, "defaultVersion": 1},
    "aws:cloudwatch/logGroup:LogGroup": _aws_named_arn("logs", "log-group"),
    "aws:cloudwatch/eventRule:EventRule": _aws_named_arn("events", "rule"),
    "aws:sqs/queue:Queue": _sqs_queue,
    # GCP
    "gcp:container/cluster:Cluster": _gke_cluster,
    "gcp:container/nodePool:NodePool": _gcp_named("container"),
    "gcp:serviceaccount/account:Account": _gcp_service_account,
    "gcp:storage/bucket:Bucket": _gcs_bucket,
    "gcp:kms/keyRing:KeyRing": lambda n, i: {"name": i.get("name") or n, "id": f"projects/{i.get('project', 'loom-project')}/locations/{i.get('location', 'global')}/keyRings/{i.get('name') or n}"},
    "gcp:kms/cryptoKey:CryptoKey": _kms_crypto_key,
    "gcp:sql/databaseInstance:DatabaseInstance": _cloudsql_instance,
    "gcp:compute/network:Network": _gcp_named("compute"),
    "gcp:compute/subnetwork:Subnetwork": _gcp_named("compute"),
    "gcp:compute/globalAddress:GlobalAddress": lambda n, i: {**_gcp_named("compute")(n, i), "address": "10.100.0.0"},
    "gcp:projects/serviceIdentity:ServiceIdentity": lambda n, i: {"email": f"service-{GCP_PROJECT_NUMBER}@gs-project-accounts.iam.gserviceaccount.com", "member": f"serviceAccount:service-{GCP_PROJECT_NUMBER}@gs-project-accounts.iam.gserviceaccount.com"},
    # Azure (azure-native)
    "azure-native:resources:ResourceGroup": _azure("Microsoft.Resources", "resourceGroups", "resourceGroupName"),
    "azure-native:containerservice:ManagedCluster": _azure("Microsoft.ContainerService", "managedClusters", "resourceName", _aks_extra),
    "azure-native:containerservice:AgentPool": _azure("Microsoft.ContainerService", "agentPools", "agentPoolName"),
    "azure-native:managedidentity:UserAssignedIdentity": _azure("Microsoft.ManagedIdentity", "userAssignedIdentities", "resourceName", _uai_extra),
    "azure-native:managedidentity:FederatedIdentityCredential": _azure("Microsoft.ManagedIdentity", "federatedIdentityCredentials", "federatedIdentityCredentialResourceName"),
    "azure-native:storage:StorageAccount": _azure("Microsoft.Storage", "storageAccounts", "accountName", _storage_account_extra),
    "azure-native:storage:BlobContainer": _azure("Microsoft.Storage", "blobServices/default/containers", "containerName"),
    "azure-native:storage:ManagementPolicy": _azure("Microsoft.Storage", "managementPolicies", "managementPolicyName"),
    "azure-native:storage:BlobServiceProperties": _azure("Microsoft.Storage", "blobServices", "blobServicesName"),
    "azure-native:network:VirtualNetwork": _azure("Microsoft.Network", "virtualNetworks", "virtualNetworkName"),
    "azure-native:network:Subnet": _azure("Microsoft.Network", "subnets", "subnetName"),
    "azure-native:network:PrivateDnsZone": _azure("Microsoft.Network", "privateDnsZones", "privateZoneName"),
    "azure-native:privatedns:PrivateZone": _azure("Microsoft.Network", "privateDnsZones", "privateZoneName"),
    "azure-native:privatedns:VirtualNetworkLink": _azure("Microsoft.Network", "virtualNetworkLinks", "virtualNetworkLinkName"),
    "azure-native:dbforpostgresql:Server": _azure("Microsoft.DBforPostgreSQL", "flexibleServers", "serverName", _pg_flexible_extra),
    "azure-native:dbforpostgresql:Database": _azure("Microsoft.DBforPostgreSQL", "databases", "databaseName"),
    "azure-native:dbforpostgresql:Configuration": _azure("Microsoft.DBforPostgreSQL", "configurations", "configurationName"),
    "azure-native:keyvault:Vault": _azure("Microsoft.KeyVault", "vaults", "vaultName", _key_vault_extra),
    "azure-native:keyvault:Key": _azure("Microsoft.KeyVault", "keys", "keyName", _key_extra),
    "azure-native:authorization:RoleAssignment": _azure("Microsoft.Authorization", "roleAssignments", "roleAssignmentName"),
    # random / tls
    "random:index/randomPassword:RandomPassword": _random_password,
    "random:index/randomString:RandomString": _random_string,
    "random:index/randomId:RandomId": _random_id,
    "tls:index/privateKey:PrivateKey": _tls_private_key,
    "tls:index/selfSignedCert:SelfSignedCert": _tls_cert,
    "tls:index/locallySignedCert:LocallySignedCert": _tls_cert,
}


def _k8s_outputs(typ: str, name: str, inputs: Mapping[str, Any]) -> dict[str, Any]:
    """Kubernetes echoes the object back; metadata.name is auto-named like the provider does (name + suffix)."""
    out = dict(inputs)
    meta = dict(out.get("metadata") or {})
    if typ.startswith("kubernetes:helm.sh/"):
        out.setdefault("name", f"{name}-{digest('helm', name)}")
        out["status"] = {"name": out["name"], "namespace": out.get("namespace", "default"), "status": "deployed", "version": 1, "chart": out.get("chart"), "appVersion": out.get("version")}
        return out
    if "metadata" in out or typ.startswith("kubernetes:core/v1:") or typ.startswith("kubernetes:apps/"):
        meta.setdefault("name", f"{name}-{digest('k8s', name)}")
        meta.setdefault("uid", uuid_for("k8s", typ, name))
        out["metadata"] = meta
    if typ == "kubernetes:core/v1:Service":
        spec = dict(out.get("spec") or {})
        spec.setdefault("clusterIP", f"10.96.{int(digest('svc', name, n=2), 16)}.{int(digest('svc2', name, n=2), 16) % 250 + 1}")
        out["spec"] = spec
        if spec.get("type") == "LoadBalancer":
            out["status"] = {"loadBalancer": {"ingress": [{"hostname": f"{name}-{digest('lb', name)}.lb.example"}]}}
    return out


def new_resource_outputs(typ: str, name: str, inputs: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """(physical id, output properties) for a resource, imitating its provider."""
    if typ.startswith("kubernetes:"):
        out = _k8s_outputs(typ, name, inputs)
        meta = out.get("metadata") or {}
        ns = meta.get("namespace") if isinstance(meta, dict) else None
        rid = f"{ns}/{meta.get('name')}" if ns else str(meta.get("name", name)) if isinstance(meta, dict) else name
        return rid, out
    out = dict(inputs)
    fn = COMPUTED.get(typ)
    extra = fn(name, inputs) if fn else {}
    rid = extra.pop("_id", None)
    out.update(extra)
    if rid is None:
        if typ.startswith("aws:"):
            rid = str(extra.get("arn") or out.get("name") or f"{name}-{digest(typ, name)}")
            if typ.startswith("aws:s3/"):
                rid = str(out.get("bucket"))
            out.setdefault("arn", _arn(typ.split(":")[1].split("/")[0], name, region=_aws_region(inputs)))
        elif typ.startswith("azure-native:"):
            rid = _azure_id("Microsoft.Unknown", typ.rsplit(":", 1)[-1], str(out.get("name") or name), inputs)
        elif typ.startswith("gcp:"):
            rid = str(extra.get("id") or f"projects/{inputs.get('project', 'loom-project')}/{name}")
        else:
            rid = f"{name}-{digest(typ, name)}"
    if typ.startswith("azure-native:") or typ.startswith("gcp:"):
        out.setdefault("id", rid)
    if typ.startswith("azure-native:"):
        _azure_identity_outputs(out)
    return rid, out


def _azure_identity_outputs(out: dict[str, Any]) -> None:
    """ARM takes `identity.userAssignedIdentities` as a list of ids but returns a map id -> {clientId, principalId}."""
    identity = out.get("identity")
    if isinstance(identity, dict):
        uai = identity.get("userAssignedIdentities")
        if isinstance(uai, list):
            identity = dict(identity)
            identity["userAssignedIdentities"] = {
                str(i): {"clientId": uuid_for("uai-client", str(i)), "principalId": uuid_for("uai-principal", str(i))} for i in uai
            }
            out["identity"] = identity
        if "principalId" not in identity and "SystemAssigned" in str(identity.get("type", "")):
            out["identity"] = {**identity, "principalId": uuid_for("sys-principal", str(out.get("name"))), "tenantId": TENANT}


# --- invokes -------------------------------------------------------------------------------


def _policy_document(args: Mapping[str, Any]) -> dict[str, Any]:
    """aws.iam.get_policy_document: render the statements to IAM JSON as the provider does."""
    statements = []
    for st in args.get("statements") or []:
        doc: dict[str, Any] = {"Effect": st.get("effect", "Allow")}
        if st.get("sid"):
            doc["Sid"] = st["sid"]
        if st.get("actions"):
            doc["Action"] = st["actions"] if len(st["actions"]) != 1 else st["actions"][0]
        if st.get("resources"):
            doc["Resource"] = st["resources"] if len(st["resources"]) != 1 else st["resources"][0]
        for p in st.get("principals") or []:
            ids = p.get("identifiers") or []
            doc.setdefault("Principal", {})[p.get("type")] = ids if len(ids) != 1 else ids[0]
        for c in st.get("conditions") or []:
            vals = c.get("values") or []
            doc.setdefault("Condition", {}).setdefault(c.get("test"), {})[c.get("variable")] = vals if len(vals) != 1 else vals[0]
        statements.append(doc)
    text = json.dumps({"Version": "2012-10-17", "Statement": statements}, indent=2)
    return {"json": text, "minifiedJson": json.dumps(json.loads(text), separators=(",", ":")), "id": digest("policy", text)}


def _azure_kubeconfig(args: Mapping[str, Any]) -> dict[str, Any]:
    name = args.get("resourceName", "aks")
    kubeconfig = (
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: "
        f"{_MOCK_CA}\n    server: https://{name}.hcp.westeurope.azmk8s.io:443\n  name: {name}\n"
        f"contexts:\n- context:\n    cluster: {name}\n    user: clusterUser_{name}\n  name: {name}\n"
        f"current-context: {name}\nusers:\n- name: clusterUser_{name}\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubelogin\n      args: [get-token, --login, azurecli, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630]\n"
    )
    return {"kubeconfigs": [{"name": "clusterUser", "value": base64.b64encode(kubeconfig.encode()).decode()}]}


INVOKES: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "aws:index/getCallerIdentity:getCallerIdentity": lambda a: {"accountId": ACCOUNT, "arn": f"arn:aws:iam::{ACCOUNT}:user/preview", "userId": "AIDAPREVIEW", "id": ACCOUNT},
    "aws:index/getRegion:getRegion": lambda a: {"name": a.get("name") or "us-east-1", "region": a.get("region") or "us-east-1", "id": "us-east-1"},
    "aws:index/getPartition:getPartition": lambda a: {"partition": "aws", "dnsSuffix": "amazonaws.com", "id": "aws"},
    "aws:index/getAvailabilityZones:getAvailabilityZones": lambda a: {"names": ["us-east-1a", "us-east-1b", "us-east-1c"], "zoneIds": ["use1-az1", "use1-az2", "use1-az3"], "id": "us-east-1"},
    "aws:iam/getPolicyDocument:getPolicyDocument": _policy_document,
    "aws:eks/getClusterAuth:getClusterAuth": lambda a: {"token": "k8s-aws-v1.mock", "name": a.get("name"), "id": a.get("name")},
    "gcp:organizations/getClientConfig:getClientConfig": lambda a: {"accessToken": "mock-token", "project": "loom-project", "region": "europe-west4", "zone": "europe-west4-a", "id": "mock"},
    "gcp:organizations/getProject:getProject": lambda a: {"projectId": a.get("projectId") or "loom-project", "number": GCP_PROJECT_NUMBER, "name": "loom", "id": "projects/loom-project"},
    "gcp:storage/getProjectServiceAccount:getProjectServiceAccount": lambda a: {"emailAddress": f"service-{GCP_PROJECT_NUMBER}@gs-project-accounts.iam.gserviceaccount.com", "member": f"serviceAccount:service-{GCP_PROJECT_NUMBER}@gs-project-accounts.iam.gserviceaccount.com", "id": "gcs-sa"},
    "azure-native:authorization:getClientConfig": lambda a: {"clientId": uuid_for("client"), "objectId": uuid_for("object"), "subscriptionId": SUBSCRIPTION, "tenantId": TENANT},
    "azure-native:containerservice:listManagedClusterUserCredentials": _azure_kubeconfig,
    "azure-native:containerservice:listManagedClusterAdminCredentials": _azure_kubeconfig,
}


def invoke_outputs(token: str, args: Mapping[str, Any]) -> dict[str, Any]:
    fn = INVOKES.get(token)
    return fn(args) if fn else dict(args)

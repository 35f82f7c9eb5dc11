"""GatewayCertificate: the ingress gateway's TLS certificate, issued and renewed by cert-manager.

The Gateway names `credentialName: loom-gateway-tls`; before this component nothing created that Secret, so
HTTPS was down until an operator added it (issue 10, defect 18). cert-manager writes it from a `Certificate`
for the gateway's hosts, signed by a ClusterIssuer the stack names (ACME, Vault, a corporate CA) or, by default,
by a private CA created here, so a fresh stack serves TLS at once. Loom never sees a private key: cert-manager
generates it inside the cluster.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube import charts, resources
from components.kube.labels import MANAGED_BY, NS_INGRESS, PART_OF
from components.kube.component import LoomComponent
from components.kube.validation import check_dns_label, fail, is_known
from contract.settings import dns_label, fixed, setting, wiring

TYPE_TOKEN = "loom:certificates:GatewayCertificate"
CERT_MANAGER_NAMESPACE = "cert-manager"
CERT_MANAGER_RELEASE = "cert-manager"
CA_ISSUER = "loom-ca"
SELF_SIGNED_ISSUER = "loom-selfsigned"
CA_SECRET = "loom-ca"
"""Where the private CA's key pair lives (in cert-manager's namespace, its cluster resource namespace)."""
API = "cert-manager.io/v1"
LABELS = {"app.kubernetes.io/part-of": PART_OF, "app.kubernetes.io/managed-by": MANAGED_BY}


@dataclass
class GatewayCertificateSettings:
    """The ingress gateway's TLS certificate (the Secret `gatewayTlsCredentialName` in istio-ingress)."""

    enabled: bool = setting(True, doc="Issue it with cert-manager; false: you create the kubernetes.io/tls Secret yourself, and HTTPS fails until it exists.")
    issuer: Optional[str] = setting(None, doc="ClusterIssuer that signs it (ACME, Vault, your CA); null: a private CA Loom creates (ClusterIssuer loom-ca; clients trust the ca.crt of Secret cert-manager/loom-ca).", check=lambda v: None if v is None else dns_label(v))
    install_cert_manager: bool = setting(True, doc="Install cert-manager (and its CRDs); false when the cluster already runs it.")


@dataclass(kw_only=True)
class GatewayCertificateArgs(GatewayCertificateSettings):
    """Arguments of `GatewayCertificate`: the `loom:mesh.gatewayCertificate` settings plus wiring. Required: `k8s_provider`,
    `hosts`. `enabled` is the Platform's (false: it creates no GatewayCertificate)."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    hosts: Sequence[str] = wiring(doc="DNS names the certificate covers: the gateway's hosts (wildcards such as `*.example.com` allowed; "
                                      "a bare `*` names no host and is left out). The Platform passes `loom:mesh.gatewayHosts`.")
    secret_name: str = wiring("loom-gateway-tls", doc="The `kubernetes.io/tls` Secret cert-manager writes: the Gateway's `credentialName` "
                                                      "(the Platform passes `loom:mesh.gatewayTlsCredentialName`).")
    namespace: str = fixed(NS_INGRESS, doc="The gateway's namespace (the Secret must be there; created by IstioMesh).")
    cert_manager_version: str = fixed(charts.CERT_MANAGER.version, doc="cert-manager chart version.")
    duration: str = fixed("2160h", doc="Certificate lifetime (90 days, what public ACME CAs issue).")
    renew_before: str = fixed("720h", doc="Renew this long before expiry.")


def dns_names(hosts: Sequence[str]) -> list[str]:
    """The gateway hosts a certificate can name (a bare `*` matches any host and names none)."""
    return [h for h in hosts if h != "*"]


def cert_manager_values() -> dict:
    """cert-manager chart values (deploy/charts/cert-manager/values.yaml at the pinned tag): CRDs installed and
    kept when the release goes (deleting them would delete every Certificate), two replicas of each part with
    a PodDisruptionBudget."""
    pdb = {"enabled": True, "minAvailable": 1}
    return {
        "crds": {"enabled": True, "keep": True},
        "replicaCount": 2,
        "podDisruptionBudget": pdb,
        "resources": resources.CERT_MANAGER,
        "webhook": {"replicaCount": 2, "podDisruptionBudget": pdb, "resources": resources.CERT_MANAGER_WEBHOOK},
        "cainjector": {"replicaCount": 2, "podDisruptionBudget": pdb, "resources": resources.CERT_MANAGER_CAINJECTOR},
        "startupapicheck": {"resources": resources.CERT_MANAGER_STARTUPAPICHECK},
    }


def certificate_spec(args: GatewayCertificateArgs, issuer: str) -> dict:
    """cert-manager.io/v1 Certificate spec for the gateway (ECDSA P-256, a new key at every renewal)."""
    return {
        "secretName": args.secret_name,
        "dnsNames": dns_names(args.hosts),
        "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": issuer},
        "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"},
        "usages": ["server auth", "digital signature"],
        "duration": args.duration,
        "renewBefore": args.renew_before,
    }


class GatewayCertificate(LoomComponent):
    """The gateway certificate and, as needed, cert-manager and a private CA.

    Children: Helm release `cert-manager` in namespace cert-manager (`<name>-cert-manager`, when
    `install_cert_manager`); without `issuer`, ClusterIssuer `loom-selfsigned` (`<name>-selfsigned-issuer`),
    the CA Certificate `cert-manager/loom-ca` (`<name>-ca`) and ClusterIssuer `loom-ca` (`<name>-ca-issuer`);
    Certificate `<namespace>/<secret_name>` (`<name>-gateway`).

    Delete: removes the Certificate and issuers; the Secrets cert-manager wrote stay until deleted (so a
    re-created stack keeps its CA), and cert-manager's CRDs stay (`crds.keep`).
    """

    secret_name: pulumi.Output[str]
    """The TLS Secret (namespace/name) the gateway serves."""
    issuer_name: pulumi.Output[str]
    """The ClusterIssuer that signs it."""

    def __init__(self, name: str, args: GatewayCertificateArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        child = self.k8s_opts

        ready: list[pulumi.Resource] = []
        if args.install_cert_manager:
            ready.append(k8s.helm.v3.Release(
                f"{name}-cert-manager",
                charts.CERT_MANAGER.release_args(CERT_MANAGER_RELEASE, CERT_MANAGER_NAMESPACE, cert_manager_values(),
                                                 version=args.cert_manager_version, create_namespace=True),
                opts=child()))
        issuer = args.issuer
        if issuer is None:
            self_signed = k8s.apiextensions.CustomResource(
                f"{name}-selfsigned-issuer", api_version=API, kind="ClusterIssuer",
                metadata={"name": SELF_SIGNED_ISSUER, "labels": LABELS}, spec={"selfSigned": {}},
                opts=child(depends_on=ready))
            ca = k8s.apiextensions.CustomResource(
                f"{name}-ca", api_version=API, kind="Certificate",
                metadata={"name": CA_SECRET, "namespace": CERT_MANAGER_NAMESPACE, "labels": LABELS},
                spec={"isCA": True, "commonName": "Loom platform CA", "secretName": CA_SECRET,
                      "privateKey": {"algorithm": "ECDSA", "size": 256},
                      "duration": "87600h",  # ten years: rotating a root means every client re-trusting it
                      "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": SELF_SIGNED_ISSUER}},
                opts=child(depends_on=[self_signed]))
            ready.append(k8s.apiextensions.CustomResource(
                f"{name}-ca-issuer", api_version=API, kind="ClusterIssuer",
                metadata={"name": CA_ISSUER, "labels": LABELS}, spec={"ca": {"secretName": CA_SECRET}},
                opts=child(depends_on=[ca])))
            issuer = CA_ISSUER
        certificate = k8s.apiextensions.CustomResource(
            f"{name}-gateway", api_version=API, kind="Certificate",
            metadata={"name": args.secret_name, "namespace": args.namespace, "labels": LABELS},
            spec=certificate_spec(args, issuer),
            opts=child(depends_on=ready))
        self.secret_name = certificate.id.apply(lambda _: f"{args.namespace}/{args.secret_name}")
        self.issuer_name = pulumi.Output.from_input(issuer)
        self.register_outputs({"secret_name": self.secret_name, "issuer_name": self.issuer_name})

    @staticmethod
    def _validate(args: GatewayCertificateArgs) -> None:
        c = "GatewayCertificate"
        check_dns_label(c, "secret_name", args.secret_name)
        check_dns_label(c, "namespace", args.namespace)
        if args.issuer is not None:
            check_dns_label(c, "issuer", args.issuer)
        if is_known(args.hosts) and not dns_names(args.hosts):
            fail(c, "hosts", list(args.hosts), "at least one DNS name for the certificate (a bare \"*\" names none)")

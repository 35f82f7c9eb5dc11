"""An app team's Pulumi program on Loom: `pulumi up` with platformEnv=aws (a stack reference to
<org>/loom/aws) or platformEnv=local (the local platform's outputs.json) is the same code."""

import pulumi
import pulumi_kubernetes as k8s

from app_tenant import AppTenant, AppTenantArgs
from loom.reference import PlatformReference

config = pulumi.Config()
platform = PlatformReference.for_environment(config.require("platformEnv"), org=config.get("platformOrg") or None)
provider = k8s.Provider("cluster", context=config.get("kubeContext") or None)

tenant = AppTenant(
    "support-assistant",
    AppTenantArgs(
        app=pulumi.get_project(),
        platform=platform,
        k8s_provider=provider,
        classification=config.get("classification") or "confidential",
    ),
)

pulumi.export("namespace", tenant.namespace)
pulumi.export("principal", tenant.principal)
pulumi.export("collection_prefix", tenant.collection_prefix)
pulumi.export("inference_http_url", platform.inference_http_url)
pulumi.export("platform_contract_version", platform.contract_version)

"""Pure helpers for the Kubernetes-level components: no resources are created here, except in `objects`.

Each module holds one idea (labels, image pinning, chart pins, Helm values, Triton flags,
Istio policy specs) as plain functions so they can be tested without Pulumi mocks. `objects`
declares the few Kubernetes objects several components build alike, as children of the caller.
"""

"""The Loom Pulumi program: typed stack settings -> Platform -> the exported outputs contract.

`infra/__main__.py` is what `pulumi up` runs (Pulumi.yaml: `main: infra/`); `loom preview`
calls `infra.program.main` under the SDK's mocks. Modules here never shadow the standard
library (the CLI puts this directory first on sys.path): no `platform.py`, `types.py`, ...
"""

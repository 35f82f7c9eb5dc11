"""The local platform: Triton (CPU), Milvus Lite, MLflow and the lake directory on one machine.

`loom.local.platform` is the Python API (`start`, `stop`, `status`) that `loom up/down/status`
and the test fixture use; the other modules are its parts.
"""

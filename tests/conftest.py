"""Root test configuration: shared fixtures come from tests/plugins/ (one module per concern)."""

import importlib.util

pytest_plugins = [
    name
    for name in ("tests.plugins.local_platform", "tests.plugins.k8s_schemas")
    if importlib.util.find_spec(name) is not None
]

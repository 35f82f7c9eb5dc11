"""kubernetes-validate reads its schema files once per test session, not once per object.

`kubernetes_validate.validate` opens and parses the kind's schema and the version's
`_definitions.json` (about 1 MB of JSON) on every call, and lists its schema folder twice: about
20 ms an object, several seconds over the hundreds of objects the suite validates. The files are
packaged data that never change during a run and jsonschema does not modify a schema, so the
suite memoizes the two readers; every call still validates the whole object against the same
schema (a bad object still raises ValidationError: tests/components/test_k8s_schema.py).
"""

from __future__ import annotations

import functools

try:
    import kubernetes_validate.utils as _utils  # type: ignore[import-untyped]  # the package ships no type information
except ImportError:  # pragma: no cover - the test extra installs it; tests that need it import it themselves
    _utils = None

if _utils is not None and not hasattr(_utils.schema_contents, "cache_info"):
    _utils.schema_contents = functools.lru_cache(maxsize=None)(_utils.schema_contents)
    _utils.all_versions = functools.lru_cache(maxsize=None)(_utils.all_versions)

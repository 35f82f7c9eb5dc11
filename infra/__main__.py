"""Entry point for the Pulumi CLI (`main: infra/` in Pulumi.yaml).

The CLI runs this directory with the project installed, so the program imports `infra.*`
absolutely. A bad stack setting becomes a `pulumi.RunError`, which the CLI shows as one
message (file, key, value, what is allowed) without a Python traceback.
"""

import pulumi

from infra.program import main
from loom.errors import LoomError

try:
    main()
except LoomError as exc:
    raise pulumi.RunError(str(exc)) from None

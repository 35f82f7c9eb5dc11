"""Entry point for the Pulumi CLI (`main: infra/` in Pulumi.yaml).

The CLI runs this directory with the project installed, so the program imports `infra.*`
absolutely. A bad argument (a stack setting, or a component's or foundation's argument) is an
`ArgumentError`, caught here by its type and re-raised as a `pulumi.RunError`: the Python
language host shows a RunError as one error line (`pulumi.log.error(str(e))`) and exits non-zero,
without the traceback it prints for any other exception (a bug, which keeps it).
"""

import pulumi

from contract.errors import ArgumentError
from infra.config import settings_file
from infra.program import main

try:
    main()
except ArgumentError as exc:
    raise pulumi.RunError(str(exc.located(settings_file()))) from None

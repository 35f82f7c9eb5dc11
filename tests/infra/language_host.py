"""A stand-in for the Pulumi CLI's Python language host (`pulumi-language-python-exec`), under the
SDK's mocks, for the one path a test cannot otherwise reach: what a user sees when `pulumi up`
runs `infra/` and the program fails.

It runs `infra/` as the host does (the directory as `__main__`, inside the stack) and treats what
escapes as the host's script does (pulumi/pulumi sdk/python/cmd/pulumi-language-python-exec):
a `pulumi.RunError` is logged as one error line (`pulumi.log.error(str(e))`), any other exception
as its traceback (`pulumi.log.error(traceback.format_exc())`); the exit code is 1 either way.

    python tests/infra/language_host.py PATH/Pulumi.<stack>.yaml [--bug]

`--bug` replaces the program's `main` with one that fails as a bug would (a KeyError).
"""

from __future__ import annotations

import runpy
import sys
import traceback
from pathlib import Path

import pulumi

from loom.preview import read_stack_file, run_program, to_runtime_config

INFRA = Path(__file__).resolve().parents[2] / "infra"


def main(argv: list[str]) -> int:
    sf = read_stack_file(config_file=argv[0])
    if "--bug" in argv[1:]:
        import infra.program

        def broken() -> None:
            settings: dict[str, str] = {}
            settings["platform"]  # a KeyError, as a bug would raise

        infra.program.main = broken

    def program() -> None:
        runpy.run_path(str(INFRA), run_name="__main__")

    try:
        run_program(program, stack=sf.stack, config=to_runtime_config(sf.config))
    except pulumi.RunError as e:
        pulumi.log.error(str(e))
        return 1
    except Exception:
        pulumi.log.debug("Program failed with an unhandled exception:")
        pulumi.log.error(traceback.format_exc())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

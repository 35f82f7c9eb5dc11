"""Run `loom` as a process of its own (so it can be interrupted or killed) on a copy of the project.

    FAKE_PULUMI_HOME=... LOOM_TEST_PROJECT=<copy> LOOM_TEST_POLICY_LOG=<file> python run_loom.py rollout ...

The offline policy check is replaced by one that passes and logs what it was given (the real one
takes seconds per update and is tested on its own); everything else is the real command.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import loom.automation.operations as operations
import loom.automation.project as project
from loom.automation.policy import PolicyVerdict

project.REPO_ROOT = Path(os.environ["LOOM_TEST_PROJECT"])


def passing_check(env, **given):
    with open(os.environ["LOOM_TEST_POLICY_LOG"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"env": env, **{k: None if v is None else str(v) for k, v in given.items() if k != "repo_root"}}) + "\n")
    return PolicyVerdict(True, [], 1)


operations.check_stack_policies = passing_check

from loom.cli import main  # noqa: E402

main(sys.argv[1:])

"""A changed template without a version bump is reported against git HEAD."""

import subprocess
from pathlib import Path

import pytest

from workloads.prompts.versioning import check_version_bump, semver_key

PROMPT = "id: p\nversion: {v}\ndescription: A prompt for the version test.\nowner: me\nmodel: {{name: generator}}\ntemplate: |\n  {t}\n"


@pytest.fixture
def repo(tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    (tmp_path / "p").mkdir()
    f = tmp_path / "p" / "prompt.yaml"
    f.write_text(PROMPT.format(v="1.2.0", t="Say hi."))
    git("add", ".")
    git("commit", "-qm", "init")
    return f


def test_template_change_without_bump_is_reported(repo):
    repo.write_text(PROMPT.format(v="1.2.0", t="Say hello."))
    err = check_version_bump(repo)
    assert err is not None and err.field == "version" and err.line == 2
    assert "template changed since HEAD but version is still 1.2.0" in err.message


def test_bump_or_description_only_change_is_fine(repo):
    repo.write_text(PROMPT.format(v="1.2.1", t="Say hello."))
    assert check_version_bump(repo) is None
    repo.write_text(PROMPT.format(v="1.2.0", t="Say hi.").replace("A prompt for", "Another prompt for"))
    assert check_version_bump(repo) is None


def test_downgrade_is_not_a_bump(repo):
    repo.write_text(PROMPT.format(v="1.1.9", t="Say hello."))
    assert check_version_bump(repo) is not None


def test_semver_precedence():
    assert semver_key("1.0.0-rc.1") < semver_key("1.0.0") < semver_key("1.0.1") < semver_key("1.10.0")

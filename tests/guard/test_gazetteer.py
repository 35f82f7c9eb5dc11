"""The name gazetteer: what it holds, how a broken or missing file fails, and (slow) that a build
from the installed names-dataset gives the file the guard reads."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from workloads.guard import gazetteer


def test_holds_first_names_and_surnames_of_the_five_languages() -> None:
    g = gazetteer.load()
    for first in ("Margaret", "Joost", "Jürgen", "Camille", "Lucía", "Sanne"):
        assert g.is_first_name(first), first
    for surname in ("Müller", "García", "Bijlsma", "Dupont", "Smith"):
        assert g.is_surname(surname), surname
    assert g.common_first_names <= g.first_names
    assert g.is_common_first_name("Anna") and not g.is_common_first_name("Key")
    for word in ("Team", "Office", "Support", "Invoice"):
        assert not g.is_first_name(word), word


def test_a_broken_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "names.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(gazetteer.GazetteerError, match="rebuild it with"):
        gazetteer.read(bad)
    old = tmp_path / "old.json.gz"
    with gzip.open(old, "wt") as fh:
        json.dump({"format": 0}, fh)
    with pytest.raises(gazetteer.GazetteerError, match="format 0"):
        gazetteer.read(old)


def test_building_without_names_dataset_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "names_dataset", None)  # import fails
    with pytest.raises(gazetteer.GazetteerError, match="names-dataset is not installed"):
        gazetteer.build(tmp_path / "names.json.gz")


@pytest.mark.slow
def test_build_reproduces_the_file_the_guard_reads(tmp_path: Path) -> None:
    built = gazetteer.read(gazetteer.build(tmp_path / "names.json.gz"))
    assert built == gazetteer.load()
    assert (tmp_path / "names.json.gz").stat().st_mode & 0o044  # readable by the serving user

"""The name gazetteer behind the `person` detector: first names and surnames common in the
countries whose languages the guard reads, taken from the `names-dataset` package (MIT; 727k
first names and 984k surnames with per-country popularity ranks, from public Facebook profiles
of 105 countries).

The package's data is two pickles (55 MB) that take ~10 s and ~1 GB of memory to load, so the
guard never loads them while serving: `build()` keeps the names ranked in the top
FIRST_NAME_RANK / SURNAME_RANK of COUNTRIES and writes them to a small gzip'd JSON file (a few
MB, loaded in ~0.3 s). `make install` and the serving image build it once; a process that finds
it missing builds it in a child process (so the 1 GB never stays in a serving process) and
writes it atomically, so concurrent builders are harmless.

    python -m workloads.guard.gazetteer build [--path P]   # (re)build, print where
    python -m workloads.guard.gazetteer check NAME ...      # which list holds each name
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ENV_PATH = "LOOM_GUARD_GAZETTEER"
SOURCE = "names-dataset==3.3.1"
FORMAT = 3
COUNTRIES = ("US", "GB", "IE", "CA", "AU", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "NL",
             "IT", "PT", "PL", "TR", "MA", "IN")
"""The five languages' countries, the English-speaking ones, and the largest immigrant
communities in them (their names are as common in European tickets and HR notes)."""
FIRST_NAME_RANK = 5000
"""Past ~5,000 the per-country first-name lists are mostly noise from the source ("Street",
"Berlin" and "All" rank 8,000-13,000 as US first names)."""
HOME_COUNTRIES = ("DE", "AT", "CH", "FR", "BE", "LU", "ES", "NL")
HOME_FIRST_NAME_RANK = 8000
"""The continental countries of the four non-English languages are read deeper: their lists are
shorter and less noisy, and their regional names ("Duuk", "Balduino", "Heidelinde") rank
5,000-8,000 there. Only as first names, never as common ones (see below), and not when the
word is also a listed surname (a surname typed into the first-name field: "Schmidt")."""
SURNAME_RANK = 20000
COMMON_FIRST_NAME_RANK = 1000
"""First names this common are names whatever follows them ("Anna Vallenduuk"); rarer ones
("Key", "Pod", "No", "Royal" rank 1,300-3,600) only before a known surname: otherwise
"Key Vault" and "Pod Identity" would be people."""


class GazetteerError(RuntimeError):
    """The gazetteer file is missing and cannot be built (names-dataset not installed)."""


@dataclass(frozen=True)
class Gazetteer:
    """Case-folded name sets. Membership of a case-folded token is all the detector asks."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    common_first_names: frozenset[str] = frozenset()
    source: str = SOURCE

    def is_first_name(self, token: str) -> bool:
        return _listed(token, self.first_names)

    def is_common_first_name(self, token: str) -> bool:
        return _listed(token, self.common_first_names)

    def is_surname(self, token: str) -> bool:
        return _listed(token, self.surnames)


def _listed(token: str, names: frozenset[str]) -> bool:
    """`token` is in `names`, case-folded, or written with an accent the list spells without
    ("Wálter", "Jóse"): the source lists the usual spelling of a country, texts carry the
    spelling of the person."""
    t = token.casefold()
    if t in names:
        return True
    if t.isascii():
        return False
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return folded != t and folded in names


def default_path() -> Path:
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    ranks = f"r{FIRST_NAME_RANK}-{HOME_FIRST_NAME_RANK}-{COMMON_FIRST_NAME_RANK}-{SURNAME_RANK}"
    return base / "loom" / "guard" / f"names-{SOURCE.replace('==', '-')}-{ranks}-v{FORMAT}.json.gz"


def _ranked(pickle_name: str, max_rank: int, common_rank: int, home_rank: int = 0) -> tuple[list[str], list[str], list[str]]:
    """(names ranked <= max_rank in COUNTRIES, those <= common_rank, the further ones ranked
    <= home_rank in HOME_COUNTRIES), as case-folded words."""
    import gzip as gz
    import pickle
    from importlib import resources

    ref = resources.files("names_dataset") / "v3" / pickle_name
    with ref.open("rb") as raw, gz.open(raw) as fh:
        data = pickle.load(fh)  # the package's own data file (pinned by hash, see docs/dependencies.md)
    keep: set[str] = set()
    common: set[str] = set()
    home: set[str] = set()
    for name, info in data.items():
        ranks = info.get("rank") or {}
        best = min((ranks[c] for c in COUNTRIES if c in ranks), default=max_rank + 1)
        home_best = min((ranks[c] for c in HOME_COUNTRIES if c in ranks), default=home_rank + 1)
        if best > max_rank and home_best > home_rank:
            continue
        for part in name.replace("-", " ").split():  # "Van Der Berg" -> its words; particles are skipped later
            if len(part) > 1:
                (keep if best <= max_rank else home).add(part.casefold())
                if best <= common_rank:
                    common.add(part.casefold())
    del data
    return sorted(keep), sorted(common), sorted(home - keep)


def build(path: Path | None = None) -> Path:
    """Extract the ranked names from names-dataset and write them atomically to `path`."""
    path = path or default_path()
    try:
        import names_dataset  # noqa: F401  (only to say clearly when it is not installed)
    except ImportError:
        raise GazetteerError(
            f"the name gazetteer {path} is missing and names-dataset is not installed to build it "
            "(pip install 'names-dataset==3.3.1', then python -m workloads.guard.gazetteer build)"
        ) from None
    first, common, deeper = _ranked("first_names.pkl.gz", FIRST_NAME_RANK, COMMON_FIRST_NAME_RANK, HOME_FIRST_NAME_RANK)
    last, _, _ = _ranked("last_names.pkl.gz", SURNAME_RANK, 0)
    surnames = set(last)
    first = sorted(set(first) | {n for n in deeper if n not in surnames})
    doc = {"format": FORMAT, "source": SOURCE, "countries": COUNTRIES, "first_name_rank": FIRST_NAME_RANK,
           "home_countries": HOME_COUNTRIES, "home_first_name_rank": HOME_FIRST_NAME_RANK,
           "common_first_name_rank": COMMON_FIRST_NAME_RANK, "surname_rank": SURNAME_RANK,
           "first_names": first, "common_first_names": common, "surnames": last}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the serving user must read a file built at image time
        os.replace(tmp, path)  # atomic: readers see the old file or the whole new one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read(path: Path) -> Gazetteer:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: not a readable gazetteer ({exc}); rebuild it with "
                             "python -m workloads.guard.gazetteer build") from None
    if doc.get("format") != FORMAT:
        raise GazetteerError(f"{path}: format {doc.get('format')!r}, expected {FORMAT}; rebuild it")
    return Gazetteer(frozenset(doc["first_names"]), frozenset(doc["surnames"]), frozenset(doc["common_first_names"]),
                     doc.get("source", SOURCE))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: $LOOM_GUARD_GAZETTEER or the user cache), built in a
    child process first if it is missing."""
    p = Path(path) if path else default_path()
    if not p.exists():
        print(f"guard: building the name gazetteer {p} from {SOURCE} (once, ~20 s)", file=sys.stderr)
        proc = subprocess.run([_python(), "-m", "workloads.guard.gazetteer", "build", "--path", str(p)],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": _pythonpath()})
        if proc.returncode != 0 or not p.exists():
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise GazetteerError(f"building the name gazetteer {p} failed: {tail}")
    return read(p)


def _python() -> str:
    """An interpreter for the child build: inside Triton's Python backend sys.executable is the
    backend stub, not python."""
    exe = sys.executable or ""
    if "python" in Path(exe).name:
        return exe
    import shutil

    return shutil.which("python3") or shutil.which("python") or "python3"


def _pythonpath() -> str:
    root = str(Path(__file__).resolve().parents[2])
    current = os.environ.get("PYTHONPATH", "")
    return root + (os.pathsep + current if current else "")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Build or query the guard's name gazetteer.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--path", type=Path, default=None)
    c = sub.add_parser("check")
    c.add_argument("names", nargs="+")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "build":
            print(build(args.path))
            return 0
        g = load()
        for n in args.names:
            print(f"{n}: first name {g.is_first_name(n)}, surname {g.is_surname(n)}")
        return 0
    except GazetteerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

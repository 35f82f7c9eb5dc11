"""A corpus of developer documentation nobody wrote for Loom: the Python standard library's own.

Built offline from the interpreter that runs it, with `inspect` (pydoc's own source of truth):
one Markdown file per module holding the module's docstring, then one section per public
function and class (`## module.name(signature)` + the first 600 characters of its docstring,
and a class's method names) and the module's public upper-case constants. Sections are what `loom index` chunks on, so a
function's documentation is one retrievable passage. Run it alone to write the files:
  .venv/bin/python bench/stdlib_corpus.py OUT_DIR
"""

from __future__ import annotations

import importlib
import inspect
import sys
import warnings
from pathlib import Path

MODULES = (
    "abc argparse array ast asyncio base64 bisect bz2 calendar cmath codecs collections "
    "concurrent.futures configparser contextlib contextvars copy csv ctypes dataclasses datetime "
    "decimal difflib dis doctest email.message enum errno faulthandler filecmp fileinput fnmatch "
    "fractions ftplib functools gc getopt getpass gettext glob graphlib gzip hashlib heapq hmac "
    "html http.client imaplib importlib.metadata inspect io ipaddress itertools json keyword "
    "linecache locale logging lzma marshal math mimetypes mmap multiprocessing "
    "numbers operator os pathlib pdb pickle pkgutil platform plistlib pprint pstats py_compile "
    "queue random re reprlib sched secrets select selectors shelve shlex shutil signal smtplib "
    "socket socketserver sqlite3 ssl stat statistics string struct subprocess sys sysconfig "
    "tarfile tempfile textwrap threading time timeit tokenize tomllib traceback tracemalloc types "
    "typing unicodedata unittest urllib.parse uuid warnings weakref xml.etree.ElementTree "
    "zipfile zlib zoneinfo"
).split()
"""122 modules a developer asks about."""

DOC_CHARS = 600


def _defined_here(obj, module) -> bool:
    owner = getattr(obj, "__module__", None) or ""
    name = module.__name__
    return owner == name or owner.lstrip("_") == name.lstrip("_") or owner.startswith(name + ".") or owner in ("builtins", "_" + name)


def _signature(obj) -> str:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "(...)"


def module_markdown(name: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        module = importlib.import_module(name)
    parts = [f"# {name}", "", (inspect.getdoc(module) or f"The {name} module.").strip()[:1500]]
    public = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    constants = []
    for attr in sorted(set(public)):
        obj = getattr(module, attr, None)
        if obj is None:
            continue
        if inspect.isfunction(obj) or inspect.isbuiltin(obj) or inspect.isclass(obj) or inspect.ismethod(obj):
            if not inspect.ismethod(obj) and not _defined_here(obj, module):
                continue
            doc = (inspect.getdoc(obj) or "").strip()[:DOC_CHARS] or "(undocumented)"
            if inspect.isclass(obj):
                methods = sorted(m for m, v in vars(obj).items() if not m.startswith("_") and callable(getattr(obj, m, None)))
                if methods:
                    doc += "\n\nMethods: " + ", ".join(methods[:30])
            parts += ["", f"## {name}.{attr}{_signature(obj)}", "", doc]
        elif attr.isupper() and isinstance(obj, (int, str, float)) and len(repr(obj)) < 60:
            constants.append(f"{name}.{attr} = {obj!r}")
    if constants:
        parts += ["", f"## {name} constants", "", "\n".join(constants[:40])]
    return "\n".join(parts) + "\n"


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name in MODULES:
        path = out / f"{name}.md"
        path.write_text(module_markdown(name), encoding="utf-8")
        files.append(path)
    return files


if __name__ == "__main__":
    written = build(Path(sys.argv[1]))
    print(f"{len(written)} modules, {sum(p.stat().st_size for p in written) / 1e6:.1f} MB in {sys.argv[1]}")

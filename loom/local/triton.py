"""How to run the Triton server bundled in the nvidia-pytriton wheel (see shared FIELD-NOTES).

The wheel ships the server, the Python backend and one backend stub per Python version; the
server wants them side by side in one backend directory, so we assemble that directory once
under LOOM_HOME. The stub links libpython (we put this interpreter's own first on LD_LIBRARY_PATH) in an
interpreter that ignores PYTHONPATH, and finds its prefix
the way `python3` would: by searching PATH for `python3`. Putting this environment's bin/
first on PATH makes it read the venv's pyvenv.cfg, so the models see the venv's
site-packages, .pth files included (the editable install's `workloads`, `loom`).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import sysconfig
from pathlib import Path


def _pytriton_root() -> Path:
    # located, not imported: `import pytriton` pulls tritonclient.grpc, whose generated code
    # needs protobuf 6 while pulumi-policy pins protobuf 5.29.
    spec = importlib.util.find_spec("pytriton")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("nvidia-pytriton is not installed in this environment")
    return Path(spec.origin).resolve().parent / "tritonserver"


def server_binary() -> Path:
    return _pytriton_root() / "bin" / "tritonserver"


def backend_dir(home: Path) -> Path:
    """Build `<home>/server/backends/python/` = bundled python backend + this Python's stub."""
    root = _pytriton_root()
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    stub = root / "python_backend_stubs" / version / "triton_python_backend_stub"
    if not stub.is_file():
        raise FileNotFoundError(f"nvidia-pytriton has no Python-backend stub for Python {version} ({stub})")
    target = home / "server" / "backends"  # not "triton": a dir by that name shadows the triton package
    python = target / "python"
    python.mkdir(parents=True, exist_ok=True)
    for item in (root / "backends" / "python").iterdir():
        if item.is_file():
            shutil.copy2(item, python / item.name)
    shutil.copy2(stub, python / stub.name)
    return target


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The server's environment: bundled libs, this venv's packages for the stubs, offline HF."""
    site_packages = sysconfig.get_paths()["purelib"]
    libs = Path(site_packages) / "nvidia_pytriton.libs"
    env = dict(os.environ)
    # this interpreter's own libpython (when it is a shared build) before the system's, so
    # the stub runs the same Python build as the venv and its stdlib (a mismatch breaks _ssl)
    own_libpython = sysconfig.get_config_var("LIBDIR") if sysconfig.get_config_var("Py_ENABLE_SHARED") else ""
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        p for p in (str(libs), own_libpython, os.environ.get("LD_LIBRARY_PATH", "")) if p
    )
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", "")))
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    # torch's OpenMP threads spin while waiting; on a busy 2-core machine that made one
    # single-text encode take ~750 ms instead of ~45 ms (measured). Passive waiting fixes it.
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    env.update(extra or {})
    return env


def command(
    model_repo: Path, backends: Path, *, http_port: int, grpc_port: int, metrics_port: int, models: list[str]
) -> list[str]:
    cmd = [
        str(server_binary()),
        f"--model-repository={model_repo}",
        f"--backend-directory={backends}",
        "--model-control-mode=explicit",
        "--http-address=127.0.0.1",
        "--grpc-address=127.0.0.1",
        "--metrics-address=127.0.0.1",
        f"--http-port={http_port}",
        f"--grpc-port={grpc_port}",
        f"--metrics-port={metrics_port}",
        "--exit-on-error=true",
        "--exit-timeout-secs=10",
        "--strict-readiness=true",
        "--log-verbose=0",
    ]
    cmd += [f"--load-model={m}" for m in models]
    return cmd

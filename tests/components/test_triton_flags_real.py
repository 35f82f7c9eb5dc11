"""The flags TritonServing puts on the container are accepted by a real tritonserver (the one bundled
with nvidia-pytriton, same CLI as the NGC images): an unknown or misspelled flag would crash-loop
every pod in the cluster, and nothing else here could catch it."""

import os
import socket
import subprocess
from pathlib import Path

import pytest

from components.kube.triton_flags import triton_args


def _tritonserver() -> tuple[Path, Path]:
    pytriton = pytest.importorskip("pytriton")
    root = Path(pytriton.__file__).parent
    binary = root / "tritonserver" / "bin" / "tritonserver"
    if not binary.exists():
        pytest.skip("nvidia-pytriton without the bundled tritonserver")
    return binary, root.parent / "nvidia_pytriton.libs"


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def test_real_tritonserver_accepts_the_flags_and_honours_explicit_loading(tmp_path):
    binary, libs = _tritonserver()
    http, grpc, metrics = _free_ports(3)
    args = triton_args(str(tmp_path), ["no_such_model"])
    # Bind locally on free ports (later flags win), everything else exactly as in the pod.
    local = ["--http-address=127.0.0.1", "--grpc-address=127.0.0.1", f"--http-port={http}",
             f"--grpc-port={grpc}", f"--metrics-port={metrics}"]
    env = {**os.environ, "LD_LIBRARY_PATH": f"{libs}:{os.environ.get('LD_LIBRARY_PATH', '')}"}
    proc = subprocess.run([str(binary), *args, *local], env=env, capture_output=True, text=True, timeout=120)
    out = proc.stdout + proc.stderr
    assert "unrecognized option" not in out and "Usage: tritonserver" not in out, out[-2000:]
    # --model-control-mode=explicit + --load-model + --exit-on-error: the missing model stops the server.
    assert proc.returncode != 0
    assert "failed to load all models" in out, out[-2000:]


def test_real_tritonserver_rejects_an_unknown_flag(tmp_path):
    """The check above can fail: a bad flag is reported by the binary."""
    binary, libs = _tritonserver()
    env = {**os.environ, "LD_LIBRARY_PATH": f"{libs}:{os.environ.get('LD_LIBRARY_PATH', '')}"}
    proc = subprocess.run([str(binary), "--model-repositry=/x"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "unrecognized option" in proc.stdout + proc.stderr

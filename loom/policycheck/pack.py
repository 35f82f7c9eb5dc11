"""Start a policy pack the way the Pulumi CLI does and talk to it over gRPC.

The CLI runs `python -u -m pulumi.policy <engineAddress> <packDir>` with the pack directory as
working directory; the pack serves `pulumirpc.Analyzer` on 127.0.0.1:<random> and prints the port
as the first line of stdout. The engine address is the CLI's Engine service; pulumi_policy 1.21
parses it but never dials it. We still serve a minimal Engine (Log only) there, so a pack that
does log has somewhere to send it, and its messages show in errors."""

from __future__ import annotations

import io
import os
import selectors
import subprocess
import sys
import tempfile
import threading
import time
from concurrent import futures
from pathlib import Path
from typing import IO, Any, cast

import grpc

from loom.errors import LoomError

PORT_TIMEOUT_S = 20.0
_CHANNEL_OPTIONS = [("grpc.max_receive_message_length", 400 * 1024 * 1024),
                    ("grpc.max_send_message_length", 400 * 1024 * 1024)]


class PackError(LoomError):
    """The pack could not start or failed while analyzing; says which and shows its stderr."""


class _LogEngine:
    """A tiny pulumirpc.Engine that only records Log calls."""

    def __init__(self) -> None:
        from pulumi.runtime.proto import engine_pb2_grpc  # noqa: PLC0415 - heavy import, only here
        from google.protobuf import empty_pb2  # noqa: PLC0415 - heavy import, only here

        self.messages: list[str] = []
        outer = self

        class Servicer(engine_pb2_grpc.EngineServicer):
            def Log(self, request, context):  # noqa: N802 - gRPC method name
                outer.messages.append(request.message)
                return empty_pb2.Empty()

        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=1))
        engine_pb2_grpc.add_EngineServicer_to_server(Servicer(), self.server)
        self.port = self.server.add_insecure_port("127.0.0.1:0")
        self.server.start()

    def stop(self) -> None:
        self.server.stop(0)


def pack_python(pack_dir: Path) -> str:
    """The interpreter the CLI would use: the pack's own virtualenv (PulumiPolicy.yaml names `.venv`;
    `make install` creates it from the pack's requirements.txt) if it has one, else ours."""
    for venv in (".venv", "venv"):
        for candidate in (pack_dir / venv / "bin" / "python", pack_dir / venv / "Scripts" / "python.exe"):
            if candidate.exists():
                return str(candidate)
    return sys.executable


class PolicyPackProcess:
    """Context manager: the running pack plus an AnalyzerStub. Always kills the process on exit."""

    def __init__(self, pack_dir: Path, *, project: str = "loom", stack: str = "preview",
                 timeout_s: float = PORT_TIMEOUT_S, python: str | None = None) -> None:
        self.pack_dir = Path(pack_dir).resolve()
        self.project, self.stack, self.timeout_s = project, stack, timeout_s
        self.python = python or pack_python(self.pack_dir)
        self.proc: subprocess.Popen | None = None
        self.channel: grpc.Channel | None = None
        self.engine: _LogEngine | None = None
        self._stderr: IO[bytes] | None = None
        self._stdout_tail = b""
        self.stub: Any = None  # analyzer_pb2_grpc.AnalyzerStub once started (its methods are generated)
        self.start_s = 0.0
        self.wait_s = 0.0
        self._t0 = 0.0

    def spawn(self) -> "PolicyPackProcess":
        """Start the process and return at once: the caller can do other work (the preview) while the
        pack imports its SDK, as the engine starts analyzers at the beginning of an update."""
        if self.proc is not None:
            return self
        if not (self.pack_dir / "PulumiPolicy.yaml").is_file():
            raise LoomError(f"{self.pack_dir}: not a policy pack (no PulumiPolicy.yaml)")
        self._t0 = time.perf_counter()
        self.engine = _LogEngine()
        env = dict(os.environ, PULUMI_PROJECT=self.project, PULUMI_STACK=self.stack, PULUMI_DRY_RUN="true",
                   PYTHONUNBUFFERED="1")
        self._stderr = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(
                [self.python, "-u", "-m", "pulumi.policy", f"127.0.0.1:{self.engine.port}", "."],
                cwd=self.pack_dir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=self._stderr)
        except BaseException:
            self.close()
            raise
        return self

    def __enter__(self) -> "PolicyPackProcess":
        from pulumi.runtime.proto import analyzer_pb2_grpc  # noqa: PLC0415 - heavy import, only when a pack starts

        self.spawn()
        t_wait = time.perf_counter()
        try:
            port = self._read_port()
            self._drain_stdout()
            self.channel = grpc.insecure_channel(f"127.0.0.1:{port}", options=_CHANNEL_OPTIONS)
            try:
                grpc.channel_ready_future(self.channel).result(timeout=max(1.0, self.timeout_s))
            except grpc.FutureTimeoutError:
                raise PackError(f"policy pack {self.pack_dir} printed port {port} but does not answer on it "
                                f"within {self.timeout_s:g}s" + self._stderr_tail()) from None
        except BaseException:
            self.close()
            raise
        self.stub = analyzer_pb2_grpc.AnalyzerStub(self.channel)
        self.start_s = time.perf_counter() - self._t0
        self.wait_s = time.perf_counter() - t_wait  # what the caller still waited after its own work
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _read_port(self) -> int:
        """First stdout line within the deadline; a crash or silence is a PackError, never a hang."""
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + self.timeout_s
        buf = b""
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in buf:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PackError(f"policy pack {self.pack_dir} printed no port within {self.timeout_s:g}s"
                                    + self._stderr_tail())
                if sel.select(timeout=min(left, 0.2)):
                    chunk = os.read(fd, 4096)
                    if not chunk:  # EOF: the process closed stdout (it exited)
                        self.proc.wait(timeout=5)
                        raise PackError(f"policy pack {self.pack_dir} exited with code {self.proc.returncode} "
                                        "before printing its port" + self._stderr_tail())
                    buf += chunk
                elif self.proc.poll() is not None:
                    raise PackError(f"policy pack {self.pack_dir} exited with code {self.proc.returncode} "
                                    "before printing its port" + self._stderr_tail())
        line = buf.split(b"\n", 1)[0].strip()
        try:
            port = int(line)
        except ValueError:
            raise PackError(f"policy pack {self.pack_dir} printed {line[:200]!r} instead of a port number"
                            + self._stderr_tail()) from None
        if not 0 < port < 65536:
            raise PackError(f"policy pack {self.pack_dir} printed an invalid port {port}")
        return port

    def _drain_stdout(self) -> None:
        """Keep reading what the pack prints after its port (a policy's print()), so a full pipe can
        never block it; the last few KB are kept for error messages."""
        assert self.proc is not None and self.proc.stdout is not None
        stream = cast(io.BufferedReader, self.proc.stdout)  # binary pipe (no text=): has read1

        def pump() -> None:
            try:
                for chunk in iter(lambda: stream.read1(4096), b""):
                    self._stdout_tail = (self._stdout_tail + chunk)[-4096:]
            except (OSError, ValueError):
                pass

        threading.Thread(target=pump, name="policy-pack-stdout", daemon=True).start()

    def _stderr_tail(self, limit: int = 2000) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.flush()
            self._stderr.seek(0)
            text = self._stderr.read().decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            return ""
        if self.engine and self.engine.messages:
            text = "\n".join(self.engine.messages + [text]).strip()
        if not text:
            return ""
        hint = ""
        if "No module named 'pulumi_policy'" in text:
            hint = (f"\nhint: {self.python} has no pulumi-policy; create the pack's virtualenv with `make install` "
                    f"(or: python3.11 -m venv {self.pack_dir}/.venv && {self.pack_dir}/.venv/bin/pip install -r "
                    f"{self.pack_dir}/requirements.txt)")
        return "\n--- pack output ---\n" + text[-limit:] + hint

    def failure(self, what: str, exc: grpc.RpcError) -> PackError:
        detail = exc.details() if hasattr(exc, "details") else str(exc)
        return PackError(f"policy pack {self.pack_dir} failed during {what}: {detail}" + self._stderr_tail())

    def close(self) -> None:
        if self.channel is not None:
            self.channel.close()
            self.channel = None
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=3)
            if self.proc.stdout is not None:
                self.proc.stdout.close()
            self.proc = None
        if self.engine is not None:
            self.engine.stop()
            self.engine = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

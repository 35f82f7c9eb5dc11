"""Start, stop and inspect the local platform (the Python API behind `loom up/down/status`).

`start` renders the model repository for this machine, starts Milvus Lite, MLflow and Triton
as detached process groups, waits until each is healthy, indexes the docs, and writes the
outputs contract. State lives under LOOM_HOME (run/platform.json, logs/, outputs.json).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterator

from contract.env import LAKE_INTERACTION_LOGGER, LOOM_INFERENCE_URL, LOOM_INTERACTION_LOGGER, LOOM_LAKE_URI, LOOM_MILVUS_URI
from contract.outputs import Inference, Lake, Mesh, OutputsContract, Tracking, VectorStore
from loom.errors import LoomError
from loom.local import triton
from loom.local.paths import REPO_ROOT, Layout
from loom.local.ports import HOST, Ports, problems
from loom.local.processes import ProcessRecord, alive, spawn, stop_group

ENVIRONMENT = "local"
SERVICES = ("milvus", "mlflow", "triton")


class PlatformError(LoomError):
    """The local platform cannot start or stop as asked (one line, exit 2)."""


@dataclass(frozen=True)
class LocalSettings:
    home: Path
    ports: Ports = field(default_factory=Ports)
    accelerator: str | None = None
    """"cpu" or "gpu"; None detects it (GPU only with nvidia-smi and a CUDA build of torch)."""
    index_docs: bool = True
    docs: tuple[Path, ...] = (REPO_ROOT / "docs",)
    timeout_s: float = 300.0


# -- state -----------------------------------------------------------------------------------
def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    os.replace(tmp, path)


def read_state(home: Path) -> dict | None:
    layout = Layout(home)
    try:
        return json.loads(layout.state.read_text())
    except FileNotFoundError:
        return None
    except json.JSONDecodeError as exc:
        raise PlatformError(f"{layout.state}: not valid JSON ({exc.msg}); remove it after checking no server runs") from None


def _records(state: dict | None) -> list[ProcessRecord]:
    return [ProcessRecord(**r) for r in (state or {}).get("processes", [])]


@contextmanager
def _locked(layout: Layout) -> Iterator[None]:
    """One `up`/`down` at a time per LOOM_HOME."""
    layout.run.mkdir(parents=True, exist_ok=True)
    with open(layout.lock, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PlatformError(f"another `loom up` or `loom down` is running for {layout.home}") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- environment -----------------------------------------------------------------------------
def detect_accelerator() -> str:
    """GPU when this machine has an NVIDIA driver and torch is a CUDA build; CPU otherwise."""
    if shutil.which("nvidia-smi") is None:
        return "cpu"
    try:
        version = metadata.version("torch")
    except metadata.PackageNotFoundError:
        return "cpu"
    return "cpu" if "+cpu" in version else "gpu"


def contract(layout: Layout, ports: Ports) -> OutputsContract:
    return OutputsContract(
        environment=ENVIRONMENT,
        inference=Inference(http_url=f"http://{HOST}:{ports.http}", grpc_url=f"{HOST}:{ports.grpc}"),
        vector_store=VectorStore(uri=f"http://{HOST}:{ports.milvus}"),
        tracking=Tracking(uri=f"http://{HOST}:{ports.mlflow}"),
        lake=Lake(uri=layout.lake.resolve().as_uri()),
        # one machine, no mesh: nothing to encrypt between processes on 127.0.0.1
        mesh=Mesh(namespace=ENVIRONMENT, mtls_mode="DISABLE"),
    )


def _bin(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else (shutil.which(name) or name)


def _commands(layout: Layout, ports: Ports, models: list[str], backends: Path) -> dict[str, list[str]]:
    return {
        "milvus": [_bin("milvus-lite"), "server", "--data-dir", str(layout.milvus), "--host", HOST, "--port", str(ports.milvus)],
        "mlflow": [
            _bin("mlflow"), "server",
            "--backend-store-uri", f"sqlite:///{layout.mlflow / 'mlflow.db'}",
            "--artifacts-destination", (layout.mlflow / "artifacts").resolve().as_uri(),
            "--host", HOST, "--port", str(ports.mlflow), "--workers", "1",
        ],
        "triton": triton.command(
            layout.model_repo, backends, http_port=ports.http, grpc_port=ports.grpc, metrics_port=ports.metrics, models=models
        ),
    }


# -- health ----------------------------------------------------------------------------------
def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _tcp_ok(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=1):
            return True
    except OSError:
        return False


def health_checks(ports: Ports) -> dict[str, Callable[[], bool]]:
    return {
        "milvus": lambda: _tcp_ok(ports.milvus),
        "mlflow": lambda: _http_ok(f"http://{HOST}:{ports.mlflow}/health"),
        "triton": lambda: _http_ok(f"http://{HOST}:{ports.http}/v2/health/ready"),
    }


def _log_tail(path: str, lines: int = 3) -> str:
    try:
        text = Path(path).read_text(errors="replace").strip().splitlines()
    except FileNotFoundError:
        return ""
    wanted = [ln for ln in text if "error" in ln.lower()] or text
    return " | ".join(ln.strip()[:300] for ln in wanted[-lines:])


# -- start / stop / status -------------------------------------------------------------------
Reporter = Callable[[str, str], None]
"""(service, event) where event is "starting", "ready" or a failure message."""


def start(settings: LocalSettings, *, report: Reporter | None = None, index_progress=None) -> OutputsContract:
    """Start everything, wait for health, index the docs, write outputs.json; return the contract."""
    report = report or (lambda service, event: None)
    layout = Layout(settings.home)
    with _locked(layout):
        state = read_state(layout.home)
        running = [r.name for r in _records(state) if alive(r)]
        if running:
            raise PlatformError(
                f"the local platform is already running in {layout.home} ({', '.join(running)}); run `loom down` first"
            )
        wrong = problems(settings.ports)
        if wrong:
            raise PlatformError("; ".join(wrong))
        layout.create()
        accelerator = settings.accelerator or detect_accelerator()
        from workloads.serving.render_repo import render

        models = render(
            REPO_ROOT / "model_repo",
            layout.model_repo,
            accelerator=accelerator,
            parameters={"rag": {"milvus_uri": f"http://{HOST}:{settings.ports.milvus}"}},
        )
        # serve every model in the rendered repository, including ones added there (promotion)
        models = sorted(set(models) | {p.parent.name for p in layout.model_repo.glob("*/config.pbtxt")})
        backends = triton.backend_dir(layout.home)
        env = triton.environment(
            {
                LOOM_MILVUS_URI: f"http://{HOST}:{settings.ports.milvus}",
                # rag's interaction hook -> the lake (issue 6): guarded, batched, exactly once per request
                LOOM_INTERACTION_LOGGER: LAKE_INTERACTION_LOGGER,
                LOOM_LAKE_URI: str(layout.lake.resolve()),
                LOOM_INFERENCE_URL: f"http://{HOST}:{settings.ports.http}",
                # MLflow 3's job runner (GenAI scorers) forks ~7 busy huey consumers; tracking
                # and the registry do not need it, and two cores cannot spare it.
                "MLFLOW_SERVER_ENABLE_JOB_EXECUTION": "false",
            }
        )
        commands = _commands(layout, settings.ports, models, backends)
        records: list[ProcessRecord] = []
        try:
            for name in SERVICES:
                report(name, "starting")
                # The Python-backend stub ignores PYTHONPATH but puts its working directory first on
                # sys.path: Triton runs from this checkout, so its models import this checkout's
                # `workloads` (from anywhere else an editable install of another checkout would win).
                cwd = REPO_ROOT if name == "triton" else layout.home
                _, record = spawn(name, commands[name], env=env, log=layout.logs / f"{name}.log", cwd=cwd)
                records.append(record)
                _write_json(
                    layout.state,
                    {"processes": [r.to_dict() for r in records], "ports": settings.ports.to_dict(), "started_at": time.time(),
                     "accelerator": accelerator, "models": models},
                )
            _wait_healthy(records, health_checks(settings.ports), settings.timeout_s, report)
            _load_collections(f"http://{HOST}:{settings.ports.milvus}")
        except BaseException:
            for record in reversed(records):
                stop_group(record)
            layout.state.unlink(missing_ok=True)
            raise
        result = contract(layout, settings.ports)
        _write_json(layout.outputs, result.to_dict())
    if settings.index_docs:
        docs = [d for d in settings.docs if Path(d).exists()]
        if docs:
            index(result, docs, progress=index_progress)
    return result


def _load_collections(milvus_uri: str) -> None:
    """Load every collection Milvus Lite kept on disk: it restarts with them released, and a
    released collection refuses query and search (a second `loom up` could not index or answer)."""
    from workloads.rag.milvus import connect

    try:
        mc = connect(milvus_uri)
        try:
            for name in mc.list_collections():
                state = str(mc.get_load_state(name).get("state", ""))
                if not state.endswith("Loaded"):
                    mc.load_collection(name)
        finally:
            mc.close()
    except Exception as exc:  # MilvusException and connection errors: one line, then start() cleans up
        raise PlatformError(f"Milvus Lite at {milvus_uri} could not load its stored collections: {str(exc).splitlines()[0][:300]}") from None


def _wait_healthy(records: list[ProcessRecord], checks: dict[str, Callable[[], bool]], timeout_s: float, report: Reporter) -> None:
    pending = {r.name: r for r in records}
    deadline = time.monotonic() + timeout_s
    while pending:
        for name, record in list(pending.items()):
            if checks[name]():
                report(name, "ready")
                del pending[name]
            elif not alive(record):
                raise PlatformError(f"{name} exited while starting (log {record.log}): {_log_tail(record.log)}")
        if pending and time.monotonic() > deadline:
            names = ", ".join(pending)
            raise PlatformError(f"{names} not healthy after {timeout_s:.0f}s; see the logs in {Path(records[0].log).parent}")
        time.sleep(0.25)


def index(outputs: OutputsContract, paths: list, *, progress=None):
    """Index documents through the platform's embedder into its Milvus (idempotent per document)."""
    from pymilvus.exceptions import MilvusException

    from workloads.rag.embedding import EmbeddingError, TritonEmbedder
    from workloads.rag.indexer import collect, index_documents
    from workloads.rag.store import VectorStore as Store

    try:
        documents = collect(paths)
    except (FileNotFoundError, ValueError) as exc:
        raise PlatformError(str(exc)) from None
    try:
        store = Store(outputs.vector_store.uri)
    except MilvusException as exc:
        raise PlatformError(f"the vector store at {outputs.vector_store.uri} is not reachable: {exc.message}") from None
    embedder = TritonEmbedder(outputs.inference.http_url)
    try:
        if progress is not None:
            return progress(documents, lambda on_document: index_documents(documents, embedder, store, on_document=on_document))
        return index_documents(documents, embedder, store)
    except ValueError as exc:  # a document that is not UTF-8 text
        raise PlatformError(str(exc)) from None
    except EmbeddingError as exc:
        raise PlatformError(f"embedding failed at {outputs.inference.http_url}: {exc}") from None
    except MilvusException as exc:
        raise PlatformError(f"the vector store at {outputs.vector_store.uri} refused the documents: {exc.message}") from None
    finally:
        embedder.close()
        store.close()


def stop(home: Path) -> list[str]:
    """Stop every recorded server (whole process groups); return the names that were running."""
    layout = Layout(home)
    with _locked(layout):
        records = _records(read_state(home))
        was_running = [r.name for r in records if alive(r)]
        left = [r.name for r in reversed(records) if not stop_group(r)]
        if left:
            raise PlatformError(f"could not stop {', '.join(left)}; their process groups survived SIGKILL")
        layout.state.unlink(missing_ok=True)
        layout.outputs.unlink(missing_ok=True)
    return was_running


def status(home: Path) -> dict:
    """Whether each service runs and answers its health check; the contract when all do."""
    layout = Layout(home)
    state = read_state(home)
    if not state:
        return {"running": False, "home": str(home), "services": {}}
    ports = Ports(**state["ports"])
    checks = health_checks(ports)
    services = {}
    for record in _records(state):
        running = alive(record)
        services[record.name] = {
            "pid": record.pid,
            "running": running,
            "healthy": running and checks[record.name](),
            "log": record.log,
        }
    result: dict = {
        "running": any(s["running"] for s in services.values()),
        "healthy": bool(services) and all(s["healthy"] for s in services.values()),
        "home": str(home),
        "services": services,
        "ports": state["ports"],
    }
    if layout.outputs.exists():
        result["outputs"] = json.loads(layout.outputs.read_text())
    return result


def outputs(home: Path) -> OutputsContract:
    """The contract of the running platform, for clients such as `loom index` and `loom ask`."""
    layout = Layout(home)
    try:
        data = json.loads(layout.outputs.read_text())
    except FileNotFoundError:
        raise PlatformError(f"the local platform is not running ({layout.outputs} is missing); start it with `loom up`") from None
    try:
        return OutputsContract.from_dict(data, where=str(layout.outputs))
    except ValueError as exc:
        raise PlatformError(str(exc)) from None

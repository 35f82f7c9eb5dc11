"""Where the local platform keeps its state: $LOOM_HOME, else <repo>/.loom."""

from __future__ import annotations

from pathlib import Path

from contract.env import loom_home

__all__ = ["Layout", "REPO_ROOT", "loom_home"]  # loom_home: the shared reading in contract.env

REPO_ROOT = Path(__file__).resolve().parents[2]


class Layout:
    """The files and directories under one LOOM_HOME."""

    def __init__(self, home: Path):
        self.home = Path(home)
        self.run = self.home / "run"
        self.logs = self.home / "logs"
        self.model_repo = self.home / "model_repo"
        self.milvus = self.home / "milvus"
        self.mlflow = self.home / "mlflow"
        self.lake = self.home / "lake"
        self.state = self.run / "platform.json"
        self.outputs = self.home / "outputs.json"
        self.lock = self.run / "up.lock"

    def create(self) -> None:
        for d in (self.run, self.logs, self.model_repo, self.milvus, self.mlflow, self.lake):
            d.mkdir(parents=True, exist_ok=True)

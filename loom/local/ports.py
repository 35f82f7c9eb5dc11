"""Ports of the local platform: defaults, checks that they are free, and random free ones."""

from __future__ import annotations

import socket
from dataclasses import asdict, dataclass

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Ports:
    http: int = 8000
    grpc: int = 8001
    metrics: int = 8002
    milvus: int = 19530
    mlflow: int = 5000

    OPTIONS = {
        "http": "--http-port",
        "grpc": "--grpc-port",
        "metrics": "--metrics-port",
        "milvus": "--milvus-port",
        "mlflow": "--mlflow-port",
    }

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def random(cls) -> "Ports":
        """Five distinct free ports (for tests): bound together, then released."""
        sockets = []
        try:
            for _ in range(5):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.bind((HOST, 0))
                sockets.append(s)
            return cls(*(s.getsockname()[1] for s in sockets))
        finally:
            for s in sockets:
                s.close()


def in_use(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def problems(ports: Ports) -> list[str]:
    """What is wrong with these ports, one line each (empty when all are usable)."""
    found = []
    values = ports.to_dict()
    seen: dict[int, str] = {}
    for name, port in values.items():
        if not 1 <= port <= 65535:
            found.append(f"{Ports.OPTIONS[name]} {port} is invalid; allowed: 1..65535")
        elif port in seen:
            found.append(f"{Ports.OPTIONS[name]} {port} is also given to {Ports.OPTIONS[seen[port]]}; each service needs its own port")
        elif in_use(port):
            found.append(f"port {port} on {HOST} ({name}) is already in use; choose another with {Ports.OPTIONS[name]}")
        seen.setdefault(port, name)
    return found

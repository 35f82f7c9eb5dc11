"""A local HTTP server with a Triton `/metrics` page whose counters grow at every scrape.

The format and metric names are those of the real scrapes in data/ (a real tritonserver with
`--metrics-config summary_latencies=true`); what changes between scrapes is scripted: how many
requests the canary served and what share of them failed.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional


class MetricsHTTPServer:
    """Serves `page(hit)` (hit counts from 1) at /metrics on a free local port."""

    def __init__(self, page: Callable[[int], str]) -> None:
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's API)
                outer.hits += 1
                body = page(outer.hits).encode()
                self.send_response(200 if self.path == "/metrics" else 404)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class TritonMetricsServer(MetricsHTTPServer):
    def __init__(self, model: str = "generator", per_scrape: int = 100, failure_share: float = 0.0, p99_us: int = 120_000) -> None:
        self.model, self.per_scrape, self.failure_share, self.p99_us = model, per_scrape, failure_share, p99_us
        self.success = 0.0
        self.failure = 0.0
        self.on_scrape: Optional[Callable[[int], None]] = None
        super().__init__(self._page)

    def _page(self, hit: int) -> str:
        if self.on_scrape is not None:
            self.on_scrape(hit)
        if hit > 1:
            self.failure += self.per_scrape * self.failure_share
            self.success += self.per_scrape * (1 - self.failure_share)
        m = self.model
        lines = [
            "# HELP nv_inference_request_success Number of successful inference requests, all batch sizes",
            "# TYPE nv_inference_request_success counter",
            f'nv_inference_request_success{{model="{m}",version="1"}} {self.success:.0f}',
            "# TYPE nv_inference_request_failure counter",
            f'nv_inference_request_failure{{model="{m}",reason="BACKEND",version="1"}} {self.failure:.0f}',
            f'nv_inference_request_failure{{model="{m}",reason="REJECTED",version="1"}} 0',
            "# TYPE nv_inference_request_duration_us counter",
            f'nv_inference_request_duration_us{{model="{m}",version="1"}} {self.success * 40_000:.0f}',
            "# TYPE nv_inference_request_summary_us summary",
            f'nv_inference_request_summary_us_count{{model="{m}",version="1"}} {self.success:.0f}',
            f'nv_inference_request_summary_us_sum{{model="{m}",version="1"}} {self.success * 40_000:.0f}',
        ]
        for q, share in (("0.5", 0.3), ("0.9", 0.6), ("0.95", 0.8), ("0.99", 1.0), ("0.999", 1.2)):
            lines.append(f'nv_inference_request_summary_us{{model="{m}",version="1",quantile="{q}"}} {self.p99_us * share:.0f}')
        return "\n".join(lines) + "\n"

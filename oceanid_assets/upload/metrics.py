"""Hand-written Prometheus counters (text exposition format 0.0.4); no client library needed."""

from __future__ import annotations

import threading
from collections import defaultdict

_HELP = {
    "oceanid_upload_http_requests_total": "HTTP requests by route, method and status.",
    "oceanid_upload_body_bytes_read_total": "Request-body bytes read from clients by /upload.",
    "oceanid_upload_files_total": "Uploaded files by result (stored, duplicate).",
    "oceanid_upload_stored_bytes_total": "Bytes of PDFs written to the store.",
    "oceanid_upload_rejections_total": "Rejected upload requests by reason (the error code).",
    "oceanid_upload_batches_closed_total": "Batches closed through the service.",
    "oceanid_upload_run_launches_total": "Ingest runs launched on close, by outcome.",
}

LabelSet = tuple[tuple[str, str], ...]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, dict[LabelSet, float]] = defaultdict(dict)
        for name in _HELP:
            self._values[name]

    def inc(self, name: str, amount: float = 1, **labels: str) -> None:
        if name not in _HELP:
            raise KeyError(f"unknown metric {name}")
        key = tuple(sorted(labels.items()))
        with self._lock:
            series = self._values[name]
            series[key] = series.get(key, 0) + amount

    def value(self, name: str, **labels: str) -> float:
        with self._lock:
            return self._values[name].get(tuple(sorted(labels.items())), 0)

    def render(self) -> str:
        lines: list[str] = []
        with self._lock:
            for name, help_text in _HELP.items():
                lines.append(f"# HELP {name} {help_text}")
                lines.append(f"# TYPE {name} counter")
                for labels, value in sorted(self._values[name].items()):
                    label_text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels)
                    series = f"{name}{{{label_text}}}" if label_text else name
                    text = str(int(value)) if float(value).is_integer() else repr(value)
                    lines.append(f"{series} {text}")
        return "\n".join(lines) + "\n"

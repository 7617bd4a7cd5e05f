"""The code location's shape as a reviewed file: a change to the graph is a diff in a PR.

Assets (group, partitions, deps, checks, automation condition, pool, kinds), sensors, jobs and
schedules, as the code server loads them. After a deliberate change, rewrite the snapshot with

    .venv/bin/python -m tests.test_asset_graph_snapshot

and review `git diff tests/snapshots/asset_graph.json`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from oceanid_assets.definitions import load_definitions

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "asset_graph.json"


def graph_shape() -> dict[str, Any]:
    defs = load_definitions()
    graph = defs.resolve_asset_graph()
    repository = defs.get_repository_def()
    assets: dict[str, Any] = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        condition = node.automation_condition
        partitions = node.partitions_def
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "partitions": getattr(partitions, "name", None) or (partitions and str(partitions)),
            "deps": sorted(parent.to_user_string() for parent in node.parent_keys),
            "checks": sorted(check.name for check in node.check_keys),
            "automation_condition": (condition.get_label() or str(condition))
            if condition
            else None,
            "pools": sorted(node.pools),
            "kinds": sorted(node.kinds),
        }
    return {
        "assets": assets,
        "sensors": {
            sensor.name: {
                "default_status": sensor.default_status.value,
                "jobs": sorted(target.job_name for target in sensor.targets),
            }
            for sensor in sorted(repository.sensor_defs, key=lambda s: s.name)
        },
        "jobs": sorted(job.name for job in repository.get_all_jobs() if job.name != "__ASSET_JOB"),
        "schedules": {
            schedule.name: schedule.cron_schedule
            for schedule in sorted(repository.schedule_defs, key=lambda s: s.name)
        },
    }


def _render(shape: dict[str, Any]) -> str:
    return json.dumps(shape, indent=2, sort_keys=True) + "\n"


def test_asset_graph_matches_the_reviewed_snapshot() -> None:
    assert SNAPSHOT.exists(), f"no snapshot yet: run .venv/bin/python -m {__name__}"
    assert _render(graph_shape()) == SNAPSHOT.read_text(encoding="utf-8"), (
        "the asset graph changed; if that is intended, rewrite the snapshot with "
        f".venv/bin/python -m {__name__} and review the diff"
    )


if __name__ == "__main__":
    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(_render(graph_shape()), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")

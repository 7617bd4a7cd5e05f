"""How a run executes its steps, chosen by OCEANID_EXECUTOR:

- `in_process` (default, the embedded profile): every step in the run's own process. A step
  process would re-import Dagster and the assets (~2.5 s of CPU here) for steps that take
  0.1-0.7 s, and the DuckDB pools serialise those starts batch after batch; pools still bound
  the writers (Dagster's in-process executor claims them like the others).
- `multiprocess`: a process per step, forked from a server that imported the code location once
  (for runs whose steps are worth running side by side).
- `k8s`: a Kubernetes Job per step (docs/deploy.md).
"""

from __future__ import annotations

from dagster import ExecutorDefinition, in_process_executor, multiprocess_executor

from oceanid_assets import config

EXECUTORS = ("in_process", "multiprocess", "k8s")

# Kubernetes Secrets each step pod reads as environment variables (envFrom); the same names as
# deploy/helm/values.yaml. Only names live here: the values are in the cluster, never in code.
K8S_ENV_SECRETS = (
    "oceanid-r2",
    "oceanid-motherduck-raw",
    "oceanid-motherduck-annotated",
    "oceanid-motherduck-ops",
    "oceanid-motherduck-read",
    "oceanid-argilla",
    "oceanid-llm",
)


class InvalidExecutor(ValueError):
    pass


def executor_name() -> str:
    """`OCEANID_EXECUTOR`: `in_process` (default), `multiprocess` or `k8s`."""
    raw = config.text("OCEANID_EXECUTOR")
    name = raw.lower()
    if name not in EXECUTORS:
        raise InvalidExecutor(
            f"OCEANID_EXECUTOR={raw!r} is not a known executor: expected one of "
            + ", ".join(repr(e) for e in EXECUTORS)
            + " (unset means 'in_process')"
        )
    return name


def k8s_executor_config() -> dict[str, object]:
    """Per-step pod settings of `k8s_job_executor` (docs/deploy.md).

    Image, service account and the code location's env come from the run launcher and the user
    deployment (the executor inherits them); this adds what is specific to step pods.
    """
    return {
        # Where step Jobs are created: the Helm release's namespace (docs/deploy.md).
        "job_namespace": config.text("OCEANID_K8S_NAMESPACE"),
        # Step pods of one run at a time; pools still bound the writers of each database.
        "max_concurrent": config.integer("OCEANID_K8S_MAX_CONCURRENT"),
        "env_secrets": list(K8S_ENV_SECRETS),
        "step_k8s_config": {
            "container_config": {
                # PDF extraction is CPU-bound (OCEANID_EXTRACT_WORKERS processes) and a batch's
                # pages are held as Arrow tables: requests fit a small batch, limits a large one.
                "resources": {
                    "requests": {"cpu": "500m", "memory": "1Gi"},
                    "limits": {"cpu": "2", "memory": "4Gi"},
                }
            }
        },
    }


def executor() -> ExecutorDefinition:
    """The executor for every job."""
    name = executor_name()
    if name == "in_process":
        return in_process_executor
    if name == "multiprocess":
        return multiprocess_executor.configured(
            {"start_method": {"forkserver": {"preload_modules": ["oceanid_assets.definitions"]}}},
            name="oceanid_multiprocess",
        )
    # Imported only here so that the default profile never loads the Kubernetes client.
    from dagster_k8s import k8s_job_executor

    return k8s_job_executor.configured(k8s_executor_config(), name="oceanid_k8s")

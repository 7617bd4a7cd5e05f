"""The Kubernetes deployment (deploy/, docs/deploy.md), checked without a cluster, helm or docker.

- The code location loads with OCEANID_EXECUTOR=k8s in a fresh interpreter (definitions are
  module-level), every job runs on k8s_job_executor, and its config passes dagster_k8s's schema.
- deploy/helm/values.yaml only sets keys the official chart has, holds no secret, and the parts
  the chart renders into dagster.yaml (re-rendered here from the chart's templates) are accepted
  by Dagster itself: the instance they make has the pools, run queue and retries we meant.
- The Dockerfile's sources exist and reach the build context; the image installs
  requirements.lock; the package as the image installs it (not editable) loads the code location.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from dagster import Shape
from dagster._config import process_config
from dagster._core.instance_for_test import instance_for_test
from dagster_k8s import K8sRunLauncher, k8s_job_executor

from oceanid_assets import config
from oceanid_assets.defs import executor as executors

REPO = Path(__file__).resolve().parents[1]
VALUES_FILE = REPO / "deploy" / "helm" / "values.yaml"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
DOCKERIGNORE = REPO / "deploy" / "Dockerfile.dockerignore"
K8S_REQUIREMENTS = REPO / "deploy" / "requirements-k8s.txt"
DEPLOY_DOC = REPO / "docs" / "deploy.md"

# The Secrets of the deployment and the environment variables each one carries (docs/deploy.md
# creates them; values.yaml and the executor reference them by name).
SECRET_KEYS: dict[str, set[str]] = {
    "oceanid-r2": {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "OCEANID_S3_ENDPOINT_URL"},
    "oceanid-motherduck-raw": {"MD_RAW_TOKEN"},
    "oceanid-motherduck-annotated": {"MD_ANNOT_TOKEN"},
    "oceanid-motherduck-ops": {"MD_OPS_TOKEN"},
    "oceanid-motherduck-read": {"MD_READ_TOKEN"},
    "oceanid-argilla": {"ARGILLA_API_URL", "ARGILLA_API_KEY"},
    "oceanid-llm": {"OCEANID_LLM_URL", "OCEANID_LLM_MODEL", "OCEANID_LLM_API_KEY"},
}
POSTGRES_SECRET_KEY = "postgresql-password"  # the key the chart reads into DAGSTER_PG_PASSWORD
SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|CREDENTIAL", re.I)

# ------------------------------------------------------------------------------------------------
# The official chart's values, for the keys this repository sets: dagster/dagster chart 1.13.x
# (dagster 1.13.27), from helm/dagster/schema/schema/charts/** (the pydantic models the chart's
# values.schema.json is generated from) and, for runRetries / runMonitoring / concurrency, the
# keys helm/dagster/templates/configmap-instance.yaml and helpers/instance/_concurrency.tpl read.
# A dict lists the allowed keys (anything else is a typo the chart would ignore or reject),
# OPEN means any value (Kubernetes objects, free maps), a one-item list means "a list of these".
# Not a copy of the chart: only the branches used here, as a key tree.
OPEN: None = None


def _leaves(*names: str) -> dict[str, Any]:
    return dict.fromkeys(names, OPEN)


_SECRET_ENV_SOURCE = [_leaves("name", "optional")]
_IMAGE = _leaves("repository", "tag", "pullPolicy")
_K8S_POD_FIELDS = _leaves(
    "annotations",
    "nodeSelector",
    "affinity",
    "tolerations",
    "podSecurityContext",
    "securityContext",
    "resources",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "labels",
    "volumeMounts",
    "volumes",
    "schedulerName",
)
_USER_DEPLOYMENT: dict[str, Any] = {
    **_K8S_POD_FIELDS,
    **_leaves(
        "name",
        "dagsterApiGrpcArgs",
        "codeServerArgs",
        "deploymentNamespace",
        "port",
        "replicaCount",
        "env",
        "envConfigMaps",
        "initContainers",
        "sidecarContainers",
        "deploymentStrategy",
    ),
    "image": _IMAGE,
    "includeConfigInLaunchedRuns": _leaves("enabled"),
    "envSecrets": _SECRET_ENV_SOURCE,
}
_K8S_RUN_LAUNCHER: dict[str, Any] = {
    **_leaves(
        "image",
        "imagePullPolicy",
        "jobNamespace",
        "loadInclusterConfig",
        "kubeconfigFile",
        "envConfigMaps",
        "envVars",
        "volumeMounts",
        "volumes",
        "labels",
        "failPodOnRunFailure",
        "resources",
        "schedulerName",
        "securityContext",
    ),
    "envSecrets": _SECRET_ENV_SOURCE,
    "runK8sConfig": _leaves(
        "containerConfig",
        "podSpecConfig",
        "podTemplateSpecMetadata",
        "jobSpecConfig",
        "jobMetadata",
    ),
}
_DAEMON: dict[str, Any] = {
    **_K8S_POD_FIELDS,
    **_leaves(
        "enabled",
        "image",
        "heartbeatTolerance",
        "env",
        "envConfigMaps",
        "deploymentLabels",
        "checkDbReadyInitContainer",
        "logFormat",
        "initContainerResources",
        "extraContainers",
        "extraPrependedInitContainers",
    ),
    "envSecrets": _SECRET_ENV_SOURCE,
    "runCoordinator": {
        "enabled": OPEN,
        "type": OPEN,
        "config": {
            "queuedRunCoordinator": _leaves(
                "maxConcurrentRuns",
                "tagConcurrencyLimits",
                "dequeueIntervalSeconds",
                "dequeueNumWorkers",
                "dequeueUseThreads",
                "blockOpConcurrencyLimitedRuns",
            ),
            "customRunCoordinator": OPEN,
        },
    },
    "runMonitoring": _leaves(
        "enabled",
        "startTimeoutSeconds",
        "cancelTimeoutSeconds",
        "maxRuntimeSeconds",
        "maxResumeRunAttempts",
        "pollIntervalSeconds",
        "freeSlotsAfterRunEndSeconds",
    ),
    "runRetries": _leaves("enabled", "maxRetries", "retryOnAssetOrOpFailure"),
    "sensors": _leaves("useThreads", "numWorkers", "numSubmitWorkers"),
    "schedules": _leaves("useThreads", "numWorkers", "numSubmitWorkers"),
    "backfills": _leaves("useThreads", "numWorkers", "numSubmitWorkers"),
}
CHART_KEYS: dict[str, Any] = {
    **_leaves(
        "dagsterWebserver",
        "generatePostgresqlPasswordSecret",
        "generateCeleryConfigSecret",
        "rabbitmq",
        "redis",
        "flower",
        "ingress",
        "imagePullSecrets",
        "computeLogManager",
        "scheduler",
        "busybox",
        "migrate",
        "serviceAccount",
        "retention",
        "additionalInstanceConfig",
    ),
    "global": _leaves(
        "postgresqlSecretName",
        "dagsterHome",
        "serviceAccountName",
        "celeryConfigSecretName",
        "dagsterInstanceConfigMap",
    ),
    "postgresql": {
        **_leaves(
            "enabled",
            "image",
            "postgresqlScheme",
            "postgresqlHost",
            "postgresqlUsername",
            "postgresqlPassword",
            "postgresqlDatabase",
            "postgresqlParams",
        ),
        "service": _leaves("port"),
    },
    "dagster-user-deployments": {
        **_leaves("enabled", "enableSubchart", "imagePullSecrets"),
        "deployments": [_USER_DEPLOYMENT],
    },
    "runLauncher": {
        "type": OPEN,
        "config": {
            "k8sRunLauncher": _K8S_RUN_LAUNCHER,
            "celeryK8sRunLauncher": OPEN,
            "customRunLauncher": OPEN,
        },
    },
    "dagsterDaemon": _DAEMON,
    "concurrency": {
        "enabled": OPEN,
        "pools": _leaves("defaultLimit", "granularity", "opGranularityRunBuffer"),
        "runs": _leaves("maxConcurrentRuns", "tagConcurrencyLimits"),
    },
    "pythonLogs": _leaves("pythonLogLevel", "managedPythonLoggers", "dagsterHandlerConfig"),
    "telemetry": _leaves("enabled"),
}


def unknown_keys(value: Any, tree: Any, path: str = "") -> list[str]:
    """Every key path in `value` that `tree` (CHART_KEYS's convention) does not allow."""
    if tree is OPEN:
        return []
    if isinstance(tree, list):
        if not isinstance(value, list):
            return [f"{path}: expected a list"]
        return [
            p for i, item in enumerate(value) for p in unknown_keys(item, tree[0], f"{path}[{i}]")
        ]
    if not isinstance(value, Mapping):
        return [f"{path}: expected a mapping"]
    found = []
    for key, child in value.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in tree:
            found.append(where)
        else:
            found.extend(unknown_keys(child, tree[key], where))
    return found


@pytest.fixture(scope="module")
def values() -> dict[str, Any]:
    loaded = yaml.safe_load(VALUES_FILE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def user_deployment(values: dict[str, Any]) -> dict[str, Any]:
    deployments = values["dagster-user-deployments"]["deployments"]
    assert [d["name"] for d in deployments] == ["oceanid"]
    return dict(deployments[0])


def _docs() -> str:
    return DEPLOY_DOC.read_text(encoding="utf-8")


# --- (a) the executor -------------------------------------------------------------------------

_LOAD_SCRIPT = """
import json
from dagster import OpDefinition
from oceanid_assets.definitions import load_definitions
repository = load_definitions().get_repository_def()
jobs, pools = {}, set()
for job in repository.get_all_jobs():
    jobs[job.name] = job.executor_def.name
    for node_def in job.all_node_defs:
        if isinstance(node_def, OpDefinition) and node_def.pool:
            pools.add(node_def.pool)
print("RESULT " + json.dumps({"jobs": jobs, "pools": sorted(pools)}))
"""


def _load_code_location(tmp_path: Path, executor: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCEANID_")}
    env["OCEANID_HOME"] = str(tmp_path / "home")
    if executor is not None:
        env["OCEANID_EXECUTOR"] = executor
    return subprocess.run(
        [sys.executable, "-c", _LOAD_SCRIPT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _result(proc: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    return result


@pytest.fixture(scope="module")
def k8s_location(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _result(_load_code_location(tmp_path_factory.mktemp("k8s"), "k8s"))


def test_k8s_executor_runs_every_job(k8s_location: dict[str, Any]) -> None:
    jobs = k8s_location["jobs"]
    assert {"ingest_batch", "argilla_push", "export_annotations", "integrity_daily_job"} <= set(
        jobs
    )
    assert set(jobs.values()) == {"oceanid_k8s"}, jobs


def test_default_executor_runs_steps_in_the_run_process(tmp_path: Path) -> None:
    jobs = _result(_load_code_location(tmp_path, None))["jobs"]
    assert set(jobs.values()) == {"in_process"}, jobs


def test_unknown_executor_fails_the_code_location_clearly(tmp_path: Path) -> None:
    proc = _load_code_location(tmp_path, "kubernetes")
    assert proc.returncode != 0
    assert "OCEANID_EXECUTOR='kubernetes'" in proc.stderr
    assert all(f"'{name}'" in proc.stderr for name in ("in_process", "multiprocess", "k8s"))


def test_executor_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCEANID_EXECUTOR", raising=False)
    assert executors.executor().name == "in_process"
    monkeypatch.setenv("OCEANID_EXECUTOR", "multiprocess")
    assert executors.executor().name == "oceanid_multiprocess"
    monkeypatch.setenv("OCEANID_EXECUTOR", " K8s ")
    assert executors.executor().name == "oceanid_k8s"
    monkeypatch.setenv("OCEANID_EXECUTOR", "celery")
    with pytest.raises(executors.InvalidExecutor, match="OCEANID_EXECUTOR='celery'"):
        executors.executor()


def test_k8s_executor_config_passes_dagster_k8s_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_K8S_NAMESPACE", "oceanid-staging")
    cfg = executors.k8s_executor_config()
    result = process_config(k8s_job_executor.config_schema.config_type, cfg)
    assert result.success, result.errors
    assert cfg["job_namespace"] == "oceanid-staging"
    assert set(cfg["env_secrets"]) == set(SECRET_KEYS)  # type: ignore[arg-type]
    # The schema is strict, so this check is not vacuous: a misspelt key is refused.
    assert not process_config(
        k8s_job_executor.config_schema.config_type, {"max_concurent": 2}
    ).success


# --- (b) the Helm values ------------------------------------------------------------------------


def test_values_use_only_chart_keys(values: dict[str, Any]) -> None:
    assert unknown_keys(values, CHART_KEYS) == []


def test_key_check_catches_a_misspelt_key(values: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(values))
    broken["concurrency"]["pools"]["default_limit"] = 4  # dagster.yaml spelling, not the chart's
    broken["dagsterDaemon"]["runRetries"]["max_retries"] = 2
    assert unknown_keys(broken, CHART_KEYS) == [
        "dagsterDaemon.runRetries.max_retries",
        "concurrency.pools.default_limit",
    ]


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, Mapping):
        for key, child in value.items():
            yield from _walk(child, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _walk(child, f"{path}[{i}]")


def test_values_hold_no_secret(values: dict[str, Any], user_deployment: dict[str, Any]) -> None:
    for path, value in _walk(values):
        last = path.rsplit(".", 1)[-1]
        # Keys that *name* a Secret are fine; any other secret-like key must not carry a value.
        if SECRET_NAME.search(last) and last not in {"postgresqlSecretName", "envSecrets"}:
            assert (
                not isinstance(value, str | int | float) or isinstance(value, bool) or not value
            ), f"{path} holds a literal"
        if isinstance(value, str):
            assert not re.search(r"://[^/\s:@]+:[^/\s@]+@", value), f"{path}: credentials in a URL"
    # Plain env is a ConfigMap: only non-secret names, and none of the Secrets' keys.
    secret_keys = set().union(*SECRET_KEYS.values())
    for name in user_deployment["env"]:
        assert not SECRET_NAME.search(name) and name not in secret_keys, name
    assert user_deployment["env"]["OCEANID_EXECUTOR"] == "k8s"
    assert user_deployment["env"]["MD_RAW_URL"] == "md:md_raw_ocr"
    assert user_deployment["env"]["MD_ANNOT_URL"] == "md:md_annotated"
    assert user_deployment["env"]["MD_OPS_URL"] == "md:md_ops"
    assert user_deployment["env"]["OCEANID_STORE_URL"].startswith("s3://")


def test_deployment_sets_every_setting_the_production_profile_requires(
    user_deployment: dict[str, Any],
) -> None:
    env = user_deployment["env"]
    assert env["OCEANID_PROFILE"] == "production"
    provided = {name: "set" for name in set(env) | set().union(*SECRET_KEYS.values())}
    # What the code location would refuse to start without, had the chart forgotten it.
    assert config.missing_for_production(provided) == []
    assert config.missing_for_production({}) != []


def test_secrets_are_referenced_by_name_everywhere(
    values: dict[str, Any], user_deployment: dict[str, Any]
) -> None:
    launcher = values["runLauncher"]["config"]["k8sRunLauncher"]
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
    for env_secrets in (user_deployment["envSecrets"], launcher["envSecrets"]):
        assert [s["name"] for s in env_secrets] == list(executors.K8S_ENV_SECRETS)
    assert set(executors.K8S_ENV_SECRETS) == set(SECRET_KEYS)


def test_postgres_password_comes_from_a_secret(values: dict[str, Any]) -> None:
    assert values["generatePostgresqlPasswordSecret"] is False
    assert values["postgresql"]["enabled"] is False  # external database
    assert "postgresqlPassword" not in values["postgresql"]
    secret = values["global"]["postgresqlSecretName"]
    assert secret
    create = _kubectl_secrets(_docs())
    assert POSTGRES_SECRET_KEY in create[secret]


def test_namespaces_agree(values: dict[str, Any], user_deployment: dict[str, Any]) -> None:
    # Run Jobs (run launcher) and step Jobs (executor) go to the namespace the release is in.
    namespace = values["runLauncher"]["config"]["k8sRunLauncher"]["jobNamespace"]
    assert user_deployment["env"]["OCEANID_K8S_NAMESPACE"] == namespace
    assert f"--namespace {namespace}" in _docs()


def _render_instance(values: dict[str, Any]) -> dict[str, Any]:
    """The dagster.yaml sections the chart renders from these values (not storage or launcher),
    following templates/configmap-instance.yaml, helpers/instance/_run-coordinator.tpl and
    helpers/instance/_concurrency.tpl of chart 1.13.x."""
    daemon = values["dagsterDaemon"]
    coordinator = daemon["runCoordinator"]
    assert coordinator["enabled"] and coordinator["type"] == "QueuedRunCoordinator"
    instance: dict[str, Any] = {
        "run_coordinator": {
            "module": "dagster.core.run_coordinator",
            "class": "QueuedRunCoordinator",
        }
    }
    qrc = coordinator.get("config", {}).get("queuedRunCoordinator", {})
    if any(v not in (None, "", [], {}, False, 0) for v in qrc.values()):  # sprig's `compact`
        mcr = qrc.get("maxConcurrentRuns")
        instance["run_coordinator"]["config"] = {"max_concurrent_runs": -1 if mcr is None else mcr}
    monitoring = daemon["runMonitoring"]
    if monitoring.get("enabled"):
        instance["run_monitoring"] = {
            "enabled": True,
            "start_timeout_seconds": monitoring["startTimeoutSeconds"],
            "max_resume_run_attempts": monitoring["maxResumeRunAttempts"],
        }
    retries = daemon["runRetries"]
    if retries.get("enabled"):
        instance["run_retries"] = {
            "enabled": True,
            "max_retries": retries["maxRetries"],
            "retry_on_asset_or_op_failure": retries["retryOnAssetOrOpFailure"],
        }
    if daemon["sensors"].get("useThreads"):
        instance["sensors"] = {"use_threads": True, "num_workers": daemon["sensors"]["numWorkers"]}
    logs = values["pythonLogs"]
    instance["python_logs"] = {
        "python_log_level": logs["pythonLogLevel"],
        "managed_python_loggers": logs["managedPythonLoggers"],
    }
    instance["telemetry"] = {"enabled": values["telemetry"]["enabled"]}
    concurrency = values["concurrency"]
    if concurrency.get("enabled"):
        pools, runs = concurrency["pools"], concurrency["runs"]
        instance["concurrency"] = {
            "pools": {"default_limit": pools["defaultLimit"], "granularity": pools["granularity"]},
            "runs": {"max_concurrent_runs": runs["maxConcurrentRuns"]},
        }
    instance.update(values.get("additionalInstanceConfig") or {})
    return instance


def test_rendered_instance_is_accepted_by_dagster(values: dict[str, Any]) -> None:
    with instance_for_test(overrides=_render_instance(values)) as instance:
        concurrency = instance.get_concurrency_config()
        assert (
            concurrency.pool_config.default_pool_limit
            == values["concurrency"]["pools"]["defaultLimit"]
        )
        assert concurrency.pool_config.pool_granularity is not None
        assert concurrency.pool_config.pool_granularity.value == "op"
        assert concurrency.run_queue_config is not None
        assert concurrency.run_queue_config.max_concurrent_runs == 8
        assert instance.run_retries_enabled and instance.run_retries_max_retries == 2
        assert instance.run_monitoring_enabled
        assert instance.auto_materialize_use_sensors


def test_run_coordinator_config_would_clash_with_concurrency(values: dict[str, Any]) -> None:
    # Why values.yaml empties queuedRunCoordinator: one non-empty key there makes the chart render
    # max_concurrent_runs: -1, which Dagster refuses next to `concurrency`.
    clashing = json.loads(json.dumps(values))
    clashing["dagsterDaemon"]["runCoordinator"]["config"]["queuedRunCoordinator"][
        "dequeueUseThreads"
    ] = True
    with (
        pytest.raises(Exception, match="incompatible with the `concurrency > runs` config"),
        instance_for_test(overrides=_render_instance(clashing)) as instance,
    ):
        instance.get_concurrency_config()


def test_rendered_run_launcher_passes_dagster_k8s_schema(values: dict[str, Any]) -> None:
    launcher = values["runLauncher"]["config"]["k8sRunLauncher"]
    # helpers/instance/_run-launcher.tpl ("dagsterYaml.runLauncher.k8s"), release "oceanid".
    rendered = {
        "load_incluster_config": launcher["loadInclusterConfig"],
        "job_namespace": launcher["jobNamespace"],
        "image_pull_policy": launcher["imagePullPolicy"],
        "service_account_name": "oceanid-dagster",
        "dagster_home": "/opt/dagster/dagster_home",
        "instance_config_map": "oceanid-dagster-instance",
        "postgres_password_secret": values["global"]["postgresqlSecretName"],
        "env_secrets": [s["name"] for s in launcher["envSecrets"]],
        "resources": launcher["resources"],
    }
    result = process_config(Shape(K8sRunLauncher.config_type()), rendered)
    assert result.success, result.errors


# --- (c) the image ------------------------------------------------------------------------------


def _instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def test_dockerfile_copies_only_what_exists_and_reaches_the_context() -> None:
    allowed = [
        line[1:].strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.startswith("!")
    ]
    copies = [shlex.split(rest) for word, rest in _instructions() if word == "COPY"]
    assert copies
    for *sources, _dest in copies:
        for source in sources:
            assert not source.startswith("--"), "no COPY --from / --chown expected"
            assert (REPO / source).exists(), source
            assert source in allowed, f"{source} is excluded by {DOCKERIGNORE.name}"


def test_dockerfile_installs_the_lock_then_the_package_and_runs_the_code_location() -> None:
    instructions = _instructions()
    assert instructions[0] == ("FROM", "python:3.11-slim")
    runs = " ".join(rest for word, rest in instructions if word == "RUN")
    assert re.search(r"pip install -r \S*requirements\.lock", runs)
    assert re.search(r"pip install --no-deps\b", runs)
    assert runs.index("requirements.lock") < runs.index("--no-deps")
    users = [rest for word, rest in instructions if word == "USER"]
    assert users and users[-1] not in {"0", "root"}
    assert ("EXPOSE", "3030") in instructions
    cmd = json.loads(next(rest for word, rest in instructions if word == "CMD"))
    assert cmd[:3] == ["dagster", "api", "grpc"] and "3030" in cmd
    assert cmd[cmd.index("-m") + 1] == "oceanid_assets.definitions"
    # dagster-k8s starts run and step pods with `args` only: an ENTRYPOINT would prefix them.
    assert all(word != "ENTRYPOINT" for word, _ in instructions)
    env = " ".join(rest for word, rest in instructions if word in {"ENV", "ARG"})
    assert not SECRET_NAME.search(env), env
    # The SQL folder is outside the package: the image must name where it copied it.
    sql_dest = next(
        shlex.split(rest)[-1]
        for word, rest in instructions
        if word == "COPY" and rest.startswith("sql ")
    )
    assert f"OCEANID_SQL_DIR={sql_dest}" in env


def test_image_extras_match_the_locked_dagster_release() -> None:
    lock = dict(
        line.split("==", 1)
        for line in (REPO / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if "==" in line
    )
    extras = dict(
        line.split("==", 1)
        for line in K8S_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    # dagster-postgres ships with every dagster release under the same version as dagster-k8s.
    assert extras["dagster-postgres"] == lock["dagster-k8s"]
    assert "dagster-k8s" in lock and not set(extras) & set(lock)


_PYCACHE = shutil.ignore_patterns("__pycache__", "*.pyc")


def test_project_copied_like_the_image_loads_the_code_location(tmp_path: Path) -> None:
    # The image keeps what the Dockerfile copies in one folder and installs it editable, which
    # puts that folder on sys.path: the same as PYTHONPATH here, away from this checkout.
    src = tmp_path / "opt" / "oceanid"
    src.mkdir(parents=True)
    shutil.copy2(REPO / "pyproject.toml", src)
    for folder in ("oceanid_assets", "sql"):
        shutil.copytree(REPO / folder, src / folder, ignore=_PYCACHE)
    script = (
        "import sys, oceanid_assets; print('FILE', oceanid_assets.__file__);"
        "from oceanid_assets.definitions import load_definitions;"
        "repo = load_definitions().get_repository_def(); repo.load_all_definitions();"
        "print('JOBS', sorted(job.name for job in repo.get_all_jobs()));"
        "print('DEV', sorted(m for m in sys.modules if m.startswith('oceanid_dev')))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCEANID_")}
    env |= {"PYTHONPATH": str(src), "OCEANID_HOME": str(tmp_path / "home")}
    env |= {"OCEANID_EXECUTOR": "k8s"}
    work = tmp_path / "work"
    work.mkdir()
    loaded = subprocess.run([sys.executable, "-c", script], cwd=work, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    assert f"FILE {src}" in loaded.stdout
    # The dev-only package (demo generator, local Argilla launcher), not in the image, is never
    # imported by the code location.
    assert "DEV []" in loaded.stdout
    assert "'ingest_batch'" in loaded.stdout and "'argilla_push'" in loaded.stdout


# --- (d) the pools --------------------------------------------------------------------------------


def test_pool_limits_cover_every_pool(values: dict[str, Any], k8s_location: dict[str, Any]) -> None:
    pools = set(k8s_location["pools"])
    assert pools == {"md_raw_ocr", "md_annotated"}
    # The chart has no per-pool keys: the default limit is the limit of every pool without an
    # explicit one, i.e. of both. On MotherDuck they take several writers.
    assert values["concurrency"]["enabled"] is True
    assert values["concurrency"]["pools"]["defaultLimit"] > 1
    docs = _docs()
    for pool in pools:
        assert f"dagster instance concurrency set {pool}" in docs


def test_local_instance_keeps_duckdb_writers_single() -> None:
    local = yaml.safe_load((REPO / "dagster.yaml").read_text(encoding="utf-8"))
    assert local["concurrency"]["pools"]["default_limit"] == 1


# --- docs/deploy.md ----------------------------------------------------------------------------


def _kubectl_secrets(docs: str) -> dict[str, set[str]]:
    """Secret name -> keys, from the `kubectl create secret generic` commands of the docs."""
    text = re.sub(r"\\\n\s*", " ", docs)
    found: dict[str, set[str]] = {}
    for match in re.finditer(r"kubectl [^\n]*create secret generic (\S+)([^\n]*)", text):
        keys = set(re.findall(r"--from-(?:literal|file)=([A-Za-z0-9_.-]+)=", match.group(2)))
        found[match.group(1)] = keys
    return found


def test_docs_create_every_secret_without_inline_values() -> None:
    docs = _docs()
    created = _kubectl_secrets(docs)
    for name, keys in SECRET_KEYS.items():
        assert created.get(name) == keys, (name, created.get(name))
    # Values come from the environment or from files, never typed into the command.
    for literal in re.findall(r"--from-literal=[A-Za-z0-9_]+=(\S+)", re.sub(r"\\\n\s*", " ", docs)):
        assert literal.startswith('"$') or literal.startswith("$"), literal


def test_docs_install_this_values_file_with_the_matching_chart() -> None:
    docs = _docs()
    dagster = next(
        line.split("==", 1)[1]
        for line in (REPO / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if line.startswith("dagster==")
    )
    assert "helm repo add dagster https://dagster-io.github.io/helm" in docs
    install = re.sub(r"\\\n\s*", " ", docs)
    assert re.search(
        rf"helm upgrade --install \S+ dagster/dagster [^\n]*--version {re.escape(dagster)}", install
    )
    assert "-f deploy/helm/values.yaml" in install
    assert "docker build -f deploy/Dockerfile" in docs

# Oceanid — every target sets itself up first; only Python 3.11, pip and make are assumed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
STAMP  := $(VENV)/.setup-stamp
BIN    := $(VENV)/bin

.PHONY: setup demo demo-once test lint bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Oceanid needs Python 3.11, found " + sys.version' 
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## The main job: a demo batch through the pipeline, with the Dagster UI at http://127.0.0.1:3000
demo: setup
	$(BIN)/oceanid demo

## The same, one-shot: daemon only, prints a summary, exits non-zero if a stage fails
demo-once: setup
	$(BIN)/oceanid demo --once

## The test command (.ci/run calls exactly this)
test: setup lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check oceanid_assets tests bench
	$(BIN)/ruff format --check oceanid_assets tests bench
	$(BIN)/mypy oceanid_assets

bench: setup
	$(BIN)/python -m bench.raw_load
	$(BIN)/python -m bench.preannotate

## Re-pin requirements.lock from pyproject.toml (needs network to PyPI)
lock:
	rm -rf /tmp/oceanid-lock && $(PYTHON) -m venv /tmp/oceanid-lock
	/tmp/oceanid-lock/bin/pip install --quiet --upgrade pip
	/tmp/oceanid-lock/bin/pip install --quiet -e '.[dev]'
	/tmp/oceanid-lock/bin/pip install --quiet setuptools wheel
	/tmp/oceanid-lock/bin/pip freeze --all --exclude-editable | grep -v -e '^oceanid' -e '^pip==' > requirements.lock

clean:
	rm -rf $(VENV) .oceanid .pytest_cache .mypy_cache .ruff_cache

# Oceanid — every target sets itself up first; only Python 3.11, pip and make are assumed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
STAMP  := $(VENV)/.setup-stamp
BIN    := $(VENV)/bin
# argilla-server's own environment: its pins (pydantic 2.9, SQLAlchemy 2.0, starlette 0.46,
# httpx 0.27, urllib3 1.26) clash with Dagster's. docs/argilla-local.md.
AVENV  := .venv-argilla
ASTAMP := $(AVENV)/.setup-stamp
ARGILLA_SERVER := argilla-server==2.8.0

.PHONY: setup ocr-engine browser demo demo-once argilla-local upload-service test lint bench lock lock-argilla clean

setup: $(STAMP) $(ASTAMP) ocr-engine

## Debian's Tesseract with English, Spanish and French data: the embedded OCR engine of scanned
## pages (docs/ocr.md). Installed when missing and we are root; otherwise say how, and scanned
## pages are recorded as failed with that reason until it is installed.
TESSDATA_DEBS := tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra
ocr-engine:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx spa \
	    && tesseract --list-langs 2>/dev/null | grep -qx fra; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Tesseract (Debian: $(TESSDATA_DEBS)) for OCR of scanned pages"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TESSDATA_DEBS) >/dev/null; \
	else echo "Tesseract missing and not root: run 'sudo apt-get install $(TESSDATA_DEBS)', or set OCEANID_OCR_ENGINE=rapidocr"; fi

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Oceanid needs Python 3.11, found " + sys.version' 
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(ASTAMP): requirements-argilla.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Oceanid needs Python 3.11, found " + sys.version'
	test -x $(AVENV)/bin/python || $(PYTHON) -m venv $(AVENV)
	$(AVENV)/bin/python -m pip install --quiet --upgrade pip
	$(AVENV)/bin/python -m pip install --quiet -r requirements-argilla.lock
	$(AVENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(ASTAMP)

## The main job: a demo batch through the pipeline, with the Dagster UI at http://127.0.0.1:3000
demo: setup
	$(BIN)/oceanid demo

## The same, one-shot: daemon only, prints a summary, exits non-zero if a stage fails
demo-once: setup
	$(BIN)/oceanid demo --once

## The local Argilla server alone (API and UI on http://127.0.0.1:6900), in the foreground
argilla-local: setup
	$(BIN)/oceanid argilla-local

## The upload service alone (API and SMEs' page on http://127.0.0.1:8700)
upload-service: setup
	$(BIN)/oceanid upload-service

## Debian's chromium for the upload page's browser test: installed when missing and we are root
## (CI); otherwise that one test says it was skipped and why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium (Debian) for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing and not root: the browser test will be skipped"; fi; }

## The test command (.ci/run calls exactly this)
test: setup browser lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check oceanid_assets oceanid_dev tests bench
	$(BIN)/ruff format --check oceanid_assets oceanid_dev tests bench
	$(BIN)/mypy oceanid_assets oceanid_dev
	VIRTUAL_ENV=$(CURDIR)/$(VENV) $(BIN)/dg check defs

bench: setup
	$(BIN)/python -m bench.raw_load
	$(BIN)/python -m bench.preannotate
	$(BIN)/python -m bench.suggestions
	$(BIN)/python -m bench.argilla_push
	$(BIN)/python -m bench.annotations_load
	$(BIN)/python -m bench.upload
	$(BIN)/python -m bench.backfill
	$(BIN)/python -m bench.ocr
	$(BIN)/python -m bench.learning
	$(BIN)/python -m bench.e2e

## Re-pin requirements.lock from pyproject.toml (needs network to PyPI)
lock:
	rm -rf /tmp/oceanid-lock && $(PYTHON) -m venv /tmp/oceanid-lock
	/tmp/oceanid-lock/bin/pip install --quiet --upgrade pip
	/tmp/oceanid-lock/bin/pip install --quiet -e '.[dev]'
	/tmp/oceanid-lock/bin/pip install --quiet setuptools wheel
	/tmp/oceanid-lock/bin/pip freeze --all --exclude-editable | grep -v -e '^oceanid' -e '^pip==' > requirements.lock

## Re-pin requirements-argilla.lock: argilla-server and fakeredis (needs network to PyPI)
lock-argilla:
	rm -rf /tmp/oceanid-lock-argilla && $(PYTHON) -m venv /tmp/oceanid-lock-argilla
	/tmp/oceanid-lock-argilla/bin/pip install --quiet --upgrade pip
	/tmp/oceanid-lock-argilla/bin/pip install --quiet '$(ARGILLA_SERVER)' fakeredis
	/tmp/oceanid-lock-argilla/bin/pip install --quiet --upgrade setuptools wheel
	/tmp/oceanid-lock-argilla/bin/pip freeze --all --exclude-editable | grep -v -e '^oceanid' -e '^pip==' > requirements-argilla.lock

clean:
	rm -rf $(VENV) $(AVENV) .oceanid .pytest_cache .mypy_cache .ruff_cache

# Connect Privacy Relay: the one entry point. `make help` lists the targets.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Lambda platform the zips are built for; x86_64 is the alternative.
ARCH ?= arm64
LAMBDA_PYTHON ?= 3.13
# Terraform-compatible CLI: the locally built OpenTofu by default, `TF=terraform` to override.
TF ?= tofu

# The shared package and handlers import from functions/, as they do inside a zip.
export PYTHONPATH := $(CURDIR)/functions
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url
PY_SOURCES := functions tests build bench

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

# --- environment -----------------------------------------------------------

$(BIN)/pip-compile:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "pip-tools==$$(sed -nE 's/^pip-tools==([^ ]+).*/\1/p' requirements-dev.txt)"

# Re-installs whenever a lock file changes, so the venv always matches them.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/pip-compile
	$(BIN)/pip-sync --quiet requirements.txt requirements-dev.txt
	touch $@

.PHONY: venv
venv: $(VENV)/.installed ## Create .venv from the lock files

.PHONY: lock
lock: | $(BIN)/pip-compile ## Recompile requirements*.txt from requirements*.in
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

.PHONY: lock-check
lock-check: | $(BIN)/pip-compile ## Fail when a lock file is stale against its .in file
	$(BIN)/python build/lock_check.py

# --- checks ----------------------------------------------------------------

.PHONY: lint
lint: venv ## ruff check and ruff format --check
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)

.PHONY: format
format: venv ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix $(PY_SOURCES)
	$(BIN)/ruff format $(PY_SOURCES)

.PHONY: typecheck
typecheck: venv ## mypy (strict on the shared package)
	$(BIN)/mypy functions

.PHONY: pytest
pytest: venv ## The pytest suite alone
	$(BIN)/pytest -n 2

.PHONY: test
test: lock-check lint typecheck pytest policy validate ## Everything CI runs

# Static security checks of the Terraform; offline (no guideline download).
.PHONY: policy
policy: venv ## checkov on the Terraform configuration
	$(BIN)/checkov --directory terraform --framework terraform --quiet --compact --skip-download

# --- packaging -------------------------------------------------------------

.PHONY: build
build: venv ## One reproducible zip per function in build/dist/
	$(BIN)/python build/package.py --arch $(ARCH) --python-version $(LAMBDA_PYTHON)

# --- terraform -------------------------------------------------------------

.PHONY: tools
tools: ## Build pinned OpenTofu and AWS provider from Go modules (cached)
	build/toolchain/tools.sh

.PHONY: validate
validate: tools ## fmt, init, validate and plan-mode tests for every module
	TF=$(TF) build/toolchain/validate.sh

# --- benchmarks --------------------------------------------------------------

# Mutation testing (mutmut) of the redaction modules listed in pyproject.toml; slow,
# not part of `make test`. PYTHONPATH is emptied so only the mutated copy is importable.
.PHONY: mutation
mutation: venv ## Mutation score of the redaction modules (mutmut; not in CI)
	rm -rf mutants && ln -sfn functions src
	PYTHONPATH= $(BIN)/mutmut run --max-children 2 || true
	rm -f src
	$(BIN)/python build/mutation_report.py

.PHONY: bench
bench: bench-redaction bench-relay ## Every benchmark; prints figures, asserts none

.PHONY: bench-redaction
bench-redaction: venv ## Redaction accuracy and latency, side by side with Presidio
	$(BIN)/python -m bench.redaction

.PHONY: bench-relay
bench-relay: venv ## Webhook and inbound worker per-request overhead
	$(BIN)/python -m bench.relay

.PHONY: clean
clean: ## Remove build output and caches (keeps .venv and the toolchain)
	rm -rf build/dist build/.staging .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

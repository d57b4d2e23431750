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
# Terraform-compatible CLI: "auto" takes tofu or terraform >= 1.11 from PATH, else builds OpenTofu.
TF ?= auto

# The shared package and handlers import from functions/, as they do inside a zip.
export PYTHONPATH := $(CURDIR)/functions
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Every check runs through build/timed.sh, which appends its wall time and peak
# memory to build/.timings/steps.tsv; `make ci-timings` prints the table.
TIMED := build/timed.sh

PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url
PY_SOURCES := functions tests build bench demo

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

# --- environment -----------------------------------------------------------

$(BIN)/pip-compile:
	$(TIMED) venv-create $(PYTHON) -m venv $(VENV)
	$(TIMED) venv-create $(BIN)/pip install --quiet --upgrade pip
	$(TIMED) venv-create $(BIN)/pip install --quiet "pip-tools==$$(sed -nE 's/^pip-tools==([^ ]+).*/\1/p' requirements-dev.txt)"

# Re-installs whenever a lock file changes, so the venv always matches them.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/pip-compile
	$(TIMED) venv $(BIN)/pip-sync --quiet requirements.txt requirements-dev.txt
	touch $@

.PHONY: venv
venv: $(VENV)/.installed ## Create .venv from the lock files

.PHONY: lock
lock: | $(BIN)/pip-compile ## Recompile requirements*.txt from requirements*.in
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

.PHONY: lock-check
lock-check: | $(BIN)/pip-compile ## Fail when a lock file is stale against its .in file
	$(TIMED) lock-check $(BIN)/python build/lock_check.py

# --- checks ----------------------------------------------------------------

.PHONY: lint
lint: venv ## ruff check and ruff format --check
	$(TIMED) lint-ruff-check $(BIN)/ruff check $(PY_SOURCES)
	$(TIMED) lint-ruff-format $(BIN)/ruff format --check $(PY_SOURCES)

.PHONY: format
format: venv ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix $(PY_SOURCES)
	$(BIN)/ruff format $(PY_SOURCES)

.PHONY: typecheck
typecheck: venv ## mypy (strict on the shared package)
	$(TIMED) typecheck $(BIN)/mypy functions

.PHONY: pytest
pytest: venv ## The pytest suite alone (toolchain tests skip without `make tools`)
	$(TIMED) pytest $(BIN)/pytest -n 2

# `make test` splits the suite: everything that needs no toolchain first, so a
# Python failure is reported in minutes; the policy renders after `make tools`.
.PHONY: pytest-fast pytest-toolchain
pytest-fast: venv
	$(TIMED) pytest $(BIN)/pytest -n 2 -m "not toolchain and not deploy"

pytest-toolchain: venv tools
	$(TIMED) pytest-toolchain $(BIN)/pytest -n 2 -m toolchain

# Fast checks first (a Python failure is reported in minutes, before a cold
# toolchain build); under `make test` the toolchain tests fail rather than skip.
.PHONY: test
test: export CONNECT_PRIVACY_REQUIRE_TOOLCHAIN := 1
test: export CONNECT_PRIVACY_HYPOTHESIS_PROFILE := fixed-seed
test: timings-reset lock-check lint typecheck pytest-fast tools pytest-toolchain policy validate prove-deploy ## Everything CI runs

.PHONY: timings-reset
timings-reset:
	@rm -f build/.timings/steps.tsv

.PHONY: ci-timings
ci-timings: ## Wall time and peak memory of each step of the last `make test`
	@$(PYTHON) build/ci_timings.py build/.timings/steps.tsv

# Static security checks of the Terraform; offline (no guideline download).
.PHONY: policy
policy: venv ## checkov on the Terraform configuration
	$(TIMED) policy $(BIN)/checkov --directory terraform --framework terraform --quiet --compact --skip-download

# --- packaging -------------------------------------------------------------

.PHONY: build
build: venv ## One reproducible zip per function in build/dist/
	$(BIN)/python build/package.py --arch $(ARCH) --python-version $(LAMBDA_PYTHON)

# --- terraform -------------------------------------------------------------

.PHONY: tools
tools: ## Build the AWS provider (and OpenTofu if no suitable CLI) from Go modules (cached)
	TF=$(TF) $(TIMED) tools build/toolchain/tools.sh

.PHONY: validate
validate: tools ## fmt, init, validate and plan-mode tests for every module
	TF=$(TF) $(TIMED) validate build/toolchain/validate.sh

# Apply, plan again (no changes), exercise with the real handlers, destroy: the root
# module against moto server on 127.0.0.1 (tests/deploy/; README "Deploy proof").
.PHONY: prove-deploy
prove-deploy: build tools ## Deploy the stack to moto server, exercise it, destroy it
	TF=$(TF) $(TIMED) prove-deploy $(BIN)/pytest tests/deploy -m deploy --show-capture=no

# --- demo --------------------------------------------------------------------

.PHONY: demo
demo: venv ## The whole relay on an embedded AWS emulator, no AWS account (build/demo/)
	$(BIN)/python -m demo

.PHONY: demo-ui
demo-ui: venv ## The same stack behind a three-pane page on 127.0.0.1 (Ctrl-C stops it)
	$(BIN)/python -m demo.ui

# --- benchmarks --------------------------------------------------------------

.PHONY: bench
bench: bench-redaction bench-relay bench-vault bench-coldstart bench-attachments ## Every benchmark; prints figures, asserts none

.PHONY: bench-redaction
bench-redaction: venv ## Redaction accuracy and latency, side by side with Presidio
	$(BIN)/python -m bench.redaction

# An opening on its own: the sealed splits only, scored and timed as bench-redaction does.
.PHONY: bench-redaction-sealed
bench-redaction-sealed: venv ## Only the sealed splits of bench-redaction (an opening's run)
	REDACTION_BENCH_SEALED_ONLY=1 $(BIN)/python -m bench.redaction

.PHONY: bench-relay
bench-relay: venv ## Webhook and inbound worker per-request overhead
	$(BIN)/python -m bench.relay

.PHONY: bench-vault
bench-vault: venv ## Vault relocation: objects/s and S3 requests per object (local moto server)
	$(BIN)/python -m bench.vault

.PHONY: bench-attachments
bench-attachments: venv ## Screening a 12 MP customer photo: time and peak memory vs the Lambda setting
	$(BIN)/python -m bench.attachments

.PHONY: bench-coldstart
bench-coldstart: venv ## Import time of each unpacked zip in fresh interpreters, no bytecode
	$(BIN)/python -m bench.coldstart

# --- operations --------------------------------------------------------------

.PHONY: vault-replay
vault-replay: venv ## Re-drive a vault DLQ: QUEUE_URL=... FUNCTION=<name> (or IN_PROCESS=relocate.handler)
	$(BIN)/python -m connect_privacy.vault.replay --queue-url "$(QUEUE_URL)" \
		$(if $(IN_PROCESS),--in-process $(IN_PROCESS),--function-name "$(FUNCTION)") $(REPLAY_ARGS)

# --- mutation testing --------------------------------------------------------

.PHONY: mutation
mutation: venv ## Mutation testing of the security-critical modules (slow; not run in CI)
	ln -sfn functions src  # mutmut names modules by path and strips only "src." (pyproject)
	$(BIN)/mutmut run --max-children 2 || { rm -f src; exit 1; }
	rm -f src
	$(BIN)/python build/mutation_scores.py

.PHONY: clean
clean: ## Remove build output and caches (keeps .venv and the toolchain)
	rm -rf build/dist build/.staging .mypy_cache .ruff_cache .hypothesis mutants
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

# sovereign-chat: every target does its own set-up (`install` is idempotent and quick when already done).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
STACK ?= eu
FORMAT ?= md
HOST ?= 127.0.0.1
PORT ?= 8000
SOAK_MINUTES ?= 10
SOAK_WORKERS ?= 20

.PHONY: install run test test-fast lint bench soak review browser-deps node-deps clean

$(STAMP): requirements/dev.lock requirements/runtime.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $(STAMP)

install: $(STAMP) ## Create .venv with every pinned dependency (idempotent).

$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund && touch $(NODE_STAMP); \
	else \
		echo "npm is not installed: the third-party SSE client tests (Node) will be skipped"; \
	fi

node-deps: $(NODE_STAMP) ## Test-only npm packages (npm ci; again only when package-lock.json changes).

run: install ## Start the whole local stack (moto, model and Comprehend stand-ins, the app and the chat page).
	$(BIN)/python -m devstack --host $(HOST) --port $(PORT)

browser-deps: ## Debian's Chromium for the browser tests (installed with apt-get when missing and possible).
	@bash scripts/ensure-chromium.sh

test: install browser-deps node-deps ## Install and run every test (unit, Pulumi mocks, integration, browser).
	$(BIN)/python -m pytest -q

test-fast: install node-deps ## Every test but the browser ones.
	$(BIN)/python -m pytest -q -m "not browser"

lint: install ## ruff and mypy.
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

bench: install ## Benchmarks; writes BENCHMARKS.md.
	$(BIN)/python -m bench

soak: install ## Soak run against the local stack (not in `make test`): make soak [SOAK_MINUTES=10 SOAK_WORKERS=20]
	$(BIN)/python -m bench.soak --minutes $(SOAK_MINUTES) --workers $(SOAK_WORKERS) --out .cache/soak.json

review: install ## Offline residency report for one stack: make review STACK=eu [FORMAT=md|json]
	$(BIN)/python -m compliance.review --stack $(STACK) --format $(FORMAT)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache build .cache

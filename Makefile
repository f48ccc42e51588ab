# One task runner for users, developers and CI.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data

.PHONY: help run test lint typecheck format bench fixtures clean

help:
	@echo "make run      set up .venv and analyse the bundled example resume"
	@echo "make test     set up .venv with dev extras, lint, type-check and run every test"
	@echo "make lint     ruff check, ruff format --check and mypy"
	@echo "make bench    speed and accuracy benchmarks (reads $(SHARED) when present)"
	@echo "make fixtures regenerate the PDF and DOCX test fixtures from their sources"

$(BIN)/standout: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

run: $(BIN)/standout
	$(BIN)/standout analyze examples/backend-resume.md

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

typecheck: $(VENV)/.dev
	$(BIN)/mypy

format: $(VENV)/.dev
	$(BIN)/ruff check --fix src tests benchmarks scripts
	$(BIN)/ruff format src tests benchmarks scripts

test: lint
	$(BIN)/pytest -q

bench: $(VENV)/.dev
	$(BIN)/python -m benchmarks --shared $(SHARED)

fixtures: $(VENV)/.dev
	$(BIN)/python scripts/make_fixtures.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# usegate: `make run` runs the main job, `make test` runs the whole suite.
# Both install what they need into .venv first (idempotent; quick when nothing changed).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench train-purpose clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[vision,gateway,postgres,dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/usegate check examples/cases.jsonl

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

bench: install
	$(BIN)/python bench/bench_decide.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

# Quick start: `make run` opens the designer on the bundled sample; `make test` runs every check
# (ruff, the import-linter architecture contracts, mypy, then the whole pytest suite).
# Both create .venv and install the project (editable, with test tools) when needed.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.jamii-installed

.PHONY: run test lint bench typecheck screenshots clean fuzz

$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/jamii

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The fuzz tests run a small fixed budget in `make test`; this runs 800 cases per importer (14 × 800 = 11,200).
FUZZ_EXAMPLES ?= 800
fuzz: $(STAMP)
	JAMII_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/fuzz -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/jamii gui --option opt-b --screenshot docs/designer.png
	QT_QPA_PLATFORM=offscreen $(BIN)/jamii gui --workshop --option opt-c --screenshot docs/workshop.png

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache

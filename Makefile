# Two commands a newcomer needs: `make demo` and `make test`. Each builds .venv by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint gates clean

$(BIN)/followup: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

demo: $(BIN)/followup
	$(BIN)/followup demo

test: $(BIN)/followup
	$(BIN)/ruff check agent tests bench tools
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(BIN)/followup
	$(BIN)/ruff check agent tests bench tools
	$(BIN)/mypy

# After changing a feature or phrasebook pattern: the gates shipped in agent/data (see tools/derive_gates.py).
gates: $(BIN)/followup
	$(BIN)/python tools/derive_gates.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis

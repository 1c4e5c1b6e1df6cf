# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test check bench wheel translations clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || PYTHON=python3; \
	  $${PYTHON:-$(PYTHON)} -m venv $(VENV) 2>/dev/null || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

run: $(VENV)/.installed
	tools/run.sh

test: $(VENV)/.installed
	tools/test.sh

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

translations: $(VENV)/.installed
	$(BIN)/python tools/i18n.py

wheel: $(VENV)/.installed
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist out .pytest_cache

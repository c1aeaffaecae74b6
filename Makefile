# Two commands do all the set-up on a fresh machine:  make run  and  make test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench system-deps

system-deps:
	@bash scripts/system-deps.sh

# pip stays as Python ships it, as a user's `pip install .` would have it (an upgraded pip once hid a
# dependency that only newer pips resolve: tests/test_packaging.py).
$(VENV)/.installed: pyproject.toml
	@bash scripts/setup-venv.sh $(PYTHON) $(VENV) dev
	@touch $@

run: system-deps $(VENV)/.installed
	@echo "Nisba: starting…"
	$(PY) main.py $(ARGS)

test: system-deps $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check annotator ui tests benchmarks main.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: system-deps $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

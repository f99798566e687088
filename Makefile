# nwfz — the two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
HOST   ?= 127.0.0.1
PORT   ?= 8000
BIN    := $(VENV)/bin

.PHONY: run test lint format bench messages clean atlas-data

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when the dependencies change (pyproject.toml is newer than the stamp).
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed-run
	$(BIN)/pip install -q -e ".[test]"
	@touch $@

## run: install, migrate the embedded SQLite database, load the bundled data, serve on HOST:PORT
run: $(VENV)/.installed-run
	$(BIN)/nwfz load
	$(BIN)/nwfz serve --host $(HOST) --port $(PORT)

## test: install what the tests need (Python packages; system packages when root with apt:
## scripts/ensure-system-packages) and run the whole suite (lint included)
test: $(VENV)/.installed-test
	@./scripts/ensure-system-packages --quiet
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/api.py

## messages: refresh the ru/kk translation catalogues and compile them
messages: $(VENV)/.installed-test
	cd src/nwfz && ../../$(BIN)/django-admin makemessages -l ru -l kk --settings=nwfz.settings && ../../$(BIN)/django-admin compilemessages --settings=nwfz.settings

## atlas-data: rebuild the committed Natural Earth geometry from npm world-atlas (docs/atlas.md)
atlas-data: $(VENV)/.installed-test
	$(BIN)/pip install -q -e ".[atlas-build]"
	$(BIN)/python scripts/build_world_atlas.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

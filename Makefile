# One entry point for dev tasks. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.db

.PHONY: setup demo test lint format bench clean train

setup: $(VENV)/.installed $(VENV)/.compiled
	@# bytecode of the package: an editable install has none, and where the environment sets
	@# PYTHONDONTWRITEBYTECODE every command compiled its modules afresh (a third of the CPU
	@# of `extract -` on one article); compileall writes only what is missing or stale
	$(BIN)/python -m compileall -q src/sanctionwatch

# The screening modules that the install compiles with mypyc (the list in setup.py).
COMPILED := $(shell sed -n 's/^ *"\(src\/.*\.py\)",$$/\1/p' setup.py)

# Re-install when the pinned dependencies change (Python and the page's npm libraries).
$(VENV)/.installed: pyproject.toml package-lock.json setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	scripts/vendor-assets.sh
	$(BIN)/python -m sanctionwatch.compiled
	touch $@ $(VENV)/.compiled

# Re-compile when a compiled module's source changes: the old extension would shadow it
# (the test session refuses to start on one, see sanctionwatch/compiled.py).
$(VENV)/.compiled: $(COMPILED)
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m sanctionwatch.compiled
	touch $@

demo: setup
	rm -f $(DEMO_DB)
	$(BIN)/sanctionwatch ingest examples/news --db $(DEMO_DB)
	$(BIN)/sanctionwatch actions --db $(DEMO_DB)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

# The whole suite runs on SQLite and again on PostgreSQL (tests taking `store_url`); the page's
# browser tests drive Debian's chromium. Both scripts install what is missing.
# (Plain assignments first, so a script's failure under CI=true stops the run.)
test: lint
	pg="$$(scripts/test-postgres.sh)" && chromium="$$(scripts/test-browser.sh)" && \
	SANCTIONWATCH_TEST_PG_URL="$$pg" SANCTIONWATCH_TEST_CHROMIUM="$$chromium" $(BIN)/pytest

format: setup
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# Rebuild every learned model from the shared corpus, corpus/written (training only, when
# present) and the lists (deterministic, fixed seed; minutes on 2 cores). One command a line; the furniture model comes first,
# because the extraction models are trained on the text it keeps.
SHARED ?= ../shared
CORPUS ?= $(SHARED)/corpus
MODELS := src/sanctionwatch/extract/data/models
train: setup
	$(BIN)/python -m sanctionwatch.extract.furniture_train --corpus $(CORPUS) \
		--written bench/furniture/written.txt --weak bench/furniture/weak_labels.txt
	$(BIN)/python -m sanctionwatch.extract.learn.train --corpus $(CORPUS) --lists $(SHARED)/lists --out $(MODELS) --extra $(wildcard corpus/written)

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .ruff_cache build src/*.so src/sanctionwatch/screening/*.so src/sanctionwatch/compiled.json src/sanctionwatch/compile-failed.txt

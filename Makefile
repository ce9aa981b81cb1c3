# One entry point for dev tasks. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.db

.PHONY: setup demo test lint format bench clean

setup: $(VENV)/.installed

# Re-install when the pinned dependencies change.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	touch $@

demo: setup
	rm -f $(DEMO_DB)
	$(BIN)/sanctionwatch ingest examples/news --db $(DEMO_DB)
	$(BIN)/sanctionwatch actions --db $(DEMO_DB)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

# The whole suite runs on SQLite, and again on PostgreSQL where a server can be started.
test: lint
	SANCTIONWATCH_TEST_PG_URL="$$(scripts/test-postgres.sh)" $(BIN)/pytest

format: setup
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .ruff_cache

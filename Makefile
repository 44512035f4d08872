# reeltui: `make run` opens the TUI, `make test` runs every check. Both set up .venv first,
# installing exactly what requirements.lock lists (versions and hashes); `make lock` renews it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
# The tool that writes the lock (installed into .venv by `make lock` only; installing from
# the lock needs nothing but pip).
UV     := uv==0.13.9

.PHONY: run test lint fmt typecheck bench lock lock-upgrade snapshots clean

$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/reeltui --data data/reviews

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	$(BIN)/python -m bench

# Resolve pyproject.toml's dependencies, its dev extra and its build backend (with `editables`,
# which hatchling needs for an editable install) again, for every
# platform and Python 3.11+, with the hashes of every file. Versions already locked are kept
# when they still fit (a new dependency adds itself and what it needs); `make lock-upgrade`
# takes the newest that fit instead. Commit the new lock with any snapshots it changes
# (`make snapshots`).
lock:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet '$(UV)'
	$(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], "editables", sep="\n")' \
	  | $(BIN)/uv pip compile pyproject.toml - --extra dev --universal --python-version 3.11 \
	      --generate-hashes --custom-compile-command 'make lock' --quiet --output-file $(LOCK) $(LOCK_FLAGS)

lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

# Draw the SVG snapshots again (after a change of Textual or of the look, on purpose).
snapshots: $(STAMP)
	$(BIN)/python -m pytest -q tests/tui --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

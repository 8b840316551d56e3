# Two commands for a fresh Debian/Ubuntu machine with python3:
#   make run    set everything up, then open BalanceView (the desktop app)
#   make test   set everything up, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean translations screenshots

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null || \
	  { echo "BalanceView needs Python 3.10 or newer: sudo apt-get install python3"; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || \
	  { echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/balanceview

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check balanceview tests benchmarks docs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	# Background work once raced its own handlers: these run five times over, in every CI run.
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui/test_import_dialog.py \
	  tests/ui/test_tasks.py tests/ui/test_refresh_under_import.py --count 5

lint: $(STAMP)
	$(BIN)/ruff check balanceview tests benchmarks docs

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_import.py

# The first-use walk on a virtual screen (needs xvfb): every step, then small and scaled screens.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots/walk.py docs/screenshots/walk
	xvfb-run -a -s "-screen 0 1024x700x24" $(BIN)/python docs/screenshots/walk.py docs/screenshots/small --small
	QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1366x768x24" \
	  $(BIN)/python docs/screenshots/walk.py docs/screenshots/small --small

translations: $(STAMP)
	$(BIN)/python resources/i18n/update.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis

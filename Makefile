# The README's two commands are `./bv run` and `./bv test` (they need only sh and python3);
# these targets are shortcuts to them and to the other tools, once `make` is installed.
BIN := .venv/bin

.PHONY: run test setup lint bench clean translations screenshots bundle deb fresh-root

run:
	./bv run

test:
	./bv test

setup:
	./bv setup

lint: setup
	$(BIN)/ruff check balanceview tests benchmarks docs packaging

bench: setup
	$(BIN)/python benchmarks/bench_import.py

# The first-use walk on a virtual screen (needs xvfb): every step, then small and scaled screens.
screenshots: setup
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots/walk.py docs/screenshots/walk
	xvfb-run -a -s "-screen 0 1024x700x24" $(BIN)/python docs/screenshots/walk.py docs/screenshots/small --small
	QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1366x768x24" \
	  $(BIN)/python docs/screenshots/walk.py docs/screenshots/small --small

translations: setup
	$(BIN)/python resources/i18n/update.py

# Packaging, by hand (not in CI): see packaging/README.md.
bundle:
	./bv bundle

deb:
	./bv deb

fresh-root:
	packaging/fresh_root.sh

clean:
	rm -rf .venv build dist *.egg-info .pytest_cache .hypothesis

# The two commands a new user needs:  `make run`  and  `make test`.
#   make run   installs only what running needs (`pip install -e .`), indexes, opens the page
#   make test  adds the test extras (`.[test]`) and tests/setup.sh, runs pytest, then the wheel check
# Each install step runs once (a stamp in .venv/), again only when pyproject.toml changes.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
VENV_OK := $(VENV)/.venv-created
RUN_OK  := $(VENV)/.installed-run
TEST_OK := $(VENV)/.installed-test

.PHONY: run test wheel-check index serve bench clean

$(VENV_OK):
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	touch $@

# --no-compile: Python writes the .pyc of what it imports on first use, instead of pip compiling
# every module of every dependency up front (~220 MB, e.g. kubernetes' 51 MB, never imported).
$(RUN_OK): pyproject.toml $(VENV_OK)
	$(BIN)/pip install -q --no-compile -e .
	touch $@

$(TEST_OK): pyproject.toml $(VENV_OK)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Index the bundled articles (incremental) and open the chat page on http://127.0.0.1:7860
run: $(RUN_OK)
	$(BIN)/qa index
	$(BIN)/python app.py

# Everything the tests need (a Chromium for the browser tests, the local LLM server), the suite,
# then the wheel check: build the wheel, install it into a fresh venv outside the checkout, run it
test: $(TEST_OK)
	bash tests/setup.sh
	$(BIN)/python -m pytest -q
	bash tests/wheel_check.sh

wheel-check: $(VENV_OK)
	bash tests/wheel_check.sh

index: $(RUN_OK)
	$(BIN)/qa index

serve: $(RUN_OK)
	$(BIN)/qa serve

bench: $(RUN_OK)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python -m bench all

clean:
	rm -rf $(VENV) index/chroma.sqlite3 index/*-*

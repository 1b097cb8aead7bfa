# The two commands a new user needs:  `make run`  and  `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test index serve bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# Index the bundled articles (incremental) and open the chat page on http://127.0.0.1:7860
run: $(STAMP)
	$(BIN)/qa index
	$(BIN)/python app.py

# Everything the tests need (a Chromium for the browser tests, the local LLM server), then the suite
test: $(STAMP)
	bash tests/setup.sh
	$(BIN)/python -m pytest -q

index: $(STAMP)
	$(BIN)/qa index

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python -m bench all

clean:
	rm -rf $(VENV) index/chroma.sqlite3 index/*-*

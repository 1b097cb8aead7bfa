"""Load on the chat page: N users asking at once through Gradio's queue, as the page does.

    python bench/load_chat.py                      # starts app.py on a free port, 20 users, 2 questions each
    python bench/load_chat.py --url http://127.0.0.1:7860/ --users 20 --per-user 3
    python bench/load_chat.py --auth user:password --url http://host:7860/

Each simulated user is its own ``gradio_client.Client`` (its own session, so its own
conversation) and asks its questions one after another through the page's ``/respond`` event
(the one the text box submits), waiting for the final update. A request counts as an error when
it raises, times out, or its answer bubble is an error message. Bounded: at most ``--users``
requests are in flight, and the whole run stops after ``--timeout`` seconds (unfinished requests
count as errors). Prints p50/p95 latency and the error count; writes JSON to bench/results/.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"  # gradio_client would look up huggingface.co otherwise
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
QUESTIONS = [  # several languages, answerable and not
    "How many drones did Russia launch in its record air attack on Wednesday?",
    "Where did Sergey Lavrov meet Kim Jong Un?",
    "Câte rachete balistice a trimis Phenianul în Rusia în 2024?",
    "Wie viele nordkoreanische Soldaten sind insgesamt nach Russland geschickt worden?",
    "In welke Russische grensregio hebben Noord-Koreaanse troepen gevochten?",
    "Combien de soldats nord-coréens ont été tués ou blessés ?",
    "Kada Kim Jong Unas lankėsi Rusijoje ir kokią gamyklą jis aplankė?",
    "Quem é a homóloga norte-coreana de Lavrov com quem ele se reuniu?",
    "What is the capital of Australia?",
    "Which South Korean defence minister confirmed the deaths of North Korean soldiers in Donbass?",
]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"app.py exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} not ready after {timeout:.0f} s")


def start_app(port: int, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "w")
    return subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )


def answer_of(result) -> str:
    """The last assistant bubble's text from /respond's outputs (chat, sources, box)."""
    chat = result[0] if isinstance(result, (list, tuple)) else []
    for msg in reversed(chat or []):
        if msg.get("role") == "assistant":
            content = msg.get("content")
            if isinstance(content, list):
                return "".join(c.get("text", "") for c in content if isinstance(c, dict))
            return str(content or "")
    return ""


def run(url: str, users: int, per_user: int, timeout: float, mode: str, top_k: int,
        auth: tuple[str, str] | None) -> dict:
    from gradio_client import Client

    deadline = time.monotonic() + timeout
    latencies: list[float] = []
    errors: list[str] = []
    modes: dict[str, int] = {}  # how the answers were made (llm, or extractive incl. fallbacks)
    checks: dict[str, int] = {}
    lock = threading.Lock()
    start_gate = threading.Barrier(users)

    def user(u: int) -> None:
        try:
            client = Client(url, auth=auth, verbose=False)
        except Exception as exc:  # noqa: BLE001
            with lock:
                errors.extend([f"user {u}: connect: {exc}"] * per_user)
            start_gate.abort()
            return
        try:
            start_gate.wait(timeout=max(1.0, deadline - time.monotonic()))
        except threading.BrokenBarrierError:
            pass
        for i in range(per_user):
            q = QUESTIONS[(u + i * 3) % len(QUESTIONS)]
            left = deadline - time.monotonic()
            if left <= 0:
                with lock:
                    errors.append(f"user {u}: not started before the run's timeout")
                continue
            t0 = time.perf_counter()
            try:
                job = client.submit(q, mode, top_k, api_name="/respond")
                result = job.result(timeout=left)
                text = answer_of(result)
                if not text.strip() or "qa-error" in text:
                    raise RuntimeError(f"bad answer: {text[:160]!r}")
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                with lock:
                    errors.append(f"user {u} q{i}: {type(exc).__name__}: {str(exc)[:200]}")
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)
                panel = result[1] if len(result) > 1 and isinstance(result[1], str) else ""
                m = re.search(r"· (\w+) · asked in", panel)
                modes[m.group(1) if m else "none"] = modes.get(m.group(1) if m else "none", 0) + 1
                for kind in set(re.findall(r"qa-check qa-check-(\w+)", text)):
                    checks[kind] = checks.get(kind, 0) + 1
        try:
            client.close()
        except Exception:  # noqa: BLE001
            pass

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        futures = [pool.submit(user, u) for u in range(users)]
        wait(futures, timeout=timeout + 30)
    wall = time.perf_counter() - t0
    total = users * per_user
    return {
        "url": url,
        "users": users,
        "per_user": per_user,
        "requests": total,
        "ok": len(latencies),
        "errors": total - len(latencies),
        "error_samples": errors[:10],
        "p50_s": round(pct(latencies, 50), 3),
        "p95_s": round(pct(latencies, 95), 3),
        "max_s": round(max(latencies), 3) if latencies else None,
        "mean_s": round(statistics.fmean(latencies), 3) if latencies else None,
        "wall_s": round(wall, 2),
        "throughput_per_s": round(len(latencies) / wall, 2) if wall else None,
        "mode": mode,
        "answered_by": modes,
        "answers_with_check": checks,
        "top_k": top_k,
        "timeout_s": timeout,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="a running page; default: start app.py on a free port")
    p.add_argument("--users", type=int, default=20, help="simultaneous users (default 20)")
    p.add_argument("--per-user", type=int, default=2, help="questions each user asks in turn (default 2)")
    p.add_argument("--timeout", type=float, default=300, help="the whole run's limit in seconds (default 300)")
    p.add_argument("--mode", choices=["extractive", "llm"], default="extractive")
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--auth", help="user:password when the page has one")
    p.add_argument("--out", type=Path, help="JSON file (default bench/results/load_chat-TIMESTAMP.json)")
    args = p.parse_args(argv)
    auth = tuple(args.auth.split(":", 1)) if args.auth else None

    proc = None
    url = args.url
    RESULTS.mkdir(parents=True, exist_ok=True)
    try:
        if url is None:
            url = f"http://127.0.0.1:{free_port()}/"
            proc = start_app(int(url.rsplit(":", 1)[1].strip("/")), RESULTS / "load_chat-app.log")
        wait_ready(url, proc, 120)
        result = run(url, args.users, args.per_user, args.timeout, args.mode, args.top_k, auth)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    result.update({
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "server": "started by this script" if proc is not None else "given by --url",
    })
    out = args.out or RESULTS / f"load_chat-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(
        f"{result['users']} users × {result['per_user']} questions ({result['mode']}): "
        f"{result['ok']}/{result['requests']} answered, {result['errors']} errors; "
        f"p50 {result['p50_s']:.2f} s, p95 {result['p95_s']:.2f} s, max {result['max_s'] or float('nan'):.2f} s; "
        f"{result['throughput_per_s']} answers/s over {result['wall_s']} s"
    )
    print(f"  answered by: {result['answered_by']}; answers with checks: {result['answers_with_check']}")
    for e in result["error_samples"]:
        print("  error:", e)
    print(f"wrote {out}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

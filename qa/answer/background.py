"""Everyday text a question is held against: is it about the articles at all?

A small embedder places any question somewhere near some sentence of a news collection: «Come
si prepara il risotto alla milanese?» is 0.79 alike to a Portuguese sentence about troops,
about as alike as an answerable question without names is to its answer (0.80). A fixed
similarity threshold cannot tell them apart, and a question about cooking names nothing the
names rule could miss (``abstain.unanswerable``). What does tell them apart: the everyday
question is nearer to everyday text (recipes, forecasts, shop notices, health tips, in the
ten answer languages: ``background.txt``, written for this without reading any question set)
than to anything the articles say, while a question the articles answer is nearer to them.
So a question is declined when the articles' best sentence is not more alike to it than the
nearest background sentence, within ``Tuning.background_margin`` (eval/README.md).
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
TEXT = Path(__file__).with_name("background.txt")

_lock = threading.Lock()
# By id() of the embedder, which is kept with its vectors so that the id stays its own.
_vectors: dict[int, tuple[object, np.ndarray]] = {}
_failed: dict[int, float] = {}  # embedder id -> when to try again
RETRY_S = 60


def sentences() -> list[str]:
    """The background sentences, one per line."""
    return [line.strip() for line in TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]


def vectors(embedder) -> np.ndarray:
    """The background sentences embedded as passages by ``embedder``: once per machine and model
    (~1.5 s with e5-small on 2 cores, then read from the cache folder), once per process from
    there. An embedder that fails (a remote one, down) gives none, and nothing is declined for it."""
    with _lock:
        if id(embedder) not in _vectors:
            if time.monotonic() < _failed.get(id(embedder), 0.0):
                return np.zeros((0, 0), dtype=np.float32)  # failed lately: not tried on every question
            texts = sentences()  # shipped in the package: missing, it is an installation fault, said loudly
            try:
                found = _cached(embedder, texts)
            except Exception as exc:  # noqa: BLE001 - the rule is skipped, the answer still comes
                log.warning("everyday text not embedded (%s); everyday questions are not declined for %d s",
                            exc, RETRY_S)
                _failed[id(embedder)] = time.monotonic() + RETRY_S
                return np.zeros((0, 0), dtype=np.float32)
            _vectors[id(embedder)] = (embedder, found)
        return _vectors[id(embedder)][1]


def _cached(embedder, texts: list[str]) -> np.ndarray:
    """The texts' vectors, kept in the embedder's cache folder (by model and text) so that each
    `qa ask` does not embed them again (~1.5 s)."""
    folder = getattr(embedder, "cache_dir", None)
    name = f"{getattr(embedder, 'model_name', type(embedder).__name__)}\n" + "\n".join(texts)
    path = Path(folder) / f"background-{hashlib.sha256(name.encode()).hexdigest()[:16]}.npy" if folder else None
    if path is not None and path.exists():
        try:
            return np.load(path)
        except (OSError, ValueError) as exc:  # a torn or foreign file: embedded again below
            log.warning("cached everyday vectors unreadable (%s); embedding them again", exc)
    found = np.asarray(embedder.embed_passages(texts), dtype=np.float32)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp, found)
            os.replace(tmp, path)
        except OSError as exc:  # a read-only cache: embedded each run, nothing lost
            log.warning("everyday vectors not cached (%s)", exc)
    return found


def nearness(question_vector, embedder) -> float:
    """How alike the question is to the nearest background sentence."""
    v = vectors(embedder)
    return float((v @ np.asarray(question_vector, dtype=np.float32)).max()) if len(v) else -1.0


def everydayness(sentence_vectors, embedder) -> float | None:
    """How near the articles' sentences are to everyday text: the median, over those with a
    vector, of each one's nearest background sentence (news about a war: ~.85; recipes and
    forecasts: ~.89). None when it cannot be told (no vectors, no background)."""
    v = vectors(embedder)
    near = [float((v @ np.asarray(s, dtype=np.float32)).max()) for s in sentence_vectors if s is not None]
    return float(np.median(near)) if near and len(v) else None

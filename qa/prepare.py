"""One section of a file → its chunks and sentences, and the chunks' pooled vectors.

Every step here is linear in the section's length: a sentence finds its chunk, and a chunk its
sentences, by binary search over sorted offsets. The first version compared every sentence with
every chunk (and copied the text before each sentence to look for a line break), which was
harmless on articles and quadratic on a 28 MB file.
"""
from __future__ import annotations

from bisect import bisect_left

import numpy as np

from .chunking import chunk_spans
from .formats import page_at
from .kinds import classify
from .loaders import SourceFile
from .records import Chunk, Sentence, chunk_id
from .sentences import split_spans


def home_chunk(chunks: list[Chunk], start: int, end: int, starts: list[int] | None = None) -> Chunk:
    """The chunk that holds most of the sentence [start, end) (the first, on ties).

    Chunks are in text order; the best one starts at most a few chunks before the sentence, so
    only those are compared (all of them when none of those overlaps it).
    """
    starts = starts if starts is not None else [c.start for c in chunks]
    lo = max(0, bisect_left(starts, start) - 8)
    hi = min(len(chunks), bisect_left(starts, end) + 1)
    window = chunks[lo:hi] or chunks
    best = max(window, key=lambda c: (min(end, c.end) - max(start, c.start), -c.index))
    if min(end, best.end) - max(start, best.start) <= 0 and window is not chunks:
        best = max(chunks, key=lambda c: (min(end, c.end) - max(start, c.start), -c.index))
    return best


def pooled(chunks: list[Chunk], sentences: list[Sentence], sent_vectors: np.ndarray,
           embedder) -> list[list[float]]:
    """Each chunk's vector: its sentences' vectors, weighted by the characters it holds of each
    (a chunk that holds no sentence, which the splitters never produce, is embedded itself)."""
    bounds = np.asarray([(s.start, s.end) for s in sentences], dtype=np.int64).reshape(-1, 2)
    out: list[list[float]] = []
    for c in chunks:
        lo = int(np.searchsorted(bounds[:, 1], c.start, side="right"))
        hi = int(np.searchsorted(bounds[:, 0], c.end, side="left"))
        part = bounds[lo:hi]
        w = np.clip(np.minimum(part[:, 1], c.end) - np.maximum(part[:, 0], c.start), 0, None)
        if not w.any():
            out.append(embedder.embed_passages([c.text])[0].tolist())
            continue
        v = w.astype(np.float32) @ sent_vectors[lo:hi]
        out.append((v / np.linalg.norm(v)).tolist())
    return out


def _whole_line(text: str, a: int, b: int) -> bool:
    """Is text[a:b] alone on its line (blanks aside)? Scans only the blanks around it."""
    i = a - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = b
    while j < len(text) and text[j] in " \t":
        j += 1
    return (a == 0 or (i >= 0 and text[i] == "\n")) and (j == len(text) or text[j] == "\n")


def prepare_section(sf: SourceFile, offset: int, text: str, first_chunk: int, first_sentence: int,
                    n_chunks: int, chunk_size: int, chunk_overlap: int,
                    spans: list[tuple[int, int]] | None = None) -> tuple[list[Chunk], list[Sentence]]:
    """The chunks and sentences of one section of ``sf`` (``text`` starts at ``offset`` in the
    file), numbered from ``first_chunk``/``first_sentence`` so ids are those of the whole file.
    ``spans``: the section's chunk spans from an earlier pass, so that both passes agree even if
    the splitter timed out in one of them."""
    if spans is None:
        spans = chunk_spans(text, chunk_size, chunk_overlap)
    chunks = [
        Chunk(source=sf.source, root=sf.root, language=sf.language, text=text[a:b], start=offset + a,
              end=offset + b, id=chunk_id(sf.root, sf.source, sf.sha256, first_chunk + i),
              sha256=sf.sha256, index=first_chunk + i, n_chunks=n_chunks, page=page_at(sf.pages, offset + a),
              title=sf.meta.title, date=sf.meta.date, outlet=sf.meta.outlet)
        for i, (a, b) in enumerate(spans)
    ]
    sentences: list[Sentence] = []
    if not chunks:
        return chunks, sentences
    starts = [c.start for c in chunks]
    for i, (a, b) in enumerate(split_spans(text)):
        home = home_chunk(chunks, offset + a, offset + b, starts)
        sentences.append(Sentence(
            source=sf.source, root=sf.root, language=sf.language, text=text[a:b], start=offset + a,
            end=offset + b, id=chunk_id(sf.root, sf.source, sf.sha256, first_sentence + i) + "s",
            sha256=sf.sha256, chunk_id=home.id, kind=classify(text[a:b], _whole_line(text, a, b)),
            page=page_at(sf.pages, offset + a)))
    return chunks, sentences


def plan_section(text: str, chunk_size: int, chunk_overlap: int) -> tuple[np.ndarray, int]:
    """A section's chunk spans (as a small array) and how many sentences it has, without
    building records: a big file's first pass, which learns how many chunks the file has."""
    spans = np.asarray(chunk_spans(text, chunk_size, chunk_overlap), dtype=np.int64).reshape(-1, 2)
    return spans, (len(split_spans(text)) if len(spans) else 0)

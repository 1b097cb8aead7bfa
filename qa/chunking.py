"""Text → chunks with exact character offsets.

llama-index's ``SentenceSplitter`` decides where chunks break (token-sized, sentence-aware);
we then locate every chunk in the source text so that ``text[start:end]`` is the chunk,
character for character. That is what lets a citation highlight the exact span.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .documents import Document
from .records import Chunk, chunk_id
from .settings import offline_environment

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def encoding():
    """The cl100k_base tokenizer, offline (used for chunk sizes and prompt budgets)."""
    offline_environment()
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


@lru_cache(maxsize=8)
def _splitter(chunk_size: int, chunk_overlap: int):
    offline_environment()
    from llama_index.core.node_parser import SentenceSplitter

    return SentenceSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, chunk_size // 2),
        tokenizer=lambda t: encoding().encode(t, disallowed_special=()),
    )


def locate(text: str, piece: str, start_from: int, min_end: int = 0,
           max_overlap: int | None = None) -> tuple[int, int]:
    """Where ``piece`` occurs in ``text`` at or after ``start_from``, whitespace-tolerant.

    ``min_end`` is the previous chunk's end, and ``max_overlap`` the most tokens a chunk repeats
    of it. In repetitive text (a wire story pasted twice, a file of identical lines) the same
    words occur several times; the chunk is the first occurrence that reaches past the previous
    chunk and overlaps it by no more than the splitter's overlap (else, the first that reaches
    past it).
    """
    piece = piece.strip()

    def fits(start: int, end: int) -> bool:
        return end > min_end and (max_overlap is None or start >= min_end
                                  or count_tokens(text[start:min_end]) <= max_overlap)

    first = None
    pos = text.find(piece, start_from)
    while pos >= 0:
        if fits(pos, pos + len(piece)):
            return pos, pos + len(piece)
        if first is None and pos + len(piece) > min_end:
            first = (pos, pos + len(piece))
        pos = text.find(piece, pos + 1)
    if first is not None:
        return first
    # The splitter may have normalised whitespace: match the words with any spacing between.
    pattern = re.compile(r"\s*".join(re.escape(w) for w in piece.split()))
    found = [m for m in pattern.finditer(text, start_from) if m.end() > min_end]
    match = next((m for m in found if fits(m.start(), m.end())), found[0] if found else pattern.search(text))
    if match is None:
        raise ValueError(f"chunk not found in source text: {piece[:60]!r}")
    return match.start(), match.end()


def chunk_spans(text: str, chunk_size: int = 160, chunk_overlap: int = 24) -> list[tuple[int, int]]:
    """(start, end) of each chunk of ``text``: llama-index's splitter, located exactly.

    When the splitter fails on a text (its NLTK regexes run under a 5 s wall-clock limit, and a
    huge or odd text can exceed it), the chunks are packed from our own sentence spans instead,
    so one unusual file costs a warning, not the run.
    """
    try:
        pieces = _splitter(chunk_size, chunk_overlap).split_text(text)
        spans: list[tuple[int, int]] = []
        cursor = 0
        for piece in pieces:
            if not piece.strip():
                continue
            start, end = locate(text, piece, cursor, spans[-1][1] if spans else 0, chunk_overlap + 8)
            cursor = start + 1
            spans.append((start, end))
        return spans
    except Exception as exc:  # noqa: BLE001 - TimeoutError from NLTK, a chunk not found, ...
        log.warning("sentence splitter failed (%s); packing sentences instead", str(exc)[:120])
        return packed_spans(text, chunk_size, chunk_overlap)


def packed_spans(text: str, chunk_size: int, chunk_overlap: int) -> list[tuple[int, int]]:
    """Chunks made of whole sentences (``qa.sentences``) up to ``chunk_size`` tokens, the next
    one starting with the last sentences that fit in ``chunk_overlap`` tokens."""
    from .sentences import split_spans

    sents = [(a, b, count_tokens(text[a:b])) for a, b in split_spans(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(sents):
        j, size = i, 0
        while j < len(sents) and (j == i or size + sents[j][2] <= chunk_size):
            size += sents[j][2]
            j += 1
        spans.append((sents[i][0], sents[j - 1][1]))
        if j >= len(sents):
            break
        back, k = 0, j
        while k - 1 > i and back + sents[k - 1][2] <= chunk_overlap:
            back += sents[k - 1][2]
            k -= 1
        i = k
    return spans


def chunk_document(doc: Document, chunk_size: int = 160, chunk_overlap: int = 24) -> list[Chunk]:
    """Split a document; each chunk keeps its file, version, offsets and the file's language
    (a chunk's own guess was wrong on name-heavy chunks)."""
    spans = chunk_spans(doc.text, chunk_size, chunk_overlap)
    return [
        Chunk(source=doc.source, root=doc.root, language=doc.language, text=doc.text[a:b], start=a,
              end=b, id=chunk_id(doc.root, doc.source, doc.sha256, i), sha256=doc.sha256, index=i,
              n_chunks=len(spans))
        for i, (a, b) in enumerate(spans)
    ]

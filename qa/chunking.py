"""Text → chunks with exact character offsets.

llama-index's ``SentenceSplitter`` decides where chunks break (token-sized, sentence-aware);
we then locate every chunk in the source text so that ``text[start:end]`` is the chunk,
character for character. That is what lets a citation highlight the exact span.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .documents import Document
from .records import Chunk, chunk_id
from .settings import offline_environment


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


def locate(text: str, piece: str, start_from: int) -> tuple[int, int]:
    """Where ``piece`` occurs in ``text`` at or after ``start_from``, whitespace-tolerant."""
    piece = piece.strip()
    pos = text.find(piece, start_from)
    if pos >= 0:
        return pos, pos + len(piece)
    # The splitter may have normalised whitespace: match the words with any spacing between.
    words = piece.split()
    pattern = r"\s*".join(re.escape(w) for w in words)
    match = re.compile(pattern).search(text, start_from)
    if match is None:
        match = re.compile(pattern).search(text)
    if match is None:
        raise ValueError(f"chunk not found in source text: {piece[:60]!r}")
    return match.start(), match.end()


def chunk_document(doc: Document, chunk_size: int = 160, chunk_overlap: int = 24) -> list[Chunk]:
    """Split a document; each chunk keeps its file, version, offsets and the file's language
    (a chunk's own guess was wrong on name-heavy chunks)."""
    pieces = _splitter(chunk_size, chunk_overlap).split_text(doc.text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        if not piece.strip():
            continue
        start, end = locate(doc.text, piece, cursor)
        cursor = start + 1
        spans.append((start, end))
    return [
        Chunk(source=doc.source, root=doc.root, language=doc.language, text=doc.text[a:b], start=a,
              end=b, id=chunk_id(doc.root, doc.source, doc.sha256, i), sha256=doc.sha256, index=i,
              n_chunks=len(spans))
        for i, (a, b) in enumerate(spans)
    ]

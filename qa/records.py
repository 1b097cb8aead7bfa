"""The typed records that cross module lines: one span of an article, and what builds on it.

A :class:`Span` says where a piece of text is: which file (``source``, relative to the indexed
folder ``root``), its language, and its exact character offsets in the file's text, so that a
page can highlight it. Everything that points into an article is a Span: a stored
:class:`Chunk` and :class:`Sentence`, a retrieved :class:`Passage`, a :class:`Citation`. Only
``qa.store`` turns them into Chroma's metadata dicts and back.

Beside them, the two records the CLI, the page and the watcher share: :class:`IndexReport` (what
an indexing run did) and :class:`Scope` (which articles a question may be answered from).

The span records are keyword-only, so adding a field never shifts another.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

import numpy as np


@dataclass(kw_only=True)
class Span:
    """Where a piece of text is: ``text == file_text[start:end]`` of ``root / source``."""

    source: str
    language: str
    text: str
    start: int = 0
    end: int = 0
    root: str = ""
    page: int = 0  # the PDF page (1-based) the span starts on; 0 for files without pages
    title: str = ""  # the article's title, date (ISO 8601) and outlet, when it states them
    date: str = ""  # (qa.metadata); empty otherwise
    outlet: str = ""

    @property
    def file_key(self) -> tuple[str, str]:
        """The file this span lies in (two folders may hold files of the same name)."""
        return (self.root, self.source)


@dataclass(kw_only=True)
class Chunk(Span):
    """A stored passage-sized piece of one version (``sha256``) of a file."""

    id: str = ""
    sha256: str = ""
    index: int = 0
    n_chunks: int = 0  # chunks of this file version: the file is complete when all are stored


@dataclass(kw_only=True)
class Sentence(Span):
    """A stored sentence, with its vector when read for answering and its score when searched."""

    id: str = ""
    sha256: str = ""
    chunk_id: str = ""  # the chunk that holds most of it
    kind: str = "body"  # body, heading, caption, byline, label, instruction, notice (``qa.kinds``)
    score: float = 0.0
    vector: np.ndarray | None = field(default=None, repr=False, compare=False)

    def inside(self, span: Span, share: float = 0.6) -> bool:
        """Does ``span`` hold at least ``share`` of this sentence (chunks cut between sentences)?"""
        if self.file_key != span.file_key:
            return False
        lo, hi = max(self.start, span.start), min(self.end, span.end)
        return hi - lo >= share * (self.end - self.start)


@dataclass(kw_only=True)
class Passage(Span):
    """A retrieved chunk: where it comes from, its language, its text and how well it matched."""

    score: float = 0.0
    chunk_id: str = ""
    sha256: str = ""

    @classmethod
    def of(cls, chunk: Chunk, score: float) -> "Passage":
        return cls(source=chunk.source, language=chunk.language, text=chunk.text, start=chunk.start,
                   end=chunk.end, root=chunk.root, score=score, chunk_id=chunk.id,
                   sha256=chunk.sha256, page=chunk.page, title=chunk.title, date=chunk.date,
                   outlet=chunk.outlet)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(kw_only=True)
class Citation(Passage):
    """Passage ``number`` as cited by ``[number]`` in the answer text.

    ``quote`` is the sentence the answer relies on (verbatim from the passage) and
    ``quote_start``/``quote_end`` its character span in the source file, so a page can
    highlight exactly what was cited.
    """

    number: int
    quote: str = ""
    quote_start: int = 0
    quote_end: int = 0
    value: str = ""  # the direct answer's value inside the quote, as the source writes it
    value_start: int = 0  # its span in the source file, for highlighting
    value_end: int = 0

    @classmethod
    def cite(cls, number: int, passage: Passage, quote: Span | None = None, value=None) -> "Citation":
        """Cite ``passage``, quoting ``quote`` (a span inside it) and pointing at ``value`` (a
        span of the quote's text with ``text``/``start``/``end``), when given."""
        q = quote or passage
        v = {} if value is None else dict(value=value.text, value_start=q.start + value.start,
                                          value_end=q.start + value.end)
        # A sentence belongs to a chunk it is mostly inside (``Retrieval.sentences_in``); the
        # chunker may cut inside it, so the cited text grows to hold the whole quote (both are
        # the file's text, verbatim, at their offsets).
        start, end, text = passage.start, passage.end, passage.text
        if (quote is not None and q.file_key == passage.file_key and q.start < end and start < q.end
                and len(q.text) == q.end - q.start):
            if q.start < start:
                text, start = q.text[: start - q.start] + text, q.start
            if q.end > end:
                text, end = text + q.text[len(q.text) - (q.end - end):], q.end
        return cls(number=number, source=passage.source, language=passage.language,
                   text=text, score=passage.score, start=start, end=end,
                   root=passage.root, chunk_id=passage.chunk_id, sha256=passage.sha256,
                   page=q.page or passage.page, title=passage.title, date=passage.date, outlet=passage.outlet,
                   quote=q.text, quote_start=q.start, quote_end=q.end, **v)


@dataclass
class IndexReport:
    """What one indexing run did; ``qa index`` prints it, ``build_index`` returns it."""

    root: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    flagged: dict[str, str] = field(default_factory=dict)  # file -> why (text addressed to an assistant)
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    seconds: float = 0.0
    rebuilt: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, removed {len(self.removed)}, "
            f"skipped {len(self.skipped)} files; chunks +{self.chunks_added} "
            f"-{self.chunks_removed}, {self.chunks_total} in the store ({self.seconds:.1f} s)"
        )


@dataclass(frozen=True)
class Scope:
    """Which articles a question may be answered from: some languages (ISO 639-1 codes) and/or
    some files (``source`` names); empty means all."""

    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.languages or self.sources)

    def __str__(self) -> str:
        """How a reader is told what was searched: "pt", "pt, 003_x.txt"."""
        return ", ".join((*self.languages, *self.sources))


def chunk_id(root: str, source: str, sha: str, index: int) -> str:
    """Deterministic: re-adding a file version never duplicates its chunks."""
    path_key = hashlib.sha1(f"{root}\0{source}".encode()).hexdigest()[:16]
    return f"{path_key}-{sha[:16]}-{index:05d}"


def chunk_index(cid: str) -> int:
    """The chunk's place in its file, read back from its ``chunk_id``."""
    return int(cid.rsplit("-", 1)[-1])

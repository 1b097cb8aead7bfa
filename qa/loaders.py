"""Files → sections of text, in bounded memory.

A news article is a few kilobytes and is read, decoded and split whole, as it always was. A
file larger than one section (a 100 MB transcript dump, a 28 MB file of 10,000-character
lines) is never held whole: it is hashed and checked in one streaming pass, then decoded in
~256k-character sections cut at blank lines (else line breaks, else spaces), each split and
embedded on its own. That bounds memory, and it keeps every call into the sentence splitters
short: llama-index's ``SentenceSplitter`` runs NLTK regexes under a 5 s wall-clock limit, which
a 28 MB text exceeded in one call and which aborted the whole run.

Offsets stay exact: a section's ``offset`` is its first character's position in the file's
decoded text, so ``text[start:end]`` of a chunk is still the chunk, whatever the section.
"""
from __future__ import annotations

import codecs
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .documents import (
    UnreadableFile,
    _printable_ratio,
    decode_with_encoding,
    detect_language,
    html_to_text,
)
from .formats import FORMATS, extract
from .metadata import ArticleMeta, complete, from_html, from_markdown

log = logging.getLogger(__name__)

SECTION_CHARS = 256_000  # a section: ~350 chunks, ~2,500 sentences; split in well under 1 s
BLOCK = 1 << 20  # bytes read at a time
SNIFF_BYTES = 1 << 20  # a big file's encoding is chosen from its first megabyte
HTML_MAX_BYTES = 32 << 20  # HTML is parsed whole (BeautifulSoup needs ~10x the page)
HTML = {".html", ".htm"}


class FileChanged(UnreadableFile):
    """The file's bytes changed while it was being indexed; the next run picks up the new version."""


@dataclass
class SourceFile:
    """One file to index: its identity and version, and how to read its text in sections.

    ``text`` is set for files read whole (small ones and HTML); big plain-text files keep only
    ``encoding`` and are decoded from disk each time :meth:`sections` is iterated.
    """

    path: Path
    source: str
    root: str
    size: int
    sha256: str
    language: str = "und"
    encoding: str = "utf-8-sig"
    text: str | None = None
    pages: list[int] = field(default_factory=list)  # where each PDF page starts in ``text``
    meta: ArticleMeta = field(default_factory=ArticleMeta)

    @property
    def streamed(self) -> bool:
        return self.text is None

    def sections(self) -> Iterator[tuple[int, str]]:
        """``(offset, text)`` of each section, in order. A streamed file is re-hashed as it is
        read: different bytes than were hashed at the start raise :class:`FileChanged`."""
        if self.text is not None:
            yield from split_sections(_slices(self.text))
            return
        hasher = hashlib.sha256()
        yield from split_sections(_decoded_blocks(self.path, self.encoding, hasher))
        if hasher.hexdigest() != self.sha256:
            raise FileChanged("changed while being indexed (the next run indexes the new version)")


def fingerprint(path: Path, max_bytes: int) -> tuple[int, str, bytes | None]:
    """(size, SHA-256, the bytes when the file is read whole). Raises :class:`UnreadableFile`
    for a file over ``max_bytes``; ``FileNotFoundError`` when it vanished."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableFile(f"too large ({_mb(size)} MB > max_file_mb {max_bytes / 1e6:g} MB)")
    whole = path.suffix.lower() in FORMATS or (path.suffix.lower() in HTML and size <= HTML_MAX_BYTES)
    if size <= SECTION_CHARS or whole:
        data = path.read_bytes()
        return len(data), hashlib.sha256(data).hexdigest(), data
    if path.suffix.lower() in HTML:
        raise UnreadableFile(f"HTML page too large to parse ({size / 1e6:.0f} MB > {HTML_MAX_BYTES >> 20} MB)")
    hasher, n = hashlib.sha256(), 0
    with path.open("rb") as f:
        while block := f.read(BLOCK):
            hasher.update(block)
            n += len(block)
    return n, hasher.hexdigest(), None


def open_source(path: Path, root: Path, source: str, size: int, sha: str, data: bytes | None) -> SourceFile:
    """The :class:`SourceFile` for a fingerprinted file: decoded (or its encoding chosen),
    checked for binary content, its language detected. Raises :class:`UnreadableFile`."""
    sf = SourceFile(path=path, source=source, root=str(root.resolve()), size=size, sha256=sha)
    suffix = path.suffix.lower()
    if data is not None and suffix in FORMATS:
        text, sf.pages, props = extract(suffix, data)
        sf.text, sf.meta = text, ArticleMeta(**props)
        head = text[:SECTION_CHARS]
    elif data is not None:
        text, sf.encoding = decode_with_encoding(data)
        if sf.encoding.startswith("utf-8") and "\ufffd" in text:
            log.warning("%s: %d byte(s) that are not UTF-8 read as \ufffd", source, text.count("\ufffd"))
        if suffix in HTML:
            sf.meta = from_html(text)
            text = html_to_text(text)
        sf.text = text
        head = text[:SECTION_CHARS]
    else:
        with path.open("rb") as f:
            sample = f.read(SNIFF_BYTES)
        sf.encoding = _stream_encoding(path, sample)
        head = next(iter(split_sections(_decoded_blocks(path, sf.encoding, hashlib.sha256()))), (0, ""))[1]
    if not head.strip():
        raise UnreadableFile("no text")
    if _printable_ratio(head) < 0.85:
        raise UnreadableFile("binary file (mostly control characters)")
    sf.language = detect_language(head) or "und"
    if suffix in {".md", ".markdown"}:
        sf.meta = from_markdown(head)
    sf.meta = complete(sf.meta, head, sf.language)
    return sf


def _mb(size: int) -> str:
    """Megabytes, as precise as a small limit needs ("0.0042", "28.5", "12345")."""
    return f"{size / 1e6:.3g}" if size < 1e9 else f"{size / 1e6:.0f}"


def _stream_encoding(path: Path, sample: bytes) -> str:
    """UTF-8 when the whole file decodes as UTF-8 (checked streaming), else what the first
    megabyte says (cut back to a line break so a multi-byte character is not split)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with path.open("rb") as f:
            while block := f.read(BLOCK):
                decoder.decode(block)
        decoder.decode(b"", final=True)
        if not sample.strip():
            raise UnreadableFile("empty file")
        if b"\x00" in sample[:8192]:
            raise UnreadableFile("binary file (NUL bytes)")
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    cut = sample.rfind(b"\n")
    return decode_with_encoding(sample[: cut + 1] if cut > 0 else sample)[1]


def _decoded_blocks(path: Path, encoding: str, hasher) -> Iterator[str]:
    # UTF-8 is chosen for a file that is UTF-8 throughout, or nearly (``decode_with_encoding``):
    # a stray byte is replaced there, as in a small file.
    decoder = codecs.getincrementaldecoder(encoding)("replace" if encoding.startswith("utf-8") else "strict")
    try:
        with path.open("rb") as f:
            while block := f.read(BLOCK):
                hasher.update(block)
                yield decoder.decode(block)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"undecodable text as {encoding} at byte {exc.start}") from exc


def _slices(text: str) -> Iterator[str]:
    for i in range(0, len(text), BLOCK):
        yield text[i : i + BLOCK]


def split_sections(pieces: Iterable[str], limit: int | None = None) -> Iterator[tuple[int, str]]:
    """Consecutive sections of the concatenated ``pieces``, none longer than ``limit``."""
    limit = limit or SECTION_CHARS
    buf, offset = "", 0
    for piece in pieces:
        buf += piece
        while len(buf) > limit:
            cut = _cut(buf, limit)
            yield offset, buf[:cut]
            offset, buf = offset + cut, buf[cut:]
    if buf:
        yield offset, buf


def _cut(text: str, limit: int) -> int:
    """Where a section of ``text`` ends: after the last blank line before ``limit``, else the
    last line break, else the last space, else at ``limit``."""
    for sep in ("\n\n", "\n", " "):
        i = text.rfind(sep, limit // 2, limit)
        if i > 0:
            return i + len(sep)
    return limit

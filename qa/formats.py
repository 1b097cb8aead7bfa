"""PDF and Word files → text, with the character offset where each PDF page starts.

Press clippings arrive as ``.pdf`` or ``.docx``. Their text is what chunk offsets refer to, so
``qa.documents.read_text`` (the page's article view) and the indexer get it from here, the same
way. PDF pages are joined by a blank line and their starts kept, so that a citation can name
the page its span starts on. A PDF without a text layer (a scan) has nothing to index: it is
skipped with that reason rather than indexed as nothing.

pypdf and python-docx are optional: without them, these files are skipped with a message
naming the package to install.
"""
from __future__ import annotations

import io
import logging
from bisect import bisect_right

from .documents import UnreadableFile

log = logging.getLogger(__name__)

FORMATS = {".pdf", ".docx"}
PAGE_BREAK = "\n\n"


def extract(suffix: str, data: bytes) -> tuple[str, list[int], dict[str, str]]:
    """(text, page start offsets or [], what the file's properties say: title/date/outlet)."""
    if suffix == ".pdf":
        return pdf_text(data)
    if suffix == ".docx":
        text, props = docx_text(data)
        return text, [], props
    raise UnreadableFile(f"unsupported format {suffix}")


def pdf_text(data: bytes) -> tuple[str, list[int], dict[str, str]]:
    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise UnreadableFile("PDF support needs pypdf (pip install pypdf)") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [_clean(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise UnreadableFile(f"unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from exc
    if not any(p.strip() for p in pages):
        raise UnreadableFile(f"PDF without a text layer ({len(pages)} page(s), probably scanned): nothing to index")
    starts, parts, at = [], [], 0
    for p in pages:
        starts.append(at)
        parts.append(p)
        at += len(p) + len(PAGE_BREAK)
    props = {"title": str(info.get("/Title") or "").strip(), "date": "", "outlet": ""}
    return PAGE_BREAK.join(parts), starts, props


def docx_text(data: bytes) -> tuple[str, dict[str, str]]:
    try:
        import docx
    except ImportError as exc:
        raise UnreadableFile("Word support needs python-docx (pip install python-docx)") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text.strip() for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text.strip() for cell in row.cells))
        core = document.core_properties
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(f"unreadable Word file ({type(exc).__name__}: {str(exc)[:120]})") from exc
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        raise UnreadableFile("no text")
    props = {"title": (core.title or "").strip(), "date": "", "outlet": ""}
    return text, props


def page_at(starts: list[int], offset: int) -> int:
    """The 1-based page holding character ``offset`` (0 when the file has no pages)."""
    return bisect_right(starts, offset) if starts else 0


def _clean(page: str) -> str:
    """A page's text with its lines trimmed and blank runs collapsed (offsets refer to this)."""
    lines = [line.strip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()

"""PDF and Word articles, and what articles say about themselves (title, date, outlet)."""
from __future__ import annotations

import json

import pytest

from qa import ask, build_index
from qa.documents import read_text
from qa.library import safe_name
from qa.settings import Settings

from conftest import stored_chunks

PAGE_1 = ("Harbour report\nThe port of Klaipeda handled more ships in October than ever before.\n"
          "The harbour master praised the new pilots.")
PAGE_2 = ("On page two: the new container terminal on the southern bank will open in March.\n"
          "Cranes from Finland will arrive by sea.")


def make_pdf(pages: list[str], title: str = "") -> bytes:
    """A small PDF with a real text layer (Helvetica), one content stream per page."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objects: dict[int, str] = {1: "<< /Type /Catalog /Pages 2 0 R >>",
                               3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids, num = [], 4
    for text in pages:
        lines = text.split("\n") if text else []
        stream = "BT /F1 11 Tf 72 720 Td 14 TL " + " ".join(f"({esc(x)}) Tj T*" for x in lines) + " ET"
        objects[num] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                        f"/Resources << /Font << /F1 3 0 R >> >> /Contents {num + 1} 0 R >>")
        objects[num + 1] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
        kids.append(f"{num} 0 R")
        num += 2
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    objects[num] = f"<< /Title ({esc(title)}) >>"
    out, offsets = b"%PDF-1.4\n", {}
    for i in sorted(objects):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n{objects[i]}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {num + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offsets[i]:010d} 00000 n \n" for i in range(1, num + 1)).encode()
    out += f"trailer\n<< /Size {num + 1} /Root 1 0 R /Info {num} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx(path, paragraphs: list[str], title: str = "") -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(path)


HTML = """<html><head><title>Rotterdam port | NOS</title>
<meta property="og:site_name" content="NOS"><meta property="article:published_time" content="2024-10-05T09:00:00Z">
</head><body><h1>Rotterdam port</h1><p>The port of Rotterdam handled a record number of containers in October.</p></body></html>"""
MARKDOWN = "---\ntitle: Vilnius bells\ndate: 2024-06-01\nsource: LRT\n---\n\nThe bells of Vilnius cathedral rang for an hour.\n"
DATELINE = "Sâmbătă, 2 noiembrie 2024\n\nSoldații nord-coreeni ar fi fost uciși în Donbass\n\nDe la începutul ofensivei, Coreea de Nord a trimis trupe în regiunea Kursk."


@pytest.fixture(scope="module")
def clipped(tmp_path_factory):
    pytest.importorskip("pypdf")
    base = tmp_path_factory.mktemp("clippings")
    corpus = base / "docs"
    corpus.mkdir()
    (corpus / "harbour.pdf").write_bytes(make_pdf([PAGE_1, PAGE_2], title="Harbour report"))
    (corpus / "scan.pdf").write_bytes(make_pdf(["", ""]))
    make_docx(corpus / "bakery.docx", ["Tartu bakery", "A small bakery in Tartu sells rye bread baked in a wood-fired oven."],
              title="Tartu bakery")
    (corpus / "port.html").write_text(HTML, encoding="utf-8")
    (corpus / "bells.md").write_text(MARKDOWN, encoding="utf-8")
    (corpus / "ro.txt").write_text(DATELINE, encoding="utf-8")
    settings = Settings(index_dir=base / "index")
    return corpus, settings, build_index(corpus, settings=settings, progress=False)


def test_pdf_and_docx_are_indexed_and_a_scan_is_skipped_with_the_reason(clipped):
    corpus, settings, report = clipped
    assert sorted(report.added) == ["bakery.docx", "bells.md", "harbour.pdf", "port.html", "ro.txt"]
    assert "without a text layer" in report.skipped["scan.pdf"]
    for c in stored_chunks(settings):  # offsets refer to the text the page's article view shows
        assert read_text(corpus / c.source)[c.start : c.end] == c.text
    assert safe_name("clipping.PDF") == "clipping.pdf" and safe_name("a.docx") == "a.docx"


def test_a_pdf_citation_names_its_page_and_citations_carry_title_and_date(clipped):
    _, settings, _ = clipped
    answer = ask("What will open on the southern bank of the harbour?", settings=settings)
    [cite] = [c for c in answer.citations if c.source == "harbour.pdf"][:1]
    assert cite.page == 2 and cite.title == "Harbour report"
    as_json = json.loads(json.dumps(answer.to_dict(), ensure_ascii=False))
    assert any(c["page"] == 2 for c in as_json["citations"])

    answer = ask("Where did North Korea send troops?", settings=settings)
    ro = next(c for c in answer.citations if c.source == "ro.txt")
    assert (ro.date, ro.title) == ("2024-11-02", "Soldații nord-coreeni ar fi fost uciși în Donbass")


def test_article_metadata_from_html_markdown_and_word(clipped):
    _, settings, _ = clipped
    from qa.components import store_for

    meta = {c.source: (c.title, c.date, c.outlet) for c in store_for(settings).stored_chunks()}
    assert meta["port.html"] == ("Rotterdam port | NOS", "2024-10-05", "NOS")
    assert meta["bells.md"] == ("Vilnius bells", "2024-06-01", "LRT")
    assert meta["bakery.docx"][0] == "Tartu bakery"

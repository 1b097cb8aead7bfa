"""Indexing with the real embedder and a real Chroma store: what a user of `qa index` sees."""
from __future__ import annotations

import random

import pytest

from qa import build_index, documents, loaders, prepare, retrieve
from qa.prepare import signature
from qa.settings import Settings
from qa.store import SCHEMA_VERSION, StoreMismatch, client

LANGUAGES = {"000": "lt", "001": "ro", "002": "pt", "003": "nl", "004": "ro"}


def test_bundled_articles_are_indexed_with_their_languages(indexed, chunks_in):
    report = indexed.report
    names = sorted(p.name for p in indexed.corpus.iterdir())
    assert sorted(report.added) == names and len(names) == 5
    assert not (report.updated or report.unchanged or report.removed or report.skipped)
    chunks = chunks_in(indexed.settings)
    assert report.chunks_added == report.chunks_total == len(chunks) > 5
    assert {(c.source, c.language) for c in chunks} == {(n, LANGUAGES[n[:3]]) for n in names}


def test_every_chunk_is_the_exact_span_of_its_file(indexed, chunks_in):
    files = {p.name: p.read_text(encoding="utf-8") for p in indexed.corpus.iterdir()}
    covered = {name: [False] * len(text) for name, text in files.items()}
    for c in chunks_in(indexed.settings):
        assert files[c.source][c.start : c.end] == c.text
        covered[c.source][c.start : c.end] = [True] * (c.end - c.start)
    for name, text in files.items():  # and together the chunks leave no word out
        lost = "".join(ch for ch, ok in zip(text, covered[name]) if not ok)
        assert not lost.strip(), f"{name}: text in no chunk: {lost.strip()[:80]!r}"


def test_second_run_embeds_nothing(indexed, own_index, chunks_in, embedded_texts):
    before = set(chunks_in(own_index))
    report = build_index(indexed.corpus, settings=own_index, progress=False)
    assert sorted(report.unchanged) == sorted(indexed.report.added)
    assert not (report.added or report.updated or report.removed or report.skipped)
    assert report.chunks_added == report.chunks_removed == 0
    assert embedded_texts == []
    assert set(chunks_in(own_index)) == before


HARBOUR_OLD = (
    "The old harbour of Klaipeda was rebuilt in 1923. Fishermen sold herring on the pier every "
    "morning. The lighthouse keeper, Jonas Petraitis, painted the tower red and white. Ferries to "
    "Smiltyne left every twenty minutes from the northern quay."
)
HARBOUR_NEW = (
    "The harbour authority announced a new container terminal on the southern bank. Cranes from "
    "Finland will arrive in March. Dredging will deepen the channel to fifteen metres so that "
    "larger ships can dock."
)
BAKERY = (
    "A small bakery in Tartu sells rye bread baked in a wood-fired oven. The baker starts at four "
    "in the morning and the bread is gone by noon."
)
WEATHER = (
    "Heavy snow closed the mountain pass near Innsbruck for two days. Snowploughs worked through "
    "the night and the road reopened on Sunday."
)


def test_changed_file_replaces_its_chunks_and_deleted_file_leaves(tmp_path, chunks_in, embedded_texts):
    settings = Settings(index_dir=tmp_path / "index", chunk_size=32, chunk_overlap=0)
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for name, text in [("harbour.txt", HARBOUR_OLD), ("bakery.txt", BAKERY), ("weather.txt", WEATHER)]:
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, settings=settings, progress=False)
    old = chunks_in(settings)
    assert len([c for c in old if c.source == "harbour.txt"]) >= 2

    embedded_texts.clear()
    (corpus / "harbour.txt").write_text(HARBOUR_NEW, encoding="utf-8")
    (corpus / "weather.txt").unlink()
    report = build_index(corpus, settings=settings, progress=False)

    assert (report.updated, report.removed, report.unchanged) == (["harbour.txt"], ["weather.txt"], ["bakery.txt"])
    assert embedded_texts and all(t in HARBOUR_NEW for t in embedded_texts)  # only the new text
    new = chunks_in(settings)
    assert report.chunks_total == len(new)
    harbour = [c for c in new if c.source == "harbour.txt"]
    assert harbour and all(c.text in HARBOUR_NEW for c in harbour)
    assert " ".join(c.text for c in sorted(harbour, key=lambda c: c.start)).split() == HARBOUR_NEW.split()
    assert not [c for c in new if c.source == "weather.txt"]
    assert {c for c in new if c.source == "bakery.txt"} == {c for c in old if c.source == "bakery.txt"}
    assert len({(c.source, c.start, c.end) for c in new}) == len(new)  # no duplicates

    for question in ["Who painted the lighthouse red and white?", "When was the old harbour rebuilt?"]:
        assert not any("lighthouse" in p.text or "1923" in p.text for p in retrieve(question, settings=settings))
    assert "container terminal" in retrieve("Where will the container terminal be built?", top_k=1, settings=settings)[0].text
    assert not any("snow" in p.text.lower() for p in retrieve("Why was the mountain pass closed?", settings=settings))


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
LATIN1_FR = (
    "Le café de la gare était fermé à Noël : les élèves, déçus, sont allés à la crêperie du père "
    "François, où l'on mange des gâteaux à la crème et des œufs brouillés."
).replace("œ", "oe")
HTML = """<!doctype html><html><head><title>Port news</title>
<style>body { color: red }</style><script>var tracking = "analytics-id-42";</script></head>
<body><nav>Home | Sports | Weather</nav>
<h1>Rotterdam port</h1><p>The port of <b>Rotterdam</b> handled a record number of containers
in <i>October</i>, the harbour master said.</p></body></html>"""
MARKDOWN = "# Notes\n\nThe **Vilnius** old town has a *baroque* cathedral bell tower.\n"


def test_unreadable_files_are_skipped_and_the_rest_is_indexed(settings, tmp_path, chunks_in):
    corpus = tmp_path / "docs"
    (corpus / "nested" / "deeper").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    (corpus / "d_latin1.txt").write_bytes(LATIN1_FR.encode("latin-1"))
    (corpus / "nested" / "deeper" / "page.html").write_text(HTML, encoding="utf-8")
    (corpus / "nested" / "notes.md").write_text(MARKDOWN, encoding="utf-8")
    (corpus / ".hidden" / "secret.txt").write_text("Hidden folders are not indexed.")
    report = build_index(corpus, settings=settings, progress=False)
    assert sorted(report.added) == ["d_latin1.txt", "nested/deeper/page.html", "nested/notes.md"]
    first = set(chunks_in(settings))
    by_source = {c.source: c for c in first}

    latin = by_source["d_latin1.txt"]
    assert latin.text == LATIN1_FR and latin.language == "fr"
    page = by_source["nested/deeper/page.html"].text
    assert "Rotterdam" in page and "October" in page
    assert not any(junk in page for junk in ["<", "color: red", "analytics-id-42", "Sports"])
    assert by_source["nested/notes.md"].text.startswith("# Notes")
    assert retrieve("Où peut-on manger des gâteaux à la crème ?", top_k=1, settings=settings)[0].source == "d_latin1.txt"

    # Second run: broken files sort first, yet the run goes on and keeps what it had.
    rng = random.Random(7)
    (corpus / "a_empty.txt").write_bytes(b"")
    (corpus / "b_image.txt").write_bytes(PNG)
    (corpus / "c_noise.md").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\0\0")
    (corpus / "z_new.txt").write_text(BAKERY, encoding="utf-8")
    report = build_index(corpus, settings=settings, progress=False)
    assert set(report.skipped) == {"a_empty.txt", "b_image.txt", "c_noise.md"}
    assert "empty" in report.skipped["a_empty.txt"]
    assert "binary" in report.skipped["b_image.txt"] and "binary" in report.skipped["c_noise.md"]
    assert report.added == ["z_new.txt"] and not report.removed
    assert first < set(chunks_in(settings))
    assert retrieve("Where is rye bread baked in a wood-fired oven?", top_k=1, settings=settings)[0].source == "z_new.txt"


NOTE = "Der Hamburger Hafen ist der größte Seehafen Deutschlands."


def assert_rebuild_needed_then_fixed(settings, tmp_path):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "hafen.txt").write_text(NOTE, encoding="utf-8")
    with pytest.raises(StoreMismatch, match="qa index --rebuild"):
        build_index(corpus, settings=settings, progress=False)
    with pytest.raises(StoreMismatch, match="qa index --rebuild"):
        retrieve("Welcher ist der größte Hafen?", settings=settings)

    report = build_index(corpus, rebuild=True, settings=settings, progress=False)
    assert report.added == ["hafen.txt"] and report.chunks_total == 1
    [passage] = retrieve("What is Germany's largest seaport?", settings=settings)
    assert (passage.source, passage.text) == ("hafen.txt", NOTE)


def test_store_of_another_embedding_model_asks_for_rebuild(settings, tmp_path):
    # As another tool would make it: Chroma's default embedding function, a bigger e5 model.
    client(settings).create_collection(
        settings.store.collection,
        metadata={"embed_model": "intfloat/multilingual-e5-large", "dimension": 1024,
                  "schema_version": SCHEMA_VERSION},
    )
    assert_rebuild_needed_then_fixed(settings, tmp_path)


def test_store_of_an_older_schema_asks_for_rebuild(own_index, tmp_path):
    col = client(own_index).get_collection(own_index.store.collection, embedding_function=None)
    col.modify(metadata={**col.metadata, "schema_version": SCHEMA_VERSION - 1})
    assert_rebuild_needed_then_fixed(own_index, tmp_path)


PT_NOTE = ("O porto de Lisboa recebeu um número recorde de navios de cruzeiro em outubro, "
           "disse a administração portuária.")


@pytest.fixture
def fresh_signature():
    signature.cache_clear()
    yield
    signature.cache_clear()


def test_a_store_prepared_by_older_code_is_prepared_again(settings, tmp_path, chunks_in, monkeypatch,
                                                         fresh_signature):
    # An older language detector (or older code) labelled Portuguese as Spanish. Its store has the
    # same layout, so nothing refused it; the next incremental run must bring it up to date.
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "lisboa.txt").write_text(PT_NOTE, encoding="utf-8")
    (corpus / "hafen.txt").write_text(NOTE, encoding="utf-8")
    real = documents.detect_language

    def older(text, *args, **kwargs):
        found = real(text, *args, **kwargs)
        return "es" if found == "pt" else found

    monkeypatch.setattr(loaders, "detect_language", older)
    monkeypatch.setattr(prepare, "detect_language", older)
    build_index(corpus, settings=settings, progress=False)
    assert {c.source: c.language for c in chunks_in(settings)} == {"lisboa.txt": "es", "hafen.txt": "de"}

    monkeypatch.undo()
    signature.cache_clear()
    report = build_index(corpus, settings=settings, progress=False)
    assert sorted(report.updated) == ["hafen.txt", "lisboa.txt"] and not report.unchanged
    chunks = chunks_in(settings)
    assert sorted((c.source, c.language) for c in chunks) == [("hafen.txt", "de"), ("lisboa.txt", "pt")]
    assert report.chunks_total == 2 and report.chunks_removed == 2
    [passage] = retrieve("Which port had a record number of cruise ships?", top_k=1, settings=settings)
    assert (passage.source, passage.language) == ("lisboa.txt", "pt")

    again = build_index(corpus, settings=settings, progress=False)
    assert sorted(again.unchanged) == ["hafen.txt", "lisboa.txt"] and not again.updated

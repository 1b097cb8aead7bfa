"""One bad file never stops a run; big files are read in sections, with exact offsets."""
from __future__ import annotations

import pytest

import qa.loaders
import qa.prepare
from qa import build_index, retrieve
from qa.cli import main
from qa.settings import Settings, get_settings

from conftest import stored_chunks

GOOD = {
    "harbour.txt": "The old harbour of Klaipeda was rebuilt in 1923. Fishermen sold herring on the pier.",
    "bakery.txt": "A small bakery in Tartu sells rye bread baked in a wood-fired oven.",
}
POISON = "This sentence makes the kind classifier fail, as any bug inside one file could."


def write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_failure_inside_one_file_skips_only_that_file(tmp_path, monkeypatch, capsys):
    corpus = write(tmp_path / "docs", {**GOOD, "a_poison.txt": POISON})
    real = qa.prepare.classify

    def classify(text, whole_line):
        if "classifier fail" in text:
            raise RuntimeError("boom in the classifier\nsecond line")
        return real(text, whole_line)

    monkeypatch.setattr(qa.prepare, "classify", classify)
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    get_settings.cache_clear()
    try:
        assert main(["index", str(corpus), "-q"]) == 0
        out = capsys.readouterr().out
        assert "skipped a_poison.txt: RuntimeError: boom in the classifier" in out
        assert "second line" not in out
        assert {c.source for c in stored_chunks(get_settings())} == set(GOOD)
        assert main(["index", str(corpus), "-q", "--strict"]) == 1  # skips are an error
        assert "1 file(s) skipped (--strict)" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


def test_a_splitter_that_gives_up_falls_back_to_whole_sentences(settings, tmp_path, monkeypatch):
    """NLTK's regexes run under a 5 s limit (a 28 MB file exceeded it and aborted the run)."""
    corpus = write(tmp_path / "docs", GOOD)

    class Stuck:
        def split_text(self, text):
            raise TimeoutError("regular-expression match exceeded its 5.0s time limit")

    monkeypatch.setattr("qa.chunking._splitter", lambda *a: Stuck())
    report = build_index(corpus, settings=settings, progress=False)
    assert sorted(report.added) == sorted(GOOD) and not report.skipped
    texts = {c.source: c.text for c in stored_chunks(settings)}
    assert texts == GOOD


LINE = ("Der Bundestag hat am Donnerstag über den Haushalt beraten. Die Opposition kritisierte die "
        "Pläne der Regierung scharf. ")


def test_big_file_is_streamed_in_sections_with_exact_offsets(settings, tmp_path, monkeypatch, embedded_texts):
    monkeypatch.setattr(qa.loaders, "SECTION_CHARS", 2000)
    monkeypatch.setattr(qa.loaders, "BLOCK", 1500)  # blocks that end inside a multi-byte character
    text = "".join(f"{i}. {LINE * (1 + i % 4)}\n" + ("\n" if i % 5 == 0 else "") for i in range(60))
    corpus = write(tmp_path / "docs", {"big.txt": text, **GOOD})
    report = build_index(corpus, settings=settings, progress=False)
    assert sorted(report.added) == sorted(["big.txt", *GOOD]) and not report.skipped
    big = [c for c in stored_chunks(settings) if c.source == "big.txt"]
    assert len(big) > 10 and all(text[c.start : c.end] == c.text for c in big)
    covered = [False] * len(text)
    for c in big:
        covered[c.start : c.end] = [True] * (c.end - c.start)
    assert not "".join(ch for ch, ok in zip(text, covered) if not ok).strip()

    embedded_texts.clear()
    again = build_index(corpus, settings=settings, progress=False)
    assert sorted(again.unchanged) == sorted(["big.txt", *GOOD]) and embedded_texts == []
    assert retrieve("Wer kritisierte die Pläne der Regierung?", top_k=1, settings=settings)[0].source == "big.txt"


def test_files_over_max_file_mb_are_skipped_with_the_reason(tmp_path):
    settings = Settings(index_dir=tmp_path / "index", max_file_mb=0.001)  # 1,000 bytes
    corpus = write(tmp_path / "docs", {"long.txt": LINE * 20, **GOOD})
    report = build_index(corpus, settings=settings, progress=False)
    assert sorted(report.added) == sorted(GOOD)
    assert "too large" in report.skipped["long.txt"] and "max_file_mb" in report.skipped["long.txt"]


def test_a_file_that_changes_while_streamed_is_skipped_and_leaves_nothing(settings, tmp_path, monkeypatch):
    monkeypatch.setattr(qa.loaders, "SECTION_CHARS", 1000)
    monkeypatch.setattr(qa.loaders, "BLOCK", 500)  # read as it goes, as megabyte blocks of a big file are
    text = "\n".join(f"{i}. {LINE}" for i in range(40))
    corpus = write(tmp_path / "docs", {"big.txt": text, **GOOD})
    changed = []

    def on_progress(done, total, source):
        if source == "big.txt" and not changed:  # after its first section was embedded
            (corpus / "big.txt").write_text(text.replace("Donnerstag", "Freitag"), encoding="utf-8")
            changed.append(source)

    report = build_index(corpus, settings=settings, progress=False, on_progress=on_progress)
    assert changed and "changed while being indexed" in report.skipped["big.txt"]
    assert sorted(report.added) == sorted(GOOD)
    assert {c.source for c in stored_chunks(settings)} == set(GOOD)  # no half of big.txt
    report = build_index(corpus, settings=settings, progress=False)
    assert report.added == ["big.txt"] and not report.skipped


def test_a_file_that_vanishes_during_the_run_is_removed_not_an_error(settings, tmp_path, monkeypatch):
    corpus = write(tmp_path / "docs", GOOD)
    build_index(corpus, settings=settings, progress=False)
    (corpus / "harbour.txt").write_text(GOOD["harbour.txt"] + " New sentence here.", encoding="utf-8")
    real = qa.loaders.fingerprint

    def vanishing(path, max_bytes):
        if path.name == "harbour.txt":
            path.unlink()
        return real(path, max_bytes)

    monkeypatch.setattr("qa.indexer.fingerprint", vanishing)
    report = build_index(corpus, settings=settings, progress=False)
    assert report.removed == ["harbour.txt"] and not report.skipped
    assert {c.source for c in stored_chunks(settings)} == {"bakery.txt"}


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_streamed_legacy_and_utf8_files_decode_like_small_ones(settings, tmp_path, monkeypatch, encoding):
    monkeypatch.setattr(qa.loaders, "SECTION_CHARS", 800)
    text = "\n".join(f"Le café de la gare était fermé à Noël, ligne {i} : les élèves sont déçus." for i in range(40))
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "fr.txt").write_bytes(text.encode(encoding))
    report = build_index(corpus, settings=settings, progress=False)
    assert report.added == ["fr.txt"]
    chunks = stored_chunks(settings)
    assert all(text[c.start : c.end] == c.text for c in chunks) and {c.language for c in chunks} == {"fr"}

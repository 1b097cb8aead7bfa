"""Several processes, one index: live readers, one writer at a time, staged rebuilds, failed writes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from qa import build_index, retrieve
from qa.components import store_for
from qa.settings import Settings
from qa.store import Store, StoreWriteError, client

from conftest import stored_chunks
from test_chroma_server import chroma_server  # noqa: F401 - a `chroma run` server, as a fixture

CHILD = """
import json, sys, time
from pathlib import Path
import qa.indexer
from qa import build_index
from qa.settings import Settings

a = json.loads(sys.argv[1])
qa.indexer.GROUP_SENTENCES = a.get("group", 256)
marker = Path(a["marker"]) if a.get("marker") else None

def on_progress(done, total, source):
    if marker and done >= a.get("after", 1) and not marker.exists():
        marker.touch()
        time.sleep(a.get("pause", 0))
        hold = Path(a["hold"]) if a.get("hold") else None
        deadline = time.monotonic() + 60
        while hold and not hold.exists() and time.monotonic() < deadline:
            time.sleep(0.05)

report = build_index(a["corpus"], rebuild=a.get("rebuild", False), settings=Settings(index_dir=a["index"]),
                     progress=False, on_progress=on_progress, notify=lambda m: print("NOTIFY", m, flush=True))
print("DONE", json.dumps(report.to_dict()), flush=True)
"""


def child(**args) -> subprocess.Popen:
    import json

    return subprocess.Popen([sys.executable, "-c", CHILD, json.dumps({k: str(v) if hasattr(v, "parent") else v
                                                                      for k, v in args.items()})],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_for(path, proc, timeout=120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


FERRY = {"ferry.txt": "The night ferry from Tallinn to Helsinki was cancelled because of ice in the bay."}
TRAM = {"tram.txt": "O elétrico 28 atravessa os bairros históricos de Lisboa, da Graça até Campo de Ourique."}
BELLS = {"bells.txt": "Die Glocken des Kölner Doms läuteten am Sonntag zum ersten Mal seit der Renovierung."}


def test_a_long_lived_reader_sees_another_process_add_change_and_remove(tmp_path):
    settings = Settings(index_dir=tmp_path / "index")
    corpus = write(tmp_path / "docs", {**FERRY, **TRAM})
    build_index(corpus, settings=settings, progress=False)
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"
    store_for(settings)  # this process now holds the index loaded, as a running page does

    def other_process_indexes():
        proc = child(corpus=corpus, index=settings.store.index_dir)
        assert proc.wait(120) == 0, proc.stdout.read()[-2000:]
        return time.monotonic()

    write(corpus, BELLS)
    done = other_process_indexes()
    [best] = retrieve("When did the bells of Cologne Cathedral ring again?", top_k=1, settings=settings)
    seen_after = time.monotonic() - done
    assert best.source == "bells.txt" and seen_after < 5

    (corpus / "tram.txt").write_text("O elétrico 15 vai de Belém até à Praça da Figueira.", encoding="utf-8")
    (corpus / "ferry.txt").unlink()
    other_process_indexes()
    texts = [p.text for p in retrieve("Which tram goes to Belém?", top_k=5, settings=settings)]
    assert any("Belém" in t for t in texts) and not any("Graça" in t for t in texts)
    assert not any(p.source == "ferry.txt" for p in retrieve("night ferry ice", top_k=5, settings=settings))


def test_two_writers_take_turns_and_lose_nothing(tmp_path):
    index = tmp_path / "index"
    one = write(tmp_path / "one", {**FERRY, **TRAM})
    two = write(tmp_path / "two", BELLS)
    release = tmp_path / "release"
    first = child(corpus=one, index=index, marker=tmp_path / "first-writing", after=1, hold=release)
    wait_for(tmp_path / "first-writing", first)
    second = child(corpus=two, index=index)
    said = ""
    while not said.startswith(("NOTIFY", "DONE")) and second.poll() is None:
        said = second.stdout.readline()  # the second one waits for the first, and says so
    release.touch()
    out_first, out_second = first.communicate(120)[0], said + second.communicate(120)[0]
    assert first.returncode == second.returncode == 0, out_first[-1500:] + out_second[-1500:]
    assert said.startswith("NOTIFY another process is writing to the index") and "waiting" in said
    got = sorted((c.source, c.text) for c in stored_chunks(Settings(index_dir=index)))
    assert got == sorted([*FERRY.items(), *TRAM.items(), *BELLS.items()])  # each once


def test_a_failed_write_leaves_the_previous_index_answering(tmp_path, monkeypatch, capsys):
    settings = Settings(index_dir=tmp_path / "index")
    corpus = write(tmp_path / "docs", FERRY)
    build_index(corpus, settings=settings, progress=False)
    write(corpus, {**TRAM, **BELLS})

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "_upsert", staticmethod(disk_full))
    with pytest.raises(StoreWriteError) as failed:
        build_index(corpus, settings=settings, progress=False)
    message = str(failed.value)
    assert "\n" not in message and "No space left on device" in message
    assert "still answers" in message and "qa index" in message
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"

    # The same through the command line: one line, exit status 1; then a rebuild that fails.
    from qa.cli import main
    from qa.settings import get_settings

    monkeypatch.setenv("QA_INDEX_DIR", str(settings.store.index_dir))
    get_settings.cache_clear()
    try:
        assert main(["index", str(corpus), "-q", "--rebuild"]) == 1
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("qa: error: storing in the index") and "previous index" in err[0]
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"

    monkeypatch.undo()
    report = build_index(corpus, settings=settings, progress=False)  # fixed: completes the job
    assert sorted(report.added) == ["bells.txt", "tram.txt"]
    names = {c.name for c in client(settings).list_collections()}
    assert names == {"articles", "articles__sentences"}  # the failed rebuild's collections are gone


def test_rebuild_switches_when_complete_and_an_interrupted_one_changes_nothing(tmp_path):
    settings = Settings(index_dir=tmp_path / "index")
    corpus = write(tmp_path / "docs", {**FERRY, **TRAM, **BELLS})
    build_index(corpus, settings=settings, progress=False)
    before = sorted(stored_chunks(settings), key=lambda c: c.id)
    store_for(settings)

    proc = child(corpus=corpus, index=settings.store.index_dir, rebuild=True, group=1,
                 marker=tmp_path / "rebuilding", after=1, pause=60)
    wait_for(tmp_path / "rebuilding", proc)
    # Mid-rebuild: the old collections still answer, in this process and in a new one.
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"
    assert sorted(stored_chunks(settings), key=lambda c: c.id) == before
    leftovers = {c.name for c in client(settings).list_collections()} - {"articles", "articles__sentences"}
    assert leftovers  # the killed rebuild's half-filled pair

    report = build_index(corpus, settings=settings, progress=False)  # any next run cleans up
    assert sorted(report.unchanged) == ["bells.txt", "ferry.txt", "tram.txt"]
    assert {c.name for c in client(settings).list_collections()} == {"articles", "articles__sentences"}

    report = build_index(corpus, rebuild=True, settings=settings, progress=False)
    assert sorted(report.added) == ["bells.txt", "ferry.txt", "tram.txt"]
    names = {c.name for c in client(settings).list_collections()}
    assert "articles" not in names and "articles__active" in names and len(names) == 3
    assert sorted(stored_chunks(settings), key=lambda c: c.id) == before  # same records, new home
    assert retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)[0].source == "ferry.txt"


def test_live_reads_and_staged_rebuild_against_a_chroma_server(chroma_server, tmp_path):
    settings = Settings(chroma_host="127.0.0.1", chroma_port=chroma_server)
    corpus = write(tmp_path / "docs", FERRY)
    build_index(corpus, settings=settings, progress=False)
    store_for(settings)
    write(corpus, BELLS)
    env = {**os.environ, "QA_CHROMA_HOST": "127.0.0.1", "QA_CHROMA_PORT": str(chroma_server)}

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "qa.cli", "index", str(corpus), "-q", *args], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    cli()
    [best] = retrieve("When did the bells of Cologne Cathedral ring again?", top_k=1, settings=settings)
    assert best.source == "bells.txt"
    cli("--rebuild")  # another process switches collections under this one's open store
    [best] = retrieve("Why was the night ferry cancelled?", top_k=1, settings=settings)
    assert best.source == "ferry.txt"
    names = {c.name for c in client(settings).list_collections()}
    assert "articles" not in names and len(names) == 3

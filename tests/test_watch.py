"""`qa index --watch`: files that arrive, change or go are indexed without another command."""
from __future__ import annotations

import threading
import time

import pytest

from qa.settings import Settings
from qa.watch import watch

from conftest import stored_chunks


def until(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("poll", [False, True], ids=["events", "polling"])
def test_watch_indexes_arrivals_changes_and_removals(tmp_path, poll):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("The night ferry to Helsinki was cancelled because of ice.", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    reports, stop = [], threading.Event()
    thread = threading.Thread(target=watch, args=(corpus,), daemon=True, kwargs=dict(
        settings=settings, progress=False, on_report=reports.append, stop=stop, poll=poll,
        interval=0.3, debounce_ms=300))
    thread.start()
    try:
        assert until(lambda: reports and reports[-1].added == ["ferry.txt"])
        sources = lambda: sorted({c.source for c in stored_chunks(settings)})  # noqa: E731
        (corpus / "tram.txt").write_text("Tram 28 crosses the old districts of Lisbon.", encoding="utf-8")
        (corpus / ".draft.txt").write_text("Hidden files are never indexed.", encoding="utf-8")
        assert until(lambda: sources() == ["ferry.txt", "tram.txt"])
        (corpus / "ferry.txt").unlink()
        assert until(lambda: sources() == ["tram.txt"])
        n = len(reports)
        (corpus / "tram.txt").write_text("Tram 15 runs from Belém to Praça da Figueira.", encoding="utf-8")
        assert until(lambda: len(reports) > n and reports[-1].updated == ["tram.txt"])
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()


@pytest.mark.parametrize("poll", [False, True], ids=["events", "polling"])
def test_a_file_that_arrives_between_the_first_run_and_watching_is_indexed(tmp_path, poll):
    """The first run's report is written before anything watches the folder: a file copied in
    at that moment raised no event (and polling took it for known), so it stayed out of the
    index until it changed again. Watching now begins with a catch-up run."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("The night ferry to Helsinki was cancelled because of ice.", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    reports, stop = [], threading.Event()

    def on_report(report):
        reports.append(report)
        if len(reports) == 1:  # the first run is done and nothing watches yet
            (corpus / "bus.txt").write_text("The night bus to Porto leaves at midnight.", encoding="utf-8")

    thread = threading.Thread(target=watch, args=(corpus,), daemon=True, kwargs=dict(
        settings=settings, progress=False, on_report=on_report, stop=stop, poll=poll,
        interval=0.3, debounce_ms=300))
    thread.start()
    try:
        assert until(lambda: len(reports) >= 1)  # the store exists (read it only then)
        assert until(lambda: sorted({c.source for c in stored_chunks(settings)}) == ["bus.txt", "ferry.txt"], 30)
        assert until(lambda: len(reports) == 2 and reports[1].added == ["bus.txt"])  # the catch-up's report
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()

"""kill -9 in the middle of `qa index`: the next run must finish the job, without duplicates."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

from qa import build_index
from qa.settings import Settings

CHILD = """
import sys
import time
from pathlib import Path
import qa.indexer
from qa import build_index
from qa.settings import Settings

qa.indexer.GROUP_SENTENCES = 1  # one file per group: the first is stored before the second starts
corpus, index, marker = map(Path, sys.argv[1:])
first = []

def on_progress(done, total, source):
    first[:] = first or [source]
    if source != first[0]:  # the first file is stored; the next one is being embedded
        marker.touch()
        time.sleep(120)  # where kill -9 lands: before this file's vectors are stored

build_index(corpus, settings=Settings(index_dir=index), progress=False, on_progress=on_progress)
print("finished")
"""


def test_killed_run_is_completed_by_the_next_one(indexed, tmp_path, chunks_in):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    names = sorted(p.name for p in sorted(indexed.corpus.iterdir(), key=lambda p: p.stat().st_size)[:2])
    for name in names:
        shutil.copy(indexed.corpus / name, corpus / name)
    settings = Settings(index_dir=tmp_path / "index")
    marker = tmp_path / "first-file-stored"

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), str(settings.store.index_dir), str(marker)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    deadline = time.monotonic() + 180
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    output = child.communicate()[0]
    assert marker.exists() and child.returncode == -signal.SIGKILL, output[-2000:]

    partial = chunks_in(settings)
    assert {c.source for c in partial} == {names[0]}  # killed with one file of two stored

    report = build_index(corpus, settings=settings, progress=False)
    assert report.unchanged == names[:1] and report.added == names[1:]

    def key(c):
        return (c.source, c.text, c.start, c.end)

    after = [key(c) for c in chunks_in(settings)]
    clean = {key(c) for c in chunks_in(indexed.settings) if c.source in names}
    assert len(after) == len(set(after)) == report.chunks_total
    assert set(after) == clean

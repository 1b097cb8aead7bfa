"""kill -9 at random points of a 30-file run; files that change or vanish during a run.

Whatever happens, the next run must leave the store exactly as a clean run would: the same ids,
texts and metadata in both collections, and one vector per record.
"""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

from qa import build_index
from qa.settings import Settings
from qa.store import Store
from qa.components import embedder_for

CITIES = ["Vilnius", "Riga", "Tallinn", "Lisbon", "Porto", "Ghent", "Utrecht", "Cluj", "Iasi", "Kaunas"]
TOPICS = [
    ("bus", "The city council of {c} approved {n} new electric buses on {d}. Deliveries start in spring."),
    ("bridge", "Engineers in {c} closed the old bridge for {n} days after cracks were found on {d}."),
    ("library", "The public library of {c} opened a reading room with {n} seats on {d}. Entry is free."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

CHILD = """
import sys, time
from pathlib import Path
import qa.indexer
from qa import build_index
from qa.settings import Settings

corpus, index, marker, after = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
qa.indexer.GROUP_SENTENCES = 4  # many small writes: many places for a kill to land

def on_progress(done, total, source):
    if done >= after and not marker.exists():
        marker.touch()  # the parent kills this process at a random moment from now on

build_index(corpus, settings=Settings(index_dir=index), progress=False, on_progress=on_progress)
print("finished")
"""


def corpus_of(folder, n=30):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        kind, template = TOPICS[i % len(TOPICS)]
        text = template.format(c=CITIES[i % len(CITIES)], n=10 + i, d=DAYS[i % len(DAYS)])
        (folder / f"{i:02d}-{kind}.txt").write_text(text, encoding="utf-8")
    return folder


def snapshot(settings: Settings) -> dict:
    """Both collections, record by record, and how many vectors each holds."""
    store = Store(settings, embedder_for(settings), create=False)
    out = {}
    for name, col in (("chunks", store.collection), ("sentences", store.sentences)):
        got = col.get(include=["documents", "metadatas", "embeddings"])
        out[name] = {i: (d, json.dumps(m, sort_keys=True)) for i, d, m in
                     zip(got["ids"], got["documents"], got["metadatas"])}
        out[name + "_vectors"] = sum(1 for v in got["embeddings"] if v is not None and len(v) == 384)
        out[name + "_count"] = col.count()
    return out


def test_kill_at_ten_random_points_then_rerun_equals_a_clean_run(tmp_path):
    corpus = corpus_of(tmp_path / "docs")
    clean = Settings(index_dir=tmp_path / "clean")
    build_index(corpus, settings=clean, progress=False)
    want = snapshot(clean)
    total = len(want["sentences"])
    assert len({m for _, m in want["chunks"].values()}) == 30 == len(want["chunks"])

    settings = Settings(index_dir=tmp_path / "index")
    rng = random.Random(12)
    kills = trials = 0
    while kills < 10 and trials < 30:  # a run that finishes first does not count
        trials += 1
        marker = tmp_path / f"marker-{trials}"
        after = rng.randrange(1, max(2, total // 3))
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(corpus), str(settings.store.index_dir),
                                  str(marker), str(after)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True)
        deadline = time.monotonic() + 120
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.4))
        child.send_signal(signal.SIGKILL)
        out = child.communicate(30)[0]
        kills += child.returncode == -signal.SIGKILL
        if child.returncode == 0:  # it finished first: start the next trial from an empty store
            import shutil

            shutil.rmtree(settings.store.index_dir)
        else:
            assert child.returncode == -signal.SIGKILL, out[-2000:]
    print(f"{kills} kill -9 in {trials} runs")
    assert kills >= 10

    report = build_index(corpus, settings=settings, progress=False)
    assert not report.skipped and not report.removed
    assert snapshot(settings) == want


def test_files_changed_and_deleted_during_a_run_converge_on_the_next(tmp_path):
    corpus = corpus_of(tmp_path / "docs", n=8)
    settings = Settings(index_dir=tmp_path / "index")
    build_index(corpus, settings=settings, progress=False)
    for i in (1, 2, 3):  # three files to re-embed, so the run has something to be interrupted in
        path = next(corpus.glob(f"0{i}-*.txt"))
        path.write_text(path.read_text(encoding="utf-8") + " A late correction was added.", encoding="utf-8")
    touched = []

    def meanwhile(done, total, source):
        if not touched:  # while the first changed file is embedded, another changes, one goes
            (corpus / "05-library.txt").write_text("The library of Porto now opens at seven.", encoding="utf-8")
            (corpus / "06-bus.txt").unlink()
            touched.append(source)

    first = build_index(corpus, settings=settings, progress=False, on_progress=meanwhile)
    assert touched and not first.skipped
    second = build_index(corpus, settings=settings, progress=False)
    assert second.updated == ["05-library.txt"] and second.removed == ["06-bus.txt"]

    clean = Settings(index_dir=tmp_path / "clean")
    build_index(corpus, settings=clean, progress=False)
    assert snapshot(settings) == snapshot(clean)

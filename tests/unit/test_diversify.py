"""At most ``per_source`` passages of one file until other files run out, best first."""
from __future__ import annotations

import pytest

from qa.records import Passage
from qa.retrieval import diversify


def passage(source: str, score: float, root: str = "/corpus") -> Passage:
    return Passage(source=source, language="en", text=f"{source} {score}", score=score, root=root,
                   chunk_id=f"{root}/{source}#{score}")


def ids(passages: list[Passage]) -> list[str]:
    return [p.chunk_id.removeprefix("/corpus/") for p in passages]


POOL = [passage("a.txt", 0.95), passage("a.txt", 0.90), passage("a.txt", 0.85), passage("a.txt", 0.80),
        passage("b.txt", 0.70), passage("c.txt", 0.60), passage("b.txt", 0.55)]


def test_one_file_cannot_fill_every_slot():
    got = diversify(POOL, top_k=4, per_source=2)
    assert ids(got) == ["a.txt#0.95", "a.txt#0.9", "b.txt#0.7", "c.txt#0.6"]


def test_one_passage_per_file_when_asked():
    assert ids(diversify(POOL, top_k=3, per_source=1)) == ["a.txt#0.95", "b.txt#0.7", "c.txt#0.6"]


def test_when_other_files_run_out_the_best_remaining_passages_fill_in():
    got = diversify(POOL, top_k=6, per_source=1)
    assert ids(got) == ["a.txt#0.95", "b.txt#0.7", "c.txt#0.6", "a.txt#0.9", "a.txt#0.85", "a.txt#0.8"]


def test_never_more_than_asked_nor_more_than_found():
    assert len(diversify(POOL, top_k=2, per_source=2)) == 2
    got = diversify(POOL, top_k=50, per_source=2)
    assert sorted(ids(got)) == sorted(ids(POOL))  # every passage once, none duplicated
    assert diversify([], top_k=5, per_source=2) == []


def test_a_single_file_corpus_still_returns_top_k():
    only = [passage("a.txt", s) for s in (0.9, 0.8, 0.7, 0.6)]
    assert ids(diversify(only, top_k=3, per_source=2)) == ["a.txt#0.9", "a.txt#0.8", "a.txt#0.7"]


def test_files_of_the_same_name_in_two_folders_are_two_files():
    pool = [passage("news.txt", 0.9, root="/ukraine"), passage("news.txt", 0.8, root="/ukraine"),
            passage("news.txt", 0.75, root="/ukraine"), passage("news.txt", 0.7, root="/korea")]
    got = diversify(pool, top_k=3, per_source=2)
    assert [(p.root, p.score) for p in got] == [("/ukraine", 0.9), ("/ukraine", 0.8), ("/korea", 0.7)]

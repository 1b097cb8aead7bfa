"""Another file's translation of the best side's sentence is a side too
(``qa.answer.direct._translations``), with made-up unit vectors standing in for e5's: what counts
is how alike two sentences' vectors are, not how either scores against the question."""
from __future__ import annotations

import numpy as np

from qa.answer.direct import _translations
from qa.answer.evidence import Evidence
from qa.records import Passage, Sentence


def vec(*xs: float) -> list[float]:
    v = np.asarray(xs + (0.0,) * (8 - len(xs)), dtype=np.float32)
    return list(v / np.linalg.norm(v))


def ev(text: str, source: str, vector: list[float], score: float = 0.8) -> Evidence:
    s = Sentence(source=source, language="xx", text=text, start=0, end=len(text), vector=vector)
    return Evidence(s, Passage(source=source, language="xx", text=text, score=score, chunk_id=source), score, score)


BEST = ev("Zakharova said Lavrov visits on 4–7 July.", "lt.txt", vec(1, 0.1))
QUESTION = "On which dates will Lavrov visit?"


def values_of(found):
    return [(items[0][0].source, [v.text for _, v in items]) for items in found]


def test_a_translation_gives_its_value_however_low_it_scores():
    other = ev("Zaharova a spus că Lavrov va vizita pe 11 - 13 iulie.", "ro.txt", vec(1, 0.2), score=0.70)
    found = _translations(BEST, [BEST, other], {BEST.sentence.file_key}, 0.88, "time", QUESTION)
    assert values_of(found) == [("ro.txt", ["11 - 13 iulie"])]


def test_a_sentence_that_says_something_else_is_no_side():
    other = ev("În noiembrie 2024 Lavrov a fost la Moscova.", "ro.txt", vec(0.3, 1), score=0.85)
    assert _translations(BEST, [BEST, other], {BEST.sentence.file_key}, 0.88, "time", QUESTION) == []


def test_a_translation_without_a_value_leaves_room_for_the_files_sentence_that_has_one():
    bare = ev("Zaharova a vorbit despre vizita lui Lavrov.", "ro.txt", vec(1, 0.15), score=0.75)
    dated = ev("Lavrov va vizita pe 11 - 13 iulie, a spus Zaharova.", "ro.txt", vec(1, 0.25), score=0.72)
    found = _translations(BEST, [BEST, bare, dated], {BEST.sentence.file_key}, 0.88, "time", QUESTION)
    assert values_of(found) == [("ro.txt", ["11 - 13 iulie"])]

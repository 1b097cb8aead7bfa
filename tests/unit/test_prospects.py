"""A question about what is expected, planned or ready to happen ranks a sentence that tells
what is to come above one that tells what happened (``qa.answer.evidence.candidates``,
``Tuning.prospect_weight``): "How many more soldiers is Pyongyang ready to send?" is answered by
«va trimite … 25.000 până la 30.000» (will send), not by «3.000 … stuurde» (sent). Made-up
vectors stand in for e5's: what is tested is the ranking rule, not the embedder."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qa.answer.evidence import TUNING, candidates
from qa.answer.negation import prospective
from qa.records import Passage, Sentence
from qa.retrieval import Retrieval

Q = np.array([1.0, 0.0, 0.0], dtype=np.float32)


def _sentence(source: str, language: str, text: str, sim: float) -> tuple[Passage, Sentence]:
    vec = np.array([sim, np.sqrt(1 - sim * sim), 0.0], dtype=np.float32)
    s = Sentence(source=source, language=language, text=text, start=0, end=len(text), sha256=source,
                 chunk_id=source, vector=vec)
    return Passage(source=source, language=language, text=text, start=0, end=len(text), score=0.85,
                   chunk_id=source, sha256=source), s


def ranked(question: str, language: str, tuning=TUNING) -> list[str]:
    p1, s1 = _sentence("003.txt", "nl", "CNN meldde dat Noord-Korea begin dit jaar minstens 3.000 andere soldaten "
                                        "naar Rusland stuurde.", 0.86)
    p2, s2 = _sentence("001.txt", "ro", "Potrivit serviciilor ucrainene, Phenianul va trimite încă 25.000 până la "
                                        "30.000 de soldați în Rusia.", 0.85)
    found = Retrieval(question, Q, [p1, p2], sentences=[s1, s2])
    return [e.source for e in candidates(found, tuning, language=language)]


@pytest.mark.parametrize("question, language", [
    ("Hoeveel extra militairen staat Pyongyang klaar om naar Rusland te sturen?", "nl"),
    ("How many more soldiers is Pyongyang ready to send to Russia?", "en"),
    ("Ilu jeszcze żołnierzy Pjongjang jest gotów wysłać do Rosji?", "pl"),
])
def test_a_question_about_what_is_to_come_ranks_the_sentence_that_tells_it_first(question, language):
    assert ranked(question, language)[0] == "001.txt"
    assert ranked(question, language, replace(TUNING, prospect_weight=0.0))[0] == "003.txt"


def test_a_question_about_what_happened_keeps_its_ranking():
    assert ranked("Hoeveel militairen stuurde Noord-Korea begin dit jaar?", "nl")[0] == "003.txt"


@pytest.mark.parametrize("text, language", [
    ("Pyongyang foi preparado para usar de 25.000 a 30.000 soldados", "pt"),
    ("Papildomi 25 000–30 000 kareivių yra pasirengę", "lt"),
    ("Phenianul este pregătit să trimită alți soldați", "ro"),
    ("Pjöngjang ist bereit, weitere Soldaten zu schicken", "de"),
])
def test_being_ready_to_do_something_tells_what_is_to_come(text, language):
    assert prospective(text, language)

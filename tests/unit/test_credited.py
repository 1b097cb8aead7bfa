"""Who gives a figure (``qa.answer.credited``): the figures a question asks who gives."""
from __future__ import annotations

import unicodedata

import pytest

from qa.answer.credited import figures_asked


@pytest.mark.parametrize("question, language, figures", [
    ("Quem estima que cerca de 4 mil soldados norte-coreanos foram mortos ou feridos?", "pt", {"4000"}),
    ("Cine a estimat că aproximativ 4.000 de soldați nord-coreeni au fost uciși sau răniți?", "ro", {"4000"}),
    ("Wie schatte dat 4000 Noord-Koreaanse soldaten zijn gedood of gewond?", "nl", {"4000"}),  # Dutch «wie», who
    ("According to whom were about 4,000 North Korean soldiers killed or wounded?", "en", {"4000"}),
    ("Según el recuento, ¿quién estima 4.000 soldados muertos o heridos?", "es", {"4000"}),
    (unicodedata.normalize("NFD", "¿Quién estimó 4.000 muertos o heridos?"), "es", {"4000"}),  # accents typed apart
])
def test_a_question_asking_who_gives_a_figure_names_it(question, language, figures):
    assert figures_asked(question, language) == figures


@pytest.mark.parametrize("question, language", [
    ("Wie viele Menschen starben 1665 in London an der Pest?", "de"),  # a count asked
    ("Wie wurden die 4.000 Soldaten getötet?", "de"),  # German «wie», how
    ("What happened to the 4,000 soldiers who were sent to Kursk?", "en"),  # a relative clause's who
    ("Who opened the bridge over the Tyne in 1981?", "en"),  # a year is no figure credited
    ("Who will visit North Korea on 4 July?", "en"),  # nor a day of a month
    ("Who estimated the number of North Korean soldiers killed?", "en"),  # no figure named
    ("Quando Kim visitou a Rússia em 2023 com 4 ministros?", "pt"),  # asks when
])
def test_a_count_a_relative_clause_a_date_or_no_figure_asks_no_credit(question, language):
    assert figures_asked(question, language) == set()


def test_each_other_articles_sentence_giving_the_figure_is_quoted_once():
    """002 is quoted; 003 credits the figure to South Korea's forces, and 005 is a copy of 003:
    its sentence is the same words, quoted once. 004's sentence gives another figure."""
    import numpy as np

    from qa.answer.credited import credits
    from qa.answer.evidence import Evidence
    from qa.records import Passage, Sentence

    q = np.array([1.0, 0.0], dtype=np.float32)

    def sentence(source: str, text: str) -> Sentence:
        return Sentence(source=source, language="xx", text=text, start=0, end=len(text), chunk_id=source,
                        sha256=source, vector=np.array([0.9, 0.436], dtype=np.float32))

    quoted = sentence("002.txt", "As autoridades ocidentais estimam que cerca de 4.000 soldados foram mortos ou feridos.")
    chosen = [Evidence(quoted, Passage(source="002.txt", language="pt", text=quoted.text, score=.9, chunk_id="002.txt"), .9, .9)]
    told = "Volgens de Zuid-Koreaanse strijdkrachten werden ongeveer 4.000 soldaten gedood of gewond."
    others = [sentence("003.txt", told), sentence("005.txt", told),
              sentence("004.txt", "Ongeveer 3.000 soldaten werden gestuurd.")]
    got = credits("Quem estima que cerca de 4 mil soldados foram mortos ou feridos?", chosen, chosen, others, [], q,
                  0.78, "pt")
    assert [e.source for e in got] == ["003.txt"]

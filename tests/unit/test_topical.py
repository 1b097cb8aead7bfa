"""A sentence in the question's own language that shares no word with it is near only by
language (``qa.answer.topical``): e5-small puts a Spanish line about a linebacker's sacks above
every sentence about networks for a Spanish question about packet switching. Across languages
no words are compared."""
from __future__ import annotations

from qa.answer.topical import common, unrelated, words

QUESTION = "¿Quién inventó la conmutación de paquetes?"


def test_an_own_language_sentence_sharing_no_word_is_unrelated():
    assert unrelated(QUESTION, "es", "A su vez, el liniero Mario Addison, consiguió 6 capturas y media.", "es")


def test_a_shared_word_in_another_inflection_relates_it():
    assert not unrelated(QUESTION, "es", "Paul Baran desarrolló la conmutación por paquetes en 1964.", "es")
    assert not unrelated("Kada Lavrovas lankėsi Pchenjane?", "lt", "Lavrovo vizitas truko tris dienas.", "lt")


def test_the_sentence_before_may_hold_what_it_leaves_implicit():
    sentence = "He received them in the port city on Saturday."
    question = "Where did Lavrov meet Kim Jong Un?"
    assert unrelated(question, "en", sentence, "en")
    assert not unrelated(question, "en", sentence, "en", ["Lavrov flew to North Korea to see Kim Jong Un."])


def test_function_words_relate_nothing():
    # («sobre», about: the talks on a Black Sea truce are not the opinions on the Ukrainian crisis)
    question = "Em que país decorreram as conversações sobre a trégua no Mar Negro?"
    assert unrelated(question, "pt", "Trocamos opiniões sobre a situação em torno da crise ucraniana.", "pt")
    # (a question's first word is capitalised, and counted as a name were it not one: «Kiek», how many)
    assert unrelated("Kiek dronų paleido Maskva?", "lt", "Kiek kainavo bilietai, nepranešta.", "lt")
    assert not unrelated(question, "pt", "As conversações sobre o Mar Negro foram na Arábia Saudita.", "pt")


def test_other_languages_and_unspaced_scripts_are_not_judged():
    assert not unrelated(QUESTION, "es", "Sauerstoff wurde von Carl Wilhelm Scheele entdeckt.", "de")
    assert not unrelated("互联网2有多少成员？", "zh", "该公司成立于1966年。", "zh")


def test_names_and_numbers_are_words_in_any_script():
    assert {"kim", "1967"} <= words("Kim met him in 1967.")
    assert words("Москва") == words("Moskva")


def _found(question: str, articles: list[tuple[str, str, str, float]]):
    """A finished retrieval of one-sentence articles (source, language, text, similarity), with
    made-up unit vectors standing in for e5's."""
    import numpy as np

    from qa.records import Passage, Sentence
    from qa.retrieval import Retrieval

    def vector(sim: float) -> np.ndarray:
        return np.array([sim, np.sqrt(1 - sim * sim), 0.0], dtype=np.float32)
    passages, sentences = [], []
    for source, language, text, sim in articles:
        passages.append(Passage(source=source, language=language, text=text, start=0, end=len(text),
                                score=sim, chunk_id=source, sha256=source))
        sentences.append(Sentence(source=source, language=language, text=text, start=0, end=len(text),
                                  sha256=source, chunk_id=source, id=source, vector=vector(sim)))
    return Retrieval(question, np.array([1.0, 0.0, 0.0], dtype=np.float32), passages, sentences=sentences)


def test_the_answer_quotes_the_sentence_in_another_language_not_the_one_near_by_language():
    from qa.answer.extractive import draft
    found = _found(QUESTION, [
        ("football_es.txt", "es", "A su vez, el liniero Mario Addison, consiguió 6 capturas y media.", 0.83),
        ("network_de.txt", "de", "Die Paketvermittlung wurde von Paul Baran und Donald Davies erfunden.", 0.80),
    ])
    quoted = [c.source for c in draft(found, "es", 0.78).citations]
    assert quoted == ["network_de.txt"]


def test_with_only_sentences_near_by_language_it_says_the_articles_do_not_say():
    from qa.answer.extractive import draft
    found = _found("¿Quién desarrolló la red de paquetes?", [
        ("football_es.txt", "es", "A su vez, el liniero Mario Addison, consiguió 6 capturas y media.", 0.83),
        ("steam_es.txt", "es", "El vapor actúa sobre estas cuchillas, produciendo un movimiento rotatorio.", 0.81),
    ])
    assert draft(found, "es", 0.78).citations == []


def test_words_every_retrieved_sentence_shares_do_not_relate_a_sentence():
    around = [f"Noord-Korea stuurde {n} containers naar Rusland." for n in range(10)]
    topic = common(around, 0.3)
    assert "noord" in topic and "rusla" in topic
    question = "Waarom werden de Noord-Koreaanse soldaten uit Rusland teruggetrokken?"
    sentence = "Noord-Korea stuurde ook raketten naar Rusland."
    assert not unrelated(question, "nl", sentence, "nl")
    assert unrelated(question, "nl", sentence, "nl", topic=topic)
    assert common(around[:5], 0.3) == frozenset()  # too few sentences to say what they are about

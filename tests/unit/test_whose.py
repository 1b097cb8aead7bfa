"""Whose soldiers a count counts (``qa.answer.whose``)."""
from __future__ import annotations

import pytest

from qa.answer.names import nation
from qa.answer.whose import counted_nations, others_counted


def figured(text: str) -> bool:
    return any(c.isdigit() for c in text)


@pytest.mark.parametrize("word, country", [
    ("rosyjskich", "russia"), ("Rusijos", "russia"), ("Russische", "russia"), ("ruși", "russia"),
    ("norte-coreanos", "korea"), ("północnokoreańskich", "korea"), ("Noord-Koreaanse", "korea"),
    ("ukrainiečių", "ukraine"), ("Oekraïense", "ukraine"), ("ucraineni", "ukraine"),
])
def test_a_peoples_adjective_names_its_country(word, country):
    assert nation(word) == country


@pytest.mark.parametrize("word", ["Rostov", "rosa", "soldaten", "Vakarų"])
def test_other_words_name_no_country(word):
    assert nation(word) is None


def test_the_country_beside_the_soldiers_is_read_before_after_or_after_a_preposition():
    assert counted_nations("Maždaug 1,5 Šiaurės Korėjos kariuomenės buvo nužudyta arba sužeista Rusijoje.") == {"korea"}
    assert counted_nations("Cerca de 4.000 soldados norte -coreanos foram mortos na Rússia.") == {"korea"}
    assert counted_nations("Aproximativ 4.000 de soldați din Coreea de Nord au fost uciși.") == {"korea"}
    assert counted_nations("CNN meldde dat Noord-Korea minstens 3.000 andere soldaten naar Rusland stuurde.") == set()


@pytest.mark.parametrize("question", [
    "Quantos soldados russos foram tratados na Coreia do Norte?",
    "¿Cuántos soldados rusos murieron en Kursk?",
    "Combien de soldats russes ont été soignés ?",
])
def test_a_plural_adjective_spelled_like_its_country_counts_that_countrys_soldiers(question):
    # («russos», «rusos», «russes» read as Russia itself: they still say whose soldiers)
    assert counted_nations(question) == {"russia"}

    # … not a Lithuanian genitive after the soldiers: «karių Ukrainos rytuose» is in Ukraine's east
    assert counted_nations("Žuvo 300 karių Ukrainos rytuose") == set()


NORTH = ["Maždaug 1,5 Šiaurės Korėjos kariuomenės buvo nužudyta arba sužeista Rusijoje.",
         "Aproximativ 4.000 de soldați din Coreea de Nord au fost uciși sau răniți în Rusia.",
         "Rusija trečiadienį išleido rekordinį 728 droną ir 13 raketų."]


@pytest.mark.parametrize("question", [
    "Ilu rosyjskich żołnierzy zginęło w obwodzie kurskim?",
    "Kiek ukrainiečių karių žuvo nuo Šiaurės Korėjos raketų?",
    "How many Russian soldiers died in Kursk?",
])
def test_another_countrys_soldiers_counted_answer_no_count_of_these(question):
    assert others_counted(question, NORTH, figured)


def test_the_asked_countrys_soldiers_or_unnamed_ones_answer():
    assert not others_counted("Câți soldați nord-coreeni au fost uciși?", NORTH, figured)
    assert not others_counted("How many soldiers died?", NORTH, figured)  # no country asked
    unnamed = NORTH[:1] + ["Ongeveer 4.000 soldaten werden gedood.", "Zo'n 300 soldaten raakten gewond."]
    assert not others_counted("How many Russian soldiers died in Kursk?", unnamed, figured)

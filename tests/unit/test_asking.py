"""What a question asks, apart from the words around it: a polite opening ("Could you tell me …",
``asks.plain``) is dropped before the search, and where a sentence sets the scene ("Europeans met in
Paris to discuss aid for Ukraine. Which leader hosted the meeting?") what it asks is what follows
(``asks.asked_part``): the names a best sentence must spell are the asking part's, not the scene's."""
from __future__ import annotations

import pytest

from qa.answer import abstain, values
from qa.answer.asks import asked_part, plain
from qa.answer.evidence import Evidence
from qa.records import Passage, Sentence


@pytest.mark.parametrize("question, part", [
    ("Pyongyang ha mandado miles de tropas a pelear junto a Moscú pese a las duras pérdidas. "
     "¿Cuántos norcoreanos han muerto o han resultado heridos?", "¿Cuántos norcoreanos han muerto o han resultado heridos?"),
    ("I saw that Moscow's top diplomat finally sat down with Kim Jong Un himself — in which town did they meet?",
     "in which town did they meet?"),
    ("Ho letto che Pyongyang rifornisce Mosca di armi da anni! Quanti missili ha spedito?", "Quanti missili ha spedito?"),
    # a clause of what happened before, to a comma
    ("After the Russian foreign ministry posted the photo of the meeting with Kim, how did the Japanese government respond?",
     "how did the Japanese government respond?"),
    ("Depois do ataque com drones contra Kiev, quantos civis morreram na cidade?", "quantos civis morreram na cidade?"),
])
def test_a_scene_set_before_the_question_is_not_asked(question, part):
    assert asked_part(question) == part


@pytest.mark.parametrize("question", [
    "Hadrianswall – wie lang?",  # a title before a dash: the question's own subject
    "Munitionszüge Nordkorea–Russland: seit wann?",
    "Kiek dienų Kim Jong Unas praleido Rusijoje 2023 m. rugsėjį?",  # «m.» abbreviates metai (year)
    "Who did Lavrov meet? And where?",  # a question before: no scene
    "Drohnen auf Kiew am Donnerstag – wie viele?",  # a title of five words before a dash
    "Mit welchem Edikt schaffte Ludwig XIV. die Anerkennung des Protestantismus ab?",  # a king's numeral
    "O co Trump oskarżył Putina w kontekście rozmów pokojowych – co ten miał opowiadać?",  # opens asking
    "How many soldiers did North Korea send to Russia?",
    "soldados norcoreanos capturados por Ucrania, ¿cuántos?",  # no clause of what happened before
    "After the talks, how long?",  # too little asked after the comma to be the question
])
def test_a_question_without_a_scene_is_asked_whole(question):
    assert asked_part(question) == question


def _top(*texts: str) -> list[Evidence]:
    out = []
    for i, text in enumerate(texts):
        s = Sentence(source=f"00{i}.txt", root="/x", language="pt", text=text, start=0, end=len(text))
        out.append(Evidence(s, Passage(source=s.source, language="pt", text=text, score=0.85, chunk_id=f"c{i}"), 0.85, 0.85))
    return out


def test_the_scenes_names_need_not_be_in_the_best_sentences():
    # 002's and 003's casualty sentences name neither Pyongyang nor Moscow; what is asked names no one
    top = _top("As autoridades ocidentais estimam que cerca de 4.000 soldados norte -coreanos foram mortos ou feridos no conflito.",
               "Volgens de Zuid -Koreaanse strijdkrachten werden ongeveer 4.000 van deze soldaten gedood of gewond.")
    scene = ("Pyongyang ha mandado miles de tropas a pelear junto a Moscú pese a las duras pérdidas. "
             "¿Cuántos norcoreanos han muerto o han resultado heridos?")
    assert not abstain.unanswerable(top, scene, language="es")
    # … while a name in what is asked still must be: no best sentence names Kharkiv
    assert abstain.unanswerable(top, "Rusia ha atacado Ucrania otra vez. ¿Cuántos murieron en Járkov?", language="es")


@pytest.mark.parametrize("question, asked", [
    ("Gostaria de saber com que orçamento Dick Nafzger reuniu as gravações da Apollo 11.",
     "com que orçamento Dick Nafzger reuniu as gravações da Apollo 11?"),
    ("Could you tell me how many people live in Greater Los Angeles?", "how many people live in Greater Los Angeles?"),
    ("Können Sie mir sagen, wie viele Hugenotten geflohen sind?", "wie viele Hugenotten geflohen sind?"),
    ("¿Me podría decir cuántas personas murieron?", "cuántas personas murieron?"),
    ("Czy mogę prosić o informację, ilu żołnierzy zginęło?", "ilu żołnierzy zginęło?"),
    ("Aș vrea să știu câți profesori predau în Țara Galilor.", "câți profesori predau în Țara Galilor?"),
    ("Norėčiau sužinoti, kiek dronų Rusija panaudojo.", "kiek dronų Rusija panaudojo?"),
    ("Kunt u mij vertellen waar Lavrov Kim ontmoette?", "waar Lavrov Kim ontmoette?"),
    ("Pourriez-vous m'indiquer combien d'arbres compte la forêt ?", "combien d'arbres compte la forêt ?"),
])
def test_a_polite_opening_is_no_part_of_what_is_asked(question, asked):
    assert plain(question) == asked


@pytest.mark.parametrize("question", [
    "Do you know whether Lavrov met Kim?",  # a yes-or-no question: left whole
    "Sabe se Lavrov foi a Pyongyang?",
    "Tell me.",  # nothing asked after it
    "Who told Lavrov about the visit?",
    "Saben los rusos cuántos soldados murieron?",  # the Russians know: no opening of the asker's
])
def test_a_question_without_a_polite_opening_is_left_whole(question):
    assert plain(question) == question


@pytest.mark.parametrize("question, kind", [
    # A question checking a half-remembered value asks for the articles' value of its kind …
    ("Stimmt es, dass Lawrow vom 4. bis 7. Juli in Nordkorea sein sollte?", "time"),
    ("Was the first round of the strategic dialogue held in 2021?", "time"),
    ("È vero che Pyongyang ha inviato alla Russia un centinaio di missili balistici?", "number"),
    ("Ar tiesa, kad Baltieji rūmai siūlė 60 dienų visiškas paliaubas?", "number"),
    ("Est-il vrai que Pyongyang a livré 50 missiles balistiques à la Russie en 2023 ?", "number"),
    # … not a place checked in a scene's month and year, nor a name's number, nor a plain yes/no
    ("É verdade que, na viagem de setembro de 2023, Kim visitou uma fábrica de aviões em Vladivostok?", None),
    ("É verdade que a tripulação da Apollo 11 era formada por Armstrong, Aldrin e Collins?", None),
    ("Did Lavrov meet Kim in Wonsan?", None),
    # … nor where a question of its own follows, which says what it asks
    ("Klopt het dat Sjojgoe een hele week bleef? Waar verbleef hij?", None),
])
def test_a_question_checking_a_value_asks_for_one_of_its_kind(question, kind):
    assert values.answer_type(question) == kind

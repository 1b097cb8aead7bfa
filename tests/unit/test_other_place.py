"""A date told just after a trip to another place than the one the question asks someone went
to is no answer to it (``qa.answer.trips.elsewhere``): «… Choe, care a călătorit la Moscova în
noiembrie 2024 …» stood as a side for "On which dates will Lavrov visit North Korea?"."""
from __future__ import annotations

import pytest

from qa.answer import names, values
from qa.answer import trips
from qa.answer.trips import destinations


@pytest.mark.parametrize("word, place", [
    ("Moscova", "moskva"), ("Maskvoje", "moskva"), ("Moscou", "moskva"),  # cases of one name
    ("Korėjoje", "korea"), ("Coreea", "korea"), ("Koreę", "korea"), ("Kijowie", "kyiv"),
    ("Phenianul", "pyongyang"), ("Pchenjanas", "pyongyang"),
    ("Nordkorea", "korea"), ("Südkoreas", "korea"), ("Ostukraine", "ukraine"),  # a compass point run in
    ("Nordkoreaner", None), ("Nordsee", None),
    ("Lavrov", None), ("Zakharova", None), ("Nord", None),  # a person; a compass point is no place
    ("Polenta", None), ("Francesco", None), ("Frankfurt", None),  # words that only begin like one
])
def test_a_place_is_known_in_its_spellings_and_case_endings(word, place):
    assert names.place(word) == place


@pytest.mark.parametrize("question, language, going", [
    ("On which dates will Lavrov visit North Korea?", "en", {"korea"}),
    ("Lavrov est attendu en Corée du Nord à quelles dates ?", "fr", {"korea"}),
    ("Kada Lavrovas lankysis Šiaurės Korėjoje?", "lt", {"korea"}),
    ("Când are loc vizita lui Lavrov în Coreea de Nord?", "ro", {"korea"}),
    ("Kiedy szef rosyjskiej dyplomacji miał odwiedzić Koreę Północną?", "pl", {"korea"}),
    ("Von wann bis wann dauert Lawrows Besuch in Nordkorea?", "de", {"korea"}),
    ("In che anno la ministra è andata a Mosca?", "it", {"russia"}),  # a capital is its country
    ("Para que datas estava marcada a deslocação do ministro à Coreia do Norte?", "pt", {"korea"}),  # «à»: a + a
    ("On what dates is Lavrov's North Korea trip scheduled?", "en", {"korea"}),  # the place before "trip"
    ("How long was the Moscow stay?", "en", {"russia"}),
    ("When did Russia visit Kim's factories, and when Korea?", "en", set()),  # "visit" after a place is a verb
    # the verb last (Dutch, German), or first with the visitor's name between
    ("Op welke data zou Lavrov Noord-Korea bezoeken?", "nl", {"korea"}),
    ("An welchen Julitagen sollte der russische Außenminister Nordkorea besuchen?", "de", {"korea"}),
    ("¿En qué fechas de julio visita Lavrov Corea del Norte?", "es", {"korea"}),
    ("În ce an a vizitat Choe Son Hui Moscova pentru prima rundă?", "ro", {"russia"}),
    ("Wanneer heeft Rusland Kim bezocht?", "nl", set()),  # the visitor is no place visited
    # (a review found these: past tenses, a verb opening the question, where the visitor comes from)
    ("Wanneer heeft Lavrov Noord-Korea bezocht?", "nl", {"korea"}),
    ("Kada Lavrovas lankėsi Šiaurės Korėjoje?", "lt", {"korea"}),
    ("Besuchte Lawrow Nordkorea im Juni?", "de", {"korea"}),
    ("Wann wird Lawrow Nordkorea erneut besuchen?", "de", {"korea"}),
    ("Welcher Minister aus Russland besuchte Nordkorea?", "de", {"korea"}),
    # The place is who acted, not where anyone went; or the word before it is an article, or
    # "and", in the question's language (a review found these).
    ("În ce an a livrat Phenianul rachetele despre care vorbește raportul ONU?", "ro", set()),
    ("When did Lavrov meet Kim Jong Un?", "en", set()),
    ("Quand la Corée du Nord a-t-elle commencé à livrer des obus ?", "fr", set()),
    ("Wanneer spraken Rusland en Oekraïne?", "nl", set()),
    ("When do Russia and Ukraine meet?", "en", set()),
])
def test_the_place_a_question_asks_someone_went_to(question, language, going):
    assert destinations(question, language) == going


VISIT = "When will Lavrov visit North Korea?"


def elsewhere(question: str, q_lang: str, sentence: str, s_lang: str) -> bool:
    [value] = values.extract(sentence, "time", question)
    return trips.elsewhere(destinations(question, q_lang), sentence, value, s_lang)


def test_a_date_after_a_trip_to_another_place_answers_another_trip():
    trip = "Lavrov se va întâlni cu Choe, care a călătorit la Moscova în noiembrie 2024 pentru prima rundă."
    assert elsewhere("When will Lavrov visit North Korea?", "en", trip, "ro")
    assert not elsewhere("When did Choe travel to Moscow?", "en", trip, "ro")  # the trip asked about


FIRST_ROUND = "In welk jaar reisde de Noord-Koreaanse topdiplomaat naar Moskou voor de eerste ronde?"


@pytest.mark.parametrize("sentence", [
    # the trip told after the date, to a city the CLDR knows (not one of ours)
    "Cele două țări au reînnoit relațiile privilegiate, din 2019, și prima vizita de Kim Jong Un la Vladivostok.",
    # a word between the verb of visiting and the place
    "În septembrie 2023, Kim Jong Un a vizitat personal Rusia, la invitația Kremlinului.",
])
def test_a_date_before_a_trip_to_another_place_answers_another_trip(sentence):
    assert elsewhere(FIRST_ROUND if "2019" in sentence else VISIT, "nl" if "2019" in sentence else "en",
                     sentence, "ro")


def test_a_date_before_a_trip_to_the_asked_place_stands():
    assert not elsewhere(VISIT, "en", "Pe 11 iulie, Lavrov va călători în Coreea de Nord.", "ro")


@pytest.mark.parametrize("question, q_lang, sentence, s_lang", [
    (VISIT, "en", "Zakharova a spus că în perioada 11 - 13 iulie va călători în Coreea de Nord.", "ro"),
    (VISIT, "en", "Lavrov va vizita Coreea de Nord pe 12 iulie.", "ro"),  # the asked place
    (VISIT, "en", "Lavrov will arrive in Pyongyang on 11 July.", "en"),  # its capital
    # A place that is no destination: an adjective, a country named beside the one asked.
    ("Kiedy szef rosyjskiej dyplomacji miał odwiedzić Koreę Północną?", "pl",
     "Szef rosyjskiej dyplomacji odwiedzi Koreę Północną 11-13 lipca.", "pl"),
    ("When did Lavrov visit North Korea?", "en", "Lavrov visited North Korea and Russia on 11 July.", "en"),
    ("When did the war in Ukraine start?", "en", "Russian troops invaded on 24 February 2022.", "en"),
    # North Korea asked by its initials (a state of its own), Korea named in the formal name
    ("W jakich dniach lipca szef rosyjskiej dyplomacji ma gościć w KRLD?", "pl",
     "Zakharova a spus că în perioada 11 - 13 iulie va călători în Republica Populară Democrată Coreea.", "ro"),
])
def test_a_date_told_of_no_other_trip_stands(question, q_lang, sentence, s_lang):
    assert not elsewhere(question, q_lang, sentence, s_lang)


def test_a_sentence_whose_only_date_is_another_trips_holds_no_date_for_the_question():
    """It ranks as a sentence without a date (``evidence._type_penalty``): «… Choe, who
    travelled to Moscow in November 2024» stood above the sentences that give the visit's dates."""
    going = destinations(VISIT, "en")
    trip = "Lavrov se va întâlni cu Choe, care a călătorit la Moscova în noiembrie 2024 pentru prima rundă."
    assert trips.only_elsewhere(going, trip, "ro")
    assert not trips.only_elsewhere(going, "În perioada 11 - 13 iulie va călători în Coreea de Nord.", "ro")
    assert not trips.only_elsewhere(going, "Lavrov a sosit la Moscova.", "ro")  # no date at all
    assert not trips.only_elsewhere(set(), trip, "ro")  # the question asks no place


def _evidence(text: str, language: str):
    from qa.answer.evidence import Evidence
    from qa.records import Passage, Sentence
    s = Sentence(source="a.txt", language=language, text=text)
    return Evidence(s, Passage(source="a.txt", language=language, text=text, score=0.85), 0.85, 0.85)


@pytest.mark.parametrize("question, sentence, kept", [
    # Wednesday's record is no answer about Thursday's attack
    ("Wie viele Drohnen schickte Russland am Donnerstag gegen Kyjiw?",
     "Rusija trečiadienį išleido rekordinį 728 droną ir 13 raketų.", False),
    ("Wie viele Drohnen schickte Russland am Donnerstag gegen Kyjiw?",
     "Joi, 550 de drone rusești au atacat Kievul.", True),
    ("Wie viele Drohnen schickte Russland gegen Kyjiw?",  # no day asked: every figure counts
     "Rusija trečiadienį išleido rekordinį 728 droną ir 13 raketų.", True),
])
def test_a_figure_told_of_another_weekday_is_no_side(question, sentence, kept):
    from qa.answer.told import sentence_values as _values
    found = _values(_evidence(sentence, "lt" if "Rusija" in sentence else "ro"), "number", question, set())
    assert bool(found) == kept


def test_a_figure_with_a_unit_of_length_is_a_measure_not_a_count():
    from qa.answer.told import sentence_values as _values
    sentence = ("Bovendien heeft Noord-Korea ongeveer 220 170 mm zelfrit lafettes en 240 mm meerdere "
                "raketwerpers geleverd.")
    counted = [v.text for v in _values(_evidence(sentence, "nl"), "number", "Hoeveel raketten stuurde Pyongyang?", set())]
    assert counted == ["220"]  # 220 guns of 170 mm; no «240» rockets: a calibre
    wall = "Der Wall war 117 km lang und hatte 80 Tore."
    assert [v.text for v in _values(_evidence(wall, "de"), "number", "Wie lang war der Hadrianswall?", set())] == ["117", "80"]
    assert [v.text for v in _values(_evidence(wall, "de"), "number", "Wie viele Tore hatte der Wall?", set())] == ["80"]


def test_a_figure_of_the_dead_or_wounded_is_no_side_for_a_count_not_of_them():
    from qa.answer.told import sentence_values as _values
    sentence = ("Papildomi 25 000–30 000 kareivių yra pasirengę atvykti, o maždaug 1,5 kariuomenės buvo nužudyta "
                "arba sužeista Rusijoje.")
    sent = [v.key for v in _values(_evidence(sentence, "lt"), "number", "Kiek dar karių atsiųs Pchenjanas?", set())]
    assert sent == ["25000|30000"]  # not the 1,5 killed or wounded, though the sentence runs on to them
    hurt = [v.key for v in _values(_evidence(sentence, "lt"), "number", "Kiek karių žuvo arba buvo sužeista?", set())]
    assert "1.5" in hurt  # a question about the dead and wounded reads every figure



@pytest.mark.parametrize("sentence, language", [
    ("Zakharova a spus că în perioada 11 - 13 iulie va călători în Republica Populară Democrată Coreea.", "ro"),
    ("Lavrov will travel on 11 July to the Democratic People's Republic of Korea.", "en"),
    ("El 11 de julio Lavrov viajará a la República Popular Democrática de Corea.", "es"),
    ("Am 11. Juli reist Lavrov in die Demokratische Volksrepublik Korea.", "de"),
])
def test_a_country_named_by_its_formal_name_is_the_trip_s_place(sentence, language):
    # The formal name's words stand between the verb and «Coreea»: still a trip to Korea, so
    # no date of a visit to Moscow, and a date of the visit to North Korea.
    assert elsewhere("Kiedy Kim Dzong Un ma złożyć kolejną wizytę w Moskwie?", "pl", sentence, language)
    assert not elsewhere(VISIT, "en", sentence, language)


@pytest.mark.parametrize("sentence", [
    "In September 2023 the visiting officials of Russia met Kim.",
    "In September 2023 Kim, visiting allies of Russia, met Putin.",
])
def test_the_words_of_a_formal_name_alone_make_no_trip(sentence):
    # found in review: "of" and "people" are skipped only as part of a country's formal name
    assert not trips.gone_to(names.words(sentence.split(" met ")[0]), "en")

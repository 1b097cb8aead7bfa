"""Numbers, names and question types that must agree across languages: the checker drops a
sentence whose figures are in no passage, and the answerer favours sentences sharing the
question's names, so "4.000" and "4,000" or "Lavrov" and "Lawrow" must compare equal."""
from __future__ import annotations

import pytest

from qa.answer.asks import expected_answer, wants_new_fact
from qa.answer.facts import anchors, echoes, fold, names, numbers, overlap, stem


@pytest.mark.parametrize("text", [
    "aproximativ 4.000 de soldați",  # Romanian / German: dot groups thousands
    "about 4,000 soldiers",
    "environ 4 000 soldats",  # French: a space
    "etwa 4\u00a0000 Soldaten",  # no-break space
    "около 4\u202f000 солдат",  # narrow no-break space
    "about 4000 soldiers",
])
def test_thousands_separators_of_every_language_give_one_number(text):
    assert numbers(text) == {"4000"}


@pytest.mark.parametrize("text, expected", [
    ("cerca de 1,5 soldados", {"1.5"}),  # decimal comma
    ("1,5 milioane de oameni", {"1500000"}),  # a scale word is part of the figure
    ("1.5 million people", {"1500000"}),
    ("nine million shells and a million more", {"9000000", "1000000"}),
    ("25 mil soldados", {"25000"}),  # Spanish/Portuguese "mil" is a thousand
    ("3000万英镑", {"30000000"}),
    ("3千万", {"30000000"}),
    ("2 mil millones", {"2000000000"}),
    ("9 Mio. Euro", {"9000000"}),
    ("5 miljard euro", {"5000000000"}),
    ("2 Billionen Euro", {"2000000000000"}),  # the German Billion is 10^12
    ("25-30 milioane", {"25000000", "30000000"}),  # both ends of a range are millions
    ("In 2022 thousands of people fled", {"2022"}),  # a year is never scaled
    ("two militants and three military bases", {"2", "3"}),  # not millions
    ("5 milhas", {"5"}),  # Portuguese miles
    ("0.125", {"0.125"}),
    ("Inflation rose to 10,5%.", {"10.5"}),
    ("12,345,678 votes", {"12345678"}),
    ("1,234.56 dollars", {"1234.56"}),
    ("1.234,56 Euro", {"1234.56"}),
    ("100 000 people", {"100000"}),
    ("in 2024", {"2024"}),
    ("between 2023 and 2024", {"2023", "2024"}),
    ("July 4–7", {"4", "7"}),
    ("11 - 13 iulie", {"11", "13"}),
])
def test_numbers_are_canonical(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("five missiles", {"5"}),
    ("fünf Raketen", {"5"}),
    ("cinci rachete", {"5"}),
    ("cinq missiles", {"5"}),
    ("vijf raketten", {"5"}),
    ("penki raketos", {"5"}),
    ("três mísseis", {"3"}),
    ("two thousand", {"2000"}),
])
def test_number_words_count_as_their_figure(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "Kim Jong Un met Lavrov",  # the "Un" of Kim Jong Un is not "one"
    "ein Mann und eine Frau",  # German articles
    "un hombre y una mujer",
    "la maison du peuple",  # French "du" (Lithuanian 2)
])
def test_articles_that_look_like_number_words_are_not_numbers(text):
    assert numbers(text) == set()


def test_a_year_followed_by_a_count_stays_two_numbers():
    assert numbers("Im Jahr 2023 400 Soldaten getötet.") == {"2023", "400"}


@pytest.mark.parametrize("sentence", [
    "Aproximativ 1,5 milioane de oameni au fugit din regiune.",
    "Etwa 1,5 Millionen Menschen sind aus der Region geflohen.",
    "About 1,500,000 people fled the region.",
])
def test_a_figure_in_millions_is_found_in_a_sentence_that_states_it_otherwise(sentence):
    assert numbers("About 1.5 million people fled the region.") <= numbers(sentence)


def test_names_are_folded_stems_shared_across_languages():
    en = names("Where did Lavrov meet Kim Jong Un?")
    assert en == {"lavro", "kim", "jong"}  # question words are not names
    assert names("Wo traf Lawrow Kim Jong Un?") == en
    assert names("Unde s-a întâlnit Lavrov cu Kim Jong Un?") == en
    assert {"lavro", "kim", "jong"} <= names("Kur Lavrovas susitiko su Kim Jong Unu?")


@pytest.mark.parametrize("a, b", [
    ("Lavrov", "Lawrow"), ("Lavrov", "Lavrovas"), ("Lavrov", "Lavrovo"), ("Zelensky", "Zelenskyy"),
    ("Wonsan", "Vonsanas"), ("Phenian", "Phenianul"),
])
def test_one_name_in_several_languages_has_one_stem(a, b):
    assert stem(a) == stem(b)


def test_different_names_have_different_stems():
    assert stem("Lavrov") != stem("Lukashenko")
    assert stem("Kyiv") != stem("Kim")


def test_fold_removes_case_and_accents():
    assert fold("Ștefan Müller ŽALGIRIS") == "stefan muller zalgiris"


def test_polish_spelling_of_a_name_has_its_stem():
    assert stem("Ławrow") == stem("Lavrov")


@pytest.mark.parametrize("question", [
    "How many drones did Russia launch?",
    "Wie viele Drohnen hat Russland gestartet?",
    "Combien de drones la Russie a-t-elle lancés ?",
    "¿Cuántos drones lanzó Rusia?",
    "Quantos drones a Rússia lançou?",
    "Câte drone a lansat Rusia?",
    "Kiek dronų paleido Rusija?",
    "Hoeveel drones lanceerde Rusland?",
    "Ile dronów wystrzeliła Rosja?",
    "How old is Kim Jong Un?",
    "What percentage of voters said yes?",
])
def test_how_many_questions_expect_a_number(question):
    assert expected_answer(question) == "number"
    assert wants_new_fact(question)


@pytest.mark.parametrize("question", [
    "Quel est le bilan des Nord-Coréens tués ou blessés en Russie ?",
    "Quelles pertes compte l'armée nord-coréenne en Russie ?",
    "What losses did the North Korean army suffer?",
    "What was the death toll of the strike?",
    "Welche Verluste hatte die nordkoreanische Armee?",
    "Jakie straty poniosła armia KRLD w Rosji?",
    "Qual è il bilancio delle vittime nordcoreane?",
])
def test_a_toll_or_losses_asked_expect_a_number_of_the_dead_and_wounded(question):
    from qa.answer.counted import casualties
    assert expected_answer(question) == "number"
    assert casualties(question)


@pytest.mark.parametrize("question", ["Quel est le bilan de la visite de Lavrov ?",
                                      "Qual è il bilancio della visita di Lavrov?"])
def test_a_balance_of_no_dead_or_wounded_asks_no_figure(question):
    assert expected_answer(question) is None


@pytest.mark.parametrize("question", [
    "When did Lavrov visit North Korea?",
    "In what year was the resort built?",
    "Wann besuchte Lawrow Nordkorea?",
    "Quand Lavrov s'est-il rendu en Corée du Nord ?",
    "¿Cuándo visitó Lavrov Corea del Norte?",
    "Quando Lavrov visitou a Coreia do Norte?",
    "Când a vizitat Lavrov Coreea de Nord?",
    "Kada Lavrovas lankėsi Šiaurės Korėjoje?",
    "Wanneer bezocht Lavrov Noord-Korea?",
    "Kiedy Ławrow odwiedził Koreę Północną?",
    # Asked for the dates, in the plural
    "À quelles dates Lavrov se rendra-t-il en Corée du Nord ?",
    "¿En qué fechas estará Lavrov en Corea del Norte?",
    "Em que datas Lavrov visitará a Coreia do Norte?",
    "In quali date Lavrov andrà in Corea del Nord?",
    "An welchen Daten reist Lawrow nach Nordkorea?",
    "Op welke data bezoekt Lavrov Noord-Korea?",
    "Op welke datums bezoekt Lavrov Noord-Korea?",
    "Jakie daty wizyty Ławrowa w Korei Północnej?",
    "Kuriomis datomis Lavrovas lankysis Šiaurės Korėjoje?",
    "On what dates is Lavrov's North Korea trip scheduled?",
    "What dates is the visit scheduled for?",
    "W jakie dni lipca Ławrow będzie w Korei Północnej?",
    "Quelles sont les dates du séjour de Lavrov en Corée du Nord ?",
    "What are the dates of Lavrov's visit?",
    "Care sunt datele vizitei lui Lavrov?",
    "¿Cuáles son las fechas de la visita?",
    # Italian asks «che» as often as «quale»; Romanian, Portuguese and Polish for the day or year
    "In che anno la ministra è andata a Mosca?",
    "Che giorno è arrivato Lavrov?",
    "În ce zi a început testul?",
    "Qual o ano da primeira ronda?",
    "W jakim roku odbyła się pierwsza runda?",
    "Którego dnia przyjechał Ławrow?",
    # A chat question that opens with the word for a year or a date
    "Anul primei runde?",
    "Jaar van de eerste ronde?",
    "Date of the summit?",
    "Data della visita di Lavrov?",
    "Data do ataque?",
    "Datum des Treffens?",
    # … or names it by a compound noun, anywhere
    "Geboortejaar van de minister?",
    "Startdatum des Gipfels?",
    "Teslas Geburtsdatum?",
    # … or with an adjective between
    "On what exact date did Kim and Putin sign their defence pact?",
    "Which precise day did Lavrov arrive?",
])
def test_when_questions_expect_a_time(question):
    assert expected_answer(question) == "time"


@pytest.mark.parametrize("question", ["Welche Daten sammelt die App?", "Welke data verzamelt de app?",
                                      "Data protection law in Poland?", "Che cosa ha detto Lavrov?",
                                      "Data privacy rules in the EU?", "Data disclosed by the ministry?",
                                      "Daten zur Arbeitslosigkeit in Polen?", "Datele INS despre inflație?",
                                      "Date night ideas in Paris?", "De ce zi de zi cresc prețurile?",
                                      "Ha detto che giorno dopo giorno cresce?",
                                      # a year that is no date asked: the one before, a year of one's life
                                      "Was unterzeichnete Kim im Vorjahr?", "Was geschah im 80. Lebensjahr?"])
def test_data_is_not_dates(question):
    assert expected_answer(question) is None


@pytest.mark.parametrize("question", ["Where did Lavrov meet Kim?", "Who met Lavrov?", "Wo traf Lawrow Kim?",
                                      "Kurį miestą aplankė Lavrovas?"])
def test_where_and_who_questions_want_a_name_not_a_figure(question):
    assert expected_answer(question) is None
    assert wants_new_fact(question)


@pytest.mark.parametrize("question", ["Why did Russia attack Kyiv?", "What did Lavrov say about the talks?"])
def test_why_and_what_did_questions_want_no_new_fact(question):
    assert expected_answer(question) is None
    assert not wants_new_fact(question)


def test_overlap_counts_the_question_anchors_a_sentence_shares_in_any_language():
    q_nums, q_names = anchors("Did Lavrov meet Kim Jong Un 2 times?")
    assert q_nums == {"2"} and q_names == {"lavro", "kim", "jong"}
    assert overlap("Lavrovas su Kim Jong Unu susitiko 2 kartus.", q_nums, q_names) == 1.0
    assert overlap("Lawrow traf Kim zweimal.", q_nums, q_names) == pytest.approx(2 / 4)
    assert overlap("The weather was fine.", q_nums, q_names) == 0.0
    assert overlap("Lavrov met Kim.", set(), set()) == 0.0  # a question without anchors


def test_a_sentence_that_only_repeats_the_question_echoes_it():
    q_nums, q_names = anchors("Where did Lavrov meet Kim Jong Un?")
    assert echoes("Lavrov might also meet Kim Jong Un.", q_nums, q_names)
    assert not echoes("Lavrov met Kim Jong Un in Wonsan.", q_nums, q_names)  # a new name: the place
    assert not echoes("Lavrov met Kim Jong Un 3 times.", q_nums, q_names)  # a new figure
    assert not echoes("Anything at all.", set(), set())  # nothing to echo


@pytest.mark.parametrize("question", [
    "What deals did Moscow's top diplomat and the North Korean leader sign when they met on the coast?",
    "Which pope was in office when the Black Death swept through Europe?",
    "Quel accord ont-ils signé quand ils se sont vus ?",
    # … or opens a clause the question follows
    "When Sky Digital launched in 1998, which satellite did it use?",
    "Cuando arrancó Sky Digital en 1998, ¿qué satélite usaba su servicio?",
    "Quando Lavrov chegou a Wonsan, quem o recebeu?",
])
def test_a_when_that_joins_a_clause_asks_no_time(question):
    assert expected_answer(question) is None


@pytest.mark.parametrize("question", ["When did Kim visit Russia?", "Who met Kim, and when?", "Wer traf Kim und wann?",
                                      "When did the war begin, what year?", "Cuándo llegó Lavrov a Wonsan?"])
def test_a_when_that_asks_asks_a_time(question):
    assert expected_answer(question) == "time"


def test_a_name_spelled_another_way_is_shared_as_the_same_spelling_is():
    """«Noord-Korea» against «nord-coreeană»: stems alone share nothing."""
    from qa.answer import evidence, facts
    question = "In welke taal zijn de handboeken van Noord-Korea vertaald?"
    nums, stems = facts.anchors(question)
    words = evidence._name_words(question, stems)
    romanian = "Manualele pentru artileria nord -coreeană au fost traduse în rusă."
    assert facts.overlap(romanian, nums, stems) < evidence._overlap(romanian, nums, stems, words) == 1.0
    assert evidence._overlap("De handboeken werden in het Russisch vertaald.", nums, stems, words) == 0.0


@pytest.mark.parametrize("question, year", [
    ("In che anno la ministra è andata a Mosca?", True), ("Kuriais metais įvyko pirmasis etapas?", True),
    ("Anul primei runde?", True), ("Jaar van de eerste ronde?", True),
    ("When did Lavrov visit North Korea?", False), ("Annoying question?", False)])
def test_a_question_asking_which_year(question, year):
    from qa.answer.dates import asks_year
    assert asks_year(question) is year


@pytest.mark.parametrize("question, expected", [
    # a "when" in the scene set before the question joins a clause, and asks nothing
    ("As notícias de mortes de norte-coreanos no Donbass só ganharam crédito quando um governante de Seul as "
     "confirmou. Quem foi esse responsável sul-coreano?", None),
    ("Lavrov was in Wonsan when the photos were taken. Who shared them first?", None),
    # … the question after it does
    ("Lavrov visited North Korea in July. When did he arrive in Wonsan?", "time"),
    ("Kim war 2023 in Russland — wie viele Tage dauerte die Reise?", "number"),
])
def test_what_a_question_expects_is_read_from_what_it_asks_not_its_scene(question, expected):
    assert expected_answer(question) == expected

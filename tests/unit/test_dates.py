"""Months and weekdays a text names, in the languages of the articles (``qa.answer.dates``)."""
from __future__ import annotations

import pytest

from qa.answer import dates


def test_months_and_weekdays_are_told_apart():
    text = "Na quinta-feira, 11 de julho de 2024, Lavrov chegou; «Liepos 4–7 d.» diz outro artigo."
    assert dates.months(text) == {"m7"}
    assert dates.weekdays(text) == {"w4"}
    assert dates.months("No sábado, para uma visita de três dias.") == set()
    assert dates.weekdays("No sábado, para uma visita de três dias.") == {"w6"}


@pytest.mark.parametrize("text, named", [
    ("Joi, dronele rusești au atacat Capitala Kiev din toate direcțiile.", {"w4"}),  # Thursday opening its sentence
    ("Luni, ministrul a plecat spre Moscova.", {"w1"}),
    ("Joi mult decât atât, nimic.", set()),  # no comma: not read without a number beside it
    ("Ma, non è vero che Lavrov sia partito.", set()),  # Italian "but"
    ("Miercuri, au fost lansate recorduri de 728 de drone.", {"w3"}),
])
def test_a_weekday_that_is_also_a_word_counts_opening_its_sentence_before_a_comma(text, named):
    assert dates.weekdays(text) == named


@pytest.mark.parametrize("text, named", [
    ("Ile rakiet wystrzeliła Rosja podczas czwartkowego ataku?", {"w4"}),  # Polish weekdays made adjectives …
    ("Ile dronów użyto w środowym ataku?", {"w3"}),
    ("po poniedziałkowym spotkaniu", {"w1"}),
    ("Co się stało w środę?", {"w3"}),  # … and declined
    ("od czwartku do soboty", {"w4", "w6"}),
    ("w sobotę", {"w6"}),
    ("W środku miasta, w środowisku naturalnym.", set()),  # middle, environment: no Wednesday
])
def test_polish_weekdays_are_read_declined_and_as_adjectives(text, named):
    assert dates.weekdays(text) == named


def test_a_day_of_a_month_is_a_number_beside_a_month():
    assert dates.days("Lavrovas „Korėjos … Respublika Liepos 4–7 d. apsilankys")
    assert dates.days("în perioada 11 - 13 iulie va călători")
    assert dates.days("Lavrov chega a 4 de julho") and dates.days("on July 4, 2024") and dates.days("pe 3 mai")
    assert not dates.days("em novembro de 2024, quando Choe esteve em Moscou")
    assert not dates.days("2021 m. Lapkričio mėn.") and not dates.days("No sábado, uma visita de três dias")


def test_a_question_names_the_days_it_asks_for_or_asks_since_when():
    for question in ("Dates de la visite de Lavrov ?", "În ce zi a început testul?", "Op welke dagen in juli reist hij?", "Op welke data zou Lavrov Noord-Korea bezoeken?", "Op welke datums reist hij?",
                     "Von wann bis wann soll der Minister in Nordkorea sein?"):
        assert dates.asks_day(question), question
    assert not dates.asks_day("Nuo kada palydoviniai vaizdai rodo traukinius?")  # since when: a month answers
    assert not dates.asks_day("When did Kim visit Russia?")


def test_a_day_in_figures_is_a_day_and_data_are_no_dates():
    assert dates.days("Lavrov kam am 14.06.2024 an") and dates.days("6月14日抵达")
    assert not dates.asks_day("Welche Daten enthält der Bericht?") and not dates.asks_day("¿Qué datos da el informe?")


def test_a_question_asking_the_day_is_unanswered_by_sentences_naming_none():
    last_year = ["Kim en Poetin hebben vorig jaar een baanbrekend defensiepact getekend."]
    assert dates.day_unsaid("Op welke datum hebben Kim en Poetin hun defensiepact ondertekend?", last_year)
    assert dates.day_unsaid("Którego dnia dokładnie zginęli żołnierze?", ["Żołnierze zginęli w zeszłym tygodniu."])
    # a sentence with the day, or a weekday, answers; a question asking how many days asks a count
    assert not dates.day_unsaid("Op welke datum tekenden ze het pact?", last_year + ["Ze tekenden het op 19 juni 2024."])
    assert not dates.day_unsaid("An welchem Tag trafen sie sich?", ["Sie trafen sich am Samstag in Wonsan."])
    assert not dates.day_unsaid("Quanti giorni di tregua proponeva Washington?", ["Een bestand van 30 dagen."])
    assert not dates.day_unsaid("In welk jaar tekenden ze het pact?", last_year)  # a year asked, not a day


def test_a_day_is_not_asked_by_which_year_since_when_until_when_or_so_far():
    # (a review found these declined)
    in_1945 = ["The first parade on Red Square was held in 1945."]
    assert not dates.day_unsaid("In which year was the first Victory Day parade held?", in_1945)
    assert not dates.day_unsaid("Since what date has the border been closed?", ["It has been closed since June 2024."])
    assert not dates.day_unsaid("Depuis quelle date la frontière est-elle fermée ?", ["Fermée depuis juin 2024."])
    assert not dates.day_unsaid("Bis wann soll die Brücke fertig sein?", ["Sie soll bis Ende 2026 fertig sein."])
    assert not dates.day_unsaid("When did Russia launch its largest drone attack to date?", ["It came in May 2025."])
    assert not dates.asks_day("¿Cuándo fue el mayor ataque hasta la fecha?")
    # … and more ways of asking the day
    for question in ("W jakim dniu podpisano pakt?", "In quale data è stato firmato?", "Em que data foi assinado?",
                     "La ce dată a fost semnat?"):
        assert dates.asks_day(question), question


@pytest.mark.parametrize("question, asks", [
    ("In welchem Monat reiste Kim nach Russland?", True),
    ("W którym miesiącu wycofano wojska?", True),
    ("Kurį mėnesį Kim lankėsi Rusijoje?", True),
    ("In ce lună a vizitat Kim Rusia?", True),
    ("When did Kim visit Russia?", False),
    ("In welk jaar reisde Choe naar Moskou?", False),
    ("In welke maand trok Noord-Korea zijn troepen terug?", True),
    ("Qual é o mês da visita de Lavrov?", True),
    ("Którego miesiąca Kim był w Rosji?", True),
    # a month the question tells, not asks
    ("Che cosa ha detto il rapporto che il mese scorso ha pubblicato l'ONU?", False),
    ("¿Qué dijo el informe que el mes pasado publicó la ONU?", False),
    ("Qu'a dit Kim ce mois-ci ?", False),
])
def test_which_month_is_asked(question, asks):
    assert dates.asks_month(question) is asks


@pytest.mark.parametrize("sentence, language, kept", [
    # a year tells no month: no value for "In which month was Kim in Vladivostok?"
    ("Cele două țări au reînnoit relațiile, din 2019, și prima vizită a lui Kim Jong Un la Vladivostok.", "ro", []),
    ("În septembrie 2023, Kim Jong Un a vizitat Vladivostok.", "ro", ["septembrie 2023"]),
    ("Kim war am 25. April 2019 in Wladiwostok.", "de", ["25. April 2019"]),
])
def test_a_month_question_takes_only_dates_naming_a_month(sentence, language, kept):
    from qa.answer.evidence import Evidence
    from qa.answer.told import sentence_values
    from qa.records import Passage, Sentence
    ev = Evidence(Sentence(source="a.txt", language=language, text=sentence),
                  Passage(source="a.txt", language=language, text=sentence), 0.8, 0.8)
    found = sentence_values(ev, "time", "W którym miesiącu Kim był we Władywostoku?", set())
    assert [v.text for v in found] == kept

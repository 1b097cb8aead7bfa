"""Which other people or cities, besides those the question names (``qa.answer.others``): a best
sentence that names no one and nowhere new does not answer."""
from __future__ import annotations

import pytest

from qa.answer.others import asks_others, names_new


@pytest.mark.parametrize("question, kind", [
    ("Which other senior Russian officials travelled to North Korea with Lavrov?", "people"),
    ("Que outros altos responsáveis russos integravam a comitiva de Lavrov?", "people"),
    ("Quali altri alti funzionari russi accompagnavano Lavrov?", "people"),
    ("Quels autres hauts responsables russes faisaient partie du voyage de Lavrov ?", "people"),
    ("Którzy jeszcze rosyjscy politycy, oprócz Ławrowa, pojechali do Korei Północnej?", "people"),
    ("Jak nazywali się inni rosyjscy dygnitarze, którzy pojechali z Ławrowem?", "people"),
    ("Que outras cidades ucranianas, além de Kiev, foram atacadas?", "cities"),
    ("Welche Städte außer Kiew wurden angegriffen?", "cities"),
    ("Who met Lavrov?", None),
    ("Which heavy weapons did North Korea deliver besides short-range missiles?", None),  # no one, nowhere
    # which company: named by a name of its own
    ("Która firma produkuje nowe drony szturmowe sterowane przez AI?", "companies"),
    ("Welk bedrijf restaureerde de originele opnames van de maanlanding?", "companies"),
    ("Cu ce companie aeriană a zburat Lavrov până în Coreea de Nord?", "companies"),
    ("Welche russische Firma baut die Drohnen?", "companies"),
    ("O que a empresa fez com as imagens?", None),  # what the company did
    ("Quanto dinheiro investiram na empresa de Tesla?", None),
    ("Jak zareagowała firma Boeing na katastrofę?", None),  # «jak», how
    ("¿Qué acuerdo firma hoy Zelenski con Trump?", None),  # «firma», signs
    ("¿Por qué las empresas europeas abandonan Rusia?", None),  # why
    ("What do companies pay in tariffs on steel?", None),
    ("Qualche azienda italiana è coinvolta nello scandalo?", None),  # some
    ("¿Qué compañía aérea canceló los vuelos a Moscú?", "companies"),
    ("Quale compagnia aerea ha cancellato i voli?", "companies"),
    # which military unit: told by a word for one
    ("Ce unitate ucraineană a executat lovitura de artilerie din Donbass?", "units"),
    ("Która ukraińska brygada przeprowadziła ostrzał artyleryjski?", "units"),
    ("Kaip vadinasi Kursko srityje kovojęs Šiaurės Korėjos dalinys?", "units"),
    ("Kodėl Šiaurės Korėjos daliniai sausį buvo atitraukti nuo fronto?", None),  # why, not which
    ("In welcher Einheit wird der Druck gemessen?", None),  # a unit of measure
    ("Which unit of measure is used for magnetic flux density?", None),
    # which cosmodrome, satellite, university, channel, newspaper; what ships are called
    ("Ce cosmodrom a vizitat Kim Jong Un în timpul călătoriei sale în Rusia?", "things"),
    ("Kokį palydovą Rusija padėjo Šiaurės Korėjai iškelti į orbitą?", "things"),
    ("Kokį universitetą baigė Lavrovas?", "things"),
    ("Cărui post de televiziune i-a spus Trump că Rusia ar vrea să încheie războiul?", "things"),
    ("Como se chamam os navios de transporte de tropas vistos nas imagens de satélite da CNN?", "things"),
    ("Which satellite images showed the ships?", None),  # images, not a satellite
    ("Que imagens de satélite mostraram os navios?", None),
    ("Kokius palydovinius vaizdus paskelbė CNN?", None),
    ("How many satellites did Russia launch?", None),
    ("What are the new ships called?", "things"),
    ("Pourquoi ce satellite a-t-il été lancé depuis Vostotchny ?", None),  # French «ce» is "this"
    ("Combien de lecteurs ce journal a-t-il perdus en 2023 ?", None),
    ("Who called on Turkey to let the ships through the Bosphorus?", None),  # called on, not named
    ("Au nom de quel pays les navires naviguaient-ils ?", None),  # on behalf of
    ("Which university students protested in Tbilisi?", None),  # the students, not a university
    ("Which TV host interviewed Putin?", None),
])
def test_which_questions_ask_for_other_people_or_cities(question, kind):
    assert asks_others(question) == kind


PEOPLE = "Which other senior Russian officials travelled to North Korea with Lavrov?"


@pytest.mark.parametrize("text, language, new", [
    # Lavrov's first name is Lavrov; Russia and North Korea are places; a ministry is a body
    ("Unele dintre cele mai puternice personalități din Rusia, inclusiv ministrul de externe Sergey Lavrov, "
     "vor vizita Coreea de Nord în acest weekend.", "ro", False),
    ("Agenția de știri a raportat că Lavrov a călătorit la Pyongyang la invitația Ministerul Afacerilor Externe.",
     "ro", False),
    ("Lavrov was joined by defence minister Andrei Belousov.", "en", True),
    ("Poetin's beveiligingsadviseur Sergei Schoigu ontmoette vorige week Kim in Pyongyang.", "nl", True),
])
def test_someone_new_is_a_run_of_names_the_question_does_not_hold(text, language, new):
    assert names_new(text, PEOPLE, "people", language) is new


def test_a_city_new_is_a_known_city_the_question_does_not_name():
    question = "Que outras cidades ucranianas, além de Kiev, foram atacadas na quinta-feira?"
    assert not names_new("Joi, dronele rusești au atacat capitala Kiev din toate direcțiile.", question, "cities", "ro")
    assert names_new("Drones also hit Kharkiv and Odesa.", question, "cities", "en")


@pytest.mark.parametrize("question", [
    "How many people will be evacuated from Kharkiv?",  # English "be" is no Lithuanian «be» (without)
    "Quali alti funzionari russi accompagnavano Lavrov?",  # Italian «alti» is senior, not other
    "Ile osób zginęło poza Kijowem?",  # «poza», outside
])
def test_words_that_only_look_like_other_or_besides_ask_for_no_one_else(question):
    assert asks_others(question) is None


@pytest.mark.parametrize("text, new", [
    ("Lavrov was accompanied by Defence Minister Sergei Shoigu.", True),  # a title before a name
    ("Alongside Lavrov, Shoigu travelled to Pyongyang.", True),  # a comma parts two names
    ("The Ministry of Foreign Affairs said Lavrov would travel.", False),  # a body, whatever joins its words
])
def test_runs_of_names_are_parted_by_punctuation_and_titles_are_read_past(text, new):
    assert names_new(text, PEOPLE, "people", "en") is new


def test_a_company_asked_for_is_named_by_a_name_the_question_does_not_hold():
    question = "Która firma produkuje nowe drony szturmowe sterowane przez AI, których test obserwował Kim?"
    test = "Deze week volgde Kim een test van nieuwe AI-gecontroleerde aanvalsdrones."
    assert not names_new(test, question, "companies", "nl")
    assert names_new("The drones are built by Kalashnikov Concern in Izhevsk.", question, "companies", "en")
    # the United States by its name of two words is a country, no company
    warned = "De Verenigde Staten hebben gewaarschuwd dat Rusland satelliettechnologie deelt met Noord-Korea."
    assert not names_new(warned, "Welk bedrijf leverde CNN de satellietbeelden?", "companies", "nl")


def test_a_unit_asked_for_is_told_by_a_word_for_one():
    question = "Ce unitate ucraineană a executat lovitura de artilerie din Donbass?"
    assert not names_new("Ministrul sud-coreean Kim Yong-hyun a confirmat moartea mai multor soldați.", question, "units", "ro")
    assert names_new("Lovitura a fost executată de Brigada 47 mecanizată.", question, "units", "ro")


def test_a_thing_asked_for_is_named_by_a_name_the_question_does_not_hold():
    question = "Ce cosmodrom a vizitat Kim Jong Un în timpul călătoriei sale în Rusia?"
    visit = "În septembrie 2023, Kim Jong Un a vizitat o fabrică de avioane din estul Rusiei."
    assert not names_new(visit, question, "things", "ro")  # Kim is asked, Russia a country
    assert names_new("Kim Jong Un a vizitat cosmodromul Vostocinîi, în estul Rusiei.", question, "things", "ro")


@pytest.mark.parametrize("question, sentence", [
    ("Which cosmodrome did Kim visit?", "Kim visited the Vostochny Cosmodrome."),  # the kind's own word is no name asked
    ("Which university did Tesla attend?", "He attended the University of Graz."),
    ("¿Qué universidad visitó Kim?", "Kim visitó la Universidad de Newcastle."),
    ("Which satellite did North Korea launch in November?", "North Korea launched the Malligyong-1 satellite."),
    ("Which TV channel aired the interview with Putin?", "The interview was aired by Rossiya-1."),
    ("Which TV channel aired the interview with Putin?", "It was shown on RT."),
])
def test_a_thing_named_by_its_kind_a_designation_or_an_acronym_is_named(question, sentence):
    assert names_new(sentence, question, "things", "en")



def test_the_questions_name_inflected_is_no_one_new():
    # «Ławrowa», «Ławrowem»: Polish inflects the name the sentence writes «Lavrov».
    text = "Agenția de știri de stat din Coreea de Nord a raportat că Lavrov a călătorit la Pyongyang."
    question = "Którzy jeszcze rosyjscy politycy, oprócz Ławrowa, pojechali do Korei Północnej?"
    assert not names_new(text, question, "people", "ro")
    assert names_new("Lavrov a călătorit cu Serghei Șoigu.", question, "people", "ro")

"""How long a meeting lasted is told next to a word for the meeting (``qa.answer.durations``)."""
import pytest

from qa.answer import durations
from qa.answer.durations import asks_meeting_length, told


@pytest.mark.parametrize("question", [
    "Combien de temps a duré l'entretien entre Lavrov et Kim ?",
    "How long did the meeting between Lavrov and Kim last?",
    "Wie lange dauerte das Gespräch zwischen Lawrow und Kim?",
    "¿Cuánto duró la reunión de Lavrov con Kim?",
    "Quanto tempo durou a conversa entre Kim e Putin em 2023?",
    "Cât a durat întâlnirea lui Lavrov cu Kim Jong Un?",
    "Cât a ținut convorbirea dintre Kim și Putin la forumul economic?",  # «a ținut», lasted
    "Cât au durat discuțiile dintre Lavrov și Kim?",
    "Hoe lang duurde het gesprek tussen Lavrov en Kim in Wonsan?",
    "Ile trwało spotkanie Ławrowa z Kimem?",
    "Kiek laiko truko Lavrovo susitikimas su Kimu?",
    # talking, as a verb
    "Cât timp au discutat Lavrov și Kim la Wonsan?",
    "How long did Lavrov and Kim discuss the war?",
    "Wie lange besprachen Lawrow und Kim die Lage?",
    "Jak długo Ławrow rozmawiał z Kimem w Wonsanie?",
    # a sit-down, a summit
    "How long did Lavrov's sit-down with Kim Jong Un in Wonsan last?",
    "Quanto è durato il vertice Kim–Putin a Pyongyang del giugno 2024?",
    "Wie lange dauerte der Gipfel von Kim und Putin?",
    "Combien de temps a duré le sommet de Pyongyang ?",
    # speaking, as a verb; a length by its noun
    "Wie lange sprach Lawrow mit Kim in Wonsan?",
    "Hoe lang spraken Lavrov en Kim met elkaar?",
    "length of the Lavrov-Kim meeting?",
])
def test_a_meetings_length_is_asked_in_ten_languages(question):
    assert asks_meeting_length(question)


@pytest.mark.parametrize("question", [
    "How long is Hadrian's Wall?",  # a length, not a time
    "How long will Lavrov stay in North Korea?",  # a stay, not a meeting
    "Quanti giorni di tregua proponeva Washington?",
    "Where did Lavrov meet Kim?",
    # Dutch "met" is "with": a stay, a war
    "Hoe lang verbleef Lavrov met zijn delegatie in Noord-Korea?",
    "Hoe lang duurde de oorlog van Rusland met Oekraïne?",
])
def test_other_questions_ask_no_meetings_length(question):
    assert not asks_meeting_length(question)


@pytest.mark.parametrize("sentence", [
    "S-a întâlnit, în timpul unui lung interviu de patru ore, cu președintele rus.",
    "The meeting between Putin and Kim lasted more than two hours.",
    "It was an hour-long meeting.",
    "Ein zweistündiges Gespräch im Kreml.",
    "Das Gespräch dauerte zweieinhalb Stunden.",
    "Întâlnirea a durat o zi.",
    "Het gesprek van 3 uur verliep in een goede sfeer.",
])
def test_a_duration_next_to_the_meeting_tells_its_length(sentence):
    assert told([sentence])


@pytest.mark.parametrize("sentence", [
    # the visit's three days, the meetings five words on
    "Lavrov de entrada Coréia do Norte No sábado, para uma visita de três dias na sexta -feira, ele "
    "realizou reuniões com Hui, filho de Choe, colega norte -coreana no sábado.",
    "Lavrov met Kim Jong Un in Wonsan on Saturday.",
    "A reunião aconteceu em 2023.",
])
def test_a_meeting_without_its_own_duration_tells_no_length(sentence):
    assert not told([sentence])


@pytest.mark.parametrize("question", [
    "Durée de l'entretien Lavrov-Kim ?",
    "Duração do encontro Lavrov-Kim?",
    "Dauer des Gesprächs zwischen Kim und Lawrow?",
])
def test_a_meetings_length_asked_as_a_chat_asks_it(question):
    assert asks_meeting_length(question)


@pytest.mark.parametrize("question", [
    "Hoe lang duurde Lavrovs vlucht naar Pyongyang?",
    "How long did Lavrov's flight to Pyongyang take?",
    "Durata zborului lui Lavrov spre Phenian?",
])
def test_a_flights_length_is_told_beside_a_flight_not_by_the_visit(question):
    assert durations.asks_flight_length(question)
    visit = ["Lavrov de entrada Coréia do Norte No sábado, para uma visita de três dias na sexta-feira."]
    assert not durations.told(visit, event=durations.FLIGHT)
    assert durations.told(visit + ["The flight from Moscow took nine hours."], event=durations.FLIGHT)


@pytest.mark.parametrize("question", [
    "How long did Lavrov's visit last?",
    "How long did the delegation's journey take, given a lot of delays?",  # "a lot" is no Polish «lot»
    "Hoe lang was de zaal vol?",  # Dutch «vol», full
])
def test_a_visits_length_asks_no_flight(question):
    assert not durations.asks_flight_length(question)


@pytest.mark.parametrize("question", [
    "Quantos projéteis de artilharia as fábricas russas produzem por ano?",
    "Câte proiectile de artilerie produc zilnic fabricile rusești?",
    "Kiek artilerijos sviedinių per metus pagamina Rusijos gamyklos?",
    "How many shells does Russia produce every week?",
    "Combien d'obus la Russie produit-elle tous les jours ?",
    "Wie viele Granaten produziert Russland jeden Tag?",
    "Hoeveel granaten maakt Rusland ieder jaar?",
    "Câte obuze produce Rusia pe săptămână?",
])
def test_a_rate_asked(question):
    assert durations.asks_rate(question)


@pytest.mark.parametrize("question", [
    "Wie viele Drohnen startete Russland am Tag des Rekordangriffs?",
    "How many drones had Russia launched a year into the air campaign?",
    "Ilu dronów Rosja wystrzeliła na dzień dzisiejszy?",
    "Wie viele Drohnen laut dem Daily NK?",  # a newspaper
    "How many soldiers attended the annual summit?",
    "Wie viele Drohnen waren es im Jahr zuvor?",
    "¿Cuántos drones lanzó Rusia al día siguiente?",
    "Quantos drones até ao dia 13?",
    "How many soldiers were sent a year ago?",
    "Wie viele Soldaten im Jahr 2024?",
])
def test_words_that_only_look_like_a_rate_ask_none(question):
    assert not durations.asks_rate(question)


@pytest.mark.parametrize("sentence", [
    "Die Fabriken stellen jedes Jahr zwei Millionen Granaten her.",
    "Die jährliche Produktion liegt bei zwei Millionen Granaten.",
    "De jaarlijkse productie bedraagt twee miljoen granaten.",
    "Producția anuală este de două milioane de obuze.",
    "Les usines en produisent deux millions tous les ans.",
    "Las fábricas producen dos millones todos los años.",
    "Fabryki produkują każdego roku dwa miliony pocisków.",
    "La red transporta más de 37 millones de pasajeros al año.",
])
def test_a_rate_told_in_words_or_an_adjective(sentence):
    assert durations.rate_told([sentence])


def test_a_total_is_no_rate_told():
    assert not durations.rate_told(["Pyongyang a trimis în 2024 cel puțin 9 milioane de proiectile de artilerie."])


@pytest.mark.parametrize("question, asks", [
    ("Durata della tregua proposta da Washington?", True),
    ("Kokios trukmės paliaubas siūlė Vašingtonas?", True),
    ("Jak długi rozejm proponował Biały Dom?", True),
    ("¿Tregua propuesta por Washington: cuántos días?", True),  # a count of days
    ("How long a truce had the White House proposed?", True),
    ("How many drones did Russia launch?", False),
    ("Kiedy rozpoczął się rozejm?", False),
])
def test_a_length_of_time_asked_in_any_wording(question, asks):
    assert durations.asks_time_length(question) is asks


@pytest.mark.parametrize("sentence, tells", [
    ("Rusland zorgde voor omstandigheden die verre van de volledige arrestatie van 30 dagen zijn.", True),
    ("S-a întâlnit, în timpul unui lung interviu de patru ore, cu președintele rus.", False),  # a meeting's
    ("Lavrov chegou para uma visita de três dias na sexta-feira.", False),  # a visit's
    ("De wapenstilstand zou 30 dagen duren.", True),
    ("Lavrov a sosit la Phenian în noiembrie 2024.", False),
    ("Russia launched 728 drones on Wednesday.", False),
])
def test_a_length_of_time_told(sentence, tells):
    assert durations.tells_duration(sentence) is tells


@pytest.mark.parametrize("question, asks", [
    ("Durata della tregua proposta da Washington?", True),
    ("Wie lange dauerte die Waffenruhe?", True),
    ("Hoe lang duurde het bestand?", True),
    ("Wie lang war der Hadrianswall?", False),  # a length in space: «wie lang», not «wie lange»
    ("Hoe lang was de muur van Hadrianus?", False),  # either: Dutch says both alike
    ("Wie lange dauerte das Treffen zwischen Lawrow und Kim?", False),  # a meeting's: its own rule
    ("Wie lange blieb Schoigu in Pjöngjang?", False),  # a stay's
    ("For how many days did Lavrov come to North Korea?", False),  # a trip's: the visit's three days answer
    ("Cât a durat vizita lui Lavrov?", False),
])
def test_a_length_of_time_of_something_else_than_a_meeting_stay_or_flight(question, asks):
    assert durations.asks_other_length(question) is asks


@pytest.mark.parametrize("question", [
    "Quanto tempo Kim passou na fábrica de aviões?",  # time spent somewhere
    "How long did Kim spend at the aircraft plant?",
    "Šoigu vizito trukmė?",  # a visit's length, by its noun
    "How long was Lavrov's trip?",
])
def test_a_stay_is_asked_by_a_visit_or_by_time_spent(question):
    from qa.answer.durations import asks_stay_length
    assert asks_stay_length(question)
    assert not asks_meeting_length(question)


def test_a_walls_length_is_no_stay_nor_meeting():
    from qa.answer.durations import asks_stay_length
    for question in ("Hadrianswall – Länge?", "How long is Hadrian's Wall?", "Lungimea zidului lui Hadrian?"):
        assert not asks_stay_length(question) and not asks_meeting_length(question)

"""What a how-many question counts (``asks.focus``), in the languages the page accepts."""
from __future__ import annotations

import pytest

from qa.answer import asks


@pytest.mark.parametrize("question, counted", [
    ("How many drones did Russia launch on Wednesday?", "drones"),
    ("Combien de drones la Russie a-t-elle lancés mercredi ?", "drones"),
    ("Combien d'habitants compte la ville ?", "habitants"),
    ("¿Cuántos misiles balísticos mandó Pyongyang?", "misiles balísticos"),
    ("Quantos drones a Rússia lançou na quarta-feira?", "drones"),
    ("Câte drone a lansat Rusia miercuri?", "drone"),
    ("Wie viele Drohnen startete Russland am Mittwoch?", "Drohnen"),
    ("Wie viele zusätzliche Soldaten will Pjöngjang schicken?", "zusätzliche Soldaten"),
    # A copula, an article, "the number of" before the counted thing are passed over.
    ("Wie hoch ist die Zahl der Drohnen, die die Ukraine abgeschossen hat?", "Drohnen"),
    ("How much is the yearly carriage fee per channel?", "yearly carriage fee"),
    # A chat puts the interrogative last: what it counts opens the question.
    ("Tancuri nord-coreene trimise Rusiei – câte?", "Tancuri nord-coreene"),
    ("Soldaten – wie viele?", "Soldaten"),
])
def test_the_counted_thing_is_found(question, counted):
    assert asks.focus(question).startswith(counted)


def test_a_trailing_how_many_without_a_break_counts_by_the_whole_question():
    assert asks.focus("North Korea sent how many?") == ""


def test_a_german_focus_stops_at_the_verb():
    assert asks.focus("Wie viele Drohnen startete Russland am Mittwoch?") == "Drohnen"


@pytest.mark.parametrize("question, counted", [
    # A conditional or past auxiliary ends what is counted, in every language the page accepts.
    ("Quanti proiettili d'artiglieria avrebbe fornito la Corea del Nord?", "proiettili d'artiglieria"),
    ("¿Cuántos misiles balísticos habría enviado Corea del Norte?", "misiles balísticos"),
    ("Combien de soldats auraient été tués ?", "soldats"),
    ("Quantos soldados teriam morrido?", "soldados"),
    ("Hoeveel soldaten zouden zijn gedood?", "soldaten"),
    ("Ile dronów było wystrzelonych?", "dronów"),
    ("How many war crimes were reported?", "war crimes"),
])
def test_the_counted_thing_ends_at_an_auxiliary(question, counted):
    assert asks.focus(question) == counted


@pytest.mark.parametrize("question, counted", [
    # A name right after the counted words is who sends them, not what is counted …
    ("Ile żołnierzy Korea Północna wysłała na początku roku?", "żołnierzy"),
    ("Combien de missiles balistiques Pyongyang a-t-il livrés ?", "missiles balistiques"),
    ("Kiek karių Šiaurės Korėja išsiuntė?", "karių"),
    # … but after a preposition or an article-preposition it is part of them …
    ("Ilu żołnierzy z Korei Północnej zginęło?", "żołnierzy z Korei"),
    ("Quanti soldati della Corea del Nord sono stati inviati?", "soldati della Corea"),
    # … English and Dutch capitalise the names and adjectives before the noun …
    ("How many more North Korean soldiers reached Russia?", "more North Korean"),
    ("Hoeveel nieuwe Russische drones werden neergeschoten?", "nieuwe Russische drones"),
    # … and an acronym or a type with a figure says what the counted things are.
    ("Ile systemów HIMARS wysłano?", "systemów HIMARS wysłano"),
    ("Ile myśliwców F-16 dostała Ukraina?", "myśliwców F-16 dostała"),
])
def test_a_name_after_the_counted_words_is_who_sends_them(question, counted):
    assert asks.focus(question) == counted

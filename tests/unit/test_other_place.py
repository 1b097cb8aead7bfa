"""A date told just after another place than the one the question asks someone went to is no
answer to it (``qa.answer.direct._elsewhere``): «… Choe, care a călătorit la Moscova în
noiembrie 2024 …» stood as a side for "On which dates will Lavrov visit North Korea?"."""
from __future__ import annotations

import pytest

from qa.answer import names, values
from qa.answer.direct import _destinations, _elsewhere


@pytest.mark.parametrize("word, place", [
    ("Moscova", "moskva"), ("Maskvoje", "moskva"), ("Moscou", "moskva"),  # cases of one name
    ("Korėjoje", "korea"), ("Coreea", "korea"), ("Koreę", "korea"),
    ("Phenianul", "pyongyang"), ("Pchenjanas", "pyongyang"),
    ("Lavrov", None), ("Zakharova", None), ("Nord", None),  # a person; a compass point is no place
])
def test_a_place_is_known_in_its_spellings_and_case_endings(word, place):
    assert names.place(word) == place


@pytest.mark.parametrize("question, going", [
    ("On which dates will Lavrov visit North Korea?", {"korea"}),
    ("Lavrov est attendu en Corée du Nord à quelles dates ?", {"korea"}),
    ("Kada Lavrovas lankysis Šiaurės Korėjoje?", {"korea"}),
    ("Când are loc vizita lui Lavrov în Coreea de Nord?", {"korea"}),
    ("Kiedy szef rosyjskiej dyplomacji miał odwiedzić Koreę Północną?", {"korea"}),
    ("In che anno la ministra è andata a Mosca?", {"moskva"}),
    # The place is who acted, not where anyone went: no date is judged by its place.
    ("În ce an a livrat Phenianul rachetele despre care vorbește raportul ONU?", set()),
    ("When did Lavrov meet Kim Jong Un?", set()),
])
def test_the_place_a_question_asks_someone_went_to(question, going):
    assert _destinations(question) == going


def elsewhere(question: str, sentence: str) -> bool:
    [value] = values.extract(sentence, "time", question)
    return _elsewhere(_destinations(question), sentence, value)


def test_a_date_after_another_place_answers_another_trip():
    trip = "Lavrov se va întâlni cu Choe, care a călătorit la Moscova în noiembrie 2024 pentru prima rundă."
    assert elsewhere("When will Lavrov visit North Korea?", trip)
    assert not elsewhere("When did Choe travel to Moscow?", trip)  # the trip asked about


def test_a_date_with_no_other_place_before_it_stands():
    assert not elsewhere("When will Lavrov visit North Korea?",
                         "Zakharova a spus că în perioada 11 - 13 iulie va călători în Coreea de Nord.")
    assert not elsewhere("When will Lavrov visit North Korea?",
                         "Lavrov va vizita Coreea de Nord pe 12 iulie.")  # the asked place itself

"""Which ordinal a question or a sentence names, and the words that only look like one."""
from __future__ import annotations

import pytest

from qa.answer import ordinals

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, nth", [
    ("When did the first round of the strategic dialogue take place?", {1}),
    ("Wann fand die erste Runde statt?", {1}),
    ("celei de -a doua runde a dialogului strategic", {2}),  # Romanian, split as the article has it
    ("antrojo strateginio pokalbio tarp aukščiausių", {2}),
    ("pirmajame strateginių diskusijų etape 2021 m.", {1}),
    ("ao segundo diálogo estratégico após as primeiras negociações", {1, 2}),
    ("Dritte Runde strategischer Dialog: wann?", {3}),
    ("por primera vez a Vladivostok", {1}),
    ("a second round of talks", {2}),
    ("de derde ronde", {3}),
    # Words that are something else: "according to", weekdays, "before", "the next day",
    # a prime minister, the front line, a world war, the Dutch lower house, a chairman.
    ("Quantos morreram, segundo um deputado?", set()),
    ("Secondo l'intelligence di Kiev", set()),
    ("secondo il rapporto dell'ONU", set()),
    ("segundo a CNN", set()),
    ("na segunda-feira", set()),
    ("a doua zi", set()),
    ("prima di partire", set()),
    ("el primer ministro", set()),
    ("retirados de primera línea", set()),
    ("the Second World War", set()),
    ("al Doilea Război Mondial", set()),
    ("de Tweede Kamer", set()),
    ("trečiadienio ataka", set()),
    ("antradienį", set()),
    ("pirmininkas", set()),
    ("primeiro-ministro", set()),
])
def test_ordinals(text, nth):
    assert ordinals.of(text) == nth


def test_the_words_an_ordinal_numbers():
    text = "A CNN informou que a visita ao segundo diálogo estratégico após as primeiras negociações em Moscou"
    assert ordinals.windows(text, frozenset({1})) == ["primeiras negociações em Moscou"]
    assert ordinals.windows(text, frozenset({2}))[0].startswith("segundo diálogo estratégico")


def test_no_ordinal_in_the_question_reads_nothing_more():
    assert ordinals.beyond("Where did Lavrov meet Kim Jong Un?", embedder=None) is None

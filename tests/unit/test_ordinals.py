"""Which ordinal a question or a sentence names, and the words that only look like one."""
from __future__ import annotations

import numpy as np
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
    # A date's day, a time unit, set phrases, offices, names of things (a review's finds).
    ("on November 3rd, 2024", set()),
    ("il primo maggio", set()),
    ("întâi decembrie", set()),
    ("le 1er janvier", set()),
    ("the first of March", set()),
    ("30 segundos", set()),
    ("metres per second", set()),
    ("a second later", set()),
    ("At first, nobody knew", set()),
    ("First of all, the talks", set()),
    ("en primer lugar", set()),
    ("în primul rând", set()),
    ("po pierwsze", set()),
    ("ten eerste", set()),
    ("anni prima", set()),
    ("secondo cui", set()),
    ("secondo l’Onu", set()),
    ("Chinese Premier Li Qiang", set()),
    ("the first minister", set()),
    ("the Third World", set()),
    ("Erste Hilfe", set()),
    ("pierwszeństwo", set()),
    ("po drugiej stronie", set()),
    ("a second round of talks", {2}),
    ("prima zi a summitului", {1}),
])
def test_ordinals(text, nth):
    assert ordinals.of(text) == nth


def test_the_words_an_ordinal_numbers():
    text = "A CNN informou que a visita ao segundo diálogo estratégico após as primeiras negociações em Moscou"
    assert ordinals.windows(text, frozenset({1})) == ["primeiras negociações em Moscou"]
    assert ordinals.windows(text, frozenset({2}))[0].startswith("segundo diálogo estratégico")


def test_no_ordinal_in_the_question_reads_nothing_more():
    assert ordinals.beyond("Where did Lavrov meet Kim Jong Un?", embedder=None) is None


class _Unit:
    """A FAKE embedder (the unit layer has no e5): each text a unit vector of its own, of ``dim``."""

    def __init__(self, dim: int) -> None:
        self.dim, self.calls = dim, 0

    def embed_passages(self, texts):
        self.calls += 1
        out = []
        for t in texts:
            v = np.random.default_rng(abs(hash(t)) % 2**32).normal(size=self.dim).astype(np.float32)
            out.append(v / np.linalg.norm(v))
        return out


def test_window_vectors_survive_the_cache_filling_up_and_two_embedders():
    """A review found a KeyError once the cache held 1,024 windows (a text cached, then cleared
    before it was read), and vectors of two embedders mixed."""
    small, big = _Unit(8), _Unit(16)
    ordinals._vectors(small, ["mine"])
    ordinals._vectors(small, [f"w{i}" for i in range(1030)])
    assert ordinals._vectors(small, ["mine", "new window"]).shape == (2, 8)
    assert ordinals._vectors(big, ["mine", "x"]).shape == (2, 16)
    calls = big.calls
    ordinals._vectors(big, ["mine"])
    assert big.calls == calls  # read from the cache

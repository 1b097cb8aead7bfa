"""When the quoted sources give different figures for the same thing, the answer says so."""
from __future__ import annotations

from qa.answer.conflicts import find_conflict

LT = ("/corpus", "lt.txt")
RO = ("/corpus", "ro.txt")
PT = ("/corpus", "pt.txt")


def test_different_figures_about_one_named_thing_in_two_files_disagree():
    items = [(1, RO, "Rusia a lansat cinci rachete, a declarat Zelenski."),
             (2, PT, "A Rússia lançou 100 mísseis, disse Zelensky.")]
    assert find_conflict(items) == (1, 2)


def test_date_ranges_that_share_no_day_disagree():
    items = [(1, LT, "Lavrovas lankysis Šiaurės Korėjoje liepos 4–7 dienomis."),
             (2, RO, "Lavrov va vizita Coreea de Nord în perioada 11 - 13 iulie.")]
    assert find_conflict(items) == (1, 2)


def test_sources_giving_the_same_figure_agree():
    items = [(1, RO, "Rusia a lansat 100 de rachete, a declarat Zelenski."),
             (2, PT, "A Rússia lançou 100 mísseis, disse Zelensky.")]
    assert find_conflict(items) is None


def test_one_article_giving_two_figures_is_not_a_disagreement():
    items = [(1, RO, "Phenianul a trimis 11.000 de soldați în Rusia, potrivit Kievului."),
             (2, RO, "Aproximativ 4.000 de soldați nord-coreeni din Rusia au fost uciși, potrivit Kievului.")]
    assert find_conflict(items) is None


def test_two_quotes_under_one_citation_number_are_one_source():
    items = [(1, RO, "Rusia a lansat cinci rachete, a declarat Zelenski."),
             (1, PT, "A Rússia lançou 100 mísseis, disse Zelensky.")]
    assert find_conflict(items) is None


def test_figures_about_different_things_are_not_compared():
    # No name in common: two facts, not two versions of one.
    items = [(1, RO, "Rusia a lansat cinci rachete, a declarat Zelenski."),
             (2, PT, "O Brasil exportou 100 toneladas de café para Portugal.")]
    assert find_conflict(items) is None


def test_different_years_alone_are_no_disagreement():
    items = [(1, LT, "Kim Jong Unas lankėsi Rusijoje 2023 metais."),
             (2, RO, "Kim Jong Un a vizitat Rusia în 2019.")]
    assert find_conflict(items) is None


def test_a_sentence_without_figures_disagrees_with_nothing():
    items = [(1, LT, "Lavrovas susitiko su Kim Jong Unu Vonsane."),
             (2, RO, "Lavrov s-a întâlnit cu Kim Jong Un de 2 ori.")]
    assert find_conflict(items) is None


def test_the_first_disagreeing_pair_is_reported():
    items = [(1, RO, "Rusia a lansat 100 de rachete, a declarat Zelenski."),
             (2, PT, "A Rússia lançou 100 mísseis, disse Zelensky."),
             (3, LT, "Rusija paleido 5 raketas, sakė Zelenskis."),
             (4, ("/other", "ro.txt"), "Rusia a lansat 7 rachete, a declarat Zelenski.")]
    assert find_conflict(items) == (1, 3)

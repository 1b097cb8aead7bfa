"""The citation checker on hand-written answers, with the real multilingual embedder.

Three short passages (English, Romanian, German) stand for what retrieval found; the answers
are what a language model might write about them. A passage's sentences are embedded by the
checker itself (they are not given), which costs a fraction of a second.
"""
from __future__ import annotations

import re

import pytest

from qa.answer.citations import check, parse
from qa.records import Passage
from qa.components import embedder_for
from qa.settings import Settings

EN = ("Russian Foreign Minister Sergey Lavrov met North Korean leader Kim Jong Un in the coastal city "
      "of Wonsan on Saturday. The two men discussed the war in Ukraine and the deepening military "
      "ties between Moscow and Pyongyang.")
RO = ("Potrivit oficialilor occidentali, aproximativ 4.000 de soldați nord-coreeni au fost uciși sau "
      "răniți în Rusia. Phenianul a trimis anul trecut 11.000 de soldați pentru a sprijini Moscova.")
# Two meetings of Kim and Putin: a body sentence for each, and the caption line between them.
VL = ("Die beiden Länder erneuerten 2019 ihre Beziehungen, als Kim Jong Un zum ersten Mal nach "
      "Wladiwostok reiste, um Wladimir Putin zu treffen.\nKim Jong-Un Vladimir Putin iunie 2024 Phenian\n"
      "Kim Jong Un und Wladimir Putin trafen sich im Juni 2024 erneut in Pjöngjang.")
DE = ("Russland hat am Mittwoch einen Rekordangriff mit 728 Drohnen und 13 Raketen auf die Ukraine "
      "gestartet. Am Donnerstag griffen russische Drohnen Kiew aus allen Richtungen an.")

# Each passage sits somewhere inside a "file", so quote offsets are file offsets, not passage ones.
FILES = {"en.txt": "Headline\n\n" + EN, "ro.txt": "Titlu\n" + RO + "\nComentarii (0)", "de.txt": DE, "vl.txt": VL}


@pytest.fixture(scope="module")
def embedder():
    return embedder_for(Settings())


def sources() -> list[Passage]:
    """Passage 1 is English, 2 Romanian, 3 and 4 German (fresh objects: the checker fills in
    sentences)."""
    out = []
    for name, lang, text, score in [("en.txt", "en", EN, 0.9), ("ro.txt", "ro", RO, 0.8), ("de.txt", "de", DE, 0.7),
                                    ("vl.txt", "de", VL, 0.6)]:
        start = FILES[name].index(text)
        out.append(Passage(source=name, language=lang, text=text, score=score, start=start, end=start + len(text)))
    return out


def one_passage(source: str, language: str, text: str) -> Passage:
    """A passage that is the whole of its short file."""
    return Passage(source=source, language=language, text=text, score=0.9, start=0, end=len(text))


def run(answer: str, embedder, language: str = "en"):
    text, citations, checks = check(answer, sources()[:3], embedder, language=language)
    return text, citations, checks


def verify(answer: str, embedder, language: str):
    """The answer checked against all four passages."""
    return check(answer, sources(), embedder, language=language)


def markers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


def kinds(checks) -> list[str]:
    return [c.kind for c in checks]


def test_right_answer_keeps_its_citations_across_languages(embedder):
    answer = ("Lavrov met Kim Jong Un in Wonsan on Saturday. [1] "
              "About 4,000 North Korean soldiers were killed or wounded in Russia [2].")
    text, citations, checks = run(answer, embedder)

    assert checks == []
    assert text == ("Lavrov met Kim Jong Un in Wonsan on Saturday. [1] "
                    "About 4,000 North Korean soldiers were killed or wounded in Russia. [2]")
    assert [(c.number, c.source, c.language) for c in citations] == [(1, "en.txt", "en"), (2, "ro.txt", "ro")]
    # The English claim about 4,000 casualties is backed by the Romanian sentence that says it.
    assert citations[1].quote.startswith("Potrivit oficialilor occidentali, aproximativ 4.000")
    for c in citations:
        assert c.quote in c.text
        assert FILES[c.source][c.quote_start:c.quote_end] == c.quote
        assert FILES[c.source][c.start:c.end] == c.text


def test_out_of_range_number_is_removed_with_a_check(embedder):
    text, citations, checks = run("Russia launched 728 drones on Wednesday [7].", embedder)

    # [7] goes; the claim, left citing nothing, gets the passage that supports it.
    assert text == "Russia launched 728 drones on Wednesday. [1]"
    assert [c.source for c in citations] == ["de.txt"]
    assert [(c.kind, c.number) for c in checks] == [("removed_citation", 7), ("added_citation", None)]
    assert "no passage 7" in checks[0].message


def test_figure_missing_from_cited_passage_moves_the_citation_to_the_passage_that_has_it(embedder):
    # 4,000 is in the Romanian passage (2), not in the English one the answer cites.
    text, citations, checks = run("About 4,000 North Korean soldiers were killed or wounded in Russia. [1]", embedder)

    assert [(c.kind, c.number) for c in checks] == [("reassigned_citation", 1)]
    assert "[1] → [2]" in checks[0].message
    assert [(c.number, c.source) for c in citations] == [(1, "ro.txt")]  # renumbered: the only one
    assert text.endswith("[1]")
    assert "4.000" in citations[0].quote


def test_sentence_with_a_figure_in_no_passage_is_dropped(embedder):
    answer = "Lavrov met Kim Jong Un in Wonsan. [1] He brought 300 soldiers with him. [1]"
    text, citations, checks = run(answer, embedder)

    assert "300" not in text
    assert text == "Lavrov met Kim Jong Un in Wonsan. [1]"
    assert kinds(checks) == ["removed_claim"]
    assert "300 not in its sentence" in checks[0].message
    assert [c.source for c in citations] == ["en.txt"]


def test_a_claim_that_cites_nothing_gets_the_passage_that_supports_it(embedder):
    text, citations, checks = run("Lavrov met Kim Jong Un in Wonsan.", embedder)
    assert text == "Lavrov met Kim Jong Un in Wonsan. [1]"
    assert [c.source for c in citations] == ["en.txt"] and kinds(checks) == ["added_citation"]


def test_a_claim_with_nothing_to_check_stays_without_a_citation(embedder):
    text, citations, checks = run("The sources disagree on this point.", embedder)
    assert (text, citations, checks) == ("The sources disagree on this point.", [], [])


def test_citations_are_renumbered_in_order_of_appearance(embedder):
    text, citations, _ = run("Russia launched a record 728 drones and 13 missiles on Wednesday. [3]", embedder)

    assert markers(text) == [1]
    [c] = citations
    assert (c.number, c.source, c.language) == (1, "de.txt", "de")
    # The quote is the sentence that holds the figures, not the neighbour about Thursday's drones.
    assert c.quote.startswith("Russland hat am Mittwoch") and "728" in c.quote


def test_quote_is_the_sentence_with_the_figure_even_when_another_sounds_closer(embedder):
    # "…728 drones on Wednesday" is closer in meaning to "Am Donnerstag griffen russische Drohnen…"
    # than to the sentence that says 728; the highlight must show 728.
    _, [c], _ = run("Russia launched 728 drones on Wednesday. [3]", embedder)
    assert "728" in c.quote


def test_two_sentences_citing_one_passage_end_up_citing_two(embedder):
    answer = ("About 4,000 North Korean soldiers were killed or wounded in Russia. [3] "
              "Russia launched 728 drones and 13 missiles at Ukraine on Wednesday. [3]")
    text, citations, checks = run(answer, embedder)
    # [3] on the casualties is wrong: it moves to the Romanian passage, which becomes [1].
    assert text == ("About 4,000 North Korean soldiers were killed or wounded in Russia. [1] "
                    "Russia launched 728 drones and 13 missiles at Ukraine on Wednesday. [2]")
    assert [(c.number, c.source) for c in citations] == [(1, "ro.txt"), (2, "de.txt")]
    assert [(c.kind, c.number) for c in checks] == [("reassigned_citation", 3)]


def test_a_marker_without_a_number_cites_nothing(embedder):
    text, [c], _ = run("Lavrov met Kim Jong Un in Wonsan [n] [1].", embedder)
    assert text == "Lavrov met Kim Jong Un in Wonsan. [1]" and c.source == "en.txt"


def test_parse_reads_lists_and_markers_that_open_the_next_sentence():
    claims = parse("Lavrov met Kim in Wonsan. [2] Then they talked [1, 3]. Drones flew [2; 3][1].")
    assert [(c.text, c.cited) for c in claims] == [
        ("Lavrov met Kim in Wonsan.", [2]),
        ("Then they talked.", [1, 3]),
        ("Drones flew.", [2, 3, 1]),
    ]


def test_list_marker_keeps_the_supporting_number_and_drops_the_other_once(embedder):
    # [2] is wrong, [3] is right: the answer keeps one [n] for the German passage, not two.
    text, citations, checks = run(
        "Russia launched 728 drones on Wednesday. [2, 3] Lavrov met Kim Jong Un in Wonsan. [1]", embedder)

    assert text == "Russia launched 728 drones on Wednesday. [1] Lavrov met Kim Jong Un in Wonsan. [2]"
    assert [(c.number, c.source) for c in citations] == [(1, "de.txt"), (2, "en.txt")]
    assert [(c.kind, c.number) for c in checks] == [("removed_citation", 2)]


def test_checked_answer_is_a_fixed_point(embedder):
    """Checking an already checked answer again (against the passages it now cites) changes nothing."""
    first, citations, _ = run("About 4,000 North Korean soldiers were killed or wounded in Russia. [1] "
                              "Lavrov met Kim Jong Un in Wonsan. [9]", embedder)
    again = [Passage(source=c.source, language=c.language, text=c.text, score=c.score, start=c.start, end=c.end) for c in citations]
    text, cites, checks = check(first, again, embedder)
    assert (text, checks) == (first, [])
    assert [(c.source, c.quote) for c in cites] == [(c.source, c.quote) for c in citations]


# --- claim by claim: each claim must be said by one sentence of a passage it cites ---------------


@pytest.mark.parametrize("language, answer, quote", [
    ("es", "Lavrov se reunió con Kim Jong Un en Wonsan el sábado [1].", "Russian Foreign Minister Sergey Lavrov met"),
    ("lt", "Lavrovas susitiko su Kim Jong Unu Vonsane šeštadienį [1].", "Russian Foreign Minister Sergey Lavrov met"),
    ("ro", "Phenianul a trimis anul trecut 11.000 de soldați pentru a sprijini Moscova [2].", "Phenianul a trimis"),
    ("de", "Russland griff die Ukraine am Mittwoch mit 728 Drohnen und 13 Raketen an [3].", "Russland hat am Mittwoch"),
    ("pl", "W czwartek rosyjskie drony zaatakowały Kijów ze wszystkich stron [3].", "Am Donnerstag griffen"),
    ("fr", "Kim Jong Un a rencontré Poutine à Pyongyang en juin 2024 [4].", "Kim Jong Un und Wladimir Putin trafen"),
    ("nl", "Kim Jong Un reisde in 2019 voor het eerst naar Vladivostok om Poetin te ontmoeten [4].", "Die beiden Länder"),
])
def test_a_supported_claim_keeps_its_citation_and_the_sentence_that_says_it(embedder, language, answer, quote):
    # Names in other spellings (Vonsane, Kijów/Kiew, Poutine/Putin, Pyongyang/Pjöngjang,
    # Poetin, Vladivostok/Wladiwostok), weekdays and months in other languages.
    text, [c], checks = verify(answer, embedder, language)
    assert checks == [] and text.endswith("[1]")
    assert c.quote.startswith(quote)


@pytest.mark.parametrize("language, answer, why", [
    # A negation the passages don't have (and a month they don't name).
    ("en", "No North Korean troops were sent to Russia in January. [1][2]", ""),
    ("ro", "Phenianul nu a trimis anul trecut 11.000 de soldați pentru a sprijini Moscova [2].", "negates"),
    ("en", "Lavrov didn't meet Kim Jong Un in Wonsan on Saturday [1].", "negates"),
    # A place and a country the passage does not name for that meeting (Pyongyang is in the next
    # sentence of passage 1, about something else).
    ("es", "Lavrov se reunió con Kim Jong Un en Pyongyang, Corea del Sur [1][2]", "Pyongyang"),
    ("pt", "Lavrov encontrou-se com Putin em Wonsan no sábado [1].", "Putin"),
    # A date from another sentence, about another meeting (and from a caption line).
    ("fr", "Kim Jong Un s'est rendu pour la première fois à Vladivostok en juin 2024 [4][1].", ""),
    ("de", "Russland griff die Ukraine am Donnerstag mit 728 Drohnen an [3].", "date"),
    ("it", "La Russia ha lanciato 728 droni contro l'Ucraina nel 2023 [3].", "2023"),
])
def test_an_unsupported_claim_is_removed_and_listed(embedder, language, answer, why):
    text, citations, checks = verify(answer, embedder, language)
    assert (text, citations) == ("", [])
    [removed] = [c for c in checks if c.kind == "removed_claim"]
    assert why in removed.message
    assert [c.kind for c in checks] == ["removed_claim"]  # its citations go with it, unlisted


def test_a_clause_joined_by_and_is_a_claim_of_its_own_and_takes_its_sentence_with_it(embedder):
    text, citations, checks = verify(
        "Lavrov met Kim Jong Un in Wonsan on Saturday and signed a treaty on nuclear weapons [1]. "
        "The two men discussed the war in Ukraine [1].", embedder, "en")
    assert text == "The two men discussed the war in Ukraine. [1]"
    assert [c.quote[:12] for c in citations] == ["The two men "]
    assert [x.kind for x in checks] == ["removed_claim"] and "signed a treaty" in checks[0].message


def test_two_clauses_keep_their_own_sentences(embedder):
    text, citations, checks = verify(
        "Russland startete am Mittwoch 728 Drohnen gegen die Ukraine, und am Donnerstag griffen "
        "russische Drohnen Kiew an [3].", embedder, "de")
    assert checks == []
    assert text == ("Russland startete am Mittwoch 728 Drohnen gegen die Ukraine [1], und am Donnerstag "
                    "griffen russische Drohnen Kiew an. [2]")
    assert [c.quote[:16] for c in citations] == ["Russland hat am ", "Am Donnerstag gr"]


def test_a_bare_value_is_not_a_claim_a_sentence_can_support(embedder):
    # "4.000" answers "how many were sent?" wrongly (4,000 were killed or wounded): a value alone
    # states nothing that a sentence could be checked against.
    text, citations, checks = verify("4.000 [2]", embedder, "de")
    assert (text, citations) == ("", []) and "bare value" in checks[0].message


def test_a_figure_given_for_the_question_must_be_one_the_sources_give_for_it(embedder):
    # 4.000 is in the cited sentence, but as the killed or wounded, not as the troops sent: the
    # extractive answer's value for "how many were sent" (11.000) tells the two apart.
    answer = "Phenianul a trimis aproximativ 4.000 de soldați pentru a sprijini Moscova [2]."
    question = "Câți soldați a trimis Phenianul pentru a sprijini Moscova?"
    text, _, checks = check(answer, sources(), embedder, language="ro", question=question, answers={"11000"})
    assert text == "" and "not what the sources give" in checks[0].message
    text, _, checks = check(answer.replace("aproximativ 4.000", "11.000"), sources(), embedder, language="ro",
                            question=question, answers={"11000"})
    assert checks == [] and "11.000" in text


def test_a_claim_that_repeats_the_question_answers_nothing(embedder):
    question = "Where did Lavrov meet Kim Jong Un on Saturday?"
    text, _, checks = check("Lavrov met Kim Jong Un on Saturday [1].", sources(), embedder, language="en",
                            question=question)
    assert text == "" and "repeats the question" in checks[0].message
    text, _, checks = check("Lavrov met Kim Jong Un in Wonsan on Saturday [1].", sources(), embedder,
                            language="en", question=question)
    assert checks == [] and "Wonsan" in text


@pytest.mark.xfail(strict=True, reason="names are checked by spelling and by distance from the question's names, not by "
                   "role: «ONU» is in the sentence, five words from «Phenianul», as the report's author, not the receiver")
def test_a_name_the_sentence_holds_in_another_role_is_no_support(embedder):
    # Seen in LLM mode (qwen1.5b, eval/README session 13): "… à l'ONU" kept with its citation.
    text = ("Un raport al 11 state membre ale ONU luna trecută a declarat că Phenianul a trimis cel puțin "
            "100 de rachete balistice în Rusia.")
    answer = "Pyongyang a livré 100 missiles balistiques à l'ONU [1]."
    _, citations, checks = check(answer, [one_passage("un.txt", "ro", text)], embedder, language="fr",
                                 question="Combien de missiles Pyongyang a-t-il livrés ?")
    assert citations == [] and [c.kind for c in checks] == ["removed_claim"]


def test_a_question_name_put_next_to_another_figure_is_no_support(embedder):
    # Seen in LLM mode (qwen1.5b, eval/README session 14), once «Północnej» was read as "north":
    # «z Południowej» (of the South) beside 3.600, where the sentence's South Korean is the
    # lawmaker, twenty words before the 3.600 wounded (``mentions.astray``).
    text = ("Een Zuid-Koreaanse parlementslid die eind februari naar Oekraïne ging, meldde dat ongeveer 400 "
            "Noord-Koreaanse soldaten tot nu toe in Rusland werden gedood en ongeveer 3.600 gewond raakten.")
    passage = one_passage("kr.txt", "nl", text)
    question = "Ilu północnokoreańskich żołnierzy zginęło i ilu zostało rannych według posła z Korei Południowej?"
    answer = "400 z Północnej Korei zginęło, a 3.600 z Południowej rannych [1]."
    _, citations, checks = check(answer, [passage], embedder, language="pl", question=question)
    assert citations == [] and [c.kind for c in checks] == ["removed_claim"]
    assert "beside its figure" in checks[0].message
    right = "400 żołnierzy z Korei Północnej zginęło, a 3.600 zostało rannych [1]."
    _, citations, checks = check(right, [passage], embedder, language="pl", question=question)
    assert len(citations) == 1 and checks == []

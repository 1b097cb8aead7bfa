"""End-to-end extractive answers over the five bundled articles (lt, ro, pt, nl, ro).

Real retrieval, real embedder, the session's index (nothing is re-embedded here). What is
asserted is what a reader sees: the answer's language and framing, the quoted fact, which file
and language it is cited from, and that every quote is verbatim where the citation says it is.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from answer_checks import assert_well_formed
from qa import Answer, ask, ask_stream
from qa.answer.conflicts import find_conflict
from qa.answer.facts import numbers
from qa.answer.i18n import phrase

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
    "es": "Esto es lo que dicen los artículos:",
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
    intro = lines.index(INTRO[lang])  # after the direct answer line, when there is one
    assert intro in (0, 2) and (intro == 0 or lines[1] == "")
    assert all(f" {REPORTS[lang]}: «" in line for line in lines[intro + 1:]), lines
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


@pytest.mark.parametrize(
    "question, lang",
    [
        # Once answered from boilerplate lines ('RETELE SOCIALE', headings), which are now
        # stored as labels and headings and never quoted (qa/kinds.py).
        ("What was the GDP of Brazil in 2022?", "en"),
        ("How does photosynthesis work in plants?", "en"),
        ("Care este capitala Australiei?", "ro"),
        ("Kokia yra Australijos sostinė?", "lt"),
        ("Quem ganhou a final da Taça do Mundo de 2018?", "pt"),
        # Once answered from the publisher's notices: 004's copyright and paywall lines, 002's
        # syndication disclaimer (stored as notices now) and a paywall's price, «de la 1,99 €.»
        ("How do I make paella?", "en"),
        ("Como faço um bolo de chocolate?", "pt"),
        # A product's name spelled with a small first letter is a name all the same: no article
        # names an iPhone (these were answered with quotes about prices of other things).
        ("Quanto custa um iPhone?", "pt"),
        ("Hoeveel kost een iPhone?", "nl"),
        ("Kiek kainuoja iPhone?", "lt"),
    ],
)
def test_off_topic_question_near_boilerplate_is_declined(indexed, question, lang):
    answer = ask(question, settings=indexed.settings)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang])


@pytest.mark.parametrize(
    "question, lang",
    [
        # Near-topic: they name what the articles name, and their best sentences (about Kim,
        # about Pyongyang) scored as high as an answer's; none of them says anything of a birth,
        # a relative or inhabitants (qa/answer/predicates.py). All four were answered with quotes.
        ("Wann wurde Kim Jong Un geboren?", "de"),
        ("How many inhabitants does Wonsan have?", "en"),
        ("Kiek gyventojų turi Pchenjanas?", "lt"),
        ("Hoeveel inwoners heeft Pyongyang?", "nl"),
        # An age or a distance: no best sentence gives a count of years or a length unit.
        ("How old is Sergei Lavrov?", "en"),
        ("Quantos quilómetros separam Pyongyang de Wonsan?", "pt"),
        # Prisoners, drones shot down, a price: the best sentences give soldiers sent and
        # drones launched; the direct answer line gave «11.000» and «728» for them.
        ("How many North Korean soldiers has Ukraine taken prisoner?", "en"),
        ("Wie viele der russischen Drohnen hat die Ukraine abgeschossen?", "de"),
        ("Combien coûte un drone russe ?", "fr"),
        # A hotel asked for by its kind: the sentences name the coastal city, no hotel.
        ("In welchem Hotel übernachtete Lawrow in Wonsan?", "de"),
        # The weather, a time of day, money paid: answered with the visit's and the troops'
        # sentences (and «1,5» · «4.000» for the pay) before these families.
        ("What was the weather like when Lavrov landed in North Korea?", "en"),
        ("À quelle heure Lavrov est-il arrivé à Wonsan ?", "fr"),
        ("Hoeveel geld kreeg Noord-Korea voor de raketten?", "nl"),
        # How someone the articles never name reacted: answered with sentences about the visit.
        ("How did India react to Lavrov's visit to North Korea?", "en"),
        ("Wie reagierte Japan auf Lawrows Reise nach Nordkorea?", "de"),
        # Someone asked for by an office, visitors counted: the best sentences name the troops
        # and Kursk, no commander; the resort, no visitors (a line said «dois (2)»).
        ("Who commands the North Korean troops in Kursk?", "en"),
        ("Wie is de bevelhebber van de Noord-Koreaanse troepen in Koersk?", "nl"),
        ("How many tourists visit Wonsan every year?", "en"),
        ("Ilu turystów odwiedza Wonsan rocznie?", "pl"),
        # Someone asked for by name through an office the sentences name without anyone in it:
        # «Volgens de ambassadeur van Rusland in Pyongyang…», «Een Zuid-Koreaanse
        # parlementslid die eind februari naar Oekraïne ging…» (the quotes were the answer).
        ("What's the name of Moscow's ambassador to North Korea?", "en"),
        # How long the meeting lasted: «uma visita de três dias» is the visit's length, and the
        # line said «três (3)».
        ("Combien de temps a duré l'entretien entre Lavrov et Kim ?", "fr"),
        ("Hoe lang duurde het gesprek tussen Lavrov en Kim in Wonsan?", "nl"),
        ("Comment s'appelle le député sud-coréen qui est allé en Ukraine ?", "fr"),
    ],
)
def test_a_question_about_something_no_best_sentence_has_a_word_for_is_declined(ask_bundled, question, lang):
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(EVERYDAY_DONT_SAY[lang]), answer.text


EVERYDAY_DONT_SAY = {**DONT_SAY, "pl": "Artykuły tego nie mówią."}


@pytest.mark.parametrize(
    "question, lang",
    [
        # Everyday questions that name nothing: e5 finds some war sentence .79 alike to each,
        # as alike as an answer without names is (all were answered with such quotes). They are
        # nearer to everyday text (qa/answer/background.txt) than to anything the articles say.
        ("How do I bake bread?", "en"),
        ("How do I change a flat tyre?", "en"),
        ("What should I wear when it rains?", "en"),
        ("Wie lange kocht man ein Ei?", "de"),
        ("Hoe maak ik pannenkoeken?", "nl"),
        ("Kaip išsivirti kavos?", "lt"),
        ("Cum îmi curăț laptopul de praf?", "ro"),
        # … and since the everyday text grew to ~34 sentences a language (cooking times, prices,
        # buses, sleep, pets), those whose own-language news sentences had stood nearer
        ("Como se prepara um café?", "pt"),
        ("Quanto tempo leva para cozinhar arroz?", "pt"),
        ("Cât timp durează să fierbi orezul?", "ro"),
        # Still answered: the best article sentence is within .03 of the nearest everyday one.
        pytest.param("Jak upiec sernik?", "pl", marks=pytest.mark.xfail(strict=True, reason="within the margin")),
    ],
)
def test_an_everyday_question_is_declined(ask_bundled, question, lang):
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(EVERYDAY_DONT_SAY[lang]), answer.text


@pytest.mark.parametrize(
    "question, fact",
    [
        # No names either, but about what the articles say: nearer to them than to everyday text.
        ("What was translated into Russian?", "rus"),
        ("Wat werd in het Russisch vertaald?", "rus"),
        ("Ce au arătat imaginile din satelit?", "satelit"),
    ],
)
def test_a_question_without_names_about_the_articles_is_still_answered(ask_bundled, question, fact):
    answer = ask_bundled(question)
    assert answer.citations and any(fact in c.quote.lower() for c in answer.citations), answer.text


RECIPE = ("Classic pancakes\n\nMix 200 grams of flour with two eggs and 300 millilitres of milk until the batter is "
          "smooth. Add a pinch of salt and a spoonful of melted butter. Let the batter rest for thirty minutes before "
          "cooking. Heat a non-stick pan over medium heat and pour in a small ladle of batter. Flip the pancake when "
          "bubbles appear on the surface, after about two minutes. Serve warm with maple syrup or fresh berries.\n")
TYRE = ("Fixing a flat bicycle tyre\n\nFirst remove the wheel from the frame by opening the quick-release lever. Use "
        "two tyre levers to pull one side of the tyre off the rim. Take out the inner tube and pump a little air into "
        "it to find the hole. Patch the hole with a rubber patch and glue, or replace the tube entirely. Inflate the "
        "tyre to the pressure printed on the tyre wall, usually between 4 and 6 bar.\n")
WEATHER = ("Wetterbericht für das Wochenende\n\nAm Samstag ist es in Norddeutschland wechselhaft mit Schauern und "
           "Temperaturen um 14 Grad. Im Süden scheint die Sonne, dort werden bis zu 22 Grad erreicht. Am Sonntag zieht "
           "von Westen ein Regengebiet auf, das am Abend auch Bayern erreicht.\n")


@pytest.mark.parametrize("question", ["Hoe lang moet het beslag rusten?", "Kiek laiko turi pastovėti tešla?"])
def test_a_folder_about_everyday_things_answers_everyday_questions_in_other_languages(tmp_path, question):
    # The everyday-text rule is for articles about something else: a Dutch question is nearer
    # to the Dutch everyday sentences than to an English recipe (e5 lifts its own language), and
    # was declined. Where the best sentences are everyday text themselves, the rule stands aside.
    from qa import build_index
    from qa.settings import Settings

    corpus = tmp_path / "howto"
    corpus.mkdir()
    (corpus / "pancakes.txt").write_text(RECIPE, encoding="utf-8")
    (corpus / "tyre.txt").write_text(TYRE, encoding="utf-8")
    (corpus / "wetter.txt").write_text(WEATHER, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    build_index(corpus, settings=settings, progress=False)
    answer = ask(question, settings=settings)
    assert "pancakes.txt" in {c.source for c in answer.citations}, answer.text


def direct_line(answer: Answer) -> str:
    """The direct answer line: the first line, when it opens with a value in «»."""
    first = answer.text.splitlines()[0]
    return first if first.startswith("«") else ""


def test_direct_answer_opens_with_the_figure_and_agreeing_files(ask_bundled):
    # 001 (ro) and 002 (pt) both give 100 missiles: one value, both citations. 000 (lt), their
    # translation, says «penkias» (five); it ranks low for the question, and is found as the
    # translation of 001's sentence (retrieval._translations, answer.direct): a side of its own.
    answer = ask_bundled("How many ballistic missiles did North Korea send to Russia in 2024 according to the UN report?")

    line = direct_line(answer)
    assert re.fullmatch(r"«100» (\[\d\]){2} · «penkias \(5\)» \[\d\] — the sources disagree", line), line
    hundred = [c for c in answer.citations if c.value == "100"]
    assert {c.source for c in hundred} == {RO, PT}
    assert [c.source for c in answer.citations if c.value == "penkias"] == [LT]
    for c in hundred:  # the value is inside its quote, at its place in the file
        text = (Path(c.root) / c.source).read_text(encoding="utf-8")
        assert text[c.value_start:c.value_end] == "100" and c.quote_start <= c.value_start < c.quote_end
    assert {c.source for c in answer.citations if c.value} == {RO, PT, LT}


def test_the_translation_of_the_first_files_sentence_is_found_where_it_ranks_low_in_the_store(ask_bundled):
    """(A tune question.) Asked in Portuguese, 002's own sentence comes first; 000's Lithuanian translation of it
    («penkias balistines raketas») is only the 112th nearest sentence to it in the store (.805),
    behind every pt, ro and nl sentence on the topic: the probe reads that far (``retrieval.WIDE``)."""
    answer = ask_bundled("Quantos mísseis balísticos a Coreia do Norte enviou à Rússia, segundo o relatório dos Estados-membros da ONU?")
    line = direct_line(answer)
    assert "«100»" in line and "«penkias (5)»" in line, answer.text
    assert [c.source for c in answer.citations if c.value == "penkias"] == [LT]


def test_which_tv_station_is_declined_where_no_best_sentence_names_an_outlet(ask_bundled):
    """003 says «In een interview verklaarde … Trump …» and names no outlet: the articles do not say
    which station he spoke to, though e5 puts that sentence at .87 to the question."""
    answer = ask_bundled("Which TV channel did Donald Trump give the interview to?")
    assert answer.citations == [], answer.text


def test_figures_disagreement_across_three_files_shows_every_side(ask_bundled):
    # 000 (lt) says "1,5" (a translation lost the thousands), 001 (ro) and 003 (nl) about 4,000.
    answer = ask_bundled("How many North Korean troops have been killed or wounded according to Western officials?")

    line = direct_line(answer)
    assert line.endswith("— the sources disagree"), answer.text
    assert "«1,5»" in line and "«4.000»" in line
    sides = {c.source for c in answer.citations if c.value}
    assert LT in sides and len(sides) >= 2
    [conflict] = [c for c in answer.checks if c.kind == "conflict"]
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", conflict.message)]
    assert cited == sorted(set(cited)) and len(cited) >= 2, conflict.message  # "[1] [4] [5]", not "[4] [1] [5]"


def test_a_file_that_shares_a_few_sentences_with_the_first_sides_speaks_through_another_side(ask_bundled):
    """003's lawmaker («400 … gedood en 3.600 gewond») is the first side; 000 shares six sentences
    with 003 but none of that one, and translates 001, whose «4.000» is a later side: 000's «1,5»,
    its telling of 001's sentence, is a side too (it was left out as if 000 translated 003)."""
    answer = ask_bundled("Ile ofiar, zabitych i rannych, poniosła armia Korei Północnej w Rosji?")
    line = direct_line(answer)
    assert "«1,5»" in line and "«4.000»" in line, answer.text
    assert [c.source for c in answer.citations if c.value == "1,5"] == [LT]


@pytest.mark.parametrize("question", ["How many missiles did Russia fire on Wednesday?",
                                      "Câte rachete au lansat rușii miercuri?"])
def test_a_figure_asked_of_a_weekday_comes_from_the_sentences_telling_that_day(ask_bundled, question):
    """Wednesday's «728 drones și 13 rachete» answers; the UN report's «100» ballistic missiles
    (and 000's «penkias»), told of no weekday, were the line and a disagreement."""
    line = direct_line(ask_bundled(question))
    assert line.startswith("«13»") and "100" not in line and "penkias" not in line, line


def test_a_date_of_another_trip_is_no_side_of_the_visit_asked_about(ask_bundled):
    """The issue's own example: 001 says Choe "travelled to Moscow in November 2024" and 000
    that she was in Moscow in "2021 m. Lapkričio mėn."; the line read «noiembrie 2024» · «2021 m.
    Lapkričio mėn.» — the sources disagree, for a visit to North Korea. Those dates are told of
    Moscow, not of the place asked about: no line, and the quotes hold 000's visit dates."""
    answer = ask_bundled("On which dates will Lavrov visit North Korea?")
    line = direct_line(answer)
    assert "2024" not in line and "2021" not in line, answer.text
    assert any("4–7" in c.quote for c in answer.citations), answer.text
    # Asked about the trip to Moscow, the same dates are its answer, and they disagree.
    line = direct_line(ask_bundled("In what year did Choe Son Hui go to Moscow for the first round of talks?"))
    assert "2024" in line and "2021" in line and line.endswith("— the sources disagree"), line


@pytest.mark.parametrize("question", [
    "Kiek karių Šiaurės Korėja papildomai pasiuntė į Rusiją šių metų pradžioje?",
    "How many extra soldiers did Pyongyang dispatch to Russia early this year?",
    "Ilu dodatkowych żołnierzy Korea Północna wysłała do Rosji na początku roku?",
    "Wie viele Soldaten schickte Nordkorea zu Jahresbeginn zusätzlich nach Russland?",
])
def test_a_count_of_the_dead_is_no_count_of_those_sent(ask_bundled, question):
    """Asked how many soldiers were sent, the articles' killed-or-wounded figures («1,5 …
    nužudyta arba sužeista», «4.000 … uciși sau răniți») were quoted beside the sending ones:
    a figure of the dead and wounded answers only a question about them (and the other way
    round; the casualty lines above still hold every side)."""
    text = ask_bundled(question).text
    assert not any(w in text for w in ("nužudyta", "uciși", "mortos ou feridos", "gedood")), text


def test_figures_from_one_article_are_not_a_disagreement(ask_bundled):
    # 003 says "400 killed and 3,600 wounded" and "4,000 killed or wounded": one source, two
    # facts, not "the sources disagree".
    answer = ask_bundled("Hoeveel Noord-Koreaanse soldaten zijn volgens het Zuid-Koreaanse leger gedood of gewond?")

    from_003 = [c for c in answer.citations if c.source == NL]
    assert from_003 and len({c.value for c in from_003 if c.value}) <= 1  # one value per file
    figures = [numbers(c.quote) for c in from_003]
    assert not any(c.kind == "conflict" and "[" + str(from_003[0].number) + "]" in c.message and
                   all(f"[{x.number}]" in c.message for x in from_003[1:2]) for c in answer.checks)
    assert figures


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


def test_dates_disagreement_is_shown(indexed):
    """000 gives 4–7 July, 001 11–13 July: both are quoted, each with its citation, and the
    answer says the sources disagree. No other trip's date leads it: the line used to open
    with «noiembrie 2024» (Choe's visit to Moscow, from a sentence that says Lavrov will
    "probably" meet him) beside «Liepos 4–7 d.»; that sentence now ranks below one that says
    what happened."""
    answer = ask("On which dates will Lavrov visit North Korea, according to the Russian foreign "
                 "ministry spokeswoman?", settings=indexed.settings)
    [lt] = [c.number for c in answer.citations if "Liepos 4–7" in (c.quote or "")]
    [ro] = [c.number for c in answer.citations if "11 - 13 iulie" in (c.quote or "")]
    [conflict] = [c for c in answer.checks if c.kind == "conflict"]
    assert f"[{lt}]" in conflict.message and f"[{ro}]" in conflict.message, answer.text
    line = direct_line(answer)
    assert not line or ("Liepos 4–7" in line and "11 - 13 iulie" in line and "noiembrie" not in line), line
    said = answer.text.splitlines()[-1] if not line else line
    assert "the sources disagree" in said, answer.text


def test_a_translation_of_the_best_sentence_is_a_side_though_it_scores_low(indexed):
    """001's Romanian sentence says what 000's Lithuanian one says (the spokeswoman announcing
    the visit), with other dates; asked in Lithuanian, it scores far below 000's, and is shown
    as the other side all the same."""
    answer = ask("Per kurias liepos dienas Rusijos užsienio reikalų ministras bus Šiaurės Korėjoje?",
                 settings=indexed.settings)
    line = direct_line(answer)
    assert "Liepos 4–7" in line and "11 - 13 iulie" in line, answer.text
    assert line.endswith(phrase("lt", "disagree")), line


def test_dates_disagreement_shows_both_right_dates(indexed):
    """The direct line gives both files' dates. It used to be left out: the best sentence (Lavrov
    travelled 'at the invitation', reported 'on Wednesday') holds no date, and the files' values
    found were 000's 'Liepos 4–7' and 002's 'novembro de 2024' (another trip); 001's sentence
    with '11 - 13 iulie' reads unlike the question. It is found now as the translation of 000's
    (``qa.answer.align``), and the line opens with a right date."""
    answer = ask("On which dates will Lavrov visit North Korea, according to the Russian foreign "
                 "ministry spokeswoman?", settings=indexed.settings)
    line = direct_line(answer)
    assert "Liepos 4–7" in line and "11 - 13 iulie" in line, answer.text
    assert line.startswith(("«Liepos 4–7", "«11 - 13 iulie")), line


@pytest.mark.parametrize("question", ["À quelles dates Lavrov se rendra-t-il en Corée du Nord ?",
                                      "Jakie daty wizyty Ławrowa w Korei Północnej?"])
def test_asked_for_the_dates_both_files_dates_are_shown(ask_bundled, question):
    """"Which dates" in the plural asks for a date, and the sentence whose only date is Choe's
    trip to Moscow no longer outranks those that date the visit: the line shows both sides.
    It used to be quotes only, none with a date of the visit."""
    line = direct_line(ask_bundled(question))
    assert "Liepos 4–7" in line and "11 - 13 iulie" in line and "2024" not in line, line


def test_asked_for_days_of_july_both_files_dates_are_shown(ask_bundled):
    """«Em que dias de julho…?»: the nearest sentence was 002's «no sábado» (weekdays, no day of
    July), and 000 was read by no probe for translations. Now that sentence ranks as one without
    a date, and the second file's nearest sentence (001's) is a probe too: its Lithuanian
    translation in 000 gives the other side."""
    line = direct_line(ask_bundled("Em que dias de julho o chefe da diplomacia russa estará na Coreia do Norte?"))
    assert "Liepos 4–7" in line and "11 - 13 iulie" in line, line


def test_asked_on_which_platform_the_sentence_naming_one_is_quoted_first(ask_bundled):
    """«Su quale piattaforma…?»: 002's sentence says the ministry shared the photo «do Telegram»;
    the sentences about the meeting itself read more like the question and were quoted first.
    A sentence naming a platform now ranks as an office's does for "who is the minister"."""
    answer = ask_bundled("Su quale piattaforma il ministero russo ha pubblicato la foto dell'incontro con Kim?")
    assert answer.citations and "Telegram" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question", [
    "Which model of ballistic missile has North Korea been handing to Russia?",
    "Jaki typ rakiet balistycznych Korea Północna przekazuje Rosji?",
])
def test_asked_which_model_the_sentence_naming_its_designation_is_quoted_first(ask_bundled, question):
    """Only 004 names the missile: «Transferul rachetelor balistice Hwasong-11A, sau KN-23…»; the
    sentences counting missiles read more like the question, and for these wordings 004's chunk
    was not even retrieved. A question asking which type or model now reads the retrieved
    articles' nearer sentences naming a designation, and ranks them first."""
    answer = ask_bundled(question)
    assert answer.citations and "KN-23" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question, place", [
    ("In quale zona di confine russa i soldati di Pyongyang hanno aiutato a respingere l'offensiva ucraina?", "Kursk"),
    ("Które miasto na północnym wschodzie Ukrainy zostało zaatakowane przez zmasowany nalot dronów?", "Charkiw"),
    ("Lavrov–Kim meeting venue?", "Wonsan"),  # a chat asks the place by a noun for one
])
def test_asked_which_region_or_city_a_sentence_naming_a_new_place_is_quoted_first(ask_bundled, question, place):
    """(Tune questions.) The sentences about the war and the alliance read more like the
    question than «… din Kursk, unde soldații…» or «… op de noordoostelijke tankstad Charkiw».
    A question asking which city, town or region ranks a sentence that names, after a
    preposition or a word for a settlement, a place the question does not name higher."""
    answer = ask_bundled(question)
    assert answer.citations and place in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question", [
    "Chi è la portavoce che ha annunciato il viaggio di Lavrov?",  # (tune questions)
    "Wie is woordvoerster van Lavrovs ministerie?",
])
def test_asked_for_the_spokeswoman_the_sentence_naming_her_is_quoted(ask_bundled, question):
    """001 names her in a long sentence about the trip's dates, by a mistranslation: «Potrivit
    vorbitorului Ministerului Rus al Afacerilor Externe, Maria Zakharova, …» (the speaker); it
    was not among the sentences read. A question asking for a spokesperson now reads the
    retrieved articles' sentences naming one, and ranks them first."""
    answer = ask_bundled(question)
    assert any(re.search(r"Maria Zakha?rova", c.quote) for c in answer.citations), answer.text  # 000: «Zakhrova»


@pytest.mark.parametrize("question", [
    "Porque é que os soldados norte-coreanos foram retirados da linha da frente em janeiro?",  # (tune questions)
    "De ce au fost scoși militarii nord-coreeni de pe linia frontului în ianuarie?",
])
def test_a_month_the_question_names_ranks_the_sentence_that_names_it(ask_bundled, question):
    """Only 003 says why: «… maar teruggetrokken in januari na massale verliezen»; sentences
    about the troops read as alike and were quoted instead. A month is a name translation
    keeps: a sentence naming every month the question names (itself or in the two sentences
    before it, «În septembrie 2023, … S-a întâlnit … patru ore») now ranks higher."""
    answer = ask_bundled(question)
    assert answer.citations and "verliezen" in answer.citations[0].quote, answer.text


def test_a_translation_of_a_file_that_agrees_with_the_first_side_speaks_too(ask_bundled):
    """(A tune question.) 002 dates the first round in Moscow «novembro de 2024» in an article of
    its own; 001 agrees («noiembrie 2024»), and 000, which translates 001, dates it «2021 m.
    Lapkričio mėn.». Only the first side's file was looked up in translation, so the line gave
    November 2024 alone."""
    answer = ask_bundled("Quando ocorreu em Moscou a primeira rodada do diálogo estratégico entre a Rússia e a "
                         "Coreia do Norte?")
    line = direct_line(answer)
    assert "2024" in line and "2021 m. Lapkričio" in line and line.endswith("— as fontes divergem"), answer.text
    assert [c.source for c in answer.citations if c.value and c.value.startswith("2021")] == [LT]


@pytest.mark.parametrize("question", [
    "Durata della tregua proposta da Washington?",  # (tune questions)
    "¿Tregua propuesta por Washington: cuántos días?",
])
def test_a_truces_length_is_read_in_the_sentence_that_tells_a_length_of_time(ask_bundled, question):
    """003 says the White House proposed «de volledige arrestatie van 30 dagen» (a machine's
    "arrest" for ceasefire), .77 alike to the question, under the floor: a length of time asked
    ranks the sentences telling one (no visit's, no meeting's) and answers just under the floor
    where the sentence names the question's names (Washington: «het Witte Huis»)."""
    answer = ask_bundled(question)
    assert any("30 dagen" in c.quote for c in answer.citations), answer.text
    # … and a visit's three days (002) or a count of leaders is no side of it
    assert "três" not in answer.text and "dois" not in answer.text, answer.text


def test_sentences_anchored_under_the_floor_answer_however_everyday_the_question_reads(ask_bundled):
    """«Jak długi rozejm zaproponował Biały Dom?» reads nearer everyday text than the articles
    (``background``), and 003's «… arrestatie van 30 dagen … die het Witte Huis had
    voorgesteld» is just under the floor: the sentence names the White House and tells a length
    of time (``_anchoring``), so it is about the question, and answers."""
    answer = ask_bundled("Jak długi rozejm zaproponował Biały Dom?")
    assert any("30 dagen" in c.quote for c in answer.citations), answer.text


def test_when_is_declined_where_nothing_it_would_quote_tells_a_time(ask_bundled):
    """001 says the artillery manuals «au fost traduse în rusă» and not when: a quote that tells
    no time at all (no year, month, weekday or "last week") cannot answer "when"."""
    answer = ask_bundled("When were the North Korean artillery manuals translated into Russian?")
    assert answer.citations == [], answer.text


def test_which_day_is_declined_where_nothing_it_would_quote_names_a_day(ask_bundled):
    """004 says Kim first went to Vladivostok in 2019 and not on which day; its article's own date
    (2 November 2024) is not the day of that meeting either."""
    answer = ask_bundled("On which day exactly did Kim Jong Un meet Putin in Vladivostok in 2019?")
    assert answer.citations == [], answer.text


@pytest.mark.parametrize("question", ["On which day did Lavrov meet Kim Jong Un in Wonsan?",
                                      "An welchem Tag besuchte Lawrow Wonsan?"])
def test_one_day_asked_takes_no_month_for_it(ask_bundled, question):
    """002 says they met «no sábado»; other sentences give months of other trips («noiembrie
    2024»), which say no day: no line of months, the Saturday's sentence quoted."""
    answer = ask_bundled(question)
    assert not answer.text.startswith("«"), answer.text
    assert "sábado" in answer.text, answer.text


def test_a_weekday_opening_its_sentence_tells_the_day(ask_bundled):
    """001's «Joi, dronele rusești au atacat Capitala Kiev din toate direcțiile»: «Joi» (Thursday)
    is also a word, read as a weekday where it opens the sentence before a comma, so the which-day
    question is answered, not declined."""
    answer = ask_bundled("On which day did Russian drones attack Kyiv from all directions?")
    assert "Joi," in answer.text and answer.citations, answer.text


def test_a_file_agreeing_with_the_first_side_lets_its_translation_disagree(ask_bundled):
    """002 and 001 place the first round in Moscow in November 2024; 000, which translates 001,
    says «2021 m. Lapkričio». Asked in Portuguese, 001 scores too far under 002's own-language
    sentence to be a side by its score, but it gives 002's value, so it agrees, and 000 speaks
    through its sentence: both sides are shown."""
    answer = ask_bundled("Quando decorreu em Moscovo a primeira ronda do diálogo estratégico?")
    line = answer.text.split("\n")[0]
    assert "2024" in line and "2021" in line, answer.text
    assert {c.source[:3] for c in answer.citations if c.value} >= {"000", "001"}, answer.text


@pytest.mark.parametrize("question", [
    "when did the first round of the strategic dialogue take place in moscow",
    "when was the first strategic dialogue round in moscow",
])
def test_a_question_typed_in_lower_case_is_answered_as_its_cased_form(ask_bundled, question):
    """Typed in lower case, the question named nothing («moscow»), so the rules that read a
    question's names found none and it was declined; its names are now read from the articles'
    spelling, and both sides of the first round's year are shown."""
    line = ask_bundled(question).text.split("\n")[0]
    assert "2024" in line and "2021" in line, line


def test_a_side_agreeing_from_another_sentence_lets_its_files_translation_disagree(ask_bundled):
    """Asked in Polish, 000's «2021 m. Lapkričio» and 001's «noiembrie 2024» were sides by their
    scores, but neither file has a dated twin of 002's first-side sentence, so both were dropped
    as the same report saying something else, and 002's date alone was left, unbacked: declined.
    001 says what 002 says, so it stays, and 000, whose sentence translates 001's, speaks
    through it."""
    answer = ask_bundled("W którym roku w Moskwie przeprowadzono pierwszą rundę dialogu strategicznego?")
    line = answer.text.split("\n")[0]
    assert "2024" in line and "2021" in line, answer.text


@pytest.mark.parametrize("question", ["Wie viele Tage war Lawrow in Nordkorea?", "How many days was Lavrov in North Korea?"])
def test_a_stays_days_are_not_the_truces(ask_bundled, question):
    """A length of time asked with no word for the stay: 002's three-day visit answers, not the
    30 days of the truce the White House proposed (003), which names neither Lavrov nor Korea."""
    line = direct_line(ask_bundled(question))
    assert "três" in line and "30" not in line, line


def test_an_office_the_question_quotes_is_no_office_asked_since_when(ask_bundled):
    """"…, according to the foreign ministry?" asks since when the relations were renewed (004:
    «… din 2019»), not since when someone holds an office."""
    answer = ask_bundled("Since when have Moscow and Pyongyang renewed their privileged relations, "
                         "according to the foreign ministry?")
    assert "2019" in direct_line(answer), answer.text


@pytest.mark.parametrize("question", [
    "Como se chama o ministro da Defesa da Coreia do Sul?",
    "Qual é o nome do ministro sul-coreano da Defesa?",
])
def test_an_office_holder_is_read_from_the_article_that_names_him(ask_bundled, question):
    """Only 004 names South Korea's defence minister («Kim Yong-hyun, ministrul sud-coreean al
    Apărării»); a Portuguese question found 002's Portuguese sentences best, none naming the
    office, and was declined."""
    answer = ask_bundled(question)
    assert any(c.source.startswith("004") and "Kim Yong-hyun" in c.text for c in answer.citations), answer.text


@pytest.mark.parametrize("question", [
    "Nuo kada iš Šiaurės Korėjos į Rusiją važiuoja traukiniai su amunicija?",
    "Desde quando circulam comboios de munições entre a Coreia do Norte e a Rússia?",
])
def test_since_when_is_read_from_the_one_article_that_tells_it(ask_bundled, question):
    """Only 004 tells since when trains have carried munitions («… din octombrie 2022»); a
    Lithuanian question retrieved 000's Lithuanian sentences alone, and a Portuguese one found
    002's satellite images of ships best, which tell no since: both were declined."""
    assert "octombrie 2022" in direct_line(ask_bundled(question))


@pytest.mark.parametrize("question", [
    "Since when has Sergei Shoigu been Putin's security adviser?",
    "Seit wann ist Kim Yong-hyun südkoreanischer Verteidigungsminister?",
])
def test_since_when_someone_holds_an_office_is_declined_where_no_sentence_tells_it(ask_bundled, question):
    """The articles never say when anyone took office; 004's «… au reînnoit relațiile
    privilegiate, din 2019» tells since when the two countries renewed their relations, and the
    sentence naming South Korea's defence minister tells no since: no answer, no «2019»."""
    answer = ask_bundled(question)
    assert answer.citations == [], answer.text


def test_a_figure_of_hours_is_no_count_of_people(ask_bundled):
    """(A tune question.) "How many North Korean generals are in Russia?": 000's factories
    «dirba dvidešimt keturias valandas» (work twenty-four hours) opened the answer as «24»."""
    answer = ask_bundled("Kiek Šiaurės Korėjos generolų šiuo metu yra Rusijoje?")
    assert not any(c.value and "keturias" in c.value for c in answer.citations), answer.text
    assert "«dvidešimt" not in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize("question", [
    "Wer schätzt, dass rund 4.000 nordkoreanische Soldaten getötet oder verwundet wurden?",
    "Quem estima que cerca de 4 mil soldados norte-coreanos morreram ou ficaram feridos?",
])
def test_asked_who_gives_a_figure_every_articles_credit_is_quoted(ask_bundled, question):
    """002 and 001 credit the ~4,000 killed or wounded to Western officials, 003 to South Korea's
    armed forces: the answer to "who" is each of them, not the one article nearest the question."""
    answer = ask_bundled(question)
    quoted = [(c.source, c.quote) for c in answer.citations]
    assert any(s == NL and "Zuid -Koreaanse strijdkrachten" in q for s, q in quoted), answer.text
    assert any(s in (RO, PT) and re.search("ocidentais|occidentali", q) for s, q in quoted), answer.text


@pytest.mark.parametrize("question, said", [
    ("rzeczniczka rosyjskiego MSZ – jak się nazywa?", r"Maria Zakha?rova"),  # (tune questions)
    ("Pe ce platformă a publicat MAE rus poza întâlnirii?", r"Telegram"),
])
def test_a_foreign_ministry_named_by_its_initials_is_the_ministry_the_sources_name(ask_bundled, question, said):
    """«MSZ», «MAE»: the question names the ministry by its initials, which no source spells;
    the sources name it in words («Ministerului Rus al Afacerilor Externe»). Read as a name no
    best sentence holds, it declined the question; initials of a ministry are an office, as its
    portfolio's words are (``names._NOT_NAMES``)."""
    answer = ask_bundled(question)
    assert any(re.search(said, c.quote) for c in answer.citations), answer.text


def test_asked_on_which_platform_the_sentence_naming_one_is_read_past_the_nearest(ask_bundled):
    """(A tune question.) «Pe ce platformă…?» found the meeting's sentences, and 002's «… uma
    foto da reunião do Telegram» was not among those read; the retrieved articles' sentences
    naming a platform now are."""
    answer = ask_bundled("Pe ce platformă a postat diplomația rusă poza întâlnirii?")
    assert any("Telegram" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize("question", [
    "Op welk kanaal verspreidde de Russische diplomatie een foto van het gesprek met Kim?",
    "Per quale canale la diplomazia russa ha diffuso la foto del colloquio con Kim?",
])
def test_asked_on_which_channel_a_file_that_was_not_retrieved_still_answers(ask_bundled, question):
    """For these wordings the search retrieved 001, 003 and 004 (the meeting, the visit), and
    002, whose sentence names Telegram, was not among them, so no probe read it: the sentences
    naming a platform are now looked for among all the store's nearest, whatever their file."""
    answer = ask_bundled(question)
    assert answer.citations and "Telegram" in answer.citations[0].quote, answer.text


def test_asked_which_adviser_a_file_that_was_not_retrieved_still_answers(ask_bundled):
    """Asked in Portuguese, the Portuguese article fills the retrieved passages, and 003's
    «Poetin's beveiligingsadviseur Sergei Schoigu ontmoette vorige week Kim…» was not read:
    Lavrov's meeting was quoted. A sentence naming an adviser is now looked for among all the
    store's nearest, as one naming a platform is."""
    answer = ask_bundled("Quem é o conselheiro do Kremlin que visitou Kim na semana passada?")
    assert answer.citations and "Schoigu" in answer.citations[0].quote, answer.text


def test_the_time_a_question_names_outweighs_a_same_language_sentence_without_it(ask_bundled):
    """«la începutul anului»: 003 tells it («aan het begin van het jaar minstens 3.000 andere
    soldaten»), and 001's Romanian sentences about the 25,000–30,000 to come read nearer to a
    Romanian question; a sentence telling the time the question names now gains twice the bonus."""
    answer = ask_bundled("Câți soldați în plus a trimis Coreea de Nord în Rusia la începutul anului?")
    assert direct_line(answer).startswith("«3.000»"), answer.text


def test_january_and_february_find_the_start_of_the_year(ask_bundled):
    """«em janeiro e fevereiro»: 003 gives the figure as «aan het begin van het jaar … 3.000»,
    and the sentence naming the months gives the total after them («tot ongeveer 11.000»). The
    first was not even read: the search now reads it past the nearest, and it counts as naming
    those months."""
    answer = ask_bundled("Quantos militares a mais chegaram da Coreia do Norte em janeiro e fevereiro?")
    assert direct_line(answer).startswith("«3.000»"), answer.text
    assert any("3.000" in c.quote and c.source.startswith("003") for c in answer.citations), answer.text


@pytest.mark.parametrize("question", [
    "Wie viele Tage Feuerpause hatte Washington vorgeschlagen?",
    "Hoeveel dagen wapenstilstand stelde Washington voor?",
])
def test_a_truce_washington_proposed_is_the_one_the_white_house_did(ask_bundled, question):
    """003 alone tells it: «… de volledige arrestatie van 30 dagen … die het Witte Huis had
    voorgesteld». No best sentence named Washington, so the question was declined; news names
    the White House by Washington, and both are now one name in every language."""
    answer = ask_bundled(question)
    assert answer.citations and "30 dagen" in answer.citations[0].quote, answer.text


def test_a_translation_shares_the_questions_names_as_the_same_language_article_does(ask_bundled):
    """«Noord-Korea» is «nord-coreeană» in 001's sentence that answers, and 003's sentence about
    containers took the names bonus alone (stems alike only in one spelling): it was quoted. For
    a question asking no figure or date, a name now counts wherever the sentence spells it."""
    answer = ask_bundled("In welke taal zijn de artilleriehandboeken van Noord-Korea vertaald?")
    assert answer.citations and "traduse în rusă" in answer.citations[0].quote, answer.text


def test_a_german_question_full_of_nouns_is_answered(ask_bundled):
    """German capitalises every noun: «Sprecherin», «Außenministeriums» were taken for names no
    best sentence spells, and the question was declined. The question's language now says
    they are nouns (after an article and an adjective), and the spokeswoman is quoted."""
    answer = ask_bundled("Wer ist die Sprecherin des russischen Außenministeriums?")
    assert any(re.search(r"Zakh?a?rova", c.quote or "") for c in answer.citations), answer.text


def test_the_length_of_a_meeting_the_articles_tell_is_still_answered(ask_bundled):
    """004: «S-a întâlnit, în timpul unui lung interviu de patru ore, cu președintele rus»."""
    answer = ask_bundled("Quanto tempo durou a conversa entre Kim e Putin em 2023?")
    assert any("patru ore" in (c.quote or "") for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["What gift did Kim give Lavrov in Wonsan?",
                                      "What is the range of the AI attack drones Kim tested?"])
def test_a_gift_or_a_range_the_articles_do_not_tell_is_declined(ask_bundled, question):
    """The articles tell of the visit and of the drone test, of no gift and no range: these used
    to get the visit's and the test's sentences as quotes."""
    answer = ask_bundled(question)
    assert answer.citations == [], answer.text


def test_short_range_missiles_ask_for_no_range(ask_bundled):
    """«short-range» names the missiles the question sets aside, no range it asks for: the
    question is answered from 003 (a first version of the range words declined it)."""
    answer = ask_bundled("Which heavy weapons did North Korea deliver to Russia besides short-range missiles?")
    assert any(c.source.startswith("003") for c in answer.citations), answer.text


def test_a_figure_asked_for_by_what_a_lawmaker_said_is_still_answered(ask_bundled):
    """The lawmaker who counted the dead is unnamed, and the question asks for his figure, not
    his name: it is answered."""
    answer = ask_bundled("How many North Korean soldiers were killed according to a South Korean lawmaker?")
    assert answer.text.startswith("«400»"), answer.text


def test_the_lawmakers_article_is_quoted_for_what_the_lawmaker_said(ask_bundled):
    """002's «As autoridades ocidentais estimam que cerca de 4.000 …» reads nearer to a Portuguese
    question, but names no lawmaker: 003's lawmaker sentence answers, and only its article is quoted."""
    answer = ask_bundled("Quantos soldados norte-coreanos morreram, segundo um deputado sul-coreano?")
    assert answer.text.startswith("«400»"), answer.text
    assert {c.source[:3] for c in answer.citations} == {"003"}, answer.text


def test_another_countrys_lawmaker_is_not_the_one_the_question_believes(ask_bundled):
    """003's lawmaker is South Korean: asked for a Russian lawmaker's count, its «400» is no line."""
    answer = ask_bundled("Selon un député russe, combien de soldats nord-coréens ont été tués ?")
    assert not answer.text.startswith("«400»"), answer.text


@pytest.mark.parametrize("question, figure", [
    ("La Corée du Nord a payé un lourd tribut : combien de soldats ont été tués ou blessés ?", "4.000"),
    ("Combien de drones la Russie a-t-elle lancés, elle qui a déjà payé cher cette guerre ?", "728"),
])
def test_a_price_paid_in_a_figure_of_speech_asks_no_price(ask_bundled, question, figure):
    """«payé un lourd tribut», «payé cher»: no payment is asked, and the count is answered."""
    answer = ask_bundled(question)
    assert figure in answer.text, answer.text


def test_what_was_paid_is_declined_where_no_sentence_tells_a_price(ask_bundled):
    """The articles tell of shells and missiles sent, not of what Russia paid for them («payé»)."""
    answer = ask_bundled("Combien la Russie a-t-elle payé la Corée du Nord pour les obus livrés ?")
    assert answer.citations == [], answer.text


@pytest.mark.parametrize("question", [
    "Wie heißt der südkoreanische Verteidigungsminister?",
    "Kas yra Pietų Korėjos gynybos ministras, patvirtinęs Šiaurės Korėjos karių žūtį Donbase?",
])
def test_someone_asked_for_by_office_is_quoted_from_the_sentence_that_names_the_office(ask_bundled, question):
    """004 names him by his office («Kim Yong-hyun, ministrul sud-coreean al Apărării»); e5 put
    sentences about Korea's soldiers and a defence pact above it, and the answer quoted 003 and
    000 only. A sentence that names the office asked for now ranks above those."""
    answer = ask_bundled(question)
    assert "Yong-hyun" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_empty_question_is_refused(indexed, question):
    with pytest.raises(ValueError, match="empty"):
        ask(question, settings=indexed.settings)


@pytest.mark.parametrize("question", ["Where did Lavrov meet Kim Jong Un?", "Wo haben sich Lawrow und Kim Jong Un getroffen?"])
def test_the_sentence_that_says_where_they_met_is_quoted_before_those_that_say_they_might(ask_bundled, question):
    # 000's «Galbūt … gali susitikti» ("perhaps … may meet") used to come first, above 002's Wonsan.
    answer = ask_bundled(question)
    assert "Wonsan" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question", ["???", "…", " ?! ", "🙂🙂"])
def test_a_question_without_words_is_refused_not_answered_with_quotes(indexed, question):
    # "???" used to be answered with the copyright notice and the paywall line of 004.
    with pytest.raises(ValueError, match="^the question has no words"):
        ask(question, settings=indexed.settings)


def test_a_filtered_question_that_is_declined_says_what_was_searched(ask_bundled):
    from qa import Scope

    answer = ask_bundled("Wat is de hoofdstad van Australië?", scope=Scope(("pt",)))
    assert answer.citations == []
    assert "(pt)" in answer.text and "geïndexeerde" not in answer.text, answer.text  # not "none of the indexed articles"
    assert ask_bundled("Wat is de hoofdstad van Australië?").text.count("geïndexeerde") == 1


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


@pytest.mark.parametrize("first_q, follow_q, lang", [
    ("Kiek Šiaurės Korėjos karių žuvo Rusijoje?", "Ir kada?", "lt"),  # alone: read as Ilocano
    ("Ilu żołnierzy z Korei Północnej wysłano do Rosji?", "A kiedy?", "pl"),  # alone: Afrikaans
])
def test_a_short_follow_up_is_answered_in_the_conversations_language(ask_bundled, first_q, follow_q, lang):
    first = ask_bundled(first_q)
    assert first.language == lang
    follow = ask_bundled(follow_q, history=[(first_q, first.text)])
    assert follow.language == lang
    framing = phrase(lang, "intro") if follow.citations else phrase(lang, "none")
    assert framing in follow.text


def test_stream_yields_the_text_then_the_same_answer(indexed):
    items = list(ask_stream("How many drones did Russia launch on Wednesday?", settings=indexed.settings))

    *pieces, final = items
    assert pieces and all(isinstance(p, str) for p in pieces)
    assert isinstance(final, Answer)
    assert "".join(pieces) == final.text
    assert "728" in final.text
    assert_well_formed(final, indexed.corpus)


def test_a_question_limited_to_a_language_or_a_file_cites_only_those(ask_bundled):
    from qa import Scope

    question = "How many drones did Russia launch on Wednesday?"
    romanian = ask_bundled(question, scope=Scope(languages=("ro",)))
    assert romanian.citations and {c.language for c in romanian.citations} == {"ro"}
    assert "728" in romanian.text

    one_file = ask_bundled(question, scope=Scope(sources=(PT,)))
    assert one_file.citations and {c.source for c in one_file.citations} == {PT}

    # A filter that matches no indexed article says so, instead of blaming the articles.
    with pytest.raises(LookupError, match="no indexed article in language ja"):
        ask_bundled(question, scope=Scope(languages=("ja",)))
    with pytest.raises(LookupError, match="no indexed article named data/articles/x.txt"):
        ask_bundled(question, scope=Scope(sources=("data/articles/x.txt",)))


def test_token_rescoring_when_turned_on_still_answers_with_the_value_and_verbatim_quotes(indexed):
    """``QA_TOKEN_RESCORE`` (late interaction over the best sentences, off by default for speed)."""
    settings = indexed.settings.with_(token_rescore=4)
    answer = ask("Wie viele Drohnen startete Russland am Mittwoch?", settings=settings)
    assert_well_formed(answer, indexed.corpus)
    assert "728" in answer.text and answer.citations


def test_token_rescoring_keeps_the_answer_that_adds_a_new_name(indexed):
    # Token matching rewards a sentence that repeats the question's names ("Lavrov may meet Kim
    # Jong Un") over the one that answers with a new name (Wonsan). That was a strict xfail
    # until a sentence saying only what may happen lost to one saying what did (hedge_penalty);
    # the bias itself stays, one reason QA_TOKEN_RESCORE is off by default besides its cost.
    answer = ask("Where did Lavrov meet Kim Jong Un?", settings=indexed.settings.with_(token_rescore=4))
    assert "Wonsan" in answer.text and answer.citations[0].source == PT


def test_a_how_many_question_in_german_gets_the_drones_not_a_figure_about_soldiers(ask_bundled):
    """The German question's verb and subject ("startete Russland") are not what it counts: the
    sources agree on 728 drones, and no figure about soldiers makes them "disagree"."""
    answer = ask_bundled("Wie viele Drohnen startete Russland am Mittwoch?")
    direct = answer.text.split("\n")[0]
    assert direct.startswith("«728»") and "widersprechen" not in direct


def test_no_direct_answer_line_from_a_figure_the_best_sentence_does_not_give(ask_bundled):
    """Asked for artillery shells, the best sentence gives none of the figures nearby ones do;
    the line showed «3.600» (the wounded, from a runner-up sentence) above the quotes: no value
    is better than a wrong one in first place. The quotes left (the visit's dates, the training
    manuals) hold no figure at all, so they cannot say how many either: the question is declined
    (``Tuning.count_quoted``) rather than answered with them."""
    answer = ask_bundled("Combien d'obus d'artillerie la Corée du Nord a-t-elle envoyés à la Russie ?")
    assert direct_line(answer) == "", answer.text
    assert not answer.citations and answer.text.startswith(phrase("fr", "none")), answer.text


def test_a_count_of_shells_shows_the_shells_of_each_file_not_missiles_or_soldiers(ask_bundled):
    """000's sentence gives «penkias balistines raketas ir 1 milijoną artilerijos kriauklių» (five
    missiles and a million shells, "shells" translated as seashells): its side is the million,
    and no file's side is a count of missiles or soldiers."""
    answer = ask_bundled("How many artillery shells did North Korea ship to Russia, according to the UN member states?")
    line = direct_line(answer)
    assert "milijon" in line and ("milhões" in line or "milioane" in line), answer.text
    assert "penkias" not in line and "100" not in line, answer.text


def test_a_smaller_top_k_narrows_what_the_answer_draws_on(indexed):
    """top_k 1: one passage, plus the chunks of at most two nearest sentences (it was ten,
    whatever top_k, so "1 passage" cited up to four)."""
    from qa.retrieval import search

    found = search("How many drones did Russia launch on Wednesday?", 1, indexed.settings)
    assert len(found.passages) == 1 and len(found.best_sentences) == 2 and len(found.extra) <= 2
    assert len(search("How many drones did Russia launch on Wednesday?", 5, indexed.settings).best_sentences) == 10
    answer = ask("How many drones did Russia launch on Wednesday?", settings=indexed.settings, top_k=1)
    assert answer.citations and "728" in answer.text


def test_each_quote_is_introduced_with_the_languages_colon(ask_bundled):
    """French puts a space before its colon, as the intro does ("… les articles :")."""
    answer = ask_bundled("Combien de drones la Russie a-t-elle lancés mercredi ?")
    items = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert items and all(re.search(r"\) rapporte : «", line) for line in items), answer.text
    english = ask_bundled("How many drones did Russia launch on Wednesday?")
    assert all(") reports: «" in line for line in english.text.splitlines() if line.startswith("- "))


@pytest.mark.parametrize(
    "question",
    [
        "Who is Lavrov expected to hold talks with in North Korea?",
        "Mit wem soll Lawrow in Nordkorea sprechen?",
        "Con chi dovrebbe incontrarsi Lavrov in Corea del Nord?",
    ],
)
def test_a_question_about_what_is_expected_is_answered_by_what_will_probably_happen(ask_bundled, question):
    # 001: «Lavrov se va întâlni probabil cu omologul său …, Choe» ("will probably meet"). A
    # sentence saying only what may happen loses to one saying what did, unless the question
    # asks what is expected (negation.prospective); two of these quoted no Choe.
    answer = ask_bundled(question)
    assert any("Choe" in c.quote for c in answer.citations), answer.text


def test_a_year_the_lithuanian_translation_gives_otherwise_is_a_side(ask_bundled):
    # 001 (ro) and 002 (pt): the UN report's shipments in 2024; 000 (lt), their translation,
    # «2021 m.». The Lithuanian file does not rank for the question; its sentence is found as
    # the translation of 001's (retrieval._translations). Before, the line read «2024» alone.
    answer = ask_bundled("In welchem Jahr schickte Pjöngjang laut dem UN-Bericht Raketen und Munition nach Russland?")
    line = direct_line(answer)
    assert "2021" in line and "2024" in line, answer.text
    assert [c.source for c in answer.citations if c.value and "2021" in c.value] == [LT]


def test_a_reaction_of_someone_the_articles_name_is_still_answered(ask_bundled):
    """The reaction rule declines only where no best sentence names the one who reacts."""
    answer = ask_bundled("What did Zakharova say about Lavrov's trip?")
    assert answer.citations and not answer.text.startswith(DONT_SAY["en"]), answer.text


def test_the_first_round_is_not_answered_with_the_second_rounds_dates(ask_bundled):
    """«11 - 13 iulie … a doua runde a dialogului strategic» (the second round) repeats every
    other word of a question about the first round, and e5 barely tells "first" from "second":
    the line read «11 - 13 iulie» · «Liepos 4–7 d.» · «2019». The first round is November 2024
    in 001 and 002, November 2021 in 000 (whose sentence ranks past the store's ten nearest)."""
    line = direct_line(ask_bundled("Wann fand die erste Runde des strategischen Dialogs statt?"))
    assert "2024" in line and "2021" in line and line.endswith(phrase("de", "disagree")), line
    assert "iulie" not in line and "Liepos" not in line, line


def test_a_first_round_in_moscow_just_under_the_floor_shows_every_files_year(ask_bundled):
    """Naming Moscow, the question reads .77-.79 like every sentence: only those of the five best
    naming Moscow with a date answer (``_anchoring``), 001's and 002's November 2024. 000's
    «… lankėsi Maskvoje pirmajame strateginių diskusijų etape 2021 m.» names it too, in the
    Lithuanian locative, and ranks eighth: it is a side all the same (``Tuning.anchored_sides``)."""
    line = direct_line(ask_bundled("In welk jaar vond de eerste ronde van de strategische dialoog tussen de twee "
                                   "ministers van Buitenlandse Zaken in Moskou plaats?"))
    assert "2024" in line and "2021" in line, line


def test_a_total_the_articles_do_not_give_is_declined(ask_bundled):
    """Asked for a total, quotes of parts are no answer: no article gives how many Hwasong-11A
    missiles were handed over in all (the UN report counts ballistic missiles in 2024)."""
    answer = ask_bundled("How many Hwasong-11A missiles did Pyongyang hand over to the Russian army in total?")
    assert answer.citations == [] and answer.text.startswith(DONT_SAY["en"]), answer.text


@pytest.mark.parametrize("question, lang", [
    ("À quelle date le pacte de défense a-t-il été signé ?", "fr"),
    ("Wann wurde der Verteidigungspakt unterzeichnet?", "de"),
])
def test_a_date_of_another_event_dates_no_signing(ask_bundled, question, lang):
    """The pact's signing is told without a date (003's «… vorig jaar … defensiepact hebben
    getekend»): 004's «… în 2022» and Lavrov's «11 - 13 iulie» tell of no signing, so they are
    no date of it."""
    answer = ask_bundled(question)
    assert not any(d in direct_line(answer) for d in ("2022", "iulie", "Liepos")), answer.text


def test_both_dates_are_lined_where_a_third_files_sentence_is_best_by_a_hair(ask_bundled):
    """(From the tune half.) The best sentence is 002's about the first talks in Moscow («…
    novembro de 2024»), the visit's dates 000's and 001's, within .01 of it: the sides disagree
    and every one is as near as the best, so the line shows them. It used to be quotes only, the
    line withheld because the best sentence's file gave neither side (``extractive._backed``)."""
    line = direct_line(ask_bundled("Dates de la visite de Lavrov ?"))
    assert "Liepos 4–7" in line and "11 - 13 iulie" in line and "2024" not in line, line


@pytest.mark.parametrize("question, lang", [
    ("Where will Lavrov head after his visit to North Korea?", "en"),
    ("Dokąd uda się Ławrow po wizycie w Korei Północnej?", "pl"),
])
def test_where_the_minister_goes_after_the_visit_is_not_said(ask_bundled, question, lang):
    """The articles tell of the visit and of nothing after it: quotes about the visit were
    given as if they said where he went next."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(EVERYDAY_DONT_SAY[lang]), answer.text


def test_a_third_round_asked_with_a_question_mark_is_not_dated_by_the_second(ask_bundled):
    """(From the tune half.) The question's words from «derde» on are compared with the
    articles' other rounds (``ordinals.unsaid``): with its «?» they read .89 like «a doua runde
    a dialogului strategic», under the .9 that makes them the same kind of thing, and the second
    round's dates answered. The articles' words close on no question mark; the question's no
    longer do either."""
    answer = ask_bundled("Wanneer volgt de derde strategische gespreksronde?")
    assert answer.citations == [] and answer.text.startswith(DONT_SAY["nl"]), answer.text


def test_a_third_round_asked_in_english_is_not_dated_by_the_second(ask_bundled):
    """(Found in review.) "third round of the strategic dialogue take place" reads .889 like «a
    doua runde a dialogului strategic»: under .9 it was no round the articles number otherwise,
    and the second round's dates answered it as a line; .885 (``ordinals.ALIKE``) reads it as
    one, and no sentence numbers a third."""
    answer = ask_bundled("When will the third round of the strategic dialogue take place?")
    assert answer.citations == [] and answer.text.startswith(DONT_SAY["en"]), answer.text


def test_the_first_rounds_dates_take_no_other_first(ask_bundled):
    """(Found in review.) A first round contested by a second one pulls in the retrieved articles'
    other sentences naming a first (``ordinals.beyond``): only those numbering rounds may give a
    side, not «prima vizita de Kim Jong Un la Vladivostok» (a first visit, «2019»)."""
    line = direct_line(ask_bundled("Quand a eu lieu le premier cycle de discussions stratégiques ?"))
    assert "2024" in line and "2021" in line and "2019" not in line, line


def test_drones_shot_down_asked_with_a_parted_dutch_verb_are_not_counted_by_those_launched(ask_bundled):
    """«haalde … neer» (shot down) asks how many fell; the articles count only those launched
    (728): the count of launched drones answered it."""
    answer = ask_bundled("Hoeveel drones haalde de Oekraïense luchtverdediging woensdag neer?")
    assert answer.citations == [] and answer.text.startswith(DONT_SAY["nl"]), answer.text


@pytest.mark.xfail(strict=True, reason="a day asked takes the only days the articles give, Lavrov's visit's, "
                   "whatever event the question asks about (the line is backed by the best sentence's file)")
def test_a_visits_dates_are_no_day_of_a_withdrawal(ask_bundled):
    line = direct_line(ask_bundled("Quel jour la Corée du Nord a-t-elle retiré ses troupes du front ?"))
    assert "iulie" not in line and "Liepos" not in line, line


@pytest.mark.parametrize("question, lang", [
    ("In which month of 2019 did Kim go to Vladivostok?", "en"),
    ("Em que mês de 2019 Kim Jong Un foi a Vladivostok?", "pt"),
])
def test_a_month_the_articles_do_not_give_is_declined(ask_bundled, question, lang):
    """004 tells that Kim first visited Vladivostok in 2019, not in which month: quotes naming
    no month cannot say."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang]), answer.text


def test_an_office_of_another_country_names_no_holder(ask_bundled):
    """Russia's defence minister is named nowhere: «Kim Yong-hyun, ministrul sud-coreean al
    Apărării» is South Korea's; asked for South Korea's, he is quoted."""
    answer = ask_bundled("Cine e ministrul rus al Apărării?")
    assert answer.citations == [] and answer.text.startswith(DONT_SAY["ro"]), answer.text
    assert "Kim Yong-hyun" in ask_bundled("Who is South Korea's defence minister?").text


def test_a_month_the_articles_give_is_answered(ask_bundled):
    assert "septembrie 2023" in direct_line(ask_bundled("In which month did Kim visit Russia?"))


def test_which_sentences_number_the_round_asked_about(indexed):
    """With e5: where another sentence tells of the second round, the first round's sentence
    numbers the same kind of thing, the first visit does not, and the second round's sentence
    is about another event; a question whose ordinal nothing else contests reads nothing."""
    from qa.answer import ordinals
    from qa.components import embedder_for
    from qa.records import Sentence

    def sentence(text, start):
        return Sentence(source="001.txt", root="/x", language="ro", text=text, start=start, end=start + len(text))

    second = sentence("Lavrov va călători în perioada 11 - 13 iulie, ca parte a celei de -a doua runde a dialogului strategic.", 0)
    first = sentence("Choe a călătorit la Moscova în noiembrie 2024 pentru a avea prima rundă de discuții strategice.", 200)
    visit = sentence("Relațiile au fost reînnoite din 2019, cu prima vizita de Kim Jong Un la Vladivostok.", 400)
    plain = sentence("Lavrov l-a întâlnit pe Kim Jong Un la Wonsan.", 600)
    embedder = embedder_for(indexed.settings)
    # (Worded "… dialogue held?" the question's words read .889 like the second round's, under
    # the .9 that says "the same kind of thing": a known limit, eval/README.md.)
    numbered = ordinals.read("When did the first round of the strategic dialogue between the two ministers take place?",
                             [second, first, visit, plain], embedder, 0.04)
    assert numbered.nth == {1}
    assert numbered.same_kind(first) and not numbered.same_kind(visit)
    assert numbered.elsewhere(second) and not numbered.elsewhere(plain) and not numbered.elsewhere(first)
    assert not ordinals.read("When was the first round held?", [first, plain], embedder, 0.04).nth


@pytest.mark.parametrize("question, lang", [
    ("When will the third round of the strategic dialogue between the two foreign ministers take place?", "en"),
    ("Wann ist die dritte Runde des strategischen Dialogs geplant?", "de"),
])
def test_a_round_the_articles_never_number_is_declined(ask_bundled, question, lang):
    """They tell of the first and the second round of the strategic dialogue; asked about the
    third, the nearest dates are the other rounds' («11 - 13 iulie», «noiembrie 2024»), and
    the one «terceira» they hold is a syndication's. The articles don't say."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang]), answer.text


def test_the_round_asked_about_is_numbered_or_not(indexed):
    """With e5: a question about the third round, where the sentences number the first and the
    second and a syndication third, is one they don't answer; about the first, they do."""
    from qa.answer import ordinals
    from qa.components import embedder_for
    from qa.records import Sentence

    def sentence(text, start):
        return Sentence(source="001.txt", root="/x", language="ro", text=text, start=start, end=start + len(text))

    second = sentence("Lavrov va călători în perioada 11 - 13 iulie, ca parte a celei de -a doua runde a dialogului strategic.", 0)
    first = sentence("Choe a călătorit la Moscova în noiembrie 2024 pentru a avea prima rundă de discuții strategice.", 200)
    both = sentence("A CNN informou que a visita de Lavrov ao segundo diálogo estratégico entre países após as "
                    "primeiras negociações em Moscou em novembro de 2024.", 300)
    agencies = sentence("Esta história foi obtida das agências, uma terceira sindicação.", 400)
    embedder = embedder_for(indexed.settings)
    third_q, first_q = ("Quando será a terceira ronda do diálogo estratégico?",
                        "Quando foi a primeira ronda do diálogo estratégico?")
    assert ordinals.unsaid(third_q, [second, both, first, agencies], embedder)
    assert not ordinals.unsaid(first_q, [second, both, first, agencies], embedder)
    # «após as primeiras negociações» reads less like «a doua runde» than the first round's own
    # sentence does, but it numbers the first in one breath with the second.
    assert not ordinals.unsaid(first_q, [second, both, agencies], embedder)
    assert ordinals.unsaid(first_q, [second, agencies], embedder)
    # Nothing else numbered like it: not contested, left to the evidence.
    assert not ordinals.unsaid(third_q, [agencies], embedder)


@pytest.mark.parametrize("question, lang", [
    ("Which European leaders met in Paris?", "en"),
    ("Welche europäischen Staats- und Regierungschefs trafen sich in Paris?", "de"),
    ("Who led the American delegation at the talks in Saudi Arabia?", "en"),
])
def test_who_was_at_a_meeting_the_articles_name_no_one_at_is_declined(ask_bundled, question, lang):
    """003 tells of European leaders meeting in Paris and of talks in Saudi Arabia, and names no
    one in either: the sentences about them do not say who."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang]), answer.text


@pytest.mark.parametrize("question, lang", [
    ("Where did the European leaders meet?", "en"),
    ("In welcher Stadt trafen sich die europäischen Staats- und Regierungschefs?", "de"),
    # «europeos» names Europe as "European" does (``names.demonyms``): not 002's «dois líderes em Wonsan»
    ("¿Dónde se reunieron los líderes europeos?", "es"),
])
def test_where_the_leaders_met_is_still_answered(ask_bundled, question, lang):
    answer = ask_bundled(question)
    assert answer.text.startswith(INTRO[lang]) and "Parijs" in answer.text, answer.text


def test_the_leaders_someone_met_are_named(ask_bundled):
    answer = ask_bundled("Which leaders did Lavrov meet in Wonsan?")
    assert answer.text.startswith(INTRO["en"]) and "Kim Jong Un" in answer.text, answer.text


@pytest.mark.parametrize("question, lang", [
    ("How many cargo planes were seen in the satellite images?", "en"),
    ("Combien de navires de transport les images satellites montrent-elles ?", "fr"),
    ("Hoeveel Noord-Koreaanse arbeiders werken in Rusland?", "nl"),
])
def test_a_count_of_things_the_articles_never_count_is_declined(ask_bundled, question, lang):
    """The articles name the planes and ships in CNN's images and count no one of them; their
    figures count soldiers, drones and missiles (``qa.answer.counted``)."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang]), answer.text


def test_a_count_the_articles_give_in_days_is_still_answered(ask_bundled):
    answer = ask_bundled("For how many days did Lavrov come to North Korea?")
    assert answer.citations and re.search(r"três|trei|three|\b3\b", direct_line(answer)), answer.text


@pytest.mark.parametrize("question, lang", [
    ("Who heads Ukraine's military intelligence?", "en"),
    ("Wer leitet den ukrainischen Geheimdienst?", "de"),
])
def test_the_head_of_a_service_the_articles_only_cite_is_declined(ask_bundled, question, lang):
    """The articles cite Ukraine's intelligence («Serviciului Secret din Ucraina») and name no
    one who leads it."""
    answer = ask_bundled(question)
    assert answer.citations == [] and answer.text.startswith(DONT_SAY[lang]), answer.text


def test_the_visit_dates_of_both_files_are_shown_though_neither_sentence_ranks_near(ask_bundled):
    """000 dates Lavrov's visit «Liepos 4–7 d.», 001 «11 - 13 iulie»; both sentences read less
    like the question than a dozen others about the visit. The retrieved articles' dated
    sentences past the nearest that name whom the question names give the sides."""
    line = direct_line(ask_bundled("On which dates will Lavrov be in North Korea?"))
    assert "4–7" in line and "11 - 13" in line and line.endswith(phrase("en", "disagree")), line


def test_a_date_read_past_the_nearest_is_about_whom_the_question_names(ask_bundled):
    """Choe's trip to Moscow in November 2024 (001, 000) is no date of Kim's visit to Russia."""
    line = direct_line(ask_bundled("When did Kim Jong Un visit Russia?"))
    assert "2023" in line and "2024" not in line and "2021" not in line, line


def test_what_are_the_dates_is_a_when_question_in_french_too(ask_bundled):
    """«Quelles sont les dates…» was read as no when-question, so no date was looked for."""
    line = direct_line(ask_bundled("Quelles sont les dates du séjour de Lavrov en Corée du Nord ?"))
    assert "4–7" in line and "11 - 13" in line and line.endswith(phrase("fr", "disagree")), line


def test_a_sentence_just_under_the_floor_that_names_the_place_and_a_year_answers(ask_bundled):
    """«… após as primeiras negociações em Moscou em novembro de 2024» is .763 like the Polish
    question, under the .78 floor: it was declined. Just under the floor, a sentence naming the
    question's names with a value of the kind asked still answers, and only such sentences are
    quoted (not 001's second round, .775, which names no Moscow)."""
    answer = ask_bundled("W którym roku była pierwsza runda dialogu strategicznego w Moskwie?")
    assert answer.citations, answer.text
    first = answer.citations[0].quote
    assert "Moscou" in first and "2024" in first, answer.text
    assert "a doua rundă" not in answer.text and "a doua runde" not in answer.text, answer.text
    assert "2022" not in answer.text, answer.text  # 004's «vara anului 2022» is no side of it


@pytest.mark.parametrize("question", ["Când vor ajunge în Rusia cei 25.000–30.000 de soldați suplimentari?",
                                      "When was Lavrov first appointed foreign minister?"])
def test_a_when_question_with_no_date_told_of_it_is_declined(ask_bundled, question):
    """The articles tell of the 25,000–30,000 to come and of Lavrov's trip, with dates of other
    events (the first round's «novembro de 2024», the visit's July): no date of an arrival or an
    appointment. Quoting the sentences nearest the question gave those other dates as answers."""
    answer = ask_bundled(question)
    assert answer.citations == [], answer.text


@pytest.mark.parametrize("question", [
    "Pjongjang wysyła żołnierzy do walki u boku Moskwy mimo strat. Ilu Koreańczyków z Północy zginęło lub zostało rannych?",
    "Kim schickt Truppen, die an der Seite Moskaus kämpfen. Wie viele Nordkoreaner wurden getötet oder verwundet?",
])
def test_a_scene_set_before_the_question_does_not_decline_it(ask_bundled, question):
    """The scene names Pyongyang and Moscow, which no sentence telling the dead and wounded does;
    what is asked names no one, and those sentences answer it (4.000 in 001, 002 and 003). Both
    used to be declined: no best sentence named the scene's places."""
    answer = ask_bundled(question)
    assert any("4.000" in (c.quote or "") for c in answer.citations), answer.text


@pytest.mark.xfail(strict=True, reason="a month named alone («in januari en februari») is no date the direct line "
                   "pins down, and a when-question with no line is declined; taking a first quote's lone month as "
                   "the answer answered four tune questions wrongly and one unanswerable (eval/README.md, session 56)")
def test_a_month_named_alone_answers_when(ask_bundled):
    """003: «De versterking in januari en februari verhoogt het aantal Noord-Koreaanse soldaten in
    Rusland tot ongeveer 11.000»."""
    answer = ask_bundled("In which months did the reinforcements raising North Korea's troops in Russia to 11,000 come?")
    assert any("januari" in (c.quote or "") for c in answer.citations), answer.text


def test_since_when_is_answered_by_a_since(ask_bundled):
    """004: «Observațiile prin satelit … au arătat, din octombrie 2022, primele trenuri încărcate
    puternic cu muniții»: the since is the line, not the UN report's 2024 in the sentences the
    French words are nearer to (whose line the best sentence did not back, so none was given)."""
    answer = ask_bundled("Depuis quand des trains de munitions passent-ils de la Corée du Nord vers la Russie ?")
    assert answer.text.startswith("«octombrie 2022»"), answer.text

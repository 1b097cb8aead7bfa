"""The figure a direct answer shows is the one its value was read from: scale words included,
other words never."""
from __future__ import annotations

import pytest

from qa.answer.values import extract


@pytest.mark.parametrize("sentence, shown, key", [
    ("Pyongyang a trimis 9 milioane de gloanțe.", "9 milioane", "9000000"),
    ("Cerca de 25 mil soldados foram enviados.", "25 mil", "25000"),
    ("Costa 2 mil millones de euros.", "2 mil millones", "2000000000"),
    ("Die Kosten: 1.5 billion dollars.", "1.5 billion", "1500000000"),
    # A word that begins like a scale word is not one, and is not shown with the figure.
    ("Police said 2 militants were arrested.", "2", "2"),
    ("The road runs 80 milhas north.", "80", "80"),
    # Chinese writes the scale right after the digits and the unit right after the scale.
    ("传输费为 3000万英镑。", "3000万", "30000000"),
    ("传输费为3000万英镑。", "3000万", "30000000"),
    ("人口约1400万。", "1400万", "14000000"),
    ("全长 3千米。", "3", "3"),  # 千米 is a kilometre, not a thousand
    ("About 50% of the troops.", "50%", "50"),
    ("Între 25.000 până la 30.000 de soldați.", "25.000 până la 30.000", "25000|30000"),
])
def test_a_figure_is_shown_as_written_with_its_scale_word(sentence, shown, key):
    [value] = [v for v in extract(sentence, "number") if v.text[:1].isdigit()]
    assert (value.text, value.key) == (shown, key)
    assert sentence[value.start:value.end] == shown


@pytest.mark.parametrize("sentence, shown, key", [
    # A number written as a word keeps its scale word: «nove milhões» is «9 milioane», not 9.
    ("Pyongyang enviou 100 mísseis e nove milhões de balas de artilharia.", "nove milhões (9 milhões)", "9000000"),
    ("Atsiuntė penkias balistines raketas.", "penkias (5)", "5"),
    ("Se enviaron nueve millones de proyectiles.", "nueve millones (9 millones)", "9000000"),
    ("Wysłano dziewięć rakiet.", "dziewięć (9)", "9"),
])
def test_a_number_word_is_read_with_its_scale(sentence, shown, key):
    [value] = [v for v in extract(sentence, "number") if not v.text[:1].isdigit()]
    assert (value.shown, value.key) == (shown, key)
    assert sentence[value.start:value.end] == value.text


@pytest.mark.parametrize("sentence, expected", [
    # The scale word read with a number word is not a value of its own.
    ("They sent nine million shells.", [("nine million (9 million)", "9000000")]),
    ("Penki milijonai sviedinių.", [("Penki milijonai (5 milijonai)", "5000000")]),
    # Words that are numbers in one language and something else in another.
    ("A maioria dos milhões de deslocados voltou.", [("dos (2)", "2")]),  # Portuguese "of the"
    ("Rusia are sete de muniție.", []),  # Romanian "thirst", not Portuguese seven
])
def test_a_number_word_is_one_value_and_only_where_it_is_a_number(sentence, expected):
    assert [(v.shown, v.key) for v in extract(sentence, "number")] == expected


def test_dated_sentences_past_the_nearest_are_read_for_a_when_question_only():
    from qa.answer.values import dated_beyond
    from qa.records import Sentence

    def sentence(text, language="ro"):
        return Sentence(source="001.txt", root="/x", language=language, text=text, start=0, end=len(text))

    dated = sentence("Lavrov va călători în Coreea de Nord în perioada 11 - 13 iulie.")
    other_trip = sentence("Lavrov a călătorit la Moscova în noiembrie 2024.")
    someone_else = sentence("Un raport ONU din 2024 a numărat 100 de rachete.")  # names nothing asked
    undated = sentence("Lavrov va vizita Coreea de Nord.")
    pick = dated_beyond("When will Lavrov visit North Korea?", "en")
    assert pick([], [dated, other_trip, someone_else, undated]) == [dated]
    assert dated_beyond("How many drones did Russia launch?", "en") is None


@pytest.mark.parametrize("question", [
    "On what dates is Lavrov's trip scheduled?",
    "Von wann bis wann soll der russische Außenminister in Nordkorea sein?",
    "À quelles dates le chef de la diplomatie russe doit-il séjourner en Corée du Nord ?",
    "Em que dias de julho o chefe da diplomacia russa estará na Coreia do Norte?",
    "Kuriomis dienomis Lavrovas lankysis Šiaurės Korėjoje?",
])
def test_a_question_asking_which_days_takes_no_bare_year_for_them(question):
    # «din 2019» is when relations were renewed, two decades on: no day of the visit.
    sentence = "Cele două țări au reînnoit relațiile privilegiate, din 2019, iar vizita are loc 11 - 13 iulie."
    assert [v.text for v in extract(sentence, "time", question)] == ["11 - 13 iulie"]
    assert [v.text for v in extract("Relațiile au fost reînnoite din 2019.", "time", question)] == []


@pytest.mark.parametrize("question", [
    "In what year did the first round take place?",
    "Kiedy Kim odwiedził Rosję?",
])
def test_a_question_asking_when_or_what_year_keeps_a_year(question):
    assert [v.text for v in extract("Kim a vizitat Rusia în 2019.", "time", question)] == ["2019"]


@pytest.mark.parametrize("question", [
    "In what year did North Korea's foreign minister go to Moscow for the first round?",
    "In welk jaar vond de eerste ronde plaats?",
    "Kuriais metais vyko pirmasis etapas?",
])
def test_a_question_asking_for_a_year_takes_only_dates_with_one(question):
    from qa.answer import told
    text = "În perioada 11 - 13 iulie va călători la Moscova, unde a fost și în noiembrie 2024."
    found = told.with_year(question, extract(text, "time", question))
    assert [v.text for v in found] == ["noiembrie 2024"]


def _dated(question: str, *texts: str) -> list[str]:
    """The dates ``told.with_day`` keeps of the sentences ``texts`` (one Evidence each)."""
    from qa.answer import told
    from qa.answer.evidence import Evidence
    from qa.records import Passage, Sentence
    items = []
    for text in texts:
        ev = Evidence(Sentence(source="a.txt", language="ro", text=text), Passage(source="a.txt", language="ro", text=text), .85, .85)
        items += [(ev, v) for v in extract(text, "time", question)]
    return [v.text for _, v in told.with_day(question, items)]


@pytest.mark.parametrize("question", [
    "Dates de la visite de Lavrov ?",
    "Quelles dates pour le séjour de Lavrov ?",
    "An welchen Julitagen sollte der russische Außenminister Nordkorea besuchen?",
])
def test_a_question_asking_for_days_takes_only_dates_with_a_day_of_a_month(question):
    """«novembro de 2024» is another trip's month; the visit's dates are days of July."""
    assert _dated(question, "În perioada 11 - 13 iulie va călători la Phenian, după runda din noiembrie 2024.") == ["11 - 13 iulie"]


def test_a_day_just_outside_the_value_is_a_day_and_months_answer_where_no_sentence_gives_one():
    q = "Dates de la visite de Lavrov ?"
    assert _dated(q, "Lavrovas lankėsi 2024 m. liepos 4–7 d.", "A CNN informou sobre novembro de 2024.") == ["2024 m. liepos"]
    assert _dated(q, "Lavrov est arrivé le 1er juillet 2024.") == ["juillet 2024"]
    assert _dated("Von wann bis wann dauerte das Manöver?", "Das Manöver lief von Juni 2023 bis August 2024.") == [
        "Juni 2023", "August 2024"]


@pytest.mark.parametrize("q", ["When will he travel?", "Ce anume a semnat și când?"])  # «anume»: no «an»
def test_a_question_asking_when_takes_every_date(q):
    from qa.answer import told
    text = "În perioada 11 - 13 iulie va călători la Moscova, unde a fost și în noiembrie 2024."
    assert len(told.with_year(q, extract(text, "time", q))) == 2


def test_dates_from_is_no_question_for_days():
    """«De quand date…?» (from when does it date) asks a year as well as a day."""
    from qa.answer import told
    q = "De quand date la première bourse de Varsovie ?"
    assert [v.text for v in told.with_year(q, extract("Die erste Warschauer Börse wurde 1817 gegründet.", "time", q))] == ["1817"]


@pytest.mark.parametrize("question, when", [
    ("An welchem Parteitag nahm Kim teil?", None), ("An welchen Bundestag schrieb er?", None),
    ("An welchen Julitagen besucht er Nordkorea?", "time"), ("An welchem Dienstag kam er an?", "time"),
])
def test_a_german_assembly_ending_in_tag_is_no_day(question, when):
    from qa.answer.asks import expected_answer
    assert expected_answer(question) == when


@pytest.mark.parametrize("question", [
    "Für welche Tage war Lawrows Aufenthalt in Nordkorea angesetzt?",  # «Tage», not only «Tag», «Tagen»
    "In welchem Zeitraum besucht Lawrow Nordkorea?",
    "Na które dni lipca zaplanowano pobyt szefa rosyjskiej dyplomacji w KRLD?",
])
def test_which_days_or_what_period_asks_a_date(question):
    from qa.answer.asks import expected_answer
    assert expected_answer(question) == "time"


@pytest.mark.parametrize("sentence, shown, key", [
    ("Gamyklos dirba dvidešimt keturias valandas.", "dvidešimt keturias (24)", "24"),  # was «dvidešimt (20)»
    ("Paleista keturiasdešimt dronų.", "keturiasdešimt (40)", "40"),  # was «keturi» (4)
    ("Žuvo trisdešimt du kariai.", "trisdešimt du (32)", "32"),
    ("Atvyko dvidešimt tūkstančių karių.", "dvidešimt tūkstančių (20 tūkstančių)", "20000"),
])
def test_lithuanian_tens_are_read_with_the_unit_after_them(sentence, shown, key):
    [value] = extract(sentence, "number")
    assert (value.shown, value.key) == (shown, key)


@pytest.mark.parametrize("question, one", [
    ("On which day did Lavrov meet Kim in Wonsan?", True),
    ("An welchem Tag besuchte Lawrow Wonsan?", True),
    ("Kurią dieną Lavrovas atvyko?", True),
    ("On which dates will Lavrov visit?", False),
    ("Dates de la visite de Lavrov ?", False),
    ("An welchen Julitagen war er dort?", False),
    ("Von wann bis wann lief die Übung?", False),
    ("When did he arrive?", False),
])
def test_one_day_is_told_from_dates_and_spans(question, one):
    from qa.answer.dates import asks_one_day
    assert asks_one_day(question) is one


@pytest.mark.parametrize("question, dated", [
    ("In che anno fu emanato l'Editto di Nantes?", []),  # Fontainebleau's date, not Nantes'
    ("In welchem Jahr wurde das Edikt von Fontainebleau erlassen?", ["1685"]),
])
def test_a_date_in_brackets_after_a_name_dates_that_name(question, dated):
    from qa.answer import told
    text = ("Aceștia au menținut prevederile religioase ale Edictului din Nantes până la domnia lui "
            "Louis al XIV-lea, care a emis Edictul din Fontainebleau (1685).")
    found = [v for v in extract(text, "time", question) if not told._dates_another(text, v, question)]
    assert [v.text for v in found] == dated


@pytest.mark.parametrize("question, texts, none", [
    # a year, a day of a month: no count of nodes or employees
    ("¿Cuántos nodos tenía ARPANET cuando empezó a funcionar?", ["ARPANET和SITA HLN于 1969年 开始运营。"], True),
    ("How many employees does Merit Network have?", ["Merit Network was founded on 12 May 1966 in Michigan."], True),
    # the question's own figure is none either
    ("How many seats did the Greens win in 2014?", ["The Greens won their first lower-house seats in 2014."], True),
    # a figure or a number word in any of the quotes may answer
    ("How many paintings does the museum own?", ["It stands on the square.", "The museum owns 1,200 paintings."], False),
    ("Kiek raketų perdavė Pchenjanas?", ["Pchenjanas perdavė mažiausiai penkias balistines raketas."], False),
])
def test_quotes_without_a_figure_cannot_say_how_many(question, texts, none):
    from qa.answer.values import no_count
    assert no_count(question, texts) is none


INTERNET2 = ["2006年，Internet2宣布 与Level 3 Communications合作，推出全新的全国网络，容量由10 Gbit/s提升至100 Gbit/s。",
             "Internet2群体与 Qwest 合作，于1998年建立了第一个Internet2网络。"]


def test_a_measure_or_a_names_number_counts_nothing_a_how_many_question_asks():
    from qa.answer.values import no_count
    # members asked: the network's speed, a company's name and the years count none
    assert no_count("Câți membri are consorțiul Internet2?", INTERNET2)
    # … a speed asked in its unit is answered by one
    assert not no_count("Jaka jest przepustowość sieci Internet2 w Gbit/s?", INTERNET2)
    # … and a count beside a measure still counts («220 170 mm» guns)
    assert not no_count("Hoeveel kanonnen leverde Noord-Korea?", ["Noord-Korea leverde ongeveer 220 170 mm kanonnen."])


EUROBIRD = "此后又应用了更多地Astra卫星以及 Eutelsat的 Eurobird 1 (现在是 Eutelsat 33C) ，位于 28.5°E，使得该公司能够推出一项全新的全数字服务。"


def test_a_names_number_or_a_position_is_no_count():
    """«Eurobird 1» names a satellite and «28.5°E» places it: neither was a subscription's price
    or a count of subscribers, where both stood as the answer's line."""
    assert extract(EUROBIRD, "number", "¿Cuántos abonados tenía BSkyB?") == []
    assert [v.text for v in extract("the crew of Apollo 1, who died in the fire", "number")] == []
    # a count after a capitalised noun goes on («Leihgabe 35 Instrumente»); one ending a sentence counts
    assert [v.text for v in extract("Die Leihgabe 35 Instrumente an das Horniman", "number")] == ["35"]
    assert [v.text for v in extract("Davis had 3 sacks, and Kuechly 5.", "number")] == ["3", "5"]
    # … nor a count in a place, a sum after a currency's initials, a score
    assert [v.text for v in extract("Getötet wurden in Kiew 12, in Charkiw 5 Menschen.", "number")] == ["12", "5"]
    assert [v.text for v in extract("They paid USD 20 (per shell).", "number")] == ["20"]
    assert [v.text for v in extract("Dortmund won 3:1 at home.", "number")] == ["3", "1"]
    # a temperature is still read, and a position where the question asks in degrees
    assert [v.text for v in extract("It boils at 90 °C.", "number", "At what temperature?")] == ["90"]
    assert [v.text for v in extract(EUROBIRD, "number", "At how many degrees east is the satellite?")] == ["28.5"]

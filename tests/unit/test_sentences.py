"""Sentence spans in any script: the offsets a quote is highlighted with, and where cuts fall."""
from __future__ import annotations

import pytest

from qa.sentences import MAX_CHARS, split_spans


def sentences(text: str) -> list[str]:
    spans = split_spans(text)
    for a, b in spans:  # exact, trimmed, in order, not overlapping
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, expected", [
    ("Lavrov arrived in Wonsan on Saturday. He met Kim Jong Un there. Talks lasted two hours.",
     ["Lavrov arrived in Wonsan on Saturday.", "He met Kim Jong Un there.", "Talks lasted two hours."]),
    # Chinese: 。 ends a sentence with no space after it.
    ("俄罗斯外长拉夫罗夫周六抵达朝鲜元山市。他在那里会见了朝鲜领导人金正恩。双方讨论了两国之间的合作问题。",
     ["俄罗斯外长拉夫罗夫周六抵达朝鲜元山市。", "他在那里会见了朝鲜领导人金正恩。", "双方讨论了两国之间的合作问题。"]),
    # Arabic question mark.
    ("هل التقى لافروف بكيم جونغ أون؟ نعم، التقيا في وونسان يوم السبت.",
     ["هل التقى لافروف بكيم جونغ أون؟", "نعم، التقيا في وونسان يوم السبت."]),
    # Hindi danda.
    ("लावरोव शनिवार को वोनसान पहुंचे। उन्होंने वहां किम जोंग उन से मुलाकात की।",
     ["लावरोव शनिवार को वोनसान पहुंचे।", "उन्होंने वहां किम जोंग उन से मुलाकात की।"]),
    ("Он приехал в Вонсан в субботу. Там он встретился с Ким Чен Ыном.",
     ["Он приехал в Вонсан в субботу.", "Там он встретился с Ким Чен Ыном."]),
    ("Did he really say that about the drones? He said it again on Monday morning!",
     ["Did he really say that about the drones?", "He said it again on Monday morning!"]),
    # A line break ends a sentence even without punctuation (headlines, list items).
    ("Lavrov meets Kim Jong Un in Wonsan\n\nThe talks lasted two hours, officials said.",
     ["Lavrov meets Kim Jong Un in Wonsan", "The talks lasted two hours, officials said."]),
])
def test_sentences_are_cut_at_each_scripts_terminator(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr. Smith met Mr. Jones in St. Petersburg on Sept. 5. They talked for hours about the war.",
     ["Dr. Smith met Mr. Jones in St. Petersburg on Sept. 5.", "They talked for hours about the war."]),
    ("The U.S. Army said it had moved 4,000 troops. Officials in Washington confirmed it.",
     ["The U.S. Army said it had moved 4,000 troops.", "Officials in Washington confirmed it."]),
    ("It happened on 5 Jan. 2024 in Kyiv. Nobody was hurt in the attack, police said.",
     ["It happened on 5 Jan. 2024 in Kyiv.", "Nobody was hurt in the attack, police said."]),
    # Decimal points and thousands dots are not sentence ends.
    ("Version 2.5 was released. It costs 4.000 euros in total now.",
     ["Version 2.5 was released.", "It costs 4.000 euros in total now."]),
    ("Wait... what happened next was that nobody knew it!", ["Wait... what happened next was that nobody knew it!"]),
    # Text that goes on in lower case after a stop: the stop ended an abbreviation or an
    # ordinal, in any language ("Y. p. medievalis", Turkish "9. ve 10. maddeleri", "d.h.").
    ("Modern isolates of Y. p. medievalis were found in graves. Another strain was older.",
     ["Modern isolates of Y. p. medievalis were found in graves.", "Another strain was older."]),
    ("Antlaşması'nın 9. ve 10. maddeleri uyarınca vatandaşlar. Parlamento karar verir.",
     ["Antlaşması'nın 9. ve 10. maddeleri uyarınca vatandaşlar.", "Parlamento karar verir."]),
    ("Die Aufgabe des Powiat (d.h. eine Kennzeichennummer) bleibt. Der Rat entscheidet.",
     ["Die Aufgabe des Powiat (d.h. eine Kennzeichennummer) bleibt.", "Der Rat entscheidet."]),
    # An abbreviation in two dotted pieces, whatever the case ("EE. UU." is Spanish for the US).
    ("Las velocidades típicas son 3600 RPM en EE. UU. con 60 Hertz de potencia. Europa usa 50 Hz.",
     ["Las velocidades típicas son 3600 RPM en EE. UU. con 60 Hertz de potencia.", "Europa usa 50 Hz."]),
    ("Die Stadt wurde um 300 v. Chr. gegründet. Später kamen die Römer.",
     ["Die Stadt wurde um 300 v. Chr. gegründet.", "Später kamen die Römer."]),
    # A German day before its month, a century before its noun: the date's sentence holds its date.
    ("Die Galerie schloss am 25. Februar 2010 endgültig. Danach kam nichts.",
     ["Die Galerie schloss am 25. Februar 2010 endgültig.", "Danach kam nichts."]),
    ("Ein Bett aus der Mitte des 17. Jahrhunderts steht dort. Darüber hinaus gibt es mehr.",
     ["Ein Bett aus der Mitte des 17. Jahrhunderts steht dort.", "Darüber hinaus gibt es mehr."]),
    # … but a score or a year that ends a sentence still ends it.
    ("Los Patriots ganaron por 20 a 18. Cuando quedaban dos minutos, nada cambió.",
     ["Los Patriots ganaron por 20 a 18.", "Cuando quedaban dos minutos, nada cambió."]),
    ("Das geschah im Jahr 2010. Februar war dann sehr kalt.",
     ["Das geschah im Jahr 2010.", "Februar war dann sehr kalt."]),
    # … and a place or a name that begins like a month is no month («Mainz», «Julia»).
    ("Bayern landete auf Platz 2. Mainz wurde Vierter in der Liga.",
     ["Bayern landete auf Platz 2.", "Mainz wurde Vierter in der Liga."]),
    ("Es geschah am 25. Sept. 2010 in Berlin. Danach kam nichts mehr.",
     ["Es geschah am 25. Sept. 2010 in Berlin.", "Danach kam nichts mehr."]),
    # A scale before its currency: the figure's sentence holds its date (it was cut at «Mio.»).
    ("Die Börse hat 374 Unternehmen mit 162.584 Mio. EUR zum 31. August 2009. Das ist viel.",
     ["Die Börse hat 374 Unternehmen mit 162.584 Mio. EUR zum 31. August 2009.", "Das ist viel."]),
])
def test_abbreviations_initials_and_decimals_do_not_end_a_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # After a whole word, a lower-case start is a new sentence all the same: sloppy text, a
    # model's answer, words spelled with a small first letter.
    ("the meeting was long. the two men talked about it.", ["the meeting was long.", "the two men talked about it."]),
    ("He met Kim on Saturday [1]. the two men discussed the war [1].",
     ["He met Kim on Saturday [1].", "the two men discussed the war [1]."]),
    ("Sales rose last year. iPhone sales fell sharply.", ["Sales rose last year.", "iPhone sales fell sharply."]),
    ("Hij kwam gisteren. 's Avonds werd het koud buiten.", ["Hij kwam gisteren.", "'s Avonds werd het koud buiten."]),
])
def test_a_lower_case_start_after_a_word_is_a_new_sentence(text, expected):
    assert sentences(text) == expected


def test_abbreviation_at_the_end_of_a_line_still_ends_the_sentence():
    text = "The talks were held in Washington, D.C.\nThe next round is planned for May."
    assert sentences(text) == ["The talks were held in Washington, D.C.", "The next round is planned for May."]


def test_short_fragments_are_glued_to_the_next_sentence():
    # A dateline, an interjection, "CNN": quoted alone they say nothing.
    assert sentences("Kyiv.\nRussia launched 728 drones overnight, officials said on Wednesday.") == [
        "Kyiv.\nRussia launched 728 drones overnight, officials said on Wednesday."]
    assert sentences("Yes! He said it again on Monday morning.") == ["Yes! He said it again on Monday morning."]
    # A short last fragment joins the sentence before it.
    assert sentences("The delegation left Pyongyang on Sunday. CNN") == ["The delegation left Pyongyang on Sunday. CNN"]
    # A text that is only a short fragment is still one sentence.
    assert sentences("Ok.") == ["Ok."]


def test_thai_run_without_punctuation_is_cut_at_spaces():
    clause = "ผู้ว่าราชการจังหวัดกล่าวว่าการประชุมจะจัดขึ้นในวันพรุ่งนี้"
    text = " ".join([clause] * 20)  # ~1200 characters, no sentence mark at all
    got = sentences(text)
    assert len(got) >= 3
    assert all(len(s) <= MAX_CHARS for s in got)
    # Every cut falls at a space: each piece is made of whole clauses, and nothing is lost.
    assert all(set(s.split(" ")) == {clause} for s in got)
    assert sum(len(s.split(" ")) for s in got) == 20


def test_run_without_spaces_is_still_cut_to_the_maximum_length():
    text = "ก" * 900
    spans = split_spans(text)
    assert all(b - a <= MAX_CHARS for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == 900
    assert all(b1 == a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))  # nothing dropped


def test_offsets_are_shifted_into_the_file():
    file_text = "Headline\n\n" + "Lavrov arrived in Wonsan on Saturday.  He met Kim Jong Un there. "
    body_at = file_text.index("Lavrov")
    spans = split_spans(file_text[body_at:], offset=body_at)
    assert [file_text[a:b] for a, b in spans] == ["Lavrov arrived in Wonsan on Saturday.", "He met Kim Jong Un there."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n \n"])
def test_blank_text_has_no_sentences(text):
    assert split_spans(text) == []


@pytest.mark.parametrize("text, first", [
    ("He said: “We will go.” Then he left the room quietly.", "He said: “We will go.”"),
    ('He said: "We will go." Then he left the room quietly.', 'He said: "We will go."'),
    ("Il a dit : «Nous partirons.» Puis il est parti très vite.", "Il a dit : «Nous partirons.»"),
    ("Il a dit : « Nous partirons. » Puis il est parti très vite.", "Il a dit : « Nous partirons. »"),
    ("Er sagte: „Wir gehen morgen.“ Dann ging er schnell.", "Er sagte: „Wir gehen morgen.“"),
    # A quotation that closes inside the sentence is no boundary.
    ("He said “we will go” and then left the room quietly.", "He said “we will go” and then left the room quietly."),
])
def test_a_quoted_sentence_keeps_its_closing_quote(text, first):
    assert sentences(text)[0] == first


def test_short_chinese_sentences_are_sentences():
    text = "拉夫罗夫周六抵达元山。他在那里会见了金正恩。会谈持续了两个小时。"
    assert sentences(text) == ["拉夫罗夫周六抵达元山。", "他在那里会见了金正恩。", "会谈持续了两个小时。"]

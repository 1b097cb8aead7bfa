"""Which outlet a question asks for, and whether a sentence names one (``qa.answer.outlets``)."""
import pytest

from qa.answer.outlets import asks_outlet, names_outlet


@pytest.mark.parametrize("question, asks", [
    ("Which TV station did Trump tell that Russia wants to end the war?", True),
    ("Welcher Sender hat Trump interviewt?", True),
    ("Quelle chaîne de télévision a interrogé Trump ?", True),
    ("¿Qué cadena entrevistó a Trump?", True),
    ("Quale emittente ha intervistato Trump?", True),
    ("Que emissora entrevistou Trump?", True),
    ("Jaka stacja telewizyjna rozmawiała z Trumpem?", True),
    ("Welke zender interviewde Trump?", True),
    ("Cărui post de televiziune i-a spus Trump că Rusia vrea pacea?", True),
    ("Kokiai žiniasklaidos priemonei Trumpas davė interviu?", True),
    ("What did Trump tell the interviewer?", False),
    ("Which day did the state news agency report the invitation?", False),
    ("Quel jour Lavrov est-il arrivé ?", False),
    ("Quale testata trasporta il missile Hwasong?", False),  # a warhead
    ("Qual veículo levou Lavrov a Wonsan?", False),  # a vehicle
    ("Quale testata giornalistica ha intervistato Trump?", True),
])
def test_a_question_asking_which_outlet_in_ten_languages(question, asks):
    assert asks_outlet(question) is asks


@pytest.mark.parametrize("sentence, names", [
    ("CNN meldde dat Noord-Korea 3.000 soldaten stuurde.", True),
    ("“Trocamos opiniões”, disse a agência de mídia estatal russa Tass.", True),
    ("Agenția de știri de stat din Coreea de Nord a raportat că Lavrov a călătorit la Phenian.", True),
    ("In een interview verklaarde voormalig Amerikaanse president Donald Trump dat Rusland de oorlog wilde beëindigen.",
     False),
    ("JAV prezidentas Donaldas Trumpas apkaltino savo oponentą Vladimirą Putiną.", False),
    ("Putin told the Rossiya-1 channel that talks would go on.", True),
    ("Er sagte dem Ersten Kanal, die Gespräche gingen weiter.", True),
    ("« Nous continuerons », a-t-il dit au Figaro.", True),
])
def test_a_sentence_names_an_outlet_by_its_name_or_a_word_for_one(sentence, names):
    assert names_outlet(sentence) is names

"""A how-many question about a kind of thing no best sentence counts (``qa.answer.counted``)."""
import pytest

from qa.answer.asks import expected_answer
from qa.answer.counted import asked, casualties, counts, things, uncounted, value_counts
from qa.answer.species import species_unsaid
from qa.answer.values import extract


@pytest.mark.parametrize("question, kind", [
    ("How many cargo ships were counted?", "vessels"),
    ("Combien de navires de transport ont été repérés ?", "vessels"),
    ("¿Cuántos aviones de carga aparecen en las imágenes?", "aircraft"),
    ("Ile samolotów transportowych wypatrzono?", "aircraft"),
    ("Quantos tanques a Coreia do Norte entregou?", "tanks"),
    ("Kiek tankų Pchenjanas atidavė Maskvai?", "tanks"),
    ("Wie viele Panzer lieferte Pjöngjang?", "tanks"),
    ("Wie viele Züge überqueren die Grenze?", "trains"),
    ("Câte trenuri trec granița în fiecare săptămână?", "trains"),
    ("¿Cuántos satélites planea transferir Rusia?", "satellites"),
    ("Hoeveel satellieten wil Rusland aan Noord-Korea leveren?", "satellites"),  # Dutch «satelliet» (once unread)
    ("Quantos trabalhadores foram enviados?", "workers"),
    ("Kiek darbininkų dirba Rusijoje?", "workers"),
    ("Hoeveel deelnemers telde het forum?", "participants"),
    ("Ilu cywilów zginęło?", "civilians"),
    ("Quantas pessoas morreram no ataque?", "people"),
    ("Wie viele Stunden dauerte das Gespräch?", "hours"),
    ("Kiek dienų jis praleido Pchenjane?", "days"),
    ("Od ilu lat kieruje dyplomacją?", "years"),
    ("Quantos estudantes estão matriculados na universidade?", "students"),
    ("¿Cuántas estaciones tiene el metro?", "stations"),
    ("Combien d'espèces d'oiseaux vivent en Amazonie ?", "species"),
    ("Hoeveel passagiers verwerkt de luchthaven per jaar?", "passengers"),
    ("Quantos assinantes tem a Sky?", "subscribers"),
    # German and Dutch compounds end in the kind's word
    ("Hoeveel Su-57-gevechtsvliegtuigen levert Rusland aan Noord-Korea?", "aircraft"),
    ("Wie viele Kampfflugzeuge hat Moskau versprochen?", "aircraft"),
    ("Wie viele Transportschiffe fuhren nach Rason?", "vessels"),
    # … and jets by their model or in a compound of four letters
    ("Wie viele Su-57-Kampfjets will Russland an Nordkorea liefern?", "aircraft"),
    ("Hoeveel gevechtsjets stuurde Moskou?", "aircraft"),
    ("How many Su-34s has Russia lost?", "aircraft"),
    # factories
    ("Kiek Rusijos gamyklų dirba visą parą gamindamos šaudmenis?", "factories"),
    ("Câte fabrici rusești produc muniție?", "factories"),
    ("How many factories work around the clock?", "factories"),
    ("Kiek rūšių paukščių gyvena Amazonėje?", "species"),
    # artillery shells
    ("Selon un rapport onusien, combien d'obus la Corée du Nord a-t-elle expédiés ?", "shells"),
    ("Wie viele Artilleriegranaten hat Nordkorea an Russland geliefert?", "shells"),
    ("Kiek artilerijos sviedinių Šiaurės Korėja išsiuntė į Rusiją?", "shells"),
])
def test_the_kind_a_question_counts_is_read_in_ten_languages(question, kind):
    assert kind in asked(question)


@pytest.mark.parametrize("question", [
    "How many drones did Russia launch?",
    "Wie viele ballistische Raketen schickte Pjöngjang?",
    "Where did Lavrov meet Kim?",  # counts nothing
    "Quantos soldados foram enviados para a Rússia?",  # soldiers: not one of the kinds
    "Wie viele Panzerhaubitzen lieferte Deutschland?",  # howitzers, not tanks
    "Quanti carri merci attraversano il confine?",  # freight wagons
    "How many relationships did Moscow build?",  # ends in "ships", five letters: no compound
    "Wie viele Sekunden dauerte es?",  # not «Kunden»
    "Wie viele Geheimdienste bestätigten es?",  # not «dien…», days
    "Wie viele Werkzeugmaschinen lieferte China?",  # not «Maschinen», aircraft
    "¿Cuántos desembarcos hubo?",  # landings, not «barcos»
    "Quanti droni nell'attacco aereo più massiccio?",  # drones: the attack is an air one
    "How many drones in the largest air attack?",
    "Combien de drones lors de l'attaque aérienne record ?",
    "Kiek Rusijos karių žuvo?",  # «Rusijos» is Russia, not «rūšis», species
    "Kiek dronų Rusija paleido į Ukrainą?",
    "Combien de projets ont été signés ?",  # not jets
    "Ilu zakładników uwolnił Hamas?",  # hostages, not «zakłady», works
    "¿Cuántos drones fabrica Rusia cada mes?",  # «fabrica», manufactures
    "Wie viele Werke zeigt die Ausstellung?",  # works of art
    "Wie viele Su-34-Piloten wurden getötet?",  # pilots, not aircraft
    "Câți ruși au murit în atac?",  # Russians, not «rūšys», species
])
def test_other_counts_ask_for_none_of_the_kinds(question):
    assert asked(question) == frozenset()


@pytest.mark.parametrize("sentence, kind", [
    ("Satellitenbilder zeigten 20 Frachtflugzeuge.", "aircraft"),  # no: a compound, see below
    ("Au moins 12 navires de transport ont été vus.", "vessels"),
    ("Cel puțin 3 trenuri de muniție trec granița.", "trains"),
    ("Ongeveer 400 Noord-Koreaanse soldaten kwamen om en 3.600 raakten gewond.", "people"),
    ("Rusia a primit cel puțin 50 de tancuri nord-coreene.", "tanks"),
    ("Deutschland lieferte 18 Kampfpanzer vom Typ Leopard 2.", "tanks"),
    ("Lavrov a sosit pentru o vizită de trei zile.", "days"),
    ("S-a întâlnit în timpul unui lung interviu de patru ore.", "hours"),
    ("The city has 711,988 inhabitants.", "people"),
    # shells, as the articles translate them: bullets, seashells
    ("Pyongyang a trimis cel puțin 100 de rachete balistice și 9 milioane de gloanțe de artilerie.", "shells"),
    ("Pchenjanas atsiuntė mažiausiai penkias balistines raketas ir 1 milijoną artilerijos kriauklių.", "shells"),
])
def test_a_sentence_counts_a_kind_with_a_word_for_it_after_a_figure(sentence, kind):
    # (German runs the noun into a compound: «Frachtflugzeuge» counts aircraft by its end.)
    assert kind in counts(sentence)


@pytest.mark.parametrize("sentence, language, kind", [
    ("1466 में, शायद 40,000 लोग पेरिस में प्लेग से मारे गए।", "hi", "people"),
    ("अल्जीयर्स ने 1620-21 में 30 से 50 हजार निवासियों को खो दिया।", "hi", "people"),
    ("بحسب إحصائيات مكتب العمل، هناك 1.4 مليون مدرّساً بالمدارس الابتدائية.", "ar", "teachers"),
    ("Chỉ có 100-150 loài đã được xác nhận.", "vi", "species"),
    ("มีผู้อาศัยอยู่เพียงลำพัง และ 12,344 ครัวเรือน (7.8%) มีคนชราอาศัยอยู่", "th", "people"),
    ("พื้นที่นครหลวงที่มีประชากรสูงกว่า ห้าล้านคน", "th", "people"),  # a number in words
    ("到2006年，用户达到800万户。", "zh", "subscribers"),
    ("学校有三百名学生。", "zh", "students"),
    ("Население города составляет 3 млн человек.", "ru", "people"),
    ("Το πλοίο μετέφερε 1.200 επιβάτες.", "el", "passengers"),
    ("Üniversitede 40.000 öğrenci okuyor.", "tr", "students"),
])
def test_a_count_is_read_in_eight_more_languages_in_their_script(sentence, language, kind):
    assert kind in counts(sentence, language)


@pytest.mark.parametrize("sentence, language, kind", [
    # number words, as the ten languages' «two ships» are read
    ("Во время шторма затонули два корабля.", "ru", "vessels"),
    ("Fırtınada iki gemi battı.", "tr", "vessels"),
    ("Hai con tàu bị chìm trong cơn bão.", "vi", "vessels"),
    ("В результате удара погибли три тысячи человек.", "ru", "people"),
    ("Σκοτώθηκαν τρεις χιλιάδες άνθρωποι.", "el", "people"),
    ("हमले में तीन हजार लोग मारे गए।", "hi", "people"),
    # scale words and fillers between the figure and what it counts
    ("प्लेग में 40 हजार से अधिक लोग मारे गए।", "hi", "people"),
    ("قتل 40 على الأقل من المدنيين في الهجوم.", "ar", "people"),
    ("Погибли более 3 тысяч мирных украинских жителей.", "ru", "people"),
    ("हमले में 300 से ज्यादा निर्दोष आम लोग मारे गए।", "hi", "people"),  # «ज्यादा» folds to «जयादा»
    # forms the first lists missed
    ("5,000 यात्रियों को निकाला गया।", "hi", "passengers"),
    ("बैठक 3 घंटों तक चली।", "hi", "hours"),
    ("شوهدت 5 قوارب قرب الساحل.", "ar", "vessels"),
    ("В порт вошли 10 судов.", "ru", "vessels"),
    ("Rusya Suriye'ye 20 savaş uçağı gönderdi.", "tr", "aircraft"),
    ("Погибли 5 детей.", "ru", "civilians"),
    ("学校有三十位教授。", "zh", "teachers"),
    ("เที่ยวบินนี้มีผู้โดยสารทั้งหมด 150 คน", "th", "passengers"),  # a modifier after the kind
])
def test_counts_in_the_eight_languages_read_number_words_fillers_and_inflections(sentence, language, kind):
    assert kind in counts(sentence, language)


def test_a_share_in_the_eight_languages_is_no_count():
    # «more than 60% of the population died»: a share of the people, not a count of them
    assert "people" not in counts("1348-1350 में नॉर्वे की 60% से अधिक जनसंख्या की मृत्यु हुई।", "hi")
    assert "people" in counts("1348 में नॉर्वे में 60 हजार से अधिक लोग मारे गए।", "hi")


@pytest.mark.parametrize("sentence, language, kind", [
    ("Располагая бюджетом в размере 230 000 долларов, Дик Нафцгер собрал записи.", "ru", "vessels"),
    ("2007年2月8日，BskyB宣布，计划以4个订阅频道取代3个免费数字地面频道。", "zh", "subscribers"),
    ("بحسب إحصائيات مكتب العمل، هناك 1.4 مليون مدرّساً بالمدارس الابتدائية.", "ar", "students"),
])
def test_a_figure_of_other_things_in_the_eight_languages_counts_no_kind(sentence, language, kind):
    # (a budget is no spacecraft, subscription channels no subscribers, teachers no pupils)
    assert kind not in counts(sentence, language)
    assert uncounted("How many pupils, subscribers or ships?", [sentence], {sentence: language})


def test_factories_that_work_day_and_night_are_not_counted():
    # «gamyklos dirba dvidešimt keturias valandas» counts hours, not factories
    sentence = "Net jos pačių gamyklos dirba dvidešimt keturias valandas, Rusija tapo priklausoma nuo Šiaurės Korėjos."
    assert uncounted("Kiek Rusijos gamyklų dirba visą parą?", [sentence]) == "factories"
    assert uncounted("How many factories work around the clock?", ["Some 20 factories work around the clock."]) is None


def test_a_figure_of_other_things_beside_the_kind_does_not_count_it():
    # planes named, soldiers and drones counted
    sentence = "Imaginile arată avioane de marfă, iar 4.000 de soldați și 728 de drone au fost trimise."
    assert "aircraft" not in counts(sentence)
    assert uncounted("How many cargo planes were seen?", [sentence]) == "aircraft"
    assert uncounted("How many cargo planes were seen?", [sentence, "Au fost văzute 20 de avioane de marfă."]) is None
    assert uncounted("How many drones were launched?", [sentence]) is None  # not a kind: left to the rest


def test_two_universities_are_no_count_of_students():
    """«La ciudad tiene dos universidades» holds a number, of universities."""
    sentence = "La ciudad tiene dos universidades, la Universidad de Newcastle y la de Northumbria."
    assert uncounted("Quantos estudantes estão matriculados na Universidade de Newcastle?", [sentence]) == "students"
    assert uncounted("How many students study there?", [sentence, "Die Universität hat 20.000 Studierende."]) is None


@pytest.mark.parametrize("text, said", [
    ("Maždaug 1,5 Šiaurės Korėjos kariuomenės buvo nužudyta arba sužeista Rusijoje", True),
    ("aproximativ 4.000 de soldați din Coreea de Nord au fost uciși sau răniți în Rusia", True),
    ("cerca de 4.000 soldados norte-coreanos foram mortos ou feridos no conflito", True),
    ("ongeveer 400 Noord-Koreaanse soldaten werden gedood en ongeveer 3.600 raakten gewond", True),
    ("Ilu żołnierzy zginęło lub zostało rannych?", True),
    ("Câți militari au fost omorâți?", True),
    ("How many North Korean troops have been killed or wounded?", True),
    ("CNN meldde dat Noord-Korea aan het begin van het jaar minstens 3.000 andere soldaten naar Rusland stuurde.", False),
    ("Pyongyang va trimite un atac suplimentar de 25.000 până la 30.000 de soldați", False),
    ("Kiek karių Šiaurės Korėja pasiuntė į Rusiją? Aukščiausias vadas pritarė.", False),  # «aukščiausias», highest
    # dying, in the words a question asks by
    ("¿Cuántos soldados norcoreanos murieron en Rusia?", True),
    ("How many North Korean soldiers lost their lives in Russia?", True),
    ("Ilu północnokoreańskich żołnierzy zmarło w Rosji?", True),
    ("Quanti soldati nordcoreani hanno perso la vita in Russia?", True),
    ("Hoeveel Noord-Koreaanse soldaten kwamen om in Rusland?", True),
    ("Wie viele Soldaten starben?", True),
    ("Rusijos dronai užpuolė miestą, sužeisdami kelis civilius.", True),  # Lithuanian: wounding
    ("Ataka sužeidė dešimt žmonių.", True),
    ("12 žmonių buvo sužaloti.", True),
    ("Rosyjski atak ranił 12 osób.", True),
    ("12 osób zostało poszkodowanych.", True),
    # words that only look like it: fallen prices, a violated airspace, fish, donations, "your"
    ("Der Ölpreis ist um 10 Prozent gefallen", False),
    ("Russland hat den Luftraum verletzt, sagen Verletzungen der Waffenruhe", False),
    ("Daug žuvų ir aukų", False),
    ("le tue truppe", False),
])
def test_casualties_are_told_in_ten_languages(text, said):
    assert casualties(text) is said


def test_a_compound_after_a_figure_counts_its_kind():
    assert uncounted("Wie viele Kampfflugzeuge hat Moskau versprochen?", ["Moskau versprach 20 Kampfflugzeuge."]) is None
    assert uncounted("Hoeveel transportschepen voeren uit?", ["Er voeren 12 transportschepen uit."]) is None
    assert uncounted("Wie viele Kampfflugzeuge hat Moskau versprochen?", ["Moskau schickte 20 Soldaten."]) == "aircraft"


@pytest.mark.parametrize("question", [
    "Quantos caças Su-57 a Rússia vai entregar a Pyongyang?",
    "Câte Su-57 pentru Coreea de Nord?",  # a fighter by its model
    "Kiek naikintuvų Su-57 Šiaurės Korėja įsigijo?",
])
def test_fighters_are_aircraft_counted_by_no_count_of_soldiers(question):
    soldiers = ["Pyongyang va trimite un atac suplimentar de 25.000 până la 30.000 de soldați."]
    assert asked(question) == {"aircraft"}
    assert uncounted(question, soldiers) == "aircraft"
    assert uncounted(question, soldiers + ["Moscova ar putea livra 24 de avioane Su-57."]) is None


TREES = "يمثل الأمازون أكبر غابة مطيرة استوائية في العالم، بعدد أشجار يقدّر ب 390 بليون شجرة تنقسم إلى 16,000 نوع."


@pytest.mark.parametrize("question", [
    "Quante specie di uccelli vivono nella foresta amazzonica?",
    "Combien d'espèces d'oiseaux vivent en Amazonie ?",
    "Quantas espécies de animais vivem na floresta amazónica?",
])
def test_a_count_of_tree_species_is_none_of_birds_or_animals(question):
    assert species_unsaid(question, [TREES])
    assert not species_unsaid(question, [TREES, "The Amazon is home to 1,300 bird species and 427 mammals, animals of every kind."])


@pytest.mark.parametrize("question", [
    "How many tree species grow in the Amazon?",  # trees, which the sentence counts
    "How many species of ctenophores are known?",  # no class of living things it knows
    "Câte specii avea Darwin în colecție?",  # «avea», had, is no «aves»
    "Quantas espécies de chimpanzés vivem na África?",  # no Vietnamese «chim», bird
])
def test_species_of_what_the_sentences_name_or_of_no_known_class_are_left_to_the_other_rules(question):
    assert not species_unsaid(question, [TREES])


@pytest.mark.parametrize("question", [
    "Número de aviões de carga avistados?",
    "Anzahl der Frachtflugzeuge auf den Satellitenbildern?",
    "Number of cargo planes seen?",
    "Liczba samolotów transportowych?",
    "Aantal vrachtvliegtuigen op de beelden?",
])
def test_a_chat_question_opening_with_a_word_for_a_count_counts_what_follows(question):
    """«Número de aviões…?» asks how many as «Quantos aviões…?» does: the satellite images'
    sentences name cargo planes and count none, and the 728 drones were its direct answer."""
    assert expected_answer(question) == "number" and asked(question) == {"aircraft"}
    assert uncounted(question, ["As imagens mostraram aviões de carga e 728 drones."]) == "aircraft"


@pytest.mark.parametrize("question", ["¿Nombre del embajador ruso en Pyongyang?", "Numbers game?", "Zahlen und Fakten?",
                                      "Número del barco que llevó las municiones?", "Number of the UN resolution?"])
def test_a_name_or_numbers_asked_is_no_count(question):
    assert expected_answer(question) is None


@pytest.mark.parametrize("question, kind", [
    ("Quante centinaia di navi sono arrivate?", "vessels"),  # a quantity of what follows
    ("Ile czołgów i samolotów wysłano?", "aircraft"),  # Polish «i», and, is no link
])
def test_what_a_quantity_or_and_joins_is_still_counted(question, kind):
    assert kind in asked(question)



TOTAL_NL = "De versterking in januari en februari verhoogt het aantal Noord -Koreaanse soldaten in Rusland tot ongeveer 11.000."
ADDS_PT = "Essas forças contribuiriam para 11.000 soldados norte -coreanos enviados para a Rússia no ano passado."
SENT_NL = "CNN meldde dat Noord -Korea aan het begin van het jaar minstens 3.000 andere soldaten naar Rusland stuurde."


@pytest.mark.parametrize("question, added", [
    ("Rinforzi nordcoreani di inizio anno: quanti soldati?", True),
    ("Quantos militares a mais chegaram da Coreia do Norte em janeiro e fevereiro?", True),
    ("How many more troops did Pyongyang dispatch to Russia in January and February?", True),
    ("Câți soldați în plus a trimis Phenianul în Rusia la începutul anului?", True),
    ("Wie viele weitere Soldaten hat Pjöngjang verlegt?", True),
    # the total is asked, or nothing added
    ("Wie viele nordkoreanische Soldaten sind nach der Verstärkung vom Jahresbeginn insgesamt in Russland?", False),
    ("How many North Korean soldiers are in Russia?", False),
])
def test_a_how_many_question_asking_what_was_added_is_read(question, added):
    from qa.answer.counted import asks_added
    assert asks_added(question) is added


def test_a_total_raised_or_added_to_is_no_count_of_what_was_added():
    """«… verhoogt het aantal … tot ongeveer 11.000» (raises the number to about 11,000) and
    «contribuiriam para 11.000» (would add to 11,000) give totals; «3.000 andere soldaten» the
    reinforcement: for "how many more", the total gives no value and its sentence ranks lower."""
    from qa.answer import told
    from qa.answer.counted import totals_only
    from qa.answer.evidence import TUNING, Wanted, _type_penalty
    assert totals_only(TOTAL_NL) and totals_only(ADDS_PT) and not totals_only(SENT_NL)
    question = "Rinforzi nordcoreani di inizio anno: quanti soldati?"
    more = Wanted(wants="number", added=True)
    assert _type_penalty(TOTAL_NL, more, TUNING) > _type_penalty(SENT_NL, more, TUNING)
    assert _type_penalty(TOTAL_NL, Wanted(wants="number"), TUNING) == _type_penalty(SENT_NL, Wanted(wants="number"), TUNING)
    passage = type("P", (), {"language": "nl"})()
    ev = lambda text: type("E", (), {"text": text, "sentence": None, "passage": passage})()  # noqa: E731 (text and language are read)
    assert told.sentence_values(ev(TOTAL_NL), "number", question, set(), added=True) == []
    assert [v.text for v in told.sentence_values(ev(SENT_NL), "number", question, set(), added=True)] == ["3.000"]


@pytest.mark.parametrize("question", [
    "How many North Korean troops are in Russia after the reinforcements?",
    "Após os reforços, quantos soldados norte-coreanos há ao todo na Rússia?",
    "Con i rinforzi, quanti soldati ci sono in tutto?",
    "How many people were killed in more than 20 attacks?",
    "Câți soldați au murit, potrivit bilanțului publicat ulterior?",  # «ulterior»: later
])
def test_a_total_asked_or_more_than_is_no_question_of_what_was_added(question):
    from qa.answer.counted import asks_added
    assert not asks_added(question)


@pytest.mark.parametrize("sentence", [
    "Pyongyang boosted its forces in January by sending up to 3,000 more soldiers.",
    "Pyongyang aumentou o contingente com até 3.000 soldados adicionais.",
    "Pyongyang aumentó su contingente y envió a 3.000 soldados más.",
])
def test_a_count_sent_up_to_a_figure_is_no_total(sentence):
    """Only a count noun raised to a figure ("the number … to 11,000") or a count added to one is
    a total; "up to 3,000 more soldiers" is the reinforcement itself."""
    from qa.answer.counted import totals_only
    assert not totals_only(sentence)


def test_a_total_is_read_whatever_the_typography():
    from qa.answer.counted import totals_only
    assert totals_only("De versterking … verhoogt het aantal soldaten tot ongeveer 11.000.")
    assert totals_only("The reinforcements bring the total to about 11,000.")


@pytest.mark.parametrize("question, total", [
    ("Ile patentów łącznie posiadał Tesla?", True),  # «łącznie» with its ł
    ("Combien de brevets Tesla a-t-il obtenus au total ?", True),
    ("Kiek iš viso patentų turėjo Tesla?", True),
    ("Wie viele Soldaten sind nach der Verstärkung in Russland?", False),  # after the reinforcements: a count
    ("¿Cuánto debía durar la tregua total que proponía Washington?", False),  # the ceasefire's total
    ("Wie viele Patente hatte Tesla?", False),
])
def test_a_how_many_question_asking_a_total(question, total):
    from qa.answer.counted import asks_total
    assert asks_total(question) is total


def test_in_all_before_what_it_qualifies_asks_no_total():
    from qa.answer.counted import asks_total
    assert not asks_total("How many soldiers were killed in all three cities?")
    assert asks_total("How many patents did Tesla get in all?")


@pytest.mark.parametrize("sentence, figure, of_time", [
    ("Net jos pačių gamyklos dirba dvidešimt keturias valandas.", "dvidešimt keturias", True),  # hours
    ("Lavrov a sosit pentru o vizită de trei zile.", "trei", True),
    ("Manning, con 39 años, es el mariscal de campo más longevo.", "39", True),
    ("Pyongyang a trimis 100 de rachete balistice.", "100", False),
    ("Some 4,000 soldiers were killed or wounded.", "4,000", False),
])
def test_a_figure_of_hours_days_or_years_counts_time(sentence, figure, of_time):
    from qa.answer import values
    from qa.answer.counted import of_time as counts_time
    [v] = [v for v in values.extract(sentence, "number") if v.text == figure]
    assert counts_time(sentence, v) is of_time


@pytest.mark.parametrize("question, asks", [
    ("Kiek Šiaurės Korėjos generolų šiuo metu yra Rusijoje?", False),  # generals
    ("How many ballistic missiles did North Korea send?", False),
    ("How many days did Lavrov's visit last?", True),
    ("Wie lange dauerte das Treffen?", True),
    ("How old was Peyton Manning in Super Bowl 50?", True),
    ("Quantos anos tinha Peyton Manning?", True),
    ("How long a truce had the White House proposed?", True),  # a length of time, however asked
    ("Durata della tregua proposta da Washington?", True),
])
def test_a_question_asking_hours_days_years_how_long_or_an_age(question, asks):
    from qa.answer.counted import asks_time
    assert asks_time(question) is asks


def test_each_figure_counts_its_own_kind():
    """«100 de rachete balistice și 9 milioane de gloanțe»: the 100 are missiles, the 9 million
    shells; a shells question takes the second alone."""
    sentence = "Pyongyang a trimis cel puțin 100 de rachete balistice și 9 milioane de gloanțe de artilerie."
    kinds = {v.text: value_counts(sentence, v) for v in extract(sentence, "number")}
    assert "shells" in kinds["9 milioane"] and "shells" not in kinds["100"]
    assert things("Combien d'obus la Corée du Nord a-t-elle expédiés ?") == {"shells"}
    assert things("Wie viele Stunden dauerte das Treffen?") == set()


def test_shells_told_in_no_word_a_list_holds_do_not_decline():
    """The articles translate shells as bullets, seashells or name none with a figure: a best
    sentence without such a word does not show they are not counted (no decline); soldiers'
    figures are kept out of the answer line instead (``told.sentence_values``)."""
    about = ["CNN meldde dat Noord-Korea minstens 3.000 andere soldaten naar Rusland stuurde."]
    assert uncounted("Combien d'obus la Corée du Nord a-t-elle expédiés ?", about) is None
    assert uncounted("Combien de trains franchissent la frontière ?", about) == "trains"


def test_a_share_or_a_span_of_years_is_no_count():
    """"How many people did the Black Death kill in Europe?": «60%» of Norway's people died in
    «1348-1350»; neither figure counts the dead. A question asking for a share still takes it."""
    from qa.answer import told
    passage = type("P", (), {"language": "hi"})()
    ev = type("E", (), {"text": "1348-1350 में नॉर्वे की 60% से अधिक जनसंख्या की मृत्यु हुई।", "sentence": None,
                        "passage": passage})()
    assert told.sentence_values(ev, "number", "Câți oameni a ucis în total Moartea Neagră în Europa?", set()) == []
    shares = told.sentence_values(ev, "number", "Jaki procent mieszkańców Norwegii zmarł w latach 1348-1350?", set())
    assert "60%" in [v.text for v in shares]
    counted = type("E", (), {"text": "1466 में, शायद 40,000 लोग पेरिस में प्लेग से मारे गए।", "sentence": None,
                             "passage": passage})()
    assert [v.text for v in told.sentence_values(counted, "number", "How many died in Paris in 1466?", set())] == ["40,000"]


def test_a_figure_written_as_an_ordinal_is_no_count():
    """«TEU'nun 11. maddesine göre…» is the treaty's 11th article, no count of MEPs; «750 AP
    üyesi vardır» is one."""
    from qa.answer import told
    passage = type("P", (), {"language": "tr"})()
    ev = lambda text: type("E", (), {"text": text, "sentence": None, "passage": passage})()  # noqa: E731
    question = "Ilu eurodeputowanych liczy Parlament Europejski?"
    assert told.sentence_values(ev("TEU'nun 11. maddesine göre vatandaşlar görüşlerini yayınlayabilir."), "number",
                                question, set()) == []
    assert [v.text for v in told.sentence_values(ev("750 AP üyesi vardır."), "number", question, set())] == ["750"]

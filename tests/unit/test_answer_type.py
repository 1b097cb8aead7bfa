"""A sentence that is not the kind of answer the question asks for loses a little
(``evidence._type_penalty``): a how-many question wants a figure; a when question a figure, or
a month or weekday, which answers it as well ("on Saturday", "în ianuarie")."""
from __future__ import annotations

import pytest

from qa.answer.evidence import TUNING, Wanted, _type_penalty


@pytest.mark.parametrize("sentence", [
    "Lavrov arrived in Wonsan on Saturday.",
    "Trupele au fost retrase în ianuarie.",
    "De versterking kwam in januari en februari.",
    "The visit takes place on 11-13 July.",
])
def test_a_date_in_words_answers_a_when_question(sentence):
    assert _type_penalty(sentence, Wanted("time"), TUNING) == 0


@pytest.mark.parametrize("wants", ["time", "number"])
def test_a_sentence_with_neither_figure_nor_date_loses(wants):
    assert _type_penalty("The ministers praised the ties between their countries.", Wanted(wants),
                         TUNING) == TUNING.type_penalty


@pytest.mark.parametrize("sentence, penalised", [
    ("Lavrov chegou à Coreia do Norte no sábado, para uma visita de três dias.", True),  # weekdays only
    ("Zakharova a spus că în perioada 11 - 13 iulie va călători în Coreea de Nord.", False),
    ("Le ministre s'y était déjà rendu en 2024.", False),  # a year: the month may be told with it
])
def test_a_question_naming_a_month_wants_more_than_a_weekday(sentence, penalised):
    # «Em que dias de julho…?»: «no sábado» tells no day of July.
    got = _type_penalty(sentence, Wanted("time", months=frozenset({"m7"})), TUNING)
    assert got == (TUNING.type_penalty if penalised else 0)
    assert _type_penalty(sentence, Wanted("time"), TUNING) == 0  # no month asked


def test_a_month_does_not_answer_a_how_many_question():
    assert _type_penalty("Troops were sent in January.", Wanted("number"), TUNING) == TUNING.type_penalty


@pytest.mark.parametrize("sentence, language", [
    ("Galbūt Lavrovo Šiaurės Korėjos lyderis Kim Jong Unas taip pat gali susitikti.", "lt"),
    ("S-ar putea, de asemenea, ca Lavrov să se întâlnească cu Kim Jong Un.", "ro"),
    ("Lavrov might also meet Kim Jong Un.", "en"),
])
def test_a_sentence_that_says_only_what_may_happen_answers_a_question_about_what_did_less(sentence, language):
    assert _type_penalty(sentence, Wanted(fact=True), TUNING, language) == TUNING.hedge_penalty
    assert _type_penalty(sentence, Wanted(), TUNING, language) == 0  # "Might he…?"
    assert _type_penalty("Lavrov met Kim Jong Un in Wonsan on Saturday.", Wanted(fact=True), TUNING, "en") == 0


@pytest.mark.parametrize("question, language, expected", [
    ("Who is Lavrov expected to hold talks with?", "en", True),
    ("Wen soll Lawrow treffen?", "de", True),
    ("Cu cine se va întâlni Lavrov?", "ro", True),
    ("Quem vai encontrar Lavrov?", "pt", True),
    ("Kas planuoja vizitą?", "lt", True),
    ("Where did Lavrov meet Kim Jong Un?", "en", False),
    ("Wo traf Lawrow Kim?", "de", False),
    ("Ce au arătat imaginile din satelit?", "ro", False),
    # Another language's cue, or a word that says something else here (a review found these):
    ("Wie viele Menschen starben vor zwei Jahren?", "de", False),  # Romanian "vor" (will)
    ("Wie viele Häuser werden gebaut?", "de", False),  # the passive
    ("How many bus routes does the city have?", "en", False),  # Lithuanian "bus" (will be)
    ("Waar gaat het artikel over?", "nl", False),
    ("Combien la Grèce doit-elle au FMI ?", "fr", False),  # owes
    ("Dove va il treno?", "it", False),
    ("Where did Lavrov meet Kim?", None, False),  # language unknown: no cues
])
def test_a_question_about_what_is_expected_or_planned_is_told_from_one_about_what_happened(question, language,
                                                                                            expected):
    from qa.answer.negation import prospective

    assert prospective(question, language) is expected


@pytest.mark.parametrize("question, asks", [
    ("Pe ce platformă a postat diplomația rusă poza întâlnirii?", True),
    ("Op welk kanaal zette Moskou een foto van de ontmoeting?", True),
    ("Sur quelle messagerie la diplomatie russe a-t-elle diffusé une photo ?", True),
    ("Where did Lavrov meet Kim?", False),
    # where a photo or a video was posted asks for a platform too; not where it was taken, nor
    # where a report came out; French «ou» is "or"
    ("Wo hat das Ministerium das Video geteilt?", True),
    ("Gdzie opublikowano zdjęcie ze spotkania?", True),
    ("Where did the embassy post the pictures?", True),
    ("Sur quelle appli la photo est-elle sortie ?", True),
    ("Wo wurde das Foto aufgenommen?", False),
    ("Where was the report published?", False),
    ("La photo ou la vidéo a-t-elle été publiée hier ?", False),
    ("Who shared the photo of the meeting where Putin met Kim?", False),  # "where" opens no question
    ("Where did the public see the video?", False),  # "public" posts nothing
    ("Waar werd de foto gepost?", True),
    ("¿Dónde se publicaron las imágenes?", True),
    # … or where it appeared
    ("Unde a apărut fotografia întâlnirii?", True),
    ("Wo erschien das Foto des Treffens?", True),
    ("Where did the photo of the meeting appear?", True),
    ("Unde a apărut Kim?", False),  # no photo
    ("Unde a fost ministrul Apărării în fotografie?", False),  # «Apărării», defence, appears nothing
    ("Where does Kim appear in the photo?", False),  # someone in a picture, not the picture appearing
    ("¿Dónde aparecen los barcos en las imágenes?", False),
])
def test_a_question_about_a_platform_is_read_in_several_languages(question, asks):
    from qa.answer.sought import asks_platform
    assert asks_platform(question) == asks


def test_a_platform_is_named_by_its_name():
    from qa.answer.sought import names_platform
    assert names_platform("O Ministério compartilhou uma foto da reunião do Telegram.")
    assert not names_platform("Signal flares were sent up over Kharkiv.")  # a word, not the app


@pytest.mark.parametrize("question, asks", [
    ("Welk type ballistische raket levert Pyongyang aan Moskou?", True),
    ("¿Qué misil balístico entrega Corea del Norte a Rusia?", True),
    ("Kokio naikintuvo kabinoje sėdėjo Kim?", True),  # which fighter
    ("Kokio kalibro pabūklus perdavė Šiaurės Korėja?", True),
    ("Ce fel de drone a urmărit liderul?", False),  # what kind: what they are like
    ("Welke vliegtuigfabriek bezocht Kim?", False),  # a factory, not a model
    ("Kurią lėktuvų gamyklą aplankė Kim?", False),
    ("How many missiles did North Korea send?", False),
])
def test_a_question_asking_for_a_model_is_read_in_several_languages(question, asks):
    from qa.answer.sought import asks_model
    assert asks_model(question) == asks


def test_a_model_is_named_by_its_designation_and_a_calibre_only_when_asked():
    from qa.answer.sought import names_model
    assert names_model("Transferul rachetelor balistice Hwasong-11A, sau KN-23, de la începutul anului 2024")
    assert not names_model("ongeveer 220 170 mm zelfrit lafettes", "Welk type raket?")
    assert names_model("ongeveer 220 170 mm zelfrit lafettes", "Kokio kalibro pabūklus?")


@pytest.mark.parametrize("question, asks", [
    ("In welcher Stadt traf der Minister Kim?", True),
    ("În ce regiune rusească au luptat soldații?", True),
    ("¿Qué ciudad ucraniana fue atacada?", True),
    ("Kuriame mieste buvo susitikimas?", True),
    ("Kurį Ukrainos miestą užpuolė dronai?", True),  # «Kurį»: į is no i
    ("What type of city has Warsaw been?", False),  # what it is like, not which
    ("How many drones hit the city?", False),
])
def test_a_question_asking_which_city_or_region_is_read_in_several_languages(question, asks):
    from qa.answer.whereabouts import asks_settlement
    assert asks_settlement(question) == asks


def test_a_settlement_is_a_new_place_after_a_preposition():
    from qa.answer.whereabouts import names_settlement
    q = "In welcher Stadt traf Lavrov Kim Jong Un?"
    assert names_settlement("Lavrov conheceu o líder Kim Jong Un Em Wonsan, no sábado", q)
    assert names_settlement("een drone-aanval op de noordoostelijke tankstad Charkiw", q)
    assert not names_settlement("Lavrov va vizita Coreea de Nord în iulie", q)  # a country, a month
    assert not names_settlement("relațiile dintre Phenian și Moscova", q)  # no preposition of place
    assert not names_settlement("Lavrov arrived in Lavrov's plane", q)  # the question's own name
    # an acronym after a preposition is a body, no place («… 11 estados membros da ONU»)
    assert not names_settlement("um relatório de 11 estados membros da ONU enviou Pyongyang 100 mísseis", q)
    assert not names_settlement("According to a report by CNN, the troops moved", q)


@pytest.mark.parametrize("question, asks", [
    ("Wie is woordvoerster van Lavrovs ministerie?", True),
    ("Portavoz de Exteriores rusa: ¿nombre?", True),
    ("Jak nazywa się rzeczniczka MSZ?", True),
    ("When will Lavrov travel, according to the ministry's spokeswoman?", False),  # a source, not asked for
    ("Quando viaja Lavrov, segundo a porta-voz?", False),
])
def test_a_question_asking_for_a_spokesperson_is_read_in_several_languages(question, asks):
    from qa.answer.sought import asks_spokesperson
    assert asks_spokesperson(question) == asks


def test_a_spokesperson_is_named_by_the_articles_translations_of_the_word():
    from qa.answer.sought import names_spokesperson
    assert names_spokesperson("Potrivit vorbitorului Ministerului Rus al Afacerilor Externe, Maria Zakharova")
    assert names_spokesperson("sakė užsienio reikalų ministerijos atstovė Maria Zakhrova")
    assert not names_spokesperson("Lavrov va vizita Coreea de Nord")


@pytest.mark.parametrize("question", [
    "What type of agreement did Putin and Kim sign?",  # a type word with no weapon after it
    "Welche Länder liefern jetzt Waffen?",  # «jetzt» is no jet
    "¿Qué planes tiene Rusia?",  # plans
    "¿Por qué Rusia lanzó drones?", "De ce au lansat drone?",  # why
    "Est-ce que les drones volent?",
])
def test_ordinary_questions_ask_for_no_model(question):
    from qa.answer.sought import asks_model
    assert not asks_model(question)


@pytest.mark.parametrize("question, asks", [
    ("W którym mieście odbyło się spotkanie?", True),
    ("In che città si è svolto l'incontro?", True),
    ("¿Por qué la ciudad de Kursk fue atacada?", False),
])
def test_more_ways_of_asking_which_city(question, asks):
    from qa.answer.whereabouts import asks_settlement
    assert asks_settlement(question) == asks


def test_dutch_en_is_and_and_words_inside_words_are_no_settlement():
    from qa.answer.whereabouts import names_settlement
    q = "In welke stad ondertekenden ze het pact?"
    assert not names_settlement("Kim en Poetin ondertekenden het pact.", q, "nl")
    assert not names_settlement("Er sprach sofort Verhandlungen an.", q, "de")  # «sofort» holds no «Ort»
    assert names_settlement("een aanval op de tankstad Charkiw", q, "nl")


@pytest.mark.parametrize("question, asks", [
    ("According to Reuters, who is the ministry's spokesperson?", True),  # the source is another clause
    ("Wer ist der Regierungssprecher?", True),
    ("Kto jest rzecznikiem praw obywatelskich?", False),  # an ombudsman
])
def test_a_spokesperson_asked_for_past_a_comma_and_in_compounds(question, asks):
    from qa.answer.sought import asks_spokesperson
    assert asks_spokesperson(question) == asks


@pytest.mark.parametrize("text", ["Qual foi o maior ataque?", "la mayoría de los votos", "il maggiore alleato",
                                  "Para que datas estava marcada a viagem?", "Polskiego Czerwonego Krzyża",
                                  "spalili magazyn"])
def test_words_that_begin_like_a_month_are_no_month(text):
    from qa.answer.dates import months
    assert months(text) == set()


@pytest.mark.parametrize("text, month", [("em maio de 2024", "m5"), ("11 czerwca", "m6"),
                                         ("balandžio 3 d.", "m4"), ("spalio 5 d.", "m10")])
def test_months_in_their_own_forms(text, month):
    from qa.answer.dates import months
    assert months(text) == {month}


@pytest.mark.parametrize("question, asks", [
    ("What's the new North Korean scout drone called?", True),
    ("Nome do novo drone de reconhecimento?", True),
    ("Jak nazywa się nowy dron rozpoznawczy Kima?", True),
    ("Hoe heet de nieuwe door kunstmatige intelligentie bestuurde drone die Kim heeft getest?", True),
    ("Cum se numește noua dronă nord-coreeană de recunoaștere?", True),
    ("Kaip vadinasi naujasis žvalgybinis dronas?", True),
    ("Comment s'appelle le nouveau drone de reconnaissance dévoilé par la Corée du Nord ?", True),
    ("Comment s'appelle le ministre russe ?", False),
    ("Comment s'appelait le drone abattu ?", True),
    ("Qui appelle à interdire les drones kamikazes ?", False),  # calls for
    ("Wie heißt die Flugzeugfabrik, die Kim besuchte?", False),  # a factory's name
    ("How many drones did Russia launch?", False),
    ("Wie heißt der russische Außenminister?", False),  # a person's name
    # German runs the drone into one word with what it does
    ("Wie heißt Nordkoreas neue Aufklärungsdrohne?", True),
    ("Wie heißen die neuen Kampfdrohnen?", True),
    ("Wie viele Drohnen startete Russland?", False),
    # Dutch runs it in too, and asks by «naam»; Romanian opens with «Numele»
    ("Hoe heet de nieuwe AI-gestuurde aanvalsdrone die Kim liet testen?", True),
    ("Welke naam draagt de nieuwe aanvalsdrone?", True),
    ("Numele noii drone de recunoaștere nord-coreene?", True),
    ("Welke naam kreeg de vliegtuigfabriek?", False),  # a factory's name
])
def test_a_question_asking_what_a_weapon_is_called_is_read_in_several_languages(question, asks):
    from qa.answer.sought import asks_weapon_name
    assert asks_weapon_name(question) == asks


def test_a_question_asking_dates_wants_a_day_of_a_month_not_a_month_and_year():
    # "Dates de la visite de Lavrov ?": the first round's «novembro de 2024» is no date of the visit
    want = Wanted("time", months=frozenset({"any"}), days=True)
    first_round = "A visita de Lavrov segue as primeiras negociações em Moscou em novembro de 2024."
    assert _type_penalty(first_round, want, TUNING) == TUNING.type_penalty
    assert _type_penalty("Lavrovas Liepos 4–7 d. apsilankys Korėjoje.", want, TUNING) == 0
    assert _type_penalty("În perioada 11 - 13 iulie va călători în RPDC.", want, TUNING) == 0
    # "since when" asks no day («octombrie 2022» answers)
    assert _type_penalty(first_round, Wanted("time", months=frozenset({"any"})), TUNING) == 0


@pytest.mark.parametrize("question, asks", [
    ("Lavrov–Kim meeting venue?", True), ("Lieu de la rencontre entre Lavrov et Kim Jong Un ?", True),
    ("Ort des Treffens?", True), ("Susitikimo vieta?", True), ("Miejsce spotkania?", True),
    ("Quand aura lieu le sommet ?", False), ("Localul a fost închis?", False),
    # not when or how many at a venue, nor a place in a ranking
    ("When did Kim arrive at the venue?", False), ("How many people fit in the venue?", False),
    ("Plaats van Rusland op de ranglijst?", False),
])
def test_a_chat_asking_for_the_place_by_a_noun_asks_for_a_settlement(question, asks):
    from qa.answer.whereabouts import asks_settlement
    assert asks_settlement(question) is asks


def test_a_sentence_that_says_it_was_confirmed_ranks_higher_for_who_confirmed():
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    confirmed = SimpleNamespace(text="Kim Yong-hyun, ministrul sud-coreean al Apărării, a confirmat moartea mai multor "
                                     "soldați nord-coreeni.", language="ro")
    lawmaker = SimpleNamespace(text="Een Zuid-Koreaanse parlementslid meldde dat 400 soldaten zijn gedood.", language="nl")
    for question in ["Welke Zuid-Koreaanse minister bevestigde de dood van Noord-Koreaanse militairen?",
                     "Kas Seule patvirtino, kad Donbase žuvo Šiaurės Korėjos karių?"]:
        gain = bonus(question, 0.01, {})
        assert gain(confirmed) > gain(lawmaker) == 0
    # a question asking no one ("When was it confirmed?") lifts nothing
    assert bonus("Wann wurde der Tod bestätigt?", 0.01, {})(confirmed) == 0


def test_a_sentence_naming_the_compass_point_asked_ranks_higher():
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    kharkiv = SimpleNamespace(text="Russische strijdkrachten voerden een drone-aanval uit op de noordoostelijke "
                                   "tankstad Charkiw.", language="nl")
    kyiv = SimpleNamespace(text="Joi, dronele rusești au atacat capitala Kiev din toate direcțiile.", language="ro")
    for question in ["Que cidade do nordeste da Ucrânia foi alvo de um ataque com drones?",
                     "Which city in north-eastern Ukraine was hit by drones?",
                     "Kurį šiaurės rytų Ukrainos miestą užpuolė dronai?"]:
        gain = bonus(question, 0.01, {})
        assert gain(kharkiv) > gain(kyiv), question
    from qa.answer.whereabouts import asks_settlement, compass_points, no_points
    for text, point in [("na północnym wschodzie Ukrainy", "ne"), ("Ukrainos pietryčiuose", "se"),
                        ("pietvakarių Ukrainoje", "sw"), ("nell'Ucraina nordorientale", "ne"),
                        ("la Ucrania nororiental", "ne"), ("the North East of England", "ne")]:
        assert compass_points(text) == {point}, text
    assert asks_settlement(no_points("Które północno-wschodnie ukraińskie miasto zostało ostrzelane?"))
    # "north" alone is North Korea's: a question naming it lifts nothing
    korea = SimpleNamespace(text="Noord-Korea stuurde troepen naar het noorden van Rusland.", language="nl")
    assert bonus("Welke stad in Noord-Korea?", 0.01, {})(korea) == bonus("Welke stad?", 0.01, {})(korea)


@pytest.mark.parametrize("question, lifted", [
    ("Chi ha confermato la morte dei soldati?", True),  # Italian «confermato»
    ("Which minister confirmed the deaths?", True),
    ("Wie viele Tote bestätigte Seoul?", False),  # German «wie», how: a count
    ("Quelle date a été confirmée ?", False),  # a date asked, no one
    ("Când a confirmat Seulul moartea soldaților care au luptat?", False),  # «care», a relative
])
def test_the_confirm_lift_is_for_who_confirmed_alone(question, lifted):
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    confirmed = SimpleNamespace(text="Kim Yong-hyun, ministrul sud-coreean al Apărării, a confirmat moartea soldaților.",
                                language="ro")
    assert (bonus(question, 0.01, {})(confirmed) > 0) == lifted



@pytest.mark.parametrize("question", [
    "Waarvan beschuldigde Trump Poetin?",
    "Wat verweet de Amerikaanse president zijn Russische ambtgenoot?",  # «verweet», reproached
    "Co Trump zarzucił Putinowi?",
    "What did Trump accuse Putin of?",
])
def test_a_sentence_that_says_someone_was_accused_ranks_higher_for_what_of(question):
    """e5 read «Trump verklaarde dat hij geloofde…» (Trump said he believed…) as nearer to "Of what
    did Trump accuse Putin?" than the sentence that answers, in Romanian or Lithuanian."""
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    accused = SimpleNamespace(text="Donald Trump l-a acuzat pe omologul său rus Vladimir Putin că răspândește "
                                   "„bullshit” în negocierile de pace.", language="ro")
    also = SimpleNamespace(text="JAV prezidentas Donaldas Trumpas apkaltino savo oponentą Vladimirą Putiną.",
                           language="lt")
    said = SimpleNamespace(text="In een interview verklaarde Donald Trump dat hij geloofde dat Rusland de oorlog "
                                "wilde beëindigen.", language="nl")
    gain = bonus(question, 0.01, {})
    assert gain(accused) > gain(said) == 0
    assert gain(also) > 0
    # a date asked of the accusation wants the date, not the accusing sentence lifted
    assert bonus("Wann beschuldigte Trump Putin?", 0.01, {})(accused) == 0


@pytest.mark.parametrize("question", [
    "Welk scheldwoord gebruikte Trump over Poetin?",
    "¿Qué palabra malsonante usó Donald Trump?",
    "Which word did Trump use for Putin's talk?",
    "Ce cuvânt a folosit Trump despre Putin?",
])
def test_a_sentence_quoting_a_few_words_ranks_higher_for_which_word(question):
    """«Welk scheldwoord …?»: e5 read Trump's interview sentence, which quotes no word, as nearer
    than the ones quoting «‹bullshit›»; a quotation of many words is no word asked."""
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    quoting = SimpleNamespace(text="Președintele american, Donald Trump, l-a acuzat pe Putin să răspândească "
                                   "„bullshit” în negocierile de pace.", language="ro")
    long_quote = SimpleNamespace(text="Sergei Schoigu ontmoette Kim om Poetin's \"warmste wensen en groeten\" te "
                                      "verzenden.", language="nl")
    said = SimpleNamespace(text="In een interview verklaarde Donald Trump dat hij geloofde dat Rusland de oorlog "
                                "wilde beëindigen.", language="nl")
    gain = bonus(question, 0.01, {})
    assert gain(quoting) > 0 == gain(said) == gain(long_quote)
    # Romanian «purtătorul de cuvânt» is a spokesperson, «termen limită» a deadline, «a parola» a
    # password, "the term" a span of time: no word asked
    for other in ("Cine este purtătorul de cuvânt al Kremlinului?", "Ce termen limită i-a fixat Trump lui Putin?",
                  "Cum îmi schimb parola?", "What act sets the term for judging sanity?"):
        assert bonus(other, 0.01, {})(quoting) == 0
    # the words between two straight quotations are no quote («"…," Peskov said, "…"»)
    between = SimpleNamespace(text='"We will go on talking," Peskov said, "as we agreed long ago."', language="en")
    assert gain(between) == 0


def test_a_sentence_that_tells_of_the_wounded_ranks_higher_for_the_attack_that_wounded():
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    wounded = SimpleNamespace(text="Russische strijdkrachten voerden een massale drone-aanval uit op Charkiw, waarin "
                                   "verschillende burgers gewond raakten.", language="nl")
    other = SimpleNamespace(text="Joi, dronele rusești au atacat capitala Kiev din toate direcțiile.", language="ro")
    gain = bonus("¿Qué ciudad ucraniana sufrió un ataque con drones que dejó civiles heridos?", 0.01, {})
    assert gain(wounded) > gain(other)
    # a count of the wounded asks for a figure: the lift is for which one, not how many
    how_many = bonus("¿Cuántos civiles resultaron heridos en el ataque?", 0.01, {})
    assert how_many(wounded) == how_many(other)
    # … and for which city: "which minister confirmed that soldiers were killed?" wants the
    # confirming sentence, not every one that counts the dead
    who = bonus("Who said that civilians were wounded in the attack?", 0.01, {})
    assert who(wounded) == who(other)


@pytest.mark.parametrize("question, since", [
    ("Munitionszüge Nordkorea–Russland: seit wann?", True),
    ("Desde quando as imagens de satélite mostram comboios de munições?", True),
    ("Nuo kada traukiniai vyksta į Rusiją?", True),
    ("Wann fuhren die ersten Züge?", False),  # when, not since when
])
def test_a_sentence_telling_since_a_month_or_year_ranks_higher_for_since_when(question, since):
    """«Bovendien heeft Noord-Korea de afgelopen jaren duizenden containers…» (in recent years) read
    as nearer to "since when" than «… au arătat, din octombrie 2022, primele trenuri…»."""
    from types import SimpleNamespace
    from qa.answer.sought import bonus, states_since
    dated = SimpleNamespace(text="Observațiile prin satelit au arătat, din octombrie 2022, primele trenuri "
                                 "încărcate cu muniții.", language="ro")
    vague = SimpleNamespace(text="Bovendien heeft Noord-Korea de afgelopen jaren duizenden containers naar Rusland "
                                 "gestuurd.", language="nl")
    gain = bonus(question, 0.01, {})
    assert (gain(dated) > gain(vague)) is since
    assert states_since("Noord-Koreaanse troepen zijn sinds minstens november in Koersk ingezet.")
    assert not states_since("Lavrov a călătorit la Moscova.")


@pytest.mark.parametrize("sentence, since", [
    ("Er ist seit dem 9. März 2004 Außenminister.", True),  # an article and a day before the month
    ("Es ministro desde el 9 de marzo de 2004.", True),
    ("Kim Yong-hyun este ministru al apărării din septembrie 2024.", True),
    ("Pyongyang a trimis din cei 2000 de soldați o parte.", False),  # a count after «din»
])
def test_since_a_day_of_a_month_is_told_too(sentence, since):
    from qa.answer.sought import states_since
    assert states_since(sentence) is since


@pytest.mark.parametrize("question, sentence", [
    ("Quem foi a Pyongyang na semana passada levar a Kim as saudações de Putin?",
     "Poetin's beveiligingsadviseur Sergei Schoigu ontmoette vorige week Kim in Pyongyang."),
    ("Ce fel de drone a urmărit Kim în timpul unui test din această săptămână?",
     "Deze week volgde Kim een test van nieuwe aanvalsdrones."),
    ("Kas praėjusią savaitę lankėsi pas Kimą Pchenjane?", "Last week Shoigu met Kim in Pyongyang."),
])
def test_a_sentence_telling_the_questions_relative_time_ranks_higher(question, sentence):
    """e5 weighs no "last week" against «vorige week»: a sentence about the Saturday's meeting
    read as near as the one that answers."""
    from types import SimpleNamespace
    from qa.answer.sought import bonus
    gain = bonus(question, 0.01, {})
    told = SimpleNamespace(text=sentence, language="nl")
    other = SimpleNamespace(text="Lavrov l-a întâlnit sâmbătă pe Kim la Wonsan, anul trecut.", language="ro")
    assert gain(told) > gain(other) == 0


def test_the_lithuanian_locative_and_genitive_of_moscow_spell_moscow():
    from qa.answer import names
    assert names.spelled_in("Moskou", "Choe, kuris lankėsi Maskvoje pirmajame strateginių diskusijų etape")
    assert names.key("Maskvos") == names.key("Moscow")


def test_the_start_of_the_year_is_a_relative_time_and_a_year_named_is_not():
    from qa.answer import dates
    for text in ["Câți soldați în plus a trimis Phenianul în Rusia la începutul anului?",
                 "CNN meldde dat Noord-Korea aan het begin van het jaar minstens 3.000 andere soldaten stuurde.",
                 "Kiek karių Pchenjanas pasiuntė šių metų pradžioje?"]:
        assert dates.relative(text) == {"start of the year"}, text
    # «de la începutul anului 2024»: a year named is no time relative to the report's
    assert dates.relative("Transferul rachetelor, de la începutul anului 2024, părea un plafon.") == set()
    assert dates.relative("Vorige week 3 keer") == {"last week"}  # a figure after it is no year


def test_the_search_reads_past_the_nearest_a_sentence_telling_the_questions_relative_time():
    """«CNN meldde dat Noord-Korea aan het begin van het jaar minstens 3.000 andere soldaten…»
    ranked 14th among the store's nearest for «Câți soldați în plus… la începutul anului?», in
    an article the search did not retrieve."""
    from types import SimpleNamespace
    from qa.answer.sought import beyond
    told = SimpleNamespace(text="CNN meldde dat Noord-Korea aan het begin van het jaar minstens 3.000 andere "
                                "soldaten naar Rusland stuurde.")
    other = SimpleNamespace(text="De versterking verhoogt het aantal soldaten tot ongeveer 11.000.")
    pick = beyond("Câți soldați în plus a trimis Phenianul în Rusia la începutul anului?")
    assert pick is not None and pick([], [other, told]) == [told]
    assert beyond("Câți soldați a trimis Phenianul în Rusia?") is None



def test_a_question_naming_january_and_february_reads_the_start_of_the_year_as_them():
    """«Quantos soldados Pyongyang enviou de reforço em janeiro e fevereiro?»: the sentence with
    the figure says «aan het begin van het jaar», the one naming the months gives the total
    after them (11.000); the search reads past the nearest for the first, and it names those months."""
    from types import SimpleNamespace
    from qa.answer import dates
    from qa.answer.sought import beyond
    told = SimpleNamespace(text="CNN meldde dat Noord-Korea aan het begin van het jaar minstens 3.000 andere "
                                "soldaten naar Rusland stuurde.")
    other = SimpleNamespace(text="Pyongyang va trimite încă 25.000 până la 30.000 de soldați.")
    assert dates.year_start(told.text) == {"m1", "m2"} and dates.year_start(other.text) == set()
    pick = beyond("Quantos soldados Pyongyang enviou de reforço em janeiro e fevereiro?")
    assert pick is not None and pick([], [other, told]) == [told]
    assert beyond("Quantos soldados Pyongyang enviou em julho?") is None  # July is no start of the year

@pytest.mark.parametrize("question, asks", [
    ("Which eleven countries were behind the UN report?", True),
    ("Welke VN-lidstaten stelden het rapport op?", True),
    ("Care sunt cele 11 state membre ONU care au redactat raportul?", True),
    ("Kurios vienuolika JT narių parengė pranešimą?", True),
    ("Which country did Kim visit?", False),  # one country: the names rules read it
    ("What did the states agree on?", False),  # what they did, not which they are
])
def test_a_question_asking_which_countries(question, asks):
    from qa.answer.whereabouts import asks_countries
    assert asks_countries(question) is asks


def test_a_sentence_counting_the_countries_names_none_of_them():
    """«Un raport al 11 state membre ale ONU … Pyongyang … Rusia» counts the report's authors and
    names Russia, which sent nothing to itself: no answer to "which countries wrote it"."""
    from qa.answer.whereabouts import names_countries
    question = "Which countries wrote the UN report on Pyongyang's arms deliveries?"
    assert not names_countries("Un raport al 11 state membre ale ONU a declarat că Pyongyang a trimis "
                               "100 de rachete balistice în Rusia.", question)
    assert names_countries("The report was written by France, Germany and Japan.", question)
    # North Korea, named by its capital in the question, is no country the answer adds
    assert not names_countries("North Korea sent missiles to Russia.", question)


@pytest.mark.parametrize("question, asks", [
    ("Quali città sono state colpite dai droni?", False),  # «sono state», have been
    ("¿Qué armas envió Estados Unidos a Ucrania?", False),  # a country's own name
    ("Quali aiuti militari ha inviato Pyongyang?", False),
    ("¿Qué países firmaron el acuerdo?", True),
])
def test_a_country_named_or_a_verb_is_no_question_which_countries(question, asks):
    from qa.answer.whereabouts import asks_countries
    assert asks_countries(question) is asks


def test_the_united_states_and_kingdom_count_as_countries_by_their_names_and_initials():
    from qa.answer.whereabouts import names_countries
    assert names_countries("The US and the UK signed it.", "Which countries signed?")
    assert names_countries("JAV ir Japonija pasirašė.", "Which countries signed?")
    assert not names_countries("The US and Japan signed.", "Which countries besides the US signed?")


def test_review_mends_of_the_lifts():
    """Typographic apostrophes, «lo scorso anno», since before a year (not «din cei 2000», a
    count; not «de la», of the), "accustomed", German «wirft … vor»."""
    from qa.answer import dates
    from qa.answer.facts import fold
    from qa.answer.sought import _ACCUSE, states_since
    assert dates.relative("all’inizio dell’anno") == {"start of the year"}
    assert dates.relative("lo scorso anno") == {"last year"}
    assert states_since("Dall’ottobre 2022 i treni arrivano.")
    assert not states_since("La guerre de la Russie en 2022 a commencé.")
    assert not states_since("Unul din cei 2000 de soldați a murit.")
    assert not _ACCUSE.search(fold("Trump has grown accustomed to it").lower())
    assert _ACCUSE.search(fold("Was wirft Trump Putin vor?").lower())


def test_a_figure_is_told_for_the_weekday_of_its_own_clause():
    """«… lançou um recorde de 728 drones e 13 mísseis na quarta-feira e, em seguida, um novo teste
    … na quinta-feira»: 728 is Wednesday's; the sentence named Thursday too, so "how many drones on
    Thursday?" was answered with it."""
    from qa.answer import dates
    text = ("Enquanto isso, a Rússia lançou um recorde de 728 drones e 13 mísseis na quarta-feira e, em seguida, "
            "um novo teste tático das defesas da Ucrânia na quinta-feira.")
    assert dates.figure_days(text) == [{"w3"}]
    # a clause with a figure and no weekday takes the sentence's
    assert dates.figure_days("Am Donnerstag, so die Behörden, wurden 500 Drohnen gestartet.") == [{"w4"}]
    assert dates.figure_days("Die Zahl 1,5 bleibt.") == [set()]  # a decimal comma parts nothing

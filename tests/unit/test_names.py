"""Names compared across languages: one place in any language's spelling is one name, and a
question about a place the sources spell otherwise is not declined for naming nothing they hold."""
import pytest

from qa.answer import mentions, names, offices


@pytest.mark.parametrize("asked, written", [
    ("Charkiw", "Kharkiv"), ("Carcóvia", "Харків"), ("Poetin", "Putin"), ("Phenian", "Pyongyang"),
    ("Frankreich", "Franța"), ("Frankrijk", "Francia"), ("Spanien", "España"), ("Polen", "Polonia"),
    ("Italien", "Italiei"), ("Angleterre", "Inglaterra"), ("Japon", "Japão"), ("Niemcy", "Deutschland"),
    # inflected: Romanian articles, Lithuanian and Polish cases
    ("Pyongyang", "Phenianul"), ("Moscow", "Moscovei"), ("Kyiv", "Kijowie"), ("Russia", "Rusijos"),
    ("Ukraine", "Ukrainos"), ("Beijing", "Pekinului"),
    ("Rusijai", "Rusijoje"), ("Ukraine", "Ukrainoje"),  # the Lithuanian locative
])
def test_one_place_in_two_languages_is_one_name(asked, written):
    assert names.spelled_in(asked, f"… {written} …")


@pytest.mark.parametrize("asked, written", [
    ("Frankreich", "Finlanda"), ("Polen", "Portugalia"), ("Kharkiv", "Kyiv"), ("Japan", "Jamaica"),
    ("Italien", "Irlanda"), ("China", "Chile"), ("England", "Estonia"),
    # a place's spelling with more letters that make another word of it
    ("Poland", "Polenta"), ("Frankreich", "Papa Francesco"), ("Spain", "Hispanic"), ("China", "Kinahan"),
])
def test_different_places_stay_different(asked, written):
    assert not names.spelled_in(asked, f"… {written} …")


@pytest.mark.parametrize("asked, written", [
    # cities and countries no hand-made list holds, from the CLDR's names (qa/answer/places.json)
    ("Varsovie", "Die erste Warschauer Börse"), ("Warszawie", "Varșoviei"), ("Varsóvia", "Varšuva"),
    ("Lenkija", "Polonia"), ("Vienne", "Wien"), ("Londres", "Londynie"), ("Suécia", "Schweden"),
    ("Grécia", "Ελλάδα"), ("Egipto", "Egiptului"),
])
def test_places_in_the_cldr_are_one_name_in_every_language(asked, written):
    assert names.spelled_in(asked, f"… {written} …")


@pytest.mark.parametrize("asked, written", [
    ("Warschau", "Washington"), ("Lenkija", "Latvija"), ("Vienne", "Venise"), ("Suécia", "Suíça"),
    # common words that other scripts' or short spellings of a place would have matched
    ("Austria", "falou ao presidente"), ("Gaza", "la casa del ministro"), ("Paris", "turistas em Bali"),
    ("Australia", "The UK said"), ("Ghana", "¿Cuánto gana un maestro?"), ("France", "biện pháp mới"),
])
def test_places_in_the_cldr_stay_apart(asked, written):
    assert not names.spelled_in(asked, f"… {written} …")


@pytest.mark.parametrize("asked, written", [
    ("KRLD", "Noord -Koreaanse troepen"), ("KDVR", "Coreea de Nord"), ("RPDC", "Šiaurės Korėjos kariuomenė"),
])
def test_a_state_by_its_initials_is_named_where_its_country_is(asked, written):
    # «Dlaczego w styczniu żołnierzy KRLD odsunięto z pierwszej linii?» was declined: no sentence
    # spelled KRLD
    assert names.spelled_in(asked, f"… {written} …")


@pytest.mark.parametrize("asked, written", [("UN", "une fois"), ("LAX", "La Paz"), ("KRLD", "Rusijos")])
def test_other_initials_stay_whole(asked, written):
    assert not names.spelled_in(asked, f"… {written} …")


def test_a_city_named_as_its_country_is_one_place_with_it():
    assert names.spelled_in("Katar", "… Qatar …") and names.spelled_in("Koweït", "… Kuwejt …")


def test_a_word_read_as_a_place_still_matches_its_own_spelling():
    # "Roman" reads as Rome («Roma» + n); «romano-catolicii» is still the same word.
    assert names.spelled_in("Roman", "romano-catolicii galicani")


@pytest.mark.parametrize("name, text", [
    ("Western", "după cum au raportat oficialii occidentali"),
    ("Western", "volgens westerse functionarissen"),
    ("Western", "as autoridades ocidentais estimam"),
    ("Western", "Vakarų pareigūnų teigimu"),
    ("Eastern", "rytų Ukrainoje"),
])
def test_west_and_east_are_one_name_in_any_language_as_north_and_south_are(name, text):
    # "According to Western officials … [1]" citing the Romanian «oficialii occidentali» was
    # removed as naming something its sentence does not.
    assert names.spelled_in(name, text)


@pytest.mark.parametrize("name, text", [
    # German runs the compass point into the name; the others write two words.
    ("Nordkorea", "Coreea de Nord a trimis soldați"),
    ("Nordkorea", "Šiaurės Korėja išsiuntė karius"),
    ("Südkorea", "de Zuid-Koreaanse strijdkrachten"),
    ("Ostukraine", "rytų Ukrainoje"),
    # Polish cases of "north" and "south"
    ("Północnej", "Korea de Nord"),
    ("Północy", "North Korea"),
    ("Południowej", "Coreia do Sul"),
])
def test_north_and_south_are_one_name_inflected_or_run_into_a_name(name, text):
    # A German answer's «Nordkorea» or a Polish one's «Korei Północnej» was a name no source
    # held, and the claim was removed.
    assert names.spelled_in(name, text)


@pytest.mark.parametrize("name, text", [
    ("Südkorea", "Coreea de Nord a trimis soldați"),
    ("Nordkorea", "as forças da Coreia do Sul"),
    ("Południowej", "Korea Północna"),
])
def test_north_and_south_stay_apart(name, text):
    assert not names.spelled_in(name, text)


@pytest.mark.parametrize("text, expected", [
    ("How much is an iPhone 15?", ["iPhone"]),
    ("Wer kauft bei eBay?", ["eBay"]),
    ("Is iOS safe?", ["iOS"]),
    # A unit is no brand, and words run together by a broken line are no name.
    ("The pH of the water", []),
    ("How many kWh, at 5000 mAh?", []),
    ("An mRNA vaccine", []),
    ("ucranianoA CNN disse", ["CNN"]),
    ("el ataque deRusia", []),
])
def test_a_brand_spelled_with_a_small_first_letter_is_a_name(text, expected):
    assert names.proper_names(text) == expected


@pytest.mark.parametrize("question, expected", [
    # A question word before a name is no name, accented or not, in each language of our sets
    # ("Când" and "Cuándo" were, because the table was looked up with accents off).
    ("Când Lavrov a vizitat Phenianul?", ["Lavrov", "Phenianul"]),
    ("¿Cuándo Putin visitó Pyongyang?", ["Putin", "Pyongyang"]),
    ("Ilu Rosjan zginęło?", ["Rosjan"]),
    ("Kiedy Putin przyjechał?", ["Putin"]),
    ("Kuriame Rusijos regione kariavo?", ["Rusijos"]),
    ("Quanti Russi sono morti?", ["Russi"]),
])
def test_a_question_word_is_not_a_name(question, expected):
    assert names.proper_names(question) == expected


def test_a_name_the_claim_adds_must_sit_near_the_names_it_shares_with_the_question():
    # The meeting's place is Wonsan; Pyongyang is in the sentence, but for something else.
    sentence = ("O ministro das Relações Exteriores da Rússia, Sergey Lavrov, conheceu o líder norte-coreano "
                "Kim Jong Un em Wonsan, no sábado, com um sinal de fortalecimento das relações entre Moscou "
                "e Pyongyang, relatou a CNN.")
    question = "Where did Lavrov meet Kim Jong Un?"
    assert mentions.out_of_place("Lavrov met Kim Jong Un in Pyongyang.", sentence, "en", question) == ["Pyongyang"]
    assert mentions.out_of_place("Lavrov met Kim Jong Un in Wonsan.", sentence, "en", question) == []


@pytest.mark.xfail(strict=True, reason="the window is counted in words: in a long sentence the answer's "
                   "name (the spokeswoman) stands 9 words from the question's (Korea), and the claim is removed")
def test_the_answer_name_of_a_long_sentence_is_not_out_of_place():
    sentence = ("Potrivit vorbitorului Ministerului Rus al Afacerilor Externe, Maria Zakharova, în perioada "
                "11 - 13 iulie va călători în Republica Populară Democrată Coreea pentru a avea discuții ca "
                "parte a celei de -a doua runde a dialogului strategic dintre oficialii de top, după cum a "
                "informat agenția de știri rusești Tass.")
    question = "Quelle porte-parole a annoncé le déplacement du chef de la diplomatie russe en Corée du Nord ?"
    claim = "Maria Zakharova a annoncé le déplacement du chef de la diplomatie russe en Corée du Nord."
    assert mentions.out_of_place(claim, sentence, "fr", question) == []


@pytest.mark.parametrize("text, expected", [
    # A determiner that opens a German sentence is capitalised, and so is the noun after it:
    # «Dieser Treff …» named "Treff", and the model's claim was removed for it.
    ("Dieser Treff ist ein wichtiger Schritt für Moskau und Pyongyang.", ["Moskau", "Pyongyang"]),
    ("Welche Technologie gibt Washington an Nordkorea weiter?", ["Washington", "Nordkorea"]),
    ("Viele Soldaten kamen nach Kursk.", ["Kursk"]),
])
def test_a_german_sentence_opening_with_a_determiner_names_no_noun(text, expected):
    assert names.proper_names(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    # After an article and an adjective, or ending a hyphenated compound: a noun.
    ("Wie heißt die Sprecherin des russischen Außenministeriums?", []),
    ("Wie viele ballistische Raketen nennt der UN-Bericht?", []),
    ("Welche Länder lieferten russische Waffen?", []),  # after a verb and an adjective: a noun
    # After a verb that ends like an adjective: a name.
    ("Wie reagierte Peking auf den Besuch?", ["Peking"]),
    ("Wie viele Drohnen griffen Kyjiw am Donnerstag an?", ["Kyjiw"]),
    # An adjective by its ending, after a noun (a chat's few words): a noun follows it.
    ("Rekordzahl russischer Drohnen an einem Tag?", []),
    ("Zahl nordkoreanischer Soldaten in Kursk?", ["Kursk"]),
    ("Wann reiste Kim zwischen Wladiwostok und Moskau?", ["Kim", "Wladiwostok", "Moskau"]),  # a preposition
    # … nor after a modal or auxiliary verb, whatever stands before it: the subject follows it
    ("Wie lange sollte Lawrow in Nordkorea bleiben?", ["Lawrow", "Nordkorea"]),
    ("Wie oft hatte Lawrow Pjöngjang besucht?", ["Lawrow", "Pjöngjang"]),
])
def test_a_german_noun_after_an_adjective_or_in_a_compound_is_no_name(text, expected):
    assert names.proper_names(text, "de") == expected


UN_REPORT = ("Un raport al 11 state membre ale ONU luna trecută a declarat că Phenianul 2024 a trimis cel puțin "
             "100 de rachete balistice și 9 milioane de gloanțe de artilerie în Rusia.")
LAWMAKER = ("Een Zuid-Koreaanse parlementslid die eind februari naar Oekraïne ging, meldde dat ongeveer 400 "
            "Noord-Koreaanse soldaten tot nu toe in Rusland werden gedood en ongeveer 3.600 gewond raakten.")


@pytest.mark.parametrize("claim, sentence, language", [
    ("Pyongyang sent at least 100 ballistic missiles to Russia in 2024.", UN_REPORT, "en"),
    ("Phenian hat 2024 mindestens 100 ballistische Raketen nach Russland geschickt.", UN_REPORT, "de"),
    ("Około 400 żołnierzy z Korei Północnej zginęło, a 3.600 zostało rannych.", LAWMAKER, "pl"),
    ("Environ 400 soldats nord-coréens ont été tués, selon un député sud-coréen.", LAWMAKER, "fr"),
])
def test_a_name_beside_its_figure_in_the_sentence_is_where_the_claim_puts_it(claim, sentence, language):
    assert mentions.astray(claim, sentence, language) == []


@pytest.mark.parametrize("claim, sentence, language, expected", [
    ("400 z Północnej Korei zginęło, a 3.600 z Południowej rannych.", LAWMAKER, "pl", ["Południowej"]),
    ("About 3,600 South Korean soldiers were wounded.", LAWMAKER, "en", ["South", "Korean"]),
])
def test_a_name_set_beside_a_figure_it_is_far_from_in_the_sentence_is_astray(claim, sentence, language, expected):
    # The South Korean of the sentence is the lawmaker who reported the figures, not the wounded.
    assert mentions.astray(claim, sentence, language) == expected


@pytest.mark.parametrize("sentence, language, question, expected", [
    ("Informații … acum că Kim Yong-hyun, ministrul sud-coreean al Apărării, a confirmat moartea.", "ro",
     "Wie heißt der südkoreanische Verteidigungsminister?", {"Kim", "Yong"}),
    # a compass point, a people's adjective, places: no one
    ("Een Zuid -Koreaanse parlementslid die eind februari naar Oekraïne ging, meldde dat 400 Noord -Koreaanse "
     "soldaten in Rusland werden gedood.", "nl", "Who is the South Korean lawmaker?", set()),
    ("Volgens de ambassadeur van Rusland in Pyongyang hebben Russische soldaten…", "nl",
     "Who is Russia's ambassador?", set()),
    # a name the question holds is not someone new
    ("Sergei Schoigu ontmoette vorige week Kim in Pyongyang.", "nl", "Wer ist Schoigu?", {"Sergei", "Kim"}),
    # people whose names end like a people's adjective
    ("Primarul orașului Cluj, Lucian Ardelean, a declarat.", "ro", "Cine este primarul orașului Cluj?",
     {"Lucian", "Ardelean"}),
    ("Julian Dean met Korean troops and North Korean soldiers.", "en", "Who is the coach?", {"Julian", "Dean"}),
])
def test_holders_are_the_new_names_that_may_be_someones(sentence, language, question, expected):
    assert expected <= set(offices.holders(sentence, language, question))
    assert not set(offices.holders(sentence, language, question)) - expected - {"Apărării"}


MINISTER = ("Informații care au câștigat foarte mult credit în ultimele zile, acum că Kim Yong-hyun, "
            "ministrul sud-coreean al Apărării, a confirmat moartea mai multor soldați nord-coreeni, în "
            "timpul unei lovituri de artilerie ucraineană, în Donbass.")


def test_a_name_of_several_words_is_all_of_them():
    """The local model answered "Der südkoreanische Verteidigungsminister war Kim Jong Un [1]",
    cited to Kim Yong-hyun's sentence: the checker read "Kim" and "Jong" there (Jong and Yong
    are one name in another romanisation) and dropped "Un" as too short to be a name; read
    alone, "Un" would be found in «unei»: it is looked for right after the name's word before it."""
    assert names.proper_names("Der Verteidigungsminister war Kim Jong Un.", "de")[-3:] == ["Kim", "Jong", "Un"]
    assert mentions.missing("Der südkoreanische Verteidigungsminister war Kim Jong Un.", MINISTER, "de", "") == ["Un"]
    assert mentions.missing("Der südkoreanische Verteidigungsminister war Kim Yong-hyun.", MINISTER, "de", "") == []


@pytest.mark.parametrize("source", [
    "Lavrovas susitiko su Kim Jong Unu Wonsane.",  # a case ending
    "Lavrov met Kim Jong-un in Wonsan.",  # hyphenated, in lower case
    "Lavrovas „Kim Jong Unas“ susitiko Wonsane.",
    "Lavrov l-a întâlnit pe Kim Jong Un la Wonsan.",
])
def test_the_short_end_of_a_name_is_found_in_its_other_spellings(source):
    assert mentions.missing("Lavrov traf Kim Jong Un in Wonsan.", source, "de", "") == []


@pytest.mark.parametrize("text, expected", [
    ("Im Jahr 2023 lieferte Russland Öl an Indien.", ["Russland", "Indien"]),  # a German noun
    ("Trumps Ex-Anwalt Cohen sagte gegen ihn aus.", ["Trumps", "Cohen"]),
    ("Putin\nEr traf Kim.", ["Putin", "Kim"]),  # the next line's first word
    ("Ban Ki-moon sprach in Seoul.", ["Ban", "Seoul"]),
])
def test_a_short_word_after_a_name_is_a_name_only_as_its_third_word(text, expected):
    """A review's finds: the short end is taken only after two words of a name, one space
    before it and no hyphen after."""
    assert names.proper_names(text, "de") == expected


def test_a_year_abbreviated_in_lithuanian_ends_no_sentence():
    """«2024 m.» is "the year 2024": the capitalised word after it is a name, not a sentence's
    first word (the off-topic Eurovision question was answered with quotes about Lavrov)."""
    from qa.answer.names import proper_names
    assert proper_names("Kas laimėjo 2024 m. Eurovizijos dainų konkursą?", "lt") == ["Eurovizijos"]
    assert proper_names("Tai įvyko 2024 m. Birželio mėnesį.", "lt") == []  # a month is a date
    assert proper_names("Jie sutarė. Tačiau karas tęsėsi.", "lt") == []  # «Tačiau» opens a sentence


@pytest.mark.parametrize("word, country", [
    ("Irão", "@ir"),  # European Portuguese (the CLDR's pt_PT), beside Brazilian «Irã»
    ("Irán", "@ir"), ("Kinija", "china"), ("Rusijoje", "russia"), ("Nordkorea", "korea"), ("Korėjos", "korea"),
    ("Moskou", None), ("Kiev", None),  # capitals are cities
    ("barem", None), ("benim", None),  # Romanian "at least", Turkish "my": no Bahrain, no Benin
])
def test_a_country_is_read_in_any_of_its_names_and_forms(word, country):
    assert names.country(word) == country


def test_a_noun_after_a_preposition_run_into_das_is_no_name():
    # «ums Leben kamen» (were killed): the model's claim was removed for naming "Leben".
    text = "Kim Yong-hyun hat bestätigt, dass Soldaten bei einem Angriff ums Leben kamen."
    assert "Leben" not in names.proper_names(text, "de")
    assert names.proper_names("Sie fuhren aufs Land und fürs Erste nach Kursk.", "de") == ["Kursk"]


GREETINGS = "Poetins adviseur Sergei Schoigu ontmoette vorige week Kim in Pyongyang om Poetins groeten over te brengen."
GREETINGS_PASSAGE = "De Noord-Koreaanse leider Kim Jong Un en Poetin hebben hun banden verdiept. " + GREETINGS


def test_a_name_written_in_full_is_named_where_its_passage_gives_it_whole():
    # The sentence says "Kim"; the model writes "Kim Jong Un", as the passage does elsewhere.
    claim = "Sergei Schoigu brought Putin's greetings to Kim Jong Un."
    assert mentions.missing(claim, GREETINGS, "en", "") == ["Jong", "Un"]
    assert mentions.missing(claim, GREETINGS, "en", "", GREETINGS_PASSAGE) == []


@pytest.mark.parametrize("claim, passage, gone", [
    # Two Kims in the passage: "Kim" of the sentence may be either (spelling keys read Jong as Yong)
    ("Sergei Schoigu brought greetings to Kim Jong Un.",
     "Defence minister Kim Yong-hyun met Kim Jong Un. " + GREETINGS, ["Jong", "Un"]),
    ("Sergei Schoigu brought greetings to Kim Yong-hyun.",
     "Defence minister Kim Yong-hyun met Kim Jong Un. " + GREETINGS, ["Yong"]),
    ("Sergei Schoigu brought greetings to Kim Yong-hyun.", GREETINGS_PASSAGE, ["Yong"]),  # not this passage's Kim
    ("Sergei Schoigu met Jong Un in Pyongyang.", GREETINGS_PASSAGE, ["Jong"]),  # its first word is not in the sentence
])
def test_a_name_not_whole_in_its_passage_is_still_missing(claim, passage, gone):
    assert mentions.missing(claim, GREETINGS, "en", "", passage) == gone


def test_a_junior_is_another_man():
    sentence = "Donald Trump said the talks had failed."
    passage = "Donald Trump Jr. spoke on Monday. " + sentence
    assert mentions.missing("Donald Trump Jr. said the talks had failed.", sentence, "en", "", passage) == ["Jr"]


@pytest.mark.parametrize("text", [
    "In welcher Stadt kam Moskaus Chefdiplomat mit dem nordkoreanischen Machthaber zusammen?",
    "In which town did Moscow's top diplomat sit down with the North Korean leader?",
    "O ministro das Relações Exteriores da Rússia, Sergey Lavrov, conheceu o líder norte-coreano em Wonsan.",
    "Rusijos užsienio reikalų ministras Sergejus Lavrovas šį savaitgalį aplankys Šiaurės Korėją.",
    "In welke stad zag de Russische minister van Buitenlandse Zaken de Noord-Koreaanse leider?",
])
def test_a_foreign_minister_however_named_is_an_office_sentences_rank_by(text):
    assert "foreign" in offices.ranked(text)


@pytest.mark.parametrize("text", [
    "Kuris Putino patarėjas praėjusią savaitę lankėsi pas Kim Jong Uną?",
    "Welcher Sicherheitsberater des Kremlchefs war bei Kim?",
    "Poetin's beveiligingsadviseur Sergei Schoigu ontmoette vorige week Kim in Pyongyang.",
    "Który doradca Putina odwiedził Kima?",
    "Quem é o assessor de segurança de Putin que esteve com Kim?",
])
def test_an_adviser_however_named_is_an_office_sentences_rank_by(text):
    assert "adviser" in offices.ranked(text)


@pytest.mark.parametrize("text", [
    "Nom du ministre sud-coréen de la Défense ?",  # a compound adjective between: four words
    "Kim Yong-hyun, ministrul sud-coreean al Apărării, a confirmat moartea soldaților.",
    "Wie heißt der südkoreanische Verteidigungsminister?",
])
def test_a_defence_minister_with_a_country_between_is_an_office_sentences_rank_by(text):
    assert "defence" in offices.ranked(text)


def test_a_foreign_minister_is_no_office_a_best_sentence_must_name():
    # Ranked only: the holder and predicate rules do not ask for one.
    assert "foreign" not in offices.names_office("Wo traf der russische Außenminister Kim?")
    assert offices.ranked("Lavrov met Kim in Wonsan.") == frozenset()


@pytest.mark.parametrize("asked", ["Negro", "Nero", "Czarnym", "Noire", "Schwarzen", "Juodojoje"])
def test_the_black_sea_is_one_name_in_its_languages(asked):
    # «Mar Negro», «Mar Nero», «Morzu Czarnym»: the article says «de Zwarte Zee»
    assert names.spelled_in(asked, "Deze week waren er gesprekken over geweld op de Zwarte Zee.")
    assert names.place(asked) is None  # a colour, no place of its own


@pytest.mark.parametrize("asked", ["White", "Branca", "Biały", "Weißen", "Baltieji", "Washington", "Vašingtonas", "Waszyngton"])
def test_the_white_house_is_one_name_in_its_languages_and_washington_names_it(asked):
    # «Casa Branca», «Biały Dom», "Washington proposed": the article says «het Witte Huis»
    sentence = "Rusland stelde voorwaarden, ver van de wapenstilstand van 30 dagen die het Witte Huis had voorgesteld."
    assert names.spelled_in(asked, sentence)
    assert names.place(asked) is None  # no place of its own: Washington is not named by "Russia"
    assert not names.spelled_in(asked, "De Verenigde Staten en Rusland praten in Saoedi-Arabië.")


@pytest.mark.parametrize("question, language", [
    ("How long a truce had the White House proposed?", "en"),
    ("Quanto durava a trégua proposta pela Casa Branca?", "pt"),
    ("Jak długi rozejm proponował Biały Dom?", "pl"),
    ("Combien de jours de trêve la Maison Blanche proposait-elle ?", "fr"),
])
def test_the_white_house_is_named_by_its_white_alone(question, language):
    # "House", «Casa», «Dom» of the White House are its house in every language: the names rule
    # found «het Witte Huis» named by "White" alone and declined the question for "House"
    sentence = "Rusland stelde voorwaarden, ver van de wapenstilstand van 30 dagen die het Witte Huis had voorgesteld."
    asked = names.proper_names(question, language)
    assert len(asked) == 1 and names.key(asked[0]) == "white"
    assert names.spelled_in(asked[0], sentence)
    assert not names.spelled_in(asked[0], "Het huis van Kim in Pyongyang werd gefotografeerd.")


@pytest.mark.parametrize("question, language, expected", [
    ("Casa de quem foi atingida em Kharkiv?", "pt", ["Kharkiv"]),  # a house, no White House
    ("Was hat das Weiße Haus vorgeschlagen?", "de", ["Weiße"]),  # the adjective of a name, after «das»
    ("Was Hussein in the House of Commons?", "en", ["Hussein", "House", "Commons"]),
])
def test_a_house_is_left_alone_away_from_the_white_house(question, language, expected):
    assert names.proper_names(question, language) == expected
    assert not names.spelled_in("House", "Rosjanie zniszczyli dom w Charkowie.")
    assert not names.spelled_in("Hussein", "A casa foi atingida.")


@pytest.mark.parametrize("question, language", [
    ("Chi guida la Difesa sudcoreana?", "it"),
    ("Quem é o ministro da Defesa sul-coreano?", "pt"),
    ("Qui dirige la Défense sud-coréenne ?", "fr"),
])
def test_a_ministry_named_by_its_portfolio_is_no_name_to_look_for(question, language):
    # «la Difesa» is the ministry, which the article names in its own words («al Apărării»)
    assert names.proper_names(question, language) == []
    assert names.proper_names("Kim Yong-hyun, ministrul sud-coreean al Apărării, a confirmat.") == ["Kim", "Yong"]


def test_an_acronym_is_named_whole_not_by_a_shorter_word():
    assert not names.spelled_in("LAX", "La red está operada por DB Regio en nombre de Nexus.")
    assert names.spelled_in("LAX", "El aeropuerto LAX es el segundo del país.")
    assert names.spelled_in("NATO", "Summitul NATO-ului de la Haga.")
    assert names.spelled_in("Un", "Kim Jong Unas lankėsi Rusijoje.")  # not an acronym: inflected


def test_a_short_acronym_is_no_prefix_of_a_word():
    assert not names.spelled_in("UN", "C'est une réunion.") and not names.spelled_in("UK", "Ukraine attacked.")


@pytest.mark.parametrize("asked, written", [
    # a th the other languages write t, and the Lithuanian iu for a foreign u
    ("Lutero", "Các tác phẩm của Luther"), ("Liuterio", "Các tác phẩm của Luther"),
    ("Luther", "os escritos de Lutero"), ("Tomás", "Thomas Edison"),
    # … and a first h the Romance languages do not write
    ("Hadrianus", "La extensión del Muro de Adriano"), ("Hadriano", "Hadrian's Wall"), ("Holland", "Olanda"),
    ("Hungary", "Ungheria"),
])
def test_a_name_spelled_as_another_language_hears_it_is_one_name(asked, written):
    """"Tre opere più celebri di Lutero?": a Vietnamese sentence naming Luther names him, a
    Spanish one naming «Muro de Adriano» Hadrian; a question declined for naming nobody the
    sources name was declined wrongly."""
    assert names.spelled_in(asked, written)


@pytest.mark.parametrize("asked, written", [("Luther", "Lucerna"), ("Thor", "Toronto"), ("Liudas", "Ludwig"),
                                            ("Hamas", "Amsterdam"), ("Haus", "Austria"), ("Hanoi", "Anna")])
def test_names_evened_out_by_th_iu_and_h_stay_apart_from_other_names(asked, written):
    assert not names.spelled_in(asked, written)


@pytest.mark.parametrize("asked, written", [
    # a first h dropped only between capitalised words: the kh/ch of other scripts still match
    ("Hamas", "Хамас заявил"), ("Kherson", "Herson"), ("Hanoi", "Ханой"), ("Hezbollah", "Хезболла"),
    # the Lithuanian iu only in a first syllable: Romanian genitives still name their place
    ("Bucharest", "primarul general al Bucureștiului"),
])
def test_the_spelling_rules_keep_the_names_they_matched(asked, written):
    assert names.spelled_in(asked, written)


@pytest.mark.parametrize("asked, written", [
    ("Huber", "über die Lage"), ("Hamid", "Amid the fighting"), ("Harris", "arising in Arizona"),
    ("Liu", "lui Xi"), ("Maniu", "Manuel"),
])
def test_a_silent_h_or_a_lithuanian_iu_makes_no_name_of_a_word(asked, written):
    assert not names.spelled_in(asked, written)


def test_ministry_initials_are_no_name_only_in_capitals():
    assert names.proper_names("Who is Mae Jemison?", "en") == ["Mae", "Jemison"]
    assert names.proper_names("rzeczniczka rosyjskiego MSZ – jak się nazywa?", "pl") == []



@pytest.mark.parametrize("question, demonyms", [
    ("¿Dónde se reunieron los líderes europeos?", ["europeos"]),
    ("Ile rosyjskich żołnierzy zginęło?", ["rosyjskich"]),
    ("Câți soldați ucraineni au murit?", ["ucraineni"]),
    # capitalised, it is a name already; no word for a place's people, none
    ("Where did the European leaders meet?", []), ("Wer hat das Treffen geleitet?", []),
])
def test_a_lower_case_word_for_a_places_people_names_the_place(question, demonyms):
    """«los líderes europeos» is what "the European leaders" is: the Spanish question's anchor
    as the English one's («Europese leiders … in Parijs»)."""
    assert names.demonyms(question) == demonyms
    assert names.spelled_in("europeos", "Europese leiders en bondgenoten ontmoeten elkaar in Parijs")


# Sentences as retrieval hands them over: text and language.
_READ = [
    ("În Coreea de Nord, Lavrov se va întâlni cu omologul său Choe, care a călătorit la Moscova "
     "în noiembrie 2024 pentru prima rundă de discuții strategice.", "ro"),
    ("Potrivit purtătoarei de cuvânt a Ministerului Afacerilor Externe, ministrul va călători.", "ro"),
    ("CNN praneša, kad Kim Jong Unas lankėsi Rusijoje.", "lt"),
    ("Die Truppen von Nordkorea kämpfen in Kursk.", "de"),
]


@pytest.mark.parametrize("typed, cased", [
    ("when was the first round of the strategic dialogue held in moscow",
     "when was the first round of the strategic dialogue held in Moscow"),
    ("kokioje gamykloje lankesi kim jong unas rusijoje", "kokioje gamykloje lankesi Kim Jong Unas Rusijoje"),
    # a compass point before a name is part of it
    ("who is the foreign minister of north korea", "who is the foreign minister of North Korea"),
])
def test_a_question_typed_in_lower_case_gets_the_names_the_articles_write(typed, cased):
    assert names.recased(typed, _READ) == cased
    assert names.proper_names(names.recased(typed, _READ))


def test_recasing_leaves_common_words_and_cased_questions_alone():
    # «ministerul» / «ministrul» are written in lower case too; German capitalises every noun
    assert names.recased("what did the minister say about the truppen", _READ) == \
        "what did the minister say about the truppen"
    assert names.recased("When did Lavrov visit moscow?", _READ) == "When did Lavrov visit moscow?"

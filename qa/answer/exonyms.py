"""Exonyms: the spellings of one place (or of "north"/"south" in a country's name) that no
spelling rule of ``qa.answer.names`` relates, in the languages articles and questions are written
in. A word whose key begins with a spelling's key (inflection: "Phenianul") is it. Read by
``names``; the Unicode CLDR's names of every country and time-zone city are in ``places.json``.
"""
from __future__ import annotations

EXONYMS = {
    "pyongyang": "Pyongyang Phenian Pjöngjang Pchenjan Phenjan Pionguiang Pyeongyang Пхеньян Pionyang",
    "moskva": "Moscow Moskau Moscova Moskva Moscou Moscú Mosca Maskva Maskvoje Maskvos Moskou Moskwa Москва",
    "kyiv": "Kyiv Kiev Kiew Kijów Kyjiw Kijev Kijiv Kiiv Київ Киев",
    "kharkiv": "Kharkiv Kharkov Charkow Charków Charkiw Charkiv Jarkov Járkov Harkov Carcóvia Harkiv Charkov "
               "Харків Харьков",
    "ukraine": "Ukraine Ukraina Ucraina Oekraïne Ucrania Ucrânia Україна Украина Ukrain Ucrain Oekraïn Oekraïens",
    "russia": "Russia Rusia Rusija Rusij Russland Russie Rosja Rosji Россия Rosyjsk Russisch Rusesc Rusă Ruso "
              "Russo Russe Rusų Russk Rusk",
    "france": "France Frankreich Franța Francia França Frankrijk Prancūzij Francj Francii Франция",
    "germany": "Germany Deutschland Germania Alemania Alemanha Allemagne Duitsland Vokietij Niemcy Niemiec "
               "Германия",
    "spain": "Spain Spanien Spania Espagne España Espanha Spanje Ispanij Hiszpani Испания",
    "italy": "Italy Italien Italia Italie Itália Italië Italij Włochy Włoch Италия",
    "poland": "Poland Polen Polonia Pologne Polónia Lenkij Polska Polski Польша",
    "china": "China Chine Cina Chiny Chin Kinij Китай",
    "japan": "Japan Japon Japón Japão Giappone Japonia Japonij Япония",
    "england": "England Inghilterra Inglaterra Angleterre Anglia Engeland Anglij Англия",
    "beijing": "Beijing Peking Pekin Pequim Pechino Pékin Пекин",
    "korea": "Korea Corea Coreea Coreia Corée Korėja Корея",
    # North Korea's state by its initials: Polish KRLD, Lithuanian KLDR, German KDVR, Dutch DVRK,
    # the Romance languages' RPDC, English DPRK (named where North and Korea are: ``names.STATES``)
    "northkorea": "DPRK KRLD KLDR KDVR DVRK RPDC",
    "south": "South Sud Sur Sul Süd Zuid Pietų Południowa Południowej Południowy Południe Południa Южная",
    "north": "North Nord Norte Noord Šiaurės Północna Północnej Północny Północy Północ Северная",
    "west": "West Western Westlich Westliche Westerse Occidental Occidentale Occidentali Occidentales "
            "Occidentais Occidentaux Vakarų Vakarieti Zachodni Zachodnie Западные Західні",
    # "Black" of the Black Sea in its languages («Mar Negro», «Zwarte Zee», «Morze Czarne»)
    "black": "Black Schwarze Schwarzes Schwarzen Noire Negro Nero Neagră Neagra Zwarte Czarne Czarnym Czarnego "
             "Juodoji Juodosios Juodojoje Juodąją Черное Чёрное Черного",
    # The White House in its languages («Witte Huis», «Casa Branca», «Biały Dom»), and Washington
    # that news names it by ("Washington proposed a truce" is what the White House proposed)
    "white": "White Witte Weiße Weißes Weißen Blanche Branca Bianca Blanca Albă Biały Białego Białym Baltieji "
             "Baltųjų Baltuosiuose Белый Washington Vašingtonas Vašingtono Vašingtone Waszyngton Waszyngtonie",
    "east": "East Eastern Ost Östlich Östliche Oosterse Oriental Orientale Orientali Orientales Rytų "
            "Wschodni Wschodnie Восточные Східні",
}

# The house of the White House in its languages, read by ``names`` only beside a word of its
# White («Witte», «Branca», «Biały»): the sources spell it otherwise, and its White names it.
HOUSE = frozenset("house haus hause hauses huis maison casa casei dom domu domem rumai rumu rumuose дом".split())

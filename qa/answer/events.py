"""The events a question may ask about, as the words that ask and the words that say.

Each entry is a pair of regular expressions over folded text (accents off, lower case, as
``predicates._fold`` makes it) in the ten languages the answer is framed in: the first finds a
question asking about it, the second a sentence saying it. ``qa.answer.predicates`` declines a
question whose best sentences say none of what it asks about; the tables live here so that the
rule reads in one sitting. The measures (an age, a distance, a temperature) are in
``qa.answer.measures``, places and travel in ``qa.answer.venues``.
"""
from __future__ import annotations

# Events a war report states in so many words when it reports them: soldiers taken prisoner,
# drones or missiles shot down, anything nuclear, a price or a pay. Asked by word stems chosen
# not to mean something else in these languages ("prix" alone, "Preis" and "prijs" are prizes
# too, "costa" and "coste" coasts, "paid" a visit, "kern" a core, "customs", "gehalten" and
# "hospitality" other things: left out); said by the same stems and their neighbours (destroyed,
# air defence; a place taken; a currency), so a sentence that reports the event in other words
# still answers.
EVENTS = {
    "capture": (
        r"\b(?:captur\w*|cattur\w*|prisoners?|pows?|captives?|(?:kriegs)?gefangen\w*|prisonnier\w*|captivit\w*"
        r"|prisione\w*|cautiv\w*|prigionier\w*|prigionia|prizonier\w*|krijgsgevangen\w*|jenc\w*|jeniec"
        r"|pojman\w*|schwytan\w*|niewol\w*|nelaisv\w*|belaisv\w*)\b",
        r"\b(?:captur\w*|cattur\w*|prisoner\w*|pows?|captiv\w*|(?:kriegs)?gefangen\w*|prisonnier\w*|prisione\w*"
        r"|cautiv\w*|prigionier\w*|prigionia|prizonier\w*|(?:krijgs)?gevangen\w*|jenc\w*|jeniec|pojman\w*"
        r"|schwytan\w*|niewol\w*|nelaisv\w*|belaisv\w*|surrender\w*|ergeben|rendu\w*|rendid\w*|arres\w*"
        r"|conquer\w*|conquis\w*|seiz\w*|took|taken|erober\w*|eingenommen|prise?s?|tomad\w*|tomou|tomo|occup\w*"
        r"|besetz\w*|ocup\w*|cucer\w*|veroverd\w*|bezet\w*|zdoby\w*|zajet\w*|okupow\w*|uzem\w*|okupav\w*)\b",
    ),
    "downing": (
        r"\b(?:intercept\w*|shot down|shoot down|downed|abgeschossen|abschuss\w*|abgefangen|abfang\w*|abattu\w*"
        r"|abattre|derriba\w*|derribo|intercet\w*|abbattut\w*|abbatter\w*|abatid\w*|derrubad\w*|derrubou"
        # (the infinitives: «… konnte die Luftabwehr abschießen?», «… a Ucrânia conseguiu abater?»)
        r"|abschie(?:ß|ss)\w*|abater|abatir"
        r"|dobora\w*|neergeschoten|onderschep\w*|zestrzel\w*|przechwyc\w*|numus\w*|perimt\w*"
        # (Dutch parts its verb: «Hoeveel drones haalde de luchtafweer woensdag neer?»; only of
        # something that flies: a quarterback is «neergehaald» too, and a president figuratively)
        r"|^(?=.*\b(?:drone\w*|raket\w*|vliegtuig\w*|helikopter\w*|straaljager\w*|luchtafweer|luchtverdediging)\b)"
        r".*?\b(?:neergehaald\w*|neerhal\w*|haald\w*\s+(?:\w+\s+){0,6}?neer|neer te (?:halen|schieten)"
        # (… or shoots them down: «Hoeveel drones schoot de luchtverdediging neer?»)
        r"|neerschiet\w*|schoo?t\w*\s+(?:[\w-]+\s+){0,6}?neer))\b",
        r"\b(?:intercep\w*|intercet\w*|shot down|shoot down|downed|destroy\w*|neutrali\w*|abgeschossen"
        r"|abschuss\w*|abgefangen|abfang\w*|zerstor\w*|abatt\w*|detrui\w*|derriba\w*|derribo|destrui\w*"
        r"|abbatt\w*|distrutt\w*|abatid\w*|derrub\w*|dobor\w*|distrus\w*|neergeschoten|onderschep\w*"
        r"|vernietig\w*|zestrzel\w*|przechwyc\w*|zniszcz\w*|numus\w*|perimt\w*|sunaikin\w*|air defen[cs]e\w*"
        r"|luftabwehr|defense aerienne|defensa aerea|difesa aerea|defesa aerea|aparare\w* aerian\w*"
        r"|luchtverdediging|luchtafweer|neergehaald\w*|neerhal\w*|obrona powietrzna|oro gynyb\w*)\b",
    ),
    "nuclear": (
        r"\b(?:nuclea\w*|nuklea\w*|atom(?:ic\w*|iqu\w*|ic[aoei]s?|isch\w*|waff\w*|bomb\w*|program\w*|kraft\w*)"
        r"|atoom\w*|kernwapen\w*|kernwaffen\w*|kernenergie|kernproef\w*|jadrow\w*|atomow\w*|branduolin\w*)\b",
        r"\b(?:nuclea\w*|nuklea\w*|atom\w*|atoom\w*|kern\w*|jadr\w*|branduol\w*|uran\w*|plutoni\w*)\b",
    ),
    "cost": (
        r"\b(?:costs?|cost(?:ed|ing)|price[sd]?|salar\w*|wages?|kostet\w*|kosten|gehalts?|gehalter|coute\w*|cout"
        r"|couts|salaire\w*|cuesta\w*|costo|costaba|precio\w*|salario\w*|sueldo\w*|quanto costa|costava"
        r"|prezz\w*|stipendi\w*|custa\w*|custos?|precos?|costat|pretul\w*|preturi\w*|kost|kostte|salaris"
        # … and a cost by its compound («bouwkosten», «Baukosten», «Gesamtkosten»), Dutch «gekost»,
        # Italian «è costato», a budget, and French «combien d'argent»
        r"|\w+kosten|gekost|costat[oaie]|budget\w*|buget\w*|combien d.argent"
        # … and a sum asked by its currency ("How many dollars…?", «¿De cuántos dólares…?», «Ile euro…?»)
        r"|(?:how (?:many|much)|cuant[oa]s|wie ?viele?|combien d[e']?|quant[ioae]s?|ile|kiek|hoeveel|cat[ei])"
        # (whole currency words: «Quantos eurodeputados…?» counts MEPs, «Quanti francesi…?» people)
        r" (?:\w+ )?(?:dollar\w*|dolar\w*|doler\w*|euros?|euru|pounds?|sterlin\w*|rubl\w*|roebel\w*|yuan|yen"
        r"|won|zlot\w*|francs?|franken|franchi|francos|lei)\b"
        r"|kosztuj\w*|koszt\w*|pensj\w*|wynagrodzen\w*|kainuoj\w*|kain[aou]s?|atlyginim\w*"
        # Paying, earning, money: "Hoeveel betaalt Rusland…", «Ile zarabiają…», «Quanto dinheiro…».
        # Not French «pays» (a country), German «Zahlen» (figures), «zahlt» but after «wie viel»
        # (folded, «Wie viele Einwohner zählt…» counts),
        # Lithuanian «moka» (knows how).
        r"|paying|earn\w*|money|bezahl\w*|wie ?viel (?:geld )?zahlt\w*|placi\w*|verdien\w*|geld|paie|paient|payer|dinero|pagan?|pagano"
        r"|pagam|guadagn\w*|soldi|dinheiro|plateste|platesc|platit\w*|bani|betaalt|betalen|zarab\w*|zaplac\w*"
        r"|pieniad\w*|pieniedz\w*|moketi|uzdirb\w*|pinig\w*"
        # … and paid: «¿Cuánto pagó…?», "How much did Russia pay…?" (not «pago» alone: a payment)
        # (not "pay a visit", "paid tribute"; Lithuanian «mokėjo» also "knew how"; «betaald voetbal»)
        r"|(?:pay|paid)(?! (?:a visit|attention|tribute|homage|respects?|off)\b)|pago (?:\w+ )?(?:a|al|por)"
        r"|pagou|pagaram|pagaron|pagato|pagati|pagava|pagavano|betaalde|betaald(?! voetbal)"
        # (French «payé», but not «payé un lourd tribut», «payé cher», «payé de leur vie», «payé le prix»)
        r"|(?:paye|payes|payee|payees|payait|payaient)(?! (?:un |le prix|cher|tribut|lourd|de (?:leur|sa|son|ses)\b))"
        r"|sumokejo|sumokes"
        # … Lithuanian «moka … už», pays for («Kiek Rusija moka … už kiekvieną … kareivį?»; «moka» alone knows how)
        r"|moka\w* (?:\w+ ){0,4}uz"
        # … and how much is charged: «¿Cuánto cobra Corea del Norte por cada proyectil?», «Quanto
        # cobrou…?» (not «cobró fuerza», «se cobró vidas», «cobrar un penalti», «o que cobrou», nor a Cobra)
        r"|cuanto (?:\w+ ){0,2}cobr\w*|quanto (?:\w+ ){0,2}cobr\w*"
        # … and a sum of money asked by its word («Ce sumă…?», «Welchen Betrag…?», «Jaką kwotę…?»)
        r"|betrag\w*|montant|montants|importo|importe|somma|quantia|montante|suma|sume|sumele|bedrag\w*|kwot\w*"
        r"|sumos"
        # … and more of the ways a price is asked: French «prix du/de/d'un…» (not a prize: «Quel prix
        # a-t-il reçu ?», «prix Nobel», «prix de la paix», «Grand Prix», «prix du jury»),
        # Portuguese «custou», Lithuanian «kainavo» (not Romanian «preț»: French «prêt», ready)
        r"|(?<!grand )prix (?:du|des|d['’](?:un|une)|de (?!la paix|litt))(?!\s*(?:jury|public|meilleur\w*|lecteurs)\b)\w*"
        r"|(?<!grand )prix(?=\s*\?)|custou|custaram|custava|custavam"
        r"|kainavo|kainuos)\b",
        r"[$€£¥₩₽]|\b(?:usd|eur|gbp|dollar\w*|dolar\w*|doler\w*|euro\w*|pound\w*|sterlin\w*|rubl\w*|roebel\w*"
        r"|won|yuan|yen|jen|frank\w*|franc\w*|zlot\w*|lei|cost\w*|price\w*|kost\w*|cout\w*|cuest\w*"
        r"|preci\w*|prezz\w*|cust\w*|preco\w*|pret\w*|prijs\w*|koszt\w*|cen[aey]|kain\w*|salar\w*|salair\w*"
        r"|wage\w*|gehalt\w*|sueld\w*|stipend\w*|pensj\w*|wynagrodz\w*|atlyginim\w*|bezahl\w*|paid|pagad\w*"
        r"|pagat\w*|pagou|pagar\w*|platit\w*|platest\w*|platesc\w*|betaal\w*|zaplac\w*|sumok\w*|budget\w*|buget\w*"
        # (not French «pays», German «Zahl», «zahlreich», Lithuanian «pagal», common words there)
        r"|pay|paying|payments?|paie\w*|payer|paye\w*|earn\w*|money|geld|dinero|soldi|dinheiro|bani|pieniad\w*"
        r"|pieniedz\w*|pinig\w*|verdien\w*|guadagn\w*|zarab\w*|uzdirb\w*|moket\w*|mokej\w*|mokes\w*|mokam\w*"
        r"|pag(?:a|ar|ado|ada|ados|adas|ato|ati|ata|ate|ava|amento\w*|an|ano|am|o|os|ou)|(?:ge)?zahlt\w*"
        r"|zahlung\w*|betal\w*|placi\w*)\b",
    ),
    "weather": (
        # Not a bare «qué tiempo», «que tempo», «che tempo» (how long), «pe vremea» (in the days of),
        # Dutch «het weer» without a verb or place (it again).
        r"\b(?:weather|wetter\w*|meteo|quel temps|que tiempo (?:hac\w*|hizo)|che tempo (?:fa\w*|c.era)"
        r"|que tempo (?:faz\w*|fez)|como (?:esta|estava|estara|ficou) o tempo|como (?:esta|estaba|estuvo|estara) el tiempo"
        r"|com.(?:e|era|sara) il tempo|(?<!pe )vremea|(?:hoe|wat) (?:was|is|werd) het weer"
        r"|het weer (?:in|te|op|tijdens|bij)|wat voor weer|pogod\w*|koks (?:buvo )?oras|orai)\b",
        # Said by words for weather, rain, snow, sun, heat, cold, wind, storm, cloud or fog, or by
        # degrees; not by words that also mean something common: Dutch «weer» (again), Romanian
        # «vreme» (time) and «sunt» (are), «Lietuva», French «vient» (comes).
        r"\d\s*(?:°|grad\w*|degrees?)|\b(?:weather|wetter\w*|meteo\w*|(?:het|slecht|mooi|goed) weer|weers\w*"
        r"|pogod\w*|oras|orai|rain\w*|regen(?:s|t|de)?|regnet|pluie\w*|pluv\w*|lluvi\w*|llov\w*|pioggi\w*|piov\w*"
        r"|chuv\w*|ploai\w*|plou\w*|deszcz\w*|lietu(?:s|aus|mi|ti\w*)|lyja|lijo|snow\w*|schnee\w*|schneit|neige\w*"
        r"|niev\w*|neve|nevic\w*|ninge|ninsoare|sneeuw\w*|snieg\w*|sun|sunny|sunshine|sonne\w*"
        r"|sonnig|soleil|sol|sole|soare|zon|zonnig|slonc\w*|saule\w*|temperatur\w*|celsius|fahrenheit|hot|cold"
        r"|heat\w*|hitze|kalt|chaud\w*|froid|calor|frio|caldo|freddo|cald|frig|warm\w*|koud|upal\w*|zimn\w*"
        r"|karst\w*|salt(?:a|as|is|o)|storm\w*|sturm\w*|tempet\w*|tormenta\w*|tempest\w*|furtun\w*|burz\w*"
        r"|audr\w*|winds?|windy|winde?|vents?|venteux|viento\w*|vento\w*|vant\w*|wiatr\w*|vej(?:as|o|ai|u)"
        r"|clouds?|cloudy|wolk\w*|nuag\w*|nub(?:e|es|lado)|nuvol\w*|nori|norii|nublad\w*|chmur\w*|fog|foggy"
        r"|nebel\w*|brouillard|niebla|nebbia|nevoeiro|ceata|mist|mgl\w*|ruk(?:as|o))\b",
    ),
    # A time of day: stated as a clock time, an hour, or a part of the day.
    "clock": (
        # (asked as a chat names it, «Heure d'atterrissage ?», "Time the plane landed?", not "Time spent…"; or by its words)
        r"^\W*(?:heure|uhrzeit|hora|godzina|tijdstip|time(?!\s+(?:zone|difference|spent|taken|between|span|frame|limit"
        r"|needed|it took|of (?:year|life|war|peace)|line|table)\b))\b"
        r"|\b(?:what time|at what hour|(?:um )?welche(?:r)? uhrzeit|um wie viel uhr|a quelle heure|a que hora|a che ora"
        r"|que horas|a que horas|la ce ora|hoe laat|om hoeveel uur|o ktorej(?: godzinie)?|o jakiej godzinie"
        r"|kelinta valanda|kiek valandu|(?:arrival|landing|departure|take-?off) time"
        r"|(?:what (?:is|was) the|^\W*) ?time of (?:arrival|landing|departure)|ankunftszeit|landezeit|abflugzeit"
        r"|aankomsttijd|vertrektijd|landingstijd|heure (?:d.(?:arrivee|atterrissage)|de (?:depart|decollage))"
        r"|hora de (?:llegada|aterrizaje|salida|chegada|partida)|horario de (?:llegada|chegada|partida|salida)"
        r"|(?:ora|orario) (?:di |d.)(?:arrivo|atterraggio|partenza)"
        r"|ora (?:sosirii|aterizarii|plecarii)|godzina (?:przylotu|ladowania|odlotu)|(?:atvykimo|nusileidimo) laikas)\b",
        r"\d{1,2}\s*[:h]\s*\d{2}\b|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?|uhr|heures?|horas?|ore|uur|godz\w*|val\w*)\b"
        # Not by words that mean something common too: «morgen» (tomorrow), «más tarde» (later),
        # «será» (will be), Polish «południe» (south), Lithuanian «rytų», «vakarų» (eastern, western).
        r"|\b(?:o'?clock|hour\w*|morning\w*|night\w*|evening\w*|afternoon\w*|noon|midnight|dawn|morgens"
        r"|(?:am|heute|s) morgen|nacht\w*|abend\w*|mittag\w*|matin\w*|soir\w*|nuit\w*|aube|midi|minuit|manana"
        r"|noche\w*|(?<!mas )(?<!mais )tardes?|madrugada|mediodia|medianoche|mattin\w*|nott\w*|(?:di|la|in) sera"
        r"|serata|pomeriggio|mezzanotte|manha|noite|dimineat\w*|noapte\w*|seara|serii|amiaz\w*|ochtend\w*|avond\w*"
        r"|middag\w*|rano|ranem|noc[ay]?|wieczor\w*|w poludnie|ryt(?:as|o|e|ais|a)|nakt\w*|vakar(?:as|o|e|ais|a)"
        r"|vidurdien\w*|vidurnakt\w*)\b",
    ),
    # Visitors or tourists counted: said by a word for them, an audience or spectators.
    "visitors": (
        r"\b(?:visitors?|tourists?|besucher\w*|touristen|visiteurs?|touristes?|visitantes?|turistas?|visitatori"
        r"|turisti|vizitator\w*|bezoekers?|toeristen|odwiedzajac\w*|zwiedzajac\w*|turyst\w*|lankytoj\w*|turist\w*)\b",
        r"\b(?:visitor\w*|touris\w*|besucher\w*|visiteur\w*|visitant\w*|visitator\w*|vizitator\w*|bezoeker\w*"
        r"|odwiedzaj\w*|zwiedzaj\w*|turyst\w*|lankytoj\w*|lankomum\w*|turist\w*|toerist\w*|audience\w*|spectat\w*"
        r"|zuschauer\w*|publikum|espectador\w*|toeschouwer\w*|widz\w*|ziurov\w*|attendance|public|publico|pubblico"
        r"|publiek|publicznos\w*"
        # … and travellers or guests ("a group of 120 travellers", «20 000 Gäste»)
        r"|travel+er\w*|guests?|gast|gaste|gasten|reisend\w*|voyageur\w*|viajer\w*|viaggiator\w*|viajant\w*"
        r"|huesped\w*|ospiti|hospede\w*|oaspet\w*|calator\w*|reiziger\w*|podrozn\w*|gosc\w*|keliautoj\w*|svec\w*)\b",
    ),
    # A gift, and something signed: a visit's report that tells of either says so in words.
    "gift": (
        # (not German «Gift», poison; not «nozze regali», royal; not «Dovanokite», excuse me)
        r"\b(?:(?:a|the|what|which|any|his|her|their|its|of) gifts?|geschenk\w*|cadeau\w*"
        r"|regal(?:o|os|ar\w*|ato|ati)|(?<!nozze )(?<!famiglia )(?<!palazzi )regali|cadou\w*|kado\w*"
        r"|prezent(?:y|ow|ami)|podarun\w*|upomink\w*|dovan(?:a|os|u|as|om\w*|oj\w*)"
        # (presents asked as which: «Que presentes…?», «Que presente … entregou?»; not «presente»,
        # present time, nor French «Que présente Macron…», Spanish «que presente Rusia su respuesta»)
        r"|(?:what|which|any|que|quais|quels|quelles|quali|welche) presen(?:ts|tes|ti)"
        r"|(?:que|qual) presente (?:\w+ ){0,5}?(?:entreg|deu|dera|ofere|receb|levou|levar|trouxe|dar|deram|troc)\w*)\b",
        r"\b(?:gifts?|gave|given|offered|presents?|handed|geschenk\w*|schenkt\w*|uberreicht\w*"
        r"|cadeau\w*|offert\w*|remis|regal\w*|obsequi\w*|entreg\w*|ofrec\w*|dono|doni|donat\w*|consegn\w*"
        r"|omaggi\w*|presente\w*|ofere\w*|oferi\w*|cadou\w*|daruit|daruri|kado\w*|overhandig\w*|schonk\w*"
        r"|geschonk\w*|prezent\w*|podarun\w*|podarow\w*|upomink\w*|wreczy\w*|dovan\w*|iteik\w*|padovanoj\w*"
        # … or donated, bequeathed («spendete John Sheepshanks 233 Gemälde», «legó», «doou»)
        r"|spende\w*|gespendet|stiftete\w*|gestiftet|vermach\w*|bequeath\w*|legu\w*|lego|legaron|doneerde\w*|gedoneerd"
        r"|donac\w*|donaron|donad[oa]s?|donarono|doac\w*|doou|doaram|doad[oa]s?|legou|legad[oa]s?|darowa\w*|darowizn\w*"
        r"|paaukoj\w*|aukoj\w*)\b",
    ),
    "signing": (
        # (not the noun: "any sign of", French «un signe»; not Dutch «getekend», drawn)
        r"\b(?:signed|signing|(?:did|do|does|will|would|to) (?:\w+ ){0,6}(?<!any )(?<!a )sign(?! of| language| yet| that)"
        r"|unterzeichn\w*|unterschrieb\w*|unterschrift\w*|signee?s|signer|signerent|firmad[oa]s?"
        r"|firmaron|firmo|firmato|firmati|firmata|firmate|firmarono|firmaram|assinad[oa]s?|assinaram|assinou"
        r"|semnat\w*|semnar\w*|semneaz\w*|ondertekend|ondertekenden|tekende|tekenden|podpisa\w*|podpisan\w*|pasiras\w*|pasirase"
        # (French «signé» after its auxiliary: «ont-ils signé», «a-t-elle signé», «n'a pas signé», «a été signé»;
        # not «fait signe», «sont signe de»)
        r"|(?:n')?(?:qu')?(?:a|ont|ai|as|avons|avez|avait|avaient|aurait|ait|ete|fut|sera|etre)(?:-t)?"
        r"(?:-(?:il|elle|ils|elles|on|vous|nous|tu|je))?(?:\s+(?:pas|jamais|deja|\w+ment)){0,2}\s+signee?s?)\b",
        # (not «semn», a sign, «semnificativ», "significant", "signal", «firma», a company)
        r"\b(?:sign(?:ed|ing|s|atur\w*|ator\w*)?(?! of)|unterzeichn\w*|unterschr\w*"
        r"|firm(?:ad[oa]s?|aron|o|ó|at[oaie]|arono|ou|aram|ando|ar|ando|er)|assin\w*"
        r"|semnat\w*|semnar\w*|semneaz\w*|semnatur\w*|ondertek\w*|getekend|tekende\w*"
        r"|podpis\w*|pasiras\w*|agreement\w*|treat(?:y|ies)|pacts?|pacto\w*|patto|patti|accords?|abkommen|vertrag\w*"
        r"|vereinbar\w*|pakt\w*|traite\w*|acuerdo\w*|convenio\w*|convenzion\w*|convention\w*|tratado\w*|accordo"
        r"|accordi|trattato\w*|acordo\w*|acord\w*|tratat\w*|verdrag\w*|akkoord\w*|overeenkomst\w*|umow\w*"
        r"|uklad\w*|porozumien\w*|traktat\w*|sutart\w*|susitar\w*|protocol\w*|protokol\w*|memorand\w*"
        r"|contract\w*|kontrakt\w*"
        # … and what people sign: a petition, signatures
        r"|petit\w*|peticao|peticoes|petycj\w*|peticij\w*|handteken\w*|parasu\w*|parasai)\b",
    ),
    # A death, asked when or in what year (not how many died: casualty figures are what news
    # reports, in words for being killed too). Not English "die" alone (German's article).
    "death": (
        r"\b(?:died|death|did (?:\w+ ){1,4}die|dies|starb|gestorben|tod(?:es)?|mort|morte?s?|meurt|deces|decede\w*"
        r"|murio|muerte|fallec\w*|mori|morto|morta|morreu|faleceu|a murit|moartea|moarte|decedat\w*|stierf"
        r"|overleden|overlijden|zmarl\w*|smierc\w*|mire|mirti\w*)\b",
        r"\b(?:died|dies|dead|death|kill\w*|starb|gestorben|tot|tod\w*|getotet|mort\w*|meurt|deces\w*|decede\w*|tue\w*"
        r"|muri\w*|muert\w*|fallec\w*|mori\w*|uccis\w*|morre\w*|falec\w*|ucis\w*|deced\w*|stierf|overl\w*|dood"
        r"|gedood|zmar\w*|smierc\w*|zabi\w*|zgin\w*|mir\w*|zuv\w*|nuzud\w*)\b",
    ),
    # An award asked for ("who was the MVP", «wer bekam den Preis»): a sentence that tells who
    # won it names the award (a player's other feats are no award). Not «prix», «Preis», «prijs»
    # in a question: a price, too.
    "award": (
        r"\b(?:mvp|most valuable|valuable player|wertvollste\w*|le plus utile|mas valioso|piu prezioso|mais valioso"
        r"|najbardziej wartosciow\w*|meest waardevolle|cel mai valoros|naudingiausi\w*|vertingiausi\w*|awards?|awarded|troph(?:y|ies)"
        r"|trophae\w*|trophee\w*|trofe[oiu]\w*|premi[oa]s?|premiu(?:l|lui)?|premii\w*|premiat\w*|nagrod\w*|auszeichnung\w*|recompense\w*"
        r"|apdovanojim\w*)\b",
        r"\b(?:mvp|most valuable|valuable player|wertvollste\w*|le plus utile|mas valioso|piu prezioso|mais valioso"
        r"|najbardziej wartosciow\w*|meest waardevolle|cel mai valoros|naudingiausi\w*|vertingiausi\w*|award\w*|troph\w*|trofe\w*"
        r"|premi\w*|nagrod\w*|nagrodzon\w*|auszeichnung\w*|ausgezeichnet|recompens\w*|prize\w*|prix|preis\w*|prijs\w*"
        r"|galardon\w*|laurea\w*|medal\w*|medaill\w*|medall\w*|medalh\w*|onderscheid\w*|apdovanot\w*"
        # … or by naming the best player («elegido el mejor jugador», «miglior giocatore»); asked so,
        # the best player describes someone ("how many sacks did the best defensive player make")
        r"|best players?|miglior\w* giocator\w*|meilleurs? joueurs?|mejor(?:es)? jugador\w*|melhor(?:es)? jogador\w*"
        r"|beste[nr]? spieler\w*|beste spelers?|cel mai bun jucator\w*|najlepsz\w* (?:zawodnik|gracz)\w*|geriausi\w* zaidej\w*"
        r"|apdovanojim\w*)\b",
    ),
    # Who invented something ("Who invented packet switching?", «Kas išrado garo mašiną?»): a
    # sentence telling it has a word for inventing, devising, patenting or coining. Asked by the
    # verb after who or when ("Did Russia invent the story?" asks no inventor, «el invento» is a
    # thing), or by who the inventor of something is, or a chat's "inventor of …" (not "the
    # inventor of dynamite" who is asked something else, nor "the inventor Nikola Tesla");
    # said generously (developed, designed, «geprägt» for a coined name).
    "invention": (
        r"\b(?:who|wer|qui|quien|chi|quem|cine|wie|kto|kas|when|wann|quand|cuando|quando|cand|wanneer|kiedy|kada)"
        r"\b(?: [\w']+){0,4}? (?:invent(?:ed|s)?|erfand\w*|erfunden|inventa|inventee?s?|invento|inventou?|inventato"
        r"|inventat|uitgevonden|uitvond|wynalazl\w*|wynaleziono|isrado)\b"
        r"|^\W*(?:the )?(?:inventor|inventeur|inventore|uitvinder|erfinder)s? (?:of|de|du|des|del|della|dello|di|do|da|van"
        r"|der|von)\b"
        r"|\b(?:who|wer|qui|quien|chi|quem|cine|wie|kto|kas)\b(?: [\w']+){0,3}? (?:the |o |a |el |la |il |l'|le |der "
        r"|de |die |het )?(?:(?:inventor|inventeur|inventore|uitvinder|erfinder|isradejas)"
        r"(?=\s+(?:of|de|du|des|del|della|dello|di|do|da|van|der|von)\b|\s*\??$)|inventatorul|wynalazc\w*)\b(?!['’])"
        r"|\bkas (?:yra|buvo) (?:\w+ ){0,3}isradejas\s*\??$",
        r"\b(?:invent\w*|erfind\w*|erfand\w*|erfunden|uitvind\w*|uitgevonden|uitvond\w*|vond|wynala\w*|wynalez\w*"
        r"|israd\w*|israst\w*|patent\w*|brevet\w*|opatent\w*|octrooi\w*"
        r"|coin(?:ed|s)|gepragt|pragte\w*|devis\w*|design\w*|develop\w*|entwick\w*|concu\w*|concept\w*"
        r"|desarroll\w*|disen\w*|svilupp\w*|progett\w*|ide(?:o|ou|ato|ata)|desenvolv\w*|projet\w*|proiect\w*"
        r"|dezvolt\w*|ontwikkel\w*|ontworpen|ontwierp\w*|bedacht|bedenk\w*|opracowa\w*|zaprojektowa\w*|skonstruowa\w*"
        r"|sukur\w*|sukonstru\w*|creat\w*|cree|crea|creo|creou|creato|creata|a creat|creeat|schuf|geschaffen)\b",
    ),
    # Who wrote the article («Wie schreef het artikel op Meta-defense?», «Kas yra straipsnio …
    # autorius?»): a sentence telling it names an author or a reporter (a byline is never a best
    # sentence: ``qa.kinds`` keeps it out of the quotes). Not who wrote a book or a letter (a
    # sentence about it says "wrote"): the question asks who, and names an article or text.
    "author": (
        r"^(?=.*\b(?:article|artikel\w*|articol\w*|articulo|articolo|artigo|text|texte|texto|testo|tekst\w*"
        r"|straipsn\w*|report|bericht|reportage)\b)"
        r"(?=.*\b(?:who|whose|wer|wessen|qui|quien|chi|quem|cine|wie|kto|kas)\b)"
        r"(?=.*\b(?:wrote|written|authors?|schrieb|geschrieben|verfasst\w*|verfasser\w*|autor|autore[sm]?|autorul\w*"
        r"|autorius|autoriu\w*|autora|autorem|auteurs?|ecrit|redige|escribio|escrito|redacto|scritto|scrisse|redatto"
        r"|escreveu|redigiu|a scris|redactat|schreef|geschreven|napisal\w*|parase|parasyt\w*)\b)",
        r"\b(?:author\w*|(?<!dreptul de )(?<!dreptului de )(?<!derechos de )(?<!direitos de )autor\w*"
        r"|(?<!droit d')auteur\w*|verfasser\w*|written by|geschrieben von|ecrit par|escrito por|scritto da|scris de"
        r"|geschreven door|napisan\w*|parase|parasyt\w*|reporter\w*|correspondent\w*|corresponsal\w*"
        r"|correspondente\w*|corrispondente\w*|corespondent\w*|korespondent\w*|journalist\w*|periodista\w*"
        r"|jornalista\w*|giornalista\w*|ziarist\w*|dziennikarz\w*|zurnalist\w*|redact\w*|redakt\w*)\b",
    ),
    # Who translated something, or someone's interpreter («Cine a fost translatorul lui Lavrov?»,
    # «Kto przetłumaczył podręczniki…?»): a sentence telling it names a translator or says by whom;
    # «Manualele … au fost traduse în rusă» says into what, not who.
    "translator": (
        # (not German «wie», how, French relative «qui», Lithuanian «kas», what, before a verb)
        r"\b(?:(?:who|wer|quien|chi|quem|cine|kto)\b(?: [\w']+){0,3}? (?:translat\w*|ubersetz\w*"
        r"|traduj\w*|tradu[ij]\w*|traduc\w*|tradus\w*|traduz\w*|tradot\w*|vertaal\w*|vertaald|przetlumacz\w*"
        r"|isvert\w*|isverst\w*)"
        # (an interpreter as a noun: «l'interprète»; not «a interprété l'hymne», sang it)
        r"|translators?|interpreters?|(?:l'|un |une |una |il |el |o |um |uma )interpret[ei]s?\b|dolmetscher\w*"
        r"|traducteur\w*|traductor\w*"
        r"|tradutor\w*|traduttor\w*|translator\w*|tolk|tolken|vertaler\w*|tlumacz(?:a|em|e|om)?\b|vertej\w*)\b",
        r"\b(?:translator\w*|interpret\w*|dolmetsch\w*|ubersetzer\w*|traducteur\w*|traductric\w*|traductor\w*"
        r"|traducator\w*|traduttric\w*|tlumaczk\w*"
        r"|tradutor\w*|traduttor\w*|translatorul\w*|tolk|tolken|vertaler\w*|tlumacz(?:a|em|e|om)?\b|vertej\w*"
        r"|(?:translated|ubersetzt|traduit\w*|traducid\w*|tradott\w*|traduzid\w*|tradus\w*|traduse|vertaald"
        r"|przetlumaczon\w*|isverst\w*) (?:by|von|par|por|da|de catre|de|door|przez|pagal)"
        # … or someone translating, as an active verb («Marlee Matlin … lo traducía»), not a passive
        # one, which tells into what («au fost traduse în rusă», «foram traduzidos para o russo»)
        r"|(?<!fost )(?<!were )(?<!was )(?<!been )(?<!wurden )(?<!wurde )(?<!ete )(?<!fueron )(?<!fue )(?<!stati )"
        r"(?<!state )(?<!foram )(?<!foi )(?<!zostaly )(?<!zostal )(?<!zostala )(?<!buvo )(?<!werd )(?<!werden )"
        r"(?<!zijn )(?<!sont )(?<!sono )(?<!son )(?<!sunt )(?<!sa )(?<!s-a )"
        r"(?:translat(?:ed|es|ing)|ubersetzte\w*|tradui[st]\w*|traducia\w*|traduj\w*|tradujo|traducian"
        r"|traduceva\w*|traduss\w*|traduz(?:iu|ia|iam)|traducea\w*|a tradus|au tradus|vertaalde\w*"
        r"|przetlumaczyl\w*|isverte\w*))\b",
    ),
    # Soldiers withdrawn from the front, counted: «Combien de soldats ont été retirés du front ?»,
    # «Wie viele Soldaten wurden abgezogen?». The sentences telling the withdrawal give no figure
    # (``predicates._FIGURES``), and those giving figures count the soldiers sent.
    "withdrawal": (
        r"^(?=.*\b(?:how many|combien|wie viele|cuant[oa]s|quant[oa]s|quanti|quante|cat[ie]|hoeveel|ile|kiek)\b)"
        r".*?\b(?:withdr[ae]wn?|withdrawing|pulled (?:back|out)|abgezogen|zuruckgezogen|retire[es]?|retires"
        r"|retirad[oa]s?|ritirat[ie]|retras[ie]|teruggetrokken|weggehaald|wycofan\w*|wycofal\w*|atitraukt\w*"
        r"|atitrauk[eė]\w*|atsitrauk\w*)\b",
        r"\b(?:withdr\w*|pull\w* (?:back|out)|retreat\w*|abgezogen|abzug\w*|zuruckgezogen|ruckzug\w*|retir\w*"
        r"|retrait\w*|ritir\w*|retras\w*|retrag\w*|teruggetrokken|terugtrek\w*|weggehaald|haald\w* (?:\w+ ){0,6}?weg"
        r"|wycof\w*|odwrot\w*|atitrauk\w*|atsitrauk\w*|traukes\w*)\b",
    ),
    # Troops gone back to the front: «Wann kehrten die Truppen an die Front zurück?», «Hoeveel
    # soldaten keerden terug naar het front?». Sentences telling the withdrawal tell no return.
    # (Asked with a word for the front: "pulled back from the front" is the withdrawal itself.)
    "return": (
        r"^(?=.*\b(?:front\w*|frontlin\w*|lini[ae]\w*|linii\w*|linies))(?!.*\bpulled back\b).*?"
        r"\b(?:return\w*|came back|went back|keerde\w* (?:[\w-]+ ){0,10}?terug|teruggekeerd|terugkeer\w*"
        r"|kehrte\w* (?:[\w-]+ ){0,10}?zuruck|zuruckgekehrt|ruckkehr\w*|revenu\w*|revinrent|retourn\w*|regress\w*"
        r"|volvi\w*|voltaram|voltou|tornat\w*|ritornat\w*|rientrat\w*|intors\w*|revenit\w*|powrocil\w*"
        r"|wrocil\w*|grizo|grize|sugriz\w*)\b",
        r"\b(?:return\w*|came back|went back|terug(?:ge)?ke\w*|keerde\w* (?:[\w-]+ ){0,10}?terug|zuruckgekehrt"
        r"|ruckkehr\w*|kehrt\w* (?:[\w-]+ ){0,10}?zuruck|revenu\w*|revin\w*|retour\w*|regress\w*|volv\w*"
        r"|volta\w*|voltou|torna\w*|ritorn\w*|rientr\w*|intoar\w*|intors\w*|revenit\w*|powro\w*|wroc\w*"
        r"|griz\w*|sugriz\w*)\b",
    ),
    # The last time before, the previous one: sentences that tell of no earlier one tell only of
    # this one («Wanneer was Lavrov vóór deze reis voor het laatst in Noord-Korea?»).
    "previous": (
        # (before this one, named so: not "the last time", «zuletzt», «ostatnio», the latest)
        r"\b(?:previous (?:visit|trip|meeting|record|round|time)|before this (?:trip|visit|journey)"
        r"|voor (?:deze|dit) (?:reis|bezoek)|vorige (?:keer|bezoek|record)|vor diese[rm] (?:reise|besuch)"
        r"|vorherige[nrs]? (?:besuch|reise|treffen|rekord)|avant (?:ce voyage|cette visite)"
        r"|precedente?s? (?:visite|record|voyage|visita|viaggio)|antes (?:de )?(?:esta|este|desta|deste|dessa|desse) (?:visita|viaje|viagem)"
        r"|anterior(?:es)? (?:visita|viaje|record|recorde|viagem)|visita anterior|prima di questa (?:visita|missione)"
        r"|inainte de (?:aceasta|acesta) (?:vizita|calatorie)|vizita anterioara|recordul anterior"
        r"|przed (?:ta|tym) (?:wizyta|podroza|wyjazdem)|poprzedni\w* (?:wizyt|rekord|podroz|spotkani)\w*"
        r"|pries (?:si|sia) (?:vizita|kelione)|pries tai|ankstesn\w* (?:vizit|rekord|kelion|susitikim)\w*)\b",
        r"\b(?:last|previous\w*|earlier|before|prior|vorig\w*|laatst\w*|eerder\w*|letzt\w*|zuletzt|vorher\w*|fruher\w*"
        # (Italian «prima di», before; Romanian «prima vizită» is the first one, not an earlier one)
        r"|bisher\w*|dernier\w*|precedent\w*|auparavant|ultim\w*|anterior\w*|antes|precedente\w*|inainte"
        r"|prima (?:di|d|del\w*|dei|degli|che)|(?:anni|anno|mesi|mese|giorni|settimane) prima"
        r"|ostatni\w*|poprzedni\w*|wczesniej|paskutin\w*|ankstesn\w*|anksciau|record\w*|rekord\w*)\b",
    ),
    # Where someone goes after a visit or a trip: sentences that tell of nothing after it tell
    # only of the visit («Încotro a plecat Lavrov după vizita în Coreea de Nord?», «Kur Lavrovas
    # keliaus po vizito…?»). Not "after" alone: «po stronie Rosji» is on Russia's side, German
    # «nach Nordkorea» is to North Korea, Dutch «na» and Portuguese «na» are common words.
    "onward": (
        # (a going verb too: "Where did Lavrov meet Kim after his trip began?", «Unde s-au stabilit
        # hughenoții după călătorie?» ask where something happened, which sentences say without
        # a then-word; "after North Korea" closing the question, not "after North Korea sent…")
        r"(?=.*\b(?:go|goes|going|gone|went|head\w*|travel\w*|fly|flies|flew|leave|leaves|left|next|ira|iront|irait|va|vont"
        r"|aller|alle|allee|partir|partira|rendra|reist|reise|reisen|fahrt|fliegt|geht|gehen|ging|pleca\w*|merge|mers"
        r"|viaja\w*|fue|fueron|iran|foi|foram|vai|vao|andra|ando|andato|andata|gaat|gingen|vertrekt|vertrok|heen"
        r"|naartoe|uda|udal\w*|pojedzie|pojechal\w*|poleci|polecial\w*|wyjedzie|keliaus|keliavo|vyks|vyko|iskeliavo)\b)"
        r"\b(?:where|wohin|wo|ou|unde|incotro|donde|adonde|onde|dove|waar(?! dat)|waarheen|dokad|gdzie|kur)\b.*?"
        r"\b(?:after (?:the |his |her |its |this )?(?:visit|trip|stay|journey)|after (?:north )?korea(?=\W*$)"
        r"|nach (?:dem|seinem|ihrem|diesem) (?:besuch|aufenthalt)|nach (?:der|seiner|ihrer|dieser) reise"
        r"|apres (?:la |sa |cette |le |son |ce )?(?:visite|voyage|sejour|coree)"
        r"|dupa (?:vizita|calatoria|sederea|aceasta vizita)|dupa coreea"
        r"|despues de (?:la |su |esta )?(?:visita|viaje|estancia|corea)"
        r"|(?:depois|apos) (?:d[ao] |a |sua |dessa |desta )?(?:visita|viagem|estadia|coreia)"
        r"|dopo (?:la |il |sua |la sua |questa |questo )?(?:visita|viaggio|soggiorno|corea)"
        r"|na (?:het|zijn|haar|dit) (?:bezoek|reis|verblijf)|na noord-korea"
        r"|po (?:swojej |jego |tej )?(?:wizycie|podrozy|pobycie|korei)"
        r"|po (?:\w+ )?(?:vizito|keliones|viesnages|korejos))",
        r"\b(?:after\w*|then|next|later|subsequent\w*|thereafter|onward\w*|danach|anschliessend|dann|spater|nachher"
        r"|weiter\w*|ensuite|puis|apres|apoi|dupa|ulterior\w*|luego|despues|posterior\w*|depois|seguida|apos|poi|dopo"
        r"|successiv\w*|daarna|vervolgens|nadien|potem|nastepnie|pozniej|paskui|veliau|toliau)\b",
    ),
    # A visit, a meeting or a round asked for again or next: sentences that tell of none to come
    # tell only of those that were («Kiedy Kim ma ponownie odwiedzić Moskwę?»). Not a question in
    # the past ("When did Kim meet Putin again?", «Wann wurde sie wieder aufgebaut?»).
    "again": (
        r"^(?!.*\b(?:did|was|were|had|wurde|wurden|war|waren|hat|hatte|a ete|etait|fut|fue|fueron|fu|furono|foi"
        r"|foram|a fost|au fost|fusese|werd|zostal\w*|byl\w*|buvo)\b).*?"
        r"\b(?:again|once more|next (?:time|visit|trip|meeting|round|summit)|wieder|erneut"
        r"|nachste[nmrs]? (?:besuch|reise|treffen|runde|gipfel)\w*|a nouveau|de nouveau"
        r"|prochaine?s? (?:visite|voyage|rencontre|reunion|tour|sommet)|otra vez|de nuevo"
        r"|proxim[oa]s? (?:visita|viaje|reunion|encuentro|ronda|cumbre|rodada)|di nuovo|nuovamente"
        r"|prossim[oa] (?:visita|viaggio|incontro|riunione|round|vertice)|novamente|de novo|outra vez|din nou"
        r"|urmatoarea? (?:vizita|runda|intalnire|reuniune)|opnieuw|volgende (?:bezoek|reis|ontmoeting|ronde|top)"
        r"|ponownie|znowu|nastepn\w* (?:wizyt|spotkani|rund|szczyt)\w*|vel|kita karta"
        r"|kit(?:as|a|ame) (?:vizit|susitikim|raund|kelion)\w*"
        # … or a return visit («Kiedy Kim złoży rewizytę w Moskwie?», "Kim's return visit to Moscow?")
        r"|rewizyt\w*|return visit|gegenbesuch\w*|visite de retour|visita de (?:retorno|volta)|visita di ritorno"
        r"|vizita de intoarcere|tegenbezoek\w*|atsakom\w* vizit\w*)\b",
        r"\b(?:again|next|following|future|wieder\w*|erneut|nachst\w*|zukunft\w*|nouveau|nouvelle|prochain\w*|futur\w*"
        r"|otra vez|de nuevo|proxim\w*|nuovo|nuovamente|prossim\w*|novamente|de novo|outra vez|din nou|urmato\w*"
        r"|viitor\w*|opnieuw|weer|volgend\w*|toekomst\w*|ponown\w*|znow\w*|nastepn\w*|przyszl\w*|vel|kit\w*"
        r"|ateit\w*"
        # … and a return visit in its own words
        r"|rewizyt\w*|return\w*|gegenbesuch\w*|retour|retorno|volta|ritorno|intoarcere|tegenbezoek\w*|atsakom\w*)\b",
    ),
}

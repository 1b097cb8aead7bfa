"""The measures a question may ask about (an age, a distance, a temperature), as the words that
ask and the words that say.

Each entry is a pair of regular expressions over folded text (accents off, lower case, as
``predicates._fold`` makes it) in the ten languages the answer is framed in, like the events of
``qa.answer.events``: the first finds a question asking about it, the second a sentence saying it.
"""
from __future__ import annotations

# Measures: asked in phrases, said as a figure with its unit (or a word for the measure). Text is
# folded (accents off, lower case) before it is searched; a match too many in what is said only
# lets an answer through, so those patterns are generous and the asking ones strict.
MEASURES = {
    "age": (
        r"\bhow old\b|\bwhat age\b|\bquel age\b|\bwie alt\b|\bwelchem alter\b|\bcuantos anos (?:tiene|tenia|tuvo)\b"
        r"|\bque edad\b|\bquanti anni (?:ha|aveva)\b|\bche eta\b|\bquantos anos (?:tem|tinha)\b|\bque idade\b"
        r"|\bcati ani (?:are|avea)\b|\bce varsta\b|\bhoe oud\b|\bwelke leeftijd\b|\bile lat (?:ma|mial|miala)\b"
        r"|\bjakim wieku\b|\bkiek metu\b|\bkokio amziaus\b"
        # … and asked as a chat asks it: "Lavrov's age?", «¿Edad de Kim Jong Un?», «Alter von Putin?»
        # (not "at the age of 12", «im Alter von 12 Jahren», "the age of the dinosaurs")
        r"|\bage\s*\?|^\W*age of\b|(?<!\bat )\bthe age of (?!the\b|\d)|(?<!\bim )\balter von (?!\d)"
        r"|\bedad de (?!\d)|(?<!\ba )\bl'age de (?!\d)|(?<!all')\beta di (?!\d)|\bidade d[eoa]s? (?!\d)"
        r"|\bvarsta lui\b|(?<!\bop )\bleeftijd van (?!\d)|\bamzius\b",
        r"\d\s*(?:-\s*)?(?:de\s+)?(?:years?[ -]old|jahre alt|jahrige|ans\b|anos\b|anni\b|ani\b|jaar\b|jarige|lat\b|let\b|metu\b)"
        r"|\b(?:aged?|alter|age|edad|eta|idade|varsta|varstei|leeftijd|wieku|wiek|amziaus|amzius)\b",
    ),
    "distance": (
        r"\b(?:km|kilomet\w*|chilometr\w*|quilomet\w*|kilometr\w*|miles?(?!\s+de\b)|meilen?|milles?|millas?|miglia|milhas?"
        r"|yards?|yardas|iard[ae]|iarde|iarzi|jardas|jardow|jardy|jardu|jardai|jardus"
        # (not Spanish «miles de», thousands of) … or a length by its word («Długość granicy…?»,
        # «Comprimento do rio…?»; not German «Länge»,
        # folded «lange», long, nor English "length", a ceasefire's or a meeting's too)
        r"|longueur|longitud|lunghezza|comprimento|lungime\w*|dlugosc\w*"
        r"|ilgis|ilgio|lengte"
        r"|distance|entfernung|distancia|distanza|distanta|afstand|odleglosc\w*|atstum\w*"
        # … or a weapon's range («Autonomia dei nuovi droni?», «Qual o alcance…?»): said by a
        # distance or the same words. Not a short- or long-range missile («de curto alcance»,
        # «krótkiego zasięgu»), a mountain, price or age range, a sanction's «alcance», Catalonia's
        # «autonomia», «portée»/«portata» (worn, carried, a river's flow), «nuotoliniu» (remote).
        r"|(?<!mountain )(?<!price )(?<!age )(?<!temperature )range of (?:the|its|their|these|those|this|that)"
        r"|(?:flight|firing|strike|maximum|operational|effective) range|reichweite"
        r"|(?<!corto )(?<!largo )(?<!curto )(?<!longo )(?<!medio )(?<!gran )(?<!grande )alcance(?! de las? )"
        r"|autonomia (?:dei|degli|delle|di volo|dos|das|de voo)|raza de actiune|gittata"
        r"|(?<!krotkiego )(?<!bliskiego )(?<!dalekiego )(?<!sredniego )zasieg\w*"
        r"|(?<!trumpojo )(?<!trumpo )(?<!tolimojo )(?<!tolimo )(?<!ilgo )(?<!vidutinio )nuotol(?:is|io|i|iu))\b",
        # Metres, but not a year and its Lithuanian «m.» (metais): «2021 m. lapkričio».
        r"\d\s*(?:km|mi)\b|(?<!\d)(?!(?:1[5-9]|20)\d\d\s*m\b)\d+\s*m\b"
        r"|\b(?:km|kilomet\w*|chilometr\w*|quilomet\w*|kilometr\w*|miles?|meilen?|milles?|millas?|miglia|milhas?"
        r"|mylio\w*|metr\w*|meter\w*|yard\w*|iard[ae]|iarde|iarzi|jardas|jardow|jardy|jardu|jardai|jardus"
        # … a range said in words («un'autonomia di 40 minuti», "can reach anywhere in …")
        r"|range|reichweite|portee|alcance|autonomi\w*|portata|gittata|raza|bereik|zasieg\w*|nuotol\w*|reach\w*"
        r"|erreich\w*|atteind\w*|alcanza\w*|raggiung\w*|raggiunt\w*|ating\w*|bereikt\w*)\b",
    ),
    # A temperature, asked by its word or by a boiling, melting or freezing point («Bij welke
    # temperatuur kookt…?», «Point de fusion…?»); said by degrees beside a figure. Not "the
    # temperature of the talks" in a best sentence: its word alone says none.
    "temperature": (
        # the word only where a figure is asked: «Bij welke temperatuur…?», «La ce temperatură…?», a
        # chat's «Temperatura di ebollizione?»; not "Why are temperatures rising?"
        r"\b(?:(?:what|which|welche\w*|welke|quelle?s?|que|qual|quale|cual|care|ce|jakiej|jaka|kokia|kokios|kokioje"
        r"|how high|how low|wie hoch|wie niedrig)\s+(?:\w+\s+)?(?:temperatur\w*|temperatuur\w*)"
        r"|(?:temperatur\w*|temperatuur\w*)(?:\s+\w+){0,3}\s*\?\s*$|boiling point|melting point|freezing point"
        r"|siedepunkt|schmelzpunkt|gefrierpunkt|point d.ebullition|point de fusion|point de congelation"
        r"|punto de (?:ebullicion|fusion|congelacion)|punto di (?:ebollizione|fusione|congelamento)"
        r"|ponto de (?:ebulicao|fusao|congelamento)|punct(?:ul)? de (?:fierbere|topire|inghet)"
        r"|kookpunt|smeltpunt|vriespunt|temperatur\w* (?:wrzenia|topnienia|zamarzania|d.ebullition|de fusion"
        r"|di (?:ebollizione|fusione)|de (?:ebullicion|fusion|ebulicao|fusao|fierbere|topire))"
        r"|(?:virimo|lydymosi|uzsalimo) temperatur\w*|how (?:hot|cold)|wie (?:heiss|kalt))\b",
        # (º, the ordinal sign Spanish and Italian write for degrees, folds to «o»: «−183 ºC»)
        r"\d\s*°|°\s*[cfk]\b|\d\s*o\s?[cf]\b|\d\s*(?:grad\w*|graad|degrees?|degres?|grados?|gradi|graus?|grade|graden|stopni\w*"
        r"|laipsn\w*|kelvin|celsius|fahrenheit)\b",
    ),
    # A temperature at which something boils, melts, freezes or turns liquid («A qué temperatura se
    # licúa el oxígeno?», «La ce temperatură fierbe…?»): told by a word for that change, not by a
    # steam turbine's «565 °C» beside no boiling or liquid (not a condenser: «condensador»).
    "phase": (
        # (a temperature word or a boiling/melting/freezing point compound; the change by stems
        # that are no common word: not «verdade», «wrzesień», «siedem», "topic", a merger's «fusion»,
        # assets frozen, liquidity)
        r"^(?=.*\b(?:temperat\w*|siedepunkt|schmelzpunkt|gefrierpunkt|kookpunt|smeltpunt|vriespunt|boiling point"
        r"|melting point|freezing point|point d.ebullition|point de fusion|point de congelation"
        r"|punto de (?:ebullicion|fusion|congelacion)|punto di (?:ebollizione|fusione|congelamento)"
        r"|ponto de (?:ebulicao|fusao|congelamento)|punct(?:ul)? de (?:fierbere|topire|inghet))\b)"
        r"(?=.*\b(?:boil\w*|ebullition|ebollizion\w*|ebullicion|ebulicao|siede\w*|kook\w*|kocht|fierb\w*|hierve\w*"
        r"|wrzenia|wrze|virimo|verda|liquide?s?|liquido|liquida|liquef\w*|licua\w*|licue\w*|lichid\w*|lichef\w*|flussig\w*"
        r"|verflussig\w*|vloeib\w*|ciekl\w*|skyst\w*|skysc\w*|melt\w*|fusion|fusao|fusione|schmelz\w*|smelt\w*|topire"
        r"|topnienia|lydymosi|freez\w*|gefrier\w*|congelacion|congelamento|vries\w*|bevriez\w*|inghet\w*"
        r"|zamarzania|uzsalimo|solidif\w*)\b)",
        r"\b(?:boil\w*|ebull\w*|ebol\w*|ebuli\w*|sied\w*|kook\w*|kocht|fierb\w*|hierv\w*|herv\w*|ferve\w*"
        r"|bolle\w*|bollir\w*|wrz\w*|vir[ie]\w*|verda|liquid\w*|liquef\w*|licu\w*|lichid\w*|lichef\w*|flussig\w*"
        r"|verflussig\w*|vloeib\w*|ciekl\w*|skyst\w*|skysc\w*|melt\w*|fusion|fusao|fusione|schmelz\w*|schmilzt|smelt\w*"
        r"|topi\w*|topn\w*|lyd\w*|freez\w*|froze\w*|gefrier\w*|congel\w*|vries\w*|bevro\w*|bevriest|inghet\w*"
        r"|ingheata|zamarz\w*|uzsal\w*|solidif\w*|erstarr\w*)\b",
    ),
    # A share asked as a percentage («Ce procent din muniție…?», "What percentage of voters…?"):
    # told by a percentage or a fraction, not by a count.
    "percent": (
        r"\b(?:percent\w*|per ?cent|prozent\w*|pourcentage|pour ?cent|porcentaje|por ?ciento|percentual\w*"
        r"|per ?cento|percentagem|porcentagem|por ?cento|procent\w*|procentaj\w*|percentage|percentages"
        # … or as a share: «Wie hoch ist der Anteil…?», «Welk aandeel…?», «Jaki odsetek…?», "What proportion…?"
        r"|anteil\w*|aandeel|odset\w*|proportion\w*|proporci[oó]n\w*|proporzion\w*|propor[cç][aã]o|proporti[ea])\b",
        r"%|٪|\b(?:percent\w*|per ?cent|prozent\w*|pour ?cent|pourcentage|porcentaje|por ?ciento|percentual\w*"
        r"|per ?cento|percentagem|porcentagem|por ?cento|procent\w*|proc|procentaj\w*|half|halb\w*|halfte|moitie"
        r"|mitad|meta|metade|jumatate|helft|polow\w*|puse|third|quarter|drittel|viertel|tiers|quart|tercio"
        r"|cuarto|terzo|quarto|treime|sfert|derde|kwart|trzeci\w*|cwierc\w*|trecdal\w*|ketvirt\w*)\b",
    ),
}

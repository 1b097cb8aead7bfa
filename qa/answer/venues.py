"""Places and travel a question may ask about, as the words that ask and the words that say: a
hotel, a hospital, a stadium or an airport asked for by its kind, how many a stadium or a theatre
holds, passengers counted, the plane or airline someone flew with.

Entries as in ``qa.answer.events`` (a pair of regular expressions over folded text, asking and
saying); ``qa.answer.predicates`` reads both tables.
"""
from __future__ import annotations

VENUES = {
    # A hotel, a hospital or an airport asked for by its kind: a sentence that names one says
    # so ("the coastal city" names no hotel, «medische voorzieningen» no hospital).
    # (Italian «albergo», not the verb «alberga», hosts)
    "hotel": (r"\b(?:hotel\w*|viesbut\w*|alberg(?:o|hi)|albergue\w*)\b",
              r"\b(?:hotel\w*|viesbut\w*|alberg(?:o|hi)|albergue\w*|resort\w*|hostel\w*)\b"),
    "hospital": (
        r"\b(?:hospital(?:s|es|is|i[sz]\w*|ar\w*)?|krankenh\w*|hopita\w*|ospedal\w*|spital\w*|ziekenh\w*|szpital\w*"
        r"|ligonin\w*)\b",
        r"\b(?:hospital\w*|krankenh\w*|hopita\w*|ospedal\w*|spital\w*|ziekenh\w*|szpital\w*|ligonin\w*|klini\w*"
        r"|clini\w*)\b",
    ),
    "stadium": (
        # (not French «à quel stade», Italian «stadio», Polish «stadium»: a stage, too)
        r"\b(?:stadium|stadiums|stadion\w*|(?:au|le|du|les|des|quels?) stades?(?! (?:de|en)\b)|estadio\w*|estadi[oa]s?"
        r"|stadionul\w*)\b",
        # (a stadium's name: Soldier Field, the Superdome, Parc des Princes; not "Bowl": the Super Bowl is a game)
        r"\b(?:stadi\w*|stade\w*|estadi\w*|arena\w*|ballpark\w*|velodrom\w*|sportplatz\w*"
        r"|sportpark\w*|park\w*|parc|parcs|parcul\w*|parque\w*|parco|field\w*|dome|superdome\w*|colise\w*"
        r"|colosse\w*|garden\w*|ground\w*|oval)\b",
    ),
    # Passengers, counted ("How many passengers does LAX handle a year?"): a sentence that counts
    # them says so, beside a figure (``predicates._FIGURES``): Newcastle's metro is no airport.
    "passengers": (
        r"\b(?:passengers?|passagier\w*|fluggast\w*|fluggaste\w*|fahrgast\w*|fahrgaste\w*|passagers?|pasajeros?|passeggeri|passageiros?"
        r"|pasager\w*|pasazer\w*|keleivi\w*|keleiv\w*)\b",
        r"\b(?:passenger\w*|passagier\w*|fluggast\w*|fluggaste\w*|fahrgast\w*|fahrgaste\w*|passager\w*|pasajer\w*|passegger\w*"
        r"|passageir\w*|pasager\w*|pasazer\w*|keleivi\w*|keleiv\w*|travel+er\w*|reisend\w*|voyageur\w*"
        r"|viajer\w*|viaggiator\w*|viajant\w*|calator\w*|reiziger\w*|podrozn\w*)\b",
    ),
    # The plane or the airline someone flew with («Kokiu lėktuvu Lavrovas atskrido?», «Cu ce
    # companie aeriană a zburat…?»): a sentence telling it names a plane or an airline; one about
    # the visit ("arrived in Pyongyang on Friday") does not. Asked as which plane, not how many.
    "aircraft": (
        r"\b(?:which|what|welche\w*|welk\w*|quel\w*|que|qual|quale|ce|care|jakim|jaki\w*|kokiu|kok[iį]\w*|kuo)"
        r"(?: (?:kind|type|sort|model) of)? (?:plane|aircraft|airplane|jet|airline|flugzeug\w*"
        r"|fluggesellschaft|fluglinie|avion|compagnie aerienne|aerolinea|aereo|compagnia aerea|aviao"
        r"|companhia aerea|companie aeriana|vliegtuig|luchtvaartmaatschappij|samolot\w*|lini\w* lotnicz\w*"
        r"|lektuv\w*|avialinij\w*)\b"
        # (not the plant that makes them: "Which aircraft plant did Kim tour?" asks a factory)
        r"(?! (?:plant|factory|works|fabri\w*|werk\w*|usine|stabiliment\w*|gamykl\w*|zak[lł]ad\w*|fabriek\w*))",
        r"\b(?:planes?|aircraft|airplanes?|airliners?|jets?|airlines?|flights?|flew|flown|flug\w*|flog|geflogen"
        r"|avion\w*|vol|vols|aerolinea\w*|vuelo\w*|volo|voli|voo|voos|zbor\w*|vlucht\w*|lot|lotem|skryd\w*"
        r"|aere[oai]\w*|aerienne\w*|aerian\w*|aeronav\w*|aviao|avioes|vliegtu\w*|toestel\w*|maschine"
        r"|luchtvaart\w*|samolot\w*|lotnicz\w*|lektuv\w*|avialinij\w*|fighter\w*|bomber\w*|air \w+"
        r"|aeroflot|ilyushin|iljuschin|tupolev|airbus|boeing|sukhoi|superjet|il-\d+|tu-\d+|su-\d+|mig-\d+|an-\d+)\b",
    ),
    # How many a stadium, a hall or a theatre holds («Capienza dello stadio?», «Quanti spettatori
    # può ospitare lo stadio…?», «Wie viele Zuschauer fasste das Theater?»): a sentence telling it
    # says capacity, seats or spectators beside a figure (``predicates._FIGURES``); one about where
    # the stadium is does not. Asked by a venue's word and a word for capacity, or for spectators,
    # seats or people counted (not an election's seats, «miejsc pracy», jobs: no venue).
    "capacity": (
        r"^(?=.*\b(?:stadi\w*|stade\w*|estadi\w*|arena\w*|theat\w*|teatr\w*|teatro\w*|halls?|halle\w*|hal[aeiy]|zaal|sala"
        r"|salle|sale|sporthal\w*|venue\w*|amfite\w*|amphith\w*|\w+(?:stadion|theater|halle)\w*))"
        r"(?=.*\b(?:capacity|capacities|\w*kapazitat\w*|fassungsvermog\w*|capacite\w*|capacidad\w*|aforo|capienza"
        r"|capacita|capacidade\w*|lotacao|capacitate\w*|capaciteit|pojemnos\w*|talp\w*|(?:how many|wie viele"
        r"|combien(?: de)?|cuant[oa]s|quant[ie]|quant[oa]s|cat[ie]|hoeveel|ilu|ile|kiek)(?: \w+){0,3}? (?:spectators?"
        r"|seats?|people|fans|zuschauer\w*|sitzplatz\w*|platze|menschen|spectateurs?|places|personnes|espectadores"
        r"|asientos|personas|spettatori|posti|persone|pessoas|lugares|spectatori|locuri|oameni|toeschouwers"
        r"|zitplaatsen|plaatsen|mensen|widzow|miejsc|osob|ziurov\w*|viet(?:u|os?|a)|zmoniu))\b)",
        r"\b(?:capacit\w*|\w*kapazit\w*|fassungsverm\w*|fasst\w*|platz|platze|aforo|capienz\w*|lotac\w*"
        r"|capaciteit\w*|plaats\w*|pojemn\w*|pomiesc\w*|talp\w*|seat\w*|sitzpl\w*|asiento\w*|posti|locuri"
        r"|zitpla\w*|miejsc\w*|viet(?:u|os?|a)|spectat\w*|zuschauer\w*|espectador\w*|spettator\w*|toeschouwer\w*"
        r"|widz\w*|ziurov\w*|audience\w*|attendance|fans|viewers|accommodat\w*|holds)\b",
    ),
    "airport": (
        r"\b(?:airports?|flughaf\w*|aeroport\w*|aeropuert\w*|luchthaven\w*|lotnisk\w*|oro uost\w*)\b",
        r"\b(?:airports?|airfields?|air ?bases?|flughaf\w*|flugplatz\w*|aeroport\w*|aeropuert\w*|aerodrom\w*"
        r"|luchthaven\w*|vliegveld\w*|lotnisk\w*|oro uost\w*)\b",
    ),
}

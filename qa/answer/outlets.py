"""Which outlet someone spoke to or a report came from: a TV station, a newspaper, a news agency.

"Which TV station did Trump tell that Russia wants to end the war?", «Kokiai žiniasklaidos
priemonei Trumpas davė interviu?»: 003's «In een interview verklaarde … Trump …» is about the
interview but names no outlet, and e5 puts it near .87 all the same. A sentence that answers
names one: by its name (CNN, Tass, Yonhap) or by a word for one («agência de mídia estatal
russa Tass», «Agenția de știri de stat din Coreea de Nord»). Text is folded (accents off, lower
case) before the asking words are searched; names are read as written.
"""
from __future__ import annotations

import re

from .facts import fold

_WHICH = (r"(?:which|what|welche\w*|quel\w*|que|qué|qual|quale|cual|cuales?|che|jak\w*|ktor\w*|welk\w*|ce|care"
          r"|carui|carei|kok\w*|kuri\w*)")
_OUTLET = (r"(?:tv|television|tv station|television station|broadcaster|news outlet|media outlet|outlet|newspaper"
           r"|fernsehsender|sender|tv-sender|nachrichtensender|zeitung|chaine|chaine de television|television|journal"
           r"|cadena|televis\w*|medio de comunicacion|periodico|emittente|televisione|testata giornalistica|giornale"
           r"|emissora|televisao|jornal|veiculo de comunicacao|stacj\w*|telewizj\w*|gazet\w*|zender|omroep|tv-zender"
           r"|krant|nieuwsmedium"
           r"|post de televiziune|televiziun\w*|ziar\w*|publicati\w*|televizij\w*|ziniasklaidos priemon\w*"
           r"|laikrast\w*)")
_ASKS = re.compile(rf"\b{_WHICH}\s+{_OUTLET}\b")
_NAMED = re.compile(r"\b(?:CNN|Fox(?: News)?|NBC|CBS|ABC|BBC|MSNBC|Reuters|AP|AFP|TASS|Tass|RIA|KCNA|Yonhap|Bloomberg"
                    r"|Politico|Axios|NK News|Daily NK|Interfax|Al Jazeera|Sky News|Euronews|Kyodo|Xinhua|Newsmax"
                    r"|New York Times|Washington Post|Wall Street Journal|Guardian|Financial Times|Economist|Newsweek"
                    r"|Le Monde|Le Figaro|Figaro|Spiegel|Bild|ARD|ZDF|Deutsche Welle|DW|France 24|RAI|TF1|NHK|RT|Sputnik"
                    r"|Rossiya(?:-1)?|Channel One|Pervy Kanal|Izvestia|Kommersant|Meduza|Ukrinform|UNIAN|Suspilne"
                    r"|Kyiv Independent|Kyiv Post|Ukrainska Pravda|Pravda|Voice of America|VOA|Radio Free Europe|RFE/RL"
                    r"|El País|Corriere della Sera|Repubblica|Público|TVN24|Polsat|Delfi|LRT|Digi24|NOS|Volkskrant)\b")
_WORD = re.compile(r"\b(?:televi\w*|tv|zender|omroep|sender|chaine|cadena|emittente|emissora|stacj\w*|telewizj\w*"
                   r"|channel|kanal\w*|canal\w*|kanaal|network|radio\w*|magazin\w*|revista|rivista|tijdschrift"
                   r"|czasopism\w*|zurnal\w*"
                   r"|news agency|nachrichtenagentur|agence de presse|agencia de noticias|agenzia di stampa"
                   r"|agencia de noticias|agencia de midia|agencia|agentia de stiri|agentschap|persbureau|nieuwsagentschap"
                   r"|agencja\w*|naujienu agentur\w*|agentur\w*|newspaper|zeitung|journal|jornal|giornale|periodico"
                   r"|krant|gazet\w*|ziar\w*|laikrast\w*|state media|staatsmedien|medios estatales|media statali"
                   r"|midia estatal|staatsmedia|media de stat|valstybin\w* ziniasklaid\w*)\b")


def asks_outlet(question: str) -> bool:
    """Does the question ask which TV station, newspaper or other outlet («Cărui post de
    televiziune…?», «Kokiai televizijai…?»)?"""
    return bool(_ASKS.search(fold(question)))


def names_outlet(text: str) -> bool:
    """Does the sentence name an outlet, by its name or a word for one?"""
    return bool(_NAMED.search(text) or _WORD.search(fold(text)))

"""German capitalises every noun: which capitalised words of a German text are no names.

``qa.answer.names`` reads a capitalised word as a name; in German a noun is capitalised too
("die Truppen", "11.000 Soldaten", «ums Leben»), and is told from a name by what stands before it.
"""
from __future__ import annotations

import re

DETERMINERS = set("der die das den dem des ein eine einen einem einer eines kein keine keinen "
                "keinem keiner im am zum zur vom beim ins ihre ihren seine seinen unsere "
                # a preposition run into "das": «ums Leben», «aufs Land», «fürs Erste»
                "ums aufs fürs furs durchs übers ubers unters vors hinters ans "
                # capitalised where they open a sentence or a question: "Dieser Treff",
                # "Welche Technologie"
                "dieser diese dieses diesen diesem jener jene jenes jenen jenem welcher welche "
                "welches welchen welchem jeder jede jedes jeden jedem solche solcher solches "
                "alle viele einige mehrere manche".split())


def noun(previous: str, earlier: str, between: str) -> bool:
    """Does a German capitalised word follow what a common noun follows: an article, a figure,
    an article and an adjective ("des russischen Außenministeriums"), or a hyphen ending a
    compound ("UN-Bericht", "Nordkorea-Reise")? Not a verb that ends like an adjective ("Wie
    reagierte Peking", "Drohnen griffen Kyjiw an": after a question word or a noun).
    «lieferten russische Waffen», «mit russischen Diplomaten»: nouns."""
    p = previous.lower()
    return (p in DETERMINERS or any(c.isdigit() for c in between) or between.strip() == "-"
            or bool(_ADJECTIVE.fullmatch(p)) and p not in _NOT_ADJECTIVES
            or (previous.islower() and p.endswith(("e", "en", "er", "es", "em")) and p not in _VERBS
                and (earlier.lower() in DETERMINERS
                     or not (earlier[:1].isupper() or earlier.lower() in ASKING))))


# An adjective by its ending, whatever stands before it: «Rekordzahl russischer Drohnen» (no verb
# ends so: «griffen», «reagierte» do not).
_ADJECTIVE = re.compile(r"\w{2,}(?:isch|lich)(?:e|en|er|es|em)")
_NOT_ADJECTIVES = frozenset("zwischen inzwischen verglichen beglichen ausgeglichen erwischen".split())
# Verbs that end like an adjective and stand before the question's subject: «Wie lange sollte
# Washingtons Waffenruhe dauern?», «Wann wollte Lawrow…?» (a name follows them as often as a noun).
_VERBS = frozenset("sollte sollten wollte wollten konnte konnten musste mussten durfte durften mochte "
                   "mochten hatte hatten wurde wurden würde würden wäre wären hätte hätten könnte "
                   "könnten müsste müssten dürfte dürften möchte möchten habe werde"
                   .split())

ASKING = set("wie wann wo was wer wen wem wessen warum weshalb wieso woher wohin".split())

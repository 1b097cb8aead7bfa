"""A count of species of what: "How many bird species live in the Amazon?" is not answered by a
sentence counting tree species («16,000 نوع» of trees). Read by ``qa.answer.abstain`` for a
how-many question that counts species (``counted.asked``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import facts
from .counted import asked


# What a count of species is of ("How many bird species live in the Amazon?"): a sentence
# counting tree species («16,000 نوع» of trees) tells no count of birds. Per class: word starts in
# Latin, Cyrillic and Greek letters (folded), and words of other scripts matched anywhere.
_LIVING_WORDS = {
    "birds": (r"bird|vogel|oiseau|aves$|pajaro|uccell|passar|pasar|ptak|ptasi|pauksc|птиц|πουλ|kus$|kusu|kuslar",
              "طيور طائر पक्षी นก chim 鸟 鳥"),
    "animals": (r"animal|tier$|tiere|tierart|animais|dier|zwierz|gyvun|животн|ζώ|hayvan", "حيوان जानवर जीव สัตว์ động_vật 动物"),
    "fish": (r"fish|fisch|poisson|pez$|peces|pesc|peixe|pesti|pesti$|vis$|vissen|ryb|zuv|рыб|ψάρ|balik",
             "سمك أسماك मछली ปลา cá 鱼"),
    "insects": (r"insect|insekt|insecte|insetto|inseto|owad|vabzd|насеком|έντομ|böcek", "حشر कीट แมลง côn_trùng 昆虫"),
    "trees": (r"tree|baum|baume|arbre|arbol|alber|arvore|copac|arbor|boom|bomen|drzew|medz|дерев|δέντρ|ağaç",
              "شجر पेड़ वृक्ष ต้นไม้ cây 树"),
}


_LIVING = {c: (re.compile(starts), [a.replace("_", " ") for a in anywhere.split()])
           for c, (starts, anywhere) in _LIVING_WORDS.items()}


def _living(text: str, scripts: bool = True) -> set[str]:
    """The classes ``text`` names; by the other scripts' words too where ``scripts`` (in a
    sentence: a question is in one of the ten languages, where «chim» is a chimpanzee's start)."""
    words = re.findall(r"\w+", facts.fold(text).lower())
    return {c for c, (starts, anywhere) in _LIVING.items()
            if any(starts.match(w) for w in words) or scripts and any(a in text.lower() for a in anywhere)}


def species_unsaid(question: str, texts: Iterable[str]) -> bool:
    """Does the question count species of a class (birds, animals, fish, insects, trees) that
    none of ``texts`` names?"""
    if "species" not in asked(question):
        return False
    wanted = _living(question, scripts=False)
    return bool(wanted) and not any(wanted & _living(t) for t in texts)

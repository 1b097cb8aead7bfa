"""How long a meeting lasted: a duration the sources tell of a meeting, not of the trip around it.

"Combien de temps a duré l'entretien entre Lavrov et Kim ?" finds «Lavrov … para uma visita de
três dias …, ele realizou reuniões com Hui»: a duration, but of the visit. The line said
«três (3)» and the quotes followed, though no article says how long they talked. A duration
that answers is told of the meeting itself, next to a word for it: «un lung interviu de patru
ore», "a four-hour meeting", «ein zweistündiges Gespräch». So a how-long question about a
meeting is answerable only where a best sentence holds a duration within a few words of a
word for a meeting, in the ten languages the answer is framed in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .facts import fold, number_word

# "How long", asked in the ten languages (folded): of a time, not of a length ("how long is the
# wall" asks no duration).
_HOW_LONG = re.compile(
    r"\b(?:how long (?:did|does|do|was|were|will|would)|for how long|wie lange|combien de temps|cuanto (?:tiempo|duro)"
    r"|quanto (?:tempo|e durat\w*|ha durato|duro|durou)|cat (?:timp|a durat)|hoe lang|ile (?:czasu|trwal\w*)"
    r"|jak dlugo|kiek (?:laiko|truko)|kokia trukme)\b")
# Words for a meeting or a talk, as folded stems; the verb too ("met for four hours").
_MEETING = re.compile(
    r"\b(?:meeting|met|talks?|conversation\w*|interview\w*|discussion\w*|negotiation\w*|tete-a-tete|treffen"
    r"|gesprach\w*|unterredung\w*|begegnung\w*|entretien\w*|rencontr\w*|reunion\w*|encuentro\w*|conversacion\w*"
    r"|reuniao|reunioes|encontro\w*|conversa\w*|entrevista\w*|riunion\w*|incontr\w*|colloqui\w*|intalni\w*"
    r"|intrevedere\w*|convorbir\w*|interviu\w*|discuti\w*|ontmoet\w*|gesprek\w*|onderhoud\w*|spotkani\w*"
    r"|rozmow\w*|susitik\w*|pokalb\w*)\b")
_UNIT = re.compile(
    r"(?:hours?|hrs?|stunde\w*|stundig\w*|heures?|horas?|ore|ora|uur|uren|urige?|godzin\w*|valand\w*|minut\w*"
    r"|days?|tage?n?|tagig\w*|jours?|dias?|giorni|zile|dagen|daagse?|dni|dien\w*|weeks?|woche\w*|semaines?"
    r"|semanas?|settimane|saptamani|weken|tygodni\w*|savait\w*)")
_COMPOUND = re.compile(r"(?:ein|zwei|drei|vier|funf|sechs|acht|zehn)(?:stund|tag|woch)\w*")  # «zweistündiges»
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def asks_meeting_length(question: str) -> bool:
    """Does the question ask how long a meeting or a talk lasted?"""
    folded = fold(question)
    return bool(_HOW_LONG.search(folded) and _MEETING.search(folded))


def _durations(tokens: list[str]) -> list[int]:
    """Positions of the time units that follow a figure or a number word («patru ore», "3
    days", «zweistündiges»: a unit run into its figure word counts too)."""
    out = []
    for i, tok in enumerate(tokens):
        if _COMPOUND.fullmatch(tok) or _UNIT.fullmatch(tok) and any(
                t.isdigit() or number_word(t) for t in tokens[max(0, i - 2): i]):
            out.append(i)
    return out


def told(texts: Iterable[str], window: int = 3) -> bool:
    """Does one of ``texts`` hold a duration within ``window`` words of a word for a meeting?"""
    for text in texts:
        tokens = _TOKEN.findall(fold(text))
        meetings = [i for i, t in enumerate(tokens) if _MEETING.fullmatch(t)]
        if any(abs(d - m) <= window for d in _durations(tokens) for m in meetings):
            return True
    return False

"""Is a sentence negated, or hedged? Cue words in the languages of our articles, questions and
answers.

A model that writes "No troops were sent in January" cites a passage that says troops were
sent: the words match, the meaning is the opposite, and the multilingual embedder barely tells
them apart (a negated sentence sits close to its affirmative). So the citation checker compares
polarity explicitly: a claim and the sentence that supports it must both be negated or both not.

The same holds for certainty: "Lavrov met Kim" is not supported by "Lavrov may also meet Kim"
(lt "Galbūt … gali susitikti", ro "S-ar putea … să se întâlnească"); a claim may be as hedged as
its sentence or more, never less.

Cue words only, no parsing: a negation or hedge inside a subordinate clause counts too, which
makes the checker stricter than needed (a claim is removed, never wrongly kept).
"""
from __future__ import annotations

import re

from .facts import fold

# Folded (lower case, accents off) whole words, per language; "n't" and the French "n'" below.
_CUES = {
    "en": "not no never none nobody nothing neither nor cannot",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals weder nichts niemand",
    "fr": "ne pas jamais aucun aucune ni rien",
    "es": "no nunca jamas ningun ninguna ninguno ni tampoco nada nadie",
    "it": "non mai nessun nessuno nessuna ne niente nulla",
    "pt": "nao nunca jamais nenhum nenhuma nem nada ninguem",
    "ro": "nu niciodata niciun nicio niciunul niciuna nici nimic nimeni",
    "nl": "niet geen nooit noch niets niemand",
    "lt": "ne nera nebuvo nebus niekada joks jokia jokio jokios jokiu niekas nieko",
    "pl": "nie nigdy zaden zadna zadne zadnych ani nic nikt",
    "ru": "не нет никогда ни никакой никакие ничего никто",
    "uk": "не ні немає ніколи жоден жодного нічого ніхто",
    "el": "δεν μην ποτε κανενας κανενα τιποτα ουτε",
    "tr": "degil yok hic asla",
    "sv": "inte ej aldrig ingen inga inget",
    "vi": "khong chua chang",
    "ar": "لا لم لن ليس ليست ما",
    "hi": "नहीं न कभी",
}
# Possibility, not fact: words that only hedge, never "can" or "possible" ("Russia can produce",
# "as soon as possible", "made possible" state facts). Folded, "|"-separated; text is matched
# word by word, so hyphens read as spaces ("peut-être", "s-ar putea"). German "könnte"/"dürfte" are matched before folding:
# folded, they are the plain past "konnte"/"durfte".
_HEDGES = {
    "en": "might|perhaps|maybe|possibly|probably|likely",
    "de": "vielleicht|moglicherweise|wahrscheinlich|eventuell|könnte|könnten|dürfte|dürften",
    "fr": "peut etre|pourrait|pourraient|probablement|eventuellement|possiblement",
    "es": "quizas|quiza|posiblemente|probablemente|podria|podrian",
    "it": "forse|probabilmente|potrebbe|potrebbero|possibilmente",
    "pt": "talvez|possivelmente|provavelmente|poderia|poderiam",
    "ro": "poate ca|s ar putea|probabil",
    "nl": "misschien|mogelijkerwijs|waarschijnlijk|wellicht",
    "lt": "galbut|tikriausiai|greiciausiai|turbut|gali buti",
    "pl": "byc moze|prawdopodobnie",
    "ru": "может быть|возможно|вероятно|наверное",
    "sv": "kanske|troligen|mojligen",
}
_HEDGE_RE = {lang: re.compile(rf"(?<!\w)(?:{cues})(?!\w)") for lang, cues in _HEDGES.items()}
_ANY_HEDGE = re.compile(rf"(?<!\w)(?:{'|'.join(_HEDGES.values())})(?!\w)")
_BY_LANGUAGE = {lang: frozenset(cues.split()) for lang, cues in _CUES.items()}
# For a text of unknown language: the cues that are not ordinary words in another language
# ("no" is Portuguese for "in the", "ne" Italian for "of it", "ma" Arabic for "what").
_SHARED = frozenset().union(*_BY_LANGUAGE.values()) - {"no", "ne", "ni", "nu", "nem", "ani", "ma", "ما", "na"}
# Scripts without spaces or with clitic negation: matched as substrings.
_SUBSTRINGS = re.compile(r"n['’]t\b|\bn['’]|不|没|沒|未|無|无|ない|ません|않|못|ไม่")
# Lithuanian and other Baltic/Slavic verbs take "ne-" as a prefix ("nebuvo", "nesiuntė"): the
# common auxiliaries are listed above; a productive prefix rule would catch "Nemunas" too.
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def negated(text: str, language: str | None = None) -> bool:
    """Does ``text``, written in ``language`` (ISO 639-1; None when unknown), hold a negation cue?"""
    if _SUBSTRINGS.search(text.lower()):
        return True
    cues = _BY_LANGUAGE.get(language or "", _SHARED)
    return any(w in cues for w in _WORD.findall(fold(text)))


def hedged(text: str, language: str | None = None) -> bool:
    """Does ``text`` say only that something may be so ("perhaps", "may", "s-ar putea")?"""
    if (language in (None, "en")) and re.search(r"\bmay\b", text):
        return True  # lower case only: "in May 2024" is a month
    pattern = _HEDGE_RE.get(language or "", _ANY_HEDGE)
    plain = " ".join(_WORD.findall(text.lower()))
    return bool(pattern.search(plain) or pattern.search(fold(plain)))


# A question about what is expected or planned ("Who is Lavrov expected to meet?", «Wen soll er
# treffen?»): a sentence saying it will probably happen answers it as well as any. Folded cues of
# the question's own language only, and none that also says something else there ("werden" is
# the passive, «doit» owes, «gaat» goes, «va» goes in Spanish and Italian).
_PROSPECTS = {lang: re.compile(rf"(?<!\w)(?:{cues})(?!\w)") for lang, cues in {
    # … and ready to: "ready to send", «staat klaar om», «preparado para», «pregătit să»
    "en": "expected|expect|will|planned|going to|supposed to|ready to|prepared to",
    "de": "soll|sollen|erwartet|geplant|bereit",
    "fr": "va|vont|devrait|devraient|prevu|prevue|attendu|prets? a|pretes? a",
    "es": "va a|van a|se espera|deberia|previsto|prevista|listos? para|listas? para|dispuestos? a",
    "it": "sara|dovrebbe|dovrebbero|previsto|prevista|atteso|pront[oiae] a",
    "pt": "vai|vao|devera|deverao|espera se|esperado|previsto|prevista|prontos? para|preparados? para",
    "ro": "va|vor|urmeaza|se asteapta|ar urma|pregatit[ia]? sa|gata sa",
    "nl": "zal|zullen|verwacht|gepland|klaar om|bereid om",
    "pl": "bedzie|beda|ma sie|oczekuje sie|planowan|gotow[aeiy]?",
    "lt": "bus|turetu|tikimasi|planuoja|ketina|pasireng\\w*|pasiruos\\w*",
}.items()}


def prospective(text: str, language: str | None) -> bool:
    """Does the question, written in ``language``, ask what is expected or planned?"""
    pattern = _PROSPECTS.get(language or "")
    return bool(pattern and pattern.search(fold(" ".join(_WORD.findall(text.lower())))))

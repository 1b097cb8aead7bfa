"""What kind of line a sentence is, decided once at indexing time and stored with it.

News pages carry lines that are not statements: headlines and section headings, photo captions,
keyword lines left by image alt texts («KIm jong un Su-57 Moscova septembrie 2023»), bylines
and datelines, labels («RETELE SOCIALE», «Kommentare (0)»). They share names and figures with
questions, so they rank high, but quoted alone they answer nothing, or answer without saying
who did what. Some files also hold text addressed to an AI assistant ("ignore all previous
instructions…"): that is never evidence and never goes into a prompt. And pages end with the
publisher's notices: copyright and "reproduction prohibited", paywalls («Mai sunt 75% din acest
articol de citit, Abonează-te…»), syndication disclaimers. They say nothing about the news, and
their generic words sit near any question the articles don't answer: a paella recipe was
answered with a copyright line.

The test is on the sentence and its line: a whole line that does not end like a sentence
(. ! ? … 。 ؟ ।) is a heading-like line.
"""
from __future__ import annotations

import re

BODY = "body"
HEADING = "heading"  # headlines, section headings, captions and keyword lines without a full stop
CAPTION = "caption"  # photo credits and captions that say so
BYLINE = "byline"  # "By …", datelines
LABEL = "label"  # a few words: navigation, buttons, counters
INSTRUCTION = "instruction"  # text addressed to an AI assistant
NOTICE = "notice"  # the publisher's: copyright, paywall, subscription, syndication disclaimer
QUOTABLE = frozenset({BODY})

_END = re.compile(r"[.!?…。！？।؟][\"'”»’)\]]*$")
# Scripts written without sentence punctuation (a Thai paragraph is one long "sentence").
_UNPUNCTUATED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_CAPTION = re.compile(
    r"\b(photo|foto|fotografi[ae]|nuotr|nuotrauka|bild|image|imagine|afbeelding|getty|reuters/|"
    r"afp/|ap photo|epa/|shutterstock|sursa foto|credit)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(by|von|door|par|por|di|autor|author|written by)\s+[A-ZÀ-Ý]")
_DATE = re.compile(r"\b(1[89]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b")
# Text that talks to the model rather than to a reader, in the languages of the corpora and
# the large ones: role words, "ignore the previous instructions", "you are an AI".
_INSTRUCTION = re.compile(
    r"(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier)\s+"
    r"(instructions|prompts?|passages|messages|context)"
    r"|\b(system\s+(notice|prompt|message|instruction)s?)\b"
    # addressed to the assistant, not a news sentence about one ("changes to the chatbot")
    r"|\b(note|notice|message|instructions?)\s+(to|for)\s+the\s+(ai\b|(ai\s+)?(assistant|model|language\s+model|chatbot)\b)"
    r"|^(to|for)\s+the\s+(ai\b|(ai\s+)?(assistant|model|language\s+model|chatbot)\b)[^.:]{0,40}:"
    r"|\byou\s+are\s+(an?\s+)?(ai|assistant|language\s+model|chatbot)\b"
    r"|\bas\s+an\s+ai\b"
    r"|\banswer\s+(every|all|each)\s+questions?\s+with\b"
    r"|(^|\band\s+)(reply|respond|answer)\s+(only\s+with|with\s+exactly)\b"  # imperative
    r"|\bthe\s+(passages|documents|context|articles)\s+are\s+(instructions|commands)\b"
    r"|(ignorier(e|en)(\s+sie)?|vergiss|vergessen\s+sie)\s+(alle\s+)?(die\s+)?(vorherigen|bisherigen|obigen|früheren)\s+"
    r"(anweisungen|instruktionen|befehle)"
    r"|\ban\s+den\s+(ki-)?assistenten\b"
    r"|ignor(ez|e[zr]?)\s+(toutes\s+)?les\s+instructions\s+(précédentes|antérieures)"
    r"|ignor[ae]\s+(todas\s+)?(las|as)\s+instru[cç](ciones|ões)\s+anteriores"
    r"|ignora\s+(tutte\s+)?le\s+istruzioni\s+precedenti"
    r"|ignor[aă]\s+(toate\s+)?instrucțiunile\s+(anterioare|precedente)"
    r"|negeer\s+(alle\s+)?(vorige|eerdere)\s+instructies"
    r"|ignoruok\w*\s+(visas\s+)?ankstesn\w+\s+instrukcij\w+"
    r"|zignoruj\s+(wszystkie\s+)?(poprzednie|wcześniejsze)\s+instrukcje"
    r"|игнорируй\w*\s+(все\s+)?(предыдущие|прежние)\s+инструкции"
    r"|忽略(之前|以上|所有)(的)?(所有)?(指令|说明)",
    re.IGNORECASE)

# The publisher's notices, in the corpora's languages and the large ones. Each cue is a phrase
# that news prose about the same things would not use as is: "accepts no responsibility" counts
# only with what it disclaims (the text, its accuracy); "subscribe" only as an imperative.
_NOTICE = re.compile(
    r"©|\bcopyright\s*(©|\(c\)|\d{4}|:)|\ball rights reserved\b|\balle rechte vorbehalten\b"
    r"|\btous droits réservés\b|\btodos os direitos reservados\b|\btodos los derechos reservados\b"
    r"|\btutti i diritti riservati\b|\balle rechten voorbehouden\b|\btoate drepturile rezervate\b"
    r"|\bvisos teisės saugomos\b|\bwszelkie prawa zastrzeżone\b|\bвсе права защищены\b"
    r"|\b(drepturi de autor|urheberrecht|droits d'auteur|direitos autorais|derechos de autor|auteursrecht|autorių teisės)\s*:"
    # "reproduction, even partial, … is prohibited"
    r"|\b(reproduc\w*|reprodu[cç]\w*|riproduzione|vervielfältigung|overname|reprodukc\w*|kopijuoti)\b.{0,60}?"
    r"\b(parțial\w*|partial\w*|in part|partiel\w*|parcial\w*|teilweise|gedeeltelijk\w*|parzial\w*|dalin\w*"
    r"|acestui articol|this (article|content)|de cet article|dieses artikels|van dit artikel|deste artigo"
    r"|de este artículo|di questo articolo|šio straipsnio)\b.{0,120}?"
    r"\b(interzis\w*|prohibited|forbidden|not permitted|interdit\w*|verboten|untersagt|vietat\w*|prohibid\w*"
    r"|proibid\w*|verboden|niet toegestaan|draudžiam\w*|zabronion\w*|запрещ\w*)"
    # paywalls: "75 % of this article left to read", "subscribe to read"
    r"|\d+\s*%\s*(of this article|din acest articol|de cet article|dieses artikels|van dit artikel|deste artigo"
    r"|de este artículo|di questo articolo|šio straipsnio)"
    r"|\b(abonează-te|abonati-va|abonnez-vous|abonnieren sie|jetzt abonnieren|abonneer (je|nu)|assine (já|agora)"
    r"|suscríbete|abbonati|užsiprenumeruokite|prenumeruokite|subscribe (now|today|to (read|continue|access|our))"
    r"|sign up (for|to) our newsletter)\b"
    # "Premium subscriptions also offer access to the archives"
    r"|\b(subscriptions?|abonament\w*|abonnements?|assinaturas?|suscripciones|abbonament\w*|prenumerat\w*)\b"
    r".{0,40}?\b(offer\w*|ofer\w*|offrent|bieten|bieden|oferecem|ofrecen|offrono|suteikia)\b.{0,60}?"
    r"\b(access|acces|accès|zugang|toegang|acesso|acceso|accesso|prieig\w*)\b"
    # "… reserves the right to store, delete or remove (without notice)": comments and content
    r"|\b(reserves?|rezervă|reserva|behält sich|behoudt zich|réserve|riserva|pasilieka)\s+(\w+\s+){0,2}"
    r"(right|dreptul|direito|derecho|recht|droit|diritto|teisę)\s+(\w+\s+){0,3}"
    r"(store|delete|remove|edit|armazenar|excluir|remover|șterge|sterge|stoca|speichern|löschen|verwijderen"
    r"|opslaan|supprimer|modifier|eliminar|borrar|rimuovere|cancellare|ištrinti)\b"
    # "… accepts no responsibility for the reliability … of the text"
    r"|\b(accepts?|assumes?|takes?|aceita|assume|acepta|asume|accepte|übernimmt|aanvaardt|acceptă|își asumă|prisiima)\s+"
    r"(no|any|nenhuma|ninguna|aucune|keine|geen|nicio|jokios)\s+(\w+\s+){0,2}"
    r"(responsibility|liability|responsabilidade|responsabilidad|responsabilité|haftung|verantwortung|aansprakelijkheid"
    r"|responsabilitate|atsakomybės)\b.{0,160}\b(text|content|texto|conteúdo|contenido|contenu|inhalt|inhoud|textul"
    r"|conținut\w*|tekst\w*|dados|data|reliability|accuracy|confiabilidade)\b"
    # syndication: "this story was obtained from the agencies / a syndicated feed"
    r"|\bsyndicated feed\b|\b(story|article|história|artigo|matéria|artikel|articol|geschichte)\s+(has been|was|foi|wurde|a fost|werd)\s+"
    r"(\w+\s+)?(sourced|obtained|taken|obtid[ao]|retirad[ao]|übernommen|preluat|overgenomen)\s+(from|de|das|dos|von|din|van)\b",
    re.IGNORECASE)


def classify(text: str, whole_line: bool = True) -> str:
    """The kind of ``text``, one sentence as the splitter cut it; ``whole_line`` when it is
    all of its line (a heading-like line mid-paragraph is a sentence the splitter cut short)."""
    t = " ".join(text.split())
    if _INSTRUCTION.search(t):
        return INSTRUCTION
    if _NOTICE.search(t):
        return NOTICE
    words = t.split()
    if len(words) <= 8 and _CAPTION.search(t):
        return CAPTION
    if not whole_line or _END.search(t) or _UNPUNCTUATED.search(t) or len(words) > 25 or len(t) > 200:
        return BODY
    if len(words) <= 3:
        return LABEL
    if _BYLINE.search(t) or (len(words) <= 6 and _DATE.search(t)):
        return BYLINE
    return HEADING

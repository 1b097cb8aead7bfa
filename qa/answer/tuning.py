"""The weights and switches of the sentence score, the direct answer and abstention, in one record.

Set on the public question sets (seed + xquad-dev) by a small grid search, and those of the
direct answer and abstention on eval/*-tune, each kept where eval/*-check agreed
(eval/README.md). ``qa.answer.evidence`` re-exports them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..settings import AnswerSettings


@dataclass(frozen=True)
class Tuning:
    """Weights of the sentence score, set on the public question sets (seed + xquad-dev) by a
    small grid search; those of the direct answer and abstention on eval/*-tune, kept where
    eval/*-check agreed (eval/README.md)."""

    anchor_weight: float = 0.03  # bonus for sharing all of the question's names/numbers
    demonym_share: float = 0.25  # … a lower-case word for a place's people («europeos») among them, where at most this share of the retrieved sentences name the place (0: none)
    inherit_weight: float = 0.5  # … a sentence naming none of them takes this much of the previous sentence's names
    context_weight: float = 0.5  # … and, giving the figure or date asked, ranks up by this much of how much more like the question the previous sentence is
    passage_weight: float = 0.5  # how much the passage's own score counts
    margin: float = 0.005  # further sentences from other files quoted if within this of the best
    margin_same: float = 0.08  # … and from the best sentence's own file
    max_quotes: int = 4
    type_penalty: float = 0.04  # "how many"/"when" question, sentence without a figure
    echo_penalty: float = 0.02  # where/who/when… question, sentence adding no name or figure
    hedge_penalty: float = 0.03  # a sentence that only says something may be so ("might meet"), unless the question hedges
    family_weight: float = 0.04  # bonus for a word for what the question asks about: a defence minister, a birth (``predicates``)
    side_margin: float = 0.03  # another file's value is shown if it is judged within this of the best
    file_margin: float = 0.06  # files whose best sentence is within this of the best may answer
    value_pool_margin: float = 0.04  # … with a value from a sentence within this of the file's best
    value_pool: int = 16  # … among at most this many sentences
    window_weight: float = 1.0  # how much the words around a value count in judging it
    other_place: bool = True  # … but no date told of another place than where the question goes (``trips.elsewhere``)
    ordinal_weight: float = 0.04  # … and bonus for naming the question's ordinal of the same kind of thing (``ordinals.read``)
    ordinal_margin: float = 0.04  # … whose words read as like the question's as another ordinal's, less this
    dated_beyond: bool = True  # a when-question's sides may come from the retrieved articles' dated sentences past the nearest (``values.dated_beyond``)
    ordinal_unsaid: bool = True  # decline a question about the nth of something the articles number otherwise, whose nth no sentence names (``ordinals.unsaid``)
    ordinals: bool = True  # a sentence naming only other ordinals than the question's (the second round for the first) ranks as one with no value; one naming the question's is read beyond the nearest (``ordinals``)
    max_windows: int = 12  # value windows embedded per question (each costs ~5 ms)
    max_sides: int = 3  # files whose values the direct answer shows
    near_margin: float = 0.03  # … and if what it counts is within this of the closest value's
    agreeing_twins: bool = True  # a file giving the first side's value counts however near its words, and its translations speak too
    agreeing_kept: bool = True  # … and a side giving the first side's date from another sentence is kept where its file has no twin with a date
    agreeing_files: bool = True  # … as does a file outside ``file_margin`` whose best sentences give the first side's value
    every_twin: bool = True  # … and so do the files translating any other side's file, not only an agreeing one's
    sim_margin: float = 0.06  # … and its sentence within this of the most similar sentence
    apart_floor: float = 0.80  # a side naming fewer of the question's names than another, reading less alike to it than this, is none (0: off)
    scattered_files: int = 3  # quotes from this many files or more, none like another file's (``align.scattered``), answer nothing (0: off)
    kind_named: bool = True  # a question asking which model, city or region, spokesperson, platform or adviser ranks a sentence naming one higher, read from any file (``sought``)
    month_named: bool = True  # … and a sentence naming every month the question names, or the two before it
    year_start: bool = True  # … the start of the year being January and February («aan het begin van het jaar», ``dates.year_start``), read past the nearest where the question names those two
    line_needs_best: bool = True  # a direct answer line only where the best sentence backs it (extractive._backed)
    backed_margin: float | None = 0.01  # … or, the sources disagreeing, where every side's sentence is within this of the best
    parallel: bool = True  # another file's translation of the best side's sentence is a side too, before other files' (``align``)
    predicate_about: bool = True  # … a word for it counts in a sentence naming what the question names
    predicate_article: bool = True  # … or, in another script, of an article a best sentence names it in
    pair_named: int = 1  # … a signing or a gift by (or between) the people the question names, from this many, in a sentence naming them all
    signing_place: bool = True  # … where something was signed, in a sentence telling the signing that names a place
    stay_named: bool = True  # … how long someone stayed, told in a sentence naming the question's rarest name
    names_must_match: bool = True  # abstain when no best sentence names what the question names
    side_named: bool = True  # … or none of them names the compass point it names (South Korea)
    attributed: bool = True  # "according to the lawmaker": no side from a figure given according to someone else
    attributed_named: bool = True  # … and only sentences naming the one believed give sides, where a best sentence does
    added_total: bool = True  # "how many more": a total something raised or adds to is no answer (``counted.totals_only``)
    total_needs_value: bool = True  # a how-many question asking a total is declined where no value is pinned down
    time_needs_line: bool = True  # a when-question with no direct line is declined
    count_quoted: bool = True  # … and a how-many question with no line whose quotes hold no figure
    since_sides: bool = True  # … a since-when question's sides come from sentences telling a since («din octombrie 2022»)
    since_anywhere: bool = True  # … read from a sentence telling a since in any file among the store's nearest
    since_backed: bool = True  # … and a since-side is a line where the best sentence tells no since
    holder_anywhere: bool = True  # a question asking who holds an office reads the sentences naming it from any file among the store's nearest
    plain_question: bool = True  # a polite opening ("Could you tell me …") is no part of what is asked (``asks.plain``)
    named_date: bool = True  # a date in brackets after a name the question does not name is that name's, no side («Fontainebleau (1685)»)
    recase: bool = True  # a question typed all in lower case has its names capitalised as the articles write them (``names.recased``)
    scene_names: bool = True  # the names a best sentence must spell are those of the asking part, not of a scene set before it
    told_sides: bool = True  # sides whose sentences tell the event asked, where any does (the rest are no sides)
    predicate_sides: bool = True  # no direct line whose first value's sentence tells not the event asked (a signing, a capture, a birth…)
    casualty_kind: bool = True  # a how-many question's figure is of the dead and wounded or not, as it asks
    casualty_value: bool = True  # … and a figure whose own clause tells of the dead or wounded is no count a question not asking them wants
    share_value: bool = True  # … and a share («60%», ``counted.is_share``) is no count a question asking none wants
    ordinal_value: bool = True  # … nor a figure written as an ordinal («11. maddesine»)
    time_value: bool = True  # … and a figure of hours, days or years is no count a question not asking them (or how long, or an age) wants
    kind_value: bool = True  # … nor a figure with no word for the kind of thing the question counts
    city_named: bool = True  # … or it counts something in a city no best sentence names
    counted_named: bool = True  # … counted in the best sentences that name its rarest name
    names_in_top: int = 5  # … among this many best sentences
    anchored_floor: float = 0.05  # a sentence this far under the floor (among names_in_top) still answers if it names all the question's names and holds a value of the kind asked
    length_told: bool = True  # a length of time asked (no meeting's, stay's or flight's): sentences telling one rank first (never deciding relevance), answer just under the floor, and give its only figures
    anchored_sides: bool = True  # … and such a sentence past them gives a side (another file's value)
    country_named: bool = True  # … or the question names a country that none of them names
    countries_named: bool = True  # "which countries…?" is declined where no best sentence names two countries the question does not
    countries_topic: int | None = 3  # … nor countries this many best sentences name (what they are all about)
    others_named: bool = True  # "which other officials / cities…?" is declined where the best sentence names no one or nowhere new (``others``)
    reaction_actor: bool = True  # … or it asks how someone reacted and none of them names that someone
    predicates_must_match: bool = True  # … or none of them has a word for the birth, age, capture, hotel… asked about
    meeting_length: bool = True  # … or it asks how long a meeting lasted and none of them tells it (``durations``)
    flight_length: bool = True  # … or how long a flight took
    whose_counted: bool = True  # … or it counts one country's soldiers or people and their figures count another's (``whose``)
    office_since: bool = True  # "since when does someone hold an office?" is declined where no best sentence names it and tells since when
    outlet_named: bool = True  # "which TV station / newspaper…?" is declined where neither of the two best sentences names an outlet
    one_day: bool = True  # one day asked ("On which day…?"): months are no side, where no file gives a day
    month_quoted: bool = True  # … and a which-month question with no line, where none of them names a month
    port_named: bool = True  # … or it asks which port and none of them has a word for one (``sought``)
    settlement_named: bool = True  # … or it asks in which city or town and those naming its rarest name name none it does not
    model_named: bool = True  # … or it asks what a weapon is called and none of them names a model (``sought``)
    species_named: bool = True  # … or it counts species of birds, animals, fish, insects or trees and none of them names those
    counted_kind: bool = True  # … or it counts vessels, aircraft, people… and no best sentence has a figure of them (``counted``)
    counted_scripts: bool = True  # … read in the eight more languages' sentences too (``said.COUNTED``)
    count_not_share: bool = True  # … or it asks how many and the best sentences give only shares (percentages) and years
    count_place: bool = True  # … among the sentences naming the place it counts in, in any script (``names.named_anywhere``)
    year_figure: bool = True  # … or it asks how many in a year, and no best sentence with that year holds a figure
    weekday_figure: bool = True  # … or it asks how many on a day of the week, and the best sentences give their figures for another day
    own_language_words: bool = True  # a sentence in the question's language sharing no word with it (nor its previous) is not evidence (``topical``)
    own_language_topic: float = 0.3  # … not counting words this share of the retrieved sentences in that language hold (0: off)
    day_unsaid: int = 10  # … or it asks on which day or dates, and none of this many best sentences names a day of a month or a weekday (0: off)
    meeting_office: bool = True  # … or it asks how long a meeting with an office-holder lasted, and no best sentence telling one names that office or anyone it names
    rate_told: bool = True  # … or it asks so many a day, month or year and none of them tells a figure so (``durations``)
    guesses_unsaid: bool = True  # … or it offers guesses of a figure or date («tien of twintig») no best sentence gives (``guesses``)
    year_unsaid: bool = True  # … or it names a year no best sentence gives (``abstain``)
    figure_named: bool = True  # … or it asks how many, and a name of it the best sentences hold is in none with a figure
    figure_beyond: int = 20  # … or a name no best sentence holds is held, among this many sentences, by none with a figure
    figure_topic: int = 3  # … where each name they hold is held by at least this many of them
    holder_named: bool = True  # … or it asks who holds an office and none of them names the office with someone new
    holder_about: bool = True  # … among those naming the question's rarest name, where one does
    background_margin: float | None = -0.03  # … or the best sentence is not this much more alike than everyday text (``background``)
    anchored_not_everyday: bool = True  # … but not where sentences just under the floor are anchored (``extractive._anchoring``)
    background_topic: float = 0.875  # … where the best sentences are less alike to everyday text than this
    prospects: bool = True  # no hedge penalty for a question about what is expected or planned
    prospect_weight: float = 0.03  # … and a bonus for a sentence telling what is expected, planned or ready
    credits: bool = True  # a question asking who gives a figure quotes each article's sentence giving it (``credited``)
    day_asked: bool = True  # "on which dates": a sentence naming no day of a month (a month and year) is of the wrong kind
    late_top: int = 0  # best sentences re-scored token by token (settings.answer.token_rescore)
    late_weight: float = 1.0  # … how much that token-level (late interaction) similarity counts


TUNING = Tuning()


def tuning_for(settings: AnswerSettings) -> Tuning:
    """The tuned weights, with what the user's settings choose."""
    return replace(TUNING, late_top=settings.token_rescore) if settings.token_rescore else TUNING

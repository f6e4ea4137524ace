"""German temporal tagger: finds date and period expressions and resolves them.

Precompiled regular expressions run over the raw text and propose candidates; overlapping
candidates are reduced to the longest; then the candidates are resolved in text order, so that a
phrase can lean on what came before it (the year of "im Mai" after "März 1940", the day of "am
Abend", "am Vortag"). Relative phrases resolve against the publication date, with the tense of
their clause deciding the direction of a bare weekday or month. The conventions are those of
`shared/EVENTS.md`.

Tense is read per clause (`sentence_tense`): the finite verb after a fronted date ("Am Montag
kommen ..."), the final verb of a subordinate clause, the cues of the date's own clause (a
zu-infinitive after a plan verb, a reported present subjunctive), then the nearest cue of the
sentence. What the context adds: the day, month, week, range and reported period in view
(`ResolutionContext`), a date after an event noun, a plan's day, a flashback.

The German words the rules need are module-level tables (month and weekday names, number words,
strong preterites, plan and forecast verbs, event nouns, counted nouns, labels, holidays), so
that the rules stay patterns over them.

spaCy only provides sentence boundaries (from a caller's `Doc` or a blank sentencizer); tense cues
are read with regexes over each sentence. Pure Python: no Django.

The stages, one module each: `vocabulary` (words and regex atoms), `sentences` (sentence spans,
news or narrative, headings), `tense` (the tense of a date's clause), `context` (resolution
state, calendar arithmetic, the year of a date without one), the resolvers `absolute` (named
days, months, years, seasons, decades), `relative` (days and weeks from publication or the day in
view) and `periods` (relative months and years, spans, quarters, holidays), `patterns` (the
grammar: a regex and resolver per rule), `candidates` (finding rule matches) and `tagger` (the
entry point `tag_dates` and the assembly of `DateMention`s).
"""

from timeline.extraction.dates.candidates import keyword_hits
from timeline.extraction.dates.context import add_months, easter_sunday
from timeline.extraction.dates.patterns import _KEYWORD_PATTERNS
from timeline.extraction.dates.sentences import is_narrative, sentence_around
from timeline.extraction.dates.tagger import refers_to_future, tag_dates, tag_dates_split
from timeline.extraction.dates.tense import Tense, sentence_tense
from timeline.extraction.dates.vocabulary import NUMBER_WORDS

__all__ = [
    "NUMBER_WORDS",
    "_KEYWORD_PATTERNS",
    "Tense",
    "add_months",
    "easter_sunday",
    "is_narrative",
    "keyword_hits",
    "refers_to_future",
    "sentence_around",
    "sentence_tense",
    "tag_dates",
    "tag_dates_split",
]

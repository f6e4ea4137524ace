"""Sentences and the kind of text: sentence spans from a caller's parse or by punctuation
(`sentence_around`, where "am 9. Mai" ends no sentence), whether a text is a history told in its
years rather than news (`is_narrative`), and the years its section headings name."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from statistics import median

from spacy.tokens import Doc

from timeline.extraction.dates.vocabulary import MONTH_NUMBERS, WEEKDAY, WEEKDAY_NUMBERS, YEAR, B, E
from timeline.extraction.nlp import ABBREVIATIONS, TokenArrays

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„»(\d])|\n")


def sentence_bounds(text: str, doc: Doc | None) -> list[tuple[int, int]] | None:
    """Character spans of the sentences of a caller's parse of the same text, else None."""
    if doc is None:
        return None
    toks: TokenArrays | None = doc.user_data.get("token_arrays")  # set by `german_pipeline`
    if toks is None:
        if not doc.has_annotation("SENT_START"):
            return None
        toks = TokenArrays.of(doc)  # the sentences corrected after abbreviations
    if toks.text != text:
        return None
    if not toks.sent_starts:
        return []
    starts, idx, ends = toks.sent_starts, toks.idx, toks.end
    bounds = [(idx[a], ends[b - 1]) for a, b in pairwise(starts)]
    bounds.append((idx[starts[-1]], ends[-1]))
    return bounds


_WORD_BEFORE = re.compile(r"(\w+)$")


def _is_stop(text: str, at: int) -> bool:
    """Whether the punctuation at `at` ends a sentence: not after a digit ("am 9. Mai"), a
    single capital ("George W. Bush") or a known abbreviation ("Abg. Müller")."""
    before = text[max(0, at - 8) : at]
    if not before or before[-1].isdigit():
        return not before
    if text[at] != ".":
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return True
    w = word.group(1)
    return not ((len(w) == 1 and w.isupper()) or w in ABBREVIATIONS)


def sentence_around(text: str, offset: int, window: int = 600) -> tuple[int, int]:
    """The sentence holding `offset`, by punctuation (used when no parse was given).

    Cheap on purpose: a full tokenisation only for sentence boundaries would cost more than the
    whole tagger. "am 9. Mai" does not end a sentence because a digit precedes the dot."""
    low = max(0, offset - window)
    start = low
    # One character past `offset`: the look-ahead of a boundary ending right at `offset` (a
    # sentence-initial "Am Dienstag") must see the capital it tests for.
    for boundary in _SENTENCE_END.finditer(text, low, min(len(text), offset + 1)):
        if _is_stop(text, boundary.start()):
            start = boundary.end()
    end_match = next(
        (
            m
            for m in _SENTENCE_END.finditer(text, offset, min(len(text), offset + window))
            if _is_stop(text, m.start())
        ),
        None,
    )
    return start, end_match.start() + 1 if end_match else min(len(text), offset + window)


def _opens_sentence(text: str, offset: int) -> bool:
    """Whether only blanks lie between `offset` and the end of the previous sentence."""
    before = text[max(0, offset - 40) : offset].rstrip()
    return not before or before[-1] in ".!?\n" or "\n" in text[offset - 2 : offset]


# Words that mark a text as news about the present: weekdays and now-relative adverbs, also a
# weekday inside a word ("dienstags", "Wahlsonntag"). As one regex that was
# rf"{B}(?:{WEEKDAY}|...)|{B}\w*{WEEKDAY.lower()}"; its second branch matches wherever a
# lower-case weekday occurs (the run of word characters before it starts at a word start), so
# substring tests replace it: the `\w*` retried at every word start was the costly part.
_NEWS_WORD = re.compile(rf"{B}(?:{WEEKDAY}|[Gg]estern|[Vv]orgestern|morgen{E}|[Üü]bermorgen)")
_WEEKDAYS_LOWER = tuple(WEEKDAY_NUMBERS)
_FULL_YEAR = re.compile(YEAR)


def is_narrative(text: str, published: date | None) -> bool:
    """A history text rather than news: no weekday or now-relative words, and its years lie
    well before publication. Such texts anchor "im Mai" to the year last mentioned."""
    if any(day in text for day in _WEEKDAYS_LOWER) or _NEWS_WORD.search(text):
        return False
    years = [int(m.group(0)) for m in _FULL_YEAR.finditer(text[:200_000])]
    if published is None:
        return len(years) >= 6
    if len(years) < 6 or median(years) >= published.year - 3:
        return False
    # A dateline with the publication day ("23.05.2024 Porträt") makes a
    # portrait full of past years still news.
    return not any(form in text[:2000] for form in _date_forms(published))


def _date_forms(day: date) -> tuple[str, ...]:
    """How a dateline writes `day`: 06.12.2016, 06.12.16, 6.12.2016, 2016-12-06, 6. Dezember
    2016."""
    month_name = next(m for m, n in MONTH_NUMBERS.items() if n == day.month).capitalize()
    return (
        f"{day.day:02}.{day.month:02}.{day.year}",
        f"{day.day:02}.{day.month:02}.{day.year % 100:02}",
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        f"{day.day}. {month_name} {day.year}",
    )


_HEADING_YEARS = re.compile(rf"{YEAR}(?:\s*[/–-]\s*(\d{{4}}|\d\d)(?![\d]))?")


def section_headings(text: str) -> list[tuple[int, tuple[int, int] | None]]:
    """(offset, (first year, last year) or None) of each heading line: a short line without a
    final full stop ("1862", "Kriegsjahr 1915", "Westfront 1944/1945", "Seekrieg")."""
    headings: list[tuple[int, tuple[int, int] | None]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and len(stripped) < 80 and not stripped.endswith((".", ":", ",")):
            years: list[int] = []
            for match in _HEADING_YEARS.finditer(stripped):
                first = int(match.group(0)[:4])
                years.append(first)
                if second := match.group(1):
                    years.append(
                        int(second) if len(second) == 4 else first // 100 * 100 + int(second)
                    )
            span = (min(years), max(years)) if years and max(years) - min(years) < 20 else None
            headings.append((position, span))
        position += len(line)
    return headings

"""Finding candidates: keyword hits (per distinct token, cached), windows around them, and the
rules run only in windows that hold what their matches need; overlapping matches are reduced to
the longest, then the highest priority (`find_candidates`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from timeline.extraction.dates.context import Candidate
from timeline.extraction.dates.patterns import _KEYWORD_PATTERNS, _RULE_KEYWORDS

WINDOW_BEFORE = 90  # the longest prefix a pattern has before its keyword
WINDOW_AFTER = 110

# Keywords whose every hit lies inside one run of non-blank characters and whose lookarounds only
# test for word characters (which a blank never is): their hits in a text are the hits in each
# blank-separated token, shifted by the token's offset. Those per-token hits are cached, so one
# `str.split` and a dictionary look-up per distinct token replace a regex scan per keyword. The
# other keywords ("\d\.\s?\d", "Tag der", ...) may span blanks and are scanned in the text.
_TOKEN_KEYWORDS = (
    "month", "year", "decade", "century", "season", "holiday", "now", "anaphoric", "ago",
    "weekday", "weekend", "week", "monat", "jahr", "fuzzy", "daypart", "election", "period",
    "compared", "part", "dashed", "english", "ordinal", "slashed", "decades",
    # Helpers for the keywords that span blanks: a token ending in "am" ("am 24."), "nach".
    "day_only_word", "nach",
)  # fmt: skip
_TOKEN_KEYWORD_PATTERNS = tuple(
    _KEYWORD_PATTERNS[name] if name in _KEYWORD_PATTERNS else re.compile(pattern)
    for name, pattern in (
        *((name, "") for name in _TOKEN_KEYWORDS[:-2]),
        ("day_only_word", r"(?:am|Am|vom|zum)(?=\n|\Z)"),
        ("nach", r"[Nn]ach"),
    )
)
# Where a "\d\.\s?\d" hit can start: before a dot followed by a digit.
_NUMERIC_DOT = re.compile(r"\.\s?\d")
_ISO_KEYWORD = _KEYWORD_PATTERNS["iso"]
_YEAR_PAIR_KEYWORD = _KEYWORD_PATTERNS["year_pair"]
_LATER_KEYWORD = _KEYWORD_PATTERNS["later"]
# "Tag der" is the one holiday keyword with a blank; texts holding it scan holidays in the text.
_HOLIDAY_INDEX = _TOKEN_KEYWORDS.index("holiday")
_HOLIDAY_SPANNING = "Tag der"

TokenHits = tuple[tuple[int, int, int], ...]  # (keyword index, start, end) within a token


@dataclass(slots=True)
class _TokenCache:
    """Keyword hits per blank-separated token, and the tokens that have any (so that a text's
    tokens with hits are one set intersection away)."""

    hits: dict[str, TokenHits] = field(default_factory=dict)
    with_hits: set[str] = field(default_factory=set)


_token_cache = _TokenCache()
_TOKEN_CACHE_LIMIT = 200_000


def _learn_tokens(tokens: list[str]) -> _TokenCache:
    """Fill the per-token hit cache for `tokens` with one scan per keyword over them joined.
    Returns the cache written to: a full cache is replaced, never emptied in place, so that a
    caller (another thread) holding the old one still finds what it learned there."""
    global _token_cache
    cache = _token_cache
    if len(cache.hits) + len(tokens) > _TOKEN_CACHE_LIMIT:
        cache = _token_cache = _TokenCache()
    joined = "\n".join(tokens)
    starts: list[int] = []
    position = 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    found: list[list[tuple[int, int, int]]] = [[] for _ in tokens]
    for index, keyword in enumerate(_TOKEN_KEYWORD_PATTERNS):
        for hit in keyword.finditer(joined):
            token_index = bisect.bisect_right(starts, hit.start()) - 1
            offset = starts[token_index]
            found[token_index].append((index, hit.start() - offset, hit.end() - offset))
    for token, hits in zip(tokens, found, strict=True):
        cache.hits[token] = tuple(hits)
        if hits:
            cache.with_hits.add(token)
    return cache


def _is_token_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole blank-separated token."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def keyword_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of every hit of every keyword in `text`, as `finditer` would yield them."""
    hits: dict[str, list[tuple[int, int]]] = {}
    distinct = set(text.split())
    cache = _token_cache
    unknown = distinct.difference(cache.hits)
    if unknown:
        cache = _learn_tokens(sorted(unknown))
        unknown = distinct.difference(cache.hits)  # a full cache was replaced meanwhile
        if unknown:
            cache = _learn_tokens(sorted(distinct))
    # Set operations (no Python loop over the text's tokens): the few tokens with hits.
    for token in distinct & cache.with_hits:
        token_hits = cache.hits[token]
        length = len(token)
        start = text.find(token)
        while start >= 0:
            if _is_token_at(text, start, start + length):
                for index, hit_start, hit_end in token_hits:
                    name = _TOKEN_KEYWORDS[index]
                    hits.setdefault(name, []).append((start + hit_start, start + hit_end))
                start = text.find(token, start + length)
            else:
                start = text.find(token, start + 1)
    for spans in hits.values():
        spans.sort()
    _blank_spanning_hits(text, hits)
    return hits


def _hits_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[tuple[int, int]]:
    """What `pattern.finditer(text)` yields, given every position a hit can start at (sorted)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for start in starts:
        if start < position:
            continue
        hit = pattern.match(text, start)
        if hit is not None:
            spans.append(hit.span())
            position = hit.end()
    return spans


def _blank_spanning_hits(text: str, hits: dict[str, list[tuple[int, int]]]) -> None:
    """Adds the hits of the keywords that may span blanks, derived from the token hits where
    possible (each derivation yields exactly what the keyword's `finditer` would)."""
    # "\d\.\s?\d": a digit before each ".\s?\d" hit (those hits cannot hide one another).
    numeric: list[tuple[int, int]] = []
    position = 0
    for dot in _NUMERIC_DOT.finditer(text):
        start = dot.start() - 1
        if start >= position and text[start].isdecimal():
            numeric.append((start, dot.end()))
            position = dot.end()
    if numeric:
        hits["numeric"] = numeric
    # "\d{4}-\d" and "\d{4}\s?[/–-]\s?\d" start inside a hit of "\d{4}".
    year_starts = [
        position for start, end in hits.get("year", ()) for position in range(start, end)
    ]
    for name, pattern in (("iso", _ISO_KEYWORD), ("year_pair", _YEAR_PAIR_KEYWORD)):
        if spans := _hits_at(pattern, text, year_starts):
            hits[name] = spans
    # "(?:am|Am|vom|zum)\s\d": a token ending so, one blank, a digit.
    day_only = [
        (start, end + 2)
        for start, end in hits.pop("day_only_word", ())
        if end + 1 < len(text) and text[end].isspace() and text[end + 1].isdecimal()
    ]
    if day_only:
        hits["day_only"] = day_only
    # "later" hits start with "Woche", "Monat", "Jahr" (hits of "ago") or "[Nn]ach".
    later_starts = sorted(
        [start for start, end in hits.get("ago", ()) if text[start] != "T"]
        + [start for start, _ in hits.pop("nach", ())]
    )
    if spans := _hits_at(_LATER_KEYWORD, text, later_starts):
        hits["later"] = spans
    if _HOLIDAY_SPANNING in text:
        # "Tag der" spans a blank: merged with the token hits unless they overlap.
        spanning: list[tuple[int, int]] = []
        start = text.find(_HOLIDAY_SPANNING)
        while start >= 0:
            spanning.append((start, start + len(_HOLIDAY_SPANNING)))
            start = text.find(_HOLIDAY_SPANNING, start + 1)
        merged = sorted(hits.get("holiday", []) + spanning)
        if any(merged[i][1] > merged[i + 1][0] for i in range(len(merged) - 1)):
            merged = [hit.span() for hit in _KEYWORD_PATTERNS["holiday"].finditer(text)]
        hits["holiday"] = merged


def _windows(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Merged character windows around keyword hits."""
    windows: list[tuple[int, int]] = []
    window_start = window_end = -1
    for hit_start, hit_end in spans:
        start, end = max(0, hit_start - WINDOW_BEFORE), hit_end + WINDOW_AFTER
        if start > window_end:
            if window_end > 0:
                windows.append((window_start, window_end))
            window_start = start
        window_end = end
    if window_end > 0:
        windows.append((window_start, min(window_end, length)))
    return windows


@dataclass(frozen=True, slots=True)
class _Needs:
    """What every match of a rule holds besides its keyword: a window without it is skipped
    (the rule's regex would find nothing there; running it is most of the tagger's time)."""

    hits: tuple[tuple[str, int], ...] = ()  # (keyword, how many of its hits)
    word: str = ""  # a literal
    day_stops: int = 0  # how many "digit + stop" ("9." of "am 9. Mai")

    def met(
        self,
        text: str,
        start: int,
        end: int,
        hit_starts: dict[str, list[int]],
        day_stops: list[int] | None,
    ) -> bool:
        if self.word and text.find(self.word, start, end) < 0:
            return False
        for keyword, count in self.hits:
            found = hit_starts.get(keyword, [])
            if bisect.bisect_left(found, end) - bisect.bisect_left(found, start) < count:
                return False
        if self.day_stops and day_stops is not None:
            inside = bisect.bisect_left(day_stops, end) - bisect.bisect_left(day_stops, start)
            if inside < self.day_stops:
                return False
        return True


# A month name or a weekday in a rule's match starts where a hit of its keyword starts (no
# keyword hit can overlap the start of another); a year ("{YEAR}", four digits after no
# digit) likewise starts a hit of "\d{4}".
_RULE_NEEDS: dict[str, _Needs] = {
    "day_range": _Needs(day_stops=2),
    "night_dates": _Needs(word="Nacht", day_stops=2),
    "day_month": _Needs(day_stops=1),
    "month_pair": _Needs(hits=(("month", 2),)),
    "month_year": _Needs(hits=(("year", 1),)),
    "weekday_pair": _Needs(hits=(("weekday", 2),)),
    "night_before": _Needs(word="Nacht"),
    "night_to_date": _Needs(word="Nacht", day_stops=1),
    "nth_weekday": _Needs(hits=(("month", 1),)),
    "part_pair": _Needs(hits=(("month", 1),)),
    "glued_date": _Needs(hits=(("year", 1),), day_stops=1),
    "byline_date": _Needs(hits=(("year", 1),), day_stops=1),
    "english_date": _Needs(hits=(("year", 1),)),
    "english_date_dmy": _Needs(hits=(("year", 1),)),
    "lies_back": _Needs(word="zurück"),
}
_DAY_STOP = re.compile(r"\d\.")


def find_candidates(text: str) -> list[Candidate]:
    """All rule matches, reduced to non-overlapping ones (longest first, then priority)."""
    hits = keyword_hits(text)
    windows = {name: _windows(spans, len(text)) for name, spans in hits.items()}
    hit_starts = {name: [start for start, _ in spans] for name, spans in hits.items()}
    day_stops: list[int] | None = None
    found: list[Candidate] = []
    for rule, keyword in _RULE_KEYWORDS:
        needs = _RULE_NEEDS.get(rule.name)
        for window_start, window_end in windows.get(keyword, ()):
            if needs is not None:
                if needs.day_stops and day_stops is None:
                    day_stops = [m.start() for m in _DAY_STOP.finditer(text)]
                if not needs.met(text, window_start, window_end, hit_starts, day_stops):
                    continue
            found.extend(
                Candidate(m.start(), m.end(), rule.priority, rule, m)
                for m in rule.pattern.finditer(text, window_start, window_end)
                if m.end() > m.start()
            )
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for candidate in found:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and ends[index - 1] > candidate.start:
            continue
        if index < len(starts) and starts[index] < candidate.end:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        kept.append(candidate)
    kept.sort()
    return kept

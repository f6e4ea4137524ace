"""Removing the page furniture that scraped news text carries, and finding its date line.

Pure functions over text: the raw input is stored verbatim beside the result, so cleaning can be
improved and redone without loss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from articles.publication_dates import PublicationDateError, parse_publication_date

# A date line: an optional label, the date (with its weekday, time and words around it: what
# the date is, dateparser decides), optionally "| more" after it.
_DATE_LABEL = re.compile(
    r"^(?:(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Publiziert|Datum)\w*:?\s*(?:am\s+)?)?",
    re.IGNORECASE,
)
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+")
# "Donnerstag, den 23. Mai 2024, um 14:05 Uhr" has five words; a sentence has more.
_DATE_LINE_WORDS = 5

# Whole lines that are furniture wherever they stand.
_FURNITURE_LINE = re.compile(
    r"""^(?:
      Folgen\s+Sie\b.*
    | \+\+\+.*\+\+\+
    | .*\bRedaktioneller\s+Hinweis\b.*
    | \d+\s+Interaktion(?:en)?
    | Erstellt\s+von\s*-?\s*(?:Uhr)?
    | Erfahren\s+Sie\s+hier\s+mehr\b.*
    | Bleiben\s+Sie\s+dran!?
    | Wollen\s+Sie\s+wissen,\s+wie\s+das\s+Thema\s+weitergeht\?.*
    | (?:Jetzt\s+)?(?:den\s+)?Newsletter\b.*(?:abonnieren|bestellen|anmelden).*
    | Abonnieren\s+Sie\b.*
    | Hier\s+(?:finden|lesen)\s+Sie\b.*
    | Lesen\s+Sie\s+auch\b.*
    | Mehr\s+zum\s+Thema\b.*
    | Anzeige
    | Werbung
    | Teilen
    | Drucken
    | Suche
    | Zur\s+Startseite
    | Das\s+Wichtigste\s+in\s+Kürze
    | /\w{2,6}/\S+            # author code such as "/roj/news.de"
    | Artikel\s+teilen.*
    | Kommentare?\s*\(?\d*\)?
    | Von\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}   # byline: "Von Anna Beispiel"
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A photo caption or credit line.
_CAPTION = re.compile(
    r"""(?:\((?:Foto|Bild|Symbolbild|Archivbild)\)
    | \b(?:Bild|Foto|Fotos|Quelle|Copyright)\s*:\s*\S
    | ©
    | \bpicture\s+alliance\b
    | \b(?:Keystone|dpa|AFP|AP|Reuters|APA|imago|Getty(?:\s+Images)?|EPA)\s*(?:/\s*\S+)?\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A line after which the rest of the page is teasers, comments and navigation.
_TAIL_MARKER = re.compile(
    r"^(?:Weiterlesen|Kommentare|Mehr\s+(?:in|aus|zum|von|KREML|NEWS)\b.*|MEHR\s+\S.*"
    r"|Das\s+könnte\s+Sie\s+auch\s+interessieren.*|Ähnliche\s+Artikel|Verwandte\s+Themen)\s*$",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"[.!?:»«\"“”)]\s*$")


@dataclass(slots=True)
class CleanedText:
    body: str
    title: str = ""
    published_at: datetime | None = None
    removed_lines: list[str] = field(default_factory=list)


@lru_cache(maxsize=4096)
def find_date_line(line: str) -> datetime | None:
    """The date and time a short date line states (wall-clock time, naive), or None if the
    line is not one. Whether the date is in range is judged with the article: a date line of
    1066 is furniture, and its date is dropped with a note."""
    if len(line) > 90:
        return None
    when = _DATE_LABEL.sub("", line.strip()).split("|")[0].strip()
    # Cheap tests first: dateparser takes milliseconds, and clean_text asks about every line.
    if not _FOUR_DIGIT_YEAR.search(when) or len(_LETTERS.findall(when)) > _DATE_LINE_WORDS:
        return None
    try:
        return parse_publication_date(when, check_range=False).replace(tzinfo=None)
    except PublicationDateError:
        return None


def _is_caption(line: str) -> bool:
    return bool(_CAPTION.search(line)) and not _looks_like_prose(line, min_words=30)


def _looks_like_prose(line: str, *, min_words: int = 12) -> bool:
    return len(line.split()) >= min_words and bool(_SENTENCE_END.search(line))


def _is_short_label(line: str) -> bool:
    """Navigation items, tags and kickers: a few words, no sentence punctuation."""
    words = line.split()
    return len(words) <= 3 and not _SENTENCE_END.search(line.rstrip(","))


def _is_furniture(line: str) -> bool:
    return bool(
        _TAIL_MARKER.match(line)
        or _FURNITURE_LINE.match(line)
        or _is_caption(line)
        or find_date_line(line) is not None
    )


def _is_short_heading(lines: list[str], index: int) -> bool:
    """A short line that heads what follows ("Gespräch in Wien"): two words or more, a
    paragraph of its own, and the next line that is not a date line is text, not another
    label (navigation and tag lists are runs of short lines; single words are section names)."""
    line = lines[index]
    if len(line.split()) < 2:
        return False
    if index > 0 and lines[index - 1]:
        return False
    if index + 1 < len(lines) and lines[index + 1]:
        return False
    for following in lines[index + 1 :]:
        if not following or find_date_line(following) is not None:
            continue
        return not _is_short_label(following) and not _is_furniture(following)
    return False


def clean_text(raw: str) -> CleanedText:
    """Split scraped text into headline and body, dropping furniture, keeping prose."""
    lines = [line.strip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    removed: list[str] = []
    published_at: datetime | None = None
    in_tail = False
    previous = ""
    for index, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        if in_tail:
            # A teaser block ends only where real prose resumes.
            if _looks_like_prose(line, min_words=25):
                in_tail = False
            else:
                removed.append(line)
                continue
        if _TAIL_MARKER.match(line):
            in_tail = True
            removed.append(line)
            continue
        date_in_line = find_date_line(line)
        if date_in_line is not None:
            published_at = published_at or date_in_line
            removed.append(line)
            continue
        if _FURNITURE_LINE.match(line) or _is_caption(line) or line == previous:
            removed.append(line)
            continue
        if _is_short_label(line) and not _is_short_heading(lines, index):
            removed.append(line)
            continue
        kept.append(line)
        previous = line
    paragraphs = _join_paragraphs(kept)
    title = ""
    if paragraphs and not _looks_like_prose(paragraphs[0], min_words=25):
        title = paragraphs.pop(0)
    # A standfirst that repeats a caption-free headline is kept: it is content.
    return CleanedText(
        body="\n\n".join(paragraphs),
        title=title,
        published_at=published_at,
        removed_lines=removed,
    )


def _join_paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


_GERMAN_WORDS = frozenset(
    (
        "der die das und ist nicht mit den von zu sich des auf für im dem eine ein auch es an "
        "als nach wird bei hat sind wie noch aus sie er wir ich oder aber vor zur zum über"
    ).split()
)
_OTHER_LANGUAGES = {
    "en": frozenset("the and of to is in that for on with was as by it are this from".split()),
    "fr": frozenset("le la les et des est un une du dans que pour pas sur au avec".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se".split()),
    "it": frozenset("il la di che e un una per non sono del della con si al".split()),
    "nl": frozenset("de het een en van is dat niet op te met voor zijn".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def detect_language(text: str) -> str:
    """A cheap guess of the text's language from function words ("de", "en", … or "und")."""
    sample = text[:20_000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "und"
    if len(_CYRILLIC.findall(sample)) > len(sample) * 0.3:
        return "ru"
    scores = {"de": sum(w in _GERMAN_WORDS for w in words)}
    for code, vocabulary in _OTHER_LANGUAGES.items():
        scores[code] = sum(w in vocabulary for w in words)
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < max(2, len(words) * 0.05):
        return "und"
    return best

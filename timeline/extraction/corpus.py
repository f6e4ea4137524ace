"""Loading the evaluation corpora: the dev corpus (JSON) and WikiWarsDE (TIMEX2 SGML).

Pure Python: no Django. The format is detected from what the folder holds.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from timeline.extraction.types import Precision


class CorpusFormat(StrEnum):
    DEV_JSON = "dev-json"
    WIKIWARS = "wikiwarsde"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold date expression with character offsets into its document's `text`.

    `skip_kind` is set for WikiWarsDE values that are no calendar day, month or year
    (durations, centuries, seasons, times ...): they are not scored.
    """

    start_char: int
    end_char: int
    text: str
    start: date | None
    end: date | None
    precision: Precision
    value: str = ""
    skip_kind: str | None = None


@dataclass(slots=True)
class CorpusDocument:
    id: str
    text: str
    published: date | None
    outlet: str | None
    timexes: list[GoldTimex]
    events: list[dict[str, Any]] = field(default_factory=list)
    format: CorpusFormat = CorpusFormat.DEV_JSON
    source: str = ""  # the file name without its suffixes ("t005"), where loaded from a file


def detect_format(path: Path) -> CorpusFormat:
    if (path / "keyinline").is_dir() or any(path.glob("*.key.xml")):
        return CorpusFormat.WIKIWARS
    if any(path.glob("*.json")):
        return CorpusFormat.DEV_JSON
    raise ValueError(f"{path}: neither dev-corpus JSON files nor a WikiWarsDE folder")


def load_corpus(path: str | Path) -> list[CorpusDocument]:
    """Every document of the corpus folder at `path`, sorted by id."""
    folder = Path(path)
    if detect_format(folder) is CorpusFormat.WIKIWARS:
        return load_wikiwars(folder)
    return load_dev_corpus(folder)


# --- dev corpus ---------------------------------------------------------------------------


def nth_occurrence(text: str, needle: str, occurrence: int) -> int:
    """Offset of the `occurrence`-th (1-based) plain-substring match of `needle`, or -1."""
    position = -1
    for _ in range(max(occurrence, 1)):
        position = text.find(needle, position + 1)
        if position < 0:
            return -1
    return position


def _parse_iso(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _dev_timex(text: str, raw: dict[str, Any]) -> GoldTimex | None:
    needle = str(raw["text"])
    offset = nth_occurrence(text, needle, int(raw.get("occurrence", 1)))
    if offset < 0:
        return None
    return GoldTimex(
        start_char=offset,
        end_char=offset + len(needle),
        text=needle,
        start=_parse_iso(raw.get("start")),
        end=_parse_iso(raw.get("end")),
        precision=Precision(raw.get("precision", "unknown")),
    )


def load_dev_document(file: Path) -> CorpusDocument:
    data = json.loads(file.read_text(encoding="utf-8"))
    text = str(data.get("text", ""))
    timexes = [t for raw in data.get("timexes", []) if (t := _dev_timex(text, raw))]
    return CorpusDocument(
        id=str(data.get("id", file.stem)),
        text=text,
        published=_parse_iso(data.get("published_at")),
        outlet=data.get("outlet"),
        timexes=sorted(timexes, key=lambda t: t.start_char),
        events=list(data.get("events", [])),
        format=CorpusFormat.DEV_JSON,
        source=file.stem,
    )


def load_dev_corpus(folder: Path) -> list[CorpusDocument]:
    return sorted((load_dev_document(f) for f in folder.glob("*.json")), key=lambda d: d.id)


# --- WikiWarsDE ---------------------------------------------------------------------------

_TIMEX_TAG = re.compile(r"<TIMEX2\b([^>]*)>|</TIMEX2>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DATETIME = re.compile(r"<DATETIME>(.*?)</DATETIME>", re.S)
_TEXT = re.compile(r"<TEXT>\n?(.*?)</TEXT>", re.S)
_DOCID = re.compile(r"<DOCID>\s*(.*?)\s*</DOCID>")
_FUZZY_MODS = {"START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "BEFORE", "AFTER"}


def wikiwars_value_span(value: str) -> tuple[date, date, Precision] | None:
    """The calendar span of a TIMEX2 value that is a day, month or year; None otherwise."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = date.fromisoformat(value)
            return day, day, Precision.DAY
        if re.fullmatch(r"\d{4}-\d\d", value):
            year, month = int(value[:4]), int(value[5:7])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), Precision.MONTH
        if re.fullmatch(r"\d{4}", value) and int(value) >= 1:
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31), Precision.YEAR
    except ValueError:
        return None
    return None


def wikiwars_skip_kind(value: str) -> str:
    """A coarse name for an unscored TIMEX2 value ("duration", "century", "season" ...)."""
    kinds = [
        (r"P.*", "duration"),
        (r"\w+_REF", "reference"),
        (r"BC.*", "BC date"),
        (r"\d{2}", "century"),
        (r"\d{3}", "decade"),
        (r"\d{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{4}-H\d", "half-year"),
        (r"\d{4}-Q\d", "quarter"),
        (r"\d{4}-W.*", "week"),
        (r".*T.*", "time of day"),
        (r".*X.*", "unspecified"),
        (r"", "no value"),
    ]
    for pattern, kind in kinds:
        if re.fullmatch(pattern, value):
            return kind
    return "other"


def _wikiwars_timex(text: str, start: int, attributes: str) -> GoldTimex:
    attrs = dict(_ATTRIBUTE.findall(attributes))
    value = attrs.get("val", "")
    span = wikiwars_value_span(value)
    content = text[start:]
    if span is None or attrs.get("non_specific") == "YES":
        kind = "non-specific" if span else wikiwars_skip_kind(value)
        return GoldTimex(start, start, content, None, None, Precision.UNKNOWN, value, kind)
    first, last, precision = span
    if attrs.get("mod") in _FUZZY_MODS:
        # "Ende 1941" is val=1941 mod=END: in EVENTS.md terms an approximate span.
        precision = Precision.APPROXIMATE
    return GoldTimex(start, start, content, first, last, precision, value)


def parse_wikiwars_inline(markup: str, doc_id: str = "") -> CorpusDocument:
    """One `keyinline` document: its TEXT without tags, and the TIMEX2 spans in it."""
    text_match = _TEXT.search(markup)
    body = text_match.group(1) if text_match else ""
    datetime_match = _DATETIME.search(markup)
    anchor_text = _TIMEX_TAG.sub("", datetime_match.group(1)).strip() if datetime_match else ""
    id_match = _DOCID.search(markup)
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[int, str]] = []
    closed: list[tuple[int, int, str]] = []
    position = 0
    for tag in _TIMEX_TAG.finditer(body):
        chunk = body[position : tag.start()]
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(0).startswith("</"):
            if open_tags:
                start, attributes = open_tags.pop()
                closed.append((start, length, attributes))
        else:
            open_tags.append((length, tag.group(1)))
    pieces.append(body[position:])
    text = "".join(pieces)
    gold: list[GoldTimex] = []
    for start, end, attributes in closed:
        timex = _wikiwars_timex(text, start, attributes)
        gold.append(
            GoldTimex(
                start,
                end,
                text[start:end],
                timex.start,
                timex.end,
                timex.precision,
                timex.value,
                timex.skip_kind,
            )
        )
    return CorpusDocument(
        id=id_match.group(1) if id_match else doc_id,
        text=text,
        published=_parse_iso(anchor_text),
        outlet="wikipedia",
        timexes=sorted(gold, key=lambda t: t.start_char),
        format=CorpusFormat.WIKIWARS,
    )


def load_wikiwars(folder: Path) -> list[CorpusDocument]:
    inline = folder / "keyinline" if (folder / "keyinline").is_dir() else folder
    documents = [
        replace(
            parse_wikiwars_inline(f.read_text(encoding="utf-8"), f.name.split(".")[0]),
            source=f.name.split(".")[0],
        )
        for f in inline.glob("*.key.xml")
    ]
    return sorted(documents, key=lambda d: d.id)

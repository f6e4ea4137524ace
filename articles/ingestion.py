"""Reading input files into article drafts: decoding, format detection, parsing.

No database here: `articles.services` stores the drafts. Every problem becomes an `IngestError`
with a message that names what is wrong, so a batch can report it and go on.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from articles.cleaning import clean_text, detect_language
from articles.date_bounds import publication_problem
from articles.publication_dates import DEFAULT_ZONE, PublicationDateError, parse_publication_date

BERLIN = ZoneInfo("Europe/Berlin")
# The columns' lengths (articles.models).
URL_MAX = 2000
TITLE_MAX = 500
OUTLET_MAX = 200
SOURCE_NAME_MAX = 500
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


class IngestError(Exception):
    """Input that cannot become an article; the message says why."""


@dataclass(slots=True)
class ArticleDraft:
    """One article, cleaned, ready to be stored."""

    raw_content: str
    input_format: str  # "text" | "html" | "jsonl"
    body: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    published_basis: str = "unknown"  # given | metadata | text | unknown
    language: str = "de"
    source_name: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Same article, same hash: whitespace and case of the cleaned text do not matter."""
        normalised = " ".join(f"{self.title}\n{self.body}".split()).casefold()
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ParsedFile:
    drafts: list[ArticleDraft]
    errors: list[str]  # problems with parts of the file (e.g. a broken JSON line)
    notes: list[str]


# ---------------------------------------------------------------------------- decoding

_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]")


def decode_bytes(data: bytes, *, name: str) -> tuple[str, list[str]]:
    """Decode input as UTF-8, falling back to Windows-1252 where the bytes say so.

    Returns the text and notes on what was repaired. Raises IngestError for binary data.
    """
    if not data.strip():
        raise IngestError("the file is empty or contains only whitespace")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("the file is binary (it contains NUL bytes), not text")
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        notes.append("decoded as UTF-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, line_numbers = _decode_mixed(data)
            if line_numbers is None:
                notes.append("not UTF-8: decoded as Windows-1252")
            else:
                shown = ", ".join(str(n) for n in line_numbers[:10])
                notes.append(f"mixed encodings: lines {shown} decoded as Windows-1252")
    if len(_MOJIBAKE.findall(text)) >= 3:
        try:
            text = text.encode("cp1252").decode("utf-8")
            notes.append("repaired UTF-8 text that had been decoded as Windows-1252")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text[:8192]) * 0.01):
        raise IngestError("the file is binary (too many control characters), not text")
    return text, notes


def _decode_mixed(data: bytes) -> tuple[str, list[int] | None]:
    """Decode line by line; returns the line numbers that needed Windows-1252, or None if all."""
    lines = data.split(b"\n")
    fallback: list[int] = []
    decoded: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(line.decode("cp1252", errors="replace"))
            fallback.append(number)
    utf8_multibyte = any(
        re.search(rb"[\xc2-\xf4][\x80-\xbf]", line)
        for number, line in enumerate(lines, start=1)
        if number not in set(fallback)
    )
    return "\n".join(decoded), (fallback if utf8_multibyte else None)


# ---------------------------------------------------------------------------- formats


def detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower():
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def parse_published(
    value: object,
    *,
    field_name: str = "published_at",
    crawled_at: datetime | None = None,
    zone: str = DEFAULT_ZONE,
) -> datetime:
    """A publication date as a source states it, in any shape `parse_publication_date` reads;
    date and datetime objects as they are (naive ones in Berlin time). Its range is checked
    with the draft (`draft_check`): a stated date out of range refuses the record, a guessed
    one is dropped with a note."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            return parse_publication_date(
                value, crawled_at=crawled_at, zone=zone, check_range=False
            )
        except PublicationDateError as error:
            raise IngestError(f"{field_name}: {error}") from None
    else:
        raise IngestError(f"{field_name} must be a string, got {type(value).__name__}")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=BERLIN)


def draft_from_text(
    raw: str,
    *,
    input_format: str = "text",
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published_at: datetime | None = None,
    source_name: str = "",
) -> ArticleDraft:
    cleaned = clean_text(raw)
    body = cleaned.body
    headline = title.strip() if title else cleaned.title
    if title and cleaned.title and cleaned.title.strip() != headline:
        # The given title replaces the text's first line only when they are the same line;
        # otherwise that line is content.
        body = f"{cleaned.title}\n\n{body}" if body else cleaned.title
    if not body.strip() and not headline:
        raise IngestError("no article text is left after removing page furniture")
    if not body.strip():
        body, headline = headline, ""
    basis = "unknown"
    when = None
    if published_at is not None:
        when, basis = published_at, "given"
    elif cleaned.published_at is not None:
        when, basis = cleaned.published_at.replace(tzinfo=BERLIN), "text"
    draft = ArticleDraft(
        raw_content=raw,
        input_format=input_format,
        body=body,
        title=headline[:500],
        url=url,
        outlet=outlet,
        published_at=when,
        published_basis=basis,
        language=detect_language(f"{headline}\n{body}"),
        source_name=source_name,
    )
    if draft.language != "de":
        draft.notes.append(f"not German (detected language: {draft.language})")
    return draft


_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.created",
)


def _json_ld_objects(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_ld_objects(data.get("@graph"))


def page_metadata(html: str) -> tuple[str | None, str | None]:
    """The outlet and the publication time a page states about itself: `og:site_name` or the
    JSON-LD publisher's name; `article:published_time`, a dated `<meta>` or the JSON-LD
    `datePublished` (with its time of day, which trafilatura's date drops)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return None, None
    outlet: str | None = None
    published: str | None = None
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = (meta.get("content") or "").strip()
        if key and value:
            metas.setdefault(key, value)
    outlet = metas.get("og:site_name") or None
    published = next((metas[k] for k in _PUBLISHED_META if k in metas), None)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue
        for item in _json_ld_objects(data):
            publisher = item.get("publisher")
            if outlet is None and isinstance(publisher, dict) and publisher.get("name"):
                outlet = str(publisher["name"]).strip() or None
            if published is None and item.get("datePublished"):
                published = str(item["datePublished"])
    return outlet, published


def draft_from_html(
    html: str, *, outlet: str | None, published_at: datetime | None, source_name: str
) -> ArticleDraft:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        raise IngestError("no article text found in the HTML page")
    meta = json.loads(extracted)
    # trafilatura puts one paragraph a line; the cleaner expects blank lines between them.
    text = "\n\n".join(line for line in str(meta.get("text") or "").splitlines() if line.strip())
    page_outlet, page_published = page_metadata(html)
    when = published_at
    basis_given = published_at is not None
    notes: list[str] = []
    # The page's own time stamp first (it has the time of day), then trafilatura's date.
    for stated in (page_published, meta.get("date")):
        if when is not None or not stated:
            continue
        try:
            when = parse_published(str(stated), field_name="the page's publication date")
        except IngestError as error:
            notes.append(f"publication date ignored: {error}")
    # trafilatura's JSON calls the site's name "source-hostname".
    site = meta.get("source-hostname") or meta.get("sitename") or meta.get("hostname")
    draft = draft_from_text(
        text,
        input_format="html",
        title=str(meta.get("title") or "") or None,
        url=str(meta.get("source") or meta.get("url") or "") or None,
        outlet=outlet or page_outlet or (str(site or "") or None),
        published_at=when,
        source_name=source_name,
    )
    draft.raw_content = html
    draft.notes.extend(notes)
    if when is not None and not basis_given:
        draft.published_basis = "metadata"
    return draft


def drafts_from_jsonl(
    text: str, *, outlet: str | None, published_at: datetime | None, source_name: str
) -> ParsedFile:
    drafts: list[ArticleDraft] = []
    errors: list[str] = []
    stripped = text.strip()
    if stripped.startswith("["):
        # A JSON array of article objects is accepted too.
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise IngestError(f"broken JSON: {exc.msg} (line {exc.lineno})") from None
        numbered = [(index + 1, item) for index, item in enumerate(items)]
        label = "item"
    else:
        numbered = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                numbered.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {number}: broken JSON ({exc.msg})")
        label = "line"
    for number, item in numbered:
        try:
            drafts.append(
                _draft_from_object(
                    item,
                    outlet=outlet,
                    published_at=published_at,
                    source_name=f"{source_name}:{number}",
                )
            )
        except IngestError as exc:
            errors.append(f"{label} {number}: {exc}")
    return ParsedFile(drafts=drafts, errors=errors, notes=[])


def _draft_from_object(
    item: object, *, outlet: str | None, published_at: datetime | None, source_name: str
) -> ArticleDraft:
    if not isinstance(item, dict):
        raise IngestError("expected a JSON object with a 'text' field")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("the 'text' field is missing or empty")
    when = published_at
    if when is None and item.get("published_at"):
        zone = item.get("time_zone") or DEFAULT_ZONE
        if not isinstance(zone, str):
            raise IngestError("'time_zone' must be a string such as 'Europe/Paris'")
        # "vor 3 Stunden" counts back from when the page was crawled.
        crawled = item.get("crawled_at")
        crawled_at = (
            parse_published(crawled, field_name="crawled_at", zone=zone) if crawled else None
        )
        when = parse_published(item["published_at"], crawled_at=crawled_at, zone=zone)
    url = item.get("url")
    if url is not None and not isinstance(url, str):
        raise IngestError("'url' must be a string")
    title = item.get("title")
    return draft_from_text(
        text,
        input_format="jsonl",
        title=str(title) if title else None,
        url=url or None,
        outlet=outlet or (str(item["outlet"]) if item.get("outlet") else None),
        published_at=when,
        source_name=source_name,
    )


# ---------------------------------------------------------------------------- checking

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_url_valid = URLValidator(schemes=["http", "https"])


def text_sanitize(value: str) -> tuple[str, bool]:
    """`value` without NUL characters (no database column takes them) and with lone UTF-16
    surrogates (no encoder writes them) replaced by U+FFFD; and whether anything changed."""
    cleaned = _LONE_SURROGATE.sub("\ufffd", value.replace("\x00", ""))
    return cleaned, cleaned != value


def url_problem(url: str) -> str | None:
    """Why `url` cannot be stored as an article's address, or None when it can."""
    if len(url) > URL_MAX:
        return f"the URL is {len(url):,} characters long, over the limit of {URL_MAX:,}"
    try:
        _url_valid(url)
    except ValidationError:
        return f"the URL must be an http(s) address, got {url[:80]!r}"
    return None


def draft_check(draft: ArticleDraft) -> ArticleDraft:
    """Make a draft storable or refuse it: text without NUL or lone surrogates, lengths within
    the columns, an http(s) URL, a publication date in range.

    What the source states explicitly and is wrong (a JSON line's `url` or `published_at`)
    refuses the record with an IngestError; what was only guessed (a page's metadata, a date
    line in the text) is dropped with a note."""
    changed = False
    for name in ("raw_content", "body", "title", "source_name"):
        value, dirty = text_sanitize(getattr(draft, name))
        setattr(draft, name, value)
        changed |= dirty
    if draft.outlet is not None:
        outlet, dirty = text_sanitize(draft.outlet)
        draft.outlet = outlet.strip()[:OUTLET_MAX] or None
        changed |= dirty
    if changed:
        draft.notes.append("removed NUL characters or broken (surrogate) characters")
    if not draft.body.strip():
        raise IngestError("no article text is left after removing NUL and broken characters")
    draft.title = draft.title[:TITLE_MAX]
    draft.source_name = draft.source_name[:SOURCE_NAME_MAX]
    if draft.url is not None:
        url = draft.url.strip()
        problem = url_problem(url) if url else None
        if problem and draft.input_format == "html":
            draft.notes.append(f"URL not stored: {problem}")
            url = ""
        elif problem:
            raise IngestError(problem)
        draft.url = url or None
    if draft.published_at is not None:
        problem = publication_problem(draft.published_at)
        if problem and draft.published_basis == "given":
            raise IngestError(f"{problem}: {draft.published_at.isoformat()[:25]}")
        if problem:
            draft.notes.append(f"publication date ignored: {problem}")
            draft.published_at = None
            draft.published_basis = "unknown"
    return draft


def parse_file(
    path: Path,
    *,
    max_bytes: int,
    outlet: str | None = None,
    published_at: datetime | None = None,
) -> ParsedFile:
    """Read one file into drafts. Raises IngestError when nothing of it can be used."""
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    text, notes = decode_bytes(path.read_bytes(), name=path.name)
    kind = detect_format(path, text)
    if kind == "jsonl":
        parsed = drafts_from_jsonl(
            text, outlet=outlet, published_at=published_at, source_name=path.name
        )
        if not parsed.drafts and parsed.errors:
            raise IngestError("; ".join(parsed.errors[:5]))
        parsed.notes.extend(notes)
        return parsed
    if kind == "html":
        draft = draft_from_html(
            text, outlet=outlet, published_at=published_at, source_name=path.name
        )
    else:
        draft = draft_from_text(
            text, outlet=outlet, published_at=published_at, source_name=path.name
        )
    draft.notes.extend(notes)
    return ParsedFile(drafts=[draft], errors=[], notes=notes)


def iter_input_files(paths: list[Path]) -> Iterator[Path]:
    """Files named, and files inside folders named (recursively, sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.parts[-1:]):
                    yield child
        else:
            yield path

"""Shaping selected events for the templates: headings between groups, date explanations,
highlighted evidence. No queries here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape as html_escape
from html import unescape as html_unescape
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import SafeString
from django.utils.timezone import localtime
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from timeline.extraction.summaries import in_place
from timeline.highlight import Span, find_terms, highlight
from timeline.models import HIGH_CONFIDENCE, LOW_CONFIDENCE, Event, EventSource
from timeline.periods import date_label, day_label, machine_date, month_label
from timeline.selectors import EventRow, Overview


@dataclass(frozen=True, slots=True)
class Urls:
    """The timeline's URLs that every list request builds links from."""

    index: str  # "/"
    export: str  # "/export/"
    event_prefix: str  # "/ereignis/": + pk + "/"
    actor_prefix: str  # "/akteur/": + pk + "/"


@lru_cache(maxsize=16)
def _urls(script_prefix: str, urlconf: str) -> Urls:
    return Urls(
        index=reverse("timeline:index", urlconf=urlconf),
        export=reverse("timeline:export", urlconf=urlconf),
        event_prefix=reverse("timeline:event", args=[0], urlconf=urlconf)[:-2],
        actor_prefix=reverse("timeline:actor", args=[0], urlconf=urlconf)[:-2],
    )


def urls() -> Urls:
    """The URLs once per script prefix and URLconf (`reverse` each time cost ~0.1 ms a list
    request, 5 % of its Python)."""
    return _urls(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


@dataclass(slots=True)
class Entry:
    """One timeline row: its HTML, with the group headings (year, month, day) that open
    before it, built here in one pass.

    Measured against a lean `{% partialdef event-row %}` fed precomputed display strings
    (date label, type label, URL, source count): the partial renders 50 rows in ~11.5 ms, this
    in ~1.2 ms, against ~2 ms of SQL for the page. The bar for moving the markup back into the
    template was 3 ms per 50 rows, so it stays here, next to the partial that prints it. The
    headings went the same way: a `{% for %}` over each row's headings cost as much again."""

    event: EventRow
    html: SafeString


def _heading_html(level: int, label: str, stamp: str, anchor: str) -> str:
    text = html_escape(label)
    if stamp:
        text = f'<time datetime="{html_escape(stamp)}">{text}</time>'
    return (
        f'<li class="group group-{level}" id="{html_escape(anchor)}">'
        f"<h{level}>{text}</h{level}></li>\n  "
    )


_SCALES = ("year", "month", "day")
_PRECISION_DEPTH = {Event.Precision.YEAR.value: 0, Event.Precision.MONTH.value: 1}


def _keys(day: date | None, scale: str) -> list[tuple[int, str, str, str]]:
    if day is None:
        return [(3, _("Datum unbekannt"), "", "undated")]
    # Integer formatting: `f"{day:%Y-%m}"` goes through strftime, several times slower.
    year = f"{day.year:04d}"
    keys = [(3, str(day.year), year, f"y{year}")]
    if scale in ("month", "day"):
        month = f"{year}-{day.month:02d}"
        keys.append((4, month_label(day), month, f"m{month}"))
    if scale == "day":
        keys.append((5, day_label(day), day.isoformat(), f"d{day}"))
    return keys


@dataclass(frozen=True, slots=True)
class _RowLabels:
    types: dict[str, str]
    undated: str
    planned: str
    verified: str
    conflict: str
    unchecked: str
    confidence: dict[str, str]
    confidence_title: str
    actors_head: str
    in_label: str
    details: str
    open: str


@lru_cache(maxsize=8)
def _row_labels(language: str | None) -> _RowLabels:
    """The fixed, translated and escaped pieces of an entry's markup, once per language (the
    translations of a running process do not change): 16 gettext calls a page otherwise."""
    return _RowLabels(
        types={value: html_escape(str(label)) for value, label in Event.Type.choices},
        undated=f'<span class="event-date muted">{html_escape(_("Datum unbekannt"))}</span>',
        planned=f' <span class="badge badge-planned">{html_escape(_("geplant"))}</span>',
        verified=(
            f' <span class="badge badge-ok" title="{html_escape(_("von der Redaktion geprüft"))}">'
            f"✓ {html_escape(_('bestätigt'))}</span>"
        ),
        conflict=(
            ' <span class="badge badge-conflict" title="'
            f'{html_escape(_("Die Quellen nennen verschiedene Daten; noch nicht geprüft"))}">'
            f"⚠ {html_escape(_('Datum strittig'))}</span>"
        ),
        unchecked=(
            ' <span class="badge badge-unchecked" title="'
            f'{html_escape(_("noch nicht von der Redaktion geprüft"))}">'
            f"{html_escape(_('ungeprüft'))}</span>"
        ),
        confidence={
            "high": html_escape(_("Sicherheit: hoch")),
            "medium": html_escape(_("Sicherheit: mittel")),
            "low": html_escape(_("Sicherheit: niedrig")),
        },
        confidence_title=html_escape(_("Sicherheit der Erkennung")),
        actors_head=(
            '<span class="actors"><span class="visually-hidden">'
            f"{html_escape(_('Akteure:'))} </span>"
        ),
        in_label=html_escape(_("in")),
        details=html_escape(_("Details und Belege")),
        open=html_escape(_("Ereignisseite öffnen")),
    )


def confidence_level(value: float) -> str:
    """ "high", "medium" or "low": what a card says of an event's confidence."""
    if value >= HIGH_CONFIDENCE:
        return "high"
    return "medium" if value >= LOW_CONFIDENCE else "low"


def entries(
    events: Sequence[EventRow],
    *,
    scale: str,
    previous: date | bool | None = False,
    headings: bool = True,
) -> list[Entry]:
    """Events with the group headings (year, month, day) to show before each.

    `previous` is the date of the event before this page (False on the first page), so a page
    that continues a month does not repeat its heading. Without `headings` (a list not in
    time order) there are none.

    Each card says how far it can be trusted: its review state (bestätigt, Datum strittig,
    ungeprüft) and its confidence in words, the number in its title and for screen readers.

    The markup of an entry (`templates/timeline/index.html#event-rows` prints it) is written
    out below, every value escaped as it is put in.
    """
    result: list[Entry] = []
    last_keys: list[tuple[int, str, str, str]] = []
    if isinstance(previous, date):
        # Only the date of the event before is known: on a 1st it may have been a month or
        # year event, which stood under the coarser heading (a heading repeats rather than
        # goes missing).
        before = (
            "year" if previous.timetuple().tm_yday == 1 else "month" if previous.day == 1 else "day"
        )
        last_keys = _keys(previous, _SCALES[min(_SCALES.index(scale), _SCALES.index(before))])
    elif previous is None:
        last_keys = _keys(None, scale)
    event_prefix, actor_prefix = urls().event_prefix, urls().actor_prefix
    labels = _row_labels(get_language())
    type_labels = labels.types
    undated, planned_badge, verified_badge = labels.undated, labels.planned, labels.verified
    actors_head, in_label = labels.actors_head, labels.in_label
    german = (get_language() or "de").startswith("de")
    details, open_label = labels.details, labels.open
    planned, verified = Event.Status.PLANNED.value, Event.Review.VERIFIED.value
    conflict_badge, unchecked_badge = labels.conflict, labels.unchecked
    trust: dict[tuple[float, str], str] = {}
    scale_depth = _SCALES.index(scale)
    # Headings depend on the year or month only (the day at day scale): formatted once each.
    known_keys: dict[tuple[date | None, str], list[tuple[int, str, str, str]]] = {}
    # Values that repeat across a page (dates, names, places, counts) are formatted and
    # escaped once per page: gettext and escape per value were most of a page's cost.
    escaped: dict[str, str] = {}
    days: dict[tuple[date, date | None, str], str] = {}
    counts: dict[int, str] = {}

    def esc(text: str) -> str:
        value = escaped.get(text)
        if value is None:
            # The stdlib's escape is Django's without the lazy-string wrapper around it.
            value = escaped[text] = html_escape(text)
        return value

    for event in events:
        start = event.date_start
        # A year (month) event goes under its year (month), not under January (the 1st).
        depth = min(scale_depth, _PRECISION_DEPTH.get(event.precision, 2))
        day_key = start
        if start is not None and depth < 2:
            day_key = date(start.year, start.month if depth == 1 else 1, 1)
        keys = known_keys.get((day_key, _SCALES[depth]))
        if keys is None:
            keys = known_keys[day_key, _SCALES[depth]] = _keys(day_key, _SCALES[depth])
        heading_html = ""
        if headings and keys != last_keys:
            for i, key in enumerate(keys):
                # Below a heading that changed, every heading opens again.
                if heading_html or i >= len(last_keys) or last_keys[i] != key:
                    heading_html += _heading_html(*key)
            last_keys = keys
        kind = event.type
        type_label = type_labels.get(kind) or esc(kind)
        if start is not None:
            day_id = (start, event.date_end, event.precision)
            day = days.get(day_id)
            if day is None:
                stamp = machine_date(start, event.precision)
                label = html_escape(date_label(start, event.date_end, event.precision))
                day = days[day_id] = f'<time class="event-date" datetime="{stamp}">{label}</time>'
        else:
            day = undated
        actors = ""
        if event.actors:
            links = ", ".join(
                [
                    f'<a class="actor" href="{actor_prefix}{pk}/">{esc(name)}</a>'
                    for pk, name in event.actors
                ]
            )
            actors = f"{actors_head}{links}</span>\n        "
        place = (
            f'<span class="place">{esc(_in_place(event.place, german, in_label))}</span>\n        '
            if event.place
            else ""
        )
        count = event.source_count
        sources = counts.get(count)
        if sources is None:
            sources = counts[count] = html_escape(
                ngettext("%(counter)s Quelle", "%(counter)s Quellen", count) % {"counter": count}
            )
        status, kind = esc(event.status), esc(kind)
        if event.review == verified:
            review = verified_badge
        elif event.date_conflict:
            review = conflict_badge
        else:
            review = unchecked_badge
        # The level from the exact value (the filter's), the number rounded for reading.
        trust_key = (round(event.confidence, 2), confidence_level(event.confidence))
        confidence = trust.get(trust_key)
        if confidence is None:
            number = f"{trust_key[0]:.2f}"
            if german:
                number = number.replace(".", ",")
            level = trust_key[1]
            confidence = trust[trust_key] = (
                f' <span class="confidence confidence-{level}" '
                f'title="{labels.confidence_title}: {number}">{labels.confidence[level]}'
                f'<span class="visually-hidden"> ({number})</span></span>'
            )
        badges = (planned_badge if event.status == planned else "") + review + confidence
        pk = event.pk
        url = f"{event_prefix}{pk}/"
        summary = html_escape(event.summary) if event.summary else type_label
        html = f"""{heading_html}<li class="event event-{status} type-{kind}" id="event-{pk}">
    <article aria-labelledby="event-{pk}-summary">
      <p class="event-line">
        {day}
        <span class="badge type-badge type-{kind}">{type_label}</span>{badges}
      </p>
      <p class="event-summary" id="event-{pk}-summary"><a href="{url}">{summary}</a></p>
      <p class="event-meta">
        {actors}{place}<span class="sources">{sources}</span>
      </p>
      <details class="event-more" hx-get="{url}" hx-trigger="toggle once" \
hx-target="find .event-more-body" hx-swap="innerHTML" hx-push-url="false">
        <summary>{details}</summary>
        <div class="event-more-body"><a href="{url}">{open_label}</a></div>
      </details>
    </article>
  </li>"""
        result.append(Entry(event, SafeString(html)))
    return result


def _in_place(name: str, german: bool, in_label: str) -> str:
    """ "in Minsk", "in der Ukraine", "in den USA", "im Iran" (German needs the article);
    other languages "in <name>". Not escaped."""
    if german:
        return in_place(name)
    return f"{html_unescape(in_label)} {name}"


def rows_html(entries: Sequence[Entry]) -> SafeString:
    """The entries' markup as one string: what `#event-rows` prints (a `{% for %}` over 50
    entries costs more than building them)."""
    return SafeString("\n  ".join(entry.html for entry in entries))


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "?"


def date_explanation(
    *, basis: str, date_text: str, published: date | None, edited: date | None = None
) -> str:
    """How a date was obtained, as a sentence fragment for the reader."""
    if basis == Event.DateBasis.EDITOR:
        if edited:
            return _("von der Redaktion korrigiert am %(day)s") % {"day": _day(edited)}
        return _("von der Redaktion gesetzt")
    if basis == Event.DateBasis.RELATIVE:
        return _("aus „%(phrase)s“ berechnet, bezogen auf das Veröffentlichungsdatum %(day)s") % {
            "phrase": date_text or "?",
            "day": _day(published),
        }
    if basis == Event.DateBasis.EXPLICIT:
        if not date_text:
            return _("ausdrücklich im Text")
        return _("ausdrücklich im Text: „%(phrase)s“") % {"phrase": date_text}
    if basis == Event.DateBasis.PUBLICATION:
        return _("keine eigene Zeitangabe – das Veröffentlichungsdatum %(day)s übernommen") % {
            "day": _day(published)
        }
    return _("der Text nennt keinen Zeitpunkt")


def published_day(source: EventSource) -> date | None:
    published = source.article.published_at
    return localtime(published).date() if published else None


@dataclass(slots=True)
class SourceView:
    source: EventSource
    evidence_html: SafeString
    explanation: str
    published: date | None


def source_views(event: Event) -> list[SourceView]:
    """Each source with its evidence sentence highlighted (date phrase, actors, place)."""
    actor_terms: list[tuple[str, list[str]]] = []
    for link in event.event_actors.all():
        actor = link.actor
        terms = [actor.name, *(a.alias for a in actor.aliases.all())]
        if actor.kind == actor.Kind.PERSON and " " in actor.name:
            terms.append(actor.surname)
        actor_terms.append((actor.name, terms))
    views: list[SourceView] = []
    for source in event.sources.all():
        text = source.evidence
        spans: list[Span] = []
        if source.date_text:
            spans += find_terms(text, [source.date_text], "date", source.date_text)
        for name, terms in actor_terms:
            spans += find_terms(text, terms, "actor", name)
        for name in source.actor_names:
            spans += find_terms(text, [name, name.split()[-1]], "actor", name)
        place = source.location_name or (event.place.name if event.place else "")
        if place:
            spans += find_terms(text, [place], "place", place)
        if source.trigger:
            spans += find_terms(text, [source.trigger], "trigger", event.get_type_display())
        published = published_day(source)
        views.append(
            SourceView(
                source=source,
                evidence_html=highlight(text, spans),
                explanation=date_explanation(
                    basis=source.date_basis, date_text=source.date_text, published=published
                ),
                published=published,
            )
        )
    return views


def event_date_explanation(event: Event, sources: Sequence[SourceView]) -> str:
    """How the event's own date was obtained: by an editor, or from the source it came from."""
    if event.date_basis == Event.DateBasis.EDITOR or "date_start" in event.locked_fields:
        edited = localtime(event.edited_at).date() if event.edited_at else None
        return date_explanation(
            basis=Event.DateBasis.EDITOR, date_text="", published=None, edited=edited
        )
    same_day = [v for v in sources if v.source.date_start == event.date_start]
    same_basis = [v for v in same_day if v.source.date_basis == event.date_basis]
    for view in same_basis or same_day:
        return date_explanation(
            basis=view.source.date_basis, date_text=view.source.date_text, published=view.published
        )
    return date_explanation(basis=event.date_basis, date_text="", published=None)


def link_bars(overview: Overview | None, *, base_url: str, query: QueryDict) -> None:
    """Give each overview bar its link (the current filters narrowed to its period) and label,
    computed here once per bar: a month view over decades has hundreds of bars."""
    if overview is None:
        return
    params = query.copy()
    params.pop("after", None)
    for bar in overview.bars:
        params["start"] = params["end"] = bar.param
        bar.href = f"{base_url}?{params.urlencode()}"
        label = str(bar.start.year) if bar.unit == "year" else month_label(bar.start)
        bar.label = f"{label}: {bar.count}"


def list_links(query: QueryDict, *, page_url: str, next_cursor: str | None) -> dict[str, str]:
    """The links of the result list: the current view (`query`) plus one parameter each, as
    `{% query query format='csv' %}` writes them. `query` never holds these parameters (the
    view drops them: `views._TRANSIENT`), so it is encoded once per request here rather than
    copied and encoded once per link in the template."""
    encoded = query.urlencode()
    base = f"?{encoded}&" if encoded else "?"
    export = urls().export
    return {
        "csv": f"{export}{base}format=csv",
        "excel": f"{export}{base}format=csv&excel=1",
        "json": f"{export}{base}format=json",
        "jsonl": f"{export}{base}format=jsonl",
        "summary": f"{page_url}{base}part=summary",
        "more": f"{page_url}{base}{urlencode({'after': next_cursor})}" if next_cursor else "",
    }

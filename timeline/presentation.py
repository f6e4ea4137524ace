"""Shaping selected events for the templates: headings between groups, date explanations,
highlighted evidence. No queries here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from django.http import QueryDict
from django.utils import formats
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from timeline.highlight import Span, find_terms, highlight
from timeline.models import Event, EventSource
from timeline.selectors import Overview


@dataclass(slots=True)
class Heading:
    level: int  # 3 = year, 4 = month, 5 = day
    label: str
    datetime: str
    anchor: str


@dataclass(slots=True)
class Entry:
    event: Event
    headings: list[Heading] = field(default_factory=list)


def _keys(day: date | None, scale: str) -> list[tuple[int, str, str, str]]:
    if day is None:
        return [(3, _("Datum unbekannt"), "", "undated")]
    keys = [(3, str(day.year), f"{day:%Y}", f"y{day:%Y}")]
    if scale in ("month", "day"):
        keys.append((4, formats.date_format(day, "F Y"), f"{day:%Y-%m}", f"m{day:%Y-%m}"))
    if scale == "day":
        keys.append((5, formats.date_format(day, "l, j. F Y"), day.isoformat(), f"d{day}"))
    return keys


def entries(
    events: Sequence[Event], *, scale: str, previous: date | bool | None = False
) -> list[Entry]:
    """Events with the group headings (year, month, day) to show before each.

    `previous` is the date of the event before this page (False on the first page), so a page
    that continues a month does not repeat its heading.
    """
    result: list[Entry] = []
    last_keys: list[tuple[int, str, str, str]] = (
        [] if previous is False else _keys(previous if isinstance(previous, date) else None, scale)
    )
    for event in events:
        keys = _keys(event.date_start, scale)
        headings: list[Heading] = []
        for i, key in enumerate(keys):
            if i >= len(last_keys) or last_keys[i] != key or headings:
                headings.append(Heading(*key))
        result.append(Entry(event, headings))
        last_keys = keys
    return result


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


def month_label(day: date) -> str:
    return date_format(day, "F Y")


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

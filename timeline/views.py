"""The analyst-facing timeline: one function view per page; each htmx-updated page renders
either itself or one of its own template partials, so page and fragment cannot drift."""

from __future__ import annotations

from typing import Any

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from articles.models import Article
from timeline import axis, axis_svg, exports, selectors
from timeline.axis_data import axis_data
from timeline.forms import TimelineFilterForm
from timeline.highlight import Span, find_terms, highlight
from timeline.models import Actor, Event
from timeline.presentation import (
    entries,
    event_date_explanation,
    link_bars,
    list_links,
    rows_html,
    source_views,
    urls,
)
from timeline.selectors import TimelineFilters

# Parameters that shape the view (everything the filter form reads, except paging/one-off).
_TRANSIENT = ("after", "add_actor", "format", "excel", "part", "w")


def _is_fragment(request: HttpRequest) -> bool:
    """An htmx request that wants a piece of the page (a history restore wants all of it)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request  # type: ignore[union-attr]


def _normalised_query(form: TimelineFilterForm) -> QueryDict:
    """The query string that reproduces this view: typed actor names resolved to ids,
    paging and one-off parameters dropped, and only valid values that are not defaults kept."""
    params = form.data.copy() if isinstance(form.data, QueryDict) else QueryDict(mutable=True)
    for key in _TRANSIENT:
        params.pop(key, None)
    if form.is_valid() or form.period_only_errors:
        params.setlist("actor", [str(a.pk) for a in form.cleaned_data["actor"]])
        place = form.cleaned_data.get("place")
        # A place by its name, however it was given (typed, an id of an older link).
        params.setlist("place", [place.name] if place is not None else [])
    for key in list(params.keys()):
        values = params.getlist(key)
        if not any(values) or values == [TimelineFilterForm.DEFAULTS.get(key)]:
            params.pop(key)
    return params


def _filters(
    request: HttpRequest, *, lenient: bool = False
) -> tuple[TimelineFilterForm, TimelineFilters | None]:
    """The form and its filters; None when a value is bad. `lenient`: a bad period only
    marks its field, and the other filters apply (the page; an export refuses it)."""
    form = TimelineFilterForm(request.GET)
    if form.is_valid() or (lenient and form.period_only_errors):
        return form, TimelineFilters.from_cleaned(form.cleaned_data)
    return form, None


def _error_messages(form: TimelineFilterForm) -> list[str]:
    messages: list[str] = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for error in errors:
            messages.append(f"{label}: {error}" if label else str(error))
    return messages


def filter_words(form: TimelineFilterForm) -> list[str]:
    """What the valid filters select, in words ("Wladimir Putin", "Besuch", "Mai 2024 – Juni
    2024"): for the page title and the export's file name."""
    data = getattr(form, "cleaned_data", {})
    words = [actor.name for actor in data.get("actor") or []]
    types = dict(Event.Type.choices)
    words += [str(types.get(t, t)) for t in data.get("type") or []]
    start = form.data.get("start", "").strip() if data.get("start") else ""
    end = form.data.get("end", "").strip() if data.get("end") else ""
    if start or end:
        words.append(start if start == end else f"{start or '…'} – {end or '…'}")
    for name in ("place", "outlet"):
        if data.get(name) is not None:
            words.append(str(data[name]))
    if data.get("verified"):
        words.append(str(_("nur bestätigte")))
    if data.get("no_doubtful"):
        words.append(str(_("ohne Zweifelhafte")))
    if data.get("q"):
        words.append(f"„{data['q'].strip()}“")
    return words


def _export_name(words: list[str]) -> str:
    slug = slugify("-".join(words).replace("ß", "ss"))[:80].strip("-")
    return f"ereignisse-{slug}" if slug else "ereignisse"


@require_GET
@vary_on_headers("HX-Request")
def timeline_index(request: HttpRequest) -> HttpResponse:
    """The timeline page; with htmx, only its result list (a filter changed) or only the next
    rows (load-more)."""
    form, filters = _filters(request, lenient=True)
    query = _normalised_query(form)
    page_url = urls().index
    context: dict[str, Any] = {
        "form": form,
        "query": query,
        "oob": _is_fragment(request),
        "type_choices": Event.Type.choices,
        "page_url": page_url,
        "event_url_prefix": urls().event_prefix,
        "title_filters": ", ".join(filter_words(form)),
    }
    if not _is_fragment(request):
        # The place field's suggestions (the form is only in the full page).
        context["place_options"] = selectors.place_options()
    if filters is None:
        # A bad parameter: say what is wrong, show no events, answer 400 (htmx swaps 400s:
        # see the responseHandling in base.html).
        context |= {"errors": _error_messages(form), "entries": [], "axis": None}
        template = (
            "timeline/index.html#event-list" if _is_fragment(request) else ("timeline/index.html")
        )
        return render(request, template, context, status=400)

    scale: str = form.cleaned_data["scale"]
    if request.GET.get("part") == "summary":
        # The lazily loaded count and time axis of a filter change (see below).
        context |= _summary(request, filters, query=query) | {"lazy": True}
        return render(request, "timeline/index.html#summary", context)
    after: selectors.Cursor | None = form.cleaned_data["after"]
    events, next_cursor = selectors.event_page(filters=filters, after=after)
    by_date = filters.sort in selectors.DATE_SORTS
    previous = after[0] if after and by_date else False
    page = entries(events, scale=scale, previous=previous, headings=by_date)  # type: ignore[arg-type]
    context |= {
        "filters": filters,
        "scale": scale,
        "entries": page,
        "rows": rows_html(page),
        "next_cursor": next_cursor,
        "links": list_links(query, page_url=page_url, next_cursor=next_cursor),
        "after": after,
    }
    if after is not None and _is_fragment(request):
        return render(request, "timeline/index.html#event-rows", context)
    if _is_fragment(request):
        # A filter changed: the list only. Its summary (count and time axis: they
        # aggregate over every matching event) is a placeholder that fetches `part=summary`
        # once swapped in, so the rows never wait for the aggregates.
        response = render(request, "timeline/index.html#event-list", context)
        # Push the normalised URL (typed actor names become ids) rather than the raw form.
        response["HX-Push-Url"] = page_url + (f"?{query.urlencode()}" if query else "")
        return response
    # The full page (first visit, no JavaScript, history restore) has everything inline.
    context |= _summary(request, filters, query=query)
    return render(request, "timeline/index.html", context)


def _summary(request: HttpRequest, filters: TimelineFilters, *, query: QueryDict) -> dict[str, Any]:
    """The time axis over the filtered events (its total is the number of results), drawn as
    wide as the browser said (`w`, sent by timeline.js) or a default width."""
    try:
        width = int(request.GET.get("w", ""))
    except ValueError:
        width = axis.DEFAULT_WIDTH
    view = axis.layout(
        axis_data(filters=filters),
        width=width,
        type_labels={k: str(v) for k, v in Event.Type.choices},
        link=axis.query_link(urls().index, [(k, v) for k, vs in query.lists() for v in vs]),
    )
    types = dict(Event.Type.choices)
    unbounded = query.copy()
    for key in ("start", "end"):
        unbounded.pop(key, None)
    return {
        "axis": view,
        "axis_svg": axis_svg.render(view, event_prefix=urls().event_prefix),
        "axis_all_href": urls().index + (f"?{unbounded.urlencode()}" if unbounded else ""),
        "axis_legend": [(k, types[k], letter) for k, letter in axis.TYPE_LETTERS.items()],
    }


@require_GET
def actor_suggestions(request: HttpRequest) -> HttpResponse:
    """Autocomplete: actors whose name or spelling matches what was typed, as links that add
    the actor to the current filters (the form's fields come along via hx-include)."""
    form = TimelineFilterForm(request.GET)
    text = request.GET.get("add_actor", "")[:200]
    query = _normalised_query(form) if form.is_valid() else QueryDict(mutable=True)
    actors = selectors.actor_search(text=text)
    return render(
        request,
        "timeline/index.html#actor-suggestions",
        {"suggestions": actors, "query": query, "typed": text},
    )


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        event = selectors.event_detail(pk=pk)
    except Event.DoesNotExist:
        raise Http404(_("Kein solches Ereignis.")) from None
    sources = source_views(event)
    context = {
        "event": event,
        "sources": sources,
        "date_explanation": event_date_explanation(event, sources),
        "nearby": selectors.nearby_events(event=event),
    }
    if _is_fragment(request):
        return render(request, "timeline/event_detail.html#event-detail", context)
    return render(request, "timeline/event_detail.html", context)


@require_GET
@vary_on_headers("HX-Request")
def actor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = get_object_or_404(
        Actor.objects.exclude(status=Actor.Status.DISMISSED).prefetch_related("aliases", "roles"),
        pk=pk,
    )
    form = TimelineFilterForm(request.GET)
    after = form.cleaned_data["after"] if form.is_valid() else None
    filters = TimelineFilters(actors=[actor])
    events, next_cursor = selectors.event_page(filters=filters, after=after)
    query = QueryDict(mutable=True)
    page_url = reverse("timeline:actor", args=[actor.pk])
    page = entries(events, scale="month", previous=after[0] if after else False)
    context: dict[str, Any] = {
        "actor": actor,
        "entries": page,
        "rows": rows_html(page),
        "next_cursor": next_cursor,
        "query": query,
        "scale": "month",
        "page_url": page_url,
        "links": list_links(query, page_url=page_url, next_cursor=next_cursor),
    }
    if after is not None and _is_fragment(request):
        # Scrolling on: the next rows only, none of the page's aggregates.
        return render(request, "timeline/index.html#event-rows", context)
    filter_query = QueryDict(mutable=True)
    filter_query["actor"] = str(actor.pk)
    summary = selectors.actor_summary(actor=actor)
    link_bars(summary.overview, base_url=urls().index, query=filter_query)
    context |= {
        "filter_query": filter_query,
        "overview": summary.overview,
        "counterparts": summary.counterparts,
        "type_counts": [(Event.Type(t).label, n) for t, n in summary.types.most_common()],
    }
    return render(request, "timeline/actor_detail.html", context)


def _article_spans(article: Article, text: str) -> tuple[list[Span], bool]:
    """The spans the extractor recognises in the article; if it cannot run, the spans the
    stored sources record. Returns (spans, from_extractor)."""
    try:
        from timeline.services import current_extractor, publication_day

        result: Any = current_extractor().extract(text, publication_day(article))  # type: ignore[attr-defined]
        spans = [
            Span(s.start_char, s.end_char, s.kind, s.value or s.text)
            for s in getattr(result, "spans", [])
            if s.kind in ("actor", "place", "date", "trigger")
        ]
        return spans, True
    except Exception:  # the page must show even when the extractor is unavailable
        spans = []
        for source in article.event_sources.all():
            start, end = source.evidence_start, source.evidence_end
            if not (0 <= start < end <= len(text)) or text[start:end] != source.evidence:
                start = text.find(source.evidence)
                end = start + len(source.evidence)
                if start < 0:
                    continue
            sentence = text[start:end]
            found: list[Span] = []
            found += find_terms(sentence, [source.date_text], "date", source.date_text)
            for name in source.actor_names:
                found += find_terms(sentence, [name, name.split()[-1]], "actor", name)
            found += find_terms(sentence, [source.location_name], "place", source.location_name)
            found += find_terms(sentence, [source.trigger], "trigger", source.trigger)
            spans += [Span(s.start + start, s.end + start, s.kind, s.label) for s in found]
        return spans, False


@require_GET
def article_timeline(request: HttpRequest, pk: int) -> HttpResponse:
    """An article with every recognised actor, place, date phrase and trigger marked, and the
    events drawn from it."""
    article = get_object_or_404(
        Article.objects.select_related("outlet").prefetch_related("event_sources"), pk=pk
    )
    text = article.analysis_text
    spans, from_extractor = _article_spans(article, text)
    title_length = len(article.title) + 2 if article.title else 0
    body_spans = [
        Span(s.start - title_length, s.end - title_length, s.kind, s.label)
        for s in spans
        if s.start >= title_length
    ]
    return render(
        request,
        "timeline/article.html",
        {
            "article": article,
            "body_html": highlight(article.body, body_spans),
            "span_counts": {
                k: sum(1 for s in spans if s.kind == k)
                for k in ("actor", "place", "date", "trigger")
            },
            "from_extractor": from_extractor,
            "events": selectors.article_events(article=article),
            "published": localtime(article.published_at).date() if article.published_at else None,
        },
    )


@require_GET
def export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The current view's rows as CSV (`format=csv`, `excel=1` for `;` and a BOM), JSON
    (`format=json`, one array) or JSON lines (`format=jsonl`), streamed."""
    form, filters = _filters(request)
    if filters is None:
        return HttpResponseBadRequest(
            "\n".join(_error_messages(form)), content_type="text/plain; charset=utf-8"
        )
    kind = request.GET.get("format", "csv")
    events = selectors.event_list(filters=filters)
    stamp = localtime().strftime("%Y%m%d-%H%M")
    response: StreamingHttpResponse
    if kind == "csv":
        excel = request.GET.get("excel") in ("1", "true", "on")
        response = StreamingHttpResponse(
            exports.csv_response_stream(events, excel=excel),
            content_type="text/csv; charset=utf-8",
        )
        suffix = "csv"
    elif kind == "json":
        response = StreamingHttpResponse(
            exports.buffered(exports.json_stream(events)), content_type="application/json"
        )
        suffix = "json"
    elif kind == "jsonl":
        response = StreamingHttpResponse(
            exports.buffered(exports.jsonl_stream(events)), content_type="application/x-ndjson"
        )
        suffix = "jsonl"
    else:
        return HttpResponseBadRequest(
            _("Unbekanntes Format „%(format)s“: csv, json oder jsonl.") % {"format": kind[:20]},
            content_type="text/plain; charset=utf-8",
        )
    name = _export_name(filter_words(form))
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{suffix}"'
    return response

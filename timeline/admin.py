"""The editors' desk: review queue, date correction beside the evidence, merges, history.

The writes are services in `timeline.editorial`; this module wires them into the admin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from config.requests import RowIdAdminMixin, is_row_id
from timeline import editorial, services
from timeline.admin_history import EditorialHistoryAdmin
from timeline.models import (
    LOW_CONFIDENCE,
    Actor,
    ActorAlias,
    ActorRole,
    Event,
    EventActor,
    EventSource,
    Place,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The editors' desk by its name, not Django's ("Django-Verwaltung").
admin.site.site_header = _("Ereignischronik – Redaktion")
admin.site.site_title = _("Ereignischronik – Redaktion")
admin.site.index_title = _("Redaktion")
# The queue needs the width; the site's sections are one click away on the start page.
admin.site.enable_nav_sidebar = False

# ------------------------------------------------------------------------------ helpers


def _user(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def _attname(name: str) -> str:
    return str(getattr(Event._meta.get_field(name), "attname", name))


def highlight(evidence: str, phrase: str) -> SafeString:
    """The evidence sentence with the date phrase marked; both escaped."""
    at = evidence.casefold().find(phrase.casefold()) if phrase else -1
    if at < 0:
        return format_html("{}", evidence)
    end = at + len(phrase)
    return format_html("{}<mark>{}</mark>{}", evidence[:at], evidence[at:end], evidence[end:])


# The review queue's order: what most needs a human first. Mirrors `services.review_reasons`.
REASONS: dict[str, tuple[StrOrPromise, Q]] = {
    "date_conflict": (_("widersprüchliche Daten"), Q(date_conflict=True)),
    "publication_fallback": (
        _("Datum = Veröffentlichungstag"),
        Q(date_basis=Event.DateBasis.PUBLICATION),
    ),
    "fuzzy_date": (
        _("unscharfes oder fehlendes Datum"),
        Q(precision__in=[Event.Precision.APPROXIMATE, Event.Precision.UNKNOWN]),
    ),
    "low_confidence": (_("geringe Konfidenz"), Q(confidence__lt=LOW_CONFIDENCE)),
    "actor_candidate": (_("neuer Akteurskandidat"), Q(has_candidate=True)),
}
QUEUE_ORDERING = ["priority", "-date_start", "-id"]
OPEN_REVIEWS = [Event.Review.NEEDS_REVIEW, Event.Review.NEW]


def _candidate_exists() -> Exists:
    return Exists(
        EventActor.objects.filter(event=OuterRef("pk"), actor__status=Actor.Status.CANDIDATE)
    )


def queue_annotate(queryset: QuerySet[Event]) -> QuerySet[Event]:
    """Annotate `priority` (lower = more urgent): needs_review before new before done; within
    each, conflicting dates, publication-date fallbacks, fuzzy dates, low confidence, actor
    candidates, nothing."""
    queryset = queryset.annotate(has_candidate=_candidate_exists())
    reason_rank = [
        When(condition & Q(review=review), then=Value(base + rank))
        for base, review in ((0, Event.Review.NEEDS_REVIEW), (10, Event.Review.NEW))
        for rank, (_label, condition) in enumerate(REASONS.values(), start=1)
    ]
    return queryset.annotate(
        priority=Case(
            *reason_rank,
            When(review=Event.Review.NEEDS_REVIEW, then=Value(9)),
            When(review=Event.Review.NEW, then=Value(19)),
            When(review=Event.Review.VERIFIED, then=Value(20)),
            default=Value(30),
            output_field=IntegerField(),
        )
    )


# ------------------------------------------------------------------------------ filters


class ReasonFilter(admin.SimpleListFilter):
    title = _("Grund der Prüfung")
    parameter_name = "grund"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [(key, label) for key, (label, _q) in REASONS.items()] + [("none", _("ohne Befund"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        value = self.value()
        if value is None:
            return queryset
        queryset = queryset.filter(review__in=OPEN_REVIEWS)
        if value in REASONS:
            if value == "actor_candidate":
                return queryset.filter(_candidate_exists())
            return queryset.filter(REASONS[value][1])
        if value == "none":
            any_reason = Q()
            for key, (_label, condition) in REASONS.items():
                if key != "actor_candidate":
                    any_reason |= condition
            return queryset.exclude(any_reason).exclude(_candidate_exists())
        return queryset


class ActorFilter(admin.SimpleListFilter):
    """The actors with most events (any actor via `?akteur=<id>`, as the actor list links)."""

    title = _("Akteur")
    parameter_name = "akteur"
    limit = 25

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        actors = (
            Actor.objects.exclude(status=Actor.Status.DISMISSED)
            .annotate(n=Count("event_links"))
            .filter(n__gt=0)
            .order_by("-n", "name")[: self.limit]
        )
        choices = [(str(a.pk), a.name) for a in actors]
        value = self.value()
        if value and is_row_id(value) and value not in {c[0] for c in choices}:
            chosen = Actor.objects.filter(pk=int(value)).first()
            if chosen is not None:
                choices.insert(0, (value, chosen.name))
        return choices

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        value = self.value()
        if value and is_row_id(value):
            return queryset.filter(event_actors__actor_id=int(value))
        if value:
            raise IncorrectLookupParameters(f"not an actor id: {value[:20]!r}")
        return queryset


class DecadeFilter(admin.SimpleListFilter):
    """A coarse period (the date hierarchy refines within it)."""

    title = _("Zeitraum")
    parameter_name = "zeitraum"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("2020", "2020–heute"),
            ("2010", "2010–2019"),
            ("2000", "2000–2009"),
            ("1990", "1990–1999"),
            ("older", str(_("vor 1990"))),
            ("undated", str(_("ohne Datum"))),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        value = self.value()
        if value is None:
            return queryset
        if value not in {key for key, _label in self.lookups(request, None)}:
            # `?zeitraum=10000`: the admin answers with its "invalid filter" page (?e=1).
            raise IncorrectLookupParameters(f"unknown period {value[:20]!r}")
        if value == "undated":
            return queryset.filter(date_start__isnull=True)
        if value == "older":
            return queryset.filter(date_start__year__lt=1990)
        start = int(value)
        if start == 2020:
            return queryset.filter(date_start__year__gte=2020)
        return queryset.filter(date_start__year__gte=start, date_start__year__lt=start + 10)


# ------------------------------------------------------------------------------ event forms


class EventEditMixin(forms.BaseForm):
    """The date rules and the optimistic lock, shared by the change form and the list edits.

    `loaded_version` is the version the editor saw; `clean()` locks the row (inside the admin's
    transaction: SELECT … FOR UPDATE on PostgreSQL, the IMMEDIATE write lock on SQLite) and
    refuses the save, naming who changed what, when the version moved on.
    """

    instance: Event
    current: Event | None = None

    def _track_loaded_values(self) -> None:
        # The values the editor saw travel with the form (hidden "initial-…" inputs), so
        # `changed_data` is what *she* changed, not what differs from a row someone (or the
        # extractor) changed meanwhile: only her changes go onto the current row.
        for name in editorial.TRACKED_FIELDS:
            if name in self.fields:
                self.fields[name].show_hidden_initial = True

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        dates_changed = self.instance.pk is None or any(
            f in self.changed_data for f in editorial.DATE_FIELDS
        )
        if dates_changed and "precision" in cleaned and "date_start" in self.fields:
            try:
                start, end = editorial.date_span_normalize(
                    start=cleaned.get("date_start"),
                    end=cleaned.get("date_end"),
                    precision=cleaned["precision"],
                )
            except ValidationError as error:
                for field, errors in error.error_dict.items():
                    for e in errors:
                        self.add_error(field if field in self.fields else None, e)
            else:
                cleaned["date_start"], cleaned["date_end"] = start, end
                if "date_end" not in self.changed_data and end != self.initial.get("date_end"):
                    self.changed_data.append("date_end")
        if self.instance.pk is not None:
            self._check_version(cleaned)
        return cleaned

    def _show_current(self, current: Event) -> None:
        """Re-render the refused form on the current row: the stored values (and version) in
        every field but those the editor changed herself. Saving again then applies exactly
        her changes, after she has seen the other editor's."""
        mine = set(self.changed_data)
        data = QueryDict(mutable=True)
        data.update(self.data)
        data[self.add_prefix("loaded_version")] = str(current.version)
        for name in editorial.TRACKED_FIELDS:
            if name not in self.fields or not self.fields[name].show_hidden_initial:
                continue
            value = getattr(current, _attname(name))
            text = "" if value is None else formats.localize_input(value)
            data[self.add_initial_prefix(name)] = str(text)
            if name not in mine:
                data[self.add_prefix(name)] = str(text)
        self.data = data

    def _check_version(self, cleaned: dict[str, Any]) -> None:
        loaded = cleaned.get("loaded_version")
        rows = Event.objects.filter(pk=self.instance.pk)
        if connection.in_atomic_block:
            rows = rows.select_for_update()
        current = rows.first()
        if current is None:
            raise ValidationError(_("Dieses Ereignis wurde inzwischen gelöscht."))
        if loaded is not None and current.version != loaded:
            self._show_current(current)
            raise ValidationError(
                editorial.event_conflict_message(event=current, loaded_version=loaded),
                code="edit_conflict",
            )
        self.current = current


class EventForm(EventEditMixin, forms.ModelForm[Event]):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = [
            "type",
            "status",
            "date_start",
            "date_end",
            "precision",
            "place",
            "summary",
            "review",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._track_loaded_values()
        if self.instance.pk is not None and not self.is_bound:
            # The current version (also when reverting: the instance is then an old record).
            self.initial["loaded_version"] = (
                Event.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            )


class EventListForm(EventEditMixin, forms.ModelForm[Event]):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = ["date_start", "date_end", "precision"]
        # Plain date fields: the admin's calendar shortcuts ("Heute | 📅") beside two dates in
        # every row pushed the queue past 1440 px.
        widgets = {
            "date_start": forms.DateInput(attrs={"size": 10, "class": "queue-date"}),
            "date_end": forms.DateInput(attrs={"size": 10, "class": "queue-date"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._track_loaded_values()
        if self.instance.pk is not None:
            self.initial["loaded_version"] = self.instance.version
        # Each row's fields have no visible label (the column header is one for all rows):
        # name the field and the event for screen readers and voice control.
        subject = self.instance.summary or self.instance.get_type_display()
        for name, field in self.fields.items():
            if name in self.Meta.fields:
                field.widget.attrs["aria-label"] = f"{field.label}: {subject}"


# More than this between the start dates of events about to be merged earns a warning.
MERGE_DATE_WARNING_DAYS = 7


def merge_warnings(events: Sequence[Event]) -> list[str]:
    """What an editor should look at twice before merging `events` into one."""
    warnings: list[str] = []
    types = {e.type for e in events}
    if len(types) > 1:
        labels = ", ".join(sorted(str(Event.Type(t).label) for t in types))
        warnings.append(
            str(
                _(
                    "Verschiedene Arten (%(types)s): das Ergebnis behält die Art des Eintrags, "
                    "der bleibt."
                )
            )
            % {"types": labels}
        )
    starts = [e.date_start for e in events if e.date_start is not None]
    if starts and (max(starts) - min(starts)).days > MERGE_DATE_WARNING_DAYS:
        warnings.append(
            _("Die Daten liegen %(days)s Tage auseinander.")
            % {"days": (max(starts) - min(starts)).days}
        )
    actor_sets = [
        set(EventActor.objects.filter(event=e).values_list("actor_id", flat=True)) for e in events
    ]
    if all(actor_sets) and not set.intersection(*actor_sets):
        warnings.append(str(_("Die Ereignisse haben keinen Akteur gemeinsam.")))
    return warnings


# ------------------------------------------------------------------------------ inlines


class LabelledInlineFormSet(BaseInlineFormSet):  # type: ignore[type-arg]
    """A table row's fields have no <label> (the column header is none): each names itself,
    e.g. "Rolle (2)", "Löschen (2)" (axe: label, select-name)."""

    def add_fields(self, form: Any, index: int | None) -> None:
        super().add_fields(form, index)
        row = "neu" if index is None else str(index + 1)
        for field in form.fields.values():
            if not field.widget.is_hidden:
                field.widget.attrs.setdefault("aria-label", f"{field.label} ({row})")


class ActorsChangedFormSet(LabelledInlineFormSet):
    pass


class EventActorInline(admin.TabularInline[EventActor, Event]):
    model = EventActor
    formset = ActorsChangedFormSet
    template = "admin/timeline/event/tabular_actors.html"
    autocomplete_fields = ["actor"]
    extra = 0
    verbose_name = _("Akteur")
    verbose_name_plural = _("Akteure")


class ActorAliasInline(admin.TabularInline[ActorAlias, Actor]):
    model = ActorAlias
    formset = LabelledInlineFormSet
    extra = 1


class ActorRoleInline(admin.TabularInline[ActorRole, Actor]):
    model = ActorRole
    formset = LabelledInlineFormSet
    extra = 0
    fields = ["office", "country", "start", "end", "titles"]


# ------------------------------------------------------------------------------ events


@admin.register(Event)
class EventAdmin(EditorialHistoryAdmin):
    form = EventForm

    class Media:
        css = {"all": ["css/admin_queue.css"]}

    # Fits 1440 px without sideways scrolling (tests/test_admin_queue_layout.py): the date
    # basis is among the reasons, the status beside the type, the actors in the summary.
    list_display = [
        "summary_short",
        "evidence_sentence",
        "queue_reasons",
        "type_status",
        "date_start",
        "date_end",
        "precision",
        "review_badge",
        "source_count",
    ]
    list_display_links = ["summary_short"]
    list_editable = ["date_start", "date_end", "precision"]
    list_filter = [
        ReasonFilter,
        "review",
        "type",
        "status",
        ActorFilter,
        DecadeFilter,
        "sources__article__outlet",
        "date_basis",
    ]
    list_select_related = ["place"]
    list_per_page = 50
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ["summary", "actors__name", "sources__evidence"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["place"]
    inlines = [EventActorInline]
    actions = ["confirm_events", "reject_events", "merge_events", "mark_for_review"]
    history_list_display = ["date_start", "date_end", "precision", "review"]
    readonly_fields = [
        "sources_overview",
        "date_basis",
        "date_conflict",
        "review_reasons_display",
        "confidence",
        "locked_fields",
        "created_by_editor",
        "edited_at",
        "edited_by",
        "version",
    ]
    fieldsets = [
        (
            _("Datum beim Beleg"),
            {
                "fields": [
                    "sources_overview",
                    ("date_start", "date_end"),
                    ("precision", "status"),
                    ("date_basis", "date_conflict"),
                    "loaded_version",
                ],
                "description": _(
                    "Jede Quelle mit ihrem Satz; die Datumsangabe ist markiert. Ein geändertes "
                    "Datum gilt als redaktionell gesetzt: Die Extraktion ändert es nicht mehr."
                ),
            },
        ),
        (_("Ereignis"), {"fields": ["type", "summary", "place"]}),
        (
            _("Prüfung"),
            {
                "fields": [
                    ("review", "review_reasons_display"),
                    "confidence",
                    "locked_fields",
                    ("created_by_editor", "edited_at", "edited_by", "version"),
                ]
            },
        ),
    ]

    # -- queue

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        sources = EventSource.objects.filter(event=OuterRef("pk")).values("event")
        # ModelAdmin.get_queryset orders before we could annotate: build it here instead.
        return (
            queue_annotate(self.model._default_manager.get_queryset())
            .order_by(*QUEUE_ORDERING)
            .annotate(
                n_sources=Coalesce(
                    Subquery(sources.annotate(n=Count("pk")).values("n")),
                    Value(0),
                )
            )
            .prefetch_related(
                Prefetch("actors", queryset=Actor.objects.only("name")),
                Prefetch(
                    "sources",
                    queryset=EventSource.objects.only("event_id", "evidence", "date_text").order_by(
                        "id"
                    ),
                    to_attr="queue_sources",
                ),
            )
        )

    def get_ordering(self, request: HttpRequest) -> Sequence[str]:
        # The queue's order needs the annotation; other admins (the actor inline's event
        # field) order plain event querysets through this method too.
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "timeline_event_changelist":
            return QUEUE_ORDERING
        return ["-date_start", "-id"]

    def get_changelist_form(self, request: HttpRequest, **kwargs: Any) -> Any:
        kwargs.setdefault("form", EventListForm)
        return super().get_changelist_form(request, **kwargs)

    @admin.display(description=_("Ereignis"), ordering="summary")
    def summary_short(self, obj: Event) -> str:
        text = obj.summary or str(obj)
        return text if len(text) <= 90 else text[:89] + "…"

    @admin.display(description=_("Grund der Prüfung"), ordering="priority")
    def queue_reasons(self, obj: Event) -> str:
        if obj.review not in OPEN_REVIEWS:
            return "–"
        reasons = [str(label) for key, (label, _q) in REASONS.items() if self._has_reason(obj, key)]
        return ", ".join(reasons) or "–"

    @staticmethod
    def _has_reason(obj: Event, key: str) -> bool:
        return {
            "date_conflict": obj.date_conflict,
            "publication_fallback": obj.date_basis == Event.DateBasis.PUBLICATION,
            "fuzzy_date": obj.precision in (Event.Precision.APPROXIMATE, Event.Precision.UNKNOWN),
            "low_confidence": obj.confidence < LOW_CONFIDENCE,
            "actor_candidate": bool(getattr(obj, "has_candidate", False)),
        }[key]

    @admin.display(description=_("Beleg"))
    def evidence_sentence(self, obj: Event) -> SafeString:
        """The first source's sentence with its date phrase marked (what the date rests on)."""
        sources = getattr(obj, "queue_sources", None)
        if not sources:
            return format_html("{}", "–")
        evidence, phrase = sources[0].evidence, sources[0].date_text
        text = evidence if len(evidence) <= 220 else evidence[:219] + "…"
        return format_html('<span class="queue-evidence">{}</span>', highlight(text, phrase))

    @admin.display(description=_("Art"), ordering="type")
    def type_status(self, obj: Event) -> str:
        if obj.status == Event.Status.PLANNED:
            return f"{obj.get_type_display()} ({obj.get_status_display()})"
        return str(obj.get_type_display())

    @admin.display(description=_("Prüfstatus"), ordering="review")
    def review_badge(self, obj: Event) -> str:
        label = obj.get_review_display()
        if obj.date_basis == Event.DateBasis.EDITOR:
            return f"{label} ✎"
        return label

    @admin.display(description=_("Akteure"))
    def actor_names(self, obj: Event) -> str:
        return ", ".join(a.name for a in obj.actors.all())

    @admin.display(description=_("Quellen"), ordering="n_sources")
    def source_count(self, obj: Event) -> int:
        return int(getattr(obj, "n_sources", 0))

    @admin.display(description=_("Gründe"))
    def review_reasons_display(self, obj: Event) -> str:
        if obj.pk is None:
            return "–"
        labels = {key: label for key, (label, _q) in REASONS.items()}
        return ", ".join(str(labels[r]) for r in services.review_reasons(obj) if r in labels) or "–"

    # -- evidence

    @admin.display(description=_("Quellen"))
    def sources_overview(self, obj: Event) -> SafeString:
        if obj.pk is None:
            return format_html("{}", _("Noch keine Quellen."))
        sources = list(
            EventSource.objects.filter(event_id=obj.pk).select_related("article__outlet")
        )
        if not sources:
            return format_html("{}", _("Keine Quellen."))
        rows = []
        for source in sources:
            article = source.article
            published = (
                formats.date_format(article.published_at, "SHORT_DATE_FORMAT")
                if article.published_at
                else _("unbekannt")
            )
            resolved = (
                f"{source.date_start:%d.%m.%Y}"
                + (
                    f"–{source.date_end:%d.%m.%Y}"
                    if source.date_end and source.date_end != source.date_start
                    else ""
                )
                if source.date_start
                else "–"
            )
            split = (
                format_html(
                    '<a href="{}">{}</a>',
                    reverse("admin:timeline_event_split", args=[obj.pk, source.pk]),
                    _("abspalten"),
                )
                if len(sources) > 1
                else ""
            )
            rows.append(
                (
                    highlight(source.evidence, source.date_text),
                    source.date_text or "–",
                    resolved,
                    source.get_precision_display(),
                    source.get_date_basis_display(),
                    article.outlet.name if article.outlet else "–",
                    published,
                    reverse("admin:articles_article_change", args=[article.pk]),
                    article,
                    split,
                )
            )
        body = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
            '<td><a href="{}">{}</a></td><td>{}</td></tr>',
            rows,
        )
        headers = [
            _("Satz"),
            _("Datumsangabe"),
            _("aufgelöst"),
            _("Genauigkeit"),
            _("ermittelt"),
            _("Medium"),
            _("veröffentlicht"),
            _("Artikel"),
            "",
        ]
        head = format_html_join("", "<th>{}</th>", ((h,) for h in headers))
        return format_html(
            '<table class="event-sources"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>',
            head,
            body,
        )

    # -- saving

    def save_model(self, request: HttpRequest, obj: Event, form: Any, change: bool) -> None:
        user = _user(request)
        if not change:
            editorial.event_create_by_editor(event=obj, user=user)
            return
        current: Event = form.current or Event.objects.get(pk=obj.pk)
        tracked = [f for f in editorial.TRACKED_FIELDS if f in form.fields]
        if getattr(request, "_timeline_revert", False):
            # A revert restores the whole record; what differs from now is the editor's change.
            changed = [
                f for f in tracked if getattr(obj, _attname(f)) != getattr(current, _attname(f))
            ]
        else:
            # Only what the editor changed goes onto the current row (no lost update of
            # fields someone or the extractor changed meanwhile).
            changed = [f for f in form.changed_data if f in tracked]
            for field in Event._meta.concrete_fields:
                if field.name not in changed and not field.primary_key:
                    setattr(obj, field.attname, getattr(current, field.attname))
        expected = form.cleaned_data.get("loaded_version") or current.version
        if changed:
            editorial.event_save_edit(
                event=obj, changed_fields=changed, user=user, expected_version=expected
            )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        obj: Event = form.instance
        actors_changed = any(
            isinstance(fs, ActorsChangedFormSet) and fs.has_changed() for fs in formsets
        )
        if change and actors_changed:
            loaded = form.cleaned_data.get("loaded_version")
            already_claimed = loaded is not None and obj.version > loaded
            editorial.event_save_edit(
                event=obj,
                changed_fields=["actors"],
                user=_user(request),
                claim_version=not already_claimed,
            )

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.method == "POST" and "_save" in request.POST:
            # List edits: validation (which locks the rows) and saves in one transaction.
            with transaction.atomic():
                response: HttpResponse = super().changelist_view(request, extra_context)
            return response
        response = super().changelist_view(request, extra_context)
        return response

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        request._timeline_revert = True  # type: ignore[attr-defined]
        with transaction.atomic():
            response: HttpResponse = super().history_form_view(
                request, object_id, version_id, extra_context
            )
        return response

    # -- actions

    def _each(
        self,
        request: HttpRequest,
        queryset: QuerySet[Event],
        apply: Any,
        done_message: Callable[[int], str],
    ) -> None:
        """Apply `apply` to each event; `done_message(n)` reports how many it changed."""
        done = 0
        for event in queryset:
            try:
                apply(event=event, user=_user(request))
            except editorial.EditConflict:
                self.message_user(
                    request,
                    _("„%(event)s“ wurde gerade von jemand anderem geändert; bitte neu laden.")
                    % {"event": event},
                    messages.WARNING,
                )
            else:
                done += 1
        self.message_user(request, done_message(done), messages.SUCCESS)

    @admin.action(description=_("Bestätigen (alles so festschreiben)"), permissions=["change"])
    def confirm_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._each(
            request,
            queryset,
            editorial.event_confirm,
            lambda n: (
                ngettext("%(n)s Ereignis bestätigt.", "%(n)s Ereignisse bestätigt.", n) % {"n": n}
            ),
        )

    @admin.action(description=_("Verwerfen (für Leser ausblenden)"), permissions=["change"])
    def reject_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._each(
            request,
            queryset,
            editorial.event_reject,
            lambda n: (
                ngettext("%(n)s Ereignis verworfen.", "%(n)s Ereignisse verworfen.", n) % {"n": n}
            ),
        )

    @admin.action(description=_("Wieder zur Prüfung vorlegen"), permissions=["change"])
    def mark_for_review(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        def apply(*, event: Event, user: User | None) -> Event:
            event.review = Event.Review.NEEDS_REVIEW
            return editorial.event_save_edit(event=event, changed_fields=["review"], user=user)

        self._each(
            request,
            queryset,
            apply,
            lambda n: (
                ngettext(
                    "%(n)s Ereignis zur Prüfung vorgelegt.",
                    "%(n)s Ereignisse zur Prüfung vorgelegt.",
                    n,
                )
                % {"n": n}
            ),
        )

    @admin.action(
        description=_("Ausgewählte Ereignisse zusammenführen"), permissions=["change", "delete"]
    )
    def merge_events(
        self, request: HttpRequest, queryset: QuerySet[Event]
    ) -> TemplateResponse | None:
        events = list(queryset)
        if len(events) < 2:
            self.message_user(
                request, _("Bitte mindestens zwei Ereignisse auswählen."), messages.WARNING
            )
            return None
        if request.POST.get("post") == "yes":
            target = next((e for e in events if str(e.pk) == request.POST.get("target")), None)
            merged = editorial.events_merge(events=events, user=_user(request), target=target)
            self.message_user(
                request,
                ngettext(
                    "%(n)s Ereignis in „%(event)s“ zusammengeführt.",
                    "%(n)s Ereignisse in „%(event)s“ zusammengeführt.",
                    len(events) - 1,
                )
                % {"n": len(events) - 1, "event": merged},
                messages.SUCCESS,
            )
            return None
        best = editorial.events_merge_target(events=events)
        context = {
            "warnings": merge_warnings(events),
            **self.admin_site.each_context(request),
            "title": _("Ereignisse zusammenführen"),
            "opts": self.model._meta,
            "objects": events,
            "best": best,
            "action": "merge_events",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "explanation": _(
                "Das gewählte Ereignis bleibt und erhält die Quellen und Akteure der anderen; "
                "die anderen werden gelöscht (ihre Historie bleibt). Stimmen die Daten der "
                "Quellen überein, ist das Ergebnis bestätigt; widersprechen sie sich, kommt es "
                "als „zu prüfen“ zurück in die Liste."
            ),
        }
        return TemplateResponse(request, "admin/timeline/merge_confirmation.html", context)

    # -- split a source off

    def get_urls(self) -> list[URLPattern]:
        urls: list[URLPattern] = super().get_urls()
        split = path(
            "<id:object_id>/quelle/<id:source_id>/abspalten/",
            self.admin_site.admin_view(self.split_source_view),
            name="timeline_event_split",
        )
        return [split, *urls]

    def split_source_view(
        self, request: HttpRequest, object_id: int, source_id: int
    ) -> HttpResponse:
        event = get_object_or_404(Event, pk=object_id)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        source = get_object_or_404(
            EventSource.objects.select_related("article__outlet"), pk=source_id, event=event
        )
        if request.method == "POST":
            try:
                new = editorial.event_split_source(source=source, user=_user(request))
            except ValidationError as error:
                self.message_user(request, "; ".join(error.messages), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[event.pk]))
            self.message_user(
                request,
                _("Quelle als eigenes Ereignis abgespalten; bitte Datum und Akteure prüfen."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[new.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Quelle abspalten"),
            "opts": self.model._meta,
            "original": event,
            "source": source,
            "evidence": highlight(source.evidence, source.date_text),
        }
        return TemplateResponse(request, "admin/timeline/event/split_source.html", context)


@admin.register(EventSource)
class EventSourceAdmin(RowIdAdminMixin, admin.ModelAdmin[EventSource]):
    list_display = ["evidence_short", "date_text", "date_start", "precision", "article", "event"]
    list_select_related = ["article", "event"]
    search_fields = ["evidence", "date_text"]
    list_filter = ["precision", "date_basis", "added_by_editor"]
    raw_id_fields = ["event", "article"]
    readonly_fields = ["extractor_version", "created_at"]

    @admin.display(description=_("Beleg (Satz)"))
    def evidence_short(self, obj: EventSource) -> str:
        return obj.evidence[:100]


# ------------------------------------------------------------------------------ actors, places


@admin.register(Actor)
class ActorAdmin(EditorialHistoryAdmin):
    list_display = ["name", "kind", "status", "candidate_title", "country", "events_link"]
    list_filter = ["status", "kind", "country"]
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ["name", "aliases__alias"]
    inlines = [ActorAliasInline, ActorRoleInline]
    actions = ["confirm_candidates", "dismiss_candidates", "merge_actors"]
    fields = ["name", "kind", "country", "status", "candidate_title"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Actor]:
        queryset: QuerySet[Actor] = super().get_queryset(request)
        return queryset.annotate(n_events=Count("event_links"))

    @admin.display(description=_("Ereignisse"), ordering="n_events")
    def events_link(self, obj: Actor) -> SafeString:
        url = reverse("admin:timeline_event_changelist") + f"?akteur={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, getattr(obj, "n_events", 0))

    @admin.action(
        description=_("Kandidaten bestätigen (Artikel neu extrahieren)"), permissions=["change"]
    )
    def confirm_candidates(self, request: HttpRequest, queryset: QuerySet[Actor]) -> None:
        queued = editorial.actor_candidate_confirm(actors=list(queryset), user=_user(request))
        self.message_user(
            request,
            ngettext(
                "Bestätigt; %(n)s Artikel wird neu extrahiert.",
                "Bestätigt; %(n)s Artikel werden neu extrahiert.",
                queued,
            )
            % {"n": queued},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Kandidaten verwerfen (Artikel neu extrahieren)"), permissions=["change"]
    )
    def dismiss_candidates(self, request: HttpRequest, queryset: QuerySet[Actor]) -> None:
        queued = editorial.actor_candidate_dismiss(actors=list(queryset), user=_user(request))
        self.message_user(
            request,
            ngettext(
                "Verworfen; %(n)s Artikel wird neu extrahiert.",
                "Verworfen; %(n)s Artikel werden neu extrahiert.",
                queued,
            )
            % {"n": queued},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Ausgewählte Akteure zusammenführen"), permissions=["change", "delete"]
    )
    def merge_actors(
        self, request: HttpRequest, queryset: QuerySet[Actor]
    ) -> TemplateResponse | None:
        actors = list(queryset)
        if len(actors) < 2:
            self.message_user(
                request, _("Bitte mindestens zwei Akteure auswählen."), messages.WARNING
            )
            return None
        if request.POST.get("post") == "yes":
            target = next((a for a in actors if str(a.pk) == request.POST.get("target")), None)
            if target is None:
                self.message_user(request, _("Bitte den bleibenden Akteur wählen."), messages.ERROR)
                return None
            merged = editorial.actors_merge(actors=actors, target=target, user=_user(request))
            self.message_user(
                request,
                _("Zusammengeführt in „%(actor)s“; die anderen Namen sind jetzt Schreibweisen.")
                % {"actor": merged},
                messages.SUCCESS,
            )
            return None
        best = max(
            actors,
            key=lambda a: (a.status == Actor.Status.CONFIRMED, getattr(a, "n_events", 0), -a.pk),
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Akteure zusammenführen"),
            "opts": self.model._meta,
            "objects": actors,
            "best": best,
            "action": "merge_actors",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "explanation": _(
                "Der gewählte Akteur bleibt: Er übernimmt alle Beteiligungen, Schreibweisen und "
                "Ämter der anderen, deren Namen werden seine Schreibweisen; die anderen werden "
                "gelöscht."
            ),
        }
        return TemplateResponse(request, "admin/timeline/merge_confirmation.html", context)


@admin.register(Place)
class PlaceAdmin(EditorialHistoryAdmin):
    list_display = ["name", "kind", "country", "capital", "event_count"]
    list_filter = ["kind", "capital", "country"]
    search_fields = ["name", "variants"]
    show_facets = admin.ShowFacets.ALWAYS

    def get_queryset(self, request: HttpRequest) -> QuerySet[Place]:
        queryset: QuerySet[Place] = super().get_queryset(request)
        return queryset.annotate(n_events=Count("events"))

    @admin.display(description=_("Ereignisse"), ordering="n_events")
    def event_count(self, obj: Place) -> int:
        return int(getattr(obj, "n_events", 0))

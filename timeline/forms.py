"""The timeline's GET parameters, validated: nothing from request.GET reaches the ORM
without passing through this form."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from articles import date_bounds
from articles.models import Outlet
from timeline.models import Actor, Event, EventActor, Place
from timeline.periods import Period, parse_period

MAX_ACTORS = 8
# "<key>.<id>" (`selectors.cursor_token`): the key a day or "x", a count or a confidence.
_CURSOR = re.compile(r"^([0-9x.e+-]{1,30})\.(\d{1,19})$")
_BIGINT = 2**63


class _Shared:
    """A field of the timeline's filter form that every instance shares instead of getting a
    deep copy: the timeline builds that form on every request, and copying its 13 fields
    (widgets, choices, querysets) cost ~0.4 ms, more than validating them. Safe because
    nothing changes a field after its declaration: the widget attributes are declared
    below, not set per instance, and rendering and cleaning only read the fields."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


class _CharField(_Shared, forms.CharField):
    pass


class _ChoiceField(_Shared, forms.ChoiceField):
    pass


class _MultipleChoiceField(_Shared, forms.MultipleChoiceField):
    pass


class _ModelChoiceField(_Shared, forms.ModelChoiceField):  # type: ignore[type-arg]
    pass


class _BooleanField(_Shared, forms.BooleanField):
    pass


class ActorsField(_Shared, forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    """The selected actors: `ModelMultipleChoiceField`'s validation and error messages, in one
    query of the columns the timeline shows (id, name, status; the others load on access).

    The stock field builds a queryset per value to check its type, then one more to load
    whole rows: about 1 ms of ORM for a query that takes 0.1 ms, on every timeline request
    with an actor filter. The query is its queryset's (undismissed actors, by name)."""

    def clean(self, value: Any) -> list[Actor]:  # type: ignore[override]
        value = self.prepare_value(value)
        if not value:
            return []
        if not isinstance(value, list | tuple):
            raise ValidationError(self.error_messages["invalid_list"], code="invalid_list")
        ids: set[int] = set()
        for pk in dict.fromkeys(value):
            self.validate_no_null_characters(pk)
            try:
                ids.add(int(pk))
            except (ValueError, TypeError):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                ) from None
        # An id outside the column's range matches nothing (and SQLite cannot bind it).
        wanted = sorted(pk for pk in ids if -_BIGINT <= pk < _BIGINT)
        found: list[Actor] = []
        if wanted:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT id, name, status FROM timeline_actor WHERE NOT (status = %s) "
                    f"AND id IN ({', '.join(['%s'] * len(wanted))}) ORDER BY name",
                    [Actor.Status.DISMISSED.value, *wanted],
                )
                found = [
                    Actor.from_db(connection.alias, ["id", "name", "status"], row)
                    for row in cursor.fetchall()
                ]
        pks = {str(actor.pk) for actor in found}
        for pk in value:
            if str(pk) not in pks:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        self.run_validators(value)
        return found


class PlaceField(_CharField):
    """A place by name as typed ("Minsk", case ignored; "Minsk (12)" as the suggestion list
    shows it) or by id (older links): the field is a searchable text input with suggestions,
    not a <select> of every lexicon place. Cleans to the Place, or None when empty."""

    _COUNT = re.compile(r"\s*\(\d+\)$")

    def clean(self, value: Any) -> Place | None:
        text = " ".join(str(super().clean(value) or "").split())
        if not text:
            return None
        text = self._COUNT.sub("", text)
        places = Place.objects.order_by("pk")
        found: Place | None = None
        if text.isdigit() and len(text) < 19:
            found = places.filter(pk=int(text)).first()
        else:
            found = places.filter(name__iexact=text).first()
        if found is None:
            raise ValidationError(
                _("Kein Ort „%(name)s“ bekannt."), code="invalid_choice", params={"name": text}
            )
        return found


class TimelineFilterForm(forms.Form):
    """Filters of the timeline, its exports and its overview. All fields optional."""

    # A bad value in these marks its field; the list is shown without it (`period_only_errors`).
    PERIOD_FIELDS = frozenset({"start", "end"})

    SORTS = (
        ("date", _("Datum, älteste zuerst")),
        ("date_desc", _("Datum, neueste zuerst")),
        ("sources", _("Anzahl der Quellen")),
        ("confidence", _("Sicherheit")),
    )
    SCALES = (("year", _("Jahre")), ("month", _("Monate")), ("day", _("Tage")))
    MATCHES = (("any", _("einer der Akteure")), ("all", _("alle Akteure zusammen")))

    actor = ActorsField(
        label=_("Akteure"),
        queryset=Actor.objects.exclude(status=Actor.Status.DISMISSED),
        required=False,
        widget=forms.MultipleHiddenInput,
    )
    add_actor = _CharField(
        label=_("Akteur hinzufügen"),
        required=False,
        max_length=200,
        help_text=_("Name oder Schreibweise, z. B. „Putin“"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "data-no-autosubmit": "", "list": ""}),
    )
    match = _ChoiceField(
        label=_("Mehrere Akteure"),
        choices=MATCHES,
        required=False,
        widget=forms.RadioSelect,
    )
    type = _MultipleChoiceField(
        label=_("Art"),
        choices=Event.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    status = _ChoiceField(
        label=_("Status"),
        choices=[("", _("alle")), *Event.Status.choices],
        required=False,
    )
    start = _CharField(
        label=_("von"),
        required=False,
        max_length=40,
        help_text=_("z. B. 2020, Mai 2024, 23.05.2024, Sommer 2020, Q3 2020, letzte 30 Tage"),
        widget=forms.TextInput(attrs={"size": 12, "autocomplete": "off"}),
    )
    end = _CharField(
        label=_("bis"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"size": 12, "autocomplete": "off"}),
    )
    place = PlaceField(
        label=_("Ort"),
        required=False,
        max_length=200,
        help_text=_("Name, z. B. „Minsk“; vorgeschlagen werden Orte mit Ereignissen"),
    )
    outlet = _ModelChoiceField(
        label=_("Medium"),
        queryset=Outlet.objects.order_by("name"),
        required=False,
        empty_label=_("alle"),
    )
    verified = _BooleanField(label=_("nur bestätigte"), required=False)
    no_doubtful = _BooleanField(
        label=_("Zweifelhafte ausblenden"),
        required=False,
        help_text=_("ohne Ereignisse mit widersprüchlichen Daten oder geringer Sicherheit"),
    )
    sort = _ChoiceField(label=_("Sortierung"), choices=SORTS, required=False)
    q = _CharField(label=_("Text"), required=False, max_length=200, widget=forms.SearchInput)
    scale = _ChoiceField(
        label=_("Maßstab"), choices=SCALES, required=False, widget=forms.RadioSelect
    )
    after = _CharField(required=False, max_length=40, widget=forms.HiddenInput)

    # What the timeline shows when these are not given. The form fills them in, so that their
    # radio buttons show the current choice; the view's normalised URL leaves them out.
    DEFAULTS = {"match": "any", "scale": "month", "sort": "date"}

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any) -> None:
        if data is not None and any(not data.get(key) for key in self.DEFAULTS):
            data = data.copy()
            for key, value in self.DEFAULTS.items():
                if not data.get(key):
                    data[key] = value
        super().__init__(data, *args, **kwargs)

    def _period(self, name: str) -> Period | None:
        text: str = self.cleaned_data.get(name, "")
        if not text:
            return None
        try:
            period = parse_period(text)
        except ValueError:
            raise forms.ValidationError(
                _(
                    "„%(value)s“ ist kein Zeitraum. Erlaubt sind z. B. 2020, Mai 2024, 05.2024, "
                    "23.05.2024, 2024-05-23, Sommer 2020, Q3 2020, 2. Halbjahr 2021 oder "
                    "letzte 30 Tage."
                ),
                code="period",
                params={"value": text},
            ) from None
        if period.start < date_bounds.EARLIEST or period.end > date_bounds.DB_LATEST:
            raise forms.ValidationError(
                _("Zeiträume liegen zwischen %(first)s und %(last)s."),
                code="period_range",
                params={
                    "first": date_bounds.EARLIEST.year,
                    "last": date_bounds.DB_LATEST.year,
                },
            )
        return period

    @property
    def period_only_errors(self) -> bool:
        """Invalid, but only in the period: the other filters still hold."""
        return bool(self.errors) and set(self.errors) <= self.PERIOD_FIELDS

    def clean_start(self) -> date | None:
        period = self._period("start")
        return period.start if period else None

    def clean_end(self) -> date | None:
        period = self._period("end")
        return period.end if period else None

    def clean_match(self) -> str:
        return self.cleaned_data.get("match") or self.DEFAULTS["match"]

    def clean_scale(self) -> str:
        return self.cleaned_data.get("scale") or self.DEFAULTS["scale"]

    def clean_sort(self) -> str:
        return self.cleaned_data.get("sort") or self.DEFAULTS["sort"]

    def clean_after(self) -> tuple[str, int] | None:
        """The cursor's key (read in `clean`, by the order it belongs to) and id."""
        text: str = self.cleaned_data.get("after", "")
        if not text:
            return None
        m = _CURSOR.match(text)
        if m is None or int(m[2]) >= _BIGINT:
            raise forms.ValidationError(_("Ungültige Fortsetzungsmarke."), code="cursor")
        return m[1], int(m[2])

    @staticmethod
    def _cursor_key(key: str, sort: str) -> date | int | float | None:
        """The sort key of a cursor in the order `sort`; ValueError when it is none."""
        if sort == "sources":
            if not key.isdigit() or len(key) > 18:
                raise ValueError(key)
            return int(key)
        if sort == "confidence":
            value = float(key)
            if not math.isfinite(value):
                raise ValueError(key)
            return value
        if key == "x":
            return None
        day = date.fromisoformat(key)
        if not date_bounds.EARLIEST <= day <= date_bounds.DB_LATEST:
            raise ValueError(key)
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("Das Ende des Zeitraums liegt vor seinem Anfang."))
        actors = list(data.get("actor") or [])
        name = (data.get("add_actor") or "").strip()
        if name:
            found = next(iter(actor_lookup(name, limit=1)), None)
            if found is None:
                self.add_error("add_actor", _("Kein Akteur „%(name)s“ bekannt.") % {"name": name})
            elif found not in actors:
                actors.append(found)
        if len(actors) > MAX_ACTORS:
            self.add_error("actor", _("Höchstens %(n)d Akteure auf einmal.") % {"n": MAX_ACTORS})
        data["actor"] = actors
        after = data.get("after")
        if after is not None:
            try:
                data["after"] = (self._cursor_key(after[0], data.get("sort") or "date"), after[1])
            except ValueError:
                self.add_error("after", _("Ungültige Fortsetzungsmarke."))
        return data


# How many matching actors are ranked (those with most events) for a suggestion list.
_RANKED_POOL = 200


def actor_lookup(text: str, *, limit: int = 10) -> list[Actor]:
    """Actors whose name or a spelling contains `text`, ranked as a reader expects: an exact
    name or spelling first, then those with a word of the name or a spelling starting with
    `text` ("Put" → Putin, not Czaputowicz), each group by number of (visible) events;
    actors without events last. Each comes with `event_count`."""
    text = " ".join(text.split())
    if not text:
        return []
    events = (
        EventActor.objects.filter(actor=OuterRef("pk"))
        .exclude(event__review=Event.Review.REJECTED)
        .order_by()
        .values("actor")
        .annotate(n=Count("*"))
        .values("n")
    )
    matching = Actor.objects.exclude(status=Actor.Status.DISMISSED).filter(
        Q(name__icontains=text) | Q(aliases__alias__icontains=text)
    )
    pool: list[Actor] = list(
        Actor.objects.filter(pk__in=matching.values("pk"))
        .annotate(event_count=Coalesce(Subquery(events, output_field=IntegerField()), 0))
        .prefetch_related("aliases")
        .order_by("-event_count", "name")[:_RANKED_POOL]
    )
    wanted = text.casefold()

    def rank(actor: Actor) -> tuple[int, int, int, int, str]:
        names = [actor.name, *(a.alias for a in actor.aliases.all())]
        folded = [n.casefold() for n in names]
        exact = wanted in folded
        prefix = any(w.startswith(wanted) for n in folded for w in [n, *n.split()])
        count: int = actor.event_count  # type: ignore[attr-defined]
        return (not exact, count == 0, not prefix, -count, actor.name)

    return sorted(pool, key=rank)[:limit]

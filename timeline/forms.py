"""The timeline's GET parameters, validated: nothing from request.GET reaches the ORM
without passing through this form."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.models import Outlet
from timeline.models import Actor, Event, Place
from timeline.periods import Period, parse_period

MAX_ACTORS = 8
_CURSOR = re.compile(r"^(\d{4}-\d{2}-\d{2}|x)\.(\d{1,19})$")


class TimelineFilterForm(forms.Form):
    """Filters of the timeline, its exports and its overview. All fields optional."""

    SCALES = (("year", _("Jahre")), ("month", _("Monate")), ("day", _("Tage")))
    MATCHES = (("any", _("einer der Akteure")), ("all", _("alle Akteure zusammen")))

    actor = forms.ModelMultipleChoiceField(
        label=_("Akteure"),
        queryset=Actor.objects.exclude(status=Actor.Status.DISMISSED),
        required=False,
        widget=forms.MultipleHiddenInput,
    )
    add_actor = forms.CharField(
        label=_("Akteur hinzufügen"),
        required=False,
        max_length=200,
        help_text=_("Name oder Schreibweise, z. B. „Putin“"),
    )
    match = forms.ChoiceField(
        label=_("Mehrere Akteure"),
        choices=MATCHES,
        required=False,
        widget=forms.RadioSelect,
    )
    type = forms.MultipleChoiceField(
        label=_("Art"),
        choices=Event.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("alle")), *Event.Status.choices],
        required=False,
    )
    start = forms.CharField(
        label=_("von"),
        required=False,
        max_length=40,
        help_text=_("z. B. 2020, Mai 2024, 05.2024, 2024-05-23"),
    )
    end = forms.CharField(label=_("bis"), required=False, max_length=40)
    place = forms.ModelChoiceField(
        label=_("Ort"),
        queryset=Place.objects.order_by("name"),
        required=False,
        empty_label=_("alle"),
    )
    outlet = forms.ModelChoiceField(
        label=_("Medium"),
        queryset=Outlet.objects.order_by("name"),
        required=False,
        empty_label=_("alle"),
    )
    verified = forms.BooleanField(label=_("nur bestätigte"), required=False)
    q = forms.CharField(label=_("Text"), required=False, max_length=200)
    scale = forms.ChoiceField(label=_("Maßstab"), choices=SCALES, required=False)
    after = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            self.fields[name].widget.attrs.update({"size": 12, "autocomplete": "off"})
        self.fields["add_actor"].widget.attrs.update(
            {"autocomplete": "off", "data-no-autosubmit": "", "list": ""}
        )
        self.fields["q"].widget.attrs.update({"type": "search"})
        self.fields["q"].widget.input_type = "search"

    def _period(self, name: str) -> Period | None:
        text: str = self.cleaned_data.get(name, "")
        if not text:
            return None
        try:
            return parse_period(text)
        except ValueError:
            raise forms.ValidationError(
                _(
                    "„%(value)s“ ist kein Zeitraum. Erlaubt sind z. B. 2020, Mai 2024, 05.2024, "
                    "23.05.2024 oder 2024-05-23."
                ),
                code="period",
                params={"value": text},
            ) from None

    def clean_start(self) -> date | None:
        period = self._period("start")
        return period.start if period else None

    def clean_end(self) -> date | None:
        period = self._period("end")
        return period.end if period else None

    def clean_match(self) -> str:
        return self.cleaned_data.get("match") or "any"

    def clean_scale(self) -> str:
        return self.cleaned_data.get("scale") or "month"

    def clean_after(self) -> tuple[date | None, int] | None:
        text: str = self.cleaned_data.get("after", "")
        if not text:
            return None
        m = _CURSOR.match(text)
        if m is None:
            raise forms.ValidationError(_("Ungültige Fortsetzungsmarke."), code="cursor")
        try:
            day = None if m[1] == "x" else date.fromisoformat(m[1])
        except ValueError:
            raise forms.ValidationError(_("Ungültige Fortsetzungsmarke."), code="cursor") from None
        return day, int(m[2])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("Das Ende des Zeitraums liegt vor seinem Anfang."))
        actors = list(data.get("actor") or [])
        name = (data.get("add_actor") or "").strip()
        if name:
            found = actor_lookup(name).first()
            if found is None:
                self.add_error("add_actor", _("Kein Akteur „%(name)s“ bekannt.") % {"name": name})
            elif found not in actors:
                actors.append(found)
        if len(actors) > MAX_ACTORS:
            self.add_error("actor", _("Höchstens %(n)d Akteure auf einmal.") % {"n": MAX_ACTORS})
        data["actor"] = actors
        return data


def actor_lookup(text: str) -> Any:
    """Actors whose name or a spelling contains `text`, exact and confirmed ones first."""
    text = text.strip()
    return (
        Actor.objects.exclude(status=Actor.Status.DISMISSED)
        .filter(Q(name__icontains=text) | Q(aliases__alias__icontains=text))
        .distinct()
        .order_by("-status", "name")  # "confirmed" before "candidate"
    )

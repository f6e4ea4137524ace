"""Template helpers of the timeline pages: event dates, CSS classes, query-string links."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import QueryDict

from timeline.models import Event
from timeline.periods import date_label, machine_date

register = template.Library()


@register.filter
def event_date(event: Event) -> str:
    return date_label(event.date_start, event.date_end, event.precision)


@register.filter
def event_datetime(event: Event) -> str:
    return machine_date(event.date_start, event.precision)


@register.simple_tag
def query(base: QueryDict, **changes: Any) -> str:
    """`base` with some parameters replaced (None or "" removes them), as "?a=1&b=2"."""
    params = base.copy()
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        elif isinstance(value, list | tuple):
            params.setlist(key, [str(v) for v in value])
        else:
            params[key] = str(value)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def query_add(base: QueryDict, key: str, value: Any) -> str:
    """`base` with one more value for a multi-valued parameter (e.g. another actor)."""
    params = base.copy()
    values = params.getlist(key)
    if str(value) not in values:
        params.setlist(key, [*values, str(value)])
    return f"?{params.urlencode()}"


@register.simple_tag
def query_remove(base: QueryDict, key: str, value: Any) -> str:
    params = base.copy()
    params.setlist(key, [v for v in params.getlist(key) if v != str(value)])
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def history_cell(record: Any, name: str) -> Any:
    """A history record's `name` as an editor reads it (see `timeline.admin_history`)."""
    from timeline.admin_history import field_value_display

    return field_value_display(record.instance_type, name, getattr(record, name, None))

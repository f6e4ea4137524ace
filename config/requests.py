"""Request-level guards that hold for every page: ids within the database's integer range, no
NUL characters in the query string (no database column can compare against one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect


class IdConverter:
    """A row id in a URL: digits within PostgreSQL's bigint and SQLite's integer (at most 18
    digits), so that a longer number is a 404 instead of an overflow in the query."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


class RejectNulMiddleware:
    """Answer 400 to a query string with a NUL character (`?type__exact=%00`): PostgreSQL
    refuses such text with an error, which would otherwise surface as a 500."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in request.GET.getlist(key))
            for key in request.GET
        ):
            return HttpResponseBadRequest(
                "Ungültige Anfrage: ein Parameter enthält ein NUL-Zeichen.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def is_row_id(value: str) -> bool:
    """`value` reads as a row id the database can compare (as `IdConverter` matches)."""
    return value.isdigit() and len(value) <= 18


class RowIdAdminMixin:
    """For a ModelAdmin: an object id that no row can have (`/admin/…/99999999999999999999/`,
    `/admin/…/abc/`) is "not found", and a date-hierarchy value no calendar has
    (`?date_start__year=2147483648`) is the admin's "invalid filter" page: Django's admin would
    let the overflow errors through as a 500."""

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        hierarchy = getattr(self, "date_hierarchy", None)
        if hierarchy and any(
            not (value.isdigit() and len(value) <= 4)
            for part in ("year", "month", "day")
            for value in request.GET.getlist(f"{hierarchy}__{part}")
        ):
            return HttpResponseRedirect(f"{request.path}?e=1")
        return super().changelist_view(request, extra_context)  # type: ignore[misc,no-any-return]

    def get_object(
        self, request: HttpRequest, object_id: str, from_field: str | None = None
    ) -> Any:
        if from_field is None and not is_row_id(str(object_id)):
            return None
        return super().get_object(request, object_id, from_field)  # type: ignore[misc]

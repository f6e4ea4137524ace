"""The admin's history pages in the editors' words: column headers and changed fields by their
labels, choices by their display names, dates in the local format, "–" for nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import formats, timezone
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from config.requests import RowIdAdminMixin, is_row_id

EMPTY = "–"


def field_value_display(model: type[models.Model], name: str, value: Any) -> Any:
    """`value` of `model.name` as an editor reads it."""
    try:
        field = model._meta.get_field(name)
    except Exception:
        field = None
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(field, models.Field) and field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return formats.date_format(local, "DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        # Lists of field names (an event's `locked_fields`) read as their labels.
        return ", ".join(str(field_label(model, item)) for item in value)
    if isinstance(value, DeletedObject) and value.pk is None:
        return EMPTY  # a foreign key that was empty, not a deleted object
    return value


def field_label(model: type[models.Model], name: str) -> str:
    try:
        field = model._meta.get_field(name)
    except Exception:
        return name
    return capfirst(str(getattr(field, "verbose_name", name)))


class EditorialHistoryContextHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change: ModelChange, value: Any) -> Any:
        prepared = super().prepare_delta_change_value(change, value)
        return field_value_display(self.model, change.field, prepared)


class EditorialHistoryAdmin(RowIdAdminMixin, SimpleHistoryAdmin):
    """History pages with labelled columns and readable values; `history_list_display`
    names model fields.

    The revert form (`history_form_view`) saves whatever is posted; django-simple-history only
    checks view-or-change permission there. Here a POST needs change permission, as every other
    write of the admin does, and ids that are not row ids are a 404, not a 500."""

    object_history_list_template = "admin/timeline/object_history_list.html"

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: Any
    ) -> HistoricalRecordContextHelper:
        return EditorialHistoryContextHelper(self.model, historical_record)

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not is_row_id(object_id):
            raise Http404
        columns = [
            (name, field_label(self.model, name)) for name in self.get_history_list_display(request)
        ]
        context = {**(extra_context or {}), "history_columns": columns}
        response: HttpResponse = super().history_view(request, object_id, context)
        return response

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        if not (is_row_id(object_id) and is_row_id(version_id)):
            raise Http404
        if request.method not in ("GET", "HEAD"):
            current = self.get_object(request, object_id)
            allowed = self.has_change_permission(request, current) and (
                current is not None or self.has_add_permission(request)  # reverting a deletion
            )
            if not allowed:
                raise PermissionDenied
        response: HttpResponse = super().history_form_view(
            request, object_id, version_id, extra_context
        )
        return response

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Outlet
from config.requests import RowIdAdminMixin


@admin.register(Outlet)
class OutletAdmin(RowIdAdminMixin, admin.ModelAdmin[Outlet]):
    list_display = ["name", "article_count"]
    search_fields = ["name"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Outlet]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description=_("Artikel"), ordering="article_count")
    def article_count(self, obj: Outlet) -> int:
        return int(getattr(obj, "article_count", 0))


class GermanFilter(admin.SimpleListFilter):
    title = _("Deutsch")
    parameter_name = "german"

    def lookups(self, request: HttpRequest, model_admin: object) -> list[tuple[str, str]]:
        return [("yes", str(_("deutsch"))), ("no", str(_("nicht deutsch (markiert)")))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> QuerySet[Article]:
        if self.value() == "yes":
            return queryset.filter(language="de")
        if self.value() == "no":
            return queryset.exclude(language="de")
        return queryset


@admin.register(Article)
class ArticleAdmin(RowIdAdminMixin, admin.ModelAdmin[Article]):
    list_display = [
        "title",
        "outlet",
        "published_at",
        "published_basis",
        "language",
        "extraction_status",
        "created_at",
    ]
    list_filter = [
        "extraction_status",
        "published_basis",
        GermanFilter,
        "input_format",
        "outlet",
    ]
    list_select_related = ["outlet"]
    search_fields = ["title", "body", "url", "source_name"]
    date_hierarchy = "published_at"
    show_facets = admin.ShowFacets.ALWAYS
    readonly_fields = [
        "raw_content",
        "input_format",
        "source_name",
        "content_hash",
        "ingest_notes",
        "extraction_status",
        "extraction_error",
        "extracted_at",
        "extractor_version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "outlet",
                    "url",
                    "published_at",
                    "published_basis",
                    "language",
                    "body",
                ]
            },
        ),
        (
            _("Herkunft"),
            {
                "fields": [
                    "input_format",
                    "source_name",
                    "content_hash",
                    "ingest_notes",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
        (
            _("Extraktion"),
            {
                "fields": [
                    "extraction_status",
                    "extraction_error",
                    "extracted_at",
                    "extractor_version",
                ]
            },
        ),
        (_("Rohtext"), {"classes": ["collapse"], "fields": ["raw_content"]}),
    ]

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles.models import Article, Feed, Outlet
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


class FeedStateFilter(admin.SimpleListFilter):
    title = _("Zustand")
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin: object) -> list[tuple[str, str]]:
        return [
            ("ok", str(_("in Ordnung"))),
            ("failing", str(_("fehlerhaft"))),
            ("new", str(_("noch nie abgerufen"))),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Feed]) -> QuerySet[Feed]:
        if self.value() == "ok":
            return queryset.filter(failures=0, last_fetched_at__isnull=False)
        if self.value() == "failing":
            return queryset.filter(failures__gt=0)
        if self.value() == "new":
            return queryset.filter(last_fetched_at__isnull=True)
        return queryset


@admin.register(Feed)
class FeedAdmin(RowIdAdminMixin, admin.ModelAdmin[Feed]):
    list_display = [
        "__str__",
        "outlet",
        "active",
        "interval_minutes",
        "last_fetched_at",
        "last_status",
        "entries_seen",
        "articles_new",
        "articles_total",
        "state",
        "next_fetch_at",
    ]
    list_filter = ["active", FeedStateFilter, "outlet"]
    list_select_related = ["outlet"]
    search_fields = ["name", "url"]
    actions = ["fetch_soon"]
    readonly_fields = [
        "last_fetched_at",
        "last_status",
        "etag",
        "last_modified",
        "entries_seen",
        "articles_new",
        "articles_total",
        "last_error",
        "failures",
        "next_fetch_at",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["url", "name", "outlet", "language", "active", "interval_minutes"]}),
        (
            _("Letzter Abruf"),
            {
                "fields": [
                    "last_fetched_at",
                    "last_status",
                    "entries_seen",
                    "articles_new",
                    "articles_total",
                    "last_error",
                    "failures",
                    "next_fetch_at",
                    "etag",
                    "last_modified",
                    "created_at",
                ]
            },
        ),
    ]

    @admin.display(description=_("Zustand"))
    def state(self, obj: Feed) -> str:
        if obj.last_fetched_at is None:
            return str(_("noch nie abgerufen"))
        if obj.failures:
            return str(_("Fehler (%(count)s×): %(error)s")) % {
                "count": obj.failures,
                "error": obj.last_error[:200],
            }
        if obj.last_error:
            return str(_("in Ordnung, mit Fehlern bei Einträgen: %(error)s")) % {
                "error": obj.last_error[:200]
            }
        return str(_("in Ordnung"))

    @admin.action(description=_("Beim nächsten Lauf abrufen (Wartezeit aufheben)"))
    def fetch_soon(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        count = queryset.update(next_fetch_at=None, failures=0)
        self.message_user(
            request,
            ngettext(
                "%(count)d Feed wird beim nächsten Lauf abgerufen.",
                "%(count)d Feeds werden beim nächsten Lauf abgerufen.",
                count,
            )
            % {"count": count},
        )

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles import date_bounds

HTTP_SCHEMES = ("http", "https")


class Outlet(models.Model):
    """A news outlet or agency an article comes from ("news.de", "Keystone-SDA")."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Medium")
        verbose_name_plural = _("Medien")

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class InputFormat(models.TextChoices):
        TEXT = "text", _("Text")
        HTML = "html", _("HTML")
        JSONL = "jsonl", _("JSON lines")

    class PublishedBasis(models.TextChoices):
        GIVEN = "given", _("angegeben")
        METADATA = "metadata", _("aus den Metadaten der Seite")
        TEXT = "text", _("aus dem Text")
        UNKNOWN = "unknown", _("unbekannt")

    class ExtractionStatus(models.TextChoices):
        PENDING = "pending", _("ausstehend")
        QUEUED = "queued", _("eingereiht")
        DONE = "done", _("fertig")
        FAILED = "failed", _("fehlgeschlagen")

    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("Medium"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    title = models.CharField(_("Titel"), max_length=500, blank=True)
    body = models.TextField(_("Text (bereinigt)"))
    raw_content = models.TextField(_("Rohtext (unverändert)"))
    input_format = models.CharField(_("Format"), max_length=8, choices=InputFormat.choices)
    source_name = models.CharField(_("Quelle (Datei)"), max_length=500, blank=True)
    # NULL, not "", for "no URL": the unique constraint below must admit many of them.
    url = models.URLField(  # noqa: DJ001
        _("URL"),
        max_length=2000,
        null=True,
        blank=True,
        validators=[URLValidator(schemes=list(HTTP_SCHEMES))],
    )
    published_at = models.DateTimeField(_("veröffentlicht"), null=True, blank=True)
    published_basis = models.CharField(
        _("Datum ermittelt"),
        max_length=10,
        choices=PublishedBasis.choices,
        default=PublishedBasis.UNKNOWN,
    )
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    content_hash = models.CharField(_("Inhalts-Hash"), max_length=64, unique=True, editable=False)
    ingest_notes = models.TextField(_("Hinweise beim Einlesen"), blank=True)
    extraction_status = models.CharField(
        _("Extraktion"),
        max_length=8,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
    )
    extraction_error = models.TextField(_("Extraktionsfehler"), blank=True)
    extracted_at = models.DateTimeField(_("extrahiert am"), null=True, blank=True)
    extractor_version = models.CharField(_("Extraktor-Version"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("Artikel")
        verbose_name_plural = _("Artikel")
        constraints = [
            # Re-ingesting the same page by URL is a duplicate; articles without URL are many.
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            # The backstop of `date_bounds` (a day of slack for time zones).
            models.CheckConstraint(
                condition=Q(published_at__isnull=True)
                | Q(
                    published_at__range=(
                        datetime.combine(date_bounds.EARLIEST, time(), UTC) - timedelta(days=1),
                        datetime.combine(date_bounds.DB_LATEST, time(), UTC),
                    )
                ),
                name="article_published_in_range",
            ),
        ]
        indexes = [
            # The article list and the extract --since command order/filter by publication.
            models.Index(fields=["published_at"], name="article_published_idx"),
            # The extraction queue: articles not yet extracted.
            models.Index(fields=["extraction_status"], name="article_extraction_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Artikel {self.pk}"

    def clean(self) -> None:
        if self.published_at is not None:
            problem = date_bounds.publication_problem(self.published_at)
            if problem:
                raise ValidationError({"published_at": problem})

    @property
    def link_url(self) -> str:
        """The URL when it is safe to link (http or https), else "" (rows stored before the
        scheme was checked may hold anything)."""
        url = self.url or ""
        return url if url.split(":", 1)[0].lower() in HTTP_SCHEMES and ":" in url else ""

    @property
    def is_german(self) -> bool:
        return self.language == "de"

    @property
    def analysis_text(self) -> str:
        """The text the extractor reads (and offsets refer to): headline, then body."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


class Feed(models.Model):
    """An RSS or Atom feed an editor follows: `manage.py fetch_feeds` reads it at its interval
    and ingests each new entry's page (`articles.feeds`). The fields after `interval_minutes`
    are the fetcher's record of the last run, shown in the admin list."""

    url = models.URLField(
        _("Feed-Adresse"),
        max_length=2000,
        unique=True,
        validators=[URLValidator(schemes=list(HTTP_SCHEMES))],
        help_text=_("RSS- oder Atom-Feed, http(s)"),
    )
    name = models.CharField(_("Name"), max_length=200, blank=True)
    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("Medium"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="feeds",
        help_text=_("leer: das Medium, das die Seite selbst nennt"),
    )
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    active = models.BooleanField(_("aktiv"), default=True)
    interval_minutes = models.PositiveIntegerField(
        _("Abrufintervall (Minuten)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(7 * 24 * 60)],
    )
    last_fetched_at = models.DateTimeField(_("zuletzt abgerufen"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("HTTP-Status"), null=True, blank=True)
    etag = models.CharField(_("ETag"), max_length=500, blank=True)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True)
    entries_seen = models.PositiveIntegerField(_("Einträge (letzter Abruf)"), default=0)
    articles_new = models.PositiveIntegerField(_("neue Artikel (letzter Abruf)"), default=0)
    articles_total = models.PositiveIntegerField(_("neue Artikel insgesamt"), default=0)
    last_error = models.TextField(_("letzter Fehler"), blank=True)
    failures = models.PositiveIntegerField(_("Fehlschläge in Folge"), default=0)
    next_fetch_at = models.DateTimeField(
        _("nächster Abruf"), null=True, blank=True, help_text=_("leer: beim nächsten Lauf")
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        ordering = ["name", "url"]
        verbose_name = _("Feed")
        verbose_name_plural = _("Feeds")
        indexes = [models.Index(fields=["active", "next_fetch_at"], name="feed_due_idx")]

    def __str__(self) -> str:
        return self.name or self.url

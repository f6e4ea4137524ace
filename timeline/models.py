"""Actors, places, events and the article sentences that attest them.

Types, precision and status follow `shared/EVENTS.md` (mirrored by `timeline.extraction.types`).
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles import date_bounds
from timeline.extraction import types as extraction_types
from timeline.extraction.lexicon import GIVEN_NAME_SYLLABLES

# An event's confidence (its best source's, 0–1) below this is low: such an event goes to the
# review queue ("geringe Konfidenz") and "Zweifelhafte ausblenden" hides it from the timeline.
LOW_CONFIDENCE = 0.5
# From this on a card says "Sicherheit: hoch" (between the two: "mittel").
HIGH_CONFIDENCE = 0.8
# Undated events sort last in the timeline's "newest first" order (`event_sort_desc_idx`):
# a day before every date an event may have (`date_bounds.EARLIEST`).
UNDATED_FIRST_DAY = date(1, 1, 1)


def dates_in_bounds(fields: tuple[str, ...]) -> list[models.CheckConstraint]:
    """The database's backstop for `date_bounds`: every date of `fields` NULL or within
    1900-01-01 … DB_LATEST (models validate the tighter, clock-relative bound)."""
    return [
        models.CheckConstraint(
            condition=Q(**{f"{name}__isnull": True})
            | Q(**{f"{name}__range": (date_bounds.EARLIEST, date_bounds.DB_LATEST)}),
            name=f"%(class)s_{name}_in_range",
        )
        for name in fields
    ]


def date_fields_validate(instance: models.Model, fields: tuple[str, ...]) -> None:
    """Refuse dates an editor may type but the timeline cannot draw (year 1, year 9999)."""
    errors: dict[str, str] = {}
    for name in fields:
        value = getattr(instance, name)
        problem = date_bounds.event_date_problem(value) if value is not None else None
        if problem:
            errors[name] = str(
                _("Das Datum liegt außerhalb des erlaubten Bereichs (%(problem)s).")
                % {"problem": problem}
            )
    if errors:
        raise ValidationError(errors)


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("bestätigt")
        CANDIDATE = "candidate", _("Kandidat (vom Extraktor vorgeschlagen)")
        DISMISSED = "dismissed", _("verworfen")

    name = models.CharField(_("kanonischer Name"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=12, choices=Kind.choices, default=Kind.PERSON)
    country = models.CharField(_("Land (ISO)"), max_length=2, blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    candidate_title = models.CharField(_("Titel im Text"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Akteur")
        verbose_name_plural = _("Akteure")
        indexes = [
            # The review queue lists candidates; the lexicon loads confirmed actors.
            models.Index(fields=["status"], name="actor_status_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def surname(self) -> str:
        """The name the text calls the person by: the family name first where the rest are
        given-name syllables ("Moon" of "Moon Jae In", never "In"), else the last word."""
        if self.kind != self.Kind.PERSON:
            return self.name
        words = self.name.split()
        return words[0] if self.country in GIVEN_NAME_SYLLABLES else words[-1]


class ActorAlias(models.Model):
    actor = models.ForeignKey(
        Actor, verbose_name=_("Akteur"), on_delete=models.CASCADE, related_name="aliases"
    )
    alias = models.CharField(_("Schreibweise"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Schreibweise")
        verbose_name_plural = _("Schreibweisen")
        constraints = [
            models.UniqueConstraint(fields=["actor", "alias"], name="actor_alias_unique"),
        ]

    def __str__(self) -> str:
        return self.alias


class ActorRole(models.Model):
    """An office held for a period ("Präsident" of RU from 2012-05-07): resolves titles."""

    actor = models.ForeignKey(
        Actor, verbose_name=_("Akteur"), on_delete=models.CASCADE, related_name="roles"
    )
    office = models.CharField(_("Amt"), max_length=120)
    country = models.CharField(_("Land (ISO)"), max_length=2, blank=True)
    start = models.DateField(_("von"), null=True, blank=True)
    end = models.DateField(_("bis"), null=True, blank=True)
    titles = models.JSONField(_("Beinamen"), default=list, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["actor", "start"]
        verbose_name = _("Amt")
        verbose_name_plural = _("Ämter")
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__isnull=True) | Q(start__lte=F("end")),
                name="actor_role_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        period = f"{self.start or '…'}–{self.end or '…'}"
        return f"{self.office} {self.country} {period}".strip()


class Place(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Staat")
        CITY = "city", _("Stadt")
        REGION = "region", _("Region")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=8, choices=Kind.choices, default=Kind.CITY)
    country = models.CharField(_("Land (ISO)"), max_length=2, blank=True)
    variants = models.JSONField(_("Varianten"), default=list, blank=True)
    adjectives = models.JSONField(_("Adjektive"), default=list, blank=True)
    genitive = models.CharField(_("Genitiv"), max_length=200, blank=True)
    # Nouns for a country's people ("Slowake", "Slowaken", "Slowakin"): locate elections.
    demonyms = models.JSONField(_("Einwohnerbezeichnungen"), default=list, blank=True)
    # "in der ukrainischen Hauptstadt" is in the capital of Ukraine.
    capital = models.BooleanField(_("Hauptstadt"), default=False)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    class Type(models.TextChoices):
        VISIT = "visit", _("Besuch")
        MEETING = "meeting", _("Treffen")
        CALL = "call", _("Telefonat")
        ELECTION = "election", _("Wahl")
        INAUGURATION = "inauguration", _("Amtseinführung")
        SUMMIT = "summit", _("Gipfel")
        PROTEST = "protest", _("Protest")
        AGREEMENT = "agreement", _("Abkommen")

    class Status(models.TextChoices):
        OCCURRED = "occurred", _("stattgefunden")
        PLANNED = "planned", _("geplant")

    class Precision(models.TextChoices):
        DAY = "day", _("Tag")
        MONTH = "month", _("Monat")
        YEAR = "year", _("Jahr")
        RANGE = "range", _("Zeitraum")
        APPROXIMATE = "approximate", _("ungefähr")
        UNKNOWN = "unknown", _("unbekannt")

    class DateBasis(models.TextChoices):
        EXPLICIT = "explicit", _("ausdrücklich im Text")
        RELATIVE = "relative", _("aus relativer Angabe berechnet")
        PUBLICATION = "publication", _("Veröffentlichungsdatum")
        NONE = "none", _("keine Angabe")
        EDITOR = "editor", _("von der Redaktion")

    class Review(models.TextChoices):
        NEW = "new", _("neu")
        NEEDS_REVIEW = "needs_review", _("zu prüfen")
        VERIFIED = "verified", _("bestätigt")
        REJECTED = "rejected", _("verworfen")

    # Fields an editor can set; once set by an editor, extraction leaves them alone.
    EDITABLE_FIELDS = (
        "type",
        "status",
        "date_start",
        "date_end",
        "precision",
        "place",
        "summary",
        "actors",
    )

    type = models.CharField(_("Art"), max_length=12, choices=Type.choices)
    status = models.CharField(
        _("Status"), max_length=8, choices=Status.choices, default=Status.OCCURRED
    )
    date_start = models.DateField(_("Beginn"), null=True, blank=True)
    date_end = models.DateField(_("Ende"), null=True, blank=True)
    precision = models.CharField(
        _("Genauigkeit"), max_length=12, choices=Precision.choices, default=Precision.UNKNOWN
    )
    date_basis = models.CharField(
        _("Datum ermittelt"), max_length=12, choices=DateBasis.choices, default=DateBasis.NONE
    )
    date_conflict = models.BooleanField(_("widersprüchliche Daten"), default=False)
    place = models.ForeignKey(
        Place,
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    actors = models.ManyToManyField(
        Actor, through="EventActor", related_name="events", verbose_name=_("Akteure")
    )
    summary = models.CharField(_("Zusammenfassung"), max_length=300, blank=True)
    confidence = models.FloatField(_("Konfidenz"), default=0.5)
    review = models.CharField(
        _("Prüfstatus"), max_length=12, choices=Review.choices, default=Review.NEW
    )
    locked_fields = models.JSONField(_("von der Redaktion gesetzt"), default=list, blank=True)
    created_by_editor = models.BooleanField(_("von der Redaktion angelegt"), default=False)
    edited_at = models.DateTimeField(_("redaktionell geändert"), null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("redaktionell geändert von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("Version"), default=1)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    # The timeline's free-text filter: the German tsvector of the summary and of the evidence
    # of every source. PostgreSQL only, kept by the database itself (triggers of migration
    # 0005: whatever Django writes here is replaced); NULL and unused on SQLite.
    search = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search"])

    class Meta:
        ordering = ["date_start", "id"]
        verbose_name = _("Ereignis")
        verbose_name_plural = _("Ereignisse")
        constraints = [
            models.CheckConstraint(
                condition=Q(date_start__isnull=True)
                | Q(date_end__isnull=True)
                | Q(date_start__lte=F("date_end")),
                name="event_dates_ordered",
            ),
            models.CheckConstraint(
                condition=Q(type__in=[t.value for t in extraction_types.EventType]),
                name="event_type_valid",
            ),
            *dates_in_bounds(("date_start", "date_end")),
        ]
        indexes = [
            # The timeline: visible events in time order, filtered by period.
            models.Index(fields=["date_start", "id"], name="event_timeline_idx"),
            # The timeline's type and review filters.
            models.Index(fields=["type", "date_start"], name="event_type_date_idx"),
            # The review queue and "verified only".
            models.Index(fields=["review", "date_start"], name="event_review_idx"),
            # The timeline's order and keyset paging (`timeline.selectors.SORT_DAY`): time order
            # with undated events last, the same on SQLite and PostgreSQL.
            models.Index(
                Coalesce("date_start", Value(date(9999, 12, 31))), F("id"), name="event_sort_idx"
            ),
            # The timeline's free-text filter `search @@ websearch_to_tsquery(…)` (PostgreSQL
            # only; see migration 0005).
            GinIndex(fields=["search"], name="event_search_idx"),
            # The timeline's period filter: time order as `event_sort_idx`, with the end date
            # in the key so that events ending before the period are skipped in the index.
            models.Index(
                Coalesce("date_start", Value(date(9999, 12, 31))),
                F("id"),
                F("date_end"),
                name="event_sort_end_idx",
            ),
            # The timeline's "newest first" order and its keyset paging, read backwards:
            # undated events (`UNDATED_FIRST_DAY`) come last there too.
            models.Index(
                Coalesce("date_start", Value(UNDATED_FIRST_DAY)),
                F("id"),
                name="event_sort_desc_idx",
            ),
            # The timeline sorted by confidence (most certain first), keyset on (confidence, id).
            models.Index(fields=["confidence", "id"], name="event_confidence_idx"),
            # The data version that keys the cached timeline summary
            # (`timeline.selectors.data_version`: Max(updated_at) from the index alone).
            models.Index(fields=["updated_at"], name="event_updated_idx"),
        ]

    def __str__(self) -> str:
        return self.summary or f"{self.get_type_display()} {self.date_start or ''}".strip()

    def clean(self) -> None:
        date_fields_validate(self, ("date_start", "date_end"))

    @property
    def is_verified(self) -> bool:
        return self.review == self.Review.VERIFIED

    def is_locked(self, field: str) -> bool:
        """True when extraction must not change `field` (an editor set it or confirmed all)."""
        return (
            self.review in (self.Review.VERIFIED, self.Review.REJECTED)
            or self.created_by_editor
            or field in self.locked_fields
        )


class EventActor(models.Model):
    class Role(models.TextChoices):
        PARTICIPANT = "participant", _("Beteiligt")
        VISITOR = "visitor", _("Gast")
        HOST = "host", _("Gastgeber")
        CANDIDATE = "candidate", _("Kandidat")

    event = models.ForeignKey(
        Event, verbose_name=_("Ereignis"), on_delete=models.CASCADE, related_name="event_actors"
    )
    actor = models.ForeignKey(
        Actor, verbose_name=_("Akteur"), on_delete=models.CASCADE, related_name="event_links"
    )
    role = models.CharField(
        _("Rolle"), max_length=12, choices=Role.choices, default=Role.PARTICIPANT
    )
    # The event's sort day (`timeline.selectors.SORT_DAY`: its start, undated last), copied
    # here so that an actor filter walks `event_actor_timeline_idx` in time order. PostgreSQL
    # only, kept by the database (triggers of migration 0005); NULL and unused on SQLite.
    sort_day = models.DateField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["sort_day"])

    class Meta:
        verbose_name = _("Beteiligung")
        verbose_name_plural = _("Beteiligungen")
        constraints = [
            models.UniqueConstraint(fields=["event", "actor"], name="event_actor_unique"),
        ]
        indexes = [
            # Filtering the timeline by actor walks from the actor to its events.
            models.Index(fields=["actor", "event"], name="event_actor_lookup_idx"),
            # An actor's events in time order (the timeline filtered by actors, PostgreSQL).
            models.Index(fields=["actor", "sort_day", "event"], name="event_actor_timeline_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} in {self.event_id} ({self.role})"


class EventSource(models.Model):
    """One article's statement of an event: the sentence and the date phrase it used."""

    event = models.ForeignKey(
        Event, verbose_name=_("Ereignis"), on_delete=models.CASCADE, related_name="sources"
    )
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("Artikel"),
        on_delete=models.CASCADE,
        related_name="event_sources",
    )
    evidence = models.TextField(_("Beleg (Satz)"))
    evidence_start = models.PositiveIntegerField(_("Satzanfang (Zeichen)"), default=0)
    evidence_end = models.PositiveIntegerField(_("Satzende (Zeichen)"), default=0)
    date_text = models.CharField(_("Datumsangabe"), max_length=200, blank=True)
    date_start = models.DateField(_("Beginn"), null=True, blank=True)
    date_end = models.DateField(_("Ende"), null=True, blank=True)
    precision = models.CharField(
        _("Genauigkeit"),
        max_length=12,
        choices=Event.Precision.choices,
        default=Event.Precision.UNKNOWN,
    )
    date_basis = models.CharField(
        _("Datum ermittelt"),
        max_length=12,
        choices=Event.DateBasis.choices,
        default=Event.DateBasis.NONE,
    )
    status = models.CharField(
        _("Status"), max_length=8, choices=Event.Status.choices, default=Event.Status.OCCURRED
    )
    trigger = models.CharField(_("Auslöser"), max_length=100, blank=True)
    actor_names = models.JSONField(_("Namen im Text"), default=list, blank=True)
    location_name = models.CharField(_("Ort im Text"), max_length=200, blank=True)
    confidence = models.FloatField(_("Konfidenz"), default=0.5)
    extractor_version = models.CharField(_("Extraktor-Version"), max_length=20, blank=True)
    added_by_editor = models.BooleanField(_("von der Redaktion hinzugefügt"), default=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        ordering = ["article__published_at", "id"]
        verbose_name = _("Quelle")
        verbose_name_plural = _("Quellen")
        constraints = [*dates_in_bounds(("date_start", "date_end"))]
        indexes = [
            # Re-extraction replaces one article's sources.
            models.Index(fields=["article", "event"], name="source_article_idx"),
        ]

    def __str__(self) -> str:
        return self.evidence[:80]

    def clean(self) -> None:
        date_fields_validate(self, ("date_start", "date_end"))

"""Editors' actions on events and actors: the writes behind the editors' desk (the admin).

Every function is keyword-only and leaves the event in a state extraction respects:
`timeline.services.candidates_merge` asks `Event.is_locked(field)` before it changes a field, so
what an editor sets here (`locked_fields`, `review`, `created_by_editor`) survives re-extraction.

Optimistic locking: every editorial write to an event goes through `_version_claim`, an
`UPDATE … WHERE version = expected` that fails with `EditConflict` when someone else saved in
between. (Extraction does not claim versions: it never changes a field an editor set, and the admin
form applies only the fields the editor changed onto the current row.)
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Model
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from articles.models import Article
from timeline import services
from timeline.models import Actor, ActorAlias, ActorRole, Event, EventActor, EventSource, Place

DATE_FIELDS = ("date_start", "date_end", "precision")
# Fields of an event whose change is an editorial decision (recorded, locked, shown to readers).
TRACKED_FIELDS = (*Event.EDITABLE_FIELDS, "review")
# How good a date's basis is when choosing the best-dated event of a merge (lower is better).
BASIS_RANK = {
    Event.DateBasis.EDITOR: 0,
    Event.DateBasis.EXPLICIT: 1,
    Event.DateBasis.RELATIVE: 2,
    Event.DateBasis.PUBLICATION: 3,
    Event.DateBasis.NONE: 4,
}


class EditConflict(Exception):
    """The event changed since the editor loaded it (its version moved on)."""

    def __init__(self, event_id: int, expected_version: int) -> None:
        super().__init__(f"event {event_id} is no longer at version {expected_version}")
        self.event_id = event_id
        self.expected_version = expected_version


# ------------------------------------------------------------------------------ helpers


def _attribute(obj: Model, user: User | None, reason: str = "") -> None:
    """Name the editor (and why) in the history record the next save writes."""
    if user is not None:
        obj._history_user = user  # type: ignore[attr-defined]
    if reason:
        obj._change_reason = reason[:100]  # type: ignore[attr-defined]


def _version_claim(event: Event, expected_version: int | None) -> None:
    """Move the event to the next version, or fail if it is no longer at `expected_version`."""
    expected = event.version if expected_version is None else expected_version
    claimed = Event.objects.filter(pk=event.pk, version=expected).update(version=expected + 1)
    if claimed != 1:
        raise EditConflict(event.pk, expected)
    event.version = expected + 1


def _lock(event: Event, fields: Iterable[str]) -> None:
    locked = list(event.locked_fields or [])
    for field in fields:
        if field not in locked:
            locked.append(field)
    event.locked_fields = locked


def _mark_edited(event: Event, user: User | None) -> None:
    event.edited_at = timezone.now()
    event.edited_by = user


def field_label(name: str) -> str:
    """An event field's German label."""
    return str(getattr(Event._meta.get_field(name), "verbose_name", name))


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def date_span_normalize(
    *, start: date | None, end: date | None, precision: str
) -> tuple[date | None, date | None]:
    """Check a date span against its precision, filling the end where the precision implies it.

    day: start == end (end defaults to start); month: first to last day of one month (end
    filled); year: 1 January to 31 December (end filled); range: two different days;
    approximate: a span (end defaults to start); unknown: no dates. Raises a ValidationError
    keyed by form field.
    """
    if precision == Event.Precision.UNKNOWN:
        if start or end:
            raise ValidationError(
                {"precision": _("Bei Genauigkeit „unbekannt“ bleiben Beginn und Ende leer.")}
            )
        return None, None
    if start is None:
        raise ValidationError({"date_start": _("Für diese Genauigkeit ist ein Beginn nötig.")})
    if precision == Event.Precision.DAY:
        end = end or start
        if end != start:
            raise ValidationError(
                {"date_end": _("Bei Genauigkeit „Tag“ ist das Ende gleich dem Beginn.")}
            )
    elif precision == Event.Precision.MONTH:
        end = end or _last_day(start.year, start.month)
        if start.day != 1 or end != _last_day(start.year, start.month):
            raise ValidationError(
                {
                    "date_end": _(
                        "Bei Genauigkeit „Monat“ reicht der Zeitraum vom ersten bis zum "
                        "letzten Tag eines Monats."
                    )
                }
            )
    elif precision == Event.Precision.YEAR:
        end = end or date(start.year, 12, 31)
        if (start.month, start.day) != (1, 1) or end != date(start.year, 12, 31):
            raise ValidationError(
                {
                    "date_end": _(
                        "Bei Genauigkeit „Jahr“ reicht der Zeitraum vom 1. Januar bis zum "
                        "31. Dezember eines Jahres."
                    )
                }
            )
    elif precision == Event.Precision.RANGE:
        if end is None or end == start:
            raise ValidationError(
                {"date_end": _("Ein Zeitraum hat ein Ende nach dem Beginn (sonst: „Tag“).")}
            )
    else:  # approximate
        end = end or start
    if end < start:
        raise ValidationError({"date_end": _("Das Ende liegt vor dem Beginn.")})
    return start, end


# ------------------------------------------------------------------------------ event edits


@transaction.atomic
def event_save_edit(
    *,
    event: Event,
    changed_fields: Iterable[str],
    user: User | None,
    expected_version: int | None = None,
    claim_version: bool = True,
) -> Event:
    """Save an editor's change of `event` (already carrying the new values).

    Changed content fields are locked against extraction; a changed date makes the date basis
    "editor"; the event is marked edited (who, when). Its review state stays what it was unless
    the editor set it: correcting a date is not confirming the event (that stays the editor's
    explicit act, `review` in the form or `event_confirm`). The save claims the next version
    (from `expected_version`, the version the editor loaded, or else the event's own);
    `claim_version=False` skips that for a second save in the same request.
    """
    changed = [f for f in dict.fromkeys(changed_fields) if f in TRACKED_FIELDS]
    if not changed:
        return event
    content = [f for f in changed if f in Event.EDITABLE_FIELDS]
    if any(f in DATE_FIELDS for f in content):
        event.date_basis = Event.DateBasis.EDITOR
        event.date_conflict = False
        content = [*content, *DATE_FIELDS]
    _lock(event, content)
    _mark_edited(event, user)
    if claim_version:
        _version_claim(event, expected_version)
    labels = ", ".join(field_label(f) for f in changed)
    _attribute(event, user, _("Redaktion: %(fields)s") % {"fields": labels})
    event.save()
    return event


@transaction.atomic
def event_create_by_editor(*, event: Event, user: User | None) -> Event:
    """An event an editor adds by hand: all of it is theirs and stays as they set it."""
    event.created_by_editor = True
    if event.date_start is not None:
        event.date_basis = Event.DateBasis.EDITOR
    event.locked_fields = list(Event.EDITABLE_FIELDS)
    if event.review in (Event.Review.NEW, Event.Review.NEEDS_REVIEW):
        event.review = Event.Review.VERIFIED
    _mark_edited(event, user)
    _attribute(event, user, _("Redaktion: angelegt"))
    event.save()
    return event


@transaction.atomic
def event_correct_date(
    *,
    event: Event,
    date_start: date | None,
    date_end: date | None,
    precision: str,
    user: User | None,
    status: str | None = None,
    expected_version: int | None = None,
) -> Event:
    """Set an event's date (and optionally status) as an editor: basis "editor", locked; the
    review state is left as it was (confirming is `event_confirm`). Fills or checks the end
    from the precision (`date_span_normalize`)."""
    start, end = date_span_normalize(start=date_start, end=date_end, precision=precision)
    changed = [
        f
        for f, value in (("date_start", start), ("date_end", end), ("precision", precision))
        if getattr(event, f) != value
    ]
    event.date_start, event.date_end, event.precision = start, end, precision
    if status is not None and status != event.status:
        event.status = status
        changed.append("status")
    # A date confirmed unchanged is still the editor's date from now on.
    return event_save_edit(
        event=event,
        changed_fields=changed or list(DATE_FIELDS),
        user=user,
        expected_version=expected_version,
    )


@transaction.atomic
def event_confirm(*, event: Event, user: User | None, expected_version: int | None = None) -> Event:
    """Verify an event as it stands: every editable field is locked against extraction."""
    _lock(event, Event.EDITABLE_FIELDS)
    event.review = Event.Review.VERIFIED
    _mark_edited(event, user)
    _version_claim(event, expected_version)
    _attribute(event, user, _("Redaktion: bestätigt"))
    event.save()
    return event


@transaction.atomic
def event_reject(*, event: Event, user: User | None, expected_version: int | None = None) -> Event:
    """Reject an event: it stays (so re-extraction attaches new reports of it to this event,
    which stays rejected) but readers do not see it."""
    event.review = Event.Review.REJECTED
    _mark_edited(event, user)
    _version_claim(event, expected_version)
    _attribute(event, user, _("Redaktion: verworfen"))
    event.save()
    return event


def _merge_rank(event: Event, source_count: int) -> tuple[Any, ...]:
    return (
        event.review == Event.Review.REJECTED,
        BASIS_RANK.get(Event.DateBasis(event.date_basis), 9),
        services.PRECISION_RANK.get(Event.Precision(event.precision), 9),
        event.date_conflict,
        -source_count,
        -event.confidence,
        event.pk,
    )


def events_merge_target(*, events: Sequence[Event]) -> Event:
    """The best-dated of `events`: an editor's date first, then an explicit one, then the most
    precise, the one without conflict, the best attested."""
    counts = dict(
        EventSource.objects.filter(event__in=events)
        .values("event")
        .annotate(n=Count("pk"))
        .values_list("event", "n")
    )
    return min(events, key=lambda e: _merge_rank(e, counts.get(e.pk, 0)))


@transaction.atomic
def events_merge(
    *, events: Sequence[Event], user: User | None, target: Event | None = None
) -> Event:
    """Merge duplicate events into one: the best-dated (or `target`) keeps its id and gains the
    others' sources and actors; the others are deleted (their history stays).

    The merged event's date is recomputed from all sources unless an editor locked it. Result:
    when the combined sources agree on the date, the event is verified and locked as it stands;
    when they conflict, it goes back to the queue as "zu prüfen" with only the merge decision
    (type and actors) locked, so an editor picks the date with all evidence in view.
    """
    ids = sorted({e.pk for e in events} | ({target.pk} if target else set()))
    locked = list(Event.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
    if len(locked) < 2:
        raise ValidationError(_("Zum Zusammenführen braucht es mindestens zwei Ereignisse."))
    keep = (
        next(e for e in locked if e.pk == target.pk)
        if target
        else events_merge_target(events=locked)
    )
    others = [e for e in locked if e.pk != keep.pk]
    linked = set(keep.event_actors.values_list("actor_id", flat=True))
    for other in others:
        EventSource.objects.filter(event=other).update(event=keep)
        for link in other.event_actors.all():
            if link.actor_id in linked:
                continue
            _attribute(link, user)
            EventActor.objects.create(event=keep, actor_id=link.actor_id, role=link.role)
            linked.add(link.actor_id)
        if keep.place_id is None and other.place_id is not None:
            keep.place_id = other.place_id
        if not keep.summary and other.summary:
            keep.summary = other.summary
        keep.created_by_editor = keep.created_by_editor or other.created_by_editor
        _lock(keep, other.locked_fields or [])
    for other in others:
        _attribute(other, user, _("Redaktion: zusammengeführt in #%(id)s") % {"id": keep.pk})
        other.delete()
    keep.skip_history_when_saving = True  # type: ignore[attr-defined]
    try:
        services.event_refresh(keep)
    finally:
        del keep.skip_history_when_saving  # type: ignore[attr-defined]
    if keep.date_conflict and keep.review != Event.Review.VERIFIED:
        keep.review = Event.Review.NEEDS_REVIEW
        _lock(keep, ("type", "actors"))
    elif keep.review != Event.Review.REJECTED:
        keep.review = Event.Review.VERIFIED
        _lock(keep, Event.EDITABLE_FIELDS)
    _mark_edited(keep, user)
    _version_claim(keep, None)
    merged_ids = ", ".join(f"#{e.pk}" for e in others)
    _attribute(keep, user, _("Redaktion: zusammengeführt mit %(ids)s") % {"ids": merged_ids})
    keep.save()
    return keep


def _actors_named(source: EventSource, candidates: Iterable[Actor]) -> list[Actor]:
    names = {n.casefold() for n in source.actor_names or []}
    found = []
    for actor in candidates:
        spellings = {actor.name.casefold()} | {a.alias.casefold() for a in actor.aliases.all()}
        if spellings & names:
            found.append(actor)
    return found


@transaction.atomic
def event_split_source(*, source: EventSource, user: User | None) -> Event:
    """Split one source off into an event of its own (the extractor merged two events).

    The new event takes the source's date, status and actors and is the editor's (locked,
    `created_by_editor`); the source is marked as placed by an editor so re-extraction keeps it
    there. The old event's date is recomputed from its remaining sources unless locked.
    """
    original = Event.objects.select_for_update().get(pk=source.event_id)
    if original.sources.count() < 2:
        raise ValidationError(
            _("Die einzige Quelle eines Ereignisses kann nicht abgespalten werden.")
        )
    place = original.place
    if source.location_name:
        place = Place.objects.filter(name=source.location_name).first() or place
    new = Event(
        type=original.type,
        status=source.status,
        date_start=source.date_start,
        date_end=source.date_end,
        precision=source.precision,
        date_basis=source.date_basis,
        place=place,
        summary=source.evidence[:300],
        confidence=source.confidence,
        review=Event.Review.NEEDS_REVIEW,
        created_by_editor=True,
        locked_fields=list(Event.EDITABLE_FIELDS),
    )
    _mark_edited(new, user)
    _attribute(new, user, _("Redaktion: abgespalten aus #%(id)s") % {"id": original.pk})
    new.save()
    original_actors = list(original.actors.prefetch_related("aliases"))
    for actor in _actors_named(source, original_actors) or original_actors:
        link = EventActor(event=new, actor=actor)
        _attribute(link, user)
        link.save()
    source.event = new
    source.added_by_editor = True
    source.save(update_fields=["event", "added_by_editor"])
    services.event_refresh(new, force_save=True)
    _version_claim(original, None)
    _mark_edited(original, user)
    _attribute(original, user, _("Redaktion: Quelle abgespalten nach #%(id)s") % {"id": new.pk})
    services.event_refresh(original, force_save=True)
    return new


# ------------------------------------------------------------------------------ conflicts


@dataclass(frozen=True, slots=True)
class ChangeNote:
    user: str
    when: str
    changes: list[str]


def _display(event_field: str, value: Any) -> str:
    field = Event._meta.get_field(event_field)
    choices = dict(getattr(field, "choices", None) or [])
    if value in (None, ""):
        return "—"
    if value in choices:
        return str(choices[value])
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if event_field == "place":
        place = Place.objects.filter(pk=value).first()
        return str(place) if place else str(value)
    return str(value)


def event_changes_since(*, event: Event, version: int) -> list[ChangeNote]:
    """Who changed what on `event` after `version` (from the simple-history records)."""
    notes: list[ChangeNote] = []
    records = (
        event.history.filter(version__gt=version)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    compared = [f for f in TRACKED_FIELDS if f != "actors"]
    for record in records:
        previous = record.prev_record
        changes: list[str] = []
        if previous is not None:
            delta = record.diff_against(previous, included_fields=compared)
            changes = [
                f"{field_label(c.field)}: {_display(c.field, c.old)} → {_display(c.field, c.new)}"
                for c in delta.changes
            ]
        if record.history_change_reason and not changes:
            changes = [record.history_change_reason]
        who = record.history_user.get_username() if record.history_user else _("unbekannt")
        when = formats.date_format(timezone.localtime(record.history_date), "SHORT_DATETIME_FORMAT")
        notes.append(ChangeNote(user=who, when=when, changes=changes))
    return notes


def event_conflict_message(*, event: Event, loaded_version: int) -> list[str]:
    """The validation errors an editor sees when someone saved the event meanwhile: who changed
    what, and the values stored now."""
    notes = event_changes_since(event=event, version=loaded_version)
    parts = [
        _("Dieses Ereignis wurde geändert, seit Sie es geöffnet haben (Version %(old)s → %(new)s).")
        % {"old": loaded_version, "new": event.version}
    ]
    for note in notes:
        parts.append(
            _("Geändert von %(user)s am %(when)s: %(changes)s")
            % {
                "user": note.user,
                "when": note.when,
                "changes": "; ".join(note.changes) or _("keine Feldänderung"),
            }
        )
    current = "; ".join(
        f"{field_label(f)}: {_display(f, getattr(event, f))}"
        for f in ("date_start", "date_end", "precision", "status", "review")
    )
    parts.append(_("Jetzt gespeichert – %(current)s") % {"current": current})
    parts.append(
        _(
            "Das Formular zeigt jetzt den gespeicherten Stand, nur Ihre eigenen Änderungen "
            "stehen noch darin. Speichern Sie erneut, um sie zu übernehmen."
        )
    )
    return parts


# ------------------------------------------------------------------------------ actors


@transaction.atomic
def actors_merge(*, actors: Sequence[Actor], target: Actor, user: User | None) -> Actor:
    """Merge `actors` into `target`: their event links, spellings and offices move to the
    target, their names become its spellings, and they are deleted."""
    target = Actor.objects.select_for_update().get(pk=target.pk)
    spellings = {a.casefold() for a in target.aliases.values_list("alias", flat=True)}
    spellings.add(target.name.casefold())
    for actor in actors:
        if actor.pk == target.pk:
            continue
        linked = set(EventActor.objects.filter(actor=target).values_list("event_id", flat=True))
        for link in EventActor.objects.filter(actor=actor):
            _attribute(link, user)
            if link.event_id in linked:
                link.delete()
            else:
                link.actor = target
                link.save()
        for alias in ActorAlias.objects.filter(actor=actor):
            _attribute(alias, user)
            if alias.alias.casefold() in spellings:
                alias.delete()
            else:
                alias.actor = target
                alias.save()
                spellings.add(alias.alias.casefold())
        if actor.name.casefold() not in spellings:
            alias = ActorAlias(actor=target, alias=actor.name)
            _attribute(alias, user)
            alias.save()
            spellings.add(actor.name.casefold())
        for role in ActorRole.objects.filter(actor=actor):
            _attribute(role, user)
            role.actor = target
            role.save()
        if actor.status == Actor.Status.CONFIRMED:
            target.status = Actor.Status.CONFIRMED
        if not target.country and actor.country:
            target.country = actor.country
        _attribute(actor, user, _("Redaktion: zusammengeführt in %(name)s") % {"name": target})
        actor.delete()
    _attribute(target, user, _("Redaktion: Akteure zusammengeführt"))
    target.save()
    return target


def _articles_naming(actor_ids: Sequence[int]) -> list[Article]:
    return list(
        Article.objects.filter(event_sources__event__event_actors__actor__in=actor_ids).distinct()
    )


def _reextract(articles: Iterable[Article]) -> int:
    count = 0
    for article in articles:
        services.extraction_enqueue_on_commit(article)
        count += 1
    return count


@transaction.atomic
def actor_candidate_confirm(*, actors: Iterable[Actor], user: User | None) -> int:
    """Confirm actor candidates: they join the lexicon, and the articles that named them are
    queued for re-extraction (which now recognises them). Returns the articles queued."""
    confirmed: list[int] = []
    for actor in actors:
        if actor.status == Actor.Status.CONFIRMED:
            continue
        actor.status = Actor.Status.CONFIRMED
        _attribute(actor, user, _("Redaktion: Kandidat bestätigt"))
        actor.save()
        confirmed.append(actor.pk)
    return _reextract(_articles_naming(confirmed)) if confirmed else 0


@transaction.atomic
def actor_candidate_dismiss(*, actors: Iterable[Actor], user: User | None) -> int:
    """Dismiss actor candidates: extraction ignores them from now on, their links leave the
    events whose actors no editor set, and the articles that named them are queued for
    re-extraction. Returns the articles queued."""
    dismissed: list[int] = []
    for actor in actors:
        if actor.status == Actor.Status.DISMISSED:
            continue
        actor.status = Actor.Status.DISMISSED
        _attribute(actor, user, _("Redaktion: Kandidat verworfen"))
        actor.save()
        dismissed.append(actor.pk)
    if not dismissed:
        return 0
    articles = _articles_naming(dismissed)
    for link in EventActor.objects.filter(actor__in=dismissed).select_related("event"):
        if not link.event.is_locked("actors"):
            _attribute(link, user)
            link.delete()
    return _reextract(articles)


# ------------------------------------------------------------------------------ roles

EDITOR_GROUP = "Redaktion"
ANALYST_GROUP = "Analyse"
# (app label, model) pairs: what editors may change and analysts may view.
DESK_MODELS = (
    ("timeline", "event"),
    ("timeline", "eventactor"),
    ("timeline", "eventsource"),
    ("timeline", "actor"),
    ("timeline", "actoralias"),
    ("timeline", "actorrole"),
    ("timeline", "place"),
)
READ_MODELS = (("articles", "article"), ("articles", "outlet"))


def _permissions(models: Iterable[tuple[str, str]], actions: Iterable[str]) -> list[Permission]:
    wanted = [(app, f"{action}_{model}") for app, model in models for action in actions]
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.filter(
            content_type__app_label__in={app for app, _ in wanted},
            codename__in={code for _, code in wanted},
        ).select_related("content_type")
    }
    missing = [f"{app}.{code}" for app, code in wanted if (app, code) not in found]
    if missing:
        raise RuntimeError(f"permissions missing (run migrate first): {', '.join(missing)}")
    return [found[key] for key in wanted]


@transaction.atomic
def roles_setup() -> tuple[Group, Group]:
    """Create or update the groups "Redaktion" (edit the timeline, view articles) and
    "Analyse" (view only). Idempotent: the groups end with exactly these permissions."""
    from django.apps import apps

    for app_label in ("timeline", "articles"):
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    editors, _created = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.set(
        _permissions(DESK_MODELS, ("view", "add", "change", "delete"))
        + _permissions(READ_MODELS, ("view",))
    )
    analysts, _created = Group.objects.get_or_create(name=ANALYST_GROUP)
    analysts.permissions.set(_permissions((*DESK_MODELS, *READ_MODELS), ("view",)))
    return editors, analysts


@transaction.atomic
def editor_ensure(*, username: str, email: str = "", password: str | None = None) -> User:
    """Create or update a staff user in "Redaktion" (password only set when given)."""
    editors, _analysts = roles_setup()
    user, _created = User.objects.get_or_create(username=username)
    user.is_staff = True
    if email:
        user.email = email
    if password:
        user.set_password(password)
    elif _created:
        user.set_unusable_password()
    user.save()
    user.groups.add(editors)
    return user

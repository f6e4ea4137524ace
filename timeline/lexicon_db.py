"""The lexicon between its data files, the database (where editors change it) and the
extractor (which takes a plain `Lexicon`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max

from timeline.extraction.lexicon import ActorEntry, Lexicon, PlaceEntry, Role
from timeline.models import Actor, ActorAlias, ActorRole, Place


@dataclass(slots=True)
class LexiconLoadReport:
    actors_created: int = 0
    aliases_added: int = 0
    roles_added: int = 0
    places_created: int = 0
    places_updated: int = 0


@transaction.atomic
def lexicon_load(*, lexicon: Lexicon) -> LexiconLoadReport:
    """Add what the data files know and the database does not; never remove or overwrite.

    Editors' changes (renamed actors, removed aliases, corrected terms) stay as they are: an
    existing actor only gains aliases and roles it lacks.
    """
    report = LexiconLoadReport()
    for entry in lexicon.actors:
        actor, created = Actor.objects.get_or_create(
            name=entry.canonical,
            defaults={"kind": entry.kind, "country": entry.country or ""},
        )
        report.actors_created += created
        known_aliases = set(actor.aliases.values_list("alias", flat=True))
        new_aliases = [a for a in dict.fromkeys(entry.aliases) if a not in known_aliases]
        ActorAlias.objects.bulk_create(ActorAlias(actor=actor, alias=a) for a in new_aliases)
        report.aliases_added += len(new_aliases)
        known_roles = set(actor.roles.values_list("office", "country", "start"))
        for role in entry.roles:
            if (role.office, role.country or "", role.start) in known_roles:
                continue
            ActorRole.objects.create(
                actor=actor,
                office=role.office,
                country=role.country or "",
                start=role.start,
                end=role.end,
                titles=list(role.titles),
            )
            report.roles_added += 1
    for place_entry in lexicon.places:
        place, created = Place.objects.get_or_create(
            name=place_entry.canonical,
            defaults={
                "kind": place_entry.kind,
                "country": place_entry.country or "",
                "variants": list(place_entry.variants),
                "adjectives": list(place_entry.adjectives),
                "genitive": place_entry.genitive or "",
                "demonyms": list(place_entry.demonyms),
                "capital": place_entry.capital,
            },
        )
        if created:
            report.places_created += 1
            continue
        variants = place.variants + [v for v in place_entry.variants if v not in place.variants]
        adjectives = place.adjectives + [
            a for a in place_entry.adjectives if a not in place.adjectives
        ]
        demonyms = place.demonyms + [d for d in place_entry.demonyms if d not in place.demonyms]
        capital = place.capital or place_entry.capital
        if (variants, adjectives, demonyms, capital) != (
            place.variants,
            place.adjectives,
            place.demonyms,
            place.capital,
        ):
            place.variants, place.adjectives = variants, adjectives
            place.demonyms, place.capital = demonyms, capital
            place.save(update_fields=["variants", "adjectives", "demonyms", "capital"])
            report.places_updated += 1
    return report


def lexicon_from_db() -> Lexicon:
    """The confirmed actors and all places, as the extractor takes them."""
    actors = [
        ActorEntry(
            canonical=actor.name,
            kind=actor.kind,
            country=actor.country or None,
            aliases=tuple(alias.alias for alias in actor.aliases.all()),
            roles=tuple(
                Role(
                    office=role.office,
                    country=role.country or None,
                    start=role.start,
                    end=role.end,
                    titles=tuple(role.titles or ()),
                )
                for role in actor.roles.all()
            ),
        )
        for actor in Actor.objects.filter(status=Actor.Status.CONFIRMED).prefetch_related(
            "aliases", "roles"
        )
    ]
    places = [
        PlaceEntry(
            canonical=place.name,
            kind=place.kind,
            country=place.country or None,
            variants=tuple(place.variants or ()),
            adjectives=tuple(place.adjectives or ()),
            genitive=place.genitive or None,
            demonyms=tuple(place.demonyms or ()),
            capital=place.capital,
        )
        for place in Place.objects.all()
    ]
    return Lexicon(actors=actors, places=places)


def lexicon_fingerprint() -> tuple[object, ...]:
    """Changes whenever an editor changes the lexicon: the cached extractor is rebuilt then."""
    actor_stats = Actor.objects.aggregate(
        n=Count("id"),
        changed=Max("updated_at"),
        aliases=Count("aliases"),
    )
    role_count = ActorRole.objects.count()
    alias_max = ActorAlias.objects.aggregate(m=Max("id"))["m"]
    place_stats = Place.objects.aggregate(n=Count("id"), m=Max("updated_at"))
    return (
        actor_stats["n"],
        actor_stats["changed"],
        actor_stats["aliases"],
        alias_max,
        role_count,
        place_stats["n"],
        place_stats["m"],
    )

"""The lexicon between its data files and the database: places keep their demonyms and
capital marks."""

from __future__ import annotations

import pytest

from timeline.extraction.lexicon import Lexicon, PlaceEntry
from timeline.lexicon_db import lexicon_from_db, lexicon_load
from timeline.models import Place

pytestmark = pytest.mark.django_db


def _slovakia(demonyms: tuple[str, ...]) -> Lexicon:
    entry = PlaceEntry("Slowakei", "country", "SK", (), ("slowakisch",), None, demonyms)
    return Lexicon(actors=[], places=[entry])


def test_it_loads_demonyms_and_reads_them_back() -> None:
    lexicon_load(lexicon=_slovakia(("Slowake", "Slowaken")))
    place = next(p for p in lexicon_from_db().places if p.canonical == "Slowakei")
    assert place.demonyms == ("Slowake", "Slowaken")


def test_it_adds_new_demonyms_and_keeps_the_editors() -> None:
    lexicon_load(lexicon=_slovakia(("Slowake",)))
    Place.objects.filter(name="Slowakei").update(demonyms=["Slowake", "Slovak"])
    report = lexicon_load(lexicon=_slovakia(("Slowake", "Slowakin")))
    assert report.places_updated == 1
    assert Place.objects.get(name="Slowakei").demonyms == ["Slowake", "Slovak", "Slowakin"]


def test_a_capital_is_loaded_marked_and_read_back() -> None:
    """A capital row loaded before the mark existed gains it; the extractor reads it back."""
    Place.objects.create(name="Bratislava", kind="city", country="SK")
    capital = PlaceEntry("Bratislava", "city", "SK", capital=True)
    report = lexicon_load(lexicon=Lexicon(actors=[], places=[capital]))
    assert report.places_updated == 1
    assert Place.objects.get(name="Bratislava").capital
    place = next(p for p in lexicon_from_db().places if p.canonical == "Bratislava")
    assert place.capital


def test_stored_korean_names_take_the_spelling_of_german_news() -> None:
    from importlib import import_module

    from django.apps import apps

    from tests.factories import make_source
    from timeline.models import Actor, ActorAlias, EventSource

    migration = import_module("timeline.migrations.0013_actor_names_as_news_spell_them")
    Actor.objects.filter(name__in=["Moon Jae In", "Ban Ki Moon", "EU"]).delete()
    moon = Actor.objects.create(name="Moon Jae-in", country="KR")
    ActorAlias.objects.create(actor=moon, alias="Moon Jae In")
    Actor.objects.create(name="Ban Ki-moon", country="KR")
    Actor.objects.create(name="Ban Ki Moon", country="KR")  # the new name is taken: left alone
    Actor.objects.create(name="Europäische Union", kind=Actor.Kind.ORGANISATION)
    source = make_source(actor_names=["Moon Jae-in", "Europäische Union", "Xi Jinping"])

    migration.rename(apps, None)
    moon.refresh_from_db()
    assert moon.name == "Moon Jae In"
    assert list(moon.aliases.values_list("alias", flat=True)) == ["Moon Jae-in"]
    assert Actor.objects.filter(name="Ban Ki-moon").exists()
    assert EventSource.objects.get(pk=source.pk).actor_names == ["Moon Jae In", "EU", "Xi Jinping"]

    migration.rename_back(apps, None)
    moon.refresh_from_db()
    assert moon.name == "Moon Jae-in"
    assert list(moon.aliases.values_list("alias", flat=True)) == ["Moon Jae In"]
    assert EventSource.objects.get(pk=source.pk).actor_names == [
        "Moon Jae-in",
        "Europäische Union",
        "Xi Jinping",
    ]


def test_a_korean_name_is_found_in_text_by_its_family_name() -> None:
    from timeline.models import Actor

    assert Actor(name="Moon Jae In", country="KR").surname == "Moon"
    assert Actor(name="Nguyen Phu Trong", country="VN").surname == "Trong"
    assert Actor(name="Olaf Scholz", country="DE").surname == "Scholz"

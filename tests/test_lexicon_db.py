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

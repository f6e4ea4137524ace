"""The lexicon between its data files and the database: places keep their demonyms."""

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

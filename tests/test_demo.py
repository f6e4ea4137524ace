"""The demo corpus: `manage.py demo` gives a new user a sensible timeline."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_the_demo_loads_articles_and_yields_their_events() -> None:
    out = StringIO()
    call_command("demo", stdout=out)
    assert Article.objects.count() == 26
    assert not Article.objects.exclude(extraction_status=Article.ExtractionStatus.DONE).exists()
    assert Event.objects.count() >= 40
    assert set(Event.objects.values_list("type", flat=True)) == {t.value for t in Event.Type}

    putin_lukashenko = Event.objects.filter(actors__name="Wladimir Putin").filter(
        actors__name="Alexander Lukaschenko"
    )
    # Putin's state visit to Belarus, 23–24 May 2024, reported with "am Donnerstag" et al.
    assert (
        putin_lukashenko.filter(
            type=Event.Type.VISIT,
            date_start__lte=date(2024, 5, 24),
            date_end__gte=date(2024, 5, 23),
        ).exists()
        or Event.objects.filter(
            type=Event.Type.VISIT, actors__name="Wladimir Putin", date_start=date(2024, 5, 23)
        ).exists()
    )
    # Lukaschenko's re-election of 9 August 2020.
    assert Event.objects.filter(
        type=Event.Type.ELECTION, actors__name="Alexander Lukaschenko", date_start=date(2020, 8, 9)
    ).exists()
    # The article without a publication date is stored, its events extracted.
    undated = Article.objects.get(published_at__isnull=True)
    assert undated.event_sources.exists()

    out = StringIO()
    call_command("demo", stdout=out)
    assert Article.objects.count() == 26  # running it again adds nothing

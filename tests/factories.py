"""Factories that keep Article, Outlet, Actor, Event and EventSource consistent.

factory_boy is untyped; tests call the typed `make_*` functions at the end of this module.
"""

# mypy: disable-error-code="attr-defined,no-untyped-call,misc,type-arg,no-any-return"

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import factory

from articles.models import Article, Outlet
from timeline.models import Actor, ActorAlias, Event, EventActor, EventSource, Place

BERLIN = ZoneInfo("Europe/Berlin")


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Medium {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Meldung {n}")
    body = factory.Sequence(lambda n: f"Text der Meldung {n}.")
    raw_content = factory.LazyAttribute(lambda a: a.body)
    input_format = Article.InputFormat.TEXT
    url = factory.Sequence(lambda n: f"https://example.org/meldung/{n}")
    published_at = datetime(2024, 5, 23, 9, 0, tzinfo=BERLIN)
    published_basis = Article.PublishedBasis.GIVEN
    content_hash = factory.LazyAttribute(
        lambda a: hashlib.sha256(f"{a.title}\n{a.body}".encode()).hexdigest()
    )


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Akteur Nummer{n}")
    kind = Actor.Kind.PERSON


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    alias = factory.Sequence(lambda n: f"Alias {n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Ort {n}")


class EventFactory(factory.django.DjangoModelFactory):
    """An event on one day with one source; `actors=[...]` links actors, `sources=n` adds
    sources (each from its own article)."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    type = Event.Type.MEETING
    status = Event.Status.OCCURRED
    date_start = date(2024, 5, 23)
    date_end = factory.LazyAttribute(lambda e: e.date_start)
    precision = factory.LazyAttribute(
        lambda e: Event.Precision.DAY if e.date_start else Event.Precision.UNKNOWN
    )
    date_basis = Event.DateBasis.EXPLICIT
    summary = factory.Sequence(lambda n: f"Ereignis {n}")
    confidence = 0.8

    @factory.post_generation
    def actors(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            for actor in extracted:
                EventActor.objects.create(event=self, actor=actor)

    @factory.post_generation
    def sources(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        for _ in range(1 if extracted is None else extracted):
            EventSourceFactory(event=self)


class EventSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventSource

    event = factory.SubFactory(EventFactory, sources=0)
    article = factory.SubFactory(ArticleFactory)
    evidence = factory.LazyAttribute(lambda s: s.event.summary or "Ein Satz.")
    date_text = ""
    date_start = factory.LazyAttribute(lambda s: s.event.date_start)
    date_end = factory.LazyAttribute(lambda s: s.event.date_end)
    precision = factory.LazyAttribute(lambda s: s.event.precision)
    date_basis = factory.LazyAttribute(lambda s: s.event.date_basis)
    status = factory.LazyAttribute(lambda s: s.event.status)
    confidence = 0.8


def make_outlet(**kwargs: Any) -> Outlet:
    return cast(Outlet, OutletFactory(**kwargs))


def make_article(**kwargs: Any) -> Article:
    return cast(Article, ArticleFactory(**kwargs))


def make_actor(**kwargs: Any) -> Actor:
    return cast(Actor, ActorFactory(**kwargs))


def make_place(**kwargs: Any) -> Place:
    return cast(Place, PlaceFactory(**kwargs))


def make_event(**kwargs: Any) -> Event:
    return cast(Event, EventFactory(**kwargs))


def make_source(**kwargs: Any) -> EventSource:
    return cast(EventSource, EventSourceFactory(**kwargs))

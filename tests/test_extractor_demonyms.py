"""Peoples named by their demonym ("die Slowaken", "den Spaniern"): a country mention that
locates an election, never a visit's destination nor an actor (shipped lexicon, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.matchers import Mention, demonym_forms
from timeline.extraction.nlp import parse_doc
from timeline.extraction.types import EventCandidate, EventType, Status


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor(Lexicon.from_files())


def extract(extractor: EventExtractor, text: str, published: date) -> list[EventCandidate]:
    return extractor.extract(text, published).events


def place_mentions(extractor: EventExtractor, text: str) -> list[Mention]:
    doc = extractor.nlp(parse_doc(extractor.nlp, text))
    return [m for m in extractor.index.mentions(doc) if m.kind == "place"]


def test_demonym_forms_add_the_regular_inflections() -> None:
    forms = demonym_forms(["Spanier", "Spanierin"])
    assert {"Spanier", "Spaniern", "Spaniers", "Spanierin", "Spanierinnen"} == set(forms)
    assert set(demonym_forms(["Slowake", "Slowaken", "Slowakin"])) == {
        "Slowake",
        "Slowaken",
        "Slowakin",
        "Slowakinnen",
    }
    # An adjectival noun is listed with its forms; nothing is derived from "Deutscher".
    assert set(demonym_forms(["Deutsche", "Deutschen", "Deutscher"])) == {
        "Deutsche",
        "Deutschen",
        "Deutscher",
    }


@pytest.mark.parametrize(
    ("text", "published", "location", "day", "status"),
    [
        (
            "Die Slowaken wählen am 30. September ein neues Parlament.",
            date(2023, 9, 20),
            "Slowakei",
            date(2023, 9, 30),
            Status.PLANNED,
        ),
        (
            "Die Briten haben am Donnerstag ein neues Unterhaus gewählt.",
            date(2024, 7, 6),
            "Großbritannien",
            date(2024, 7, 4),
            Status.OCCURRED,
        ),
        (
            "Am Sonntag wählen die Österreicherinnen und Österreicher einen neuen Nationalrat.",
            date(2024, 9, 27),
            "Österreich",
            date(2024, 9, 29),
            Status.PLANNED,
        ),
        (
            "Den Spaniern steht am 23. Juli eine vorgezogene Parlamentswahl bevor.",
            date(2023, 7, 1),
            "Spanien",
            date(2023, 7, 23),
            Status.PLANNED,
        ),
        (
            "Die Deutschen wählen am 23. Februar einen neuen Bundestag.",
            date(2025, 1, 10),
            "Deutschland",
            date(2025, 2, 23),
            Status.PLANNED,
        ),
        (
            "Die US-Amerikaner wählen am 5. November einen neuen Präsidenten.",
            date(2024, 10, 1),
            "USA",
            date(2024, 11, 5),
            Status.PLANNED,
        ),
        (
            "Bei der Wahl der Rumänen am 24. November lag ein Außenseiter vorn.",
            date(2024, 11, 26),
            "Rumänien",
            date(2024, 11, 24),
            Status.OCCURRED,
        ),
        (
            "Die Georgier haben am 26. Oktober ein neues Parlament gewählt.",
            date(2024, 10, 28),
            "Georgien",
            date(2024, 10, 26),
            Status.OCCURRED,
        ),
    ],
)
def test_election_named_by_its_voters(
    extractor: EventExtractor,
    text: str,
    published: date,
    location: str,
    day: date,
    status: Status,
) -> None:
    found = extract(extractor, text, published)
    assert len(found) == 1
    election = found[0]
    assert election.type is EventType.ELECTION
    assert election.location == location
    assert (election.date_start, election.date_end) == (day, day)
    assert election.status is status
    assert election.actors == []


def test_a_country_named_beside_its_people_still_wins(extractor: EventExtractor) -> None:
    found = extract(
        extractor,
        "In Frankreich wählen die Franzosen am 30. Juni ein Parlament.",
        date(2024, 6, 12),
    )
    assert [(e.type, e.location) for e in found] == [(EventType.ELECTION, "Frankreich")]


def test_a_demonym_is_no_destination(extractor: EventExtractor) -> None:
    found = extract(
        extractor,
        "Olaf Scholz reiste am Montag zu Gesprächen mit den Franzosen.",
        date(2024, 5, 14),
    )
    assert all(e.location != "Frankreich" for e in found)
    found = extract(
        extractor, "Olaf Scholz hat am Montag mit den Franzosen verhandelt.", date(2024, 5, 14)
    )
    assert found == []


def test_a_demonym_is_no_actor(extractor: EventExtractor) -> None:
    found = extract(
        extractor,
        "Die Litauer und die Letten unterzeichneten am Montag ein Abkommen.",
        date(2024, 5, 14),
    )
    assert not any({"Litauen", "Lettland"} & set(e.actors) for e in found)


def test_a_demonym_does_not_place_a_protest(extractor: EventExtractor) -> None:
    found = extract(
        extractor, "Tausende Ukrainer demonstrierten am Samstag gegen den Krieg.", date(2024, 5, 14)
    )
    assert all(e.location != "Ukraine" for e in found)
    found = extract(
        extractor,
        "Tausende Ukrainer demonstrierten am Samstag in Berlin gegen den Krieg.",
        date(2024, 5, 14),
    )
    assert [(e.type, e.location) for e in found] == [(EventType.PROTEST, "Berlin")]


def test_the_demonym_names_the_nationality_before_a_name(extractor: EventExtractor) -> None:
    found = extract(
        extractor,
        "Emmanuel Macron empfing am Dienstag in Paris die Italienerin Giorgia Meloni.",
        date(2024, 5, 14),
    )
    assert [(e.type, e.actors, e.location) for e in found] == [
        (EventType.MEETING, ["Emmanuel Macron", "Giorgia Meloni"], "Paris"),
        (EventType.VISIT, ["Giorgia Meloni", "Emmanuel Macron"], "Paris"),
    ]


@pytest.mark.parametrize(
    ("text", "word", "form"),
    [
        ("Die Deutsche Bahn streikt.", "Deutsche", "adjective"),
        ("Die deutsche Regierung tagt.", "deutsche", "adjective"),
        ("Im Deutschen Bundestag wird gewählt.", "Deutschen", "adjective"),
        ("Deutsche Politiker reisen nach Kiew.", "Deutsche", "adjective"),
        ("Die Deutschen wählen.", "Deutschen", "demonym"),
        ("Viele Deutsche wählen per Brief.", "Deutsche", "demonym"),
        ("Am Sonntag wählen die Deutschen Ende September.", "Deutschen", "demonym"),
        ("Die Schweizer stimmen ab.", "Schweizer", "demonym"),
        ("Der russische Präsident spricht.", "russische", None),  # a role phrase
    ],
)
def test_adjective_or_demonym(
    extractor: EventExtractor, text: str, word: str, form: str | None
) -> None:
    forms = [m.form for m in place_mentions(extractor, text) if m.text == word]
    assert forms == ([form] if form else [])


def test_an_adjectival_demonym_before_a_noun_is_no_demonym(extractor: EventExtractor) -> None:
    assert place_mentions(extractor, "Die Schweizer Regierung tagt.") == []
    found = extract(
        extractor,
        "Die Deutsche Bahn und die deutsche Regierung unterzeichneten am Montag ein Abkommen.",
        date(2024, 5, 14),
    )
    assert [(e.type, e.actors) for e in found] == [(EventType.AGREEMENT, ["Deutschland"])]


@pytest.mark.parametrize(
    ("text", "location", "day", "status"),
    [
        (
            "Die Schweizer stimmen am Sonntag über eine neue Initiative ab.",
            "Schweiz",
            date(2024, 5, 12),
            Status.PLANNED,
        ),
        (
            "Millionen Inder gaben am Freitag ihre Stimme ab.",
            "Indien",
            date(2024, 5, 10),
            Status.OCCURRED,
        ),
        (
            "In Irland haben die Wählerinnen und Wähler am Freitag über die Verfassung abgestimmt.",
            "Irland",
            date(2024, 5, 10),
            Status.OCCURRED,
        ),
    ],
)
def test_voters_who_vote_hold_an_election(
    extractor: EventExtractor, text: str, location: str, day: date, status: Status
) -> None:
    found = extract(extractor, text, date(2024, 5, 11))
    assert [(e.type, e.location, e.date_start, e.date_end, e.status) for e in found] == [
        (EventType.ELECTION, location, day, day, status)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Das Parlament in Kiew stimmte am Dienstag über das Gesetz ab.",
        "Die Abgeordneten in Warschau gaben am Mittwoch ihre Stimme ab.",
        "Das stimmt nicht, sagte ein Sprecher am Montag in Berlin.",
    ],
)
def test_a_vote_without_voters_is_no_election(extractor: EventExtractor, text: str) -> None:
    assert extract(extractor, text, date(2024, 5, 11)) == []

"""Protest leaders as the extractor reads them (shipped lexicon, sentences written for these
tests): named anywhere in the article, by title or by leading or calling the protests."""

from __future__ import annotations

from datetime import date

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.types import EventCandidate, EventType


def protests(extractor: EventExtractor, text: str) -> list[EventCandidate]:
    found = extractor.extract(text, date(2024, 5, 15)).events
    return [e for e in found if e.type is EventType.PROTEST]


def test_a_leader_named_after_the_protest_leads_it(shipped_extractor: EventExtractor) -> None:
    text = (
        "Am Samstag demonstrierten Zehntausende in Budapest gegen die Regierung.\n\n"
        "Die zentrale Rede hielt Oppositionsführerin Marta Kovács-Nagy."
    )
    assert [(p.actors, p.location) for p in protests(shipped_extractor, text)] == [
        (["Marta Kovács-Nagy"], "Budapest")
    ]


def test_who_called_the_protests_leads_them(shipped_extractor: EventExtractor) -> None:
    text = (
        "In Kathmandu gingen am Montag Tausende Studenten auf die Straße.\n\n"
        "Zu den Protesten aufgerufen hatte eine Jugendgruppe, deren Vorsitzender Ramesh Thapa "
        "seit Wochen mobilisierte."
    )
    assert {tuple(p.actors) for p in protests(shipped_extractor, text)} == {("Ramesh Thapa",)}


def test_he_who_led_the_protest_leads_it_and_whom_it_was_against_does_not(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Oppositionelle Giorgi Beridze wurde am Sonntag als Präsident vereidigt.\n\n"
        "Im November hatte er den Protest gegen Staatschef Eduard Schewardnadse angeführt."
    )
    assert [p.actors for p in protests(shipped_extractor, text)] == [["Giorgi Beridze"]]


def test_protests_without_a_leader_name_no_one(shipped_extractor: EventExtractor) -> None:
    text = (
        "In Minsk demonstrierten am Sonntag Tausende gegen Alexander Lukaschenko.\n\n"
        "Die Polizei nahm nach Angaben von Menschenrechtlern Hunderte fest."
    )
    assert [p.actors for p in protests(shipped_extractor, text)] == [[]]


def test_whom_protests_are_against_leads_none_of_them() -> None:
    text = (
        "Am Sonntag demonstrierten in Minsk Zehntausende gegen Staatschef Alexander Lukaschenko. "
        "Lukaschenko hatte seine Anhänger für denselben Tag zu einer eigenen Kundgebung "
        "aufgerufen."
    )
    events = EventExtractor(Lexicon.from_files()).extract(text, date(2020, 8, 17)).events
    protests = [e for e in events if e.type is EventType.PROTEST]
    assert protests
    assert all("Alexander Lukaschenko" not in p.actors for p in protests)


def test_where_a_leader_lives_is_not_where_the_protests_are(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Belarus gingen am Sonntag erneut Zehntausende gegen Alexander Lukaschenko auf die "
        "Straße.\n\n"
        "Swetlana Tichanowskaja, die sich in Litauen aufhält, rief dazu auf, die Proteste "
        "friedlich fortzusetzen."
    )
    assert {p.location for p in protests(shipped_extractor, text)} == {"Belarus"}


def test_a_dateline_abroad_does_not_place_the_protests(shipped_extractor: EventExtractor) -> None:
    text = (
        "Berlin (Demo) - Angela Merkel forderte am Dienstag von der belarussischen Führung ein "
        "Ende der Gewalt gegen friedliche Demonstranten. Seit der Wahl gehen in Belarus "
        "täglich Tausende auf die Straße. Belarus steht unter Druck."
    )
    assert {p.location for p in protests(shipped_extractor, text)} == {"Belarus"}


def test_protests_during_an_event_take_its_day(shipped_extractor: EventExtractor) -> None:
    text = (
        "Recep Tayyip Erdoğan besuchte am Montag Berlin. Der Besuch wurde von Protesten begleitet."
    )
    assert [p.date_start for p in protests(shipped_extractor, text)] == [date(2024, 5, 13)]


def test_whom_a_protest_commemorates_leads_none_of_it() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Anlass war der Jahrestag der Ermordung des oppositionellen Journalisten Georgi "
        "Gongadse. Am Dienstag demonstrierten in Kiew Tausende."
    )
    protests = [
        e for e in extractor.extract(text, date(2002, 9, 26)).events if e.type is EventType.PROTEST
    ]
    assert [(p.actors, p.location) for p in protests] == [([], "Kiew")]


def test_a_protest_without_a_place_is_in_the_country_of_the_story_and_its_people() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "In Armenien wird im Juni ein neues Parlament gewählt. Armenien steckt in einer Krise, "
        "Armenien braucht Ruhe.\n\nNikol Paschinjan hatte die Neuwahl unter dem Druck von "
        "Oppositionsprotesten angesetzt."
    )
    protests = [
        e for e in extractor.extract(text, date(2021, 5, 3)).events if e.type is EventType.PROTEST
    ]
    assert [p.location for p in protests] == ["Armenien"]


def test_a_protest_a_foreign_caller_speaks_of_is_not_in_her_country() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Minsk (Demo) - In Belarus gehen seit Tagen Tausende auf die Straße, auch in Minsk und "
        "Brest. Belarus steckt in einer Krise.\n\nBei dem Telefonat am Dienstag habe Angela "
        "Merkel darauf gedrungen, dass die Führung auf Gewalt gegen friedliche Demonstranten "
        "verzichte."
    )
    protests = [
        e for e in extractor.extract(text, date(2020, 8, 18)).events if e.type is EventType.PROTEST
    ]
    assert "Deutschland" not in [p.location for p in protests]

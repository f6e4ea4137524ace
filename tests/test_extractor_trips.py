"""Trips as the extractor reads them, with the shipped lexicon, on sentences written for these
tests: destinations named in one list, hosts of each destination."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType


def visits(extractor: EventExtractor, text: str, published: date) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, published).events if e.type is EventType.VISIT]


def test_each_destination_of_a_list_is_a_visit(shipped_extractor: EventExtractor) -> None:
    text = "Emmanuel Macron besucht in der kommenden Woche Kenia, Tansania und Äthiopien."
    found = visits(shipped_extractor, text, date(2024, 5, 15))
    assert sorted(v.location or "" for v in found) == ["Kenia", "Tansania", "Äthiopien"]
    assert {(tuple(v.actors), v.date_start, v.status) for v in found} == {
        (("Emmanuel Macron",), date(2024, 5, 20), "planned")
    }


def test_a_state_visit_to_several_countries(shipped_extractor: EventExtractor) -> None:
    text = "Im März stattete Olaf Scholz Chile, Argentinien und Brasilien einen Staatsbesuch ab."
    found = visits(shipped_extractor, text, date(2023, 4, 2))
    assert sorted(v.location or "" for v in found) == ["Argentinien", "Brasilien", "Chile"]


def test_a_host_belongs_to_the_destination_of_his_country(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz reiste am Montag nach Kiew und nach Warschau, wo ihn Andrzej Duda empfing."
    found = visits(shipped_extractor, text, date(2024, 5, 15))
    assert sorted((v.location or "", tuple(v.actors)) for v in found) == [
        ("Kiew", ("Olaf Scholz",)),
        ("Warschau", ("Olaf Scholz", "Andrzej Duda")),
    ]


def test_a_city_and_its_country_are_one_destination(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz reiste am Montag nach Minsk, Belarus, und sprach dort mit Studenten."
    assert [v.location for v in visits(shipped_extractor, text, date(2024, 5, 15))] == ["Minsk"]


def test_alternatives_are_no_list_of_destinations(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz will im Juni nach Paris oder nach London reisen."
    assert len(visits(shipped_extractor, text, date(2024, 5, 15))) <= 1


def test_a_trip_of_a_week_lasts_seven_days(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz ist am Sonntag zu einer einwöchigen Reise nach Mexiko aufgebrochen."
    found = visits(shipped_extractor, text, date(2023, 2, 6))
    assert [(v.date_start, v.date_end) for v in found] == [(date(2023, 2, 5), date(2023, 2, 11))]


def test_a_place_after_an_office_is_no_name(shipped_extractor: EventExtractor) -> None:
    """ "der französische Präsident Costa Rica ...": the office is resolved by the date, the
    place is the destination, not a person called so."""
    text = "Im Mai besuchte der französische Präsident Costa Rica und Panama."
    found = visits(shipped_extractor, text, date(2024, 6, 10))
    assert sorted((v.location or "", tuple(v.actors)) for v in found) == [
        ("Costa Rica", ("Emmanuel Macron",)),
        ("Panama", ("Emmanuel Macron",)),
    ]


def test_her_own_inauguration_is_no_ceremony_she_travels_to(
    shipped_extractor: EventExtractor,
) -> None:
    """ "reist drei Monate nach ihrer Vereidigung in die Hauptstadt": a visit, and her own
    inauguration dated by the distance; the place she travels to is not where she was sworn
    in."""
    text = (
        "Giorgia Meloni ist Ministerpräsidentin. Sie reist drei Monate nach ihrer Vereidigung "
        "in die deutsche Hauptstadt."
    )
    found = shipped_extractor.extract(text, date(2023, 2, 3)).events
    assert [(e.type, e.location) for e in found] == [
        (EventType.VISIT, "Berlin"),
        (EventType.INAUGURATION, None),
    ]
    inauguration = found[1]
    assert inauguration.date_start is not None and inauguration.date_end is not None
    assert inauguration.date_start <= date(2022, 11, 3) <= inauguration.date_end


def test_a_guest_travelling_to_a_ceremony_attends_it(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz reist am Sonntag zur Vereidigung von Lula nach Brasília."
    found = shipped_extractor.extract(text, date(2023, 1, 1)).events
    assert sorted((e.type, e.location, e.date_start) for e in found) == [
        (EventType.INAUGURATION, "Brasília", date(2023, 1, 1)),
        (EventType.VISIT, "Brasília", date(2023, 1, 1)),
    ]


def test_the_ceremony_a_guest_attends_is_its_owners_inauguration(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz nahm am Sonntag an der Amtseinführung von Lula in Brasília teil."
    found = shipped_extractor.extract(text, date(2023, 1, 3)).events
    assert sorted((e.type, tuple(e.actors), e.location) for e in found) == [
        (EventType.INAUGURATION, ("Luiz Inácio Lula da Silva",), "Brasília"),
        (EventType.VISIT, ("Olaf Scholz", "Luiz Inácio Lula da Silva"), "Brasília"),
    ]


def test_who_attends_a_summit_takes_part_in_it(shipped_extractor: EventExtractor) -> None:
    text = "Pedro Sánchez nahm am Donnerstag am EU-Gipfel in Brüssel teil."
    found = shipped_extractor.extract(text, date(2024, 3, 25)).events
    assert sorted((e.type, tuple(e.actors), e.location, e.date_start) for e in found) == [
        (EventType.SUMMIT, ("Pedro Sánchez",), "Brüssel", date(2024, 3, 21)),
        (EventType.VISIT, ("Pedro Sánchez",), "Brüssel", date(2024, 3, 21)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz nahm nicht am NATO-Gipfel in Vilnius teil.",
        "Die Regierung gab die Entscheidung von Olaf Scholz bekannt, nicht am NATO-Gipfel in "
        "Vilnius teilzunehmen.",
    ],
)
def test_who_stays_away_from_a_summit_is_no_participant(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = shipped_extractor.extract(text, date(2023, 7, 10)).events
    assert [(e.type, e.actors, e.location) for e in found] == [(EventType.SUMMIT, [], "Vilnius")]


def test_a_weekday_before_a_surname_is_no_first_name(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz empfing am Sonntagabend Lula im Kanzleramt."
    found = shipped_extractor.extract(text, date(2023, 1, 3)).events
    meetings = [e for e in found if e.type is EventType.MEETING]
    assert [(m.actors, m.location) for m in meetings] == [
        (["Olaf Scholz", "Luiz Inácio Lula da Silva"], "Berlin")
    ]


def test_a_place_opening_a_visit_compound_is_its_destination(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Alexander Lukaschenko unterzeichnete die Papiere bei seinem Moskau-Besuch am Dienstag."
    found = visits(shipped_extractor, text, date(2012, 5, 16))
    assert [(v.actors, v.location) for v in found] == [(["Alexander Lukaschenko"], "Moskau")]


def test_offices_in_a_list_are_no_persons_name(shipped_extractor: EventExtractor) -> None:
    """ "Der deutsche Bundeskanzler, Frankreichs Präsident und ...": three offices resolved by
    the date, not a person called "Frankreichs Präsident"."""
    text = (
        "Der deutsche Bundeskanzler, Frankreichs Präsident und Italiens Ministerpräsident sind "
        "am Donnerstag in der ukrainischen Hauptstadt eingetroffen."
    )
    found = visits(shipped_extractor, text, date(2022, 6, 16))
    assert sorted((tuple(v.actors), v.location) for v in found) == [
        (("Emmanuel Macron",), "Kiew"),
        (("Mario Draghi",), "Kiew"),
        (("Olaf Scholz",), "Kiew"),
    ]


def test_a_summit_someone_arrives_at_today_is_held_today(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz ist am Samstag zu einem Besuch beim G7-Gipfel in Japan eingetroffen."
    found = shipped_extractor.extract(text, date(2023, 5, 21)).events
    summits = [e for e in found if e.type is EventType.SUMMIT]
    assert [(s.date_start, s.location) for s in summits] == [(date(2023, 5, 20), "Japan")]


def test_statements_of_one_summit_naming_different_guests_are_one_summit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Olaf Scholz hielt am Dienstag beim NATO-Gipfel eine Rede. Emmanuel Macron warb beim "
        "Gipfel am Dienstag für mehr Hilfe."
    )
    found = shipped_extractor.extract(text, date(2025, 6, 25)).events
    summits = [e for e in found if e.type is EventType.SUMMIT]
    assert [sorted(s.actors) for s in summits] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_who_meets_in_the_summits_city_while_it_is_held_takes_part(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der G20-Gipfel in Osaka begann am Freitag, dem 28. Juni 2019. "
        "Am Rande traf Angela Merkel am Freitag in Osaka Donald Trump. "
        "Im Mai 2018 hatte Wladimir Putin Osaka besucht."
    )
    found = shipped_extractor.extract(text, date(2019, 6, 29)).events
    summit = next(e for e in found if e.type is EventType.SUMMIT)
    # EVENTS.md: the organisation is no actor once its participants are named
    assert summit.actors == ["Angela Merkel", "Donald Trump"]


def test_a_trip_told_in_legs_is_one_visit_per_leg(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz besuchte am Montag Lissabon und reiste am Dienstag nach Madrid weiter."
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert sorted((v.location, v.date_start) for v in found) == [
        ("Lissabon", date(2024, 5, 6)),
        ("Madrid", date(2024, 5, 7)),
    ]
    text = (
        "Vom 3. bis 8. Juni wird Xi Jinping Kenia besuchen, am 9. Juni stattet er Ghana "
        "einen Besuch ab."
    )
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert sorted((v.location, v.date_start, v.date_end) for v in found) == [
        ("Ghana", date(2024, 6, 9), date(2024, 6, 9)),
        ("Kenia", date(2024, 6, 3), date(2024, 6, 8)),
    ]


def test_one_destination_told_by_two_verbs_is_one_visit(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz reiste am Montag nach Madrid und besuchte dort am Abend das Parlament."
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert [(v.location, v.date_start) for v in found] == [("Madrid", date(2024, 5, 6))]


def test_summits_told_in_legs_keep_their_own_places_and_days(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Zuvor hatte Emmanuel Macron am EU-Gipfel in Brüssel teilgenommen, am Freitag am "
        "G7-Gipfel in Rom."
    )
    found = shipped_extractor.extract(text, date(2024, 5, 12)).events
    summits = sorted((e.location, e.date_start) for e in found if e.type is EventType.SUMMIT)
    assert summits == [("Brüssel", None), ("Rom", date(2024, 5, 10))]


@pytest.mark.parametrize(
    "onward",
    [
        "Weitere Station der Reise ist am Mittwoch Riga.",
        "Am Mittwoch geht die Reise weiter nach Riga.",
    ],
)
def test_the_trip_under_way_goes_on(shipped_extractor: EventExtractor, onward: str) -> None:
    text = (
        "Bundespräsident Steinmeier ist am Montag zu einem Staatsbesuch in Litauen "
        "eingetroffen. Die Beziehungen beider Länder seien eng, hieß es. " + onward
    )
    found = visits(shipped_extractor, text, date(2024, 5, 14))
    assert sorted((v.location or "", tuple(v.actors), v.date_start) for v in found) == [
        ("Litauen", ("Frank-Walter Steinmeier",), date(2024, 5, 13)),
        ("Riga", ("Frank-Walter Steinmeier",), date(2024, 5, 15)),
    ]


def test_a_visit_without_traveller_far_from_any_trip_is_none(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Am Mittwoch geht die Reise weiter nach Riga."
    assert visits(shipped_extractor, text, date(2024, 5, 14)) == []


@pytest.mark.parametrize(
    ("text", "published", "host", "city"),
    [
        (
            "Giorgia Meloni wurde am Freitag mit militärischen Ehren im Kanzleramt begrüßt.",
            date(2023, 2, 4),
            "Olaf Scholz",
            "Berlin",
        ),
        (
            "Am Dienstag wurde Viktor Orbán im Kreml empfangen.",
            date(2024, 7, 6),
            "Wladimir Putin",
            "Moskau",
        ),
    ],
)
def test_a_guest_received_in_a_seat_of_office_meets_its_holder(
    shipped_extractor: EventExtractor, text: str, published: date, host: str, city: str
) -> None:
    found = shipped_extractor.extract(text, published).events
    meetings = [e for e in found if e.type is EventType.MEETING]
    assert [(m.actors[1], m.location) for m in meetings] == [(host, city)]
    assert [v.actors[0] for v in found if v.type is EventType.VISIT] == [meetings[0].actors[0]]


def test_a_departure_ends_the_visit_told_before(shipped_extractor: EventExtractor) -> None:
    text = (
        "Xi Jinping ist am Montag in Moskau eingetroffen. Am Dienstag unterzeichneten Xi und "
        "Wladimir Putin im Kreml zwei Erklärungen. Am Mittwoch will Xi wieder abreisen."
    )
    found = visits(shipped_extractor, text, date(2023, 3, 21))
    assert [(v.location, v.date_start, v.date_end, v.precision) for v in found] == [
        ("Moskau", date(2023, 3, 20), date(2023, 3, 22), "range")
    ]


@pytest.mark.parametrize(("word", "body"), [("G-8-Gipfel", "G8"), ("G-20-Gipfel", "G20")])
def test_the_longest_first_part_of_a_compound_names_the_body(
    shipped_extractor: EventExtractor, word: str, body: str
) -> None:
    text = f"Der {word} in Genua begann am Freitag."
    found = shipped_extractor.extract(text, date(2001, 7, 22)).events
    assert [(e.type, e.actors) for e in found] == [(EventType.SUMMIT, [body])]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz trifft am 24. Mai in Rom ein und reist am Samstag wieder ab.",
        "Ein Sprecher erklärte, dass Olaf Scholz am 24. Mai in Rom eintreffe und am Samstag "
        "wieder abreisen werde.",
    ],
)
def test_arrival_and_departure_in_one_sentence_are_one_stay(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert [(v.location, v.date_start, v.date_end) for v in found] == [
        ("Rom", date(2024, 5, 24), date(2024, 5, 25))
    ]


def test_two_destinations_in_one_sentence_stay_two_visits(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz besuchte am Montag Paris und reiste am Dienstag nach Madrid weiter."
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert sorted((v.location or "", v.date_start, v.date_end) for v in found) == [
        ("Madrid", date(2024, 5, 7), date(2024, 5, 7)),
        ("Paris", date(2024, 5, 6), date(2024, 5, 6)),
    ]


@pytest.mark.parametrize(
    ("text", "traveller"),
    [
        (
            "Olaf Scholz sprach am Montag in Berlin. Am Dienstag reiste er mit Annalena "
            "Baerbock nach Paris.",
            "Olaf Scholz",
        ),
        (
            "Angela Merkel sprach am Montag in Berlin. Am Dienstag reiste sie mit Annalena "
            "Baerbock nach Paris.",
            "Angela Merkel",
        ),
    ],
)
def test_the_pronoun_subject_travels_with_whom_the_clause_names(
    shipped_extractor: EventExtractor, text: str, traveller: str
) -> None:
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert [(v.actors[0], v.location) for v in found] == [(traveller, "Paris")]
    assert "Annalena Baerbock" in found[0].actors


def test_a_companion_is_not_visited(shipped_extractor: EventExtractor) -> None:
    text = (
        "Olaf Scholz traf am Montag in Paris ein. Dort besuchte er in Begleitung der "
        "Botschafterin Anna Muster ein Museum."
    )
    events = shipped_extractor.extract(text, date(2024, 5, 10)).events
    assert [e.type for e in events if "Anna Muster" in e.actors] == [EventType.VISIT]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher sagte, Olaf Scholz besuche am Dienstag Paris.",
        "Olaf Scholz sagte, er reise am Dienstag nach Paris.",
    ],
)
def test_a_visit_told_in_the_present_subjunctive_is_a_plan(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = visits(shipped_extractor, text, date(2024, 5, 10))  # a Friday
    assert [(v.actors[0], v.date_start, v.status) for v in found] == [
        ("Olaf Scholz", date(2024, 5, 14), "planned")
    ]


def test_the_occasion_travelled_to_is_the_destination(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz reist am Dienstag zum NATO-Gipfel in Den Haag."
    found = visits(shipped_extractor, text, date(2025, 6, 20))
    assert [(v.actors, v.location) for v in found] == [(["Olaf Scholz"], "Den Haag")]


def test_who_decides_not_to_travel_to_a_summit_takes_no_part(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Japans Premier Shigeru Ishiba hat beschlossen, nicht zum NATO-Gipfel in Den Haag "
        "zu reisen."
    )
    events = shipped_extractor.extract(text, date(2025, 6, 20)).events
    assert not visits(shipped_extractor, text, date(2025, 6, 20))
    assert all("Shigeru Ishiba" not in e.actors for e in events)


def test_a_trip_to_another_city_of_ones_own_country_is_a_visit(
    shipped_extractor: EventExtractor,
) -> None:
    published = date(2024, 5, 15)
    found = visits(shipped_extractor, "Wolodymyr Selenskyj besuchte am Samstag Charkiw.", published)
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        (["Wolodymyr Selenskyj"], "Charkiw", date(2024, 5, 11))
    ]
    # Arriving in one's own capital is coming home, not a visit.
    assert (
        visits(shipped_extractor, "Wladimir Putin traf am Montag in Moskau ein.", published) == []
    )


def test_an_office_with_its_country_after_it_names_the_holder(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Der Präsident Frankreichs traf am Sonntag in Peking den Regierungschef Polens."
    events = shipped_extractor.extract(text, date(2025, 5, 10)).events
    meetings = [e for e in events if e.type is EventType.MEETING]
    assert [sorted(m.actors) for m in meetings] == [["Donald Tusk", "Emmanuel Macron"]]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz reiste am Montag zu Emmanuel Macron nach Paris.",
        "Olaf Scholz war am Montag bei Emmanuel Macron in Paris zu Besuch.",
        "Olaf Scholz reiste am Montag zum französischen Präsidenten Emmanuel Macron nach Paris.",
    ],
)
def test_going_to_a_person_is_meeting_them(shipped_extractor: EventExtractor, text: str) -> None:
    events = shipped_extractor.extract(text, date(2024, 5, 15)).events
    meetings = [e for e in events if e.type is EventType.MEETING]
    assert [(sorted(m.actors), m.location) for m in meetings] == [
        (["Emmanuel Macron", "Olaf Scholz"], "Paris")
    ]


def test_travelling_with_a_person_is_no_meeting_of_the_trip(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz reiste am Montag mit Emmanuel Macron nach Kiew."
    events = shipped_extractor.extract(text, date(2024, 5, 15)).events
    assert [e for e in events if e.type is EventType.MEETING] == []


def test_the_arrival_the_evening_before_is_part_of_the_visit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Keir Starmer war am Dienstagabend in Berlin eingetroffen. "
        "Am Mittwoch besuchte er in Berlin Olaf Scholz."
    )
    found = visits(shipped_extractor, text, date(2024, 8, 29))
    assert [(v.location, v.date_start, v.date_end) for v in found] == [
        ("Berlin", date(2024, 8, 27), date(2024, 8, 28))
    ]


def test_visits_to_one_place_days_apart_stay_two(shipped_extractor: EventExtractor) -> None:
    text = "Keir Starmer reiste am Montag nach Berlin. Am Donnerstag reiste er erneut nach Berlin."
    found = visits(shipped_extractor, text, date(2024, 8, 30))
    assert sorted(v.date_start for v in found if v.date_start) == [
        date(2024, 8, 26),
        date(2024, 8, 29),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Außenminister Russlands und Chinas trafen sich am Montag in Astana.",
        "Russlands und Chinas Außenminister trafen sich am Montag in Astana.",
    ],
)
def test_one_office_of_two_countries_joined_by_und(
    shipped_extractor: EventExtractor, text: str
) -> None:
    events = shipped_extractor.extract(text, date(2025, 6, 10)).events
    meetings = [e for e in events if e.type is EventType.MEETING]
    assert [sorted(m.actors) for m in meetings] == [["Sergej Lawrow", "Wang Yi"]]


def test_a_trip_noun_dated_by_publication_adds_no_day_to_the_visit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Wladimir Putin traf am Freitag in Anchorage Donald Trump. "
        "Für Putin war es die erste Reise in die USA seit 2015."
    )
    found = visits(shipped_extractor, text, date(2025, 8, 16))
    assert [(v.date_start, v.date_end) for v in found] == [(date(2025, 8, 15), date(2025, 8, 15))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kim Jong Un reiste am Dienstag nach Wladiwostok, wo er Wladimir Putin traf.",
            "Wladiwostok",
        ),
        (
            "Am Rande des G20-Gipfels in Bali kam Joe Biden am Montag mit Xi Jinping zusammen.",
            "Bali",
        ),
    ],
)
def test_a_meeting_takes_the_place_of_its_where_clause_or_summit(
    shipped_extractor: EventExtractor, text: str, place: str
) -> None:
    events = shipped_extractor.extract(text, date(2024, 5, 15)).events
    assert [e.location for e in events if e.type is EventType.MEETING] == [place]


def test_a_trip_for_some_days_lasts_them(shipped_extractor: EventExtractor) -> None:
    found = visits(
        shipped_extractor,
        "Olaf Scholz reist am Sonntag für drei Tage nach Indien.",
        date(2025, 4, 10),
    )
    assert [(v.date_start, v.date_end) for v in found] == [(date(2025, 4, 13), date(2025, 4, 15))]


def test_two_days_of_two_places_are_no_range(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz besuchte am Montag Warschau und am Dienstag Prag."
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert ("Warschau", date(2024, 5, 6), date(2024, 5, 6)) in [
        (v.location, v.date_start, v.date_end) for v in found
    ]
    text = "Olaf Scholz besuchte am Montag und Dienstag Warschau."
    found = visits(shipped_extractor, text, date(2024, 5, 10))
    assert [(v.date_start, v.date_end) for v in found] == [(date(2024, 5, 6), date(2024, 5, 7))]


def test_the_host_met_during_a_visit_is_named_by_it(shipped_extractor: EventExtractor) -> None:
    text = (
        "Angela Merkel reiste am Mittwoch zu einem zweitägigen Besuch nach Südafrika. "
        "Am Donnerstag traf sie Präsident Cyril Ramaphosa zu einem langen Gespräch."
    )
    found = visits(shipped_extractor, text, date(2020, 2, 7))
    assert [sorted(v.actors) for v in found if v.location == "Südafrika"] == [
        ["Angela Merkel", "Cyril Ramaphosa"]
    ]


def test_an_organisation_is_no_actor_where_people_are_named(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Beim NATO-Gipfel in Vilnius am Dienstag trafen Wolodymyr Selenskyj und Joe Biden ein."
    events = shipped_extractor.extract(text, date(2023, 7, 12)).events
    summits = [e for e in events if e.type is EventType.SUMMIT]
    assert summits and all("NATO" not in s.actors for s in summits)
    text = "Der NATO-Gipfel in Vilnius begann am Dienstag."
    events = shipped_extractor.extract(text, date(2023, 7, 12)).events
    assert [e.actors for e in events if e.type is EventType.SUMMIT] == [["NATO"]]


def test_summits_joined_by_sowohl_als_auch_are_two(shipped_extractor: EventExtractor) -> None:
    text = (
        "Emmanuel Macron nahm sowohl am G20-Gipfel über Handel und Klima in Rio de Janeiro "
        "als auch am Apec-Gipfel in Lima teil."
    )
    found = shipped_extractor.extract(text, date(2024, 11, 25)).events
    summits = [e for e in found if e.type is EventType.SUMMIT]
    assert sorted(s.location or "" for s in summits) == ["Lima", "Rio de Janeiro"]


def test_a_stay_runs_from_arrival_to_departure_whatever_is_told_between(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Xi Jinping traf am Montag in Paris ein, wurde am Dienstag als Staatsgast empfangen "
        "und reiste am Mittwoch wieder ab."
    )
    found = visits(shipped_extractor, text, date(2024, 6, 13))
    assert [(v.location, v.date_start, v.date_end) for v in found] == [
        ("Paris", date(2024, 6, 10), date(2024, 6, 12))
    ]


def test_a_stay_under_way_runs_from_its_start_to_the_day_of_the_story(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Luiz Inácio Lula da Silva weilt seit Sonntag zu einem Staatsbesuch in Peking."
    found = visits(shipped_extractor, text, date(2024, 5, 14))
    assert [(v.location, v.date_start, v.date_end, v.precision) for v in found] == [
        ("Peking", date(2024, 5, 12), date(2024, 5, 14), "range")
    ]


def test_a_trip_noun_and_a_stay_are_visits(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz machte am Montag einen Abstecher nach Prag."
    assert [v.location for v in visits(shipped_extractor, text, date(2024, 5, 14))] == ["Prag"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Olaf Scholz kehrte am Montag aus Peking zurück.", date(2024, 5, 13)),
        ("Nach seiner Rückkehr aus Peking berichtete Olaf Scholz am Dienstag im Kabinett.", None),
        (
            "Nach seiner Rückkehr aus Peking am Sonntag berichtete Olaf Scholz am Dienstag.",
            date(2024, 5, 12),
        ),
    ],
)
def test_where_one_returns_from_is_where_one_was(
    shipped_extractor: EventExtractor, text: str, day: date | None
) -> None:
    found = visits(shipped_extractor, text, date(2024, 5, 15))
    assert [(v.location, v.date_start) for v in found] == [("Peking", day)]


def test_returning_home_is_no_visit(shipped_extractor: EventExtractor) -> None:
    text = (
        "Nach ihrer Rückkehr nach Berlin sagte Annalena Baerbock am Dienstag, es sei gut gelaufen."
    )
    assert visits(shipped_extractor, text, date(2024, 5, 15)) == []


def test_a_date_of_the_announcement_is_not_the_visits(shipped_extractor: EventExtractor) -> None:
    text = (
        "Olaf Scholz besucht am Mittwoch Warschau. "
        "Die Ankündigung des Besuchs in der vergangenen Woche kam überraschend."
    )
    found = visits(shipped_extractor, text, date(2025, 4, 14))
    assert [(v.location, v.date_start) for v in found] == [("Warschau", date(2025, 4, 16))]

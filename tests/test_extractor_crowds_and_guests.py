"""Who takes part, as the language tells it (shipped lexicon, sentences written for these
tests): protesters are the subject of what they demand, a protest at an occasion is where the
occasion is, officials with any title are people, a guest at a host's meal meets the host."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType

PUBLISHED = date(2024, 7, 10)  # a Wednesday


def events_of(extractor: EventExtractor, text: str, kind: EventType) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, PUBLISHED).events if e.type is kind]


@pytest.mark.parametrize(
    "text",
    [
        "Die Demonstranten in Khartum forderten am Montag den Rücktritt des Präsidenten.",
        "Protestierende in Tiflis verlangten am Montag Neuwahlen.",
    ],
)
def test_what_protesters_demand_does_not_undo_their_protest(
    shipped_extractor: EventExtractor, text: str
) -> None:
    protests = events_of(shipped_extractor, text, EventType.PROTEST)
    assert [(p.date_start, p.status) for p in protests] == [(date(2024, 7, 8), "occurred")]


def test_a_protest_that_is_demanded_is_still_no_protest(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Die Opposition forderte am Montag Proteste in Tiflis."
    assert events_of(shipped_extractor, text, EventType.PROTEST) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tausende Demonstranten begleiteten den EU-Gipfel in Brüssel am Donnerstag.", "Brüssel"),
        (
            "Gegen den Besuch des Präsidenten in Moskau protestierten am Montag in Kiew Hunderte.",
            "Kiew",
        ),
        (
            "Nach der Wahl in Belarus gingen am Sonntag in Minsk Zehntausende auf die Straße.",
            "Minsk",
        ),
    ],
)
def test_a_protest_at_an_occasion_is_where_the_occasion_is_unless_it_names_its_own_place(
    shipped_extractor: EventExtractor, text: str, place: str
) -> None:
    protests = events_of(shipped_extractor, text, EventType.PROTEST)
    assert [p.location for p in protests] == [place]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Der Sicherheitsberater Tom Hallberg reiste am Montag nach Paris.", "Tom Hallberg"),
        ("Die Sondergesandte Anna Berg reiste am Montag nach Kiew.", "Anna Berg"),
        ("Der Abgeordnete Peter Lindqvist reiste am Montag nach Kiew.", "Peter Lindqvist"),
        ("Der Sicherheitsberater Kim Tae-hyo reiste am Montag nach Paris.", "Kim Tae Hyo"),
    ],
)
def test_an_official_the_lexicon_does_not_know_is_named_by_any_title(
    shipped_extractor: EventExtractor, text: str, person: str
) -> None:
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [v.actors for v in visits] == [[person]]


def test_a_french_double_name_keeps_its_hyphen_and_accents(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Der Sicherheitsberater Jean-Noël Perrin reiste am Montag nach Kiew."
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [v.actors for v in visits] == [["Jean-Noël Perrin"]]


@pytest.mark.parametrize(
    "text",
    [
        "Am Montagabend lud Wladimir Putin den indischen Premier Narendra Modi zu einem "
        "Abendessen in seine Residenz.",
        "König Charles gab am Montag in London ein Staatsbankett zu Ehren von Emmanuel Macron.",
    ],
)
def test_a_guest_at_a_hosts_meal_meets_the_host(
    shipped_extractor: EventExtractor, text: str
) -> None:
    meetings = events_of(shipped_extractor, text, EventType.MEETING)
    assert len(meetings) == 1
    assert meetings[0].date_start == date(2024, 7, 8)
    assert len(meetings[0].actors) == 2


def test_an_invitation_to_a_meal_is_no_meeting_yet(shipped_extractor: EventExtractor) -> None:
    text = "Wladimir Putin hat Narendra Modi zu einem Abendessen im August eingeladen."
    assert events_of(shipped_extractor, text, EventType.MEETING) == []


def test_a_trip_to_the_summit_told_before_takes_its_days_place_and_status(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Nato-Gipfel findet am 24. und 25. Juli in Den Haag statt. Aus Kanada reist "
        "Premierminister Mark Carney zu dem Gipfel."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.date_start, v.date_end, v.location, v.status) for v in visits] == [
        (date(2024, 7, 24), date(2024, 7, 25), "Den Haag", "planned")
    ]


def test_travel_after_a_summit_goes_elsewhere(shipped_extractor: EventExtractor) -> None:
    text = (
        "Der G7-Gipfel fand am 3. und 4. Juli in Apulien statt. Nach dem Gipfel reiste "
        "Olaf Scholz am Freitag weiter nach Tokio."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.date_start, v.location) for v in visits] == [(date(2024, 7, 5), "Tokio")]


def test_the_guest_of_a_leader_meets_the_leader(shipped_extractor: EventExtractor) -> None:
    text = "Am Montag war Olaf Scholz Gast des französischen Präsidenten Emmanuel Macron in Paris."
    meetings = events_of(shipped_extractor, text, EventType.MEETING)
    assert [(m.date_start, sorted(m.actors)) for m in meetings] == [
        (date(2024, 7, 8), ["Emmanuel Macron", "Olaf Scholz"])
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Das russisch-indische Gipfeltreffen fand am Montag in Moskau statt.",
            ["Indien", "Russland"],
        ),
        (
            "Wladimir Putin und Narendra Modi kamen am Montag in Moskau zum russisch-indischen "
            "Gipfeltreffen zusammen.",
            ["Narendra Modi", "Wladimir Putin"],
        ),
    ],
)
def test_a_summit_of_two_states_is_their_meeting(
    shipped_extractor: EventExtractor, text: str, actors: list[str]
) -> None:
    found = shipped_extractor.extract(text, PUBLISHED).events
    assert [e.type for e in found if e.type is EventType.SUMMIT] == []
    meetings = [e for e in found if e.type is EventType.MEETING]
    assert [(m.date_start, sorted(m.actors)) for m in meetings] == [(date(2024, 7, 8), actors)]


def test_the_meeting_told_right_after_a_summit_with_its_participants_is_the_summit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Nahost-Gipfel soll am 9. August in Paris stattfinden. An dem Treffen nehmen "
        "Emmanuel Macron, Benjamin Netanjahu und Mahmud Abbas teil."
    )
    found = shipped_extractor.extract(text, PUBLISHED).events
    assert [e.type for e in found] == [EventType.SUMMIT]
    summit = found[0]
    assert (summit.date_start, summit.location, summit.status) == (
        date(2024, 8, 9),
        "Paris",
        "planned",
    )
    assert sorted(summit.actors) == ["Benjamin Netanjahu", "Emmanuel Macron", "Mahmud Abbas"]


def test_a_summit_told_again_keeps_its_own_days_not_those_of_a_decision_about_it(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Nato-Gipfel findet am 24. und 25. Juli in Den Haag statt. Die Regierung "
        "beschloss am Montag, dass Außenminister Richard Marles und Verteidigungsminister "
        "Pat Conroy an dem Treffen teilnehmen."
    )
    summits = events_of(shipped_extractor, text, EventType.SUMMIT)
    assert [(s.date_start, s.date_end) for s in summits] == [(date(2024, 7, 24), date(2024, 7, 25))]


def test_a_meeting_of_two_told_after_a_summit_stays_their_meeting(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der EU-Gipfel fand am Montag in Brüssel statt. Das Treffen von Olaf Scholz und "
        "Emmanuel Macron am Dienstag dauerte eine Stunde."
    )
    meetings = events_of(shipped_extractor, text, EventType.MEETING)
    assert [(m.date_start, sorted(m.actors)) for m in meetings] == [
        (date(2024, 7, 9), ["Emmanuel Macron", "Olaf Scholz"])
    ]


def test_a_meeting_at_the_margin_takes_the_day_and_place_of_the_summit_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Nahost-Gipfel fand am Montag in Paris statt. Am Rande traf Emmanuel Macron "
        "Benjamin Netanjahu."
    )
    meetings = events_of(shipped_extractor, text, EventType.MEETING)
    assert [(m.date_start, m.location) for m in meetings] == [(date(2024, 7, 8), "Paris")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Einigung wurde mit Alexander Lukaschenko bei dessen Moskau-Besuch am gestrigen "
        "Dienstag erzielt.",
        "Während ihres Treffens in Rom am vergangenen Dienstag unterzeichneten Olaf Scholz und "
        "Giorgia Meloni ein Abkommen.",
    ],
)
def test_what_happens_during_an_event_happens_on_its_day(
    shipped_extractor: EventExtractor, text: str
) -> None:
    agreements = events_of(shipped_extractor, text, EventType.AGREEMENT)
    assert [a.date_start for a in agreements] == [date(2024, 7, 9)]


def test_the_day_of_an_earlier_event_named_as_a_time_is_not_the_days_statement(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Nach seiner Wahl am 8. Juni unterzeichnete Olaf Scholz am Montag in Paris ein "
        "Abkommen mit Emmanuel Macron."
    )
    agreements = events_of(shipped_extractor, text, EventType.AGREEMENT)
    assert [a.date_start for a in agreements] == [date(2024, 7, 8)]


@pytest.mark.parametrize(
    "second",
    [
        "Er wird von Außenministerin Annalena Baerbock begleitet.",
        "Außenministerin Annalena Baerbock begleitet ihn.",
    ],
)
def test_who_accompanies_a_trip_told_before_is_on_it(
    shipped_extractor: EventExtractor, second: str
) -> None:
    text = "Olaf Scholz reiste am Montag nach Paris. " + second
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.date_start, v.location, sorted(v.actors)) for v in visits] == [
        (date(2024, 7, 8), "Paris", ["Annalena Baerbock", "Olaf Scholz"])
    ]


def test_a_trip_accompanied_by_protests_gains_no_traveller(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz reiste am Montag nach Paris. Der Besuch wurde von Protesten begleitet."
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [v.actors for v in visits] == [["Olaf Scholz"]]


def test_accompanying_without_a_trip_told_is_no_visit(shipped_extractor: EventExtractor) -> None:
    text = "Außenministerin Annalena Baerbock begleitet ihn."
    assert events_of(shipped_extractor, text, EventType.VISIT) == []


def test_the_summit_travelled_to_is_where_the_trip_goes(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz reiste am Donnerstag zum Nato-Gipfel nach Washington."
    summits = events_of(shipped_extractor, text, EventType.SUMMIT)
    assert [(s.date_start, s.location) for s in summits] == [(date(2024, 7, 4), "Washington")]


@pytest.mark.parametrize(
    "text",
    [
        "Am Dienstag traf Tom Hallberg, der Berater des Präsidenten, in Kiew ein.",
        "Am Dienstag traf Tom Hallberg, der nationale Sicherheitsberater Schwedens, in Kiew ein.",
    ],
)
def test_an_official_named_before_the_title_in_an_apposition_is_a_person(
    shipped_extractor: EventExtractor, text: str
) -> None:
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.date_start, v.actors, v.location) for v in visits] == [
        (date(2024, 7, 9), ["Tom Hallberg"], "Kiew")
    ]


def test_a_speaker_named_in_an_apposition_takes_no_part(shipped_extractor: EventExtractor) -> None:
    text = (
        "Nach Angaben von Peter Lindqvist, der Sprecher der Regierung, reiste Olaf Scholz am "
        "Dienstag nach Paris."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [v.actors for v in visits] == [["Olaf Scholz"]]


def test_guests_announced_for_a_ceremony_come_on_the_day_of_the_one_told_last(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Evo Morales hat am Montag mit einer Zeremonie in Tiahuanaco seine dritte Amtszeit "
        "angetreten. Offiziell vereidigt wird Morales am Donnerstag in La Paz. Zum Amtsantritt "
        "haben sich Dilma Rousseff und Nicolás Maduro angesagt."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert sorted((v.actors[0], v.date_start, v.status) for v in visits) == [
        ("Dilma Rousseff", date(2024, 7, 11), "planned"),
        ("Nicolás Maduro", date(2024, 7, 11), "planned"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Am Freitag wird ihn Annalena Baerbock nach London begleiten.",
        "Im vergangenen Jahr war er von Robert Habeck nach China begleitet worden.",
        "Die Reise wird von Friedrich Merz kritisch begleitet.",
    ],
)
def test_a_trip_of_its_own_or_a_watching_eye_joins_no_trip_told_before(
    shipped_extractor: EventExtractor, second: str
) -> None:
    text = "Olaf Scholz reiste am Montag nach Paris. " + second
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.date_start, v.actors) for v in visits if v.location == "Paris"] == [
        (date(2024, 7, 8), ["Olaf Scholz"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der EU-Gipfel fand am Donnerstag in Brüssel statt. Das Treffen von Olaf Scholz, "
        "Emmanuel Macron und Donald Tusk am Montag in Weimar war kurzfristig angesetzt worden.",
        "Der Nato-Gipfel findet vom 9. bis 11. Juli in Washington statt. Das Treffen mit "
        "Wolodymyr Selenskyj und Olaf Scholz am Montag in Kiew verlief gut.",
    ],
)
def test_a_meeting_with_its_own_day_and_place_after_a_summit_is_no_summit(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = shipped_extractor.extract(text, PUBLISHED).events
    meetings = [e for e in found if e.type is EventType.MEETING]
    assert [m.date_start for m in meetings] == [date(2024, 7, 8)]
    assert all(s.date_start != date(2024, 7, 8) for s in found if s.type is EventType.SUMMIT)


def test_the_margin_of_another_occasion_is_not_the_summit_told_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der EU-Gipfel findet am Donnerstag in Brüssel statt. Olaf Scholz und Emmanuel Macron "
        "trafen sich am Rande eines Konzerts in Paris."
    )
    meetings = events_of(shipped_extractor, text, EventType.MEETING)
    assert [(m.date_start, m.status) for m in meetings] == [(None, "occurred")]


def test_what_is_announced_during_an_event_is_not_dated_by_it(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Während des Treffens mit Xi Jinping am Dienstag kündigte Wladimir Putin eine Reise "
        "nach Nordkorea an."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT)
    assert visits
    assert all(v.date_start is None and v.status == "planned" for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "Der Nato-Gipfel beginnt am Dienstag in Washington. Zur Vorbereitung des Gipfels reiste "
        "Olaf Scholz nach Warschau.",
        "Olaf Scholz reist zum EU-Gipfel und danach nach Paris.",
    ],
)
def test_a_summit_named_beside_a_trip_elsewhere_is_not_its_goal(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = shipped_extractor.extract(text, PUBLISHED).events
    assert all(e.location not in ("Warschau", "Paris") for e in found if e.type is EventType.SUMMIT)
    assert all(
        e.status == "occurred" or e.location != "Warschau"
        for e in found
        if e.type is EventType.VISIT
    )


def test_a_protest_against_a_summit_elsewhere_is_where_it_is_held(
    shipped_extractor: EventExtractor,
) -> None:
    text = "In Berlin protestierten am Montag Hunderte gegen den EU-Gipfel in Brüssel."
    protests = events_of(shipped_extractor, text, EventType.PROTEST)
    assert [p.location for p in protests] == ["Berlin"]


def test_protesters_as_the_object_of_a_plan_are_no_protest_under_way(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Die Regierung will Demonstranten in Tiflis künftig härter bestrafen."
    protests = events_of(shipped_extractor, text, EventType.PROTEST)
    assert all(p.status == "planned" and p.date_start is None for p in protests)


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron hat die Franzosen am Sonntagabend überraschend an die Urnen gerufen.",
        "Olaf Scholz hat in seiner Amtszeit bereits 40 Länder bereist.",
        "Tausende Pilger zogen am Sonntag durch die Straßen von Mekka.",
        "Laut einem Bericht der New York Times, der sich auf Berater des Präsidenten beruft, "
        "sprach Joe Biden am Montag in Washington.",
    ],
)
def test_wordings_that_only_look_like_an_event(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = shipped_extractor.extract(text, PUBLISHED).events
    assert [(e.type, e.actors) for e in found if e.status == "occurred"] == []

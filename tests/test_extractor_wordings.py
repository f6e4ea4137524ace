"""Wordings of news the extractor reads through mechanisms, not single phrases (shipped lexicon,
sentences written for these tests): who "sie" and "er" are (a woman is known by the offices she
held; "sie" beside a plural verb is several people), "als" as a predicate, meetings one by one,
a weekday narrowing a week."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType


def events_of(
    extractor: EventExtractor, text: str, kind: EventType, published: date = date(2024, 5, 15)
) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, published).events if e.type is kind]


def found(extractor: EventExtractor, text: str, kind: EventType) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, date(2020, 2, 5)).events if e.type is kind]


def test_she_is_the_woman_named_last(shipped_extractor: EventExtractor) -> None:
    text = "Angela Merkel sprach am Dienstag mit Joe Biden. Am Freitag reist sie nach Angola."
    visits = found(shipped_extractor, text, EventType.VISIT)
    assert [(v.actors, v.location, v.date_start) for v in visits] == [
        (["Angela Merkel"], "Angola", date(2020, 2, 7))
    ]


def test_he_is_no_woman(shipped_extractor: EventExtractor) -> None:
    text = "Emmanuel Macron traf am Dienstag Angela Merkel. Am Freitag reist er nach Angola."
    visits = found(shipped_extractor, text, EventType.VISIT)
    assert [(v.actors, v.location) for v in visits if v.location == "Angola"] == [
        (["Emmanuel Macron"], "Angola")
    ]


def test_sie_beside_a_plural_verb_is_no_woman(shipped_extractor: EventExtractor) -> None:
    text = "Die Minister tagten am Dienstag mit Angela Merkel. Am Freitag reisten sie nach Angola."
    assert found(shipped_extractor, text, EventType.VISIT) == []


def test_whom_she_meets_before_taking_office_does_not_take_it(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Die Abgeordneten wählten am Dienstag Ursula von der Leyen. Nach einem Treffen mit dem "
        "belgischen König Philippe wird sie am Mittwoch ihr Amt antreten."
    )
    inaugurations = found(shipped_extractor, text, EventType.INAUGURATION)
    assert [i.actors for i in inaugurations] == [["Ursula von der Leyen"]]


@pytest.mark.parametrize(
    "predicate", ["als ihr Nachfolger", "als stellvertretender Regierungschef", "als Premier"]
)
def test_als_without_a_comma_is_a_predicate_not_a_clause(
    shipped_extractor: EventExtractor, predicate: str
) -> None:
    text = f"Olaf Scholz ist am Dienstag {predicate} vereidigt worden."
    inaugurations = found(shipped_extractor, text, EventType.INAUGURATION)
    assert [(i.actors, i.date_start) for i in inaugurations] == [
        (["Olaf Scholz"], date(2020, 2, 4))
    ]


def test_each_talking_one_by_one_with_one_partner_is_a_meeting(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Angela Merkel, François Hollande und Barack Obama sprachen am Montag in Hangzhou "
        "einzeln mit Wladimir Putin."
    )
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert sorted(tuple(m.actors) for m in meetings) == [
        ("Angela Merkel", "Wladimir Putin"),
        ("Barack Obama", "Wladimir Putin"),
        ("François Hollande", "Wladimir Putin"),
    ]


@pytest.mark.parametrize("when", ["nächste Woche am Donnerstag", "am Donnerstag nächster Woche"])
def test_a_weekday_beside_a_week_says_which_day(
    shipped_extractor: EventExtractor, when: str
) -> None:
    text = f"Olaf Scholz reist {when} nach Paris."
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2024, 4, 10))
    assert [(v.date_start, v.date_end) for v in visits] == [(date(2024, 4, 18), date(2024, 4, 18))]


def test_who_left_office_is_no_candidate(shipped_extractor: EventExtractor) -> None:
    text = (
        "Nach dem Rücktritt von Präsident Joachim Gauck wählten die Delegierten am Sonntag "
        "Angela Merkel."
    )
    elections = events_of(shipped_extractor, text, EventType.ELECTION, date(2020, 2, 5))
    assert all("Joachim Gauck" not in e.actors for e in elections)


def test_an_undated_statement_of_a_vote_is_the_dated_vote_told_again(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Chile hat Michelle Bachelet am Sonntag die Stichwahl um die Präsidentschaft "
        "gewonnen. Amtsinhaber Sebastián Piñera durfte nicht zur Wiederwahl antreten."
    )
    elections = events_of(shipped_extractor, text, EventType.ELECTION, date(2013, 12, 16))
    assert [(e.location, e.date_start) for e in elections] == [("Chile", date(2013, 12, 15))]


def test_the_two_are_the_two_named_before(shipped_extractor: EventExtractor) -> None:
    text = (
        "Joe Biden und Xi Jinping trafen sich am Montag in Bali. "
        "Am Dienstag einigten sich die beiden auf einen Dialog über das Klima."
    )
    agreements = found(shipped_extractor, text, EventType.AGREEMENT)
    assert [sorted(a.actors) for a in agreements] == [["Joe Biden", "Xi Jinping"]]


def test_a_source_named_before_angaben_or_zufolge_is_no_party(
    shipped_extractor: EventExtractor,
) -> None:
    for source in ("Nach Bidens Angaben", "Biden zufolge"):
        text = (
            "Joe Biden und Xi Jinping trafen sich am Montag in Bali. "
            f"{source} verständigten sich beide Seiten auf einen Dialog über das Klima."
        )
        agreements = found(shipped_extractor, text, EventType.AGREEMENT)
        assert [sorted(a.actors) for a in agreements] == [["Joe Biden", "Xi Jinping"]], source


def test_the_presidents_are_those_named_before_not_one_office_holder(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Joe Biden und Wladimir Putin trafen sich am Mittwoch in Genf. "
        "In einer Erklärung verständigten sich die Präsidenten auf einen Dialog."
    )
    agreements = found(shipped_extractor, text, EventType.AGREEMENT)
    assert [sorted(a.actors) for a in agreements] == [["Joe Biden", "Wladimir Putin"]]


def test_the_two_are_those_of_the_last_encounter(shipped_extractor: EventExtractor) -> None:
    text = (
        "Wladimir Putin und Alexander Lukaschenko trafen sich am Freitag in Sotschi. "
        "In Berlin kritisierte Olaf Scholz das Treffen scharf. "
        "Nach Lukaschenkos Angaben einigten sich die beiden auf einen Kredit."
    )
    agreements = found(shipped_extractor, text, EventType.AGREEMENT)
    assert [sorted(a.actors) for a in agreements] == [["Alexander Lukaschenko", "Wladimir Putin"]]


def test_an_event_told_again_is_no_new_event(shipped_extractor: EventExtractor) -> None:
    text = (
        "Wladimir Putin und Alexander Lukaschenko trafen sich am Freitag in Sotschi. "
        "In Berlin kritisierte Olaf Scholz das Treffen scharf."
    )
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert [(sorted(m.actors), m.location) for m in meetings] == [
        (["Alexander Lukaschenko", "Wladimir Putin"], "Sotschi")
    ]


def test_talks_told_again_with_a_day_of_their_own_are_kept(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Xi Jinping und Wladimir Putin kamen am Montag zu einem Gespräch zusammen. "
        "Am Dienstag folgten die offiziellen Verhandlungen im größeren Kreis."
    )
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert sorted(m.date_start for m in meetings if m.date_start) == [
        date(2020, 2, 3),
        date(2020, 2, 4),
    ]


def test_a_dash_joins_two_statements_with_places_of_their_own(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Größte Kundgebung in der Geschichte von Belarus – Lukaschenko sucht Rückhalt in Moskau"
    protests = found(shipped_extractor, text, EventType.PROTEST)
    assert all(p.location != "Moskau" for p in protests)


def test_an_event_that_is_the_topic_is_told_again_and_its_people_are_no_party(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert. Scholz hatte Wolodymyr "
        "Selenskyj vorab über das Telefonat informiert."
    )
    calls = found(shipped_extractor, text, EventType.CALL)
    assert [sorted(c.actors) for c in calls] == [["Olaf Scholz", "Wladimir Putin"]]
    text = (
        "Donald Trump traf am Freitag in Anchorage Wladimir Putin. Trump informierte am Samstag "
        "Wolodymyr Selenskyj in einem Telefonat über sein Treffen mit Putin."
    )
    calls = found(shipped_extractor, text, EventType.CALL)
    assert [sorted(c.actors) for c in calls] == [["Donald Trump", "Wolodymyr Selenskyj"]]
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert [m.location for m in meetings] == ["Anchorage"]


def test_two_names_one_after_the_other_are_two_people(shipped_extractor: EventExtractor) -> None:
    """A known name right before a surname is a second person, not its first name."""
    text = "Am Montag empfing Macron Scholz im Élysée-Palast."
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert [sorted(m.actors) for m in meetings] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_he_stays_the_subject_followed_not_whom_he_spoke_with(
    shipped_extractor: EventExtractor,
) -> None:
    """Centering: "er" is the subject the story follows, not the person named after "mit"."""
    text = (
        "Am Montag traf Olaf Scholz in Rom ein. Dort sprach er mit Giorgia Meloni. "
        "Anschließend traf er Sergio Mattarella."
    )
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert sorted(sorted(m.actors) for m in meetings) == [
        ["Giorgia Meloni", "Olaf Scholz"],
        ["Olaf Scholz", "Sergio Mattarella"],
    ]
    assert [m.location for m in meetings if "Giorgia Meloni" in m.actors] == ["Rom"]


def test_a_noun_phrase_set_off_after_a_name_keeps_the_clause_together(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Am Sonntag nahm Joe Biden, der Präsident der Vereinigten Staaten, an der "
        "Amtseinführung in Kiew teil."
    )
    visits = found(shipped_extractor, text, EventType.VISIT)
    assert [(v.actors, v.location) for v in visits] == [(["Joe Biden"], "Kiew")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Berater des Präsidenten Wladimir Putin reiste am Montag nach Minsk.",
        "Die Sondergesandte des chinesischen Staatspräsidenten Xi Jinping reiste am Montag "
        "nach Mexiko-Stadt.",
    ],
)
def test_whose_envoy_or_adviser_travels_does_not(
    shipped_extractor: EventExtractor, text: str
) -> None:
    assert found(shipped_extractor, text, EventType.VISIT) == []


def test_who_is_named_in_a_relative_clause_belongs_to_its_event(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Angela Merkel, die Wladimir Putin am Montag traf, reiste am Dienstag nach Paris."
    visits = found(shipped_extractor, text, EventType.VISIT)
    assert [(v.actors, v.location) for v in visits] == [(["Angela Merkel"], "Paris")]


def test_a_relative_clause_is_about_the_person_it_follows(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz traf am Dienstag Macron, der am Montag mit Putin telefoniert hatte."
    calls = found(shipped_extractor, text, EventType.CALL)
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert [sorted(c.actors) for c in calls] == [["Emmanuel Macron", "Wladimir Putin"]]
    assert [sorted(m.actors) for m in meetings] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_an_event_without_a_date_takes_its_paragraphs(shipped_extractor: EventExtractor) -> None:
    same = (
        "Olaf Scholz und Emmanuel Macron trafen sich am Montag in Paris. Scholz reiste danach "
        "nach Rom."
    )
    visits = found(shipped_extractor, same, EventType.VISIT)
    assert [v.date_start for v in visits if v.location == "Rom"] == [date(2020, 2, 3)]
    apart = same.replace(". Scholz reiste", ".\n\nScholz reiste")
    visits = found(shipped_extractor, apart, EventType.VISIT)
    assert [v.date_start for v in visits if v.location == "Rom"] == [None]


def test_a_meeting_naming_one_side_is_with_whom_the_sentence_before_named(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Russland hilft Alexander Lukaschenko mit einem Kredit. Nach einem vierstündigen Treffen "
        "in Sotschi kündigte Wladimir Putin am Montag an, Moskau werde Geld bereitstellen."
    )
    meetings = found(shipped_extractor, text, EventType.MEETING)
    assert [(sorted(m.actors), m.location) for m in meetings] == [
        (["Alexander Lukaschenko", "Wladimir Putin"], "Sotschi")
    ]


def test_a_headline_dated_by_the_day_of_the_report_tells_the_bodys_event(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "14.05.24 - Georgien: Tausende demonstrieren in Tiflis gegen Agentengesetz\n\n"
        "In der georgischen Hauptstadt Tiflis sind am Montagabend erneut Tausende Menschen "
        "gegen das geplante Gesetz auf die Straße gegangen."
    )
    protests = events_of(shipped_extractor, text, EventType.PROTEST, date(2024, 5, 14))
    assert [(p.location, p.date_start) for p in protests] == [("Tiflis", date(2024, 5, 13))]


def test_a_time_set_off_by_commas_stays_inside_its_clause(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz ist heute, einen Tag nach der Wahl, als Kanzler vereidigt worden."
    inaugurations = found(shipped_extractor, text, EventType.INAUGURATION)
    assert [i.actors for i in inaugurations] == [["Olaf Scholz"]]


def test_whose_minister_someone_is_takes_no_part(shipped_extractor: EventExtractor) -> None:
    text = "Putins Außenminister Sergej Lawrow reiste am Montag nach Minsk."
    visits = found(shipped_extractor, text, EventType.VISIT)
    assert [v.actors for v in visits] == [["Sergej Lawrow"]]
    own = found(shipped_extractor, "Putins Besuch in Minsk fand am Montag statt.", EventType.VISIT)
    assert [v.actors for v in own] == [["Wladimir Putin"]]


def test_a_date_after_another_event_nouns_attributes_is_that_events(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Eine Kundgebung in Budapest nach dem Wahlsieg von Orbans Partei am 8. April verlief "
        "friedlich."
    )
    events = shipped_extractor.extract(text, date(2018, 4, 22)).events
    assert [e.date_start for e in events if e.type is EventType.ELECTION] == [date(2018, 4, 8)]
    assert [e.date_start for e in events if e.type is EventType.PROTEST] != [date(2018, 4, 8)]


def test_a_summit_named_by_its_city(shipped_extractor: EventExtractor) -> None:
    text = "Die Ergebnisse des EU-Gipfels von Nizza im Dezember 2000 gelten als mager."
    summits = found(shipped_extractor, text, EventType.SUMMIT)
    assert [(s.location, s.date_start) for s in summits] == [("Nizza", date(2000, 12, 1))]


def test_congratulations_on_taking_office_give_neither_its_day_nor_place_nor_the_sender(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz gratulierte Giorgia Meloni am Freitag in Rom zum Amtsantritt."
    inaugurations = found(shipped_extractor, text, EventType.INAUGURATION)
    assert [(i.actors, i.location, i.date_start) for i in inaugurations] == [
        (["Giorgia Meloni"], None, None)
    ]


def test_the_chancellor_alone_is_germanys_in_german_news(shipped_extractor: EventExtractor) -> None:
    text = "Die Kanzlerin reiste am Montag nach Paris."
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2018, 7, 10))
    assert [(v.actors, v.location) for v in visits] == [(["Angela Merkel"], "Paris")]


def test_the_chancellor_alone_is_austrias_where_the_article_is_about_austria(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Wien - Der Kanzler reiste am Montag nach Paris. In Österreich wurde die Reise "
        "kritisiert, vor allem in Graz und Linz."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2018, 7, 10))
    assert [(v.actors, v.location) for v in visits] == [(["Sebastian Kurz"], "Paris")]


def test_a_look_back_does_not_take_the_day_of_the_visit_told_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Wladimir Putin traf am Montag in Minsk ein. "
        "In Sotschi hatte er Alexander Lukaschenko bereits empfangen."
    )
    meetings = events_of(shipped_extractor, text, EventType.MEETING, date(2024, 10, 2))
    assert [(m.location, m.date_start) for m in meetings] == [("Sotschi", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Emmanuel Macron ernannte am Dienstag Michel Barnier zum Premierminister.",
        "Am Dienstag hat Emmanuel Macron Michel Barnier zum Premierminister ernannt.",
        "Michel Barnier wurde am Dienstag von Emmanuel Macron zum Premierminister ernannt.",
    ],
)
def test_who_appoints_takes_no_office(shipped_extractor: EventExtractor, sentence: str) -> None:
    found = events_of(shipped_extractor, sentence, EventType.INAUGURATION, date(2024, 9, 6))
    assert [e.actors for e in found] == [["Michel Barnier"]]


def test_a_summit_told_as_a_meeting_of_a_body_is_where_that_meeting_is(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Beim Treffen der G7 in Hiroshima berieten die Staats- und Regierungschefs am Samstag."
    summits = events_of(shipped_extractor, text, EventType.SUMMIT, date(2023, 5, 22))
    assert [(s.location, s.date_start) for s in summits] == [("Hiroshima", date(2023, 5, 20))]


def test_dort_is_the_place_named_last(shipped_extractor: EventExtractor) -> None:
    text = "Emmanuel Macron war in der vergangenen Woche in Berlin. Dort traf er am Dienstag Olaf Scholz."
    meetings = events_of(shipped_extractor, text, EventType.MEETING, date(2024, 3, 13))
    assert [(m.location, m.date_start) for m in meetings] == [("Berlin", date(2024, 3, 5))]


def test_the_chancellor_is_a_man_and_the_chancelloress_a_woman(
    shipped_extractor: EventExtractor,
) -> None:
    def visitor(text: str, published: date) -> list[list[str]]:
        return [
            e.actors
            for e in shipped_extractor.extract(text, published).events
            if e.type is EventType.VISIT
        ]

    assert visitor("Der Kanzler reiste am Montag nach Paris.", date(2023, 7, 10)) == [
        ["Olaf Scholz"]
    ]
    assert visitor("Die Kanzlerin reiste am Montag nach Paris.", date(2023, 7, 10)) == []


def test_a_date_inside_a_participial_attribute_dates_that_attribute(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Zu den Protesten in Kathmandu hatte die 2015 gegründete Organisation Hami Nepal aufgerufen."
    protests = events_of(shipped_extractor, text, EventType.PROTEST, date(2025, 9, 9))
    assert [p.date_start for p in protests] == [None]
    text = "Das am Montag unterzeichnete Abkommen zwischen Olaf Scholz und Emmanuel Macron gilt ab Mai."
    deals = events_of(shipped_extractor, text, EventType.AGREEMENT, date(2023, 11, 24))
    assert [d.date_start for d in deals] == [date(2023, 11, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "Trotz seines Beinbruchs vor sechs Wochen hat John Kerry in Wien ein Abkommen mit dem "
        "Iran erreicht.",
        "Wegen der Hitzewelle im Juni hat John Kerry in Wien ein Abkommen mit dem Iran erreicht.",
    ],
)
def test_a_date_of_a_circumstance_is_not_the_events(
    shipped_extractor: EventExtractor, text: str
) -> None:
    deals = events_of(shipped_extractor, text, EventType.AGREEMENT, date(2015, 7, 14))
    assert [d.date_start for d in deals] == [date(2015, 7, 14)]


def test_protests_since_a_day_still_run_from_it(shipped_extractor: EventExtractor) -> None:
    text = "Seit der Präsidentenwahl am 9. August gibt es in Minsk Proteste gegen Lukaschenko."
    protests = events_of(shipped_extractor, text, EventType.PROTEST, date(2020, 8, 28))
    assert [(p.date_start, p.date_end) for p in protests] == [(date(2020, 8, 9), date(2020, 8, 28))]


def test_a_protest_told_again_in_the_paragraph_is_where_the_first_was(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Sotschi/Minsk (Demo) - Wladimir Putin und Alexander Lukaschenko berieten am Samstag in "
        "Sotschi.\n\nIn Minsk gingen am Samstag Hunderte Menschen gegen die Annäherung an "
        "Russland auf die Straße. Die Polizei ließ die Kundgebung zunächst gewähren. Für Sonntag "
        "riefen Aktivisten zu weiteren Protesten auf."
    )
    protests = events_of(shipped_extractor, text, EventType.PROTEST, date(2019, 12, 8))
    assert sorted((p.location or "", str(p.status)) for p in protests) == [
        ("Minsk", "occurred"),
        ("Minsk", "planned"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Sonntag löste Javier Milei Alberto Fernández als Präsident ab.",
        "Alberto Fernández wurde am Sonntag von Javier Milei als Präsident abgelöst.",
    ],
)
def test_who_replaces_the_holder_takes_the_office(
    shipped_extractor: EventExtractor, sentence: str
) -> None:
    found = events_of(shipped_extractor, sentence, EventType.INAUGURATION, date(2023, 12, 11))
    assert [(e.actors, e.date_start) for e in found] == [(["Javier Milei"], date(2023, 12, 10))]


def test_a_new_holder_told_by_the_result_takes_office(shipped_extractor: EventExtractor) -> None:
    text = "Neuer Regierungschef ist der bisherige Bildungsminister Gabriel Attal."
    found = events_of(shipped_extractor, text, EventType.INAUGURATION, date(2024, 1, 10))
    assert [e.actors for e in found] == [["Gabriel Attal"]]


@pytest.mark.parametrize(
    "text",
    [
        "Wladimir Putin und Alexander Lukaschenko einigten sich am Freitag auf neue Gaspreise.",
        "Die Ölpreise stiegen am Montag, sagte Olaf Scholz in Berlin.",
    ],
)
def test_prices_are_no_journeys(shipped_extractor: EventExtractor, text: str) -> None:
    found = shipped_extractor.extract(text, date(2024, 5, 15)).events
    assert [e for e in found if e.type is EventType.VISIT] == []


def test_a_circumstance_ends_at_its_noun(shipped_extractor: EventExtractor) -> None:
    text = "Trotz der Kritik ist Olaf Scholz am Montag nach Peking gereist."
    found = events_of(shipped_extractor, text, EventType.VISIT)
    assert [v.date_start for v in found] == [date(2024, 5, 13)]


def test_a_date_after_preparations_is_the_events(shipped_extractor: EventExtractor) -> None:
    text = "Die Vorbereitungen des EU-Gipfels am 20. Mai in Brüssel laufen auf Hochtouren."
    found = events_of(shipped_extractor, text, EventType.SUMMIT)
    assert [(s.date_start, str(s.status)) for s in found] == [(date(2024, 5, 20), "planned")]


def test_dort_after_a_noun_places_nothing(shipped_extractor: EventExtractor) -> None:
    text = (
        "Olaf Scholz sprach am Sonntag über die Lage in Gaza. Am Montag traf er Emmanuel "
        "Macron und beriet mit ihm über die Menschen dort."
    )
    assert [m.location for m in events_of(shipped_extractor, text, EventType.MEETING)] == [None]


def test_who_will_appoint_takes_no_office(shipped_extractor: EventExtractor) -> None:
    text = "Emmanuel Macron wird am Montag Michel Barnier zum Premierminister ernennen."
    found = events_of(shipped_extractor, text, EventType.INAUGURATION)
    assert [(e.actors, str(e.status)) for e in found] == [(["Michel Barnier"], "planned")]


def test_countrywide_protests_are_the_countrys(shipped_extractor: EventExtractor) -> None:
    text = (
        "In Berlin demonstrierten am Samstag 10.000 Menschen gegen die Regierung. Bundesweit "
        "gingen am Sonntag mehr als 100.000 Menschen auf die Straße."
    )
    found = events_of(shipped_extractor, text, EventType.PROTEST)
    assert sorted(p.location or "" for p in found) == ["Berlin", "Deutschland"]


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron kehrte am Montag aus der Sommerpause zurück.",
        "Olaf Scholz machte einen Abstecher in die Kommunalpolitik.",
    ],
)
def test_a_return_or_detour_without_a_place_is_no_visit(
    shipped_extractor: EventExtractor, text: str
) -> None:
    assert events_of(shipped_extractor, text, EventType.VISIT) == []


def test_what_one_must_do_on_a_day_is_planned(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz muss am Montag zum EU-Gipfel nach Brüssel reisen."
    found = events_of(shipped_extractor, text, EventType.VISIT)
    assert [(v.location, v.date_start, str(v.status)) for v in found] == [
        ("Brüssel", date(2024, 5, 20), "planned")
    ]

"""The summary line of an extracted event: short names, acronyms, German word order."""

from __future__ import annotations

import pytest

from timeline.extraction.lexicon import ActorEntry
from timeline.extraction.summaries import (
    Summaries,
    in_place,
    organisation_short_name,
    person_short_name,
    place_accusative,
)
from timeline.extraction.types import EventType as T


@pytest.mark.parametrize(
    ("canonical", "aliases", "short"),
    [
        ("Wladimir Putin", ("Putin", "Wladimir Wladimirowitsch Putin"), "Putin"),
        ("Xi Jinping", ("Xi", "Präsident Xi"), "Xi"),
        ("Enzo Moavero Milanesi", ("Moavero Milanesi",), "Moavero Milanesi"),
        ("Luiz Inácio Lula da Silva", ("Lula", "Lula da Silva"), "Lula"),
        ("Ursula von der Leyen", (), "von der Leyen"),
        ("Mohammed bin Salman", ("MBS",), "bin Salman"),
        ("Frank-Walter Steinmeier", ("Steinmeier",), "Steinmeier"),
        ("Madonna", (), "Madonna"),
    ],
)
def test_people_are_named_as_on_second_mention(
    canonical: str, aliases: tuple[str, ...], short: str
) -> None:
    assert person_short_name(canonical, aliases) == short


def test_family_names_first_where_names_put_them_first() -> None:
    assert person_short_name("Han Zheng", (), "CN") == "Han"
    assert person_short_name("Kim Jong Un", ("Kim Jong-un",), "KP") == "Kim"
    assert person_short_name("Shinzo Abe", (), "JP") == "Abe"


def test_organisations_by_acronym_else_in_full() -> None:
    assert organisation_short_name("Europäische Union", ("EU", "Union")) == "EU"
    assert organisation_short_name("NATO", ("Nordatlantikpakt",)) == "NATO"
    assert organisation_short_name("Europäischer Rat", ("Rat",)) == "Europäischer Rat"


@pytest.fixture
def summaries() -> Summaries:
    return Summaries(
        [
            ActorEntry("Wladimir Putin", "person", "RU", ("Putin",)),
            ActorEntry("Alexander Lukaschenko", "person", "BY", ("Lukaschenko",)),
            ActorEntry("Emmanuel Macron", "person", "FR", ("Macron",)),
            ActorEntry("Olaf Scholz", "person", "DE", ("Scholz",)),
            ActorEntry("Europäische Union", "organisation", None, ("EU", "Union")),
            ActorEntry("Europäischer Rat", "organisation", None, ()),
        ]
    )


def test_summary_lines_per_type(summaries: Summaries) -> None:
    putin, luka = "Wladimir Putin", "Alexander Lukaschenko"
    assert summaries.summary(T.VISIT, [putin, luka], "Minsk") == "Putin besucht Minsk"
    assert summaries.summary(T.VISIT, [putin], None) == "Putin auf Reise (Ziel nicht genannt)"
    assert summaries.summary(T.AGREEMENT, [putin], "Moskau") == "Putin schließt Abkommen in Moskau"
    assert (
        summaries.summary(T.MEETING, [putin, luka], "Sotschi")
        == "Treffen zwischen Putin und Lukaschenko in Sotschi"
    )
    assert (
        summaries.summary(T.MEETING, [putin, luka, "Emmanuel Macron", "Olaf Scholz"], None)
        == "Treffen von Putin, Lukaschenko, Macron und weiteren"
    )
    assert summaries.summary(T.CALL, ["Olaf Scholz", putin], None) == (
        "Telefonat zwischen Scholz und Putin"
    )
    assert summaries.summary(T.CALL, [], None) == "Telefonat"
    assert summaries.summary(T.SUMMIT, ["Europäische Union"], "Brüssel") == "EU-Gipfel in Brüssel"
    assert (
        summaries.summary(T.SUMMIT, ["Europäische Union", "Olaf Scholz"], "Brüssel")
        == "EU-Gipfel in Brüssel (Scholz)"
    )
    assert (
        summaries.summary(T.SUMMIT, ["Europäischer Rat"], "Brüssel")
        == "Gipfel in Brüssel (Europäischer Rat)"
    )
    assert summaries.summary(T.ELECTION, [luka], "Belarus") == "Wahl in Belarus (Lukaschenko)"
    assert summaries.summary(T.INAUGURATION, [putin], "Moskau") == (
        "Amtseinführung von Putin in Moskau"
    )
    assert summaries.summary(T.PROTEST, [luka], "Minsk") == "Proteste in Minsk"
    assert summaries.summary(T.AGREEMENT, [putin, luka], None) == (
        "Abkommen zwischen Putin und Lukaschenko"
    )
    # Someone the lexicon does not know (a titled candidate) is named by surname.
    assert summaries.summary(T.CALL, ["Dmitri Peskow"], None) == "Telefonat von Peskow"


def test_places_take_their_article() -> None:
    assert in_place("Minsk") == "in Minsk"
    assert in_place("Ukraine") == "in der Ukraine"
    assert in_place("USA") == "in den USA"
    assert in_place("Iran") == "im Iran"
    assert in_place("Krim") == "auf der Krim"
    assert place_accusative("Ukraine") == "die Ukraine"
    assert place_accusative("Iran") == "den Iran"
    assert place_accusative("Belarus") == "Belarus"


def test_visits_and_agreements_read_as_german(summaries: Summaries) -> None:
    assert summaries.summary(T.VISIT, ["Olaf Scholz"], "Ukraine") == "Scholz besucht die Ukraine"
    assert summaries.summary(T.ELECTION, [], "USA") == "Wahl in den USA"
    # The place is not repeated when it is the party itself.
    assert summaries.summary(T.AGREEMENT, ["Ukraine"], "Ukraine") == "Ukraine schließt Abkommen"
    assert summaries.summary(T.AGREEMENT, ["Ukraine", "Russland"], None) == (
        "Abkommen zwischen der Ukraine und Russland"
    )

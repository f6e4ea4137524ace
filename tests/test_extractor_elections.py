"""Votes as the extractor reads them (shipped lexicon, sentences written for these tests): the
winner told by a pronoun, a vote named only beside another statement ("nach der Wahl",
"gratulierte zum Wahlsieg", "Wahlsieger X"), and the day of a vote whose result an undated
report tells."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType


def votes(extractor: EventExtractor, text: str, published: date) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, published).events if e.type is EventType.ELECTION]


def test_the_winner_told_by_a_pronoun_is_the_man_named_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Javier Milei gilt als Außenseiter der Politik. "
        "Die Präsidentenwahl im November gewann er mit 56 Prozent der Stimmen."
    )
    found = votes(shipped_extractor, text, date(2024, 1, 10))
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        (["Javier Milei"], "Argentinien", date(2023, 11, 1))
    ]


def test_a_vote_named_after_nach_takes_neither_the_day_nor_the_people_of_the_sentence(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Vor der Wahl trafen sich Olaf Scholz und Emmanuel Macron am Montag in Paris."
    assert votes(shipped_extractor, text, date(2024, 3, 19)) == []
    # with the vote's own day and country it is a vote of its own
    text = "Nach der Wahl in Portugal vom 10. März trafen sich Olaf Scholz und Emmanuel Macron."
    found = votes(shipped_extractor, text, date(2024, 3, 19))
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        ([], "Portugal", date(2024, 3, 10))
    ]


def test_whom_one_congratulates_on_the_win_is_the_winner(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Joe Biden gratulierte Javier Milei am Montag zu seinem Wahlsieg."
    found = votes(shipped_extractor, text, date(2023, 11, 21))
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        (["Javier Milei"], "Argentinien", None)
    ]


def test_the_winner_as_a_title_dates_no_vote(shipped_extractor: EventExtractor) -> None:
    text = "Wahlsieger Javier Milei traf am Dienstag Joe Biden in Washington."
    found = votes(shipped_extractor, text, date(2023, 11, 29))
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        (["Javier Milei"], "Argentinien", None)
    ]


def test_an_undated_result_is_of_the_day_before_or_of_that_sunday(
    shipped_extractor: EventExtractor,
) -> None:
    text = "In Argentinien hat Javier Milei die Stichwahl um das Präsidentenamt gewonnen."
    monday = votes(shipped_extractor, text, date(2023, 11, 20))
    assert [(v.date_start, v.date_end) for v in monday] == [(date(2023, 11, 19),) * 2]
    sunday = votes(shipped_extractor, text, date(2023, 11, 19))
    assert [(v.date_start, v.date_end) for v in sunday] == [(date(2023, 11, 19),) * 2]


def test_voters_named_by_their_adjective_say_whose_vote_it_is(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Im Herbst 2016 hatte das kolumbianische Volk in einem Referendum gegen den Plan gestimmt."
    )
    found = votes(shipped_extractor, text, date(2017, 5, 2))
    assert [(v.actors, v.location) for v in found] == [([], "Kolumbien")]


def test_an_undated_loss_is_a_result_too(shipped_extractor: EventExtractor) -> None:
    text = "In Argentinien hat Sergio Massa die Stichwahl um das Präsidentenamt verloren."
    found = votes(shipped_extractor, text, date(2023, 11, 21))
    assert [v.date_start for v in found] == [date(2023, 11, 20)]


def test_a_party_told_as_the_winner_is_the_votes_actor(shipped_extractor: EventExtractor) -> None:
    text = "Bei der Parlamentswahl in Ungarn hat Fidesz am Sonntag 49 Prozent der Stimmen erreicht."
    found = votes(shipped_extractor, text, date(2022, 4, 4))
    assert [(v.actors, v.location, v.date_start) for v in found] == [
        (["Fidesz"], "Ungarn", date(2022, 4, 3))
    ]


def test_bodies_named_beside_a_vote_need_the_votes_country(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Die OSZE bemängelte die Präsidentenwahl am Sonntag."
    assert votes(shipped_extractor, text, date(2024, 3, 18)) == []
    text = "Die OSZE bemängelte die Präsidentenwahl in Russland am Sonntag."
    found = votes(shipped_extractor, text, date(2024, 3, 18))
    assert [(v.location, v.date_start) for v in found] == [("Russland", date(2024, 3, 17))]


def test_the_favourite_named_after_the_vote_is_its_candidate(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In der Slowakei findet am Samstag die Präsidentenwahl statt. "
        "Als Favorit gilt Peter Pellegrini."
    )
    found = votes(shipped_extractor, text, date(2024, 3, 21))
    assert [(v.actors, v.location, v.date_start, v.status.value) for v in found] == [
        (["Peter Pellegrini"], "Slowakei", date(2024, 3, 23), "planned")
    ]


def test_a_vote_without_place_is_of_the_country_the_paragraph_is_about(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Polen streiten Regierung und Opposition seit Wochen über die Justiz. "
        "Am 18. Mai findet dort die erste Runde der Präsidentenwahl statt."
    )
    found = votes(shipped_extractor, text, date(2025, 4, 16))
    assert [(v.actors, v.location, v.date_start, v.status.value) for v in found] == [
        ([], "Polen", date(2025, 5, 18), "planned")
    ]


def test_the_candidate_ahead_told_by_a_pronoun_joins_the_one_named(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Wolodymyr Selenskyj gewann die Stichwahl am Sonntag deutlich. Schon im ersten Wahlgang "
        "am 31. März hatte er mit gut 30 Prozent deutlich vor Petro Poroschenko gelegen."
    )
    first_round = [
        v
        for v in votes(shipped_extractor, text, date(2019, 4, 22))
        if v.date_start == date(2019, 3, 31)
    ]
    assert [sorted(v.actors) for v in first_round] == [["Petro Poroschenko", "Wolodymyr Selenskyj"]]


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "Joko Widodo hat die Präsidentenwahl in Indonesien gewonnen. Sein Herausforderer "
            "Prabowo Subianto erkannte die Niederlage nicht an.",
            "Prabowo Subianto",
        ),
        (
            "Michelle Bachelet gewann die Stichwahl in Chile. Ihre Rivalin Evelyn Matthei kam "
            "auf 38 Prozent.",
            "Evelyn Matthei",
        ),
    ],
)
def test_a_rival_named_by_title_after_the_vote_is_a_candidate(
    shipped_extractor: EventExtractor, text: str, rival: str
) -> None:
    found = votes(shipped_extractor, text, date(2014, 7, 25))
    assert len(found) == 1 and rival in found[0].actors


@pytest.mark.parametrize(
    "told",
    [
        "Die 62-Jährige gewann die Präsidentenwahl in Mexiko im Juni mit 60 Prozent.",
        "Mit 60 Prozent der Stimmen gewann die 62-Jährige im Juni die Präsidentenwahl in Mexiko.",
    ],
)
def test_the_winner_told_by_age_is_the_person_named_before(
    shipped_extractor: EventExtractor, told: str
) -> None:
    text = f"Claudia Sheinbaum ist am Dienstag vereidigt worden. {told}"
    found = votes(shipped_extractor, text, date(2024, 10, 2))
    assert [(v.actors, v.date_start) for v in found] == [(["Claudia Sheinbaum"], date(2024, 6, 1))]


def test_a_descriptor_by_age_is_of_the_persons_gender(shipped_extractor: EventExtractor) -> None:
    text = (
        "Claudia Sheinbaum ist am Dienstag vereidigt worden. Ihr Vorgänger Andrés Manuel López "
        "Obrador lobte sie. Die 62-Jährige gewann die Präsidentenwahl in Mexiko im Juni."
    )
    found = votes(shipped_extractor, text, date(2024, 10, 2))
    assert [v.actors for v in found] == [["Claudia Sheinbaum"]]
    text = (
        "Kamala Harris trat am Montag auf. "
        "Bei der Präsidentenwahl im November gewann der 78-Jährige gegen sie."
    )
    assert all(
        "Kamala Harris" not in v.actors for v in votes(shipped_extractor, text, date(2025, 1, 22))
    )


def test_an_age_before_a_name_describes_that_name(shipped_extractor: EventExtractor) -> None:
    text = (
        "Emmanuel Macron gratulierte am Montag. "
        "Die Parlamentswahl in Frankreich gewann die 28-jährige Jordan Bardella."
    )
    found = votes(shipped_extractor, text, date(2024, 7, 9))
    assert all("Emmanuel Macron" not in v.actors for v in found)


def test_whose_resignation_is_told_in_the_genitive_stands_for_nothing(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Wladimir Putin hatte die vorgezogene Präsidentenwahl Ende März mit 53 Prozent gewonnen, "
        "nachdem er seit dem Rücktritt Jelzins die Amtsgeschäfte geführt hatte."
    )
    assert [v.actors for v in votes(shipped_extractor, text, date(2000, 5, 8))] == [
        ["Wladimir Putin"]
    ]


@pytest.mark.parametrize(
    "remark",
    [
        "Der russische Präsident Dmitri Medwedew nannte die Wahl eine innere Angelegenheit.",
        "Das Oberste Gericht erklärte die Wahl am Donnerstag für gültig.",
    ],
)
def test_a_vote_spoken_of_again_is_no_new_vote(
    shipped_extractor: EventExtractor, remark: str
) -> None:
    text = f"Lukaschenko gewann die Präsidentenwahl am Sonntag mit 80 Prozent.\n\n{remark}"
    found = votes(shipped_extractor, text, date(2010, 12, 24))
    assert [(v.actors, v.date_start) for v in found] == [
        (["Alexander Lukaschenko"], date(2010, 12, 19))
    ]


def test_a_vote_is_not_where_someone_went_after_it(shipped_extractor: EventExtractor) -> None:
    text = (
        "Tichanowskaja, die sich nach der Wahl vom 9. August ins benachbarte Litauen abgesetzt "
        "hatte, erklärte sich bereit, Neuwahlen zu organisieren."
    )
    assert all(v.location != "Litauen" for v in votes(shipped_extractor, text, date(2020, 8, 20)))


def test_a_vote_with_its_own_day_after_a_preposition_is_told_again_with_that_day(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Meloni gewann die Parlamentswahl mit 26 Prozent.\n\n"
        "Ihr Bündnis verfügt seit der Wahl am 25. September über eine absolute Mehrheit."
    )
    found = votes(shipped_extractor, text, date(2022, 10, 20))
    assert [(v.actors, v.date_start) for v in found] == [(["Giorgia Meloni"], date(2022, 9, 25))]

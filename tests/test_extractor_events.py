"""The event extractor on sentences written for these tests (no database, small lexicon)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.event_scoring import GoldEvent, fold, score_events, surname_key
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import ActorEntry, Lexicon, PlaceEntry, Role
from timeline.extraction.types import DateBasis, EventType, Precision, Status


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    actors = [
        ActorEntry(
            "Anton Brauer",
            "person",
            "RU",
            ("Brauer",),
            (Role("Präsident", "RU", date(2012, 1, 1), None, ("Kremlchef",)),),
        ),
        ActorEntry(
            "Boris Kessel",
            "person",
            "BY",
            ("Kessel",),
            (Role("Präsident", "BY", date(1994, 1, 1), None, ("Machthaber",)),),
        ),
        ActorEntry(
            "Clara Stein",
            "person",
            "DE",
            ("Stein",),
            (Role("Bundeskanzlerin", "DE", date(2020, 1, 1), date(2023, 12, 31)),),
        ),
        ActorEntry("Dario Velo", "person", "IT", ("Velo",), ()),
    ]
    places = [
        PlaceEntry("Russland", "country", "RU", (), ("russisch",), "Russlands"),
        PlaceEntry("Belarus", "country", "BY", ("Weißrussland",), ("belarussisch",), None),
        PlaceEntry("Deutschland", "country", "DE", (), ("deutsch",), "Deutschlands"),
        PlaceEntry("Italien", "country", "IT", (), ("italienisch",), "Italiens"),
        PlaceEntry("Moskau", "city", "RU"),
        PlaceEntry("Minsk", "city", "BY"),
        PlaceEntry("Berlin", "city", "DE"),
        PlaceEntry("Rom", "city", "IT"),
    ]
    return EventExtractor(Lexicon(actors, places))


def events(extractor: EventExtractor, text: str, published: date | None = date(2022, 3, 10)):
    return extractor.extract(text, published).events


def by_type(found, kind: EventType):
    return [e for e in found if e.type is kind]


def test_visit_with_destination_and_date(extractor: EventExtractor) -> None:
    found = events(extractor, "Anton Brauer reiste am Dienstag nach Minsk zu Boris Kessel.")
    visit = by_type(found, EventType.VISIT)[0]
    assert visit.actors == ["Anton Brauer", "Boris Kessel"]
    assert visit.location == "Minsk"
    assert visit.date_start == date(2022, 3, 8) and visit.precision is Precision.DAY
    assert visit.status is Status.OCCURRED
    assert visit.evidence.startswith("Anton Brauer reiste")


def test_planned_meeting_with_modal(extractor: EventExtractor) -> None:
    found = events(extractor, "Clara Stein will Dario Velo im Mai in Rom treffen.")
    meeting = by_type(found, EventType.MEETING)[0]
    assert meeting.status is Status.PLANNED
    assert set(meeting.actors) == {"Clara Stein", "Dario Velo"}
    assert meeting.location == "Rom"
    assert meeting.precision is Precision.MONTH


def test_title_resolved_by_publication_date(extractor: EventExtractor) -> None:
    text = "Der Kremlchef empfing am Montag in Moskau den italienischen Gast Dario Velo."
    meeting = by_type(events(extractor, text), EventType.MEETING)[0]
    assert "Anton Brauer" in meeting.actors and "Dario Velo" in meeting.actors


def test_country_role_resolved(extractor: EventExtractor) -> None:
    text = "Russlands Präsident hat mit dem belarussischen Machthaber telefoniert."
    call = by_type(events(extractor, text), EventType.CALL)[0]
    assert set(call.actors) == {"Anton Brauer", "Boris Kessel"}
    assert call.date_basis is DateBasis.PUBLICATION  # present perfect, no date phrase


def test_pronoun_and_group_reference(extractor: EventExtractor) -> None:
    text = (
        "Anton Brauer lobte Boris Kessel am Freitag. "
        "Die beiden Staatschefs hatten zuletzt am Mittwoch telefoniert."
    )
    call = by_type(events(extractor, text), EventType.CALL)[0]
    assert set(call.actors) == {"Anton Brauer", "Boris Kessel"}
    assert call.date_start == date(2022, 3, 9)


def test_headline_and_body_are_one_event(extractor: EventExtractor) -> None:
    text = (
        "Brauer reist nach Belarus\n\n"
        "Anton Brauer reist am Donnerstag zu einem zweitägigen Besuch nach Belarus."
    )
    visits = by_type(events(extractor, text), EventType.VISIT)
    assert len(visits) == 1
    assert visits[0].date_start == date(2022, 3, 10)
    assert visits[0].date_end == date(2022, 3, 11)
    assert not visits[0].evidence.startswith("Brauer reist nach Belarus")


def test_unknown_titled_person_is_candidate_and_actor(extractor: EventExtractor) -> None:
    text = "In Berlin empfing Clara Stein am Montag Außenminister Karl Otto Beispielmann."
    result = extractor.extract(text, date(2022, 3, 10))
    assert any(c.name == "Karl Otto Beispielmann" for c in result.actor_candidates)
    meeting = by_type(result.events, EventType.MEETING)[0]
    assert "Karl Otto Beispielmann" in meeting.actors


def test_a_title_and_an_unknown_family_name_alone_is_an_actor(extractor: EventExtractor) -> None:
    text = "In Berlin empfing Clara Stein am Montag Innenminister Beispielmann."
    meeting = by_type(events(extractor, text), EventType.MEETING)[0]
    assert "Beispielmann" in meeting.actors
    # A common noun or a country's genitive after the title is no name.
    for text in (
        "Ministerpräsident Regierung traf am Montag Clara Stein.",
        "Der Präsident Russlands traf am Montag Clara Stein.",
    ):
        result = extractor.extract(text, date(2022, 3, 10))
        assert all(c.name not in ("Regierung", "Russlands") for c in result.actor_candidates)


def test_election_protest_and_inauguration(extractor: EventExtractor) -> None:
    text = (
        "Bei der Präsidentenwahl in Belarus am 9. Januar siegte Boris Kessel. "
        "In Minsk demonstrieren zurzeit Tausende gegen das Ergebnis. "
        "Kessel wurde am Freitag vereidigt."
    )
    found = events(extractor, text)
    election = by_type(found, EventType.ELECTION)[0]
    assert election.location == "Belarus" and election.actors == ["Boris Kessel"]
    assert election.date_start == date(2022, 1, 9)
    protest = by_type(found, EventType.PROTEST)[0]
    assert protest.location == "Minsk" and protest.actors == []
    assert protest.date_start == date(2022, 3, 10)
    inauguration = by_type(found, EventType.INAUGURATION)[0]
    assert inauguration.actors == ["Boris Kessel"]


def test_agreement_and_summit(extractor: EventExtractor) -> None:
    text = (
        "Clara Stein und Dario Velo unterzeichneten am Montag in Rom ein Abkommen. "
        "Beim Gipfeltreffen in Berlin im April sollen weitere folgen."
    )
    found = events(extractor, text)
    agreement = by_type(found, EventType.AGREEMENT)[0]
    assert set(agreement.actors) == {"Clara Stein", "Dario Velo"}
    assert agreement.location == "Rom"


def test_without_publication_date_relative_dates_stay_unknown(
    extractor: EventExtractor,
) -> None:
    found = events(extractor, "Anton Brauer reiste am Dienstag nach Minsk.", published=None)
    visit = by_type(found, EventType.VISIT)[0]
    assert visit.date_start is None
    assert visit.location == "Minsk"


def test_marked_spans_cover_actor_place_trigger_date(extractor: EventExtractor) -> None:
    result = extractor.extract("Anton Brauer reiste am Dienstag nach Minsk.", date(2022, 3, 10))
    kinds = {s.kind for s in result.spans}
    assert kinds == {"actor", "place", "trigger", "date"}


def test_extract_many_matches_extract(extractor: EventExtractor) -> None:
    items = [("Anton Brauer reiste am Dienstag nach Minsk.", date(2022, 3, 10))] * 3
    results = list(extractor.extract_many(items, batch_size=2))
    assert len(results) == 3 and all(r.events for r in results)


def test_scoring_folds_transliterations() -> None:
    assert surname_key("Lukaschenkos") == surname_key("Lukashenko")
    assert fold("Erdoğan") == fold("Erdogan")
    gold = GoldEvent(
        "visit", ["Wolodymyr Selenskyj"], "Rom", date(2022, 3, 1), date(2022, 3, 1), "day"
    )
    from timeline.extraction.types import EventCandidate

    extracted = EventCandidate(
        EventType.VISIT,
        ["Volodymyr Selensky"],
        "Rom",
        date(2022, 3, 1),
        date(2022, 3, 1),
        Precision.DAY,
        Status.OCCURRED,
        "x",
    )
    scores = score_events([("d", [extracted], [gold])])
    assert scores.overall.f1 == 1.0 and scores.date_accuracy == 1.0


def test_lexicon_from_files_builds() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    found = extractor.extract("Wladimir Putin reiste am Montag nach Minsk.", date(2024, 5, 23))
    assert by_type(found.events, EventType.VISIT)


def test_date_accuracy_counts_undated_gold_and_reports_dated_only() -> None:
    from timeline.extraction.types import EventCandidate

    def cand(kind: EventType, start: date | None, precision: Precision) -> EventCandidate:
        return EventCandidate(
            kind,
            ["Anton Brauer", "Boris Kessel"],
            None,
            start,
            start,
            precision,
            Status.OCCURRED,
            "x",
        )

    day = date(2022, 3, 1)
    gold = [
        GoldEvent("visit", ["Anton Brauer"], None, day, day, "day"),
        GoldEvent("meeting", ["Anton Brauer"], None, None, None, "unknown"),
        GoldEvent("call", ["Anton Brauer"], None, None, None, "unknown"),
    ]
    extracted = [
        cand(EventType.VISIT, date(2022, 3, 2), Precision.DAY),  # overlaps? no: unmatched
        cand(EventType.MEETING, None, Precision.UNKNOWN),  # undated and undated: right
        cand(EventType.CALL, day, Precision.DAY),  # a date the text does not give: wrong
    ]
    scores = score_events([("d", extracted, gold)])
    assert scores.dated == 2 and scores.dates_right == 1
    assert scores.gold_dated == 0 and scores.dated_only_accuracy == 0.0
    extracted[0] = cand(EventType.VISIT, day, Precision.DAY)
    scores = score_events([("d", extracted, gold)])
    assert scores.date_accuracy == 2 / 3
    assert scores.gold_dated == 1 and scores.dated_only_accuracy == 1.0


def test_titled_persons_finds_what_the_full_pattern_finds() -> None:
    from timeline.extraction.matchers import TITLED_PERSON, titled_persons

    text = (
        "Der Ex-Bundespräsident Karl Omberg traf Oppositionspolitikerin Lena Vauk. "
        "Regierungssprecher Udo Tamm, Botschafter Rui Farel und Premierministerin "
        "Ada Lind bin Sarif kamen; ein Sprecher sagte nichts. PRÄSIDENT Otto Kern fehlte."
    )
    expected = [m.span() for m in TITLED_PERSON.finditer(text)]
    assert expected  # the pattern finds titled names here
    assert [m.span() for m in titled_persons(text)] == expected


def test_verbs_are_found_by_their_lookup_lemma(extractor: EventExtractor) -> None:
    found = events(extractor, "Brauer reiste am Montag nach Minsk.")
    assert [e.location for e in by_type(found, EventType.VISIT)] == ["Minsk"]
    found = events(extractor, "Am Dienstag telefonierten Brauer und Kessel miteinander.")
    assert by_type(found, EventType.CALL)


def test_comma_in_coordinated_modifiers_keeps_the_clause(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Zuletzt war der politisch, wirtschaftlich und militärisch eng gebundene belarussische "
        "Machthaber am 9. Februar zur Siegesparade in Moskau.",
    )
    visits = by_type(found, EventType.VISIT)
    assert len(visits) == 1
    assert visits[0].actors == ["Boris Kessel"]
    assert visits[0].location == "Moskau"
    assert visits[0].date_start == visits[0].date_end == date(2022, 2, 9)


def test_being_at_a_ceremony_abroad_is_a_visit(extractor: EventExtractor) -> None:
    found = events(extractor, "Im Januar war Boris Kessel zu einer Gedenkfeier in Rom.")
    visits = by_type(found, EventType.VISIT)
    assert [v.location for v in visits] == ["Rom"]


def test_meeting_during_a_visit_takes_its_own_day(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Anton Brauer reist am Donnerstag zu einem zweitägigen Besuch nach Belarus zu "
        "Machthaber Boris Kessel. Bei den Gesprächen geht es um den Handel. Die beiden "
        "Präsidenten wollen sich noch am Abend treffen.",
    )
    visit = by_type(found, EventType.VISIT)[0]
    assert (visit.date_start, visit.date_end) == (date(2022, 3, 10), date(2022, 3, 11))
    meetings = by_type(found, EventType.MEETING)
    assert len(meetings) == 1
    assert meetings[0].date_start == meetings[0].date_end == date(2022, 3, 10)


def test_appositive_after_genitive_is_an_actor_candidate(extractor: EventExtractor) -> None:
    result = extractor.extract(
        "Nach Rom kamen der Chef der spanischen Sonnen-Partei, Pablo Serrano, und andere.",
        date(2022, 3, 10),
    )
    assert "Pablo Serrano" in [c.name for c in result.actor_candidates]


def test_one_host_two_partners_are_two_meetings(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Am Montag will er in Berlin Clara Stein und Dario Velo treffen.",
    )
    assert found == [] or all(len(m.actors) == 2 for m in by_type(found, EventType.MEETING))
    found = events(
        extractor,
        "Boris Kessel reiste nach Berlin. Am Montag will er dort Clara Stein und Dario Velo "
        "treffen.",
    )
    pairs = sorted(sorted(m.actors) for m in by_type(found, EventType.MEETING))
    assert pairs == [["Boris Kessel", "Clara Stein"], ["Boris Kessel", "Dario Velo"]]


def test_participle_getroffen_is_a_meeting(extractor: EventExtractor) -> None:
    found = events(extractor, "Clara Stein hatte Dario Velo am Montag in Rom getroffen.")
    meetings = by_type(found, EventType.MEETING)
    assert len(meetings) == 1
    assert sorted(meetings[0].actors) == ["Clara Stein", "Dario Velo"]


def test_office_after_als_is_no_actor(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Der Präsident tritt ab. Dario Velo wurde am Sonntag in Rom als Präsident vereidigt.",
        date(2024, 5, 6),
    )
    inaugurations = by_type(found, EventType.INAUGURATION)
    assert [i.actors for i in inaugurations] == [["Dario Velo"]]


def test_election_period_began_and_ended(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Bei den Wahlen in Italien, die am 9. April begannen und am 1. Juni endeten, siegte "
        "Dario Velo.",
        date(2022, 6, 5),
    )
    election = by_type(found, EventType.ELECTION)[0]
    assert (election.date_start, election.date_end) == (date(2022, 4, 9), date(2022, 6, 1))


def test_present_passive_takes_publication_day(extractor: EventExtractor) -> None:
    found = events(extractor, "Der Besuch wird in Italien von Protesten begleitet.")
    protests = by_type(found, EventType.PROTEST)
    assert protests and protests[0].date_start == date(2022, 3, 10)


def test_place_in_causal_phrase_is_not_the_venue(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Angesichts der Krise in Belarus will sich Boris Kessel mit Anton Brauer treffen. "
        "Dazu ist in den kommenden Wochen ein Treffen in Moskau geplant.",
    )
    meetings = by_type(found, EventType.MEETING)
    assert len(meetings) == 1
    assert meetings[0].location == "Moskau"


def test_token_arrays_match_the_doc(extractor: EventExtractor) -> None:
    from timeline.extraction.analysis import split_segments
    from timeline.extraction.nlp import TokenArrays

    text = "Brauer reiste am 9. Mai nach Minsk.\nKessel empfing ihn  dort. Danach: Gespräche"
    doc = extractor.nlp(text)
    toks = TokenArrays.of(doc)
    assert [toks.word(t.i) for t in doc] == [t.text for t in doc]
    assert toks.sent_starts == [s.start for s in doc.sents]
    segments = split_segments(doc)
    assert [s.text for s in segments] == [
        "Brauer reiste am 9. Mai nach Minsk.",
        "Kessel empfing ihn  dort.",
        "Danach: Gespräche",
    ]
    assert segments[-1].headline and not segments[0].headline


def test_extract_many_equals_extract(extractor: EventExtractor) -> None:
    texts = [
        ("Brauer reist am Donnerstag nach Minsk. Dort trifft er Kessel.", date(2022, 3, 8)),
        ("Stein telefonierte am Montag mit Brauer.", date(2022, 3, 10)),
    ]
    many = list(extractor.extract_many(texts))
    single = [extractor.extract(t, p) for t, p in texts]
    assert [r.events for r in many] == [r.events for r in single]
    assert [r.spans for r in many] == [r.spans for r in single]


def test_swearing_in_before_another_takes_that_ceremony_day(extractor: EventExtractor) -> None:
    text = (
        "Velo legte am Dienstag in Rom den Amtseid ab. "
        "Vor Velo war bereits sein Stellvertreter Boris Kessel vereidigt worden."
    )
    found = by_type(events(extractor, text), EventType.INAUGURATION)
    kessel = next(e for e in found if "Boris Kessel" in e.actors)
    assert (kessel.date_start, kessel.date_end) == (date(2022, 3, 8), date(2022, 3, 8))


def test_clock_time_puts_the_event_on_the_day_in_view(extractor: EventExtractor) -> None:
    text = (
        "Stein ist am Mittwoch in Moskau gelandet. "
        "Ein Sprecher kündigte das Treffen von Stein und Brauer für etwa 15.30 Uhr an."
    )
    meeting = by_type(events(extractor, text), EventType.MEETING)[0]
    assert meeting.date_start == meeting.date_end == date(2022, 3, 9)


def test_election_evening_takes_the_vote_date_of_the_article(extractor: EventExtractor) -> None:
    text = (
        "Die Parlamentswahl in Italien fand am 6. März statt. "
        "Am Wahlabend hatte sich Velo zum Wahlsieger erklärt."
    )
    found = by_type(events(extractor, text), EventType.ELECTION)
    assert [(e.date_start, e.date_end) for e in found] == [(date(2022, 3, 6), date(2022, 3, 6))]


def test_draft_copy_keeps_every_field() -> None:
    from dataclasses import fields

    from timeline.extraction.records import Draft
    from timeline.extraction.records import draft_copy as _copy

    values = [object() for _ in fields(Draft)]
    copied = _copy(Draft(*values))  # type: ignore[arg-type]
    assert [getattr(copied, f.name) for f in fields(Draft)] == values


@pytest.mark.parametrize("name", ["HABITUAL", "PLANNED", "REPORTING", "GROUP_REF", "NEGATION"])
def test_cue_words_cover_every_word_of_their_pattern(name: str) -> None:
    """A `Cue` skips its pattern for text holding none of its words: every word the pattern
    lists (in any case) must therefore hold one, or a new word would silently never match."""
    import re

    from timeline.extraction import triggers

    cue: triggers.Cue = getattr(triggers, f"{name}_CUE")
    words = re.findall(r"[a-zäöüß]+(?: [a-zäöüß]+)?", cue.pattern.pattern.replace(r"\b", " "))
    listed = [w for w in words if w not in {"w", "s", "n", "d", "b"}]
    assert listed
    for word in listed:
        for form in (word, word.capitalize(), word.upper()):
            if cue.pattern.search(form):
                assert cue.maybe_in(form.lower(), triggers.case_odd(form)), form
    assert not cue.maybe_in("der präsident sprach.", odd=False) or name == "PLANNED"


def test_the_pipeline_tokenises_as_the_blank_tokenizer_does() -> None:
    """The pipeline drops spaCy's whitespace special cases (they stop its token cache):
    the tokens stay exactly those of the blank German tokenizer."""
    from timeline.extraction.nlp import german_pipeline, german_tokenizer_only

    texts = [
        "Der Kanzler reiste am Montag nach Paris.\nDort traf er z.B. Dr. Meier.",
        "Überschrift\n\n„Wir sind bereit“, sagte sie.\tDann: Abstimmung (u.a. in Wien).\r\n",
        "Foto: dpa\n \nMEHR IN POLITIK\n\n\n+++ Hinweis +++\n1. Mai 2024 ,  und 's Ende.",
        " \n\t ",
    ]
    ours, blank = german_pipeline().tokenizer, german_tokenizer_only().tokenizer
    for text in texts:
        assert [(t.text, t.idx, t.whitespace_) for t in ours(text)] == [
            (t.text, t.idx, t.whitespace_) for t in blank(text)
        ]
    assert not any(case.isspace() for case in ours.rules or {})  # type: ignore[union-attr]


def test_particle_statt_of_stattfinden_does_not_cancel_a_meeting(
    extractor: EventExtractor,
) -> None:
    found = events(
        extractor,
        "Clara Stein empfängt Dario Velo am 14. März in Rom. "
        "Am 15. März finden die Gespräche der beiden in Berlin statt.",
    )
    berlin = [m for m in by_type(found, EventType.MEETING) if m.location == "Berlin"]
    assert len(berlin) == 1
    assert set(berlin[0].actors) == {"Clara Stein", "Dario Velo"}
    assert berlin[0].date_start == date(2022, 3, 15)
    found = events(extractor, "Statt eines Treffens mit Dario Velo reiste Stein nach Minsk.")
    assert by_type(found, EventType.MEETING) == []


def test_date_of_a_relative_clause_on_another_event_stays_with_it(
    extractor: EventExtractor,
) -> None:
    found = events(
        extractor,
        "Nach der Parlamentswahl in Italien, die am 4. März endete, legte Dario Velo in Rom "
        "seinen Amtseid ab.",
    )
    election = by_type(found, EventType.ELECTION)[0]
    assert election.date_start == date(2022, 3, 4)
    inauguration = by_type(found, EventType.INAUGURATION)[0]
    assert inauguration.actors == ["Dario Velo"]
    # Not the election's day: the lead's news is of the publication day.
    assert inauguration.date_start == date(2022, 3, 10)
    assert inauguration.date_basis is DateBasis.PUBLICATION
    found = events(
        extractor,
        "Beim Gipfel in Minsk, bei dem sich Brauer am Montag mit Kessel traf, ging es um Gas.",
    )
    meeting = by_type(found, EventType.MEETING)[0]
    assert meeting.date_start == date(2022, 3, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dario Velo hat am Montag das Amt des Ministerpräsidenten übernommen.",
        "Am Montag hat Velo in Rom die Regierungsgeschäfte übernommen.",
        "Velo übernahm am Montag die Präsidentschaft.",
        "Velo ist am Montag feierlich in sein Amt eingeführt worden.",
        "Velo leistete am Montag vor den Abgeordneten den Eid auf die Verfassung.",
        "Velo schwor am Montag den Amtseid.",
        "Velo begann am Montag seine zweite Amtszeit als Präsident.",
        "Velo wurde am Montag in Rom als Bundespräsident angelobt.",
        "Die Angelobung von Velo fand am Montag in Rom statt.",
        "Die Amtsübergabe an Velo fand am Montag in Rom statt.",
        "Velo wurde am Montag vom Parlament zum Ministerpräsidenten ernannt.",
        "Velo hat am Montag offiziell die Nachfolge von Kessel angetreten.",
    ],
)
def test_ways_of_taking_office(extractor: EventExtractor, sentence: str) -> None:
    inaugurations = by_type(events(extractor, sentence), EventType.INAUGURATION)
    assert [i.actors for i in inaugurations] == [["Dario Velo"]]
    assert inaugurations[0].date_start == date(2022, 3, 7)
    assert inaugurations[0].status is Status.OCCURRED


@pytest.mark.parametrize(
    "sentence",
    [
        "In seiner Amtszeit begann der Streit mit den Nachbarn.",
        "Velo tritt vom Amt des Ministerpräsidenten zurück.",
        "Velo wird in seiner Amtszeit viele Reformen angehen.",
    ],
)
def test_talk_about_an_office_is_no_inauguration(extractor: EventExtractor, sentence: str) -> None:
    assert by_type(events(extractor, sentence), EventType.INAUGURATION) == []


def test_the_predecessor_handing_over_is_not_the_one_taking_office(
    extractor: EventExtractor,
) -> None:
    found = events(
        extractor,
        "Die Machtübernahme vom scheidenden Präsidenten Kessel an Velo fand in Rom statt.",
    )
    assert [i.actors for i in by_type(found, EventType.INAUGURATION)] == [["Dario Velo"]]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Stein und Velo haben am Montag in Rom ein Partnerschaftsabkommen unterschrieben.", 2),
        ("Deutschland und Italien schlossen am Montag einen Nachbarschaftsvertrag.", 2),
        ("Stein und Velo einigten sich am Montag in Rom auf einen gemeinsamen Fahrplan.", 2),
        ("Stein und Velo verständigten sich am Montag darauf, die Zölle zu senken.", 2),
        ("Stein und Velo erzielten am Montag in Rom eine Einigung über Gaslieferungen.", 2),
        ("Am Montag unterzeichneten Stein und Velo eine Absichtserklärung zur Forschung.", 2),
        ("Stein und Velo vereinbarten am Montag eine engere Zusammenarbeit.", 2),
        ("Deutschland und Italien unterzeichneten am Montag ein Übereinkommen zum Klima.", 2),
    ],
)
def test_ways_of_concluding_an_agreement(
    extractor: EventExtractor, sentence: str, actors: int
) -> None:
    agreements = by_type(events(extractor, sentence), EventType.AGREEMENT)
    assert len(agreements) == 1
    assert len(agreements[0].actors) == actors
    assert agreements[0].date_start == date(2022, 3, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stein und Velo einigten sich am Montag nicht auf einen Fahrplan.",
        "Stein und Velo konnten sich am Montag nicht auf ein Abkommen einigen.",
        "Stein wirft Velo vor, sich nicht an die Vereinbarung zu halten.",
    ],
)
def test_failed_or_disputed_agreement_is_none(extractor: EventExtractor, sentence: str) -> None:
    assert by_type(events(extractor, sentence), EventType.AGREEMENT) == []


def test_short_aside_does_not_cut_the_clause(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Nach der Vertragsunterzeichnung (gegen 12 Uhr) fahren Stein und Velo zum Flughafen.",
    )
    agreement = by_type(found, EventType.AGREEMENT)[0]
    assert set(agreement.actors) == {"Clara Stein", "Dario Velo"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Beim Urnengang in Italien am 6. März siegte Dario Velo.",
        "Beim Volksentscheid in Italien am 6. März setzte sich Velo durch.",
        "Die Stichwahl in Italien am 6. März gewann Dario Velo.",
    ],
)
def test_ways_of_naming_a_vote(extractor: EventExtractor, sentence: str) -> None:
    elections = by_type(events(extractor, sentence), EventType.ELECTION)
    assert len(elections) == 1
    assert elections[0].location == "Italien"
    assert elections[0].date_start == date(2022, 3, 6)


def test_meeting_someone_in_their_country_is_a_visit_there(extractor: EventExtractor) -> None:
    found = events(extractor, "Clara Stein traf am Montag Anton Brauer in Moskau.")
    visit = by_type(found, EventType.VISIT)[0]
    assert visit.actors == ["Clara Stein", "Anton Brauer"]
    assert visit.location == "Moskau" and visit.date_start == date(2022, 3, 7)
    assert len(by_type(found, EventType.MEETING)) == 1
    # Two guests in a third country, or a meeting still planned: no trip is stated.
    found = events(extractor, "Clara Stein traf am Montag Dario Velo in Minsk.")
    assert by_type(found, EventType.VISIT) == []
    found = events(extractor, "Clara Stein will Anton Brauer im Mai in Moskau treffen.")
    assert by_type(found, EventType.VISIT) == []


def test_person_after_statt_takes_no_part(extractor: EventExtractor) -> None:
    found = events(
        extractor, "Statt mit Kessel zu reden, traf Clara Stein im Januar Anton Brauer in Rom."
    )
    meeting = by_type(found, EventType.MEETING)[0]
    assert set(meeting.actors) == {"Clara Stein", "Anton Brauer"}


def test_talk_told_after_a_call_is_that_call(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Anton Brauer hat am Mittwoch mit Boris Kessel telefoniert. "
        "Wie Kessel danach mitteilte, sei das Gespräch mit Brauer sehr offen gewesen.",
    )
    assert by_type(found, EventType.MEETING) == []
    assert len(by_type(found, EventType.CALL)) == 1


def test_guest_expected_somewhere_is_a_planned_visit(extractor: EventExtractor) -> None:
    visit = by_type(
        events(extractor, "Dario Velo wird am Montag in Berlin erwartet."), EventType.VISIT
    )[0]
    assert visit.actors == ["Dario Velo"] and visit.location == "Berlin"
    assert visit.date_start == date(2022, 3, 14) and visit.status is Status.PLANNED
    found = events(extractor, "Velo und seine Minister werden am Montag zu Gesprächen erwartet.")
    assert [v.actors for v in by_type(found, EventType.VISIT)] == [["Dario Velo"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Von Velo wird in den kommenden Tagen eine Entscheidung erwartet.",
        "Velo erwartet am Montag ein schwieriges Gespräch in Berlin.",
        "Es wird mit Spannung erwartet, wie Velo reagiert.",
    ],
)
def test_expectations_are_no_visit(extractor: EventExtractor, sentence: str) -> None:
    assert by_type(events(extractor, sentence), EventType.VISIT) == []


def test_a_name_set_off_by_commas_after_its_title_takes_office(extractor: EventExtractor) -> None:
    """ "Der neue Regierungschef Italiens, Dario Velo, hat ... angetreten": the name between
    the commas belongs to the clause that goes on after it; an earlier president does not."""
    text = (
        "Der russische Präsident Anton Brauer reiste am Dienstag nach Minsk.\n\n"
        "Der neue Regierungschef Italiens, Dario Velo, hat am Montag in Rom sein Amt angetreten."
    )
    found = by_type(events(extractor, text), EventType.INAUGURATION)
    assert [(e.actors, e.date_start) for e in found] == [(["Dario Velo"], date(2022, 3, 7))]


def test_two_leaders_meeting_on_the_sidelines_of_a_summit_is_a_meeting(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Erstmals seit Monaten sind US-Präsident Joe Biden und Chinas Staatschef Xi Jinping "
        "wieder zusammengekommen. Die beiden Politiker trafen sich am Mittwoch auf einem Landgut "
        "am Rande des Apec-Gipfels."
    )
    found = events(shipped_extractor, text, date(2023, 11, 16))
    meetings = by_type(found, EventType.MEETING)
    assert [(sorted(m.actors), m.date_start) for m in meetings] == [
        (["Joe Biden", "Xi Jinping"], date(2023, 11, 15))
    ]


def test_a_first_visit_since_a_year_is_not_dated_to_that_year(extractor: EventExtractor) -> None:
    text = (
        "Dario Velo ist am Dienstag in Moskau eingetroffen. "
        "Es ist sein erster Besuch in Russland seit 2019."
    )
    visits = by_type(events(extractor, text), EventType.VISIT)
    assert [v.date_start for v in visits] == [date(2022, 3, 8)]


def test_talks_and_meetings_told_with_sprechen_and_sich_sehen(extractor: EventExtractor) -> None:
    text = (
        "Anton Brauer ist zu einem Arbeitsbesuch in Belarus eingetroffen. "
        "Am Freitag wolle er in Minsk mit Boris Kessel über den Handel sprechen, hieß es.\n\n"
        "Zuletzt hatten sich Brauer und Kessel im Januar in Moskau gesehen. "
        "Im Dezember hatte Brauer Rom besucht. "
        "Kessel sah sich gezwungen, in Minsk mit Brauer zu telefonieren."
    )
    found = events(extractor, text)
    meetings = sorted(
        (m.date_start, m.status, m.location) for m in by_type(found, EventType.MEETING)
    )
    assert meetings == [
        (date(2022, 1, 1), Status.OCCURRED, "Moskau"),
        (date(2022, 3, 11), Status.PLANNED, "Minsk"),
    ]
    # Arriving now and a trip told months before are two visits; meeting in Moscow was
    # Kessel's trip there.
    visits = sorted((v.date_start, v.location) for v in by_type(found, EventType.VISIT))
    assert visits == [
        (date(2021, 12, 1), "Rom"),
        (date(2022, 1, 1), "Moskau"),
        (date(2022, 3, 10), "Belarus"),
    ]


def test_a_protest_without_a_place_is_where_its_paragraphs_protest_was(
    extractor: EventExtractor,
) -> None:
    text = (
        "Anton Brauer reiste am Montag nach Rom. In Rom traf er Dario Velo.\n\n"
        "In Minsk gingen am Sonntag Tausende auf die Straße. "
        "Schon am Samstag hatte es Massenproteste gegeben."
    )
    found = by_type(events(extractor, text), EventType.PROTEST)
    assert sorted((e.date_start, e.location) for e in found) == [
        (date(2022, 3, 5), "Minsk"),
        (date(2022, 3, 6), "Minsk"),
    ]


def test_a_protest_without_a_place_takes_the_paragraphs_one_country(
    extractor: EventExtractor,
) -> None:
    text = (
        "Anton Brauer reiste am Montag nach Rom. In Rom traf er Dario Velo.\n\n"
        "In Belarus wächst der Unmut. Am Samstag gingen Tausende auf die Straße."
    )
    found = by_type(events(extractor, text), EventType.PROTEST)
    assert [(e.date_start, e.location) for e in found] == [(date(2022, 3, 5), "Belarus")]


def test_a_vote_is_not_placed_in_the_dateline_nor_in_what_it_decided(
    extractor: EventExtractor,
) -> None:
    text = (
        "Rom (dpa) - Boris Kessel ist nach offiziellen Angaben erneut gewählt worden. "
        "Das Referendum vom Sonntag hatte für den Beitritt zu Russland gestimmt."
    )
    found = by_type(events(extractor, text), EventType.ELECTION)
    assert [(e.location, e.actors) for e in found if e.actors] == [("Belarus", ["Boris Kessel"])]
    assert all(e.location != "Russland" for e in found)


def test_talks_by_video_link_are_a_call_not_a_meeting(extractor: EventExtractor) -> None:
    text = "Clara Stein und Dario Velo haben am Mittwoch per Videoschalte über den Handel beraten."
    found = events(extractor, text)
    assert [(e.type, e.date_start) for e in found] == [(EventType.CALL, date(2022, 3, 9))]


def test_no_talks_are_no_event_and_a_call_between_two_has_those_two(
    extractor: EventExtractor,
) -> None:
    text = (
        "Am Dienstag führten Brauer und Kessel keine Gespräche; ein Telefonat zwischen Brauer "
        "und Clara Stein hatte es zuletzt im Januar gegeben. Es war kein leichtes Treffen, "
        "als Stein und Velo am Montag in Rom zusammenkamen."
    )
    found = events(extractor, text)
    assert [(e.type, sorted(e.actors), e.date_start) for e in found] == [
        (EventType.CALL, ["Anton Brauer", "Clara Stein"], date(2022, 1, 1)),
        (EventType.MEETING, ["Clara Stein", "Dario Velo"], date(2022, 3, 7)),
        # Stein came to Rome for it.
        (EventType.VISIT, ["Clara Stein", "Dario Velo"], date(2022, 3, 7)),
    ]


def test_a_place_after_an_adjective_or_a_word_for_town_keeps_its_preposition(
    extractor: EventExtractor,
) -> None:
    for text in (
        "Dario Velo reist am Montag in die russische Hauptstadt Moskau.",
        "Dario Velo wird am Montag zum Gipfel im russischen Moskau erwartet.",
    ):
        visits = by_type(events(extractor, text), EventType.VISIT)
        assert [v.location for v in visits] == ["Moskau"], text


def test_talking_about_a_place_is_no_meeting_there(extractor: EventExtractor) -> None:
    text = "Clara Stein hat mit Anton Brauer am Montag über die Lage in Belarus gesprochen."
    assert by_type(events(extractor, text), EventType.MEETING) == []


def test_a_first_visit_since_an_event_of_a_day_is_not_dated_that_day(
    extractor: EventExtractor,
) -> None:
    text = "Für Velo ist es der erste Besuch in Russland seit Beginn der Krise am 24. Februar."
    visits = by_type(events(extractor, text), EventType.VISIT)
    # Told in the present: the visit is now (the publication day), not on 24 February.
    assert [v.date_start for v in visits] == [date(2022, 3, 10)]


def test_a_proposal_to_meet_is_no_meeting_that_took_place(extractor: EventExtractor) -> None:
    text = (
        "Brauer und Velo berieten am Dienstag nahe Rom drei Stunden lang. "
        "Zum Abschluss schlug Brauer vor, sich das nächste Mal in Moskau zu treffen."
    )
    meetings = by_type(events(extractor, text), EventType.MEETING)
    occurred = [(m.location, m.date_start) for m in meetings if m.status is Status.OCCURRED]
    assert occurred == [("Rom", date(2022, 3, 8))]
    assert all(m.status is Status.PLANNED for m in meetings if m.location == "Moskau")


def test_an_agreement_that_did_not_come_about_is_no_event(extractor: EventExtractor) -> None:
    for text in (
        "Eine Vereinbarung zwischen Brauer und Velo über den Handel kam am Montag nicht zustande.",
        "Das Abkommen zwischen Brauer und Velo scheiterte am Montag.",
    ):
        assert by_type(events(extractor, text), EventType.AGREEMENT) == [], text
    # A meeting called off; "sagte ... ab Montag" is no calling off.
    text = "Das Treffen zwischen Brauer und Velo sagte Brauer am Montag ab."
    assert events(extractor, text) == []
    text = "Das Treffen zwischen Brauer und Velo findet ab Montag statt, sagte Brauer."
    assert [e.type for e in events(extractor, text)] == [EventType.MEETING]


def test_a_trip_to_talks_goes_where_the_talks_are(extractor: EventExtractor) -> None:
    text = (
        "Clara Stein kündigte nach einem Telefonat mit Velo am Mittwoch an, am Montag zu "
        "Gesprächen nach Rom zu reisen."
    )
    found = events(extractor, text)
    visits = by_type(found, EventType.VISIT)
    assert [(v.location, v.date_start, v.status) for v in visits] == [
        ("Rom", date(2022, 3, 14), Status.PLANNED)
    ]
    calls = by_type(found, EventType.CALL)
    assert [c.date_start for c in calls] == [date(2022, 3, 9)]


def test_a_national_vote_is_placed_in_its_country_not_a_polling_station(
    extractor: EventExtractor,
) -> None:
    text = (
        "Minsk (dpa) - Boris Kessel ist für eine weitere Amtszeit gewählt worden. "
        "Kessel sagte nach seiner Stimmabgabe in Minsk, ihm sei gleich, ob der Westen die Wahl "
        "anerkenne."
    )
    found = by_type(events(extractor, text), EventType.ELECTION)
    assert [(e.location, e.actors) for e in found] == [("Belarus", ["Boris Kessel"])]


@pytest.mark.parametrize(
    "text",
    [
        "Sollte Brauer am Montag nach Rom reisen, müsste Italien ihn festnehmen.",
        "Das Präsidialamt dementierte am Mittwoch Berichte über ein Treffen zwischen Brauer "
        "und Velo.",
        "Velo hatte Brauer im vergangenen Jahr zu einem Besuch eingeladen.",
    ],
)
def test_conditions_denials_and_invitations_are_no_events(
    extractor: EventExtractor, text: str
) -> None:
    assert events(extractor, text) == []


def test_what_could_happen_is_planned_and_ahead(extractor: EventExtractor) -> None:
    found = events(extractor, "Brauer könnte im Oktober nach Rom reisen, hieß es.")
    assert [(e.type, e.status, e.date_start) for e in found] == [
        (EventType.VISIT, Status.PLANNED, date(2022, 10, 1))
    ]


def test_a_visit_where_someone_denied_something_is_still_a_visit(
    extractor: EventExtractor,
) -> None:
    text = "Brauer bestritt bei seinem Besuch in Rom am Montag jede Verantwortung."
    assert [e.type for e in events(extractor, text)] == [EventType.VISIT]


def test_the_day_a_vote_was_called_is_not_the_vote(extractor: EventExtractor) -> None:
    found = events(
        extractor,
        "Die Wahl in Italien am 23. Juli gilt als offen. "
        "Dario Velo hatte die vorgezogene Parlamentswahl Ende Mai ausgerufen.",
        date(2022, 7, 2),
    )
    assert [(e.type, e.date_start) for e in found] == [(EventType.ELECTION, date(2022, 7, 23))]
    found = events(
        extractor,
        "Dario Velo hat die Parlamentswahl in Italien für den 23. Juli angesetzt.",
        date(2022, 7, 2),
    )
    assert [(e.type, e.date_start) for e in found] == [(EventType.ELECTION, date(2022, 7, 23))]


def test_an_undated_march_through_a_city_is_the_protest_told_for_its_country(
    extractor: EventExtractor,
) -> None:
    text = (
        "In Belarus sind am Samstag erneut Tausende gegen die Regierung auf die Straße "
        "gegangen. Die Demonstranten zogen durch die Innenstadt von Minsk."
    )
    found = by_type(events(extractor, text), EventType.PROTEST)
    assert [(e.location, e.date_start) for e in found] == [("Minsk", date(2022, 3, 5))]


def test_who_administers_the_oath_is_not_sworn_in(extractor: EventExtractor) -> None:
    text = (
        "Dario Velo ist als neuer Ministerpräsident vereidigt worden. "
        "Clara Stein nahm ihm am Mittwoch in Rom den Amtseid ab."
    )
    found = by_type(events(extractor, text), EventType.INAUGURATION)
    assert [(e.actors, e.date_start) for e in found] == [(["Dario Velo"], date(2022, 3, 9))]


def test_already_on_thursday_still_looks_ahead_and_flying_on_is_a_trip(
    extractor: EventExtractor,
) -> None:
    text = (
        "Velo wird bereits am Montag nach Berlin reisen. Am Dienstag will er nach Moskau "
        "weiterfliegen."
    )
    visits = by_type(events(extractor, text), EventType.VISIT)
    assert sorted((v.location, v.date_start, v.status) for v in visits) == [
        ("Berlin", date(2022, 3, 14), Status.PLANNED),
        ("Moskau", date(2022, 3, 15), Status.PLANNED),
    ]


def test_seats_of_government_place_meetings_in_their_capital(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Kanzler Olaf Scholz hat am Dienstag den polnischen Ministerpräsidenten Donald Tusk im "
        "Kanzleramt empfangen. Der Kreml teilte mit, Wladimir Putin habe Alexander Lukaschenko "
        "am Freitag im Kreml empfangen."
    )
    found = events(shipped_extractor, text, date(2024, 2, 15))
    assert sorted((e.location, e.date_start) for e in by_type(found, EventType.MEETING)) == [
        ("Berlin", date(2024, 2, 13)),
        ("Moskau", date(2024, 2, 9)),
    ]


def test_a_family_name_told_again_is_the_person_named_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Nordkoreas Machthaber Kim Jong Un ist in Russland eingetroffen. "
        "Kim will in Wladiwostok Präsident Wladimir Putin treffen. "
        "Zuletzt hatten sich die beiden im April 2019 getroffen."
    )
    found = by_type(events(shipped_extractor, text, date(2023, 9, 12)), EventType.MEETING)
    assert sorted(((sorted(m.actors), m.status, m.date_start) for m in found), key=str) == sorted(
        [
            (["Kim Jong Un", "Wladimir Putin"], Status.OCCURRED, date(2019, 4, 1)),
            (["Kim Jong Un", "Wladimir Putin"], Status.PLANNED, None),
        ],
        key=str,
    )
    # Another Kim, not in the lexicon, is not Kim Jong Un.
    other = "Kim Jong Un traf am Montag Putin. Kim Dae Jung reiste am Dienstag nach Moskau."
    visits = by_type(events(shipped_extractor, other, date(2023, 9, 12)), EventType.VISIT)
    assert all("Kim Jong Un" not in v.actors for v in visits)


def test_a_meeting_or_signing_abroad_is_the_guests_visit(extractor: EventExtractor) -> None:
    found = events(
        extractor, "Clara Stein und Dario Velo unterzeichneten am Montag in Rom ein Abkommen."
    )
    visits = by_type(found, EventType.VISIT)
    assert [(v.actors, v.location, v.date_start) for v in visits] == [
        (["Clara Stein", "Dario Velo"], "Rom", date(2022, 3, 7))
    ]
    # With no host of the place named, nobody is known to have travelled to whom.
    found = events(extractor, "Anton Brauer traf Boris Kessel am Montag in Rom.")
    assert by_type(found, EventType.VISIT) == []


def test_visitors_of_several_countries_are_several_visits(extractor: EventExtractor) -> None:
    text = "Clara Stein, Dario Velo und Anton Brauer sind am Dienstag in Minsk eingetroffen."
    visits = by_type(events(extractor, text), EventType.VISIT)
    assert sorted(v.actors[0] for v in visits) == ["Anton Brauer", "Clara Stein", "Dario Velo"]


def test_the_lead_tells_todays_news_in_any_tense(extractor: EventExtractor) -> None:
    text = (
        "Rom (dpa) - Dario Velo wurde zum zweiten Mal als Präsident vereidigt.\n\n"
        "Zuvor war Velo von Clara Stein empfangen worden."
    )
    found = events(extractor, text)
    inauguration = by_type(found, EventType.INAUGURATION)[0]
    assert inauguration.date_start == date(2022, 3, 10)  # the publication day
    assert inauguration.date_basis is DateBasis.PUBLICATION
    # Told as earlier ("zuvor"), outside the lead: no day of its own.
    meeting = by_type(found, EventType.MEETING)[0]
    assert meeting.date_start is None


def test_an_undated_meeting_during_a_dated_visit_takes_the_visits_days(
    extractor: EventExtractor,
) -> None:
    text = (
        "Anton Brauer reiste am 2. März nach Rom.\n\n"
        "Es war sein erster Besuch in Italien. Bei Velo in Rom war Brauer zu Gast. "
        "Dort traf er auch Clara Stein zu einem Gespräch in Rom."
    )
    meetings = by_type(events(extractor, text), EventType.MEETING)
    assert {m.date_start for m in meetings} == {date(2022, 3, 2)}


def test_a_summit_of_two_leaders_is_a_meeting(extractor: EventExtractor) -> None:
    found = events(extractor, "Bei ihrem ersten Gipfel in Rom sprachen Velo und Brauer über Gas.")
    assert [e.type for e in found if e.type in (EventType.SUMMIT, EventType.MEETING)] == [
        EventType.MEETING
    ]


def test_visiting_a_person_is_meeting_them(extractor: EventExtractor) -> None:
    found = events(extractor, "Am Montag besuchte Brauer in Rom den Ministerpräsidenten Velo.")
    assert sorted(e.type for e in found) == [EventType.MEETING, EventType.VISIT]
    found = events(extractor, "Am Montag besuchte Brauer Rom.")
    assert [e.type for e in found] == [EventType.VISIT]


def test_the_genitive_before_an_office_noun_names_whose_office_it_is(
    extractor: EventExtractor,
) -> None:
    found = events(extractor, "Das Gespräch fand kurz nach Velos Amtsantritt statt.")
    assert [(e.type, e.actors) for e in by_type(found, EventType.INAUGURATION)] == [
        (EventType.INAUGURATION, ["Dario Velo"])
    ]


def test_the_dateline_source_is_no_event(extractor: EventExtractor) -> None:
    text = "Rom (Demo) - Dario Velo hat Clara Stein am Montag in Rom empfangen."
    assert [e.type for e in events(extractor, text)] == [EventType.MEETING, EventType.VISIT]


def test_the_reporting_clause_takes_no_date_or_place_of_the_speech(
    extractor: EventExtractor,
) -> None:
    text = "Man erwarte Velo im April in Moskau, sagte Brauer zum Auftakt des Gesprächs."
    meetings = by_type(events(extractor, text), EventType.MEETING)
    assert [(m.location, m.date_start) for m in meetings if m.trigger == "Gesprächs"] in (
        [],
        [(None, None)],
        [(None, date(2022, 3, 10))],
    )


def test_a_country_inside_a_titled_persons_name_is_no_place(
    shipped_extractor: EventExtractor,
) -> None:
    """ "ihr Vorsitzender Sudan Gurung": a person the lexicon does not know, whose first name
    is a country's; the sentence names no place."""
    text = "Die Proteste führte ihr Vorsitzender Sudan Gurung am Montag durch Kathmandu an."
    result = shipped_extractor.extract(text, date(2025, 9, 10))
    places = [s.value for s in result.spans if s.kind == "place"]
    assert "Sudan" not in places
    assert "Kathmandu" in places


def test_a_quoted_name_between_event_and_date_is_no_reported_speech(
    extractor: EventExtractor,
) -> None:
    """ "einem Bericht der „Zeit“ zufolge im Herbst": the quote marks set off a name; the
    date still belongs to the visit."""
    text = (
        'Dario Velo kommt einem Bericht der "Zeit" zufolge im Herbst zu einem Besuch nach Moskau.'
    )
    visits = by_type(events(extractor, text), EventType.VISIT)
    assert [(v.date_start, v.date_end) for v in visits] == [(date(2022, 9, 1), date(2022, 11, 30))]


def test_the_leaders_of_a_body_meeting_is_its_summit(shipped_extractor: EventExtractor) -> None:
    """ "treffen sich die Staats- und Regierungschefs der G20": a summit of the body, whoever
    the sentences around name; "weitere Staats- und Regierungschefs" informed by phone are
    no summit."""
    text = (
        "Am Montag treffen sich die Staats- und Regierungschefs der G20 in Rio de Janeiro. "
        "Wladimir Putin wird dort nicht erwartet.\n\n"
        "Olaf Scholz informierte Emmanuel Macron und weitere Staats- und Regierungschefs am "
        "Dienstag in einem Telefonat über die Lage."
    )
    found = events(shipped_extractor, text, date(2024, 11, 15))
    assert [(e.actors, e.location) for e in by_type(found, EventType.SUMMIT)] == [
        (["G20"], "Rio de Janeiro")
    ]
    assert by_type(found, EventType.MEETING) == []
    assert [sorted(e.actors) for e in by_type(found, EventType.CALL)] == [
        ["Emmanuel Macron", "Olaf Scholz"]
    ]


def test_further_protests_are_where_the_protests_before_were(extractor: EventExtractor) -> None:
    """ "zu weiteren Protesten": the same place as the protests told before, not the
    country the paragraph names last."""
    text = (
        "In Minsk demonstrierten am Samstag Tausende gegen Dario Velo.\n\n"
        "Velo reiste am Montag nach Russland. Für Sonntag riefen Aktivisten zu weiteren "
        "Protesten auf."
    )
    protests = by_type(events(extractor, text, date(2022, 3, 15)), EventType.PROTEST)
    assert [(p.location, p.status) for p in protests] == [
        ("Minsk", "occurred"),
        ("Minsk", "planned"),
    ]


def test_a_call_has_no_place(extractor: EventExtractor) -> None:
    """ "telefonierte ... und drängte auf Zurückhaltung in Minsk": a call happens between
    places; a place in its sentence says what it was about."""
    text = "Dario Velo telefonierte am Dienstag mit Anton Brauer über die Lage in Minsk."
    calls = by_type(events(extractor, text), EventType.CALL)
    assert [(c.location, c.date_start) for c in calls] == [(None, date(2022, 3, 8))]

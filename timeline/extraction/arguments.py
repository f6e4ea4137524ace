"""The argument stage: for a group of triggers in a segment, who took part, where and when.

Participants come from the segment's persons (speakers, persons named as left out, and those
beside an inauguration left out), read off the clause by `participants` (who is named with an
event noun, a pronoun subject, someone after a preposition), from what the segment refers back
to (`coreference`), or, for agreements without persons, the states named; the place from
`locations` (a vote where its candidates stand, a protest without one where the story was
filed from); the date from
`dating`; the status from `scope`; whether a summit noun tells a summit, a meeting of two
states or a summit told again, from `summits`. One group may give several drafts: one visit per
visiting delegation (and per destination), one protest per city, one meeting per partner, a
meeting abroad implies the guest's visit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import (
    agreements,
    coreference,
    dating,
    elections,
    leaders,
    legs,
    locations,
    mentions,
    offices,
    participants,
    scope,
    summits,
    visits,
)
from timeline.extraction import triggers as trg
from timeline.extraction.analysis import DETERMINERS
from timeline.extraction.article import Article
from timeline.extraction.lexicon import PlaceEntry
from timeline.extraction.locations import ARTICLE_HASHES
from timeline.extraction.records import (
    NEEDS_ACTOR,
    NEEDS_TWO,
    Draft,
    Person,
    Place,
    Segment,
    T,
    Trigger,
    draft_derive,
    unique,
)
from timeline.extraction.types import DateBasis, DateMention, Precision
from timeline.extraction.visits import implied_visits, visit_drafts

_LONGEST_STAY = timedelta(days=14)
# A person as the one gone to: "zu Macron", "zum französischen Präsidenten", "bei Xi".
_TO_A_PERSON = re.compile(
    r"\b(?:[Zz]u|[Zz]um|[Bb]ei|[Bb]eim)\s+(?:(?:der|dem|den|seinem|seiner|ihrem|ihrer)\s+)?"
    r"(?:[a-zäöüß]+[ea][nmrs]?\s+)?(?:[A-ZÄÖÜ][\w-]+\s+)?$"
    # "zu Gesprächen mit Lukaschenko", "zu einem Treffen mit X"
    r"|\b[Zz]u(?:m|r)?\s+(?:einem\s+|einer\s+)?(?:[a-zäöüß]+[en]\s+)?"
    r"(?:Gespräch\w*|Gesprch\w*|Treffen|Verhandlungen|Beratungen|Konsultationen)\s+mit\s+"
    r"(?:(?:der|dem|den)\s+)?(?:[a-zäöüß]+[ea][nmrs]?\s+)?(?:[A-ZÄÖÜ][\w-]+\s+)?$"
)
# "Zu der Zeremonie waren Delegationen angereist": the ceremony told before
_TO_THE_CEREMONY = re.compile(
    r"\bzu(?:r|m| der| dem| den)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:zeremonie|feier|feierlichkeiten|"
    r"beisetzung|trauerfeier|krönung|parade)\b",
    re.IGNORECASE,
)
_REPRESENTING = re.compile(r"vertreten$", re.IGNORECASE)
# The agent of a passive: "von Außenminister Lawrow", "vom russischen Außenminister", "durch"
_BY_AGENT = re.compile(r"\b(?:von|vom|durch)\b(?:\s+[\w.-]+){0,4}\s*$", re.IGNORECASE)
_COMPANION = re.compile(
    r"\b(?:in begleitung|begleitet von|zusammen mit|gemeinsam mit)\b[^,.;]{0,60}$", re.IGNORECASE
)


def drafts(
    article: Article,
    seg: Segment,
    group: list[Trigger],
    persons: list[Person],
    places: list[Place],
    previous: list[Draft],
    leg: tuple[int, int] | None = None,
) -> list[Draft]:
    """The events one group of triggers states, with who, where and when; `leg` bounds the
    clause to the words of one leg of a trip told in legs."""
    doc = article.doc
    told_again: list[Person] = []
    topic = False  # the event told again is what the sentence is about ("über das Treffen")
    background_vote = False  # a vote named beside another statement ("nach der Wahl")
    first = next((t for t in group if t.verbal), group[0])
    etype = first.type
    seg_triggers = article.seg_triggers(seg)
    representing = (
        next(
            (t for t in seg_triggers if t.verbal and t.attendance and _REPRESENTING.match(t.text)),
            None,
        )
        if etype in (T.VISIT, T.SUMMIT)
        else None
    )
    if representing is not None:
        # "Putin wird auf dem Gipfel von Lawrow vertreten": in that clause, who goes is the one
        # after "von", not the one represented
        r_lo, r_hi = article.clause(seg.start, seg.end, representing.token_i)
        lo, hi = article.toks.idx[r_lo], article.toks.end[r_hi - 1]
        persons = [
            p
            for p in persons
            if not (lo <= p.start_char < hi)
            or _BY_AGENT.search(article.text, max(seg.start_char, p.start_char - 45), p.start_char)
        ]
    if etype is T.VISIT and (
        any(
            (t.type is T.INAUGURATION and not t.verbal) or summits.travelled_to_summit(article, t)
            for t in seg_triggers
        )
        or (first.verbal and _TO_THE_CEREMONY.search(seg.text))
    ):
        # "reist zur Amtseinführung", "reist zu dem Gipfel": dated and placed by the occasion
        group = [replace(t, attendance=True) for t in group]
        first = next((t for t in group if t.verbal), group[0])
    if (
        etype in (T.INAUGURATION, T.SUMMIT)
        and not first.verbal
        and _attended(article, first, seg)
        and any(
            t.attendance or (t.type is T.VISIT and t.verbal and etype is T.INAUGURATION)
            for t in seg_triggers
        )
    ):
        # The ceremony others attend: its own event only with whose it is named after the
        # noun ("an der Amtseinführung von Lula teil"); the guests are no part of it.
        owners = [
            p
            for p in persons
            if p.start_char > first.end_char
            and _OWNER_BEFORE.search(article.text[first.end_char : p.start_char])
        ]
        if etype is T.SUMMIT:
            # the summit's participants are those who attend it; not those who stay away
            # ("nahm nicht am Gipfel teil", "entschied, nicht am Gipfel teilzunehmen")
            attended = True
            going = [t for t in seg_triggers if t.attendance and t.verbal]
            if going:
                g_start, g_end = article.clause(seg.start, seg.end, going[0].token_i)
                if scope.out_of_scope(article, seg, going, going[0], g_start, g_end):
                    persons = []
        elif not owners:
            return []
        else:
            persons = owners
            attended = True
    else:
        attended = False
        if etype is T.SUMMIT and not first.verbal and summits.stayed_away(article, seg, first):
            persons = []  # "beschloss, nicht zum NATO-Gipfel zu reisen"
        if etype is T.SUMMIT and summits.as_time_of_another(article, seg, first):
            return []  # "Vor dem Gipfel war Biden in London": the summit told before
    c_start, c_end = article.clause(seg.start, seg.end, first.token_i)
    if leg is not None:
        c_start, c_end = max(c_start, leg[0]), min(c_end, leg[1])
    if scope.out_of_scope(article, seg, group, first, c_start, c_end):
        return []
    if etype is T.ELECTION and elections.assembly_ballot(article, seg, first):
        return []
    if etype is T.AGREEMENT and agreements.told_again(article, seg, group, first, c_start, c_end):
        return []
    if etype is T.ELECTION and elections.told_again(article, seg, group, first, c_start, c_end):
        return []
    toks = article.toks
    clause_text = toks.span_text(c_start, c_end)
    congratulated = False
    actors = [p for p in persons if not p.speaker and not p.negated]
    if first.verbal:
        actors = scope.without_reporters(article, seg, actors, c_start, c_end)
    actors = scope.own_clause_people(article, seg, actors, c_start, c_end)
    if first.verbal and participants.pronoun_subject_alone(article, seg, actors, c_start, c_end):
        # "will er in Jerusalem mit Netanjahu zusammenkommen, am Dienstag reist er weiter
        # nach Ägypten": "er" is who the sentence is about, not whom he meets
        actors = []
    elif (
        etype is T.VISIT
        and first.verbal
        and (subject := participants.gapped_subject(article, seg, actors, c_start, c_end))
    ):
        actors = [subject]
    if etype is T.INAUGURATION:
        trigger_tokens = {t.token_i for t in group if not t.verbal}
        actors = offices.taking_office(
            article.text,
            first,
            actors,
            clause_text,
            (toks.idx[c_start], toks.end[c_end - 1]),
            lambda p: participants.after_preposition(doc, p, seg, trigger_tokens),
        )
        congratulated = elections.congratulated(article.text, seg.start_char, seg.end_char, first)
        if congratulated:
            # "Scholz gratulierte Meloni zum Amtsantritt": she took office, he congratulates
            at = elections.congratulation_start(article.text, seg.start_char, seg.end_char)
            actors = [p for p in actors if p.start_char > at]
    if etype in (T.AGREEMENT, T.INAUGURATION):
        lo, hi = toks.idx[c_start], toks.end[c_end - 1]
        in_clause = [p for p in actors if lo <= p.start_char < hi]
        if (
            not in_clause
            and etype is T.INAUGURATION
            and first.verbal
            and (subject := participants.gapped_subject(article, seg, actors, c_start, c_end))
        ):
            in_clause = [subject]  # "X gewann die Wahl und wurde am 10. Dezember vereidigt"
        if in_clause or etype is T.INAUGURATION:
            actors = in_clause
        else:
            actors = agreements.parties_referred_to(clause_text, actors, lo)
    after = first.token_i + 1
    if not first.verbal and after < c_end and toks.lower[after] == _ZWISCHEN:
        # "ein Telefonat zwischen X und Y": these two, whoever else the sentence names
        lo, hi = toks.idx[after], toks.end[c_end - 1]
        between = [p for p in actors if lo <= p.start_char < hi]
        if len(between) >= 2:
            actors = between
    # "treffen sich die Staats- und Regierungschefs der G20": the leaders of a body meet.
    collective = (
        etype is T.MEETING or (etype is T.CALL and bool(_VIDEO.search(clause_text)))
    ) and bool(_COLLECTIVE_LEADERS.search(clause_text))
    named = len([p for p in actors if p.kind != "organisation"])
    summit_again = (
        summits.told_again(article, seg, named, places, (c_start, c_end))
        if etype is T.MEETING
        and (
            (not first.verbal and _definite_before(doc, first.token_i, seg.start))
            # "Gastgeber Putin empfing Xi und Modi" right after the summit: its people
            or (first.verbal and named >= 3)
        )
        else None
    )
    if (
        etype is T.MEETING
        and (summit_again is not None or (trg.SUMMIT_CUES.search(seg.text) and named != 2))
        # "trafen sich am Rande des Gipfels": a meeting beside the summit, not the summit
        and not summits.AT_MARGIN.search(clause_text)
    ) or collective:
        etype = T.SUMMIT
    else:
        summit_again = None
    if (
        etype is T.SUMMIT
        and first.type is T.MEETING
        and any(
            t.type is T.SUMMIT
            and not t.verbal
            and t not in group
            and any(_place_after(article, t, places, pl.entry) for pl in places)
            for t in seg_triggers
        )
    ):
        # "Beim EU-Gipfel in Brüssel wollen die Staats- und Regierungschefs über Belarus
        # beraten": the summit noun tells it with its place
        return []
    if collective:
        lo, hi = toks.idx[c_start], toks.end[c_end - 1]
        actors = [p for p in actors if lo <= p.start_char < hi]
    if etype in (T.ELECTION, T.INAUGURATION):
        # "nach Schewardnadses Rücktritt", "nach dem Rückzug von Köhler": the one who left
        # office is no candidate and takes no office.
        actors = [p for p in actors if not offices.left_office(article.text, p)]
        if etype is T.INAUGURATION:
            actors = [p for p in actors if not offices.predecessor(article.text, p)]
    if etype is T.PROTEST:
        actors = [
            p
            for p in actors
            if p.kind == "unknown"
            and trg.PROTEST_LEADER_TITLE.search(p.title)
            and not leaders.suffered(article.text, p)
        ]
    elif etype is T.ELECTION:
        persons_only = [p for p in actors if p.kind != "organisation"]
        if persons_only:
            # the candidates; else the parties and bodies named stand ("die CDU gewann")
            actors = persons_only
        if elections.backgrounded(article.text, seg.start_char, seg.end_char, first):
            # "Nach der Wahl trafen sich X und Y": the vote's people are only its own
            actors = elections.owners(article.text, first, actors) or [
                p for p in actors if p.kind == "organisation"
            ]
            background_vote = True
    people = [p for p in actors if p.kind != "organisation"]
    told_before: Draft | None = None  # the event this statement tells more of
    if etype is T.VISIT and visits.accompanying(first):
        told_before = visits.trip_accompanied(article, seg, places, (c_start, c_end))
        if told_before is None:
            return []
        people = coreference.draft_people(told_before) + [
            p for p in people if p.name not in told_before.actors
        ]
    if (
        etype in NEEDS_TWO
        and not first.verbal
        and _TOPIC_BEFORE.search(article.text, max(0, first.start_char - 24), first.start_char)
    ):
        # "informierte Selenskyj über das Telefonat": the call told before is the topic
        before = coreference.told_again(article, seg, etype)
        if before:
            etype, told_again = before
            people = told_again
            topic = True
    elif etype in NEEDS_TWO:
        # "informierte Selenskyj in einem Telefonat über sein Treffen mit Putin": who is named
        # in the topic took no part in the call
        topics = [
            t
            for t in seg_triggers
            if t not in group
            and not t.verbal
            and _TOPIC_BEFORE.search(article.text, max(0, t.start_char - 24), t.start_char)
        ]
        people = [
            p
            for p in people
            if not any(0 <= p.start_char - t.end_char <= _TOPIC_REACH for t in topics)
        ]
        if first.verbal:
            # "Im Anschluss an das Gespräch mit Putin telefonierte Trump mit Selenskyj": who
            # is named with another event's noun took part in that one
            others = participants.named_with(
                article, [t for t in seg_triggers if t not in group and not t.verbal], people
            )
            kept = [p for p in people if p not in others]
            if len(kept) >= 2:
                people = kept
        elif verbs := [t for t in seg_triggers if t.verbal and t.type in NEEDS_TWO]:
            # "Nach einem Treffen mit Macron telefonierte Scholz mit Biden": the noun's people
            # are those named with it and the sentence's subject, not whom the verb names
            named_with = participants.named_with(article, [first], people)
            if named_with:
                verb_with = participants.named_with(
                    article, verbs, people, participants.VERB_WITH_PHRASE
                )
                people = named_with + [
                    p for p in people if p not in named_with and p not in verb_with
                ]
    if (
        etype is T.ELECTION
        and people
        and not collective
        and elections.winner_referred_to(clause_text)
    ):
        # "hatte er mit 30 Prozent vor Poroschenko gelegen": the one ahead is referred to
        refs = coreference.person_refs(article, seg, people, first.token_i)
        people += [r for r in refs[:1] if r.name not in {p.name for p in people}]
    if (
        etype not in (T.PROTEST, T.AGREEMENT, T.SUMMIT, T.ELECTION) or not (people or collective)
    ) and ((etype in NEEDS_TWO and len(people) < 2) or not people):
        before = (
            coreference.told_again(article, seg, etype)
            if not told_again
            and etype in NEEDS_TWO
            and not first.verbal
            and _definite_before(doc, first.token_i, seg.start)
            else None
        )
        if before:
            # "kritisierte Scholz das Treffen": the meeting told before, with its people
            etype, told_again = before
            people = told_again
        elif (
            etype is T.MEETING
            and not people
            and not first.verbal
            and _definite_before(doc, first.token_i, seg.start)
            and (summit := coreference.last_summit(article, seg)) is not None
        ):
            # "Der Gipfel ging am Sonntag zu Ende. Das zweitägige Treffen war ...": the summit
            etype = T.SUMMIT
            told_again = people = coreference.draft_people(summit)
        refs = coreference.person_refs(article, seg, people, first.token_i)
        if (
            (etype is T.ELECTION and not elections.winner_referred_to(clause_text))
            or etype is T.PROTEST
            or told_again
        ):
            refs = []
        for r in refs:
            if r.name not in {p.name for p in people}:
                people.append(r)
        if etype in NEEDS_TWO and len(people) < 2 and previous:
            for d in previous:
                for name in d.actors:
                    if name not in {p.name for p in people} and len(people) < 2:
                        people.append(Person(name, d.countries.get(name), 0, 0, "ref"))
        if etype in NEEDS_TWO and len(people) == 1 and not first.verbal and not told_again:
            # "Nach einem Treffen in Sotschi kündigte Putin an": with whom the sentence before
            # was about
            partner = coreference.partner_before(article, seg, people[0])
            if partner is not None:
                people.append(partner)
        if (
            not people
            and previous
            and not first.verbal
            and etype in NEEDS_ACTOR
            and _definite_before(doc, first.token_i, seg.start)
        ):
            for d in previous:
                for name in d.actors:
                    people.append(Person(name, d.countries.get(name), 0, 0, "ref"))
                break
        if not people and etype is T.VISIT and places and _ONWARD.search(clause_text):
            # "Weitere Station der Reise ist Riga": the trip under way goes on
            people = coreference.travellers_under_way(article, seg)
    if (
        etype is T.VISIT
        and first.verbal
        and people
        and (traveller := coreference.pronoun_traveller(article, seg, persons, c_start, c_end))
        and traveller.name not in {p.name for p in people}
    ):
        people.insert(0, traveller)
    if etype is T.MEETING and len(people) == 1:
        # "wurde im Kanzleramt empfangen": the guest's host is who holds the seat's office
        people += participants.seat_holders(
            article, places, people, toks.idx[c_start], toks.end[c_end - 1]
        )
    if etype in (T.SUMMIT, T.AGREEMENT, T.ELECTION) and not people:
        orgs = [p for p in actors if p.kind == "organisation"]
        people = orgs
    if etype is T.AGREEMENT and all(p.kind == "organisation" for p in people):
        # States are parties beside a body ("die USA ... hinter dem Rücken der EU mit
        # Großbritannien"): the countries named join the bodies named.
        seen: set[str] = {p.name for p in people}
        lo, hi = toks.idx[c_start], toks.end[c_end - 1]
        for pl in places:
            if not (lo <= pl.start_char < hi) and pl.form == "adjective":
                continue
            if pl.form == "demonym":
                continue  # "die Polen und die Litauer": peoples, no party to a treaty
            state = pl.entry if pl.entry.kind == "country" else _capital_as_state(article, pl)
            if state is not None and state.canonical not in seen:
                seen.add(state.canonical)
                people.append(
                    Person(state.canonical, state.country, pl.start_char, pl.end_char, "country")
                )
    encounter = None
    if etype is T.AGREEMENT:
        people = agreements.with_subject_referred_to(article, seg, people, first, clause_text)
        if not people:
            # "das deutsch-französische Abkommen": the states of the compound adjective
            people = agreements.compound_states(article, toks.idx[c_start], clause_text)
        encounter = agreements.encounter_before(article, seg, people)
        if encounter is not None and not people:
            # "Dabei wurden mehrere Abkommen unterzeichnet": by those who had just met
            people = coreference.draft_people(encounter)
        people = agreements.states_when_said(article, clause_text, people)
    two_states = summits.two_states_named_before(article, seg, first) if etype is T.SUMMIT else []
    if two_states and not summits.summit_as_frame(article, first, group, seg_triggers):
        # "das russisch-indische Gipfeltreffen": the summit of two states is their meeting
        etype = T.MEETING
        if not any(p.kind in ("person", "unknown", "ref") for p in people):
            people = two_states
    if (
        etype is T.SUMMIT
        and summit_again is None
        and summits.bilateral(people, actors, clause_text)
        and not summits.summit_as_frame(article, first, group, seg_triggers)
    ):
        # "bei ihrem ersten Gipfel in Panmunjom", "der russisch-indische Gipfel": two leaders
        # of two states meeting is a meeting (a summit is of several states or an alliance).
        etype = T.MEETING
    date_mention, basis = dating.date_for(article, seg, first, c_start, c_end, group, seg_triggers)
    status = scope.status(article, clause_text, first, date_mention, doc, c_start, seg)
    location = locations.event_location(article, etype, first, places, people, seg_triggers, seg)
    if location is None:
        location = locations.where_wo_stands_for(article, seg, c_start)
    if etype is T.INAUGURATION and congratulated:
        location = None  # where the congratulation was made
    if (
        background_vote
        and location is not None
        and location.kind != "country"
        and not _place_after(article, first, places, location)
    ):
        location = None  # "Vor der Wahl trafen sie sich in Paris": where they met
    if told_again and location is not None and not _place_after(article, first, places, location):
        location = None  # "In Berlin kritisierte X das Treffen": where X spoke, not met
    if (
        told_again
        and location is None
        and not _date_after(first, date_mention)
        and (topic or not _clause_time(toks.idx[c_start], first, date_mention))
        # "Das zweitägige Treffen": how long it lasted is new
        and not (etype is T.SUMMIT and article.duration(seg) > 1)
    ):
        return []  # the event told again, with nothing new about it
    if location is None and etype is not T.CALL and locations.there_adverbial(toks, c_start, c_end):
        # "Macron war in Berlin. Dort traf er Scholz": the place named last before
        location = mentions.place_before(article, seg)
    if location is None and etype is T.VISIT and _NEEDS_PLACE.match(first.text):
        return []  # "kehrte aus der Sommerpause zurück", "ein Abstecher in die Politik"
    if location is None and attended:
        # "reist zur Vereidigung von Lula nach Brasília": the ceremony is where guests go
        location = next((p.entry for p in places if p.prep == "nach" and p.form == "name"), None)
    if (
        etype is T.VISIT
        and location is not None
        and location.country
        and people
        and all(p.country == location.country for p in people)
    ):
        # Only hosts named ("traf er dort X"): the visitor is the one referred to.
        for r in coreference.person_refs(article, seg, people, first.token_i)[:1]:
            if r.country != location.country:
                people.insert(0, r)
    candidate_country = next(
        (p.country for p in people if p.country and p.kind != "organisation"), None
    )
    if etype is T.ELECTION and (
        location is None
        or (
            candidate_country
            and location.country != candidate_country
            and location.kind == "country"
        )
    ):
        # A vote is held where its candidates stand ("Israel hofft nach dem Wahlsieg von
        # Abbas": the Palestinian vote, not Israel).
        code = candidate_country or next((p.country for p in people if p.country), None)
        location = (article.index.country_place.get(code) if code else None) or location
    elif (
        etype is T.ELECTION
        and location is not None
        and location.kind == "city"
        and location.country
        and (_NATIONAL_VOTE.search(first.text) or _NATIONAL_VOTE.search(clause_text))
    ):
        # "die Präsidentenwahl ... in Minsk": a national vote is the country's
        location = article.index.country_place.get(location.country) or location
    if etype is T.ELECTION and location is None and not people and not background_vote:
        # "Am 18. Mai findet dort die Präsidentenwahl statt": the country the paragraph is about
        location = mentions.paragraph_country(article, seg)
    if (
        etype is T.ELECTION
        and location is None
        and people
        and all(p.kind == "organisation" for p in people)
    ):
        return []  # "Die OSZE bemängelte die Präsidentenwahl": whose vote is not said
    if location is None and etype is T.PROTEST:
        location = locations.protest_place(article, seg, clause_text, persons, date_mention)
    conf = (
        0.55
        + (0.1 if date_mention else 0)
        + (0.1 if location else 0)
        + (0.1 if first.verbal else 0)
        - (0.15 if seg.headline else 0)
    )
    base = Draft(etype, [], {}, location, date_mention, basis, status, seg, first, conf)
    dating.set_dates(article, base, date_mention, basis, seg)
    if etype is T.VISIT and (days := legs.stay(article, seg, group)):
        arrival, departure = days
        if (
            arrival.start is not None
            and departure.end is not None
            and arrival.start < departure.end <= arrival.start + _LONGEST_STAY
        ):
            base.mention, base.start, base.end = arrival, arrival.start, departure.end
            base.precision = Precision.RANGE
    if etype in (T.VISIT, T.SUMMIT):
        base.duration = article.duration(seg)
        base.closing = summits.closes_its_days(seg.text)
    if etype is T.MEETING and date_mention is None:
        # "Der Gipfel fand am Montag in Paris statt. Am Rande traf Macron Netanjahu"
        summit_again = summits.margin_of(article, seg, clause_text)
    if summit_again is not None and summit_again.mention is not None:
        told_before = summit_again
    if told_before is not None:
        coreference.take_time_and_place(base, told_before)
    drafts: list[Draft] = []
    if (
        etype is T.VISIT
        and location is None
        and first.verbal
        and article.finder.verb_forms.get(toks.orth[first.token_i]) == "sein"
    ):
        return []  # "war zuletzt im Juli 2010 ...": a visit only with the place it was to
    if etype is T.VISIT:
        drafts = []
        destinations = locations.destinations(article, places, location, first)
        countries = {dest.country for dest in destinations if dest is not None}
        for dest in destinations:
            # A person of one destination's country is its host, not a guest elsewhere.
            base.location = dest
            met = [
                p
                for p in people
                if len(destinations) == 1
                or p.country not in countries
                or (dest is not None and p.country == dest.country)
            ]
            drafts += visit_drafts(article, base, met, group, seg)
        base.location = location
        visiting = first.verbal and (
            article.finder.verb_forms.get(toks.orth[first.token_i]) == "besuchen"
        )
        # "reiste zu Macron nach Paris", "war bei Macron zu Gast": going to a person is
        # meeting them too.
        gone_to = {
            p.name
            for p in people
            if _TO_A_PERSON.search(article.text, max(0, p.start_char - 40), p.start_char)
        }
        if visiting or gone_to:
            # "besuchte in Kiew den Präsidenten Selenskyj": visiting a person is meeting them.
            # Who comes along ("in Begleitung von X") is not visited.
            along = {
                p.name
                for p in people
                if _COMPANION.search(article.text, max(0, p.start_char - 100), p.start_char)
            }
            for visit in list(drafts):
                hosts = [name for name in visit.actors if name not in along]
                if not visiting and (
                    not gone_to & set(hosts) or visit.precision is Precision.RANGE
                ):
                    continue  # on a trip of days, the day they meet is told apart
                if len(hosts) > 1:
                    meeting = draft_derive(visit, hosts, {n: visit.countries.get(n) for n in hosts})
                    meeting.type = T.MEETING
                    drafts.append(meeting)
    elif etype is T.PROTEST and location is not None:
        drafts = []
        spread = [pl for pl in places if pl.form == "name" and pl.prep in ("in", "und")]
        joined = _IN_A_AND_B.search(seg.text)
        if joined and len(spread) >= 2:
            for pl in spread:
                d = draft_derive(base, [], {})
                d.location = pl.entry
                drafts.append(d)
        else:
            drafts = [
                draft_derive(base, [p.name for p in people], {p.name: p.country for p in people})
            ]
    elif etype is T.MEETING and (
        pair := coreference.subject_with_objects(article, seg, people, first)
    ):
        subject, objects = pair
        drafts = [
            draft_derive(
                base,
                [subject.name, o.name],
                {subject.name: subject.country, o.name: o.country},
            )
            for o in objects
        ]
    elif etype is T.MEETING and (
        (pairs := participants.one_by_one(article, people, clause_text))
        or (pairs := participants.one_after_another(article, seg, people, first))
    ):
        drafts = [
            draft_derive(base, [a.name, b.name], {a.name: a.country, b.name: b.country})
            for a, b in pairs
        ]
    else:
        names = unique([p.name for p in people])
        drafts = [draft_derive(base, names, {p.name: p.country for p in people})]
    for d in drafts:
        d.candidates = [u for u, _ in article.unknowns if u.name in d.actors]
        if encounter is not None:
            agreements.take_over(article, d, encounter)
        if not d.actors and not d.mention and previous:
            pass
    # A meeting told right after a dated visit of the same people happened then (unless it is
    # told as a look back: "Dort hatte er ihn bereits empfangen").
    for d in drafts:
        if d.mention is None and d.basis is DateBasis.NONE and d.actors and d.type is T.MEETING:
            look_back = article.flashback(seg, d.trigger.token_i)
            for p in previous:
                if (
                    p.mention is not None
                    and set(p.actors) & set(d.actors)
                    and p.type is T.VISIT
                    and not (look_back and not article.flashback(p.segment, p.trigger.token_i))
                ):
                    d.mention, d.start, d.end = p.mention, p.start, p.end
                    d.precision = p.precision
                    d.basis = p.basis
                    d.inherited = True
                    if d.location is None and p.location is not None and d.type is T.MEETING:
                        d.location = p.location
                    break
    if etype in (T.MEETING, T.AGREEMENT):
        travellers = {p.name for p in people if p.kind in ("person", "unknown", "ref")}
        drafts += [v for d in drafts for v in implied_visits(d, travellers)]
    return drafts


def _attended(article: Article, noun: Trigger, seg: Segment) -> bool:
    """The ceremony noun is what someone goes to ("zur Vereidigung", "an der Zeremonie",
    "beim Gipfel"), not a time ("nach ihrer Vereidigung") or the possessor's own."""
    toks = article.toks
    j = noun.token_i - 1
    while j > seg.start and (
        toks.lower[j] in ARTICLE_HASHES or _INFLECTED_ADJECTIVE.fullmatch(toks.word(j))
    ):
        j -= 1
    return j < seg.start or toks.word(j).lower() not in _TIME_OR_OWNER


_OWNER_BEFORE = re.compile(r"^\s*(?:von|des|der)?\s*(?:[\w-]+\s+){0,3}$")
_TIME_OR_OWNER = (
    frozenset({"nach", "vor", "seit", "bis", "während"})
    | trg.POSSESSIVES
    | (trg.FEMININE_PRONOUNS - {"sie"})
)


def _capital_as_state(article: Article, place: Place) -> PlaceEntry | None:
    """A capital named as who acts stands for its state ("Moskau und Kiew einigten sich",
    "zwischen Berlin und Paris"); after "in", "nach" or "aus" it is a place."""
    entry = place.entry
    if not entry.capital or entry.country is None or place.form != "name":
        return None
    if place.prep not in _PARTY_BEFORE or _DATELINE_AFTER.match(article.text, place.end_char):
        return None  # "Minsk (dpa) -": where the report comes from
    return article.index.country_place.get(entry.country)


_DATELINE_AFTER = re.compile(r"\s*[(/–—-]")
_PARTY_BEFORE = frozenset({"", "und", "sowie", "mit", "zwischen", ","})


def _clause_time(clause_start: int, noun: Trigger, mention: DateMention | None) -> bool:
    """Whether the date opens the noun's clause, before it ("Am Dienstag folgten die
    Verhandlungen")."""
    return mention is not None and clause_start <= mention.start_char < noun.start_char


def _date_after(noun: Trigger, mention: DateMention | None) -> bool:
    """Whether the date is named right after the event noun ("das Gespräch am Freitag")."""
    return mention is not None and 0 <= mention.start_char - noun.end_char <= _NOUN_PLACE_GAP


def _place_after(article: Article, noun: Trigger, places: list[Place], entry: PlaceEntry) -> bool:
    """Whether `entry` is named in the event noun's phrase ("das Treffen in Sotschi", "nach
    dem Treffen auf einem Stützpunkt in Anchorage"): after it, no comma between, few words."""
    for p in places:
        if p.entry is not entry or p.start_char < noun.end_char:
            continue
        between = article.text[noun.end_char : p.start_char]
        if "," not in between and len(between.split()) <= _NOUN_PHRASE_WORDS:
            return True
    return False


_NOUN_PLACE_GAP = 16  # " am Freitag " and the like
_NOUN_PHRASE_WORDS = 6
_TOPIC_REACH = 30  # " mit Kremlchef Wladimir " and the like
_TOPIC_BEFORE = re.compile(
    r"\büber\s+(?:das|den|die|dem|sein\w*|ihr\w*)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


# a stop of a trip, or a trip going on: "Weitere Station ist Riga", "geht die Reise weiter"
_ONWARD = re.compile(r"station\b|etappen?\b|stopp\b|\bweiter\b", re.IGNORECASE)


# The leaders of a body as a whole ("die Staats- und Regierungschefs der G20"), not some of
# them ("weitere europäische Staats- und Regierungschefs").
_COLLECTIVE_LEADERS = re.compile(
    r"\b(?:die|den|der) (?:staats- und regierungschef|staats- oder regierungschef|staatschef|"
    r"regierungschef)(?:s|innen) (?:der|des|aus|von)\b",
    re.IGNORECASE,
)
_VIDEO = re.compile(r"video", re.IGNORECASE)

_NATIONAL_VOTE = re.compile(
    r"präsident|parlament|national|bundestag|duma|kongress|unterhaus|amtszeit|staatschef",
    re.IGNORECASE,
)

_IN_A_AND_B = re.compile(r"\bin \w+ und \w+")


# "vom scheidenden Ministerpräsidenten X", "mit dem japanischen Kaiser X"
_INFLECTED_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:en|em|er|es|e)")

_ZWISCHEN = hash_string("zwischen")
# Trip words that tell a visit only with the place they name ("kehrte aus Peking zurück").
_NEEDS_PLACE = re.compile(
    r"(?:abstecher|rück|heim|kehrt|zurückgekehrt|heimgekehrt|bereis)", re.IGNORECASE
)


def _definite_before(doc: Doc, i: int, seg_start: int) -> bool:
    j = i - 1
    while j >= seg_start and doc[j].text[:1].islower() and doc[j].lower_ not in DETERMINERS:
        j -= 1
    return j >= seg_start and doc[j].lower_ in {"der", "die", "das", "den", "dem", "des"}

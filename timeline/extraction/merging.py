"""The merging stage: the statements of one event within an article become one event.

Two drafts are the same event when their types are equal, their places and dates compatible
and their participants shared (a host meeting two partners is two meetings); the merged event
keeps the most specific date, the more precise place and every participant. After merging,
events take what the article says elsewhere: the vote's day for "am Wahlabend", the summit's
days for trips to its place, a duration told in another sentence; and what is no event of the
record (a meeting of one person) is dropped (`keep_draft`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from timeline.extraction import elections
from timeline.extraction.lexicon import PlaceEntry
from timeline.extraction.records import (
    NEEDS_ACTOR,
    NEEDS_TWO,
    PRECISION_RANK,
    Draft,
    T,
    draft_copy,
    unique,
)
from timeline.extraction.types import DateBasis, Precision, Status


def _place_compatible(a: PlaceEntry | None, b: PlaceEntry | None) -> bool:
    if a is None or b is None or a.canonical == b.canonical:
        return True
    if a.kind == "country" and b.kind != "country":
        return a.country == b.country
    if b.kind == "country" and a.kind != "country":
        return a.country == b.country
    # A region and a place of its country ("Alaska", "Anchorage"): the lexicon knows no
    # finer nesting, and a region is where its cities are.
    if "region" in (a.kind, b.kind):
        return a.country is not None and a.country == b.country
    return False


def _dates_compatible(a: Draft, b: Draft) -> bool:
    if a.start is None or b.start is None:
        return True
    assert a.end is not None and b.end is not None
    if a.basis is DateBasis.PUBLICATION and b.basis is DateBasis.PUBLICATION:
        return True
    if a.segment.headline != b.segment.headline:
        head, body = (a, b) if a.segment.headline else (b, a)
        if (
            head.basis is DateBasis.PUBLICATION
            and body.status is Status.PLANNED
            and body.start is not None
            and head.start is not None
            and body.start >= head.start
        ):
            # "Putin besucht Belarus" over "will am 31. Mai nach Minsk reisen": the
            # headline's present tells the plan
            return True
        # a headline tells the story's event by the day it is reported ("20.12. - Demos in
        # Minsk" over "gestern Abend gingen ... auf die Straße")
        return a.start - _THESE_DAYS <= b.end and b.start - _THESE_DAYS <= a.end
    if DateBasis.PUBLICATION in (a.basis, b.basis):
        now, other = (a, b) if a.basis is DateBasis.PUBLICATION else (b, a)
        if not now.trigger.verbal:
            return True  # a noun dated by publication ("Wahlsieg") may name an earlier event
        # Told as happening now ("ist eingetroffen"): the same event as one dated within a
        # week of publication ("am Freitag"), not as one told months before ("im Mai").
        assert now.start is not None and other.start is not None and other.end is not None
        return other.start - _THESE_DAYS <= now.start <= other.end + _THESE_DAYS
    if a.type is T.VISIT and a.location is not None and a.location == b.location:
        # "war schon am Dienstagabend in Berlin eingetroffen" ... "am Mittwoch in Berlin":
        # the arrival the day before is part of the visit.
        return _days_meet(a, b)
    return a.start <= b.end and b.start <= a.end


_THESE_DAYS = timedelta(days=7)


def _same_pair_same_day(a: Draft, b: Draft) -> bool:
    """The same two people meeting on the same day in one country meet once: the city and a
    venue in it ("in der Hauptstadt", "in Schloss Bellevue") name one place."""
    return (
        a.type is T.MEETING
        and len(a.actors) == 2
        and set(a.actors) == set(b.actors)
        and a.start is not None
        and a.start == b.start == a.end == b.end
        and a.location is not None
        and b.location is not None
        and a.location.country is not None
        and a.location.country == b.location.country
    )


def _same_event(a: Draft, b: Draft) -> bool:
    if a.type is not b.type:
        return False
    if (
        a.type in (T.MEETING, T.CALL)
        and len(a.actors) == 2
        and len(b.actors) == 2
        and len(set(a.actors) & set(b.actors)) == 1
    ):
        return False  # one host, two partners: two meetings or calls
    if not _dates_compatible(a, b):
        return False
    if not _place_compatible(a.location, b.location) and not _same_pair_same_day(a, b):
        return False
    if a.status is not b.status and (a.start is None) != (b.start is None):
        # An undated plan ("Kim will Putin treffen") is not a meeting told with its own
        # date as past ("zuletzt im April 2019").
        # ("Das Telefonat wurde seit Monaten erwartet", a noun, tells of the call again.)
        done, plan = (a, b) if a.status is Status.OCCURRED else (b, a)
        if (
            plan.trigger.verbal
            and done.start is not None
            and done.basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        ):
            return False
    if a.type is T.PROTEST:
        if a.location is None or b.location is None or a.location == b.location:
            return True
        # "Demonstranten zogen durch Belgrad", undated, after protests in Serbia that day
        undated = a.start is None or b.start is None
        kinds = {a.location.kind, b.location.kind}
        return undated and "country" in kinds and a.location.country == b.location.country
    if a.type is T.SUMMIT:
        # One summit per place and time: its statements name different participants
        # ("Lee reist nicht zum Gipfel", "Albanese beim Gipfel vertreten").
        return True
    if a.type is T.ELECTION and elections.different_rounds(a, b):
        return False  # "In der ersten Wahlrunde hatte X ...": not the run-off told again
    if a.type is T.ELECTION and (a.start is None or b.start is None):
        # An undated statement of a vote in the same place tells the dated one again
        # ("Amtsinhaber X durfte nicht zur Wiederwahl antreten").
        return True
    if a.actors and b.actors:
        return bool(set(a.actors) & set(b.actors)) or (a.type is T.AGREEMENT and _same_states(a, b))
    return True


def _same_states(a: Draft, b: Draft) -> bool:
    """ "Russland und Belarus unterzeichnen Vertrag" (the headline) and "Putin und Lukaschenko
    unterzeichneten den Vertrag" (the body): a headline names the parties' states."""
    if not (a.segment.headline or b.segment.headline):
        return False
    states_a = {a.countries.get(name) for name in a.actors} - {None}
    states_b = {b.countries.get(name) for name in b.actors} - {None}
    return (
        len(states_a) >= 2 and len(states_b) >= 2 and (states_a <= states_b or states_b <= states_a)
    )


def _specificity(d: Draft) -> tuple[int, int, int, int]:
    basis_rank = {
        DateBasis.EXPLICIT: 3,
        DateBasis.RELATIVE: 3,
        DateBasis.PUBLICATION: 1,
        DateBasis.NONE: 0,
        DateBasis.EDITOR: 4,
    }[d.basis]
    if d.inherited:
        basis_rank = 2
    return (
        basis_rank * 10 + PRECISION_RANK.get(d.precision, 0),
        0 if d.segment.headline else 1,
        len(d.actors),
        1 if d.location else 0,
    )


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Statements of the same event within one article become one event."""
    _date_election_evenings(drafts)
    _talks_on_the_phone(drafts)
    drafts = _departures_end_visits(drafts)
    merged: list[Draft] = []
    for d in drafts:
        target = next((m for m in merged if _same_event(m, d)), None)
        if target is None:
            merged.append(d)
            continue
        better, worse = (d, target) if _specificity(d) > _specificity(target) else (target, d)
        result = draft_copy(better)
        result.actors = unique(better.actors + worse.actors)
        result.countries = {**worse.countries, **better.countries}
        if result.location is None or (
            worse.location is not None
            and result.location.kind == "country"
            and worse.location.kind != "country"
            # a vote is the country's; "nach seiner Stimmabgabe in Minsk" is a polling station
            and result.type is not T.ELECTION
        ):
            result.location = worse.location
        if (
            result.segment.headline
            and not worse.segment.headline
            and _specificity(worse)[0] == _specificity(better)[0]
        ):
            result.segment = worse.segment
        if (
            better.status is Status.PLANNED
            and worse.status is Status.OCCURRED
            and better.mention is None
        ):
            result.status = Status.OCCURRED
        result.candidates = better.candidates + [
            c for c in worse.candidates if c not in better.candidates
        ]
        _widen_to_range(result, worse)
        result.confidence = min(0.95, max(better.confidence, worse.confidence) + 0.05)
        result.duration = max(better.duration, worse.duration)
        result.closing = better.closing
        result.told_in = [
            *better.told_in,
            *worse.told_in,
            *(seg for seg in (better.segment, worse.segment) if seg is not result.segment),
        ]
        merged[merged.index(target)] = result
    for d in merged:
        _apply_duration(d)
    _borrow_ceremony_dates(merged)
    _date_attended_summits(merged)
    _summit_participants(merged)
    _borrow_same_ceremony(merged)
    _borrow_visit_dates(merged)
    _hosts_met(merged)
    return merged


def _hosts_met(merged: list[Draft]) -> None:
    """The visit of one who meets a host of the visited country during it names that host
    ("Merkel reist nach Südafrika" ... "traf am Donnerstag Präsident Ramaphosa")."""
    for v in merged:
        if v.type is not T.VISIT or v.location is None or v.location.country is None:
            continue
        country = v.location.country
        for m in merged:
            if (
                m.type is not T.MEETING
                or m.status is not v.status
                or not set(m.actors) & set(v.actors)
                or (m.location is not None and m.location.country != country)
                or not _days_meet(m, v)
            ):
                continue
            for name in m.actors:
                if name not in v.actors and m.countries.get(name) == country:
                    v.actors = [*v.actors, name]
                    v.countries = {**v.countries, name: country}


def _borrow_visit_dates(merged: list[Draft]) -> None:
    """A meeting or signing the article tells without a date, in a place of the country of a
    dated visit of one of its participants, happened during that visit: it takes the visit's
    days ("Zuvor war Starmer von Steinmeier im Schloss Bellevue empfangen worden", "Schröder
    trifft in Mexiko-Stadt mit Fox zusammen")."""
    visits = [d for d in merged if d.type is T.VISIT and d.start is not None and d.actors]
    for d in merged:
        if d.type not in _DURING_A_VISIT or d.start is not None or d.basis is not DateBasis.NONE:
            continue
        if d.location is None:
            continue  # where it was is not said: not known to be during the visit
        visit = next(
            (
                v
                for v in visits
                if set(v.actors) & set(d.actors)
                and v.status is d.status
                and _place_within(d.location, v.location)
            ),
            None,
        )
        if visit is not None:
            d.start, d.end, d.precision = visit.start, visit.end, visit.precision
            d.basis = visit.basis
            d.inherited = True


_DURING_A_VISIT = frozenset({T.MEETING, T.AGREEMENT})


def _place_within(inner: PlaceEntry | None, outer: PlaceEntry | None) -> bool:
    """Whether a place lies in the country of another (or either is unknown): the lexicon
    knows no finer nesting ("Schloss Bellevue" during a visit to Berlin)."""
    if inner is None or outer is None or inner.canonical == outer.canonical:
        return True
    return inner.country is not None and inner.country == outer.country


_ELECTION_EVENING = re.compile(r"wahl(?:abend|tag|sonntag)\b", re.IGNORECASE)


def _date_election_evenings(drafts: list[Draft]) -> None:
    """Events dated "am Wahlabend" take the day of the vote the article dates elsewhere."""
    evening = [
        d for d in drafts if d.mention is not None and _ELECTION_EVENING.search(d.mention.text)
    ]
    if not evening:
        return
    vote = next(
        (
            d
            for d in drafts
            if d.type is T.ELECTION
            and d.precision is Precision.DAY
            and d.mention is not None
            and not _ELECTION_EVENING.search(d.mention.text)
        ),
        None,
    )
    if vote is None:
        return
    for d in evening:
        d.start, d.end, d.precision = vote.start, vote.end, Precision.DAY


_TALK_NOUNS = frozenset({"gespräch", "gespräche", "gesprächs", "gesprächen", "unterredung"})


def _talks_on_the_phone(drafts: list[Draft]) -> None:
    """ "Das Gespräch sei lang gewesen" after a call of the same two people: the call told
    again, not a meeting ("Gespräch" names phone talks as well), unless a place says where.
    And talks in the sentence of a call ("haben per Videoschalte beraten") are that call."""
    calls = [d for d in drafts if d.type is T.CALL and len(d.actors) >= 2]
    if not calls:
        return
    for d in drafts:
        if d.type is not T.MEETING:
            continue
        same_people = [c for c in calls if set(d.actors) <= set(c.actors)]
        told_again = (
            not d.trigger.verbal
            and d.location is None
            and d.trigger.text.lower() in _TALK_NOUNS
            # the call's own day, or none: "am Montag zu Gesprächen reisen" is other talks
            and any(
                d.start is None or d.start == c.start or d.basis is DateBasis.PUBLICATION
                for c in same_people
            )
        )
        # "haben per Videoschalte beraten": the verb of talks, the call says how
        by_call = d.trigger.verbal and any(c.segment is d.segment for c in same_people)
        if told_again or by_call:
            d.type = T.CALL


_SAME_CEREMONY = re.compile(
    r"(?:(?:kurz|unmittelbar|direkt|noch|schon)\s+)?(?:vor|nach|neben|mit|wie)\s+([A-ZÄÖÜ][\w-]+)\b",
    re.IGNORECASE,
)


def _borrow_same_ceremony(merged: list[Draft]) -> None:
    """ "Vor Trump war bereits Pence vereidigt worden": an undated swearing-in told beside
    another person's dated one is the same ceremony's."""
    for d in merged:
        if d.type is not T.INAUGURATION or d.start is not None:
            continue
        opening = next(
            (
                m
                for seg in (d.segment, *d.told_in)
                if (m := _SAME_CEREMONY.match(seg.text.lstrip())) and m.group(1)[:1].isupper()
            ),
            None,
        )
        if opening is None:
            continue
        name = opening.group(1).lower()
        other = next(
            (
                o
                for o in merged
                if o is not d
                and o.type is T.INAUGURATION
                and o.start is not None
                and any(a.split()[-1].lower() == name for a in o.actors)
            ),
            None,
        )
        if other is not None:
            d.start, d.end, d.precision = other.start, other.end, other.precision
            d.basis = other.basis


def _apply_duration(d: Draft) -> None:
    """A day-dated event said elsewhere to have lasted n days: the range, ending on the day
    when the date phrase dates its close."""
    if d.duration <= 1 or d.precision is not Precision.DAY or d.start is None:
        return
    if d.closing:
        d.start = d.start - timedelta(days=d.duration - 1)
    else:
        d.end = d.start + timedelta(days=d.duration - 1)
    d.precision = Precision.RANGE


def _borrow_ceremony_dates(merged: list[Draft]) -> None:
    """Undated trips to a summit's place, and deals "am Rande des Gipfels", take the
    summit's dates."""
    summits = [d for d in merged if d.type is T.SUMMIT and d.start is not None]
    if not summits:
        return
    for d in merged:
        if d.start is not None or d.basis is not DateBasis.NONE or d.type is T.SUMMIT:
            continue
        for s in summits:
            same_place = (
                d.type is T.VISIT
                and d.location is not None
                and s.location is not None
                and d.location.canonical == s.location.canonical
            )
            margin = d.type in (T.AGREEMENT, T.MEETING) and bool(_AT_SUMMIT.search(d.segment.text))
            if same_place or margin:
                d.start, d.end, d.precision = s.start, s.end, s.precision
                d.basis = s.basis
                if d.location is None:
                    d.location = s.location
                break


def _date_attended_summits(merged: list[Draft]) -> None:
    """An undated summit that a dated visit of the same sentence arrives at ("ist zum
    Überraschungsbesuch beim G7-Gipfel eingetroffen") is held on that day."""
    for d in merged:
        if d.type is not T.SUMMIT or d.start is not None or d.basis is not DateBasis.NONE:
            continue
        visit = next(
            (
                v
                for v in merged
                if v.type is T.VISIT
                and v.start is not None
                and v.trigger.verbal
                and d.segment is v.segment
                and _AT_SUMMIT.search(v.segment.text)
            ),
            None,
        )
        if visit is not None:
            d.start, d.end, d.precision, d.basis = (
                visit.start,
                visit.end,
                visit.precision,
                visit.basis,
            )


_AT_SUMMIT = re.compile(
    r"\b(?:am rande|während|bei|beim|auf)\b(?:\s+\w+){0,2}\s+[\w-]*gipfel", re.IGNORECASE
)


def _summit_participants(merged: list[Draft]) -> None:
    """Who travels to the summit's city or meets there while it is held takes part in it
    ("Merkel und Obama sprechen in Hangzhou einzeln mit Putin" at the G20 summit there)."""
    for d in merged:
        if d.type is not T.SUMMIT or d.location is None:
            continue
        for v in merged:
            if (
                v.type in (T.VISIT, T.MEETING)
                and v.location is not None
                and v.location.canonical == d.location.canonical
                and v.status is d.status
                and _days_meet(d, v)
            ):
                for name in v.actors:
                    if name not in d.actors:
                        d.actors.append(name)
                        d.countries.setdefault(name, v.countries.get(name))


def _days_meet(a: Draft, b: Draft) -> bool:
    """Both dated and their days overlap (a day's slack for arrivals)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    slack = timedelta(days=1)
    return a.start - slack <= b.end and b.start - slack <= a.end


def _widen_to_range(result: Draft, other: Draft) -> None:
    """A visit or summit told as a day and as the days it lasted ("traf am Montag ein" ...
    "reist am Mittwoch ab"): the day is part of it, and the days together are the event."""
    if (
        result.type is T.VISIT
        and result.start is not None
        and result.end is not None
        and other.start is not None
        and other.end is not None
        and (other.start > result.end or result.start > other.end)
        and _days_meet(result, other)
        # a noun dated only by the publication ("war es die erste Reise") may name the
        # visit told before, not a day of it
        and not any(
            d.basis is DateBasis.PUBLICATION and not d.trigger.verbal for d in (result, other)
        )
    ):
        # The arrival the evening before and the day of the visit: the days together.
        result.start, result.end = min(result.start, other.start), max(result.end, other.end)
        result.precision = Precision.RANGE
        return
    if (
        result.type not in (T.VISIT, T.SUMMIT)
        or other.precision is not Precision.RANGE
        or result.precision not in (Precision.DAY, Precision.RANGE)
        or result.start is None
        or result.end is None
        or other.start is None
        or other.end is None
        or other.start > result.end
        or result.start > other.end
    ):
        return
    result.start, result.end = min(result.start, other.start), max(result.end, other.end)
    result.precision = Precision.RANGE


def _departures_end_visits(drafts: list[Draft]) -> list[Draft]:
    """A departure that names no destination ("Am Mittwoch will Xi wieder abreisen") ends the
    traveller's visit told before, if it is a few days later: the visit lasts until then."""
    ended: set[int] = set()
    for n, d in enumerate(drafts):
        if d.type is not T.VISIT or d.location is not None or d.start is None or not d.actors:
            continue
        if not _DEPARTURE.search(d.trigger.text) and not (
            d.trigger.verbal and _LEFT_AGAIN.search(d.segment.text)
        ):
            continue
        trip = [
            v
            for v in drafts[:n]
            if v.type is T.VISIT
            and v.location is not None
            and v.actors[:1] == d.actors[:1]
            and v.start is not None
            and v.end is not None
            and v.start <= d.start <= v.start + _LONGEST_VISIT
        ]
        if not trip:
            continue
        # every statement of the stay at the last place told ("eingetroffen", "unterzeichnete")
        place = trip[-1].location
        for visit in trip:
            if visit.location is place and visit.end is not None and d.start > visit.end:
                visit.end = d.start
                visit.precision = Precision.RANGE
        ended.add(n)
    return [d for n, d in enumerate(drafts) if n not in ended]


_DEPARTURE = re.compile(r"^(?:abreis|abgereist|abzureisen|abflug|abgeflogen)", re.IGNORECASE)
# "reiste am Mittwoch wieder ab": the verb's particle closes the clause
_LEFT_AGAIN = re.compile(r"\b(?:reist\w*|flog|fliegt|fliegen)\b[^.;,]*\bwieder ab\b", re.IGNORECASE)
_LONGEST_VISIT = timedelta(days=14)


def keep_draft(d: Draft) -> bool:
    if d.type in NEEDS_TWO and len(d.actors) < 2:
        return False
    if d.type in NEEDS_ACTOR and not d.actors:
        return False
    if d.type is T.ELECTION and not d.actors and d.location is None:
        return False
    if d.type is T.SUMMIT and not d.actors and d.location is None:
        return False
    if d.type is T.AGREEMENT and not d.actors:
        return False
    return not (d.type is T.PROTEST and d.location is None and not d.actors)

"""The date stage: when the event of a trigger group happened.

A date relative to another event (`anchoring`), else the date phrase of the trigger's clause,
else of its segment outside reporting clauses; never a phrase that dates something else (a
relative clause about another noun, "erster Besuch seit 2017", the day a vote was called, a
date beyond a quote). Two adjacent day phrases ("am Montag und Dienstag") are one range.
Without a phrase: protests "seit" a day run to publication, events told as happening now are
on the publication day, a clock time alone is on the day the story is at.
"""

from __future__ import annotations

import bisect
import re
from datetime import timedelta

from timeline.extraction import agreements, anchoring, elections, scope
from timeline.extraction import triggers as trg
from timeline.extraction.analysis import clause_window
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Segment, T, Trigger
from timeline.extraction.types import DateBasis, DateMention, Precision, Status

# What may stand between an event noun and its own date: its attributes ("von Orbans
# Fidesz-Partei", "in Genua"), no verb.
_NOUN_ATTRIBUTE = re.compile(
    r"\s*(?:(?:von|vom|des|der|dem|den|in|im|zum|zur|über|mit)\s+|[A-ZÄÖÜ][\w.'-]*\s+){0,5}"
)
_NOUN_ATTRIBUTE_REACH = 40
# A noun phrase that frames another statement in time: "bei seinem Besuch", "während des
# Gipfels", "am Rande des Treffens", "im Rahmen ihrer Reise".
_FRAME_BEFORE = re.compile(
    r"\b(?:bei|beim|während|am rande|im rahmen)\s+(?:(?:de[rsmn]|die|das|eine[mnrs]?|seine[mnrs]?|"
    r"ihre[mnrs]?|dessen|deren)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def date_for(
    article: Article,
    seg: Segment,
    trigger: Trigger,
    c_start: int,
    c_end: int,
    group: list[Trigger],
    seg_triggers: list[Trigger],
) -> tuple[DateMention | None, DateBasis]:
    toks = article.toks
    in_seg = article.dates[
        bisect.bisect_left(article.date_starts, seg.start_char) : bisect.bisect_left(
            article.date_starts, seg.end_char
        )
    ]
    anchored = anchoring.anchored_date(article, seg, trigger, in_seg)
    if anchored is not None:
        return anchored, DateBasis.RELATIVE
    if not in_seg:
        return None, DateBasis.NONE
    mine = {t.start_char for t in group}

    def nearest_trigger(m: DateMention) -> Trigger | None:
        return min(seg_triggers, key=lambda t: abs(t.start_char - m.start_char), default=None)

    called_vote = trigger.type is T.ELECTION and bool(
        _CALLED_VOTE.search(article.text, seg.start_char, seg.end_char)
    )

    clause_lo = toks.idx[c_start]
    clause_hi = toks.end[c_end - 1] if c_end > c_start else clause_lo
    own_clause = toks.span_text(c_start, c_end)
    reporting_clause = bool(article.search(trg.REPORTING_CUE, seg, own_clause))
    planned_clause = bool(trg.PLANNED_CUES.search(own_clause))

    background_vote = (
        elections.backgrounded(article.text, seg.start_char, seg.end_char, trigger)
        or elections.congratulated(article.text, seg.start_char, seg.end_char, trigger)
        or agreements.anniversary(article.text, seg.start_char, trigger)
    )

    def belongs(m: DateMention) -> bool:
        if background_vote and not elections.own_date(article.text, trigger.end_char, m.start_char):
            return False  # "Nach der Wahl sagte er am Montag": the saying's day
        if called_vote and not _TARGET_DAY.search(
            article.text, max(seg.start_char, m.start_char - 12), m.start_char
        ):
            # "hatte die Wahl Ende Mai ausgerufen": the day of the call; but "für den
            # 23. Juli angesetzt" is the vote's
            return False
        if reporting_clause and not (clause_lo <= m.start_char < clause_hi):
            return False  # "..., sagte Putin zum Auftakt des Gesprächs": the speech's time
        near = nearest_trigger(m)
        if (
            near is not None
            and near.start_char not in mine
            and near.type is not trigger.type
            and not near.verbal
            and 0 <= m.start_char - near.end_char <= _NOUN_ATTRIBUTE_REACH
            and _NOUN_ATTRIBUTE.fullmatch(article.text, near.end_char, m.start_char)
            # "bei dessen Moskau-Besuch am Dienstag erzielt": what happens during the other
            # event happens on its day (not what is announced there: "kündigte eine Reise an")
            and not (
                not planned_clause
                and _FRAME_BEFORE.search(
                    article.text, max(seg.start_char, near.start_char - 40), near.start_char
                )
            )
        ):
            # "Amtsantritt im Dezember", "Parlamentswahl vom 26. Oktober", "seit dem Wahlsieg
            # von Orbans Partei am 8. April": the other noun's date
            return False
        if (
            m.start_char > trigger.end_char
            and (
                m.text[:4].lower() == "seit"
                or _SINCE.search(article.text[trigger.end_char : m.start_char])
            )
            and _FIRST_SINCE.search(
                article.text, max(seg.start_char, trigger.start_char - 40), m.start_char
            )
        ):
            return False  # "sein erster Besuch seit 2017": the time before, not the visit
        if _BOUNDARY.match(m.text) and (
            _COMPARED_ANYWHERE.search(seg.text)
            or _ORDINAL_BEFORE.search(
                article.text, max(seg.start_char, m.start_char - 90), m.start_char
            )
        ):
            # "Erstmals seit 2015 besuchte er", "der erste Besuch nach 1996", "das beste
            # Ergebnis, das seit 1958 je erzielt wurde": the time compared with
            return False
        if (
            not trigger.verbal
            and _AFTER_RETURN.search(
                article.text, max(seg.start_char, trigger.start_char - 30), trigger.end_char
            )
            and not _RETURN_ATTRIBUTE.fullmatch(article.text, trigger.end_char, m.start_char)
        ):
            return False  # "Nach seiner Rückkehr aus Washington berichtete er am Dienstag"
        if (
            not trigger.verbal
            and m.start_char > trigger.end_char
            and _TOLD_ABOUT_HEAD.search(
                article.text, max(seg.start_char, trigger.start_char - 40), trigger.start_char
            )
        ):
            return False  # "Die Ankündigung des Besuchs in der vergangenen Woche": the telling's
        if _in_phrase_about_another_thing(article.text, m, mine, clause_lo, trigger.type):
            return False  # "trotz seines Beinbruchs vor sechs Wochen"
        if _participial_attribute(article.text, m, mine):
            return False  # "die 2015 gegründete NGO", "der am Sonntag gewählte Präsident"
        if m.start_char >= clause_hi and _dates_later_clause_event(article, seg, mine, m):
            return False  # "nahm am G7-Gipfel teil, am Montag am Nato-Gipfel": the later one's
        lo, hi = sorted((m.start_char, trigger.start_char))
        quote_marks = [q.start() for q in _QUOTES.finditer(article.text, lo, hi)]
        quotes = len(quote_marks)
        if (
            quotes
            and not _quoted_noun(article.text, trigger, m, quotes)
            and not _quoted_names(quote_marks)
        ):
            return False
        # A relative clause about another noun: "..., die am 15. Juli ... gemacht haben".
        head = article.text[seg.start_char : m.start_char]
        comma = head.rfind(",")
        if comma >= 0 and dates_other_event(article, seg, trigger, mine, comma, m):
            return False
        if comma >= 0 and m.start_char > trigger.end_char:
            rel = _RELATIVE.match(head[comma + 1 :])
            gap = seg.start_char + comma - trigger.end_char
            gap_text = article.text[trigger.end_char : seg.start_char + comma]
            if rel and gap > 3 and not _PLACE_TAIL.fullmatch(gap_text):
                return False
        return True

    in_seg = [m for m in in_seg if belongs(m)]
    clause_lo = toks.idx[c_start]
    clause_hi = toks.end[c_end - 1] if c_end > c_start else clause_lo
    chosen: DateMention | None = None
    if in_seg:
        days_in_clause = any(
            m.precision in (Precision.DAY, Precision.RANGE)
            and clause_lo <= m.start_char < clause_hi
            for m in in_seg
        )

        def score(m: DateMention) -> float:
            same = clause_lo <= m.start_char < clause_hi
            ctx = clause_window(seg.text, m.start_char - seg.start_char)
            reporting = bool(article.search(trg.REPORTING_CUE, seg, ctx)) and not same
            return (
                (0 if same else 100)
                + (1000 if reporting else 0)
                # a day of its own before the bound of a span ("seit 2015 ... am Montag")
                + (50 if _BOUNDARY.match(m.text) else 0)
                + (0.5 if m.precision is Precision.YEAR and days_in_clause else 0)
                + abs(m.start_char - trigger.start_char) / 100
            )

        scores = [score(m) for m in in_seg]
        order = sorted(range(len(in_seg)), key=scores.__getitem__)
        best = in_seg[order[0]]
        if scores[order[0]] < 1000:
            chosen = _narrowed(_join_pair(best, in_seg, seg.text, seg.start_char), in_seg, article)
    if chosen is not None and chosen.start is None and chosen.precision is not Precision.UNKNOWN:
        chosen = None
    if chosen is not None:
        basis = DateBasis.RELATIVE if chosen.relative else DateBasis.EXPLICIT
        return chosen, basis
    return None, DateBasis.NONE


def _narrowed(chosen: DateMention, mentions: list[DateMention], article: Article) -> DateMention:
    """ "nächste Woche am Donnerstag", "im Mai, am 3.": a finer date right beside the chosen
    one and inside its span says which day of it."""
    if chosen.start is None or chosen.end is None:
        return chosen
    for m in mentions:
        if m is chosen or m.start is None or m.end is None:
            continue
        if chosen.start_char < m.end_char and m.start_char < chosen.end_char:
            continue  # a part of the chosen phrase ("am 9. April" of "vom 9. April bis ...")
        first, second = sorted((chosen, m), key=lambda d: d.start_char)
        gap = article.text[first.end_char : second.start_char]
        if len(gap) > 3 or gap.strip(" ,"):
            continue
        if (
            chosen.start <= m.start
            and m.end <= chosen.end
            and m.end - m.start < chosen.end - chosen.start
        ):
            return m
    return chosen


def _dates_later_clause_event(
    article: Article, seg: Segment, mine: set[int], m: DateMention
) -> bool:
    """Whether date `m`, in a clause after the trigger's, has an event word of its own there."""
    toks = article.toks
    i = bisect.bisect_right(toks.idx, m.start_char, seg.start, seg.end) - 1
    lo, hi = article.clause(seg.start, seg.end, max(i, seg.start))
    c_lo, c_hi = toks.idx[lo], toks.end[hi - 1]
    return any(
        c_lo <= t.start_char < c_hi and t.start_char not in mine for t in article.seg_triggers(seg)
    )


def dates_other_event(
    article: Article, seg: Segment, trigger: Trigger, mine: set[int], comma: int, m: DateMention
) -> bool:
    """Whether date `m`, in a relative clause opened by the comma at `comma` (offset in
    `seg`), describes another event's noun: "die Wahlen in Indien, die am 1. Juni endeten"
    dates the election, not the swearing-in the sentence goes on to tell."""
    if not _RELATIVE_OPENING.match(seg.text, comma + 1):
        return False
    at = seg.start_char + comma
    closing = article.text.find(",", m.end_char, seg.end_char)
    clause_end = closing if closing >= 0 else seg.end_char
    if at < trigger.start_char < clause_end:
        return False  # the trigger is told inside that relative clause
    for t in article.seg_triggers(seg):
        if t.verbal or t.start_char in mine or t.type is trigger.type or t.end_char > at:
            continue
        gap = article.text[t.end_char : at]
        if not gap or _PLACE_TAIL.fullmatch(gap):
            return True
    return False


def set_dates(
    article: Article, d: Draft, mention: DateMention | None, basis: DateBasis, seg: Segment
) -> None:
    if mention is not None:
        d.start, d.end, d.precision = mention.start, mention.end, mention.precision
        if _stay_under_way(article, d, mention):
            return
        if d.start is not None and d.precision is Precision.DAY and d.type in (T.VISIT, T.SUMMIT):
            n = article.duration(seg)
            if n > 1:
                d.end = d.start + timedelta(days=n - 1)
                d.precision = Precision.RANGE
        return
    since = _SINCE.search(seg.text) if d.type is T.PROTEST else None
    if since and article.published is not None:
        at = seg.start_char + since.end()
        start = next((m for m in article.dates if at <= m.start_char <= at + 40 and m.start), None)
        if start is not None and start.start is not None and start.start < article.published:
            d.start, d.end, d.precision = start.start, article.published, Precision.RANGE
            d.mention, d.basis = start, DateBasis.EXPLICIT
            return
    if (
        scope.happening_now(article, d, seg)
        and article.published is not None
        and not elections.backgrounded(article.text, seg.start_char, seg.end_char, d.trigger)
        and not agreements.anniversary(article.text, seg.start_char, d.trigger)
    ):
        d.start = d.end = article.published
        d.precision = Precision.DAY
        d.basis = DateBasis.PUBLICATION
        if d.type is T.ELECTION and elections.result_told(seg.text):
            d.start = d.end = elections.voting_day(article.published)
        if d.type in (T.VISIT, T.SUMMIT):
            n = article.duration(seg)
            if n > 1:
                d.end = d.start + timedelta(days=n - 1)
                d.precision = Precision.RANGE
        return
    if article.published is not None and _CLOCK_TIME.search(seg.text):
        # A clock time alone ("Beginn um 16.30 Uhr") is on the day the story is at.
        at = bisect.bisect_left(article.date_starts, seg.start_char)
        day = next(
            (
                m.start
                for m in reversed(article.dates[:at])
                if m.precision is Precision.DAY and m.start is not None
            ),
            article.published,
        )
        d.start = d.end = day
        d.precision = Precision.DAY
        d.basis = DateBasis.RELATIVE
        d.inherited = True  # taken from the context: less specific than a phrase of its own


# A date inside a participial attribute: a determiner before it, a participle with an
# adjective ending and a noun after it ("die 2015 gegründete NGO", "der am Sonntag gewählte
# Präsident", "das am Montag unterzeichnete Abkommen").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|eine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|dessen|deren)\s+$",
    re.IGNORECASE,
)
_PARTICIPLE_AND_NOUN_AFTER = re.compile(
    r"\s+(?:erst\s+|kurz\s+|eigens\s+)?[a-zäöüß-]+(?:te|ene)[nmrs]?\s+(?P<noun>[A-ZÄÖÜ])"
)


def _participial_attribute(text: str, m: DateMention, mine: set[int]) -> bool:
    """The date dates a participle attributed to a noun, not the event, unless that noun or
    participle is the event's own word ("das am Montag unterzeichnete Abkommen")."""
    if not _DETERMINER_BEFORE.search(text, max(0, m.start_char - 12), m.start_char):
        return False
    after = _PARTICIPLE_AND_NOUN_AFTER.match(text, m.end_char)
    if after is None:
        return False
    return not any(m.end_char <= start <= after.start("noun") for start in mine)


# A date right after a noun phrase governed by a preposition of circumstance: the date is that
# thing's ("trotz seines Beinbruchs vor sechs Wochen", "seit der Verschärfung des Gesetzes vor
# einer Woche"). Not "nach", "vor": "nach seiner Ankunft am Montag traf er X".
_CIRCUMSTANCE_PHRASE = re.compile(
    r"\b(?:trotz|wegen|angesichts|infolge|aufgrund|(?P<since>seit))\s+(?:de[rsmn]|die|das|"
    r"seine[smnr]?|ihre[smnr]?|eine[smnr]?|diese[smnr]?|dessen|deren)\s+"
    # lower-case attributes, then the head noun and an optional genitive: no verb between
    r"(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*"
    r"(?:\s+(?:des|der|eines|einer|dieses|dieser|seines|seiner|ihres|ihrer)\s+"
    r"(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*)?"
    r"\s+$",
    re.IGNORECASE,
)


def _in_phrase_about_another_thing(
    text: str, m: DateMention, mine: set[int], lo: int, etype: T
) -> bool:
    phrase = _CIRCUMSTANCE_PHRASE.search(text, max(lo, m.start_char - 70), m.start_char)
    if phrase is None or (phrase.group("since") and etype is T.PROTEST):
        return False  # protests "seit der Wahl am 9. August" run from that day (set_dates)
    return not any(phrase.start() <= start < m.start_char for start in mine)


# A return told as the time of another statement: the trip was before that statement's day.
_AFTER_RETURN = re.compile(
    r"\bnach\s+(?:de[rm]|seiner|ihrer|dessen|deren)\s+(?:[\w-]+\s+)?(?:rück|heim)\w*$",
    re.IGNORECASE,
)
_RETURN_ATTRIBUTE = re.compile(
    r"\s*(?:(?:aus|von|vom|der|dem|den|des|in|im)\s+|[A-ZÄÖÜ][\w.'-]*\s+){0,5}"
)
# A noun of telling whose genitive is the event noun: a date after both is the telling's ("die
# Ankündigung des Besuchs in der vergangenen Woche"; not "die Vorbereitungen des Gipfels am
# 20. Mai", where the date is the summit's).
_TOLD_ABOUT_HEAD = re.compile(
    r"\b(?:Ankündigung|Bekanntgabe|Bestätigung|Nachricht|Meldung|Berichte?)\s+"
    r"(?:des|der|eines|einer|seines|seiner|ihres|ihrer)\s+(?:[\w-]+\s+)?$"
)
_UNDER_WAY = re.compile(r"(?P<since>seit)|(?P<until>bis)\b", re.IGNORECASE)


def _stay_under_way(article: Article, d: Draft, mention: DateMention) -> bool:
    """A stay told as under way on the day of the story: "weilt seit Sonntag in Peking" runs
    from Sunday to that day, "hält sich bis Mittwoch in Peking auf" from that day to
    Wednesday."""
    published = article.published
    if (
        d.type not in (T.VISIT, T.SUMMIT)
        or published is None
        or mention.start is None
        or mention.end is None
        or mention.precision is not Precision.DAY
    ):
        return False
    under_way = _UNDER_WAY.match(mention.text)
    if under_way is None:
        return False
    if under_way.group("since") and mention.end < published:
        d.end = published
    elif under_way.group("until") and mention.start > published:
        d.start = published
    else:
        return False
    d.precision = Precision.RANGE
    return True


_PLACE_TAIL = re.compile(r"\s+(?:in|im|aus) [A-ZÄÖÜ][\w-]+")
_QUOTES = re.compile(r"[\"„“”«»]")


def _quoted_noun(text: str, trigger: Trigger, m: DateMention, quotes: int) -> bool:
    """The trigger sits in a short quoted phrase after the date ("am Montag zu „einem
    offiziellen Besuch“ in Peking"): the quote is a phrase, not reported speech."""
    if quotes != 1 or m.start_char > trigger.start_char:
        return False
    opening = max(text.rfind(q, 0, trigger.start_char) for q in '"„“«»')
    closes = _QUOTES.match(text, trigger.end_char) is not None
    return closes and trigger.start_char - opening <= 40


def _quoted_names(marks: list[int]) -> bool:
    """Quote marks that only set off short names in pairs ("einem Bericht der „Bild“-Zeitung
    zufolge"): no reported speech between a date and its event."""
    pairs = list(zip(marks[::2], marks[1::2], strict=False))
    return len(marks) % 2 == 0 and all(
        close - opening <= _QUOTED_NAME_CHARS for opening, close in pairs
    )


_QUOTED_NAME_CHARS = 40

_RELATIVE = re.compile(r"\s*(?:die|der|das|den|dem|deren|dessen|welche\w*)\b")

_RELATIVE_OPENING = re.compile(
    r"\s*(?:(?:an|auf|bei|in|mit|nach|seit|vor|während|zu)\s+)?"
    r"(?:die|der|das|den|dem|deren|dessen|welche\w*)\b",
    re.IGNORECASE,
)

_SINCE = re.compile(r"\bseit\b", re.IGNORECASE)
# An event compared with the time before it: "erster Besuch seit", "erstmals seit".
_FIRST_SINCE = re.compile(r"\b(?:erst(?:e[mnrs]?)?|erstmals|ersten\s+Mal)\b", re.IGNORECASE)
# ... said of a bound of time: "Erstmals seit 2015", "der erste Besuch ... nach 1996" (the
# ordinal right before), "seit 1958 jemals", "noch nie seit".
_COMPARED_ANYWHERE = re.compile(
    r"\b(?:erstmals|zum\s+ersten\s+mal|jemals|noch\s+nie|nie\s+zuvor)\b", re.IGNORECASE
)
_ORDINAL_BEFORE = re.compile(r"\berste[nmrs]?\s+(?:[\w-]+\s+){0,8}$", re.IGNORECASE)
# A date phrase that is the bound of a span, not a point: "seit 2015", "nach 1996".
_BOUNDARY = re.compile(r"(?:seit|nach)\s", re.IGNORECASE)

_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s?Uhr\b")

_CALLED_VOTE = re.compile(
    r"\b(?:ausgerufen|ausrief\w*|angesetzt|ansetzte\w*|anberaumt|ausgeschrieben|"
    r"vorgezogen|vorzuziehen)\b",
    re.IGNORECASE,
)
_TARGET_DAY = re.compile(r"\b(?:für|auf)(?:\s+(?:den|die|das))?\s*$", re.IGNORECASE)


def _join_pair(
    chosen: DateMention, mentions: list[DateMention], text: str, base: int
) -> DateMention:
    """ "am Montag und Dienstag": two adjacent day phrases joined by und/bis as one range."""
    for other in mentions:
        if other is chosen or other.start is None or chosen.start is None:
            continue
        a, b = (chosen, other) if chosen.start_char < other.start_char else (other, chosen)
        raw_between = text[a.end_char - base : b.start_char - base].strip()
        if raw_between[:1].isupper():
            continue  # "am Montag Warschau und am Dienstag Prag": two days of two things
        between = raw_between.lower()
        span_ok = (b.end - a.start).days <= 31 if a.start and b.end else False
        if a.start and b.end and _BEGAN.search(between):
            span_ok = (b.end - a.start).days <= 366
        if (
            (_PAIR_JOIN.match(between) or _BEGAN.search(between))
            and a.start
            and b.end
            and a.start <= b.end
            and span_ok
        ):
            return DateMention(
                a.start_char,
                b.end_char,
                text[a.start_char - base : b.end_char - base],
                a.start,
                b.end,
                Precision.RANGE,
                a.relative or b.relative,
            )
    return chosen


_BEGAN = re.compile(r"^(?:begann|begannen|startete|starteten|anfing|anfingen)\b.{0,20}\bund$")
_PAIR_JOIN = re.compile(r"^(?:\w+ )?(?:und|bis|bis zum|-|–)$")


def from_paragraph(article: Article, drafts: list[Draft]) -> None:
    """An event told without a date takes the date of the event told last before it in its
    paragraph that shares one of its people (or its place, when it names none): "Putin traf am
    Montag in Minsk ein. Bei dem Treffen mit Lukaschenko ging es um Gas." """
    text = article.text
    latest_first = sorted(drafts, key=lambda b: b.segment.start_char, reverse=True)
    for d in drafts:
        if d.start is not None or d.mention is not None or d.segment.headline:
            continue
        if d.type in _OWN_DAY_ONLY:
            continue  # a vote or a taking of office told in passing is no part of the story's day
        at = d.segment.start_char
        paragraph = text.rfind("\n\n", 0, at)
        accompanied = _accompanied(article, d)
        for before in (b for b in latest_first if b.segment.start_char < at):
            if before.segment.start_char < paragraph:
                break
            if (
                before.start is None
                or before.segment.headline
                or (before.type in _OWN_DAY_ONLY and before.type not in accompanied)
                or before.status is not d.status  # a plan is not dated by what happened
                # "Die beiden hatten sich bereits zuvor getroffen": a look back from that day
                or (
                    article.flashback(d.segment, d.trigger.token_i)
                    and not article.flashback(before.segment, before.trigger.token_i)
                )
            ):
                continue
            shared = (
                bool(set(before.actors) & set(d.actors))
                or (not d.actors and d.location is not None and before.location is d.location)
                or before.type in accompanied
            )
            if shared:
                d.start, d.end, d.precision = before.start, before.end, before.precision
                d.basis = before.basis
                d.inherited = True
                break
        if d.start is None and d.actors:
            _from_sentence_before(article, d, paragraph)


_LIFE_EVENT = re.compile(r"\b(?:geboren|starb|gestorben|verstorben|beigesetzt)\b", re.IGNORECASE)
_LOOK_BACK = re.compile(r"\b(?:früher|zuvor|damals|bereits|schon|einst|zuletzt)\b", re.IGNORECASE)


def _from_sentence_before(article: Article, d: Draft, paragraph: int) -> None:
    """ "Putin und Xi sprachen am Dienstag in Peking. Die beiden berieten über die Ukraine.":
    the one day of the sentence right before, in the paragraph, that names one of its people,
    where that sentence tells no event of its own."""
    index = d.segment.index
    if index == 0:
        return
    before = article.segments[index - 1]
    if before.headline or before.start_char < paragraph or article.seg_triggers(before):
        return
    if _LIFE_EVENT.search(before.text) or _LOOK_BACK.search(d.segment.text):
        return  # "X starb am 16. Juni. Er hatte Moskau besucht"; "hatte ihn früher getroffen"
    if article.flashback(d.segment, d.trigger.token_i):
        return
    days = [m for m in article.seg_dates(before) if m.start is not None]
    if len(days) != 1 or days[0].precision not in (Precision.DAY, Precision.RANGE):
        return
    named = {
        m.actor.canonical
        for m in article.seg_mentions(before)
        if m.kind == "actor" and m.actor is not None
    }
    day = days[0]
    assert day.start is not None
    ahead = article.published is not None and day.start > article.published
    if not named & set(d.actors) or ahead != (d.status is Status.PLANNED):
        return
    d.start, d.end, d.precision = day.start, day.end, day.precision
    d.basis = DateBasis.RELATIVE if day.relative else DateBasis.EXPLICIT
    d.inherited = True


_OWN_DAY_ONLY = frozenset({T.ELECTION, T.INAUGURATION})
# "während seiner Vereidigung", "beim Gipfel", "am Rande des Besuchs": right before a noun
_DURING = re.compile(
    r"\b(?:während|bei|beim|am rande|anlässlich|parallel zu[mr]?)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Der Besuch wurde von Protesten begleitet": right after the event's own noun
_ACCOMPANYING = re.compile(
    r"\s*(?:und\s+[\w-]+\s+)?(?:begleitet|überschattet|überlagert)\b", re.IGNORECASE
)


def _accompanied(article: Article, d: Draft) -> set[T]:
    """The types of the other events the sentence tells the event as accompanying: "Während
    seiner Vereidigung kam es zu Demonstrationen", "Die Abstimmung war von Protesten
    überschattet"."""
    text = article.text
    others = [t for t in article.seg_triggers(d.segment) if not t.verbal and t.type is not d.type]
    found = {
        t.type for t in others if _DURING.search(text, max(0, t.start_char - 40), t.start_char)
    }
    if not d.trigger.verbal and _ACCOMPANYING.match(text, d.trigger.end_char):
        found |= {t.type for t in others}
    return found

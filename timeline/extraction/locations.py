"""The place stage: where the event of a trigger group happened.

The place a preposition governs in the trigger's clause ("in Kiew", "nach Peking", the object
of "besuchte Rom"), unless it belongs to another trigger ("Abreise nach X") or to another noun
("wegen der Proteste in Minsk", "die Lage in der Ukraine"); a vote is where its voters are
("die Slowaken wählen"), a call has no place. A trip to several places named in one list is a
visit to each (`destinations`).
"""

from __future__ import annotations

import bisect
import re

from spacy.strings import hash_string  # type: ignore[attr-defined]

from timeline.extraction import mentions
from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.lexicon import PlaceEntry
from timeline.extraction.nlp import TokenArrays
from timeline.extraction.records import Person, Place, Segment, T, Trigger
from timeline.extraction.types import DateMention, EventType

_RIGHT_AFTER_VON = re.compile(r"s?\s+von\s+")
GOAL_BEFORE = re.compile(r"\b(?:zum|zur|zu)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# The summit noun governed by "zu" itself ("zum Nato-Gipfel", "zu dem Gipfel"), not a noun
# between ("Zur Vorbereitung des Gipfels")
SUMMIT_GOAL_BEFORE = re.compile(
    r"\b(?i:zum|zur|zu\s+(?:dem|der|einem|einer|den))\s+(?:[a-zäöüß][\w-]*\s+){0,2}$"
)
_NACH_ONLY = re.compile(r"\s+nach\s+(?:(?:der|die|das|den|dem)\s+)?")


_RETURN = re.compile(r"(?:rück|heim|kehrt|zurückgekehrt|heimgekehrt|zurückgeflogen)", re.IGNORECASE)


def event_location(
    article: Article,
    etype: EventType,
    trigger: Trigger,
    places: list[Place],
    people: list[Person],
    seg_triggers: list[Trigger],
    seg: Segment,
) -> PlaceEntry | None:
    if etype is T.CALL:
        return None  # a call is between places ("drängte auf Minsk" names what it is about)

    def dist(p: Place) -> int:
        d = p.start_char - trigger.end_char
        return d if d >= 0 else -d + 40

    def owned_by_other(p: Place) -> bool:
        """A place right after another trigger is that trigger's ("Abreise nach X"); but
        "zu Gesprächen nach Washington reisen" goes to Washington."""
        if etype is T.VISIT and (p.prep == "nach" or trigger.attendance):
            return False  # attending "die Vereidigung in Kiew" is being in Kiew
        for t in seg_triggers:
            if t.token_i == trigger.token_i:
                continue  # its own trigger, retyped ("Gipfeltreffen in Helsinki": a meeting)
            if t.type is T.SUMMIT and etype in (T.MEETING, T.AGREEMENT):
                continue  # "am Rande des G20-Gipfels in Bali": they met where it was held
            if t.type is T.MEETING and etype is T.SUMMIT and not t.verbal:
                continue  # "Beim Treffen der G7 in Hiroshima berieten sie": the summit's place
            if t.type is not etype and 0 <= p.start_char - t.end_char <= 12:
                # "reist zum NATO-Gipfel in Den Haag": the occasion travelled to is where
                return not (
                    etype is T.VISIT
                    and not t.verbal
                    and GOAL_BEFORE.search(article.text, max(0, t.start_char - 30), t.start_char)
                )
        return False

    c_lo, c_hi = article.clause(seg.start, seg.end, trigger.token_i)
    lo, hi = article.toks.idx[c_lo], article.toks.end[c_hi - 1]
    # "Man erwarte Xi in Moskau, sagte Putin zum Auftakt des Gesprächs": the reporting
    # clause's event is not where the speech is about.
    reporting = bool(article.search(trg.REPORTING_CUE, seg, article.toks.span_text(c_lo, c_hi)))
    nearby = [
        p
        for p in places
        if not attribute_place(article, p, seg)
        and (
            lo <= p.start_char < hi
            or (
                not reporting
                # "Tichanowskaja, die sich in Litauen aufhält, rief zu Protesten auf": a
                # relative clause tells where the person is, not the event
                and not in_relative_clause(article, seg, p.start_char)
                and -90 <= p.start_char - trigger.start_char <= 90
                # "Größte Kundgebung in Belarus – Lukaschenko sucht Rückhalt in Moskau": a
                # dash or semicolon joins two statements, each with its own places
                and not _STATEMENT_BREAK.search(
                    article.text,
                    min(p.end_char, trigger.end_char),
                    max(p.start_char, trigger.start_char),
                )
            )
        )
    ]
    places = [p for p in nearby if not owned_by_other(p)]
    if etype is T.PROTEST and not any(p.form == "name" for p in places):
        # "Tausende begleiteten den Gipfel in Genua mit Protesten": where the occasion is,
        # when the protest names no place of its own ("In Berlin protestierten sie gegen den
        # Gipfel in Brüssel" is in Berlin)
        places = nearby

    # A demonym ("die Franzosen") is a country's people, not a place: it locates an
    # election, never a visit's destination or where a meeting or protest happens.
    if etype is T.VISIT:
        cands = [p for p in places if p.form == "name" and p.prep in ("nach", "in", "im", "ins")]
        if _RETURN.match(trigger.text):
            # "kehrte aus Peking zurück": where the trip was
            cands = [p for p in places if p.form == "name" and p.prep == "aus"] or cands
        clause_text = article.toks.span_text(c_lo, c_hi)
        if (
            (trigger.verbal and trigger.text.lower().startswith(("besuch", "bereis")))
            or (not trigger.verbal and _PAYS_VISIT.search(clause_text))
            or (not trigger.verbal and _STOP.search(trigger.text))
        ):
            # "besuchte Rom", "hat die Ukraine besucht", "bereiste Chile", "stattete Chile
            # einen Besuch ab", "Nächste Station ist Riga": the object is the destination.
            cands += [
                p
                for p in places
                if p.form == "name" and lo <= p.start_char < hi and p.prep not in _NOT_OBJECT_PREPS
            ]
        cands += [
            p
            for p in places
            if p.form == "adjective" and p.prep in ("im", "in") and p.entry.kind == "city"
        ]
    elif etype in (T.ELECTION,):
        dateline = _DATELINE.match(seg.text)
        after_dateline = seg.start_char + (dateline.end() if dateline else 0)
        cands = [
            p
            for p in places
            if p.form in ("name", "genitive")
            and p.prep not in _NOT_VOTE_PREPS
            and p.start_char >= after_dateline
        ]
        # The voters named by their people: "Die Slowaken wählen ein neues Parlament".
        cands += [p for p in places if p.form == "demonym"]
        cands += [
            p
            for p in places
            if p.form == "adjective"
            and (
                0 <= trigger.start_char - p.end_char <= 2
                # ... or by their adjective: "die polnischen Wähler", "das türkische Volk"
                or _voters_after(article.text, p.end_char)
            )
        ]
        cands.sort(key=lambda p: p.entry.kind != "country")
        if cands:
            return cands[0].entry
    else:
        cands = [
            p
            for p in places
            if p.form == "name"
            and p.prep in ("in", "im", "auf", "bei", "nahe")
            # "reist in die deutsche Hauptstadt": where someone goes, not where this happens
            and not _DIRECTION.search(article.text[max(0, p.start_char - 40) : p.start_char])
        ]
        cands += [
            p
            for p in places
            if p.form == "adjective" and p.prep in ("im", "in") and p.entry.kind == "city"
        ]
        if (
            not trigger.verbal
            and etype in (T.SUMMIT, T.INAUGURATION)
            and SUMMIT_GOAL_BEFORE.search(
                article.text, max(0, trigger.start_char - 30), trigger.start_char
            )
        ):
            # "reiste zum Nato-Gipfel nach Washington": the occasion travelled to is there (not
            # "zum Gipfel und danach nach Paris")
            cands += [
                p
                for p in places
                if p.form == "name"
                and p.prep == "nach"
                and _NACH_ONLY.fullmatch(article.text, trigger.end_char, p.start_char)
            ]
        if not trigger.verbal and etype in (T.SUMMIT, T.MEETING):
            # "der Gipfel von Nizza", "die Konferenz von Jalta": named by its city
            cands += [
                p
                for p in places
                if p.form == "name"
                and p.prep == "von"
                and p.entry.kind == "city"
                and _RIGHT_AFTER_VON.fullmatch(article.text, trigger.end_char, p.start_char)
            ]
        if etype is T.PROTEST and not cands:
            cands = [p for p in places if p.form in ("name", "genitive")]
    if not cands:
        return _where_clause_antecedent(article, seg, c_lo, lo, places)
    # A place of the trigger's own clause before one beyond it ("Größte Kundgebung in der
    # Geschichte von Belarus – Lukaschenko sucht Rückhalt in Moskau").
    inside = [p for p in cands if lo <= p.start_char < hi]
    return min(inside or cands, key=dist).entry


def _where_clause_antecedent(
    article: Article, seg: Segment, c_lo: int, lo: int, places: list[Place]
) -> PlaceEntry | None:
    """ "reiste nach Wladiwostok, wo er Putin traf": a clause opened by "wo" is at the place
    named right before it."""
    toks = article.toks
    if c_lo <= seg.start or toks.word(c_lo).lower() != "wo" or toks.word(c_lo - 1) != ",":
        return None
    before = [p for p in places if p.form == "name" and p.end_char <= lo]
    if not before or article.text[before[-1].end_char : lo].strip(" ,") != "":
        return None
    return before[-1].entry


_RELATIVE_PRONOUNS = frozenset(
    "der die das den dem deren dessen denen welcher welche welches welchem welchen".split()
)


def in_relative_clause(article: Article, seg: Segment, char: int) -> bool:
    """The word at `char` stands in a relative clause ("..., die sich in Litauen aufhält")."""
    toks = article.toks
    at = max(bisect.bisect_right(toks.idx, char) - 1, seg.start)
    c_lo, _ = article.clause(seg.start, seg.end, at)
    k = c_lo
    while k < at and not toks.word(k)[:1].isalpha():
        k += 1
    # "..., die ..." after a comma; "in der" or "mit dem" open a relative clause too
    if k < at and toks.word(k).lower() in ("in", "mit", "bei", "von", "aus", "an", "auf"):
        k += 1
    return (
        k < at
        and c_lo > seg.start
        and toks.word(c_lo - 1) == ","
        and toks.word(k).lower() in _RELATIVE_PRONOUNS
    )


def attribute_place(article: Article, place: Place, seg: Segment) -> bool:
    """A place inside a causal or concessive phrase about another noun ("angesichts des
    Machtkampfes in Belarus", "wegen der Proteste in Minsk") or after a noun it is the topic
    of ("die Lage in der Ukraine"): not where the event is."""
    key = (place.start_char, seg.start)
    found = article.attributed.get(key)
    if found is None:
        found = article.attributed[key] = attributed_uncached(article, place, seg)
    return found


def attributed_uncached(article: Article, place: Place, seg: Segment) -> bool:
    toks = article.toks
    if not toks.idx or place.start_char >= toks.end[-1]:
        return False
    start = max(bisect.bisect_right(toks.idx, place.start_char) - 1, 0)  # as char_span
    lo = max(seg.start, start - 6)
    words = toks.lower[lo:start]
    k = start - 1
    while k > seg.start and toks.lower[k] in ARTICLE_HASHES:
        k -= 1
    if (
        k > seg.start
        and toks.lower[k] in _IN_HASHES
        and toks.word(k - 1).lower() in trg.place_descriptors().topic
    ):
        return True  # "die Lage in der Ukraine": what it is about
    if _CAUSAL_PREP_HASHES.isdisjoint(words):
        return False
    at = max(i for i, w in enumerate(words) if w in _CAUSAL_PREP_HASHES)
    return _COMMA_UND_HASHES.isdisjoint(words[at:])


def destinations(
    article: Article, places: list[Place], location: PlaceEntry | None, trigger: Trigger
) -> list[PlaceEntry | None]:
    """A trip to several places named in one list is a visit to each ("besucht die Emirate,
    Senegal und Ruanda")."""
    named = [p for p in places if p.entry == location and p.form == "name"]
    if location is None or not named:
        return [location]
    chosen = min(named, key=lambda p: abs(p.start_char - trigger.start_char))
    chain = [p.entry for p in mentions.coordinated_places(article, places, chosen)]
    others: list[PlaceEntry | None] = [e for e in dict.fromkeys(chain) if e != location]
    return [location, *others]


_DIRECTION = re.compile(r"\b(?:in die|ins)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

_STATEMENT_BREAK = re.compile(r"\s[–—]\s|;")
_STOP = re.compile(r"(?:station|etappen?|stopp)$", re.IGNORECASE)
_PAYS_VISIT = re.compile(r"\bstattet?e?n?\b.*\bab\b|\babstatte|\babgestattet", re.IGNORECASE)
_NOT_OBJECT_PREPS = frozenset(
    "aus von vom mit für gegen über bei beim zu zum zur vor nach nahe seit ab an am auf "
    "durch ohne um unter zwischen wegen trotz".split()
)

_DATELINE = re.compile(r"\s*[A-ZÄÖÜ][^()\n]{0,60}\([^()\n]{1,30}\)\s*[-–—]\s")

_NOT_VOTE_PREPS = frozenset({"aus", "zu", "zum", "zur", "gegen", "mit", "für", "nach", "ins"})

_CAUSAL_PREPS = frozenset(
    {"angesichts", "wegen", "trotz", "aufgrund", "infolge", "inmitten", "hinsichtlich"}
)

_CAUSAL_PREP_HASHES = frozenset(hash_string(w) for w in _CAUSAL_PREPS)
_COMMA_UND_HASHES = frozenset(hash_string(w) for w in (",", "und"))
ARTICLE_HASHES = frozenset(hash_string(w) for w in ("der", "die", "dem", "den", "des"))
_IN_HASHES = frozenset(hash_string(w) for w in ("in", "im"))


def _voters_after(text: str, at: int) -> bool:
    """The word after `at` names voters ("Wähler", "Volk", "Bürger")."""
    match = _NEXT_WORD.match(text, at)
    return match is not None and match.group(1).lower() in trg.trigger_rules().voters


_NEXT_WORD = re.compile(r"\s+(\w+)")


def protest_place(
    article: Article,
    seg: Segment,
    clause_text: str,
    persons: list[Person],
    own_date: DateMention | None,
) -> PlaceEntry | None:
    """Where a protest told without a place of its own is: where the protests before were
    (told again), where the story was filed from (in its lead), the one country of its
    paragraph, the country of the people its sentence names, a country the article is about."""
    # Protests of the story's first paragraph are where it was filed from.
    lead = article.text.find(
        "\n\n", next((s.end_char for s in article.segments if not s.headline), 0)
    )
    in_lead = lead < 0 or seg.start_char < lead
    # "zu weiteren Protesten", "gingen erneut auf die Straße": where the protests before
    # were.
    again = _AGAIN.search(clause_text) is not None
    paragraph_start = article.text.rfind("\n\n", 0, seg.start_char) + 1
    last_protest = next(
        (d for d in reversed(article.drafts) if d.type is T.PROTEST and d.location), None
    )
    earlier = last_protest.location if last_protest is not None else None
    # "Die Polizei ließ die Kundgebung gewähren" after protests in Minsk: the same protests
    again = again or (
        last_protest is not None
        and last_protest.segment.start_char >= paragraph_start
        # a day of its own is another protest ("Schon am Samstag hatte es Proteste gegeben")
        and own_date is None
        and not _COUNTRYWIDE.search(clause_text)  # "in mehreren Städten des Landes"
    )
    dateline = mentions.dateline_place(article) if in_lead else None
    if dateline is not None:
        main = mentions.main_country(article)
        if main is not None and dateline.country != main.country:
            dateline = None  # filed from Berlin about Belarus: the protests are in Belarus
    # another day's protest of the same paragraph was most likely in the same place
    same_paragraph = (
        earlier
        if last_protest is not None
        and last_protest.segment.start_char >= paragraph_start
        and not _COUNTRYWIDE.search(clause_text)
        else None
    )
    return (
        (earlier if again else None)
        or _venue_of_the_meeting(article, seg, clause_text)
        or dateline
        or same_paragraph
        or mentions.paragraph_country(
            article,
            seg,
            lambda char: (
                (char >= seg.start_char and in_relative_clause(article, seg, char))
                or _not_where_protested(article.text, char)
            ),
        )
        or _country_of_the_people(article, persons)
        or mentions.main_country(article, dominant=True)
    )


# "vor dem Tagungsort": where the summit or meeting told before takes place
_VENUE = re.compile(
    r"\b(?:tagungsort|gipfelort|konferenzort|veranstaltungsort|tagungsgebäude|tagungszentrum|"
    r"konferenzzentrum|gipfelgelände|tagungshotel|verhandlungsort)\w*",
    re.IGNORECASE,
)


def _venue_of_the_meeting(article: Article, seg: Segment, clause_text: str) -> PlaceEntry | None:
    if not _VENUE.search(clause_text):
        return None
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _VENUE_REACH:
            break
        if d.type in (T.SUMMIT, T.MEETING):
            return d.location  # the meeting told last, placed or not
    return None


_VENUE_REACH = 3  # sentences back that "der Tagungsort" may point to


# "gegen die russische Präsenz", "gegen Russlands Krieg": what a protest is against; "vor der
# russischen Botschaft": whose embassy it is. Neither is where the protest is.
_AGAINST_BEFORE = re.compile(
    r"\b[Gg]egen\s+(?:(?:die|den|das|dem|der|des|eine[nmr]?|ein)\s+)?(?:[a-zäöüß-]+\s+){0,2}$"
)
_MISSION_AFTER = re.compile(
    r"[a-zäöüß]*\s+(?:botschaft|konsulat|generalkonsulat|vertretung|handelsmission)\b",
    re.IGNORECASE,
)


def _not_where_protested(text: str, char: int) -> bool:
    """The country named at `char` is what a protest is against or whose mission it is at."""
    return bool(
        _AGAINST_BEFORE.search(text, max(0, char - 60), char) or _MISSION_AFTER.match(text, char)
    )


def _country_of_the_people(article: Article, persons: list[Person]) -> PlaceEntry | None:
    """The one country of the persons a sentence names, where it is the country the article
    speaks of most ("Paschinjan setzte unter dem Druck von Oppositionsprotesten Neuwahlen an":
    protests in Armenia)."""
    codes = {p.country for p in persons if p.country and not p.speaker and p.kind != "organisation"}
    main = mentions.main_country(article)
    if len(codes) != 1 or main is None or main.country not in codes:
        return None  # "Die Kanzlerin drang auf Gewaltverzicht gegen Demonstranten": not hers
    return main


_COUNTRYWIDE = re.compile(
    r"\b(?:landesweit\w*|bundesweit\w*|weltweit\w*|europaweit\w*|im ganzen land|"
    r"überall im land|des landes|"
    r"(?:mehreren|vielen|zahlreichen|anderen|weiteren) (?:städten|ländern|orten))\b",
    re.IGNORECASE,
)
_AGAIN = re.compile(
    r"\b(?:weitere[nmr]?|erneute[nmr]?|neuerliche[nmr]?|erneut|wieder|abermals|weiterhin)\b",
    re.IGNORECASE,
)


_WO = hash_string("wo")
# from the place to its "wo": a comma, perhaps after the particle of the verb ("nach Moskau
# weiter, wo")
_WO_AFTER_PLACE = re.compile(r"(?:\s+[a-zäöüß]+)?\s*,\s*")
_THERE = hash_string("dort")
_VON = hash_string("von")


def where_wo_stands_for(article: Article, seg: Segment, c_start: int) -> PlaceEntry | None:
    """The place a clause opened by "wo" stands for: "reiste nach Moskau, wo er mit Putin
    sprach"."""
    toks = article.toks
    if toks.lower[c_start] != _WO:
        return None
    wo_at = toks.idx[c_start]
    earlier = [pl for pl in mentions.places(article, seg) if pl.end_char <= wo_at]
    if earlier and _WO_AFTER_PLACE.fullmatch(article.text, earlier[-1].end_char, wo_at):
        return earlier[-1].entry
    return None


def there_adverbial(toks: TokenArrays, lo: int, hi: int) -> bool:
    """ "dort" as the clause's adverb of place ("Dort traf er X"), not an attribute of a noun
    ("die Menschen dort") nor "von dort"."""
    for k in range(lo, hi):
        if toks.lower[k] != _THERE:
            continue
        if k > lo and (toks.lower[k - 1] == _VON or toks.word(k - 1)[:1].isupper()):
            continue
        return True
    return False

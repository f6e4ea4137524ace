"""The coreference stage: who a segment refers to without naming them ("er", "die beiden
Staatschefs", "der 71-Jährige": the persons named before; "die beiden": the two of the last
encounter), and which earlier event a segment tells again (the ceremony that "daran
teilnehmen" means, "das Treffen" of the sentences before, the trip under way)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.strings import hash_string  # type: ignore[attr-defined]

from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Person, Place, Segment, T, Trigger, draft_copy

_PRONOUN_HASHES = frozenset(hash_string(w) for w in trg.PRONOUNS)
_POSSESSIVE_HASHES = frozenset(hash_string(w) for w in trg.POSSESSIVES)
_FEMININE_HASHES = frozenset(hash_string(w) for w in trg.FEMININE_PRONOUNS)


def person_refs(
    article: Article, seg: Segment, persons: list[Person], trigger_i: int
) -> list[Person]:
    """Persons of earlier sentences referred to here: "er", "die beiden Staatschefs"."""
    names_here = {p.name for p in persons}
    earlier = [p for p in reversed(article.salient) if p.kind != "organisation"]
    text = seg.text
    refs: list[Person] = []
    group = article.search(trg.GROUP_REF_CUE, seg, text)
    if group:
        pair = _last_encounter(article, seg)
        if pair:
            # "die beiden", "beide Seiten": the two of the encounter told last
            return [
                replace(
                    p,
                    kind="ref",
                    start_char=seg.start_char + group.start(),
                    end_char=seg.start_char + group.end(),
                )
                for p in pair
            ]
        for p in earlier:
            if p.name not in names_here and p.name not in {r.name for r in refs}:
                refs.append(
                    replace(
                        p,
                        kind="ref",
                        start_char=seg.start_char + group.start(),
                        end_char=seg.start_char + group.end(),
                    )
                )
            if len(refs) == 2:
                break
        return refs
    winner = _winner_referred_to(article, seg, text)
    if winner is not None and winner.name not in names_here:
        return [winner]
    lowers = article.toks.lower[seg.start : seg.end]
    has_pronoun = not _PRONOUN_HASHES.isdisjoint(lowers)
    has_possessive = not _POSSESSIVE_HASHES.isdisjoint(lowers) and _possessive(article, seg)
    described = trg.PERSON_NOUN_REF.search(text.strip())
    by_age = trg.AGE_DESCRIPTOR.search(text)
    women = article.index.women
    if (has_pronoun or has_possessive or described or by_age) and earlier:
        candidates = [p for p in earlier if p.name not in names_here]
        if by_age is not None and by_age.group("article").lower() == "die":
            # "die 62-Jährige": the woman named last (the lexicon knows women by their
            # offices; a woman it does not know as one may still be meant)
            candidates = [p for p in candidates if p.name in women] or candidates
        elif not described or by_age is not None:
            candidates = [p for p in candidates if p.name not in women]  # "er", "der 65-Jährige"
        refs.extend(replace(p, kind="ref") for p in candidates[:1])
    elif earlier and _feminine_singular(article, seg):
        # "Am Freitag reist sie nach Angola": the woman named last.
        for p in earlier:
            if p.name not in names_here and p.name in women:
                refs.append(replace(p, kind="ref"))
                break
    return refs


_SEIN = hash_string("sein")
_ADJECTIVE_FORM = re.compile(r"[a-zäöüß]+(?:e|en|em|er|es)")


def _possessive(article: Article, seg: Segment) -> bool:
    """A possessive "sein-" of the segment: "sein" only before a noun or adjective ("sein
    Besuch", "sein erster Besuch"), not the verb ("dürfte Thema sein")."""
    toks = article.toks
    for k in range(seg.start, seg.end):
        low = toks.lower[k]
        if low not in _POSSESSIVE_HASHES:
            continue
        if low != _SEIN:
            return True
        nxt = toks.word(k + 1) if k + 1 < seg.end else ""
        after = toks.word(k + 2) if k + 2 < seg.end else ""
        if nxt[:1].isupper() or (_ADJECTIVE_FORM.fullmatch(nxt) and after[:1].isupper()):
            return True  # "sein Besuch", "sein erster Besuch" (not "sein müssen")
    return False


# "dem Wahlsieger", "die Siegerin der Präsidentenwahl", "der künftige Staatschef" with no
# name after it
_WINNER_REF = re.compile(
    r"\b(?:de[mnrs]|die)\s+(?:(?:[a-zäöüß]+e[nmrs]?\s+)?(?:wahlsieger(?:in)?|(?:sieger|gewinner)"
    r"(?:in)?\s+der\s+\w*wahl)|(?:künftig|designiert|gewählt)e[nmrs]?\s+(?:präsident|staatschef|"
    r"regierungschef|premier|kanzler|staatsoberhaupt|ministerpräsident)(?:in|en|s)?)\b"
    r"(?!\s+(?-i:[A-ZÄÖÜ]))",
    re.IGNORECASE,
)


def _winner_referred_to(article: Article, seg: Segment, text: str) -> Person | None:
    """The winner of the vote told before, where the sentence names them by that alone."""
    match = _WINNER_REF.search(text)
    if match is None:
        return None
    vote = next((d for d in reversed(article.drafts) if d.type is T.ELECTION and d.actors), None)
    if vote is None:
        return None
    name = vote.actors[0]
    start = seg.start_char + match.start()
    return Person(name, vote.countries.get(name), start, seg.start_char + match.end(), "ref")


def _last_encounter(article: Article, seg: Segment) -> list[Person]:
    """The two people of the last meeting, call or agreement told in the last few sentences."""
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _ENCOUNTER_SENTENCES:
            break
        if d.type in (T.MEETING, T.CALL, T.AGREEMENT) and len(d.actors) == 2:
            return draft_people(d)
    return []


_ENCOUNTER_SENTENCES = 6


def _feminine_singular(article: Article, seg: Segment) -> bool:
    """The segment says "sie" of one woman ("reist sie", "sie hatte"; not "sie reisten") or
    "ihr-" of her."""
    toks = article.toks
    if _FEMININE_HASHES.isdisjoint(toks.lower[seg.start : seg.end]):
        return False
    for i in range(seg.start, seg.end):
        word = toks.word(i).lower()
        if word not in trg.FEMININE_PRONOUNS:
            continue
        if word != "sie":
            return True
        beside = [toks.word(j) for j in (i - 1, i + 1) if seg.start <= j < seg.end]
        if not any(trg.PLURAL_VERB.fullmatch(w) for w in beside):
            return True
    return False


def pronoun_traveller(
    article: Article, seg: Segment, persons: list[Person], c_start: int, c_end: int
) -> Person | None:
    """Who "er" (or "sie" of one woman) is when the clause's subject is that pronoun and the
    segment names people only after it ("reiste er mit X nach Paris", "besuchte er in
    Begleitung von X das Museum"): the person referred to, who travels with them."""
    toks = article.toks
    pronoun = next(
        (
            k
            for k in range(c_start, c_end)
            if toks.lower[k] == _ER or (toks.lower[k] == _SIE and _feminine_singular(article, seg))
        ),
        None,
    )
    if pronoun is None or (pronoun > c_start and toks.lower[pronoun - 1] in _PREPOSITIONS):
        return None
    at = toks.idx[pronoun]
    named = [p for p in persons if p.kind != "organisation"]
    if not named or any(p.start_char < at for p in named):
        return None  # a person named before the pronoun may be whom it stands for
    refs = person_refs(article, seg, named, c_start)
    return refs[0] if refs else None


_ER = hash_string("er")
_SIE = hash_string("sie")
_PREPOSITIONS = frozenset(
    hash_string(w) for w in "für gegen mit ohne um durch bei von zu an auf über unter".split()
)


def remember(article: Article, seg: Segment, persons: list[Person], drafts: list[Draft]) -> None:
    """Note the segment's people for the pronouns after it, the likeliest antecedent last: the
    subject before those named after a preposition ("sprach er mit X": "er" stays the one the
    story follows), and whom a subject pronoun of the segment stood for last of all."""
    named = [p for p in persons if not p.speaker and p.kind != "organisation"]
    text = article.text
    after_preposition = [
        p for p in named if _AFTER_PREPOSITION.search(text, max(0, p.start_char - 40), p.start_char)
    ]
    article.salient.extend(after_preposition)
    article.salient.extend(p for p in named if p not in after_preposition)
    toks = article.toks
    if _ER not in toks.lower[seg.start : seg.end]:
        return
    names = {p.name for p in named}
    for d in drafts:
        for name in d.actors:
            if name not in names:
                article.salient.append(Person(name, d.countries.get(name), 0, 0, "ref"))
                return


_AFTER_PREPOSITION = re.compile(
    r"\b(?:mit|von|vom|bei|beim|zu|zum|zur|gegen|für|über|an|auf|nach|neben|ohne)\s+"
    r"(?:(?:der|die|dem|den|des|einem|einer|dessen|deren|seinem|seiner|ihrem|ihrer)\s+)?"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


def partner_before(article: Article, seg: Segment, person: Person) -> Person | None:
    """The person the sentence right before named last, other than `person`: the partner of a
    meeting or call whose sentence names one side only."""
    before = next((s for s in reversed(article.segments) if s.index < seg.index), None)
    if before is None or before.headline:
        return None
    for p in reversed(article.salient):
        if p.start_char < before.start_char:
            return None
        if (
            p.name != person.name
            and p.kind in ("person", "unknown")
            and p.start_char < seg.start_char
        ):
            return replace(p, kind="ref")
    return None


def subject_with_objects(
    article: Article, seg: Segment, people: list[Person], trigger: Trigger
) -> tuple[Person, list[Person]] | None:
    """ "Er will X und Y treffen": a pronoun subject meeting two named persons, one after
    the other: two meetings."""
    if len(people) != 2 or any(p.kind == "ref" for p in people):
        return None
    a, b = sorted(people, key=lambda p: p.start_char)
    between = article.text[a.end_char : b.start_char]
    if not re.fullmatch(r"(?:\s*\([^)]*\))?\s+und\s+(?:\w+\s+){0,2}", between):
        return None
    head = article.doc[seg.start : seg.end]
    names = {p.name for p in people}
    if re.search(r"\bmit\s+(?:\w+\s+){0,2}$", article.text[seg.start_char : a.start_char]):
        # "Gespräche mit X und Y": the one the article is about talks with both.
        subject = next(
            (p for p in reversed(article.salient) if p.name not in names and p.kind == "person"),
            None,
        )
        return (subject, [a, b]) if subject is not None else None
    if not any(t.lower_ in trg.PRONOUNS and t.idx < a.start_char for t in head):
        return None
    refs = person_refs(article, seg, people, trigger.token_i)
    if not refs:
        return None
    return refs[0], [a, b]


def anchor(article: Article) -> Draft | None:
    """The latest ceremony told so far (an inauguration or summit), with its date and
    place gathered from all its statements."""
    found = next(
        (d for d in reversed(article.drafts) if d.type in (T.INAUGURATION, T.SUMMIT) and d.actors),
        None,
    )
    if found is None:
        return None
    same = [d for d in article.drafts if d.type is found.type and set(d.actors) & set(found.actors)]
    # its own date first: "trat am Mittwoch sein Amt an ... vereidigt wird er am Donnerstag.
    # Zum Amtsantritt haben sich X und Y angesagt": the ceremony told last, on Thursday
    dated = found if found.mention is not None else next((d for d in same if d.mention), None)
    placed = next((d for d in same if d.location is not None), None)
    result = draft_copy(dated or found)
    if result.location is None and placed is not None:
        result.location = placed.location
    return result


def told_again(article: Article, seg: Segment, etype: T) -> tuple[T, list[Person]] | None:
    """The type and people of the talks (a meeting or a call: "das Gespräch" is either) or
    other event of this type told in the last few sentences."""
    d = _last_of_kind(article, seg, etype)
    return (d.type, draft_people(d)) if d else None


def last_summit(article: Article, seg: Segment) -> Draft | None:
    """The summit told in the last few sentences, where it is the event told last."""
    last = article.drafts[-1] if article.drafts else None
    if last is None or last.type is not T.SUMMIT:
        return None
    return last if seg.index - last.segment.index <= _RECENT_SENTENCES else None


def recent_summit(article: Article, seg: Segment) -> Draft | None:
    """The summit told in the last few sentences, whatever was told after it."""
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _RECENT_SENTENCES:
            return None
        if d.type is T.SUMMIT:
            return d
    return None


def draft_people(d: Draft, limit: int | None = None) -> list[Person]:
    """The people of an event told before, as references to them."""
    return [Person(name, d.countries.get(name), 0, 0, "ref") for name in d.actors[:limit]]


def _last_of_kind(article: Article, seg: Segment, etype: T) -> Draft | None:
    kinds = (T.MEETING, T.CALL) if etype in (T.MEETING, T.CALL) else (etype,)
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _RECENT_SENTENCES:
            break
        if d.type in kinds and len(d.actors) >= 2:
            return d
    return None


def visit_under_way(article: Article, seg: Segment) -> Draft | None:
    """The visit told last, if it was told in the last few sentences."""
    for d in reversed(article.drafts):
        if d.type is T.VISIT and d.actors and seg.index - d.segment.index <= _RECENT_SENTENCES:
            return d
    return None


def travellers_under_way(article: Article, seg: Segment) -> list[Person]:
    """The traveller of the visit told last, if it was told in the last few sentences."""
    d = visit_under_way(article, seg)
    return draft_people(d, 1) if d is not None else []


_RECENT_SENTENCES = 4


def own_time_or_place(article: Article, places: list[Place], clause: tuple[int, int]) -> bool:
    """The clause (token range) names a date or a place of its own: it tells another event
    than the one told before ("Am Freitag wird ihn X nach London begleiten")."""
    lo, hi = article.toks.idx[clause[0]], article.toks.end[clause[1] - 1]
    return any(lo <= m.start_char < hi for m in article.dates) or any(
        lo <= p.start_char < hi for p in places
    )


def take_time_and_place(draft: Draft, told: Draft) -> None:
    """A statement that tells more of an event told before is on its days, with its status,
    and where it was unless it names a place itself."""
    draft.mention, draft.start, draft.end = told.mention, told.start, told.end
    draft.precision, draft.basis, draft.status = told.precision, told.basis, told.status
    draft.location = draft.location or told.location


# "das Abkommen", "diese Wahl", "der neue Vertrag": what the text has named
_DEFINITE = frozenset(
    "das der die den dem des dieses diese diesen diesem dieser jenes jene".split()
)
_ATTRIBUTE = re.compile(r"[a-zäöüß-]+(?:e|en|em|er|es)|[\w-]+-")
# "das Abkommen vom 12. Februar", "der Vertrag von 1997"
_OWN_DATE_AFTER = re.compile(r"\s+(?:(?:vom|von|aus dem jahr)\s+)?", re.IGNORECASE)
_OWN_DATE_OPENER = re.compile(r"(?:vom|von|aus dem jahr)\s", re.IGNORECASE)


def spoken_of_again(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> int | None:
    """An event noun with a definite article, no verb of its type in the sentence, after an
    event of its type was told, and no time of its own: the text speaks of that event again
    ("Medwedew nannte die Wahl eine innere Angelegenheit"). The token of its article, or None.
    A time is its own in the noun's phrase ("das am Montag unterzeichnete Abkommen", "die
    Wahl vom 28. Juli") or where the noun is the subject of a clause with a time ("Das
    Abkommen war am 9. November in Kraft getreten"; as an object, the time is the other
    verb's: "verteidigte das Abkommen am Morgen")."""
    etype = first.type
    if first.verbal or any(
        t.verbal and t.type is etype for t in [*group, *article.seg_triggers(seg)]
    ):
        return None
    told = [d for d in article.drafts if d.type is etype]
    if not told:
        return None
    toks = article.toks
    if _another_time_or_place(article, seg, told, c_start, c_end):
        return None  # "Am 5. November findet in den USA die Präsidentenwahl statt"
    k = first.token_i - 1
    while (
        k >= c_start
        and toks.word(k).lower() not in _DEFINITE
        and _ATTRIBUTE.fullmatch(toks.word(k))
    ):
        k -= 1
    if k < c_start or toks.word(k).lower() not in _DEFINITE:
        return None
    days = article.seg_dates(seg)
    clause_lo, clause_hi = toks.idx[c_start], toks.end[c_end - 1]
    if k == c_start and any(clause_lo <= d.start_char < clause_hi for d in days):
        return None
    phrase_start = toks.idx[k]
    # "seit der Wahl am 25. September": after a preposition, a day right after the noun is
    # the noun's (as an object it is the verb's: "verteidigte das Abkommen am Morgen")
    governed = k > c_start and toks.word(k - 1).lower() in _GOVERNING
    if any(
        phrase_start <= d.start_char < first.start_char
        or (
            # "die Wahl vom 28. Juli" (the phrase may be the date's or stand before it)
            _OWN_DATE_AFTER.fullmatch(article.text, first.end_char, d.start_char) is not None
            and (
                governed
                or _OWN_DATE_OPENER.match(article.text, d.start_char) is not None
                or article.text[first.end_char : d.start_char].strip() != ""
            )
        )
        for d in days
    ):
        return None
    return k


_SAME_TIME_DAYS = 7


def _another_time_or_place(
    article: Article, seg: Segment, told: list[Draft], c_start: int, c_end: int
) -> bool:
    """The clause names a day more than a week from every event of the type told, or a place
    in none of their countries: it tells another one."""
    toks = article.toks
    lo, hi = toks.idx[c_start], toks.end[c_end - 1]
    starts = [d.start for d in told if d.start is not None]
    for day in article.seg_dates(seg):
        if not (lo <= day.start_char < hi) or day.start is None or not starts:
            continue
        if all(abs((day.start - s).days) > _SAME_TIME_DAYS for s in starts):
            return True
    countries = {d.location.country for d in told if d.location is not None}
    text = article.text
    return any(
        lo <= m.start_char < hi
        and m.kind == "place"
        and m.form == "name"
        and m.place is not None
        and m.place.country not in countries
        # where it happens ("in den USA"), not what it is for or about ("für China")
        and _IN_BEFORE.search(text, max(0, m.start_char - 12), m.start_char) is not None
        for m in article.seg_mentions(seg)
    )


_IN_BEFORE = re.compile(r"\b(?:in|im)\s+(?:(?:der|dem|den|die)\s+)?$", re.IGNORECASE)


_GOVERNING = frozenset("seit nach vor bei mit von vom zu zur zum bis während trotz wegen".split())

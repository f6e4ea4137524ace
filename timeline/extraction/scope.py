"""The scope stage: whether a statement tells an event that happened or happens (occurred),
one still to come (planned), or none at all (a condition, a denial, an invitation, a refusal,
something that did not come about, a habit)."""

from __future__ import annotations

import re
from typing import cast

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import (
    DETERMINERS,
    clause_flags,
    is_infinitive,
    particle_verbs,
    resumed_after_relative,
)
from timeline.extraction.article import Article
from timeline.extraction.nlp import TokenArrays, lemma_table
from timeline.extraction.records import Draft, Person, Segment, T, Trigger
from timeline.extraction.types import DateMention, Status


def out_of_scope(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> bool:
    """Whether the trigger group tells no event: negated, or under a cue of effect "none"
    (`resources/de/scope.toml`: cancelled, refused, denied, a condition, a wish, a habit,
    an invitation, "statt")."""
    return negated(article, seg, group, first, c_start, c_end) or (
        cue_effect(article, seg, group, first, c_start, c_end) == "none"
    )


# --- clauses and the words in them ------------------------------------------------------------


def _clauses(article: Article, seg: Segment) -> list[tuple[int, int]]:
    """The clauses of a segment in order, as token spans."""
    key = ("clauses", seg.index)
    cached = article.memo.get(key)
    if cached is not None:
        return cast(list[tuple[int, int]], cached)
    found: list[tuple[int, int]] = []
    flags = clause_flags(article.doc)
    i = seg.start
    while i < seg.end:
        lo, hi = article.clause(seg.start, seg.end, i)
        if hi > lo:
            found.append((lo, hi))
        i = max(hi, i + 1)
        while i < seg.end and flags[i] == 1:
            i += 1
    article.memo[key] = found
    return found


def _words(article: Article, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str], str]:
    """The lemmas (separable verbs joined), lower-case forms and lower-case text of a clause."""
    key = ("words", lo, hi)
    cached = article.memo.get(key)
    if cached is not None:
        return cast(tuple[frozenset[str], frozenset[str], str], cached)
    toks = article.toks
    table = lemma_table()
    particles = particle_verbs(article.doc)
    forms = [toks.word(k).lower() for k in range(lo, hi)]
    lemmas = {
        particles[k][0] if k in particles else table.get(toks.orth[k], forms[k - lo]).lower()
        for k in range(lo, hi)
    }
    found = (frozenset(lemmas), frozenset(forms), toks.span_text(lo, hi).lower())
    article.memo[key] = found
    return found


def _is_complement(article: Article, lo: int, hi: int) -> bool:
    """A clause that completes a verb of the clause before it: "dass ...", "ob ...", or a
    zu-infinitive ("..., im Mai nach Paris zu reisen"; not "um ... zu", a purpose)."""
    first = _opening(article, lo, hi)
    if first in ("dass", "ob", "wonach"):
        return True
    if first in ("um", "ohne", "statt", "anstatt"):
        return False
    if (
        lo > 0
        and article.toks.word(lo - 1) == ","
        and _REPORTED.search(article.toks.span_text(lo, hi))
    ):
        # reported speech without "dass": "kündigte an, seine Reise werde ihn nach Chile führen"
        return True
    return _zu_infinitive(article, lo, hi)


# the present subjunctive of an auxiliary or modal: a clause of reported speech
_REPORTED = re.compile(r"\b(?:werde|wolle|solle|könne|müsse|dürfe|möge)\b")


def _zu_infinitive(article: Article, lo: int, hi: int) -> bool:
    """Whether the clause holds a zu-infinitive ("zu unterzeichnen", "teilzunehmen")."""
    toks = article.toks
    table = lemma_table()
    for k in range(lo, hi):
        word = toks.word(k).lower()
        if word == "zu" and k + 1 < hi and is_infinitive(toks, k + 1):
            return True
        if "zu" in word[1:-3]:
            lemma = table.get(toks.orth[k], word)
            if lemma != word and word.replace("zu", "", 1) == lemma:
                return True  # "einzutreffen", "teilzunehmen"
    return False


_PREPOSITION_OR_CONJUNCTION = frozenset({"ohne", "statt", "anstatt"})


def _opened_by(article: Article, lo: int, hi: int, words: frozenset[str]) -> bool:
    """A clause opened by one of `words` as a conjunction: "ohne ... zu unterzeichnen",
    "ohne dass"; not "Ohne jede Ankündigung hat sich X vereidigen lassen", where "ohne"
    governs a noun and the clause states the event."""
    opening = _opening(article, lo, hi)
    if opening not in words:
        return False
    if opening not in _PREPOSITION_OR_CONJUNCTION:
        return True
    return "dass" in article.toks.span_text(lo, min(hi, lo + 6)).lower().split() or (
        _zu_infinitive(article, lo, hi)
    )


def _opening(article: Article, lo: int, hi: int) -> str:
    """The first word of a clause (after a dateline: "Berlin (dpa) - Sollte ...")."""
    toks = article.toks
    k = lo
    head = toks.text[toks.idx[lo] : toks.end[hi - 1]] if hi > lo else ""
    dateline = _DATELINE.match(head)
    if dateline:
        at = toks.idx[lo] + dateline.end()
        while k < hi and toks.idx[k] < at:
            k += 1
    while k < hi and not toks.word(k)[:1].isalpha():
        k += 1
    return toks.word(k).lower() if k < hi else ""


def cue_effect(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> str | None:
    """The effect of the scope cues that concern the trigger group: "none" before "planned",
    or None."""
    found: str | None = None
    nouns = [t for t in group if not t.verbal]
    complement = _is_complement(article, c_start, c_end)
    # The people who protest ("Die Demonstranten forderten den Rücktritt") are the subject of
    # their clause's verb: what they demand, plan or refuse is not said of their protest.
    argument = first.verbal or any(
        not _in_phrase(article, seg, t) and not _subject_agents(article, c_start, t) for t in nouns
    )
    # "Ein Treffen, das für Mittwoch geplant war, wurde abgesagt": the noun's clause goes on
    # after the relative clause
    resumed = (
        resumed_after_relative(article.doc, seg.start, seg.end, c_end)
        if nouns and not first.verbal
        else None
    )
    for cue in trg.scope_rules().cues:
        if cue.types is not None and first.type not in cue.types:
            continue
        if cue.nouns_only and first.verbal:
            continue
        if found == "planned" and cue.effect == "planned":
            continue
        reach = cue.reach
        hit = (
            (
                "lead" in reach
                and bool(nouns)
                and all(_lead_match(article, seg, t, cue) for t in nouns)
            )
            or ("opening" in reach and _opened_by(article, c_start, c_end, cue.words))
            or (
                ("clause" in reach or ("argument" in reach and argument))
                and (
                    _clause_match(article, cue, c_start, c_end, first)
                    or (resumed is not None and _clause_match(article, cue, *resumed))
                )
            )
            or (
                "consequence" in reach
                and _consequence_of(article, seg, c_start, c_end, first, cue.words)
            )
            or (
                "governor" in reach
                and complement
                and any(
                    _clause_match(article, cue, a, b) for a, b in _governors(article, seg, c_start)
                )
            )
        )
        if hit:
            if cue.effect == "none":
                return "none"
            found = cue.effect
    return found


def _subject_agents(article: Article, c_start: int, noun: Trigger) -> bool:
    """The noun names people ("Demonstranten", "Protestierende") and opens its clause as its
    subject, with only its determiner and adjectives before it (not "Die Regierung will
    Demonstranten bestrafen")."""
    if not _AGENT_NOUN.search(noun.text):
        return False
    toks = article.toks
    for k in range(c_start, noun.token_i):
        word = toks.word(k)
        if not (word.lower() in DETERMINERS or word[:1].islower() or not word[:1].isalpha()):
            return False
    return True


def _governors(article: Article, seg: Segment, c_start: int) -> list[tuple[int, int]]:
    """The clauses a complement clause at `c_start` completes: those before it, or, when it
    opens the sentence ("Dass X reist, gilt als unwahrscheinlich"), the one after it."""
    clauses = _clauses(article, seg)
    before = [(a, b) for a, b in clauses if b <= c_start]
    if before:
        return before
    return [(a, b) for a, b in clauses if a > c_start][:1]


# The first word of a main clause that follows a condition ("Sollte X reisen, würde Y ...",
# "Wenn X kommt, wird Y ..."): a finite auxiliary or modal, or "dann"/"so".
_CONSEQUENCE_OPENINGS = frozenset(
    "würde würden wird werden werde wäre wären hätte hätten könnte könnten müsste müssten "
    "dürfte dürften sollte sollten will wollen kann können muss müssen dann so".split()
)


def _consequence_of(
    article: Article, seg: Segment, c_start: int, c_end: int, first: Trigger, words: frozenset[str]
) -> bool:
    """Whether the trigger's clause is the consequence of a clause opened by one of `words`
    right before it: a conditional sentence states no event in either half."""
    before = [(a, b) for a, b in _clauses(article, seg) if b <= c_start]
    if not before or not _opened_by(article, *before[-1], words):
        return False
    opening = _opening(article, c_start, c_end)
    return opening in _CONSEQUENCE_OPENINGS or (
        first.verbal and article.toks.word(first.token_i).lower() == opening
    )


def _in_phrase(article: Article, seg: Segment, trigger: Trigger) -> bool:
    """A noun trigger inside a prepositional phrase ("bei seinem Besuch", "nach einem
    Telefonat"): no argument of its clause's verb."""
    toks = article.toks
    j = trigger.token_i - 1
    while j >= max(seg.start, trigger.token_i - 5):
        word = toks.word(j)
        low = word.lower()
        if low in trg.BACKGROUND_PREPS or low in _MORE_PREPS:
            return True
        if (
            low in DETERMINERS
            or low in trg.POSSESSIVES
            or low in _OTHER_DETERMINERS
            or (word[:1].islower() and word.isalpha())
            or word.isdigit()
            or word in ("-", "–")
        ):
            j -= 1
            continue
        return False
    return False


def _clause_match(
    article: Article, cue: trg.ScopeCue, lo: int, hi: int, trigger: Trigger | None = None
) -> bool:
    """A cue word in tokens lo..hi; with a verb `trigger` among them, not in a conjunct after
    it ("hat das Amt übernommen und ... angekündigt": the announcement is another predicate)."""
    lemmas, forms, text = _words(article, lo, hi)
    if any(p.search(text) for p in cue.patterns):
        return True
    if cue.lemmas.isdisjoint(lemmas) and cue.words.isdisjoint(forms):
        return False
    if trigger is None or not trigger.verbal:
        return True
    toks = article.toks
    particles = particle_verbs(article.doc)
    table = lemma_table()
    joined = False
    for k in range(lo, hi):
        word = toks.word(k).lower()
        if k > trigger.token_i and word in _COORDINATORS:
            joined = True
        if joined:
            break
        lemma = particles[k][0] if k in particles else table.get(toks.orth[k], word).lower()
        if lemma in cue.lemmas or word in cue.words:
            return True
    return False


def own_clause_people(
    article: Article, seg: Segment, people: list[Person], c_start: int, c_end: int
) -> list[Person]:
    """Without the people of another event's clause: those of a relative clause beside the
    trigger's ("Merkel, die Putin traf, reiste nach Paris"), and, when the trigger stands in a
    relative or adverbial clause, those of another clause with a verb of its own ("Nachdem
    Putin Minsk besucht hatte, reiste Lukaschenko nach Moskau"), but the person a relative
    clause follows. Not when a pronoun of the trigger's clause may stand for someone there, nor
    when nobody would be left."""
    toks = article.toks
    if _has_pronoun(article, c_start, c_end):
        return people  # "Als Putin eintraf, empfing ihn X": the pronoun is the other clause's
    own_dependent = _dependent(article, c_start, c_end)
    away: list[tuple[int, int]] = []
    for d_lo, d_hi in _clauses(article, seg):
        if d_lo < c_end and c_start < d_hi:
            continue
        if (
            not own_dependent
            and _dependent(article, d_lo, d_hi)
            and _opening(article, d_lo, d_hi) not in _ADVERBIAL
        ) or (own_dependent and any(t.verbal for t in _clause_triggers(article, seg, d_lo, d_hi))):
            away.append((toks.idx[d_lo], toks.end[d_hi - 1]))
    if not away:
        return people
    if own_dependent and c_start > 0 and toks.word(c_start - 1) == ",":
        # a relative clause is about the person it follows ("Macron, der mit Putin telefonierte")
        comma = toks.idx[c_start - 1]
        antecedent = [p for p in people if 0 <= comma - p.end_char <= 1]
    else:
        antecedent = []
    kept = [p for p in people if p in antecedent or not any(a <= p.start_char < b for a, b in away)]
    if not any(p.kind != "organisation" for p in kept):
        return people
    return kept


def _clause_triggers(article: Article, seg: Segment, lo: int, hi: int) -> list[Trigger]:
    return [t for t in article.seg_triggers(seg) if lo <= t.token_i < hi]


def _dependent(article: Article, lo: int, hi: int) -> bool:
    """A relative clause (after a comma, opened by a relative pronoun, perhaps after a
    preposition, and closed by its verb) or an adverbial clause ("nachdem", "als", "weil")."""
    opening = _opening(article, lo, hi)
    if opening in _ADVERBIAL:
        return True
    toks = article.toks
    if lo == 0 or toks.word(lo - 1) != ",":
        return False
    words = [toks.word(k).lower() for k in range(lo, min(hi, lo + 2))]
    relative = words[:1] and (
        words[0] in _RELATIVE
        or (len(words) == 2 and words[0] in _PREPOSITIONS and words[1] in _RELATIVE)
    )
    last = hi - 1
    while last > lo and not toks.word(last)[:1].isalpha():
        last -= 1
    return bool(relative) and toks.word(last)[:1].islower()


_PERSONAL_PRONOUNS = frozenset(
    hash_string(w) for w in "ich mich mir wir uns er ihn ihm sie ihr ihnen".split()
)
_ADVERBIAL = frozenset(
    {"nachdem", "als", "während", "bevor", "weil", "obwohl", "sobald", "seitdem", "wo"}
)
_RELATIVE = frozenset(
    "der die das dem den deren dessen denen welche welcher welches welchem welchen".split()
)
_PREPOSITIONS = frozenset("mit von bei zu an auf für gegen über unter nach aus".split())


def without_reporters(
    article: Article, seg: Segment, people: list[Person], c_start: int, c_end: int
) -> list[Person]:
    """Without who reports the event from another clause ("X teilte mit, Merkel werde Paris
    besuchen"; "..., sagte X"), when the event's clause names its own people and has no
    pronoun that could be the speaker ("X sagte, er werde Y treffen")."""
    toks = article.toks
    lo, hi = toks.idx[c_start], toks.end[c_end - 1]
    if not any(lo <= p.start_char < hi and p.kind != "organisation" for p in people):
        return people
    if _has_pronoun(article, c_start, c_end):
        return people
    spans = _speech_clauses(article, seg, c_start, c_end)
    if not spans:
        return people
    return [p for p in people if not any(a <= p.start_char < b for a, b in spans)]


def _has_pronoun(article: Article, c_start: int, c_end: int) -> bool:
    return not _PERSONAL_PRONOUNS.isdisjoint(article.toks.lower[c_start:c_end])


def _speech_clauses(
    article: Article, seg: Segment, c_start: int, c_end: int
) -> list[tuple[int, int]]:
    """The other clauses of the segment whose verb is one of saying ("teilte mit", "sagte",
    "wie X erklärte"), as character spans: those that report the clause c_start..c_end."""
    if _zu_infinitive(article, c_start, c_end):
        return []  # "kündigte an, X zu empfangen": the speaker is the subject of the infinitive
    verbs = trg.scope_rules().reporting
    found: list[tuple[int, int]] = []
    toks = article.toks
    for lo, hi in _clauses(article, seg):
        if lo < c_end and c_start < hi:
            continue
        lemmas, _forms, _text = _words(article, lo, hi)
        if not verbs.isdisjoint(lemmas):
            found.append((toks.idx[lo], toks.end[hi - 1]))
    return found


def _lead_match(article: Article, seg: Segment, trigger: Trigger, cue: trg.ScopeCue) -> bool:
    """A cue pattern that ends right before the noun trigger ("ein mögliches Treffen")."""
    lead = article.text[max(seg.start_char, trigger.start_char - 50) : trigger.start_char]
    return any(p.search(lead.lower()) for p in cue.patterns)


_COPULA = frozenset("war waren ist sind sei seien wäre wären wird werden wurde wurden".split())
_QUOTES = frozenset("„ “ ” \" « » ‚ ‘ ’ '".split())
_ATTRIBUTE = re.compile(r"[a-zäöüß-]+(?:e|en|er|es|em)")
# "kein weiteres Treffen", "keine neuen Gespräche": no other one
_ANOTHER = re.compile(r"(?:weiter|zweit|dritt|neu|erneut|direkt|persönlich|offiziell|gemeinsam)")


def _kein_before(toks: TokenArrays, i: int, lo: int, determiners: frozenset[str]) -> bool:
    """Whether "kein" determines the noun at token i: right before it ("keine Gespräche"),
    before quotation marks ("kein „vergeudetes Treffen“") or adjectives of another one ("kein
    weiteres Treffen"), unless it is the predicate of "sein"; adjectives that judge it tell of
    one that took place ("kein gutes Treffen", "keine einfachen Gespräche")."""
    j = i - 1
    quoted = False
    judged = False
    while (
        j > lo
        and toks.word(j).lower() not in determiners
        and (toks.word(j) in _QUOTES or _ATTRIBUTE.fullmatch(toks.word(j)))
    ):
        quoted = quoted or toks.word(j) in _QUOTES
        judged = judged or not _ANOTHER.match(toks.word(j))
        j -= 1
    if j < lo or toks.word(j).lower() not in determiners:
        return False
    if j == i - 1:
        return True
    # "kein gutes Treffen", "keine einfachen Gespräche": the event took place, judged
    return (quoted or not judged) and (j == lo or toks.word(j - 1).lower() not in _COPULA)


def negated(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> bool:
    """Whether a negation concerns the event: "nicht"/"nie" in the clause of a verb trigger
    ("Putin wird dort nicht erwartet"), or of a noun whose clause says it (did not) take place
    ("Vereinbarungen wurden nicht verkündet"); "kein" determining the noun itself ("keine
    Gespräche", not "kein leichtes Treffen"). Not "nicht nur ..., sondern", "nicht in Minsk,
    sondern in Moskau"."""
    rules = trg.scope_rules().negation
    toks = article.toks
    nouns = [t for t in group if not t.verbal]
    if nouns and all(_kein_before(toks, t.token_i, seg.start, rules.determiners) for t in nouns):
        return True
    lemmas, forms, _text = _words(article, c_start, c_end)
    if rules.words.isdisjoint(forms):
        return False
    if not first.verbal and rules.occurrence.isdisjoint(lemmas | forms):
        return False
    for k in range(c_start, c_end):
        if toks.word(k).lower() not in rules.words:
            continue
        rest = article.text[toks.idx[k] : seg.end_char].lower()
        if not any(p.match(rest) for p in rules.exceptions):
            return True
    return False


def happening_now(article: Article, d: Draft, seg: Segment) -> bool:
    """Today's news: told in the present or present perfect in the body, or in any tense in
    the article's lead (its headline and first two sentences: "Ahmadinedschad wurde zum
    zweiten Mal vereidigt") unless told as earlier or later ("zuvor", "bereits", a
    pluperfect, "danach") or an election (its result comes the day after); and not
    backgrounded ("nach seiner Vereidigung")."""
    if d.status is Status.PLANNED:
        return False
    toks = article.toks
    t = d.trigger
    c_start, c_end = article.clause(seg.start, seg.end, t.token_i)
    if (
        d.type is not T.ELECTION  # results come the day after the vote
        and _in_lead(article, seg)
        and not _backgrounded(article, seg, t)
        and _words(article, c_start, c_end)[1].isdisjoint(_EARLIER)
        # "In Belarus sind am Samstag Tausende auf die Straße gegangen. Die Demonstranten
        # zogen durch Minsk": the lead's day is the one it named
        and not any(m.start_char < seg.start_char for m in _lead_dates(article))
    ):
        return True
    if seg.headline:
        return False
    words = set(toks.lower[c_start:c_end])
    if not _PAST_AUX_HASHES.isdisjoint(words):
        return False
    # Present passive: "wird", "werden" count as "ist" (the future was ruled out as planned).
    present_aux = not (_PRESENT_AUX_HASHES.isdisjoint(words) and _WERDEN_HASHES.isdisjoint(words))
    if not t.verbal:
        if _backgrounded(article, seg, t):
            return False
        return present_aux or bool(_NOW_WORDS.search(toks.span_text(c_start, c_end)))
    word = toks.word(t.token_i)
    lemma = lemma_table().get(toks.orth[t.token_i], word).lower()
    form = word.lower()
    if present_aux:
        return True
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    present = form in {lemma, stem + "t", stem + "e", stem + "st", stem + "et"}
    return present


def _backgrounded(article: Article, seg: Segment, t: Trigger) -> bool:
    """A noun trigger in a prepositional phrase of the background ("nach seiner Vereidigung",
    "bei dem Treffen"; not "von")."""
    if t.verbal or t.token_i <= seg.start:
        return False
    toks = article.toks
    j = t.token_i - 1
    while j > seg.start:
        word = toks.word(j)
        low = word.lower()
        if not (
            low in DETERMINERS
            or (word[:1].islower() and word.isalpha() and low not in trg.BACKGROUND_PREPS)
        ):
            break
        j -= 1
    low = toks.word(j).lower()
    return low in trg.BACKGROUND_PREPS and low != "von"


def _lead_dates(article: Article) -> list[DateMention]:
    """The resolved date phrases of the lead's body sentences."""
    found = [
        m
        for seg in article.segments
        if not seg.headline and _in_lead(article, seg)
        for m in article.seg_dates(seg)
        if m.start is not None
    ]
    return found


def _in_lead(article: Article, seg: Segment) -> bool:
    """A headline before the body, or one of the first two sentences of the body's first
    paragraph."""
    lead = article.memo.get(("lead",))
    if lead is None:
        first = next((s for s in article.segments if not s.headline), None)
        if first is None:
            lead = (-1, -1)
        else:
            paragraph_end = article.text.find("\n\n", first.start_char)
            body = [
                s.index
                for s in article.segments
                if not s.headline
                and s.index >= first.index
                and (paragraph_end < 0 or s.start_char < paragraph_end)
            ]
            lead = (first.index, body[min(1, len(body) - 1)])
        article.memo[("lead",)] = lead
    first_index, last_index = cast(tuple[int, int], lead)
    if first_index < 0:
        return False
    return seg.index <= last_index


def status(
    article: Article,
    clause_text: str,
    trigger: Trigger,
    mention: DateMention | None,
    doc: Doc,
    c_start: int,
    seg: Segment,
) -> Status:
    """Planned or occurred: by the date against the publication day, else by the trigger
    standing in the background ("nach dem Treffen"), else by the cues and the tense."""
    if mention is not None and mention.start is not None and article.published is not None:
        if mention.start > article.published:
            return Status.PLANNED
        if mention.end is not None and mention.end < article.published:
            return Status.OCCURRED
    toks = article.toks
    if (
        not trigger.verbal
        and trigger.token_i > 0
        and toks.lower[trigger.token_i - 1] in _TEMPORAL_PREP_HASHES
    ):
        return Status.OCCURRED
    j = trigger.token_i - 1
    while j > seg.start and toks.lower[j] in _DETERMINERS_POSSESSIVES_HASHES:
        j -= 1
    if not trigger.verbal and toks.lower[j] in _TEMPORAL_PREP_HASHES:
        return Status.OCCURRED
    return Status.PLANNED if points_forward(article, seg, trigger, c_start) else Status.OCCURRED


def points_forward(article: Article, seg: Segment, trigger: Trigger, c_start: int) -> bool:
    """Whether the statement tells an event to come: a cue of intention or expectation
    reaches it, or it is told in the future tense."""
    c_end = _clause_end(article, seg, c_start)
    if cue_effect(article, seg, [trigger], trigger, c_start, c_end) == "planned":
        return True
    toks = article.toks
    words = toks.span_text(c_start, c_end).lower().split()
    if any(w in trg.FUTURE_AUX for w in words) and "worden" not in words:
        # "wird ... reisen" (future) vs "wird ... empfangen" (present passive): the
        # future has an infinitive at the clause end.
        tail = [j for j in range(c_start, seg.end) if toks.word(j).isalpha()][-3:]
        if any(is_infinitive(toks, j) for j in tail):
            return True
        if trigger.verbal and is_infinitive(toks, trigger.token_i):
            return True
    return False


def _clause_end(article: Article, seg: Segment, c_start: int) -> int:
    """The end of the clause that starts at token `c_start`."""
    return next((b for a, b in _clauses(article, seg) if a == c_start), seg.end)


# "Minsk (dpa) - ": where the story was filed (skipped when reading a clause's opening).
# Agent nouns: "Demonstrant(en)", "Protestler", the nominalised participles "Protestierende(n)"
_AGENT_NOUN = re.compile(r"(?:ant|ent|ler|ierende|ierender)(?:en|in|innen|n)?$", re.IGNORECASE)

_DATELINE = re.compile(r"\s*[A-ZÄÖÜ][^()\n]{0,60}\([^()\n]{1,30}\)\s*[-–—]\s")

# Words that tell an event as earlier than the news: not today's, even in the lead.
_EARLIER = frozenset(
    {"zuvor", "bereits", "schon", "damals", "früher", "einst", "vorher", "zuletzt", "hatte",
     "hatten", "vergangene", "vergangenen", "vergangenes", "letzte", "letzten", "seit",
     "seither", "ehemals", "ehemalige", "ehemaligen", "danach", "anschließend"}
)  # fmt: skip
_NOW_WORDS = re.compile(r"\b(?:zurzeit|derzeit|gerade|aktuell)\b")
_TEMPORAL_PREP_HASHES = frozenset(hash_string(w) for w in trg.TEMPORAL_PREPS)
_DETERMINERS_POSSESSIVES_HASHES = frozenset(hash_string(w) for w in DETERMINERS | trg.POSSESSIVES)
_PAST_AUX_HASHES = frozenset(hash_string(w) for w in trg.PAST_AUX - {"worden"})
_PRESENT_AUX_HASHES = frozenset(hash_string(w) for w in trg.PRESENT_AUX)
_WERDEN_HASHES = frozenset(hash_string(w) for w in ("wird", "werden"))
_COORDINATORS = frozenset({"und", "oder", "sowie", "aber", "sondern"})
_MORE_PREPS = frozenset(
    {"beim", "vom", "zum", "zur", "ins", "ans", "aufs", "durch", "ohne", "zwischen", "neben",
     "hinter", "infolge", "angesichts", "anlässlich", "laut", "gemäß", "samt", "statt"}
)  # fmt: skip
_OTHER_DETERMINERS = frozenset(
    {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem",
     "jenen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "unser", "unsere", "unserem",
     "unseren", "unserer", "kein", "keine", "keinem", "keinen", "keiner", "keines", "jede",
     "jeder", "jedes", "jedem", "jeden"}
)  # fmt: skip

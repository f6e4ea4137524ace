"""What the argument and date stages need to know about votes: who won one when the text
refers to the winner by a pronoun ("gewann er"); a vote named only beside another statement
("nach der Wahl", "Proteste gegen die Wiederwahl", "gratulierte zum Wahlsieg", "Wahlsieger X")
takes neither that statement's day, nor its place, nor its people; and the day of a vote whose
result an undated report tells.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.extraction import coreference
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Person, Segment, T, Trigger

# The predicates that make the subject of a clause the winner of the vote it names, or a
# candidate with a share of it ("hatte er mit 30 Prozent vor X gelegen", "erhielt sie 45
# Prozent").
_WINNING = re.compile(
    r"\b(?:gewann|gewannen|gewinnt|gewonnen|siegte|siegten|siegt|gesiegt|errang|errangen|"
    r"errungen|triumphierte|triumphiert|wiedergewählt|gewählt|setzte sich|durchgesetzt|"
    r"wahlsieg\w*|wahlsieger\w*|zum sieger|als sieger\w*|prozent|stimmen)\b",
    re.IGNORECASE,
)
# "er" or "sie" as the subject beside the finite verb ("gewann er", "sie hatte"), or a
# descriptor by age in the nominative ("Die 62-Jährige gewann", "ließ sich der 65-Jährige zum
# Sieger erklären"; not "dem 65-Jährigen"). Only whether one is referred to: who it is, and
# whether a name follows ("die 28-jährige Jordan Bardella"), coreference.person_refs decides.
_SUBJECT_REF = re.compile(
    r"\b(?:gewann|siegte|errang|triumphierte|wurde|ist|war|hat|hatte)\s+(?:er|sie)\b"
    r"|(?:^|,)\W*(?:er|sie)\s+(?:gewann|siegte|errang|triumphierte|wurde|ist|war|hat|hatte)\b"
    r"|\b(?:der|die)\s+\d{2,3}-jährige\b",
    re.IGNORECASE,
)


def winner_referred_to(clause_text: str) -> bool:
    """The clause tells a win or a share of the votes and names its winner only by a pronoun
    ("Die Präsidentenwahl gewann er mit 96 Prozent", "Im ersten Wahlgang hatte er mit 30
    Prozent vorn gelegen"): the person the pronoun points to is the vote's winner or
    candidate."""
    if not _WINNING.search(clause_text):
        return False
    return bool(_SUBJECT_REF.search(clause_text))


# A preposition that makes the vote the background of another statement: "nach der Wahl",
# "gegen die Wiederwahl", "seit den Wahlen" (not "bei der Wahl am Sonntag siegte X").
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:nach|vor|seit|gegen|wegen|trotz|infolge|angesichts)\s+(?:de[rnms]|die|das|den|"
    r"ein\w*|sein\w*|ihr\w*)?\s*(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Congratulations are on a vote told before ("gratulierte ihm zur Wahl").
_CONGRATULATING = re.compile(r"gratul|glückw", re.IGNORECASE)
# The winner named as a title ("Wahlsieger Milei", "die Wahlsiegerin").
_WINNER_TITLE = re.compile(r"wahlsieger", re.IGNORECASE)
# What may stand between a vote noun and its own date: "Parlamentswahl in Georgien vom
# 2. November", "Wahl am Sonntag", "Wahl in Italien, die am 4. März".
_OWN_DATE_GAP = re.compile(
    r"^\s*(?:(?:in|im|von|vom|des|der|dem|den|die|das|zum|zur|um)\s+|[A-ZÄÖÜ][\w.-]*\s*){0,5}"
    r"(?:,\s*(?:die|der|das|welche\w*)\s+)?$"
)


# The round of a vote its noun names: "im ersten Wahlgang", "die erste Runde" / "die
# Stichwahl", "im zweiten Durchgang".
_ROUND = r"(?:wahlgang|wahlgangs|wahlrunde|runde|durchgang|durchgangs)\b"
_FIRST_ROUND = re.compile(rf"\b(?:erste[nmr]?|1\.)\s+{_ROUND}", re.IGNORECASE)
_RUN_OFF = re.compile(rf"\bstichwahl|\b(?:zweite[nmr]?|2\.)\s+{_ROUND}", re.IGNORECASE)


def vote_round(seg: Segment, noun: Trigger) -> int | None:
    """1 for a first round, 2 for a run-off, None when the vote's noun says neither."""
    at = noun.start_char - seg.start_char
    near = seg.text[max(0, at - 20) : noun.end_char - seg.start_char]
    if _RUN_OFF.search(near):
        return 2
    if _FIRST_ROUND.search(near):
        return 1
    return None


def different_rounds(a: Draft, b: Draft) -> bool:
    """Two statements of votes whose nouns name different rounds: two votes."""
    ra, rb = (vote_round(d.segment, d.trigger) for d in (a, b))
    return ra is not None and rb is not None and ra != rb


# The ballots of an assembly choosing someone for an office ("erhielt im ersten Wahlgang die
# Mehrheit" after "Das Parlament wählte sie zur Ministerpräsidentin"): no public vote; the
# office taken is an inauguration (EVENTS.md).
_BALLOT = re.compile(r"(?:wahlgang|wahlgangs|wahlrunde|wahlrunden)$", re.IGNORECASE)
_ASSEMBLY = re.compile(
    r"\b(?:parlament(?!s?wahl)\w*|unterhaus\w*|oberhaus\w*|bundestag(?!s?wahl)\w*|"
    r"bundesversammlung|abgeordnete\w*|parlamentarier\w*|kongress\w*|duma|senat\w*|"
    r"nationalversammlung)\b",
    re.IGNORECASE,
)
# ... choosing someone for an office: "wählte sie zur Ministerpräsidentin", "zum Kanzler
# gewählt", "ernannt"
_TO_AN_OFFICE = re.compile(
    r"\b(?:wählte\w*|gewählt|ernannt\w*|ernannte\w*)\b.{0,80}?\bzu(?:m|r)\s+(?:[\w-]+\s+){0,2}"
    r"[\w-]*(?:präsident|kanzler|premier|regierungschef|staatsoberhaupt)\w*"
    r"|\bzu(?:m|r)\s+(?:[\w-]+\s+){0,2}[\w-]*(?:präsident|kanzler|premier|regierungschef|"
    r"staatsoberhaupt)\w*.{0,80}?\b(?:wählte\w*|gewählt|ernannt\w*|ernannte\w*)\b",
    re.IGNORECASE | re.DOTALL,
)


def assembly_ballot(article: Article, seg: Segment, noun: Trigger) -> bool:
    """A ballot noun ("Wahlgang", "Wahlrunde") in a paragraph that tells an assembly choosing
    someone for an office, up to this sentence."""
    if noun.verbal or not _BALLOT.search(noun.text):
        return False
    paragraph_start = article.text.rfind("\n\n", 0, seg.start_char) + 1
    told = article.text[paragraph_start : seg.end_char]
    return bool(_ASSEMBLY.search(told)) and bool(_TO_AN_OFFICE.search(told))


def backgrounded(text: str, seg_start: int, seg_end: int, noun: Trigger) -> bool:
    """The vote noun is named as the time, cause or title of another statement ("Nach der
    Wahl sagte er am Montag", "Aus Protest gegen die Wiederwahl gingen gestern Tausende auf
    die Straße", "gratulierte ihm zum Wahlsieg", "Wahlsieger X reiste am Montag"): the
    sentence's date, place and people are that statement's."""
    if noun.verbal or noun.type is not T.ELECTION:
        return False
    return bool(
        _BACKGROUND_BEFORE.search(text, max(seg_start, noun.start_char - 60), noun.start_char)
        or _WINNER_TITLE.search(noun.text)
        or _CONGRATULATING.search(text, seg_start, seg_end)
    )


def own_date(text: str, noun_end: int, date_start: int) -> bool:
    """The date phrase follows the vote noun within its phrase ("gegen die Wahl vom
    2. November")."""
    return date_start >= noun_end and bool(_OWN_DATE_GAP.match(text[noun_end:date_start]))


# Between a vote noun and the person it is of: "die Wiederwahl des Präsidenten X", "der
# Wahlsieg von X", "Wahlsieger X" (no verb between).
_OWNER_AFTER = re.compile(r"^\s*(?:(?:von|des|der|dem)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,3}$")
# "Melonis Wahlsieg", "Orbáns deutlicher Wahlsieg"
_OWNER_BEFORE = re.compile(r"^s?\s+(?:[a-zäöü]\w*\s+)?$")
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:sein|seine|seinem|seinen|seiner|seines|ihr|ihre|ihrem|ihren|ihrer|ihres)\s+"
    r"(?:[a-zäöü]\w*\s+)?$",
    re.IGNORECASE,
)


def owners(text: str, noun: Trigger, persons: list[Person]) -> list[Person]:
    """Whose vote a background vote noun names: the person after it ("die Wiederwahl des
    Präsidenten X", "Wahlsieger X"), before it in the genitive ("Melonis Wahlsieg"), or, after
    a possessive ("zu seinem Wahlsieg"), the person named last before it, else first after."""
    after = [
        p
        for p in persons
        if p.start_char >= noun.end_char and _OWNER_AFTER.match(text[noun.end_char : p.start_char])
    ]
    before = [
        p
        for p in persons
        if p.end_char <= noun.start_char and _OWNER_BEFORE.match(text[p.end_char : noun.start_char])
    ]
    if after or before:
        return (before + after)[:1]
    if _POSSESSIVE_BEFORE.search(text, max(0, noun.start_char - 30), noun.start_char):
        earlier = [p for p in persons if p.end_char <= noun.start_char]
        later = [p for p in persons if p.start_char >= noun.end_char]
        return earlier[-1:] or later[:1]
    return []


_RESULT = re.compile(
    r"\bprozent\b|\bstimmen\b|\bmehrheit\b|\bsitze\b|\bmandate\b|\bverloren\b|\bverlor\b"
    r"|\bunterlag\b|\bunterlegen\b|\bniederlage\b|\bwahlniederlage\b",
    re.IGNORECASE,
)


def result_told(text: str) -> bool:
    """The sentence tells a vote's outcome (a winner, a loser, a share of the votes), not the
    voting."""
    return bool(_WINNING.search(text) or _RESULT.search(text))


def voting_day(published: date) -> date:
    """The day of a vote whose result an undated report tells ("hat die Stichwahl
    gewonnen"): results are news the day after the vote, except on a Sunday, the day most
    votes are held and their results reported that evening."""
    if published.weekday() == _SUNDAY:
        return published
    return published - timedelta(days=1)


_SUNDAY = 6


def congratulated(text: str, seg_start: int, seg_end: int, noun: Trigger) -> bool:
    """Congratulations on taking office ("gratulierte ihr zum Amtsantritt"): the day and place
    are the congratulation's, not the ceremony's."""
    return (
        not noun.verbal
        and noun.type is T.INAUGURATION
        and bool(_CONGRATULATING.search(text, seg_start, seg_end))
    )


def congratulation_start(text: str, seg_start: int, seg_end: int) -> int:
    """Where the congratulating verb stands: who is congratulated is named after it."""
    found = _CONGRATULATING.search(text, seg_start, seg_end)
    return found.start() if found else seg_start


# A rival candidate introduced by title: "Sein Herausforderer X", "Ihre Rivalin X", "der
# unterlegene Kandidat X".
_CHALLENGER = re.compile(
    r"\b(?:herausforder\w*|gegenkandidat\w*|rival\w*|konkurrent\w*|kontrahent\w*|"
    r"unterlegene\w*|zweitplatziert\w*|mitbewerber\w*)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CHALLENGER_REACH = 2  # sentences after the vote


def add_challengers(article: Article, seg: Segment, persons: list[Person]) -> None:
    """A rival named by title in the sentences right after a vote of the same paragraph
    ("X gewann die Präsidentenwahl. Sein Herausforderer Y erkannte die Niederlage nicht an")
    is one of its candidates."""
    if any(t.type is T.ELECTION for t in article.seg_triggers(seg)):
        return
    rivals = [
        p
        for p in persons
        if p.kind in ("person", "unknown")
        and _CHALLENGER.search(article.text, max(0, p.start_char - 60), p.start_char)
    ]
    if not rivals:
        return
    paragraph = article.text.rfind("\n\n", 0, seg.start_char)
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _CHALLENGER_REACH or d.segment.start_char < paragraph:
            break
        if d.type is T.ELECTION and d.actors:
            for p in rivals:
                if p.name not in d.actors:
                    d.actors.append(p.name)
                    d.countries[p.name] = p.country
            return


# What a clause about a vote may tell besides the vote: its result or its candidates
_RESULT = re.compile(
    r"\b(?:prozent|stimmen|gewann|gewonnen|gewinnt|siegte|gesiegt|sieg|sieger\w*|stichwahl|"
    r"wahlgang|kandidat\w*|bewerber\w*|unterlag|unterlegen|verlor|verloren|vorn|mehrheit)\b",
    re.IGNORECASE,
)


def told_again(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> bool:
    """A vote spoken of again ("Medwedew nannte die Wahl eine innere Angelegenheit", "Das
    Gericht erklärte die Wahl für gültig"): no new election, unless the clause tells its result
    or candidates."""
    if coreference.spoken_of_again(article, seg, group, first, c_start, c_end) is None:
        return False
    return not _RESULT.search(article.toks.span_text(c_start, c_end))

"""Who takes an office that a sentence tells: not who leaves it ("nach dem Rücktritt
Jelzins"), not who appoints ("Macron ernannte Barnier zum Premierminister"), not who is replaced
("X löst Y als Präsident ab"), not who administers the oath ("nahm ihm den Amtseid ab")."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extraction.records import Person, Trigger


def taking_office(
    text: str,
    trigger: Trigger,
    actors: list[Person],
    clause_text: str,
    clause: tuple[int, int],
    governed: Callable[[Person], bool],
) -> list[Person]:
    """Of the people a clause of taking office names, those who take it. `governed` tells a
    person named after a preposition ("Glückwünsche von X"), who takes none."""
    lo, hi = clause
    if trigger.verbal and REPLACING.search(trigger.text):
        # "X löst Y als Präsident ab", "Y wurde von X abgelöst": X takes the office
        actors = successor(text, actors, lo, hi)
    else:
        actors = [p for p in actors if not governed(p)]
    if ADMINISTERS_OATH.search(clause_text):
        # "Duda nahm ihm den Amtseid ab": the one who swears is "ihm", not Duda
        actors = [p for p in actors if p.start_char > trigger.start_char]
    if trigger.verbal and APPOINTING.match(trigger.text) and not passive(trigger, clause_text):
        actors = appointed(text, actors, lo, hi)
    return actors


def left_office(text: str, p: Person) -> bool:
    """The person is named as the one whose leaving office a noun tells: "Rückzug von X",
    "des Rücktritts von X", "Xs Rücktritt", "nach dem Rücktritt Jelzins", "nach dem Tod des
    Präsidenten X"."""
    before = text[max(0, p.start_char - 45) : p.start_char]
    after = text[p.end_char : p.end_char + 20]
    genitive_after = text[p.end_char - 1 : p.end_char] == "s" and bool(
        _LEAVING_RIGHT_BEFORE.search(before)  # "nach dem Rücktritt Jelzins"
    )
    return bool(
        _LEFT_OFFICE_BEFORE.search(before) or _LEFT_OFFICE_AFTER.match(after) or genitive_after
    )


def predecessor(text: str, p: Person) -> bool:
    """The person is named as the one who leaves the office: "sein Vorgänger X", "die
    scheidende Präsidentin X" (not "der frühere Gewerkschafter X", the new holder's past)."""
    return bool(_PREDECESSOR_BEFORE.search(text, max(0, p.start_char - 50), p.start_char))


_PREDECESSOR_BEFORE = re.compile(
    r"\b(?:vorgänger\w*|amtsvorgänger\w*|scheidende\w*|abgewählte\w*|abtretende\w*|"
    r"noch amtierende\w*)\s+(?:(?-i:[A-ZÄÖÜ])[\w.-]*\s+){0,3}$",
    re.IGNORECASE,
)


_LEAVING = (
    r"(?:rücktritt\w*|rückzug\w*|tod\w*|sturz\w*|abwahl|absetzung|amtsenthebung"
    r"|ausscheiden\w*|flucht)"
)
_LEFT_OFFICE_BEFORE = re.compile(
    rf"\b{_LEAVING}\s+(?:von|des|der)\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE
)
_LEFT_OFFICE_AFTER = re.compile(rf"s?\s+{_LEAVING}\b", re.IGNORECASE)
_LEAVING_RIGHT_BEFORE = re.compile(rf"\b{_LEAVING}\s+$", re.IGNORECASE)


# Active verbs of appointing: their subject appoints, their object takes office ("Macron
# ernannte Barnier zum Premierminister", "Steinmeier vereidigte Merz").
APPOINTING = re.compile(r"(?:ernann|ernenn|vereidig|angelob|berief|beruf)", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:wurde|wurden|worden|wird|werden|werde)\b", re.IGNORECASE)
# "wird ... ernennen": the future, not the passive
_INFINITIVE_AFTER = re.compile(r"\b(?:ab)?lösen\b|\bernennen\b|\bvereidigen\b|\bberufen\b\W*$")


def passive(trigger: Trigger, clause_text: str) -> bool:
    """A passive clause of the trigger ("wurde zum Premier ernannt"), not a future one ("wird
    Barnier zum Premier ernennen"): an auxiliary of "werden" with the trigger not an infinitive."""
    word = trigger.text.lower()
    infinitive = word.endswith(("en", "ern")) and word != "berufen"
    return bool(_PASSIVE.search(clause_text)) and not infinitive


# The office the object is appointed to: "zum Premierminister", "zur Regierungschefin", "als".
_TO_OFFICE = re.compile(r"\s(?:zum|zur|als)\s")


def appointed(text: str, actors: list[Person], lo: int, hi: int) -> list[Person]:
    """Of the people an active clause of appointing names, the one appointed: the last before
    "zum/zur/als <Amt>", else the last of the clause; the appointer is no actor."""
    persons = [p for p in actors if p.kind != "organisation" and lo <= p.start_char < hi]
    if len(persons) < 2:
        return actors
    office = _TO_OFFICE.search(text, lo, hi)
    before = [p for p in persons if office is None or p.end_char <= office.start()]
    appointed = (before or persons)[-1]
    return [p for p in actors if p not in persons or p is appointed]


# "X löst Y als Präsident ab" (the particle may stand apart), "Y wurde von X abgelöst".
REPLACING = re.compile(r"^(?:ab(?:ge)?)?lös", re.IGNORECASE)


def successor(text: str, actors: list[Person], lo: int, hi: int) -> list[Person]:
    """Of the people a clause of replacing names, the one who takes the office: the agent
    after "von" in the passive, else the subject (the first named in the clause)."""
    persons = [p for p in actors if p.kind != "organisation" and lo <= p.start_char < hi]
    if len(persons) < 2:
        return actors
    if _PASSIVE.search(text, lo, hi) and not _INFINITIVE_AFTER.search(text, lo, hi):
        agents = [
            p for p in persons if re.search(r"\bvon\s+(?:\w+\s+){0,3}$", text[lo : p.start_char])
        ]
        successor = agents[0] if agents else persons[-1]
    else:
        successor = persons[0]
    return [p for p in actors if p not in persons or p is successor]


# "nahm ihm den Amtseid ab": the one who administers the oath (the particle closes the clause).
ADMINISTERS_OATH = re.compile(
    r"\b(?:nahm|nahmen|nimmt)\b.*\bab\W*$|\b(?:abgenommen|abnehmen|abnahm)\b", re.IGNORECASE
)

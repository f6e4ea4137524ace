"""Merge the hand-written actor tables of `scripts/actor_tables.py` into
timeline/data/actors.json.

The tables hold offices as successions (who followed whom, from which day), people's spellings
and organisations; see the module's docstring for the format. The merge keeps every entry the
file has and only adds: a new person or organisation, an alias an entry lacks, a role an actor
lacks (a role counts as present when the actor already holds the same office of the same country
for an overlapping period). Head-of-state and head-of-government roles of a country also get the
other words news use for the office as titles ("Staatspräsident" beside "Präsident",
"Premierminister" beside "Ministerpräsident"), so that "der indische Ministerpräsident" resolves
as well as "der indische Premierminister". Running it twice changes nothing. Run:

    .venv/bin/python scripts/build_actors.py

and commit the regenerated JSON. It stops with a list of problems (an alias two actors would
share, two holders of one office on the same day) rather than write a file with them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import actor_tables as tables

OUT = Path(__file__).resolve().parent.parent / "timeline" / "data" / "actors.json"

# Words news use beside an office (added as titles to roles with a country).
ALTERNATE_TITLES: dict[str, tuple[str, ...]] = {
    "Präsident": ("Staatspräsident",),
    "Präsidentin": ("Staatspräsidentin",),
    "Ministerpräsident": ("Premierminister",),
    "Ministerpräsidentin": ("Premierministerin",),
    "Premierminister": ("Ministerpräsident",),
    "Premierministerin": ("Ministerpräsidentin",),
}
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
HOLDER = re.compile(
    rf"^(?P<name>.+?)\s+(?P<start>{_DATE})?(?:\.\.(?P<end>{_DATE})?)?(?P<f>\s+\(f\))?$"
)
HEADER = re.compile(r"^\[(?P<country>[A-Z]{2}|-)\]\s+(?P<office>.+)$")


@dataclass
class RoleRow:
    office: str
    country: str | None
    start: str | None
    end: str | None
    titles: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "office": self.office,
            "country": self.country,
            "start": self.start,
            "end": self.end,
            "titles": self.titles,
        }


def day(value: str | None) -> str | None:
    """ "2005" -> "2005-01-01", "2005-03" -> "2005-03-01" (the tables' imprecise dates)."""
    if not value:
        return None
    parts = value.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def feminine(office: str) -> str:
    """The office's feminine form: its first word changed ("Vorsitzender der ..." ->
    "Vorsitzende der ...", "Präsident des ..." -> "Präsidentin des ...")."""
    head, space, rest = office.partition(" ")
    if head.endswith(("beauftragter", "Vorsitzender")):
        head = head.removesuffix("r")
    elif not head.endswith("in"):
        head += "in"
    return head + space + rest


def parse_successions(text: str) -> list[tuple[str, RoleRow]]:
    """(holder, role) pairs of a succession table: a holder's term ends when the next begins,
    unless the line gives its own end ("..2006-03-01", or ".." alone for one still open)."""
    out: list[tuple[str, RoleRow]] = []
    country: str | None = None
    office = ""
    pending: list[tuple[str, RoleRow, bool]] = []

    def close() -> None:
        for n, (name, role, explicit_end) in enumerate(pending):
            if not explicit_end and n + 1 < len(pending):
                role.end = pending[n + 1][1].start
            out.append((name, role))
        pending.clear()

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        header = HEADER.match(line.strip())
        if header:
            close()
            code = header["country"]
            country = None if code == "-" else code
            office = header["office"].strip()
            continue
        match = HOLDER.match(line.strip())
        if match is None or not office:
            raise SystemExit(f"cannot read succession line: {line!r}")
        explicit_end = ".." in line
        title = feminine(office) if match["f"] else office
        role = RoleRow(title, country, day(match["start"]), day(match["end"]))
        pending.append((match["name"].strip(), role, explicit_end))
    close()
    return out


@dataclass
class PersonRow:
    canonical: str
    country: str | None
    aliases: list[str]


def parse_people(text: str) -> list[PersonRow]:
    """Lines "Canonical #XX: alias; alias" (the country only where no role gives it)."""
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        head, _, rest = line.partition(":")
        country = None
        if "#" in head:
            head, _, code = head.partition("#")
            country = code.strip()
        aliases = [a.strip() for a in rest.split(";") if a.strip()]
        rows.append(PersonRow(head.strip(), country, aliases))
    return rows


def parse_organisations(text: str) -> list[tuple[str, str | None, list[str]]]:
    """Lines "Canonical | XX or - | alias; alias"."""
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        canonical, code, aliases = (part.strip() for part in line.split("|"))
        rows.append(
            (
                canonical,
                None if code == "-" else code,
                [a.strip() for a in aliases.split(";") if a.strip()],
            )
        )
    return rows


def _office_key(office: str) -> str:
    if office.endswith("beauftragte"):
        office += "r"
    return office.removesuffix("in")


def _overlap(a: dict[str, object], b: dict[str, object]) -> bool:
    a0, a1 = str(a.get("start") or "0000"), str(a.get("end") or "9999")
    b0, b1 = str(b.get("start") or "0000"), str(b.get("end") or "9999")
    return a0 < b1 and b0 < a1


def _same_office(a: dict[str, object], b: dict[str, object]) -> bool:
    return _office_key(str(a["office"])) == _office_key(str(b["office"])) and a.get(
        "country"
    ) == b.get("country")


def merge(actors: list[dict[str, object]]) -> list[str]:
    """Add the tables to `actors` in place; the problems found (empty when none)."""
    by_name = {str(a["canonical"]): a for a in actors}
    roles_of: dict[str, list[RoleRow]] = defaultdict(list)
    for table in tables.SUCCESSIONS:
        for name, role in parse_successions(table):
            roles_of[name].append(role)
    people = {row.canonical: row for text in tables.PEOPLE for row in parse_people(text)}
    problems: list[str] = []

    def entry(name: str, country: str | None, kind: str = "person") -> dict[str, object]:
        found = by_name.get(name)
        if found is None:
            found = {"canonical": name, "kind": kind, "country": country, "aliases": []}
            found["roles"] = []
            actors.append(found)
            by_name[name] = found
        return found

    for name in [*roles_of, *(p for p in people if p not in roles_of)]:
        row = people.get(name)
        roles = roles_of.get(name, [])
        country = (row.country if row else None) or next(
            (r.country for r in roles if r.country), None
        )
        if country is None and name not in by_name:
            problems.append(f"{name}: no country")
            continue
        actor = entry(name, country)
        aliases = actor.setdefault("aliases", [])
        assert isinstance(aliases, list)
        for alias in row.aliases if row else []:
            if alias != name and alias not in aliases:
                aliases.append(alias)
        have = actor.setdefault("roles", [])
        assert isinstance(have, list)
        for role in roles:
            new = role.as_json()
            if not any(_same_office(new, old) and _overlap(new, old) for old in have):
                have.append(new)
    for text in tables.ORGANISATIONS:
        for canonical, code, org_aliases in parse_organisations(text):
            org = entry(canonical, code, "organisation")
            aliases = org.setdefault("aliases", [])
            assert isinstance(aliases, list)
            for alias in org_aliases:
                if alias != canonical and alias not in aliases:
                    aliases.append(alias)
    for actor in actors:
        for role in actor.get("roles") or []:  # type: ignore[attr-defined]
            extra = ALTERNATE_TITLES.get(role["office"], ()) if role.get("country") else ()
            titles = role.setdefault("titles", [])
            for title in extra:
                if title not in titles:
                    titles.append(title)
    problems += check(actors)
    return problems


def check(actors: list[dict[str, object]]) -> list[str]:
    problems = []
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for name in (actor["canonical"], *(actor.get("aliases") or [])):  # type: ignore[misc]
            owners[str(name).casefold()].add(str(actor["canonical"]))
    for name, who in sorted(owners.items()):
        if len(who) > 1:
            problems.append(f"name {name!r} shared by {sorted(who)}")
    holders: dict[tuple[str, object], list[tuple[str, dict[str, object]]]] = defaultdict(list)
    for actor in actors:
        for role in actor.get("roles") or []:  # type: ignore[attr-defined]
            if role.get("start") and role.get("end") and role["start"] > role["end"]:
                problems.append(f"{actor['canonical']}: role ends before it starts {role}")
            key = (_office_key(role["office"]), role.get("country"))
            holders[key].append((str(actor["canonical"]), role))
    for key, terms in holders.items():
        for i, (who_a, a) in enumerate(terms):
            for who_b, b in terms[i + 1 :]:
                if who_a != who_b and _overlap(a, b):
                    problems.append(f"{key}: {who_a} {a['start']}..{a['end']} overlaps {who_b}")
    return problems


def main() -> None:
    actors = json.loads(OUT.read_text(encoding="utf-8"))
    before = len(actors)
    problems = merge(actors)
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problems; nothing written")
    OUT.write_text(json.dumps(actors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(actors)} actors ({len(actors) - before} new) to {OUT}")


if __name__ == "__main__":
    main()

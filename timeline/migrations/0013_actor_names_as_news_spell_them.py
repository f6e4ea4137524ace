"""Korean names in the spelling of German news ("Moon Jae In", "Ban Ki Moon": dpa writes the
given name's syllables apart), "Hassan Ruhani", "Hamad bin Isa al-Chalifa" and the EU under the
names news use for them: actors stored under the old names take the new one and keep the old
as a spelling. An actor an editor has renamed, or a new name already taken, is left alone."""

from typing import Any

from django.db import migrations
from django.db.models import TextField
from django.db.models.functions import Cast

RENAMED = [
    ("Park Geun-hye", "Park Geun Hye"),
    ("Moon Jae-in", "Moon Jae In"),
    ("Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Lee Jae-myung", "Lee Jae Myung"),
    ("Ban Ki-moon", "Ban Ki Moon"),
    ("Europäische Union", "EU"),
    ("Kim Dae-jung", "Kim Dae Jung"),
    ("Roh Moo-hyun", "Roh Moo Hyun"),
    ("Lee Myung-bak", "Lee Myung Bak"),
    ("Han Duck-soo", "Han Duck Soo"),
    ("Song Min-soon", "Song Min Soon"),
    ("Yu Myung-hwan", "Yu Myung Hwan"),
    ("Kim Sung-hwan", "Kim Sung Hwan"),
    ("Yun Byung-se", "Yun Byung Se"),
    ("Kang Kyung-wha", "Kang Kyung Wha"),
    ("Chung Eui-yong", "Chung Eui Yong"),
    ("Cho Tae-yul", "Cho Tae Yul"),
    ("Hassan Rohani", "Hassan Ruhani"),
    ("Hamad bin Isa Al Chalifa", "Hamad bin Isa al-Chalifa"),
]


def rename(apps: Any, schema_editor: Any) -> None:
    for old, new in RENAMED:
        _move(apps, old, new)


def rename_back(apps: Any, schema_editor: Any) -> None:
    for old, new in RENAMED:
        _move(apps, new, old)


def _move(apps: Any, source: str, target: str) -> None:
    """The actor named `source` takes the name `target` and keeps `source` as a spelling."""
    actor_model = apps.get_model("timeline", "Actor")
    alias_model = apps.get_model("timeline", "ActorAlias")
    actor = actor_model.objects.filter(name=source).first()
    if actor is None or actor_model.objects.filter(name=target).exists():
        return
    actor.name = target
    actor.save(update_fields=["name"])
    alias_model.objects.filter(actor=actor, alias=target).delete()
    if not alias_model.objects.filter(actor=actor, alias=source).exists():
        alias_model.objects.create(actor=actor, alias=source)
    _rename_in_sources(apps, source, target)


def _rename_in_sources(apps: Any, old: str, new: str) -> None:
    """The names each stored statement was read with: re-extraction matches statements by
    them, so they follow the actor's name."""
    source_model = apps.get_model("timeline", "EventSource")
    # Narrowed in the database by a word of the name that JSON stores the same everywhere
    # (no umlaut: SQLite keeps "\u00e4", PostgreSQL "ä"), then compared exactly.
    word = max((w for w in old.split() if w.isascii()), key=len, default=old)
    sources = source_model.objects.annotate(names=Cast("actor_names", TextField())).filter(
        names__contains=word
    )
    for source in sources.iterator():
        if old in source.actor_names:
            source.actor_names = [new if n == old else n for n in source.actor_names]
            source.save(update_fields=["actor_names"])


class Migration(migrations.Migration):
    dependencies = [("timeline", "0012_source_search_per_statement")]

    operations = [migrations.RunPython(rename, rename_back)]

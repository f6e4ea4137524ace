"""Korean names in the spelling of German news ("Moon Jae In", "Ban Ki Moon": dpa writes the
given name's syllables apart) and the EU under the name news use for it: actors stored under the
old names take the new one and keep the old as a spelling. An actor an editor has renamed, or a
new name already taken, is left alone."""

from typing import Any

from django.db import migrations

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
]


def rename(apps: Any, schema_editor: Any) -> None:
    actor_model = apps.get_model("timeline", "Actor")
    alias_model = apps.get_model("timeline", "ActorAlias")
    for old, new in RENAMED:
        actor = actor_model.objects.filter(name=old).first()
        if actor is None or actor_model.objects.filter(name=new).exists():
            continue
        actor.name = new
        actor.save(update_fields=["name"])
        if not alias_model.objects.filter(actor=actor, alias=old).exists():
            alias_model.objects.create(actor=actor, alias=old)


def rename_back(apps: Any, schema_editor: Any) -> None:
    actor_model = apps.get_model("timeline", "Actor")
    for old, new in RENAMED:
        if not actor_model.objects.filter(name=old).exists():
            actor_model.objects.filter(name=new).update(name=old)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0012_source_search_per_statement")]

    operations = [migrations.RunPython(rename, rename_back)]

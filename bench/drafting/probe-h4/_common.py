"""Small helpers shared by the build scripts (standard library only)."""
import json


def F(name, type, aliases=(), alt=(), opts=None, target=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if type in ("choice", "multi_choice") or opts is not None:
        f["options"] = list(opts or [])
    if target:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f


def NOTES(lang="en"):
    names = {"en": ("notes", ["comments", "remarks", "note"]),
             "fr": ("remarques", ["notes", "commentaires", "observations", "comments"]),
             "es": ("observaciones", ["notas", "comentarios", "notes", "comments"]),
             "de": ("Bemerkungen", ["Notizen", "Kommentar", "notes", "comments"])}[lang]
    return F(names[0], "long_text", names[1], ["text"], opt=True)


def E(name, aliases, fields):
    return {"name": name, "aliases": list(aliases), "fields": fields}


def D(id, lang, prompt, entities, notes=""):
    rels = []
    for e in entities:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                rels.append({"from": e["name"], "to": f["target"]})
    return {"id": id, "lang": lang, "prompt": prompt, "entities": entities, "relations": rels, "notes": notes}


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

import json

def F(name, type, aliases="", alt="", opts=None, t=None, o=False):
    f = {"name": name, "aliases": [a for a in aliases.split("|") if a], "type": type,
         "alt_types": [a for a in alt.split("|") if a]}
    if opts is not None:
        f["options"] = opts
    if t is not None:
        f["target"] = t
    if o:
        f["optional"] = True
    return f

def E(name, aliases, fields):
    return {"name": name, "aliases": [a for a in aliases.split("|") if a], "fields": fields}

NOTES = {
    "en": lambda: F("notes", "long_text", "comments|remarks|note", "text", o=True),
    "fr": lambda: F("remarques", "long_text", "notes|commentaires|observations|comments|note", "text", o=True),
    "es": lambda: F("observaciones", "long_text", "notas|comentarios|notes|comments", "text", o=True),
    "de": lambda: F("Bemerkungen", "long_text", "Notizen|Anmerkungen|Kommentar|notes|comments", "text", o=True),
}
STATUS = {
    "en": lambda opts=[]: F("status", "choice", "state|stage", "", opts=opts, o=True),
    "fr": lambda opts=[]: F("statut", "choice", "état|etat|status|étape", "", opts=opts, o=True),
    "es": lambda opts=[]: F("estado", "choice", "status|situación|fase", "", opts=opts, o=True),
    "de": lambda opts=[]: F("Status", "choice", "Zustand|Stand|state", "", opts=opts, o=True),
}

def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

import json
def F(name, type, aliases=(), alt=(), opt=False, options=None, target=None):
    d = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options is not None: d["options"] = list(options)
    if target: d["target"] = target
    if opt: d["optional"] = True
    return d
def E(name, aliases, *fields):
    return {"name": name, "aliases": list(aliases), "fields": list(fields)}
def NOTES(lang="en", opt=True):
    n = {"en": ("notes", ["comments", "remarks", "note"]),
         "fr": ("remarques", ["notes", "commentaires", "observations", "comments"]),
         "es": ("observaciones", ["notas", "comentarios", "notes", "comments"]),
         "de": ("Bemerkungen", ["Notizen", "Kommentar", "notes", "comments"])}[lang]
    return F(n[0], "long_text", n[1], ["text"], opt=opt)
CASES = []
def case(lang, prompt, *ents, notes=""):
    rels = []
    for e in ents:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                r = {"from": e["name"], "to": f["target"]}
                if r not in rels: rels.append(r)
    CASES.append({"lang": lang, "prompt": prompt, "entities": list(ents), "relations": rels, "notes": notes})
def write(path, prefix):
    order = {"en": 0, "fr": 1, "es": 2, "de": 3}
    rows = sorted(CASES, key=lambda c: order[c["lang"]])
    with open(path, "w", encoding="utf-8") as fh:
        for i, c in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"{prefix}{i:02d}", **c}, ensure_ascii=False) + "\n")
    print(len(rows), "cases")

#!/usr/bin/env python3
"""Session 24, improver g: gen23/g's German chat edits plus colloquial word families of editing.

Rows 1-268 are gen23/g's set unchanged (its make.py builds them). The added rows (cx tags "w-…") take the slot data
of gen23/g's plain rows (the field to remove, rename, make required or optional, the field to add, with the spec
and gold of that row) and say the same edit in everyday words that the plain rows do not use:
  remove:   "fliegt raus", "kann raus", "brauchts nicht", "auf … können wir verzichten", "ist überflüssig",
            "weg damit", "braucht kein Mensch"
  rename:   "heißt ab jetzt", "aus „X“ wird „Y“", "nenn … lieber", "statt X lieber Y" (no quotes), "besser „Y“ als „X“"
  required: "darf nicht leer bleiben", "soll Pflicht sein", "bitte verpflichtend", "ohne … geht es nicht"
  optional: "darf leer bleiben", "ist freiwillig", "muss nicht sein", "kein Muss mehr"
  add:      "bitte noch … dazu", "pack noch … dazu", "kommt noch … dazu", "häng noch … dran", "… fehlt mir noch"
each also typed without umlauts and in a chatty wrapper. The gold is the source row's gold.

  python3 make.py            # writes refine.jsonl beside this file
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "gen23", "g", "refine.jsonl")
rnd = random.Random(24)

REM = ["Das Feld {f} fliegt raus.", "{F} kann raus.", "{F} brauchts nicht, bitte weg damit.",
       "Auf das Feld {f} können wir verzichten.", "Das Feld {f} ist überflüssig, bitte löschen.",
       "Weg mit dem Feld {f}, das braucht kein Mensch."]
REN = ["Das Feld „{f}“ heißt ab jetzt „{t}“.", "Aus „{f}“ wird „{t}“.", "Nenn das Feld „{f}“ bitte lieber „{t}“.",
       "Statt {f} lieber {t}, bitte.", "Besser „{t}“ als „{f}“, bitte umbenennen."]
REQ = ["Das Feld {f} darf nicht leer bleiben.", "Das Feld {f} soll Pflicht sein.", "{F} bitte verpflichtend.",
       "Ohne das Feld {f} geht es nicht, das muss immer rein."]
OPT = ["Das Feld {f} darf leer bleiben.", "Das Feld {f} ist freiwillig.", "{F} muss nicht sein, bitte optional.",
       "Das Feld {f} ist kein Muss mehr."]
ADD = ["Bitte {e} noch {n} dazu.", "Pack {e} noch {n} dazu.", "{E} kommt noch {n} dazu.",
       "Häng {e} noch {n} dran.", "{E} fehlt mir noch {n}."]
WRAP = ["{s}", "Hallo zusammen, {s0} Danke!", "Kurze Bitte: {s0}"]


def plain(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


def label(spec, ek, fk):
    e = next(e for e in spec["entities"] if e["key"] == ek)
    return e, next(f for f in e["fields"] if f["key"] == fk)


def lower_first(s):
    return s[0].lower() + s[1:] if s[:1].isupper() and not s[1:2].isupper() else s


GENDER = {"Kunde": "m", "Lieferant": "m", "Teilnehmer": "m", "Artikel": "m", "Raum": "m"}
DAT = {"m": "beim {n}", "n": "beim {n}", "f": "bei der {n}"}

src = [json.loads(l) for l in open(SRC, encoding="utf-8") if l.strip()]
rows = list(src)
done = set()
picked = {"rem": [], "ren": [], "req": [], "opt": [], "add": []}
for r in src:
    cx = r["id"].split("-", 1)[1].rsplit("-", 1)[0]
    name = r["spec"]["name"]
    op = r["expect"][0]
    if len(r["expect"]) != 1:
        continue
    if cx == "rem-entfernen" and ("rem", name) not in done:
        picked["rem"].append(r); done.add(("rem", name))
    elif cx == "ren-umbenennen" and ("ren", name) not in done:
        picked["ren"].append(r); done.add(("ren", name))
    elif cx == "req-sollte-pflicht" and ("req", name) not in done:
        picked["req"].append(r); done.add(("req", name))
    elif cx == "req-off-optional" and ("opt", name) not in done:
        picked["opt"].append(r); done.add(("opt", name))
    elif cx == "add-ergaenzen" and ("add", name) not in done:
        picked["add"].append(r); done.add(("add", name))

n = len(rows)


def unique(r):
    """the field's label is on one kind only: a message without its kind still names one field"""
    op = r["expect"][0]
    e, f = label(r["spec"], op["entity"], op["field"])
    return sum(x["label"] == f["label"] for k in r["spec"]["entities"] for x in k["fields"]) == 1


def emit(cx, r, text):
    global n
    if cx != "w-add" and not unique(r):
        return
    n += 1
    w = WRAP[n % len(WRAP)]
    s = w.format(s=text, s0=lower_first(text) if w.startswith("Hallo") else text)
    expect = r["expect"]
    if n % 3 == 0:
        s = plain(s)
        expect = json.loads(json.dumps(expect))
        for op in expect:  # a name typed without umlauts is right as typed
            for k in ("to", "name"):
                if k in op and plain(op[k]) != op[k]:
                    op["aliases"] = list(op.get("aliases", [])) + [plain(op[k])]
    rows.append({"id": f"g24-{cx}-{n:03d}", "lang": "de", "spec": r["spec"], "request": s, "expect": expect,
                 "keep": "all other fields and entities unchanged"})


for i, r in enumerate(picked["rem"]):
    e, f = label(r["spec"], r["expect"][0]["entity"], r["expect"][0]["field"])
    for j, t in enumerate(REM):
        if (i + j) % 2 == 0:
            emit("w-rem", r, t.format(f=f["label"], F="Das Feld " + f["label"]))
for i, r in enumerate(picked["ren"]):
    op = r["expect"][0]
    e, f = label(r["spec"], op["entity"], op["field"])
    for j, t in enumerate(REN):
        if (i + j) % 2 == 0:
            emit("w-ren", r, t.format(f=f["label"], t=op["to"]))
for key, temps in (("req", REQ), ("opt", OPT)):
    for i, r in enumerate(picked[key]):
        op = r["expect"][0]
        e, f = label(r["spec"], op["entity"], op["field"])
        for j, t in enumerate(temps):
            if (i + j) % 2 == 0:
                emit("w-" + key, r, t.format(f=f["label"], F="Das Feld " + f["label"]))
for i, r in enumerate(picked["add"]):
    op = r["expect"][0]
    e = next(x for x in r["spec"]["entities"] if x["key"] == op["entity"])
    g = GENDER.get(e["name"]) or "f" if e["name"].endswith(("ung", "ion", "e", "heit", "keit", "schaft", "t")) and not e["name"].endswith(("ent", "ment")) else "m"
    dat = DAT[g].format(n=e["name"])
    for j, t in enumerate(ADD):
        if (i + j) % 2 == 0:
            nf = "ein Feld " + op["name"]
            emit("w-add", r, t.format(e=dat, E=dat[0].upper() + dat[1:], n=nf))

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows,", len(rows) - len(src), "added")

#!/usr/bin/env python3
"""Session 23, helper t: a grammar of field TYPES in drafts (en, fr, es, de).

Each row is a one-kind request (a few are two-kind) whose point is the type of two labels of one family:
measurements with units (decimal), counts (integer), money, yes/no (boolean), dates, files, and labels that
look like a type word but are plain text (identifiers). Labels are crossed with decorations (units in
parentheses or after 'in/en', 'number of / nombre de / número de / Anzahl', currency signs, question marks,
'yes/no / oui/non / sí/no / ja/nein') and with four sentence shapes (bullets, inline, e-mail, terse), over
eight domains. The gold is built here: the type a careful analyst would pick, with alt_types where another is
also reasonable.  Standard library only:  python3 make.py > draft.jsonl
"""
import json, sys, unicodedata

# ---------------------------------------------------------------- domains
# per language: (kind, plural, name label); per family: per language a list of label bases
D = {}

def dom(key, kinds, **fam):
    D[key] = dict(kinds=kinds, **fam)

# measure bases: (noun, unit)  -> decimal (alt integer when a whole number is natural)
# count bases: plural noun (es: (noun, gender))  -> integer
# money bases: (noun, currency) -> money (alt decimal)
# yesno: full labels -> boolean (alt choice)
# date: labels -> date (alt datetime)
# file: labels -> file
# idtext: labels -> text
dom("brewery",
    {"en": ("Batch", "batches", "beer name"), "fr": ("Brassin", "brassins", "nom de la bière"),
     "es": ("Lote", "lotes", "nombre de la cerveza"), "de": ("Sud", "Sude", "Biername")},
    measure={"en": [("alcohol content", "%"), ("volume", "litres"), ("fermentation temperature", "°C")],
             "fr": [("taux d'alcool", "%"), ("volume", "litres"), ("température de fermentation", "°C")],
             "es": [("graduación alcohólica", "%"), ("volumen", "litros"), ("temperatura de fermentación", "°C")],
             "de": [("Alkoholgehalt", "%"), ("Menge", "Liter"), ("Gärtemperatur", "°C")]},
    count={"en": ["kegs", "bottles"], "fr": ["fûts", "bouteilles"], "es": [("barriles", "m"), ("botellas", "f")],
           "de": ["Fässer", "Flaschen"]},
    money={"en": [("production cost", "£"), ("selling price", "£")], "fr": [("coût de production", "€"), ("prix de vente", "€")],
           "es": [("coste de producción", "€"), ("precio de venta", "€")], "de": [("Herstellungskosten", "€"), ("Verkaufspreis", "€")]},
    yesno={"en": ["Bottled?", "filtered yes/no", "is it organic?"], "fr": ["Embouteillé ?", "filtrée oui/non", "bio ou non"],
           "es": ["¿Embotellado?", "filtrada sí/no", "ecológica o no"], "de": ["Abgefüllt?", "filtriert ja/nein", "Bio oder nicht"]},
    date={"en": ["brew date", "best before"], "fr": ["date de brassage", "date limite de consommation"],
          "es": ["fecha de elaboración", "fecha de consumo preferente"], "de": ["Brautag", "Mindesthaltbarkeitsdatum"]},
    file={"en": ["lab report (PDF)", "label photo"], "fr": ["rapport d'analyse (PDF)", "photo de l'étiquette"],
          "es": ["informe del laboratorio (PDF)", "foto de la etiqueta"], "de": ["Laborbericht (PDF)", "Etikettfoto"]},
    idtext={"en": ["batch code", "recipe number"], "fr": ["code du lot", "numéro de recette"],
            "es": ["código de lote", "número de receta"], "de": ["Chargennummer", "Rezeptnummer"]})

dom("vet",
    {"en": ("Patient", "patients", "pet name"), "fr": ("Animal", "animaux", "nom de l'animal"),
     "es": ("Paciente", "pacientes", "nombre del animal"), "de": ("Patient", "Patienten", "Name des Tiers")},
    measure={"en": [("weight", "kg"), ("temperature", "°C"), ("dosage", "mg")],
             "fr": [("poids", "kg"), ("température", "°C"), ("dose", "mg")],
             "es": [("peso", "kg"), ("temperatura", "°C"), ("dosis", "mg")],
             "de": [("Gewicht", "kg"), ("Temperatur", "°C"), ("Dosis", "mg")]},
    count={"en": ["visits", "vaccinations"], "fr": ["visites", "vaccins"], "es": [("visitas", "f"), ("vacunas", "f")],
           "de": ["Besuche", "Impfungen"]},
    money={"en": [("consultation fee", "$"), ("deposit", "$")], "fr": [("tarif de la consultation", "€"), ("acompte", "€")],
           "es": [("precio de la consulta", "€"), ("señal", "€")], "de": [("Behandlungsgebühr", "€"), ("Anzahlung", "€")]},
    yesno={"en": ["Neutered?", "has insurance", "microchipped yes/no"], "fr": ["Stérilisé ?", "assuré oui/non", "pucé ou non"],
           "es": ["¿Castrado?", "tiene seguro", "con microchip sí/no"], "de": ["Kastriert?", "versichert ja/nein", "gechippt (ja/nein)"]},
    date={"en": ["date of birth", "next vaccination due"], "fr": ["date de naissance", "échéance du prochain vaccin"],
          "es": ["fecha de nacimiento", "vencimiento de la próxima vacuna"], "de": ["Geburtsdatum", "nächste Impfung fällig am"]},
    file={"en": ["x-ray image", "vaccination certificate"], "fr": ["radio", "certificat de vaccination"],
          "es": ["radiografía", "certificado de vacunación"], "de": ["Röntgenbild", "Impfpass-Scan"]},
    idtext={"en": ["microchip number", "breed"], "fr": ["numéro de puce", "race"],
            "es": ["número de microchip", "raza"], "de": ["Chipnummer", "Rasse"]})

dom("pool",
    {"en": ("Pool check", "pool checks", "pool"), "fr": ("Contrôle piscine", "contrôles piscine", "bassin"),
     "es": ("Control de piscina", "controles de piscina", "piscina"), "de": ("Beckenkontrolle", "Beckenkontrollen", "Becken")},
    measure={"en": [("water temperature", "°C"), ("chlorine level", "mg/l"), ("pH", None)],
             "fr": [("température de l'eau", "°C"), ("taux de chlore", "mg/l"), ("pH", None)],
             "es": [("temperatura del agua", "°C"), ("nivel de cloro", "mg/l"), ("pH", None)],
             "de": [("Wassertemperatur", "°C"), ("Chlorwert", "mg/l"), ("pH-Wert", None)]},
    count={"en": ["swimmers", "lifeguards on duty"], "fr": ["baigneurs", "maîtres-nageurs présents"],
           "es": [("bañistas", "m"), ("socorristas", "m")], "de": ["Badegäste", "Rettungsschwimmer"]},
    money={"en": [("chemicals cost", "€"), ("repair cost", "€")], "fr": [("coût des produits", "€"), ("coût de réparation", "€")],
           "es": [("gasto en productos", "€"), ("coste de reparación", "€")], "de": [("Chemikalienkosten", "€"), ("Reparaturkosten", "€")]},
    yesno={"en": ["filter backwashed?", "water ok", "is the pool open to the public?"], "fr": ["filtre lavé ?", "eau conforme oui/non", "bassin ouvert ou non"],
           "es": ["¿filtro lavado?", "agua correcta sí/no", "piscina abierta o no"], "de": ["Filter gespült?", "Wasser in Ordnung ja/nein", "Becken geöffnet oder nicht"]},
    date={"en": ["check date", "next service due"], "fr": ["date du contrôle", "date du prochain entretien"],
          "es": ["fecha del control", "próximo mantenimiento"], "de": ["Kontrolldatum", "nächste Wartung"]},
    file={"en": ["photo of the test strip", "lab certificate"], "fr": ["photo de la bandelette", "certificat du laboratoire"],
          "es": ["foto de la tira reactiva", "certificado del laboratorio"], "de": ["Foto des Teststreifens", "Laborbescheinigung"]},
    idtext={"en": ["test kit batch code", "pump model"], "fr": ["numéro de lot du kit", "modèle de pompe"],
            "es": ["lote del kit", "modelo de bomba"], "de": ["Chargencode des Testkits", "Pumpenmodell"]})

dom("rental",
    {"en": ("Rental car", "rental cars", "model"), "fr": ("Véhicule", "véhicules", "modèle"),
     "es": ("Coche de alquiler", "coches de alquiler", "modelo"), "de": ("Mietwagen", "Mietwagen", "Modell")},
    measure={"en": [("fuel tank capacity", "litres"), ("boot volume", "litres"), ("fuel consumption", "l/100km")],
             "fr": [("capacité du réservoir", "litres"), ("volume du coffre", "litres"), ("consommation", "l/100km")],
             "es": [("capacidad del depósito", "litros"), ("volumen del maletero", "litros"), ("consumo", "l/100km")],
             "de": [("Tankinhalt", "Liter"), ("Kofferraumvolumen", "Liter"), ("Verbrauch", "l/100km")]},
    count={"en": ["seats", "doors"], "fr": ["places", "portes"], "es": [("plazas", "f"), ("puertas", "f")],
           "de": ["Sitzplätze", "Türen"]},
    money={"en": [("daily rate", "£"), ("excess", "£")], "fr": [("tarif journalier", "€"), ("franchise", "€")],
           "es": [("tarifa diaria", "€"), ("franquicia", "€")], "de": [("Tagespreis", "€"), ("Selbstbeteiligung", "€")]},
    yesno={"en": ["Automatic?", "has air conditioning", "available yes/no"], "fr": ["Boîte automatique ?", "climatisée oui/non", "disponible ou non"],
           "es": ["¿Automático?", "tiene aire acondicionado", "disponible sí/no"], "de": ["Automatik?", "Klimaanlage ja/nein", "verfügbar oder nicht"]},
    date={"en": ["MOT expiry", "insurance valid until"], "fr": ["échéance du contrôle technique", "assurance valable jusqu'au"],
          "es": ["vencimiento de la ITV", "seguro válido hasta"], "de": ["TÜV fällig", "Versicherung gültig bis"]},
    file={"en": ["registration document scan", "damage photos"], "fr": ["scan de la carte grise", "photos des dégâts"],
          "es": ["escaneo del permiso de circulación", "fotos de los daños"], "de": ["Scan des Fahrzeugscheins", "Schadensfotos"]},
    idtext={"en": ["licence plate", "VIN"], "fr": ["plaque d'immatriculation", "numéro de série"],
            "es": ["matrícula", "número de bastidor"], "de": ["Kennzeichen", "Fahrgestellnummer"]})

dom("insurance",
    {"en": ("Policy", "policies", "policyholder name"), "fr": ("Contrat", "contrats", "nom de l'assuré"),
     "es": ("Póliza", "pólizas", "nombre del asegurado"), "de": ("Police", "Policen", "Name des Versicherten")},
    measure={"en": [("living area", "m²"), ("no-claims discount", "%"), ("commission rate", "%")],
             "fr": [("surface habitable", "m²"), ("bonus", "%"), ("taux de commission", "%")],
             "es": [("superficie", "m²"), ("bonificación", "%"), ("porcentaje de comisión", "%")],
             "de": [("Wohnfläche", "m²"), ("Schadenfreiheitsrabatt", "%"), ("Provisionssatz", "%")]},
    count={"en": ["claims", "insured persons"], "fr": ["sinistres", "personnes assurées"],
           "es": [("siniestros", "m"), ("asegurados", "m")], "de": ["Schadensfälle", "versicherte Personen"]},
    money={"en": [("annual premium", "$"), ("excess", "$")], "fr": [("prime annuelle", "€"), ("franchise", "€")],
           "es": [("prima anual", "€"), ("franquicia", "€")], "de": [("Jahresprämie", "€"), ("Selbstbehalt", "€")]},
    yesno={"en": ["Direct debit?", "signed by the client", "auto-renewal yes/no"], "fr": ["Prélèvement automatique ?", "signé par le client", "reconduction tacite oui/non"],
           "es": ["¿Domiciliado?", "firmada por el cliente", "renovación automática sí/no"], "de": ["Lastschrift?", "vom Kunden unterschrieben", "automatische Verlängerung ja/nein"]},
    date={"en": ["start date", "renewal date"], "fr": ["date d'effet", "date d'échéance"],
          "es": ["fecha de efecto", "fecha de vencimiento"], "de": ["Versicherungsbeginn", "Ablaufdatum"]},
    file={"en": ["signed copy", "ID scan"], "fr": ["exemplaire signé", "copie de la pièce d'identité"],
          "es": ["copia firmada", "escaneo del DNI"], "de": ["unterschriebene Police", "Ausweiskopie"]},
    idtext={"en": ["policy number", "broker code"], "fr": ["numéro de contrat", "code courtier"],
            "es": ["número de póliza", "código del mediador"], "de": ["Policennummer", "Maklernummer"]})

dom("site",
    {"en": ("Delivery", "deliveries", "supplier"), "fr": ("Livraison", "livraisons", "fournisseur"),
     "es": ("Entrega", "entregas", "proveedor"), "de": ("Lieferung", "Lieferungen", "Lieferant")},
    measure={"en": [("concrete volume", "m³"), ("load weight", "tonnes"), ("length of rebar", "m")],
             "fr": [("volume de béton", "m³"), ("poids du chargement", "tonnes"), ("longueur des fers", "m")],
             "es": [("volumen de hormigón", "m³"), ("peso de la carga", "toneladas"), ("longitud de las barras", "m")],
             "de": [("Betonmenge", "m³"), ("Ladegewicht", "Tonnen"), ("Länge der Eisen", "m")]},
    count={"en": ["pallets", "bags of cement"], "fr": ["palettes", "sacs de ciment"], "es": [("palés", "m"), ("sacos de cemento", "m")],
           "de": ["Paletten", "Säcke Zement"]},
    money={"en": [("invoice amount", "£"), ("delivery charge", "£")], "fr": [("montant de la facture", "€"), ("frais de livraison", "€")],
           "es": [("importe de la factura", "€"), ("gastos de envío", "€")], "de": [("Rechnungsbetrag", "€"), ("Lieferkosten", "€")]},
    yesno={"en": ["Checked on arrival?", "damaged yes/no", "signed off"], "fr": ["Contrôlée à l'arrivée ?", "abîmée oui/non", "réception validée"],
           "es": ["¿Revisada al llegar?", "dañada sí/no", "firmado el albarán"], "de": ["Bei Ankunft geprüft?", "beschädigt ja/nein", "abgezeichnet"]},
    date={"en": ["delivery date", "payment due"], "fr": ["date de livraison", "échéance de paiement"],
          "es": ["fecha de entrega", "vencimiento del pago"], "de": ["Lieferdatum", "Zahlungsfrist"]},
    file={"en": ["delivery note photo", "signed docket"], "fr": ["photo du bon de livraison", "bon signé"],
          "es": ["foto del albarán", "albarán firmado"], "de": ["Foto des Lieferscheins", "unterschriebener Lieferschein"]},
    idtext={"en": ["delivery note number", "truck registration"], "fr": ["numéro du bon de livraison", "immatriculation du camion"],
            "es": ["número de albarán", "matrícula del camión"], "de": ["Lieferscheinnummer", "LKW-Kennzeichen"]})

dom("sailing",
    {"en": ("Boat", "boats", "boat name"), "fr": ("Bateau", "bateaux", "nom du bateau"),
     "es": ("Barco", "barcos", "nombre del barco"), "de": ("Boot", "Boote", "Bootsname")},
    measure={"en": [("length", "m"), ("sail area", "m²"), ("engine hours", "h")],
             "fr": [("longueur", "m"), ("surface de voile", "m²"), ("heures moteur", "h")],
             "es": [("eslora", "m"), ("superficie vélica", "m²"), ("horas de motor", "h")],
             "de": [("Länge", "m"), ("Segelfläche", "m²"), ("Motorstunden", "h")]},
    count={"en": ["berths", "crew members"], "fr": ["couchettes", "équipiers"], "es": [("literas", "f"), ("tripulantes", "m")],
           "de": ["Kojen", "Crewmitglieder"]},
    money={"en": [("mooring fee", "€"), ("purchase price", "€")], "fr": [("prix de l'anneau", "€"), ("prix d'achat", "€")],
           "es": [("tarifa del amarre", "€"), ("precio de compra", "€")], "de": [("Liegeplatzgebühr", "€"), ("Kaufpreis", "€")]},
    yesno={"en": ["Club owned?", "life jackets on board", "hull cleaned yes/no"], "fr": ["Appartient au club ?", "gilets à bord", "coque nettoyée oui/non"],
           "es": ["¿Es del club?", "chalecos a bordo", "casco limpio sí/no"], "de": ["Vereinsboot?", "Rettungswesten an Bord", "Rumpf gereinigt ja/nein"]},
    date={"en": ["last antifouling", "safety inspection expiry"], "fr": ["dernier carénage", "expiration du contrôle sécurité"],
          "es": ["última limpieza de casco", "caducidad de la revisión"], "de": ["letztes Antifouling", "Ablauf der Sicherheitsprüfung"]},
    file={"en": ["registration certificate", "photo"], "fr": ["acte de francisation", "photo"],
          "es": ["certificado de navegabilidad", "foto"], "de": ["Bootszeugnis", "Foto"]},
    idtext={"en": ["sail number", "hull identification number"], "fr": ["numéro de voile", "numéro de coque"],
            "es": ["número de vela", "número de casco"], "de": ["Segelnummer", "Rumpfnummer"]})

dom("bakery",
    {"en": ("Order", "orders", "customer name"), "fr": ("Commande", "commandes", "nom du client"),
     "es": ("Pedido", "pedidos", "nombre del cliente"), "de": ("Bestellung", "Bestellungen", "Kundenname")},
    measure={"en": [("cake weight", "kg"), ("cake diameter", "cm"), ("baking time", "hours")],
             "fr": [("poids du gâteau", "kg"), ("diamètre", "cm"), ("durée de cuisson", "heures")],
             "es": [("peso de la tarta", "kg"), ("diámetro", "cm"), ("tiempo de horno", "horas")],
             "de": [("Tortengewicht", "kg"), ("Durchmesser", "cm"), ("Backzeit", "Stunden")]},
    count={"en": ["guests", "boxes"], "fr": ["convives", "boîtes"], "es": [("invitados", "m"), ("cajas", "f")],
           "de": ["Gäste", "Schachteln"]},
    money={"en": [("total price", "$"), ("deposit paid", "$")], "fr": [("prix total", "€"), ("acompte versé", "€")],
           "es": [("precio total", "€"), ("anticipo", "€")], "de": [("Gesamtpreis", "€"), ("Anzahlung", "€")]},
    yesno={"en": ["Gluten free?", "delivery needed", "picked up yes/no"], "fr": ["Sans gluten ?", "à livrer oui/non", "retirée ou non"],
           "es": ["¿Sin gluten?", "con entrega a domicilio", "recogido sí/no"], "de": ["Glutenfrei?", "Lieferung ja/nein", "abgeholt oder nicht"]},
    date={"en": ["pickup date", "order deadline"], "fr": ["date de retrait", "date limite de commande"],
          "es": ["fecha de recogida", "fecha límite del pedido"], "de": ["Abholdatum", "Bestellschluss"]},
    file={"en": ["reference picture", "design sketch"], "fr": ["photo modèle", "croquis"],
          "es": ["foto de referencia", "boceto"], "de": ["Vorlagebild", "Skizze"]},
    idtext={"en": ["order reference", "cake flavour"], "fr": ["référence de commande", "parfum"],
            "es": ["referencia del pedido", "sabor"], "de": ["Bestellnummer", "Geschmack"]})

# ---------------------------------------------------------------- decorations
ENGLISH_CUR = {"£": "pounds", "$": "dollars", "€": "euros"}

def measure_labels(lang, noun, unit, k):
    if unit is None:
        return noun
    forms = {"en": ["{n} ({u})", "{n} in {u}", "{n} {u}"],
             "fr": ["{n} ({u})", "{n} en {u}", "{n} {u}"],
             "es": ["{n} ({u})", "{n} en {u}", "{n} {u}"],
             "de": ["{n} ({u})", "{n} in {u}", "{n} {u}"]}[lang]
    return forms[k % len(forms)].format(n=noun, u=unit)

def count_label(lang, base, k):
    if lang == "es":
        noun, g = base
        forms = ["número de {n}", "cantidad de {n}", ("cuántos {n}" if g == "m" else "cuántas {n}"), "nº de {n}", "{n}"]
        return forms[k % len(forms)].format(n=noun), noun
    noun = base
    forms = {"en": ["number of {n}", "how many {n}", "no. of {n}", "{n}", "# of {n}"],
             "fr": ["nombre de {n}", "nb {n}", "combien de {n}", "nb de {n}", "{n}"],
             "de": ["Anzahl {n}", "wie viele {n}", "Anzahl der {n}", "{n} (Anzahl)", "{n}"]}[lang]
    f = forms[k % len(forms)]
    if lang == "fr" and noun[0] in "aeéiouh" and "de {n}" in f:
        f = f.replace("de {n}", "d'{n}")
    return f.format(n=noun), noun

def money_label(lang, noun, cur, k):
    forms = {"en": ["{n} ({c})", "{n} in {w}", "{n}", "{n} {c}"],
             "fr": ["{n} ({c})", "{n} en euros", "{n}", "{n} en €"],
             "es": ["{n} ({c})", "{n} en euros", "{n}", "{n} en €"],
             "de": ["{n} ({c})", "{n} in Euro", "{n}", "{n} in €"]}[lang]
    return forms[k % len(forms)].format(n=noun, c=cur, w=ENGLISH_CUR.get(cur, "euros"))

def strip_decor(label):
    s = label
    for t in ["?", "¿", " yes/no", " oui/non", " sí/no", " ja/nein", " (ja/nein)", " ou non", " o no", " oder nicht", " (PDF)"]:
        s = s.replace(t, "")
    return s.strip()

# plain-text labels that an analyst could also make a pick list
OPEN_LISTS = {"breed", "race", "raza", "rasse", "cake flavour", "parfum", "sabor", "geschmack", "pump model", "modèle de pompe",
              "modelo de bomba", "pumpenmodell"}

# a signed paper: analysts file it, or keep whether it was signed (both seen in written sets)
import re
SIGNED = re.compile(r"\b(?:signed|sign[ée]e?|firmad[oa]|unterschrieben\w*)\b", re.I)

FAMILY_TYPE = {"measure": ("decimal", ["integer"]), "count": ("integer", []), "money": ("money", ["decimal"]),
               "yesno": ("boolean", ["choice"]), "date": ("date", ["datetime"]), "file": ("file", []),
               "idtext": ("text", [])}

def field(name, typ, alts, aliases=()):
    return {"name": name, "aliases": [a for a in aliases if a and a != name], "type": typ, "alt_types": list(alts)}

def target_fields(fam, lang, dom_, k):
    typ, alts = FAMILY_TYPE[fam]
    bases = dom_[fam][lang]
    out = []
    picks = [bases[k % len(bases)], bases[(k + 1) % len(bases)]]
    for i, b in enumerate(picks):
        j = k + i
        if fam == "measure":
            noun, unit = b
            lab = measure_labels(lang, noun, unit, j)
            a = ["integer"] if unit in ("cm", "m²", "h", "hours", "heures", "horas", "Stunden", "%", "litres", "Liter", "litros") else []
            out.append((lab, field(noun, "decimal", a, [lab])))
        elif fam == "count":
            lab, noun = count_label(lang, b, j)
            canon = {"en": "number of {n}", "fr": "nombre de {n}", "es": "número de {n}", "de": "Anzahl {n}"}[lang].format(n=noun)
            out.append((lab, field(canon, "integer", [], [lab, noun])))
        elif fam == "money":
            noun, cur = b
            lab = money_label(lang, noun, cur, j)
            out.append((lab, field(noun, "money", ["decimal"], [lab])))
        elif fam == "yesno":
            name = strip_decor(b)
            out.append((b, field(name, "boolean", ["choice"], [b])))
        else:
            a = alts + (["choice"] if b.lower() in OPEN_LISTS else [])
            if fam == "file" and SIGNED.search(b):
                a = a + ["boolean"]  # "signed docket", "albarán firmado": the paper itself, or whether it was signed
            out.append((b, field(strip_decor(b), typ, a, [b])))
    return out

# ---------------------------------------------------------------- sentence shapes
SHAPES = {
    "en": ["{K} log. For each {k} I need:\n- {n}\n- {a}\n- {b}",
           "I want to keep track of our {p} with the {n}, {a} and {b}.",
           "Hi all,\ncould you set up a little app for the {p}? For every {k} we'd record the {n}, {a}\nand {b}.\nThanks!",
           "{P}: {n}, {a}, {b}"],
    "fr": ["Suivi des {p}. Pour chaque {k} il me faut :\n- {n}\n- {a}\n- {b}",
           "Je voudrais suivre nos {p} avec {n}, {a} et {b}.",
           "Bonjour,\npourriez-vous nous faire une petite appli pour les {p} ? Pour chaque {k} on noterait {n}, {a}\net {b}.\nMerci d'avance",
           "{P} : {n}, {a}, {b}"],
    "es": ["Registro de {p}. Para cada {k} necesito:\n- {n}\n- {a}\n- {b}",
           "Quiero llevar el control de nuestros {p} con {n}, {a} y {b}.",
           "Hola,\n¿podríais montarnos una pequeña app para los {p}? De cada {k} apuntaríamos {n}, {a}\ny {b}.\nGracias",
           "{P}: {n}, {a}, {b}"],
    "de": ["{K}-Liste. Pro {k} brauche ich:\n- {n}\n- {a}\n- {b}",
           "Ich möchte unsere {p} erfassen mit {n}, {a} und {b}.",
           "Hallo zusammen,\nkönntet ihr uns eine kleine App für die {p} bauen? Pro {k} würden wir {n}, {a}\nund {b} festhalten.\nDanke!",
           "{P}: {n}, {a}, {b}"],
}
SHAPE_NAMES = ["bullets", "inline", "email", "terse"]

def unaccent(s):
    """Typed without accents (the currency signs and Spanish marks stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

# es: the inline shape says 'nuestros'; feminine plurals get 'nuestras'
ES_FEM = {"pólizas", "entregas"}

def main():
    rows = []
    fams = list(FAMILY_TYPE)
    n = 0
    for di, (dk, dom_) in enumerate(D.items()):
        for lang in ["en", "fr", "es", "de"]:
            K, p, name = dom_["kinds"][lang]
            for fi, fam in enumerate(fams):
                k = di + fi
                shape = (di * 3 + fi) % 4
                tf = target_fields(fam, lang, dom_, k)
                tpl = SHAPES[lang][shape]
                if lang == "es" and p in ES_FEM:
                    tpl = tpl.replace("nuestros", "nuestras")
                if lang == "de":
                    kk = K
                else:
                    kk = K[0].lower() + K[1:] if not K.isupper() else K
                prompt = tpl.format(K=K, k=kk, p=p, P=p[0].upper() + p[1:], n=name, a=tf[0][0], b=tf[1][0])
                n += 1
                if n % 5 == 0 and lang != "en":
                    prompt = unaccent(prompt)
                if n % 7 == 0:
                    prompt = prompt.lower()
                fields = [field(name, "text", [], [])] + [f for _, f in tf]
                ent = {"name": K, "aliases": [p], "fields": fields}
                rows.append({"id": f"t{n:03d}", "lang": lang, "prompt": prompt, "entities": [ent], "relations": [],
                             "notes": f"construction={fam}; shape={SHAPE_NAMES[shape]}; domain={dk}"})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Emit refine.jsonl for probe9 (standard library only)."""
import json, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
def E(name, aliases, body):
    fields = []
    for line in body.strip().splitlines():
        parts = [p.strip() for p in line.split(";")] + ["", "", "", ""]
        fname, ftype, al, opts, flags = parts[:5]
        types = ftype.split("/")
        f = {"name": fname, "aliases": [a.strip() for a in al.split(",") if a.strip()],
             "type": types[0], "alt_types": types[1:]}
        if types[0].startswith("ref>"):
            f["type"] = "reference"; f["target"] = types[0][4:]
        if f["type"] in ("choice", "multi_choice"):
            f["options"] = [o.strip() for o in opts.split(",") if o.strip()]
        if "opt" in flags:
            f["optional"] = True
        fields.append(f)
    return {"name": name, "aliases": [a.strip() for a in aliases.split(",") if a.strip()], "fields": fields}
def D(id, lang, prompt, ents, notes=""):
    rels = []
    for e in ents:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                rels.append({"from": e["name"], "to": f["target"]})
    return {"id": id, "lang": lang, "prompt": prompt, "entities": ents, "relations": rels, "notes": notes}

def ent(key, name, plural, *fields):
    out = []
    for s in fields:
        req = s.endswith("!")
        s = s.rstrip("!")
        parts = s.split(":")
        k, label, t = parts[0], parts[1], parts[2]
        f = {"key": k, "label": label, "type": t}
        if req:
            f["required"] = True
        if t in ("choice", "multi_choice"):
            f["options"] = parts[3].split("|")
        if t == "reference":
            f["target"] = parts[3]
        out.append(f)
    return {"key": key, "name": name, "plural": plural, "fields": out}

def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def al(s):
    return [a.strip() for a in s.split(",") if a.strip()]

def af(e, name, t, aliases="", opts=None):
    ts = t.split("/")
    op = {"op": "add_field", "entity": e, "name": name, "aliases": al(aliases), "type": ts[0], "alt_types": ts[1:]}
    if opts:
        op["options"] = opts.split("|")
    return op
def rf(e, f): return {"op": "remove_field", "entity": e, "field": f}
def rn(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": al(aliases)}
def ct(e, f, t):
    ts = t.split("/")
    return {"op": "change_type", "entity": e, "field": f, "type": ts[0], "alt_types": ts[1:]}
def sr(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def so(e, f, opts): return {"op": "set_options", "entity": e, "field": f, "options": opts.split("|")}
def ae(name, aliases, body):
    x = E(name, aliases, body)
    return {"op": "add_entity", "name": name, "aliases": x["aliases"], "fields": x["fields"]}
def rm(e): return {"op": "remove_entity", "entity": e}
def ar(a, b): return {"op": "add_relation", "from": a, "to": b}

R = []
def case(lang, sp, request, *ops):
    R.append({"id": "p9r%02d" % (len(R) + 1), "lang": lang, "spec": sp, "request": request,
              "expect": list(ops), "keep": "all other fields and entities unchanged"})

# ---- reusable starting specs ----
PORT = spec("Pilot bookings", "Harbour pilots assigned to vessel movements.",
    ent("pilot", "Pilot", "Pilots", "name:Name:text!", "licence_class:Licence class:choice:A|B|C", "mobile:Mobile:phone"),
    ent("movement", "Movement", "Movements", "vessel_name:Vessel name:text!", "pilot:Pilot:reference:pilot",
        "boarding_time:Boarding time:datetime", "direction:Direction:choice:Inbound|Outbound|Shift", "notes:Notes:long_text"))
ORCH = spec("Concert programmes", "Concerts and the works played.",
    ent("concert", "Concert", "Concerts", "title:Title:text!", "concert_date:Date:date", "venue:Venue:text", "conductor:Conductor:text"),
    ent("work", "Work", "Works", "title:Title:text!", "composer:Composer:text", "duration:Duration (min):integer", "concert:Concert:reference:concert"))
CALL = spec("Call quality reviews", "Team leads score recorded calls.",
    ent("call_review", "Call review", "Call reviews", "call_id:Call ID:text!", "agent:Agent:person!", "reviewed_on:Reviewed on:date",
        "score:Score:text", "comments:Comments:long_text"))
ZOO = spec("Enrichment log", "Enrichment items given to animals.",
    ent("enrichment", "Enrichment", "Enrichments", "animal:Animal:text!", "item:Item:text", "given_on:Given on:date",
        "response:Response:choice:Ignored|Interested|Very engaged", "keeper:Keeper:person"))
SEED = spec("Seed packets", "Seed packets sent to members.",
    ent("member", "Member", "Members", "name:Name:text!", "email:Email:email", "postcode:Postcode:text"),
    ent("packet", "Packet", "Packets", "variety:Variety:text!", "member:Member:reference:member", "sent_on:Sent on:date", "grams:Grams:decimal"))
MINE = spec("Gas readings", "Underground gas detector readings.",
    ent("reading", "Reading", "Readings", "location:Location:text!", "taken_at:Taken at:datetime!", "methane:Methane %:decimal",
        "co_ppm:CO (ppm):integer", "taken_by:Taken by:person"))
PRINT = spec("Plate orders", "Printing plates ordered for jobs.",
    ent("plate_order", "Plate order", "Plate orders", "job_number:Job number:text!", "plates:Number of plates:integer",
        "press:Press:choice:SM74|Komori", "ordered_on:Ordered on:date", "urgent:Urgent:boolean"))
FILM = spec("Film crew", "Crew list for the production.",
    ent("crew", "Crew member", "Crew members", "name:Name:text!", "department:Department:choice:Camera|Sound|Lighting|Art|Production",
        "phone:Phone:phone", "day_rate:Day rate:money", "start_date:Start date:date"))
ARCH = spec("Digitisation queue", "Archive items waiting to be scanned.",
    ent("item", "Item", "Items", "shelf_mark:Shelf mark:text!", "title:Title:text", "pages:Pages:integer",
        "priority:Priority:choice:Low|Normal|High", "scanned:Scanned:boolean"))
SKI = spec("Ski rental", "Skis and boots rented at the school.",
    ent("equipment", "Equipment", "Equipment", "tag:Tag:text!", "kind:Kind:choice:Skis|Boots|Snowboard|Helmet", "size:Size:text", "condition:Condition:text"),
    ent("rental", "Rental", "Rentals", "equipment:Equipment:reference:equipment", "customer:Customer:text!", "out_on:Out on:date", "back_on:Back on:date", "price:Price:money"))
TRANS = spec("Glossary", "Client terminology glossaries.",
    ent("term", "Term", "Terms", "source_term:Source term:text!", "target_term:Target term:text!", "language_pair:Language pair:choice:EN>FR|EN>DE|EN>ES",
        "approved:Approved:boolean", "note:Note:long_text"))
PHARM = spec("Fridge temperatures", "Pharmacy fridge temperature log.",
    ent("fridge", "Fridge", "Fridges", "name:Name:text!", "location:Location:text"),
    ent("temp_check", "Temperature check", "Temperature checks", "fridge:Fridge:reference:fridge!", "checked_at:Checked at:datetime",
        "min_temp:Min:decimal", "max_temp:Max:decimal", "checked_by:Checked by:person"))

# ---------------- English (24) ----------------
case("en", PORT, "Could we also record the vessel's draught for each movement? The pilots need it in metres, with decimals.",
     af("movement", "draught", "decimal", "draft, vessel draught, draught m"))
case("en", PORT, "Hi - the notes box on movements is never used, please remove it. And boarding time should be compulsory, a movement without it is useless to us.",
     rf("movement", "notes"), sr("movement", "boarding_time"))
case("en", PORT, "We'd like to keep a list of tugs too: tug name, bollard pull in tonnes and the towage company. Each movement can have one tug assigned.",
     ae("Tug", "tugboat, tug boat", """
name; text; tug name
bollard pull; decimal/integer; bollard pull tonnes, pull
company; text; towage company, operator
"""), ar("movement", "Tug"))
case("en", ORCH, "small thing: could 'Conductor' be changed to 'Music director'? that's what we call it here",
     rn("concert", "conductor", "Music director", "Musical director"))
case("en", ORCH, "For each concert I'd like to see how many tickets we sold and the total box office takings. Also the duration should allow half minutes, so a decimal please.",
     af("concert", "tickets sold", "integer", "tickets, number of tickets sold"),
     af("concert", "box office takings", "money", "takings, box office, revenue, ticket revenue"),
     ct("work", "duration", "decimal"))
case("en", CALL, "The score is a number out of 10 (can be 7.5), not free text - could you fix that? Thanks",
     ct("call_review", "score", "decimal"))
case("en", CALL, "Team leads asked if we could also log which queue the call came from: Billing, Technical, Sales or Cancellations. And whether the customer was escalated, just yes or no.",
     af("call_review", "queue", "choice", "call queue, line", "Billing|Technical|Sales|Cancellations"),
     af("call_review", "escalated", "boolean", "escalation, was escalated, customer escalated"))
case("en", ZOO, "we've changed our scale: response options should now be No interest, Brief interest, Sustained interest, Destroyed item",
     so("enrichment", "response", "No interest|Brief interest|Sustained interest|Destroyed item"))
case("en", ZOO, "It would help to have the animals as a proper list rather than typing the name each time - name, species and enclosure - and have each enrichment point to the animal. I think then the typed animal column can go.",
     ae("Animal", "zoo animal, individual", """
name; text; animal name, house name
species; text; animal species
enclosure; text; exhibit, house
"""), ar("enrichment", "Animal"), rf("enrichment", "animal"))
case("en", ZOO, "Could keepers attach a short video or photo of the enrichment session? Would be good for the welfare committee.",
     af("enrichment", "video or photo", "file", "photo, video, media, attachment"))
case("en", SEED, "We need to track the postal cost of each packet too, and honestly the postcode on members isn't needed anymore.",
     af("packet", "postage", "money", "postal cost, shipping cost, postage cost"), rf("member", "postcode"))
case("en", SEED, "please make the member mandatory on a packet - we had a few orphan packets last month",
     sr("packet", "member"))
case("en", MINE, "Hmm, I think we also need oxygen level (%), and who signed the reading off and when. Supervisors sign off at the end of the shift.",
     af("reading", "oxygen", "decimal", "oxygen level, o2, oxygen %"),
     af("reading", "signed off by", "person", "approved by, supervisor, sign-off by"),
     af("reading", "signed off at", "datetime/date", "sign-off date, signed off on, approved at"))
case("en", MINE, "Rather than typing the location, can we have a list of the underground locations (name, level, and whether it's a refuge chamber) and pick one? Keep the existing location text for now, we'll migrate later.",
     ae("Underground location", "location, area, section, site", """
name; text; location name
level; text/integer; mine level
refuge chamber; boolean; is refuge chamber, refuge
"""), ar("reading", "Underground location"))
case("en", PRINT, "The urgent tick box isn't enough, we need a priority: Standard, Rush or Same day. Please turn urgent into that.",
     ct("plate_order", "urgent", "choice"), so("plate_order", "urgent", "Standard|Rush|Same day"))
case("en", PRINT, "We bought a third press, the Ryobi 750, so it should be available in the press list. Also could you add the plate supplier?",
     so("plate_order", "press", "SM74|Komori|Ryobi 750"), af("plate_order", "plate supplier", "text", "supplier, vendor"))
case("en", FILM, "Can we also have their email and their dietary requirements? Catering keeps asking. Dietary can be vegetarian, vegan, gluten free, halal, none.",
     af("crew", "email", "email", "email address"),
     af("crew", "dietary requirements", "choice/multi_choice", "dietary, diet, dietary needs", "Vegetarian|Vegan|Gluten free|Halal|None"))
case("en", FILM, "Rename 'Day rate' to 'Daily fee' please, accounts use that term. And add Stunts to the departments? Actually sorry, I mean Hair & Make-up, not stunts.",
     rn("crew", "day_rate", "Daily fee", "Daily rate fee"),
     so("crew", "department", "Camera|Sound|Lighting|Art|Production|Hair & Make-up"))
case("en", ARCH, "we also need to know who scanned each item and on which date, plus the resolution in dpi",
     af("item", "scanned by", "person", "scanner, operator, digitised by"),
     af("item", "scan date", "date", "scanned on, date scanned, digitised on"),
     af("item", "resolution", "integer", "dpi, resolution dpi"))
case("en", ARCH, "The priority field is causing arguments, let's drop it entirely.",
     rf("item", "priority"))
case("en", SKI, "The rental system is being replaced by the shop's till, so we don't need rentals in this app anymore, just the equipment list.",
     rm("rental"))
case("en", SKI, "For equipment could we add the purchase date, and condition should be a pick list - New, Good, Worn, Retire.",
     af("equipment", "purchase date", "date", "bought on, purchased on, date purchased"),
     ct("equipment", "condition", "choice"), so("equipment", "condition", "New|Good|Worn|Retire"))
case("en", TRANS, "Hi! Could someone please add a 'Domain' for terms (legal, medical, technical, marketing)? A term can belong to more than one domain. Also the note could be renamed to 'Usage note'.",
     af("term", "domain", "multi_choice", "domains, subject area, field", "Legal|Medical|Technical|Marketing"),
     rn("term", "note", "Usage note", "Usage notes"))
case("en", PHARM, "The inspector wants the actual current temperature at each check as well as min and max, and a reset done yes/no.",
     af("temp_check", "current temperature", "decimal", "current, actual temperature, current temp"),
     af("temp_check", "reset done", "boolean", "reset, thermometer reset, min max reset"))

# ---------------- French (12) ----------------
FR1 = spec("Prêts d'œuvres", "Œuvres prêtées à d'autres musées pour des expositions.",
    ent("oeuvre", "Œuvre", "Œuvres", "titre:Titre:text!", "artiste:Artiste:text", "inventaire:N° d'inventaire:text!", "valeur:Valeur d'assurance:money"),
    ent("pret", "Prêt", "Prêts", "oeuvre:Œuvre:reference:oeuvre!", "emprunteur:Musée emprunteur:text", "depart:Départ:date", "retour:Retour prévu:date", "statut:Statut:choice:Demandé|Accordé|Refusé"))
FR2 = spec("Piscine – analyses", "Relevés d'eau de la piscine municipale.",
    ent("releve", "Relevé", "Relevés", "bassin:Bassin:choice:Grand bain|Petit bain|Pataugeoire", "date_heure:Date et heure:datetime!", "chlore:Chlore libre:decimal", "ph:pH:decimal", "agent:Agent:person"))
FR3 = spec("Standard téléphonique", "Messages pris par l'accueil.",
    ent("message", "Message", "Messages", "appelant:Appelant:text!", "telephone:Téléphone:phone", "pour:Pour:person", "objet:Objet:text", "rappele:Rappelé:boolean"))
FR4 = spec("Traductions jurées", "Commandes de traductions assermentées.",
    ent("client", "Client", "Clients", "nom:Nom:text!", "email:E-mail:email"),
    ent("commande", "Commande", "Commandes", "client:Client:reference:client", "document:Type de document:text", "pages:Nombre de pages:integer", "prix:Prix:money", "urgence:Urgence:text"))
case("fr", FR1, "Bonjour, pourriez-vous ajouter le transporteur et la date de retour effective sur les prêts ? Merci.",
     af("pret", "transporteur", "text", "société de transport, convoyeur"),
     af("pret", "retour effectif", "date", "date de retour effective, date de retour réelle, rendu le"))
case("fr", FR1, "En fait on voudrait aussi le constat d'état (le PDF) à chaque prêt, et rendre le musée emprunteur obligatoire.",
     af("pret", "constat d'état", "file", "constat, rapport d'état, pdf"), sr("pret", "emprunteur"))
case("fr", FR1, "Pour les statuts il manque « En cours » et « Rendu », à mettre après Accordé s'il vous plaît.",
     so("pret", "statut", "Demandé|Accordé|En cours|Rendu|Refusé"))
case("fr", FR2, "On nous demande de noter aussi le nombre de baigneurs au moment du relevé, et la transparence de l'eau (bonne / moyenne / mauvaise).",
     af("releve", "nombre de baigneurs", "integer", "baigneurs, fréquentation"),
     af("releve", "transparence", "choice", "transparence de l'eau, limpidité", "Bonne|Moyenne|Mauvaise"))
case("fr", FR2, "La pataugeoire est fermée définitivement, vous pouvez l'enlever de la liste des bassins. Et on ajoute le bassin nordique.",
     so("releve", "bassin", "Grand bain|Petit bain|Bassin nordique"))
case("fr", FR2, "petite modif : « Agent » → « Maître-nageur », c'est plus parlant pour l'équipe",
     rn("releve", "agent", "Maître-nageur", "Maitre nageur, MNS"))
case("fr", FR3, "Est-ce qu'on pourrait enregistrer l'heure exacte de l'appel ? et le message lui-même, parfois c'est long",
     af("message", "heure de l'appel", "datetime", "date et heure, reçu le, heure"),
     af("message", "contenu du message", "long_text", "message, détail, texte"))
case("fr", FR3, "Le champ Objet ne sert à rien, supprimez-le. Par contre le téléphone doit être obligatoire.",
     rf("message", "objet"), sr("message", "telephone"))
case("fr", FR4, "L'urgence devrait être une liste : Normale, Express (48 h), Très urgent. Pas du texte libre.",
     ct("commande", "urgence", "choice"), so("commande", "urgence", "Normale|Express (48 h)|Très urgent"))
case("fr", FR4, "On travaille avec plusieurs traducteurs assermentés : il faudrait une liste (nom, langues, cour d'appel de rattachement) et pouvoir choisir le traducteur sur chaque commande.",
     ae("Traducteur", "traducteur assermenté, traductrice, expert", """
nom; text; nom du traducteur
langues; text/multi_choice; langue, combinaison de langues
cour d'appel; text; cour d'appel de rattachement, juridiction
"""), ar("commande", "Traducteur"))
case("fr", FR4, "Ajoutez aussi la date de livraison promise au client et le fichier traduit, svp.",
     af("commande", "date de livraison", "date", "livraison promise, échéance, date promise"),
     af("commande", "fichier traduit", "file", "traduction, document traduit"))
case("fr", FR1, "Finalement on gère les œuvres dans un autre logiciel (le registre d'inventaire). On garde seulement les prêts ici, avec le titre de l'œuvre tapé à la main.",
     rm("oeuvre"), ct("pret", "oeuvre", "text"))

# ---------------- Spanish (12) ----------------
ES1 = spec("Banco de semillas – inventario", "Lotes de semillas en cámara fría.",
    ent("lote", "Lote", "Lotes", "codigo:Código:text!", "especie:Especie:text", "gramos:Gramos:decimal", "camara:Cámara:choice:Cámara 1|Cámara 2"))
ES2 = spec("Rodaje – localizaciones", "Localizaciones visitadas para el rodaje.",
    ent("localizacion", "Localización", "Localizaciones", "nombre:Nombre:text!", "direccion:Dirección:text", "contacto:Contacto:text", "precio_dia:Precio por día:money"),
    ent("visita", "Visita", "Visitas", "localizacion:Localización:reference:localizacion", "fecha:Fecha:date", "resultado:Resultado:choice:Descartada|Posible|Elegida"))
ES3 = spec("Turnos del centro de llamadas", "Turnos asignados a los agentes.",
    ent("turno", "Turno", "Turnos", "agente:Agente:person!", "fecha:Fecha:date!", "franja:Franja:choice:Mañana|Tarde|Noche", "horas:Horas:integer"))
ES4 = spec("Imprenta – presupuestos", "Presupuestos enviados a clientes.",
    ent("presupuesto", "Presupuesto", "Presupuestos", "numero:Número:text!", "cliente:Cliente:text!", "trabajo:Trabajo:text", "importe:Importe:money", "enviado:Enviado el:date", "observaciones:Observaciones:long_text"))
case("es", ES1, "Hola, ¿podríais añadir la fecha de recolección y el porcentaje de germinación del lote? Gracias.",
     af("lote", "fecha de recolección", "date", "recolección, fecha de recogida, recogido el"),
     af("lote", "porcentaje de germinación", "decimal", "germinación, % germinación, tasa de germinación"))
case("es", ES1, "Hemos montado una tercera cámara, añadid Cámara 3 a la lista porfa. Y el código que sea único, ya nos hemos liado dos veces... bueno, con que sea obligatorio ya vale, eso ya lo es. Olvidadlo, solo lo de la cámara.",
     so("lote", "camara", "Cámara 1|Cámara 2|Cámara 3"))
case("es", ES1, "Queremos registrar quién donó cada lote: una lista de donantes con nombre, pueblo y teléfono, y cada lote enlazado a su donante.",
     ae("Donante", "donador, agricultor, proveedor", """
nombre; text; nombre del donante
pueblo; text; localidad, municipio
teléfono; phone; telefono, móvil
"""), ar("lote", "Donante"))
case("es", ES2, "en las visitas falta quién fue (alguien del equipo) y las fotos que se hicieron",
     af("visita", "responsable", "person", "quién fue, visitado por, persona"),
     af("visita", "fotos", "file", "foto, fotografías, imágenes"))
case("es", ES2, "Cambiad 'Contacto' por 'Persona de contacto' y que el precio por día sea obligatorio, que luego producción no sabe cuánto cuesta.",
     rn("localizacion", "contacto", "Persona de contacto", "Contacto en la localización"),
     sr("localizacion", "precio_dia"))
case("es", ES2, "Ya no hacemos seguimiento de visitas, borrad esa parte entera. Lo de las localizaciones sí se queda.",
     rm("visita"))
case("es", ES3, "Las horas a veces son 7,5 así que mejor con decimales. Y añadid si el turno es en remoto o no.",
     ct("turno", "horas", "decimal"), af("turno", "remoto", "boolean", "teletrabajo, en remoto, desde casa"))
case("es", ES3, "Necesitamos también la campaña del turno (Ventas, Atención al cliente, Cobros) y un campo para comentarios del supervisor.",
     af("turno", "campaña", "choice", "servicio, cola", "Ventas|Atención al cliente|Cobros"),
     af("turno", "comentarios del supervisor", "long_text/text", "comentarios, observaciones, notas"))
case("es", ES3, "la franja de noche ya no existe y ahora hay 'Partido'. O sea: Mañana, Tarde, Partido.",
     so("turno", "franja", "Mañana|Tarde|Partido"))
case("es", ES4, "Lo de observaciones no lo usa nadie, quitadlo. Y poned el estado del presupuesto: pendiente, aceptado, rechazado.",
     rf("presupuesto", "observaciones"),
     af("presupuesto", "estado", "choice", "situación", "Pendiente|Aceptado|Rechazado"))
case("es", ES4, "Mejor tener los clientes como lista aparte (nombre, CIF, email) y que cada presupuesto apunte a su cliente. El campo de texto del cliente quitadlo entonces.",
     ae("Cliente", "empresa, clienta", """
nombre; text; nombre del cliente, razón social
CIF; text; cif, nif
email; email; correo
"""), ar("presupuesto", "Cliente"), rf("presupuesto", "cliente"))
case("es", ES4, "¿Se puede añadir el PDF del presupuesto y la fecha de validez? Suelen valer 30 días.",
     af("presupuesto", "pdf", "file", "documento, archivo, presupuesto pdf"),
     af("presupuesto", "válido hasta", "date", "fecha de validez, validez, caduca"))

# ---------------- German (12) ----------------
DE1 = spec("Zoo – Futterplan", "Futterrationen je Tier.",
    ent("tier", "Tier", "Tiere", "name:Name:text!", "art:Art:text", "gehege:Gehege:text"),
    ent("ration", "Ration", "Rationen", "tier:Tier:reference:tier!", "futter:Futter:text", "menge_kg:Menge (kg):decimal", "uhrzeit:Uhrzeit:text"))
DE2 = spec("Dolmetscheinsätze", "Dolmetscher für Termine buchen.",
    ent("einsatz", "Einsatz", "Einsätze", "datum:Datum:datetime!", "sprache:Sprache:choice:Arabisch|Türkisch|Ukrainisch|Farsi", "ort:Ort:text", "dolmetscher:Dolmetscher:text", "dauer:Dauer:text"))
DE3 = spec("Druckerei – Papierlager", "Papiersorten und Bestand.",
    ent("papier", "Papier", "Papiere", "sorte:Sorte:text!", "grammatur:Grammatur:integer", "format:Format:choice:SRA3|B2|B1", "bestand:Bestand (Bogen):integer", "lagerort:Lagerort:text"))
DE4 = spec("Skischule – Gruppen", "Kindergruppen und Kinder.",
    ent("gruppe", "Gruppe", "Gruppen", "name:Name:text!", "niveau:Niveau:choice:Bambini|Anfänger|Fortgeschritten", "lehrer:Skilehrer:person"),
    ent("kind", "Kind", "Kinder", "name:Name:text!", "alter:Alter:integer", "gruppe:Gruppe:reference:gruppe", "notfallnummer:Notfallnummer:phone"))
case("de", DE1, "Könnt ihr bei den Rationen noch ergänzen, wer gefüttert hat und ob das Tier alles gefressen hat?",
     af("ration", "gefüttert von", "person", "Pfleger, Tierpfleger, wer"),
     af("ration", "alles gefressen", "boolean", "aufgefressen, vollständig gefressen, gefressen"))
case("de", DE1, "Die Uhrzeit als Text ist blöd, bitte als richtige Zeit (Datum mit Uhrzeit ist okay). Und 'Futter' bitte in 'Futtermittel' umbenennen.",
     ct("ration", "uhrzeit", "datetime"), rn("ration", "futter", "Futtermittel"))
case("de", DE1, "Beim Tier fehlen noch Geburtsdatum und Geschlecht (männlich, weiblich, unbekannt).",
     af("tier", "Geburtsdatum", "date", "geboren am, Geburtstag"),
     af("tier", "Geschlecht", "choice", "Sex", "Männlich|Weiblich|Unbekannt"))
case("de", DE2, "Die Dolmetscher hätten wir gern als eigene Liste mit Name, Telefon und Sprachen, damit man beim Einsatz einfach auswählt. Das alte Textfeld Dolmetscher kann dann weg.",
     ae("Dolmetscher", "Dolmetscherin, Sprachmittler, Übersetzer", """
Name; text; Dolmetschername
Telefon; phone; Handy, Telefonnummer
Sprachen; multi_choice/text; Sprache
"""), ar("einsatz", "Dolmetscher"), rf("einsatz", "dolmetscher"))
case("de", DE2, "Bitte Dari und Russisch bei den Sprachen ergänzen, und die Dauer soll eine Zahl in Minuten sein.",
     so("einsatz", "sprache", "Arabisch|Türkisch|Ukrainisch|Farsi|Dari|Russisch"), ct("einsatz", "dauer", "integer/decimal"))
case("de", DE2, "Wir müssen auch festhalten, welche Stelle den Einsatz angefordert hat (z. B. Jugendamt, Jobcenter, Klinik) und die Kosten.",
     af("einsatz", "angefordert von", "text/choice", "Auftraggeber, anfordernde Stelle, Stelle"),
     af("einsatz", "Kosten", "money", "Betrag, Honorar"))
case("de", DE3, "Neben dem Bestand brauchen wir einen Mindestbestand, damit wir rechtzeitig nachbestellen. Und den Lieferanten.",
     af("papier", "Mindestbestand", "integer", "Meldebestand, Mindestmenge"),
     af("papier", "Lieferant", "text", "Hersteller, Händler, Bezugsquelle"))
case("de", DE3, "Lagerort brauchen wir nicht mehr, alles steht jetzt im selben Raum. Bitte raus damit.",
     rf("papier", "lagerort"))
case("de", DE3, "Grammatur bitte Pflichtfeld, und beim Format fehlt noch A4.",
     sr("papier", "grammatur"), so("papier", "format", "SRA3|B2|B1|A4"))
case("de", DE4, "Bei den Kindern bräuchten wir noch Allergien und ob sie schon mal Ski gefahren sind.",
     af("kind", "Allergien", "text/long_text", "Allergie, Unverträglichkeiten"),
     af("kind", "schon Ski gefahren", "boolean", "Vorerfahrung, Skierfahrung, schon gefahren"))
case("de", DE4, "Die Notfallnummer muss Pflicht sein – ohne nehmen wir kein Kind an. Und 'Alter' lieber in 'Jahrgang' umbenennen, das Feld bleibt eine Zahl.",
     sr("kind", "notfallnummer"), rn("kind", "alter", "Jahrgang", "Geburtsjahr"))
case("de", DE4, "Wir organisieren die Gruppen ab dieser Saison anders, die Gruppenliste fällt weg. Das Gruppenfeld beim Kind könnt ihr dann auch entfernen.",
     rm("gruppe"), rf("kind", "gruppe"))

counts = {}
for r in R:
    counts[r["lang"]] = counts.get(r["lang"], 0) + 1
assert counts == {"en": 24, "fr": 12, "es": 12, "de": 12}, counts
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for r in R:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(R), "refine cases")

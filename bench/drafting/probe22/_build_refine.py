import json, copy
OUT = []
def fld(s):
    p = s.split("|"); k, l, t = p[0], p[1], p[2]
    req = t.endswith("!"); t = t.rstrip("!")
    d = {"key": k, "label": l, "type": t}
    if req: d["required"] = True
    if t in ("choice", "multi_choice"): d["options"] = p[3].split(",")
    if t == "reference": d["target"] = p[3]
    return d
def ent(key, name, plural, *fs): return {"key": key, "name": name, "plural": plural, "fields": [fld(x) for x in fs]}
def S(name, summary, *ents): return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}
L = lambda s: [a for a in s.split("|") if a]
def AF(e, n, a, t, alt="", opts=None):
    d = {"op": "add_field", "entity": e, "name": n, "aliases": L(a), "type": t, "alt_types": L(alt)}
    if opts: d["options"] = opts
    return d
RF = lambda e, f: {"op": "remove_field", "entity": e, "field": f}
RN = lambda e, f, to, a="": {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": L(a)}
CT = lambda e, f, t, alt="": {"op": "change_type", "entity": e, "field": f, "type": t, "alt_types": L(alt)}
SR = lambda e, f, v=True: {"op": "set_required", "entity": e, "field": f, "value": v}
SO = lambda e, f, o: {"op": "set_options", "entity": e, "field": f, "options": o}
def FF(n, a, t, alt="", opts=None):
    d = {"name": n, "aliases": L(a), "type": t, "alt_types": L(alt)}
    if opts: d["options"] = opts
    return d
AE = lambda n, a, *fs: {"op": "add_entity", "name": n, "aliases": L(a), "fields": list(fs)}
RE = lambda e: {"op": "remove_entity", "entity": e}
AR = lambda fr, to: {"op": "add_relation", "from": fr, "to": to}
KEEP = "all other fields and entities unchanged"
n = [0]
def case(lang, spec, request, *ops):
    n[0] += 1
    OUT.append({"id": f"h38r{n[0]:02d}", "lang": lang, "spec": copy.deepcopy(spec), "request": request, "expect": list(ops), "keep": KEEP})
# ---------- English specs ----------
VET = S("Vet appointments", "Book consultations for pets.",
    ent("pet", "Pet", "Pets", "name|Name|text!", "species|Species|choice|Dog,Cat,Rabbit,Other", "breed|Breed|text", "owner_name|Owner name|text", "owner_phone|Owner phone|phone"),
    ent("appointment", "Appointment", "Appointments", "pet|Pet|reference!|pet", "starts_at|Starts at|datetime!", "reason|Reason|choice|Check-up,Vaccination,Illness,Surgery", "vet|Vet|person", "notes|Notes|long_text"))
PROPS = S("Props store", "Theatre props inventory.",
    ent("prop", "Prop", "Props", "name|Name|text!", "category|Category|choice|Furniture,Hand prop,Set dressing", "location|Storage location|text", "condition|Condition|choice|Good,Needs repair,Retired", "photo|Photo|file"))
POTHOLE = S("Pothole reports", "Residents report potholes; crews fix them.",
    ent("report", "Report", "Reports", "reported_on|Reported on|date!", "location|Location|text!", "reporter_email|Reporter email|email", "severity|Severity|choice|Minor,Moderate,Dangerous", "status|Status|choice|New,Scheduled,Fixed", "photo|Photo|file"))
CLAIMS = S("Claims register", "Log insurance claims against policies.",
    ent("policy", "Policy", "Policies", "policy_number|Policy number|text!", "holder_name|Policyholder|text!", "product|Product|choice|Motor,Home,Travel", "premium|Annual premium|money"),
    ent("claim", "Claim", "Claims", "claim_number|Claim number|text!", "policy|Policy|reference!|policy", "date_of_loss|Date of loss|date", "estimate|Estimated amount|money", "status|Status|choice|Open,Approved,Declined,Paid", "handler|Handler|person"))
CREW = S("Crew bookings", "Book freelance crew on gigs.",
    ent("crew_member", "Crew member", "Crew members", "name|Name|text!", "mobile|Mobile|phone", "role|Role|choice|Stagehand,Rigger,LX,Sound", "day_rate|Day rate|money"),
    ent("gig", "Gig", "Gigs", "client|Client|text", "venue|Venue|text!", "date|Date|date!"),
    ent("booking", "Booking", "Bookings", "crew_member|Crew member|reference!|crew_member", "gig|Gig|reference!|gig", "call_time|Call time|datetime", "hours|Hours worked|decimal"))
FLEET = S("Fleet fuel log", "Fuel fill-ups for council vehicles.",
    ent("vehicle", "Vehicle", "Vehicles", "registration|Registration|text!", "type|Type|choice|Van,Tractor,Mower"),
    ent("fuel_entry", "Fuel entry", "Fuel entries", "vehicle|Vehicle|reference!|vehicle", "date|Date|date!", "litres|Litres|decimal", "cost|Cost|money", "odometer|Odometer|integer", "filled_by|Filled by|text"))
e = "en"
case(e, VET, "can we also record the pet's weight at each appointment?", AF("appointment", "weight", "pet weight|weight kg|kg", "decimal"))
case(e, VET, "Reasons should be: Check-up, Vaccination, Illness, Surgery, Dental, Euthanasia", SO("appointment", "reason", ["Check-up", "Vaccination", "Illness", "Surgery", "Dental", "Euthanasia"]))
case(e, VET, "Hi! Reception keeps forgetting to ask for the microchip number - please add it to the pet and make the owner phone compulsory so we can always call back.",
     AF("pet", "microchip number", "microchip|chip number|chip", "text"), SR("pet", "owner_phone"))
case(e, VET, "we want to see whether the client actually turned up, and how much they were charged", AF("appointment", "attended", "showed up|turned up|no-show|attendance|arrived", "boolean", "choice"), AF("appointment", "amount charged", "charge|fee|price|amount|invoice amount", "money"))
case(e, PROPS, "need to know which show each prop is out on. shows are just a title and an opening date",
     AE("Show", "Production|Shows|Play", FF("title", "name|show title", "text"), FF("opening date", "opening night|opens|premiere", "date", "datetime")), AR("prop", "Show"))
case(e, PROPS, "rename 'Storage location' to Shelf / bay please", RN("prop", "location", "Shelf / bay", "Shelf|Bay|Shelf/bay"))
case(e, PROPS, "add Weapon and Food to the categories. Also the photo is not needed anymore, we never take them", SO("prop", "category", ["Furniture", "Hand prop", "Set dressing", "Weapon", "Food"]), RF("prop", "photo"))
case(e, PROPS, "I also need to know who signed it out and when", AF("prop", "signed out by", "checked out by|borrowed by|taken by|signed out to", "person", "text"), AF("prop", "signed out on", "checked out on|date out|signed out date|out since", "date", "datetime"))
case(e, POTHOLE, "Which crew member is fixing it? Pick from staff.", AF("report", "assigned to", "crew member|assignee|fixed by|crew|owner", "person"))
case(e, POTHOLE, "the reporter email should really be a phone number, most people call in", CT("report", "reporter_email", "phone"))
case(e, POTHOLE, "Statuses: New, Inspected, Scheduled, Fixed, Not council responsibility. And date fixed please.",
     SO("report", "status", ["New", "Inspected", "Scheduled", "Fixed", "Not council responsibility"]), AF("report", "date fixed", "fixed on|repair date|completed on|date repaired", "date", "datetime"))
case(e, POTHOLE, "The reported date needs the time too, we get several per day and want the order", CT("report", "reported_on", "datetime"))
case(e, CLAIMS, "add a 'Under review' status between Open and Approved", SO("claim", "status", ["Open", "Under review", "Approved", "Declined", "Paid"]))
case(e, CLAIMS, "Morning - audit says we must keep the claim form the customer sent and the date we were notified. Can you add both?",
     AF("claim", "claim form", "form|claim document|attachment|document", "file"), AF("claim", "date notified", "notification date|reported on|date reported|notified on", "date", "datetime"))
case(e, CLAIMS, "Estimated amount must be filled in for every claim, and call it Reserve instead", SR("claim", "estimate"), RN("claim", "estimate", "Reserve", "Reserve amount|Claim reserve"))
case(e, CLAIMS, "we don't sell travel anymore, take it out of the products", SO("policy", "product", ["Motor", "Home"]))
case(e, CREW, "get rid of the client column on gigs, nobody fills it", RF("gig", "client"))
case(e, CREW, "crew can do more than one job, make role a multi select and add Driver and Video", CT("crew_member", "role", "multi_choice"), SO("crew_member", "role", ["Stagehand", "Rigger", "LX", "Sound", "Driver", "Video"]))
case(e, CREW, "add whether each booking has been paid yet", AF("booking", "paid", "payment status|paid?|is paid", "boolean", "choice"))
case(e, CREW, "I'd like a proper list of venues (name, address, loading dock notes) and gigs should point to one instead of typing it",
     AE("Venue", "Venues|Location", FF("name", "venue name", "text"), FF("address", "location|postal address", "long_text", "text"), FF("loading dock notes", "loading notes|access notes|dock notes|notes", "long_text", "text")),
     CT("gig", "venue", "reference"), AR("gig", "Venue"))
case(e, FLEET, "odometer can have decimals because for mowers it's engine hours. rename it to Odometer / hours too", CT("fuel_entry", "odometer", "decimal"), RN("fuel_entry", "odometer", "Odometer / hours", "Odometer/hours|Meter reading|Hours"))
case(e, FLEET, "Filled by should be an actual staff member, not free text", CT("fuel_entry", "filled_by", "person"))
case(e, FLEET, "add gritters to the vehicle types, and store the fuel card number used for each fill-up", SO("vehicle", "type", ["Van", "Tractor", "Mower", "Gritter"]), AF("fuel_entry", "fuel card number", "fuel card|card number|card used", "text"))
case(e, FLEET, "we also need the depot each vehicle is based at (North depot, South depot, Parks yard)", AF("vehicle", "depot", "base|based at|location|home depot", "choice", "text", ["North depot", "South depot", "Parks yard"]))
# ---------- French ----------
RDV = S("Rendez-vous cabinet dentaire", "Agenda des patients.",
    ent("patient", "Patient", "Patients", "nom|Nom|text!", "prenom|Prénom|text", "date_naissance|Date de naissance|date", "telephone|Téléphone|phone", "mutuelle|Mutuelle|text"),
    ent("rendez_vous", "Rendez-vous", "Rendez-vous", "patient|Patient|reference!|patient", "debut|Début|datetime!", "acte|Acte|choice|Contrôle,Détartrage,Soin,Extraction", "praticien|Praticien|person"))
TOURNEE = S("Tournée", "Dates de tournée du spectacle.",
    ent("salle", "Salle", "Salles", "nom|Nom|text!", "ville|Ville|text", "jauge|Jauge|integer"),
    ent("date_tournee", "Date de tournée", "Dates de tournée", "salle|Salle|reference!|salle", "jour|Jour|date!", "cachet|Cachet|money", "contrat_signe|Contrat signé|boolean", "hebergement|Hébergement réservé|boolean"))
SINISTRE = S("Sinistres habitation", "Suivi des dossiers sinistres.",
    ent("sinistre", "Sinistre", "Sinistres", "numero|Numéro|text!", "assure|Assuré|text!", "date_survenance|Date de survenance|date", "type|Type|choice|Dégât des eaux,Incendie,Vol", "montant|Montant estimé|money", "statut|Statut|choice|Ouvert,En expertise,Clos"))
f = "fr"
case(f, RDV, "Ajoute l'email du patient svp", AF("patient", "email", "e-mail|courriel|adresse email|adresse mail", "email"))
case(f, RDV, "Il faudrait pouvoir ajouter Orthodontie et Urgence dans les actes, et rendre le praticien obligatoire", SO("rendez_vous", "acte", ["Contrôle", "Détartrage", "Soin", "Extraction", "Orthodontie", "Urgence"]), SR("rendez_vous", "praticien"))
case(f, RDV, "on voudrait savoir si le rdv a été confirmé par SMS et s'il y a eu un retard", AF("rendez_vous", "confirmé par SMS", "confirmé|confirmation|sms envoyé|confirmation SMS", "boolean", "choice"), AF("rendez_vous", "retard", "en retard|minutes de retard|retard patient", "boolean", "integer|choice"))
case(f, RDV, "la mutuelle ne sert à rien ici, supprime-la", RF("patient", "mutuelle"))
case(f, TOURNEE, "Bonjour, pour chaque salle il me faut aussi le contact du régisseur : son nom, son téléphone et son email.",
     AF("salle", "régisseur", "nom du régisseur|contact technique|contact", "text", "person"), AF("salle", "téléphone du régisseur", "téléphone|tel régisseur|tel", "phone"), AF("salle", "email du régisseur", "email|e-mail|courriel", "email"))
case(f, TOURNEE, "renomme « Cachet » en « Prix de cession »", RN("date_tournee", "cachet", "Prix de cession", "Prix|Cession"))
case(f, TOURNEE, "ajoute l'heure de la représentation", AF("date_tournee", "heure de représentation", "heure|horaire|heure du spectacle|début", "text", "datetime"))
case(f, TOURNEE, "le cachet doit être obligatoire et on veut ajouter le nombre de billets vendus", SR("date_tournee", "cachet"), AF("date_tournee", "billets vendus", "nombre de billets vendus|ventes|billetterie|entrées", "integer"))
case(f, SINISTRE, "Ajoute Bris de glace et Catastrophe naturelle dans les types", SO("sinistre", "type", ["Dégât des eaux", "Incendie", "Vol", "Bris de glace", "Catastrophe naturelle"]))
case(f, SINISTRE, "On veut gérer les experts : nom, cabinet, téléphone. Chaque sinistre a un expert.",
     AE("Expert", "Experts|Cabinet d'expertise", FF("nom", "name|nom de l'expert", "text"), FF("cabinet", "société|cabinet d'expertise", "text"), FF("téléphone", "tel|phone", "phone")), AR("sinistre", "Expert"))
case(f, SINISTRE, "qui gère le dossier ? et la date de clôture", AF("sinistre", "gestionnaire", "chargé de dossier|responsable|géré par|handler", "person", "text"), AF("sinistre", "date de clôture", "clôturé le|date de cloture|clôture", "date"))
case(f, SINISTRE, "l'assuré n'est pas obligatoire au début, on le complète plus tard", SR("sinistre", "assure", False))
# ---------- Spanish ----------
HOSP = S("Hospitalización", "Animales ingresados en la clínica veterinaria.",
    ent("mascota", "Mascota", "Mascotas", "nombre|Nombre|text!", "especie|Especie|choice|Perro,Gato,Otro", "dueno|Dueño|text", "telefono|Teléfono|phone"),
    ent("ingreso", "Ingreso", "Ingresos", "mascota|Mascota|reference!|mascota", "fecha_ingreso|Fecha de ingreso|date!", "fecha_alta|Fecha de alta|date", "jaula|Jaula|text", "estado|Estado|choice|Estable,Crítico,Alta"))
RESERVA = S("Reservas del parque", "Reservas de instalaciones municipales.",
    ent("instalacion", "Instalación", "Instalaciones", "nombre|Nombre|text!", "tipo|Tipo|choice|Kiosco,Pista,Barbacoa", "aforo|Aforo|integer"),
    ent("reserva", "Reserva", "Reservas", "instalacion|Instalación|reference!|instalacion", "solicitante|Solicitante|text!", "telefono|Teléfono|phone", "fecha|Fecha|date!", "tasa|Tasa|money", "pagado|Pagado|boolean"))
QUEJA = S("Quejas de clientes", "Reclamaciones recibidas por la aseguradora.",
    ent("queja", "Queja", "Quejas", "cliente|Cliente|text!", "poliza|Nº de póliza|text", "canal|Canal|choice|Teléfono,Email,Carta", "fecha_entrada|Fecha de entrada|date!", "estado|Estado|choice|Abierta,Respondida,Cerrada", "gestor|Gestor|person"))
s = "es"
case(s, HOSP, "añade el peso del animal al ingreso", AF("ingreso", "peso", "peso del animal|peso kg|kg", "decimal"))
case(s, HOSP, "Hola, necesitamos apuntar el veterinario responsable y el diagnóstico de cada ingreso. Gracias!", AF("ingreso", "veterinario responsable", "veterinario|responsable|vet", "person", "text"), AF("ingreso", "diagnóstico", "diagnostico|diagnosis", "long_text", "text"))
case(s, HOSP, "la jaula es siempre un número, cámbialo", CT("ingreso", "jaula", "integer", "choice"))
case(s, HOSP, "Estados: Estable, En observación, Crítico, Alta. Y el teléfono del dueño obligatorio", SO("ingreso", "estado", ["Estable", "En observación", "Crítico", "Alta"]), SR("mascota", "telefono"))
case(s, RESERVA, "quiero guardar el justificante de pago en cada reserva", AF("reserva", "justificante de pago", "justificante|recibo|comprobante|comprobante de pago", "file"))
case(s, RESERVA, "cambia 'Solicitante' por 'Titular de la reserva' y añade su DNI", RN("reserva", "solicitante", "Titular de la reserva", "Titular"), AF("reserva", "DNI", "NIF|documento|documento de identidad", "text"))
case(s, RESERVA, "la hora también importa: hora de inicio y hora de fin", AF("reserva", "hora de inicio", "inicio|desde|hora inicio", "text", "datetime"), AF("reserva", "hora de fin", "fin|hasta|hora fin", "text", "datetime"))
case(s, RESERVA, "ya no cobramos tasa, quítala, y el campo Pagado tampoco hace falta", RF("reserva", "tasa"), RF("reserva", "pagado"))
case(s, QUEJA, "añadir canal Oficina y Redes sociales", SO("queja", "canal", ["Teléfono", "Email", "Carta", "Oficina", "Redes sociales"]))
case(s, QUEJA, "Buenas, por normativa tenemos que guardar el plazo de respuesta y la respuesta que mandamos al cliente", AF("queja", "plazo de respuesta", "fecha límite|vencimiento|plazo|fecha de respuesta", "date"), AF("queja", "respuesta enviada", "respuesta|contestación", "long_text", "text|file"))
case(s, QUEJA, "el estado 'Escalada al defensor del cliente' falta", SO("queja", "estado", ["Abierta", "Respondida", "Escalada al defensor del cliente", "Cerrada"]))
case(s, QUEJA, "ahora tenemos una tabla de pólizas aparte? no... mejor: crea Pólizas con número, producto y fecha de vencimiento y que cada queja apunte a su póliza",
     AE("Póliza", "Polizas|Pólizas|Policy", FF("número", "número de póliza|nº póliza|numero", "text"), FF("producto", "ramo|tipo", "text", "choice"), FF("fecha de vencimiento", "vencimiento|fecha fin|caducidad", "date")),
     CT("queja", "poliza", "reference"), AR("queja", "Póliza"))
# ---------- German ----------
OP = S("OP-Plan", "Operationen in der Tierarztpraxis.",
    ent("tier", "Tier", "Tiere", "name|Name|text!", "tierart|Tierart|text", "gewicht|Gewicht|decimal", "besitzer|Besitzer|text"),
    ent("operation", "Operation", "Operationen", "tier|Tier|reference!|tier", "termin|Termin|datetime!", "eingriff|Art des Eingriffs|choice|Kastration,Zahnsanierung,Sonstiges", "operateur|Operateur|person", "nuechtern|Nüchtern|boolean"))
PROBE = S("Probenplan", "Proben der Produktionen am Stadttheater.",
    ent("produktion", "Produktion", "Produktionen", "titel|Titel|text!", "regie|Regie|text", "premiere|Premiere|date"),
    ent("probe", "Probe", "Proben", "produktion|Produktion|reference!|produktion", "datum|Datum|date!", "beginn|Beginn|text", "ende|Ende|text", "raum|Probenraum|choice|Große Bühne,Probebühne 1,Probebühne 2"))
WINTER = S("Winterdienst", "Einsatzprotokoll des Bauhofs.",
    ent("einsatz", "Einsatz", "Einsätze", "datum|Datum|date!", "fahrer|Fahrer|person!", "fahrzeug|Fahrzeug|text", "route|Route|choice|Nord,Süd,Innenstadt", "streumittel|Streumittel|choice|Salz,Splitt", "bemerkungen|Bemerkungen|long_text"))
g = "de"
case(g, OP, "bitte noch die Narkoseart ergänzen (Inhalation, Injektion, Lokal)", AF("operation", "Narkoseart", "Narkose|Anästhesie|Anästhesieart", "choice", "text", ["Inhalation", "Injektion", "Lokal"]))
case(g, OP, "Wir brauchen die unterschriebene Einverständniserklärung als Upload, und der Operateur muss immer eingetragen sein.", AF("operation", "Einverständniserklärung", "Einwilligung|Einverständnis|Scan|Einverständniserklärung Scan", "file"), SR("operation", "operateur"))
case(g, OP, "Zum Eingriff: Kastration, Zahnsanierung, Tumorentfernung, Fremdkörper-OP, Sonstiges", SO("operation", "eingriff", ["Kastration", "Zahnsanierung", "Tumorentfernung", "Fremdkörper-OP", "Sonstiges"]))
case(g, OP, "Feld 'Nüchtern' umbenennen in 'Nüchtern seit 12 h'", RN("operation", "nuechtern", "Nüchtern seit 12 h", "Nüchtern seit 12h|nüchtern 12 h"))
case(g, PROBE, "Beginn und Ende sollen echte Uhrzeiten mit Datum sein, nicht Text", CT("probe", "beginn", "datetime"), CT("probe", "ende", "datetime"))
case(g, PROBE, "Hallo! Wir haben jetzt noch den Ballettsaal dazu bekommen, bitte als Raum ergänzen. Danke", SO("probe", "raum", ["Große Bühne", "Probebühne 1", "Probebühne 2", "Ballettsaal"]))
case(g, PROBE, "Art der Probe fehlt noch: Stellprobe, Durchlauf, Hauptprobe, Generalprobe. Außerdem wer die Probe leitet", AF("probe", "Art der Probe", "Probenart|Art|Typ", "choice", "", ["Stellprobe", "Durchlauf", "Hauptprobe", "Generalprobe"]), AF("probe", "Probenleitung", "geleitet von|Leitung|Probenleiter|Regie", "person", "text"))
case(g, PROBE, "Regie soll aus den Mitarbeitern ausgewählt werden können", CT("produktion", "regie", "person"))
case(g, WINTER, "Fahrzeuge als eigene Liste: Kennzeichen und Typ (Unimog, Radlader, Kleintraktor), und der Einsatz soll darauf verweisen",
     AE("Fahrzeug", "Fahrzeuge|Räumfahrzeug", FF("Kennzeichen", "Nummernschild", "text"), FF("Typ", "Fahrzeugtyp|Art", "choice", "", ["Unimog", "Radlader", "Kleintraktor"])), CT("einsatz", "fahrzeug", "reference"), AR("einsatz", "Fahrzeug"))
case(g, WINTER, "uhrzeit von bis fehlt", AF("einsatz", "Beginn", "von|Start|Einsatzbeginn|Uhrzeit von", "datetime", "text"), AF("einsatz", "Ende", "bis|Einsatzende|Uhrzeit bis", "datetime", "text"))
case(g, WINTER, "Sole als Streumittel ergänzen, und wir streuen oft Salz und Sole zusammen – also Mehrfachauswahl", SO("einsatz", "streumittel", ["Salz", "Splitt", "Sole"]), CT("einsatz", "streumittel", "multi_choice"))
case(g, WINTER, "Bemerkungen raus, dafür ein Feld ob geräumt wurde (ja/nein)", RF("einsatz", "bemerkungen"), AF("einsatz", "geräumt", "Räumen|Schnee geräumt|Räumung|geraeumt", "boolean"))
with open("refine.jsonl", "w", encoding="utf-8") as fh:
    for c in OUT: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(OUT), Counter(c["lang"] for c in OUT), Counter(o["op"] for c in OUT for o in c["expect"]), sum(len(c["expect"])>1 for c in OUT))

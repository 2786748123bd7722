import json, os, copy
H = os.path.dirname(os.path.abspath(__file__))
def f(key, label, type, req=False, options=None, target=None):
    d = {"key": key, "label": label, "type": type}
    if req: d["required"] = True
    if options: d["options"] = options
    if target: d["target"] = target
    return d
def ent(key, name, plural, *fields): return {"key": key, "name": name, "plural": plural, "fields": list(fields)}
def spec(name, summary, *ents): return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}
# ops
def AF(e, name, type, aliases=(), alt=(), options=None):
    d = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options: d["options"] = options
    return d
def RF(e, fl): return {"op": "remove_field", "entity": e, "field": fl}
def RN(e, fl, to, aliases=()): return {"op": "rename_field", "entity": e, "field": fl, "to": to, "aliases": list(aliases)}
def CT(e, fl, type, alt=()): return {"op": "change_type", "entity": e, "field": fl, "type": type, "alt_types": list(alt)}
def SR(e, fl, v=True): return {"op": "set_required", "entity": e, "field": fl, "value": v}
def SO(e, fl, opts): return {"op": "set_options", "entity": e, "field": fl, "options": opts}
def AE(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}
def G(name, type, aliases=(), alt=(), options=None):
    d = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options: d["options"] = options
    return d
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}

# ---------- base specs ----------
BOATS = spec("Boat bookings", "Members book club boats for outings.",
  ent("boat", "Boat", "Boats", f("name", "Name", "text", True), f("boat_type", "Boat type", "choice", options=["Single", "Double", "Quad", "Eight"]), f("out_of_action", "Out of action", "boolean")),
  ent("booking", "Booking", "Bookings", f("boat", "Boat", "reference", True, target="boat"), f("member", "Member", "person", True), f("starts_at", "Starts at", "datetime", True), f("ends_at", "Ends at", "datetime"), f("notes", "Notes", "long_text")))
QUOTES = spec("Quote requests", "Window and door quote requests from the website.",
  ent("quote_request", "Quote request", "Quote requests", f("customer_name", "Customer name", "text", True), f("phone", "Phone", "phone"), f("email", "Email", "email"), f("address", "Address", "long_text"), f("work_type", "Work type", "choice", options=["Double glazing", "Repair", "New door", "Conservatory", "Other"]), f("status", "Status", "choice", options=["Waiting", "Won", "Lost"])))
LIVERY = spec("Livery yard", "Horses at livery and their owners.",
  ent("owner", "Owner", "Owners", f("name", "Name", "text", True), f("phone", "Phone", "phone"), f("email", "Email", "email")),
  ent("horse", "Horse", "Horses", f("name", "Name", "text", True), f("owner", "Owner", "reference", True, target="owner"), f("passport_number", "Passport number", "text"), f("livery_type", "Livery type", "choice", options=["Full", "Part", "DIY"]), f("farrier_due", "Farrier due", "date")))
HALL = spec("Hall hire", "Church hall bookings by local groups.",
  ent("hirer", "Hirer", "Hirers", f("name", "Name", "text", True), f("contact_person", "Contact person", "text"), f("phone", "Phone", "phone"), f("charity", "Charity", "boolean")),
  ent("hall_booking", "Hall booking", "Hall bookings", f("hirer", "Hirer", "reference", True, target="hirer"), f("room", "Room", "choice", options=["Main hall", "Meeting room"]), f("date", "Date", "date", True), f("fee", "Fee", "money"), f("paid", "Paid", "boolean")))
MOVES = spec("Removals", "Moving jobs and the vans that do them.",
  ent("van", "Van", "Vans", f("registration", "Registration", "text", True), f("size", "Size", "choice", options=["Luton", "7.5t", "18t"]), f("mot_date", "MOT date", "date")),
  ent("move", "Move", "Moves", f("customer_name", "Customer name", "text", True), f("from_address", "From address", "long_text"), f("to_address", "To address", "long_text"), f("move_date", "Move date", "date", True), f("van", "Van", "reference", target="van"), f("status", "Status", "choice", options=["Booked", "Done", "Cancelled"])))
BAPT = spec("Baptism register", "Parish baptism register.",
  ent("baptism", "Baptism", "Baptisms", f("child_name", "Child's full name", "text", True), f("date_of_birth", "Date of birth", "date"), f("baptism_date", "Date of baptism", "date", True), f("parents", "Parents", "text"), f("godparents", "Godparents", "text"), f("priest", "Officiating priest", "text")))
# FR
CHANTIER = spec("Chantiers vitrerie", "Suivi des interventions de vitrerie.",
  ent("chantier", "Chantier", "Chantiers", f("client", "Client", "text", True), f("adresse", "Adresse du chantier", "long_text"), f("type_travaux", "Type de travaux", "choice", options=["Remplacement vitre", "Pose fenêtre", "Miroir", "Vitrine"]), f("date_intervention", "Date d'intervention", "date"), f("technicien", "Technicien", "person"), f("montant_devis", "Montant du devis", "money")))
PENSION = spec("Pension chevaux", "Chevaux en pension et leurs propriétaires.",
  ent("proprietaire", "Propriétaire", "Propriétaires", f("nom", "Nom", "text", True), f("telephone", "Téléphone", "phone"), f("email", "Email", "email")),
  ent("cheval", "Cheval", "Chevaux", f("nom", "Nom", "text", True), f("proprietaire", "Propriétaire", "reference", True, target="proprietaire"), f("box", "Box", "text"), f("formule", "Formule", "choice", options=["Pré", "Box", "Box + paddock"]), f("date_arrivee", "Date d'arrivée", "date")))
DEVIS = spec("Devis déménagement", "Devis de déménagement envoyés aux clients.",
  ent("devis", "Devis", "Devis", f("client", "Client", "text", True), f("date_visite", "Date de visite technique", "date"), f("volume", "Volume estimé (m3)", "decimal"), f("formule", "Formule", "choice", options=["Économique", "Standard", "Luxe"]), f("prix_ht", "Prix HT", "money"), f("accepte", "Accepté", "boolean")))
# ES
SOCIOS = spec("Socios y cuotas", "Socios del club de remo y sus pagos.",
  ent("socio", "Socio", "Socios", f("nombre", "Nombre", "text", True), f("dni", "DNI", "text"), f("categoria", "Categoría", "choice", options=["Infantil", "Cadete", "Juvenil", "Sénior", "Veterano"]), f("telefono", "Teléfono", "phone")),
  ent("pago", "Pago", "Pagos", f("socio", "Socio", "reference", True, target="socio"), f("fecha", "Fecha", "date", True), f("importe", "Importe", "money", True), f("forma_pago", "Forma de pago", "choice", options=["Efectivo", "Transferencia", "Bizum"])))
PASEOS = spec("Reservas de paseos", "Reservas de paseos a caballo.",
  ent("reserva", "Reserva", "Reservas", f("fecha_hora", "Fecha y hora", "datetime", True), f("personas", "Número de personas", "integer"), f("ruta", "Ruta", "choice", options=["1h playa", "2h monte", "Día completo"]), f("cliente", "Nombre del cliente", "text", True), f("telefono", "Teléfono", "phone"), f("senal_pagada", "Señal pagada", "boolean")))
CERT = spec("Despacho parroquial", "Solicitudes de certificados sacramentales.",
  ent("solicitud", "Solicitud de certificado", "Solicitudes de certificado", f("solicitante", "Solicitante", "text", True), f("tipo", "Tipo de certificado", "choice", options=["Bautismo", "Confirmación", "Matrimonio"]), f("fecha_solicitud", "Fecha de solicitud", "date"), f("entregado", "Entregado", "boolean"), f("observaciones", "Observaciones", "long_text")))
MUDANZA = spec("Mudanzas", "Servicios de mudanza y sus bultos.",
  ent("mudanza", "Mudanza", "Mudanzas", f("cliente", "Cliente", "text", True), f("fecha", "Fecha", "date", True), f("origen", "Dirección de origen", "long_text"), f("destino", "Dirección de destino", "long_text")),
  ent("bulto", "Bulto", "Bultos", f("mudanza", "Mudanza", "reference", True, target="mudanza"), f("habitacion", "Habitación", "choice", options=["Salón", "Cocina", "Dormitorio", "Baño"]), f("descripcion", "Descripción", "text"), f("fragil", "Frágil", "boolean")))
# DE
FAHRT = spec("Fahrtenbuch", "Fahrtenbuch des Rudervereins.",
  ent("boot", "Boot", "Boote", f("name", "Name", "text", True), f("bootstyp", "Bootstyp", "choice", options=["Einer", "Zweier", "Vierer", "Achter"]), f("baujahr", "Baujahr", "integer")),
  ent("fahrt", "Fahrt", "Fahrten", f("boot", "Boot", "reference", True, target="boot"), f("datum", "Datum", "date", True), f("strecke_km", "Strecke (km)", "decimal"), f("mannschaft", "Mannschaft", "long_text"), f("obmann", "Obmann", "text")))
NOTDIENST = spec("Glasnotdienst", "Einsätze des Glasbruch-Notdienstes.",
  ent("einsatz", "Einsatz", "Einsätze", f("anrufzeit", "Anrufzeit", "datetime", True), f("kunde", "Kunde", "text", True), f("adresse", "Adresse", "long_text"), f("schadensart", "Schadensart", "choice", options=["Schaufenster", "Haustür", "Fenster", "Duschkabine"]), f("monteur", "Monteur", "person"), f("versicherungsfall", "Versicherungsfall", "boolean")))
GOTTESDIENST = spec("Dienstplan Gottesdienste", "Einteilung der Ehrenamtlichen für Gottesdienste.",
  ent("gottesdienst", "Gottesdienst", "Gottesdienste", f("datum", "Datum", "date", True), f("uhrzeit", "Uhrzeit", "text"), f("kirche", "Kirche", "choice", options=["St. Josef", "St. Marien"])),
  ent("einteilung", "Einteilung", "Einteilungen", f("gottesdienst", "Gottesdienst", "reference", True, target="gottesdienst"), f("person", "Person", "person", True), f("dienst", "Dienst", "choice", options=["Lektor", "Kommunionhelfer", "Messdiener"])))
UMZUG = spec("Umzugsaufträge", "Umzugsaufträge der Firma.",
  ent("umzug", "Umzug", "Umzüge", f("auftragsnummer", "Auftragsnummer", "text", True), f("kunde", "Kunde", "text", True), f("datum", "Datum", "date", True), f("volumen", "Volumen (m³)", "decimal"), f("preis", "Preis", "money"), f("status", "Status", "choice", options=["Angefragt", "Bestätigt", "Erledigt"])))

C = []
def add(id, lang, sp, request, expect):
    C.append({"id": id, "lang": lang, "spec": copy.deepcopy(sp), "request": request, "expect": expect,
              "keep": "all other fields and entities unchanged"})

# ---------- English (24) ----------
add("h36r01", "en", BOATS, "can we also record the weather/water conditions for each outing? just free text", [AF("booking", "conditions", "text", ["water conditions", "weather", "weather conditions"], ["long_text"])])
add("h36r02", "en", BOATS, "Add Pair and Coxless four to the boat types. Also the end time should be compulsory, people keep forgetting it.", [SO("boat", "boat_type", ["Single", "Double", "Quad", "Eight", "Pair", "Coxless four"]), SR("booking", "ends_at")])
add("h36r03", "en", BOATS, "the captain wants to approve bookings of the eight - I need to know who approved it and when", [AF("booking", "approved by", "person", ["approver", "captain"], ["text"]), AF("booking", "approved on", "datetime", ["approval date", "approved at", "date approved"], ["date"])])
add("h36r04", "en", BOATS, "Hi! Instead of just ticking 'out of action' we'd like to log each repair properly: which boat, date reported, what's wrong, who's fixing it and the cost. Then drop the tick box.", [AE("Repair", ["Boat repair", "Damage report", "Repair log"], [G("date reported", "date", ["reported on", "date"], ["datetime"]), G("problem", "long_text", ["what's wrong", "description", "fault", "damage"], ["text"]), G("repaired by", "person", ["who's fixing it", "fixer", "assigned to"], ["text"]), G("cost", "money", ["repair cost", "amount"])]), AR("Repair", "boat"), RF("boat", "out_of_action")])
add("h36r05", "en", QUOTES, "we need the date the surveyor is going out and the quote value", [AF("quote_request", "survey date", "date", ["measure date", "survey", "visit date"], ["datetime"]), AF("quote_request", "quote amount", "money", ["quote value", "quote", "amount", "price"])])
add("h36r06", "en", QUOTES, "rename 'Work type' to 'Product'", [RN("quote_request", "work_type", "Product", ["Product type"])])
add("h36r07", "en", QUOTES, "Status should be: New, Surveyed, Quoted, Won, Lost. Thanks", [SO("quote_request", "status", ["New", "Surveyed", "Quoted", "Won", "Lost"])])
add("h36r08", "en", QUOTES, "phone has to be filled in, we can't call people back otherwise. and we never use the email column, bin it", [SR("quote_request", "phone"), RF("quote_request", "email")])
add("h36r09", "en", LIVERY, "add vaccination due date on horses please (flu/tetanus)", [AF("horse", "vaccination due", "date", ["vaccinations due", "next vaccination", "flu/tetanus due", "vaccination date"], ["datetime"])])
add("h36r10", "en", LIVERY, "Some owners share a horse so I'd rather the owner was just typed in as text rather than picked from the list", [CT("horse", "owner", "text", ["long_text"])])
add("h36r11", "en", LIVERY, "we also need an emergency contact for each owner - name and number", [AF("owner", "emergency contact name", "text", ["emergency contact"]), AF("owner", "emergency contact phone", "phone", ["emergency number", "emergency phone", "emergency contact number"])])
add("h36r12", "en", LIVERY, "Could horses have a photo? And add 'Grass' as a livery type.", [AF("horse", "photo", "file", ["picture", "image"]), SO("horse", "livery_type", ["Full", "Part", "DIY", "Grass"])])
add("h36r13", "en", HALL, "I need start and end times on the bookings", [AF("hall_booking", "start time", "datetime", ["start", "from", "starts at"], ["text"]), AF("hall_booking", "end time", "datetime", ["end", "until", "ends at"], ["text"])])
add("h36r14", "en", HALL, "Can you add the Vestry to the rooms we hire out?", [SO("hall_booking", "room", ["Main hall", "Meeting room", "Vestry"])])
add("h36r15", "en", HALL, "The Diocese insists we keep a copy of each hirer's public liability insurance and its expiry date.", [AF("hirer", "insurance certificate", "file", ["public liability insurance", "insurance", "insurance copy", "certificate"]), AF("hirer", "insurance expiry", "date", ["expiry date", "insurance expiry date", "expires on"])])
add("h36r16", "en", HALL, "contact person should be one of our directory people? no wait - it's outside people. Just rename it to 'Main contact' and add their email", [RN("hirer", "contact_person", "Main contact", ["Contact"]), AF("hirer", "email", "email", ["contact email", "email address"])])
add("h36r17", "en", MOVES, "add number of crew to each move, and the quoted price", [AF("move", "number of crew", "integer", ["crew", "crew size", "movers"]), AF("move", "quoted price", "money", ["quote", "price", "quoted amount"])])
add("h36r18", "en", MOVES, "We sold the vans and now hire them per job, so get rid of the van list entirely and just keep a text box for the hire van details on the move.", [RE("van"), CT("move", "van", "text", ["long_text"])])
add("h36r19", "en", MOVES, "morning, could you add 'Postponed' to the status and make the van mandatory?", [SO("move", "status", ["Booked", "Done", "Cancelled", "Postponed"]), SR("move", "van")])
add("h36r20", "en", MOVES, "I want to see how many stairs/floors at each end, some of our crews charge extra for no lift", [AF("move", "floors at origin", "integer", ["floor at pickup", "from floor", "stairs from", "floors from"]), AF("move", "floors at destination", "integer", ["floor at delivery", "to floor", "stairs to", "floors to"]), ])
add("h36r21", "en", BAPT, "need a tick box for whether the baptism preparation class was attended", [AF("baptism", "preparation class attended", "boolean", ["preparation attended", "baptism preparation", "prep class"], [])])
add("h36r22", "en", BAPT, "Rename Officiating priest to Minister, since it's not always a priest", [RN("baptism", "priest", "Minister", ["Officiating minister", "Officiant"])])
add("h36r23", "en", BAPT, "record the address of the family, and upload the birth certificate", [AF("baptism", "address", "long_text", ["family address", "home address"], ["text"]), AF("baptism", "birth certificate", "file", ["certificate", "birth cert"])])
add("h36r24", "en", BAPT, "date of birth can go, we take it from the certificate. and godparents should be a longer notes-type box since there's often 3 or 4", [RF("baptism", "date_of_birth"), CT("baptism", "godparents", "long_text")])
# ---------- French (12) ----------
add("h36r25", "fr", CHANTIER, "ajoute le numéro de téléphone du client", [AF("chantier", "téléphone du client", "phone", ["téléphone", "tel", "phone"])])
add("h36r26", "fr", CHANTIER, "Bonjour, il faudrait savoir si la facture a été envoyée et si le client a payé. Merci !", [AF("chantier", "facture envoyée", "boolean", ["facturé", "facture"], ["choice"]), AF("chantier", "payé", "boolean", ["réglé", "paiement"], ["choice"])])
add("h36r27", "fr", CHANTIER, "rajoute « Porte vitrée » et « Véranda » dans les types de travaux, et la date d'intervention doit être obligatoire", [SO("chantier", "type_travaux", ["Remplacement vitre", "Pose fenêtre", "Miroir", "Vitrine", "Porte vitrée", "Véranda"]), SR("chantier", "date_intervention")])
add("h36r28", "fr", CHANTIER, "on voudrait pouvoir joindre des photos avant/après", [AF("chantier", "photos avant", "file", ["photo avant"]), AF("chantier", "photos après", "file", ["photo après"])])
add("h36r29", "fr", PENSION, "ajouter la date du dernier vermifuge pour chaque cheval", [AF("cheval", "dernier vermifuge", "date", ["date du dernier vermifuge", "vermifuge", "vermifugation"], ["datetime"])])
add("h36r30", "fr", PENSION, "renomme 'Box' en 'Numéro de box' stp", [RN("cheval", "box", "Numéro de box", ["N° de box"])])
add("h36r31", "fr", PENSION, "Il nous faut le tarif mensuel de chaque cheval et on ne se sert plus de la date d'arrivée", [AF("cheval", "tarif mensuel", "money", ["tarif", "prix mensuel", "pension mensuelle"]), RF("cheval", "date_arrivee")])
add("h36r32", "fr", PENSION, "Je voudrais noter les soins du vétérinaire : quel cheval, la date, le vétérinaire, ce qui a été fait et le coût", [AE("Soin", ["Visite vétérinaire", "Soins", "Intervention"], [G("date", "date", ["date du soin"], ["datetime"]), G("vétérinaire", "text", ["véto", "praticien"], ["person"]), G("description", "long_text", ["soin", "ce qui a été fait", "acte"], ["text"]), G("coût", "money", ["montant", "prix"])]), AR("Soin", "cheval")])
add("h36r33", "fr", DEVIS, "il faut la date de validité du devis", [AF("devis", "date de validité", "date", ["validité", "valable jusqu'au", "expire le"])])
add("h36r34", "fr", DEVIS, "Ajoute les options : monte-meubles, garde-meubles, emballage (on peut en cocher plusieurs)", [AF("devis", "options", "multi_choice", ["prestations", "prestations supplémentaires"], [], ["Monte-meubles", "Garde-meubles", "Emballage"])])
add("h36r35", "fr", DEVIS, "Au lieu de Accepté oui/non je veux un statut : Envoyé, Accepté, Refusé, Expiré", [CT("devis", "accepte", "choice"), SO("devis", "accepte", ["Envoyé", "Accepté", "Refusé", "Expiré"])])
add("h36r36", "fr", DEVIS, "le volume on l'arrondit toujours, mets le en nombre entier. et le commercial qui a fait la visite", [CT("devis", "volume", "integer"), AF("devis", "commercial", "person", ["conseiller", "visite faite par", "vendeur"], ["text"])])
# ---------- Spanish (12) ----------
add("h36r37", "es", SOCIOS, "añade el email de los socios", [AF("socio", "email", "email", ["correo", "correo electrónico"])])
add("h36r38", "es", SOCIOS, "Hola! necesitamos apuntar la fecha de alta de cada socio y si tiene la licencia federativa en vigor", [AF("socio", "fecha de alta", "date", ["alta", "fecha de ingreso"]), AF("socio", "licencia federativa", "boolean", ["licencia", "licencia en vigor", "federado"], ["choice"])])
add("h36r39", "es", SOCIOS, "en forma de pago falta Tarjeta. Y el concepto del pago (cuota anual, inscripción regata, etc) como texto", [SO("pago", "forma_pago", ["Efectivo", "Transferencia", "Bizum", "Tarjeta"]), AF("pago", "concepto", "text", ["descripción", "motivo"], ["choice", "long_text"])])
add("h36r40", "es", PASEOS, "quita el teléfono y pon el email del cliente", [RF("reserva", "telefono"), AF("reserva", "email", "email", ["correo", "email del cliente"])])
add("h36r41", "es", PASEOS, "también quién es el guía de cada paseo", [AF("reserva", "guía", "person", ["monitor", "acompañante"], ["text"])])
add("h36r42", "es", PASEOS, "Cambiar 'Señal pagada' a 'Depósito pagado', y añadir la ruta 'Atardecer'", [RN("reserva", "senal_pagada", "Depósito pagado", ["Depósito"]), SO("reserva", "ruta", ["1h playa", "2h monte", "Día completo", "Atardecer"])])
add("h36r43", "es", CERT, "Necesito saber para qué lo quieren (boda, padrino, colegio...) y subir el certificado escaneado", [AF("solicitud", "motivo", "text", ["finalidad", "para qué"], ["choice", "long_text"]), AF("solicitud", "certificado", "file", ["documento", "certificado escaneado"])])
add("h36r44", "es", CERT, "el tipo de certificado tiene que ser obligatorio", [SR("solicitud", "tipo")])
add("h36r45", "es", CERT, "buenos días, ¿podéis añadir 'Defunción' a los tipos y un campo con la parroquia donde se celebró el sacramento?", [SO("solicitud", "tipo", ["Bautismo", "Confirmación", "Matrimonio", "Defunción"]), AF("solicitud", "parroquia", "text", ["parroquia de celebración", "iglesia"], ["choice"])])
add("h36r46", "es", MUDANZA, "añade 'Garaje' y 'Trastero' a las habitaciones", [SO("bulto", "habitacion", ["Salón", "Cocina", "Dormitorio", "Baño", "Garaje", "Trastero"])])
add("h36r47", "es", MUDANZA, "quiero marcar si cada bulto se ha entregado y si llegó dañado", [AF("bulto", "entregado", "boolean", ["entregado en destino"], ["choice"]), AF("bulto", "dañado", "boolean", ["llegó dañado", "daños"], ["choice"])])
add("h36r48", "es", MUDANZA, "Para cada mudanza necesitamos los operarios: nombre, teléfono y si tiene carnet de camión. Cada mudanza tiene un jefe de equipo que es uno de ellos.", [AE("Operario", ["Trabajador", "Mozo", "Empleado"], [G("nombre", "text", ["nombre completo"]), G("teléfono", "phone", ["telefono", "móvil"]), G("carnet de camión", "boolean", ["carnet C", "carnet"], [])]), AR("mudanza", "Operario")])
# ---------- German (12) ----------
add("h36r49", "de", FAHRT, "Zielort der Fahrt bitte noch ergänzen", [AF("fahrt", "Ziel", "text", ["Zielort", "Fahrtziel"])])
add("h36r50", "de", FAHRT, "Der Obmann soll ein Mitglied aus dem Verzeichnis sein und ist Pflicht.", [CT("fahrt", "obmann", "person"), SR("fahrt", "obmann")])
add("h36r51", "de", FAHRT, "Wir brauchen Abfahrt und Rückkehr mit Uhrzeit, damit wir sehen, wer noch auf dem Wasser ist", [AF("fahrt", "Abfahrt", "datetime", ["Abfahrtszeit", "Start"], ["text"]), AF("fahrt", "Rückkehr", "datetime", ["Rückkehrzeit", "Ankunft", "zurück"], ["text"])])
add("h36r52", "de", NOTDIENST, "Schadennummer der Versicherung fehlt noch", [AF("einsatz", "Schadennummer", "text", ["Schadensnummer", "Versicherungsnummer", "Aktenzeichen"])])
add("h36r53", "de", NOTDIENST, "Hallo, bitte 'Wintergarten' und 'Sonstiges' bei Schadensart ergänzen, und Adresse als Pflichtfeld. Danke!", [SO("einsatz", "schadensart", ["Schaufenster", "Haustür", "Fenster", "Duschkabine", "Wintergarten", "Sonstiges"]), SR("einsatz", "adresse")])
add("h36r54", "de", NOTDIENST, "ich will noch wissen wann der Monteur vor Ort war und ob eine Notverglasung gemacht wurde", [AF("einsatz", "vor Ort um", "datetime", ["Ankunft", "Ankunftszeit", "vor Ort"], []), AF("einsatz", "Notverglasung", "boolean", ["Notverglasung gemacht", "provisorisch verglast"], [])])
add("h36r55", "de", GOTTESDIENST, "Füg bitte noch Küster und Organist als Dienste hinzu", [SO("einteilung", "dienst", ["Lektor", "Kommunionhelfer", "Messdiener", "Küster", "Organist"])])
add("h36r56", "de", GOTTESDIENST, "Bei Gottesdiensten fehlt die Art (Messe, Wortgottesdienst, Andacht) und wer zelebriert", [AF("gottesdienst", "Art", "choice", ["Gottesdienstart", "Typ"], [], ["Messe", "Wortgottesdienst", "Andacht"]), AF("gottesdienst", "Zelebrant", "person", ["Pfarrer", "Priester", "Leitung"], ["text"])])
add("h36r57", "de", GOTTESDIENST, "Die Uhrzeit umbenennen in 'Beginn', und ein Häkchen ob die Person bestätigt hat", [RN("gottesdienst", "uhrzeit", "Beginn", ["Startzeit"]), AF("einteilung", "bestätigt", "boolean", ["Zusage", "bestätigt?"], ["choice"])])
add("h36r58", "de", UMZUG, "Etage und Aufzug ja/nein an der Auszugsadresse", [AF("umzug", "Etage", "integer", ["Stockwerk", "Etage Auszug", "Stockwerk Auszug"], ["text"]), AF("umzug", "Aufzug", "boolean", ["Aufzug vorhanden", "Lift"], [])])
add("h36r59", "de", UMZUG, "Status: bitte noch 'Storniert' dazu. Den Preis nennen wir ab jetzt 'Festpreis'.", [SO("umzug", "status", ["Angefragt", "Bestätigt", "Erledigt", "Storniert"]), RN("umzug", "preis", "Festpreis", ["Pauschalpreis"])])
add("h36r60", "de", UMZUG, "Wir wollen die Kunden separat pflegen (Name, Telefon, E-Mail) und beim Umzug auswählen statt eintippen.", [AE("Kunde", ["Kunden", "Auftraggeber"], [G("Name", "text", ["Kundenname"]), G("Telefon", "phone", ["Telefonnummer"]), G("E-Mail", "email", ["Email", "Mail"])]), CT("umzug", "kunde", "reference"), AR("umzug", "Kunde")])

with open(os.path.join(H, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in C: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(C), Counter(c["lang"] for c in C))

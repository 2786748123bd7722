#!/usr/bin/env python3
"""Builds refine.jsonl for heldout39 (lab, industrial bakery, language school, customs brokerage)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = "all other fields and entities unchanged"


def fd(key, label, type, req=False, opts=None, target=None, uniq=False):
    f = {"key": key, "label": label, "type": type}
    if req:
        f["required"] = True
    if uniq:
        f["unique"] = True
    if opts is not None:
        f["options"] = opts
    if target:
        f["target"] = target
    return f


def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}


def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}


def L(s):
    return [a for a in s.split("|") if a]


def AF(e, name, type, aliases="", alt="", opts=None):
    op = {"op": "add_field", "entity": e, "name": name, "aliases": L(aliases), "type": type, "alt_types": L(alt.replace(",", "|"))}
    if opts:
        op["options"] = opts
    return op


def GF(name, type, aliases="", alt="", opts=None):
    g = {"name": name, "aliases": L(aliases), "type": type, "alt_types": L(alt.replace(",", "|"))}
    if opts is not None:
        g["options"] = opts
    return g


def RF(e, f): return {"op": "remove_field", "entity": e, "field": f}
def RN(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": L(aliases)}
def CT(e, f, t, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": t, "alt_types": L(alt.replace(",", "|"))}
def SR(e, f, v): return {"op": "set_required", "entity": e, "field": f, "value": v}
def SO(e, f, opts): return {"op": "set_options", "entity": e, "field": f, "options": opts}
def AE(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": L(aliases), "fields": list(fields)}
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}


CASES = []


def case(cid, lang, sp, request, *ops):
    CASES.append({"id": cid, "lang": lang, "spec": sp, "request": request, "expect": list(ops), "keep": KEEP})


LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]

# ---------- English starting specs ----------
def A():
    return spec("Chemical inventory", "Bottles of chemicals in the lab.",
                ent("chemical", "Chemical", "Chemicals",
                    fd("name", "Name", "text", True), fd("cas_number", "CAS number", "text"),
                    fd("location", "Location", "text"), fd("quantity", "Quantity", "decimal"),
                    fd("hazard_class", "Hazard class", "choice", opts=["Flammable", "Corrosive", "Toxic"]),
                    fd("expiry_date", "Expiry date", "date")))


def B():
    return spec("Instrument booking", "Book the shared instruments of the core facility.",
                ent("instrument", "Instrument", "Instruments",
                    fd("name", "Name", "text", True), fd("room", "Room", "text"),
                    fd("training_required", "Training required", "boolean")),
                ent("booking", "Booking", "Bookings",
                    fd("instrument", "Instrument", "reference", True, target="instrument"),
                    fd("booked_by", "Booked by", "person", True), fd("start", "Start", "datetime", True),
                    fd("end", "End", "datetime"), fd("purpose", "Purpose", "text")))


def C():
    return spec("Production batches", "Batch records for the bread lines.",
                ent("product", "Product", "Products",
                    fd("name", "Name", "text", True), fd("sku", "SKU", "text", uniq=True),
                    fd("recipe_version", "Recipe version", "text")),
                ent("batch", "Batch", "Batches",
                    fd("product", "Product", "reference", True, target="product"),
                    fd("batch_number", "Batch number", "text", True, uniq=True),
                    fd("production_date", "Production date", "date", True),
                    fd("line", "Line", "choice", opts=["Line 1", "Line 2"]),
                    fd("quantity", "Quantity", "integer"), fd("supervisor", "Supervisor", "person")))


def D():
    return spec("Customer complaints", "Complaints from retail customers.",
                ent("complaint", "Complaint", "Complaints",
                    fd("date_received", "Date received", "date", True),
                    fd("customer_name", "Customer name", "text"), fd("product", "Product", "text"),
                    fd("complaint_type", "Complaint type", "choice", opts=["Foreign body", "Mould", "Packaging"]),
                    fd("description", "Description", "long_text"),
                    fd("status", "Status", "choice", opts=["Open", "Closed"])))


def E_():
    return spec("Enrolments", "Students enrolled in language courses.",
                ent("student", "Student", "Students",
                    fd("name", "Name", "text", True), fd("email", "Email", "email"),
                    fd("level", "Level", "choice", opts=LEVELS)),
                ent("course", "Course", "Courses",
                    fd("name", "Name", "text", True),
                    fd("language", "Language", "choice", opts=["English", "Spanish", "German"]),
                    fd("start_date", "Start date", "date"), fd("teacher", "Teacher", "person")),
                ent("enrolment", "Enrolment", "Enrolments",
                    fd("student", "Student", "reference", True, target="student"),
                    fd("course", "Course", "reference", True, target="course"),
                    fd("paid", "Paid", "boolean")))


def F_():
    return spec("Import shipments", "Shipment files for the import desk.",
                ent("client", "Client", "Clients",
                    fd("name", "Name", "text", True), fd("eori_number", "EORI number", "text"),
                    fd("email", "Email", "email")),
                ent("shipment", "Shipment", "Shipments",
                    fd("file_reference", "File reference", "text", True, uniq=True),
                    fd("client", "Client", "reference", True, target="client"),
                    fd("mode", "Mode", "choice", opts=["Sea", "Air", "Road"]),
                    fd("eta", "ETA", "date"), fd("incoterm", "Incoterm", "text"),
                    fd("status", "Status", "choice", opts=["Awaiting docs", "Declared", "Cleared"])))


def G():
    return spec("HACCP temperatures", "Twice-daily temperature checks of cold units.",
                ent("unit", "Unit", "Units",
                    fd("name", "Name", "text", True), fd("location", "Location", "text"),
                    fd("max_temp", "Max temp", "decimal")),
                ent("temperature_check", "Temperature check", "Temperature checks",
                    fd("unit", "Unit", "reference", True, target="unit"),
                    fd("checked_at", "Checked at", "datetime", True), fd("reading", "Reading", "decimal", True),
                    fd("checked_by", "Checked by", "person"),
                    fd("corrective_action", "Corrective action", "long_text")))


def H():
    return spec("Placement tests", "Results of placement tests for new students.",
                ent("placement_test", "Placement test", "Placement tests",
                    fd("student_name", "Student name", "text", True), fd("test_date", "Test date", "date"),
                    fd("written_score", "Written score", "integer"), fd("oral_score", "Oral score", "integer"),
                    fd("recommended_level", "Recommended level", "choice", opts=LEVELS),
                    fd("examiner", "Examiner", "person")))


def I():
    return spec("Disbursements", "Payments made on behalf of clients.",
                ent("shipment_file", "Shipment file", "Shipment files",
                    fd("file_number", "File number", "text", True), fd("client_name", "Client name", "text")),
                ent("disbursement", "Disbursement", "Disbursements",
                    fd("shipment_file", "Shipment file", "reference", True, target="shipment_file"),
                    fd("type", "Type", "choice", opts=["Duty", "Import VAT", "Port charges"]),
                    fd("amount", "Amount", "money", True), fd("date_paid", "Date paid", "date"),
                    fd("rebilled", "Re-billed", "boolean")))


def J():
    return spec("Lab orders", "Consumable order requests.",
                ent("supplier", "Supplier", "Suppliers",
                    fd("name", "Name", "text", True), fd("website", "Website", "url")),
                ent("order_request", "Order request", "Order requests",
                    fd("item", "Item", "text", True), fd("supplier", "Supplier", "reference", target="supplier"),
                    fd("quantity", "Quantity", "integer"), fd("unit_price", "Unit price", "money"),
                    fd("requested_by", "Requested by", "person"),
                    fd("status", "Status", "choice", opts=["Requested", "Ordered", "Received"])))


def K():
    return spec("Product labels", "Label data for packaged products.",
                ent("product", "Product", "Products",
                    fd("name", "Name", "text", True),
                    fd("allergens", "Allergens", "multi_choice", opts=["Gluten", "Egg", "Milk", "Nuts", "Sesame", "Soya"]),
                    fd("shelf_life_days", "Shelf life (days)", "integer"), fd("weight_g", "Weight (g)", "decimal")))


def Lc():
    return spec("Container free time", "Free time and demurrage on import containers.",
                ent("client", "Client", "Clients", fd("name", "Name", "text", True), fd("email", "Email", "email")),
                ent("container", "Container", "Containers",
                    fd("container_number", "Container number", "text", True), fd("vessel", "Vessel", "text"),
                    fd("arrival_date", "Arrival date", "date"), fd("last_free_day", "Last free day", "date"),
                    fd("demurrage_rate", "Demurrage rate", "money")))


def M():
    return spec("Teacher cover", "Absences and cover for teachers.",
                ent("teacher", "Teacher", "Teachers",
                    fd("name", "Name", "text", True), fd("email", "Email", "email"),
                    fd("languages", "Languages", "multi_choice", opts=["English", "French", "German", "Spanish"])),
                ent("cover_request", "Cover request", "Cover requests",
                    fd("teacher", "Teacher", "reference", True, target="teacher"), fd("date", "Date", "date", True),
                    fd("class_name", "Class", "text"),
                    fd("reason", "Reason", "choice", opts=["Sick", "Training", "Personal"])))


# ---------- English (24) ----------
case("h39r01", "en", A(), "add storage temperature - room temp, fridge (2-8°C) or freezer (-20°C)",
     AF("chemical", "storage temperature", "choice", "storage temp|storage condition|temperature|storage",
        opts=["Room temperature", "Fridge (2-8°C)", "Freezer (-20°C)"]))
case("h39r02", "en", A(),
     "People type the location however they like ('cab 3', 'C3', 'flammables cupboard'...). Can we have a list of "
     "cabinets instead, each with a name and a room, and have every chemical pick its cabinet? Then the free-text "
     "location can go.",
     AE("Cabinet", "Cabinets|storage cabinet|cupboard|storage location",
        GF("name", "text", "cabinet name|label|cabinet"), GF("room", "text", "room number|lab", "integer")),
     AR("chemical", "Cabinet"), RF("chemical", "location"))
case("h39r03", "en", B(), "For billing I need the project code on each booking",
     AF("booking", "project code", "text", "grant code|project|billing code|cost code", "choice"))
case("h39r04", "en", B(), "please make the purpose mandatory, people leave it blank",
     SR("booking", "purpose", True))
case("h39r05", "en", C(), "Line 3 has been running since Monday, add it. And quantity must always be filled in.",
     SO("batch", "line", ["Line 1", "Line 2", "Line 3"]), SR("batch", "quantity", True))
case("h39r06", "en", C(), "rename Recipe version to Recipe revision",
     RN("product", "recipe_version", "Recipe revision", "Revision"))
case("h39r07", "en", D(),
     "customer should be a proper list (name + contact email), not something we type each time. link complaints "
     "to it and drop the old customer name column",
     AE("Customer", "Customers|client|retailer",
        GF("name", "text", "customer name|company"), GF("contact email", "email", "email|e-mail|contact")),
     AR("complaint", "Customer"), RF("complaint", "customer_name"))
case("h39r08", "en", D(), "Hi, can you add 'Underbaked' and 'Short weight' to the complaint types? Cheers",
     SO("complaint", "complaint_type", ["Foreign body", "Mould", "Packaging", "Underbaked", "Short weight"]))
case("h39r09", "en", E_(), "we don't use the paid tick box anymore, remove it", RF("enrolment", "paid"))
case("h39r10", "en", E_(),
     "Marketing wants to know how each student heard about us: Google, a friend, social media or walk-in",
     AF("student", "how they heard about us", "choice",
        "source|referral source|heard about us|lead source|channel|how did you hear about us",
        opts=["Google", "Friend", "Social media", "Walk-in"]))
case("h39r11", "en", F_(), "incoterm should be a dropdown: EXW, FCA, FOB, CIF, DAP, DDP",
     CT("shipment", "incoterm", "choice"), SO("shipment", "incoterm", ["EXW", "FCA", "FOB", "CIF", "DAP", "DDP"]))
case("h39r12", "en", F_(),
     "add the container number and the port of discharge to shipments. Also the client's EORI has to be mandatory, "
     "customs rejects the declaration without it",
     AF("shipment", "container number", "text", "container|container no|container/AWB number"),
     AF("shipment", "port of discharge", "text", "port|discharge port|POD|port of entry", "choice"),
     SR("client", "eori_number", True))
case("h39r13", "en", G(), "I also need to know who signed off the corrective action and when",
     AF("temperature_check", "signed off by", "person", "approved by|verified by|sign-off by|approver", "text"),
     AF("temperature_check", "sign-off date", "date", "signed off on|date signed off|approval date|verified on",
        "datetime"))
case("h39r14", "en", G(), "auditor says we need the minimum temperature for each unit too",
     AF("unit", "min temp", "decimal", "minimum temperature|min temperature|lower limit|minimum", "integer"))
case("h39r15", "en", H(), "can we attach the scanned test paper?",
     AF("placement_test", "test paper", "file", "scan|scanned test|attachment|scanned test paper|test scan"))
case("h39r16", "en", H(),
     "the examiner field is a pain because half our examiners are freelancers and aren't in the directory - just "
     "make it a text field",
     CT("placement_test", "examiner", "text"))
case("h39r17", "en", I(),
     "get rid of the shipment file table, we'll just type the file number on each payment",
     RE("shipment_file"), CT("disbursement", "shipment_file", "text"))
case("h39r18", "en", I(),
     "Hi! Two things: add Storage and Demurrage to the payment types, and we need our invoice number once it's "
     "re-billed. Thanks",
     SO("disbursement", "type", ["Duty", "Import VAT", "Port charges", "Storage", "Demurrage"]),
     AF("disbursement", "invoice number", "text", "invoice no|invoice|our invoice number|invoice ref"))
case("h39r19", "en", J(), "suppliers also need our account number with them",
     AF("supplier", "account number", "text", "our account number|customer number|account|account no"))
case("h39r20", "en", J(), "status: add Cancelled please",
     SO("order_request", "status", ["Requested", "Ordered", "Received", "Cancelled"]))
case("h39r21", "en", K(), "add the barcode (EAN-13)",
     AF("product", "EAN", "text", "barcode|EAN-13|EAN code|GTIN|bar code"))
case("h39r22", "en", Lc(),
     "each container belongs to a client, please link them. and who on our side is handling it",
     AR("container", "client"),
     AF("container", "handled by", "person", "handler|assigned to|owner|responsible|broker", "text"))
case("h39r23", "en", M(), "We hired someone for Chinese, can you add it to the languages?",
     SO("teacher", "languages", ["English", "French", "German", "Spanish", "Chinese"]))
case("h39r24", "en", E_(), "courses need a level too, same scale as the students",
     AF("course", "level", "choice", "CEFR level|course level", opts=LEVELS))

# ---------- French ----------
def FA():
    return spec("Plan de nettoyage", "Nettoyages des équipements de l'atelier.",
                ent("equipement", "Équipement", "Équipements",
                    fd("nom", "Nom", "text", True),
                    fd("zone", "Zone", "choice", opts=["Pétrissage", "Cuisson", "Emballage"])),
                ent("nettoyage", "Nettoyage", "Nettoyages",
                    fd("equipement", "Équipement", "reference", True, target="equipement"),
                    fd("date_heure", "Date et heure", "datetime", True),
                    fd("effectue_par", "Effectué par", "person"), fd("produit", "Produit utilisé", "text"),
                    fd("conforme", "Conforme", "boolean")))


def FB():
    return spec("Réception matières", "Réception des matières premières.",
                ent("fournisseur", "Fournisseur", "Fournisseurs",
                    fd("nom", "Nom", "text", True), fd("telephone", "Téléphone", "phone")),
                ent("reception", "Réception", "Réceptions",
                    fd("fournisseur", "Fournisseur", "reference", True, target="fournisseur"),
                    fd("date", "Date", "date", True), fd("matiere", "Matière", "text"),
                    fd("numero_lot", "Numéro de lot", "text"), fd("quantite_kg", "Quantité (kg)", "decimal"),
                    fd("dluo", "DLUO", "date")))


def FC():
    return spec("Stagiaires FLE", "Stagiaires des sessions de français pour adultes.",
                ent("stagiaire", "Stagiaire", "Stagiaires",
                    fd("nom", "Nom", "text", True), fd("prenom", "Prénom", "text"), fd("email", "E-mail", "email"),
                    fd("financement", "Financement", "choice", opts=["CPF", "Entreprise", "Personnel"])),
                ent("session", "Session", "Sessions",
                    fd("niveau", "Niveau", "choice", opts=["A1", "A2", "B1", "B2", "C1"]),
                    fd("date_debut", "Date de début", "date"), fd("formateur", "Formateur", "person")))


def FD():
    return spec("Déclarations en douane", "Suivi des dossiers de déclaration.",
                ent("dossier", "Dossier", "Dossiers",
                    fd("numero", "Numéro", "text", True, uniq=True), fd("client_nom", "Nom du client", "text"),
                    fd("type", "Type", "choice", opts=["Import", "Export"]), fd("mrn", "MRN", "text"),
                    fd("date_depot", "Date de dépôt", "date"),
                    fd("statut", "Statut", "choice", opts=["En préparation", "Déposée", "Bon à enlever"])))


def FE():
    return spec("Prêt de manuels", "Manuels prêtés aux élèves.",
                ent("manuel", "Manuel", "Manuels",
                    fd("titre", "Titre", "text", True), fd("isbn", "ISBN", "text"), fd("niveau", "Niveau", "text")),
                ent("pret", "Prêt", "Prêts",
                    fd("manuel", "Manuel", "reference", True, target="manuel"), fd("eleve", "Élève", "text", True),
                    fd("date_pret", "Date du prêt", "date"), fd("date_retour_prevue", "Retour prévu", "date")))


def FF():
    return spec("Formations sécurité", "Formations sécurité suivies par les membres du labo.",
                ent("membre", "Membre", "Membres",
                    fd("nom", "Nom", "text", True),
                    fd("statut", "Statut", "choice", opts=["Doctorant", "Postdoc", "Stagiaire"]),
                    fd("email", "E-mail", "email")),
                ent("formation_suivie", "Formation suivie", "Formations suivies",
                    fd("membre", "Membre", "reference", True, target="membre"),
                    fd("intitule", "Intitulé", "text"), fd("date", "Date", "date"),
                    fd("attestation", "Attestation", "file")))


case("h39r25", "fr", FA(),
     "le produit utilisé devrait être une liste : Détergent alcalin, Désinfectant, Dégraissant",
     CT("nettoyage", "produit", "choice"),
     SO("nettoyage", "produit", ["Détergent alcalin", "Désinfectant", "Dégraissant"]))
case("h39r26", "fr", FA(), "il faut aussi savoir quel chef d'équipe a vérifié",
     AF("nettoyage", "vérifié par", "person", "chef d'équipe|contrôlé par|vérificateur|verified by", "text"))
case("h39r27", "fr", FB(),
     "Bonjour, pourriez-vous ajouter la température à réception ? C'est obligatoire pour le frais. Merci !",
     AF("reception", "température à réception", "decimal", "température|temp|température de réception|temperature",
        "integer"))
case("h39r28", "fr", FB(), "renomme « Matière » en « Ingrédient »",
     RN("reception", "matiere", "Ingrédient", "Ingredient|Matière première"))
case("h39r29", "fr", FC(),
     "Ajoute « OPCO » et « France Travail » aux financements, et le téléphone du stagiaire stp",
     SO("stagiaire", "financement", ["CPF", "Entreprise", "Personnel", "OPCO", "France Travail"]),
     AF("stagiaire", "téléphone", "phone", "tel|portable|telephone|numéro de téléphone|phone"))
case("h39r30", "fr", FC(), "chaque stagiaire doit être rattaché à une session",
     AR("stagiaire", "session"))
case("h39r31", "fr", FD(),
     "On voudrait une vraie liste de clients (raison sociale, numéro EORI) et que chaque dossier pointe vers son "
     "client ; le nom tapé à la main ne sert plus.",
     AE("Client", "Clients|importateur|société|customer",
        GF("raison sociale", "text", "nom|société|nom du client|company name"),
        GF("numéro EORI", "text", "EORI|n° EORI|numero EORI")),
     AR("dossier", "Client"), RF("dossier", "client_nom"))
case("h39r32", "fr", FD(), "on n'utilise plus le MRN ici, supprime-le", RF("dossier", "mrn"))
case("h39r33", "fr", FE(), "il manque la date à laquelle le manuel a réellement été rendu",
     AF("pret", "date de retour effective", "date", "date de retour|rendu le|retourné le|date de restitution|retour effectif"))
case("h39r34", "fr", FE(), "l'ISBN doit être obligatoire", SR("manuel", "isbn", True))
case("h39r35", "fr", FF(), "le statut peut aussi être Ingénieur ou Technicien",
     SO("membre", "statut", ["Doctorant", "Postdoc", "Stagiaire", "Ingénieur", "Technicien"]))
case("h39r36", "fr", FF(),
     "Je veux un catalogue des formations (intitulé + durée de validité en mois) et que chaque formation suivie pointe "
     "dessus au lieu de l'intitulé en texte libre.",
     AE("Formation", "Formations|catalogue|type de formation|training",
        GF("intitulé", "text", "nom|titre|libellé|intitule"),
        GF("durée de validité", "integer", "validité|validité en mois|durée|mois")),
     AR("formation_suivie", "Formation"), RF("formation_suivie", "intitule"))

# ---------- Spanish ----------
def EA():
    return spec("Pedidos", "Pedidos de tiendas y bares.",
                ent("cliente", "Cliente", "Clientes",
                    fd("nombre", "Nombre", "text", True), fd("direccion", "Dirección", "text"),
                    fd("telefono", "Teléfono", "phone")),
                ent("pedido", "Pedido", "Pedidos",
                    fd("cliente", "Cliente", "reference", True, target="cliente"),
                    fd("fecha_entrega", "Fecha de entrega", "date"),
                    fd("estado", "Estado", "choice", opts=["Pendiente", "Entregado"])))


def EB():
    return spec("Averías", "Averías de las máquinas de producción.",
                ent("maquina", "Máquina", "Máquinas",
                    fd("nombre", "Nombre", "text", True), fd("linea", "Línea", "text"),
                    fd("fabricante", "Fabricante", "text")),
                ent("averia", "Avería", "Averías",
                    fd("maquina", "Máquina", "reference", True, target="maquina"),
                    fd("fecha", "Fecha y hora", "datetime", True), fd("descripcion", "Descripción", "long_text"),
                    fd("tecnico", "Técnico", "person"), fd("reparada", "Reparada", "boolean")))


def EC():
    return spec("Horas de profesores", "Horas trabajadas por los profesores.",
                ent("profesor", "Profesor", "Profesores",
                    fd("nombre", "Nombre", "text", True), fd("email", "Email", "email"),
                    fd("tarifa", "Tarifa por hora", "money")),
                ent("registro_horas", "Registro de horas", "Registros de horas",
                    fd("profesor", "Profesor", "reference", True, target="profesor"),
                    fd("fecha", "Fecha", "date", True), fd("horas", "Horas", "decimal", True),
                    fd("tipo", "Tipo", "choice", opts=["Clase", "Examen"])))


def ED():
    return spec("Exámenes DELE", "Candidatos e inscripciones a exámenes.",
                ent("candidato", "Candidato", "Candidatos",
                    fd("nombre", "Nombre", "text", True), fd("documento", "Pasaporte / DNI", "text"),
                    fd("email", "Email", "email")),
                ent("inscripcion", "Inscripción", "Inscripciones",
                    fd("candidato", "Candidato", "reference", True, target="candidato"),
                    fd("nivel", "Nivel", "choice", opts=LEVELS), fd("fecha_examen", "Fecha del examen", "date"),
                    fd("pagado", "Pagado", "boolean")))


def EE():
    return spec("Cotizaciones", "Cotizaciones de flete.",
                ent("cotizacion", "Cotización", "Cotizaciones",
                    fd("nombre_cliente", "Nombre del cliente", "text"), fd("origen", "Origen", "text"),
                    fd("destino", "Destino", "text"),
                    fd("modo", "Modo", "choice", opts=["Marítimo", "Aéreo", "Terrestre"]),
                    fd("precio", "Precio", "money"),
                    fd("estado", "Estado", "choice", opts=["Enviada", "Aceptada", "Rechazada"])))


def EF():
    return spec("Anticuerpos", "Inventario de anticuerpos.",
                ent("anticuerpo", "Anticuerpo", "Anticuerpos",
                    fd("nombre", "Nombre", "text", True), fd("diana", "Diana", "text"),
                    fd("especie", "Especie", "choice", opts=["Ratón", "Conejo", "Cabra"]),
                    fd("proveedor", "Proveedor", "text"), fd("congelador", "Congelador", "text"),
                    fd("fecha_apertura", "Fecha de apertura", "date", True)))


case("h39r37", "es", EA(), "añade el turno de reparto: mañana o tarde",
     AF("pedido", "turno de reparto", "choice", "turno|franja|horario de reparto|delivery shift",
        opts=["Mañana", "Tarde"]))
case("h39r38", "es", EA(),
     "hay que meter 'Preparado' entre pendiente y entregado, y que la fecha de entrega sea obligatoria",
     SO("pedido", "estado", ["Pendiente", "Preparado", "Entregado"]), SR("pedido", "fecha_entrega", True))
case("h39r39", "es", EB(), "la línea debería ser un desplegable: Línea 1, Línea 2, Línea 3",
     CT("maquina", "linea", "choice"), SO("maquina", "linea", ["Línea 1", "Línea 2", "Línea 3"]))
case("h39r40", "es", EB(), "necesito saber cuántos minutos estuvo parada la línea en cada avería",
     AF("averia", "minutos de parada", "integer", "minutos|tiempo de parada|duración de la parada|downtime",
        "decimal"))
case("h39r41", "es", EC(), "quita la tarifa del profesor, eso lo lleva nóminas", RF("profesor", "tarifa"))
case("h39r42", "es", EC(),
     "añade 'Preparación' y 'Reunión' a los tipos, y también el grupo (con texto libre vale)",
     SO("registro_horas", "tipo", ["Clase", "Examen", "Preparación", "Reunión"]),
     AF("registro_horas", "grupo", "text", "clase|curso|group"))
case("h39r43", "es", ED(),
     "Hola, el Instituto Cervantes nos pide la fecha de nacimiento de cada candidato. ¡Gracias!",
     AF("candidato", "fecha de nacimiento", "date", "nacimiento|fecha nacimiento|date of birth|F. nacimiento"))
case("h39r44", "es", ED(), "falta el resultado: apto, no apto o no presentado",
     AF("inscripcion", "resultado", "choice", "calificación|nota|result",
        opts=["Apto", "No apto", "No presentado"]))
case("h39r45", "es", EE(), "cambia 'Precio' por 'Tarifa total'", RN("cotizacion", "precio", "Tarifa total", "Tarifa"))
case("h39r46", "es", EE(),
     "queremos una lista de clientes (nombre, email, teléfono) y que cada cotización esté vinculada a un cliente; el "
     "campo de texto con el nombre ya sobra",
     AE("Cliente", "Clientes|empresa|customer",
        GF("nombre", "text", "nombre del cliente|razón social|empresa"),
        GF("email", "email", "correo|correo electrónico|e-mail"),
        GF("teléfono", "phone", "telefono|móvil|phone")),
     AR("cotizacion", "Cliente"), RF("cotizacion", "nombre_cliente"))
case("h39r47", "es", EF(), "añade el número de lote", AF("anticuerpo", "lote", "text", "número de lote|nº de lote|lot"))
case("h39r48", "es", EF(),
     "la especie ya no hace falta como lista, mejor texto libre; y la fecha de apertura que no sea obligatoria, hay "
     "viales sin abrir",
     CT("anticuerpo", "especie", "text"), SR("anticuerpo", "fecha_apertura", False))

# ---------- German ----------
def GA():
    return spec("Rezepte", "Rezeptverwaltung der Backstube.",
                ent("rezept", "Rezept", "Rezepte",
                    fd("name", "Name", "text", True), fd("version", "Version", "text"),
                    fd("backzeit", "Backzeit (Min.)", "integer"), fd("freigegeben", "Freigegeben", "boolean")),
                ent("zutat", "Zutat", "Zutaten",
                    fd("name", "Name", "text", True),
                    fd("allergene", "Allergene", "multi_choice", opts=["Gluten", "Ei", "Milch"])))


def GB():
    return spec("Schichtplan", "Schichten in der Produktion.",
                ent("mitarbeiter", "Mitarbeiter", "Mitarbeiter",
                    fd("name", "Name", "text", True),
                    fd("abteilung", "Abteilung", "choice", opts=["Teigmacherei", "Ofen", "Verpackung"]),
                    fd("telefon", "Telefon", "phone")),
                ent("schicht", "Schicht", "Schichten",
                    fd("mitarbeiter", "Mitarbeiter", "reference", True, target="mitarbeiter"),
                    fd("datum", "Datum", "date", True), fd("schicht", "Schicht", "choice", opts=["Früh", "Spät"])))


def GC():
    return spec("Ausschuss", "Ausschussprotokoll der Produktion.",
                ent("ausschuss", "Ausschuss", "Ausschussmeldungen",
                    fd("datum", "Datum", "date", True), fd("produkt", "Produkt", "text"),
                    fd("menge", "Menge (Stück)", "integer"),
                    fd("grund", "Grund", "choice", opts=["Verbrannt", "Formfehler", "Zu klein"]),
                    fd("linie", "Linie", "text")))


def GD():
    return spec("Kursbewertungen", "Feedback der Teilnehmenden am Kursende.",
                ent("kurs", "Kurs", "Kurse",
                    fd("kursname", "Kursname", "text", True), fd("lehrkraft", "Lehrkraft", "person"),
                    fd("niveau", "Niveau", "choice", opts=LEVELS)),
                ent("bewertung", "Bewertung", "Bewertungen",
                    fd("kurs", "Kurs", "reference", True, target="kurs"), fd("datum", "Datum", "date"),
                    fd("note", "Note", "integer"), fd("kommentar", "Kommentar", "long_text")))


def GE():
    return spec("Lieferantenerklärungen", "Lieferantenerklärungen für die Präferenzkalkulation.",
                ent("lieferant", "Lieferant", "Lieferanten",
                    fd("name", "Name", "text", True), fd("land", "Land", "text"), fd("email", "E-Mail", "email")),
                ent("lieferantenerklaerung", "Lieferantenerklärung", "Lieferantenerklärungen",
                    fd("lieferant", "Lieferant", "reference", True, target="lieferant"),
                    fd("art", "Art", "choice", opts=["Einzel", "Langzeit"]),
                    fd("gueltig_bis", "Gültig bis", "date"), fd("dokument", "Dokument", "file")))


def GFs():
    return spec("Kalibrierung", "Kalibrierung der Laborgeräte.",
                ent("geraet", "Gerät", "Geräte",
                    fd("bezeichnung", "Bezeichnung", "text", True),
                    fd("inventarnummer", "Inventarnummer", "text", uniq=True), fd("raum", "Raum", "text")),
                ent("kalibrierung", "Kalibrierung", "Kalibrierungen",
                    fd("geraet", "Gerät", "reference", True, target="geraet"), fd("datum", "Datum", "date", True),
                    fd("ergebnis", "Ergebnis", "choice", opts=["Bestanden", "Nicht bestanden"]),
                    fd("zertifikat", "Zertifikat", "file")))


case("h39r49", "de", GA(), "Bitte noch Nüsse, Sesam und Soja bei den Allergenen ergänzen",
     SO("zutat", "allergene", ["Gluten", "Ei", "Milch", "Nüsse", "Sesam", "Soja"]))
case("h39r50", "de", GA(), "Beim Rezept fehlt die Backtemperatur",
     AF("rezept", "Backtemperatur", "integer", "Temperatur|Ofentemperatur|Backtemperatur (°C)|baking temperature",
        "decimal"))
case("h39r51", "de", GB(), "Die Nachtschicht fehlt noch! Und bitte die Linie dazu (Linie 1 bis 3).",
     SO("schicht", "schicht", ["Früh", "Spät", "Nacht"]),
     AF("schicht", "Linie", "choice", "Produktionslinie|line", "text", ["Linie 1", "Linie 2", "Linie 3"]))
case("h39r52", "de", GB(), "Telefon brauchen wir nicht mehr", RF("mitarbeiter", "telefon"))
case("h39r53", "de", GC(),
     "Wir wiegen den Ausschuss jetzt, die Menge also bitte in kg mit Kommastellen statt Stück",
     CT("ausschuss", "menge", "decimal"))
case("h39r54", "de", GC(), "Linie bitte in 'Produktionslinie' umbenennen",
     RN("ausschuss", "linie", "Produktionslinie", "Produktions-Linie"))
case("h39r55", "de", GD(), "Hallo, könnt ihr ein Feld 'anonym' (ja/nein) ergänzen? Danke",
     AF("bewertung", "anonym", "boolean", "anonyme Bewertung|anonym?|anonymous", "choice"))
case("h39r56", "de", GD(),
     "Die Note soll eine Auswahl sein: sehr gut, gut, befriedigend, ausreichend, mangelhaft",
     CT("bewertung", "note", "choice"),
     SO("bewertung", "note", ["Sehr gut", "Gut", "Befriedigend", "Ausreichend", "Mangelhaft"]))
case("h39r57", "de", GE(),
     "Bitte noch 'gültig von' ergänzen, und ob die Erklärung geprüft wurde und von wem – der Zoll fragt bei der "
     "Prüfung genau danach.",
     AF("lieferantenerklaerung", "gültig von", "date", "gültig ab|Beginn|valid from|Gültigkeitsbeginn"),
     AF("lieferantenerklaerung", "geprüft", "boolean", "Prüfung|geprüft?|kontrolliert|checked", "choice"),
     AF("lieferantenerklaerung", "geprüft von", "person", "Prüfer|kontrolliert von|checked by", "text"))
case("h39r58", "de", GE(), "Wir brauchen beim Lieferanten noch einen Ansprechpartner",
     AF("lieferant", "Ansprechpartner", "text", "Kontakt|Kontaktperson|contact|Ansprechperson", "person"))
case("h39r59", "de", GFs(),
     "Kalibrierungen macht jetzt komplett die externe Firma, die Tabelle Kalibrierung kann weg. Am Gerät reicht uns "
     "das Datum der nächsten Kalibrierung.",
     RE("kalibrierung"),
     AF("geraet", "nächste Kalibrierung", "date", "nächste Kalibrierung fällig|fällig am|Kalibrierung fällig|next calibration"))
case("h39r60", "de", GFs(), "pro Gerät bitte noch das Kalibrierintervall in Monaten",
     AF("geraet", "Kalibrierintervall", "integer", "Intervall|Kalibrierintervall (Monate)|Monate|interval"))

assert len(CASES) == 60, len(CASES)
with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(CASES))

import json, os, copy
HERE = os.path.dirname(os.path.abspath(__file__))

def f(key, label, type, req=False, unique=False, options=None, target=None):
    d = {"key": key, "label": label, "type": type}
    if req: d["required"] = True
    if unique: d["unique"] = True
    if options is not None: d["options"] = options
    if target is not None: d["target"] = target
    return d

def ent(key, name, plural, fields): return {"key": key, "name": name, "plural": plural, "fields": fields}
def S(name, summary, *ents): return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

# ops
def add(entity, name, aliases, type, alt=()): return {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
def rm(entity, field): return {"op": "remove_field", "entity": entity, "field": field}
def ren(entity, field, to, aliases=()): return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}
def ctype(entity, field, type, alt=()): return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}
def req(entity, field, value=True): return {"op": "set_required", "entity": entity, "field": field, "value": value}
def opts(entity, field, options): return {"op": "set_options", "entity": entity, "field": field, "options": options}
def newent(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}
def nf(name, aliases, type, alt=()): return {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
def rel(a, b): return {"op": "add_relation", "from": a, "to": b}
def rment(entity): return {"op": "remove_entity", "entity": entity}

# ---------------- base specs
JOB = ent("job", "Job", "Jobs", [
    f("job_number", "Job number", "text", req=True, unique=True),
    f("customer_name", "Customer name", "text", req=True),
    f("move_date", "Move date", "date"),
    f("to_address", "To address", "text"),
    f("crew_size", "Crew size", "integer"),
    f("status", "Status", "choice", options=["Booked", "Done", "Cancelled"])])
MOVES1 = S("Moving jobs", "Removal jobs with addresses, crew and status.", JOB)
MOVES2 = S("Moving jobs", "Removal jobs and the vans we own.", JOB,
    ent("van", "Van", "Vans", [
        f("registration", "Registration", "text", req=True, unique=True),
        f("size", "Size", "choice", options=["3.5t", "7.5t", "Luton"]),
        f("mot_due", "MOT due", "date")]))
GROOM = S("Grooming appointments", "Dogs and their grooming appointments.",
    ent("dog", "Dog", "Dogs", [
        f("name", "Name", "text", req=True),
        f("breed", "Breed", "text"),
        f("owner_name", "Owner name", "text"),
        f("owner_phone", "Owner phone", "phone"),
        f("size", "Size", "choice", options=["Small", "Medium", "Large"])]),
    ent("appointment", "Appointment", "Appointments", [
        f("dog", "Dog", "reference", req=True, target="dog"),
        f("appointment_at", "Date and time", "datetime", req=True),
        f("service", "Service", "choice", options=["Full groom", "Bath & brush", "Puppy intro"]),
        f("price", "Price", "money"),
        f("paid", "Paid", "boolean")]))
PLOTS = S("Allotment plots", "Plots on our two allotment sites and who holds them.",
    ent("plot", "Plot", "Plots", [
        f("plot_number", "Plot number", "text", req=True, unique=True),
        f("site", "Site", "choice", req=True, options=["Hill Lane", "Riverside"]),
        f("size", "Size", "choice", options=["Full", "Half", "Quarter"]),
        f("annual_rent", "Annual rent", "money"),
        f("holder_name", "Holder name", "text"),
        f("holder_email", "Holder email", "email")]))
STUDIO = S("Studio bookings", "Hourly hire of our photo studios.",
    ent("studio", "Studio", "Studios", [
        f("name", "Name", "text", req=True, unique=True),
        f("hourly_rate", "Hourly rate", "money")]),
    ent("booking", "Booking", "Bookings", [
        f("studio", "Studio", "reference", req=True, target="studio"),
        f("client_name", "Client name", "text"),
        f("starts_at", "Starts at", "datetime", req=True),
        f("ends_at", "Ends at", "datetime", req=True),
        f("deposit_paid", "Deposit paid", "boolean"),
        f("notes", "Notes", "long_text")]))
JOURNAL = S("Notary journal", "Our legally required journal of notarial acts.",
    ent("journal_entry", "Journal entry", "Journal entries", [
        f("entry_number", "Entry number", "text", req=True, unique=True),
        f("notarized_at", "Date and time", "datetime", req=True),
        f("act_type", "Type of act", "choice", options=["Acknowledgment", "Jurat", "Copy certification", "Oath"]),
        f("signer_name", "Signer name", "text", req=True),
        f("id_type", "ID type", "choice", options=["Passport", "Driving licence", "ID card"]),
        f("fee", "Fee", "money")]))
SITTING = S("Pet sitting", "Clients and the home visits our sitters make.",
    ent("client", "Client", "Clients", [
        f("name", "Name", "text", req=True),
        f("address", "Address", "text"),
        f("phone", "Phone", "phone"),
        f("key_code", "Key code", "text")]),
    ent("visit", "Visit", "Visits", [
        f("client", "Client", "reference", req=True, target="client"),
        f("visit_date", "Visit date", "date", req=True),
        f("slot", "Slot", "choice", options=["Morning", "Midday", "Evening"]),
        f("sitter", "Sitter", "person"),
        f("done", "Done", "boolean")]))

TOIL = S("Toilettage", "Chiens et rendez-vous du salon.",
    ent("chien", "Chien", "Chiens", [
        f("nom", "Nom", "text", req=True),
        f("race", "Race", "text"),
        f("taille", "Taille", "choice", options=["Petit", "Moyen", "Grand"]),
        f("proprietaire", "Propriétaire", "text"),
        f("telephone", "Téléphone", "phone")]),
    ent("rendez_vous", "Rendez-vous", "Rendez-vous", [
        f("chien", "Chien", "reference", req=True, target="chien"),
        f("date_heure", "Date et heure", "datetime", req=True),
        f("prestation", "Prestation", "choice", options=["Bain", "Coupe", "Tonte"]),
        f("tarif", "Tarif", "money"),
        f("paye", "Payé", "boolean")]))
JARDIN = S("Jardin partagé", "Adhérents et parcelles du jardin partagé.",
    ent("adherent", "Adhérent", "Adhérents", [
        f("nom", "Nom", "text", req=True),
        f("prenom", "Prénom", "text"),
        f("email", "Email", "email"),
        f("telephone", "Téléphone", "phone"),
        f("cotisation_payee", "Cotisation payée", "boolean")]),
    ent("parcelle", "Parcelle", "Parcelles", [
        f("numero", "Numéro", "text", req=True, unique=True),
        f("surface_m2", "Surface (m²)", "decimal"),
        f("adherent", "Adhérent", "reference", target="adherent"),
        f("exposition", "Exposition", "choice", options=["Soleil", "Mi-ombre", "Ombre"])]))
SUCC = S("Successions", "Dossiers de succession de l'office et leurs héritiers.",
    ent("dossier", "Dossier", "Dossiers", [
        f("reference", "Référence", "text", req=True, unique=True),
        f("defunt", "Défunt", "text", req=True),
        f("date_deces", "Date du décès", "date"),
        f("notaire", "Notaire", "person"),
        f("statut", "Statut", "choice", options=["Ouvert", "Inventaire", "Clôturé"]),
        f("actif", "Actif", "money")]),
    ent("heritier", "Héritier", "Héritiers", [
        f("dossier", "Dossier", "reference", req=True, target="dossier"),
        f("nom", "Nom", "text", req=True),
        f("lien", "Lien de parenté", "choice", options=["Conjoint", "Enfant", "Autre"]),
        f("part", "Part (%)", "decimal")]))

MUD = S("Mudanzas", "Servicios de mudanza contratados.",
    ent("mudanza", "Mudanza", "Mudanzas", [
        f("cliente", "Cliente", "text", req=True),
        f("telefono", "Teléfono", "phone"),
        f("fecha", "Fecha", "date"),
        f("volumen_m3", "Volumen (m³)", "decimal"),
        f("tipo", "Tipo", "choice", options=["Local", "Nacional", "Internacional"]),
        f("presupuesto", "Presupuesto", "money")]))
ESTUDIO = S("Estudio fotográfico", "Sesiones de fotos y pedidos de los clientes.",
    ent("sesion", "Sesión", "Sesiones", [
        f("cliente", "Cliente", "text", req=True),
        f("fecha", "Fecha", "datetime", req=True),
        f("tipo", "Tipo", "choice", options=["Retrato", "Boda", "Producto"]),
        f("fotografo", "Fotógrafo", "person")]),
    ent("pedido", "Pedido", "Pedidos", [
        f("sesion", "Sesión", "reference", req=True, target="sesion"),
        f("producto", "Producto", "text"),
        f("cantidad", "Cantidad", "integer"),
        f("importe", "Importe", "money"),
        f("entregado", "Entregado", "boolean")]))
HUERTO = S("Huerto comunitario", "Parcelas del huerto y lo que se cosecha.",
    ent("parcela", "Parcela", "Parcelas", [
        f("numero", "Número", "text", req=True, unique=True),
        f("responsable", "Responsable", "text"),
        f("superficie", "Superficie (m²)", "decimal")]),
    ent("cosecha", "Cosecha", "Cosechas", [
        f("parcela", "Parcela", "reference", req=True, target="parcela"),
        f("fecha", "Fecha", "date", req=True),
        f("cultivo", "Cultivo", "text"),
        f("kilos", "Kilos", "decimal")]))

UMZUG = S("Umzugsaufträge", "Unsere Umzugsaufträge von der Anfrage bis zur Erledigung.",
    ent("auftrag", "Auftrag", "Aufträge", [
        f("auftragsnummer", "Auftragsnummer", "text", req=True, unique=True),
        f("kunde", "Kunde", "text", req=True),
        f("umzugsdatum", "Umzugsdatum", "date"),
        f("einzugsadresse", "Einzugsadresse", "text"),
        f("etage_auszug", "Etage Auszug", "integer"),
        f("status", "Status", "choice", options=["Angefragt", "Bestätigt", "Erledigt"])]))
KLEIN = S("Kleingartenanlage", "Parzellen und Pächter unseres Vereins.",
    ent("paechter", "Pächter", "Pächter", [
        f("name", "Name", "text", req=True),
        f("anschrift", "Anschrift", "text"),
        f("telefon", "Telefon", "phone"),
        f("pachtbeginn", "Pachtbeginn", "date")]),
    ent("parzelle", "Parzelle", "Parzellen", [
        f("nummer", "Nummer", "text", req=True, unique=True),
        f("groesse_qm", "Größe (m²)", "decimal"),
        f("paechter", "Pächter", "reference", target="paechter")]))
NOTAR = S("Beurkundungen", "Vorgänge des Notariats bis zur Beurkundung.",
    ent("vorgang", "Vorgang", "Vorgänge", [
        f("aktenzeichen", "Aktenzeichen", "text", req=True, unique=True),
        f("art", "Art", "choice", options=["Kaufvertrag", "Testament", "Vollmacht"]),
        f("notar", "Notar", "person"),
        f("beurkundung_am", "Beurkundung am", "datetime"),
        f("entwurf_versandt", "Entwurf versandt", "boolean"),
        f("gebuehr", "Gebühr", "money")]))

cases = []
def C(lang, spec, request, expect):
    cases.append({"lang": lang, "spec": copy.deepcopy(spec), "request": request, "expect": expect,
                  "keep": "all other fields and entities unchanged"})

# ---------------- EN (24)
C("en", MOVES1, "add a field for the number of boxes we estimate for each job",
  [add("job", "estimated boxes", ["number of boxes", "boxes", "box count", "estimated number of boxes"], "integer")])
C("en", MOVES1, "Can we have a proper list of our vans (registration, and size: 3.5t, 7.5t or Luton) and pick the van on each job?",
  [newent("Van", ["Vans", "vehicle", "truck"], [nf("registration", ["reg", "registration number", "plate"], "text"),
     dict(nf("size", ["van size", "type"], "choice", ["text"]), options=["3.5t", "7.5t", "Luton"])]),
   rel("job", "Van")])
C("en", MOVES1, "status should also allow Postponed and Surveyed. and make the move date mandatory pls",
  [opts("job", "status", ["Booked", "Done", "Cancelled", "Postponed", "Surveyed"]), req("job", "move_date")])
C("en", MOVES1, "Crew size is sometimes written like '2 + driver', so it can't be just a number. Make it plain text.",
  [ctype("job", "crew_size", "text")])
C("en", MOVES2, "I also need to know who signed off each job at the end and when",
  [add("job", "signed off by", ["sign-off by", "approved by", "signed off", "checked by"], "person", ["text"]),
   add("job", "signed off on", ["sign-off date", "signed off at", "completion date", "date signed off"], "date", ["datetime"])])
C("en", MOVES2, "We've started leasing vans so we don't manage them in here anymore - please remove the vans.",
  [rment("van")])
C("en", GROOM, "Hi! Could you add the dog's date of birth? Some of the older dogs need gentler handling so it's useful to see. Thanks!",
  [add("dog", "date of birth", ["birth date", "birthday", "DOB", "born"], "date")])
C("en", GROOM, "rename 'Owner phone' to 'Mobile'",
  [ren("dog", "owner_phone", "Mobile", ["Mobile number", "Owner mobile"])])
C("en", GROOM, "services: add Nail clip and De-shedding. And remove paid, we use the till for that now",
  [opts("appointment", "service", ["Full groom", "Bath & brush", "Puppy intro", "Nail clip", "De-shedding"]), rm("appointment", "paid")])
C("en", GROOM, "The price has to be filled in on every appointment. Also add a no-show tick box so we can see who keeps missing.",
  [req("appointment", "price"), add("appointment", "no-show", ["no show", "did not show", "missed", "DNA"], "boolean")])
C("en", PLOTS, "Add the date the holder took on the plot, and whether they've had a warning letter about an untidy plot",
  [add("plot", "start date", ["tenancy start", "taken on", "date taken on", "holder since", "start of tenancy"], "date"),
   add("plot", "warning letter", ["warning letter sent", "warned", "warning", "had warning letter"], "boolean", ["choice", "date"])])
C("en", PLOTS, "So the committee merged Riverside into Hill Lane and we opened Orchard Road, which means the sites are now just Hill Lane and Orchard Road.",
  [opts("plot", "site", ["Hill Lane", "Orchard Road"])])
C("en", PLOTS, "Holders should really be their own list: plot holders with name, email and phone, and each plot points at its holder. You can drop the holder name column from plots then (keep the email for now, I'll sort it later).",
  [newent("Plot holder", ["holder", "tenant", "member", "plot holders"], [nf("name", ["full name", "holder name"], "text"),
     nf("email", ["email address"], "email"), nf("phone", ["phone number", "mobile", "telephone"], "phone")]),
   rel("plot", "Plot holder"), rm("plot", "holder_name")])
C("en", PLOTS, "I was going to ask for the rent to allow pence but it's already money, so never mind that - just add a water charge too please",
  [add("plot", "water charge", ["water", "water fee", "water rate", "water cost"], "money", ["decimal"])])
C("en", STUDIO, "add how many people are coming to the shoot, and the client's company name",
  [add("booking", "number of people", ["people", "attendees", "headcount", "group size", "guests"], "integer"),
   add("booking", "company", ["company name", "client company", "business"], "text")])
C("en", STUDIO, "The notes box only ever holds the invoice number, so make it a short single-line text and call it 'Invoice number'.",
  [ctype("booking", "notes", "text"), ren("booking", "notes", "Invoice number", ["Invoice no", "Invoice"])])
C("en", STUDIO, "Studios need a max number of people and whether they get natural daylight",
  [add("studio", "max people", ["capacity", "maximum people", "max capacity"], "integer"),
   add("studio", "natural daylight", ["daylight", "has daylight", "natural light"], "boolean")])
C("en", STUDIO, "client name must always be filled in",
  [req("booking", "client_name")])
C("en", JOURNAL, "We need to attach a scan of the signer's signature for each entry.",
  [add("journal_entry", "signature", ["signature scan", "signer signature", "scanned signature"], "file")])
C("en", JOURNAL, "act types: we also do Signature witnessing and Affidavit now",
  [opts("journal_entry", "act_type", ["Acknowledgment", "Jurat", "Copy certification", "Oath", "Signature witnessing", "Affidavit"])])
C("en", JOURNAL, "Morning - our state now requires the signer's address and a record of whether a thumbprint was taken. Can you add both please?",
  [add("journal_entry", "signer address", ["address", "signer's address"], "text", ["long_text"]),
   add("journal_entry", "thumbprint taken", ["thumbprint", "fingerprint", "thumbprint taken?"], "boolean", ["choice"])])
C("en", JOURNAL, "The ID type list is too rigid, people show all sorts of things – just make it free text",
  [ctype("journal_entry", "id_type", "text")])
C("en", SITTING, "slots: add Overnight. And I'd like a photo from each visit for the owners",
  [opts("visit", "slot", ["Morning", "Midday", "Evening", "Overnight"]),
   add("visit", "photo", ["visit photo", "picture", "image"], "file")])
C("en", SITTING, "Lots of clients have more than one animal so I need a pets list: name, species (Dog, Cat, Rabbit, Other) and feeding instructions, each linked to its client",
  [newent("Pet", ["Pets", "animal"], [nf("name", ["pet name"], "text"),
     dict(nf("species", ["type", "animal type"], "choice", ["text"]), options=["Dog", "Cat", "Rabbit", "Other"]),
     nf("feeding instructions", ["feeding", "food", "diet"], "long_text", ["text"])]),
   rel("Pet", "client")])

# ---------------- FR (12)
C("fr", TOIL, "Ajoutez un champ pour les allergies ou problèmes de peau du chien",
  [add("chien", "allergies", ["allergies ou problèmes de peau", "problèmes de peau", "santé", "allergies"], "long_text", ["text"])])
C("fr", TOIL, "Bonjour, pourriez-vous ajouter « Coupe des griffes » et « Épilation » aux prestations ? Et le tarif doit être obligatoire. Merci !",
  [opts("rendez_vous", "prestation", ["Bain", "Coupe", "Tonte", "Coupe des griffes", "Épilation"]), req("rendez_vous", "tarif")])
C("fr", TOIL, "renommer propriétaire en Maître",
  [ren("chien", "proprietaire", "Maître", ["Maître du chien", "Owner"])])
C("fr", TOIL, "on aurait besoin de savoir quelle toiletteuse s'est occupée de chaque rdv et combien de temps ça a pris",
  [add("rendez_vous", "toiletteuse", ["toiletteur", "employée", "groomer", "réalisé par"], "person", ["text", "choice"]),
   add("rendez_vous", "durée", ["durée (min)", "temps passé", "durée en minutes", "duration"], "integer", ["decimal", "text"])])
C("fr", JARDIN, "ajouter la date d'arrivee de l'adherent au jardin",
  [add("adherent", "date d'arrivée", ["arrivée", "date d'adhésion", "membre depuis", "date arrivee", "date d'inscription"], "date")])
C("fr", JARDIN, "L'exposition on ne s'en sert pas, supprimez-la. Par contre ce serait bien de savoir s'il y a un récupérateur d'eau sur la parcelle.",
  [rm("parcelle", "exposition"),
   add("parcelle", "récupérateur d'eau", ["récupérateur", "recuperateur d'eau", "cuve", "water butt"], "boolean", ["choice"])])
C("fr", JARDIN, "On voudrait un planning des permanences : la date, l'adhérent de permanence et la tâche du jour.",
  [newent("Permanence", ["planning des permanences", "Permanences", "créneau"], [nf("date", ["jour"], "date", ["datetime"]),
     nf("tâche", ["tache", "activité", "tâche du jour"], "text", ["choice", "long_text"])]),
   rel("Permanence", "adherent")])
C("fr", JARDIN, "la surface c'est toujours un nombre entier de m2, changez le type svp",
  [ctype("parcelle", "surface_m2", "integer")])
C("fr", SUCC, "ajoutez l'adresse et l'email des héritiers",
  [add("heritier", "adresse", ["adresse postale", "address"], "text", ["long_text"]),
   add("heritier", "email", ["courriel", "e-mail", "adresse email"], "email")])
C("fr", SUCC, "Pour le statut, il manque « Déclaration déposée », entre Inventaire et Clôturé.",
  [opts("dossier", "statut", ["Ouvert", "Inventaire", "Déclaration déposée", "Clôturé"])])
C("fr", SUCC, "Il nous faut aussi la liste des pièces à réclamer pour chaque dossier : nom de la pièce, reçue ou non, date de réception.",
  [newent("Pièce", ["Pièces", "pièce à réclamer", "document", "justificatif"], [nf("nom", ["nom de la pièce", "pièce", "intitulé"], "text"),
     nf("reçue", ["reçu", "reçue ou non", "received"], "boolean", ["choice"]),
     nf("date de réception", ["reçue le", "date reception"], "date")]),
   rel("Pièce", "dossier")])
C("fr", SUCC, "la date du décès doit être obligatoire, et renommez « Actif » en « Actif successoral brut »",
  [req("dossier", "date_deces"), ren("dossier", "actif", "Actif successoral brut", ["Actif brut", "Actif successoral"])])

# ---------------- ES (12)
C("es", MUD, "añade el email del cliente",
  [add("mudanza", "email", ["correo", "correo electrónico", "email del cliente", "e-mail"], "email")])
C("es", MUD, "quiero saber si necesitan servicio de embalaje y si necesitan guardamuebles",
  [add("mudanza", "embalaje", ["servicio de embalaje", "necesita embalaje", "packing"], "boolean", ["choice"]),
   add("mudanza", "guardamuebles", ["necesita guardamuebles", "almacenaje", "storage"], "boolean", ["choice"])])
C("es", MUD, "añade Oficina a los tipos, que ahora también hacemos traslados de empresas",
  [opts("mudanza", "tipo", ["Local", "Nacional", "Internacional", "Oficina"])])
C("es", MUD, "Hola, el presupuesto tiene que ser obligatorio. Y quitad el volumen, que nadie lo rellena.",
  [req("mudanza", "presupuesto"), rm("mudanza", "volumen_m3")])
C("es", ESTUDIO, "añadir un campo de ubicación para la sesión: estudio o exteriores",
  [dict(add("sesion", "ubicación", ["ubicacion", "lugar", "localización", "location"], "choice", ["text"]), options=["Estudio", "Exteriores"])])
C("es", ESTUDIO, "el fotógrafo a veces es un externo que no está en la empresa, ponlo como texto libre",
  [ctype("sesion", "fotografo", "text")])
C("es", ESTUDIO, "Los pedidos ya no hacen falta aquí, los llevamos en la caja registradora. Bórralos por favor.",
  [rment("pedido")])
C("es", ESTUDIO, "tipos de sesión: añade Comunión y Familia",
  [opts("sesion", "tipo", ["Retrato", "Boda", "Producto", "Comunión", "Familia"])])
C("es", HUERTO, "añade el teléfono del responsable de cada parcela",
  [add("parcela", "teléfono", ["telefono", "teléfono del responsable", "móvil", "phone"], "phone")])
C("es", HUERTO, "en cosechas: cambia 'Kilos' por 'Peso (kg)' y añade si se donó al banco de alimentos",
  [ren("cosecha", "kilos", "Peso (kg)", ["Peso", "kg"]),
   add("cosecha", "donado", ["donado al banco de alimentos", "donación", "banco de alimentos", "donated"], "boolean", ["choice"])])
C("es", HUERTO, "el cultivo mejor como lista cerrada: Tomate, Lechuga, Calabacín, Pimiento, Otro",
  [ctype("cosecha", "cultivo", "choice"), opts("cosecha", "cultivo", ["Tomate", "Lechuga", "Calabacín", "Pimiento", "Otro"])])
C("es", HUERTO, "Buenas! este verano hay restricciones de agua y quiero llevar un registro de riegos: fecha, qué parcela y cuántos litros.",
  [newent("Riego", ["Riegos", "registro de riego", "watering"], [nf("fecha", ["día"], "date", ["datetime"]),
     nf("litros", ["cantidad de agua", "agua", "cuántos litros"], "decimal", ["integer"])]),
   rel("Riego", "parcela")])

# ---------------- DE (12)
C("de", UMZUG, "Bitte noch die Etage am Einzugsort und ob es dort einen Aufzug gibt",
  [add("auftrag", "Etage Einzug", ["Stockwerk Einzug", "Etage am Einzugsort", "Etage neue Wohnung"], "integer", ["text"]),
   add("auftrag", "Aufzug Einzug", ["Aufzug am Einzugsort", "Aufzug vorhanden Einzug", "Fahrstuhl Einzug"], "boolean", ["choice"])])
C("de", UMZUG, "Beim Status fehlt 'Storniert'",
  [opts("auftrag", "status", ["Angefragt", "Bestätigt", "Erledigt", "Storniert"])])
C("de", UMZUG, "Umzugsdatum muss Pflicht sein. Außerdem brauchen wir ein Häkchen, ob eine Halteverbotszone beantragt ist.",
  [req("auftrag", "umzugsdatum"),
   add("auftrag", "Halteverbotszone beantragt", ["Halteverbotszone", "Halteverbot", "Halteverbot beantragt"], "boolean", ["choice"])])
C("de", UMZUG, "'Kunde' bitte in 'Auftraggeber' umbenennen, manchmal zahlt ja die Firma und nicht der Mitarbeiter",
  [ren("auftrag", "kunde", "Auftraggeber", ["Auftraggeberin", "Rechnungsempfänger"])])
C("de", KLEIN, "füge die E-Mail-Adresse des Pächters hinzu",
  [add("paechter", "E-Mail", ["Email", "E-Mail-Adresse", "Mail"], "email")])
C("de", KLEIN, "Wir müssen die Wasserzählerstände erfassen: pro Parzelle das Ablesedatum und den Zählerstand.",
  [newent("Zählerstand", ["Wasserzählerstand", "Ablesung", "Zählerablesung", "Wasserzähler"], [nf("Ablesedatum", ["Datum", "abgelesen am"], "date"),
     nf("Zählerstand", ["Stand", "Wert"], "decimal", ["integer"])]),
   rel("Zählerstand", "parzelle")])
C("de", KLEIN, "die Größe bitte als ganze Zahl, Nachkommastellen brauchen wir nicht",
  [ctype("parzelle", "groesse_qm", "integer")])
C("de", KLEIN, "Pachtbeginn wird nicht gebraucht. Stattdessen: hat der Pächter einen Schlüssel fürs Vereinsheim?",
  [rm("paechter", "pachtbeginn"),
   add("paechter", "Schlüssel Vereinsheim", ["Schlüssel", "Vereinsheimschlüssel", "hat Schlüssel"], "boolean", ["choice"])])
C("de", NOTAR, "Hallo, kann man noch die zuständige Sachbearbeiterin eintragen? Danke!",
  [add("vorgang", "Sachbearbeiterin", ["Sachbearbeiter", "Bearbeiter", "zuständig"], "person", ["text"])])
C("de", NOTAR, "Arten ergänzen: Grundschuld, GmbH-Gründung, Schenkung",
  [opts("vorgang", "art", ["Kaufvertrag", "Testament", "Vollmacht", "Grundschuld", "GmbH-Gründung", "Schenkung"])])
C("de", NOTAR, "'Entwurf versandt' sollte ein Datum sein statt nur ein Häkchen – wir müssen die Zwei-Wochen-Frist beim Verbrauchervertrag nachweisen.",
  [ctype("vorgang", "entwurf_versandt", "date")])
C("de", NOTAR, "Gebühr bitte umbenennen in 'Notarkosten (netto)' und zum Pflichtfeld machen",
  [ren("vorgang", "gebuehr", "Notarkosten (netto)", ["Notarkosten", "Kosten netto"]), req("vorgang", "gebuehr")])

counts = {}
with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for i, c in enumerate(cases, 1):
        counts[c["lang"]] = counts.get(c["lang"], 0) + 1
        out.write(json.dumps({"id": "h27r%02d" % i, **c}, ensure_ascii=False) + "\n")
ops = {}
for c in cases:
    for o in c["expect"]: ops[o["op"]] = ops.get(o["op"], 0) + 1
print(len(cases), counts, ops, "multi:", sum(len(c["expect"]) > 1 for c in cases))

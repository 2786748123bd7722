#!/usr/bin/env python3
"""Session 27, helper l: LINKS and the link-target kinds they need (en, fr, es, de).

A request names a record (a patrol, a claim, a brew, a shoot, a lesson, a vaccination, a print job, a loan) and a
party or thing the record refers to (building, policy, recipe, location, instructor, animal, customer, book).  By the
writers' brief (session 23) the target is a kind of its own when it has details of its own; the record then carries a
many-to-one reference to it and the relation runs record -> target.
Crossed: how the reference is said (which X, belongs to / concerne / es de / gehört zu, per X, assigned to,
possessive, for a X) x where the target's details are said (bracket after, the next sentence, before the record,
a sentence of their own).  Contrast rows (gold: ONE kind): the person who does the record said bare (`doer`: a person
field, even when it is the instructor), a plain label of the target (`label`: "policy number", "nom du client": text).
Registers rotate: plain, lower case without accents, a polite opening, an e-mail wrapping.
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata

def F(name, typ, aliases=(), alt=(), target=None, optional=False, options=None):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if options: f["options"] = list(options)
    if target: f["target"] = target
    if optional: f["optional"] = True
    return f

NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}
NAME = {"en": F("name", "text", ["title"]), "fr": F("nom", "text", ["name", "intitulé"]),
        "es": F("nombre", "text", ["name"]), "de": F("Name", "text", ["Bezeichnung"])}
NAMEWORDS = {"name", "nom", "nombre", "title", "titre", "título", "titel", "intitulé"}

def f(said, typ, alt=(), al=()):
    return (said, F(said, typ, list(al), list(alt)))

# rec / tgt: (Kind, singular, plural, aliases, gender) ; gender m/f/n (en: None); "obl": German weak oblique form
D = []
D.append(dict(key="building", en=dict(
    rec=("Patrol", "patrol", "patrols", ["round", "security round", "patrol log"], None),
    rf=[f("date", "date", ["datetime"], ["patrol date"]), f("start time", "datetime", ["text"], ["time", "start"]), f("incidents", "long_text", ["text"], ["incident", "observations"])],
    tgt=("Building", "building", "buildings", ["site", "premises", "property"], None),
    td=[f("address", "text", ["long_text"], ["street address"]), f("alarm code", "text", [], ["alarm", "code"]), f("key holder", "person", ["text"], ["keyholder", "contact"])],
    which="which building it covered", doer=f("guard", "person", ["text"], ["security guard", "officer", "done by"]), label=f("building name", "text", ["choice"], ["building"])),
  fr=dict(
    rec=("Ronde", "ronde", "rondes", ["tournée", "patrouille", "patrol"], "f"),
    rf=[f("date", "date", ["datetime"], ["date de la ronde"]), f("heure de début", "datetime", ["text"], ["heure", "début"]), f("incidents", "long_text", ["text"], ["incident", "observations"])],
    tgt=("Bâtiment", "bâtiment", "bâtiments", ["site", "immeuble", "building"], "m"),
    td=[f("adresse", "text", ["long_text"], ["adresse postale"]), f("code d'alarme", "text", [], ["code alarme", "code"]), f("responsable des clés", "person", ["text"], ["détenteur des clés", "contact"])],
    which="quel bâtiment elle a couvert", doer=f("agent", "person", ["text"], ["agent de sécurité", "vigile", "gardien"]), label=f("nom du bâtiment", "text", ["choice"], ["bâtiment"])),
  es=dict(
    rec=("Ronda", "ronda", "rondas", ["patrulla", "recorrido", "patrol"], "f"),
    rf=[f("fecha", "date", ["datetime"], ["fecha de la ronda"]), f("hora de inicio", "datetime", ["text"], ["hora", "inicio"]), f("incidencias", "long_text", ["text"], ["incidentes", "observaciones"])],
    tgt=("Edificio", "edificio", "edificios", ["inmueble", "sede", "building"], "m"),
    td=[f("dirección", "text", ["long_text"], ["domicilio"]), f("código de alarma", "text", [], ["alarma", "código"]), f("responsable de llaves", "person", ["text"], ["llavero", "contacto"])],
    which="qué edificio cubrió", doer=f("vigilante", "person", ["text"], ["guardia", "agente", "vigilante de seguridad"]), label=f("nombre del edificio", "text", ["choice"], ["edificio"])),
  de=dict(
    rec=("Rundgang", "Rundgang", "Rundgänge", ["Kontrollgang", "Streife", "patrol"], "m"),
    rf=[f("Datum", "date", ["datetime"], ["Datum des Rundgangs"]), f("Startzeit", "datetime", ["text"], ["Beginn", "Uhrzeit"]), f("Vorfälle", "long_text", ["text"], ["Vorkommnisse", "Beobachtungen"])],
    tgt=("Gebäude", "Gebäude", "Gebäude", ["Objekt", "Liegenschaft", "building"], "n"),
    td=[f("Adresse", "text", ["long_text"], ["Anschrift"]), f("Alarmcode", "text", [], ["Code", "Alarm-Code"]), f("Schlüsselhalter", "person", ["text"], ["Schlüsselverantwortlicher", "Ansprechpartner"])],
    which="welches Gebäude er abgedeckt hat", doer=f("Wachmann", "person", ["text"], ["Sicherheitsmitarbeiter", "Mitarbeiter", "Wachperson"]), label=f("Gebäudename", "text", ["choice"], ["Gebäude"]))))

D.append(dict(key="policy", en=dict(
    rec=("Claim", "claim", "claims", ["insurance claim", "loss", "claim file"], None),
    rf=[f("date of loss", "date", ["datetime"], ["loss date", "incident date", "date"]), f("amount claimed", "money", ["decimal"], ["amount", "claim amount"]), f("description", "long_text", ["text"], ["what happened"])],
    tgt=("Policy", "policy", "policies", ["insurance policy", "contract"], None),
    td=[f("policy number", "text", [], ["number", "policy no"]), f("insurer", "text", ["choice", "reference"], ["insurance company", "carrier"]), f("renewal date", "date", [], ["renewal", "expiry date"])],
    which="which policy it falls under", doer=f("adjuster", "person", ["text"], ["loss adjuster", "claims handler", "handled by"]), label=f("policy number", "text", [], ["policy", "policy no"])),
  fr=dict(
    rec=("Sinistre", "sinistre", "sinistres", ["déclaration de sinistre", "déclaration", "claim"], "m"),
    rf=[f("date du sinistre", "date", ["datetime"], ["date", "date de survenance"]), f("montant réclamé", "money", ["decimal"], ["montant", "montant demandé"]), f("description", "long_text", ["text"], ["circonstances"])],
    tgt=("Contrat", "contrat", "contrats", ["police", "police d'assurance", "policy"], "m"),
    td=[f("numéro de contrat", "text", [], ["numéro", "n° de contrat", "numéro de police"]), f("assureur", "text", ["choice", "reference"], ["compagnie", "compagnie d'assurance"]), f("date d'échéance", "date", [], ["échéance", "date de renouvellement"])],
    which="de quel contrat il relève", doer=f("gestionnaire", "person", ["text"], ["expert", "chargé de dossier", "gestionnaire sinistre"]), label=f("numéro de contrat", "text", [], ["contrat", "n° de contrat"])),
  es=dict(
    rec=("Siniestro", "siniestro", "siniestros", ["parte", "reclamación", "claim"], "m"),
    rf=[f("fecha del siniestro", "date", ["datetime"], ["fecha", "fecha de ocurrencia"]), f("importe reclamado", "money", ["decimal"], ["importe", "cantidad reclamada"]), f("descripción", "long_text", ["text"], ["qué pasó"])],
    tgt=("Póliza", "póliza", "pólizas", ["contrato", "seguro", "policy"], "f"),
    td=[f("número de póliza", "text", [], ["número", "nº de póliza"]), f("aseguradora", "text", ["choice", "reference"], ["compañía", "compañía aseguradora"]), f("fecha de renovación", "date", [], ["renovación", "vencimiento"])],
    which="a qué póliza corresponde", doer=f("perito", "person", ["text"], ["tramitador", "gestor"]), label=f("número de póliza", "text", [], ["póliza", "nº de póliza"])),
  de=dict(
    rec=("Schadensfall", "Schadensfall", "Schadensfälle", ["Schaden", "Schadenmeldung", "claim"], "m"),
    rf=[f("Schadensdatum", "date", ["datetime"], ["Datum", "Schadentag"]), f("geforderter Betrag", "money", ["decimal"], ["Betrag", "Schadenshöhe", "Forderung"]), f("Beschreibung", "long_text", ["text"], ["Hergang"])],
    tgt=("Vertrag", "Vertrag", "Verträge", ["Police", "Versicherungsvertrag", "policy"], "m"),
    td=[f("Vertragsnummer", "text", [], ["Nummer", "Policennummer"]), f("Versicherer", "text", ["choice", "reference"], ["Versicherung", "Gesellschaft"]), f("Ablaufdatum", "date", [], ["Ablauf", "Verlängerungsdatum"])],
    which="zu welchem Vertrag er gehört", doer=f("Sachbearbeiter", "person", ["text"], ["Gutachter", "bearbeitet von"]), label=f("Vertragsnummer", "text", [], ["Vertrag", "Nummer"]))))

D.append(dict(key="recipe", en=dict(
    rec=("Brew", "brew", "brews", ["batch", "brew batch", "brewing"], None),
    rf=[f("brew date", "date", ["datetime"], ["date", "brewed on"]), f("volume in litres", "decimal", ["integer"], ["volume", "litres"]), f("original gravity", "decimal", ["text"], ["gravity", "og"])],
    tgt=("Recipe", "recipe", "recipes", ["beer", "product"], None),
    td=[f("style", "text", ["choice"], ["beer style"]), f("target ABV", "decimal", ["text"], ["abv", "alcohol"]), f("hop variety", "text", ["long_text"], ["hops", "hop"])],
    which="which recipe it follows", doer=f("brewer", "person", ["text"], ["brewed by", "head brewer"]), label=f("recipe name", "text", ["choice"], ["recipe", "beer"])),
  fr=dict(
    rec=("Brassin", "brassin", "brassins", ["lot", "brassage", "batch"], "m"),
    rf=[f("date de brassage", "date", ["datetime"], ["date", "brassé le"]), f("volume en litres", "decimal", ["integer"], ["volume", "litres"]), f("densité initiale", "decimal", ["text"], ["densité", "DI"])],
    tgt=("Recette", "recette", "recettes", ["bière", "recipe"], "f"),
    td=[f("style", "text", ["choice"], ["style de bière"]), f("degré d'alcool visé", "decimal", ["text"], ["degré", "alcool", "taux d'alcool"]), f("houblon", "text", ["long_text"], ["houblons", "variété de houblon"])],
    which="quelle recette il suit", doer=f("brasseur", "person", ["text"], ["brassé par", "maître brasseur"]), label=f("nom de la recette", "text", ["choice"], ["recette", "bière"])),
  es=dict(
    rec=("Lote", "lote", "lotes", ["cocción", "elaboración", "batch"], "m"),
    rf=[f("fecha de elaboración", "date", ["datetime"], ["fecha", "fecha de cocción"]), f("volumen en litros", "decimal", ["integer"], ["volumen", "litros"]), f("densidad inicial", "decimal", ["text"], ["densidad", "DI"])],
    tgt=("Receta", "receta", "recetas", ["cerveza", "recipe"], "f"),
    td=[f("estilo", "text", ["choice"], ["estilo de cerveza"]), f("graduación objetivo", "decimal", ["text"], ["graduación", "alcohol"]), f("variedad de lúpulo", "text", ["long_text"], ["lúpulo", "lúpulos"])],
    which="qué receta sigue", doer=f("cervecero", "person", ["text"], ["maestro cervecero", "elaborado por"]), label=f("nombre de la receta", "text", ["choice"], ["receta", "cerveza"])),
  de=dict(
    rec=("Sud", "Sud", "Sude", ["Charge", "Brauvorgang", "batch"], "m"),
    rf=[f("Braudatum", "date", ["datetime"], ["Datum", "gebraut am"]), f("Menge in Litern", "decimal", ["integer"], ["Menge", "Liter", "Volumen"]), f("Stammwürze", "decimal", ["text"], ["Würze", "°P"])],
    tgt=("Rezept", "Rezept", "Rezepte", ["Bier", "Sorte", "recipe"], "n"),
    td=[f("Bierstil", "text", ["choice"], ["Stil", "Biersorte"]), f("Zielalkohol", "decimal", ["text"], ["Alkohol", "Alkoholgehalt"]), f("Hopfensorte", "text", ["long_text"], ["Hopfen", "Hopfensorten"])],
    which="nach welchem Rezept er gebraut wird", doer=f("Brauer", "person", ["text"], ["Braumeister", "gebraut von"]), label=f("Rezeptname", "text", ["choice"], ["Rezept", "Bier"]))))

D.append(dict(key="location", en=dict(
    rec=("Shoot", "shoot", "shoots", ["shooting day", "filming day", "shoot day"], None),
    rf=[f("date", "date", ["datetime"], ["shoot date"]), f("call time", "datetime", ["text"], ["time", "start time"]), f("scenes", "text", ["long_text"], ["scene numbers", "scene"])],
    tgt=("Location", "location", "locations", ["filming location", "set", "place"], None),
    td=[f("address", "text", ["long_text"], ["street address"]), f("owner contact", "text", ["person", "phone"], ["owner", "contact"]), f("daily fee", "money", ["decimal"], ["fee", "day rate"])],
    which="which location it is at", doer=f("director", "person", ["text"], ["directed by", "director of the day"]), label=f("location name", "text", ["choice"], ["location"])),
  fr=dict(
    rec=("Jour de tournage", "jour de tournage", "jours de tournage", ["tournage", "journée de tournage", "shoot"], "m"),
    rf=[f("date", "date", ["datetime"], ["date du tournage"]), f("heure de convocation", "datetime", ["text"], ["heure", "convocation"]), f("scènes", "text", ["long_text"], ["scène", "séquences"])],
    tgt=("Décor", "décor", "décors", ["lieu de tournage", "lieu", "location"], "m"),
    td=[f("adresse", "text", ["long_text"], ["adresse postale"]), f("contact du propriétaire", "text", ["person", "phone"], ["propriétaire", "contact"]), f("tarif journalier", "money", ["decimal"], ["tarif", "prix par jour"])],
    which="dans quel décor il se passe", doer=f("réalisateur", "person", ["text"], ["réalisatrice", "réalisé par"]), label=f("nom du décor", "text", ["choice"], ["décor"])),
  es=dict(
    rec=("Jornada de rodaje", "jornada de rodaje", "jornadas de rodaje", ["rodaje", "día de rodaje", "shoot"], "f"),
    rf=[f("fecha", "date", ["datetime"], ["fecha de rodaje"]), f("hora de citación", "datetime", ["text"], ["hora", "citación"]), f("escenas", "text", ["long_text"], ["escena", "secuencias"])],
    tgt=("Localización", "localización", "localizaciones", ["locación", "lugar de rodaje", "location"], "f"),
    td=[f("dirección", "text", ["long_text"], ["domicilio"]), f("contacto del propietario", "text", ["person", "phone"], ["propietario", "contacto"]), f("tarifa diaria", "money", ["decimal"], ["tarifa", "precio por día"])],
    which="en qué localización se rueda", doer=f("director", "person", ["text"], ["directora", "dirigido por"]), label=f("nombre de la localización", "text", ["choice"], ["localización"])),
  de=dict(
    rec=("Drehtag", "Drehtag", "Drehtage", ["Dreh", "Drehplan", "shoot"], "m"),
    rf=[f("Datum", "date", ["datetime"], ["Drehdatum"]), f("Treffzeit", "datetime", ["text"], ["Uhrzeit", "Beginn"]), f("Szenen", "text", ["long_text"], ["Szene", "Bilder"])],
    tgt=("Drehort", "Drehort", "Drehorte", ["Location", "Motiv", "location"], "m"),
    td=[f("Adresse", "text", ["long_text"], ["Anschrift"]), f("Ansprechpartner", "person", ["text"], ["Kontakt", "Eigentümer"]), f("Tagesmiete", "money", ["decimal"], ["Miete", "Tagespreis"])],
    which="an welchem Drehort er stattfindet", doer=f("Regisseur", "person", ["text"], ["Regie", "Regisseurin"]), label=f("Drehortname", "text", ["choice"], ["Drehort", "Name des Drehorts"]))))

D.append(dict(key="instructor", en=dict(
    rec=("Lesson", "lesson", "lessons", ["ski lesson", "class"], None),
    rf=[f("date", "date", ["datetime"], ["lesson date"]), f("level", "text", ["choice"], ["skill level"]), f("number of pupils", "integer", [], ["pupils", "group size"])],
    tgt=("Instructor", "instructor", "instructors", ["ski instructor", "teacher", "coach"], None),
    td=[f("phone", "phone", ["text"], ["phone number", "mobile"]), f("licence number", "text", [], ["licence", "license number"]), f("languages spoken", "text", ["long_text", "choice"], ["languages"])],
    which="which instructor teaches it", doer=f("instructor", "person", ["text", "reference"], ["ski instructor", "teacher"]), label=f("instructor name", "text", ["person"], ["instructor"])),
  fr=dict(
    rec=("Cours", "cours", "cours", ["leçon", "cours de ski", "lesson"], "m"),
    rf=[f("date", "date", ["datetime"], ["date du cours"]), f("niveau", "text", ["choice"], ["niveau de ski"]), f("nombre d'élèves", "integer", [], ["élèves", "effectif"])],
    tgt=("Moniteur", "moniteur", "moniteurs", ["moniteur de ski", "instructeur", "professeur"], "m"),
    td=[f("téléphone", "phone", ["text"], ["tél", "portable"]), f("numéro de licence", "text", [], ["licence", "n° de licence"]), f("langues parlées", "text", ["long_text", "choice"], ["langues"])],
    which="quel moniteur le donne", doer=f("moniteur", "person", ["text", "reference"], ["monitrice", "professeur"]), label=f("nom du moniteur", "text", ["person"], ["moniteur"])),
  es=dict(
    rec=("Clase", "clase", "clases", ["clase de esquí", "lección", "lesson"], "f"),
    rf=[f("fecha", "date", ["datetime"], ["fecha de la clase"]), f("nivel", "text", ["choice"], ["nivel de esquí"]), f("número de alumnos", "integer", [], ["alumnos", "tamaño del grupo"])],
    tgt=("Monitor", "monitor", "monitores", ["profesor", "instructor"], "m"),
    td=[f("teléfono", "phone", ["text"], ["móvil", "tel"]), f("número de licencia", "text", [], ["licencia", "nº de licencia"]), f("idiomas", "text", ["long_text", "choice"], ["idiomas que habla", "lenguas"])],
    which="qué monitor la da", doer=f("monitor", "person", ["text", "reference"], ["monitora", "profesor"]), label=f("nombre del monitor", "text", ["person"], ["monitor"])),
  de=dict(
    rec=("Skikurs", "Skikurs", "Skikurse", ["Kurs", "Unterricht", "lesson"], "m"),
    rf=[f("Datum", "date", ["datetime"], ["Kursdatum"]), f("Niveau", "text", ["choice"], ["Stufe", "Könnerstufe"]), f("Teilnehmerzahl", "integer", [], ["Teilnehmer", "Gruppengröße"])],
    tgt=("Skilehrer", "Skilehrer", "Skilehrer", ["Lehrer", "Trainer", "instructor"], "m"),
    td=[f("Telefon", "phone", ["text"], ["Handy", "Telefonnummer"]), f("Lizenznummer", "text", [], ["Lizenz", "Lizenz-Nr."]), f("Sprachen", "text", ["long_text", "choice"], ["Fremdsprachen"])],
    which="welcher Skilehrer ihn gibt", doer=f("Skilehrer", "person", ["text", "reference"], ["Skilehrerin", "Lehrer"]), label=f("Name des Skilehrers", "text", ["person"], ["Skilehrer"]))))

D.append(dict(key="animal", en=dict(
    rec=("Vaccination", "vaccination", "vaccinations", ["vaccine", "jab", "shot"], None),
    rf=[f("date", "date", ["datetime"], ["vaccination date"]), f("vaccine", "text", ["choice"], ["product", "vaccine name"]), f("batch number", "text", [], ["lot number", "batch"])],
    tgt=("Animal", "animal", "animals", ["pet", "patient"], None),
    td=[f("name", "text", [], ["pet name"]), f("species", "text", ["choice"], ["kind of animal"]), f("date of birth", "date", [], ["birth date", "dob"])],
    which="which animal got it", doer=f("vet", "person", ["text"], ["veterinarian", "given by"]), label=f("animal name", "text", [], ["animal", "pet name"])),
  fr=dict(
    rec=("Vaccination", "vaccination", "vaccinations", ["vaccin", "rappel"], "f"),
    rf=[f("date", "date", ["datetime"], ["date de vaccination"]), f("vaccin", "text", ["choice"], ["produit", "nom du vaccin"]), f("numéro de lot", "text", [], ["lot", "n° de lot"])],
    tgt=("Animal", "animal", "animaux", ["patient", "bête", "pet"], "m"),
    td=[f("nom", "text", [], ["nom de l'animal"]), f("espèce", "text", ["choice"], ["type d'animal"]), f("date de naissance", "date", [], ["naissance"])],
    which="quel animal l'a reçue", doer=f("vétérinaire", "person", ["text"], ["véto", "fait par"]), label=f("nom de l'animal", "text", [], ["animal"])),
  es=dict(
    rec=("Vacuna", "vacuna", "vacunas", ["vacunación"], "f"),
    rf=[f("fecha", "date", ["datetime"], ["fecha de vacunación"]), f("producto", "text", ["choice"], ["vacuna", "nombre de la vacuna"]), f("número de lote", "text", [], ["lote", "nº de lote"])],
    tgt=("Mascota", "mascota", "mascotas", ["animal", "paciente", "pet"], "f"),
    td=[f("nombre", "text", [], ["nombre de la mascota"]), f("especie", "text", ["choice"], ["tipo de animal"]), f("fecha de nacimiento", "date", [], ["nacimiento"])],
    which="qué mascota la recibió", doer=f("veterinario", "person", ["text"], ["veterinaria", "puesta por"]), label=f("nombre de la mascota", "text", [], ["mascota"])),
  de=dict(
    rec=("Impfung", "Impfung", "Impfungen", ["Impfeintrag", "vaccination"], "f"),
    rf=[f("Datum", "date", ["datetime"], ["Impfdatum"]), f("Impfstoff", "text", ["choice"], ["Präparat", "Vakzin"]), f("Chargennummer", "text", [], ["Charge", "Ch.-B."])],
    tgt=("Tier", "Tier", "Tiere", ["Patient", "Haustier", "animal"], "n"),
    td=[f("Name", "text", [], ["Tiername"]), f("Tierart", "text", ["choice"], ["Art"]), f("Geburtsdatum", "date", [], ["geboren am"])],
    which="welches Tier sie bekommen hat", doer=f("Tierarzt", "person", ["text"], ["Tierärztin", "geimpft von"]), label=f("Tiername", "text", [], ["Tier", "Name des Tieres"]))))

D.append(dict(key="customer", en=dict(
    rec=("Print job", "print job", "print jobs", ["job", "order", "print order"], None),
    rf=[f("quantity", "integer", ["decimal"], ["copies", "qty"]), f("paper type", "text", ["choice"], ["paper", "stock"]), f("due date", "date", ["datetime"], ["deadline", "delivery date"])],
    tgt=("Customer", "customer", "customers", ["client"], None),
    td=[f("company", "text", [], ["company name", "name"]), f("contact name", "text", ["person"], ["contact", "contact person"]), f("email", "email", ["text"], ["e-mail", "email address"])],
    which="which customer ordered it", doer=f("operator", "person", ["text"], ["machine operator", "printed by", "printer"]), label=f("customer name", "text", [], ["customer", "client name"])),
  fr=dict(
    rec=("Commande", "commande", "commandes", ["commande d'impression", "travail d'impression", "job"], "f"),
    rf=[f("quantité", "integer", ["decimal"], ["exemplaires", "tirage"]), f("type de papier", "text", ["choice"], ["papier"]), f("date de livraison", "date", ["datetime"], ["échéance", "date limite"])],
    tgt=("Client", "client", "clients", ["customer"], "m"),
    td=[f("société", "text", [], ["raison sociale", "nom"]), f("nom du contact", "text", ["person"], ["contact", "interlocuteur"]), f("e-mail", "email", ["text"], ["email", "courriel", "mail"])],
    which="quel client l'a passée", doer=f("opérateur", "person", ["text"], ["conducteur", "imprimé par"]), label=f("nom du client", "text", [], ["client"])),
  es=dict(
    rec=("Encargo", "encargo", "encargos", ["pedido", "trabajo", "print job"], "m"),
    rf=[f("cantidad", "integer", ["decimal"], ["copias", "tirada"]), f("tipo de papel", "text", ["choice"], ["papel"]), f("fecha de entrega", "date", ["datetime"], ["plazo", "fecha límite"])],
    tgt=("Cliente", "cliente", "clientes", ["customer"], "m"),
    td=[f("empresa", "text", [], ["razón social", "nombre"]), f("persona de contacto", "text", ["person"], ["contacto"]), f("correo electrónico", "email", ["text"], ["correo", "email", "e-mail"])],
    which="qué cliente lo pidió", doer=f("operario", "person", ["text"], ["maquinista", "impreso por"]), label=f("nombre del cliente", "text", [], ["cliente"])),
  de=dict(
    rec=("Druckauftrag", "Druckauftrag", "Druckaufträge", ["Auftrag", "print job"], "m"),
    rf=[f("Auflage", "integer", ["decimal"], ["Stückzahl", "Menge"]), f("Papiersorte", "text", ["choice"], ["Papier"]), f("Liefertermin", "date", ["datetime"], ["Termin", "Frist"])],
    tgt=("Kunde", "Kunde", "Kunden", ["Auftraggeber", "customer"], "m", "Kunden"),
    td=[f("Firma", "text", [], ["Firmenname", "Name"]), f("Ansprechpartner", "text", ["person"], ["Kontakt", "Kontaktperson"]), f("E-Mail", "email", ["text"], ["Mail", "E-Mail-Adresse"])],
    which="welcher Kunde ihn bestellt hat", doer=f("Drucker", "person", ["text"], ["Maschinenführer", "Bediener", "gedruckt von"]), label=f("Kundenname", "text", [], ["Kunde"]))))

D.append(dict(key="book", en=dict(
    rec=("Loan", "loan", "loans", ["checkout", "borrowing", "book loan"], None),
    rf=[f("pupil", "person", ["text"], ["borrower", "student"]), f("loan date", "date", ["datetime"], ["date borrowed", "date"]), f("due date", "date", ["datetime"], ["return date", "due back"])],
    tgt=("Book", "book", "books", ["title", "item"], None),
    td=[f("title", "text", [], ["book title", "name"]), f("author", "text", ["person"], ["writer"]), f("ISBN", "text", [], ["isbn number"])],
    which="which book was borrowed", doer=f("librarian", "person", ["text"], ["issued by", "staff"]), label=f("book title", "text", [], ["book", "title"])),
  fr=dict(
    rec=("Prêt", "prêt", "prêts", ["emprunt", "loan"], "m"),
    rf=[f("élève", "person", ["text"], ["emprunteur"]), f("date de prêt", "date", ["datetime"], ["date d'emprunt", "date"]), f("date de retour", "date", ["datetime"], ["retour prévu", "à rendre le"])],
    tgt=("Livre", "livre", "livres", ["ouvrage", "book"], "m"),
    td=[f("titre", "text", [], ["nom"]), f("auteur", "text", ["person"], ["écrivain"]), f("ISBN", "text", [], ["numéro ISBN"])],
    which="quel livre a été emprunté", doer=f("bibliothécaire", "person", ["text"], ["documentaliste", "prêté par"]), label=f("titre du livre", "text", [], ["livre", "titre"])),
  es=dict(
    rec=("Préstamo", "préstamo", "préstamos", ["loan"], "m"),
    rf=[f("alumno", "person", ["text"], ["prestatario", "estudiante"]), f("fecha de préstamo", "date", ["datetime"], ["fecha"]), f("fecha de devolución", "date", ["datetime"], ["devolución", "devolver antes de"])],
    tgt=("Libro", "libro", "libros", ["ejemplar", "book"], "m"),
    td=[f("título", "text", [], ["nombre"]), f("autor", "text", ["person"], ["escritor"]), f("ISBN", "text", [], ["número ISBN"])],
    which="qué libro se prestó", doer=f("bibliotecario", "person", ["text"], ["bibliotecaria", "prestado por"]), label=f("título del libro", "text", [], ["libro", "título"])),
  de=dict(
    rec=("Ausleihe", "Ausleihe", "Ausleihen", ["Entleihe", "Verleih", "loan"], "f"),
    rf=[f("Schüler", "person", ["text"], ["Ausleiher", "Entleiher"]), f("Ausleihdatum", "date", ["datetime"], ["Datum", "ausgeliehen am"]), f("Rückgabedatum", "date", ["datetime"], ["Rückgabe", "fällig am"])],
    tgt=("Buch", "Buch", "Bücher", ["Titel", "Exemplar", "book"], "n"),
    td=[f("Titel", "text", [], ["Buchtitel", "Name"]), f("Autor", "text", ["person"], ["Verfasser"]), f("ISBN", "text", [], ["ISBN-Nummer"])],
    which="welches Buch ausgeliehen wurde", doer=f("Bibliothekar", "person", ["text"], ["Bibliothekarin", "ausgegeben von"]), label=f("Buchtitel", "text", [], ["Buch", "Titel"]))))

AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}

def join(items, lang):
    items = list(items)
    if len(items) == 1:
        return items[0]
    conj = AND[lang]
    if lang == "es" and items[-1][:1].lower() in "ií" and not items[-1].lower().startswith(("hie", "hia")):
        conj = "e"
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]

def cap(s):
    return s[:1].upper() + s[1:]

VOW = "aeiouhâàéèêíóúAEIOUHÂÉÈÍÓÚ"

# --- articles -------------------------------------------------------------------------------------------------
def en_a(n): return ("an " if n[:1].lower() in "aeiou" else "a ") + n
def fr_le(n, g): return "l'" + n if n[:1] in VOW else ("le " if g == "m" else "la ") + n
def fr_un(n, g): return ("un " if g == "m" else "une ") + n
def fr_du(n, g): return "de l'" + n if n[:1] in VOW else ("du " if g == "m" else "de la ") + n
def fr_ee(g): return "" if g == "m" else "e"
def es_el(n, g): return ("el " if g == "m" else "la ") + n
def es_un(n, g): return ("un " if g == "m" else "una ") + n
def es_del(n, g): return ("del " if g == "m" else "de la ") + n
def es_los(n, g): return ("los " if g == "m" else "las ") + n
DE = {"m": dict(nom="der", acc="den", dat="dem", ein="ein", einen="einen", einem="einem", jeder="jeder", zu="zum", von="vom"),
      "f": dict(nom="die", acc="die", dat="der", ein="eine", einen="eine", einem="einer", jeder="jede", zu="zur", von="von der"),
      "n": dict(nom="das", acc="das", dat="dem", ein="ein", einen="ein", einem="einem", jeder="jedes", zu="zum", von="vom")}
def obl(t): return t[5] if len(t) > 5 else t[1]

# --- constructions ---------------------------------------------------------------------------------------------
def which_paren(v, L):
    rs, rf, td = v["rec"][1], [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    g = v["rec"][4]
    if L == "en": return f"For each {rs} we note the {join(rf, L)}, and {v['which']} ({', '.join(td)})."
    if L == "fr": return f"Pour chaque {rs}, on note {join(rf, L)}, et {v['which']} ({', '.join(td)})."
    if L == "es": return f"Para cada {rs} anotamos {join(rf, L)}, y {v['which']} ({', '.join(td)})."
    return f"Zu {'jeder' if g == 'f' else 'jedem'} {rs} notieren wir {join(rf, L)} und {v['which']} ({', '.join(td)})."

def belongs_next(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"Each {r[1]} belongs to {en_a(t[1])}. For the {r[1]} we record {join(rf, L)}; for the {t[1]}, {join(td, L)}."
    if L == "fr": return f"Chaque {r[1]} concerne {fr_un(t[1], t[4])}. Pour {fr_le(r[1], r[4])} on enregistre {join(rf, L)} ; pour {fr_le(t[1], t[4])}, {join(td, L)}."
    if L == "es": return f"Cada {r[1]} es de {es_un(t[1], t[4])}. {cap(es_del(r[1], r[4]).replace('del ', 'Del ', 1)) if False else 'De ' + es_el(r[1], r[4]) if r[4] == 'f' else 'Del ' + r[1]} registramos {join(rf, L)}; {es_del(t[1], t[4])}, {join(td, L)}."
    a, b = DE[r[4]], DE[t[4]]
    return f"{cap(a['jeder'])} {r[1]} gehört zu {b['einem']} {obl(t)}. {cap(a['zu'])} {r[1]} erfassen wir {join(rf, L)}, {b['zu']} {obl(t)} {join(td, L)}."

def before_per(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"We look after several {t[2]}, each with its {join(td, L)}. Per {t[1]} we log the {r[2]}: {join(rf, L)}."
    if L == "fr": return f"Nous avons plusieurs {t[2]}, avec pour chacun{fr_ee(t[4])} {join(td, L)}. Par {t[1]}, on suit les {r[2]} : {join(rf, L)}."
    if L == "es": return f"Tenemos {'varios' if t[4] == 'm' else 'varias'} {t[2]}, {'cada uno' if t[4] == 'm' else 'cada una'} con {join(td, L)}. Por {t[1]} registramos {es_los(r[2], r[4])}: {join(rf, L)}."
    return f"Wir betreuen mehrere {t[2]}, jeweils mit {join(td, L)}. Pro {t[1]} erfassen wir die {r[2]}: {join(rf, L)}."

def assigned(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"Every {r[1]} is assigned to {en_a(t[1])}. {cap(en_a(r[1]))} has {join(rf, L)}. {cap(en_a(t[1]))} has {join(td, L)}."
    if L == "fr": return f"Chaque {r[1]} est affecté{fr_ee(r[4])} à {fr_un(t[1], t[4])}. {cap(fr_un(r[1], r[4]))} a {join(rf, L)}. {cap(fr_un(t[1], t[4]))} a {join(td, L)}."
    if L == "es": return f"Cada {r[1]} se asigna a {es_un(t[1], t[4])}. {cap(es_un(r[1], r[4]))} tiene {join(rf, L)}. {cap(es_un(t[1], t[4]))} tiene {join(td, L)}."
    a, b = DE[r[4]], DE[t[4]]
    return f"{cap(a['jeder'])} {r[1]} wird {b['einem']} {obl(t)} zugeordnet. {cap(a['ein'])} {r[1]} hat {join(rf, L)}. {cap(b['ein'])} {t[1]} hat {join(td, L)}."

def possessive(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"We log {r[2]} with {join(rf, L)} and the {t[1]}. We also need the {t[1]}'s {join(td, L)}."
    if L == "fr": return f"On enregistre les {r[2]} avec {join(rf, L)} et {fr_le(t[1], t[4])}. Il nous faut aussi {join(td, L)} {fr_du(t[1], t[4])}."
    if L == "es": return f"Registramos {es_los(r[2], r[4])} con {join(rf, L)} y {es_el(t[1], t[4])}. También necesitamos {join(td, L)} {es_del(t[1], t[4])}."
    b = DE[t[4]]
    return f"Wir erfassen die {r[2]} mit {join(rf, L)} und {b['acc']} {obl(t)}. {cap(b['von'])} {obl(t)} brauchen wir außerdem {join(td, L)}."

def for_a(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"Hi all,\nwe want to track our {r[2]}. Each one is done for {en_a(t[1])} ({', '.join(td)}) and has {join(rf, L)}.\nThanks!"
    if L == "fr": return f"Bonjour,\nnous voulons suivre nos {r[2]}. Chaque {r[1]} est fait{fr_ee(r[4])} pour {fr_un(t[1], t[4])} ({', '.join(td)}) et comporte {join(rf, L)}.\nMerci !"
    if L == "es": return f"Hola:\nqueremos llevar el control de {'nuestros' if r[4] == 'm' else 'nuestras'} {r[2]}. Cada {r[1]} se hace para {es_un(t[1], t[4])} ({', '.join(td)}) y tiene {join(rf, L)}.\n¡Gracias!"
    a, b = DE[r[4]], DE[t[4]]
    return f"Hallo zusammen,\nwir wollen unsere {r[2]} erfassen. {cap(a['jeder'])} {r[1]} ist für {b['einen']} {obl(t)} ({', '.join(td)}) und hat {join(rf, L)}.\nDanke!"

def doer(v, L):
    rs, rf, g = v["rec"][1], [s for s, _ in v["rf"]], v["rec"][4]
    d = v["doer"][0]
    if L == "en": return f"For each {rs} we note the {join(rf, L)}, and the {d}."
    if L == "fr": return f"Pour chaque {rs}, on note {join(rf, L)}, et {fr_le(d, 'm')}."
    if L == "es": return f"Para cada {rs} anotamos {join(rf, L)}, y {es_el(d, 'm')}."
    return f"Zu {'jeder' if g == 'f' else 'jedem'} {rs} notieren wir {join(rf, L)} und den {d}."

def label(v, L):
    r, rf = v["rec"], [s for s, _ in v["rf"]]
    lb = v["label"][0]
    if L == "en": return f"We log {r[2]} with {join(rf + ['the ' + lb], L)}."
    if L == "fr": return f"On enregistre les {r[2]} avec {join(rf, L)} et le {lb}."
    if L == "es": return f"Registramos {es_los(r[2], r[4])} con {join(rf, L)} y el {lb}."
    return f"Wir erfassen die {r[2]} mit {join(rf + [lb], L)}."

def before_belongs(v, L):
    r, t = v["rec"], v["tgt"]
    rf, td = [s for s, _ in v["rf"]], [s for s, _ in v["td"]]
    if L == "en": return f"Our {t[2]} each have {join(td, L)}. Each {r[1]} has {join(rf, L)} and the {t[1]} it belongs to."
    if L == "fr":
        rel = "auquel" if t[4] == "m" else "à laquelle"
        return f"Nos {t[2]} ont chacun{fr_ee(t[4])} {join(td, L)}. Chaque {r[1]} a {join(rf, L)} et {fr_le(t[1], t[4])} {rel} {'il' if r[4] == 'm' else 'elle'} se rattache."
    if L == "es":
        rel = "al que" if t[4] == "m" else "a la que"
        return f"{'Nuestros' if t[4] == 'm' else 'Nuestras'} {t[2]} tienen {'cada uno' if t[4] == 'm' else 'cada una'} {join(td, L)}. Cada {r[1]} tiene {join(rf, L)} y {es_el(t[1], t[4])} {rel} pertenece."
    a, b = DE[r[4]], DE[t[4]]
    pro = {"m": "er", "f": "sie", "n": "es"}[r[4]]
    return f"Unsere {t[2]} haben jeweils {join(td, L)}. {cap(a['jeder'])} {r[1]} hat {join(rf, L)} und {b['acc']} {obl(t)}, zu {b['dat']} {pro} gehört."

KIND = ["which_paren", "belongs_next", "before_per", "assigned", "possessive", "for_a", "before_belongs"]
CONTRAST = ["doer", "label"]
FUN = dict(before_belongs=before_belongs, which_paren=which_paren, belongs_next=belongs_next, before_per=before_per, assigned=assigned,
           possessive=possessive, for_a=for_a, doer=doer, label=label)

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

POLITE = {"en": "Could you set up a small app for us? ", "fr": "Pourriez-vous nous monter une petite appli ? ",
          "es": "¿Nos podéis preparar una pequeña app? ", "de": "Könnt ihr uns eine kleine App bauen? "}

def register(text, L, k, cons):
    if cons == "for_a":
        return text
    if k % 4 == 1:
        return text.lower() if L == "de" else strip_acc(text.lower())
    if k % 4 == 2:
        return POLITE[L] + text
    return text

def gold(v, L, cons):
    rk, _, _, ral, _ = v["rec"][:5]
    tk, ts, tp, tal = v["tgt"][:4]
    rfields = [x for _, x in v["rf"]]
    if cons in ("doer", "label"):
        return [{"name": rk, "aliases": ral, "fields": rfields + [v[cons][1], NOTES[L]]}], []
    ref = F(ts, "reference", [tp] + tal, [], target=tk)
    tfields = [x for _, x in v["td"]]
    names = {x["name"].lower() for x in tfields} | {a.lower() for x in tfields for a in x["aliases"]}
    if not (NAMEWORDS & names):
        nm = dict(NAME[L]); nm["optional"] = True
        tfields = [nm] + tfields
    ents = [{"name": rk, "aliases": ral, "fields": rfields + [ref, NOTES[L]]},
            {"name": tk, "aliases": tal, "fields": tfields}]
    return ents, [{"from": rk, "to": tk}]

rows = []
k = 0
for L in ("en", "fr", "es", "de"):
    for ci, cons in enumerate(KIND + CONTRAST):
        for di, dom in enumerate(D):
            k = ci + di
            v = dom[L]
            ents, rels = gold(v, L, cons)
            rows.append({"id": f"l-{L}-{cons}-{dom['key']}", "lang": L, "prompt": register(FUN[cons](v, L), L, k, cons),
                         "entities": ents, "relations": rels, "notes": f"construction={cons}"})
for r in rows:
    print(json.dumps(r, ensure_ascii=False))

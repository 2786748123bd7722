#!/usr/bin/env python3
"""Session 24 generator (helper w): which kind a field belongs to, in requests that name two or three kinds.

Written from the four languages and from office work, not from any benchmark case.  Each domain has three kinds
(a party, a thing or place, a record about them, or a header and its lines) whose details are chosen so that each
one belongs to its kind by what it *means* (a licence plate and a mileage are a vehicle's, a date of birth and a
phone a person's, a serial number and a purchase date an asset's, a capacity and a floor a room's, a quantity and a
unit price a line's, an order date and a total a header's, a dosage a medication's, a breed and a species an
animal's).  Each row names two or three of the kinds and says their details in one construction:

  per_kind       "For each driver: a, b. For each vehicle: c, d."            (owner said by a heading)
  brackets       "drivers (a, b) and vehicles (c, d)"                         (owner said by a bracket)
  prose_has      "For drivers we keep a and b, for vehicles c and d."         (owner said in prose)
  owner_phrase   "the driver's a and b, and the vehicle's c and d"            (owner said after / before the list)
  owner_label    "driver a, driver b, vehicle c" / "Fahrerc", "c du véhicule" (owner said inside each label)
  mixed_list     "our drivers and vehicles: a, b, c, d"                       (owner said by meaning only)
  mixed_bullets  heading naming the kinds, then one bullet per detail         (meaning only)
  email_mixed    greeting, the kinds named, the details in wrapped prose      (meaning only)
  columns        "a spreadsheet with columns a | b | c | d"                  (meaning only)

The record's own details stay on it (a trip's km driven beside the vehicle's mileage, a booking's number of
attendees beside the room's capacity, a loan's loan date beside the laptop's purchase date): contrast inside rows.
Gold: each kind with its details, a reference on the child and a relation for each link of the domain among the
kinds named.  Notes carry cons=, kinds=, dom=, order= (grouped / interleaved).

  python3 make.py            # writes draft.jsonl beside this file
Standard library only; deterministic.
"""
import json, os, random, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2424)
LANGS = ("en", "fr", "es", "de")


def F(en, fr, es, de, typ, alt=(), al=(), de_comp=None, en_short=None):
    """A detail: its label per language, type, other accepted types, extra aliases; de_comp: the German compound
    with the owner ("Fahrzeugkennzeichen"); en_short: the English label after an owner noun ("plate")."""
    return dict(en=en, fr=fr, es=es, de=de, type=typ, alt=list(alt), al=list(al), de_comp=de_comp, en_short=en_short)


def K(key, en, fr, es, de, al, fields, parents=()):
    """A kind: en (sg, pl); fr (sg, pl, gender m/f); es (sg, pl, gender); de (sg, pl, gender, genitive sg phrase,
    dative pl); al: aliases; parents: keys of kinds it points to."""
    return dict(key=key, en=en, fr=fr, es=es, de=de, al=list(al), fields=fields, parents=list(parents))


DOMAINS = [
    dict(name="fleet", kinds=[
        K("driver", ("driver", "drivers"), ("chauffeur", "chauffeurs", "m"), ("conductor", "conductores", "m"),
          ("Fahrer", "Fahrer", "m", "des Fahrers", "Fahrern"), ["chauffeur", "conductor", "Fahrer", "employee"],
          [F("full name", "nom complet", "nombre completo", "vollständiger Name", "text", (), ["name", "nom", "nombre", "Name"], "Fahrername", "name"),
           F("mobile number", "numéro de portable", "número de móvil", "Handynummer", "phone", ("text",), ["phone", "mobile", "portable", "téléphone", "teléfono", "móvil", "Handy", "Telefon"], "Fahrerhandynummer", "mobile"),
           F("date of birth", "date de naissance", "fecha de nacimiento", "Geburtsdatum", "date", (), ["birth date", "dob", "naissance", "nacimiento"], "Fahrergeburtsdatum", "date of birth")]),
        K("vehicle", ("vehicle", "vehicles"), ("véhicule", "véhicules", "m"), ("vehículo", "vehículos", "m"),
          ("Fahrzeug", "Fahrzeuge", "n", "des Fahrzeugs", "Fahrzeugen"), ["van", "car", "truck", "Fahrzeug", "véhicule", "vehículo", "camionnette", "furgoneta"],
          [F("licence plate", "immatriculation", "matrícula", "Kennzeichen", "text", (), ["plate", "registration", "plaque", "numéro d'immatriculation", "placa", "Nummernschild", "license plate"], "Fahrzeugkennzeichen", "plate"),
           F("model", "modèle", "modelo", "Modell", "text", (), ["make and model", "type", "Typ"], "Fahrzeugmodell", "model"),
           F("mileage", "kilométrage", "kilometraje", "Kilometerstand", "integer", ("decimal",), ["odometer", "km", "compteur", "kilómetros", "km-Stand"], "Fahrzeugkilometerstand", "mileage")]),
        K("trip", ("trip", "trips"), ("trajet", "trajets", "m"), ("viaje", "viajes", "m"),
          ("Fahrt", "Fahrten", "f", "der Fahrt", "Fahrten"), ["journey", "run", "tournée", "déplacement", "ruta", "Tour", "Fahrtenbuch"],
          [F("trip date", "date du trajet", "fecha del viaje", "Fahrtdatum", "date", ("datetime",), ["date", "fecha", "Datum"]),
           F("destination", "destination", "destino", "Ziel", "text", (), ["to", "where", "Zielort", "lieu"]),
           F("km driven", "km parcourus", "km recorridos", "gefahrene km", "integer", ("decimal",), ["distance", "kilometres", "kilómetros", "Kilometer", "Strecke"])],
          parents=["driver", "vehicle"]),
    ]),
    dict(name="kennel", kinds=[
        K("owner", ("owner", "owners"), ("propriétaire", "propriétaires", "m"), ("dueño", "dueños", "m"),
          ("Besitzer", "Besitzer", "m", "des Besitzers", "Besitzern"), ["client", "customer", "pet owner", "maître", "propietario", "cliente", "Halter", "Kunde"],
          [F("full name", "nom complet", "nombre completo", "vollständiger Name", "text", (), ["name", "nom", "nombre", "Name"], "Besitzername", "name"),
           F("email", "e-mail", "correo electrónico", "E-Mail", "email", (), ["mail", "courriel", "correo", "email address", "Mail"], "Besitzer-E-Mail", "email"),
           F("home address", "adresse postale", "dirección postal", "Wohnadresse", "text", ("long_text",), ["address", "adresse", "dirección", "Adresse", "Anschrift"], "Besitzeradresse", "address")]),
        K("pet", ("pet", "pets"), ("animal", "animaux", "m"), ("mascota", "mascotas", "f"),
          ("Tier", "Tiere", "n", "des Tiers", "Tieren"), ["animal", "dog", "chien", "perro", "Hund", "Haustier"],
          [F("species", "espèce", "especie", "Tierart", "text", ("choice",), ["type of animal", "animal type", "type", "Art"], "Tierart", "species"),
           F("breed", "race", "raza", "Rasse", "text", ("choice",), ["race", "raza"], "Tierrasse", "breed"),
           F("weight in kg", "poids en kg", "peso en kg", "Gewicht in kg", "decimal", ("integer",), ["weight", "poids", "peso", "Gewicht"], "Tiergewicht", "weight")],
          parents=["owner"]),
        K("stay", ("stay", "stays"), ("séjour", "séjours", "m"), ("estancia", "estancias", "f"),
          ("Aufenthalt", "Aufenthalte", "m", "des Aufenthalts", "Aufenthalten"), ["boarding", "booking", "pension", "reserva", "Buchung", "Unterbringung"],
          [F("arrival date", "date d'arrivée", "fecha de llegada", "Ankunftsdatum", "date", ("datetime",), ["arrival", "check-in", "arrivée", "llegada", "Ankunft", "from"]),
           F("departure date", "date de départ", "fecha de salida", "Abreisedatum", "date", ("datetime",), ["departure", "check-out", "départ", "salida", "Abholung", "Abreise", "until"]),
           F("price per night", "prix par nuit", "precio por noche", "Preis pro Nacht", "money", ("decimal",), ["nightly rate", "rate", "tarif", "tarifa", "Tagessatz", "price"])],
          parents=["pet"]),
    ]),
    dict(name="venue", kinds=[
        K("client", ("client", "clients"), ("client", "clients", "m"), ("cliente", "clientes", "m"),
          ("Kunde", "Kunden", "m", "des Kunden", "Kunden"), ["customer", "company", "organiser", "société", "empresa", "Firma", "Auftraggeber"],
          [F("company name", "raison sociale", "razón social", "Firmenname", "text", (), ["company", "name", "société", "empresa", "nombre", "Firma", "Name", "nom de la société"], "Kundenfirma", "company"),
           F("contact email", "e-mail de contact", "correo de contacto", "Kontakt-E-Mail", "email", (), ["email", "e-mail", "mail", "correo", "courriel", "E-Mail"], "Kunden-E-Mail", "email"),
           F("phone number", "téléphone", "teléfono", "Telefonnummer", "phone", ("text",), ["phone", "tel", "Telefon", "teléfono"], "Kundentelefon", "phone")]),
        K("room", ("meeting room", "meeting rooms"), ("salle", "salles", "f"), ("sala", "salas", "f"),
          ("Raum", "Räume", "m", "des Raums", "Räumen"), ["room", "space", "salle de réunion", "sala de reuniones", "Saal", "Tagungsraum", "Besprechungsraum"],
          [F("room number", "numéro de salle", "número de sala", "Raumnummer", "text", ("integer",), ["number", "room", "name", "numéro", "número", "Nummer", "Raum"], "Raumnummer", "number"),
           F("capacity", "capacité", "capacidad", "Kapazität", "integer", (), ["seats", "max people", "places", "aforo", "plazas", "Plätze", "Sitzplätze"], "Raumkapazität", "capacity"),
           F("floor", "étage", "planta", "Stockwerk", "integer", ("text",), ["level", "storey", "niveau", "piso", "Etage", "Geschoss"], "Raumetage", "floor")]),
        K("booking", ("booking", "bookings"), ("réservation", "réservations", "f"), ("reserva", "reservas", "f"),
          ("Buchung", "Buchungen", "f", "der Buchung", "Buchungen"), ["reservation", "event", "réservation", "reservación", "Reservierung"],
          [F("event date", "date de l'événement", "fecha del evento", "Veranstaltungsdatum", "date", ("datetime",), ["date", "booking date", "day", "fecha", "Datum"]),
           F("start time", "heure de début", "hora de inicio", "Beginn", "text", ("datetime",), ["from", "start", "début", "inicio", "Startzeit", "Uhrzeit"]),
           F("number of attendees", "nombre de participants", "número de asistentes", "Teilnehmerzahl", "integer", (), ["attendees", "headcount", "participants", "asistentes", "Teilnehmer", "Personen"])],
          parents=["client", "room"]),
    ]),
    dict(name="wholesale", kinds=[
        K("customer", ("customer", "customers"), ("client", "clients", "m"), ("cliente", "clientes", "m"),
          ("Kunde", "Kunden", "m", "des Kunden", "Kunden"), ["client", "buyer", "shop", "acheteur", "comprador", "Käufer", "Händler"],
          [F("shop name", "nom du magasin", "nombre de la tienda", "Geschäftsname", "text", (), ["name", "company", "nom", "nombre", "Name", "Firma", "store"], "Kundenname", "name"),
           F("VAT number", "numéro de TVA", "NIF", "USt-IdNr.", "text", (), ["vat", "tax id", "TVA", "CIF", "Umsatzsteuer-ID", "USt-ID", "Steuernummer"], "Kunden-USt-IdNr.", "VAT number"),
           F("billing address", "adresse de facturation", "dirección de facturación", "Rechnungsadresse", "text", ("long_text",), ["address", "adresse", "dirección", "Adresse", "Anschrift"], "Kundenrechnungsadresse", "billing address")]),
        K("order", ("order", "orders"), ("commande", "commandes", "f"), ("pedido", "pedidos", "m"),
          ("Bestellung", "Bestellungen", "f", "der Bestellung", "Bestellungen"), ["purchase order", "sales order", "bon de commande", "encargo", "Auftrag"],
          [F("order date", "date de commande", "fecha del pedido", "Bestelldatum", "date", ("datetime",), ["date", "ordered on", "fecha", "Datum"], "Bestelldatum", "date"),
           F("order total", "montant total", "importe total", "Gesamtbetrag", "money", ("decimal",), ["total", "amount", "total amount", "total", "Summe", "Betrag", "montant"], "Bestellsumme", "total"),
           F("delivery date", "date de livraison", "fecha de entrega", "Lieferdatum", "date", ("datetime",), ["delivery", "deliver by", "livraison", "entrega", "Lieferung", "Liefertermin"], "Bestelllieferdatum", "delivery date")],
          parents=["customer"]),
        K("line", ("order line", "order lines"), ("ligne de commande", "lignes de commande", "f"), ("línea de pedido", "líneas de pedido", "f"),
          ("Bestellposition", "Bestellpositionen", "f", "der Bestellposition", "Bestellpositionen"), ["line", "item", "line item", "ligne", "article", "línea", "artículo", "Position", "Posten"],
          [F("product", "produit", "producto", "Artikel", "text", ("reference",), ["item", "article", "artículo", "Produkt", "Ware"], "Positionsartikel", "product"),
           F("quantity", "quantité", "cantidad", "Menge", "integer", ("decimal",), ["qty", "amount", "nombre", "unidades", "Anzahl", "Stückzahl"], "Positionsmenge", "quantity"),
           F("unit price", "prix unitaire", "precio unitario", "Einzelpreis", "money", ("decimal",), ["price", "prix", "precio", "Preis", "Stückpreis"], "Positionseinzelpreis", "unit price")],
          parents=["order"]),
    ]),
    dict(name="itloans", kinds=[
        K("employee", ("employee", "employees"), ("salarié", "salariés", "m"), ("empleado", "empleados", "m"),
          ("Mitarbeiter", "Mitarbeiter", "m", "des Mitarbeiters", "Mitarbeitern"), ["staff member", "borrower", "user", "collaborateur", "employé", "trabajador", "Angestellter", "Beschäftigter"],
          [F("full name", "nom complet", "nombre completo", "vollständiger Name", "text", (), ["name", "nom", "nombre", "Name"], "Mitarbeitername", "name"),
           F("work email", "e-mail professionnel", "correo corporativo", "dienstliche E-Mail", "email", (), ["email", "e-mail", "mail", "correo", "E-Mail"], "Mitarbeiter-E-Mail", "email"),
           F("extension", "numéro de poste", "extensión", "Durchwahl", "phone", ("text",), ["phone", "phone extension", "poste", "téléphone", "teléfono", "Telefon", "Nebenstelle"], "Mitarbeiterdurchwahl", "extension")]),
        K("laptop", ("laptop", "laptops"), ("ordinateur portable", "ordinateurs portables", "m"), ("portátil", "portátiles", "m"),
          ("Laptop", "Laptops", "m", "des Laptops", "Laptops"), ["computer", "notebook", "device", "portable", "PC", "ordenador", "ordinateur", "Notebook", "Gerät", "Rechner"],
          [F("serial number", "numéro de série", "número de serie", "Seriennummer", "text", (), ["serial", "S/N", "série", "serie", "Serien-Nr."], "Laptopseriennummer", "serial number"),
           F("purchase date", "date d'achat", "fecha de compra", "Kaufdatum", "date", (), ["bought on", "date bought", "achat", "compra", "Anschaffungsdatum", "gekauft am"], "Laptopkaufdatum", "purchase date"),
           F("warranty end", "fin de garantie", "fin de garantía", "Garantieende", "date", (), ["warranty", "warranty until", "garantie", "garantía", "Garantie bis", "Garantie"], "Laptopgarantieende", "warranty end")]),
        K("loan", ("loan", "loans"), ("prêt", "prêts", "m"), ("préstamo", "préstamos", "m"),
          ("Ausleihe", "Ausleihen", "f", "der Ausleihe", "Ausleihen"), ["checkout", "lending", "emprunt", "prestamo", "Verleih", "Leihe"],
          [F("loan date", "date du prêt", "fecha del préstamo", "Ausleihdatum", "date", ("datetime",), ["date", "lent on", "borrowed on", "date de sortie", "fecha", "ausgeliehen am", "Datum"]),
           F("due back", "date de retour prévue", "fecha de devolución", "Rückgabedatum", "date", ("datetime",), ["due date", "return date", "retour", "devolución", "zurück bis", "Rückgabe"]),
           F("reason", "motif", "motivo", "Grund", "text", ("long_text",), ["purpose", "why", "raison", "Zweck"])],
          parents=["employee", "laptop"]),
    ]),
    dict(name="carehome", kinds=[
        K("resident", ("resident", "residents"), ("résident", "résidents", "m"), ("residente", "residentes", "m"),
          ("Bewohner", "Bewohner", "m", "des Bewohners", "Bewohnern"), ["patient", "résident", "pensionnaire", "residente", "usuario", "Bewohnerin"],
          [F("full name", "nom complet", "nombre completo", "vollständiger Name", "text", (), ["name", "nom", "nombre", "Name"], "Bewohnername", "name"),
           F("date of birth", "date de naissance", "fecha de nacimiento", "Geburtsdatum", "date", (), ["birth date", "dob", "naissance", "nacimiento"], "Bewohnergeburtsdatum", "date of birth"),
           F("emergency phone", "téléphone d'urgence", "teléfono de emergencia", "Notfallnummer", "phone", ("text",), ["phone", "emergency contact", "téléphone", "teléfono", "Telefon", "Notfalltelefon"], "Bewohnernotfallnummer", "emergency phone")],
          parents=["room"]),
        K("medication", ("medication", "medications"), ("médicament", "médicaments", "m"), ("medicamento", "medicamentos", "m"),
          ("Medikament", "Medikamente", "n", "des Medikaments", "Medikamenten"), ["medicine", "drug", "prescription", "traitement", "medicación", "Arznei", "Medikation"],
          [F("drug name", "nom du médicament", "nombre del medicamento", "Wirkstoff", "text", (), ["name", "medicine", "drug", "nom", "nombre", "Name", "Präparat"], "Medikamentenname", "name"),
           F("dosage", "posologie", "dosis", "Dosierung", "text", (), ["dose", "dosage", "dose", "dosificación", "Dosis"], "Medikamentendosierung", "dosage"),
           F("times per day", "prises par jour", "tomas al día", "Einnahmen pro Tag", "integer", ("text", "choice"), ["frequency", "fréquence", "frecuencia", "Häufigkeit", "pro Tag"], "Medikamenteneinnahmen pro Tag", "frequency")],
          parents=["resident"]),
        K("room", ("room", "rooms"), ("chambre", "chambres", "f"), ("habitación", "habitaciones", "f"),
          ("Zimmer", "Zimmer", "n", "des Zimmers", "Zimmern"), ["bedroom", "chambre", "habitación", "Zimmer"],
          [F("room number", "numéro de chambre", "número de habitación", "Zimmernummer", "text", ("integer",), ["number", "room", "numéro", "número", "Nummer"], "Zimmernummer", "number"),
           F("floor", "étage", "planta", "Stockwerk", "integer", ("text",), ["level", "niveau", "piso", "Etage"], "Zimmeretage", "floor"),
           F("number of beds", "nombre de lits", "número de camas", "Bettenzahl", "integer", (), ["beds", "capacity", "lits", "camas", "Betten", "Kapazität"], "Zimmerbettenzahl", "beds")]),
    ]),
    dict(name="lettings", kinds=[
        K("tenant", ("tenant", "tenants"), ("locataire", "locataires", "m"), ("inquilino", "inquilinos", "m"),
          ("Mieter", "Mieter", "m", "des Mieters", "Mietern"), ["renter", "occupant", "locataire", "arrendatario", "Mieterin"],
          [F("full name", "nom complet", "nombre completo", "vollständiger Name", "text", (), ["name", "nom", "nombre", "Name"], "Mietername", "name"),
           F("phone", "téléphone", "teléfono", "Telefon", "phone", ("text",), ["phone number", "tel", "numéro", "móvil", "Telefonnummer"], "Mietertelefon", "phone"),
           F("date of birth", "date de naissance", "fecha de nacimiento", "Geburtsdatum", "date", (), ["birth date", "dob", "naissance", "nacimiento"], "Mietergeburtsdatum", "date of birth")]),
        K("flat", ("flat", "flats"), ("logement", "logements", "m"), ("piso", "pisos", "m"),
          ("Wohnung", "Wohnungen", "f", "der Wohnung", "Wohnungen"), ["apartment", "property", "unit", "appartement", "bien", "vivienda", "inmueble", "Objekt", "Einheit"],
          [F("address", "adresse", "dirección", "Adresse", "text", ("long_text",), ["street address", "location", "adresse", "dirección", "Anschrift", "Lage"], "Wohnungsadresse", "address"),
           F("floor", "étage", "planta", "Stockwerk", "integer", ("text",), ["level", "niveau", "piso", "Etage"], "Wohnungsetage", "floor"),
           F("surface area in m²", "surface en m²", "superficie en m²", "Wohnfläche in m²", "decimal", ("integer",), ["area", "size", "m2", "surface", "superficie", "metros", "Fläche", "Wohnfläche"], "Wohnfläche", "area")]),
        K("lease", ("lease", "leases"), ("bail", "baux", "m"), ("contrato de alquiler", "contratos de alquiler", "m"),
          ("Mietvertrag", "Mietverträge", "m", "des Mietvertrags", "Mietverträgen"), ["tenancy", "contract", "rental agreement", "contrat", "contrat de location", "contrato", "alquiler", "Vertrag"],
          [F("start date", "date de début", "fecha de inicio", "Mietbeginn", "date", (), ["from", "starts", "début", "inicio", "Beginn", "Startdatum"]),
           F("monthly rent", "loyer mensuel", "renta mensual", "Monatsmiete", "money", ("decimal",), ["rent", "loyer", "renta", "alquiler", "Miete", "Kaltmiete"]),
           F("deposit", "dépôt de garantie", "fianza", "Kaution", "money", ("decimal",), ["security deposit", "caution", "depósito", "garantía", "Mietkaution"])],
          parents=["tenant", "flat"]),
    ]),
    dict(name="hire", kinds=[
        K("machine", ("machine", "machines"), ("machine", "machines", "f"), ("máquina", "máquinas", "f"),
          ("Maschine", "Maschinen", "f", "der Maschine", "Maschinen"), ["equipment", "tool", "plant", "engin", "matériel", "equipo", "maquinaria", "Gerät", "Baumaschine"],
          [F("serial number", "numéro de série", "número de serie", "Seriennummer", "text", (), ["serial", "S/N", "série", "serie", "Serien-Nr."], "Maschinenseriennummer", "serial number"),
           F("purchase date", "date d'achat", "fecha de compra", "Kaufdatum", "date", (), ["bought on", "achat", "compra", "Anschaffungsdatum"], "Maschinenkaufdatum", "purchase date"),
           F("engine hours", "heures moteur", "horas de motor", "Betriebsstunden", "integer", ("decimal",), ["hours", "hour meter", "heures", "horas", "Stunden", "Motorstunden"], "Maschinenbetriebsstunden", "engine hours")]),
        K("company", ("customer", "customers"), ("entreprise cliente", "entreprises clientes", "f"), ("empresa cliente", "empresas clientes", "f"),
          ("Kundenfirma", "Kundenfirmen", "f", "der Kundenfirma", "Kundenfirmen"), ["client", "company", "hirer", "client", "entreprise", "empresa", "cliente", "Kunde", "Firma", "Mieter"],
          [F("company name", "raison sociale", "razón social", "Firmenname", "text", (), ["name", "company", "nom", "entreprise", "nombre", "empresa", "Firma", "Name"], "Kundenfirmenname", "name"),
           F("site manager phone", "téléphone du chef de chantier", "teléfono del jefe de obra", "Telefon des Bauleiters", "phone", ("text",), ["phone", "contact phone", "téléphone", "teléfono", "Telefon"], "Bauleitertelefon", "phone"),
           F("VAT number", "numéro de TVA", "CIF", "USt-IdNr.", "text", (), ["vat", "tax id", "TVA", "NIF", "Umsatzsteuer-ID", "USt-ID", "Steuernummer"], "Kunden-USt-IdNr.", "VAT number")]),
        K("rental", ("rental", "rentals"), ("location", "locations", "f"), ("alquiler", "alquileres", "m"),
          ("Vermietung", "Vermietungen", "f", "der Vermietung", "Vermietungen"), ["hire", "booking", "rental agreement", "contrat", "arrendamiento", "Miete", "Verleih"],
          [F("hire start", "début de location", "inicio del alquiler", "Mietbeginn", "date", ("datetime",), ["start date", "from", "début", "inicio", "Beginn", "von"]),
           F("hire end", "fin de location", "fin del alquiler", "Mietende", "date", ("datetime",), ["end date", "until", "return date", "fin", "Ende", "bis", "Rückgabe"]),
           F("daily rate", "tarif journalier", "tarifa diaria", "Tagesmiete", "money", ("decimal",), ["price per day", "rate", "tarif", "tarifa", "precio", "Tagessatz", "Preis pro Tag"])],
          parents=["machine", "company"]),
    ]),
]

CONS = ["per_kind", "brackets", "prose_has", "owner_phrase", "owner_label", "mixed_list", "mixed_bullets", "email_mixed",
        "columns"]
ROWS_PER_CELL = 6


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss")


def join(items, lang):
    if len(items) == 1:
        return items[0]
    conj = {"en": "and", "fr": "et", "es": "y", "de": "und"}[lang]
    if lang == "es" and items[-1].lower().startswith(("i", "hi")) and not items[-1].lower().startswith(("hie", "hia")):
        conj = "e"
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def sg(k, lang):
    return k[lang][0]


def pl(k, lang):
    return k[lang][1]


def gender(k, lang):
    return k[lang][2]


def de_art_nom_sg(k):
    return {"m": "der", "f": "die", "n": "das"}[gender(k, "de")]


def fr_de_le(k):
    s = sg(k, "fr")
    if s[0].lower() in "aeéèêiouh":
        return "de l'" + s
    return ("du " if gender(k, "fr") == "m" else "de la ") + s


def es_de_el(k):
    return ("del " if gender(k, "es") == "m" else "de la ") + sg(k, "es")


def es_nuestros(k):
    return ("nuestros " if gender(k, "es") == "m" else "nuestras ") + pl(k, "es")


def es_los(k):
    return ("los " if gender(k, "es") == "m" else "las ") + pl(k, "es")


def fr_les(k):
    return "les " + pl(k, "fr")


def de_jede(k):
    return {"m": "jeden", "f": "jede", "n": "jedes"}[gender(k, "de")] + " " + sg(k, "de")


def kinds_phrase(ks, lang, own=True):
    if lang == "en":
        return join([("our " if own and i == 0 else "") + pl(k, "en") for i, k in enumerate(ks)], "en")
    if lang == "fr":
        return join([("nos " if own else "les ") + pl(k, "fr") for k in ks], "fr")
    if lang == "es":
        return join([es_nuestros(k) if own else es_los(k) for k in ks], "es")
    return join([("unsere " if own and i == 0 else "") + pl(k, "de") for i, k in enumerate(ks)], "de")


def lab(f, lang):
    return f[lang]


# ---------------------------------------------------------------- openings and closings
OPEN = {
    "en": ["We need a simple app to keep track of {K}.", "Could you set up something for {K}?", "Looking for a tool to manage {K}.",
           "We keep {K} in a spreadsheet and want a proper app.", "need an app for {K}", "Hi, we'd like one place for {K}."],
    "fr": ["Nous avons besoin d'une petite appli pour suivre {K}.", "Pourriez-vous nous monter un outil pour {K} ?",
           "On cherche un outil pour gérer {K}.", "On gère {K} dans un tableur et on voudrait une vraie appli.",
           "besoin d'une appli pour {K}", "Bonjour, on voudrait un seul endroit pour {K}."],
    "es": ["Necesitamos una aplicación sencilla para llevar el control de {K}.", "¿Podríais montarnos algo para {K}?",
           "Buscamos una herramienta para gestionar {K}.", "Llevamos {K} en una hoja de cálculo y queremos una aplicación de verdad.",
           "necesito una app para {K}", "Hola, queremos tener {K} en un solo sitio."],
    "de": ["Wir brauchen eine einfache App für {K}.", "Könnt ihr uns etwas für {K} bauen?", "Wir suchen ein Tool, um {K} zu verwalten.",
           "Wir führen {K} in einer Tabelle und wollen eine richtige App.", "brauche eine app für {K}",
           "Hallo, wir hätten gern einen Ort für {K}."],
}
# German "für" takes the accusative: "für unsere Fahrer und Fahrzeuge" (plural: no change)

THANKS = {"en": ["Thanks!", "Thanks a lot,\nMaria", "Cheers, Tom", ""], "fr": ["Merci !", "Merci d'avance,\nClaire", "Bonne journée", ""],
          "es": ["¡Gracias!", "Muchas gracias,\nLucía", "Un saludo", ""], "de": ["Danke!", "Vielen Dank,\nJonas", "Viele Grüße", ""]}


def opening(ks, lang, i):
    s = OPEN[lang][i % len(OPEN[lang])].replace("{K}", kinds_phrase(ks, lang))
    return s if s[-1] in ".?!" else s + "."


# ---------------------------------------------------------------- constructions
def per_kind(ks, lang, i):
    parts = [opening(ks, lang, i)]
    for j, k in enumerate(ks):
        labels = join([lab(f, lang) for f in k["fields"]], lang)
        v = (i + j) % 2
        if lang == "en":
            parts.append(f"For each {sg(k, 'en')}: {labels}." if v else f"Per {sg(k, 'en')} we need {labels}.")
        elif lang == "fr":
            parts.append(f"Pour chaque {sg(k, 'fr')} : {labels}." if v else f"Pour chaque {sg(k, 'fr')}, il nous faut {labels}.")
        elif lang == "es":
            parts.append(f"Para cada {sg(k, 'es')}: {labels}." if v else f"De cada {sg(k, 'es')} necesitamos {labels}.")
        else:
            parts.append(f"Pro {sg(k, 'de')}: {labels}." if v else f"Für {de_jede(k)} brauchen wir {labels}.")
    return " ".join(parts)


def brackets(ks, lang, i):
    items = [f"{pl(k, lang)} ({', '.join(lab(f, lang) for f in k['fields'])})" for k in ks]
    lead = {"en": ["We manage {L}.", "We want to keep {L} in one tool."], "fr": ["On gère des {L}.", "On veut suivre {L} dans un seul outil."],
            "es": ["Gestionamos {L}.", "Queremos llevar {L} en una sola herramienta."],
            "de": ["Wir verwalten {L}.", "Wir wollen {L} in einem Tool erfassen."]}[lang][i % 2]
    if lang == "fr":
        items = [it if n == 0 or i % 2 == 0 else "des " + it for n, it in enumerate(items)]
        if i % 2:
            items[0] = "les " + items[0]
    if lang == "es" and i % 2:
        items = [("los " if gender(k, "es") == "m" else "las ") + it for k, it in zip(ks, items)]
    return lead.replace("{L}", join(items, lang))


def prose_has(ks, lang, i):
    chunks = []
    for j, k in enumerate(ks):
        labels = join([lab(f, lang) for f in k["fields"]], lang)
        if lang == "en":
            chunks.append((f"For {pl(k, 'en')} we keep {labels}" if j == 0 else f"for {pl(k, 'en')} {labels}") if i % 2 else
                          (f"Each {sg(k, 'en')} has a {labels}" if j == 0 else f"each {sg(k, 'en')} has a {labels}"))
        elif lang == "fr":
            chunks.append((f"Pour les {pl(k, 'fr')} on garde {labels}" if j == 0 else f"pour les {pl(k, 'fr')} {labels}") if i % 2 else
                          (f"Pour un {sg(k, 'fr')} on note {labels}" if j == 0 else f"pour un {sg(k, 'fr')} on note {labels}") if gender(k, "fr") == "m" else
                          (f"Pour une {sg(k, 'fr')} on note {labels}" if j == 0 else f"pour une {sg(k, 'fr')} on note {labels}"))
        elif lang == "es":
            chunks.append((f"De {es_los(k)} guardamos {labels}" if j == 0 else f"de {es_los(k)} {labels}") if i % 2 else
                          (f"Cada {sg(k, 'es')} tiene {labels}" if j == 0 else f"cada {sg(k, 'es')} tiene {labels}"))
        else:
            art = "den" if True else ""
            chunks.append((f"Bei den {k['de'][4]} speichern wir {labels}" if j == 0 else f"bei den {k['de'][4]} {labels}") if i % 2 else
                          (f"Zu {'jedem' if gender(k, 'de') != 'f' else 'jeder'} {sg(k, 'de')} erfassen wir {labels}" if j == 0 else
                           f"zu {'jedem' if gender(k, 'de') != 'f' else 'jeder'} {sg(k, 'de')} {labels}"))
    sep = "; " if i % 3 == 0 else ", "
    return opening(ks, lang, i + 1) + " " + sep.join(chunks) + "."


def owner_phrase(ks, lang, i):
    chunks = []
    for j, k in enumerate(ks):
        labels = join([lab(f, lang) for f in k["fields"]], lang)
        if lang == "en":
            chunks.append(f"the {sg(k, 'en')}'s {labels}" if (i + j) % 2 else f"{labels} of the {sg(k, 'en')}")
        elif lang == "fr":
            chunks.append(f"{labels} {fr_de_le(k)}")
        elif lang == "es":
            chunks.append(f"{labels} {es_de_el(k)}")
        else:
            chunks.append(f"{labels} {k['de'][3]}")
    lead = {"en": ["We need to record {L}.", "What we want to note: {L}."], "fr": ["Il faut enregistrer {L}.", "Ce qu'on veut noter : {L}."],
            "es": ["Hay que registrar {L}.", "Lo que queremos apuntar: {L}."],
            "de": ["Wir müssen {L} erfassen.", "Was wir festhalten wollen: {L}."]}[lang][i % 2]
    glue = {"en": "; ", "fr": " ; ", "es": "; ", "de": "; "}[lang] if i % 3 == 0 else \
        {"en": ", and ", "fr": ", ainsi que ", "es": ", además de ", "de": " sowie "}[lang]
    body = glue.join(chunks)
    return opening(ks, lang, i + 2) + " " + lead.replace("{L}", body)


def owned_label(k, f, lang, i):
    if not f["en_short"]:
        return f[lang]  # a record's own detail ("trip date", "destination") is said as it is
    if lang == "en":
        short = f["en_short"] or f["en"]
        return f"{sg(k, 'en')} {short}"
    if lang == "fr":
        return f"{f['fr']} {fr_de_le(k)}"
    if lang == "es":
        return f"{f['es']} {es_de_el(k)}"
    if f["de_comp"] and i % 2 == 0:
        return f["de_comp"]
    return f"{f['de']} {k['de'][3]}"


def owner_label(ks, lang, i):
    labels = []
    for k in ks:
        for f in k["fields"]:
            labels.append(owned_label(k, f, lang, i))
    lead = {"en": "Fields: ", "fr": "Champs : ", "es": "Campos: ", "de": "Felder: "}[lang]
    if i % 2:
        return opening(ks, lang, i + 3) + "\n" + "\n".join("- " + l for l in labels)
    return opening(ks, lang, i + 3) + " " + lead + ", ".join(labels) + "."


def order_fields(ks, i):
    if i % 3 == 2:  # interleaved, round robin
        out, n = [], max(len(k["fields"]) for k in ks)
        for x in range(n):
            for k in ks:
                if x < len(k["fields"]):
                    out.append((k, k["fields"][x]))
        return out, "interleaved"
    return [(k, f) for k in ks for f in k["fields"]], "grouped"


def mixed_list(ks, lang, i):
    fs, order = order_fields(ks, i)
    labels = [lab(f, lang) for _, f in fs]
    lead = {"en": ["For {K} we need {L}.", "An app for {K} with {L}.", "Tracking {K} - {L}."],
            "fr": ["Pour {K}, il nous faut {L}.", "Une appli pour {K} avec {L}.", "Suivi de {K} - {L}."],
            "es": ["Para {K} necesitamos {L}.", "Una app para {K} con {L}.", "Control de {K} - {L}."],
            "de": ["Für {K} brauchen wir {L}.", "Eine App für {K} mit {L}.", "Übersicht über {K} - {L}."]}[lang][i % 3]
    return lead.replace("{K}", kinds_phrase(ks, lang)).replace("{L}", join(labels, lang)), order


def mixed_bullets(ks, lang, i):
    fs, order = order_fields(ks, i)
    head = {"en": "What we need to record:", "fr": "Ce qu'on doit enregistrer :", "es": "Lo que tenemos que registrar:",
            "de": "Was wir erfassen müssen:"}[lang]
    return opening(ks, lang, i + 4) + "\n" + head + "\n" + "\n".join(("* " if i % 2 else "- ") + lab(f, lang) for _, f in fs), order


def email_mixed(ks, lang, i):
    fs, order = order_fields(ks, i)
    labels = [lab(f, lang) for _, f in fs]
    half = (len(labels) + 1) // 2
    hi = {"en": ["Hi all,", "Hello,", "Dear IT team,"], "fr": ["Bonjour,", "Bonjour à tous,", "Salut,"],
          "es": ["Hola,", "Buenos días,", "Hola equipo,"], "de": ["Hallo zusammen,", "Guten Tag,", "Hallo,"]}[lang][i % 3]
    K = kinds_phrase(ks, lang)
    if lang == "en":
        body = (f"as discussed we'd like to move {K} out of Excel. We would note {', '.join(labels[:half])},\n"
                f"{join(labels[half:], 'en')}.")
    elif lang == "fr":
        body = (f"comme convenu on voudrait sortir {K} d'Excel. On noterait {', '.join(labels[:half])},\n"
                f"{join(labels[half:], 'fr')}.")
    elif lang == "es":
        body = (f"como hablamos, queremos sacar {K} del Excel. Apuntaríamos {', '.join(labels[:half])},\n"
                f"{join(labels[half:], 'es')}.")
    else:
        body = (f"wie besprochen wollen wir {K} aus Excel herausholen. Festhalten würden wir gern: {', '.join(labels[:half])},\n"
                f"{join(labels[half:], 'de')}.")
    bye = THANKS[lang][i % 4]
    return hi + "\n\n" + body + ("\n\n" + bye if bye else ""), order


def columns(ks, lang, i):
    fs, order = order_fields(ks, i)
    labels = [lab(f, lang) for _, f in fs]
    labels = [l[0].upper() + l[1:] for l in labels]
    K = kinds_phrase(ks, lang)
    lead = {"en": f"Right now {K} are in one Excel sheet with the columns:", "fr": f"Pour l'instant {K} sont dans un seul fichier Excel avec les colonnes :",
            "es": f"Ahora mismo {K} están en un Excel con las columnas:", "de": f"Im Moment stehen {K} in einer Excel-Liste mit den Spalten:"}[lang]
    tail = {"en": "Can you turn that into an app?", "fr": "Vous pouvez en faire une appli ?", "es": "¿Podéis convertirlo en una app?",
            "de": "Könnt ihr daraus eine App machen?"}[lang]
    if lang == "en" and i % 2:
        lead = f"We currently use a spreadsheet for {K}, columns are"
    return lead + " " + " | ".join(labels) + "\n" + tail, order


BUILD = {"per_kind": per_kind, "brackets": brackets, "prose_has": prose_has, "owner_phrase": owner_phrase,
         "owner_label": owner_label, "mixed_list": mixed_list, "mixed_bullets": mixed_bullets,
         "email_mixed": email_mixed, "columns": columns}


# ---------------------------------------------------------------- gold
def gold_kind(k, lang, ks):
    fields = []
    for f in k["fields"]:
        al = [f["en"]] + f["al"] + [f[x] for x in LANGS if x != lang]
        if f.get("en_short"):
            al.append(f["en_short"])
        if f.get("de_comp") and lang == "de":
            al.append(f["de_comp"])
        al = list(dict.fromkeys(a for a in al if a and a != f[lang]))
        fields.append({"name": f[lang], "aliases": al, "type": f["type"], "alt_types": [t for t in f["alt"] if t != "reference"]})
    names = {x["key"]: x for x in ks}
    for p in k["parents"]:
        if p in names:
            t = names[p]
            fields.append({"name": sg(t, lang), "aliases": list(dict.fromkeys([t["en"][0]] + t["al"] + [sg(t, x) for x in LANGS])),
                           "type": "reference", "alt_types": [], "target": sg(t, lang)})
    fields.append({"name": {"en": "notes", "fr": "remarques", "es": "notas", "de": "Notizen"}[lang],
                   "aliases": ["notes", "comments", "remarks", "commentaires", "observaciones", "Bemerkungen", "Anmerkungen"],
                   "type": "long_text", "alt_types": ["text"], "optional": True})
    al = list(dict.fromkeys([k["en"][0], k["en"][1]] + k["al"] + [sg(k, x) for x in LANGS if x != lang] + [pl(k, lang)]))
    return {"name": sg(k, lang), "aliases": [a for a in al if a != sg(k, lang)], "fields": fields}


def kind_sets(dom):
    """The pairs of kinds one points to the other, both orders of the three, and the two masters side by side
    where that is natural (drivers and vehicles, tenants and flats)."""
    ks = dom["kinds"]
    linked = [(x, y) for x in ks for y in ks if y["key"] in x["parents"]]
    out = [(y, x) for x, y in linked]  # the one pointed to first ("owners and pets")
    out.append(tuple(ks))
    out.append((ks[2], ks[0], ks[1]))
    if dom["name"] in ("fleet", "venue", "itloans", "lettings", "hire"):
        out.append((ks[0], ks[1]))
    return out


def main():
    rows = []
    n = 0
    for ci, con in enumerate(CONS):
        for li, lang in enumerate(LANGS):
            for r in range(ROWS_PER_CELL):
                dom = DOMAINS[(ci * 3 + li * 5 + r) % len(DOMAINS)]
                sets = kind_sets(dom)
                ks = list(sets[(ci + li + r * 2) % len(sets)])
                i = ci + li + r
                out = BUILD[con](ks, lang, i)
                prompt, order = (out if isinstance(out, tuple) else (out, "grouped"))
                n += 1
                reg = "plain"
                if lang != "en" and n % 5 == 0:
                    prompt, reg = strip_accents(prompt), "noaccents"
                elif n % 7 == 0:
                    prompt, reg = prompt.lower(), "lower"
                gold = [gold_kind(k, lang, ks) for k in ks]
                keys = {k["key"] for k in ks}
                rels = [{"from": sg(k, lang), "to": sg(t, lang)} for k in ks for t in ks if t["key"] in k["parents"]]
                rows.append({"id": f"w{n:03d}", "lang": lang, "prompt": prompt, "entities": gold, "relations": rels,
                             "notes": f"cons={con} kinds={len(ks)} dom={dom['name']} order={order} reg={reg}"})
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()

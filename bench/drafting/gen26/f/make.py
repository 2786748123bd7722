#!/usr/bin/env python3
"""Generated set gen26/f (session 26, improver f): ADD_FIELD done right, four languages.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (a veterinary practice, construction-machine rental, purchasing, recruitment,
event catering, a sports club), each a base spec of 2-3 kinds written in en/fr/es/de.

Every row asks to add one field (or two, `multi`). Gold: only the asked field(s) added, on the right kind, under the
noun phrase the message says, with the type of its word family. Nothing else changes.

Axes crossed:
  place   where the field goes: on  ("on the loans", "sur les commandes", "en los pedidos", "bei den Aufträgen")
                                each ("for each visit", "à chaque commande", "en cada reserva", "bei jedem Auftrag")
                                to   ("to the supplier records", "dans les fiches fournisseurs", "en las fichas de
                                      proveedores", "in den Lieferantendaten")
                                none (no kind named: the main kind, or the kind the words name: "the supplier's VAT
                                      number", "si l'animal est stérilisé")
  family  the type by word family: money, decimal (weights, percentages, hours, distances), integer (counts, scores),
          date, datetime, boolean (whether/si/ob, tick box), choice (one of / either-or / slashes / brackets / colon),
          person, file, url, email, text, long_text
  frame   the sentence around it: imperative, polite question, "we also need", "a field for", "the ability to record",
          "noted ... as well", e-mail-like greeting; every fourth row typed fast (lower case, no accents)
Run from this folder:  python3 make.py  -> refine.jsonl
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "fr", "es", "de"]
ALT = {"money": ["decimal"], "decimal": ["integer", "money"], "integer": ["decimal"], "person": [], "file": [],
       "long_text": ["text"], "text": ["long_text"], "date": ["datetime"], "datetime": [], "boolean": [],
       "choice": [], "url": ["text"], "email": ["text"]}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    s = fold(s).lower()
    out = "".join(c if c.isalnum() else "_" for c in s)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_")


# kind: key -> {lang: (name, plural, on, each, to)}; base fields: key -> [(fkey, type, {lang: label}, opts{lang:[...]}|None, target)]
# item: (kind, type, place, {lang: (np, name, aliases, options|None)}, tail)

DOMAINS = []

# ---------------------------------------------------------------- 1 veterinary practice
DOMAINS.append(dict(
    app={"en": "Vet practice", "fr": "Cabinet vétérinaire", "es": "Clínica veterinaria", "de": "Tierarztpraxis"},
    kinds=[
        ("visit", {"en": ("Visit", "Visits", "on the visits", "for each visit", "to the visit records"),
                   "fr": ("Consultation", "Consultations", "sur les consultations", "pour chaque consultation", "dans les fiches de consultation"),
                   "es": ("Consulta", "Consultas", "en las consultas", "en cada consulta", "en las fichas de consulta"),
                   "de": ("Behandlung", "Behandlungen", "bei den Behandlungen", "bei jeder Behandlung", "in den Behandlungseinträgen")},
         [("visit_date", "date", {"en": "Visit date", "fr": "Date", "es": "Fecha", "de": "Datum"}, None, None),
          ("animal", "reference", {"en": "Animal", "fr": "Animal", "es": "Animal", "de": "Tier"}, None, "animal"),
          ("reason", "text", {"en": "Reason", "fr": "Motif", "es": "Motivo", "de": "Grund"}, None, None),
          ("vet", "person", {"en": "Vet", "fr": "Vétérinaire", "es": "Veterinario", "de": "Tierarzt"}, None, None)]),
        ("animal", {"en": ("Animal", "Animals", "on the animals", "for each animal", "to the animal records"),
                    "fr": ("Animal", "Animaux", "sur les animaux", "pour chaque animal", "dans les fiches des animaux"),
                    "es": ("Animal", "Animales", "en los animales", "en cada animal", "en las fichas de los animales"),
                    "de": ("Tier", "Tiere", "bei den Tieren", "bei jedem Tier", "in den Tierakten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("species", "choice", {"en": "Species", "fr": "Espèce", "es": "Especie", "de": "Tierart"},
           {"en": ["Dog", "Cat", "Rabbit"], "fr": ["Chien", "Chat", "Lapin"], "es": ["Perro", "Gato", "Conejo"], "de": ["Hund", "Katze", "Kaninchen"]}, None),
          ("birth_date", "date", {"en": "Birth date", "fr": "Date de naissance", "es": "Fecha de nacimiento", "de": "Geburtsdatum"}, None, None),
          ("owner", "reference", {"en": "Owner", "fr": "Propriétaire", "es": "Dueño", "de": "Halter"}, None, "owner")]),
        ("owner", {"en": ("Owner", "Owners", "on the owners", "for each owner", "to the owner records"),
                   "fr": ("Propriétaire", "Propriétaires", "sur les propriétaires", "pour chaque propriétaire", "dans les fiches propriétaires"),
                   "es": ("Dueño", "Dueños", "en los dueños", "en cada dueño", "en las fichas de dueños"),
                   "de": ("Halter", "Halter", "bei den Haltern", "bei jedem Halter", "in den Halterdaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("phone", "phone", {"en": "Phone", "fr": "Téléphone", "es": "Teléfono", "de": "Telefon"}, None, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None, None)]),
    ],
    items=[
        ("visit", "money", "each", {
            "en": ("the amount charged", "amount charged", ["amount", "charge"], None),
            "fr": ("le montant facturé", "montant facturé", ["montant"], None),
            "es": ("el importe cobrado", "importe cobrado", ["importe"], None),
            "de": ("den berechneten Betrag", "berechneter Betrag", ["Betrag"], None)}, False),
        ("animal", "decimal", "on", {
            "en": ("the weight in kg", "weight", ["weight in kg"], None),
            "fr": ("le poids en kg", "poids", ["poids en kg"], None),
            "es": ("el peso en kg", "peso", ["peso en kg"], None),
            "de": ("das Gewicht in kg", "Gewicht", ["Gewicht in kg"], None)}, False),
        ("animal", "boolean", "none", {
            "en": ("whether the animal is neutered (yes/no)", "neutered", ["animal neutered"], None),
            "fr": ("si l'animal est stérilisé (oui/non)", "stérilisé", ["animal stérilisé"], None),
            "es": ("si el animal está castrado (sí/no)", "castrado", ["animal castrado"], None),
            "de": ("ob das Tier kastriert ist (ja/nein)", "kastriert", ["Tier kastriert"], None)}, True),
        ("visit", "choice", "each", {
            "en": ("the payment method, one of cash, card or bank transfer", "payment method", [], ["Cash", "Card", "Bank transfer"]),
            "fr": ("le mode de paiement : espèces, carte ou virement", "mode de paiement", [], ["Espèces", "Carte", "Virement"]),
            "es": ("la forma de pago: efectivo, tarjeta o transferencia", "forma de pago", [], ["Efectivo", "Tarjeta", "Transferencia"]),
            "de": ("die Zahlungsart: bar, Karte oder Überweisung", "Zahlungsart", [], ["Bar", "Karte", "Überweisung"])}, True),
        ("owner", "text", "none", {
            "en": ("the owner's address", "address", ["owner address", "postal address"], None),
            "fr": ("l'adresse du propriétaire", "adresse", ["adresse du propriétaire"], None),
            "es": ("la dirección del dueño", "dirección", ["dirección del dueño"], None),
            "de": ("die Adresse des Halters", "Adresse", ["Halteradresse"], None)}, False),
        ("visit", "file", "on", {
            "en": ("an attachment for the lab results", "lab results", ["lab result"], None),
            "fr": ("les résultats d'analyse en pièce jointe", "résultats d'analyse", ["analyses"], None),
            "es": ("los resultados del análisis como archivo adjunto", "resultados del análisis", ["análisis"], None),
            "de": ("die Laborbefunde als Anhang", "Laborbefunde", ["Laborbefund"], None)}, False),
        ("visit", "date", "none", {
            "en": ("the date of the next check-up", "next check-up", ["next check-up date", "date of the next check-up"], None),
            "fr": ("la date du prochain rappel", "date du prochain rappel", ["prochain rappel"], None),
            "es": ("la fecha de la próxima revisión", "fecha de la próxima revisión", ["próxima revisión"], None),
            "de": ("das Datum der nächsten Kontrolle", "Datum der nächsten Kontrolle", ["nächste Kontrolle"], None)}, False),
        ("animal", "choice", "each", {
            "en": ("the sex (male/female)", "sex", [], ["Male", "Female"]),
            "fr": ("le sexe (mâle/femelle)", "sexe", [], ["Mâle", "Femelle"]),
            "es": ("el sexo (macho/hembra)", "sexo", [], ["Macho", "Hembra"]),
            "de": ("das Geschlecht (männlich/weiblich)", "Geschlecht", [], ["Männlich", "Weiblich"])}, False),
        ("visit", "person", "to", {
            "en": ("the nurse on duty", "nurse", ["nurse on duty"], None),
            "fr": ("l'assistant vétérinaire présent", "assistant vétérinaire", ["assistant"], None),
            "es": ("el auxiliar que atendió", "auxiliar", [], None),
            "de": ("die zuständige Tierarzthelferin", "Tierarzthelferin", ["Helferin"], None)}, False),
        ("visit", "integer", "on", {
            "en": ("the duration in minutes", "duration", ["duration in minutes"], None),
            "fr": ("la durée en minutes", "durée", ["durée en minutes"], None),
            "es": ("la duración en minutos", "duración", ["duración en minutos"], None),
            "de": ("die Dauer in Minuten", "Dauer", ["Dauer in Minuten"], None)}, False),
    ],
    multi=[(1, 6), (0, 9)]))

# ---------------------------------------------------------------- 2 machine rental
DOMAINS.append(dict(
    app={"en": "Machine rental", "fr": "Location de matériel", "es": "Alquiler de maquinaria", "de": "Maschinenverleih"},
    kinds=[
        ("rental", {"en": ("Rental", "Rentals", "on the rentals", "for each rental", "to the rental records"),
                    "fr": ("Location", "Locations", "sur les locations", "pour chaque location", "dans les fiches de location"),
                    "es": ("Alquiler", "Alquileres", "en los alquileres", "en cada alquiler", "en las fichas de alquiler"),
                    "de": ("Vermietung", "Vermietungen", "bei den Vermietungen", "bei jeder Vermietung", "in den Vermietungsdaten")},
         [("start_date", "date", {"en": "Start date", "fr": "Date de début", "es": "Fecha de inicio", "de": "Beginn"}, None, None),
          ("end_date", "date", {"en": "End date", "fr": "Date de fin", "es": "Fecha de fin", "de": "Ende"}, None, None),
          ("machine", "reference", {"en": "Machine", "fr": "Machine", "es": "Máquina", "de": "Maschine"}, None, "machine"),
          ("customer", "reference", {"en": "Customer", "fr": "Client", "es": "Cliente", "de": "Kunde"}, None, "customer")]),
        ("machine", {"en": ("Machine", "Machines", "on the machines", "for each machine", "to the machine records"),
                     "fr": ("Machine", "Machines", "sur les machines", "pour chaque machine", "dans les fiches machines"),
                     "es": ("Máquina", "Máquinas", "en las máquinas", "en cada máquina", "en las fichas de máquinas"),
                     "de": ("Maschine", "Maschinen", "bei den Maschinen", "bei jeder Maschine", "in den Maschinendaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Bezeichnung"}, None, None),
          ("serial_number", "text", {"en": "Serial number", "fr": "Numéro de série", "es": "Número de serie", "de": "Seriennummer"}, None, None),
          ("daily_rate", "money", {"en": "Daily rate", "fr": "Tarif journalier", "es": "Tarifa diaria", "de": "Tagessatz"}, None, None)]),
        ("customer", {"en": ("Customer", "Customers", "on the customers", "for each customer", "to the customer records"),
                      "fr": ("Client", "Clients", "sur les clients", "pour chaque client", "dans les fiches clients"),
                      "es": ("Cliente", "Clientes", "en los clientes", "en cada cliente", "en las fichas de clientes"),
                      "de": ("Kunde", "Kunden", "bei den Kunden", "bei jedem Kunden", "in den Kundendaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("phone", "phone", {"en": "Phone", "fr": "Téléphone", "es": "Teléfono", "de": "Telefon"}, None, None),
          ("company", "text", {"en": "Company", "fr": "Société", "es": "Empresa", "de": "Firma"}, None, None)]),
    ],
    items=[
        ("rental", "money", "each", {
            "en": ("the deposit amount", "deposit amount", ["deposit"], None),
            "fr": ("le montant de la caution", "montant de la caution", ["caution"], None),
            "es": ("el importe de la fianza", "importe de la fianza", ["fianza"], None),
            "de": ("die Kaution", "Kaution", ["Kautionsbetrag"], None)}, False),
        ("machine", "decimal", "on", {
            "en": ("the weight in tonnes", "weight", ["weight in tonnes"], None),
            "fr": ("le poids en tonnes", "poids", ["poids en tonnes"], None),
            "es": ("el peso en toneladas", "peso", ["peso en toneladas"], None),
            "de": ("das Gewicht in Tonnen", "Gewicht", ["Gewicht in Tonnen"], None)}, False),
        ("rental", "decimal", "none", {
            "en": ("a discount percentage", "discount", ["discount percentage"], None),
            "fr": ("un pourcentage de remise", "remise", ["pourcentage de remise"], None),
            "es": ("un porcentaje de descuento", "descuento", ["porcentaje de descuento"], None),
            "de": ("einen Rabatt in Prozent", "Rabatt", ["Rabatt in Prozent"], None)}, False),
        ("machine", "date", "each", {
            "en": ("the last service date", "last service date", ["last service"], None),
            "fr": ("la date de la dernière révision", "date de la dernière révision", ["dernière révision"], None),
            "es": ("la fecha de la última revisión", "fecha de la última revisión", ["última revisión"], None),
            "de": ("das Datum der letzten Wartung", "Datum der letzten Wartung", ["letzte Wartung"], None)}, False),
        ("customer", "boolean", "none", {
            "en": ("whether the customer has a trade account", "trade account", ["has trade account"], None),
            "fr": ("si le client a un compte pro", "compte pro", [], None),
            "es": ("si el cliente tiene cuenta de empresa", "cuenta de empresa", [], None),
            "de": ("ob der Kunde ein Firmenkonto hat", "Firmenkonto", [], None)}, True),
        ("rental", "choice", "each", {
            "en": ("a handover option, either pickup at the depot or delivery to site", "handover option", ["handover"], ["Pickup at the depot", "Delivery to site"]),
            "fr": ("un mode de remise, soit retrait au dépôt, soit livraison sur chantier", "mode de remise", [], ["Retrait au dépôt", "Livraison sur chantier"]),
            "es": ("el tipo de entrega, o recogida en almacén o envío a obra", "tipo de entrega", [], ["Recogida en almacén", "Envío a obra"]),
            "de": ("die Übergabeart, entweder Abholung im Depot oder Lieferung zur Baustelle", "Übergabeart", [], ["Abholung im Depot", "Lieferung zur Baustelle"])}, True),
        ("customer", "file", "to", {
            "en": ("a copy of the ID", "ID copy", ["copy of the ID", "ID"], None),
            "fr": ("une copie de la pièce d'identité", "copie de la pièce d'identité", ["pièce d'identité"], None),
            "es": ("una copia del DNI", "copia del DNI", ["DNI"], None),
            "de": ("eine Kopie des Ausweises", "Ausweiskopie", ["Kopie des Ausweises", "Ausweis"], None)}, False),
        ("rental", "datetime", "none", {
            "en": ("the exact return time", "return time", ["exact return time"], None),
            "fr": ("l'heure exacte de retour", "heure de retour", ["heure exacte de retour"], None),
            "es": ("la hora exacta de devolución", "hora de devolución", ["hora exacta de devolución"], None),
            "de": ("die genaue Rückgabezeit", "Rückgabezeit", ["genaue Rückgabezeit"], None)}, False),
        ("rental", "integer", "on", {
            "en": ("the engine hours at return", "engine hours", ["engine hours at return"], None),
            "fr": ("le nombre d'heures moteur au retour", "heures moteur", ["nombre d'heures moteur"], None),
            "es": ("las horas de motor al devolver", "horas de motor", [], None),
            "de": ("die Betriebsstunden bei Rückgabe", "Betriebsstunden", [], None)}, False),
        ("machine", "url", "each", {
            "en": ("a link to the manual", "manual", ["manual link", "link to the manual"], None),
            "fr": ("un lien vers la notice", "notice", ["lien vers la notice", "lien notice"], None),
            "es": ("un enlace al manual", "manual", ["enlace al manual"], None),
            "de": ("einen Link zur Bedienungsanleitung", "Bedienungsanleitung", ["Link zur Bedienungsanleitung"], None)}, False),
    ],
    multi=[(0, 1), (3, 7)]))

# ---------------------------------------------------------------- 3 wholesale purchasing
DOMAINS.append(dict(
    app={"en": "Purchasing", "fr": "Achats", "es": "Compras", "de": "Einkauf"},
    kinds=[
        ("purchase_order", {"en": ("Purchase order", "Purchase orders", "on the purchase orders", "for each purchase order", "to the order records"),
                            "fr": ("Commande", "Commandes", "sur les commandes", "à chaque commande", "dans les fiches de commande"),
                            "es": ("Pedido", "Pedidos", "en los pedidos", "en cada pedido", "en las fichas de pedido"),
                            "de": ("Bestellung", "Bestellungen", "bei den Bestellungen", "bei jeder Bestellung", "in den Bestelldaten")},
         [("order_number", "text", {"en": "Order number", "fr": "Numéro de commande", "es": "Número de pedido", "de": "Bestellnummer"}, None, None),
          ("order_date", "date", {"en": "Order date", "fr": "Date de commande", "es": "Fecha de pedido", "de": "Bestelldatum"}, None, None),
          ("supplier", "reference", {"en": "Supplier", "fr": "Fournisseur", "es": "Proveedor", "de": "Lieferant"}, None, "supplier"),
          ("status", "choice", {"en": "Status", "fr": "Statut", "es": "Estado", "de": "Status"},
           {"en": ["Draft", "Sent", "Received"], "fr": ["Brouillon", "Envoyée", "Reçue"], "es": ["Borrador", "Enviado", "Recibido"], "de": ["Entwurf", "Versendet", "Eingegangen"]}, None)]),
        ("supplier", {"en": ("Supplier", "Suppliers", "on the suppliers", "for each supplier", "to the supplier records"),
                      "fr": ("Fournisseur", "Fournisseurs", "sur les fournisseurs", "pour chaque fournisseur", "dans les fiches fournisseurs"),
                      "es": ("Proveedor", "Proveedores", "en los proveedores", "en cada proveedor", "en las fichas de proveedores"),
                      "de": ("Lieferant", "Lieferanten", "bei den Lieferanten", "bei jedem Lieferanten", "in den Lieferantendaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None, None),
          ("country", "text", {"en": "Country", "fr": "Pays", "es": "País", "de": "Land"}, None, None)]),
        ("delivery", {"en": ("Delivery", "Deliveries", "on the deliveries", "for each delivery", "to the delivery records"),
                      "fr": ("Livraison", "Livraisons", "sur les livraisons", "pour chaque livraison", "dans les fiches de livraison"),
                      "es": ("Entrega", "Entregas", "en las entregas", "en cada entrega", "en las fichas de entrega"),
                      "de": ("Lieferung", "Lieferungen", "bei den Lieferungen", "bei jeder Lieferung", "in den Lieferdaten")},
         [("purchase_order", "reference", {"en": "Purchase order", "fr": "Commande", "es": "Pedido", "de": "Bestellung"}, None, "purchase_order"),
          ("delivered_on", "date", {"en": "Delivered on", "fr": "Livrée le", "es": "Entregado el", "de": "Geliefert am"}, None, None),
          ("received_by", "person", {"en": "Received by", "fr": "Reçue par", "es": "Recibido por", "de": "Angenommen von"}, None, None)]),
    ],
    items=[
        ("supplier", "text", "none", {
            "en": ("the supplier's VAT number", "VAT number", ["supplier VAT number"], None),
            "fr": ("le numéro de TVA du fournisseur", "numéro de TVA", ["numéro de TVA intracommunautaire"], None),
            "es": ("el NIF del proveedor", "NIF", ["NIF del proveedor"], None),
            "de": ("die Umsatzsteuer-ID des Lieferanten", "Umsatzsteuer-ID", ["USt-ID"], None)}, False),
        ("supplier", "choice", "to", {
            "en": ("payment terms (30 days, 60 days, on receipt)", "payment terms", [], ["30 days", "60 days", "On receipt"]),
            "fr": ("les conditions de paiement (30 jours, 60 jours, à réception)", "conditions de paiement", [], ["30 jours", "60 jours", "À réception"]),
            "es": ("las condiciones de pago (30 días, 60 días, al contado)", "condiciones de pago", [], ["30 días", "60 días", "Al contado"]),
            "de": ("die Zahlungsbedingungen (30 Tage, 60 Tage, sofort)", "Zahlungsbedingungen", [], ["30 Tage", "60 Tage", "Sofort"])}, False),
        ("delivery", "decimal", "each", {
            "en": ("the total weight in kg", "total weight", ["weight"], None),
            "fr": ("le poids total en kg", "poids total", ["poids"], None),
            "es": ("el peso total en kg", "peso total", ["peso"], None),
            "de": ("das Gesamtgewicht in kg", "Gesamtgewicht", ["Gewicht"], None)}, False),
        ("purchase_order", "money", "on", {
            "en": ("the shipping cost", "shipping cost", ["shipping"], None),
            "fr": ("les frais de port", "frais de port", [], None),
            "es": ("los gastos de envío", "gastos de envío", [], None),
            "de": ("die Versandkosten", "Versandkosten", [], None)}, False),
        ("delivery", "integer", "each", {
            "en": ("the number of parcels", "number of parcels", ["parcels", "parcel count"], None),
            "fr": ("le nombre de colis", "nombre de colis", ["colis"], None),
            "es": ("el número de bultos", "número de bultos", ["bultos"], None),
            "de": ("die Anzahl der Pakete", "Anzahl Pakete", ["Paketanzahl", "Anzahl der Pakete", "Pakete"], None)}, False),
        ("delivery", "boolean", "on", {
            "en": ("a tick box for damaged goods", "damaged goods", ["damaged"], None),
            "fr": ("une case à cocher « marchandise abîmée »", "marchandise abîmée", ["abîmée"], None),
            "es": ("una casilla de mercancía dañada", "mercancía dañada", ["dañada"], None),
            "de": ("ein Häkchen für beschädigte Ware", "beschädigte Ware", ["Ware beschädigt", "beschädigt"], None)}, False),
        ("delivery", "file", "to", {
            "en": ("the signed delivery note (scan)", "delivery note", ["signed delivery note"], None),
            "fr": ("le bon de livraison signé (scan)", "bon de livraison", ["bon de livraison signé"], None),
            "es": ("el albarán firmado (escaneado)", "albarán", ["albarán firmado"], None),
            "de": ("den unterschriebenen Lieferschein als Scan", "Lieferschein", ["unterschriebener Lieferschein"], None)}, False),
        ("purchase_order", "date", "none", {
            "en": ("the expected delivery date", "expected delivery date", ["delivery date"], None),
            "fr": ("la date de livraison prévue", "date de livraison prévue", ["livraison prévue"], None),
            "es": ("la fecha de entrega prevista", "fecha de entrega prevista", ["entrega prevista"], None),
            "de": ("den voraussichtlichen Liefertermin", "voraussichtlicher Liefertermin", ["Liefertermin"], None)}, False),
        ("purchase_order", "person", "each", {
            "en": ("the buyer responsible", "buyer", ["responsible buyer", "buyer responsible"], None),
            "fr": ("l'acheteur responsable", "acheteur", ["acheteur responsable"], None),
            "es": ("el comprador responsable", "comprador", ["comprador responsable"], None),
            "de": ("den zuständigen Einkäufer", "Einkäufer", ["zuständiger Einkäufer"], None)}, False),
        ("delivery", "choice", "each", {
            "en": ("a storage zone, one of ambient, chilled or frozen", "storage zone", [], ["Ambient", "Chilled", "Frozen"]),
            "fr": ("une zone de stockage : ambiant, frais ou surgelé", "zone de stockage", [], ["Ambiant", "Frais", "Surgelé"]),
            "es": ("una zona de almacenaje: ambiente, refrigerado o congelado", "zona de almacenaje", [], ["Ambiente", "Refrigerado", "Congelado"]),
            "de": ("eine Lagerzone: Raumtemperatur, gekühlt oder tiefgekühlt", "Lagerzone", [], ["Raumtemperatur", "Gekühlt", "Tiefgekühlt"])}, True),
    ],
    multi=[(3, 4), (2, 7)]))

# ---------------------------------------------------------------- 4 recruitment
DOMAINS.append(dict(
    app={"en": "Recruitment", "fr": "Recrutement", "es": "Selección de personal", "de": "Bewerbermanagement"},
    kinds=[
        ("candidate", {"en": ("Candidate", "Candidates", "on the candidates", "for each candidate", "to the candidate records"),
                       "fr": ("Candidat", "Candidats", "sur les candidats", "pour chaque candidat", "dans les fiches candidats"),
                       "es": ("Candidato", "Candidatos", "en los candidatos", "en cada candidato", "en las fichas de candidatos"),
                       "de": ("Bewerber", "Bewerber", "bei den Bewerbern", "bei jedem Bewerber", "in den Bewerberdaten")},
         [("full_name", "text", {"en": "Full name", "fr": "Nom complet", "es": "Nombre completo", "de": "Name"}, None, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None, None),
          ("phone", "phone", {"en": "Phone", "fr": "Téléphone", "es": "Teléfono", "de": "Telefon"}, None, None),
          ("opening", "reference", {"en": "Job opening", "fr": "Poste", "es": "Vacante", "de": "Stelle"}, None, "opening")]),
        ("opening", {"en": ("Job opening", "Job openings", "on the job openings", "for each job opening", "to the job opening records"),
                     "fr": ("Poste", "Postes", "sur les postes", "pour chaque poste", "dans les fiches de poste"),
                     "es": ("Vacante", "Vacantes", "en las vacantes", "en cada vacante", "en las fichas de vacantes"),
                     "de": ("Stelle", "Stellen", "bei den Stellen", "bei jeder Stelle", "in den Stellendaten")},
         [("title", "text", {"en": "Title", "fr": "Intitulé", "es": "Título", "de": "Titel"}, None, None),
          ("department", "choice", {"en": "Department", "fr": "Service", "es": "Departamento", "de": "Abteilung"},
           {"en": ["Sales", "IT", "Finance"], "fr": ["Commercial", "Informatique", "Finance"], "es": ["Ventas", "Informática", "Finanzas"], "de": ["Vertrieb", "IT", "Finanzen"]}, None),
          ("closing_date", "date", {"en": "Closing date", "fr": "Date de clôture", "es": "Fecha de cierre", "de": "Bewerbungsschluss"}, None, None)]),
        ("interview", {"en": ("Interview", "Interviews", "on the interviews", "for each interview", "to the interview records"),
                       "fr": ("Entretien", "Entretiens", "sur les entretiens", "pour chaque entretien", "dans les fiches d'entretien"),
                       "es": ("Entrevista", "Entrevistas", "en las entrevistas", "en cada entrevista", "en las fichas de entrevista"),
                       "de": ("Vorstellungsgespräch", "Vorstellungsgespräche", "bei den Vorstellungsgesprächen", "bei jedem Vorstellungsgespräch", "in den Gesprächsdaten")},
         [("candidate", "reference", {"en": "Candidate", "fr": "Candidat", "es": "Candidato", "de": "Bewerber"}, None, "candidate"),
          ("scheduled_at", "datetime", {"en": "Scheduled at", "fr": "Date et heure", "es": "Fecha y hora", "de": "Termin"}, None, None),
          ("interviewer", "person", {"en": "Interviewer", "fr": "Recruteur", "es": "Entrevistador", "de": "Interviewer"}, None, None)]),
    ],
    items=[
        ("candidate", "money", "none", {
            "en": ("the salary expectation", "salary expectation", ["expected salary", "salary"], None),
            "fr": ("les prétentions salariales", "prétentions salariales", ["salaire souhaité"], None),
            "es": ("la expectativa salarial", "expectativa salarial", ["pretensiones salariales", "salario"], None),
            "de": ("die Gehaltsvorstellung", "Gehaltsvorstellung", ["Gehaltswunsch"], None)}, False),
        ("candidate", "file", "on", {
            "en": ("the CV (PDF)", "CV", ["resume"], None),
            "fr": ("le CV en PDF", "CV", [], None),
            "es": ("el CV en PDF", "CV", ["currículum"], None),
            "de": ("den Lebenslauf als PDF", "Lebenslauf", ["CV"], None)}, False),
        ("candidate", "url", "each", {
            "en": ("a LinkedIn profile link", "LinkedIn profile", ["LinkedIn", "LinkedIn profile link"], None),
            "fr": ("le lien vers le profil LinkedIn", "profil LinkedIn", ["lien LinkedIn"], None),
            "es": ("el enlace a su perfil de LinkedIn", "perfil de LinkedIn", ["enlace LinkedIn", "LinkedIn"], None),
            "de": ("den Link zum LinkedIn-Profil", "LinkedIn-Profil", ["LinkedIn"], None)}, False),
        ("interview", "integer", "each", {
            "en": ("a score out of 10", "score", [], None),
            "fr": ("une note sur 10", "note", [], None),
            "es": ("una puntuación sobre 10", "puntuación", [], None),
            "de": ("eine Bewertung von 1 bis 10", "Bewertung", [], None)}, False),
        ("interview", "choice", "on", {
            "en": ("the format, either on site or video call", "format", [], ["On site", "Video call"]),
            "fr": ("le format, soit sur place, soit en visio", "format", [], ["Sur place", "En visio"]),
            "es": ("la modalidad, o presencial o por videollamada", "modalidad", [], ["Presencial", "Por videollamada"]),
            "de": ("die Form, entweder vor Ort oder per Video", "Form", ["Gesprächsform"], ["Vor Ort", "Per Video"])}, True),
        ("opening", "decimal", "to", {
            "en": ("the weekly hours", "weekly hours", ["hours per week"], None),
            "fr": ("le nombre d'heures par semaine", "heures par semaine", ["nombre d'heures par semaine"], None),
            "es": ("las horas semanales", "horas semanales", [], None),
            "de": ("die Wochenstunden", "Wochenstunden", ["Stunden pro Woche"], None)}, False),
        ("opening", "person", "each", {
            "en": ("the hiring manager", "hiring manager", ["manager"], None),
            "fr": ("le responsable du recrutement", "responsable du recrutement", ["responsable"], None),
            "es": ("el responsable de la contratación", "responsable de la contratación", ["responsable"], None),
            "de": ("die zuständige Führungskraft", "Führungskraft", ["zuständige Führungskraft"], None)}, False),
        ("interview", "long_text", "to", {
            "en": ("the interviewer's comments", "comments", ["interviewer comments", "feedback"], None),
            "fr": ("les commentaires du recruteur", "commentaires", ["commentaires du recruteur"], None),
            "es": ("los comentarios del entrevistador", "comentarios", ["comentarios del entrevistador"], None),
            "de": ("die Anmerkungen des Interviewers", "Anmerkungen", ["Anmerkungen des Interviewers"], None)}, False),
        ("candidate", "boolean", "each", {
            "en": ("whether they need a work permit", "work permit", ["needs work permit", "work permit needed"], None),
            "fr": ("s'il faut un permis de travail", "permis de travail", [], None),
            "es": ("si necesita permiso de trabajo", "permiso de trabajo", ["necesita permiso de trabajo"], None),
            "de": ("ob eine Arbeitserlaubnis nötig ist", "Arbeitserlaubnis", ["Arbeitserlaubnis nötig"], None)}, True),
        ("candidate", "date", "on", {
            "en": ("the earliest start date", "earliest start date", ["start date", "available from"], None),
            "fr": ("la date de disponibilité", "date de disponibilité", ["disponibilité"], None),
            "es": ("la fecha de disponibilidad", "fecha de disponibilidad", ["disponibilidad"], None),
            "de": ("das frühestmögliche Eintrittsdatum", "Eintrittsdatum", ["frühestmögliches Eintrittsdatum"], None)}, False),
    ],
    multi=[(1, 3), (0, 6)]))

# ---------------------------------------------------------------- 5 event catering
DOMAINS.append(dict(
    app={"en": "Catering events", "fr": "Traiteur", "es": "Catering", "de": "Catering"},
    kinds=[
        ("event", {"en": ("Event", "Events", "on the events", "for each event", "to the event records"),
                   "fr": ("Événement", "Événements", "sur les événements", "pour chaque événement", "dans les fiches événement"),
                   "es": ("Evento", "Eventos", "en los eventos", "en cada evento", "en las fichas de eventos"),
                   "de": ("Veranstaltung", "Veranstaltungen", "bei den Veranstaltungen", "bei jeder Veranstaltung", "in den Veranstaltungsdaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("event_date", "date", {"en": "Date", "fr": "Date", "es": "Fecha", "de": "Datum"}, None, None),
          ("venue", "text", {"en": "Venue", "fr": "Lieu", "es": "Lugar", "de": "Ort"}, None, None),
          ("client", "reference", {"en": "Client", "fr": "Client", "es": "Cliente", "de": "Auftraggeber"}, None, "client"),
          ("status", "choice", {"en": "Status", "fr": "Statut", "es": "Estado", "de": "Status"},
           {"en": ["Enquiry", "Confirmed", "Done"], "fr": ["Demande", "Confirmé", "Terminé"], "es": ["Consulta", "Confirmado", "Hecho"], "de": ["Anfrage", "Bestätigt", "Erledigt"]}, None)]),
        ("client", {"en": ("Client", "Clients", "on the clients", "for each client", "to the client records"),
                    "fr": ("Client", "Clients", "sur les clients", "pour chaque client", "dans les fiches clients"),
                    "es": ("Cliente", "Clientes", "en los clientes", "en cada cliente", "en las fichas de clientes"),
                    "de": ("Auftraggeber", "Auftraggeber", "bei den Auftraggebern", "bei jedem Auftraggeber", "in den Auftraggeberdaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None, None),
          ("phone", "phone", {"en": "Phone", "fr": "Téléphone", "es": "Teléfono", "de": "Telefon"}, None, None)]),
    ],
    items=[
        ("event", "integer", "none", {
            "en": ("the number of guests", "number of guests", ["guests", "guest count"], None),
            "fr": ("le nombre d'invités", "nombre d'invités", ["invités"], None),
            "es": ("el número de invitados", "número de invitados", ["invitados"], None),
            "de": ("die Gästezahl", "Gästezahl", ["Anzahl Gäste", "Gäste"], None)}, False),
        ("event", "money", "each", {
            "en": ("the price per head", "price per head", ["price"], None),
            "fr": ("le prix par personne", "prix par personne", ["prix"], None),
            "es": ("el precio por persona", "precio por persona", ["precio"], None),
            "de": ("den Preis pro Person", "Preis pro Person", ["Preis"], None)}, False),
        ("event", "choice", "on", {
            "en": ("the service style: buffet/plated/cocktail", "service style", [], ["Buffet", "Plated", "Cocktail"]),
            "fr": ("le type de service : buffet/à l'assiette/cocktail", "type de service", [], ["Buffet", "À l'assiette", "Cocktail"]),
            "es": ("el tipo de servicio: bufé/emplatado/cóctel", "tipo de servicio", [], ["Bufé", "Emplatado", "Cóctel"]),
            "de": ("die Serviceart: Buffet/Menü/Fingerfood", "Serviceart", [], ["Buffet", "Menü", "Fingerfood"])}, True),
        ("event", "long_text", "each", {
            "en": ("the dietary requirements", "dietary requirements", ["diet"], None),
            "fr": ("les régimes alimentaires particuliers", "régimes alimentaires", ["régimes alimentaires particuliers"], None),
            "es": ("las alergias e intolerancias", "alergias e intolerancias", ["alergias"], None),
            "de": ("die Allergien und Unverträglichkeiten", "Allergien und Unverträglichkeiten", ["Allergien"], None)}, False),
        ("event", "datetime", "on", {
            "en": ("the setup start time", "setup start time", ["setup time", "setup start"], None),
            "fr": ("l'heure de début de la mise en place", "heure de mise en place", ["début de la mise en place", "mise en place"], None),
            "es": ("la hora de montaje", "hora de montaje", ["montaje"], None),
            "de": ("den Beginn des Aufbaus", "Aufbaubeginn", ["Beginn des Aufbaus", "Aufbau"], None)}, False),
        ("client", "email", "to", {
            "en": ("a billing email", "billing email", ["billing email address"], None),
            "fr": ("une adresse e-mail de facturation", "e-mail de facturation", ["adresse e-mail de facturation"], None),
            "es": ("un correo de facturación", "correo de facturación", [], None),
            "de": ("eine Rechnungs-E-Mail-Adresse", "Rechnungs-E-Mail", ["Rechnungs-E-Mail-Adresse", "E-Mail für Rechnungen"], None)}, False),
        ("client", "choice", "each", {
            "en": ("the client type, one of private, company or association", "client type", ["type"], ["Private", "Company", "Association"]),
            "fr": ("le type de client : particulier, entreprise ou association", "type de client", ["type"], ["Particulier", "Entreprise", "Association"]),
            "es": ("el tipo de cliente: particular, empresa o asociación", "tipo de cliente", ["tipo"], ["Particular", "Empresa", "Asociación"]),
            "de": ("die Kundenart: privat, Firma oder Verein", "Kundenart", ["Art"], ["Privat", "Firma", "Verein"])}, True),
        ("event", "boolean", "none", {
            "en": ("whether the deposit was paid", "deposit paid", ["deposit"], None),
            "fr": ("si l'acompte a été versé", "acompte versé", ["acompte"], None),
            "es": ("si se ha pagado la señal", "señal pagada", ["señal"], None),
            "de": ("ob die Anzahlung eingegangen ist", "Anzahlung eingegangen", ["Anzahlung"], None)}, True),
        ("event", "person", "on", {
            "en": ("the event coordinator", "coordinator", ["event coordinator"], None),
            "fr": ("le coordinateur de l'événement", "coordinateur", ["coordinateur de l'événement"], None),
            "es": ("el coordinador del evento", "coordinador", ["coordinador del evento"], None),
            "de": ("den verantwortlichen Koordinator", "Koordinator", ["verantwortlicher Koordinator"], None)}, False),
        ("event", "file", "each", {
            "en": ("the floor plan (file)", "floor plan", [], None),
            "fr": ("le plan de salle (fichier)", "plan de salle", [], None),
            "es": ("el plano de la sala (archivo)", "plano de la sala", ["plano"], None),
            "de": ("den Raumplan als Datei", "Raumplan", [], None)}, False),
    ],
    multi=[(0, 1), (5, 8)]))

# ---------------------------------------------------------------- 6 sports club
DOMAINS.append(dict(
    app={"en": "Sports club", "fr": "Club sportif", "es": "Club deportivo", "de": "Sportverein"},
    kinds=[
        ("member", {"en": ("Member", "Members", "on the members", "for each member", "to the member records"),
                    "fr": ("Adhérent", "Adhérents", "sur les adhérents", "pour chaque adhérent", "dans les fiches adhérents"),
                    "es": ("Socio", "Socios", "en los socios", "en cada socio", "en las fichas de socios"),
                    "de": ("Mitglied", "Mitglieder", "bei den Mitgliedern", "bei jedem Mitglied", "in den Mitgliederdaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("birth_date", "date", {"en": "Birth date", "fr": "Date de naissance", "es": "Fecha de nacimiento", "de": "Geburtsdatum"}, None, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None, None),
          ("team", "reference", {"en": "Team", "fr": "Équipe", "es": "Equipo", "de": "Mannschaft"}, None, "team")]),
        ("team", {"en": ("Team", "Teams", "on the teams", "for each team", "to the team records"),
                  "fr": ("Équipe", "Équipes", "sur les équipes", "pour chaque équipe", "dans les fiches équipe"),
                  "es": ("Equipo", "Equipos", "en los equipos", "en cada equipo", "en las fichas de equipos"),
                  "de": ("Mannschaft", "Mannschaften", "bei den Mannschaften", "bei jeder Mannschaft", "in den Mannschaftsdaten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None, None),
          ("age_group", "choice", {"en": "Age group", "fr": "Catégorie", "es": "Categoría", "de": "Altersklasse"},
           {"en": ["U12", "U14", "Seniors"], "fr": ["U12", "U14", "Seniors"], "es": ["Alevín", "Infantil", "Sénior"], "de": ["U12", "U14", "Senioren"]}, None),
          ("coach", "person", {"en": "Coach", "fr": "Entraîneur", "es": "Entrenador", "de": "Trainer"}, None, None)]),
        ("match", {"en": ("Match", "Matches", "on the matches", "for each match", "to the match records"),
                   "fr": ("Match", "Matchs", "sur les matchs", "pour chaque match", "dans les fiches de match"),
                   "es": ("Partido", "Partidos", "en los partidos", "en cada partido", "en las fichas de partidos"),
                   "de": ("Spiel", "Spiele", "bei den Spielen", "bei jedem Spiel", "in den Spieldaten")},
         [("match_date", "date", {"en": "Date", "fr": "Date", "es": "Fecha", "de": "Datum"}, None, None),
          ("team", "reference", {"en": "Team", "fr": "Équipe", "es": "Equipo", "de": "Mannschaft"}, None, "team"),
          ("opponent", "text", {"en": "Opponent", "fr": "Adversaire", "es": "Rival", "de": "Gegner"}, None, None),
          ("venue", "choice", {"en": "Venue", "fr": "Lieu", "es": "Campo", "de": "Spielort"},
           {"en": ["Home", "Away"], "fr": ["Domicile", "Extérieur"], "es": ["Local", "Visitante"], "de": ["Heim", "Auswärts"]}, None)]),
    ],
    items=[
        ("member", "money", "each", {
            "en": ("the annual fee", "annual fee", ["fee", "membership fee"], None),
            "fr": ("la cotisation annuelle", "cotisation annuelle", ["cotisation"], None),
            "es": ("la cuota anual", "cuota anual", ["cuota"], None),
            "de": ("den Jahresbeitrag", "Jahresbeitrag", ["Beitrag"], None)}, False),
        ("member", "date", "on", {
            "en": ("the medical certificate expiry date", "medical certificate expiry date", ["medical certificate expiry", "certificate expiry date"], None),
            "fr": ("la date d'expiration du certificat médical", "date d'expiration du certificat médical", ["expiration du certificat médical", "certificat médical"], None),
            "es": ("la fecha de caducidad del certificado médico", "fecha de caducidad del certificado médico", ["caducidad del certificado médico", "certificado médico"], None),
            "de": ("das Ablaufdatum des Attests", "Ablaufdatum des Attests", ["Attest gültig bis", "Ablaufdatum Attest"], None)}, False),
        ("member", "file", "none", {
            "en": ("the member's photo", "photo", ["member photo"], None),
            "fr": ("la photo de l'adhérent", "photo", ["photo de l'adhérent"], None),
            "es": ("la foto del socio", "foto", ["foto del socio"], None),
            "de": ("das Foto des Mitglieds", "Foto", ["Mitgliedsfoto"], None)}, False),
        ("match", "integer", "each", {
            "en": ("the goals scored", "goals scored", ["goals"], None),
            "fr": ("le nombre de buts marqués", "buts marqués", ["nombre de buts marqués", "buts"], None),
            "es": ("los goles marcados", "goles marcados", ["goles"], None),
            "de": ("die erzielten Tore", "erzielte Tore", ["Tore"], None)}, False),
        ("match", "choice", "on", {
            "en": ("the result, one of win, draw or loss", "result", [], ["Win", "Draw", "Loss"]),
            "fr": ("le résultat : victoire, nul ou défaite", "résultat", [], ["Victoire", "Nul", "Défaite"]),
            "es": ("el resultado: victoria, empate o derrota", "resultado", [], ["Victoria", "Empate", "Derrota"]),
            "de": ("das Ergebnis: Sieg, Unentschieden oder Niederlage", "Ergebnis", [], ["Sieg", "Unentschieden", "Niederlage"])}, True),
        ("team", "person", "each", {
            "en": ("the assistant coach", "assistant coach", [], None),
            "fr": ("l'entraîneur adjoint", "entraîneur adjoint", [], None),
            "es": ("el segundo entrenador", "segundo entrenador", [], None),
            "de": ("den Co-Trainer", "Co-Trainer", [], None)}, False),
        ("team", "text", "to", {
            "en": ("the training ground", "training ground", [], None),
            "fr": ("le lieu d'entraînement", "lieu d'entraînement", [], None),
            "es": ("el campo de entrenamiento", "campo de entrenamiento", [], None),
            "de": ("den Trainingsplatz", "Trainingsplatz", [], None)}, False),
        ("member", "boolean", "none", {
            "en": ("whether parental consent was given", "parental consent", ["parental consent given"], None),
            "fr": ("si l'autorisation parentale a été signée", "autorisation parentale", ["autorisation parentale signée"], None),
            "es": ("si hay autorización de los padres", "autorización de los padres", ["autorización"], None),
            "de": ("ob die Einverständniserklärung der Eltern vorliegt", "Einverständniserklärung der Eltern", ["Einverständniserklärung", "Elterneinverständnis"], None)}, True),
        ("match", "decimal", "each", {
            "en": ("the travel distance in km", "travel distance", ["distance"], None),
            "fr": ("la distance du déplacement en km", "distance du déplacement", ["distance"], None),
            "es": ("la distancia del desplazamiento en km", "distancia del desplazamiento", ["distancia"], None),
            "de": ("die Fahrstrecke in km", "Fahrstrecke", ["Entfernung"], None)}, False),
        ("team", "choice", "on", {
            "en": ("a training day (Monday, Wednesday, Friday)", "training day", [], ["Monday", "Wednesday", "Friday"]),
            "fr": ("un jour d'entraînement (lundi, mercredi, vendredi)", "jour d'entraînement", [], ["Lundi", "Mercredi", "Vendredi"]),
            "es": ("el día de entrenamiento (lunes, miércoles, viernes)", "día de entrenamiento", [], ["Lunes", "Miércoles", "Viernes"]),
            "de": ("den Trainingstag (Montag, Mittwoch, Freitag)", "Trainingstag", [], ["Montag", "Mittwoch", "Freitag"])}, False),
    ],
    multi=[(0, 3), (6, 9)]))

# ---------------------------------------------------------------- frames
# P after the noun phrase ({N} {P}); P first ({Pc} ... {N}); no place ({N} only).
FRAMES = {
    "en": [("imperative", "Add {N} {P}.", "{Pc}, add {N}.", "Add {N}."),
           ("polite", "Could you add {N} {P}, please?", "{Pc}, could you add {N}, please?", "Could you add {N}, please?"),
           ("need", "{Pc}, we also need {N}.", "{Pc}, we also need {N}.", "We also need {N}."),
           ("field_for", "please add a field for {N} {P}", "{Pc}, please add a field for {N}", "please add a field for {N}"),
           ("ability", "We'd like the ability to record {N} {P}.", "{Pc}, we'd like the ability to record {N}.", "We'd like the ability to record {N}."),
           ("noted", "Hi, can we have {N} noted {P} as well? Thanks", "Hi, {P} can we have {N} noted as well? Thanks", "Hi, can we have {N} noted as well? Thanks")],
    "fr": [("imperative", "Ajoute {N} {P}.", "{Pc}, ajoute {N}.", "Ajoute {N}."),
           ("polite", "Pourriez-vous ajouter {N} {P}, s'il vous plaît ?", "{Pc}, pourriez-vous ajouter {N}, s'il vous plaît ?", "Pourriez-vous ajouter {N}, s'il vous plaît ?"),
           ("need", "{Pc}, il faudrait aussi {N}.", "{Pc}, il faudrait aussi {N}.", "Il faudrait aussi {N}."),
           ("field_for", "Merci d'ajouter un champ pour {N} {P}.", "{Pc}, merci d'ajouter un champ pour {N}.", "Merci d'ajouter un champ pour {N}."),
           ("ability", "On voudrait pouvoir noter {N} {P}.", "{Pc}, on voudrait pouvoir noter {N}.", "On voudrait pouvoir noter {N}."),
           ("noted", "Bonjour, est-ce qu'on peut aussi avoir {N} {P} ? Merci", "Bonjour, {P} est-ce qu'on peut aussi avoir {N} ? Merci", "Bonjour, est-ce qu'on peut aussi avoir {N} ? Merci")],
    "es": [("imperative", "Añade {N} {P}.", "{Pc}, añade {N}.", "Añade {N}."),
           ("polite", "¿Podéis añadir {N} {P}, por favor?", "{Pc}, ¿podéis añadir {N}, por favor?", "¿Podéis añadir {N}, por favor?"),
           ("need", "{Pc} también necesitamos {N}.", "{Pc} también necesitamos {N}.", "También necesitamos {N}."),
           ("field_for", "Añadid un campo para {N} {P}.", "{Pc}, añadid un campo para {N}.", "Añadid un campo para {N}."),
           ("ability", "Queremos poder apuntar {N} {P}.", "{Pc} queremos poder apuntar {N}.", "Queremos poder apuntar {N}."),
           ("noted", "Hola, ¿se puede añadir también {N} {P}? Gracias", "Hola, {P} ¿se puede añadir también {N}? Gracias", "Hola, ¿se puede añadir también {N}? Gracias")],
    "de": [("imperative", "Bitte {N} {P} ergänzen.", "{Pc} bitte noch {N} ergänzen.", "Bitte {N} ergänzen."),
           ("polite", "Könnt ihr {P} noch {N} hinzufügen?", "Könnt ihr {P} bitte noch Folgendes hinzufügen: {N}?", "Könnt ihr noch {N} hinzufügen?"),
           ("need", "{Pc} brauchen wir auch {N}.", "{Pc} brauchen wir auch {N}.", "Wir brauchen auch {N}."),
           ("field_for", "Bitte {P} ein Feld für {N} anlegen.", "Bitte {P} ein Feld anlegen für {N}.", "Bitte ein Feld für {N} anlegen."),
           ("ability", "Wir möchten {P} auch {N} erfassen können.", "{Pc} möchten wir auch erfassen: {N}.", "Wir möchten auch {N} erfassen können."),
           ("noted", "Hallo zusammen, könntet ihr {P} bitte noch {N} aufnehmen? Danke!", "Hallo zusammen, {P} bitte noch aufnehmen: {N}. Danke!", "Hallo zusammen, könntet ihr bitte noch {N} aufnehmen? Danke!")],
}
# a German "ob ..." clause goes to the end of the sentence
NONE_TAIL_DE = ["Bitte noch ergänzen, {N}.", "Könnt ihr noch hinzufügen, {N}?", "Wir müssen auch wissen, {N}.",
                "Bitte ein Feld anlegen, {N}.", "Wir möchten auch erfassen können, {N}.",
                "Hallo zusammen, könntet ihr bitte noch aufnehmen, {N}? Danke!"]
OB_FIRST_DE = ["{Pc} bitte noch ergänzen, {N}.", "Könnt ihr {P} noch hinzufügen, {N}?", "{Pc} müssen wir auch wissen, {N}.",
               "Bitte {P} ein Feld anlegen, {N}.", "{Pc} möchten wir auch erfassen, {N}.",
               "Hallo zusammen, {P} bitte noch aufnehmen, {N}. Danke!"]
JOIN = {"en": "Add {A} {PA}, and {B} {PB}.", "fr": "Ajoute {A} {PA}, et {B} {PB}.",
        "es": "Añade {A} {PA}, y {B} {PB}.", "de": "Bitte {PA} {A} und {PB} {B} ergänzen."}
JOIN_NONE = {"en": "Add {A} and {B}.", "fr": "Ajoute {A} et {B}.", "es": "Añade {A} y {B}.", "de": "Bitte {A} und {B} ergänzen."}


def cap(s):
    return s[:1].upper() + s[1:]


def place_phrase(kinds, kind, place, lang, first):
    if place == "none":
        return ""
    k = kinds[kind][lang]
    p = {"on": k[2], "each": k[3], "to": k[4]}[place]
    if first and lang == "en" and place == "to":
        p = p.replace("to the ", "in the ", 1)
    return p


def build_spec(dom, lang):
    ents = []
    for key, names, fields in dom["kinds"]:
        n = names[lang]
        fs = []
        for fk, t, labels, opts, target in fields:
            f = {"key": fk, "label": labels[lang], "type": t}
            if opts:
                f["options"] = opts[lang]
            if target:
                f["target"] = target
            fs.append(f)
        ents.append({"key": key, "name": n[0], "plural": n[1], "fields": fs})
    return {"spec": 1, "name": dom["app"][lang], "summary": dom["app"][lang] + ".", "entities": ents}


def gold(item, lang):
    kind, typ, place, words, tail = item
    np, name, aliases, options = words[lang]
    g = {"op": "add_field", "entity": kind, "name": name, "aliases": aliases, "type": typ, "alt_types": ALT[typ]}
    if options:
        g["options"] = options
    return g


def family(typ):
    return typ


def typo(s, lang, i):
    s = s.lower()
    if lang != "en":
        s = fold(s)
    s = s.rstrip(".!")
    if lang == "en" and i % 2:
        s = s.replace("please ", "pls ").replace("please", "pls")
    return s


def main():
    rows = []
    n = 0
    for di, dom in enumerate(DOMAINS):
        kinds = {k: names for k, names, _ in dom["kinds"]}
        for lang in LANGS:
            spec = build_spec(dom, lang)
            for ii, item in enumerate(dom["items"]):
                kind, typ, place, words, tail = item
                fi = (di * 3 + ii + LANGS.index(lang)) % len(FRAMES[lang])
                fname, after, first, none = FRAMES[lang][fi]
                np = words[lang][0]
                if place == "none":
                    if tail and lang == "de":
                        none = NONE_TAIL_DE[fi]
                    text = none.format(N=np)
                else:
                    use_first = tail or fname == "need"
                    P = place_phrase(kinds, kind, place, lang, use_first)
                    if lang == "de" and np.startswith("ob "):
                        first = OB_FIRST_DE[fi]
                    text = (first if use_first else after).format(N=np, P=P, Pc=cap(P))
                n += 1
                typed = n % 4 == 0
                if typed:
                    text = typo(text, lang, n)
                owner_named = place == "none" and kind != dom["kinds"][0][0]
                rows.append({"id": f"g26f-{n:03d}", "lang": lang, "spec": spec, "request": text,
                             "expect": [gold(item, lang)], "keep": "all other fields and entities unchanged",
                             "construction": "place_" + (("none_owner" if owner_named else "none_main") if place == "none" else place),
                             "family": family(typ), "frame": fname + ("_typed" if typed else "")})
            for a, b in dom["multi"]:
                A, B = dom["items"][a], dom["items"][b]
                pa = place_phrase(kinds, A[0], A[2], lang, lang == "de")
                pb = place_phrase(kinds, B[0], B[2], lang, lang == "de")
                if not pa and not pb:
                    text = JOIN_NONE[lang].format(A=A[3][lang][0], B=B[3][lang][0])
                else:
                    text = JOIN[lang].format(A=A[3][lang][0], B=B[3][lang][0], PA=pa, PB=pb)
                text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
                n += 1
                rows.append({"id": f"g26f-{n:03d}", "lang": lang, "spec": spec, "request": text,
                             "expect": [gold(A, lang), gold(B, lang)], "keep": "all other fields and entities unchanged",
                             "construction": "multi", "family": A[1] + "+" + B[1], "frame": "join"})
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()

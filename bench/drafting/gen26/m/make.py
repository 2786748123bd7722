#!/usr/bin/env python3
"""Session 26, helper m: a SECOND KIND said with its own details and belonging to the first (en, fr, es, de).

A request names a record (order, timesheet, resident, meter, invoice, renovation site, recipe, meeting, expense
report, document) and the records it is made of or that are logged against it (lines, entries, visits, readings,
payments, tasks, steps, attendees, expense items, comments), each with details of their own. A careful analyst
makes two kinds, the child's details on the child, and a many-to-one reference from the child to the parent.
Contrast rows keep one kind: a plain list that holds plural fields (notes, tags) and a count of the child word.
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata


def F(name, typ, aliases=(), alt=(), target=None, optional=False):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if target:
        f["target"] = target
    if optional:
        f["optional"] = True
    return f


NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires", "observations"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}

LANGS = ("en", "fr", "es", "de")


def fld(said, typ, alt=(), al=()):
    """a field as said in the request: (text said, gold field)"""
    return (said, F(said, typ, list(al), list(alt)))


def N(name, sing, plural, gender="m", aliases=(), gen=None):
    """a kind's noun: Name, singular, plural, gender (fr/es/de), aliases, German genitive singular form"""
    return dict(name=name, sing=sing, plural=plural, g=gender, aliases=list(aliases), gen=gen or sing)


# domain -> lang -> (parent noun, parent fields, child noun, child fields)
D = {}
D["orders"] = {
    "en": (N("Order", "order", "orders", aliases=["purchase order", "customer order"]),
           [fld("order number", "text", [], ["number", "order no"]), fld("order date", "date", ["datetime"], ["date"])],
           N("Order line", "order line", "order lines", aliases=["line", "item", "order item", "line item"]),
           [fld("product", "text", ["reference"], ["item", "article"]), fld("quantity", "integer", ["decimal"], ["qty"]),
            fld("unit price", "money", ["decimal"], ["price"])]),
    "fr": (N("Commande", "commande", "commandes", "f", ["bon de commande", "order"]),
           [fld("numéro de commande", "text", [], ["numéro", "n° de commande"]), fld("date de commande", "date", ["datetime"], ["date"])],
           N("Ligne de commande", "ligne de commande", "lignes de commande", "f", ["ligne", "article", "order line"]),
           [fld("produit", "text", ["reference"], ["article"]), fld("quantité", "integer", ["decimal"], ["qté"]),
            fld("prix unitaire", "money", ["decimal"], ["prix"])]),
    "es": (N("Pedido", "pedido", "pedidos", "m", ["orden de compra", "order"]),
           [fld("número de pedido", "text", [], ["número"]), fld("fecha del pedido", "date", ["datetime"], ["fecha"])],
           N("Línea de pedido", "línea de pedido", "líneas de pedido", "f", ["línea", "artículo", "order line"]),
           [fld("producto", "text", ["reference"], ["artículo"]), fld("cantidad", "integer", ["decimal"]),
            fld("precio unitario", "money", ["decimal"], ["precio"])]),
    "de": (N("Bestellung", "Bestellung", "Bestellungen", "f", ["Auftrag", "order"], "Bestellung"),
           [fld("Bestellnummer", "text", [], ["Nummer"]), fld("Bestelldatum", "date", ["datetime"], ["Datum"])],
           N("Bestellposition", "Bestellposition", "Bestellpositionen", "f", ["Position", "Posten", "order line"]),
           [fld("Artikel", "text", ["reference"], ["Produkt"]), fld("Menge", "integer", ["decimal"], ["Anzahl"]),
            fld("Stückpreis", "money", ["decimal"], ["Einzelpreis", "Preis"])]),
}
D["timesheets"] = {
    "en": (N("Timesheet", "timesheet", "timesheets", aliases=["time sheet"]),
           [fld("employee name", "text", ["person"], ["employee", "name"]), fld("week starting", "date", ["text"], ["week", "week start"])],
           N("Time entry", "time entry", "time entries", aliases=["entry", "time log"]),
           [fld("date", "date", ["datetime"], ["day"]), fld("hours", "decimal", ["integer"], ["hours worked"]),
            fld("task", "text", ["long_text"], ["activity", "description"])]),
    "fr": (N("Feuille de temps", "feuille de temps", "feuilles de temps", "f", ["feuille d'heures", "timesheet"]),
           [fld("nom du salarié", "text", ["person"], ["salarié", "nom", "employé"]), fld("semaine du", "date", ["text"], ["semaine", "début de semaine"])],
           N("Pointage", "pointage", "pointages", "m", ["saisie", "entrée", "ligne", "time entry"]),
           [fld("date", "date", ["datetime"], ["jour"]), fld("heures", "decimal", ["integer"], ["nombre d'heures"]),
            fld("tâche", "text", ["long_text"], ["activité", "description"])]),
    "es": (N("Hoja de horas", "hoja de horas", "hojas de horas", "f", ["parte de horas", "timesheet"]),
           [fld("nombre del empleado", "text", ["person"], ["empleado", "nombre"]), fld("semana del", "date", ["text"], ["semana", "inicio de semana"])],
           N("Entrada", "entrada", "entradas", "f", ["registro", "apunte", "time entry"]),
           [fld("fecha", "date", ["datetime"], ["día"]), fld("horas", "decimal", ["integer"], ["número de horas"]),
            fld("tarea", "text", ["long_text"], ["actividad", "descripción"])]),
    "de": (N("Stundenzettel", "Stundenzettel", "Stundenzettel", "m", ["Stundennachweis", "timesheet"], "Stundenzettels"),
           [fld("Mitarbeitername", "text", ["person"], ["Mitarbeiter", "Name"]), fld("Woche ab", "date", ["text"], ["Woche", "Wochenbeginn"])],
           N("Zeiteintrag", "Zeiteintrag", "Zeiteinträge", "m", ["Eintrag", "Buchung", "time entry"]),
           [fld("Datum", "date", ["datetime"], ["Tag"]), fld("Stunden", "decimal", ["integer"], ["Arbeitsstunden"]),
            fld("Tätigkeit", "text", ["long_text"], ["Aufgabe", "Beschreibung"])]),
}
D["carehome"] = {
    "en": (N("Resident", "resident", "residents", aliases=["patient"]),
           [fld("room number", "text", ["integer"], ["room"]), fld("date of birth", "date", [], ["birth date", "dob"])],
           N("Visit", "visit", "visits", aliases=["family visit", "visitor"]),
           [fld("visitor name", "text", ["person"], ["visitor", "name"]), fld("date", "date", ["datetime"], ["visit date"]),
            fld("duration", "decimal", ["integer", "text"], ["length"])]),
    "fr": (N("Résident", "résident", "résidents", "m", ["pensionnaire", "resident"]),
           [fld("numéro de chambre", "text", ["integer"], ["chambre"]), fld("date de naissance", "date", [], ["naissance"])],
           N("Visite", "visite", "visites", "f", ["visiteur", "visit"]),
           [fld("nom du visiteur", "text", ["person"], ["visiteur", "nom"]), fld("date", "date", ["datetime"], ["date de visite"]),
            fld("durée", "decimal", ["integer", "text"])]),
    "es": (N("Residente", "residente", "residentes", "m", ["paciente", "resident"]),
           [fld("número de habitación", "text", ["integer"], ["habitación"]), fld("fecha de nacimiento", "date", [], ["nacimiento"])],
           N("Visita", "visita", "visitas", "f", ["visitante", "visit"]),
           [fld("nombre del visitante", "text", ["person"], ["visitante", "nombre"]), fld("fecha", "date", ["datetime"]),
            fld("duración", "decimal", ["integer", "text"])]),
    "de": (N("Bewohner", "Bewohner", "Bewohner", "m", ["Bewohnerin", "resident"], "Bewohners"),
           [fld("Zimmernummer", "text", ["integer"], ["Zimmer"]), fld("Geburtsdatum", "date", [], ["Geburtstag"])],
           N("Besuch", "Besuch", "Besuche", "m", ["Besucher", "visit"]),
           [fld("Name des Besuchers", "text", ["person"], ["Besucher", "Name", "Besuchername"]), fld("Datum", "date", ["datetime"]),
            fld("Dauer", "decimal", ["integer", "text"])]),
}
D["meters"] = {
    "en": (N("Meter", "meter", "meters", aliases=["utility meter"]),
           [fld("meter number", "text", [], ["number", "serial number"]), fld("location", "text", [], ["place"])],
           N("Reading", "reading", "readings", aliases=["meter reading"]),
           [fld("date", "date", ["datetime"], ["reading date"]), fld("value", "decimal", ["integer"], ["reading", "index"]),
            fld("read by", "person", ["text"], ["reader"])]),
    "fr": (N("Compteur", "compteur", "compteurs", "m", ["meter"]),
           [fld("numéro de compteur", "text", [], ["numéro"]), fld("emplacement", "text", [], ["lieu", "localisation"])],
           N("Relevé", "relevé", "relevés", "m", ["relevé de compteur", "reading"]),
           [fld("date", "date", ["datetime"], ["date du relevé"]), fld("index", "decimal", ["integer"], ["valeur"]),
            fld("relevé par", "person", ["text"], ["releveur", "agent"])]),
    "es": (N("Contador", "contador", "contadores", "m", ["medidor", "meter"]),
           [fld("número de contador", "text", [], ["número"]), fld("ubicación", "text", [], ["lugar"])],
           N("Lectura", "lectura", "lecturas", "f", ["lectura del contador", "reading"]),
           [fld("fecha", "date", ["datetime"], ["fecha de lectura"]), fld("valor", "decimal", ["integer"], ["lectura"]),
            fld("leído por", "person", ["text"], ["lector", "persona"])]),
    "de": (N("Zähler", "Zähler", "Zähler", "m", ["Messgerät", "meter"], "Zählers"),
           [fld("Zählernummer", "text", [], ["Nummer"]), fld("Standort", "text", [], ["Ort"])],
           N("Ablesung", "Ablesung", "Ablesungen", "f", ["Zählerablesung", "reading"]),
           [fld("Datum", "date", ["datetime"], ["Ablesedatum"]), fld("Zählerstand", "decimal", ["integer"], ["Stand", "Wert"]),
            fld("abgelesen von", "person", ["text"], ["Ableser"])]),
}
D["invoices"] = {
    "en": (N("Invoice", "invoice", "invoices", aliases=["bill"]),
           [fld("invoice number", "text", [], ["number"]), fld("total amount", "money", ["decimal"], ["total", "amount"])],
           N("Payment", "payment", "payments", aliases=["instalment", "installment"]),
           [fld("payment date", "date", ["datetime"], ["date"]), fld("amount", "money", ["decimal"], ["amount paid"]),
            fld("payment method", "text", ["choice"], ["method"])]),
    "fr": (N("Facture", "facture", "factures", "f", ["invoice"]),
           [fld("numéro de facture", "text", [], ["numéro"]), fld("montant total", "money", ["decimal"], ["total", "montant"])],
           N("Paiement", "paiement", "paiements", "m", ["règlement", "versement", "payment"]),
           [fld("date du paiement", "date", ["datetime"], ["date", "date de paiement"]), fld("montant", "money", ["decimal"], ["montant payé"]),
            fld("mode de paiement", "text", ["choice"], ["moyen de paiement", "mode"])]),
    "es": (N("Factura", "factura", "facturas", "f", ["invoice"]),
           [fld("número de factura", "text", [], ["número"]), fld("importe total", "money", ["decimal"], ["total", "importe"])],
           N("Pago", "pago", "pagos", "m", ["abono", "cobro", "payment"]),
           [fld("fecha de pago", "date", ["datetime"], ["fecha", "fecha del pago"]), fld("importe", "money", ["decimal"], ["monto", "cantidad"]),
            fld("forma de pago", "text", ["choice"], ["método de pago", "medio de pago"])]),
    "de": (N("Rechnung", "Rechnung", "Rechnungen", "f", ["invoice"], "Rechnung"),
           [fld("Rechnungsnummer", "text", [], ["Nummer"]), fld("Gesamtbetrag", "money", ["decimal"], ["Betrag", "Summe"])],
           N("Zahlung", "Zahlung", "Zahlungen", "f", ["Teilzahlung", "Zahlungseingang", "payment"]),
           [fld("Zahlungsdatum", "date", ["datetime"], ["Datum"]), fld("Betrag", "money", ["decimal"], ["Zahlbetrag"]),
            fld("Zahlungsart", "text", ["choice"], ["Zahlungsweise", "Zahlungsmethode"])]),
}
D["renovation"] = {
    "en": (N("Project", "project", "projects", aliases=["renovation project", "job", "site"]),
           [fld("address", "text", ["long_text"], ["site address"]), fld("start date", "date", [], ["start"])],
           N("Task", "task", "tasks", aliases=["to-do", "job"]),
           [fld("description", "text", ["long_text"], ["task", "title"]), fld("due date", "date", [], ["deadline", "due"]),
            fld("done", "boolean", ["choice"], ["completed", "finished"])]),
    "fr": (N("Chantier", "chantier", "chantiers", "m", ["projet", "project"]),
           [fld("adresse", "text", ["long_text"], ["adresse du chantier"]), fld("date de début", "date", [], ["début"])],
           N("Tâche", "tâche", "tâches", "f", ["travail", "task"]),
           [fld("description", "text", ["long_text"], ["libellé", "intitulé"]), fld("date limite", "date", [], ["échéance"]),
            fld("terminée", "boolean", ["choice"], ["fait", "faite", "terminé"])]),
    "es": (N("Obra", "obra", "obras", "f", ["proyecto", "project"]),
           [fld("dirección", "text", ["long_text"], ["dirección de la obra"]), fld("fecha de inicio", "date", [], ["inicio"])],
           N("Tarea", "tarea", "tareas", "f", ["trabajo", "task"]),
           [fld("descripción", "text", ["long_text"], ["título"]), fld("fecha límite", "date", [], ["vencimiento", "plazo"]),
            fld("hecha", "boolean", ["choice"], ["terminada", "hecho", "completada"])]),
    "de": (N("Baustelle", "Baustelle", "Baustellen", "f", ["Projekt", "Bauprojekt", "project"], "Baustelle"),
           [fld("Adresse", "text", ["long_text"], ["Anschrift"]), fld("Startdatum", "date", [], ["Beginn", "Baubeginn"])],
           N("Aufgabe", "Aufgabe", "Aufgaben", "f", ["Arbeit", "task"]),
           [fld("Beschreibung", "text", ["long_text"], ["Titel", "Bezeichnung"]), fld("Fälligkeitsdatum", "date", [], ["fällig am", "Frist"]),
            fld("erledigt", "boolean", ["choice"], ["abgeschlossen", "fertig"])]),
}
D["recipes"] = {
    "en": (N("Recipe", "recipe", "recipes"),
           [fld("title", "text", [], ["name"]), fld("servings", "integer", ["decimal"], ["portions"])],
           N("Step", "step", "steps", aliases=["recipe step", "instruction"]),
           [fld("step number", "integer", [], ["number", "order"]), fld("instruction", "text", ["long_text"], ["description"]),
            fld("duration in minutes", "integer", ["decimal"], ["duration", "minutes"])]),
    "fr": (N("Recette", "recette", "recettes", "f", ["recipe"]),
           [fld("titre", "text", [], ["nom"]), fld("nombre de portions", "integer", ["decimal"], ["portions", "parts"])],
           N("Étape", "étape", "étapes", "f", ["step"]),
           [fld("numéro d'étape", "integer", [], ["numéro", "ordre"]), fld("consigne", "text", ["long_text"], ["instruction", "description"]),
            fld("durée en minutes", "integer", ["decimal"], ["durée", "minutes"])]),
    "es": (N("Receta", "receta", "recetas", "f", ["recipe"]),
           [fld("título", "text", [], ["nombre"]), fld("raciones", "integer", ["decimal"], ["porciones"])],
           N("Paso", "paso", "pasos", "m", ["step"]),
           [fld("número de paso", "integer", [], ["número", "orden"]), fld("instrucción", "text", ["long_text"], ["descripción"]),
            fld("duración en minutos", "integer", ["decimal"], ["duración", "minutos"])]),
    "de": (N("Rezept", "Rezept", "Rezepte", "n", ["recipe"], "Rezepts"),
           [fld("Titel", "text", [], ["Name"]), fld("Portionen", "integer", ["decimal"], ["Portionenzahl"])],
           N("Arbeitsschritt", "Arbeitsschritt", "Arbeitsschritte", "m", ["Schritt", "step"]),
           [fld("Schrittnummer", "integer", [], ["Nummer", "Reihenfolge"]), fld("Anleitung", "text", ["long_text"], ["Beschreibung", "Anweisung"]),
            fld("Dauer in Minuten", "integer", ["decimal"], ["Dauer", "Minuten"])]),
}
D["meetings"] = {
    "en": (N("Meeting", "meeting", "meetings", aliases=["board meeting"]),
           [fld("date", "datetime", ["date"], ["meeting date"]), fld("topic", "text", ["long_text"], ["subject", "agenda"])],
           N("Attendee", "attendee", "attendees", aliases=["participant"]),
           [fld("name", "text", ["person"], ["attendee name"]), fld("email", "email", ["text"], ["e-mail"]),
            fld("present", "boolean", ["choice"], ["attended"])]),
    "fr": (N("Réunion", "réunion", "réunions", "f", ["meeting"]),
           [fld("date", "datetime", ["date"], ["date de la réunion"]), fld("sujet", "text", ["long_text"], ["thème", "ordre du jour"])],
           N("Participant", "participant", "participants", "m", ["participante", "attendee"]),
           [fld("nom", "text", ["person"], ["nom du participant"]), fld("e-mail", "email", ["text"], ["email", "adresse e-mail"]),
            fld("présent", "boolean", ["choice"], ["présence"])]),
    "es": (N("Reunión", "reunión", "reuniones", "f", ["meeting"]),
           [fld("fecha", "datetime", ["date"], ["fecha de la reunión"]), fld("tema", "text", ["long_text"], ["asunto", "orden del día"])],
           N("Asistente", "asistente", "asistentes", "m", ["participante", "attendee"]),
           [fld("nombre", "text", ["person"]), fld("correo electrónico", "email", ["text"], ["correo", "email"]),
            fld("asistió", "boolean", ["choice"], ["presente", "asistencia"])]),
    "de": (N("Sitzung", "Sitzung", "Sitzungen", "f", ["Besprechung", "meeting"], "Sitzung"),
           [fld("Datum", "datetime", ["date"], ["Termin"]), fld("Thema", "text", ["long_text"], ["Tagesordnung"])],
           N("Teilnehmer", "Teilnehmer", "Teilnehmer", "m", ["Teilnehmerin", "attendee"]),
           [fld("Name", "text", ["person"]), fld("E-Mail", "email", ["text"], ["E-Mail-Adresse"]),
            fld("anwesend", "boolean", ["choice"], ["Anwesenheit"])]),
}
D["expenses"] = {
    "en": (N("Expense report", "expense report", "expense reports", aliases=["expense claim", "claim"]),
           [fld("employee name", "text", ["person"], ["employee", "name"]), fld("submission date", "date", [], ["submitted on", "date"])],
           N("Expense item", "expense item", "expense items", aliases=["item", "expense", "line"]),
           [fld("date", "date", [], ["expense date"]), fld("category", "text", ["choice"], ["type"]),
            fld("amount", "money", ["decimal"], ["cost"])]),
    "fr": (N("Note de frais", "note de frais", "notes de frais", "f", ["expense report"]),
           [fld("nom du salarié", "text", ["person"], ["salarié", "nom"]), fld("date de dépôt", "date", [], ["date de soumission", "date"])],
           N("Dépense", "dépense", "dépenses", "f", ["ligne de frais", "frais", "expense item"]),
           [fld("date", "date", [], ["date de la dépense"]), fld("catégorie", "text", ["choice"], ["type"]),
            fld("montant", "money", ["decimal"], ["coût"])]),
    "es": (N("Informe de gastos", "informe de gastos", "informes de gastos", "m", ["nota de gastos", "expense report"]),
           [fld("nombre del empleado", "text", ["person"], ["empleado", "nombre"]), fld("fecha de entrega", "date", [], ["fecha", "fecha de presentación"])],
           N("Gasto", "gasto", "gastos", "m", ["línea de gasto", "expense item"]),
           [fld("fecha", "date", [], ["fecha del gasto"]), fld("categoría", "text", ["choice"], ["tipo"]),
            fld("importe", "money", ["decimal"], ["monto", "coste"])]),
    "de": (N("Spesenabrechnung", "Spesenabrechnung", "Spesenabrechnungen", "f", ["Reisekostenabrechnung", "expense report"], "Spesenabrechnung"),
           [fld("Mitarbeitername", "text", ["person"], ["Mitarbeiter", "Name"]), fld("Einreichungsdatum", "date", [], ["eingereicht am", "Datum"])],
           N("Beleg", "Beleg", "Belege", "m", ["Ausgabe", "Position", "expense item"]),
           [fld("Datum", "date", [], ["Belegdatum"]), fld("Kategorie", "text", ["choice"], ["Art"]),
            fld("Betrag", "money", ["decimal"], ["Kosten"])]),
}
D["documents"] = {
    "en": (N("Document", "document", "documents", aliases=["draft", "contract draft"]),
           [fld("title", "text", [], ["name"]), fld("version", "text", ["integer", "decimal"], ["version number"])],
           N("Comment", "comment", "comments", aliases=["review comment", "remark"]),
           [fld("author", "person", ["text"], ["commenter", "by"]), fld("date", "date", ["datetime"], ["comment date"]),
            fld("content", "long_text", ["text"], ["text", "comment"])]),
    "fr": (N("Document", "document", "documents", "m", ["projet de contrat", "document"]),
           [fld("titre", "text", [], ["nom"]), fld("version", "text", ["integer", "decimal"], ["numéro de version"])],
           N("Commentaire", "commentaire", "commentaires", "m", ["remarque", "comment"]),
           [fld("auteur", "person", ["text"]), fld("date", "date", ["datetime"]),
            fld("contenu", "long_text", ["text"], ["texte", "commentaire"])]),
    "es": (N("Documento", "documento", "documentos", "m", ["borrador", "document"]),
           [fld("título", "text", [], ["nombre"]), fld("versión", "text", ["integer", "decimal"], ["número de versión"])],
           N("Comentario", "comentario", "comentarios", "m", ["observación", "comment"]),
           [fld("autor", "person", ["text"]), fld("fecha", "date", ["datetime"]),
            fld("contenido", "long_text", ["text"], ["texto", "comentario"])]),
    "de": (N("Dokument", "Dokument", "Dokumente", "n", ["Entwurf", "document"], "Dokuments"),
           [fld("Titel", "text", [], ["Name"]), fld("Version", "text", ["integer", "decimal"], ["Versionsnummer"])],
           N("Kommentar", "Kommentar", "Kommentare", "m", ["Anmerkung", "comment"]),
           [fld("Verfasser", "person", ["text"], ["Autor"]), fld("Datum", "date", ["datetime"]),
            fld("Inhalt", "long_text", ["text"], ["Text", "Kommentar"])]),
}
DOMAINS = list(D)

AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}


def lst(lang, items):
    items = [s for s, _ in items]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]


def comma(items):
    return ", ".join(s for s, _ in items)


def fr_un(n): return "une" if n["g"] == "f" else "un"
def es_un(n): return "una" if n["g"] == "f" else "un"
def es_los(n): return "las" if n["g"] == "f" else "los"
def es_os(n, m, f): return f if n["g"] == "f" else m
def de_ein(n): return {"m": "ein", "f": "eine", "n": "ein"}[n["g"]]
def de_jeder(n): return {"m": "jeder", "f": "jede", "n": "jedes"}[n["g"]]
def de_jeden(n): return {"m": "jeden", "f": "jede", "n": "jedes"}[n["g"]]          # accusative
def de_jedem(n): return {"m": "jedem", "f": "jeder", "n": "jedem"}[n["g"]]          # dative
def de_gen(n): return ({"m": "jedes", "f": "jeder", "n": "jedes"}[n["g"]]) + " " + n["gen"]
def fr_les_de(n):  # "les X de chaque Y"
    return n["plural"]
def cap(s): return s[:1].upper() + s[1:]
def en_a(n): return "an" if n["sing"][:1].lower() in "aeiou" else "a"
def fr_de(word):
    return ("d'" + word) if word[:1].lower() in "aeéèiouh" else ("de " + word)


def intro(lang, P, pf, k):
    """first sentence: the parent and its own details"""
    v = k % 3
    if lang == "en":
        return [f"We keep track of our {P['plural']} ({lst(lang, pf)}).",
                f"I need an app for our {P['plural']}: {lst(lang, pf)}.",
                f"We record {P['plural']} with {lst(lang, pf)}."][v]
    if lang == "fr":
        return [f"On suit nos {P['plural']} ({lst(lang, pf)}).",
                f"Il nous faut une appli pour les {P['plural']} : {lst(lang, pf)}.",
                f"Nous enregistrons les {P['plural']} avec {lst(lang, pf)}."][v]
    if lang == "es":
        return [f"Llevamos el control de {es_los(P)} {P['plural']} ({lst(lang, pf)}).",
                f"Necesito una aplicación para {es_los(P)} {P['plural']}: {lst(lang, pf)}.",
                f"Registramos {es_los(P)} {P['plural']} con {lst(lang, pf)}."][v]
    return [f"Wir verwalten unsere {P['plural']} ({lst(lang, pf)}).",
            f"Ich brauche eine App für unsere {P['plural']}: {lst(lang, pf)}.",
            f"Wir erfassen {P['plural']} mit {lst(lang, pf)}."][v]


def child_sentence(cons, lang, P, C, cf, k):
    L = lst(lang, cf)
    if cons == "each_several":
        if lang == "en": return f"Each {P['sing']} has several {C['plural']}, each with {L}."
        if lang == "fr": return f"Chaque {P['sing']} a plusieurs {C['plural']}, {'chacune' if C['g'] == 'f' else 'chacun'} avec {L}."
        if lang == "es": return f"Cada {P['sing']} tiene {es_os(C, 'varios', 'varias')} {C['plural']}, {es_os(C, 'cada uno', 'cada una')} con {L}."
        return f"{cap(de_jeder(P))} {P['sing']} hat mehrere {C['plural']}, jeweils mit {L}."
    if cons == "for_every":
        if lang == "en": return f"For every {P['sing']} we log the {C['plural']}: {L}."
        if lang == "fr": return f"Pour chaque {P['sing']}, on note les {C['plural']} : {L}."
        if lang == "es": return f"Para cada {P['sing']} apuntamos {es_los(C)} {C['plural']}: {L}."
        return f"Für {de_jeden(P)} {P['sing']} erfassen wir die {C['plural']}: {L}."
    if cons == "made_of":
        if lang == "en": return f"{cap(en_a(P))} {P['sing']} is made up of {C['plural']} ({comma(cf)})."
        if lang == "fr": return f"{cap(fr_un(P))} {P['sing']} se compose de {C['plural']} ({comma(cf)})."
        if lang == "es": return f"{cap(es_un(P))} {P['sing']} se compone de {C['plural']} ({comma(cf)})."
        return f"{cap(de_ein(P))} {P['sing']} besteht aus mehreren {C['plural']}{'n' if not C['plural'].endswith(('n', 's')) else ''} ({comma(cf)})."
    if cons == "per":
        if lang == "en": return f"{cap(C['plural'])} are recorded per {P['sing']}, with {L}."
        if lang == "fr": return f"Les {C['plural']} sont saisi{'es' if C['g'] == 'f' else 's'} par {P['sing']}, avec {L}."
        if lang == "es": return f"{cap(es_los(C))} {C['plural']} se registran por {P['sing']}, con {L}."
        return f"Die {C['plural']} werden pro {P['sing']} erfasst, mit {L}."
    if cons == "can_many":
        if lang == "en": return f"{cap(en_a(P))} {P['sing']} can have many {C['plural']}; for each {C['sing']} we need {L}."
        if lang == "fr": return f"{cap(fr_un(P))} {P['sing']} peut avoir plusieurs {C['plural']} ; pour chaque {C['sing']} il nous faut {L}."
        if lang == "es": return f"{cap(es_un(P))} {P['sing']} puede tener {es_os(C, 'muchos', 'muchas')} {C['plural']}; para cada {C['sing']} necesitamos {L}."
        return f"{cap(de_ein(P))} {P['sing']} kann viele {C['plural']} haben; für {de_jeden(C)} {C['sing']} brauchen wir {L}."
    if cons == "genitive":
        if lang == "en": return f"We also keep the {C['plural']} of each {P['sing']} ({comma(cf)})."
        if lang == "fr": return f"On garde aussi les {C['plural']} de chaque {P['sing']} ({comma(cf)})."
        if lang == "es": return f"También guardamos {es_los(C)} {C['plural']} de cada {P['sing']} ({comma(cf)})."
        return f"Außerdem speichern wir die {C['plural']} {de_gen(P)} ({comma(cf)})."
    raise KeyError(cons)


def bullets(lang, P, pf, C, cf):
    head = {"en": f"{cap(P['plural'])}:", "fr": f"{cap(P['plural'])} :", "es": f"{cap(P['plural'])}:", "de": f"{P['plural']}:"}[lang]
    sub = {"en": f"{C['plural']} (several per {P['sing']}):", "fr": f"{C['plural']} (plusieurs par {P['sing']}) :",
           "es": f"{C['plural']} (varios por {P['sing']}):", "de": f"{C['plural']} (mehrere pro {P['sing']}):"}[lang]
    lines = [head] + [f"- {s}" for s, _ in pf] + [f"- {sub}"] + [f"  - {s}" for s, _ in cf]
    return "\n".join(lines)


def contrast(cons, lang, P, pf, C):
    if cons == "plain_plural":
        extra = {"en": [fld("notes", "long_text", ["text"], ["comments"]), fld("tags", "text", ["choice", "long_text"], ["labels"])],
                 "fr": [fld("remarques", "long_text", ["text"], ["notes", "commentaires"]), fld("mots-clés", "text", ["choice", "long_text"], ["étiquettes", "tags"])],
                 "es": [fld("observaciones", "long_text", ["text"], ["notas", "comentarios"]), fld("etiquetas", "text", ["choice", "long_text"], ["tags"])],
                 "de": [fld("Bemerkungen", "long_text", ["text"], ["Notizen", "Anmerkungen"]), fld("Schlagwörter", "text", ["choice", "long_text"], ["Tags", "Stichwörter"])]}[lang]
        fs = pf + extra
        s = {"en": f"A simple list of {P['plural']} with {lst(lang, fs)}.",
             "fr": f"Une simple liste des {P['plural']} avec {lst(lang, fs)}.",
             "es": f"Una lista sencilla de {P['plural']} con {lst(lang, fs)}.",
             "de": f"Eine einfache Liste der {P['plural']} mit {lst(lang, fs)}."}[lang]
        return s, fs
    if cons == "count_only":
        cnt = {"en": fld(f"number of {C['plural']}", "integer", ["decimal"], [C["plural"], "count"]),
               "fr": fld(f"nombre {fr_de(C['plural'])}", "integer", ["decimal"], [C["plural"], "nombre"]),
               "es": fld(f"número de {C['plural']}", "integer", ["decimal"], [C["plural"], "cantidad de " + C["plural"]]),
               "de": fld(f"Anzahl der {C['plural']}", "integer", ["decimal"], [C["plural"], "Anzahl"])}[lang]
        fs = pf + [cnt]
        s = {"en": f"For every {P['sing']} we record {lst(lang, fs)}.",
             "fr": f"Pour chaque {P['sing']} on enregistre {lst(lang, fs)}.",
             "es": f"Para cada {P['sing']} registramos {lst(lang, fs)}.",
             "de": f"Für {de_jeden(P)} {P['sing']} erfassen wir {lst(lang, fs)}."}[lang]
        return s, fs
    raise KeyError(cons)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def register(prompt, lang, i):
    r = i % 4
    if r == 1:
        hi = {"en": ("Hi team,", "Thanks a lot,\nSam"), "fr": ("Bonjour,", "Merci d'avance,\nClaire"),
              "es": ("Hola:", "Gracias,\nLucía"), "de": ("Hallo zusammen,", "Danke und Gruß\nJonas")}[lang]
        return f"{hi[0]}\n\n{prompt}\n\n{hi[1]}"
    if r == 2:
        return strip_accents(prompt.lower()) if lang != "en" else prompt.lower()
    if r == 3:
        pol = {"en": "Could you please set this up for us? ", "fr": "Pourriez-vous nous monter ça ? ",
               "es": "¿Nos podéis preparar esto? ", "de": "Könnt ihr uns das bitte einrichten? "}[lang]
        return pol + prompt
    return prompt


LINKED = ["each_several", "for_every", "made_of", "per", "can_many", "genitive", "bullets"]
CONTRAST = ["plain_plural", "count_only"]


def main():
    out = []
    i = 0
    for ci, cons in enumerate(LINKED + CONTRAST):
        for lang in LANGS:
            for k in range(6):
                dom = DOMAINS[(ci * 3 + LANGS.index(lang) + k) % len(DOMAINS)]
                P, pf, C, cf = D[dom][lang]
                notes = NOTES[lang]
                if cons in LINKED:
                    if cons == "bullets":
                        prompt = bullets(lang, P, pf, C, cf)
                    else:
                        prompt = intro(lang, P, pf, k) + " " + child_sentence(cons, lang, P, C, cf, k)
                    ref = F(P["sing"] if lang != "de" else P["name"], "reference", [P["name"]] + P["aliases"], [], target=P["name"])
                    ents = [{"name": P["name"], "aliases": P["aliases"], "fields": [f for _, f in pf] + [notes]},
                            {"name": C["name"], "aliases": C["aliases"], "fields": [f for _, f in cf] + [ref, notes]}]
                    rels = [{"from": C["name"], "to": P["name"]}]
                else:
                    s, fs = contrast(cons, lang, P, pf, C)
                    prompt = s
                    ents = [{"name": P["name"], "aliases": P["aliases"], "fields": [f for _, f in fs]
                             + ([notes] if cons != "plain_plural" else [])}]
                    rels = []
                prompt = register(prompt, lang, i)
                i += 1
                out.append({"id": f"m-{lang}-{cons}-{dom}", "lang": lang, "prompt": prompt, "entities": ents,
                            "relations": rels, "notes": f"construction={cons}"})
    for c in out:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generated set gen25/y (session 25, improver y): the TYPE and the OPTIONS of fields in chat edits, four languages.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (a translation agency's jobs, a craft brewery's batches, a dental practice's appointments,
building repair requests, school trips, a garden centre's orders), each written in en/fr/es/de.

Constructions (crossed with word families and with edit shapes: imperative, need, question, polite/e-mail, typo):
  add_money    an added field of the money family (fee, deposit, cost ...)          -> money (alt decimal)
  add_measure  an added measure (weight in kg, hours with decimals, volume, %)       -> decimal
  add_count    an added count ("number of ...", "how many ...")                     -> integer
  add_person   an added person (assistant, caretaker, accompanying teacher ...)      -> person
  add_file     an added file (photo, scan, signed form, PDF)                         -> file
  add_long     an added long text (description, notes, instructions)                 -> long_text
  add_choice   an added choice whose values are given in brackets or after a colon   -> choice + options
  add_bool     an added yes/no                                                       -> boolean
  chg_type     "X should be a number / a date and time / a dropdown: ... / a yes-no / a file / a person /
               an amount in euros / a long comment / plain text" (a dropdown also sets the options)
  opt_add      "allow also X", "add X to ...", "X is missing in ..."
  opt_drop     "drop X from the options", "we no longer use X"
  opt_rename   "rename option X to Y"
  opt_set      "the possible values of X are ..."
  multi        two of the above in one message

Run from this folder:  python3 make.py  -> refine.jsonl
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def f(key, label, type, **kw):
    d = {"key": key, "label": label, "type": type}
    d.update(kw)
    return d


def strip_accents(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


ALT = {"money": ["decimal"], "decimal": ["money", "integer"], "integer": ["decimal"], "person": ["text"],
       "file": [], "long_text": ["text"], "choice": [], "boolean": [], "date": ["datetime"], "datetime": [],
       "text": ["long_text"]}

# ------------------------------------------------------------------ domains
# Each domain, per language: the kind (name, plural, "in" phrase, "each" phrase), fields (key -> label, type,
# options), the choice field used for option edits, and add concepts: (construction, name, aliases, np, dp, options).
# np fits "add ___"; dp fits "we also need ___".

D = []

D.append(dict(
    key="job",
    fields=[("client", "text"), ("source_language", "choice"), ("deadline", "date"), ("translator", "person"),
            ("status", "choice"), ("word_count_est", "text")],
    lang={
        "en": dict(
            name="Job", plural="Jobs", app="Translation jobs", inn="to the jobs", each="on each job",
            labels={"client": "Client", "source_language": "Source language", "deadline": "Deadline",
                    "translator": "Translator", "status": "Status", "word_count_est": "Page count"},
            options={"source_language": ["English", "French", "German"], "status": ["New", "In progress", "Delivered"]},
            opt=("status", "the status", "In review", "New", "Delivered", "Sent to client", ["Quote", "Ordered", "Invoiced"]),
            chg=[("deadline", "the deadline", "datetime"), ("word_count_est", "the page count", "integer"),
                 ("client", "the client", "choice", ["Agency", "Private", "Public body"])],
            add=[("add_money", "rate per word", ["price per word", "word rate", "rate"], "a rate per word", "the rate per word"),
                 ("add_count", "number of words", ["word count", "words"], "a word count", "the number of words"),
                 ("add_file", "source file", ["file", "original file", "document"], "the source file as an attachment", "the source file (upload)"),
                 ("add_choice", "subject area", ["subject", "field", "domain", "area"], "a subject area (Legal, Medical, Technical)", "the subject area: Legal, Medical or Technical", ["Legal", "Medical", "Technical"])]),
        "fr": dict(
            name="Mission", plural="Missions", app="Missions de traduction", inn="dans les missions", each="pour chaque mission",
            labels={"client": "Client", "source_language": "Langue source", "deadline": "Échéance",
                    "translator": "Traducteur", "status": "Statut", "word_count_est": "Nombre de pages"},
            options={"source_language": ["Anglais", "Français", "Allemand"], "status": ["Nouvelle", "En cours", "Livrée"]},
            opt=("status", "le statut", "En relecture", "Nouvelle", "Livrée", "Envoyée au client", ["Devis", "Commandée", "Facturée"]),
            chg=[("deadline", "l'échéance", "datetime"), ("word_count_est", "le nombre de pages", "integer"),
                 ("client", "le client", "choice", ["Agence", "Particulier", "Administration"])],
            add=[("add_money", "tarif au mot", ["prix au mot", "tarif", "prix du mot"], "un tarif au mot", "le tarif au mot"),
                 ("add_count", "nombre de mots", ["mots", "nb de mots"], "le nombre de mots", "le nombre de mots"),
                 ("add_file", "fichier source", ["fichier", "document source", "document"], "le fichier source en pièce jointe", "le fichier source (à joindre)"),
                 ("add_choice", "domaine", ["spécialité", "domaine technique"], "un domaine (Juridique, Médical, Technique)", "le domaine : juridique, médical ou technique", ["Juridique", "Médical", "Technique"])]),
        "es": dict(
            name="Encargo", plural="Encargos", app="Encargos de traducción", inn="en los encargos", each="en cada encargo",
            labels={"client": "Cliente", "source_language": "Idioma de origen", "deadline": "Plazo",
                    "translator": "Traductor", "status": "Estado", "word_count_est": "Número de páginas"},
            options={"source_language": ["Inglés", "Francés", "Alemán"], "status": ["Nuevo", "En curso", "Entregado"]},
            opt=("status", "el estado", "En revisión", "Nuevo", "Entregado", "Enviado al cliente", ["Presupuesto", "Encargado", "Facturado"]),
            chg=[("deadline", "el plazo", "datetime"), ("word_count_est", "el número de páginas", "integer"),
                 ("client", "el cliente", "choice", ["Agencia", "Particular", "Organismo público"])],
            add=[("add_money", "tarifa por palabra", ["precio por palabra", "tarifa"], "una tarifa por palabra", "la tarifa por palabra"),
                 ("add_count", "número de palabras", ["palabras", "recuento de palabras"], "el número de palabras", "el número de palabras"),
                 ("add_file", "archivo original", ["archivo", "documento original", "documento"], "el archivo original como adjunto", "el archivo original (adjunto)"),
                 ("add_choice", "especialidad", ["área", "ámbito", "tema"], "una especialidad (Jurídica, Médica, Técnica)", "la especialidad: jurídica, médica o técnica", ["Jurídica", "Médica", "Técnica"])]),
        "de": dict(
            name="Auftrag", plural="Aufträge", app="Übersetzungsaufträge", inn="bei den Aufträgen", each="bei jedem Auftrag",
            labels={"client": "Kunde", "source_language": "Ausgangssprache", "deadline": "Abgabetermin",
                    "translator": "Übersetzer", "status": "Status", "word_count_est": "Seitenzahl"},
            options={"source_language": ["Englisch", "Französisch", "Deutsch"], "status": ["Neu", "In Arbeit", "Geliefert"]},
            opt=("status", "beim Status", "In Prüfung", "Neu", "Geliefert", "An Kunden gesendet", ["Angebot", "Bestellt", "Berechnet"]),
            chg=[("deadline", "Abgabetermin", "datetime"), ("word_count_est", "Seitenzahl", "integer"),
                 ("client", "Kunde", "choice", ["Agentur", "Privat", "Behörde"])],
            add=[("add_money", "Wortpreis", ["Preis pro Wort", "Preis", "Tarif"], "einen Wortpreis", "den Wortpreis"),
                 ("add_count", "Wortanzahl", ["Anzahl Wörter", "Wörter", "Wortzahl"], "die Wortanzahl", "die Anzahl der Wörter"),
                 ("add_file", "Ausgangsdatei", ["Datei", "Originaldatei", "Dokument"], "die Ausgangsdatei als Anhang", "die Ausgangsdatei (zum Hochladen)"),
                 ("add_choice", "Fachgebiet", ["Gebiet", "Bereich", "Fachbereich"], "ein Fachgebiet (Recht, Medizin, Technik)", "das Fachgebiet: Recht, Medizin oder Technik", ["Recht", "Medizin", "Technik"])]),
    }))

D.append(dict(
    key="batch",
    fields=[("beer", "text"), ("brew_date", "date"), ("style", "choice"), ("brewer", "person"), ("volume", "text"),
            ("bottled", "boolean")],
    lang={
        "en": dict(
            name="Batch", plural="Batches", app="Brewing log", inn="to the batches", each="for each batch",
            labels={"beer": "Beer", "brew_date": "Brew date", "style": "Style", "brewer": "Brewer", "volume": "Volume",
                    "bottled": "Bottled"},
            options={"style": ["Lager", "IPA", "Stout"]},
            opt=("style", "the style", "Sour", "Lager", "Stout", "Pale ale", ["Pilsner", "Porter", "Wheat beer"]),
            chg=[("volume", "the volume", "decimal"), ("brew_date", "the brew date", "datetime"),
                 ("bottled", "bottled", "choice", ["Kegs", "Bottles", "Cans"])],
            add=[("add_measure", "alcohol content", ["ABV", "alcohol", "alcohol %", "alcohol by volume"], "the alcohol content in %", "the alcohol percentage"),
                 ("add_money", "ingredient cost", ["cost of ingredients", "cost", "ingredients cost"], "the cost of the ingredients", "the ingredient cost in euros"),
                 ("add_long", "tasting notes", ["notes", "tasting", "tasting comments"], "tasting notes (a few paragraphs)", "some longer tasting notes"),
                 ("add_bool", "filtered", ["is filtered", "filtered yes/no"], "a yes/no for filtered", "a 'filtered' tick box")]),
        "fr": dict(
            name="Brassin", plural="Brassins", app="Journal de brassage", inn="dans les brassins", each="pour chaque brassin",
            labels={"beer": "Bière", "brew_date": "Date de brassage", "style": "Style", "brewer": "Brasseur",
                    "volume": "Volume", "bottled": "Mis en bouteille"},
            options={"style": ["Blonde", "IPA", "Stout"]},
            opt=("style", "le style", "Sour", "Blonde", "Stout", "Ambrée", ["Pils", "Porter", "Blanche"]),
            chg=[("volume", "le volume", "decimal"), ("brew_date", "la date de brassage", "datetime"),
                 ("bottled", "mis en bouteille", "choice", ["Fûts", "Bouteilles", "Canettes"])],
            add=[("add_measure", "degré d'alcool", ["taux d'alcool", "alcool", "degré", "% alcool"], "le degré d'alcool en %", "le taux d'alcool"),
                 ("add_money", "coût des ingrédients", ["coût", "prix des ingrédients", "coût matières"], "le coût des ingrédients", "le coût des ingrédients en euros"),
                 ("add_long", "notes de dégustation", ["notes", "dégustation", "commentaires de dégustation"], "des notes de dégustation (plusieurs paragraphes)", "des notes de dégustation détaillées"),
                 ("add_bool", "filtrée", ["filtré", "filtration", "bière filtrée"], "un oui/non filtrée", "une case « filtrée » à cocher")]),
        "es": dict(
            name="Lote", plural="Lotes", app="Registro de elaboración", inn="en los lotes", each="en cada lote",
            labels={"beer": "Cerveza", "brew_date": "Fecha de elaboración", "style": "Estilo", "brewer": "Cervecero",
                    "volume": "Volumen", "bottled": "Embotellado"},
            options={"style": ["Lager", "IPA", "Stout"]},
            opt=("style", "el estilo", "Sour", "Lager", "Stout", "Pale ale", ["Pilsner", "Porter", "Trigo"]),
            chg=[("volume", "el volumen", "decimal"), ("brew_date", "la fecha de elaboración", "datetime"),
                 ("bottled", "embotellado", "choice", ["Barriles", "Botellas", "Latas"])],
            add=[("add_measure", "graduación", ["grado alcohólico", "alcohol", "% alcohol", "graduación alcohólica"], "la graduación en %", "el grado alcohólico"),
                 ("add_money", "coste de ingredientes", ["coste", "costo de ingredientes", "precio de ingredientes"], "el coste de los ingredientes", "el coste de los ingredientes en euros"),
                 ("add_long", "notas de cata", ["notas", "cata", "comentarios de cata"], "notas de cata (varios párrafos)", "unas notas de cata detalladas"),
                 ("add_bool", "filtrada", ["filtrado", "filtración"], "un sí/no de filtrada", "una casilla de filtrada")]),
        "de": dict(
            name="Sud", plural="Sude", app="Brauprotokoll", inn="bei den Suden", each="bei jedem Sud",
            labels={"beer": "Bier", "brew_date": "Braudatum", "style": "Sorte", "brewer": "Brauer", "volume": "Menge",
                    "bottled": "Abgefüllt"},
            options={"style": ["Helles", "IPA", "Stout"]},
            opt=("style", "bei der Sorte", "Sauerbier", "Helles", "Stout", "Pale Ale", ["Pils", "Porter", "Weizen"]),
            chg=[("volume", "Menge", "decimal"), ("brew_date", "Braudatum", "datetime"),
                 ("bottled", "Abgefüllt", "choice", ["Fass", "Flasche", "Dose"])],
            add=[("add_measure", "Alkoholgehalt", ["Alkohol", "Vol.-%", "Alkohol in Prozent"], "den Alkoholgehalt in %", "den Alkoholgehalt"),
                 ("add_money", "Zutatenkosten", ["Kosten", "Kosten der Zutaten", "Rohstoffkosten"], "die Zutatenkosten", "die Kosten der Zutaten in Euro"),
                 ("add_long", "Verkostungsnotizen", ["Notizen", "Verkostung", "Verkostungsnotiz"], "Verkostungsnotizen (gern ausführlich)", "ausführliche Verkostungsnotizen"),
                 ("add_bool", "gefiltert", ["filtriert", "Filtration"], "ein Ja/Nein für gefiltert", "ein Häkchen für gefiltert")]),
    }))

D.append(dict(
    key="appointment",
    fields=[("patient", "text"), ("date", "date"), ("dentist", "person"), ("treatment", "choice"), ("room", "text"),
            ("duration", "text")],
    lang={
        "en": dict(
            name="Appointment", plural="Appointments", app="Dental appointments", inn="to the appointments", each="on each appointment",
            labels={"patient": "Patient", "date": "Date", "dentist": "Dentist", "treatment": "Treatment", "room": "Room",
                    "duration": "Duration"},
            options={"treatment": ["Check-up", "Filling", "Cleaning"]},
            opt=("treatment", "the treatment", "Extraction", "Check-up", "Cleaning", "Scale and polish", ["Crown", "Root canal", "Whitening"]),
            chg=[("duration", "the duration", "integer"), ("date", "the date", "datetime"),
                 ("room", "the room", "choice", ["Room 1", "Room 2", "Room 3"])],
            add=[("add_money", "amount billed", ["amount", "fee", "invoice amount", "billed"], "the amount billed", "the fee charged"),
                 ("add_person", "dental nurse", ["nurse", "assistant", "dental assistant"], "the dental nurse", "the assisting dental nurse"),
                 ("add_file", "x-ray", ["x-ray image", "radiograph", "scan"], "the x-ray (image upload)", "the x-ray as a file"),
                 ("add_choice", "insurance", ["insurance type", "cover"], "the insurance (Public, Private, None)", "the insurance: Public, Private or None", ["Public", "Private", "None"])]),
        "fr": dict(
            name="Rendez-vous", plural="Rendez-vous", app="Cabinet dentaire", inn="dans les rendez-vous", each="pour chaque rendez-vous",
            labels={"patient": "Patient", "date": "Date", "dentist": "Dentiste", "treatment": "Soin", "room": "Salle",
                    "duration": "Durée"},
            options={"treatment": ["Contrôle", "Plombage", "Détartrage"]},
            opt=("treatment", "le soin", "Extraction", "Contrôle", "Détartrage", "Nettoyage", ["Couronne", "Dévitalisation", "Blanchiment"]),
            chg=[("duration", "la durée", "integer"), ("date", "la date", "datetime"),
                 ("room", "la salle", "choice", ["Salle 1", "Salle 2", "Salle 3"])],
            add=[("add_money", "montant facturé", ["montant", "honoraires", "prix", "facturé"], "le montant facturé", "les honoraires facturés"),
                 ("add_person", "assistante dentaire", ["assistante", "assistant", "aide dentaire"], "l'assistante dentaire", "l'assistante dentaire présente"),
                 ("add_file", "radio", ["radiographie", "image radio", "cliché"], "la radio (fichier image)", "la radiographie en pièce jointe"),
                 ("add_choice", "mutuelle", ["assurance", "couverture", "type de mutuelle"], "la mutuelle (Sécu seule, Mutuelle, CMU)", "la mutuelle : Sécu seule, Mutuelle ou CMU", ["Sécu seule", "Mutuelle", "CMU"])]),
        "es": dict(
            name="Cita", plural="Citas", app="Clínica dental", inn="en las citas", each="en cada cita",
            labels={"patient": "Paciente", "date": "Fecha", "dentist": "Dentista", "treatment": "Tratamiento", "room": "Gabinete",
                    "duration": "Duración"},
            options={"treatment": ["Revisión", "Empaste", "Limpieza"]},
            opt=("treatment", "el tratamiento", "Extracción", "Revisión", "Limpieza", "Higiene", ["Corona", "Endodoncia", "Blanqueamiento"]),
            chg=[("duration", "la duración", "integer"), ("date", "la fecha", "datetime"),
                 ("room", "el gabinete", "choice", ["Gabinete 1", "Gabinete 2", "Gabinete 3"])],
            add=[("add_money", "importe facturado", ["importe", "honorarios", "precio", "facturado", "importe cobrado"], "el importe facturado", "el importe cobrado"),
                 ("add_person", "higienista", ["auxiliar", "asistente", "auxiliar dental"], "el higienista", "la auxiliar dental"),
                 ("add_file", "radiografía", ["radio", "imagen", "rx"], "la radiografía (subir imagen)", "la radiografía como archivo"),
                 ("add_choice", "seguro", ["tipo de seguro", "mutua", "aseguradora"], "el seguro (Sanitas, Adeslas, Ninguno)", "el seguro: Sanitas, Adeslas o Ninguno", ["Sanitas", "Adeslas", "Ninguno"])]),
        "de": dict(
            name="Termin", plural="Termine", app="Zahnarztpraxis", inn="bei den Terminen", each="bei jedem Termin",
            labels={"patient": "Patient", "date": "Datum", "dentist": "Zahnarzt", "treatment": "Behandlung", "room": "Raum",
                    "duration": "Dauer"},
            options={"treatment": ["Kontrolle", "Füllung", "Zahnreinigung"]},
            opt=("treatment", "bei der Behandlung", "Extraktion", "Kontrolle", "Zahnreinigung", "Prophylaxe", ["Krone", "Wurzelbehandlung", "Bleaching"]),
            chg=[("duration", "Dauer", "integer"), ("date", "Datum", "datetime"),
                 ("room", "Raum", "choice", ["Raum 1", "Raum 2", "Raum 3"])],
            add=[("add_money", "Rechnungsbetrag", ["Betrag", "Honorar", "Preis", "abgerechnet"], "den Rechnungsbetrag", "das abgerechnete Honorar"),
                 ("add_person", "Assistenz", ["Zahnarzthelferin", "Helferin", "Assistentin"], "die Assistenz", "die assistierende Zahnarzthelferin"),
                 ("add_file", "Röntgenbild", ["Röntgen", "Aufnahme", "Bild"], "das Röntgenbild (Bild hochladen)", "das Röntgenbild als Datei"),
                 ("add_choice", "Versicherung", ["Kasse", "Versicherungsart", "Krankenkasse"], "die Versicherung (gesetzlich, privat, Selbstzahler)", "die Versicherung: gesetzlich, privat oder Selbstzahler", ["Gesetzlich", "Privat", "Selbstzahler"])]),
    }))

D.append(dict(
    key="repair_request",
    fields=[("location", "text"), ("reported_on", "date"), ("priority", "choice"), ("technician", "person"),
            ("fixed", "boolean"), ("contractor", "person")],
    lang={
        "en": dict(
            name="Repair request", plural="Repair requests", app="Building repairs", inn="to the repair requests", each="on each repair request",
            labels={"location": "Location", "reported_on": "Reported on", "priority": "Priority", "technician": "Technician",
                    "fixed": "Fixed", "contractor": "Contractor"},
            options={"priority": ["Low", "Normal", "Urgent"]},
            opt=("priority", "the priority", "Critical", "Low", "Urgent", "Emergency", ["Routine", "Soon", "Same day"]),
            chg=[("contractor", "the contractor", "text"), ("fixed", "fixed", "date"),
                 ("location", "the location", "choice", ["Block A", "Block B", "Car park"])],
            add=[("add_file", "photo of the damage", ["photo", "picture", "damage photo"], "a photo of the damage", "a picture of the damage"),
                 ("add_money", "repair cost", ["cost", "cost of repair", "price"], "the repair cost", "the cost of the repair"),
                 ("add_measure", "hours spent", ["hours", "time spent", "labour hours"], "the hours spent (with decimals, like 1.5)", "the hours spent, e.g. 2.5"),
                 ("add_long", "description of the problem", ["description", "problem", "problem description"], "a description of the problem (long text)", "a longer description of the problem")]),
        "fr": dict(
            name="Demande d'intervention", plural="Demandes d'intervention", app="Entretien des bâtiments", inn="dans les demandes d'intervention", each="pour chaque demande",
            labels={"location": "Emplacement", "reported_on": "Signalé le", "priority": "Priorité", "technician": "Technicien",
                    "fixed": "Réparé", "contractor": "Prestataire"},
            options={"priority": ["Basse", "Normale", "Urgente"]},
            opt=("priority", "la priorité", "Critique", "Basse", "Urgente", "Très urgente", ["Courante", "Rapide", "Dans la journée"]),
            chg=[("contractor", "le prestataire", "text"), ("fixed", "réparé", "date"),
                 ("location", "l'emplacement", "choice", ["Bâtiment A", "Bâtiment B", "Parking"])],
            add=[("add_file", "photo des dégâts", ["photo", "image", "photo du dégât"], "une photo des dégâts", "une photo des dégâts"),
                 ("add_money", "coût de la réparation", ["coût", "prix", "coût réparation"], "le coût de la réparation", "le coût de la réparation en euros"),
                 ("add_measure", "heures passées", ["heures", "temps passé", "nombre d'heures"], "les heures passées (avec décimales, ex. 1,5)", "le temps passé en heures, ex. 2,5"),
                 ("add_long", "description du problème", ["description", "problème", "détail du problème"], "une description du problème (texte long)", "une description détaillée du problème")]),
        "es": dict(
            name="Incidencia", plural="Incidencias", app="Mantenimiento de edificios", inn="en las incidencias", each="en cada incidencia",
            labels={"location": "Ubicación", "reported_on": "Fecha de aviso", "priority": "Prioridad", "technician": "Técnico",
                    "fixed": "Reparada", "contractor": "Empresa externa"},
            options={"priority": ["Baja", "Normal", "Urgente"]},
            opt=("priority", "la prioridad", "Crítica", "Baja", "Urgente", "Muy urgente", ["Rutina", "Pronto", "En el día"]),
            chg=[("contractor", "la empresa externa", "text"), ("fixed", "reparada", "date"),
                 ("location", "la ubicación", "choice", ["Bloque A", "Bloque B", "Garaje"])],
            add=[("add_file", "foto del daño", ["foto", "imagen", "foto de la avería"], "una foto del daño", "una foto de la avería"),
                 ("add_money", "coste de la reparación", ["coste", "precio", "costo de reparación"], "el coste de la reparación", "el coste de la reparación en euros"),
                 ("add_measure", "horas dedicadas", ["horas", "tiempo dedicado", "horas de trabajo"], "las horas dedicadas (con decimales, p. ej. 1,5)", "el tiempo en horas, p. ej. 2,5"),
                 ("add_long", "descripción del problema", ["descripción", "problema", "detalle del problema"], "una descripción del problema (texto largo)", "una descripción detallada del problema")]),
        "de": dict(
            name="Störungsmeldung", plural="Störungsmeldungen", app="Gebäudeunterhalt", inn="bei den Störungsmeldungen", each="bei jeder Meldung",
            labels={"location": "Ort", "reported_on": "Gemeldet am", "priority": "Priorität", "technician": "Techniker",
                    "fixed": "Behoben", "contractor": "Fremdfirma"},
            options={"priority": ["Niedrig", "Normal", "Dringend"]},
            opt=("priority", "bei der Priorität", "Kritisch", "Niedrig", "Dringend", "Sofort", ["Routine", "Bald", "Heute"]),
            chg=[("contractor", "Fremdfirma", "text"), ("fixed", "Behoben", "date"),
                 ("location", "Ort", "choice", ["Haus A", "Haus B", "Tiefgarage"])],
            add=[("add_file", "Schadensfoto", ["Foto", "Bild", "Foto des Schadens"], "ein Foto vom Schaden", "ein Foto des Schadens"),
                 ("add_money", "Reparaturkosten", ["Kosten", "Preis", "Kosten der Reparatur"], "die Reparaturkosten", "die Kosten der Reparatur"),
                 ("add_measure", "Arbeitsstunden", ["Stunden", "Zeitaufwand", "Aufwand in Stunden"], "die Arbeitsstunden (mit Komma, z. B. 1,5)", "den Zeitaufwand in Stunden, z. B. 2,5"),
                 ("add_long", "Problembeschreibung", ["Beschreibung", "Problem", "Fehlerbeschreibung"], "eine Problembeschreibung (langer Text)", "eine ausführliche Beschreibung des Problems")]),
    }))

D.append(dict(
    key="trip",
    fields=[("destination", "text"), ("trip_date", "date"), ("class_name", "text"), ("teacher", "person"),
            ("transport", "choice"), ("pupils", "text")],
    lang={
        "en": dict(
            name="Trip", plural="Trips", app="School trips", inn="to the trips", each="for each trip",
            labels={"destination": "Destination", "trip_date": "Trip date", "class_name": "Class", "teacher": "Teacher",
                    "transport": "Transport", "pupils": "Pupils"},
            options={"transport": ["Coach", "Train", "On foot"]},
            opt=("transport", "the transport", "Minibus", "Coach", "On foot", "Walking", ["Bus", "Tram", "Bike"]),
            chg=[("pupils", "pupils", "integer"), ("trip_date", "the trip date", "datetime"),
                 ("class_name", "the class", "choice", ["Year 5", "Year 6", "Year 7"])],
            add=[("add_count", "number of pupils", ["pupils", "pupil count", "how many pupils"], "the number of pupils", "the pupil count"),
                 ("add_money", "cost per pupil", ["cost", "price per pupil", "cost per child"], "the cost per pupil", "the price per child in pounds"),
                 ("add_file", "consent form", ["signed consent form", "consent", "form"], "the signed consent form (PDF)", "the scanned consent form"),
                 ("add_person", "accompanying teacher", ["second teacher", "accompanying adult", "chaperone"], "the accompanying teacher", "a second teacher (from staff)")]),
        "fr": dict(
            name="Sortie", plural="Sorties", app="Sorties scolaires", inn="dans les sorties", each="pour chaque sortie",
            labels={"destination": "Destination", "trip_date": "Date de sortie", "class_name": "Classe", "teacher": "Enseignant",
                    "transport": "Transport", "pupils": "Élèves"},
            options={"transport": ["Car", "Train", "À pied"]},
            opt=("transport", "le transport", "Minibus", "Car", "À pied", "Marche", ["Bus", "Tram", "Vélo"]),
            chg=[("pupils", "élèves", "integer"), ("trip_date", "la date de sortie", "datetime"),
                 ("class_name", "la classe", "choice", ["CM1", "CM2", "6e"])],
            add=[("add_count", "nombre d'élèves", ["élèves", "nb d'élèves", "effectif"], "le nombre d'élèves", "l'effectif de la classe"),
                 ("add_money", "coût par élève", ["coût", "prix par élève", "participation"], "le coût par élève", "le prix par enfant en euros"),
                 ("add_file", "autorisation parentale", ["autorisation", "autorisation signée", "formulaire"], "l'autorisation parentale signée (PDF)", "l'autorisation parentale scannée"),
                 ("add_person", "accompagnateur", ["second enseignant", "adulte accompagnateur", "accompagnant"], "l'accompagnateur", "un deuxième enseignant (de l'équipe)")]),
        "es": dict(
            name="Excursión", plural="Excursiones", app="Excursiones escolares", inn="en las excursiones", each="en cada excursión",
            labels={"destination": "Destino", "trip_date": "Fecha de la excursión", "class_name": "Curso", "teacher": "Profesor",
                    "transport": "Transporte", "pupils": "Alumnos"},
            options={"transport": ["Autobús", "Tren", "A pie"]},
            opt=("transport", "el transporte", "Microbús", "Autobús", "A pie", "Andando", ["Bus urbano", "Metro", "Bici"]),
            chg=[("pupils", "alumnos", "integer"), ("trip_date", "la fecha de la excursión", "datetime"),
                 ("class_name", "el curso", "choice", ["5º", "6º", "1º ESO"])],
            add=[("add_count", "número de alumnos", ["alumnos", "cantidad de alumnos", "nº de alumnos"], "el número de alumnos", "la cantidad de alumnos"),
                 ("add_money", "coste por alumno", ["coste", "precio por alumno", "precio"], "el coste por alumno", "el precio por niño en euros"),
                 ("add_file", "autorización", ["autorización firmada", "permiso", "formulario"], "la autorización firmada (PDF)", "la autorización escaneada"),
                 ("add_person", "acompañante", ["segundo profesor", "profesor acompañante", "adulto acompañante"], "el acompañante", "un segundo profesor (del claustro)")]),
        "de": dict(
            name="Ausflug", plural="Ausflüge", app="Klassenfahrten", inn="bei den Ausflügen", each="bei jedem Ausflug",
            labels={"destination": "Ziel", "trip_date": "Datum", "class_name": "Klasse", "teacher": "Lehrkraft",
                    "transport": "Verkehrsmittel", "pupils": "Schüler"},
            options={"transport": ["Reisebus", "Zug", "Zu Fuß"]},
            opt=("transport", "beim Verkehrsmittel", "Kleinbus", "Reisebus", "Zu Fuß", "Fußweg", ["Linienbus", "Straßenbahn", "Fahrrad"]),
            chg=[("pupils", "Schüler", "integer"), ("trip_date", "Datum", "datetime"),
                 ("class_name", "Klasse", "choice", ["5a", "5b", "6a"])],
            add=[("add_count", "Anzahl Schüler", ["Schüler", "Schülerzahl", "Teilnehmerzahl"], "die Anzahl der Schüler", "die Schülerzahl"),
                 ("add_money", "Kosten pro Schüler", ["Kosten", "Preis pro Schüler", "Beitrag"], "die Kosten pro Schüler", "den Preis pro Kind in Euro"),
                 ("add_file", "Einverständniserklärung", ["Einverständnis", "unterschriebene Erklärung", "Formular"], "die unterschriebene Einverständniserklärung (PDF)", "die eingescannte Einverständniserklärung"),
                 ("add_person", "Begleitperson", ["zweite Lehrkraft", "Begleitung", "Begleitlehrer"], "die Begleitperson", "eine zweite Lehrkraft (aus dem Kollegium)")]),
    }))

D.append(dict(
    key="order",
    fields=[("customer", "text"), ("order_date", "date"), ("delivery", "choice"), ("paid", "boolean"),
            ("amount", "text"), ("salesperson", "person")],
    lang={
        "en": dict(
            name="Order", plural="Orders", app="Garden centre orders", inn="to the orders", each="on each order",
            labels={"customer": "Customer", "order_date": "Order date", "delivery": "Delivery", "paid": "Paid",
                    "amount": "Amount", "salesperson": "Salesperson"},
            options={"delivery": ["Pickup", "Delivery"]},
            opt=("delivery", "the delivery", "Courier", "Pickup", "Delivery", "Collection", ["Collect in store", "Local van", "Courier"]),
            chg=[("amount", "the amount", "money"), ("salesperson", "the salesperson", "choice", ["Shop", "Phone", "Website"]),
                 ("paid", "paid", "date")],
            add=[("add_measure", "weight", ["weight in kg", "total weight", "kg"], "the weight in kg", "the total weight (kg, decimals ok)"),
                 ("add_count", "number of plants", ["plants", "plant count", "quantity"], "the number of plants", "the plant count"),
                 ("add_choice", "payment method", ["payment", "paid by", "payment type"], "a payment method (cash, card, bank transfer)", "the payment method: cash, card or bank transfer", ["Cash", "Card", "Bank transfer"]),
                 ("add_long", "delivery instructions", ["instructions", "delivery notes", "notes"], "delivery instructions (free text, can be long)", "longer delivery instructions")]),
        "fr": dict(
            name="Commande", plural="Commandes", app="Commandes de la jardinerie", inn="dans les commandes", each="pour chaque commande",
            labels={"customer": "Client", "order_date": "Date de commande", "delivery": "Livraison", "paid": "Payée",
                    "amount": "Montant", "salesperson": "Vendeur"},
            options={"delivery": ["Retrait", "Livraison"]},
            opt=("delivery", "la livraison", "Transporteur", "Retrait", "Livraison", "Retrait en magasin", ["Retrait magasin", "Camionnette", "Transporteur"]),
            chg=[("amount", "le montant", "money"), ("salesperson", "le vendeur", "choice", ["Magasin", "Téléphone", "Site web"]),
                 ("paid", "payée", "date")],
            add=[("add_measure", "poids", ["poids en kg", "poids total", "kg"], "le poids en kg", "le poids total (kg, avec décimales)"),
                 ("add_count", "nombre de plantes", ["plantes", "quantité", "nb de plantes"], "le nombre de plantes", "la quantité de plantes"),
                 ("add_choice", "mode de paiement", ["paiement", "moyen de paiement", "règlement"], "un mode de paiement (espèces, carte, virement)", "le mode de paiement : espèces, carte ou virement", ["Espèces", "Carte", "Virement"]),
                 ("add_long", "instructions de livraison", ["instructions", "consignes de livraison", "notes"], "des instructions de livraison (texte libre, parfois long)", "des consignes de livraison détaillées")]),
        "es": dict(
            name="Pedido", plural="Pedidos", app="Pedidos del vivero", inn="en los pedidos", each="en cada pedido",
            labels={"customer": "Cliente", "order_date": "Fecha del pedido", "delivery": "Entrega", "paid": "Pagado",
                    "amount": "Importe", "salesperson": "Vendedor"},
            options={"delivery": ["Recogida", "Envío"]},
            opt=("delivery", "la entrega", "Mensajería", "Recogida", "Envío", "Recogida en tienda", ["Recogida en tienda", "Furgoneta", "Mensajería"]),
            chg=[("amount", "el importe", "money"), ("salesperson", "el vendedor", "choice", ["Tienda", "Teléfono", "Web"]),
                 ("paid", "pagado", "date")],
            add=[("add_measure", "peso", ["peso en kg", "peso total", "kg"], "el peso en kg", "el peso total (kg, con decimales)"),
                 ("add_count", "número de plantas", ["plantas", "cantidad", "nº de plantas"], "el número de plantas", "la cantidad de plantas"),
                 ("add_choice", "forma de pago", ["pago", "método de pago", "medio de pago"], "una forma de pago (efectivo, tarjeta, transferencia)", "la forma de pago: efectivo, tarjeta o transferencia", ["Efectivo", "Tarjeta", "Transferencia"]),
                 ("add_long", "instrucciones de entrega", ["instrucciones", "notas de entrega", "notas"], "instrucciones de entrega (texto libre, a veces largo)", "unas instrucciones de entrega detalladas")]),
        "de": dict(
            name="Bestellung", plural="Bestellungen", app="Gärtnerei-Bestellungen", inn="bei den Bestellungen", each="bei jeder Bestellung",
            labels={"customer": "Kunde", "order_date": "Bestelldatum", "delivery": "Lieferung", "paid": "Bezahlt",
                    "amount": "Betrag", "salesperson": "Verkäufer"},
            options={"delivery": ["Abholung", "Lieferung"]},
            opt=("delivery", "bei der Lieferung", "Spedition", "Abholung", "Lieferung", "Selbstabholung", ["Abholung im Laden", "Lieferwagen", "Spedition"]),
            chg=[("amount", "Betrag", "money"), ("salesperson", "Verkäufer", "choice", ["Laden", "Telefon", "Webseite"]),
                 ("paid", "Bezahlt", "date")],
            add=[("add_measure", "Gewicht", ["Gewicht in kg", "Gesamtgewicht", "kg"], "das Gewicht in kg", "das Gesamtgewicht (kg, mit Komma)"),
                 ("add_count", "Anzahl Pflanzen", ["Pflanzen", "Stückzahl", "Menge"], "die Anzahl der Pflanzen", "die Stückzahl der Pflanzen"),
                 ("add_choice", "Zahlungsart", ["Zahlung", "Zahlungsweise", "Bezahlart"], "eine Zahlungsart (bar, Karte, Überweisung)", "die Zahlungsart: bar, Karte oder Überweisung", ["Bar", "Karte", "Überweisung"]),
                 ("add_long", "Lieferhinweise", ["Hinweise", "Lieferanweisungen", "Notizen"], "Lieferhinweise (Freitext, auch mal länger)", "ausführliche Lieferhinweise")]),
    }))

ADD_TYPE = {"add_money": "money", "add_measure": "decimal", "add_count": "integer", "add_person": "person",
            "add_file": "file", "add_long": "long_text", "add_choice": "choice", "add_bool": "boolean"}

# ------------------------------------------------------------------ edit shapes
ADD_SHAPES = {
    "en": [lambda L, np, dp: f"Add {np} {L['inn']}.",
           lambda L, np, dp: f"we also need {dp} {L['each']}",
           lambda L, np, dp: f"Can we record {dp} {L['each']}?",
           lambda L, np, dp: f"Hi, could you please add {np} {L['inn']}? Thanks a lot"],
    "fr": [lambda L, np, dp: f"Ajoute {np} {L['inn']}.",
           lambda L, np, dp: f"il nous faut aussi {dp} {L['each']}",
           lambda L, np, dp: f"Est-ce qu'on peut noter {dp} {L['each']} ?",
           lambda L, np, dp: f"Bonjour, pourriez-vous ajouter {np} {L['inn']} ? Merci d'avance"],
    "es": [lambda L, np, dp: f"Añade {np} {L['inn']}.",
           lambda L, np, dp: f"necesitamos también {dp} {L['each']}",
           lambda L, np, dp: f"¿Se puede apuntar {dp} {L['each']}?",
           lambda L, np, dp: f"Hola, ¿podéis añadir {np} {L['inn']}? Gracias"],
    "de": [lambda L, np, dp: f"Füg {L['inn']} noch {np} hinzu.",
           lambda L, np, dp: f"wir brauchen {L['each']} auch {dp}",
           lambda L, np, dp: f"Können wir {L['each']} {dp} erfassen?",
           lambda L, np, dp: f"Hallo, könntet ihr bitte {L['inn']} {np} ergänzen? Danke!"],
}

# type phrases for change_type: (phrase, frame) ; frames below
TYPE_WORDS = {
    "en": {"integer": ["a whole number", "a number"], "decimal": ["a number with decimals", "a decimal number"],
           "date": ["a date", "the date it happened, not a tick box"], "datetime": ["a date and time", "date + time"],
           "money": ["an amount in euros", "a money amount"], "long_text": ["a long comment box", "a long text"],
           "text": ["plain text", "free text"], "boolean": ["a yes/no", "a tick box"],
           "file": ["a file upload", "an attachment"], "person": ["a person from our staff", "a person"]},
    "fr": {"integer": ["un nombre entier", "un nombre"], "decimal": ["un nombre à virgule", "un nombre décimal"],
           "date": ["une date", "une date au lieu d'une case à cocher"], "datetime": ["une date avec l'heure", "date et heure"],
           "money": ["un montant en euros", "un montant"], "long_text": ["un long commentaire", "un texte long"],
           "text": ["un texte libre", "du texte"], "boolean": ["un oui/non", "une case à cocher"],
           "file": ["un fichier joint", "une pièce jointe"], "person": ["une personne de l'équipe", "une personne"]},
    "es": {"integer": ["un número entero", "un número"], "decimal": ["un número con decimales", "un número decimal"],
           "date": ["una fecha", "una fecha y no una casilla"], "datetime": ["fecha y hora", "una fecha con hora"],
           "money": ["un importe en euros", "un importe"], "long_text": ["un texto largo", "un comentario largo"],
           "text": ["texto libre", "un texto"], "boolean": ["un sí/no", "una casilla"],
           "file": ["un archivo adjunto", "un adjunto"], "person": ["una persona del equipo", "una persona"]},
    "de": {"integer": ["eine ganze Zahl", "eine Zahl"], "decimal": ["eine Kommazahl", "eine Dezimalzahl"],
           "date": ["ein Datum", "ein Datum statt Häkchen"], "datetime": ["ein Datum mit Uhrzeit", "Datum und Uhrzeit"],
           "money": ["ein Betrag in Euro", "ein Geldbetrag"], "long_text": ["ein langer Text", "ein Freitext für lange Kommentare"],
           "text": ["ein freier Text", "Freitext"], "boolean": ["ein Ja/Nein-Feld", "ein Häkchen"],
           "file": ["ein Dateianhang", "eine Datei"], "person": ["eine Person aus dem Team", "eine Person"]},
}
CHOICE_WORDS = {
    "en": [lambda o: "a dropdown with " + ", ".join(o[:-1]) + " and " + o[-1], lambda o: "a list of choices: " + ", ".join(o)],
    "fr": [lambda o: "une liste déroulante : " + ", ".join(o), lambda o: "une liste de choix (" + ", ".join(o) + ")"],
    "es": [lambda o: "un desplegable con " + ", ".join(o[:-1]) + " y " + o[-1], lambda o: "una lista de opciones: " + ", ".join(o)],
    "de": [lambda o: "eine Auswahl: " + ", ".join(o), lambda o: "eine Auswahlliste (" + ", ".join(o) + ")"],
}


def cap(s):
    return s[:1].upper() + s[1:]


CHG_SHAPES = {
    "en": [lambda fl, tp: f"{cap(fl)} should be {tp}.", lambda fl, tp: f"can you make {fl} {tp}?",
           lambda fl, tp: f"Please change {fl} to {tp}, thanks"],
    "fr": [lambda fl, tp: f"{cap(fl)} doit être {tp}.", lambda fl, tp: f"est-ce que {fl} peut devenir {tp} ?",
           lambda fl, tp: f"Merci de transformer {fl} en {tp}"],
    "es": [lambda fl, tp: f"{cap(fl)} debería ser {tp}.", lambda fl, tp: f"¿podéis hacer que {fl} sea {tp}?",
           lambda fl, tp: f"Por favor, cambia {fl} a {tp}, gracias"],
    "de": [lambda fl, tp: f"{cap(fl)} soll {tp} sein.", lambda fl, tp: f"Kann {fl} bitte {tp} werden?",
           lambda fl, tp: f"Bitte {fl} ändern, das soll {tp} sein. Danke"],
}

# option edits: opt = (field key, field phrase, new value, kept first, dropped value, renamed-to, new list)
OPT_ADD = {
    "en": [lambda fp, v: f"allow also {v} for {fp}", lambda fp, v: f"Please add '{v}' to {fp} options."],
    "fr": [lambda fp, v: f"pour {fp}, il faut aussi « {v} »", lambda fp, v: f"Ajoute {v} dans les valeurs de {fp}."],
    "es": [lambda fp, v: f"añade '{v}' a las opciones de {fp}", lambda fp, v: f"En {fp} falta {v}, ¿lo añadís?"],
    "de": [lambda fp, v: f"{cap(fp)} bitte auch '{v}' zulassen", lambda fp, v: f"Kannst du {fp} noch {v} ergänzen?"],
}
OPT_DROP = {
    "en": [lambda fp, v: f"drop {v} from the options of {fp}", lambda fp, v: f"We no longer use '{v}' in {fp}, remove it please."],
    "fr": [lambda fp, v: f"enlève {v} des choix de {fp}", lambda fp, v: f"On n'utilise plus « {v} » pour {fp}, supprime-le."],
    "es": [lambda fp, v: f"quita {v} de las opciones de {fp}", lambda fp, v: f"Ya no usamos '{v}' en {fp}, quitadlo por favor."],
    "de": [lambda fp, v: f"{cap(fp)} bitte '{v}' streichen", lambda fp, v: f"{v} brauchen wir {fp} nicht mehr, bitte raus damit."],
}
OPT_RENAME = {
    "en": [lambda fp, a, b: f"rename the option {a} to {b} in {fp}", lambda fp, a, b: f"In {fp}, call '{a}' '{b}' instead."],
    "fr": [lambda fp, a, b: f"renomme la valeur {a} en {b} dans {fp}", lambda fp, a, b: f"Dans {fp}, « {a} » devient « {b} »."],
    "es": [lambda fp, a, b: f"cambia la opción {a} por {b} en {fp}", lambda fp, a, b: f"En {fp}, '{a}' pasa a llamarse '{b}'."],
    "de": [lambda fp, a, b: f"benenne {fp} die Option {a} in {b} um", lambda fp, a, b: f"{cap(fp)} bitte '{a}' in '{b}' umbenennen."],
}
OPT_SET = {
    "en": [lambda fp, o: f"the possible values of {fp} are " + ", ".join(o), lambda fp, o: f"{cap(fp)} should be: " + ", ".join(o)],
    "fr": [lambda fp, o: f"les valeurs possibles pour {fp} sont " + ", ".join(o[:-1]) + " et " + o[-1],
           lambda fp, o: f"Pour {fp} on veut seulement : " + ", ".join(o)],
    "es": [lambda fp, o: f"las opciones de {fp} son " + ", ".join(o[:-1]) + " y " + o[-1],
           lambda fp, o: f"Que {fp} tenga estas opciones: " + ", ".join(o)],
    "de": [lambda fp, o: f"{cap(fp)} sollen nur noch diese Werte gehen: " + ", ".join(o),
           lambda fp, o: f"Die möglichen Werte {fp} sind " + ", ".join(o[:-1]) + " und " + o[-1]],
}
JOIN = {"en": " Also, ", "fr": " Et aussi, ", "es": " Y también, ", "de": " Außerdem: "}


def de_field_phrase(fp):
    """German option frames want 'bei der X' as given; for OPT_SET 'Die möglichen Werte bei der X' reads fine."""
    return fp


rows = []
counter = [0]


def row(lang, sp, req, expect, cons, typo=False):
    counter[0] += 1
    if typo:
        req = strip_accents(req).lower().rstrip(".!?")
    rows.append({"id": f"g25y-{counter[0]:03d}", "lang": lang, "spec": sp, "request": req, "expect": expect,
                 "keep": "all other fields and entities unchanged", "construction": cons, "kind_named": True})


def build_spec(d, lang):
    L = d["lang"][lang]
    fields = []
    for k, t in d["fields"]:
        fd = f(k, L["labels"][k], t)
        if t == "choice":
            fd["options"] = L["options"][k]
        if k == d["fields"][0][0]:
            fd["required"] = True
        fields.append(fd)
    return {"spec": 1, "name": L["app"], "summary": L["app"] + ".",
            "entities": [{"key": d["key"], "name": L["name"], "plural": L["plural"], "fields": fields}]}


def fix_contractions(lang, s):
    if lang == "fr":
        s = s.replace(" de le ", " du ").replace(" de les ", " des ").replace(" à le ", " au ")
    if lang == "es":
        s = s.replace(" de el ", " del ").replace(" a el ", " al ")
    return s


for di, d in enumerate(D):
    for li, lang in enumerate(("en", "fr", "es", "de")):
        L = d["lang"][lang]
        sp = build_spec(d, lang)
        ek = d["key"]
        R = lambda req, exp, cons, typo=False: row(lang, sp, fix_contractions(lang, req), exp, cons, typo)
        # ---- adds: each concept in one shape (rotating over the four), a quarter of them typed fast
        for ci, c in enumerate(L["add"]):
            cons, name, aliases, np, dp = c[:5]
            t = ADD_TYPE[cons]
            op = {"op": "add_field", "entity": ek, "name": name, "aliases": aliases, "type": t, "alt_types": ALT[t]}
            if t == "choice":
                op["options"] = c[5]
            shape = ADD_SHAPES[lang][(ci + di + li) % 4]
            R(shape(L, np, dp), [op], cons, typo=((ci + di + li) % 4 == 1))
        # ---- type changes
        for gi, g in enumerate(L["chg"]):
            fk, fp, t = g[:3]
            shape = CHG_SHAPES[lang][(gi + di + li) % 3]
            if t == "choice":
                opts = g[3]
                tp = CHOICE_WORDS[lang][(di + li) % 2](opts)
                exp = [{"op": "change_type", "entity": ek, "field": fk, "type": "choice", "alt_types": []},
                       {"op": "set_options", "entity": ek, "field": fk, "options": opts}]
            else:
                tp = TYPE_WORDS[lang][t][(di + li + gi) % 2]
                exp = [{"op": "change_type", "entity": ek, "field": fk, "type": t, "alt_types": ALT[t]}]
            R(shape(fp, tp), exp, "chg_type", typo=((gi + di + li) % 4 == 2))
        # ---- option edits on the domain's choice field
        fk, fp, newv, first, dropv, renamed, newlist = L["opt"]
        cur = L["options"][fk]
        k = (di + li) % 2
        R(OPT_ADD[lang][k](fp, newv), [{"op": "set_options", "entity": ek, "field": fk, "options": cur + [newv]}],
          "opt_add", typo=(di % 3 == 1))
        R(OPT_DROP[lang][k](fp, dropv), [{"op": "set_options", "entity": ek, "field": fk,
                                          "options": [o for o in cur if o != dropv]}], "opt_drop")
        R(OPT_RENAME[lang][1 - k](fp, first, renamed), [{"op": "set_options", "entity": ek, "field": fk,
                                                        "options": [renamed if o == first else o for o in cur]}],
          "opt_rename")
        R(OPT_SET[lang][k](fp, newlist), [{"op": "set_options", "entity": ek, "field": fk, "options": newlist}],
          "opt_set")
        # ---- two edits in one message: an add (by family) and an option added
        c = L["add"][(di + li) % len(L["add"])]
        cons, name, aliases, np, dp = c[:5]
        t = ADD_TYPE[cons]
        op = {"op": "add_field", "entity": ek, "name": name, "aliases": aliases, "type": t, "alt_types": ALT[t]}
        if t == "choice":
            op["options"] = c[5]
        first_part = ADD_SHAPES[lang][0](L, np, dp)
        second = OPT_ADD[lang][0](fp, newv)
        R(first_part + JOIN[lang] + second + ".", [op, {"op": "set_options", "entity": ek, "field": fk,
                                                         "options": cur + [newv]}], "multi")

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")

import json, os

def fld(s):
    parts = s.split("|")
    key, label, typ = parts[0], parts[1], parts[2]
    f = {"key": key, "label": label, "type": typ}
    for flag in parts[3:]:
        if flag == "r":
            f["required"] = True
        elif flag == "u":
            f["unique"] = True
        elif flag.startswith("o="):
            f["options"] = flag[2:].split(";")
        elif flag.startswith(">"):
            f["target"] = flag[1:]
    return f

def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary,
            "entities": [{"key": k, "name": n, "plural": p, "fields": [fld(x) for x in fs]} for k, n, p, fs in ents]}

def add(entity, name, type, aliases=(), alt=(), options=None):
    op = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options:
        op["options"] = list(options)
    return op
def rem(entity, field): return {"op": "remove_field", "entity": entity, "field": field}
def ren(entity, field, to, aliases=()): return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}
def ctype(entity, field, type, alt=()): return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}
def req(entity, field, value=True): return {"op": "set_required", "entity": entity, "field": field, "value": value}
def opts(entity, field, options): return {"op": "set_options", "entity": entity, "field": field, "options": list(options)}
def ent(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}
def ef(name, type, aliases=(), alt=(), options=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if type in ("choice", "multi_choice"):
        f["options"] = list(options or [])
    if opt:
        f["optional"] = True
    return f
def rmen(entity): return {"op": "remove_entity", "entity": entity}
def rel(a, b): return {"op": "add_relation", "from": a, "to": b}

CASES = []
def R(id, lang, spec, request, expect):
    CASES.append({"id": id, "lang": lang, "spec": spec, "request": request, "expect": expect,
                  "keep": "all other fields and entities unchanged"})

# ---------------- English specs ----------------
ESC = S("Support escalations", "Tickets escalated beyond first-line support.",
        ("escalation", "Escalation", "Escalations", [
            "ticket_ref|Ticket reference|text|r", "customer|Customer|text", "reason|Reason|long_text",
            "level|Level|choice|o=L2;L3;Management", "escalated_by|Escalated by|person", "opened_on|Opened on|date"]))
RET = S("Store returns", "Returns and refunds handled at the tills.",
        ("return_item", "Return", "Returns", [
            "receipt_no|Receipt number|text|r", "store|Store|choice|o=Downtown;Mall;Airport", "item|Item|text",
            "refund_amount|Refund amount|money", "reason|Reason|choice|o=Faulty;Wrong size;Changed mind",
            "processed_by|Processed by|person"]))
LAMB = S("Lambing records", "Ewes and the lambs they give birth to.",
         ("ewe", "Ewe", "Ewes", ["tag|Tag number|text|r|u", "breed|Breed|text", "born_on|Born on|date"]),
         ("lamb", "Lamb", "Lambs", ["ewe|Ewe|reference|r|>ewe", "born_on|Born on|date|r", "sex|Sex|choice|o=Ram;Ewe",
                                    "birth_weight|Birth weight (kg)|decimal", "alive|Alive|boolean"]))
VEN = S("Venue shortlist", "Candidate venues for next year's conference and our site visits.",
        ("venue", "Venue", "Venues", ["name|Name|text|r", "city|City|text", "capacity|Capacity|integer",
                                      "day_rate|Day rate|money", "contact_email|Contact email|email"]),
        ("site_visit", "Site visit", "Site visits", ["venue|Venue|reference|r|>venue", "visit_date|Visit date|date",
                                                      "visited_by|Visited by|person", "rating|Rating|integer"]))
VID = S("Video requests", "Requests to the in-house video team.",
        ("video_request", "Video request", "Video requests", [
            "title|Title|text|r", "requested_by|Requested by|person", "due_date|Due date|date",
            "format|Format|choice|o=Social clip;Explainer;Interview", "budget|Budget|money", "brief|Brief|long_text"]))
GIFT = S("Gift cards", "Gift cards sold in our shops.",
         ("gift_card", "Gift card", "Gift cards", [
             "code|Card code|text|r|u", "value|Value|money|r", "issued_on|Issued on|date", "expires_on|Expires on|date",
             "balance|Balance|money", "store|Store|text"]))
CHAT = S("Chat quality reviews", "QA reviews of live chat conversations.",
         ("chat_review", "Chat review", "Chat reviews", [
             "chat_id|Chat ID|text|r", "agent|Agent|person", "reviewed_by|Reviewed by|person", "score|Score|integer",
             "tone|Tone|choice|o=Good;OK;Poor", "comments|Comments|long_text"]))
SPON = S("Sponsors", "Sponsorship deals for our events.",
         ("sponsor", "Sponsor", "Sponsors", ["company|Company|text|r", "tier|Tier|choice|o=Gold;Silver;Bronze",
                                             "amount|Amount|money", "contact_name|Contact name|text", "logo|Logo|file"]),
         ("event", "Event", "Events", ["name|Name|text|r", "event_date|Date|date", "city|City|text"]))

R("p12-r01", "en", ESC, "Can we add the customer's account tier (Basic, Pro, Enterprise)? Enterprise escalations get handled differently.",
  [add("escalation", "account tier", "choice", ["tier", "customer tier", "plan", "account type"], options=["Basic", "Pro", "Enterprise"])])
R("p12-r02", "en", ESC, "rename 'Level' to 'Escalation level' and make the customer mandatory",
  [ren("escalation", "level", "Escalation level", ["Escalation tier"]), req("escalation", "customer")])
R("p12-r03", "en", ESC, "Once an escalation is closed I also need to know when it got resolved and by whom, plus a short summary of the fix.",
  [add("escalation", "resolved on", "date", ["resolution date", "resolved at", "closed on", "date resolved"], ["datetime"]),
   add("escalation", "resolved by", "person", ["closed by", "fixed by", "resolver"], ["text"]),
   add("escalation", "resolution summary", "long_text", ["resolution", "summary", "fix", "fix summary", "resolution notes"], ["text"])])

R("p12-r04", "en", RET, "We opened a new store at the Harbour - add it to the list",
  [opts("return_item", "store", ["Downtown", "Mall", "Airport", "Harbour"])])
R("p12-r05", "en", RET, "Actually I'd rather have a proper table of stores (name, address, manager) and have each return point to one of them instead of the dropdown.",
  [ent("Store", ["Shop", "Branch", "Stores"], [ef("name", "text", ["store name"]), ef("address", "text", ["location"], ["long_text"]),
                                               ef("manager", "person", ["store manager"], ["text"])]),
   ctype("return_item", "store", "reference"), rel("return_item", "Store")])
R("p12-r06", "en", RET, "The refund amount shouldn't be optional, every return has one. Also the team photographs the receipt - give them somewhere to attach that photo.",
  [req("return_item", "refund_amount"),
   add("return_item", "receipt photo", "file", ["receipt", "photo", "receipt image", "attachment"])])

R("p12-r07", "en", LAMB, "add a column for which paddock the ewe is in",
  [add("ewe", "paddock", "text", ["field", "location", "pen", "current paddock"], ["choice"])])
R("p12-r08", "en", LAMB, "Instead of the Alive tick box on lambs I'd like a status: Alive, Stillborn, Died later.",
  [ctype("lamb", "alive", "choice"), opts("lamb", "alive", ["Alive", "Stillborn", "Died later"])])
R("p12-r09", "en", LAMB, "we don't bother recording the sex anymore so drop it. and I'd like to know who assisted with each birth",
  [rem("lamb", "sex"), add("lamb", "assisted by", "person", ["helper", "shepherd", "attended by", "who assisted", "assistant"], ["text"])])

R("p12-r10", "en", VEN, "add whether the venue has step-free access and whether there's parking",
  [add("venue", "step-free access", "boolean", ["accessible", "wheelchair access", "accessibility", "step free"], ["choice"]),
   add("venue", "parking", "boolean", ["has parking", "parking available", "car park"], ["choice", "text"])])
R("p12-r11", "en", VEN, "Hi both - for each site visit we should keep the photos we took and a pros/cons write-up. Ta!",
  [add("site_visit", "photos", "file", ["photo", "pictures", "images"]),
   add("site_visit", "pros and cons", "long_text", ["notes", "write-up", "comments", "pros/cons", "assessment"], ["text"])])
R("p12-r12", "en", VEN, "we're done with visits now, remove the site visits part entirely. and capacity has to be filled in for every venue",
  [rmen("site_visit"), req("venue", "capacity")])

R("p12-r13", "en", VID, "The format list needs Event recap and Testimonial as well",
  [opts("video_request", "format", ["Social clip", "Explainer", "Interview", "Event recap", "Testimonial"])])
R("p12-r14", "en", VID, "I'd like to see where each request is at: requested, in production, in review, delivered",
  [add("video_request", "status", "choice", ["stage", "state", "progress"], options=["Requested", "In production", "In review", "Delivered"])])
R("p12-r15", "en", VID, "Hi! We've started paying freelance videographers directly, so we need a list of them (name, day rate, email, showreel link) and to pick which one is working on each request. Thanks!",
  [ent("Videographer", ["Freelancer", "Freelance videographer", "Camera operator"], [
      ef("name", "text", ["full name"]), ef("day rate", "money", ["rate", "daily rate"], ["decimal"]),
      ef("email", "email", ["email address"]), ef("showreel", "url", ["showreel link", "reel", "portfolio"])]),
   rel("video_request", "Videographer")])

R("p12-r16", "en", GIFT, "who sold the card? add that please",
  [add("gift_card", "sold by", "person", ["seller", "cashier", "staff member", "sales assistant"], ["text"])])
R("p12-r17", "en", GIFT, "store should be a dropdown - Leeds, York or Hull",
  [ctype("gift_card", "store", "choice"), opts("gift_card", "store", ["Leeds", "York", "Hull"])])
R("p12-r18", "en", GIFT, "The till system works out the balance, we don't need it in here. And the expiry date is a legal requirement now so make it compulsory.",
  [rem("gift_card", "balance"), req("gift_card", "expires_on")])

R("p12-r19", "en", CHAT, "Could you rename Tone to Empathy? That's what we actually score.",
  [ren("chat_review", "tone", "Empathy", ["Empathy rating"])])
R("p12-r20", "en", CHAT, "add a yes/no for whether the customer's issue got solved in the chat, and the channel it came through (website, app, WhatsApp)",
  [add("chat_review", "solved", "boolean", ["resolved", "issue solved", "solved in chat", "resolved in chat"], ["choice"]),
   add("chat_review", "channel", "choice", ["source", "chat channel"], options=["Website", "App", "WhatsApp"])])
R("p12-r21", "en", CHAT, "score needs decimals, it's an average of several criteria",
  [ctype("chat_review", "score", "decimal")])

R("p12-r22", "en", SPON, "each sponsor is for one of the events, please link them up",
  [rel("sponsor", "event")])
R("p12-r23", "en", SPON, "We only run the one event now so get rid of the events table. For sponsors I also need the date the contract was signed and whether their invoice is paid.",
  [rmen("event"),
   add("sponsor", "contract signed", "date", ["signed on", "contract date", "date signed", "contract signed on"], ["datetime"]),
   add("sponsor", "invoice paid", "boolean", ["paid", "invoice status", "payment received"], ["choice"])])
R("p12-r24", "en", SPON, "add Platinum as a new top tier",
  [opts("sponsor", "tier", ["Platinum", "Gold", "Silver", "Bronze"])])

# ---------------- French ----------------
SAV = S("Dossiers SAV", "Suivi des appareils envoyés en réparation au SAV.",
        ("dossier_sav", "Dossier SAV", "Dossiers SAV", [
            "numero|Numéro de dossier|text|r|u", "client|Client|text", "produit|Produit|text", "panne|Panne|long_text",
            "statut|Statut|choice|o=Reçu;En diagnostic;Réparé;Renvoyé", "date_reception|Date de réception|date"]))
MARCHE = S("Marché fermier", "Producteurs présents sur le marché du samedi.",
           ("producteur", "Producteur", "Producteurs", ["nom|Nom|text|r", "ferme|Ferme|text", "commune|Commune|text",
                                                       "email|Email|email", "telephone|Téléphone|phone"]),
           ("participation", "Participation", "Participations", ["producteur|Producteur|reference|r|>producteur",
                                                                 "date_marche|Date du marché|date|r", "emplacement|Emplacement|text",
                                                                 "paye|Payé|boolean"]))
ATEL = S("Ateliers du congrès", "Ateliers proposés pendant le congrès et inscriptions.",
         ("atelier", "Atelier", "Ateliers", ["titre|Titre|text|r", "salle|Salle|choice|o=Salle A;Salle B;Amphi",
                                            "debut|Début|datetime", "places|Places|integer", "animateur|Animateur|person"]),
         ("inscription", "Inscription", "Inscriptions", ["atelier|Atelier|reference|r|>atelier", "participant|Participant|text|r",
                                                          "email|Email|email", "present|Présent|boolean"]))
ABO = S("Abonnements", "Abonnés au magazine.",
        ("abonne", "Abonné", "Abonnés", ["nom|Nom|text|r", "email|Email|email",
                                         "formule|Formule|choice|o=Papier;Numérique;Duo", "date_debut|Date de début|date",
                                         "date_fin|Date de fin|date", "montant|Montant|money"]))

R("p12-r25", "fr", SAV, "Ajoutez un champ garantie oui/non",
  [add("dossier_sav", "sous garantie", "boolean", ["garantie", "sous garantie ?", "warranty", "under warranty"], ["choice"])])
R("p12-r26", "fr", SAV, "Le statut doit aussi proposer « En attente de pièces » et « Irréparable ».",
  [opts("dossier_sav", "statut", ["Reçu", "En diagnostic", "En attente de pièces", "Réparé", "Renvoyé", "Irréparable"])])
R("p12-r27", "fr", SAV, "Bonjour, on voudrait pouvoir affecter chaque dossier à un technicien et noter combien la réparation a coûté. Merci d'avance !",
  [add("dossier_sav", "technicien", "person", ["technician", "affecté à", "réparateur", "assigned to"], ["text"]),
   add("dossier_sav", "coût de la réparation", "money", ["coût", "cout", "prix", "montant", "repair cost", "cost"], ["decimal"])])

R("p12-r28", "fr", MARCHE, "Renomme « Emplacement » en « Numéro de stand »",
  [ren("participation", "emplacement", "Numéro de stand", ["N° de stand", "Stand"])])
R("p12-r29", "fr", MARCHE, "on n'a plus besoin du telephone des producteurs, par contre l'email devient obligatoire",
  [rem("producteur", "telephone"), req("producteur", "email")])
R("p12-r30", "fr", MARCHE, "Pour chaque producteur j'aimerais savoir ce qu'il vend : légumes, fruits, fromage, viande, pain (souvent plusieurs à la fois).",
  [add("producteur", "produits", "multi_choice", ["ce qu'il vend", "produits vendus", "catégories", "products"],
       options=["Légumes", "Fruits", "Fromage", "Viande", "Pain"])])

R("p12-r31", "fr", ATEL, "ajoute la durée en minutes aux ateliers",
  [add("atelier", "durée", "integer", ["duree", "durée (min)", "durée en minutes", "duration"], ["decimal"])])
R("p12-r32", "fr", ATEL, "Pour les inscriptions, je veux savoir de quelle entreprise vient le participant et son régime alimentaire pour le déjeuner (aucun, végétarien, sans gluten).",
  [add("inscription", "entreprise", "text", ["société", "organisation", "company"]),
   add("inscription", "régime alimentaire", "choice", ["régime", "regime", "diet", "repas"], options=["Aucun", "Végétarien", "Sans gluten"])])
R("p12-r33", "fr", ATEL, "L'amphi est en travaux cette année, enlève-le des salles et ajoute la Salle C à la place.",
  [opts("atelier", "salle", ["Salle A", "Salle B", "Salle C"])])

R("p12-r34", "fr", ABO, "Il nous faut l'adresse postale, c'est indispensable pour envoyer la version papier",
  [add("abonne", "adresse postale", "long_text", ["adresse", "address", "adresse de livraison"], ["text"])])
R("p12-r35", "fr", ABO, "la date de fin doit être obligatoire, et ajoute une case « renouvellement automatique »",
  [req("abonne", "date_fin"),
   add("abonne", "renouvellement automatique", "boolean", ["renouvellement auto", "reconduction", "auto-renew", "auto renewal"], ["choice"])])
R("p12-r36", "fr", ABO, "On veut garder l'historique des paiements : une table Paiements avec la date, le montant et le moyen de paiement (CB, chèque, prélèvement), rattachée à l'abonné. Du coup le champ Montant sur l'abonné ne sert plus à rien.",
  [ent("Paiement", ["Paiements", "Règlement", "Payment"], [
      ef("date", "date", ["date du paiement", "payé le"], ["datetime"]), ef("montant", "money", ["amount", "somme"], ["decimal"]),
      ef("moyen de paiement", "choice", ["moyen", "mode de paiement", "payment method"], options=["CB", "Chèque", "Prélèvement"])]),
   rel("Paiement", "abonne"), rem("abonne", "montant")])

# ---------------- Spanish ----------------
NPS = S("Encuestas NPS", "Respuestas de clientes a la encuesta NPS.",
        ("respuesta", "Respuesta", "Respuestas", ["cliente|Cliente|text", "puntuacion|Puntuación|integer|r",
                                                  "comentario|Comentario|long_text", "fecha|Fecha|date",
                                                  "canal|Canal|choice|o=Email;SMS;Web"]))
MERMA = S("Mermas", "Registro de mermas del supermercado.",
          ("merma", "Merma", "Mermas", ["producto|Producto|text|r", "cantidad|Cantidad|integer",
                                        "motivo|Motivo|choice|o=Caducado;Roto;Robo", "fecha|Fecha|date",
                                        "registrado_por|Registrado por|person", "coste|Coste|money"]))
QUESO = S("Quesería", "Lotes de queso elaborados y sus controles de calidad.",
          ("lote", "Lote", "Lotes", ["codigo|Código|text|r|u", "fecha_elaboracion|Fecha de elaboración|date",
                                     "litros_leche|Litros de leche|decimal", "tipo_queso|Tipo de queso|choice|o=Fresco;Semicurado;Curado"]),
          ("control", "Control", "Controles", ["lote|Lote|reference|r|>lote", "fecha|Fecha|date", "ph|pH|decimal",
                                               "temperatura|Temperatura|decimal", "responsable|Responsable|person"]))
ACRED = S("Acreditaciones de prensa", "Periodistas que piden acreditación para la feria.",
          ("acreditacion", "Acreditación", "Acreditaciones", ["nombre|Nombre|text|r", "medio|Medio|text", "email|Email|email",
                                                             "tipo|Tipo de medio|choice|o=Prensa escrita;TV;Radio;Online",
                                                             "aprobada|Aprobada|boolean"]))

R("p12-r37", "es", NPS, "añade el segmento del cliente (particular, pyme, gran cuenta)",
  [add("respuesta", "segmento", "choice", ["segmento del cliente", "tipo de cliente", "segment"], options=["Particular", "Pyme", "Gran cuenta"])])
R("p12-r38", "es", NPS, "Quita el canal, ya solo mandamos la encuesta por email.",
  [rem("respuesta", "canal")])
R("p12-r39", "es", NPS, "Hola! Cuando alguien pone nota baja queremos llamarle. Necesito marcar si hay que hacer seguimiento y quién se encarga.",
  [add("respuesta", "requiere seguimiento", "boolean", ["seguimiento", "llamar", "hay que llamar", "follow up", "follow-up"], ["choice"]),
   add("respuesta", "responsable", "person", ["encargado", "asignado a", "quién se encarga", "owner", "assigned to"], ["text"])])

R("p12-r40", "es", MERMA, "añade 'Error de inventario' a los motivos",
  [opts("merma", "motivo", ["Caducado", "Roto", "Robo", "Error de inventario"])])
R("p12-r41", "es", MERMA, "la cantidad tiene que admitir decimales, que la fruta y la carne las pesamos",
  [ctype("merma", "cantidad", "decimal")])
R("p12-r42", "es", MERMA, "Necesito también la sección (frutería, carnicería, panadería, droguería) y poder subir una foto del producto.",
  [add("merma", "sección", "choice", ["seccion", "departamento", "section"], options=["Frutería", "Carnicería", "Panadería", "Droguería"]),
   add("merma", "foto", "file", ["imagen", "foto del producto", "photo"])])

R("p12-r43", "es", QUESO, "renombra 'Litros de leche' a 'Leche utilizada (L)'",
  [ren("lote", "litros_leche", "Leche utilizada (L)", ["Leche utilizada"])])
R("p12-r44", "es", QUESO, "en los controles añade la humedad en % y si el control ha salido conforme o no",
  [add("control", "humedad", "decimal", ["humedad (%)", "humidity", "% humedad"], ["integer"]),
   add("control", "conforme", "boolean", ["resultado", "apto", "ok", "conformidad", "compliant"], ["choice"])])
R("p12-r45", "es", QUESO, "Hola, queremos saber a qué cliente va cada lote. Crea una tabla de clientes con nombre, ciudad y teléfono, y enlaza cada lote con su cliente.",
  [ent("Cliente", ["Clientes", "Comprador", "Customer"], [
      ef("nombre", "text", ["name"]), ef("ciudad", "text", ["localidad", "city"]), ef("teléfono", "phone", ["telefono", "phone"])]),
   rel("lote", "Cliente")])

R("p12-r46", "es", ACRED, "haz obligatorio el email",
  [req("acreditacion", "email")])
R("p12-r47", "es", ACRED, "Añade los días que viene cada periodista (viernes, sábado, domingo) y un campo para subir el carnet de prensa",
  [add("acreditacion", "días", "multi_choice", ["dias", "días de asistencia", "days"], options=["Viernes", "Sábado", "Domingo"]),
   add("acreditacion", "carnet de prensa", "file", ["carnet", "credencial", "press card"])])
R("p12-r48", "es", ACRED, "'Aprobada' debería ser un estado con pendiente, aprobada y rechazada, no una casilla",
  [ctype("acreditacion", "aprobada", "choice"), opts("acreditacion", "aprobada", ["Pendiente", "Aprobada", "Rechazada"])])

# ---------------- German ----------------
ETEIL = S("Ersatzteilanfragen", "Anfragen von Kunden nach Ersatzteilen.",
          ("anfrage", "Anfrage", "Anfragen", ["kunde|Kunde|text|r", "artikelnummer|Artikelnummer|text", "geraet|Gerät|text",
                                              "menge|Menge|integer", "status|Status|choice|o=Neu;Bestellt;Versendet",
                                              "eingang|Eingang|date"]))
BUCH = S("Kundenbestellungen", "Bücher, die Kunden in der Buchhandlung bestellen.",
         ("bestellung", "Bestellung", "Bestellungen", ["titel|Titel|text|r", "isbn|ISBN|text", "kunde|Kunde|text|r",
                                                       "telefon|Telefon|phone", "bestellt_am|Bestellt am|date",
                                                       "abgeholt|Abgeholt|boolean"]))
DUENG = S("Düngung", "Schläge und Düngemaßnahmen.",
          ("schlag", "Schlag", "Schläge", ["name|Name|text|r", "flaeche|Fläche (ha)|decimal",
                                           "kultur|Kultur|choice|o=Weizen;Gerste;Raps;Mais"]),
          ("duengung", "Düngung", "Düngungen", ["schlag|Schlag|reference|r|>schlag", "datum|Datum|date|r",
                                                "duenger|Dünger|text", "menge_kg|Menge (kg)|decimal", "fahrer|Fahrer|person"]))
HOTEL = S("Hotelkontingent", "Hotelzimmer für die Jahrestagung.",
          ("hotel", "Hotel", "Hotels", ["name|Name|text|r", "ort|Ort|text", "kontingent|Kontingent|integer", "preis|Preis pro Nacht|money"]),
          ("zimmerbuchung", "Zimmerbuchung", "Zimmerbuchungen", ["hotel|Hotel|reference|r|>hotel", "gast|Gast|text",
                                                                 "anreise|Anreise|date", "abreise|Abreise|date",
                                                                 "bestaetigt|Bestätigt|boolean"]))

R("p12-r49", "de", ETEIL, "Fügt bitte noch die Versandart hinzu: Standard, Express oder Abholung.",
  [add("anfrage", "Versandart", "choice", ["Versand", "Lieferart", "shipping method"], options=["Standard", "Express", "Abholung"])])
R("p12-r50", "de", ETEIL, "beim status fehlt noch storniert",
  [opts("anfrage", "status", ["Neu", "Bestellt", "Versendet", "Storniert"])])
R("p12-r51", "de", ETEIL, "Die Menge muss immer ausgefüllt sein. Außerdem brauchen wir die Sendungsnummer und wann verschickt wurde.",
  [req("anfrage", "menge"),
   add("anfrage", "Sendungsnummer", "text", ["Trackingnummer", "Tracking", "Paketnummer", "tracking number"]),
   add("anfrage", "versendet am", "date", ["Versanddatum", "verschickt am", "shipped on"], ["datetime"])])

R("p12-r52", "de", BUCH, "Benenne 'Kunde' in 'Kundenname' um",
  [ren("bestellung", "kunde", "Kundenname", ["Name des Kunden"])])
R("p12-r53", "de", BUCH, "Das Telefonfeld kann weg. Dafür wollen wir festhalten, wann der Kunde benachrichtigt wurde, dass das Buch da ist.",
  [rem("bestellung", "telefon"),
   add("bestellung", "benachrichtigt am", "date", ["Benachrichtigung", "informiert am", "notified on", "Benachrichtigungsdatum"], ["datetime"])])
R("p12-r54", "de", BUCH, "Hallo! Der Preis fehlt noch. Und bitte eine Tabelle für unsere Lieferanten (Name, unsere Kundennummer dort, Bestell-E-Mail) – jede Bestellung geht an genau einen Lieferanten.",
  [add("bestellung", "Preis", "money", ["Verkaufspreis", "Betrag", "price"], ["decimal"]),
   ent("Lieferant", ["Lieferanten", "Barsortiment", "Grossist", "Supplier"], [
       ef("Name", "text", ["Lieferantenname"]), ef("Kundennummer", "text", ["unsere Kundennummer", "Kunden-Nr"]),
       ef("Bestell-E-Mail", "email", ["E-Mail", "Email"])]),
   rel("bestellung", "Lieferant")])

R("p12-r55", "de", DUENG, "bei den kulturen fehlen zuckerrüben",
  [opts("schlag", "kultur", ["Weizen", "Gerste", "Raps", "Mais", "Zuckerrüben"])])
R("p12-r56", "de", DUENG, "Bei der Düngung bitte noch die Stickstoffmenge in kg N/ha erfassen und das Wetter (sonnig, bewölkt, Regen).",
  [add("duengung", "Stickstoff", "decimal", ["Stickstoffmenge", "N kg/ha", "kg N/ha", "N-Menge", "nitrogen"], ["integer"]),
   add("duengung", "Wetter", "choice", ["Witterung", "weather"], options=["Sonnig", "Bewölkt", "Regen"])])
R("p12-r57", "de", DUENG, "Den Fahrer erfassen wir nicht mehr. Die Menge soll dafür Pflicht sein.",
  [rem("duengung", "fahrer"), req("duengung", "menge_kg")])

R("p12-r58", "de", HOTEL, "Bei den Buchungen brauche ich noch die Zimmerart (Einzel, Doppel) und ob Frühstück dabei ist.",
  [add("zimmerbuchung", "Zimmerart", "choice", ["Zimmertyp", "Zimmer", "room type"], options=["Einzel", "Doppel"]),
   add("zimmerbuchung", "Frühstück", "boolean", ["mit Frühstück", "Frühstück inklusive", "breakfast"], ["choice"])])
R("p12-r59", "de", HOTEL, "'Bestätigt' bitte in 'Buchung bestätigt' umbenennen, und An- und Abreise sollen Pflichtfelder sein.",
  [ren("zimmerbuchung", "bestaetigt", "Buchung bestätigt", ["Bestätigung"]),
   req("zimmerbuchung", "anreise"), req("zimmerbuchung", "abreise")])
R("p12-r60", "de", HOTEL, "Bei uns übernachten nur Kolleginnen und Kollegen, also den Gast bitte als Person aus dem Mitarbeiterverzeichnis statt als Freitext.",
  [ctype("zimmerbuchung", "gast", "person")])

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(CASES), Counter(c["lang"] for c in CASES), Counter(o["op"] for c in CASES for o in c["expect"]),
      "multi", sum(len(c["expect"]) > 1 for c in CASES))

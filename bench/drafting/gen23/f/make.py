#!/usr/bin/env python3
"""Session 23, improver f: required fields said as questions, clauses and recording verbs (standard library only).

A grammar of the ways people name the fields of a record without naming the field: "we need to know when it was
bought, how much it cost and who has it now", "whether it is insured", "how many people came", "where it is kept",
"what it was for", "log when they arrive and leave", "who signed it off", fields inside "keep track of each X's Y and
Z", fields after with / including / plus / as well as, fields in a second and third sentence about the same kind,
fields mixed with explanation ("because the boss keeps asking"), and the same in French, Spanish and German.
Types follow the question word: when -> date, how much -> money, how many -> integer, who -> person,
whether -> boolean, where -> text, what for -> text.

Sentence shapes (CONSTRUCTIONS) x domains (six per language, the same six trades in each language) x registers
(plain, polite, e-mail, terse, no accents). The gold is built here from the concepts each prompt uses: a field the
prompt names is expected; explanation words never are. Written before the engine was run on it.

  python3 make.py            # writes draft.jsonl beside this file
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# A concept: gold names ("name|alias|..."), types ("type/alt/alt"), noun phrase (with article), clause (or None),
# and the question word the clause opens with (for the tables).
def C(names, types, noun, clause=None, q=None):
    ns = names.split("|")
    ts = types.split("/")
    return dict(name=ns[0], aliases=ns[1:], type=ts[0], alt=ts[1:], noun=noun, clause=clause, q=q)


def K(sg, pl, gold, aliases, concepts, pron=None, each=None):
    # each: German "jeder X / jedem X" (nominative, dative); other languages say "each X" with the bare noun
    return dict(sg=sg, pl=pl, gold=gold, aliases=aliases, c=concepts, pron=pron, each=each)


# ---------------------------------------------------------------- English
EN = [
 dict(dom="school laptops",
      A=K("laptop", "laptops", "Laptop", ["computer", "device", "notebook"], [
          C("serial number|serial|serial no", "text", "the serial number"),
          C("model|make and model", "text/choice", "the model"),
          C("purchase date|bought on|date bought|date of purchase|purchased", "date/datetime", "the purchase date", "when it was bought", "when"),
          C("cost|price|purchase price|how much it cost", "money/decimal", "the price", "how much it cost", "much"),
          C("current holder|holder|who has it|assigned to|user|current user", "person/text", "the current holder", "who has it now", "who"),
          C("insured|is insured|insurance", "boolean", "the insurance status", "whether it is insured", "whether"),
          C("storage location|location|stored at|kept at|where kept|storage", "text/choice", "the storage place", "where it is kept overnight", "where"),
      ]),
      B=K("repair", "repairs", "Repair", ["fix", "service"], [
          C("repair date|date|sent for repair|date sent", "date/datetime", "the date", "when it went in for repair", "when"),
          C("repair cost|cost|price|amount", "money/decimal", "the cost", "how much the repair cost", "much"),
          C("fixed|was fixed|repaired", "boolean", "the outcome", "whether it was fixed", "whether"),
      ]), link="B->A", belongs="each repair is for one laptop"),
 dict(dom="community workshops",
      A=K("workshop", "workshops", "Workshop", ["session", "class", "event"], [
          C("title|name|workshop title", "text", "the title"),
          C("topic|subject|theme", "text/choice", "the topic"),
          C("date|held on|workshop date|took place", "date/datetime", "the date", "when it took place", "when"),
          C("attendees|number of attendees|attendance|headcount|number of people|people came", "integer", "the attendance", "how many people came", "many"),
          C("venue|location|place|held at", "text/choice", "the venue", "where it was held", "where"),
          C("facilitator|run by|leader|host|trainer|who ran it", "person/text", "the facilitator", "who ran it", "who"),
          C("free|is free|paid|fee charged", "boolean", "the fee status", "whether it was free", "whether"),
      ]),
      B=K("expense", "expenses", "Expense", ["cost", "spending"], [
          C("amount|cost|spent|how much", "money/decimal", "the amount", "how much was spent", "much"),
          C("purpose|reason|what for|description", "text/long_text", "the purpose", "what it was for", "what"),
          C("paid by|payer|who paid", "person/text", "the payer", "who paid", "who"),
      ]), link="B->A", belongs="each expense belongs to one workshop"),
 dict(dom="site visitors",
      A=K("visit", "visits", "Visit", ["visitor", "site visit", "visitor log entry", "sign in"], [
          C("visitor name|name|visitor", "text/person", "the visitor's name"),
          C("company|employer|organisation", "text", "their company"),
          C("arrival time|arrived at|arrival|time in|arrives|signed in", "datetime/date/text", "the arrival time", "when they arrive", "when"),
          C("departure time|left at|departure|time out|leaves|signed out", "datetime/date/text", "the departure time", "when they leave", "when"),
          C("host|visiting|person visited|who they visit|contact", "person/text", "the host", "who they are here to see", "who"),
          C("safety induction|inducted|induction done|did induction", "boolean", "the induction status", "whether they did the safety induction", "whether"),
          C("area|zone|where on site|location", "text/choice", "the area", "where on site they go", "where"),
      ]),
      B=K("site", "sites", "Site", ["building site", "project"], [
          C("address|location|site address", "text", "the address", "where it is", "where"),
          C("site manager|manager|who runs it|in charge", "person/text", "the site manager", "who runs it", "who"),
          C("start date|started|start|started on", "date", "the start date", "when it started", "when"),
      ]), link="A->B", belongs="each visit is at one site", pair=("when they arrive and leave", [2, 3])),
 dict(dom="expense claims",
      A=K("claim", "claims", "Expense claim", ["claim", "expense", "reimbursement"], [
          C("claimant|employee|submitted by|who claims", "person/text", "the employee"),
          C("category|type|expense type", "choice/text", "the category"),
          C("amount|total|how much|sum", "money/decimal", "the amount", "how much it was", "much"),
          C("purpose|reason|what for|description|business purpose", "text/long_text", "the purpose", "what it was for", "what"),
          C("approver|approved by|signed off by|who signed it off|sign off", "person/text", "the approver", "who signed it off", "who"),
          C("reimbursement date|paid on|paid back on|date paid|repaid", "date", "the payback date", "when it was paid back", "when"),
          C("receipt attached|has receipt|receipt|receipt provided", "boolean", "the receipt check", "whether there is a receipt", "whether"),
      ]),
      B=K("project", "projects", "Project", ["cost centre", "job"], [
          C("code|project code|number", "text", "the project code"),
          C("budget left|remaining budget|budget|money left", "money/decimal", "the remaining budget", "how much money is left", "much"),
          C("project lead|lead|owner|manager|who leads it", "person/text", "the lead", "who leads it", "who"),
      ]), link="A->B", belongs="each claim is charged to one project"),
 dict(dom="tool hire",
      A=K("hire", "hires", "Hire", ["rental", "booking", "loan", "tool hire"], [
          C("customer|hirer|client|customer name", "text/person", "the customer"),
          C("phone|phone number|customer phone", "phone/text", "the phone number"),
          C("hire date|out date|went out|date out|start date|hired on", "date/datetime", "the hire date", "when it went out", "when"),
          C("return date|returned on|date returned|sent back|came back|returned", "date/datetime", "the return date", "when it was sent back", "when"),
          C("deposit|deposit paid|deposit amount", "money/decimal", "the deposit", "how much deposit they paid", "much"),
          C("damaged|returned damaged|damage|came back damaged", "boolean", "the damage check", "whether it came back damaged", "whether"),
          C("served by|staff member|handed out by|who handed it out|staff", "person/text", "the staff member", "who handed it out", "who"),
      ]),
      B=K("tool", "tools", "Tool", ["item", "equipment", "machine"], [
          C("name|tool name|description", "text", "the name"),
          C("purchase date|bought on|date bought|bought", "date", "the purchase date", "when we bought it", "when"),
          C("storage location|location|kept at|where kept|storage|shelf", "text/choice", "the shelf", "where it is kept", "where"),
      ]), link="A->B", belongs="each hire is for one tool"),
 dict(dom="food bank donations",
      A=K("donation", "donations", "Donation", ["gift", "delivery", "drop off"], [
          C("contents|description|items|what was given", "text/long_text", "the contents"),
          C("category|type|food type", "choice/text", "the category"),
          C("date received|received on|came in|date|received", "date/datetime", "the date received", "when it came in", "when"),
          C("number of boxes|boxes|box count|quantity", "integer/decimal", "the number of boxes", "how many boxes there were", "many"),
          C("storage location|location|stored at|where stored|storage", "text/choice", "the storage spot", "where it is stored", "where"),
          C("perishable|is perishable|fresh", "boolean", "the perishable flag", "whether it is perishable", "whether"),
          C("received by|taken in by|volunteer|who took it in|staff", "person/text", "the volunteer", "who took it in", "who"),
      ]),
      B=K("donor", "donors", "Donor", ["giver", "supporter"], [
          C("name|donor name", "text", "the name"),
          C("phone|phone number|telephone", "phone/text", "the phone number"),
          C("wants receipt|receipt wanted|receipt|tax receipt", "boolean", "the receipt preference", "whether they want a receipt", "whether"),
      ]), link="A->B", belongs="each donation comes from one donor"),
]

# ---------------------------------------------------------------- French
FR = [
 dict(dom="ordinateurs de l'école",
      A=K("ordinateur portable", "ordinateurs portables", "Ordinateur portable", ["ordinateur", "portable", "PC"], [
          C("numéro de série|n° de série|série", "text", "le numéro de série"),
          C("modèle|marque et modèle", "text/choice", "le modèle"),
          C("date d'achat|acheté le|date achat|achat", "date/datetime", "la date d'achat", "quand il a été acheté", "when"),
          C("prix|coût|prix d'achat|montant", "money/decimal", "le prix", "combien il a coûté", "much"),
          C("détenteur|utilisateur|attribué à|qui l'a|utilisateur actuel|détenteur actuel", "person/text", "l'utilisateur actuel", "qui l'a en ce moment", "who"),
          C("assuré|assurance|est assuré", "boolean", "l'assurance", "s'il est assuré", "whether"),
          C("lieu de rangement|emplacement|rangé|rangement|lieu", "text/choice", "le lieu de rangement", "où il est rangé le soir", "where"),
      ]),
      B=K("réparation", "réparations", "Réparation", ["intervention", "dépannage"], [
          C("date de réparation|date|envoyé le|date d'envoi", "date/datetime", "la date", "quand il est parti en réparation", "when"),
          C("coût|prix|montant|coût de la réparation", "money/decimal", "le coût", "combien la réparation a coûté", "much"),
          C("réparé|résolu|est réparé", "boolean", "le résultat", "s'il a été réparé", "whether"),
      ]), link="B->A", belongs="chaque réparation concerne un ordinateur portable"),
 dict(dom="ateliers de quartier",
      A=K("atelier", "ateliers", "Atelier", ["séance", "animation"], [
          C("titre|nom|intitulé", "text", "le titre"),
          C("thème|sujet", "text/choice", "le thème"),
          C("date|date de l'atelier|eu lieu le", "date/datetime", "la date", "quand il a eu lieu", "when"),
          C("nombre de participants|participants|nombre de personnes|fréquentation|personnes venues", "integer", "le nombre de participants", "combien de personnes sont venues", "many"),
          C("lieu|salle|endroit", "text/choice", "le lieu", "où il s'est tenu", "where"),
          C("animateur|animé par|intervenant|responsable", "person/text", "l'animateur", "qui l'a animé", "who"),
          C("gratuit|payant|est gratuit", "boolean", "la gratuité", "s'il était gratuit", "whether"),
      ]),
      B=K("dépense", "dépenses", "Dépense", ["frais", "achat"], [
          C("montant|coût|somme|dépensé", "money/decimal", "le montant", "combien on a dépensé", "much"),
          C("objet|motif|raison|description|à quoi", "text/long_text", "l'objet", "à quoi elle a servi", "what"),
          C("payé par|payeur|qui a payé", "person/text", "le payeur", "qui a payé", "who"),
      ]), link="B->A", belongs="chaque dépense est rattachée à un atelier"),
 dict(dom="visiteurs du chantier",
      A=K("visite", "visites", "Visite", ["visiteur", "passage", "entrée"], [
          C("nom du visiteur|nom|visiteur", "text/person", "le nom du visiteur"),
          C("entreprise|société|employeur", "text", "son entreprise"),
          C("heure d'arrivée|arrivée|arrivé à|heure arrivée", "datetime/date/text", "l'heure d'arrivée", "quand ils arrivent", "when"),
          C("heure de départ|départ|parti à|heure départ", "datetime/date/text", "l'heure de départ", "quand ils repartent", "when"),
          C("personne visitée|hôte|contact|interlocuteur|qui ils viennent voir", "person/text", "la personne visitée", "qui ils viennent voir", "who"),
          C("accueil sécurité|formation sécurité|induction sécurité", "boolean", "l'accueil sécurité", "s'ils ont suivi l'accueil sécurité", "whether"),
          C("zone|secteur|endroit|lieu", "text/choice", "la zone", "où ils vont sur le chantier", "where"),
      ]),
      B=K("chantier", "chantiers", "Chantier", ["site"], [
          C("adresse|lieu|emplacement", "text", "l'adresse", "où il se trouve", "where"),
          C("chef de chantier|responsable|conducteur de travaux|dirigé par", "person/text", "le chef de chantier", "qui le dirige", "who"),
          C("date de début|début|démarré le|date de démarrage", "date", "la date de début", "quand il a commencé", "when"),
      ]), link="A->B", belongs="chaque visite a lieu sur un chantier", pair=("quand ils arrivent et repartent", [2, 3])),
 dict(dom="notes de frais",
      A=K("note de frais", "notes de frais", "Note de frais", ["frais", "remboursement", "dépense"], [
          C("salarié|employé|demandeur|collaborateur", "person/text", "le salarié"),
          C("catégorie|type|type de frais", "choice/text", "la catégorie"),
          C("montant|total|somme", "money/decimal", "le montant", "combien ça a coûté", "much"),
          C("objet|motif|raison|à quoi", "text/long_text", "le motif", "à quoi ça a servi", "what"),
          C("validé par|validée par|approbateur|signé par|valideur|qui l'a validée", "person/text", "le valideur", "qui l'a validée", "who"),
          C("date de remboursement|remboursé le|remboursement", "date", "la date de remboursement", "quand elle a été remboursée", "when"),
          C("justificatif|reçu|justificatif fourni|ticket", "boolean", "le justificatif", "s'il y a un justificatif", "whether"),
      ]),
      B=K("projet", "projets", "Projet", ["affaire", "centre de coût"], [
          C("code|code projet|numéro", "text", "le code du projet"),
          C("budget restant|reste|budget|reste à dépenser", "money/decimal", "le budget restant", "combien il reste", "much"),
          C("chef de projet|responsable|pilote", "person/text", "le chef de projet", "qui le pilote", "who"),
      ]), link="A->B", belongs="chaque note de frais est imputée à un projet"),
 dict(dom="location d'outils",
      A=K("location", "locations", "Location", ["prêt", "réservation"], [
          C("client|nom du client|loueur", "text/person", "le client"),
          C("téléphone|numéro de téléphone|tel", "phone/text", "le téléphone"),
          C("date de sortie|sorti le|date de location|date de début|loué le", "date/datetime", "la date de sortie", "quand l'outil est sorti", "when"),
          C("date de retour|rendu le|retourné le|retour|rapporté le", "date/datetime", "la date de retour", "quand il a été rapporté", "when"),
          C("caution|montant de la caution|dépôt", "money/decimal", "la caution", "combien de caution ils ont versé", "much"),
          C("endommagé|abîmé|dégâts|rendu abîmé", "boolean", "l'état au retour", "s'il est revenu abîmé", "whether"),
          C("remis par|vendeur|employé|qui l'a remis", "person/text", "le vendeur", "qui l'a remis", "who"),
      ]),
      B=K("outil", "outils", "Outil", ["matériel", "machine"], [
          C("nom|désignation|libellé", "text", "le nom"),
          C("date d'achat|acheté le|achat", "date", "la date d'achat", "quand on l'a acheté", "when"),
          C("emplacement|rangement|étagère|lieu", "text/choice", "l'emplacement", "où il est rangé", "where"),
      ]), link="A->B", belongs="chaque location porte sur un outil"),
 dict(dom="dons de la banque alimentaire",
      A=K("don", "dons", "Don", ["livraison", "collecte"], [
          C("contenu|description|produits", "text/long_text", "le contenu"),
          C("catégorie|type", "choice/text", "la catégorie"),
          C("date de réception|reçu le|date|arrivé le|réception", "date/datetime", "la date de réception", "quand il est arrivé", "when"),
          C("nombre de cartons|cartons|quantité", "integer/decimal", "le nombre de cartons", "combien de cartons il y avait", "many"),
          C("lieu de stockage|emplacement|stocké|stockage", "text/choice", "le lieu de stockage", "où il est stocké", "where"),
          C("périssable|frais|est périssable", "boolean", "le caractère périssable", "si c'est périssable", "whether"),
          C("reçu par|bénévole|réceptionné par|qui l'a réceptionné", "person/text", "le bénévole", "qui l'a réceptionné", "who"),
      ]),
      B=K("donateur", "donateurs", "Donateur", ["donneur"], [
          C("nom|nom du donateur", "text", "le nom"),
          C("téléphone|numéro de téléphone", "phone/text", "le téléphone"),
          C("reçu fiscal|veut un reçu|reçu", "boolean", "le reçu fiscal", "s'il veut un reçu fiscal", "whether"),
      ]), link="A->B", belongs="chaque don vient d'un donateur"),
]

# ---------------------------------------------------------------- Spanish
ES = [
 dict(dom="portátiles del colegio",
      A=K("portátil", "portátiles", "Portátil", ["ordenador", "ordenador portátil", "equipo"], [
          C("número de serie|serie|n.º de serie", "text", "el número de serie"),
          C("modelo|marca y modelo", "text/choice", "el modelo"),
          C("fecha de compra|comprado el|compra|fecha compra", "date/datetime", "la fecha de compra", "cuándo se compró", "when"),
          C("precio|coste|costo|importe|precio de compra", "money/decimal", "el precio", "cuánto costó", "much"),
          C("usuario actual|usuario|asignado a|responsable|quién lo tiene|quien lo tiene", "person/text", "el usuario actual", "quién lo tiene ahora", "who"),
          C("asegurado|seguro|está asegurado", "boolean", "el seguro", "si está asegurado", "whether"),
          C("ubicación|lugar|guardado en|dónde se guarda|almacenamiento", "text/choice", "la ubicación", "dónde se guarda por la noche", "where"),
      ]),
      B=K("reparación", "reparaciones", "Reparación", ["arreglo", "avería"], [
          C("fecha de reparación|fecha|enviado el|fecha de envío", "date/datetime", "la fecha", "cuándo fue a reparar", "when"),
          C("coste|precio|importe|coste de la reparación", "money/decimal", "el coste", "cuánto costó la reparación", "much"),
          C("reparado|arreglado|solucionado", "boolean", "el resultado", "si se arregló", "whether"),
      ]), link="B->A", belongs="cada reparación es de un portátil"),
 dict(dom="talleres del barrio",
      A=K("taller", "talleres", "Taller", ["sesión", "actividad", "curso"], [
          C("título|nombre", "text", "el título"),
          C("tema|temática", "text/choice", "el tema"),
          C("fecha|fecha del taller|celebrado el", "date/datetime", "la fecha", "cuándo se hizo", "when"),
          C("número de asistentes|asistentes|asistencia|número de personas|personas", "integer", "el número de asistentes", "cuántas personas vinieron", "many"),
          C("lugar|sala|sitio", "text/choice", "el lugar", "dónde se hizo", "where"),
          C("monitor|impartido por|responsable|quién lo dio|ponente", "person/text", "el monitor", "quién lo dio", "who"),
          C("gratuito|gratis|de pago", "boolean", "si es gratis", "si fue gratuito", "whether"),
      ]),
      B=K("gasto", "gastos", "Gasto", ["compra", "pago"], [
          C("importe|cantidad|coste|gastado", "money/decimal", "el importe", "cuánto se gastó", "much"),
          C("concepto|motivo|para qué|descripción|finalidad", "text/long_text", "el concepto", "para qué fue", "what"),
          C("pagado por|quién pagó|pagador", "person/text", "quién pagó", "quién lo pagó", "who"),
      ]), link="B->A", belongs="cada gasto pertenece a un taller"),
 dict(dom="visitas a la obra",
      A=K("visita", "visitas", "Visita", ["visitante", "registro de visita"], [
          C("nombre del visitante|nombre|visitante", "text/person", "el nombre del visitante"),
          C("empresa|compañía", "text", "su empresa"),
          C("hora de llegada|llegada|llegó a las|hora llegada", "datetime/date/text", "la hora de llegada", "cuándo llegan", "when"),
          C("hora de salida|salida|se fue a las|hora salida", "datetime/date/text", "la hora de salida", "cuándo se van", "when"),
          C("persona visitada|anfitrión|contacto|a quién visita|a quién vienen a ver", "person/text", "la persona visitada", "a quién vienen a ver", "who"),
          C("formación de seguridad|charla de seguridad|inducción", "boolean", "la charla de seguridad", "si han hecho la charla de seguridad", "whether"),
          C("zona|área|sector|lugar|ubicación", "text/choice", "la zona", "a qué zona de la obra van", "where"),
      ]),
      B=K("obra", "obras", "Obra", ["proyecto", "emplazamiento"], [
          C("dirección|ubicación|lugar", "text", "la dirección", "dónde está", "where"),
          C("jefe de obra|responsable|encargado|dirigida por", "person/text", "el jefe de obra", "quién la dirige", "who"),
          C("fecha de inicio|inicio|empezó el", "date", "la fecha de inicio", "cuándo empezó", "when"),
      ]), link="A->B", belongs="cada visita es a una obra", pair=("cuándo llegan y cuándo se van", [2, 3])),
 dict(dom="gastos de viaje",
      A=K("nota de gastos", "notas de gastos", "Nota de gastos", ["gasto", "reembolso", "liquidación"], [
          C("empleado|trabajador|solicitante", "person/text", "el empleado"),
          C("categoría|tipo|tipo de gasto", "choice/text", "la categoría"),
          C("importe|total|cantidad", "money/decimal", "el importe", "cuánto fue", "much"),
          C("motivo|concepto|para qué|finalidad", "text/long_text", "el motivo", "para qué era", "what"),
          C("aprobado por|aprobador|quién lo aprobó|autorizado por", "person/text", "el aprobador", "quién lo aprobó", "who"),
          C("fecha de reembolso|reembolsado el|pagado el|reembolso", "date", "la fecha de reembolso", "cuándo se devolvió el dinero", "when"),
          C("justificante|ticket|tiene justificante|factura", "boolean", "el justificante", "si hay justificante", "whether"),
      ]),
      B=K("proyecto", "proyectos", "Proyecto", ["centro de coste"], [
          C("código|código de proyecto|número", "text", "el código del proyecto"),
          C("presupuesto restante|presupuesto|queda", "money/decimal", "el presupuesto restante", "cuánto dinero queda", "much"),
          C("jefe de proyecto|responsable|director", "person/text", "el jefe de proyecto", "quién lo lleva", "who"),
      ]), link="A->B", belongs="cada nota de gastos se carga a un proyecto"),
 dict(dom="alquiler de herramientas",
      A=K("alquiler", "alquileres", "Alquiler", ["préstamo", "reserva"], [
          C("cliente|nombre del cliente", "text/person", "el cliente"),
          C("teléfono|número de teléfono", "phone/text", "el teléfono"),
          C("fecha de salida|fecha de alquiler|salió el|alquilado el|fecha de inicio", "date/datetime", "la fecha de salida", "cuándo salió", "when"),
          C("fecha de devolución|devuelto el|devolución|fecha de vuelta", "date/datetime", "la fecha de devolución", "cuándo se devolvió", "when"),
          C("fianza|depósito|importe de la fianza", "money/decimal", "la fianza", "cuánta fianza pagaron", "much"),
          C("dañado|con daños|roto|daños", "boolean", "el estado a la vuelta", "si volvió dañado", "whether"),
          C("entregado por|empleado|quién lo entregó|dependiente", "person/text", "el empleado", "quién lo entregó", "who"),
      ]),
      B=K("herramienta", "herramientas", "Herramienta", ["máquina", "equipo"], [
          C("nombre|descripción", "text", "el nombre"),
          C("fecha de compra|comprada el|compra", "date", "la fecha de compra", "cuándo la compramos", "when"),
          C("ubicación|estante|lugar|dónde se guarda", "text/choice", "la ubicación", "dónde se guarda", "where"),
      ]), link="A->B", belongs="cada alquiler es de una herramienta"),
 dict(dom="donaciones del banco de alimentos",
      A=K("donación", "donaciones", "Donación", ["entrega", "aportación"], [
          C("contenido|descripción|productos", "text/long_text", "el contenido"),
          C("categoría|tipo", "choice/text", "la categoría"),
          C("fecha de recepción|recibido el|fecha|llegó el|recepción", "date/datetime", "la fecha de recepción", "cuándo llegó", "when"),
          C("número de cajas|cajas|cantidad", "integer/decimal", "el número de cajas", "cuántas cajas había", "many"),
          C("lugar de almacenamiento|ubicación|almacén|dónde se guarda", "text/choice", "el lugar de almacenamiento", "dónde se guarda", "where"),
          C("perecedero|es perecedero|fresco", "boolean", "si es perecedero", "si es perecedero", "whether"),
          C("recibido por|voluntario|quién lo recibió", "person/text", "el voluntario", "quién lo recibió", "who"),
      ]),
      B=K("donante", "donantes", "Donante", ["benefactor"], [
          C("nombre|nombre del donante", "text", "el nombre"),
          C("teléfono|número de teléfono", "phone/text", "el teléfono"),
          C("quiere certificado|certificado|recibo", "boolean", "el certificado", "si quiere certificado de donación", "whether"),
      ]), link="A->B", belongs="cada donación viene de un donante"),
]

# ---------------------------------------------------------------- German
DE = [
 dict(dom="Schul-Laptops",
      A=K("Laptop", "Laptops", "Laptop", ["Notebook", "Gerät", "Rechner"], [
          C("Seriennummer|Serien-Nr|Serie", "text", "die Seriennummer"),
          C("Modell|Typ", "text/choice", "das Modell"),
          C("Kaufdatum|gekauft am|Datum des Kaufs|gekauft|Anschaffungsdatum", "date/datetime", "das Kaufdatum", "wann er gekauft wurde", "when"),
          C("Preis|Kosten|Kaufpreis|Betrag|gekostet", "money/decimal", "den Preis", "wie viel er gekostet hat", "much"),
          C("aktueller Nutzer|Nutzer|Besitzer|zugewiesen an|wer ihn hat|Inhaber", "person/text", "den aktuellen Nutzer", "wer ihn gerade hat", "who"),
          C("versichert|Versicherung|ist versichert", "boolean", "den Versicherungsstatus", "ob er versichert ist", "whether"),
          C("Aufbewahrungsort|Standort|Lagerort|aufbewahrt|Ort", "text/choice", "den Aufbewahrungsort", "wo er über Nacht aufbewahrt wird", "where"),
      ], pron="er", each=("Jeder Laptop", "jedem Laptop")),
      B=K("Reparatur", "Reparaturen", "Reparatur", ["Instandsetzung"], [
          C("Reparaturdatum|Datum|eingeschickt am|Einsendedatum", "date/datetime", "das Datum", "wann er eingeschickt wurde", "when"),
          C("Kosten|Reparaturkosten|Preis|Betrag", "money/decimal", "die Kosten", "wie viel die Reparatur gekostet hat", "much"),
          C("repariert|behoben|erfolgreich", "boolean", "das Ergebnis", "ob er repariert wurde", "whether"),
      ], each=("Jede Reparatur", "jeder Reparatur")), link="B->A", belongs="jede Reparatur gehört zu einem Laptop"),
 dict(dom="Workshops im Stadtteil",
      A=K("Workshop", "Workshops", "Workshop", ["Kurs", "Veranstaltung", "Termin"], [
          C("Titel|Name", "text", "den Titel"),
          C("Thema", "text/choice", "das Thema"),
          C("Datum|stattgefunden am|Termin", "date/datetime", "das Datum", "wann er stattfand", "when"),
          C("Teilnehmerzahl|Anzahl Teilnehmer|Teilnehmer|Anzahl Personen|Besucherzahl|Anzahl Leute", "integer", "die Teilnehmerzahl", "wie viele Leute gekommen sind", "many"),
          C("Ort|Raum|Veranstaltungsort", "text/choice", "den Ort", "wo er stattfand", "where"),
          C("Leitung|Kursleiter|geleitet von|Referent|wer ihn geleitet hat", "person/text", "die Leitung", "wer ihn geleitet hat", "who"),
          C("kostenlos|gratis|kostenpflichtig", "boolean", "ob er kostenlos war", "ob er kostenlos war", "whether"),
      ], pron="er", each=("Jeder Workshop", "jedem Workshop")),
      B=K("Ausgabe", "Ausgaben", "Ausgabe", ["Kosten", "Auslage"], [
          C("Betrag|Kosten|Summe|ausgegeben", "money/decimal", "den Betrag", "wie viel ausgegeben wurde", "much"),
          C("Zweck|Verwendungszweck|wofür|Grund|Beschreibung", "text/long_text", "den Zweck", "wofür das Geld war", "what"),
          C("bezahlt von|Zahler|wer bezahlt hat", "person/text", "wer bezahlt hat", "wer bezahlt hat", "who"),
      ], each=("Jede Ausgabe", "jeder Ausgabe")), link="B->A", belongs="jede Ausgabe gehört zu einem Workshop"),
 dict(dom="Besucher der Baustelle",
      A=K("Besuch", "Besuche", "Besuch", ["Besucher", "Besucheranmeldung", "Eintrag"], [
          C("Name des Besuchers|Name|Besucher|Besuchername", "text/person", "den Namen des Besuchers"),
          C("Firma|Unternehmen|Arbeitgeber", "text", "die Firma"),
          C("Ankunftszeit|Ankunft|angekommen um|Kommt", "datetime/date/text", "die Ankunftszeit", "wann sie kommen", "when"),
          C("Abfahrtszeit|Abgang|Gehzeit|gegangen um|Gehen|Abreise|Uhrzeit Gehen|Weggang", "datetime/date/text", "die Uhrzeit beim Gehen", "wann sie gehen", "when"),
          C("Ansprechpartner|besuchte Person|Gastgeber|Kontakt|wen sie besuchen", "person/text", "den Ansprechpartner", "wen sie besuchen", "who"),
          C("Sicherheitseinweisung|eingewiesen|Einweisung", "boolean", "die Sicherheitseinweisung", "ob sie die Sicherheitseinweisung bekommen haben", "whether"),
          C("Bereich|Zone|Abschnitt|Ort", "text/choice", "den Bereich", "wo sie auf der Baustelle hingehen", "where"),
      ], pron="sie", each=("Jeder Besuch", "jedem Besuch")),
      B=K("Baustelle", "Baustellen", "Baustelle", ["Projekt"], [
          C("Adresse|Ort|Standort", "text", "die Adresse", "wo sie liegt", "where"),
          C("Bauleiter|Leitung|verantwortlich|geleitet von", "person/text", "den Bauleiter", "wer sie leitet", "who"),
          C("Startdatum|Beginn|Baubeginn|begonnen am", "date", "den Baubeginn", "wann sie begonnen hat", "when"),
      ], each=("Jede Baustelle", "jeder Baustelle")), link="A->B", belongs="jeder Besuch findet auf einer Baustelle statt", pair=("wann sie kommen und gehen", [2, 3])),
 dict(dom="Spesenabrechnungen",
      A=K("Spesenabrechnung", "Spesenabrechnungen", "Spesenabrechnung", ["Abrechnung", "Auslage", "Spesen"], [
          C("Mitarbeiter|Antragsteller|eingereicht von", "person/text", "den Mitarbeiter"),
          C("Kategorie|Art|Spesenart", "choice/text", "die Kategorie"),
          C("Betrag|Summe|Gesamtbetrag", "money/decimal", "den Betrag", "wie viel es war", "much"),
          C("Zweck|Anlass|Grund|wofür", "text/long_text", "den Zweck", "wofür es war", "what"),
          C("genehmigt von|Genehmiger|freigegeben von|wer es genehmigt hat", "person/text", "den Genehmiger", "wer es freigegeben hat", "who"),
          C("Erstattungsdatum|erstattet am|ausgezahlt am|Erstattung", "date", "das Erstattungsdatum", "wann es erstattet wurde", "when"),
          C("Beleg vorhanden|Beleg|Quittung", "boolean", "den Beleg", "ob es einen Beleg gibt", "whether"),
      ], pron="sie", each=("Jede Spesenabrechnung", "jeder Spesenabrechnung")),
      B=K("Projekt", "Projekte", "Projekt", ["Kostenstelle"], [
          C("Projektnummer|Nummer|Code|Projektcode", "text", "die Projektnummer"),
          C("Restbudget|Budget|verbleibendes Budget|übrig", "money/decimal", "das Restbudget", "wie viel Geld noch übrig ist", "much"),
          C("Projektleiter|Leitung|verantwortlich|geleitet von", "person/text", "den Projektleiter", "wer es leitet", "who"),
      ], each=("Jedes Projekt", "jedem Projekt")), link="A->B", belongs="jede Spesenabrechnung läuft auf ein Projekt"),
 dict(dom="Werkzeugverleih",
      A=K("Ausleihe", "Ausleihen", "Ausleihe", ["Verleih", "Miete", "Vermietung", "Buchung"], [
          C("Kunde|Kundenname|Name", "text/person", "den Kunden"),
          C("Telefon|Telefonnummer", "phone/text", "die Telefonnummer"),
          C("Ausgabedatum|ausgegeben am|Verleihdatum|Startdatum|rausgegangen", "date/datetime", "das Ausgabedatum", "wann es rausgegangen ist", "when"),
          C("Rückgabedatum|zurückgegeben am|Rückgabe|zurückgebracht", "date/datetime", "das Rückgabedatum", "wann es zurückgebracht wurde", "when"),
          C("Kaution|Kautionsbetrag|Pfand", "money/decimal", "die Kaution", "wie viel Kaution bezahlt wurde", "much"),
          C("beschädigt|Schaden|Schäden", "boolean", "den Zustand bei Rückgabe", "ob es beschädigt zurückkam", "whether"),
          C("ausgegeben von|Mitarbeiter|wer es ausgegeben hat", "person/text", "den Mitarbeiter", "wer es ausgegeben hat", "who"),
      ], pron="es", each=("Jede Ausleihe", "jeder Ausleihe")),
      B=K("Werkzeug", "Werkzeuge", "Werkzeug", ["Gerät", "Maschine"], [
          C("Bezeichnung|Name", "text", "die Bezeichnung"),
          C("Kaufdatum|gekauft am|Anschaffung", "date", "das Kaufdatum", "wann wir es gekauft haben", "when"),
          C("Lagerort|Standort|Regal|Ort", "text/choice", "den Lagerort", "wo es gelagert wird", "where"),
      ], each=("Jedes Werkzeug", "jedem Werkzeug")), link="A->B", belongs="jede Ausleihe betrifft ein Werkzeug"),
 dict(dom="Spenden der Tafel",
      A=K("Spende", "Spenden", "Spende", ["Lieferung", "Abgabe"], [
          C("Inhalt|Beschreibung|Waren", "text/long_text", "den Inhalt"),
          C("Kategorie|Art", "choice/text", "die Kategorie"),
          C("Eingangsdatum|eingegangen am|Datum|angekommen am|Eingang", "date/datetime", "das Eingangsdatum", "wann sie angekommen ist", "when"),
          C("Anzahl Kisten|Kisten|Kistenanzahl|Menge", "integer/decimal", "die Anzahl der Kisten", "wie viele Kisten es waren", "many"),
          C("Lagerort|Ort|Lager|gelagert", "text/choice", "den Lagerort", "wo sie gelagert wird", "where"),
          C("verderblich|ist verderblich|frisch", "boolean", "ob verderblich", "ob sie verderblich ist", "whether"),
          C("angenommen von|Helfer|wer sie angenommen hat|Ehrenamtlicher", "person/text", "den Helfer", "wer sie angenommen hat", "who"),
      ], pron="sie", each=("Jede Spende", "jeder Spende")),
      B=K("Spender", "Spender", "Spender", ["Geber"], [
          C("Name|Spendername", "text", "den Namen"),
          C("Telefon|Telefonnummer", "phone/text", "die Telefonnummer"),
          C("Spendenquittung|Quittung gewünscht|Quittung", "boolean", "die Spendenquittung", "ob er eine Spendenquittung möchte", "whether"),
      ], each=("Jeder Spender", "jedem Spender")), link="A->B", belongs="jede Spende kommt von einem Spender"),
]

# ---------------------------------------------------------------- sentence pieces per language
L = {
 "en": dict(
   intro=["We need a small app for our {pl}.", "I want to keep a register of {pl}.", "Could you set up a tracker for {pl}?"],
   know="For each {sg} we need to know {q}.",
   know2="For every {sg} I'd like to know {q}.",
   also_know="We also need to know {q}.",
   whether_list="{Pl}: {n}, and {w}.",
   rec=["Please log {q} for each {sg}.", "For every {sg}, write down {q}."],
   track="Help me keep track of each {sg}'s {n}, and {q}.",
   withs="I need a list of {pl} with {n0}, including {n1}, plus {q0}, as well as {q1}.",
   second=["We look after {pl}.", "Each {sg} has {n}.", "We also want to know {q}.", "Oh, and {w}."],
   explain=["{Pl}: {n0}, {q0} (because the boss keeps asking), {q1} since the auditors want to see it, and {q2}.",
            "For the {pl} we note {n0} and {q0}; {q1}, because people keep forgetting; and {q2}, as the insurance asks."],
   two="We have {Apl} and {Bpl}; {belongs}. For a {Asg} we need to know {qa}. For the {Bpl} we keep {qb}.",
   two_b="We handle {Apl} and {Bpl}, and {belongs}. About each {Bsg}: {qb}. About each {Asg}, we record {qa}.",
   and_=" and ", comma=", ", who_keep="who"),
 "fr": dict(
   intro=["Nous avons besoin d'une petite application pour nos {pl}.", "Je voudrais tenir un registre des {pl}.", "Pouvez-vous nous faire un suivi des {pl} ?"],
   know="Pour chaque {sg}, on a besoin de savoir {q}.",
   know2="Pour chaque {sg}, il faudrait savoir {q}.",
   also_know="On veut aussi savoir {q}.",
   whether_list="{Pl} : {n}, et savoir {w}.",
   rec=["Merci de noter pour chaque {sg} {q}.", "Pour chaque {sg}, on note {q}."],
   track="Il faut suivre pour chaque {sg} {n}, et {q}.",
   withs="Il me faut une liste des {pl} avec {n0}, y compris {n1}, plus {q0}, ainsi que {q1}.",
   second=["On gère des {pl}.", "Chaque {sg} a {n}.", "On veut aussi savoir {q}.", "Et savoir {w}."],
   explain=["{Pl} : {n0}, {q0} (parce que le patron n'arrête pas de le demander), {q1} vu que les auditeurs veulent le voir, et {q2}.",
            "Pour les {pl} on note {n0} et {q0} ; {q1}, parce que tout le monde oublie ; et {q2}, car l'assurance le demande."],
   two="On a des {Apl} et des {Bpl} ; {belongs}. Pour chaque {Asg}, il faut savoir {qa}. Pour les {Bpl}, on garde {qb}.",
   two_b="Nous gérons des {Apl} et des {Bpl}, et {belongs}. Pour chaque {Bsg} : {qb}. Pour chaque {Asg}, on note {qa}.",
   and_=" et ", comma=", "),
 "es": dict(
   intro=["Necesitamos una pequeña aplicación para nuestros {pl}.", "Quiero llevar un registro de {pl}.", "¿Nos podéis montar un control de {pl}?"],
   know="De cada {sg} necesitamos saber {q}.",
   know2="Para cada {sg} quiero saber {q}.",
   also_know="También queremos saber {q}.",
   whether_list="{Pl}: {n}, y saber {w}.",
   rec=["Por favor, apuntad de cada {sg} {q}.", "En cada {sg} anotamos {q}."],
   track="Quiero llevar el control de cada {sg}: {n}, y {q}.",
   withs="Necesito una lista de {pl} con {n0}, incluido {n1}, además de {q0}, y también {q1}.",
   second=["Gestionamos {pl}.", "Cada {sg} tiene {n}.", "También queremos saber {q}.", "Y saber {w}."],
   explain=["{Pl}: {n0}, {q0} (porque el jefe siempre lo pregunta), {q1} ya que los auditores lo piden, y {q2}.",
            "De los {pl} apuntamos {n0} y {q0}; {q1}, porque a todos se nos olvida; y {q2}, que lo pide el seguro."],
   two="Tenemos {Apl} y {Bpl}; {belongs}. De cada {Asg} hay que saber {qa}. De los {Bpl} guardamos {qb}.",
   two_b="Llevamos {Apl} y {Bpl}, y {belongs}. De cada {Bsg}: {qb}. De cada {Asg} apuntamos {qa}.",
   and_=" y ", comma=", "),
 "de": dict(
   intro=["Wir brauchen eine kleine App für unsere {pl}.", "Ich möchte eine Liste der {pl} führen.", "Könnt ihr uns eine Übersicht der {pl} bauen?"],
   know="Bei {eachd} müssen wir wissen, {q}.",
   know2="Zu {eachd} wollen wir wissen, {q}.",
   also_know="Außerdem wollen wir wissen, {q}.",
   whether_list="{Pl}: {n}, und wissen, {w}.",
   rec=["Bitte haltet bei {eachd} fest, {q}.", "Pro {sg} notieren wir, {q}."],
   track="Wir wollen bei {eachd} im Blick behalten: {n}, und {q}.",
   withs="Ich brauche eine Liste der {pl} mit {n0}, inklusive {n1}, plus {q0}, sowie {q1}.",
   second=["Wir verwalten {pl}.", "{each} hat {n}.", "Außerdem wollen wir wissen, {q}.", "Und wissen, {w}."],
   explain=["{Pl}: {n0}, {q0} (weil der Chef ständig danach fragt), {q1}, da die Prüfer das sehen wollen, und {q2}.",
            "Zu den {pl} notieren wir {n0} und {q0}; {q1}, weil es sonst jeder vergisst; und {q2}, das will die Versicherung."],
   two="Wir haben {Apl} und {Bpl}; {belongs}. Bei {Aeachd} müssen wir wissen, {qa}. Für die {Bpl} halten wir fest, {qb}.",
   two_b="Wir verwalten {Apl} und {Bpl}, und {belongs}. Zu {Beachd}: {qb}. Zu {Aeachd} notieren wir, {qa}.",
   and_=" und ", comma=", "),
}

WRAP = {
 "en": [("", ""), ("Hello! ", " Thanks a lot."), ("Hi team,\n\n", "\n\nCheers,\nMarta"), ("", "")],
 "fr": [("", ""), ("Bonjour, ", " Merci d'avance !"), ("Bonjour à tous,\n\n", "\n\nCordialement,\nSophie"), ("", "")],
 "es": [("", ""), ("¡Hola! ", " ¡Gracias!"), ("Hola equipo:\n\n", "\n\nUn saludo,\nLucía"), ("", "")],
 "de": [("", ""), ("Hallo zusammen, ", " Danke schon mal!"), ("Hallo Team,\n\n", "\n\nViele Grüße\nJonas"), ("", "")],
}


ES_FEM = {"notas de gastos", "visitas", "donaciones", "reparaciones", "obras", "herramientas"}


def es_gender(text):
    """Spanish "nuestros/De los" agree with a feminine plural."""
    for pl in ES_FEM:
        text = text.replace("nuestros " + pl, "nuestras " + pl).replace("De los " + pl, "De las " + pl)
        text = text.replace("de los " + pl, "de las " + pl)
    return text


def strip_accents(s):
    s = s.replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def joinlist(items, lang):
    if len(items) == 1:
        return items[0]
    return L[lang]["comma"].join(items[:-1]) + L[lang]["and_"] + items[-1]


def gold_field(c):
    g = {"name": c["name"], "aliases": c["aliases"], "type": c["type"], "alt_types": c["alt"]}
    if c["type"] in ("choice", "multi_choice"):
        g["options"] = []
    return g


def gold_kind(k, cs):
    return {"name": k["gold"], "aliases": k["aliases"], "fields": [gold_field(c) for c in cs]}


def bare(s):
    w = s.split(" ", 1)
    return w[1] if len(w) == 2 and w[0].lower() in ("der", "die", "das", "den", "dem") else s


def cap(s):
    return s[:1].upper() + s[1:]


def qs(k):
    return [c for c in k["c"] if c["clause"]]


def ns(k):
    return [c for c in k["c"] if not c["clause"]]


def pick(lst, start, n):
    return [lst[(start + i) % len(lst)] for i in range(n)]


def by_q(k, q):
    return next(c for c in k["c"] if c["q"] == q)


def build(lang, d, cons, var):
    T = L[lang]
    A, B = d["A"], d["B"]
    Q, N = qs(A), ns(A)
    sg, pl = A["sg"], A["pl"]
    ea = A["each"] or ("each " + sg, "each " + sg)
    eb = B["each"] or ("each " + B["sg"], "each " + B["sg"])
    X = dict(sg=sg, pl=pl, each=ea[0], eachd=ea[1])
    used = []           # concepts of A, in order
    usedB = []
    two = False
    if cons == "know_q":
        cs = pick(Q, var * 2, 3)
        text = T["intro"][var % 3].format(pl=pl, sg=sg) + " " + (T["know"] if var % 2 == 0 else T["know2"]).format(
            **X, q=joinlist([c["clause"] for c in cs], lang))
        used = cs
    elif cons == "whether":
        w = by_q(A, "whether")
        others = [c for c in Q if c is not w]
        extra = others[var % len(others)]
        text = T["whether_list"].format(Pl=cap(pl), n=joinlist([c["noun"] for c in N] + [extra["clause"]], lang).replace(
            L[lang]["and_"] + extra["clause"], L[lang]["comma"] + extra["clause"]), w=w["clause"])
        used = N + [extra, w]
    elif cons == "rec_verb":
        if d.get("pair") and var % 2 == 0:
            ptext, idx = d["pair"]
            cs = [A["c"][i] for i in idx]
            other = [c for c in Q if c not in cs and c["q"] == "who"][0]
            parts = [ptext, other["clause"]]
            used = cs + [other]
        else:
            cs = pick([c for c in Q if c["q"] != "whether"], var + 1, 3)
            parts = [c["clause"] for c in cs]
            used = cs
        text = T["rec"][var % 2].format(**X, q=joinlist(parts, lang))
    elif cons == "keep_track":
        c = pick(Q, var + 3, 1)[0]
        text = T["track"].format(**X, n=joinlist([x["noun"] for x in N], lang), q=c["clause"])
        if lang == "en":
            text = text.replace(" and the ", " and ", 1).replace("'s the ", "'s ", 1).replace("'s their ", "'s ", 1)
        used = N + [c]
    elif cons == "with_incl":
        q0, q1 = pick(Q, var * 3, 2)
        n0, n1 = (bare(N[0]["noun"]), bare(N[1]["noun"])) if lang == "de" else (N[0]["noun"], N[1]["noun"])
        text = T["withs"].format(pl=pl, n0=n0, n1=n1, q0=q0["clause"], q1=q1["clause"])
        used = [N[0], N[1], q0, q1]
    elif cons == "second":
        w = by_q(A, "whether")
        others = [c for c in Q if c is not w]
        q2 = pick(others, var * 2 + 1, 2)
        s = T["second"]
        text = " ".join([s[0].format(pl=pl), s[1].format(**X, n=joinlist([c["noun"] for c in N], lang)),
                         s[2].format(q=joinlist([c["clause"] for c in q2], lang)), s[3].format(w=w["clause"])])
        used = N + q2 + [w]
    elif cons == "explain":
        q3 = pick(Q, var * 2 + 2, 3)
        text = T["explain"][var % 2].format(Pl=cap(pl), pl=pl, n0=N[0]["noun"], q0=q3[0]["clause"], q1=q3[1]["clause"],
                                            q2=q3[2]["clause"])
        used = [N[0]] + q3
    elif cons == "two_kind":
        two = True
        qa = pick(Q, var * 2, 2)
        qb = [c for c in B["c"] if c["clause"]][:2] if var % 2 == 0 else B["c"][-2:]
        if var % 2 == 1:
            qb_text = joinlist([c["clause"] if c["clause"] else c["noun"] for c in qb], lang)
        else:
            qb_text = joinlist([c["clause"] for c in qb], lang)
        tmpl = T["two"] if var % 2 == 0 else T["two_b"]
        text = tmpl.format(Apl=A["pl"], Bpl=B["pl"], Asg=A["sg"], Bsg=B["sg"], belongs=d["belongs"],
                           Aeachd=ea[1], Beachd=eb[1], qa=joinlist([c["clause"] for c in qa], lang), qb=qb_text)
        used, usedB = qa, qb
    else:
        raise ValueError(cons)
    ents = [gold_kind(A, used)]
    rels = []
    if two:
        ents.append(gold_kind(B, usedB))
        src, dst = (0, 1) if d["link"] == "A->B" else (1, 0)
        ents[src]["fields"].append({"name": ents[dst]["name"], "aliases": [x for x in [ (A if dst == 0 else B)["sg"] ] + ents[dst]["aliases"]],
                                    "type": "reference", "alt_types": [], "target": ents[dst]["name"]})
        rels.append({"from": ents[src]["name"], "to": ents[dst]["name"]})
    return text, ents, rels


CONS = ["know_q", "whether", "rec_verb", "keep_track", "with_incl", "second", "explain", "two_kind"]
SETS = [("en", EN, 2), ("fr", FR, 1), ("es", ES, 1), ("de", DE, 1)]


def main():
    rows = []
    n = 0
    for lang, doms, nvar in SETS:
        for ci, cons in enumerate(CONS):
            for di, d in enumerate(doms):
                for v in range(nvar):
                    var = di + v * 3 + ci
                    text, ents, rels = build(lang, d, cons, var)
                    if lang == "es":
                        text = es_gender(text)
                    reg = (di + ci + v) % 5
                    if reg in (1, 2):
                        pre, post = WRAP[lang][reg]
                        text = pre + text + post
                    elif reg == 3:
                        text = text[0].lower() + text[1:].rstrip(".")
                    elif reg == 4 and lang != "en":
                        text = strip_accents(text)
                    elif reg == 4:
                        text = text.replace("I'd", "id").replace("We ", "we ", 1)
                    n += 1
                    rows.append({"id": f"g23f-{lang}-{cons}-{di}{v}", "lang": lang, "prompt": text, "entities": ents,
                                 "relations": rels, "notes": f"{cons} {d['dom']} reg{reg}"})
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()

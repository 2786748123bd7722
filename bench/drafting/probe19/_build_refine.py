import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def fld(s):
    parts = s.split("|")
    key, label, typ = parts[0], parts[1], parts[2]
    d = {}
    req = key.endswith("*")
    key = key.rstrip("*")
    d = {"key": key, "label": label, "type": typ}
    if req: d["required"] = True
    if typ in ("choice", "multi_choice"): d["options"] = parts[3].split(";")
    if typ == "reference": d["target"] = parts[3]
    return d

def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": [fld(x) for x in fields]}

def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

L = lambda s: [a for a in s.split("|") if a]
def AF(e, name, typ, aliases="", alt="", opts=None):
    d = {"op": "add_field", "entity": e, "name": name, "aliases": L(aliases), "type": typ, "alt_types": L(alt)}
    if opts: d["options"] = opts
    return d
def RF(e, f): return {"op": "remove_field", "entity": e, "field": f}
def RN(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": L(aliases)}
def CT(e, f, typ, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": typ, "alt_types": L(alt)}
def SR(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def SO(e, f, opts): return {"op": "set_options", "entity": e, "field": f, "options": opts}
def GF(name, typ, aliases="", alt=""): return {"name": name, "aliases": L(aliases), "type": typ, "alt_types": L(alt)}
def AE(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": L(aliases), "fields": list(fields)}
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}

cases = []
def C(lang, spec, request, *ops):
    cases.append({"lang": lang, "spec": spec, "request": request, "expect": list(ops), "keep": "all other fields and entities unchanged"})

# ---------- English specs ----------
WO = S("Turbine work orders", "Corrective and planned work on the wind farm's turbines.",
  ent("turbine", "Turbine", "Turbines", "turbine_id*|Turbine ID|text", "site|Site|choice|Hollow Ridge;Kettle Moor", "model|Model|text", "commissioned_on|Commissioned on|date"),
  ent("work_order", "Work order", "Work orders", "turbine*|Turbine|reference|turbine", "title|Title|text", "priority|Priority|choice|Low;Medium;High",
      "status|Status|choice|Open;In progress;Done", "assigned_to|Assigned to|person", "due_date|Due date|date"))
CHESS = S("Chess club", "Members, tournaments and who entered which.",
  ent("member", "Member", "Members", "name*|Name|text", "email|Email|email", "rating|Rating|integer", "junior|Junior|boolean"),
  ent("tournament", "Tournament", "Tournaments", "name*|Name|text", "start_date|Start date|date", "rounds|Rounds|integer", "time_control|Time control|choice|Blitz;Rapid;Classical"),
  ent("entry", "Entry", "Entries", "member*|Member|reference|member", "tournament*|Tournament|reference|tournament", "fee_paid|Fee paid|boolean"))
BRIDAL = S("Dress orders", "Brides and the dresses ordered for them from designers.",
  ent("bride", "Bride", "Brides", "name*|Name|text", "phone|Phone|phone", "email|Email|email", "wedding_date|Wedding date|date"),
  ent("dress_order", "Dress order", "Dress orders", "bride*|Bride|reference|bride", "designer|Designer|text", "style_number|Style number|text",
      "order_date|Order date|date", "deposit|Deposit|money", "status|Status|choice|Ordered;Arrived;Collected"))
FINDS = S("Finds register", "Contexts on the excavation and the finds from each.",
  ent("context", "Context", "Contexts", "number*|Context number|text", "trench|Trench|text", "description|Description|long_text"),
  ent("find", "Find", "Finds", "find_number*|Find number|text", "context|Context|reference|context", "material|Material|choice|Pottery;Bone;Metal;Flint",
      "description|Description|text", "found_on|Date found|date", "photo|Photo|file"))
STOCK = S("Cafe stock", "What we stock and who supplies it.",
  ent("supplier", "Supplier", "Suppliers", "name*|Name|text", "phone|Phone|phone", "email|Email|email"),
  ent("stock_item", "Stock item", "Stock items", "name*|Item|text", "supplier|Supplier|reference|supplier", "unit|Unit|choice|kg;litre;box;each",
      "quantity|Quantity in stock|decimal", "reorder_level|Reorder level|decimal", "unit_cost|Unit cost|money"))
TEA = S("Afternoon tea bookings", "Bookings for afternoon tea at the tea room.",
  ent("booking", "Booking", "Bookings", "customer_name*|Customer name|text", "phone|Phone|phone", "booking_time*|Date and time|datetime", "party_size|Party size|integer",
      "tea|Tea|choice|Classic;Champagne", "deposit_paid|Deposit paid|boolean"))
GAMES = S("Game library", "Board games members can borrow.",
  ent("game", "Game", "Games", "title*|Title|text", "publisher|Publisher|text", "min_players|Min players|integer", "max_players|Max players|integer", "condition|Condition|choice|Complete;Missing pieces;Damaged"),
  ent("loan", "Loan", "Loans", "game*|Game|reference|game", "borrower|Borrower|text", "borrowed_on|Borrowed on|date", "due_back|Due back|date", "returned|Returned|boolean"))

# A: work orders
C("en", WO, "add an estimated hours field to work orders please",
  AF("work_order", "estimated hours", "decimal", "estimated time|estimate|hours estimated|est. hours", "integer"))
C("en", WO, "Priority needs a Critical option on top of the others (for anything that stops a turbine), and the due date should be mandatory.",
  SO("work_order", "priority", ["Low", "Medium", "High", "Critical"]), SR("work_order", "due_date", True))
C("en", WO, "Hi - when a job is done I need to know who signed it off and when, and the status list should also have 'Waiting for parts' between In progress and Done.",
  AF("work_order", "signed off by", "person", "sign-off by|approved by|signed off|sign off|checked by", "text"),
  AF("work_order", "signed off on", "date", "sign-off date|signed off at|approved on|date signed off", "datetime"),
  SO("work_order", "status", ["Open", "In progress", "Waiting for parts", "Done"]))
# B: chess
C("en", CHESS, "can we store each member's FIDE ID as well",
  AF("member", "FIDE ID", "text", "FIDE number|FIDE id number|FIDE", "integer"))
C("en", CHESS, "We stopped using the junior tick box, it's pointless now that we record dates of birth on the paper forms. Take it out and add date of birth instead.",
  RF("member", "junior"), AF("member", "date of birth", "date", "DOB|birth date|birthday|born on"))
C("en", CHESS, "the rounds field on tournaments - can it be labelled 'Number of rounds'? people keep typing the round they're in",
  RN("tournament", "rounds", "Number of rounds", "No. of rounds|Round count"))
# C: bridal
C("en", BRIDAL, "The status list is missing a few steps. It should be: Ordered, Shipped, Arrived, In alterations, Collected.",
  SO("dress_order", "status", ["Ordered", "Shipped", "Arrived", "In alterations", "Collected"]))
C("en", BRIDAL, "designers should be their own list instead of typing the name each time - name, rep email and lead time in weeks. then the order picks the designer",
  AE("Designer", "Designers|label|brand",
     GF("name", "text", "designer name|brand name|label"),
     GF("rep email", "email", "email|rep's email|contact email|representative email"),
     GF("lead time weeks", "integer", "lead time|lead time in weeks|weeks", "decimal")),
  AR("dress_order", "Designer"),
  RF("dress_order", "designer"))
C("en", BRIDAL, "Morning! Could we also note on each order when the designer says it'll land? Brides keep ringing to ask. Thanks, Hannah",
  AF("dress_order", "expected delivery", "date", "expected delivery date|ETA|expected arrival|due date|delivery date|arrival date"))
# D: finds
C("en", FINDS, "Material needs Glass, Stone, Wood and Other too",
  SO("find", "material", ["Pottery", "Bone", "Metal", "Flint", "Glass", "Stone", "Wood", "Other"]))
C("en", FINDS, "a find should always have a context, make that compulsory. and the description on finds is too short, make it a big text box",
  SR("find", "context", True), CT("find", "description", "long_text"))
C("en", FINDS, "Trench should be a dropdown: Trench 1, Trench 2, Trench 3, Trench 4 and the evaluation trench (call it Eval).",
  CT("context", "trench", "choice"), SO("context", "trench", ["Trench 1", "Trench 2", "Trench 3", "Trench 4", "Eval"]))
C("en", FINDS, "We want to record the grid coordinates where each find came out of the ground (easting, northing, height).",
  AF("find", "easting", "decimal", "x|x coordinate|E|grid easting", "text"),
  AF("find", "northing", "decimal", "y|y coordinate|N|grid northing", "text"),
  AF("find", "height", "decimal", "z|level|elevation|OD height|height OD|z coordinate", "text"))
# E: stock
C("en", STOCK, "suppliers: add which day of the week they deliver",
  AF("supplier", "delivery day", "choice", "day they deliver|delivers on|delivery days|day", "text|multi_choice", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
C("en", STOCK, "Honestly we never email suppliers, we ring them. Get rid of the email. And every stock item must have a supplier.",
  RF("supplier", "email"), SR("stock_item", "supplier", True))
C("en", STOCK, "I'd like a storage location for each item (dry store, walk-in fridge, freezer, front counter) so new staff know where to look",
  AF("stock_item", "storage location", "choice", "location|where kept|stored in|storage|where", "text", ["Dry store", "Walk-in fridge", "Freezer", "Front counter"]))
# F: tea
C("en", TEA, "Add a Children's afternoon tea and a Gluten-free one to the tea options.",
  SO("booking", "tea", ["Classic", "Champagne", "Children's", "Gluten-free"]))
C("en", TEA, "we need to know about allergies - let people tick any of: nuts, gluten, dairy, eggs, and a box for anything else",
  AF("booking", "allergies", "multi_choice", "dietary requirements|allergens|dietary needs|allergy", "", ["Nuts", "Gluten", "Dairy", "Eggs"]),
  AF("booking", "other allergies", "text", "other|other dietary needs|anything else|other allergy|allergy details", "long_text"))
C("en", TEA, "The deposit paid tick isn't enough, finance want the actual amount. Change it to an amount please.",
  CT("booking", "deposit_paid", "money"))
C("en", TEA, "Hiya, small thing: 'Party size' confuses the Saturday girls, can it say 'Number of guests'?",
  RN("booking", "party_size", "Number of guests", "Guests|Number of people|Covers"))
# G: game library
C("en", GAMES, "add a photo of the box contents so we can check nothing's missing on return",
  AF("game", "contents photo", "file", "photo|box contents|picture|contents|box photo|image"))
C("en", GAMES, "Borrowers should come from a members list (name, phone, membership number) rather than being typed in. Remove the old borrower text.",
  AE("Member", "Members|borrower|player|club member",
     GF("name", "text", "member name|full name"),
     GF("phone", "phone", "phone number|mobile|telephone"),
     GF("membership number", "text", "member number|membership no|member ID|card number", "integer")),
  AR("loan", "Member"), RF("loan", "borrower"))
C("en", GAMES, "Committee decided we're not lending games out any more (too many went missing), so the library is just a catalogue now. Please drop the loans part.",
  RE("loan"))
C("en", GAMES, "returned should be the date it came back rather than a yes/no",
  CT("loan", "returned", "date", "datetime"))

# ---------- French ----------
HAB = S("Habilitations", "Habilitations des techniciens du parc éolien.",
  ent("technicien", "Technicien", "Techniciens", "nom*|Nom|text", "prenom|Prénom|text", "telephone|Téléphone|phone", "equipe|Équipe|choice|Equipe A;Equipe B"),
  ent("habilitation", "Habilitation", "Habilitations", "technicien*|Technicien|reference|technicien", "type|Type|choice|GWO travail en hauteur;Premiers secours;Electrique H0B0",
      "date_obtention|Date d'obtention|date", "date_expiration|Date d'expiration|date", "certificat|Certificat|file"))
RET = S("Retouches", "Suivi des retouches de robes de mariée.",
  ent("retouche", "Retouche", "Retouches", "cliente*|Cliente|text", "robe|Robe|text", "travaux|Travaux|multi_choice|Ourlet;Bretelles;Reprise taille",
      "couturiere|Couturière|person", "date_promise|Date promise|date", "statut|Statut|choice|À faire;En cours;Prête"))
THE = S("Carte des thés", "Les thés du salon et leurs fournisseurs.",
  ent("fournisseur", "Fournisseur", "Fournisseurs", "nom*|Nom|text", "email|Email|email", "telephone|Téléphone|phone"),
  ent("the", "Thé", "Thés", "nom*|Nom|text", "type|Type|choice|Vert;Noir;Blanc", "origine|Origine|text", "prix_tasse|Prix à la tasse|money",
      "stock_grammes|Stock (g)|decimal", "fournisseur|Fournisseur|reference|fournisseur"))

C("fr", HAB, "Il manque le recyclage : ajoute Sauvetage et Recyclage GWO dans les types d'habilitation.",
  SO("habilitation", "type", ["GWO travail en hauteur", "Premiers secours", "Electrique H0B0", "Sauvetage", "Recyclage GWO"]))
C("fr", HAB, "Bonjour, on a créé une équipe d'astreinte, pouvez-vous l'ajouter dans la liste des équipes ?",
  SO("technicien", "equipe", ["Equipe A", "Equipe B", "Astreinte"]))
C("fr", HAB, "la date d'expiration doit etre obligatoire sinon on ne peut pas relancer les gens",
  SR("habilitation", "date_expiration", True))
C("fr", HAB, "Pour les techniciens il faudrait aussi leur email pro et leur date d'embauche. Le téléphone on ne s'en sert pas ici, vous pouvez l'enlever.",
  AF("technicien", "email", "email", "email pro|adresse email|e-mail|mail|courriel"),
  AF("technicien", "date d'embauche", "date", "embauché le|date d'entrée|entrée|hire date|date embauche"),
  RF("technicien", "telephone"))
C("fr", RET, "on voudrait pouvoir joindre une photo de la robe avant retouche",
  AF("retouche", "photo avant retouche", "file", "photo|photo avant|image|photo de la robe|photo initiale"))
C("fr", RET, "Les clientes devraient être une vraie fiche (nom, téléphone, date du mariage) et la retouche pointe vers la cliente, au lieu du texte libre. Merci !",
  AE("Cliente", "Clientes|mariée|client|customer",
     GF("nom", "text", "nom complet|nom de la cliente|name"),
     GF("téléphone", "phone", "tel|portable|phone"),
     GF("date du mariage", "date", "mariage|date de mariage|wedding date")),
  AR("retouche", "Cliente"), RF("retouche", "cliente"))
C("fr", RET, "Ajoute Raccourcir la traîne et Ajout de boutons dans les travaux, et un statut Récupérée à la fin.",
  SO("retouche", "travaux", ["Ourlet", "Bretelles", "Reprise taille", "Raccourcir la traîne", "Ajout de boutons"]),
  SO("retouche", "statut", ["À faire", "En cours", "Prête", "Récupérée"]))
C("fr", RET, "renomme 'Date promise' en 'À rendre le', c'est comme ça qu'on parle à la boutique",
  RN("retouche", "date_promise", "À rendre le", "Date de rendu|À rendre"))
C("fr", THE, "Ajouter le type Oolong et Infusion s'il vous plaît",
  SO("the", "type", ["Vert", "Noir", "Blanc", "Oolong", "Infusion"]))
C("fr", THE, "On vend aussi en vrac : il faudrait le prix aux 100 g, et savoir si le thé est bio.",
  AF("the", "prix aux 100 g", "money", "prix 100g|prix vrac|prix au poids|prix au 100 g|prix pour 100 g"),
  AF("the", "bio", "boolean", "biologique|agriculture biologique|organic|certifié bio", "choice"))
C("fr", THE, "On arrête de gérer les fournisseurs dans l'appli, c'est trop lourd. Mettez juste le nom du fournisseur en texte sur chaque thé.",
  RE("fournisseur"), CT("the", "fournisseur", "text"))
C("fr", THE, "Finalement l'origine, on préfère une liste : Chine, Japon, Inde, Sri Lanka, Taïwan, Autre.",
  CT("the", "origine", "choice"), SO("the", "origine", ["Chine", "Japon", "Inde", "Sri Lanka", "Taïwan", "Autre"]))

# ---------- Spanish ----------
AERO = S("Inspecciones de palas", "Inspecciones con dron de las palas de los aerogeneradores.",
  ent("aerogenerador", "Aerogenerador", "Aerogeneradores", "codigo*|Código|text", "parque|Parque|text", "altura_buje|Altura de buje (m)|decimal"),
  ent("inspeccion", "Inspección", "Inspecciones", "aerogenerador*|Aerogenerador|reference|aerogenerador", "fecha*|Fecha|date", "piloto|Piloto del dron|person",
      "danos|Daños encontrados|boolean", "gravedad|Gravedad|choice|Leve;Moderada;Grave", "informe|Informe|file"))
AJE = S("Open de verano", "Jugadores e inscripciones del torneo del club de ajedrez.",
  ent("jugador", "Jugador", "Jugadores", "nombre*|Nombre|text", "elo|ELO FIDE|integer", "club|Club|text", "federado|Federado|boolean"),
  ent("inscripcion", "Inscripción", "Inscripciones", "jugador*|Jugador|reference|jugador", "categoria|Categoría|choice|Sub-12;Sub-16;Absoluto",
      "pagado|Pagado|boolean", "cuota|Cuota|money", "alojamiento|Necesita alojamiento|boolean"))
PED = S("Pedidos por encargo", "Encargos de tartas y bandejas de la cafetería.",
  ent("pedido", "Pedido", "Pedidos", "cliente*|Cliente|text", "telefono|Teléfono|phone", "productos|Productos|long_text", "fecha_entrega*|Fecha de entrega|datetime",
      "senal|Señal pagada|boolean", "estado|Estado|choice|Recibido;En preparación;Listo;Entregado"))

C("es", AERO, "añade el número de serie de la pala inspeccionada",
  AF("inspeccion", "número de serie de la pala", "text", "número de serie|nº de serie|serie pala|serial number|pala|número de pala"))
C("es", AERO, "Hola, la gravedad se queda corta: necesitamos Leve, Moderada, Grave y Crítica.",
  SO("inspeccion", "gravedad", ["Leve", "Moderada", "Grave", "Crítica"]))
C("es", AERO, "El parque debería ser una lista: Sierra Alta, Los Llanos, El Cerro.",
  CT("aerogenerador", "parque", "choice"), SO("aerogenerador", "parque", ["Sierra Alta", "Los Llanos", "El Cerro"]))
C("es", AERO, "quitad la altura de buje que no la usa nadie y poned el fabricante y el modelo",
  RF("aerogenerador", "altura_buje"),
  AF("aerogenerador", "fabricante", "text", "marca|manufacturer|fabricante del aerogenerador", "choice"),
  AF("aerogenerador", "modelo", "text", "model|modelo de turbina", "choice"))
C("es", AJE, "Buenas! Nos falta la fecha de nacimiento de cada jugador para comprobar las categorías sub-12 y sub-16.",
  AF("jugador", "fecha de nacimiento", "date", "nacimiento|fecha nacimiento|nacido el|birth date|date of birth"))
C("es", AJE, "Añadid la categoría Sub-8 y Veteranos (+65)",
  SO("inscripcion", "categoria", ["Sub-8", "Sub-12", "Sub-16", "Absoluto", "Veteranos (+65)"]))
C("es", AJE, "El club de cada jugador debería elegirse de una lista de clubes (nombre y ciudad), no escribirse a mano, que luego salen mil variantes.",
  AE("Club", "Clubes|club de ajedrez|equipo",
     GF("nombre", "text", "nombre del club|name"),
     GF("ciudad", "text", "localidad|población|city|municipio")),
  AR("jugador", "Club"), RF("jugador", "club"))
C("es", AJE, "cambia 'Pagado' por 'Cuota abonada' porfa",
  RN("inscripcion", "pagado", "Cuota abonada", "Abonada|Pago realizado"))
C("es", PED, "necesitamos saber si es para recoger en tienda o para llevar a domicilio, y la dirección en ese caso",
  AF("pedido", "tipo de entrega", "choice", "recogida o entrega|modalidad|entrega a domicilio|método de entrega|entrega|delivery type", "boolean", ["Recogida en tienda", "Entrega a domicilio"]),
  AF("pedido", "dirección", "text", "dirección de entrega|domicilio|address", "long_text"))
C("es", PED, "La señal queremos saber cuánto es, no solo si está pagada.",
  CT("pedido", "senal", "money"))
C("es", PED, "Hola! Añade un estado 'Cancelado' al final, que a veces nos anulan los encargos.",
  SO("pedido", "estado", ["Recibido", "En preparación", "Listo", "Entregado", "Cancelado"]))
C("es", PED, "nunca sabemos quién ha tomado el pedido cuando hay dudas",
  AF("pedido", "tomado por", "person", "atendido por|empleado|quién ha tomado el pedido|recibido por|taken by|registrado por", "text"))

# ---------- German ----------
WART = S("Wartungsplan", "Wartungen der Windenergieanlagen.",
  ent("anlage", "Anlage", "Anlagen", "anlagennummer*|Anlagennummer|text", "windpark|Windpark|text", "hersteller|Hersteller|text", "nennleistung_kw|Nennleistung (kW)|integer"),
  ent("wartung", "Wartung", "Wartungen", "anlage*|Anlage|reference|anlage", "faellig_am*|Fällig am|date", "erledigt_am|Erledigt am|date",
      "art|Art der Wartung|choice|Halbjahreswartung;Jahreswartung;Getriebeinspektion", "techniker|Techniker|person", "bemerkungen|Bemerkungen|long_text"))
GRAB = S("Grabungsdokumentation", "Befunde und Funde der Grabung.",
  ent("befund", "Befund", "Befunde", "befundnummer*|Befundnummer|text", "schnitt|Schnitt|text", "art|Art|choice|Grube;Pfostenloch;Graben;Mauer", "beschreibung|Beschreibung|long_text"),
  ent("fund", "Fund", "Funde", "fundnummer*|Fundnummer|text", "befund|Befund|reference|befund", "material|Material|choice|Keramik;Knochen;Metall",
      "anzahl|Anzahl|integer", "gewicht|Gewicht (g)|decimal", "funddatum|Funddatum|date"))
VEREIN = S("Mitgliederverwaltung", "Mitglieder und Beiträge des Schachvereins.",
  ent("mitglied", "Mitglied", "Mitglieder", "vorname*|Vorname|text", "nachname*|Nachname|text", "email|E-Mail|email", "eintrittsdatum|Eintrittsdatum|date",
      "beitragsklasse|Beitragsklasse|choice|Erwachsene;Jugendliche;Ermäßigt", "dwz|DWZ|integer"),
  ent("zahlung", "Beitragszahlung", "Beitragszahlungen", "mitglied*|Mitglied|reference|mitglied", "jahr|Jahr|integer", "betrag|Betrag|money", "bezahlt_am|Bezahlt am|date"))
WART_SIMPLE = S("Windpark Störungen", "Störungen und Techniker des Windparks.",
  ent("techniker", "Techniker", "Techniker", "name*|Name|text", "telefon|Telefon|phone", "team|Team|choice|Nord;Süd"),
  ent("stoerung", "Störung", "Störungen", "anlage*|Anlage|text", "beginn*|Beginn|datetime", "fehlercode|Fehlercode|text", "behoben|Behoben|boolean", "beschreibung|Beschreibung|long_text"))

C("de", WART, "Bitte noch die Rotorblattprüfung als Wartungsart ergänzen.",
  SO("wartung", "art", ["Halbjahreswartung", "Jahreswartung", "Getriebeinspektion", "Rotorblattprüfung"]))
C("de", WART, "Wir brauchen pro Wartung noch die tatsächlichen Stunden und das Prüfprotokoll als PDF. Und Techniker muss Pflicht sein.",
  AF("wartung", "Stunden", "decimal", "tatsächliche Stunden|Arbeitsstunden|Dauer|Aufwand|Stunden ist|hours", "integer"),
  AF("wartung", "Prüfprotokoll", "file", "Protokoll|PDF|Wartungsprotokoll|Bericht|report"),
  SR("wartung", "techniker", True))
C("de", WART, "Windpark bitte als Auswahl: Nordheide, Elbmarsch, Hohes Feld",
  CT("anlage", "windpark", "choice"), SO("anlage", "windpark", ["Nordheide", "Elbmarsch", "Hohes Feld"]))
C("de", WART, "Hallo, die Nennleistung hätten wir lieber in MW mit Komma, also z.B. 3,6 – bitte umstellen und die Beschriftung entsprechend 'Nennleistung (MW)'. Danke!",
  CT("anlage", "nennleistung_kw", "decimal"), RN("anlage", "nennleistung_kw", "Nennleistung (MW)", "Nennleistung MW|Leistung (MW)"))
C("de", GRAB, "Beim Material fehlen noch Glas und Stein.",
  SO("fund", "material", ["Keramik", "Knochen", "Metall", "Glas", "Stein"]))
C("de", GRAB, "wir wollen festhalten wer den fund gefunden hat und ob er zur restaurierung muss",
  AF("fund", "Finder", "person", "gefunden von|Finderin|Ausgräber|found by", "text"),
  AF("fund", "Restaurierung nötig", "boolean", "Restaurierung|muss restauriert werden|zur Restaurierung|restaurierungsbedürftig", "choice"))
C("de", GRAB, "Die Schnitte sollen eine eigene Liste sein (Schnittnummer, Fläche in m², Schnittleiter), und der Befund wählt dann seinen Schnitt aus. Das alte Textfeld kann weg.",
  AE("Schnitt", "Schnitte|Grabungsschnitt|trench|Fläche",
     GF("Schnittnummer", "text", "Nummer|Schnitt-Nr|Bezeichnung|number", "integer"),
     GF("Fläche m²", "decimal", "Fläche|Fläche in m²|Größe|area", "integer"),
     GF("Schnittleiter", "person", "Leiter|Schnittleitung|verantwortlich|supervisor", "text")),
  AR("befund", "Schnitt"), RF("befund", "schnitt"))
C("de", GRAB, "Gewicht brauchen wir nicht mehr, bitte löschen. Und die Fundnummer soll 'Fundzettelnummer' heißen.",
  RF("fund", "gewicht"), RN("fund", "fundnummer", "Fundzettelnummer", "Fundzettel-Nr|Fundzettel"))
C("de", VEREIN, "Beitragsklasse Familie fehlt noch",
  SO("mitglied", "beitragsklasse", ["Erwachsene", "Jugendliche", "Ermäßigt", "Familie"]))
C("de", VEREIN, "Guten Abend, für die Beitragszahlungen hätte ich gern noch die Zahlungsart (Überweisung, Lastschrift, bar) und für die Mitglieder Telefonnummer und Geburtsdatum. Viele Grüße, Ute (Kassenwartin)",
  AF("zahlung", "Zahlungsart", "choice", "Zahlungsweise|Zahlungsmethode|payment method|Art", "", ["Überweisung", "Lastschrift", "Bar"]),
  AF("mitglied", "Telefon", "phone", "Telefonnummer|Handy|Tel|phone"),
  AF("mitglied", "Geburtsdatum", "date", "geboren am|Geburtstag|birth date"))
C("de", VEREIN, "Das Jahr bei den Zahlungen muss immer angegeben werden, sonst wissen wir nicht wofür gezahlt wurde.",
  SR("zahlung", "jahr", True))
C("de", WART_SIMPLE, "die Anlage als Freitext ist doof – bitte eine Anlagenliste (Anlagennummer, Standort) und die Störung verweist darauf. Außerdem wer die Störung bearbeitet, das soll einer aus der Technikerliste sein.",
  AE("Anlage", "Anlagen|WEA|Windenergieanlage|Turbine",
     GF("Anlagennummer", "text", "Nummer|Anlagen-Nr|ID|Bezeichnung", "integer"),
     GF("Standort", "text", "Windpark|Ort|Lage|location", "choice")),
  AR("stoerung", "Anlage"), RF("stoerung", "anlage"), AR("stoerung", "techniker"))

counts = {}
out = []
for c in cases:
    counts[c["lang"]] = counts.get(c["lang"], 0) + 1
    out.append({"id": f"h35r{len(out)+1:02d}", **c})
with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in out:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(out), counts, Counter(o["op"] for c in out for o in c["expect"]), sum(len(c["expect"]) > 1 for c in out))

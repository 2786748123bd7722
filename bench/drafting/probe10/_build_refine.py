#!/usr/bin/env python3
"""Build refine.jsonl for probe10 (chat-style edit requests)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def E(head, fields):
    key, name, plural = head.split("|")
    out = []
    for raw in [x.strip() for x in fields.split(",") if x.strip()]:
        tgt = opts = None
        if ">" in raw:
            raw, tgt = raw.split(">")
            if tgt.endswith("*"):
                tgt = tgt[:-1]
                raw += "*"
        if "=" in raw:
            raw, o = raw.split("=")
            opts = o.split(";")
        k, label, t = raw.split(":")
        req = t.endswith("*")
        t = t.rstrip("*")
        d = {"key": k, "label": label, "type": t}
        if req:
            d["required"] = True
        if opts:
            d["options"] = opts
        if tgt:
            d["target"] = tgt
        out.append(d)
    return {"key": key, "name": name, "plural": plural, "fields": out}

def SPEC(name, *ents):
    return {"spec": 1, "name": name, "entities": list(ents)}

def L(s):
    return [a for a in s.split("|") if a]

def AF(ent, name, aliases, t, alt="", opts=None):
    d = {"op": "add_field", "entity": ent, "name": name, "aliases": L(aliases), "type": t, "alt_types": L(alt)}
    if opts:
        d["options"] = opts.split(";")
    return d

def RF(ent, field): return {"op": "remove_field", "entity": ent, "field": field}
def RN(ent, field, to, aliases=""): return {"op": "rename_field", "entity": ent, "field": field, "to": to, "aliases": L(aliases)}
def CT(ent, field, t, alt=""): return {"op": "change_type", "entity": ent, "field": field, "type": t, "alt_types": L(alt)}
def SR(ent, field, v=True): return {"op": "set_required", "entity": ent, "field": field, "value": v}
def SO(ent, field, opts): return {"op": "set_options", "entity": ent, "field": field, "options": opts.split(";")}
def RE(ent): return {"op": "remove_entity", "entity": ent}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}
def AE(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": L(aliases), "fields": list(fields)}
def FG(name, aliases, t, alt="", opts=None, opt=False):
    d = {"name": name, "aliases": L(aliases), "type": t, "alt_types": L(alt)}
    if opts:
        d["options"] = opts.split(";")
    if opt:
        d["optional"] = True
    return d

CASES = []
def case(lang, spec, request, *expect):
    CASES.append({"lang": lang, "spec": spec, "request": request, "expect": list(expect),
                  "keep": "all other fields and entities unchanged"})

# ======================= English (24) =======================
s = SPEC("Courier jobs",
  E("rider|Rider|Riders", "name:Name:text*, phone:Phone:phone"),
  E("job|Job|Jobs", "pickup:Pickup address:text*, dropoff:Drop address:text*, rider:Rider:reference>rider, price:Price:money, status:Status:choice=Booked;Picked up;Delivered"))
case("en", s, "can we add the client's name on each job? and the time it actually got delivered, clients keep asking",
     AF("job", "client", "client name|customer|customer name", "text", "reference"),
     AF("job", "delivered at", "delivery time|delivered|time delivered", "datetime"))

s = SPEC("Hostel",
  E("room|Room|Rooms", "name:Name:text*, floor:Floor:integer, type:Type:choice=Mixed;Female-only"),
  E("booking|Booking|Bookings", "guest:Guest name:text*, room:Room:reference>room, check_in:Check in:date*, check_out:Check out:date, notes:Notes:long_text"))
case("en", s, "actually scrap the notes field nobody uses it. and guests book a bed not a room, so we need beds (number + has locker) and the booking should point at the bed (keep the room on the booking too, housekeeping likes it)",
     RF("booking", "notes"),
     AE("Bed", "Beds|bunk", FG("number", "bed number|bed no|name", "text", "integer"), FG("has locker", "locker", "boolean")),
     AR("booking", "Bed"))

s = SPEC("Radio playlist",
  E("play|Play|Plays", "song:Song:text*, artist:Artist:text*, played_at:Played at:datetime*, show:Show:text"))
case("en", s, "the show should be picked from a proper list of shows (name, weekday, presenter) instead of typing it every time",
     AE("Show", "Shows|programme|radio show", FG("name", "show name|title", "text"), FG("weekday", "day|day of week", "choice", "text", opts="Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday", opt=True), FG("presenter", "host|dj", "person", "text", opt=True)),
     CT("play", "show", "reference"),
     AR("play", "Show"))

s = SPEC("Weighbridge",
  E("load|Load|Loads", "reg:Vehicle reg:text*, material:Material:choice=Cardboard;Metal;Green waste;Wood, weight:Weight (kg):text, time_in:Time in:datetime"))
case("en", s, "weight should be a number not text, we need to add them up. also add Hardcore and Plasterboard to materials",
     CT("load", "weight", "decimal", "integer"),
     SO("load", "material", "Cardboard;Metal;Green waste;Wood;Hardcore;Plasterboard"))

s = SPEC("Kayak rental",
  E("kayak|Kayak|Kayaks", "name:Name:text*, seats:Seats:integer"),
  E("rental|Rental|Rentals", "kayak:Kayak:reference>kayak*, customer:Customer:text*, start:Start:datetime, end:End:datetime"))
case("en", s, "make the customer phone mandatory - oh wait there isn't one. add a phone for the customer then and make it required pls",
     AF("rental", "customer phone", "phone|phone number|mobile", "phone"))

s = SPEC("Church hall",
  E("booking|Booking|Bookings", "booked_by:Booked by:text*, date:Date:date*, start:From:text, end:To:text, fee:Fee:money, deposit:Deposit paid:boolean"))
case("en", s, "we never know who has the key!! need to record who holds the key for each booking and whether it came back",
     AF("booking", "key holder", "who has the key|key with|key held by|key", "text", "person"),
     AF("booking", "key returned", "key back|key returned?|returned", "boolean", "date"))

s = SPEC("Instrument store",
  E("instrument|Instrument|Instruments", "type:Type:choice=Violin;Cello;Flute, serial:Serial no:text*, size:Size:text, condition:Condition:text"),
  E("loan|Loan|Loans", "student:Student:text*, instrument:Instrument:reference>instrument*, date_out:Date out:date, date_back:Date back:date"))
case("en", s, "instrument types are violin, viola, cello, double bass, flute, clarinet, trumpet. and condition should be one of good / fair / needs repair",
     SO("instrument", "type", "Violin;Viola;Cello;Double bass;Flute;Clarinet;Trumpet"),
     CT("instrument", "condition", "choice"),
     SO("instrument", "condition", "Good;Fair;Needs repair"))

s = SPEC("Piano tuning",
  E("client|Client|Clients", "name:Name:text*, address:Address:long_text, phone:Phone:phone"),
  E("tuning|Tuning|Tunings", "client:Client:reference>client*, date:Date:date*, pitch:Pitch:text, charge:Charge:money"))
case("en", s, "the pitch is a number (440, 438...) so change that. and I'd like to attach a photo of the soundboard sometimes",
     CT("tuning", "pitch", "decimal", "integer"),
     AF("tuning", "soundboard photo", "photo|picture|image", "file"))

s = SPEC("Allotments",
  E("plot|Plot|Plots", "number:Plot number:text*, size:Size:choice=Full;Half, rent:Annual rent:money"),
  E("tenant|Tenant|Tenants", "name:Name:text*, email:Email:email, phone:Phone:phone, plot:Plot:reference>plot"),
  E("waiting|Waiting list|Waiting list", "name:Name:text*, email:Email:email, added:Date added:date"))
case("en", s, "council now runs the waiting list so we can drop that list completely. tenant's start date would be handy",
     RE("waiting"),
     AF("tenant", "start date", "started|since|tenancy start|start", "date"))

s = SPEC("Kiln firings",
  E("firing|Firing|Firings", "kiln:Kiln:choice=Big;Little, date:Date:date*, type:Type:choice=Bisque;Glaze, loaded_by:Loaded by:person"),
  E("piece|Piece|Pieces", "member:Member:text*, firing:Firing:reference>firing, fee:Fee:money, collected:Collected:boolean"))
case("en", s, "add the cone number to firings (its a whole number like 6 or 04 hmm ok just a number). and call \"Loaded by\" \"Packed by\" instead",
     AF("firing", "cone", "cone number|temperature cone", "integer", "text|decimal"),
     RN("firing", "loaded_by", "Packed by", "Packer"))

s = SPEC("Moorings",
  E("mooring|Mooring|Moorings", "ref:Reference:text*, pontoon:Pontoon:text, max_length:Max length (m):decimal"),
  E("boat|Boat|Boats", "name:Name:text*, length:Length (m):decimal, owner:Owner name:text, owner_phone:Owner phone:phone"))
case("en", s, "each boat sits on one mooring so link them pls. plus insurance expiry date on the boat, the harbour master checks it every spring",
     AR("boat", "mooring"),
     AF("boat", "insurance expiry", "insurance expires|insurance expiry date|insurance renewal", "date"))

s = SPEC("Translation jobs",
  E("translator|Translator|Translators", "name:Name:text*, email:Email:email, rate:Rate:money"),
  E("job|Job|Jobs", "pair:Language pair:text*, translator:Translator:reference>translator, words:Word count:integer, deadline:Deadline:date, status:Status:choice=Assigned;In progress;Delivered"))
case("en", s, "status also needs Invoiced at the end. and deadline should be Due on, that's what the PMs call it",
     SO("job", "status", "Assigned;In progress;Delivered;Invoiced"),
     RN("job", "deadline", "Due on", "Due date|Due"))

s = SPEC("Ski hire",
  E("item|Item|Items", "type:Type:choice=Skis;Boots;Helmet, size:Size:text, barcode:Barcode:text*"),
  E("rental|Rental|Rentals", "customer:Customer name:text*, hotel:Hotel:text, from:From:date*, to:To:date*, deposit:Deposit:money"))
case("en", s, "we stopped taking deposits so that can go. also make the hotel mandatory pls, the shuttle driver needs it every morning",
     RF("rental", "deposit"),
     SR("rental", "hotel", True))

s = SPEC("Scaffolding hire",
  E("customer|Customer|Customers", "company:Company:text*, contact:Contact:text, phone:Phone:phone"),
  E("hire|Hire|Hires", "site:Site address:text*, start:Start date:date*, off_hire:Off-hire date:date, rate:Weekly rate:money"))
case("en", s, "forgot to say every hire is for one customer, hook them up. and the off-hire date isn't always known so fine as is. we also need who signed off the inspection and when",
     AR("hire", "customer"),
     AF("hire", "inspected by", "signed off by|inspector|inspection by", "person", "text"),
     AF("hire", "inspection date", "inspected on|date of inspection|sign-off date", "date", "datetime"))

s = SPEC("Bakery suppliers",
  E("supplier|Supplier|Suppliers", "name:Name:text*, phone:Phone:phone, email:Email:email"),
  E("order|Order|Orders", "supplier:Supplier:reference>supplier*, date:Order date:date*, total:Total:money, status:Status:choice=Sent;Confirmed;Delivered"))
case("en", s, "Can we have the order lines too? product, qty and unit price, several per order",
     AE("Order line", "order item|line item|item|line", FG("product", "item|ingredient", "text"), FG("quantity", "qty|amount", "decimal", "integer"), FG("unit price", "price|price per unit", "money")),
     AR("Order line", "order"))

s = SPEC("Tattoo studio",
  E("appointment|Appointment|Appointments", "client:Client:text*, artist:Artist:person*, starts:Starts at:datetime*, design:Design:long_text, deposit:Deposit:money, consent:Consent form:file"))
case("en", s, "the consent form should be required, legal told us. and can we have the placement on the body (arm, leg, back, chest, other)",
     SR("appointment", "consent", True),
     AF("appointment", "placement", "body part|location|body placement", "choice", "text", opts="Arm;Leg;Back;Chest;Other"))

s = SPEC("Locksmith callouts",
  E("callout|Callout|Callouts", "customer:Customer:text*, address:Address:text*, phone:Phone:phone, requested:Requested at:datetime, engineer:Engineer:person, price:Price:money"))
case("en", s, "we need the job type: lockout, lock change, boarding up, safe. and how long it took in hours, approx is fine (1.5 etc)",
     AF("callout", "job type", "type|callout type|service", "choice", opts="Lockout;Lock change;Boarding up;Safe"),
     AF("callout", "hours", "duration|time taken|hours spent", "decimal"))

s = SPEC("Museum loans",
  E("object|Object|Objects", "accession:Accession number:text*, title:Title:text*, value:Insurance value:money"),
  E("loan|Loan|Loans", "object:Object:reference>object*, borrower:Borrowing institution:text*, start:Start:date, end:End:date, courier:Courier needed:boolean"))
case("en", s, "rename Borrowing institution to Venue. and the condition report (pdf) before it leaves should go on the loan",
     RN("loan", "borrower", "Venue", "Borrowing venue"),
     AF("loan", "condition report", "condition report pdf|report", "file"))

s = SPEC("Farm machinery",
  E("machine|Machine|Machines", "name:Name:text*, make:Make:text, hours:Engine hours:integer"),
  E("service|Service|Services", "machine:Machine:reference>machine*, date:Date:date*, work:Work done:long_text, cost:Cost:text"))
case("en", s, "cost is text for some reason, make it money. Also, engine hours go with decimals on the newer tractors",
     CT("service", "cost", "money"),
     CT("machine", "hours", "decimal"))

s = SPEC("Wedding flowers",
  E("wedding|Wedding|Weddings", "couple:Couple:text*, date:Date:date*, venue:Venue:text, budget:Budget:money, notes:Notes:long_text"),
  E("arrangement|Arrangement|Arrangements", "wedding:Wedding:reference>wedding*, type:Type:choice=Bouquet;Centrepiece;Arch, qty:Qty:integer, price:Unit price:money"))
case("en", s, "add buttonhole to the arrangement types. also add whether the deposit's been paid on the wedding — no wait, make that the deposit amount, we take different amounts",
     SO("arrangement", "type", "Bouquet;Centrepiece;Arch;Buttonhole"),
     AF("wedding", "deposit", "deposit amount|deposit paid|amount paid", "money"))

s = SPEC("Bus shelters",
  E("shelter|Shelter|Shelters", "code:Code:text*, street:Street:text, district:District:text"),
  E("cleaning|Cleaning|Cleanings", "shelter:Shelter:reference>shelter*, date:Date:date*, operative:Operative:person, photo:Photo:file"))
case("en", s, "what's wrong with the shelter when we get there — graffiti, broken glass, bin full, nothing, can be several",
     AF("cleaning", "issues", "problems|damage|issues found|findings", "multi_choice", opts="Graffiti;Broken glass;Bin full;Nothing"))

s = SPEC("Coworking",
  E("member|Member|Members", "name:Name:text*, company:Company:text, email:Email:email*, plan:Plan:choice=Flex;Fixed"),
  E("desk|Desk|Desks", "number:Number:text*, floor:Floor:text, monitor:Has monitor:boolean"),
  E("booking|Booking|Bookings", "member:Member:reference>member*, desk:Desk:reference>desk*, date:Date:date*"))
case("en", s, "there's a Team plan now too. and the member's phone number, optional",
     SO("member", "plan", "Flex;Fixed;Team"),
     AF("member", "phone", "phone number|mobile|telephone", "phone"))

s = SPEC("Lifeguard rota",
  E("shift|Shift|Shifts", "guard:Lifeguard:person*, pool:Pool:choice=Main;Learner, start:Start:datetime*, end:End:datetime*, cover:Cover needed:boolean"))
case("en", s, "the cover needed tickbox is pointless, remove it. and who signed the shift off? the duty manager",
     RF("shift", "cover"),
     AF("shift", "signed off by", "duty manager|approved by|signed off", "person", "text"))

s = SPEC("Choir library",
  E("piece|Piece|Pieces", "title:Title:text*, composer:Composer:text, voicing:Voicing:choice=SATB;SSA;TTBB, copies:Copies:integer"),
  E("concert|Concert|Concerts", "name:Name:text*, date:Date:date*, venue:Venue:text"))
case("en", s, "we dont do concerts in here anymore, the events team has its own app. can you take that out. also record where the copies are kept (shelf, box…) as free text",
     RE("concert"),
     AF("piece", "location", "where kept|shelf|storage location|kept in", "text", "long_text"))

# ======================= French (12) =======================
s = SPEC("Affinage",
  E("meule|Meule|Meules", "lot:Référence du lot:text*, fromage:Type de fromage:choice=Comté;Tomme;Bleu, entree:Date de mise en cave:date*, poids:Poids d'entrée:decimal"),
  E("soin|Soin|Soins", "meule:Meule:reference>meule*, date:Date:date*, par:Fait par:person, obs:Observations:long_text"))
case("fr", s, "faudrait ajouter la cave (on en a 3 : Cave 1, Cave 2, Cave 3) sur la meule, et la date de sortie prévue",
     AF("meule", "cave", "cellier|cave d'affinage", "choice", "text", opts="Cave 1;Cave 2;Cave 3"),
     AF("meule", "date de sortie prévue", "sortie prévue|date de sortie", "date"))

s = SPEC("Ruchers",
  E("rucher|Rucher|Ruchers", "nom:Nom:text*, commune:Commune:text"),
  E("ruche|Ruche|Ruches", "numero:Numéro:text*, race:Race de la reine:text, annee:Année de la reine:text"))
case("fr", s, "chaque ruche est dans un rucher, faut les relier. Et l'année de la reine c'est un nombre, pas du texte",
     AR("ruche", "rucher"),
     CT("ruche", "annee", "integer"))

s = SPEC("Voies d'escalade",
  E("voie|Voie|Voies", "secteur:Secteur:choice=Dévers;Dalle;Toit, cotation:Cotation:text*, couleur:Couleur:text, ouvreur:Ouvreur:person, ouverture:Date d'ouverture:date"))
case("fr", s, "ajoute Bloc dans les secteurs stp. et on veut que les grimpeurs puissent signaler un souci sur une voie : quelle voie, description, date, réglé ou pas",
     SO("voie", "secteur", "Dévers;Dalle;Toit;Bloc"),
     AE("Signalement", "problème|incident|signalements", FG("description", "problème|détail", "long_text", "text"), FG("date", "signalé le|date du signalement", "date", "datetime"), FG("réglé", "résolu|traité", "boolean", "choice")),
     AR("Signalement", "voie"))

s = SPEC("Laverie",
  E("client|Client|Clients", "nom:Nom:text*, adresse:Adresse:long_text, contact:Contact:text"),
  E("collecte|Collecte|Collectes", "client:Client:reference>client*, date:Date:date*, sacs:Nombre de sacs:integer, poids:Poids total:decimal"))
case("fr", s, "on a oublié le prix au kilo, il dépend du client. et la date de retour du linge sur la collecte",
     AF("client", "prix au kilo", "tarif|prix/kg|tarif au kilo", "money", "decimal"),
     AF("collecte", "date de retour", "livraison retour|retour|date de livraison", "date", "datetime"))

s = SPEC("Interprètes",
  E("interprete|Interprète|Interprètes", "nom:Nom:text*, tel:Téléphone:phone, email:Email:email"),
  E("mission|Mission|Missions", "date:Date:date*, lieu:Lieu:text, demandeur:Demandeur:text, interprete:Interprète:reference>interprete, facturee:Facturée:boolean"))
case("fr", s, "le lieu doit être obligatoire, sinon l'interprète sait pas où aller... et renomme Demandeur en Client",
     SR("mission", "lieu", True),
     RN("mission", "demandeur", "Client", "Client demandeur"))

s = SPEC("Concessions",
  E("concession|Concession|Concessions", "emplacement:Emplacement:text*, type:Type:choice=15 ans;30 ans;Perpétuelle, achat:Date d'achat:date, titulaire:Titulaire:text, tel:Téléphone:phone"))
case("fr", s, "on a aussi des concessions de 50 ans. Le téléphone on ne s'en sert jamais, vous pouvez l'enlever. Par contre il manque la date d'échéance",
     SO("concession", "type", "15 ans;30 ans;50 ans;Perpétuelle"),
     RF("concession", "tel"),
     AF("concession", "date d'échéance", "échéance|expiration|fin", "date"))

s = SPEC("Poses solaires",
  E("chantier|Chantier|Chantiers", "client:Client:text*, adresse:Adresse:text, puissance:Puissance (kWc):decimal, pose:Date de pose:date, equipe:Équipe:choice=Équipe A;Équipe B, statut:Statut:choice=Devis signé;Planifié;Posé"))
case("fr", s, "on a une équipe C maintenant. et faudrait pouvoir joindre le PV de réception",
     SO("chantier", "equipe", "Équipe A;Équipe B;Équipe C"),
     AF("chantier", "PV de réception", "procès-verbal|PV|réception", "file"))

s = SPEC("Ramonage",
  E("client|Client|Clients", "nom:Nom:text*, adresse:Adresse:long_text, tel:Téléphone:phone"),
  E("passage|Passage|Passages", "client:Client:reference>client*, date:Date:date*, technicien:Technicien:text, montant:Montant:money"))
case("fr", s, "le technicien c'est un de nos salariés donc faut le choisir dans l'annuaire, pas le taper. Et on doit joindre le certificat de ramonage à chaque passage",
     CT("passage", "technicien", "person"),
     AF("passage", "certificat", "certificat de ramonage|attestation|PDF", "file"))

s = SPEC("Marché de producteurs",
  E("producteur|Producteur|Producteurs", "nom:Nom:text*, produits:Produits:text, email:Email:email"),
  E("emplacement|Emplacement|Emplacements", "numero:Numéro:text*, electricite:Électricité:boolean"))
case("fr", s, "il faut noter le n° SIRET du producteur, c'est obligatoire pour la mairie. et l'email aussi doit devenir obligatoire",
     AF("producteur", "SIRET", "numéro SIRET|n° SIRET|siret", "text"),
     SR("producteur", "email", True))

s = SPEC("Camping",
  E("emplacement|Emplacement|Emplacements", "numero:Numéro:text*, type:Type:choice=Tente;Caravane;Mobil-home, electricite:Électricité:boolean"),
  E("sejour|Séjour|Séjours", "nom:Nom du client:text*, arrivee:Arrivée:date*, depart:Départ:date*, personnes:Personnes:text, montant:Montant:money"))
case("fr", s, "le nombre de personnes faut que ce soit un chiffre. et chaque séjour est sur un emplacement, relie-les",
     CT("sejour", "personnes", "integer"),
     AR("sejour", "emplacement"))

s = SPEC("Grainothèque",
  E("graine|Graine|Graines", "espece:Espèce:text*, variete:Variété:text, annee:Année de récolte:integer, sachets:Sachets:integer, donateur:Donateur:text"))
case("fr", s, "Renomme « Donateur » en « Déposé par ». Et ajoute le type de semis : pleine terre ou godet",
     RN("graine", "donateur", "Déposé par", "Déposant"),
     AF("graine", "type de semis", "semis|mode de semis", "choice", opts="Pleine terre;Godet"))

s = SPEC("Repair café",
  E("objet|Objet|Objets", "description:Description:text*, categorie:Catégorie:choice=Électroménager;Vélo;Textile;Informatique, proprietaire:Propriétaire:text, date:Date:date, repare:Réparé:boolean"),
  E("benevole|Bénévole|Bénévoles", "nom:Nom:text*, competences:Compétences:text"))
case("fr", s, "les compétences du bénévole ça devrait être une liste à cocher (électricité, couture, mécanique, informatique) vu qu'ils en ont plusieurs. et qui a réparé l'objet = un bénévole",
     CT("benevole", "competences", "multi_choice"),
     SO("benevole", "competences", "Électricité;Couture;Mécanique;Informatique"),
     AR("objet", "benevole"))

# ======================= Spanish (12) =======================
s = SPEC("Taller de bicis",
  E("bicicleta|Bicicleta|Bicicletas", "marca:Marca:text, modelo:Modelo:text, cuadro:Nº de cuadro:text*"),
  E("reparacion|Reparación|Reparaciones", "bici:Bicicleta:reference>bicicleta*, entrada:Fecha de entrada:date*, trabajo:Trabajo:long_text, presupuesto:Presupuesto:money, estado:Estado:choice=Pendiente;En curso;Lista"))
case("es", s, "falta el estado Entregada al final. y necesitamos los clientes (nombre y teléfono), cada bici es de un cliente",
     SO("reparacion", "estado", "Pendiente;En curso;Lista;Entregada"),
     AE("Cliente", "clientes|propietario|dueño", FG("nombre", "nombre completo", "text"), FG("teléfono", "tel|móvil", "phone")),
     AR("bicicleta", "Cliente"))

s = SPEC("Piscina",
  E("analisis|Análisis|Análisis", "vaso:Vaso:choice=Grande;Infantil, momento:Fecha y hora:datetime*, cloro:Cloro libre:decimal, ph:pH:decimal, medido:Medido por:person"))
case("es", s, "añadid el spa a los vasos. y la temperatura del agua y la turbidez, las dos con decimales",
     SO("analisis", "vaso", "Grande;Infantil;Spa"),
     AF("analisis", "temperatura", "temp|temperatura del agua", "decimal"),
     AF("analisis", "turbidez", "turbiedad|ntu", "decimal"))

s = SPEC("Escape room",
  E("sala|Sala|Salas", "nombre:Nombre:text*, dificultad:Dificultad:choice=Fácil;Media;Difícil, max:Máx. jugadores:integer"),
  E("reserva|Reserva|Reservas", "sala:Sala:reference>sala*, cuando:Fecha y hora:datetime*, grupo:Nombre del grupo:text, jugadores:Jugadores:integer, precio:Precio:money"))
case("es", s, "necesito saber si el grupo escapó o no y cuántas pistas usaron",
     AF("reserva", "escaparon", "escapó|resultado|éxito", "boolean", "choice"),
     AF("reserva", "pistas usadas", "pistas|nº de pistas|número de pistas", "integer"))

s = SPEC("Permisos de aparcamiento",
  E("empresa|Empresa|Empresas", "nombre:Nombre:text*, cif:CIF:text, email:Email:email"),
  E("permiso|Permiso|Permisos", "empresa:Empresa:reference>empresa*, matricula:Matrícula:text*, tipo:Tipo:choice=Coche;Moto, valido:Válido hasta:date"))
case("es", s, "falta Furgoneta en el tipo. y que 'válido hasta' sea obligatorio, que luego la policía local nos pregunta y no sabemos si el permiso sigue en vigor",
     SO("permiso", "tipo", "Coche;Furgoneta;Moto"),
     SR("permiso", "valido", True))

s = SPEC("Floristería bodas",
  E("boda|Boda|Bodas", "novios:Novios:text*, fecha:Fecha:date*, lugar:Lugar:text, presupuesto:Presupuesto:money, senal:Señal pagada:boolean"))
case("es", s, "queremos también la hora de la ceremonia (p.ej. 12:30) y el teléfono de contacto de los novios. ah y quita lo de la señal, lo lleva contabilidad",
     AF("boda", "hora de la ceremonia", "hora|ceremonia|hora ceremonia", "text", "datetime"),
     AF("boda", "teléfono", "teléfono de contacto|tel|móvil|contacto", "phone"),
     RF("boda", "senal"))

s = SPEC("Cuadra",
  E("caballo|Caballo|Caballos", "nombre:Nombre:text*, raza:Raza:text, nacimiento:Fecha de nacimiento:date, box:Box:text"),
  E("propietario|Propietario|Propietarios", "nombre:Nombre:text*, telefono:Teléfono:phone, cuota:Cuota mensual:money"))
case("es", s, "cada caballo tiene su dueño, enlazadlos. y al propietario le falta el email",
     AR("caballo", "propietario"),
     AF("propietario", "email", "correo|e-mail|correo electrónico", "email"))

s = SPEC("Cursos de cocina",
  E("taller|Taller|Talleres", "titulo:Título:text*, fecha:Fecha:date*, chef:Chef:text, plazas:Plazas:integer, precio:Precio:money"),
  E("inscripcion|Inscripción|Inscripciones", "taller:Taller:reference>taller*, nombre:Nombre:text*, email:Email:email, pagado:Pagado:boolean"))
case("es", s, "en la inscripción falta lo de alergias (texto libre vale). y cambia 'Chef' a 'Cocinero invitado' que así lo llamamos",
     AF("inscripcion", "alergias", "alergias alimentarias|intolerancias|alergia", "text", "long_text"),
     RN("taller", "chef", "Cocinero invitado", "Cocinero|Chef invitado"))

s = SPEC("Marquesinas",
  E("marquesina|Marquesina|Marquesinas", "codigo:Código:text*, calle:Calle:text, barrio:Barrio:text, panel:Panel publicitario:boolean"),
  E("limpieza|Limpieza|Limpiezas", "marquesina:Marquesina:reference>marquesina*, fecha:Fecha:date*, operario:Operario:text, foto:Foto:file"))
case("es", s, "el operario es personal nuestro, que se elija de la lista de empleados. y la foto tiene que ser obligatoria, si no no hay prueba",
     CT("limpieza", "operario", "person"),
     SR("limpieza", "foto", True))

s = SPEC("Banco de tiempo",
  E("socio|Socio|Socios", "nombre:Nombre:text*, telefono:Teléfono:phone, saldo:Saldo de horas:decimal"),
  E("intercambio|Intercambio|Intercambios", "fecha:Fecha:date*, servicio:Servicio:text*, horas:Horas:decimal, notas:Notas:long_text"))
case("es", s, "cada intercambio lo ofrece un socio, enlazadlo con la lista de socios porfa. quien lo recibe basta con el nombre escrito, a veces ni es socio",
     AR("intercambio", "socio"),
     AF("intercambio", "recibido por", "quien recibe|recibe el servicio|beneficiario|receptor", "text"))

s = SPEC("Alquiler de generadores",
  E("reserva|Reserva|Reservas", "cliente:Cliente:text*, dni:DNI:text*, desde:Desde:date*, hasta:Hasta:date*, horas_salida:Horas motor salida:decimal, horas_llegada:Horas motor llegada:decimal"))
case("es", s, "queremos apuntar también el nivel de gasoil cuando nos devuelven el generador: lleno, 3/4, medio, 1/4, reserva. que luego hay discusiones con los clientes",
     AF("reserva", "nivel de gasoil a la devolución", "gasoil|nivel de gasoil|combustible|nivel de combustible|depósito", "choice", opts="Lleno;3/4;Medio;1/4;Reserva"))

s = SPEC("Huerto escolar",
  E("bancal|Bancal|Bancales", "nombre:Nombre:text*, clase:Clase:text, cultivo:Cultivo:text, siembra:Fecha de siembra:date"),
  E("riego|Riego|Riegos", "bancal:Bancal:reference>bancal*, fecha:Fecha:date*, alumno:Alumno:text, litros:Litros:integer"))
case("es", s, "olvidaos del registro de riegos, no lo rellena nadie. en cambio en cada bancal queremos la fecha prevista de cosecha",
     RE("riego"),
     AF("bancal", "fecha prevista de cosecha", "cosecha|fecha de cosecha|cosecha prevista", "date"))

s = SPEC("Club de remo",
  E("bote|Bote|Botes", "nombre:Nombre:text*, tipo:Tipo:choice=1x;2x;4x;8+, estado:Estado:choice=Operativo;En reparación"),
  E("salida|Salida|Salidas", "bote:Bote:reference>bote*, fecha:Fecha:datetime*, patron:Patrón:text, notas:Notas:long_text"))
case("es", s, "cambia 'Notas' por 'Incidencias' que es para eso. y añade 'Baja' al estado del bote",
     RN("salida", "notas", "Incidencias", "Incidencia"),
     SO("bote", "estado", "Operativo;En reparación;Baja"))

# ======================= German (12) =======================
s = SPEC("Pilzzucht",
  E("charge|Charge|Chargen", "sorte:Sorte:choice=Austernpilz;Shiitake, substrat:Substrat:text, beimpft:Beimpfungsdatum:date*, raum:Raum:text"))
case("de", s, "Kräuterseitling fehlt bei den Sorten. Und wir wollen pro Charge die Ernten erfassen, Datum und Gewicht in kg",
     SO("charge", "sorte", "Austernpilz;Shiitake;Kräuterseitling"),
     AE("Ernte", "Ernten|Ertrag", FG("Datum", "Erntedatum|geerntet am", "date"), FG("Gewicht", "Gewicht kg|kg|Menge", "decimal")),
     AR("Ernte", "charge"))

s = SPEC("Coworking",
  E("mitglied|Mitglied|Mitglieder", "name:Name:text*, firma:Firma:text, email:E-Mail:email*, tarif:Tarif:choice=Flex;Fix;Team"),
  E("tisch|Schreibtisch|Schreibtische", "nummer:Nummer:text*, etage:Etage:text, monitor:Mit Monitor:boolean"))
case("de", s, "Fix-Mitglieder haben einen festen Tisch, bitte beim Mitglied den Tisch verknüpfen. Und Etage bitte als Zahl",
     AR("mitglied", "tisch"),
     CT("tisch", "etage", "integer"))

s = SPEC("Geigenbau",
  E("auftrag|Auftrag|Aufträge", "kunde:Kunde:text*, instrument:Instrument:choice=Geige;Bratsche;Cello, beschreibung:Beschreibung:long_text, annahme:Annahmedatum:date*, kva:Kostenvoranschlag:money"))
case("de", s, "Bogen fehlt bei Instrument. Und Fotos vom Zustand bei Annahme, z.B. Risse, wären super",
     SO("auftrag", "instrument", "Geige;Bratsche;Cello;Bogen"),
     AF("auftrag", "Fotos", "Foto|Zustand bei Annahme|Bilder|Zustandsfotos", "file"))

s = SPEC("Winterdienst",
  E("route|Route|Routen", "name:Name:text*, fahrzeug:Fahrzeug:text, fahrer:Fahrer:person"),
  E("einsatz|Einsatz|Einsätze", "route:Route:reference>route*, start:Start:datetime*, ende:Ende:datetime, streumittel:Streumittel:text"))
case("de", s, "Streumittel bitte als Zahl (kg), wir müssen das summieren. Und das Ende muss Pflicht sein, sonst fehlt es in der Doku für die Haftung",
     CT("einsatz", "streumittel", "decimal", "integer"),
     SR("einsatz", "ende", True))

s = SPEC("Zollabwicklung",
  E("importeur|Importeur|Importeure", "firma:Firma:text*, eori:EORI-Nummer:text*, ansprechpartner:Ansprechpartner:text"),
  E("sendung|Sendung|Sendungen", "nummer:Sendungsnummer:text*, importeur:Importeur:reference>importeur*, land:Ursprungsland:text, wert:Warenwert:money, status:Status:choice=Angemeldet;Freigegeben"))
case("de", s, "Status braucht noch Beschau und Zurückgewiesen. und das Gewicht brutto in kg fehlt",
     SO("sendung", "status", "Angemeldet;Freigegeben;Beschau;Zurückgewiesen"),
     AF("sendung", "Bruttogewicht", "Gewicht|Gewicht brutto|Gewicht kg", "decimal"))

s = SPEC("Hörgeräte-Reparaturen",
  E("kunde|Kunde|Kunden", "name:Name:text*, geburtsdatum:Geburtsdatum:date, telefon:Telefon:phone"),
  E("reparatur|Reparatur|Reparaturen", "kunde:Kunde:reference>kunde*, geraet:Gerät:text*, eingeschickt:Eingeschickt am:date, zurueck:Zurück am:date, kosten:Kosten:money"))
case("de", s, "Garantie ja/nein fehlt noch bei der Reparatur. Und bitte \"Gerät\" umbenennen in \"Hörgerät (Modell)\"",
     AF("reparatur", "Garantie", "Garantiefall|auf Garantie|Garantie ja/nein", "boolean"),
     RN("reparatur", "geraet", "Hörgerät (Modell)", "Hörgerät|Modell"))

s = SPEC("Fernleihe",
  E("bestellung|Bestellung|Bestellungen", "leser:Leser:text*, titel:Titel:text*, isbn:ISBN:text, bibliothek:Liefernde Bibliothek:text, bestellt:Bestellt am:date, gebuehr:Gebühr:money"))
case("de", s, "Die liefernden Bibliotheken hätte ich gern als eigene Liste mit Name, Ort und Sigel, und in der Bestellung dann daraus auswählen",
     AE("Bibliothek", "Bibliotheken|liefernde Bibliothek|Partnerbibliothek", FG("Name", "Bibliotheksname", "text"), FG("Ort", "Stadt", "text"), FG("Sigel", "Bibliothekssigel|Kürzel", "text")),
     CT("bestellung", "bibliothek", "reference"),
     AR("bestellung", "Bibliothek"))

s = SPEC("Stadtgärtnerei",
  E("kultur|Kultur|Kulturen", "art:Pflanzenart:text*, aussaat:Aussaatdatum:date, toepfe:Anzahl Töpfe:integer, haus:Gewächshaus:choice=1;2, fertig:Fertig am:date"))
case("de", s, "Den Folientunnel bitte noch als Gewächshaus-Option. Und Aussaatdatum ist Pflicht",
     SO("kultur", "haus", "1;2;Folientunnel"),
     SR("kultur", "aussaat", True))

s = SPEC("Tierheim Futterplan",
  E("tier|Tier|Tiere", "name:Name:text*, art:Tierart:choice=Hund;Katze;Kleintier, zwinger:Zwinger:text, futter:Futter:text, allergien:Allergien:long_text"))
case("de", s, "Wir brauchen noch das Gewicht (kg, mit Nachkomma) und ob das Tier Medikamente bekommt. Zwinger kann raus, das steht eh am Schild",
     AF("tier", "Gewicht", "Gewicht kg|kg", "decimal"),
     AF("tier", "Medikamente", "bekommt Medikamente|Medikation|Medikamente ja/nein", "boolean", "long_text|text"),
     RF("tier", "zwinger"))

s = SPEC("Sternwarte",
  E("teleskop|Teleskop|Teleskope", "name:Name:text*, oeffnung:Öffnung (mm):integer"),
  E("buchung|Buchung|Buchungen", "teleskop:Teleskop:reference>teleskop*, beobachter:Beobachter:text*, nacht:Nacht:date*, objekt:Zielobjekt:text, wetter:Wetter:text"))
case("de", s, "Wetter bitte als Auswahl: klar, teilweise bewölkt, bedeckt. Und Beobachter heißt bei uns Gastbeobachter",
     CT("buchung", "wetter", "choice"),
     SO("buchung", "wetter", "Klar;Teilweise bewölkt;Bedeckt"),
     RN("buchung", "beobachter", "Gastbeobachter", "Gast"))

s = SPEC("Eisbahn Schlittschuhverleih",
  E("paar|Schlittschuhpaar|Schlittschuhpaare", "groesse:Größe:integer*, nummer:Nummer:text*, geschliffen:Zuletzt geschliffen:date"),
  E("ausleihe|Ausleihe|Ausleihen", "paar:Paar:reference>paar*, kunde:Kunde:text, start:Start:datetime*, pfand:Pfand:money"))
case("de", s, "Das mit dem Kunden brauchen wir nicht, anonym reicht. Dafür: zurückgegeben um (Uhrzeit)",
     RF("ausleihe", "kunde"),
     AF("ausleihe", "zurückgegeben um", "Rückgabe|zurück um|Rückgabezeit|zurückgegeben", "datetime"))

s = SPEC("Fahrradwerkstatt Ehrenamt",
  E("termin|Termin|Termine", "datum:Datum:date*, ehrenamtliche:Ehrenamtliche:text, teilnehmer:Teilnehmer:integer"),
  E("spende|Spende|Spenden", "spender:Spender:text, betrag:Betrag:money*, datum:Datum:date"),
  E("rad|Fahrrad|Fahrräder", "rahmennr:Rahmennummer:text*, zustand:Zustand:choice=Gut;Mittel;Schrott"))
case("de", s, "Die Spenden laufen jetzt über die Buchhaltung, die Liste kann weg. Bei den Fahrrädern bitte noch: an wen abgegeben und wann",
     RE("spende"),
     AF("rad", "abgegeben an", "Empfänger|an wen|abgegeben an wen", "text", "person"),
     AF("rad", "abgegeben am", "Abgabedatum|wann abgegeben|Datum der Abgabe", "date", "datetime"))

out = os.path.join(HERE, "refine.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    counters = {}
    for c in CASES:
        counters[c["lang"]] = counters.get(c["lang"], 0) + 1
        row = {"id": "p10r_%s%02d" % (c["lang"], counters[c["lang"]]), **c}
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(CASES), "refine cases to", out)

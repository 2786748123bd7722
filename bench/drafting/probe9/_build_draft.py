#!/usr/bin/env python3
"""Emit draft.jsonl for probe9 (standard library only)."""
import json, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
def E(name, aliases, body):
    fields = []
    for line in body.strip().splitlines():
        parts = [p.strip() for p in line.split(";")] + ["", "", "", ""]
        fname, ftype, al, opts, flags = parts[:5]
        types = ftype.split("/")
        f = {"name": fname, "aliases": [a.strip() for a in al.split(",") if a.strip()],
             "type": types[0], "alt_types": types[1:]}
        if types[0].startswith("ref>"):
            f["type"] = "reference"; f["target"] = types[0][4:]
        if f["type"] in ("choice", "multi_choice"):
            f["options"] = [o.strip() for o in opts.split(",") if o.strip()]
        if "opt" in flags:
            f["optional"] = True
        fields.append(f)
    return {"name": name, "aliases": [a.strip() for a in aliases.split(",") if a.strip()], "fields": fields}
def D(id, lang, prompt, ents, notes=""):
    rels = []
    for e in ents:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                rels.append({"from": e["name"], "to": f["target"]})
    return {"id": id, "lang": lang, "prompt": prompt, "entities": ents, "relations": rels, "notes": notes}

NOTES = "notes; long_text/text; comments, remarks; ; opt"
C = []

# ---------------- English (16) ----------------
C.append(D("p9d01", "en", """Hello IT,

At the harbour office we still plan berth allocations on a whiteboard and it keeps getting wiped. Could we get something simple? We have about twelve berths, each with a number, a maximum length in metres and a depth. Ships come in with a name, an IMO number, the flag state and the agent who represents them (agent name and phone is enough). For every call we book one berth for one vessel with an expected arrival and departure time, the cargo type (containers, bulk, ro-ro, passengers) and a status - planned, alongside, departed or cancelled.

Thanks a lot, Marit (harbour master's office)""", [
E("Berth", "quay, berth position", """
berth number; text/integer; number, berth, name
max length; decimal/integer; maximum length, length m, length
depth; decimal; draft, water depth
"""),
E("Vessel", "ship, vessel", """
name; text; vessel name, ship name
IMO number; text; imo, imo no
flag state; text/choice; flag, country
agent name; text; agent, shipping agent
agent phone; phone; agent telephone, phone
"""),
E("Berth booking", "port call, call, allocation, booking", """
berth; ref>Berth; quay
vessel; ref>Vessel; ship
expected arrival; datetime/date; eta, arrival
expected departure; datetime/date; etd, departure
cargo type; choice; cargo; Containers, Bulk, Ro-ro, Passengers
status; choice; state; Planned, Alongside, Departed, Cancelled
""" + NOTES)]))

C.append(D("p9d02", "en", """Our orchestra librarian and I (I'm the orchestra manager) want to stop doing attendance on paper. We have around 70 musicians - we need their name, instrument section (strings, woodwind, brass, percussion, keyboard), email and mobile, and whether they are a permanent member or a freelancer. Then the rehearsals: date and start time, the venue, and which programme or concert it's for. For each rehearsal we'd mark every musician as present, late, absent or excused, possibly with a short comment. Not sure if the concerts need their own list or if a text field is fine - a text field is fine for now I think.""", [
E("Musician", "player, member", """
name; text; full name, musician name
section; choice; instrument section, instrument; Strings, Woodwind, Brass, Percussion, Keyboard
email; email; email address
mobile; phone; phone, mobile phone
contract type; choice/boolean; permanent, permanent or freelance, status; Permanent, Freelance
"""),
E("Rehearsal", "session, rehearsal session", """
start; datetime/date; date, date and time, start time
venue; text; location, hall
programme; text/long_text; concert, programme name
"""),
E("Attendance", "attendance record, roll call, presence", """
rehearsal; ref>Rehearsal; session
musician; ref>Musician; player
attendance status; choice; status, presence; Present, Late, Absent, Excused
comment; text/long_text; note, notes, remark
""")]))

C.append(D("p9d03", "en", """Request from the compounding lab at St Anne's pharmacy.

We prepare creams, capsules and oral suspensions from master formulas. Each formula has a name, the dosage form, a shelf life in days and the written method (it's long). Every time we compound a batch we need: the formula used, a batch number, the date made, the quantity produced, who prepared it and who checked it (it must be two different pharmacists), and the beyond-use date. Ideally the worksheet scan would be attached too. Is that doable?""", [
E("Formula", "master formula, recipe, preparation", """
name; text; formula name, product
dosage form; choice/text; form, type; Cream, Capsules, Oral suspension
shelf life days; integer; shelf life, days
method; long_text; instructions, procedure, written method
"""),
E("Batch", "compounded batch, preparation, compounding", """
formula; ref>Formula; master formula, recipe
batch number; text; batch, lot number, batch no
date made; date; compounded on, preparation date, date
quantity; decimal/integer; quantity produced, amount
prepared by; person; preparer, compounded by, pharmacist
checked by; person; checker, verified by
beyond use date; date; bud, expiry, expires on
worksheet; file; scan, worksheet scan, attachment
""")]))

C.append(D("p9d04", "en", """ski school lesson bookings - need it before season opens dec 1

instructors: name, level of certification (level 1, 2, 3, 4), languages they speak (english, french, german, italian, dutch), mobile
lessons: date, time slot (morning / afternoon / full day), private or group, instructor, meeting point, number of pupils, price
parents keep asking if their kid's lesson is confirmed so maybe a paid yes/no""", [
E("Instructor", "ski instructor, teacher", """
name; text; instructor name, full name
certification level; choice; level, certification; Level 1, Level 2, Level 3, Level 4
languages; multi_choice; spoken languages, language; English, French, German, Italian, Dutch
mobile; phone; phone, mobile number
"""),
E("Lesson", "ski lesson, booking, lesson booking", """
date; date; lesson date, day
time slot; choice; slot, session; Morning, Afternoon, Full day
lesson type; choice/boolean; type, private or group, private; Private, Group
instructor; ref>Instructor; teacher
meeting point; text; meeting place, location
number of pupils; integer; pupils, group size, participants
price; money; cost, fee
paid; boolean; paid?, payment received
""")]))

C.append(D("p9d05", "en", """Hi there - I run the production desk at a small printing house and we're drowning in job sheets. What I'd like: a list of our customers (company, contact person, email, phone) and a list of print jobs. A job belongs to one customer and has a job number, title, the press it runs on (Heidelberg SM74, Komori, digital HP Indigo), quantity, paper stock, finishing options like folding, stitching, laminating, die-cutting (can be several), the proof approval date and the delivery deadline. Status would be nice - quote, in prepress, on press, finishing, delivered. Oh and the quoted price.""", [
E("Customer", "client, company", """
company; text; name, company name, customer name
contact person; text; contact, contact name
email; email; contact email
phone; phone; telephone
"""),
E("Print job", "job, job sheet, order", """
customer; ref>Customer; client
job number; text; job no, number
title; text; job title, name
press; choice; machine, printing press; Heidelberg SM74, Komori, HP Indigo
quantity; integer; copies, run length
paper stock; text; paper, stock
finishing; multi_choice; finishing options; Folding, Stitching, Laminating, Die-cutting
proof approved on; date; proof approval date, proof approval
delivery deadline; date; deadline, due date, delivery date
status; choice; stage; Quote, Prepress, On press, Finishing, Delivered
quoted price; money; price, quote
""")]))

C.append(D("p9d06", "en", """We're a small community seed bank and our accession records are spread over three spreadsheets. I'd like to bring them together.

An accession is one lot of seed we received: accession code, species (latin name), variety name, the donor, where it was collected, the collection date, and how many grams we hold. Donors are mostly local growers; we keep their name, village and email.
Every couple of years we do a germination test on an accession: test date, seeds sown, seeds germinated, and who ran it. The germination percentage could be calculated I suppose, but I'm not sure if that's possible.""", [
E("Accession", "seed lot, lot, seed accession", """
accession code; text; code, accession number, id
species; text; latin name, scientific name
variety; text; variety name, cultivar
donor; ref>Donor; grower
collection place; text; collected at, origin, location
collection date; date; collected on
grams held; decimal/integer; quantity, weight, grams, stock
"""),
E("Donor", "grower, supplier", """
name; text; donor name, full name
village; text; town, location
email; email; email address
"""),
E("Germination test", "test, germination", """
accession; ref>Accession; seed lot
test date; date; date, tested on
seeds sown; integer; sown, number sown
seeds germinated; integer; germinated, number germinated
tested by; person/text; run by, tester
germination rate; decimal; percentage, germination percentage; ; opt
""")]))

C.append(D("p9d07", "en", """Reading room requests, municipal archives. Researchers register once (name, institution if any, email, reader card number). They then order boxes from the catalogue - we'd want the boxes as a list too, with the shelf mark, title and the date range it covers and whether it's restricted. A request is one reader asking for one box on a given day; staff fetch it, so we need fetched by and a status (requested, fetched, in use, returned to store). Keep it simple please, our team isn't very technical.""", [
E("Reader", "researcher, visitor, user", """
name; text; full name, reader name
institution; text; affiliation, university
email; email; email address
reader card number; text; card number, reader card
"""),
E("Box", "archive box, item, file", """
shelf mark; text; reference, call number, shelfmark
title; text; description, name
date range; text; covering dates, dates, period
restricted; boolean; restricted?, closed
"""),
E("Request", "box request, order, retrieval", """
reader; ref>Reader; researcher
box; ref>Box; item
requested for; date; date, day, visit date
fetched by; person; staff, retrieved by
status; choice; state; Requested, Fetched, In use, Returned to store
""")]))

C.append(D("p9d08", "en", """Keeper team at the zoo here. Could we have an app for the animals and their vet checks?
- animals: house name, species, sex (male/female/unknown), date of birth, enclosure, microchip number
- vet checks: which animal, date, vet, weight in kg, reason (routine, injury, illness, pre-transfer), findings, and whether a follow-up is needed
Photos of the animal would be lovely but not essential.""", [
E("Animal", "zoo animal, individual", """
house name; text; name, animal name
species; text; animal species
sex; choice; gender; Male, Female, Unknown
date of birth; date; birth date, born on, dob
enclosure; text/choice; house, area, exhibit
microchip number; text; microchip, chip number
photo; file; picture, image; ; opt
"""),
E("Vet check", "veterinary check, health check, examination, check", """
animal; ref>Animal; individual
date; date/datetime; check date, examined on
vet; person/text; veterinarian, vet name
weight; decimal; weight kg
reason; choice; purpose; Routine, Injury, Illness, Pre-transfer
findings; long_text/text; notes, observations, results
follow up needed; boolean; follow-up, follow up
""")]))

C.append(D("p9d09", "en", """call back list for the renewals team. we run outbound campaigns (name, start + end date, script link) and each callback is for a campaign: customer name, phone, when they asked to be called back (exact time matters!), agent, outcome - renewed / not interested / no answer / call again. thx""", [
E("Campaign", "outbound campaign", """
name; text; campaign name, title
start date; date; start, begins
end date; date; end, ends
script link; url; script, script url
"""),
E("Callback", "call back, call, scheduled call", """
campaign; ref>Campaign; outbound campaign
customer name; text; customer, name, caller
phone; phone; phone number, number
callback time; datetime; call back at, requested time, when
agent; person; assigned to, owner, agent name
outcome; choice; result, status; Renewed, Not interested, No answer, Call again
""")]))

C.append(D("p9d10", "en", """As the safety officer for the quarry and the two underground sections, I need to log our statutory inspections properly - the auditor was not impressed last time.

We inspect areas (for example 'North pit', 'Level 3 drive'); each area has a name, a type (open pit, underground, processing plant) and a responsible supervisor. An inspection is of one area, on a date, by an inspector, with an overall rating from 1 to 5 and a signed form as a PDF. During an inspection we can raise any number of hazards: a description, a severity (low, medium, high, critical), a photo, who must fix it, a target date and whether it has been closed out.""", [
E("Area", "site, location, section", """
name; text; area name
area type; choice; type; Open pit, Underground, Processing plant
supervisor; person; responsible supervisor, responsible
"""),
E("Inspection", "safety inspection, statutory inspection", """
area; ref>Area; site, location
date; date; inspection date, inspected on
inspector; person; inspected by
rating; integer/decimal/choice; overall rating, score
signed form; file; form, pdf, report
"""),
E("Hazard", "finding, issue, hazard report", """
inspection; ref>Inspection
description; long_text/text; hazard, details
severity; choice; level, risk; Low, Medium, High, Critical
photo; file; picture
responsible; person; must fix, assigned to, owner, action owner
target date; date; due date, deadline, fix by
closed out; boolean; closed, closed?, done
""")]))

C.append(D("p9d11", "en", """Hi, I coordinate projects at a translation agency and we'd love a shared tracker instead of email threads.

Translators: name, email, language pairs they cover (English to French, French to English, English to German, German to English, English to Spanish), rate per word, and whether they're sworn translators.
Clients: company and billing email.
Jobs: every job is for one client and given to one translator. We note the source file, word count, language pair, deadline and the agreed fee. And a status: new, assigned, in translation, in review, delivered, invoiced.

Would it also be possible to see how many jobs each translator has open? Not a must.""", [
E("Translator", "linguist, freelancer", """
name; text; full name
email; email; email address
language pairs; multi_choice; languages, pairs; English to French, French to English, English to German, German to English, English to Spanish
rate per word; money/decimal; rate, word rate
sworn; boolean; sworn translator, certified
"""),
E("Client", "customer, company", """
company; text; name, client name, company name
billing email; email; email, invoice email
"""),
E("Job", "translation job, project, assignment", """
client; ref>Client; customer
translator; ref>Translator; linguist
source file; file; file, document
word count; integer; words, number of words
language pair; choice; pair, languages; English to French, French to English, English to German, German to English, English to Spanish
deadline; date/datetime; due date, due
fee; money; agreed fee, price
status; choice; stage; New, Assigned, In translation, In review, Delivered, Invoiced
""")]))

C.append(D("p9d12", "en", """From the production office on the shoot: we need to organise shooting days and locations. Locations have a name, the address, the contact at the location with a phone number, whether a permit is required and any parking notes. A shooting day has a date, the location, call time (time of day matters), the scenes we're shooting (just type them in), and the weather backup plan. I'd also like to know for each day which unit - main unit or second unit.""", [
E("Location", "shooting location, set", """
name; text; location name
address; text/long_text; street address
contact name; text; location contact, contact
contact phone; phone; phone, telephone
permit required; boolean; permit, permit needed
parking notes; long_text/text; parking
"""),
E("Shooting day", "shoot day, day, call sheet", """
date; date; shoot date, day
location; ref>Location; set
call time; datetime/text; call, start time
scenes; text/long_text; scene numbers, scene list
weather backup; long_text/text; backup plan, weather plan, cover set
unit; choice; crew; Main unit, Second unit
""")]))

C.append(D("p9d13", "en", """piano tuning log for the music dept: which piano (room + make), date tuned, tuner's name, pitch (440/442), cost""", [
E("Tuning", "piano tuning, tuning log, service", """
piano; text; instrument, room
date tuned; date; date, tuned on
tuner; text/person; tuner name, technician
pitch; choice/integer; tuning pitch, a4; 440, 442
cost; money; price, fee
room; text; location; ; opt
make; text; brand, manufacturer; ; opt
""")], notes="Piano given as free text (room + make); a separate Piano kind is acceptable but not required."))

C.append(D("p9d14", "en", """Dear IT,

I look after the beehives on our company's rooftop garden (it's part of our sustainability programme). We have six hives. For each hive: a name or number, the location on the roof, the queen's year and colour marking, and the hive type (Langstroth, National, Warré).

Every one or two weeks I do an inspection and would like to record the date, the temperament of the colony (calm, nervy, aggressive), whether I saw eggs, whether there were queen cells, the number of frames of brood, and any treatment given. Honey harvests I would also like to record separately: the hive, the date and the kilos.

Kind regards, Ines""", [
E("Hive", "beehive, colony", """
name; text; hive name, number, hive number
location; text; position, place
queen year; integer/text; year, queen
queen colour; choice/text; colour marking, marking, colour
hive type; choice; type; Langstroth, National, Warré
"""),
E("Inspection", "hive inspection, check, visit", """
hive; ref>Hive; colony
date; date; inspection date
temperament; choice; colony temperament, mood; Calm, Nervy, Aggressive
eggs seen; boolean; eggs, eggs?
queen cells; boolean; queen cells seen, queen cells?
brood frames; integer; frames of brood, number of brood frames
treatment; text/long_text; treatment given
"""),
E("Harvest", "honey harvest, harvest record", """
hive; ref>Hive; colony
date; date; harvest date
kilos; decimal; weight, kg, quantity
""")]))

C.append(D("p9d15", "en", """Our pottery studio has three kilns and the firing log is a mess. Members put pieces in, and then nobody knows which firing they went into. What I think we need: kilns (name, max temperature), firings (kiln, date, type bisque/glaze/raku, peak temperature reached, who loaded it) and the pieces (owner, description, the firing it went into, clay body, and a result - fine, cracked, glaze fault, exploded). Members can be typed in by name, they're not staff.""", [
E("Kiln", "oven, furnace", """
name; text; kiln name
max temperature; integer/decimal; maximum temperature, max temp
"""),
E("Firing", "kiln firing, firing log, load", """
kiln; ref>Kiln; oven
date; date; firing date
firing type; choice; type; Bisque, Glaze, Raku
peak temperature; integer/decimal; temperature, peak temp, temperature reached
loaded by; text/person; who loaded, loader
"""),
E("Piece", "pot, item, work", """
owner; text; member, maker, member name
description; text/long_text; piece, name, title
firing; ref>Firing; kiln firing
clay body; text/choice; clay
result; choice; outcome, status; Fine, Cracked, Glaze fault, Exploded
""")]))

C.append(D("p9d16", "en", """Hello, this is a bit long, sorry. I'm the clinical trial coordinator for the oncology research unit and our sponsors send monitors to our sites. At the moment each monitor visit is tracked in a Word table which is honestly a nightmare.

So: we have several trial sites (site number, hospital name, principal investigator - that's one of our own doctors - and the city). The sponsor's monitors come and do visits. For each visit I need the site, the visit date, the monitor's name and company (they're external, so just text), the type of visit (initiation, routine monitoring, close-out), and the report once we get it back as a file.

At every visit the monitor can raise findings. A finding has a description, a category (consent, data entry, drug accountability, safety reporting, other), the due date for the fix, who on our side is responsible, and whether it's resolved. I think that covers it - maybe a free notes box on the visit as well?""", [
E("Site", "trial site, centre, hospital", """
site number; text/integer; number, site no
hospital name; text; hospital, name
principal investigator; person; pi, investigator
city; text; town, location
"""),
E("Monitoring visit", "visit, monitor visit", """
site; ref>Site; trial site
visit date; date; date
monitor name; text; monitor
monitor company; text; company, sponsor, cro
visit type; choice; type; Initiation, Routine monitoring, Close-out
report; file; visit report
notes; long_text/text; comments, remarks; ; opt
"""),
E("Finding", "issue, observation, action item", """
visit; ref>Monitoring visit; monitoring visit
description; long_text/text; finding, details
category; choice; type; Consent, Data entry, Drug accountability, Safety reporting, Other
due date; date; fix by, deadline
responsible; person; owner, assigned to
resolved; boolean; resolved?, closed, done
""")]))

# ---------------- French (8) ----------------
C.append(D("p9d17", "fr", """Bonjour,

Au service patrimoine de la médiathèque, nous suivons la restauration des documents anciens avec un tableur que plus personne ne comprend. Nous aimerions une petite appli.

Pour chaque document : la cote, le titre, le siècle, le type (manuscrit, imprimé, carte, photographie) et l'état général (bon, moyen, mauvais). Ensuite chaque intervention de restauration porte sur un document : l'atelier ou le restaurateur (prestataire extérieur, donc juste un nom), la date d'envoi, la date de retour prévue, le coût et le devis en PDF. Le rapport de restauration aussi si possible.

Merci d'avance, Claire""", [
E("Document", "ouvrage, pièce, item", """
cote; text; référence, shelf mark
titre; text; intitulé, nom
siècle; text/integer; époque, date
type; choice; type de document; Manuscrit, Imprimé, Carte, Photographie
état; choice; état général, condition; Bon, Moyen, Mauvais
"""),
E("Intervention", "restauration, intervention de restauration", """
document; ref>Document; ouvrage
restaurateur; text; atelier, prestataire
date d'envoi; date; envoyé le, envoi
retour prévu; date; date de retour prévue, date de retour
coût; money; montant, prix
devis; file; devis pdf
rapport; file; rapport de restauration
""")]))

C.append(D("p9d18", "fr", """on affine des fromages à la cave (comté et tommes surtout). il faudrait suivre les meules : numéro de meule, producteur (la fromagerie d'où elle vient), date d'entrée en cave, poids à l'entrée, cave n° (1 à 4). et à chaque soin on note la date, ce qu'on a fait (retournement, frottage, morge, sondage), qui l'a fait et une remarque éventuelle. les fromageries on a juste leur nom et le village""", [
E("Meule", "fromage, roue", """
numéro; text; numéro de meule, identifiant
fromagerie; ref>Fromagerie; producteur
date d'entrée; date; entrée en cave, date d'entrée en cave
poids entrée; decimal; poids, poids à l'entrée
cave; choice/integer; cave n°, numéro de cave; 1, 2, 3, 4
"""),
E("Fromagerie", "producteur, fournisseur", """
nom; text; nom de la fromagerie
village; text; commune, lieu
"""),
E("Soin", "opération, traitement, intervention", """
meule; ref>Meule; fromage
date; date; date du soin
opération; choice; action, type de soin; Retournement, Frottage, Morge, Sondage
fait par; person/text; opérateur, affineur
remarque; text/long_text; commentaire, note
""")]))

C.append(D("p9d19", "fr", """Bonjour à tous,
je m'occupe de l'écurie au centre équestre. On voudrait enfin avoir un registre des chevaux et de leurs soins, parce que le vétérinaire nous demande sans arrêt les dates.

Pour les chevaux : nom, race, année de naissance, numéro SIRE, propriétaire (parfois c'est le club, parfois un particulier) et s'il est en pension ou au club.
Pour les soins : le cheval, la date, le type de soin (vermifuge, vaccin, maréchal-ferrant, dentiste, ostéo), l'intervenant, le coût, et la date du prochain rappel. Est-ce qu'on pourrait aussi joindre la facture ?""", [
E("Cheval", "équidé, monture", """
nom; text; nom du cheval
race; text; breed
année de naissance; integer/date; naissance, année
numéro SIRE; text; sire, numéro
propriétaire; text; owner
statut; choice/boolean; pension ou club, en pension; Pension, Club
"""),
E("Soin", "intervention, traitement", """
cheval; ref>Cheval; équidé
date; date; date du soin
type de soin; choice; type, soin; Vermifuge, Vaccin, Maréchal-ferrant, Dentiste, Ostéo
intervenant; text; praticien, vétérinaire
coût; money; prix, montant
prochain rappel; date; rappel, date de rappel
facture; file; justificatif
""")]))

C.append(D("p9d20", "fr", """Objet : suivi des examens de fin de cycle au conservatoire

Bonjour,
Chaque juin nous organisons les examens de fin de cycle et tout se fait sur papier. Nous souhaiterions lister les élèves (nom, prénom, instrument, cycle – 1, 2 ou 3 –, professeur référent, qui est un collègue du conservatoire, et e-mail des parents) et les passages d'examen : élève, date et heure de passage, salle, morceau imposé, morceau libre, note sur 20, mention (très bien, bien, assez bien, sans mention) et l'avis du jury en texte libre.
Cordialement,
Le secrétariat pédagogique""", [
E("Élève", "étudiant, inscrit", """
nom; text; nom de famille
prénom; text; prenom
instrument; text/choice; discipline
cycle; choice/integer; niveau; 1, 2, 3
professeur référent; person; professeur, prof
email des parents; email; email, e-mail parents
"""),
E("Passage d'examen", "examen, passage, épreuve", """
élève; ref>Élève; étudiant
horaire; datetime; date et heure, date, heure de passage
salle; text; lieu
morceau imposé; text; pièce imposée
morceau libre; text; pièce libre, morceau au choix
note; decimal/integer; note sur 20
mention; choice; résultat; Très bien, Bien, Assez bien, Sans mention
avis du jury; long_text/text; avis, commentaire du jury
""")]))

C.append(D("p9d21", "fr", """Je tiens un petit atelier de reliure et j'aimerais suivre mes commandes. Chaque commande : le client (nom, téléphone, mail – et j'aimerais retrouver tous les travaux d'un même client), l'ouvrage à relier, le type de reliure (demi-cuir, plein cuir, toile, conservation), la couleur, le titre à dorer au dos, le prix convenu, l'acompte versé, la date promise. Et un statut : reçu, en cours, prêt, livré. Voilà, rien de compliqué je pense !""", [
E("Client", "cliente", """
nom; text; nom du client
téléphone; phone; tel, portable
email; email; mail, courriel
"""),
E("Commande", "travail, reliure, commande de reliure", """
client; ref>Client; cliente
ouvrage; text; livre, titre de l'ouvrage
type de reliure; choice; reliure, type; Demi-cuir, Plein cuir, Toile, Conservation
couleur; text; teinte
titre au dos; text; titre à dorer, dorure
prix; money; prix convenu, montant
acompte; money; acompte versé
date promise; date; date de livraison, échéance
statut; choice; état; Reçu, En cours, Prêt, Livré
""")]))

C.append(D("p9d22", "fr", """Service des eaux – contrôles qualité

Nous avons une trentaine de points de prélèvement sur le réseau (code, nom, commune, type : captage, réservoir, robinet public). Les techniciens font des prélèvements : point, date et heure, technicien, température de l'eau, chlore libre en mg/L, pH, et si le résultat est conforme ou non. Quand c'est non conforme on doit pouvoir décrire l'action corrective.
Pourriez-vous aussi prévoir une case pour le bulletin du labo (PDF) ?""", [
E("Point de prélèvement", "point, site, station", """
code; text; identifiant, code du point
nom; text; nom du point
commune; text; ville, localité
type; choice; type de point; Captage, Réservoir, Robinet public
"""),
E("Prélèvement", "échantillon, contrôle, analyse", """
point; ref>Point de prélèvement; point de prélèvement, site
date et heure; datetime; date, horodatage
technicien; person; préleveur, agent
température; decimal; température de l'eau
chlore libre; decimal; chlore, chlore mg/l
pH; decimal; ph
conforme; boolean/choice; conformité, résultat
action corrective; long_text/text; action, mesure corrective
bulletin; file; bulletin du labo, rapport, pdf
""")]))

C.append(D("p9d23", "fr", """camping des Pins : gestion des emplacements et des séjours
- emplacements : numéro, type (tente, caravane, camping-car, mobil-home), électricité oui/non, surface en m²
- séjours : emplacement, nom du client, nb de personnes, arrivée, départ, montant total, payé ou pas
merci !!""", [
E("Emplacement", "place, parcelle", """
numéro; text/integer; numéro d'emplacement, n°
type; choice; type d'emplacement; Tente, Caravane, Camping-car, Mobil-home
électricité; boolean; électricité oui/non, électrifié
surface; decimal/integer; surface m², m2
"""),
E("Séjour", "réservation, location", """
emplacement; ref>Emplacement; place
nom du client; text; client, nom
nombre de personnes; integer; nb de personnes, personnes
arrivée; date; date d'arrivée
départ; date; date de départ
montant total; money; montant, total, prix
payé; boolean; payé ou pas, réglé
""")]))

C.append(D("p9d24", "fr", """Bonjour,
Notre association de randonnée voudrait arrêter les inscriptions par SMS… Pour chaque sortie on a une date, un lieu de rendez-vous, la distance en km, le dénivelé, le niveau (facile, moyen, sportif), l'accompagnateur et le nombre de places maximum. Les adhérents s'inscrivent à une sortie ; on veut savoir qui s'est inscrit (nom, téléphone), s'il vient en covoiturage et s'il a payé sa participation. Les adhérents eux-mêmes, on a déjà une liste avec nom, téléphone, numéro de licence – ce serait bien de la mettre aussi.""", [
E("Sortie", "randonnée, rando, excursion", """
date; date; date de la sortie
lieu de rendez-vous; text; rendez-vous, point de départ
distance; decimal; distance km, km
dénivelé; integer/decimal; denivele, dénivelé positif
niveau; choice; difficulté; Facile, Moyen, Sportif
accompagnateur; text/person; guide, animateur
places maximum; integer; nombre de places, places
"""),
E("Adhérent", "membre, randonneur", """
nom; text; nom complet
téléphone; phone; tel, portable
numéro de licence; text; licence, n° de licence
"""),
E("Inscription", "participation, réservation", """
sortie; ref>Sortie; randonnée
adhérent; ref>Adhérent; membre, participant
covoiturage; boolean; en covoiturage
payé; boolean; participation payée, réglé
""")]))

# ---------------- Spanish (8) ----------------
C.append(D("p9d25", "es", """Hola, somos la almazara cooperativa del pueblo y en campaña nos volvemos locos con las entregas de aceituna. Los socios (nombre, DNI, teléfono y número de socio) traen aceituna casi todos los días. De cada entrega apuntamos el socio, la fecha, los kilos, la variedad (picual, hojiblanca, arbequina, cornicabra), si es de suelo o de vuelo, el rendimiento graso que sale en el laboratorio y la tolva donde se descarga. ¿Se podría tener eso en una app sencilla?""", [
E("Socio", "agricultor, productor, cooperativista", """
nombre; text; nombre completo
DNI; text; dni, nif
teléfono; phone; movil, telefono
número de socio; text/integer; nº de socio, numero socio
"""),
E("Entrega", "entrada, partida, descarga", """
socio; ref>Socio; agricultor
fecha; date; día, fecha de entrega
kilos; decimal/integer; peso, kg
variedad; choice; variedad de aceituna; Picual, Hojiblanca, Arbequina, Cornicabra
procedencia; choice/boolean; suelo o vuelo, origen, tipo; Suelo, Vuelo
rendimiento graso; decimal; rendimiento, grasa
tolva; text/choice; tolva de descarga
""")]))

C.append(D("p9d26", "es", """Buenas! Tengo una escuela de surf en Somo y quiero organizar mejor las clases. Los alumnos: nombre, edad, teléfono del padre/madre si es menor, nivel (iniciación, intermedio, avanzado) y si sabe nadar. Las clases tienen fecha, hora, monitor (son de mi equipo), playa y tipo de tabla... bueno, el tipo de tabla no hace falta. En cada clase se apuntan varios alumnos, y quiero marcar si han pagado y si han venido. Gracias!!""", [
E("Alumno", "estudiante, surfista, cliente", """
nombre; text; nombre completo
edad; integer; años
teléfono del tutor; phone; teléfono, teléfono del padre, telefono madre
nivel; choice; nivel de surf; Iniciación, Intermedio, Avanzado
sabe nadar; boolean; nadar, nada
"""),
E("Clase", "sesión, lección", """
fecha y hora; datetime/date; fecha, hora
monitor; person; instructor, profesor
playa; text/choice; lugar, spot
"""),
E("Inscripción", "reserva, asistencia, plaza", """
clase; ref>Clase; sesión
alumno; ref>Alumno; estudiante
pagado; boolean; ha pagado, pago
asistió; boolean; ha venido, asistencia, vino
""")]))

C.append(D("p9d27", "es", """Taller de bicis – necesitamos controlar las reparaciones.
• Clientes: nombre, móvil, email
• Bicis: marca, modelo, número de cuadro, de qué cliente es
• Reparaciones: la bici, fecha de entrada, qué le pasa, presupuesto, mecánico, estado (pendiente, esperando piezas, reparada, entregada) y fecha de entrega
Si se puede, que el cliente pueda tener varias bicis.""", [
E("Cliente", "clienta", """
nombre; text; nombre completo
móvil; phone; teléfono, movil
email; email; correo
"""),
E("Bici", "bicicleta", """
marca; text; fabricante
modelo; text; model
número de cuadro; text; nº de cuadro, número de serie, bastidor
cliente; ref>Cliente; propietario, dueño
"""),
E("Reparación", "orden de trabajo, arreglo", """
bici; ref>Bici; bicicleta
fecha de entrada; date; entrada, fecha
avería; long_text/text; qué le pasa, problema, descripción
presupuesto; money; precio, importe
mecánico; person/text; técnico
estado; choice; situación; Pendiente, Esperando piezas, Reparada, Entregada
fecha de entrega; date; entrega, entregada el
""")]))

C.append(D("p9d28", "es", """Hola equipo de sistemas,

en el centro de buceo llevamos el registro de inmersiones en una libreta y la federación nos pide que sea más riguroso. Cada inmersión tiene un punto de buceo, fecha y hora de entrada, profundidad máxima, tiempo de fondo en minutos, el guía responsable y observaciones. Los puntos de buceo ya los tenemos identificados (nombre, profundidad máxima permitida, nivel requerido: Open Water, Advanced, Rescue). Y en cada inmersión van varios buceadores: nombre, titulación, si alquila equipo y la presión final de la botella en bar.

No sé si me explico bien, cualquier duda me decís.""", [
E("Punto de buceo", "punto, sitio de buceo, spot", """
nombre; text; nombre del punto
profundidad máxima permitida; decimal/integer; profundidad máxima, profundidad
nivel requerido; choice; nivel, titulación requerida; Open Water, Advanced, Rescue
"""),
E("Inmersión", "buceo, salida", """
punto de buceo; ref>Punto de buceo; punto, sitio
entrada; datetime; fecha y hora, fecha, hora de entrada
profundidad máxima; decimal; profundidad, prof. máxima
tiempo de fondo; integer/decimal; duración, minutos
guía; person; guía responsable, responsable
observaciones; long_text/text; notas, comentarios
"""),
E("Buceador", "participante, buzo, buceador en inmersión", """
inmersión; ref>Inmersión; buceo
nombre; text; nombre del buceador
titulación; text/choice; certificación, nivel
alquila equipo; boolean; alquiler, equipo alquilado
presión final; integer/decimal; presión, bar, presión de la botella
""")]))

C.append(D("p9d29", "es", """Somos una protectora de animales pequeña (perros y gatos). Necesitamos tener la ficha de cada animal: nombre, especie, raza aproximada, sexo, fecha de entrada, si está esterilizado, número de chip, foto y un estado (en el refugio, en acogida, adoptado, fallecido). Y las adopciones: qué animal, los datos del adoptante (nombre, DNI, teléfono, dirección), la fecha de adopción, el donativo y el contrato firmado escaneado. También hacemos visitas de seguimiento después, pero eso de momento lo dejamos.""", [
E("Animal", "mascota, ficha", """
nombre; text; nombre del animal
especie; choice; tipo; Perro, Gato
raza; text; raza aproximada
sexo; choice; género; Macho, Hembra
fecha de entrada; date; entrada, ingreso
esterilizado; boolean; castrado, esterilizado?
número de chip; text; chip, microchip
foto; file; imagen, fotografía
estado; choice; situación; En el refugio, En acogida, Adoptado, Fallecido
"""),
E("Adopción", "adopcion, contrato de adopción", """
animal; ref>Animal; mascota
nombre del adoptante; text; adoptante, nombre
DNI; text; dni del adoptante, nif
teléfono; phone; telefono, móvil
dirección; text/long_text; domicilio
fecha de adopción; date; fecha
donativo; money; donación, importe
contrato; file; contrato firmado
""")], notes="Follow-up visits explicitly deferred; not expected."))

C.append(D("p9d30", "es", """club de remo: control de salidas al agua. Barcos: nombre, tipo (1x, 2x, 4x, 8+), estado (operativo, en reparación). Salidas: barco, fecha, hora de salida y de vuelta, patrón, nº de remeros, km recorridos. Los remeros los ponemos a mano de momento""", [
E("Barco", "embarcación, bote", """
nombre; text; nombre del barco
tipo; choice; tipo de barco; 1x, 2x, 4x, 8+
estado; choice; situación; Operativo, En reparación
"""),
E("Salida", "salida al agua, travesía", """
barco; ref>Barco; embarcación
fecha; date; día
hora de salida; datetime/text; salida
hora de vuelta; datetime/text; vuelta, regreso
patrón; text/person; timonel, responsable
número de remeros; integer; nº de remeros, remeros
kilómetros; decimal; km, km recorridos, distancia
remeros; long_text/text; nombres de los remeros; ; opt
""")]))

C.append(D("p9d31", "es", """Hola, os escribo desde el obrador. Servimos pan y bollería a bares y restaurantes de la zona y los pedidos nos llegan por WhatsApp, con lo que se nos pierden. Querría:
- una lista de clientes de hostelería (nombre del local, persona de contacto, teléfono, dirección, ruta de reparto: norte, centro o sur)
- los pedidos: cliente, fecha de entrega, productos que pide (de momento texto libre), importe y si es pedido fijo semanal o puntual
- ¿podríamos además marcar si se ha entregado y quién lo ha repartido?""", [
E("Cliente", "local, establecimiento, bar", """
nombre del local; text; nombre, local
persona de contacto; text; contacto
teléfono; phone; telefono, móvil
dirección; text/long_text; domicilio
ruta de reparto; choice; ruta, zona; Norte, Centro, Sur
"""),
E("Pedido", "encargo, orden", """
cliente; ref>Cliente; local
fecha de entrega; date; fecha, entrega
productos; long_text/text; qué pide, detalle
importe; money; precio, total
tipo de pedido; choice/boolean; fijo o puntual, pedido fijo, tipo; Fijo semanal, Puntual
entregado; boolean; entregado?, servido
repartidor; person/text; repartido por, quién lo ha repartido
""")]))

C.append(D("p9d32", "es", """Desde la radio municipal queremos organizar la parrilla y los invitados. Cada programa tiene nombre, presentador (compañero de la emisora), día de la semana, hora de inicio y duración en minutos. Para cada emisión de un programa apuntamos la fecha, el tema, los invitados que vienen y el enlace al podcast una vez subido. Los invitados los queremos guardar aparte (nombre, cargo o entidad, teléfono, email) porque repiten mucho. Ah, y cada emisión puede tener un invitado principal, con uno vale.""", [
E("Programa", "espacio, show", """
nombre; text; nombre del programa, título
presentador; person; locutor
día de la semana; choice/text; día; Lunes, Martes, Miércoles, Jueves, Viernes, Sábado, Domingo
hora de inicio; text/datetime; hora, inicio
duración; integer; duración en minutos, minutos
"""),
E("Emisión", "episodio, programa emitido, capítulo", """
programa; ref>Programa; espacio
fecha; date; fecha de emisión
tema; text; asunto, título
invitado; ref>Invitado; invitado principal
enlace al podcast; url; podcast, enlace
"""),
E("Invitado", "entrevistado, colaborador", """
nombre; text; nombre completo
cargo; text; entidad, cargo o entidad
teléfono; phone; telefono
email; email; correo
""")], notes="Days of week options are implied; alt text accepted."))

# ---------------- German (8) ----------------
C.append(D("p9d33", "de", """Hallo zusammen,

in unserem Schornsteinfegerbetrieb planen wir die Kehrtermine noch mit Karteikarten. Wir hätten gern eine Kundenliste (Name, Adresse, Telefon) und zu jedem Kunden die Feuerstätten: Art (Ölheizung, Gasheizung, Kaminofen, Pelletkessel), Hersteller, Baujahr. Zu jeder Feuerstätte gibt es dann die Termine: Datum, welcher Geselle hingeht, was gemacht wird (Kehren, Messung, Feuerstättenschau), Ergebnis in Ordnung ja/nein und der Messwert CO in ppm.

Danke und Gruß
Andrea Weiß, Büro""", [
E("Kunde", "Kundin, Eigentümer", """
Name; text; Kundenname
Adresse; text/long_text; Anschrift
Telefon; phone; Telefonnummer
"""),
E("Feuerstätte", "Anlage, Heizung, Ofen", """
Kunde; ref>Kunde; Eigentümer
Art; choice; Typ, Art der Feuerstätte; Ölheizung, Gasheizung, Kaminofen, Pelletkessel
Hersteller; text; Marke
Baujahr; integer; Jahr
"""),
E("Termin", "Kehrtermin, Einsatz, Besuch", """
Feuerstätte; ref>Feuerstätte; Anlage
Datum; date/datetime; Termin, Tag
Geselle; person; Mitarbeiter, Schornsteinfeger
Tätigkeit; choice; Arbeit, Art; Kehren, Messung, Feuerstättenschau
in Ordnung; boolean; Ergebnis, ok
CO-Wert; decimal/integer; CO, Messwert, CO ppm
""")]))

C.append(D("p9d34", "de", """Kletterhalle – Routenverwaltung. Die Routenbauer schrauben jede Woche neu und wir wollen wissen, was an der Wand hängt. Wände: Name, Sektor, Höhe. Routen: Wand, Griffarbe, Schwierigkeit (UIAA-Grad, z.B. 6+), Routenbauer, Schraubdatum, geplantes Abbaudatum, Art (Vorstieg, Toprope, Boulder). Fänden es auch super, wenn Kunden Feedback geben könnten, aber das ist eher Phase 2.""", [
E("Wand", "Kletterwand, Bereich", """
Name; text; Wandname
Sektor; text/choice; Bereich
Höhe; decimal/integer; Höhe in Metern, Meter
"""),
E("Route", "Kletterroute, Linie", """
Wand; ref>Wand; Kletterwand
Griffarbe; text/choice; Farbe, Griffe
Schwierigkeit; text/choice; Grad, UIAA-Grad
Routenbauer; person/text; Schrauber, gebaut von
Schraubdatum; date; geschraubt am, Datum
Abbaudatum; date; geplanter Abbau, Abbau
Art; choice; Typ, Kletterart; Vorstieg, Toprope, Boulder
""")], notes="Customer feedback is explicitly phase 2; not expected."))

C.append(D("p9d35", "de", """Guten Tag,
das Stadtarchiv bekommt viele schriftliche Anfragen (Ahnenforschung, Bauakten, Presse). Wir möchten die erfassen: Eingangsdatum, Name des Anfragenden, E-Mail, Thema, Kategorie (Genealogie, Bauakte, Wissenschaft, Presse, Sonstiges), zuständige Sachbearbeiterin, Frist zur Beantwortung, Gebühr und ob die Gebühr bezahlt ist. Die Antwort selbst hätten wir gern als Datei dabei. Geht das?""", [
E("Anfrage", "Archivanfrage, Recherche, Auskunft", """
Eingangsdatum; date; Eingang, Datum
Name des Anfragenden; text; Anfragender, Name
E-Mail; email; Email, Mailadresse
Thema; text/long_text; Betreff, Anliegen
Kategorie; choice; Art; Genealogie, Bauakte, Wissenschaft, Presse, Sonstiges
Sachbearbeiterin; person; zuständig, Bearbeiter, zuständige Sachbearbeiterin
Frist; date; Antwortfrist, Frist zur Beantwortung
Gebühr; money; Kosten, Betrag
Gebühr bezahlt; boolean; bezahlt
Antwort; file; Antwortschreiben, Datei
""")]))

C.append(D("p9d36", "de", """Hallo IT,

ich bin bei der Bergwacht in der Bereitschaft für die Einsatzdokumentation zuständig. Bisher Excel, künftig bitte eine App. Ein Einsatz hat: Alarmierungszeit (genau mit Uhrzeit), Einsatzort, Art (Wanderunfall, Kletterunfall, Lawine, Suche, Sonstiges), Einsatzleiter, Anzahl der Verletzten und einen Bericht. Außerdem wollen wir pro Einsatz festhalten, welche Einsatzkräfte dabei waren und wie viele Stunden jeder im Einsatz war – die Einsatzkräfte sind unsere Mitglieder (Name, Qualifikation: Anwärter, Bergretter, Notarzt, Hundeführer, Handy). Ach ja, ob ein Hubschrauber beteiligt war, ist auch wichtig.""", [
E("Einsatz", "Rettungseinsatz, Alarm", """
Alarmierungszeit; datetime; Alarmierung, Zeit, Datum
Einsatzort; text; Ort
Art; choice; Einsatzart, Typ; Wanderunfall, Kletterunfall, Lawine, Suche, Sonstiges
Einsatzleiter; person/text; Leitung
Anzahl Verletzte; integer; Verletzte, Anzahl der Verletzten
Bericht; long_text/file; Einsatzbericht
Hubschrauber; boolean; Hubschrauber beteiligt, Heli
"""),
E("Mitglied", "Einsatzkraft, Retter, Bergretter", """
Name; text; vollständiger Name
Qualifikation; choice; Ausbildung; Anwärter, Bergretter, Notarzt, Hundeführer
Handy; phone; Telefon, Mobil
"""),
E("Einsatzbeteiligung", "Teilnahme, Einsatzkraft im Einsatz, Beteiligung", """
Einsatz; ref>Einsatz; Alarm
Mitglied; ref>Mitglied; Einsatzkraft, Retter
Stunden; decimal; Einsatzstunden, Dauer
""")]))

C.append(D("p9d37", "de", """Für die Betriebskantine bräuchten wir eine Übersicht der Gerichte mit Allergenen. Gericht: Name, Kategorie (Suppe, Hauptgericht, Dessert), vegetarisch/vegan/mit Fleisch, Preis für Mitarbeitende, Allergene (Gluten, Milch, Ei, Nüsse, Sellerie, Senf, Soja). Dazu der Wochenplan: für jeden Tag welches Gericht in welcher Linie (Linie 1, Linie 2, Wok) und die geplante Portionenzahl.""", [
E("Gericht", "Speise, Essen, Menü", """
Name; text; Bezeichnung
Kategorie; choice; Art; Suppe, Hauptgericht, Dessert
Ernährungsform; choice; vegetarisch/vegan/Fleisch, Typ; Vegetarisch, Vegan, Mit Fleisch
Preis; money; Mitarbeiterpreis, Preis für Mitarbeitende
Allergene; multi_choice; Allergen; Gluten, Milch, Ei, Nüsse, Sellerie, Senf, Soja
"""),
E("Speiseplaneintrag", "Wochenplan, Speiseplan, Tagesangebot, Planung", """
Datum; date; Tag
Gericht; ref>Gericht; Speise
Linie; choice; Ausgabelinie; Linie 1, Linie 2, Wok
Portionen; integer; geplante Portionenzahl, Portionenzahl, Anzahl
""")]))

C.append(D("p9d38", "de", """Moin, wir sind ein kleines Sägewerk. Ich möchte die Rundholzanlieferungen festhalten: Lieferant (Waldbesitzer oder Forstbetrieb, mit Name, Ort und Telefon), Lieferdatum, Holzart (Fichte, Kiefer, Lärche, Douglasie, Eiche), Festmeter, Preis pro Festmeter, Sortierung (Stammholz, Industrieholz, Brennholz) und den Lieferschein als Foto. Eine Lieferung kommt immer von genau einem Lieferanten. Schön wäre, wenn man sieht, ob die Rechnung schon bezahlt ist.""", [
E("Lieferant", "Waldbesitzer, Forstbetrieb, Anbieter", """
Name; text; Lieferantenname
Ort; text; Wohnort, Adresse
Telefon; phone; Telefonnummer
"""),
E("Anlieferung", "Lieferung, Rundholzlieferung", """
Lieferant; ref>Lieferant; Waldbesitzer
Lieferdatum; date; Datum
Holzart; choice; Baumart; Fichte, Kiefer, Lärche, Douglasie, Eiche
Festmeter; decimal; Menge, fm
Preis pro Festmeter; money; Preis, Festmeterpreis
Sortierung; choice; Sorte, Güteklasse, Qualität; Stammholz, Industrieholz, Brennholz
Lieferschein; file; Foto, Lieferscheinfoto
Rechnung bezahlt; boolean; bezahlt
""")]))

C.append(D("p9d39", "de", """Hallo,
in der Fahrschule verwalten wir die Fahrstunden noch im Papierkalender. Fahrschüler: Name, Geburtsdatum, Führerscheinklasse (B, BE, A1, A2), Telefon. Fahrstunden: Schüler, Fahrlehrer (unsere Angestellten), Beginn mit Uhrzeit, Dauer in Minuten, Art der Fahrt (Übungsfahrt, Überland, Autobahn, Nachtfahrt) und ob die Stunde schon abgerechnet ist. Vielleicht noch ein Feld für Bemerkungen des Fahrlehrers?""", [
E("Fahrschüler", "Schüler, Kunde", """
Name; text; vollständiger Name
Geburtsdatum; date; geboren am
Führerscheinklasse; choice; Klasse; B, BE, A1, A2
Telefon; phone; Handy, Telefonnummer
"""),
E("Fahrstunde", "Stunde, Fahrt, Termin", """
Fahrschüler; ref>Fahrschüler; Schüler
Fahrlehrer; person; Lehrer
Beginn; datetime; Datum, Uhrzeit, Start
Dauer; integer; Dauer in Minuten, Minuten
Art der Fahrt; choice; Art, Fahrtart; Übungsfahrt, Überland, Autobahn, Nachtfahrt
abgerechnet; boolean; bezahlt, verrechnet
Bemerkungen; long_text/text; Notizen, Kommentar
""")]))

C.append(D("p9d40", "de", """Wasserversorgung / Hydrantenprüfung: Hydranten mit Nummer, Straße, Typ (Überflur, Unterflur) und Nennweite (DN 80, DN 100, DN 150). Jährliche Prüfung je Hydrant: Datum, Prüfer, Fließdruck in bar, Ergebnis (ohne Mängel, Mängel, außer Betrieb), Mängelbeschreibung, Foto.""", [
E("Hydrant", "Hydranten", """
Nummer; text; Hydrantennummer, Nr
Straße; text; Standort, Adresse
Typ; choice; Bauart; Überflur, Unterflur
Nennweite; choice; DN; DN 80, DN 100, DN 150
"""),
E("Prüfung", "Hydrantenprüfung, Kontrolle, Wartung", """
Hydrant; ref>Hydrant
Datum; date; Prüfdatum
Prüfer; person/text; geprüft von
Fließdruck; decimal; Druck, Fließdruck bar
Ergebnis; choice; Status; Ohne Mängel, Mängel, Außer Betrieb
Mängelbeschreibung; long_text/text; Mängel, Beschreibung
Foto; file; Bild
""")]))

assert len(C) == 40
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(C), "draft cases")

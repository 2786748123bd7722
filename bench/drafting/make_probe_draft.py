# A third drafting set, written by the helper that worked on the drafting engine (2026-11-26), to
# exercise its known weak spots: links said in passing, join records, lead clauses, fields in
# subordinate clauses, and French, Spanish and German. It is NOT held out: it was used while
# tuning. Run: python3 ../shared/bench/score.py draft bench/drafting/probe-draft.jsonl --cmd ...
import json, os
def F(name, type, aliases=(), alt=(), optional=False, options=None, target=None):
    d={"name":name,"aliases":list(aliases),"type":type,"alt_types":list(alt)}
    if optional: d["optional"]=True
    if options: d["options"]=options
    if target: d["target"]=target
    return d
def E(name, fields, aliases=()): return {"name":name,"aliases":list(aliases),"fields":fields}
def N(lang): return F({"en":"notes","fr":"remarques","es":"notas","de":"notizen"}[lang],"long_text",["notes","comments","remarks","commentaires","notas","observaciones","bemerkungen","notiz","anmerkungen"],["text"],optional=True)
def NAME(lang, al=()): return F({"en":"name","fr":"nom","es":"nombre","de":"name"}[lang],"text",list(al)+["name","nom","nombre","title","titel"])
cases=[]
def C(id,lang,prompt,entities,relations=()):
    cases.append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":""})

C("p01","en","We run several warehouses. Every warehouse has a name, a city and a manager. For each warehouse we log stock counts: the date, who counted, the number of items and any discrepancies.",
 [E("Warehouse",[NAME("en"),F("city","text",["location"]),F("manager","person",[],["text"]),N("en")],["depot"]),
  E("Stock count",[F("warehouse","reference",target="Warehouse"),F("date","date",["count date"],["datetime"]),F("counted by","person",["who counted","counter"],["text"]),F("number of items","integer",["items","item count"]),F("discrepancies","long_text",["discrepancy"],["text"]),N("en")],["count","inventory count"])],[("Stock count","Warehouse")])
C("p02","en","Each client has several contracts. A client has a company name, a VAT number and a billing email. Contracts: title, start date, end date, monthly fee.",
 [E("Client",[F("company name","text",["name","company"]),F("vat number","text",["vat"]),F("billing email","email",["email"]),N("en")],["customer"]),
  E("Contract",[F("client","reference",target="Client"),F("title","text",["name"]),F("start date","date",["start"]),F("end date","date",["end"]),F("monthly fee","money",["fee"]),N("en")],["agreement"])],[("Contract","Client")])
C("p03","en","Finance wants travel requests tracked: destination, departure date, return date, estimated cost, purpose, and whether a hotel is needed.",
 [E("Travel request",[F("destination","text"),F("departure date","date",["departure"]),F("return date","date",["return"]),F("estimated cost","money",["cost"]),F("purpose","text",["reason"],["long_text"]),F("hotel needed","boolean",["hotel","whether a hotel is needed"]),N("en")],["trip","travel"])])
C("p04","en","Every invoice belongs to a customer. Customers have a name, an address and a phone number. Invoices have a number, an issue date, a due date, an amount and a paid flag.",
 [E("Customer",[NAME("en"),F("address","text",[],["long_text"]),F("phone number","phone",["phone"]),N("en")],["client"]),
  E("Invoice",[F("customer","reference",target="Customer"),F("number","text",["invoice number"],["integer"]),F("issue date","date",["issued"]),F("due date","date",["due"]),F("amount","money"),F("paid","boolean",["paid flag"]),N("en")],["bill"])],[("Invoice","Customer")])
C("p05","en","We log each visit to a client: the date, the sales rep, what was discussed and the next step. Clients have a name, a sector and an account manager.",
 [E("Visit",[F("client","reference",target="Client"),F("date","date",[],["datetime"]),F("sales rep","person",["rep"],["text"]),F("what was discussed","long_text",["discussion","topics","summary"],["text"]),F("next step","text",["next steps"],["long_text"]),N("en")],["client visit","call"]),
  E("Client",[NAME("en"),F("sector","text",["industry"],["choice"]),F("account manager","person",["manager"],["text"]),N("en")],["customer"])],[("Visit","Client")])
C("p06","en","Employees sign up for internal courses. Courses have a title, a provider and a cost. Employees have a name, a department and an email. An enrolment links an employee and a course, with the enrolment date and whether they completed it.",
 [E("Course",[F("title","text",["name"]),F("provider","text",["trainer"]),F("cost","money",["price"]),N("en")],["training"]),
  E("Employee",[NAME("en"),F("department","text",["team"],["choice"]),F("email","email"),N("en")],["staff"]),
  E("Enrolment",[F("employee","reference",target="Employee"),F("course","reference",target="Course"),F("enrolment date","date",["date","enrolled on"]),F("completed","boolean",["whether they completed it","completion"]),N("en")],["enrollment","registration","sign-up","signup"])],[("Enrolment","Employee"),("Enrolment","Course")])
C("p07","en","For every machine we record maintenance jobs with the date, the technician, the hours spent and the parts replaced. Machines have a serial number, a model and a location.",
 [E("Machine",[F("serial number","text",["serial"]),F("model","text",["name"]),F("location","text"),N("en")],["equipment"]),
  E("Maintenance job",[F("machine","reference",target="Machine"),F("date","date",[],["datetime"]),F("technician","person",[],["text"]),F("hours spent","decimal",["hours"],["integer"]),F("parts replaced","long_text",["parts"],["text"]),N("en")],["maintenance","job","repair"])],[("Maintenance job","Machine")])
C("p08","en","Has the team got a way to track software subscriptions? I need the product, the vendor, number of users, renewal date, annual cost and who owns it internally.",
 [E("Subscription",[F("product","text",["name"]),F("vendor","text",["supplier"]),F("number of users","integer",["users","seats"]),F("renewal date","date",["renewal"]),F("annual cost","money",["cost"]),F("owner","person",["who owns it","owned by"],["text"]),N("en")],["software subscription","software"])])
C("p09","en","Marketing keeps asking for a list of the trade fairs we attend: fair name, city, start date, end date, stand cost and which colleagues are going.",
 [E("Trade fair",[F("fair name","text",["name"]),F("city","text",["location"]),F("start date","date",["start"]),F("end date","date",["end"]),F("stand cost","money",["cost"]),F("colleagues","text",["who is going","attendees","staff"],["person","long_text","multi_choice"]),N("en")],["fair","event","trade show"])])
C("p10","en","Our library lends books to members. Members have a name and a membership number. Each loan records which book, which member, the loan date and the return date. Books have a title, an author and an ISBN.",
 [E("Member",[NAME("en"),F("membership number","text",["number"],["integer"]),N("en")],["reader"]),
  E("Loan",[F("book","reference",target="Book"),F("member","reference",target="Member"),F("loan date","date",["borrowed on"]),F("return date","date",["returned","due date"]),N("en")],["borrowing"]),
  E("Book",[F("title","text",["name"]),F("author","text",[],["person"]),F("isbn","text"),N("en")],["title"])],[("Loan","Book"),("Loan","Member")])
C("p11","en","Projects and their tasks: each project has several tasks. A project has a name, a client and a deadline. A task has a title, an assignee, a due date, an estimate in hours and a status (to do, doing, done).",
 [E("Project",[NAME("en"),F("client","text",["customer"],["reference"]),F("deadline","date",["due date"]),N("en")]),
  E("Task",[F("project","reference",target="Project"),F("title","text",["name"]),F("assignee","person",["assigned to"],["text"]),F("due date","date",["due"]),F("estimate","decimal",["estimate in hours","hours"],["integer"]),F("status","choice",options=["To do","Doing","Done"]),N("en")],["todo"])],[("Task","Project")])
C("p12","en","Volunteers help at our food bank. We keep each volunteer's name, phone and the days they can help. Each shift is on a date at one of our locations and has a volunteer assigned; a location has an address and an opening time.",
 [E("Volunteer",[NAME("en"),F("phone","phone",["phone number"]),F("days they can help","text",["availability","days"],["multi_choice","long_text"]),N("en")],["helper"]),
  E("Shift",[F("volunteer","reference",target="Volunteer"),F("location","reference",target="Location"),F("date","date",[],["datetime"]),N("en")],["slot"]),
  E("Location",[F("address","text",[],["long_text"]),F("opening time","text",["opening hours"],["datetime"]),NAME("en",["location"]),N("en")],["site"])],[("Shift","Volunteer"),("Shift","Location")])
C("p13","fr","Nous gérons les chantiers de l'entreprise. Chaque chantier a une adresse, un chef de chantier et une date de début. Pour chaque chantier, on enregistre des inspections : date, inspecteur, résultat (conforme, non conforme) et remarques.",
 [E("Chantier",[F("adresse","text",[],["long_text"]),F("chef de chantier","person",["chef"],["text"]),F("date de début","date",["début"]),N("fr")],["site"]),
  E("Inspection",[F("chantier","reference",target="Chantier"),F("date","date",[],["datetime"]),F("inspecteur","person",[],["text"]),F("résultat","choice",options=["Conforme","Non conforme"]),F("remarques","long_text",["notes"],["text"])],["contrôle"])],[("Inspection","Chantier")])
C("p14","fr","Je voudrais suivre les factures de nos fournisseurs. Chaque facture appartient à un fournisseur. Pour les fournisseurs : nom, email, téléphone. Pour les factures : numéro, date, montant, payée ou non.",
 [E("Fournisseur",[NAME("fr"),F("email","email",["courriel"]),F("téléphone","phone"),N("fr")]),
  E("Facture",[F("fournisseur","reference",target="Fournisseur"),F("numéro","text",["numéro de facture"],["integer"]),F("date","date"),F("montant","money"),F("payée","boolean",["payée ou non"]),N("fr")])],[("Facture","Fournisseur")])
C("p15","es","Queremos gestionar los pedidos de nuestros clientes. Cada cliente tiene varios pedidos. Del cliente guardamos el nombre, el correo y el teléfono. De cada pedido: la fecha, el importe total, el estado (pendiente, enviado, entregado) y la dirección de entrega.",
 [E("Cliente",[NAME("es"),F("correo","email",["email","correo electrónico"]),F("teléfono","phone"),N("es")]),
  E("Pedido",[F("cliente","reference",target="Cliente"),F("fecha","date"),F("importe total","money",["importe","total"]),F("estado","choice",options=["Pendiente","Enviado","Entregado"]),F("dirección de entrega","text",["dirección"],["long_text"]),N("es")])],[("Pedido","Cliente")])
C("p16","es","Registro de visitas a la oficina: nombre del visitante, empresa, a quién visita, hora de llegada, hora de salida y si firmó el acuerdo de confidencialidad.",
 [E("Visita",[F("nombre del visitante","text",["nombre","visitante"]),F("empresa","text"),F("a quién visita","person",["anfitrión","persona visitada"],["text"]),F("hora de llegada","datetime",["llegada"],["text"]),F("hora de salida","datetime",["salida"],["text"]),F("firmó el acuerdo de confidencialidad","boolean",["acuerdo de confidencialidad","firmado"]),N("es")],["visitante","registro"])])
C("p17","de","Wir möchten unseren Fuhrpark verwalten. Jedes Fahrzeug hat ein Kennzeichen, eine Marke und einen Kilometerstand. Für jedes Fahrzeug erfassen wir Reparaturen: Datum, Werkstatt, Kosten und Beschreibung.",
 [E("Fahrzeug",[F("kennzeichen","text"),F("marke","text"),F("kilometerstand","integer",[],["decimal"]),N("de")],["auto"]),
  E("Reparatur",[F("fahrzeug","reference",target="Fahrzeug"),F("datum","date"),F("werkstatt","text"),F("kosten","money"),F("beschreibung","long_text",[],["text"]),N("de")])],[("Reparatur","Fahrzeug")])
C("p18","de","Urlaubsanträge: Mitarbeiter, erster Tag, letzter Tag, Art (Jahresurlaub, Sonderurlaub, unbezahlt), genehmigt von und Kommentar.",
 [E("Urlaubsantrag",[F("mitarbeiter","person",[],["text"]),F("erster tag","date",["von","beginn"]),F("letzter tag","date",["bis","ende"]),F("art","choice",["urlaubsart","typ"],options=["Jahresurlaub","Sonderurlaub","Unbezahlt"]),F("genehmigt von","person",["genehmiger"],["text"]),F("kommentar","long_text",["bemerkung"],["text"])],["antrag","urlaub"])])
C("p19","fr","Chaque session appartient à une formation. Une formation a un titre, une durée en heures et un prix. Une session a une date, un lieu et un nombre de places.",
 [E("Formation",[F("titre","text",["nom"]),F("durée","decimal",["durée en heures"],["integer"]),F("prix","money",["coût"]),N("fr")],["cours"]),
  E("Session",[F("formation","reference",target="Formation"),F("date","date",[],["datetime"]),F("lieu","text",["salle"]),F("nombre de places","integer",["places"]),N("fr")])],[("Session","Formation")])
C("p20","es","Cada proyecto tiene varias tareas. Proyecto: nombre, cliente, fecha límite. Tarea: título, responsable, fecha de vencimiento, horas estimadas, completada (sí/no).",
 [E("Proyecto",[NAME("es"),F("cliente","text",[],["reference"]),F("fecha límite","date",["fecha limite"]),N("es")]),
  E("Tarea",[F("proyecto","reference",target="Proyecto"),F("título","text",["nombre"]),F("responsable","person",[],["text"]),F("fecha de vencimiento","date",["vencimiento"]),F("horas estimadas","decimal",["horas"],["integer"]),F("completada","boolean"),N("es")])],[("Tarea","Proyecto")])
C("p21","de","Jeder Kunde hat mehrere Tickets. Kunden: Firma, Ansprechpartner, E-Mail. Tickets: Betreff, Beschreibung, Priorität (niedrig, mittel, hoch), erstellt am.",
 [E("Kunde",[F("firma","text",["name"]),F("ansprechpartner","text",["kontakt"],["person"]),F("e-mail","email",["email"]),N("de")]),
  E("Ticket",[F("kunde","reference",target="Kunde"),F("betreff","text",["titel"]),F("beschreibung","long_text",[],["text"]),F("priorität","choice",options=["Niedrig","Mittel","Hoch"]),F("erstellt am","date",["erstellt","datum"],["datetime"]),N("de")])],[("Ticket","Kunde")])
C("p22","de","Die Personalabteilung möchte Bewerbungen erfassen: Name, E-Mail, Stelle, Eingangsdatum, Lebenslauf als PDF und Status (neu, Gespräch, Zusage, Absage).",
 [E("Bewerbung",[NAME("de"),F("e-mail","email",["email"]),F("stelle","text",["position"],["choice","reference"]),F("eingangsdatum","date",["eingang"]),F("lebenslauf","file",["cv"]),F("status","choice",options=["Neu","Gespräch","Zusage","Absage"]),N("de")],["bewerber"])])
C("p23","fr","Le service informatique veut gérer les prêts de matériel : chaque prêt concerne un appareil et un employé. Les appareils ont un numéro de série, un type (portable, écran, téléphone) et une date d'achat. On note la date de prêt, la date de retour prévue et si l'appareil est rendu.",
 [E("Appareil",[F("numéro de série","text",["numéro"]),F("type","choice",options=["Portable","Écran","Téléphone"]),F("date d'achat","date",["achat"]),N("fr")],["matériel","équipement"]),
  E("Prêt",[F("appareil","reference",target="Appareil"),F("employé","person",["emprunteur"],["text","reference"]),F("date de prêt","date",["date"]),F("date de retour prévue","date",["retour prévu","date de retour"]),F("rendu","boolean",["retourné"]),N("fr")],["emprunt"])],[("Prêt","Appareil")])
C("p24","es","En la clínica cada paciente puede tener muchas citas. Del paciente: nombre, fecha de nacimiento, teléfono y alergias. De la cita: fecha y hora, médico, motivo y si asistió.",
 [E("Paciente",[NAME("es"),F("fecha de nacimiento","date",["nacimiento"]),F("teléfono","phone"),F("alergias","long_text",[],["text"]),N("es")]),
  E("Cita",[F("paciente","reference",target="Paciente"),F("fecha y hora","datetime",["fecha"],["date"]),F("médico","person",["doctor"],["text"]),F("motivo","text",[],["long_text"]),F("asistió","boolean",["asistencia"]),N("es")],["consulta"])],[("Cita","Paciente")])
C("p25","en","I need to keep track of the suppliers we buy from and the purchase orders we send them: PO number, order date, total, expected delivery date and status (sent, confirmed, delivered). For suppliers just the name, contact email and payment terms.",
 [E("Supplier",[NAME("en"),F("contact email","email",["email"]),F("payment terms","text",["terms"],["choice"]),N("en")],["vendor"]),
  E("Purchase order",[F("supplier","reference",target="Supplier"),F("po number","text",["number"]),F("order date","date",["date"]),F("total","money",["amount"]),F("expected delivery date","date",["expected delivery","delivery date"]),F("status","choice",options=["Sent","Confirmed","Delivered"]),N("en")],["po","order"])],[("Purchase order","Supplier")])
C("p26","de","Für unsere Sportvereine: Mitglieder mit Name, Geburtsdatum und E-Mail. Jedes Mitglied zahlt Beiträge; zu jedem Beitrag speichern wir Betrag, Datum und ob er bezahlt ist.",
 [E("Mitglied",[NAME("de"),F("geburtsdatum","date"),F("e-mail","email",["email"]),N("de")]),
  E("Beitrag",[F("mitglied","reference",target="Mitglied"),F("betrag","money"),F("datum","date"),F("bezahlt","boolean"),N("de")],["zahlung"])],[("Beitrag","Mitglied")])
out=os.path.join(os.path.dirname(os.path.abspath(__file__)),'probe-draft.jsonl')
with open(out,'w') as f:
    for c in cases: f.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases))

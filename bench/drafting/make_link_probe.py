# A fifth drafting set (2026-11-26, links helper): requests with two to four record kinds and the
# many-to-one links between them, said in every way people say them -- "belongs to", "is for one",
# "for every X we log Y", "who did which Z" (a join record with two links), "X per Y", "X of a Y",
# possessives, a kind named inside another kind's field list, headings and bullets -- plus kinds
# that must not be split (an archetype beside the described kind) or invented (people who are
# only person fields). English, French, Spanish, German. Written from general knowledge BEFORE
# looking at how the engine reads them; a development set once tuned on.
# Run: python3 ../shared/bench/score.py draft bench/drafting/link-probe-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(name, type, aliases=(), alt=(), optional=False, options=None, target=None):
    d={"name":name,"aliases":list(aliases),"type":type,"alt_types":list(alt)}
    if optional: d["optional"]=True
    if options: d["options"]=options
    if target: d["target"]=target
    return d
def E(name, fields, aliases=()): return {"name":name,"aliases":list(aliases),"fields":fields}
NOTES={"en":"notes","fr":"notes","es":"notas","de":"Notizen"}
def N(lang): return F(NOTES[lang],"long_text",["notes","comments","remarks","notas","observaciones","remarques","commentaires","Bemerkungen","Anmerkungen","description"],["text"],optional=True)
NAMES={"en":"name","fr":"nom","es":"nombre","de":"Name"}
def NAME(lang, al=()): return F(NAMES[lang],"text",list(al)+["name","nom","nombre","title","titre","título","Bezeichnung"])
def P(name, al=()): return F(name,"person",list(al),["text"])
def R(name, target, al=()): return F(name,"reference",list(al),target=target)
cases=[]
def C(id,lang,prompt,entities,relations=()):
    cases.append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":""})

# ---------------- English ----------------
C("l01","en","We run a few warehouses and nobody knows where anything goes. Each shelf belongs to a warehouse and has a code and a maximum load in kilos. Warehouses have a name and an address.",
 [E("Shelf",[R("warehouse","Warehouse"),F("code","text",["shelf code","name"]),F("maximum load","decimal",["max load","maximum load in kilos","load"],["integer"]),N("en")],["rack"]),
  E("Warehouse",[NAME("en"),F("address","text",["location"],["long_text"]),N("en")],["depot"])],[("Shelf","Warehouse")])
C("l02","en","Small physio practice, two therapists. Patients have a name, a date of birth and a phone number. A visit is for one patient and has the date, the therapist, the treatment given and the fee.",
 [E("Patient",[NAME("en"),F("date of birth","date",["birth date","dob"]),F("phone number","phone",["phone"]),N("en")],["client"]),
  E("Visit",[R("patient","Patient"),F("date","date",["visit date"],["datetime"]),P("therapist",["physio"]),F("treatment","text",["treatment given"],["long_text"]),F("fee","money",["price","cost"]),N("en")],["appointment","session"])],[("Visit","Patient")])
C("l03","en","I manage a small design studio. We have projects with a client name, a budget and a deadline. For every project we log hours: who worked, the date, how many hours and what they did.",
 [E("Project",[NAME("en",["project name"]),F("client name","text",["client"],["person"]),F("budget","money"),F("deadline","date",["due date"]),N("en")]),
  E("Hours",[R("project","Project"),P("worked by",["who worked","person","employee"]),F("date","date",[],["datetime"]),F("hours","decimal",["how many hours","number of hours"],["integer"]),F("work done","long_text",["what they did","description","activity"],["text"]),N("en")],["time entry","hour log","log","timesheet","timesheet entry","work log"])],[("Hours","Project")])
C("l04","en","The safety officer wants to know who did which training. Trainings have a title, a provider and a length in hours. Employees have a name and a site. For each attendance we note the date and whether they passed.",
 [E("Training",[F("title","text",["name"]),F("provider","text",["trainer"]),F("length","decimal",["length in hours","duration","hours"],["integer"]),N("en")],["course"]),
  E("Employee",[NAME("en"),F("site","text",["location"],["choice"]),N("en")],["staff"]),
  E("Attendance",[R("employee","Employee"),R("training","Training"),F("date","date",["attended on"],["datetime"]),F("passed","boolean",["result","whether they passed"]),N("en")],["training record","completion","participation"])],[("Attendance","Employee"),("Attendance","Training")])
C("l05","en","Every employee has to complete a set of compliance courses each year. Courses have a name and a deadline. Employees have a name, an email and a department. When someone finishes a course we want the completion date and the score.",
 [E("Course",[NAME("en",["title"]),F("deadline","date",["due date"]),N("en")],["training"]),
  E("Employee",[NAME("en"),F("email","email"),F("department","text",["team"],["choice"]),N("en")],["staff"]),
  E("Completion",[R("employee","Employee"),R("course","Course"),F("completion date","date",["date","completed on","finished on"]),F("score","decimal",["result","mark"],["integer"]),N("en")],["course completion","training record","enrolment"])],[("Completion","Employee"),("Completion","Course")])
C("l06","en","We have a fleet of forklifts across three depots. We do one inspection per forklift per month, with the inspector, the date, the hour meter reading and whether it is safe to use. Forklifts have a serial number, a model and a depot.",
 [E("Forklift",[F("serial number","text",["serial","name"]),F("model","text"),F("depot","text",["site","location"],["choice"]),N("en")],["truck","vehicle"]),
  E("Inspection",[R("forklift","Forklift"),P("inspector",["inspected by"]),F("date","date",["inspection date"],["datetime"]),F("hour meter reading","decimal",["hour meter","hours","meter reading"],["integer"]),F("safe to use","boolean",["safe","passed"]),N("en")],["check"])],[("Inspection","Forklift")])
C("l07","en","Our greenhouse has sensors everywhere. We want to store the readings of a sensor: the time, the temperature and the humidity. Sensors have a name, a zone and the date they were installed.",
 [E("Sensor",[NAME("en"),F("zone","text",["area","location"],["choice"]),F("installed on","date",["install date","date they were installed","installation date"]),N("en")]),
  E("Reading",[R("sensor","Sensor"),F("time","datetime",["timestamp","date"],["date"]),F("temperature","decimal",[],["integer"]),F("humidity","decimal",[],["integer"]),N("en")],["measurement","sensor reading"])],[("Reading","Sensor")])
C("l08","en","I want to see each customer's orders in one place. Customers have a company name, an email and a city. An order has an order number, a date, a total and a status (open, shipped or paid).",
 [E("Customer",[F("company name","text",["name","company"]),F("email","email"),F("city","text"),N("en")],["client"]),
  E("Order",[R("customer","Customer"),F("order number","text",["number"],["integer"]),F("date","date",["order date"],["datetime"]),F("total","money",["amount","total amount"]),F("status","choice",options=["Open","Shipped","Paid"]),N("en")],["customer order","sales order"])],[("Order","Customer")])
C("l09","en","We need two lists for the workshop.\nSuppliers: name, contact email, phone.\nParts: part number, description, supplier, unit price, quantity in stock.",
 [E("Supplier",[NAME("en"),F("contact email","email",["email"]),F("phone","phone",["phone number"]),N("en")],["vendor"]),
  E("Part",[F("part number","text",["number","name"],["integer"]),F("description","text",[],["long_text"]),R("supplier","Supplier"),F("unit price","money",["price"]),F("quantity in stock","integer",["stock","quantity"],["decimal"]),N("en")],["spare part","item"])],[("Part","Supplier")])
C("l10","en","Projects: name, budget, start date.\nTasks: title, project, assignee, due date, done?",
 [E("Project",[NAME("en"),F("budget","money"),F("start date","date"),N("en")]),
  E("Task",[F("title","text",["name"]),R("project","Project"),P("assignee",["assigned to","owner"]),F("due date","date",["deadline"]),F("done","boolean",["completed","done?"]),N("en")],["to-do"])],[("Task","Project")])
C("l11","en","Membership app for our climbing club.\n\nMembers\n- name\n- email\n- membership type (adult, student, junior)\n\nPayments\n- member\n- amount\n- date paid\n- method (cash, card, transfer)",
 [E("Member",[NAME("en"),F("email","email"),F("membership type","choice",["type","membership"],options=["Adult","Student","Junior"]),N("en")],["climber"]),
  E("Payment",[R("member","Member"),F("amount","money"),F("date paid","date",["payment date","paid on","date"]),F("method","choice",["payment method"],options=["Cash","Card","Transfer"]),N("en")],["fee","membership payment"])],[("Payment","Member")])
C("l12","en","We're a school library. Each book belongs to a category and each loan is for one book and one pupil. Books have a title, an author and an ISBN. Categories just have a name. Pupils have a name and a class. A loan has the date out and the date it is due back.",
 [E("Book",[F("title","text",["name"]),F("author","text",["writer"],["person"]),F("isbn","text"),R("category","Category"),N("en")]),
  E("Category",[NAME("en"),N("en")],["genre"]),
  E("Pupil",[NAME("en"),F("class","text",["form","year"],["choice"]),N("en")],["student","borrower"]),
  E("Loan",[R("book","Book"),R("pupil","Pupil"),F("date out","date",["loan date","borrowed on"]),F("due back","date",["due date","date it is due back","return date"]),N("en")],["borrowing","checkout"])],
 [("Book","Category"),("Loan","Book"),("Loan","Pupil")])
C("l13","en","Our IT team needs an incident log. Each incident is about one application and has a title, the person who reported it, the severity (minor, major or critical), the date it was opened and the date it was resolved. Applications have a name, a vendor and a business owner.",
 [E("Incident",[R("application","Application"),F("title","text",["summary","name"]),P("reported by",["reporter","person who reported it"]),F("severity","choice",["priority"],options=["Minor","Major","Critical"]),F("opened on","date",["date opened","date it was opened","opened"],["datetime"]),F("resolved on","date",["date resolved","date it was resolved","resolved"],["datetime"]),N("en")],["ticket","issue"]),
  E("Application",[NAME("en"),F("vendor","text",["supplier"]),P("business owner",["owner"]),N("en")],["system","app"])],[("Incident","Application")])
C("l14","en","I want to track our purchase orders. Each order goes to a supplier and has the order date, the amount, the requester and the manager who approved it. Suppliers have a name, a VAT number and an email.",
 [E("Purchase order",[R("supplier","Supplier"),F("order date","date",["date"]),F("amount","money",["total"]),P("requester",["requested by"]),P("approved by",["manager","approver","manager who approved it"]),N("en")],["order","po"]),
  E("Supplier",[NAME("en"),F("vat number","text",["vat"]),F("email","email"),N("en")],["vendor"])],[("Purchase order","Supplier")])
C("l15","en","Goods-in at our warehouse is done on paper. We need a list of suppliers with their contact details, and for every delivery we receive: the supplier, the date, the delivery note number and whether anything was damaged.",
 [E("Supplier",[NAME("en",["supplier name"]),F("contact details","text",["contact","email","phone"],["long_text","email","phone"]),N("en")],["vendor"]),
  E("Delivery",[R("supplier","Supplier"),F("date","date",["delivery date","received on"],["datetime"]),F("delivery note number","text",["delivery note","note number"],["integer"]),F("damaged","boolean",["anything damaged","whether anything was damaged"]),N("en")],["goods receipt","receipt"])],[("Delivery","Supplier")])
C("l16","en","For our rental business: each building has several flats. Buildings have an address and a caretaker. Flats have a number, a size in square metres and the monthly rent.",
 [E("Building",[F("address","text",["name"],["long_text"]),P("caretaker",["janitor"]),N("en")],["property"]),
  E("Flat",[R("building","Building"),F("number","text",["flat number","name"],["integer"]),F("size","decimal",["size in square metres","area","square metres"],["integer"]),F("monthly rent","money",["rent"]),N("en")],["apartment","unit"])],[("Flat","Building")])
C("l17","en","Volunteers at our food bank are assigned to a team. Teams have a name and a team leader. For volunteers we need the name, a phone number and the days they can help.",
 [E("Team",[NAME("en"),P("team leader",["leader"]),N("en")],["group"]),
  E("Volunteer",[R("team","Team"),NAME("en"),F("phone number","phone",["phone"]),F("available days","text",["days they can help","days","availability"],["multi_choice","long_text"]),N("en")],["helper"])],[("Volunteer","Team")])
C("l18","en","The animal shelter needs to keep track of vet appointments. Animals have a name, a species (dog, cat or rabbit) and an arrival date. Each appointment is for an animal, with the date, the vet, the reason and the cost.",
 [E("Animal",[NAME("en"),F("species","choice",["type"],options=["Dog","Cat","Rabbit"]),F("arrival date","date",["arrived on"]),N("en")],["pet"]),
  E("Appointment",[R("animal","Animal"),F("date","date",["appointment date"],["datetime"]),P("vet",["veterinarian"]),F("reason","text",[],["long_text"]),F("cost","money",["price","fee"]),N("en")],["vet appointment","visit"])],[("Appointment","Animal")])
C("l19","en","Every sale is made by a sales rep. Sales reps have a name, a region and a monthly target. For each sale we record the customer name, the product, the amount and the date.",
 [E("Sales rep",[NAME("en"),F("region","text",["area"],["choice"]),F("monthly target","money",["target"],["decimal","integer"]),N("en")],["salesperson","rep","seller"]),
  E("Sale",[R("sales rep","Sales rep",["rep","seller"]),F("customer name","text",["customer"],["person"]),F("product","text",["item"]),F("amount","money",["price","value"]),F("date","date",["sale date"],["datetime"]),N("en")],["deal","transaction"])],[("Sale","Sales rep")])
C("l20","en","Quality control for our bakery. Each batch comes from one recipe and is baked on a given date by a baker. Recipes have a name, the baking time in minutes and the oven temperature. For a batch we also note the number of loaves and whether it passed the check.",
 [E("Recipe",[NAME("en"),F("baking time","integer",["baking time in minutes","minutes"],["decimal"]),F("oven temperature","integer",["temperature"],["decimal"]),N("en")]),
  E("Batch",[R("recipe","Recipe"),F("date","date",["baked on","bake date"],["datetime"]),P("baker",["baked by"]),F("number of loaves","integer",["loaves","quantity"]),F("passed","boolean",["passed the check","check","quality check"]),N("en")],["bake","production batch"])],[("Batch","Recipe")])
C("l21","en","Customers raise support tickets by phone and by email. A customer has a name, a company and an email. A ticket has a subject, a priority (low, normal or urgent), the date it was opened and who is working on it.",
 [E("Customer",[NAME("en"),F("company","text",["company name"]),F("email","email"),N("en")],["client"]),
  E("Ticket",[R("customer","Customer",["raised by"]),F("subject","text",["title"]),F("priority","choice",options=["Low","Normal","Urgent"]),F("opened on","date",["date opened","date it was opened","date"],["datetime"]),P("assigned to",["who is working on it","assignee","agent"]),N("en")],["support ticket","request"])],[("Ticket","Customer")])
C("l22","en","We rent out camping gear to our members. I need to see each member's rentals: which item, the start date, the return date and the fee. Items have a name, a category and a daily rate. Members have a name and a phone number.",
 [E("Member",[NAME("en"),F("phone number","phone",["phone"]),N("en")],["customer"]),
  E("Item",[NAME("en"),F("category","text",[],["choice"]),F("daily rate","money",["rate","price per day"]),N("en")],["gear","equipment"]),
  E("Rental",[R("member","Member"),R("item","Item"),F("start date","date",["start"]),F("return date","date",["end date","returned on"]),F("fee","money",["price","cost"]),N("en")],["hire","loan"])],[("Rental","Member"),("Rental","Item")])

# ---------------- French ----------------
C("l23","fr","Nous gérons la maintenance de l'usine. Chaque intervention concerne un équipement et comporte la date, le technicien, la durée en heures et une description. Les équipements ont un nom, un numéro de série et un atelier.",
 [E("Intervention",[R("équipement","Équipement"),F("date","date",[],["datetime"]),P("technicien"),F("durée","decimal",["durée en heures","heures"],["integer"]),F("description","long_text",[],["text"]),N("fr")],["maintenance"]),
  E("Équipement",[NAME("fr"),F("numéro de série","text",["numéro"]),F("atelier","text",[],["choice"]),N("fr")],["machine"])],[("Intervention","Équipement")])
C("l24","fr","Chaque salarié appartient à un service. Les services ont un nom et un responsable. Pour les salariés : nom, prénom, email et date d'entrée.",
 [E("Service",[NAME("fr"),P("responsable",["chef de service"]),N("fr")],["département"]),
  E("Salarié",[R("service","Service"),NAME("fr"),F("prénom","text"),F("email","email",["e-mail","courriel"]),F("date d'entrée","date",["entrée","date d'embauche"]),N("fr")],["employé","collaborateur"])],[("Salarié","Service")])
C("l25","fr","Clients : nom, adresse, téléphone.\nFactures : numéro, client, date, montant, payée ?",
 [E("Client",[NAME("fr"),F("adresse","text",[],["long_text"]),F("téléphone","phone"),N("fr")]),
  E("Facture",[F("numéro","text",["numéro de facture"],["integer"]),R("client","Client"),F("date","date"),F("montant","money"),F("payée","boolean",["payée ?","payé"]),N("fr")])],[("Facture","Client")])
C("l26","fr","Pour chaque chantier, on note les dépenses : la date, le fournisseur, le montant et la catégorie (matériaux, location, main-d'œuvre). Un chantier a une adresse, un client et une date de début.",
 [E("Chantier",[F("adresse","text",["nom"],["long_text"]),F("client","text",["nom du client"],["person"]),F("date de début","date",["début"]),N("fr")],["site","projet"]),
  E("Dépense",[R("chantier","Chantier"),F("date","date"),F("fournisseur","text"),F("montant","money"),F("catégorie","choice",options=["Matériaux","Location","Main-d'œuvre"]),N("fr")],["frais"])],[("Dépense","Chantier")])
C("l27","fr","Je veux savoir qui a suivi quelle formation. Les formations ont un intitulé, un organisme et une durée en jours. Les employés ont un nom et un poste. Pour chaque participation on note la date et si l'employé a réussi.",
 [E("Formation",[F("intitulé","text",["nom","titre"]),F("organisme","text",["organisme de formation","prestataire"]),F("durée","integer",["durée en jours","jours"],["decimal"]),N("fr")],["cours"]),
  E("Employé",[NAME("fr"),F("poste","text",["fonction"],["choice"]),N("fr")],["salarié","collaborateur"]),
  E("Participation",[R("employé","Employé"),R("formation","Formation"),F("date","date",[],["datetime"]),F("réussi","boolean",["réussite","si l'employé a réussi","résultat"]),N("fr")],["inscription","suivi"])],[("Participation","Employé"),("Participation","Formation")])
C("l28","fr","Nous louons des salles pour des événements. Chaque réservation est pour une salle et indique le client, la date, le nombre de personnes et le prix. Une salle a un nom, une capacité et un tarif à la journée.",
 [E("Salle",[NAME("fr"),F("capacité","integer"),F("tarif","money",["tarif à la journée","prix"]),N("fr")]),
  E("Réservation",[R("salle","Salle"),F("client","text",["nom du client"],["person"]),F("date","date",[],["datetime"]),F("nombre de personnes","integer",["personnes"]),F("prix","money",["montant","tarif"]),N("fr")],["location"])],[("Réservation","Salle")])
C("l29","fr","On suit les vaccins de chaque animal de l'élevage : le vaccin, la date et le vétérinaire. Pour les animaux, on garde le numéro, la race et la date de naissance.",
 [E("Animal",[F("numéro","text",["nom","numéro d'identification"],["integer"]),F("race","text",[],["choice"]),F("date de naissance","date",["naissance"]),N("fr")],["bête"]),
  E("Vaccin",[R("animal","Animal"),F("vaccin","text",["nom du vaccin","nom"]),F("date","date"),P("vétérinaire",["véto"]),N("fr")],["vaccination"])],[("Vaccin","Animal")])
C("l30","fr","Il nous faut une liste des fournisseurs avec leur email et leur téléphone. Chaque commande est passée auprès d'un fournisseur, avec la date, le montant total et le statut (en attente, livrée, annulée).",
 [E("Fournisseur",[NAME("fr",["raison sociale"]),F("email","email",["e-mail","courriel"]),F("téléphone","phone"),N("fr")]),
  E("Commande",[R("fournisseur","Fournisseur"),F("date","date",["date de commande"]),F("montant total","money",["montant","total"]),F("statut","choice",options=["En attente","Livrée","Annulée"]),N("fr")],["bon de commande"])],[("Commande","Fournisseur")])

# ---------------- Spanish ----------------
C("l31","es","Cada venta la hace un vendedor. De los vendedores guardamos el nombre, la zona y el teléfono. De cada venta, el cliente, el importe y la fecha.",
 [E("Vendedor",[NAME("es"),F("zona","text",["región"],["choice"]),F("teléfono","phone",["telefono"]),N("es")],["comercial"]),
  E("Venta",[R("vendedor","Vendedor"),F("cliente","text",["nombre del cliente"],["person"]),F("importe","money",["monto","total"]),F("fecha","date",[],["datetime"]),N("es")])],[("Venta","Vendedor")])
C("l32","es","Cada jugador pertenece a un equipo. Los equipos tienen un nombre, una categoría y un entrenador. Los jugadores tienen nombre, fecha de nacimiento y número de camiseta.",
 [E("Equipo",[NAME("es"),F("categoría","text",["categoria"],["choice"]),P("entrenador"),N("es")]),
  E("Jugador",[R("equipo","Equipo"),NAME("es"),F("fecha de nacimiento","date",["nacimiento"]),F("número de camiseta","integer",["dorsal","número"],["text"]),N("es")])],[("Jugador","Equipo")])
C("l33","es","Proveedores: nombre, correo, teléfono.\nProductos: nombre, proveedor, precio, stock.",
 [E("Proveedor",[NAME("es"),F("correo","email",["email","correo electrónico"]),F("teléfono","phone",["telefono"]),N("es")]),
  E("Producto",[NAME("es"),R("proveedor","Proveedor"),F("precio","money"),F("stock","integer",["existencias"],["decimal"]),N("es")],["artículo"])],[("Producto","Proveedor")])
C("l34","es","Para cada obra registramos los partes de trabajo con la fecha, el trabajador, las horas y las tareas realizadas. Las obras tienen nombre, dirección y fecha de inicio.",
 [E("Obra",[NAME("es"),F("dirección","text",["direccion"],["long_text"]),F("fecha de inicio","date",["inicio"]),N("es")],["proyecto"]),
  E("Parte de trabajo",[R("obra","Obra"),F("fecha","date"),P("trabajador",["operario"]),F("horas","decimal",["horas trabajadas"],["integer"]),F("tareas realizadas","long_text",["tareas"],["text"]),N("es")],["parte"])],[("Parte de trabajo","Obra")])
C("l35","es","Quiero saber qué empleado hizo qué curso y cuándo. Los cursos tienen un título y una duración en horas. Los empleados tienen nombre y departamento. Para cada inscripción guardamos la fecha y la nota.",
 [E("Curso",[F("título","text",["nombre","titulo"]),F("duración","decimal",["duración en horas","horas"],["integer"]),N("es")],["formación"]),
  E("Empleado",[NAME("es"),F("departamento","text",[],["choice"]),N("es")]),
  E("Inscripción",[R("empleado","Empleado"),R("curso","Curso"),F("fecha","date",[],["datetime"]),F("nota","decimal",["calificación"],["integer","text"]),N("es")],["matrícula","participación"])],[("Inscripción","Empleado"),("Inscripción","Curso")])
C("l36","es","Somos una clínica dental. Cada cita es para un paciente y tiene la fecha, el dentista, el tratamiento y el precio. De los pacientes necesitamos nombre, teléfono y correo.",
 [E("Paciente",[NAME("es"),F("teléfono","phone",["telefono"]),F("correo","email",["email"]),N("es")]),
  E("Cita",[R("paciente","Paciente"),F("fecha","date",[],["datetime"]),P("dentista",["odontólogo"]),F("tratamiento","text",[],["long_text"]),F("precio","money",["importe"]),N("es")],["consulta"])],[("Cita","Paciente")])
C("l37","es","Registramos una lectura por contador cada mes: la fecha, el valor y quién la tomó. Los contadores tienen un número, una dirección y un tipo (agua, gas, luz).",
 [E("Contador",[F("número","text",["numero","nombre"],["integer"]),F("dirección","text",["direccion"],["long_text"]),F("tipo","choice",options=["Agua","Gas","Luz"]),N("es")],["medidor"]),
  E("Lectura",[R("contador","Contador"),F("fecha","date",[],["datetime"]),F("valor","decimal",["lectura"],["integer"]),P("tomada por",["quién la tomó","lector"]),N("es")],["medición"])],[("Lectura","Contador")])
C("l38","es","Cada proyecto tiene varias tareas. De cada proyecto: nombre, cliente y fecha de entrega. De cada tarea: título, responsable, estado (pendiente, en curso, hecha) y fecha límite.",
 [E("Proyecto",[NAME("es"),F("cliente","text",[],["person"]),F("fecha de entrega","date",["entrega"]),N("es")]),
  E("Tarea",[R("proyecto","Proyecto"),F("título","text",["nombre","titulo"]),P("responsable"),F("estado","choice",options=["Pendiente","En curso","Hecha"]),F("fecha límite","date",["fecha limite","plazo"]),N("es")])],[("Tarea","Proyecto")])

# ---------------- German ----------------
C("l39","de","Wir vermieten Besprechungsräume. Jede Buchung gehört zu einem Raum und hat ein Datum, eine Uhrzeit, den Namen des Kunden und die Anzahl der Personen. Räume haben einen Namen, eine Etage und eine Kapazität.",
 [E("Buchung",[R("Raum","Raum"),F("Datum","date",[],["datetime"]),F("Uhrzeit","text",["Zeit"],["datetime"]),F("Name des Kunden","text",["Kunde","Kundenname"],["person"]),F("Anzahl der Personen","integer",["Personen","Anzahl"]),N("de")],["Reservierung"]),
  E("Raum",[NAME("de"),F("Etage","text",["Stockwerk"],["integer"]),F("Kapazität","integer"),N("de")],["Besprechungsraum"])],[("Buchung","Raum")])
C("l40","de","Kunden: Name, E-Mail, Telefon.\nAufträge: Auftragsnummer, Kunde, Datum, Betrag, Status (offen, in Arbeit, erledigt).",
 [E("Kunde",[NAME("de"),F("E-Mail","email",["Email"]),F("Telefon","phone"),N("de")]),
  E("Auftrag",[F("Auftragsnummer","text",["Nummer"],["integer"]),R("Kunde","Kunde"),F("Datum","date"),F("Betrag","money"),F("Status","choice",options=["Offen","In Arbeit","Erledigt"]),N("de")])],[("Auftrag","Kunde")])
C("l41","de","Für jedes Fahrzeug erfassen wir die Fahrten mit Datum, Fahrer, Ziel und gefahrenen Kilometern. Fahrzeuge haben ein Kennzeichen, ein Modell und einen Standort.",
 [E("Fahrzeug",[F("Kennzeichen","text",["Name"]),F("Modell","text"),F("Standort","text",[],["choice"]),N("de")],["Auto","Wagen"]),
  E("Fahrt",[R("Fahrzeug","Fahrzeug"),F("Datum","date",[],["datetime"]),P("Fahrer"),F("Ziel","text"),F("gefahrene Kilometer","integer",["Kilometer"],["decimal"]),N("de")],["Fahrtenbuch"])],[("Fahrt","Fahrzeug")])
C("l42","de","Wir wollen festhalten, wer welche Schulung besucht hat. Schulungen haben einen Titel, einen Trainer und ein Datum. Mitarbeiter haben einen Namen und eine Abteilung. Pro Teilnahme speichern wir, ob bestanden wurde, und das Zertifikat.",
 [E("Schulung",[F("Titel","text",["Name"]),P("Trainer"),F("Datum","date",[],["datetime"]),N("de")],["Training","Kurs"]),
  E("Mitarbeiter",[NAME("de"),F("Abteilung","text",[],["choice"]),N("de")]),
  E("Teilnahme",[R("Mitarbeiter","Mitarbeiter"),R("Schulung","Schulung"),F("bestanden","boolean",["ob bestanden wurde"]),F("Zertifikat","file",[],["url","text"]),N("de")],["Schulungsteilnahme"])],[("Teilnahme","Mitarbeiter"),("Teilnahme","Schulung")])
C("l43","de","Jeder Mitarbeiter ist einer Abteilung zugeordnet. Abteilungen haben einen Namen und einen Leiter. Für Mitarbeiter brauchen wir Name, E-Mail und Eintrittsdatum.",
 [E("Abteilung",[NAME("de"),P("Leiter",["Abteilungsleiter"]),N("de")]),
  E("Mitarbeiter",[R("Abteilung","Abteilung"),NAME("de"),F("E-Mail","email",["Email"]),F("Eintrittsdatum","date",["Eintritt"]),N("de")],["Angestellter"])],[("Mitarbeiter","Abteilung")])
C("l44","de","Wir machen eine Prüfung pro Maschine und Quartal: Prüfdatum, Prüfer, Ergebnis (bestanden, Mängel, gesperrt) und Bemerkungen. Maschinen haben eine Inventarnummer, eine Bezeichnung und eine Halle.",
 [E("Maschine",[F("Inventarnummer","text",["Nummer"]),F("Bezeichnung","text",["Name"]),F("Halle","text",["Standort"],["choice"]),N("de")],["Anlage"]),
  E("Prüfung",[R("Maschine","Maschine"),F("Prüfdatum","date",["Datum"]),P("Prüfer"),F("Ergebnis","choice",options=["Bestanden","Mängel","Gesperrt"]),F("Bemerkungen","long_text",["Notizen"],["text"]),],["Inspektion","Kontrolle"])],[("Prüfung","Maschine")])
C("l45","de","Jede Rechnung ist für einen Kunden und hat eine Nummer, ein Datum, einen Betrag und ein Fälligkeitsdatum. Von den Kunden speichern wir Firma, Adresse und Ansprechpartner.",
 [E("Rechnung",[R("Kunde","Kunde"),F("Nummer","text",["Rechnungsnummer"],["integer"]),F("Datum","date",["Rechnungsdatum"]),F("Betrag","money"),F("Fälligkeitsdatum","date",["fällig am"]),N("de")]),
  E("Kunde",[F("Firma","text",["Name","Firmenname"]),F("Adresse","text",[],["long_text"]),F("Ansprechpartner","text",["Kontakt"],["person"]),N("de")])],[("Rechnung","Kunde")])
C("l46","de","Ein Lieferant liefert mehrere Artikel. Lieferanten haben einen Namen, eine E-Mail und eine Telefonnummer. Artikel haben eine Artikelnummer, eine Bezeichnung, einen Preis und einen Mindestbestand.",
 [E("Lieferant",[NAME("de"),F("E-Mail","email",["Email"]),F("Telefonnummer","phone",["Telefon"]),N("de")]),
  E("Artikel",[R("Lieferant","Lieferant"),F("Artikelnummer","text",["Nummer"]),F("Bezeichnung","text",["Name"]),F("Preis","money"),F("Mindestbestand","integer",["Bestand"],["decimal"]),N("de")],["Produkt"])],[("Artikel","Lieferant")])

# ---------------- Second wave: written after the first fixes, before running them ----------------
C("l47","en","Hi! I coordinate the company car pool. People borrow one of our cars for business trips. For the cars I need the plate, the model and the fuel type (petrol, diesel, electric). For each trip we record the driver, the car, the date out, the date back and the kilometres driven. Oh, and every trip is charged to a cost centre; cost centres have a code and an owner.",
 [E("Car",[F("plate","text",["registration","name"]),F("model","text"),F("fuel type","choice",["fuel"],options=["Petrol","Diesel","Electric"]),N("en")],["vehicle","pool car"]),
  E("Trip",[R("car","Car"),P("driver"),F("date out","date",["start date"],["datetime"]),F("date back","date",["return date","end date"],["datetime"]),F("kilometres driven","integer",["kilometres","km","distance"],["decimal"]),R("cost centre","Cost centre"),N("en")],["business trip","booking","loan"]),
  E("Cost centre",[F("code","text",["name"]),P("owner"),N("en")],["cost center"])],[("Trip","Car"),("Trip","Cost centre")])
C("l48","en","We're a translation agency. Clients send us jobs. A job is always for one client and is assigned to a translator. Jobs have a source language, a target language, a word count, a deadline and a price. Translators have a name, an email and their languages. Clients: company name, contact person, billing email.",
 [E("Job",[R("client","Client"),R("translator","Translator"),F("source language","text",[],["choice"]),F("target language","text",[],["choice"]),F("word count","integer",["words"]),F("deadline","date",["due date"]),F("price","money",["fee"]),N("en")],["translation job","project","order"]),
  E("Translator",[NAME("en"),F("email","email"),F("languages","text",[],["multi_choice","long_text"]),N("en")],["linguist"]),
  E("Client",[F("company name","text",["name","company"]),F("contact person","text",["contact"],["person"]),F("billing email","email",["email"]),N("en")],["customer"])],[("Job","Client"),("Job","Translator")])
C("l49","en","I manage IT equipment loans for the university. Students borrow laptops and tablets. Devices: asset tag, type (laptop, tablet), model, condition. Students: name, student number, course. Every loan connects one student with one device and has a start date, a due date and a returned flag.",
 [E("Device",[F("asset tag","text",["tag","name"]),F("type","choice",["device type"],options=["Laptop","Tablet"]),F("model","text"),F("condition","text",[],["choice"]),N("en")],["equipment","item"]),
  E("Student",[NAME("en"),F("student number","text",["number","student id"],["integer"]),F("course","text",["programme"],["choice"]),N("en")],["borrower"]),
  E("Loan",[R("student","Student"),R("device","Device"),F("start date","date",["loan date","borrowed on"]),F("due date","date",["due back"]),F("returned","boolean",["returned flag"]),N("en")],["equipment loan","checkout","borrowing"])],[("Loan","Student"),("Loan","Device")])
C("l50","en","The maintenance crew needs a work order system. Each work order is raised against an asset and is handled by a technician. Assets are the machines on the shop floor, each with an asset number, a name and a location. Technicians have a name, a trade (electrical, mechanical, plumbing) and a phone. Work orders have a description, a priority (low, medium, high), an opened date and a closed date.",
 [E("Work order",[R("asset","Asset"),R("technician","Technician"),F("description","long_text",[],["text"]),F("priority","choice",options=["Low","Medium","High"]),F("opened date","date",["opened","date opened","opened on"],["datetime"]),F("closed date","date",["closed","date closed","closed on"],["datetime"]),N("en")],["job","ticket","order"]),
  E("Asset",[F("asset number","text",["number"]),NAME("en"),F("location","text",["site"]),N("en")],["machine"]),
  E("Technician",[NAME("en"),F("trade","choice",["skill"],options=["Electrical","Mechanical","Plumbing"]),F("phone","phone",["phone number"]),N("en")],["tech"])],[("Work order","Asset"),("Work order","Technician")])
C("l51","en","Our choir has members in four voice parts. We keep members with their name, email and voice part (soprano, alto, tenor, bass). We hold concerts with a date, a venue and a programme. For each concert I need to know which members are singing, so we note each member's participation and whether they confirmed.",
 [E("Member",[NAME("en"),F("email","email"),F("voice part","choice",["voice","part"],options=["Soprano","Alto","Tenor","Bass"]),N("en")],["singer","chorister"]),
  E("Concert",[F("date","date",[],["datetime"]),F("venue","text",["location"]),F("programme","long_text",["program"],["text"]),NAME("en",["concert name"]),N("en")],["performance"]),
  E("Participation",[R("member","Member"),R("concert","Concert"),F("confirmed","boolean",["whether they confirmed"]),N("en")],["attendance","line-up","singer"])],[("Participation","Member"),("Participation","Concert")])
C("l52","en","Quick one: departments (name, head, budget) and employees (name, email, job title, department, start date).",
 [E("Department",[NAME("en"),P("head",["head of department","manager"]),F("budget","money"),N("en")],["team"]),
  E("Employee",[NAME("en"),F("email","email"),F("job title","text",["title","role"]),R("department","Department"),F("start date","date"),N("en")],["staff member"])],[("Employee","Department")])
C("l53","en","Food safety log for our three restaurants. Fridges belong to a restaurant; each fridge has a label and a location in the kitchen. Twice a day staff take a temperature reading of every fridge: the time, the temperature and who took it. Restaurants just need a name and an address.",
 [E("Restaurant",[NAME("en"),F("address","text",["location"],["long_text"]),N("en")],["site"]),
  E("Fridge",[R("restaurant","Restaurant"),F("label","text",["name"]),F("location","text",["location in the kitchen","place"]),N("en")],["refrigerator"]),
  E("Temperature reading",[R("fridge","Fridge"),F("time","datetime",["date","timestamp"],["date","text"]),F("temperature","decimal",[],["integer"]),P("taken by",["who took it","staff","recorded by"]),N("en")],["reading","check","log entry"])],[("Fridge","Restaurant"),("Temperature reading","Fridge")])
C("l54","en","Event planning: we run workshops at partner venues. Venues have a name, a city and a capacity. Each workshop takes place at a venue and has a title, a date, a facilitator and a maximum number of attendees. People register for a workshop with their name, email and dietary needs.",
 [E("Venue",[NAME("en"),F("city","text"),F("capacity","integer"),N("en")],["location"]),
  E("Workshop",[R("venue","Venue"),F("title","text",["name"]),F("date","date",[],["datetime"]),P("facilitator",["trainer","host"]),F("maximum number of attendees","integer",["max attendees","capacity","maximum attendees"]),N("en")],["session","event"]),
  E("Registration",[R("workshop","Workshop"),NAME("en"),F("email","email"),F("dietary needs","text",["diet","dietary requirements"],["long_text"]),N("en")],["attendee","sign-up","booking","participant"])],[("Workshop","Venue"),("Registration","Workshop")])
C("l55","en","I handle insurance claims for our fleet. Every claim relates to a vehicle and to a driver. For vehicles: registration, make, model. For drivers: name, licence number, phone. A claim has the incident date, a description, the estimated cost, photos and a status (open, approved, rejected, paid).",
 [E("Vehicle",[F("registration","text",["plate","name"]),F("make","text",["brand"]),F("model","text"),N("en")],["car"]),
  E("Driver",[NAME("en"),F("licence number","text",["license number","licence"]),F("phone","phone",["phone number"]),N("en")]),
  E("Claim",[R("vehicle","Vehicle"),R("driver","Driver"),F("incident date","date",["date"],["datetime"]),F("description","long_text",[],["text"]),F("estimated cost","money",["cost"]),F("photos","file",["photo"]),F("status","choice",options=["Open","Approved","Rejected","Paid"]),N("en")],["insurance claim"])],[("Claim","Vehicle"),("Claim","Driver")])
C("l56","en","The library wants to track reservations. A member reserves a book; the reservation has a date and a status (waiting, ready, collected, cancelled). Books have an ISBN, a title and an author. Members have a card number and a name.",
 [E("Book",[F("isbn","text"),F("title","text",["name"]),F("author","text",["writer"],["person"]),N("en")],["title"]),
  E("Member",[F("card number","text",["card","number"],["integer"]),NAME("en"),N("en")],["borrower","reader"]),
  E("Reservation",[R("member","Member"),R("book","Book"),F("date","date",["reservation date"],["datetime"]),F("status","choice",options=["Waiting","Ready","Collected","Cancelled"]),N("en")],["hold","booking"])],[("Reservation","Member"),("Reservation","Book")])
C("l57","fr","Nous gérons les stages des étudiants. Chaque stage se déroule dans une entreprise et est suivi par un tuteur. Les entreprises ont un nom, une ville et un contact. Les tuteurs ont un nom et un email. Pour chaque stage : l'étudiant, la date de début, la date de fin et la note finale.",
 [E("Stage",[R("entreprise","Entreprise"),R("tuteur","Tuteur"),F("étudiant","text",["stagiaire","nom de l'étudiant"],["person"]),F("date de début","date",["début"]),F("date de fin","date",["fin"]),F("note finale","decimal",["note"],["integer","text"]),N("fr")],["internship"]),
  E("Entreprise",[NAME("fr"),F("ville","text"),F("contact","text",["personne de contact"],["person","email"]),N("fr")],["société"]),
  E("Tuteur",[NAME("fr"),F("email","email",["e-mail","courriel"]),N("fr")],["encadrant"])],[("Stage","Entreprise"),("Stage","Tuteur")])
C("l58","fr","Gestion des sinistres : chaque sinistre est déclaré par un client et concerne un contrat. Clients : nom, téléphone, email. Contrats : numéro, type (auto, habitation, santé), date de début. Pour un sinistre on note la date, la description et le montant estimé.",
 [E("Sinistre",[R("client","Client"),R("contrat","Contrat"),F("date","date",["date du sinistre"],["datetime"]),F("description","long_text",[],["text"]),F("montant estimé","money",["montant"]),N("fr")],["déclaration"]),
  E("Client",[NAME("fr"),F("téléphone","phone"),F("email","email",["e-mail","courriel"]),N("fr")],["assuré"]),
  E("Contrat",[F("numéro","text",["numéro de contrat","nom"],["integer"]),F("type","choice",options=["Auto","Habitation","Santé"]),F("date de début","date",["début"]),N("fr")],["police"])],[("Sinistre","Client"),("Sinistre","Contrat")])
C("l59","fr","Je veux suivre les livraisons de nos magasins. Chaque livraison part d'un entrepôt vers un magasin. Entrepôts : nom, ville. Magasins : nom, adresse, responsable. Une livraison a une date, un nombre de palettes et un transporteur.",
 [E("Livraison",[R("entrepôt","Entrepôt"),R("magasin","Magasin"),F("date","date",[],["datetime"]),F("nombre de palettes","integer",["palettes"]),F("transporteur","text",[],["person"]),N("fr")]),
  E("Entrepôt",[NAME("fr"),F("ville","text"),N("fr")],["dépôt"]),
  E("Magasin",[NAME("fr"),F("adresse","text",[],["long_text"]),P("responsable",["gérant"]),N("fr")],["boutique"])],[("Livraison","Entrepôt"),("Livraison","Magasin")])
C("l60","fr","Pour le club de foot : les équipes (nom, catégorie, entraîneur), les joueurs (nom, date de naissance, équipe, poste) et les matchs (date, équipe, adversaire, score).",
 [E("Équipe",[NAME("fr"),F("catégorie","text",[],["choice"]),P("entraîneur",["coach"]),N("fr")]),
  E("Joueur",[NAME("fr"),F("date de naissance","date",["naissance"]),R("équipe","Équipe"),F("poste","text",[],["choice"]),N("fr")]),
  E("Match",[F("date","date",[],["datetime"]),R("équipe","Équipe"),F("adversaire","text"),F("score","text",[],["integer"]),N("fr")],["rencontre"])],[("Joueur","Équipe"),("Match","Équipe")])
C("l61","es","Llevamos el mantenimiento de ascensores. Cada ascensor está en un edificio. Los edificios tienen dirección y administrador. De cada ascensor guardamos el número de serie, la marca y la fecha de instalación. Cada revisión se hace a un ascensor y anotamos la fecha, el técnico y el resultado.",
 [E("Edificio",[F("dirección","text",["direccion","nombre"],["long_text"]),P("administrador"),N("es")]),
  E("Ascensor",[R("edificio","Edificio"),F("número de serie","text",["numero de serie"]),F("marca","text"),F("fecha de instalación","date",["instalación"]),N("es")],["elevador"]),
  E("Revisión",[R("ascensor","Ascensor"),F("fecha","date",[],["datetime"]),P("técnico",["tecnico"]),F("resultado","text",[],["long_text","choice"]),N("es")],["mantenimiento","inspección"])],[("Ascensor","Edificio"),("Revisión","Ascensor")])
C("l62","es","Queremos registrar qué voluntario atiende qué turno. Los turnos tienen fecha, hora de inicio y lugar. Los voluntarios tienen nombre, teléfono y correo. Para cada asignación guardamos si confirmó y las horas.",
 [E("Turno",[F("fecha","date",[],["datetime"]),F("hora de inicio","text",["inicio"],["datetime"]),F("lugar","text"),N("es")]),
  E("Voluntario",[NAME("es"),F("teléfono","phone",["telefono"]),F("correo","email",["email"]),N("es")]),
  E("Asignación",[R("voluntario","Voluntario"),R("turno","Turno"),F("confirmó","boolean",["confirmado","si confirmó"]),F("horas","decimal",[],["integer"]),N("es")],["asignacion"])],[("Asignación","Voluntario"),("Asignación","Turno")])
C("l63","es","Clientes: nombre, NIF, dirección.\nPresupuestos: número, cliente, fecha, importe, estado (enviado, aceptado, rechazado).\nFacturas: número, presupuesto, fecha, importe, pagada.",
 [E("Cliente",[NAME("es"),F("nif","text"),F("dirección","text",["direccion"],["long_text"]),N("es")]),
  E("Presupuesto",[F("número","text",["numero"],["integer"]),R("cliente","Cliente"),F("fecha","date"),F("importe","money"),F("estado","choice",options=["Enviado","Aceptado","Rechazado"]),N("es")]),
  E("Factura",[F("número","text",["numero"],["integer"]),R("presupuesto","Presupuesto"),F("fecha","date"),F("importe","money"),F("pagada","boolean"),N("es")])],[("Presupuesto","Cliente"),("Factura","Presupuesto")])
C("l64","de","Wir organisieren Sprachkurse. Jeder Kurs wird von einem Lehrer geleitet. Lehrer haben einen Namen, eine E-Mail und ihre Sprachen. Kurse haben eine Sprache, ein Niveau (A1, A2, B1, B2), einen Starttermin und einen Preis. Teilnehmer melden sich für einen Kurs an: Name, E-Mail, bezahlt ja/nein.",
 [E("Lehrer",[NAME("de"),F("E-Mail","email",["Email"]),F("Sprachen","text",[],["multi_choice","long_text"]),N("de")],["Lehrkraft"]),
  E("Kurs",[R("Lehrer","Lehrer"),F("Sprache","text",[],["choice"]),F("Niveau","choice",options=["A1","A2","B1","B2"]),F("Starttermin","date",["Start"]),F("Preis","money"),N("de")],["Sprachkurs"]),
  E("Teilnehmer",[R("Kurs","Kurs"),NAME("de"),F("E-Mail","email",["Email"]),F("bezahlt","boolean"),N("de")],["Anmeldung"])],[("Kurs","Lehrer"),("Teilnehmer","Kurs")])
C("l65","de","Für unsere Werkstatt: Kunden (Name, Telefon, E-Mail), Fahrzeuge (Kennzeichen, Marke, Kunde) und Aufträge (Fahrzeug, Datum, Arbeiten, Preis, erledigt).",
 [E("Kunde",[NAME("de"),F("Telefon","phone"),F("E-Mail","email",["Email"]),N("de")]),
  E("Fahrzeug",[F("Kennzeichen","text",["Name"]),F("Marke","text"),R("Kunde","Kunde"),N("de")],["Auto"]),
  E("Auftrag",[R("Fahrzeug","Fahrzeug"),F("Datum","date",[],["datetime"]),F("Arbeiten","long_text",["Arbeit"],["text"]),F("Preis","money"),F("erledigt","boolean"),N("de")],["Reparatur"])],[("Fahrzeug","Kunde"),("Auftrag","Fahrzeug")])
C("l66","de","Jede Wartung gehört zu einer Anlage. Anlagen haben eine Nummer, einen Standort und einen Hersteller. Bei jeder Wartung erfassen wir Datum, Techniker, Dauer in Stunden und Befund.",
 [E("Anlage",[F("Nummer","text",["Name"]),F("Standort","text"),F("Hersteller","text"),N("de")],["Maschine"]),
  E("Wartung",[R("Anlage","Anlage"),F("Datum","date",[],["datetime"]),P("Techniker"),F("Dauer","decimal",["Dauer in Stunden","Stunden"],["integer"]),F("Befund","long_text",["Ergebnis"],["text"]),N("de")],["Wartungseinsatz"])],[("Wartung","Anlage")])

# ---------------- Third wave: kinds that must not be split or invented (written before running) ----------------
C("l67","en","Our IT helpdesk needs a ticket system. When something breaks, staff raise an incident with a title, a description, the urgency (low, medium, high) and the affected system. The requester and the assigned technician should be recorded, plus the date it was resolved.",
 [E("Incident",[F("title","text",["summary"]),F("description","long_text",[],["text"]),F("urgency","choice",["priority"],options=["Low","Medium","High"]),F("affected system","text",["system"],["choice","reference"]),P("requester",["reported by","raised by"]),P("assigned technician",["technician","assigned to","assignee"]),F("resolved date","date",["date it was resolved","resolved on","resolved"],["datetime"]),F("status","choice",[],["boolean"],optional=True),F("reported on","date",["date","opened on"],["datetime"],optional=True),N("en")],["ticket","issue","helpdesk ticket"])])
C("l68","en","I need an app for holiday requests. Each employee asks for days off with the start date, the end date and the reason, and their manager approves or rejects it.",
 [E("Holiday request",[P("employee",["requested by","requester"]),F("start date","date",["from"]),F("end date","date",["to"]),F("reason","text",[],["long_text","choice"]),P("manager",["approver","approved by"]),F("status","choice",["approval","decision"],["boolean"]),F("number of days","decimal",["days"],["integer"],optional=True),N("en")],["leave request","request","time off","holiday","absence"])])
C("l69","en","We need a list of suppliers with contact details, and every purchase order goes to one of them with a date, an amount and the requester.",
 [E("Supplier",[NAME("en"),F("contact details","text",["contact","email","phone"],["long_text","email","phone"]),N("en")],["vendor"]),
  E("Purchase order",[R("supplier","Supplier"),F("date","date",["order date"],["datetime"]),F("amount","money",["total"]),P("requester",["requested by"]),F("status","choice",[],optional=True),N("en")],["order","po"])],[("Purchase order","Supplier")])
C("l70","en","Track our training sessions: the course title, the trainer, the date and the room. The trainer is always one of our staff.",
 [E("Training session",[F("course title","text",["title","course","name"]),P("trainer",["instructor"]),F("date","date",[],["datetime"]),F("room","text",["location","venue"],["choice"]),F("attendees","long_text",["participants"],["text","integer"],optional=True),N("en")],["session","training","course"])])
C("l71","en","Expense claims: each claim has the employee, the date, the amount, the category and a receipt photo; the approver signs it off.",
 [E("Expense claim",[P("employee",["claimant","submitted by"]),F("date","date",["expense date"]),F("amount","money"),F("category","choice",[],["text"]),F("receipt photo","file",["receipt","photo"]),P("approver",["approved by","signed off by"]),F("status","choice",["approved","approval"],["boolean"],optional=True),N("en")],["claim","expense"])])
C("l72","en","We keep a register of our vehicles (plate, model, next service date) and a log of fuel fill-ups: vehicle, date, litres, cost, driver.",
 [E("Vehicle",[F("plate","text",["registration","name"]),F("model","text"),F("next service date","date",["next service"]),N("en")],["car","van"]),
  E("Fuel fill-up",[R("vehicle","Vehicle"),F("date","date",[],["datetime"]),F("litres","decimal",["liters"],["integer"]),F("cost","money",["price","amount"]),P("driver"),N("en")],["fill-up","refuel","fuel log","fuel"])],[("Fuel fill-up","Vehicle")])
C("l73","en","A visitor log for reception: visitor name, company, who they are visiting, arrival time, departure time, badge number.",
 [E("Visit",[F("visitor name","text",["name","visitor"],["person"]),F("company","text"),P("host",["who they are visiting","visiting","person visited"]),F("arrival time","datetime",["arrival","time in","signed in"],["date","text"]),F("departure time","datetime",["departure","time out","signed out"],["date","text"]),F("badge number","text",["badge"],["integer"]),N("en")],["visitor","visitor log entry","entry"])])
C("l74","en","Customer complaints tracker. A complaint comes from a customer and is about an order. Customers have a name and an email; orders have a number and a date. For each complaint: the description, the date received, the status (new, investigating, resolved) and who handles it.",
 [E("Complaint",[R("customer","Customer"),R("order","Order"),F("description","long_text",[],["text"]),F("date received","date",["received on","date"],["datetime"]),F("status","choice",options=["New","Investigating","Resolved"]),P("handled by",["who handles it","handler","assigned to"]),N("en")],["customer complaint"]),
  E("Customer",[NAME("en"),F("email","email"),N("en")],["client"]),
  E("Order",[F("number","text",["order number","name"],["integer"]),F("date","date",["order date"],["datetime"]),N("en")])],[("Complaint","Customer"),("Complaint","Order")])

out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"link-probe-draft.jsonl")
with open(out,"w") as f:
    for c in cases: f.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)

# Session 7, helper d1: fields in pasted, half-structured notes -- headings followed by items, "Key: value"
# lines whose key is the field, dashes and bullets with details in parentheses or after a dash, tab / pipe /
# slash / semicolon column headers, numbered lists, items split over lines, lines mixing kinds ("per crew
# member: name, role"), sentences listing fields without commas, fields asked as questions.
# Two sets, written from general knowledge BEFORE running the engine on them, different domains and wording:
#   s7-d1-dev.jsonl   (developed on)      s7-d1-check.jsonl (scored before/after, misses never read)
# Run: python3 /work/shared/bench/score.py draft bench/drafting/s7-d1-dev.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(name, type, aliases=(), alt=(), optional=False, options=None, target=None):
    d={"name":name,"aliases":list(aliases),"type":type,"alt_types":list(alt)}
    if optional: d["optional"]=True
    if options: d["options"]=options
    if target: d["target"]=target
    return d
def E(name, fields, aliases=()): return {"name":name,"aliases":list(aliases),"fields":fields+[N()]}
def N(): return F("notes","long_text",["notizen","bemerkungen","anmerkungen","kommentar","remarques","commentaires","notas","observaciones","comentarios","comments","remarks"],["text"],optional=True)
def T(name, al=(), alt=()): return F(name,"text",al,alt)
def P(name, al=()): return F(name,"person",al,["text"])
def R(name, target, al=()): return F(name,"reference",al,target=target)
def D(name, al=()): return F(name,"date",al,["datetime"])
def DT(name, al=()): return F(name,"datetime",al,["date","text"])
def TM(name, al=()): return F(name,"datetime",al,["text","date"])
def M(name, al=()): return F(name,"money",al,["decimal"])
def I(name, al=(), alt=("decimal",)): return F(name,"integer",al,alt)
def DEC(name, al=()): return F(name,"decimal",al,["integer"])
def B(name, al=()): return F(name,"boolean",al,["choice"])
def CH(name, opts, al=(), alt=()): return F(name,"choice",al,alt,options=opts)
def EM(name="email", al=()): return F(name,"email",list(al)+["email","e-mail","mail","correo","adresse mail","courriel","email address"])
def PH(name, al=()): return F(name,"phone",list(al)+["telefon","téléphone","teléfono","phone","phone number"])
def FI(name, al=()): return F(name,"file",al,["url"])
def LT(name, al=(), alt=("text",)): return F(name,"long_text",al,alt)
sets={"dev":[],"check":[]}
def C(s,id,lang,prompt,entities,relations=()):
    sets[s].append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":"s7-d1 pasted notes"})

# ======================= dev =======================
C("dev","s7d1e01","en","Equipment loans for the AV cupboard\n\nRequests:\n- borrower (staff or student)\n- item (projector, mic, camera...)\n- date taken\n- due date (when it must be back)\n- returned? (tick when back)\n- condition on return - fine / damaged",
 [E("Loan",[P("Borrower"),T("Item",["equipment"],["choice"]),D("Date taken",["taken","date out","loan date"]),D("Due date",["due","due back"]),B("Returned"),CH("Condition on return",["Fine","Damaged"],["condition"])],["equipment loan","av loan"])])
C("dev","s7d1e02","en","Can you turn our visitor sign-in sheet into an app? Each line of the sheet looks like this:\n\nVisitor: Tom Baker\nCompany: Acme Ltd\nHost: Priya (facilities)\nArrival: 09:40\nDeparture: 11:15\nBadge no.: 27\nCar reg: optional",
 [E("Visit",[T("Visitor",["visitor name","name"],["person"]),T("Company"),P("Host"),TM("Arrival",["arrival time","arrived"]),TM("Departure",["departure time","left"]),I("Badge number",["badge no","badge"],("text",)),T("Car registration",["car reg","registration"])],["visitor","sign-in","visitor sign-in","sign in"])])
C("dev","s7d1e03","en","fuel log for the vans - this is our spreadsheet header, please keep the same columns\n\ndate | van | driver | litres | price per litre | total cost | odometer | station",
 [E("Fuel log entry",[D("Date"),T("Van",["vehicle"]),P("Driver"),DEC("Litres",["liters","litres"]),M("Price per litre",["price"]),M("Total cost",["cost","total"]),I("Odometer",["mileage","odometer reading"]),T("Station",["fuel station"])],["fuel log","refuel","fill-up","fuel"])])
C("dev","s7d1e04","en","## Training sessions\n1. course title\n2. trainer\n3. date and start time\n4. room\n5. max places\n\n## Attendees\n1. name\n2. team\n3. which session\n4. attended (yes/no)",
 [E("Training session",[T("Course title",["title","course"]),P("Trainer"),DT("Date and start time",["start time","date","start"]),T("Room"),I("Max places",["places","capacity","maximum places"])],["session","training"]),
  E("Attendee",[T("Name"),T("Team"),R("Session","Training session",["training session"]),B("Attended")],["participant"])],[("Attendee","Training session")])
C("dev","s7d1e05","en","Meeting room bookings. For every booking I need to know: who's booking? which room? what day and what time? how many people? do they need catering?",
 [E("Booking",[P("Booked by",["who","booker","person booking"]),T("Room"),DT("Date and time",["day and time","date","time","when"]),I("Number of people",["people","attendees","headcount"]),B("Catering",["catering needed","needs catering"])],["meeting room booking","room booking"])])
C("dev","s7d1e06","en","we run a small repair cafe and for every item that comes in we note the owner the item the fault whether we fixed it and the date it came in. nothing fancy",
 [E("Repair",[P("Owner"),T("Item"),LT("Fault",["problem","issue"]),B("Fixed"),D("Date received",["date in","date it came in","date"])],["item","repair job"])])
C("dev","s7d1e07","en","Site inspections\nfor each inspection: site, inspector, date, score out of 10, photos\nfor each site: name, address, manager",
 [E("Inspection",[R("Site","Site"),P("Inspector"),D("Date"),I("Score",["score out of 10"]),FI("Photos",["photo"])],["site inspection"]),
  E("Site",[T("Name"),LT("Address",(),("text",)),P("Manager")])],[("Inspection","Site")])
C("dev","s7d1e08","en","Here are the columns from our volunteer rota sheet:\nName\tPhone\tShift date\tShift start\tShift end\tRole\tConfirmed\nRole is one of kitchen, front desk, driver.",
 [E("Shift",[T("Name",["volunteer","volunteer name"],["person"]),PH("Phone"),D("Shift date",["date"]),TM("Shift start",["start","start time"]),TM("Shift end",["end","end time"]),CH("Role",["Kitchen","Front desk","Driver"]),B("Confirmed")],["volunteer shift","rota entry","rota","volunteer"])])
C("dev","s7d1e09","en","Hi both,\n\nFollowing on from Monday, here's what the IT access request form should capture.\n\nREQUESTER DETAILS\nname, department,\nline manager\n\nACCESS\nsystem requested (CRM, payroll, HR portal or other)\naccess level - read only or edit\nstart date\nend date (leave blank if permanent)\nreason\n\nThanks, Sam",
 [E("Access request",[T("Name",["requester","requester name"],["person"]),T("Department"),P("Line manager",["manager"]),CH("System requested",["CRM","Payroll","HR portal","Other"],["system"]),CH("Access level",["Read only","Edit"]),D("Start date"),D("End date"),LT("Reason")],["it access request","request"])])
C("dev","s7d1e10","en","Plot allocation for the community garden\n\n* Plots - number, size (small / medium / large), has water tap?\n* Members - name, email, phone, date joined\n* each plot goes to one member at a time",
 [E("Plot",[T("Number",["plot number"],["integer"]),CH("Size",["Small","Medium","Large"]),B("Water tap",["has water tap","tap"]),R("Member","Member",["allocated to","holder"])],["garden plot"]),
  E("Member",[T("Name"),EM(),PH("Phone"),D("Date joined",["joined","join date"])])],[("Plot","Member")])
C("dev","s7d1e11","en","Translation jobs\nClient: who ordered it\nLanguage pair: e.g. EN>FR\nWord count: number\nDeadline: date\nTranslator: one of our freelancers\nRate: per word, in euros\nStatus: new, in progress, delivered, invoiced",
 [E("Translation job",[T("Client",["customer"],["person"]),T("Language pair",["languages"]),I("Word count",["words"]),D("Deadline",["due date"]),P("Translator"),M("Rate",["rate per word"]),CH("Status",["New","In progress","Delivered","Invoiced"])],["job","translation"])])
C("dev","s7d1f01","fr","Suivi des prêts de matériel photo\n\nÀ noter pour chaque prêt :\n- l'emprunteur (nom et prénom)\n- le matériel (boîtier, objectif, trépied…)\n- date de sortie\n- date de retour prévue\n- rendu ? (oui/non)\n- état au retour - bon / abîmé",
 [E("Prêt",[P("Emprunteur"),T("Matériel",[],["choice"]),D("Date de sortie",["sortie"]),D("Date de retour prévue",["retour prévu","date de retour"]),B("Rendu"),CH("État au retour",["Bon","Abîmé"],["état"])],["pret de materiel"])])
C("dev","s7d1f02","fr","Registre des interventions chaudière, voici nos colonnes actuelles :\nDate | Bâtiment | Technicien | Type d'intervention | Durée (h) | Pièces changées | Coût",
 [E("Intervention",[D("Date"),T("Bâtiment"),P("Technicien"),T("Type d'intervention",["type"],["choice"]),DEC("Durée",["durée h","heures"]),LT("Pièces changées",["pièces"]),M("Coût")],["intervention chaudière"])])
C("dev","s7d1f03","fr","Inscriptions aux ateliers du samedi\n1. Quel atelier ?\n2. Nom de l'enfant\n3. Âge\n4. Téléphone d'un parent\n5. Allergies éventuelles\n6. A payé ? oui / non",
 [E("Inscription",[T("Atelier"),T("Nom de l'enfant",["enfant","nom"]),I("Âge"),PH("Téléphone d'un parent",["téléphone du parent","téléphone parent"]),LT("Allergies",["allergies éventuelles"]),B("Payé",["a payé"])],["inscription atelier"])])
C("dev","s7d1f04","fr","Fiche réclamation client\nClient : nom de la société\nDate de réception : date\nCanal : téléphone, mail ou courrier\nDescription : texte libre\nGravité : faible, moyenne, forte\nResponsable : quelqu'un du service qualité\nClôturée : oui/non",
 [E("Réclamation",[T("Client",["société","nom de la société"]),D("Date de réception",["réception"]),CH("Canal",["Téléphone","Mail","Courrier"]),LT("Description"),CH("Gravité",["Faible","Moyenne","Forte"]),P("Responsable"),B("Clôturée")],["réclamation client","fiche réclamation"])])
C("dev","s7d1f05","fr","SALLES\nnom, étage, capacité, vidéoprojecteur oui/non\n\nRÉSERVATIONS\nsalle, date, heure de début, heure de fin, organisateur, objet de la réunion",
 [E("Salle",[T("Nom"),T("Étage",[],["integer"]),I("Capacité"),B("Vidéoprojecteur")]),
  E("Réservation",[R("Salle","Salle"),D("Date"),TM("Heure de début",["début"]),TM("Heure de fin",["fin"]),P("Organisateur"),T("Objet de la réunion",["objet"],["long_text"])])],[("Réservation","Salle")])
C("dev","s7d1s01","es","Control de préstamos de la biblioteca del cole\n\nDatos por préstamo:\n- alumno (nombre completo)\n- libro (título)\n- fecha de préstamo\n- fecha de devolución (15 días después)\n- devuelto sí/no",
 [E("Préstamo",[T("Alumno",["nombre del alumno"],["person"]),T("Libro",["título"]),D("Fecha de préstamo"),D("Fecha de devolución"),B("Devuelto")])])
C("dev","s7d1s02","es","Estas son las columnas que usamos en la hoja de gastos:\nFecha\tEmpleado\tConcepto\tImporte\tIVA\tTicket (foto)\tAprobado",
 [E("Gasto",[D("Fecha"),P("Empleado"),T("Concepto"),M("Importe"),M("IVA"),FI("Ticket",["foto del ticket"]),B("Aprobado")],["hoja de gastos"])])
C("dev","s7d1s03","es","Para las visitas guiadas necesito saber: ¿qué grupo viene? ¿cuántas personas? ¿qué día y a qué hora? ¿qué guía les toca? ¿en qué idioma? (español, inglés o francés)",
 [E("Visita guiada",[T("Grupo"),I("Número de personas",["personas","cuántas personas"]),DT("Fecha y hora",["día y hora","fecha","día"]),P("Guía"),CH("Idioma",["Español","Inglés","Francés"])],["visita"])])
C("dev","s7d1s04","es","Ficha de mantenimiento de vehículos\nMatrícula: 1234 ABC\nModelo: Ford Transit\nKilómetros: 84.500\nÚltima revisión: 12/03\nPróxima ITV: fecha\nTaller: nombre del taller",
 [E("Vehículo",[T("Matrícula"),T("Modelo"),I("Kilómetros",["km"]),D("Última revisión"),D("Próxima ITV",["itv"]),T("Taller")],["ficha de mantenimiento","mantenimiento","ficha"])])
C("dev","s7d1s05","es","1) Socios: nombre, DNI, teléfono, fecha de alta\n2) Cuotas: socio, mes, importe, pagada o no",
 [E("Socio",[T("Nombre"),T("DNI"),PH("Teléfono"),D("Fecha de alta",["alta"])]),
  E("Cuota",[R("Socio","Socio"),T("Mes",[],["date","choice"]),M("Importe"),B("Pagada")])],[("Cuota","Socio")])
C("dev","s7d1g01","de","Schlüsselausgabe Hausmeisterei\n\nPro Ausgabe festhalten:\n- Schlüsselnummer (steht auf dem Anhänger)\n- an wen ausgegeben\n- Ausgabedatum\n- Rückgabe bis (Datum)\n- zurückgegeben? ja/nein",
 [E("Schlüsselausgabe",[T("Schlüsselnummer",["schlüssel"]),P("Ausgegeben an",["an wen","empfänger"]),D("Ausgabedatum"),D("Rückgabe bis",["rückgabedatum","rückgabe"]),B("Zurückgegeben")],["ausgabe"])])
C("dev","s7d1g02","de","Messprotokoll Kühlräume – Spalten wie bisher:\nDatum | Uhrzeit | Kühlraum | Temperatur (°C) | Geprüft von | Auffällig ja/nein",
 [E("Messung",[D("Datum"),TM("Uhrzeit"),T("Kühlraum"),DEC("Temperatur"),P("Geprüft von",["prüfer"]),B("Auffällig")],["messprotokoll","protokoll","eintrag"])])
C("dev","s7d1g03","de","Reklamationen\nKunde: Firmenname\nEingang: Datum\nArtikelnummer: aus dem Lieferschein\nMenge: Stückzahl\nGrund: defekt, falsch geliefert, zu spät\nBearbeiter: wer es übernimmt",
 [E("Reklamation",[T("Kunde",["firmenname"]),D("Eingang",["eingangsdatum"]),T("Artikelnummer"),I("Menge",["stückzahl"]),CH("Grund",["Defekt","Falsch geliefert","Zu spät"]),P("Bearbeiter")])])
C("dev","s7d1g04","de","Fahrradwerkstatt – was wir pro Auftrag wissen müssen:\nWem gehört das Rad? Was ist kaputt? Wann wurde es abgegeben? Bis wann soll es fertig sein? Was hat es gekostet?",
 [E("Auftrag",[P("Besitzer",["eigentümer","kunde","wem gehört das rad"]),LT("Schaden",["beschreibung","defekt","was ist kaputt"]),D("Abgabedatum",["abgegeben am","abgabe"]),D("Fertig bis",["fertigstellung","termin"]),M("Kosten",["preis"])],["reparaturauftrag","reparatur"])])

# ======================= check =======================
C("check","s7d1ce01","en","Boat moorings\n\nWhat we track:\n• berth number\n• boat name\n• owner (one of our members)\n• length in metres\n• paid until (date)\n• insurance checked - yes/no",
 [E("Mooring",[T("Berth number",["berth"]),T("Boat name",["boat"]),P("Owner"),DEC("Length",["length in metres"]),D("Paid until"),B("Insurance checked",["insurance"])],["berth","boat"])])
C("check","s7d1ce02","en","Choir attendance sheet columns: Singer / Voice part / Rehearsal date / Present / Apologies sent\nvoice part = soprano, alto, tenor or bass",
 [E("Attendance",[T("Singer",[],["person"]),CH("Voice part",["Soprano","Alto","Tenor","Bass"],["part","voice"]),D("Rehearsal date",["date","rehearsal"]),B("Present"),B("Apologies sent",["apologies"])],["choir attendance","attendance record"])])
C("check","s7d1ce03","en","Pharmacy stock checks. PER CHECK: Product | Batch | Expiry | Qty on shelf | Checked by | Date",
 [E("Stock check",[T("Product"),T("Batch",["batch number"]),D("Expiry",["expiry date"]),I("Quantity on shelf",["qty on shelf","quantity","qty"]),P("Checked by"),D("Date")],["check"])])
C("check","s7d1ce04","en","Our lost property book has these boxes, can we copy them?\nItem found: black umbrella\nWhere: bus 42, back seat\nFound on: 3 March\nFound by: driver name\nClaimed: no\nClaimed by: (name + phone)",
 [E("Lost item",[T("Item found",["item"]),T("Where",["location","where found"]),D("Found on",["date found"]),P("Found by"),B("Claimed"),P("Claimed by")],["lost property","found item","item"])])
C("check","s7d1ce05","en","Hiking club outings - please make the app hold:\n1. the route name\n2. the date\n3. the leader\n   (a member of the club)\n4. distance in km\n5. difficulty\n   easy, moderate or hard\n6. max number of walkers",
 [E("Outing",[T("Route name",["route"]),D("Date"),P("Leader"),DEC("Distance",["distance in km","km"]),CH("Difficulty",["Easy","Moderate","Hard"]),I("Max number of walkers",["max walkers","maximum walkers","walkers"])],["hike","walk"])])
C("check","s7d1ce06","en","Adoption applications for the shelter. What we ask: Which animal? Applicant's name and email? Do they have a garden? Other pets at home? When can they collect? Approved or not?",
 [E("Adoption application",[T("Animal",["pet"]),T("Applicant's name",["applicant","applicant name","name"],["person"]),EM(),B("Garden",["has garden","have a garden"]),F("Other pets","boolean",["other pets at home"],["text","choice"]),D("Collection date",["collect","collection","when can they collect"]),B("Approved")],["application","adoption"])])
C("check","s7d1ce07","en","for each parking fine we write down the plate the street the date and time the amount and whether it was paid",
 [E("Parking fine",[T("Plate",["number plate","registration"]),T("Street"),DT("Date and time",["date","time"]),M("Amount",["fine amount"]),B("Paid")],["fine"])])
C("check","s7d1ce08","en","# Dental clinic\n## Patients\n- full name\n- date of birth\n- phone\n- insurer (optional)\n## Appointments\n- patient\n- dentist\n- date & time\n- treatment (check-up, filling, cleaning, extraction)\n- fee",
 [E("Patient",[T("Full name",["name"]),D("Date of birth",["birth date","dob"]),PH("Phone"),T("Insurer",["insurance"])]),
  E("Appointment",[R("Patient","Patient"),P("Dentist"),DT("Date and time",["date & time","date","time"]),CH("Treatment",["Check-up","Filling","Cleaning","Extraction"]),M("Fee",["price","cost"])])],[("Appointment","Patient")])
C("check","s7d1ce09","en","film shoot planning\nper shooting day: date, location, call time, director\nper crew member: name, role, day rate, phone",
 [E("Shooting day",[D("Date"),T("Location"),TM("Call time"),P("Director")],["shoot day","day"]),
  E("Crew member",[T("Name"),T("Role"),M("Day rate",["rate"]),PH("Phone")],["crew"])])
C("check","s7d1ce10","en","Wine cellar inventory, exported from the old sheet:\nWine\tVintage\tProducer\tRegion\tBottles\tPurchase price\tDrink by",
 [E("Wine",[T("Wine",["name","wine name"]),I("Vintage",["year"],("text",)),T("Producer"),T("Region"),I("Bottles",["number of bottles","quantity"]),M("Purchase price",["price"]),F("Drink by","date",["drink by date"],["integer","text"])],["bottle","cellar entry"])])
C("check","s7d1cf01","fr","Amarrages du port\n\nPour chaque bateau :\n- nom du bateau\n- propriétaire (nom + téléphone)\n- longueur (en mètres)\n- numéro de ponton\n- assurance à jour ? oui/non",
 [E("Bateau",[T("Nom du bateau",["nom"]),P("Propriétaire"),DEC("Longueur"),T("Numéro de ponton",["ponton"],["integer"]),B("Assurance à jour",["assurance"])],["amarrage"])])
C("check","s7d1cf02","fr","Demandes de congés. Ce qu'on veut savoir : qui fait la demande ? à partir de quand ? jusqu'à quand ? quel type de congé (payé, RTT, sans solde) ? qui a validé ?",
 [E("Demande de congé",[P("Demandeur",["qui","salarié","employé"]),D("Date de début",["début","à partir de"]),D("Date de fin",["fin","jusqu'à"]),CH("Type de congé",["Payé","RTT","Sans solde"],["type"]),P("Validé par",["validateur","valideur"])],["congé","demande"])])
C("check","s7d1cf03","fr","Stands du salon — colonnes du tableur : N° stand ; Exposant ; Surface (m²) ; Électricité (oui/non) ; Prix ; Payé",
 [E("Stand",[T("Numéro de stand",["n° stand","numéro","stand"]),T("Exposant"),DEC("Surface"),B("Électricité"),M("Prix"),B("Payé")])])
C("check","s7d1cf04","fr","Modèle de fiche pour les sorties scolaires\nClasse : CM1 B\nDestination : musée des Beaux-Arts\nDate : 14 mai\nAccompagnateurs : 3 parents\nCoût par élève : 6 €\nAutorisations reçues : oui/non",
 [E("Sortie scolaire",[T("Classe"),T("Destination"),D("Date"),I("Accompagnateurs",["nombre d'accompagnateurs"],("text",)),M("Coût par élève",["coût"]),B("Autorisations reçues",["autorisations"])],["sortie"])])
C("check","s7d1cf05","fr","pour chaque livraison on note le fournisseur la date le nombre de colis et qui a réceptionné",
 [E("Livraison",[T("Fournisseur"),D("Date"),I("Nombre de colis",["colis"]),P("Réceptionné par",["réceptionnaire","qui a réceptionné"])])])
C("check","s7d1cs01","es","Registro de entradas al almacén\n- proveedor\n- nº de albarán\n- fecha de entrada\n- bultos (cuántos)\n- recibido por (quién firma)\n- incidencias: sí/no",
 [E("Entrada",[T("Proveedor"),T("Número de albarán",["nº de albarán","albarán"]),D("Fecha de entrada",["fecha"]),I("Bultos",["número de bultos"]),P("Recibido por"),B("Incidencias")],["entrada al almacén","registro"])])
C("check","s7d1cs02","es","Citas de peluquería canina: ¿cómo se llama el perro? ¿raza? ¿teléfono del dueño? ¿qué servicio? (baño, corte, uñas) ¿qué día?",
 [E("Cita",[T("Nombre del perro",["perro","nombre"]),T("Raza"),PH("Teléfono del dueño",["teléfono"]),CH("Servicio",["Baño","Corte","Uñas"]),D("Fecha",["día"])],["cita de peluquería"])])
C("check","s7d1cs03","es","Inventario de herramientas. Columnas: código | herramienta | ubicación | estado (bien, reparar, baja) | última revisión",
 [E("Herramienta",[T("Código"),T("Herramienta",["nombre"]),T("Ubicación"),CH("Estado",["Bien","Reparar","Baja"]),D("Última revisión")])])
C("check","s7d1cs04","es","PROFESORES\nnombre, email, asignatura\n\nGUARDIAS\nprofesor, día, hora, aula",
 [E("Profesor",[T("Nombre"),EM(),T("Asignatura")]),
  E("Guardia",[R("Profesor","Profesor"),F("Día","date",["fecha"],["choice","text"]),TM("Hora"),T("Aula")])],[("Guardia","Profesor")])
C("check","s7d1cs05","es","Parte de incidencia\nFecha: \nZona: \nDescripción: \nGravedad: leve / grave\nFoto: adjuntar\nComunicado por: ",
 [E("Incidencia",[D("Fecha"),T("Zona"),LT("Descripción"),CH("Gravedad",["Leve","Grave"]),FI("Foto"),P("Comunicado por")],["parte","parte de incidencia"])])
C("check","s7d1cg01","de","Chorproben\n- Datum\n- Ort (Gemeindesaal oder Kirche)\n- Stücke, die geprobt werden\n- Anwesende Sänger (Anzahl)\n- Leitung (wer dirigiert)",
 [E("Chorprobe",[D("Datum"),CH("Ort",["Gemeindesaal","Kirche"]),LT("Stücke"),I("Anwesende Sänger",["anzahl sänger","sänger","anwesende"]),P("Leitung",["dirigent"])],["probe"])])
C("check","s7d1cg02","de","Werkzeugverleih: Werkzeug | Ausgeliehen an | Ausgabe | Rückgabe | Kaution (€) | Zustand",
 [E("Verleih",[T("Werkzeug"),P("Ausgeliehen an",["entleiher"]),D("Ausgabe",["ausgabedatum"]),D("Rückgabe",["rückgabedatum"]),M("Kaution"),T("Zustand",[],["choice","long_text"])],["werkzeugverleih","ausleihe"])])
C("check","s7d1cg03","de","Für die Weinproben brauchen wir: Welcher Wein? Welcher Jahrgang? Wie viele Gäste? Wer führt durch? Preis pro Person?",
 [E("Weinprobe",[T("Wein"),I("Jahrgang",[],("text",)),I("Anzahl Gäste",["gäste","gästezahl"]),P("Geführt von",["führung","wer führt durch","leitung"]),M("Preis pro Person",["preis"])])])
C("check","s7d1cg04","de","Vorlage Schadensmeldung\nFahrzeug: Kennzeichen\nDatum: wann passiert\nFahrer: Name\nSchaden: Beschreibung\nFotos: hochladen\nPolizei informiert: ja/nein",
 [E("Schadensmeldung",[T("Fahrzeug",["kennzeichen"]),D("Datum"),P("Fahrer"),LT("Schaden",["beschreibung"]),FI("Fotos"),B("Polizei informiert",["polizei"])],["schaden","meldung"])])

here=os.path.dirname(os.path.abspath(__file__))
for k,v in sets.items():
    with open(os.path.join(here,f"s7-d1-{k}.jsonl"),"w",encoding="utf-8") as f:
        for c in v: f.write(json.dumps(c,ensure_ascii=False)+"\n")
    print(k,len(v))

# Session 6, helper m2: messy requests -- phone-written lower case with typos and no punctuation,
# wordy e-mails (subject line, greeting, small talk, closing, signature), long German sentences.
# Four languages, new domains (van hire, dog grooming, lost and found, parking permits, foster cats,
# photo gear loans, waste register, coffee machine faults, allotments, key issue, kita pick-up ...).
# Written from general knowledge BEFORE running the engine on them.
# Run: python3 /work/shared/bench/score.py draft bench/drafting/s6-m2-messy-draft.jsonl --cmd "./toolsmith draft --jsonl"
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
def M(name, al=()): return F(name,"money",al,["decimal"])
def I(name, al=(), alt=("decimal",)): return F(name,"integer",al,alt)
def DEC(name, al=()): return F(name,"decimal",al,["integer"])
def B(name, al=()): return F(name,"boolean",al,["choice"])
def CH(name, opts, al=(), alt=()): return F(name,"choice",al,alt,options=opts)
def EM(name="email", al=()): return F(name,"email",list(al)+["email","e-mail","mail","correo","adresse mail","courriel","email address"])
def PH(name, al=()): return F(name,"phone",list(al)+["telefon","téléphone","teléfono","phone","phone number"])
def FI(name, al=()): return F(name,"file",al,["url"])
def U(name, al=()): return F(name,"url",al,["file","text"])
def LT(name, al=(), alt=("text",)): return F(name,"long_text",al,alt)
cases=[]
def C(id,lang,prompt,entities,relations=()):
    cases.append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":"s6-m2 messy"})

# ---------------- English ----------------
C("m2e01","en","hi need something to keep track of our van hires who booked it the van reg pick up date and return date milage at start and end and if theres any damage thx",
 [E("Van hire",[P("Booked by",["who booked","booker","customer","hirer"]),T("Van registration",["van reg","registration","van","reg"]),D("Pick up date",["pickup date","pick up"]),D("Return date",["return"]),I("Mileage at start",["start mileage","milage at start","mileage start"]),I("Mileage at end",["end mileage","milage at end","mileage end","end"]),B("Damage",["any damage","damaged"],)],["hire","booking","van"])])
C("m2e02","en","we run a small dog grooming place want to log apointments dog name owner name owners phnoe number breed date and time of the apointment and price also notes",
 [E("Appointment",[T("Dog name",["dog","name"]),T("Owner name",["owner"],["person"]),PH("Owner phone number",["owners phone number","owner phone","phone number"]),T("Breed"),DT("Date and time",["date","time","appointment date"]),M("Price")],["grooming appointment","booking"])])
C("m2e03","en","can u make a tool for tracking stock of our cleaning supplys - product name, supplier, how many we have left, reorder level and the last time we orderd",
 [E("Cleaning supply",[T("Product name",["product","name"]),T("Supplier"),I("Quantity",["how many we have left","stock","quantity left","in stock","left"]),I("Reorder level",["reorder"]),D("Last ordered",["last order date","last time we ordered","last order","ordered"])],["supply","product","stock item","item"])])
C("m2e04","en","lost and found at the front desk. item description where it was found date found who handed it in and whether its been collected",
 [E("Found item",[LT("Description",["item description","item"]),T("Where found",["location","found where","where it was found","place found","location found"]),D("Date found",["found on","date"]),F("Handed in by",'person',["who handed it in","finder"],["text"]),B("Collected",["been collected","picked up"])],["item","lost item","lost and found"])])
C("m2e05","en","need a list of our trainig sessions with title trainer date duration in hours max participants and a link to the slides",
 [E("Training session",[T("Title",["name"]),P("Trainer"),D("Date"),DEC("Duration in hours",["duration","hours"]),I("Max participants",["maximum participants","participants","capacity"]),U("Slides link",["link to the slides","slides","link"])],["session","training"])])
C("m2e06","en","Subject: bike repair log\n\nHello team,\n\nI hope you are all well. As discussed in Monday's meeting, I would like us to stop using the paper sheet for the bike workshop. For every repair we should record the customer's name, their phone number, the bike model, what's wrong with it, the estimated cost and the date they can pick it up. It would also be great to see whether the customer has paid.\n\nMany thanks,\nTom\nWorkshop Manager",
 [E("Repair",[T("Customer name",["customer","customer's name","name"],["person"]),PH("Phone number",["phone"]),T("Bike model",["model","bike"]),LT("Problem",["what's wrong","what is wrong","fault","issue","description"]),M("Estimated cost",["cost","estimate"]),D("Pick up date",["pickup date","collection date","date"]),B("Paid",["customer has paid","has paid"])],["bike repair","repair job","job"])])
C("m2e07","en","Dear IT,\n\nCould you please set up a simple register for the visitors' parking permits? We issue around twenty a week. Each permit should have the visitor's name, the car registration, the host employee, valid from and valid until dates, and the parking zone (A, B or C).\n\nKind regards,\nMaria Lopez\nFacilities",
 [E("Parking permit",[T("Visitor name",["visitor","visitor's name","name"],["person"]),T("Car registration",["registration","car reg","number plate"]),P("Host employee",["host","employee"]),D("Valid from",["from"]),D("Valid until",["until","valid to","expiry"]),CH("Parking zone",["A","B","C"],["zone"])],["permit","visitor parking permit"])])
C("m2e08","en","so basically we foster cats and i need to know which cat is with which foster family the cat has a name age colour and whether its vaccinated and the families have a name adress and phone",
 [E("Cat",[T("Name"),I("Age"),T("Colour",["color"]),B("Vaccinated"),R("Foster family","Foster family",["family"])]),
  E("Foster family",[T("Name",["family name"]),LT("Address",["adress"],["text"]),PH("Phone")],["family"])],[("Cat","Foster family")])
C("m2e09","en","pls make a sheet for equipment calibrations, equipmnet id, calibration date, next due date, calibrated by, result pass or fail and the certificate pdf",
 [E("Calibration",[T("Equipment ID",["equipment","equipment id","equipmnet id","asset"]),D("Calibration date",["date","calibrated on"]),D("Next due date",["next due","due date"]),P("Calibrated by",["technician"]),CH("Result",["Pass","Fail"],["outcome"],["boolean"]),FI("Certificate",["certificate pdf","certificate file"])],["equipment calibration"])])
C("m2e10","en","Hi Sam,\n\nhope you had a good weekend! Quick one: the volunteers keep asking me about their hours so I'd love a simple tracker. Every time someone volunteers we'd log their name, the date, which event it was, how many hours they did and whether they want it counted towards their award. Nothing fancy.\n\nCheers,\nAnna",
 [E("Volunteer shift",[P("Volunteer",["name","volunteer name","who"]),D("Date"),T("Event",["which event"]),DEC("Hours",["how many hours","hours worked","number of hours"]),B("Counts towards award",["counted towards award","award","counted"])],["shift","volunteering","volunteer hours","entry","log"])])
C("m2e11","en","our school library wants to log book donations who donated the book title author condition good ok or poor the date recieved and an emial to say thanks",
 [E("Book donation",[T("Donor",["who donated","donated by","donor name"],["person"]),T("Title",["book title","book"]),T("Author"),CH("Condition",["Good","OK","Poor"]),D("Date received",["received","date recieved","date"]),EM("Email",["donor email","emial"])],["donation","book"])])

# ---------------- French ----------------
C("m2f01","fr","salut jai besoin dun truc pour suivre les pret de materiel photo qui a emprunte quel appareil la date de sortie la date de retour prevue et letat au retour",
 [E("Prêt",[P("Emprunteur",["qui a emprunté","qui","emprunté par"]),T("Appareil",["matériel","quel appareil"]),D("Date de sortie",["sortie","date d'emprunt"]),D("Date de retour prévue",["date de retour","retour prévu","retour"]),T("État au retour",["état","etat au retour"],["long_text","choice"])],["prêt de matériel","emprunt","prêt matériel photo"])])
C("m2f02","fr","bonjour on voudrait gerer les inscriptions au club de foot des enfants nom prenom date de naissance categorie taille du maillot telephone des parents et si le certificat medical est fourni",
 [E("Inscription",[T("Nom"),T("Prénom"),D("Date de naissance",["naissance"]),T("Catégorie",[],["choice"]),CH("Taille du maillot",[],["taille","maillot"],["text"]),PH("Téléphone des parents",["téléphone","telephone des parents"]),B("Certificat médical fourni",["certificat médical","certificat"])],["enfant","joueur","inscription au club"])])
C("m2f03","fr","Objet : suivi des interventions\n\nBonjour à tous,\n\nSuite à notre réunion de mardi, je vous propose de remplacer le classeur des interventions par un petit outil. Pour chaque intervention il faudrait noter le site, le technicien, la date, la durée en heures, le matériel utilisé et si le client a signé le bon.\n\nBien cordialement,\nJulie Martin\nResponsable maintenance",
 [E("Intervention",[T("Site",["lieu"]),P("Technicien"),D("Date"),DEC("Durée en heures",["durée","heures"]),LT("Matériel utilisé",["matériel"],["text"]),B("Bon signé",["client a signé le bon","signé","bon"])])])
C("m2f04","fr","je gere les reservations de la salle de reunion faut savoir qui reserve quel jour heure de debut heure de fin nombre de personnes et si on a besoin du videoprojecteur",
 [E("Réservation",[P("Réservé par",["qui réserve","qui","demandeur"]),D("Jour",["date","quel jour"]),T("Heure de début",["début","heure debut"],["datetime"]),T("Heure de fin",["fin"],["datetime"]),I("Nombre de personnes",["personnes","participants"]),B("Vidéoprojecteur",["besoin du vidéoprojecteur","projecteur"])],["réservation de salle"])])
C("m2f05","fr","registre des dechets : type de dechet (papier, plastique, verre), poids en kilos, date d'enlevement, prestataire et numero du bordereau",
 [E("Déchet",[CH("Type de déchet",["Papier","Plastique","Verre"],["type"]),DEC("Poids en kilos",["poids"]),D("Date d'enlèvement",["enlèvement","date"]),T("Prestataire"),T("Numéro du bordereau",["bordereau","numéro"])],["enlèvement","registre des déchets","collecte"])])
C("m2f06","fr","on a des stagiaires tous les ans et jaimerais savoir leur nom leur ecole la date de debut la date de fin le tuteur et si la convention est signee merci",
 [E("Stagiaire",[T("Nom"),T("École",["ecole"]),D("Date de début",["début"]),D("Date de fin",["fin"]),P("Tuteur"),B("Convention signée",["convention"])],["stage"])])
C("m2f07","fr","Bonjour Marc,\n\nJ'espère que tu vas bien. Comme convenu au téléphone, je t'envoie ma demande : nous aimerions suivre les abonnements logiciels de l'équipe. Pour chaque abonnement, il nous faut le nom du logiciel, le fournisseur, le coût mensuel, la date de renouvellement, le responsable et le lien vers la facture.\n\nMerci d'avance et bonne journée,\nSophie",
 [E("Abonnement",[T("Nom du logiciel",["logiciel","nom"]),T("Fournisseur"),M("Coût mensuel",["coût","cout mensuel"]),D("Date de renouvellement",["renouvellement"]),P("Responsable"),U("Lien vers la facture",["facture","lien"])],["abonnement logiciel"])])

# ---------------- Spanish ----------------
C("m2s01","es","hola necesito algo para apuntar las averias de las maquinas de cafe cual maquina donde esta que le pasa fecha del aviso y si ya se arreglo",
 [E("Avería",[T("Máquina",["cuál máquina","maquina"]),T("Ubicación",["dónde está","donde esta","lugar"]),LT("Descripción",["qué le pasa","que le pasa","problema"]),D("Fecha del aviso",["fecha","aviso"]),B("Arreglada",["se arregló","arreglado","reparada"])],["averia","incidencia"])])
C("m2s02","es","queremos llevar el control de las donaciones nombre del donante email importe fecha y si quiere recibir certificado",
 [E("Donación",[T("Nombre del donante",["donante","nombre"],["person"]),EM("Email"),M("Importe"),D("Fecha"),B("Quiere certificado",["recibir certificado","certificado"])],["donacion"])])
C("m2s03","es","Asunto: inventario de portátiles\n\nBuenos días,\n\nOs escribo porque necesitamos controlar mejor los portátiles de la oficina. De cada portátil habría que guardar el número de serie, la marca, el modelo, la fecha de compra, a quién está asignado y el estado (nuevo, usado, averiado).\n\nUn saludo,\nCarlos\nDepartamento de sistemas",
 [E("Portátil",[T("Número de serie",["serie"]),T("Marca"),T("Modelo"),D("Fecha de compra",["compra"]),P("Asignado a",["a quién está asignado","asignado","usuario"]),CH("Estado",["Nuevo","Usado","Averiado"])],["portatil","ordenador"])])
C("m2s04","es","para el huerto comunitario quiero registrar las parcelas numero de parcela tamaño en metros quien la cultiva telefno y la cuota anual",
 [E("Parcela",[T("Número de parcela",["número","parcela"]),DEC("Tamaño en metros",["tamaño","superficie"]),P("Quién la cultiva",["cultivador","hortelano","quien la cultiva","responsable"]),PH("Teléfono",["telefno"]),M("Cuota anual",["cuota"])])])
C("m2s05","es","llevamos las horas extra del personal empleado fecha numero de horas motivo y quien lo aprobo",
 [E("Hora extra",[P("Empleado"),D("Fecha"),DEC("Número de horas",["horas"]),LT("Motivo",[],["text"]),P("Aprobado por",["quién lo aprobó","quien lo aprobo","aprobador"])],["horas extra","horas extras"])])
C("m2s06","es","Hola equipo:\n\nComo sabéis, cada mes recibimos muchas solicitudes de vacaciones y se nos pierden en el correo. Me gustaría una herramienta sencilla donde cada solicitud tenga el empleado, la fecha de inicio, la fecha de fin, el número de días y si el responsable la ha aprobado.\n\nGracias y un saludo,\nLucía",
 [E("Solicitud de vacaciones",[P("Empleado"),D("Fecha de inicio",["inicio"]),D("Fecha de fin",["fin"]),I("Número de días",["días"]),B("Aprobada",["aprobado","responsable la ha aprobado"])],["solicitud","vacaciones"])])
C("m2s07","es","tengo una academia de musica y kiero apuntar los alumnos nombre instrumento nivel principiante medio o avanzado telefono del padre o madre y el dia de clase",
 [E("Alumno",[T("Nombre"),T("Instrumento",[],["choice"]),CH("Nivel",["Principiante","Medio","Avanzado"]),PH("Teléfono del padre o madre",["teléfono","telefono del padre","teléfono de los padres"]),T("Día de clase",["día","dia de clase"],["choice"])],["estudiante"])])

# ---------------- German ----------------
C("m2d01","de","hallo wir brauchen was um die schlüssel zu verwalten welcher schlüssel an wen ausgegeben wurde wann er ausgegeben wurde und bis wann er zurück sein muss ausserdem die raumnummer",
 [E("Schlüsselausgabe",[T("Schlüssel",["welcher schlüssel","schlüsselnummer"]),P("Empfänger",["an wen","ausgegeben an","person"]),D("Ausgabedatum",["ausgegeben am","wann ausgegeben","ausgabe","datum"]),D("Rückgabedatum",["bis wann","zurück bis","rückgabe"]),T("Raumnummer",["raum"])],["schlüssel","ausgabe"])])
C("m2d02","de","Da wir in unserer Abteilung seit einiger Zeit immer wieder den Überblick darüber verlieren, welche Fortbildungen unsere Mitarbeiter besucht haben, hätten wir gerne eine Liste, in der zu jeder Fortbildung der Mitarbeiter, der Titel der Schulung, der Anbieter, das Datum, die Kosten und ob ein Zertifikat ausgestellt wurde festgehalten werden.",
 [E("Fortbildung",[P("Mitarbeiter"),T("Titel der Schulung",["titel","schulung"]),T("Anbieter"),D("Datum"),M("Kosten"),B("Zertifikat ausgestellt",["zertifikat"])],["schulung","weiterbildung"])])
C("m2d03","de","Betreff: Fahrzeugschäden\n\nHallo zusammen,\n\nwie besprochen möchte ich, dass wir Schäden an unseren Firmenwagen künftig sauber dokumentieren. Pro Schaden bräuchten wir das Kennzeichen, das Datum, den Fahrer, eine Beschreibung des Schadens, Fotos und die Reparaturkosten.\n\nViele Grüße\nStefan Maier\nFuhrparkleitung",
 [E("Schaden",[T("Kennzeichen"),D("Datum"),P("Fahrer"),LT("Beschreibung des Schadens",["beschreibung","schadensbeschreibung"]),FI("Fotos",["foto"]),M("Reparaturkosten",["kosten"])],["fahrzeugschaden","schadensmeldung"])])
C("m2d04","de","brauche ne liste für unsere kunden reklamationen mit kundenname bestellnummer datum grund der reklamation status offen in bearbeitung erledigt und wer zuständig ist",
 [E("Reklamation",[T("Kundenname",["kunde"],["person"]),T("Bestellnummer"),D("Datum"),LT("Grund der Reklamation",["grund"],["text"]),CH("Status",["Offen","In Bearbeitung","Erledigt"]),P("Zuständig",["zuständige person","wer zuständig ist","verantwortlich","bearbeiter"])],["kundenreklamation","beschwerde"])])
C("m2d05","de","für die kita möchten wir die abholberechtigten erfassen also name des kindes name der abholperson telefonnumer beziehung zum kind und ab wann die berechtigung gilt",
 [E("Abholberechtigung",[T("Name des Kindes",["kind"]),T("Name der Abholperson",["abholperson","name"],["person"]),PH("Telefonnummer",["telefonnumer"]),T("Beziehung zum Kind",["beziehung"]),D("Gültig ab",["ab wann","ab","berechtigung ab"])],["abholberechtigter","abholperson"])])
C("m2d06","de","wir wollen unsere getränke bestellungen fürs büro erfassen: artikel, menge, preis pro kiste, liefertermin und wer bestellt hat",
 [E("Bestellung",[T("Artikel",["getränk"]),I("Menge",["anzahl"]),M("Preis pro Kiste",["preis"]),D("Liefertermin",["lieferdatum"]),P("Besteller",["wer bestellt hat","bestellt von"])],["getränkebestellung"])])
C("m2d07","de","Guten Morgen Frau Schulz,\n\nvielen Dank für das nette Gespräch gestern. Wie versprochen schicke ich Ihnen kurz, was wir brauchen: Wir möchten die Wasserzählerstände in unseren Gebäuden monatlich erfassen, und zwar mit dem Gebäude, der Zählernummer, dem Ablesedatum, dem Zählerstand in Kubikmetern und dem Namen der Person, die abgelesen hat.\n\nMit freundlichen Grüßen\nJonas Weber",
 [E("Zählerstand",[T("Gebäude"),T("Zählernummer",["zähler"]),D("Ablesedatum",["datum"]),DEC("Zählerstand in Kubikmetern",["zählerstand","stand","kubikmeter"]),P("Abgelesen von",["name der person","ableser","person"])],["ablesung","wasserzählerstand"])])

out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"s6-m2-messy-draft.jsonl")
with open(out,"w") as f:
    for c in cases: f.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)

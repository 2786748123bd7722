# Session 4, drafting helper hD1: record kinds in English requests that name two to four kinds,
# where a child record (visits, sessions, lines, entries, readings, bookings, shifts ...) must be
# drafted as its own kind with its own fields and a link to its owner, and fields that name another
# drafted kind ("which supplier", "the customer", "for which project") must be references to it.
# Written from general knowledge BEFORE running the engine on them; varied departments and phrasings.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-d1-records-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(name, type, aliases=(), alt=(), optional=False, options=None, target=None):
    d={"name":name,"aliases":list(aliases),"type":type,"alt_types":list(alt)}
    if optional: d["optional"]=True
    if options: d["options"]=options
    if target: d["target"]=target
    return d
def E(name, fields, aliases=()): return {"name":name,"aliases":list(aliases),"fields":fields+[N()]}
def N(): return F("notes","long_text",["notes","comments","remarks","description"],["text"],optional=True)
def NAME(al=()): return F("name","text",list(al)+["name","title"])
def P(name, al=()): return F(name,"person",list(al),["text"])
def R(name, target, al=()): return F(name,"reference",list(al),target=target)
def D(name, al=()): return F(name,"date",list(al),["datetime"])
cases=[]
def C(id,prompt,entities,relations=()):
    cases.append({"id":id,"lang":"en","prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":""})

C("r01","We look after about forty rental flats. For each flat we keep the address, the number of bedrooms and the monthly rent. Every time a contractor comes round we log a repair visit with the date, the contractor, what was fixed and the cost.",
 [E("Flat",[F("address","text",["name"],["long_text"]),F("number of bedrooms","integer",["bedrooms"]),F("monthly rent","money",["rent"])],["apartment","property"]),
  E("Repair visit",[R("flat","Flat"),D("date",["visit date"]),F("contractor","text",["tradesman"],["person"]),F("what was fixed","long_text",["work done","repair","description"],["text"]),F("cost","money",["price"])],["visit","repair"])],[("Repair visit","Flat")])
C("r02","Our bakery takes wholesale orders from cafes. Each cafe has a name, a contact person and a phone number. An order is placed by a cafe for a delivery day, and each order has several lines, each with the product, the quantity and the unit price.",
 [E("Cafe",[NAME(),P("contact person",["contact"]),F("phone number","phone",["phone"])],["customer","client"]),
  E("Order",[R("cafe","Cafe"),D("delivery day",["delivery date","date"])],["wholesale order"]),
  E("Order line",[R("order","Order"),F("product","text",["item"]),F("quantity","integer",["qty"],["decimal"]),F("unit price","money",["price"])],["line","line item"])],[("Order","Cafe"),("Order line","Order")])
C("r03","We run evening language courses. Every course has a language, a level and a teacher, and it meets in several sessions, each on a date with a room. Learners sign up for a course and we note the date they signed up and whether they have paid.",
 [E("Course",[F("language","text",["name"],["choice"]),F("level","choice",["name"],["text"]),P("teacher",["tutor"])],["class"]),
  E("Session",[R("course","Course"),D("date"),F("room","text",["location"])],["lesson","meeting"]),
  E("Learner",[NAME()],["student","participant"]),
  E("Sign-up",[R("learner","Learner"),R("course","Course"),D("date signed up",["signup date","date","registration date"]),F("paid","boolean",["has paid","whether they have paid"])],["registration","enrolment","booking"])],
 [("Session","Course"),("Sign-up","Course"),("Sign-up","Learner")])
C("r04","The maintenance team wants a logbook for the boilers in our schools. Each school has a name and a caretaker. Every boiler sits in one school and has a make, a model and an install year. For every boiler we record services: the date, the engineer, the gas pressure reading and whether it passed.",
 [E("School",[NAME(),P("caretaker")]),
  E("Boiler",[R("school","School"),F("make","text",["name","brand"]),F("model","text"),F("install year","integer",["year installed","installation year"],["date"])]),
  E("Service",[R("boiler","Boiler"),D("date",["service date"]),P("engineer",["technician"]),F("gas pressure reading","decimal",["gas pressure","pressure"],["integer"]),F("passed","boolean",["result","pass"],["choice"])],["boiler service","service visit","inspection"])],
 [("Boiler","School"),("Service","Boiler")])
C("r05","I coordinate volunteers at a food bank. Volunteers have a name, a phone and the days they can usually help. We plan shifts with a date, a start time and a task, and volunteers book themselves onto shifts. When they book we want to know if they are bringing a car.",
 [E("Volunteer",[NAME(),F("phone","phone",["phone number"]),F("days available","multi_choice",["days they can help","availability","usual days"],["text","choice"])]),
  E("Shift",[D("date"),F("start time","datetime",["start","time"],["text"]),F("task","text",["job","role"],["choice"])]),
  E("Booking",[R("volunteer","Volunteer"),R("shift","Shift"),F("bringing a car","boolean",["car","has car"])],["shift booking","signup","sign-up"])],
 [("Booking","Volunteer"),("Booking","Shift")])
C("r06","We lend laptops to students. Laptops have an asset tag, a model and a condition (good, worn, broken). A loan is for one laptop and one student, with the date out, the date due back and the date returned. Students have a name, a student number and a class.",
 [E("Laptop",[F("asset tag","text",["tag","name"]),F("model","text"),F("condition","choice",options=["Good","Worn","Broken"])]),
  E("Loan",[R("laptop","Laptop"),R("student","Student"),D("date out",["loan date","lent on"]),D("date due back",["due date","due back"]),D("date returned",["returned on","return date"])]),
  E("Student",[NAME(),F("student number","text",["number"],["integer"]),F("class","text",["form","group"],["choice"])],["pupil"])],
 [("Loan","Laptop"),("Loan","Student")])
C("r07","Our lab gets samples from clients. Each client has a company name and an email. Samples come in with a reference code, the date received, the client who sent them and the sample type. For each sample we run several tests, and a test has the method, the result value, the analyst and the date.",
 [E("Client",[F("company name","text",["name","company"]),F("email","email")],["customer"]),
  E("Sample",[F("reference code","text",["code","reference","name"]),D("date received",["received on","received"]),R("client","Client",["sent by"]),F("sample type","text",["type"],["choice"])]),
  E("Test",[R("sample","Sample"),F("method","text",["test method"],["choice"]),F("result value","decimal",["result","value"],["text"]),P("analyst",["tested by"]),D("date",["test date"])],["analysis","test result"])],
 [("Sample","Client"),("Test","Sample")])
C("r08","We are a small charity that runs fundraising events. For every event we want the name, the date and the venue. Donors give money at events, so each donation has the donor, the event, the amount and whether gift aid applies. Donors have a name, an email and a postcode.",
 [E("Event",[NAME(),D("date",["event date"]),F("venue","text",["location","place"])],["fundraiser"]),
  E("Donation",[R("donor","Donor"),R("event","Event"),F("amount","money"),F("gift aid","boolean",["gift aid applies"])],["gift"]),
  E("Donor",[NAME(),F("email","email"),F("postcode","text",["post code","zip"])],["supporter"])],
 [("Donation","Donor"),("Donation","Event")])
C("r09","Help me track our delivery vans. Every van has a registration, a make and the date of its next MOT. Drivers fill in a daily check for the van they take out: which van, the driver, the date, the mileage and any defects they spotted.",
 [E("Van",[F("registration","text",["registration number","reg","plate","name"]),F("make","text",["make and model","model"]),D("next MOT",["MOT date","date of next MOT","MOT due"])],["vehicle"]),
  E("Daily check",[R("van","Van"),P("driver"),D("date",["check date"]),F("mileage","integer",["odometer","miles"],["decimal"]),F("defects","long_text",["defects spotted","any defects"],["text"])],["check","vehicle check","inspection"])],
 [("Daily check","Van")])
C("r10","We host a weekly pub quiz. Teams register with a team name and a captain's phone number. Each week there is a quiz night with a date and a quizmaster, and for every quiz night we record each team's score.",
 [E("Team",[F("team name","text",["name"]),F("captain's phone number","phone",["captain phone","phone"])]),
  E("Quiz night",[D("date"),P("quizmaster",["host"])],["quiz","night","week"]),
  E("Score",[R("quiz night","Quiz night",["quiz","night"]),R("team","Team"),F("score","integer",["points"],["decimal"])],["result","team score"])],
 [("Score","Quiz night"),("Score","Team")])
C("r11","I manage a co-working space. Members have a name, a company and a plan (hot desk, fixed desk, office). Meeting rooms have a name and a number of seats. Members book rooms: a booking has the member, the room, the start and the end.",
 [E("Member",[NAME(),F("company","text"),F("plan","choice",options=["Hot desk","Fixed desk","Office"])]),
  E("Meeting room",[NAME(),F("number of seats","integer",["seats","capacity"])],["room"]),
  E("Booking",[R("member","Member"),R("room","Meeting room",["meeting room"]),F("start","datetime",["start time","from"],["date"]),F("end","datetime",["end time","until"],["date"])],["room booking","reservation"])],
 [("Booking","Member"),("Booking","Meeting room")])
C("r12","Our HR team handles job applications. We advertise openings, each with a job title, a department and a closing date. Candidates apply to an opening; for every application we keep the candidate's name, email, CV and the stage it is at (new, interview, offer, rejected). Interviews are scheduled for applications, with a date, the interviewer and a score out of ten.",
 [E("Opening",[F("job title","text",["title","name"]),F("department","text",["team"],["choice"]),D("closing date",["deadline"])],["job opening","vacancy","job","position"]),
  E("Application",[R("opening","Opening",["job","vacancy"]),F("candidate name","text",["name","candidate"],["person"]),F("email","email"),F("CV","file",["resume"]),F("stage","choice",["status"],options=["New","Interview","Offer","Rejected"])],["job application","candidate"]),
  E("Interview",[R("application","Application"),F("date","datetime",["interview date"],["date"]),P("interviewer"),F("score","integer",["score out of ten","rating"],["decimal"])])],
 [("Application","Opening"),("Interview","Application")])
C("r13","We keep bees at several apiaries. Each apiary has a name and a location, and holds a number of hives. A hive has a number and the queen's year. Every time we open a hive we write an inspection: the date, the temperament, whether we saw the queen, and the frames of brood.",
 [E("Apiary",[NAME(),F("location","text",["address"])],["site","yard"]),
  E("Hive",[R("apiary","Apiary"),F("number","text",["hive number","name"],["integer"]),F("queen's year","integer",["queen year"],["text"])],["colony"]),
  E("Inspection",[R("hive","Hive"),D("date",["inspection date"]),F("temperament","text",[],["choice"]),F("queen seen","boolean",["saw the queen","whether we saw the queen"]),F("frames of brood","integer",["brood frames","brood"],["decimal"])],["hive inspection","check"])],
 [("Hive","Apiary"),("Inspection","Hive")])
C("r14","For the dental practice: patients have a name, a date of birth and an NHS number. Appointments have the patient, the dentist, the date and time and the reason. After each appointment, treatments done are listed, each with the treatment code, the tooth and the charge.",
 [E("Patient",[NAME(),D("date of birth",["dob","birth date"]),F("NHS number","text",["nhs no","number"])]),
  E("Appointment",[R("patient","Patient"),P("dentist"),F("date and time","datetime",["date","time"],["date"]),F("reason","text",[],["long_text"])],["visit"]),
  E("Treatment",[R("appointment","Appointment"),F("treatment code","text",["code"],["choice"]),F("tooth","text",["tooth number"],["integer"]),F("charge","money",["cost","price","fee"])],["treatment done","procedure"])],
 [("Appointment","Patient"),("Treatment","Appointment")])
C("r15","I run the allotment society. There are plots, each with a plot number and a size in square metres. Each plot is rented by one tenant, who has a name, an address and a phone. Tenants pay rent every year; a payment has the tenant, the year, the amount and the date paid.",
 [E("Plot",[F("plot number","text",["number","name"],["integer"]),F("size","decimal",["size in square metres","area"],["integer"]),R("tenant","Tenant")],["allotment"]),
  E("Tenant",[NAME(),F("address","text",[],["long_text"]),F("phone","phone",["phone number"])],["plot holder","member"]),
  E("Payment",[R("tenant","Tenant"),F("year","integer",[],["text"]),F("amount","money"),D("date paid",["paid on","payment date"])],["rent payment"])],
 [("Plot","Tenant"),("Payment","Tenant")])
C("r16","We need something for the IT helpdesk. Users raise tickets with a subject, a description and a priority (low, normal, urgent). A ticket can get many comments, each with the author, the time and the text. Tickets are assigned to a technician from the team.",
 [E("Ticket",[F("subject","text",["title","name"]),F("description","long_text",[],["text"]),F("priority","choice",options=["Low","Normal","Urgent"]),P("technician",["assigned to","assignee"]),P("raised by",["user","requester"])],["request","issue"]),
  E("Comment",[R("ticket","Ticket"),P("author",["by","who"]),F("time","datetime",["date"],["date"]),F("text","long_text",["comment","message"],["text"])],["reply","note"])],
 [("Comment","Ticket")])
C("r17","Our sports club has squads (under 12, under 14, seniors), each with a coach. Players belong to a squad and have a name, a date of birth and an emergency contact. For every match we want the date, the opponent, the squad that played and the final score.",
 [E("Squad",[NAME(["squad name"]),P("coach")],["team","group"]),
  E("Player",[R("squad","Squad"),NAME(),D("date of birth",["dob","birth date"]),F("emergency contact","text",["emergency contact number"],["phone","person"])]),
  E("Match",[D("date",["match date"]),F("opponent","text",["opposition"]),R("squad","Squad",["team"]),F("final score","text",["score","result"])],["game","fixture"])],
 [("Player","Squad"),("Match","Squad")])
C("r18","We rent out party equipment. Items have a name, a daily rate and a quantity owned. Customers hire several items at once: a hire has the customer's name and phone, the start date and the end date, and lists the items hired, with how many of each.",
 [E("Item",[NAME(),F("daily rate","money",["rate","price per day"]),F("quantity owned","integer",["quantity","stock"])],["equipment"]),
  E("Hire",[F("customer name","text",["customer","name"],["person"]),F("phone","phone",["customer phone"]),D("start date",["from"]),D("end date",["until","to"])],["rental","booking"]),
  E("Hire line",[R("hire","Hire"),R("item","Item"),F("quantity","integer",["how many","how many of each","number"])],["hired item","line","item hired","rental item"])],
 [("Hire line","Hire"),("Hire line","Item")])
C("r19","We want to track expenses per project. Projects have a code, a name and a budget. Each expense is charged to a project and has a date, a description, an amount and a receipt.",
 [E("Project",[F("code","text",["project code"]),NAME(),F("budget","money")]),
  E("Expense",[R("project","Project"),D("date"),F("description","text",[],["long_text"]),F("amount","money"),F("receipt","file")],["expense claim","cost"])],
 [("Expense","Project")])
C("r20","I want to organise our conference. There are several tracks, each with a name and a room. Talks are given in a track, with a title, a speaker, a start time and a length in minutes. Speakers have a name, a bio and a photo.",
 [E("Track",[NAME(),F("room","text",["venue"])],["stream"]),
  E("Talk",[R("track","Track"),F("title","text",["name"]),R("speaker","Speaker"),F("start time","datetime",["start","time"],["text"]),F("length","integer",["length in minutes","duration","minutes"],["decimal"])],["session","presentation"]),
  E("Speaker",[NAME(),F("bio","long_text",["biography"],["text"]),F("photo","file",["picture","headshot"])])],
 [("Talk","Track"),("Talk","Speaker")])
C("r21","The warehouse receives deliveries from suppliers. Suppliers have a name and an account number. A delivery comes from one supplier and has a delivery note number, the date it arrived and who signed for it. Every delivery contains a list of products with the quantity received and the batch number.",
 [E("Supplier",[NAME(),F("account number","text",["account"])],["vendor"]),
  E("Delivery",[R("supplier","Supplier"),F("delivery note number","text",["delivery note","note number","number"]),D("date arrived",["arrival date","date","received on"]),P("signed for by",["who signed for it","signed by","received by"])],["goods receipt","receipt"]),
  E("Delivery line",[R("delivery","Delivery"),F("product","text",["item"],["reference"]),F("quantity received","integer",["quantity"],["decimal"]),F("batch number","text",["batch","lot number"])],["line","delivery item","product line","received product"])],
 [("Delivery","Supplier"),("Delivery line","Delivery")])
C("r22","For the choir: singers have a name, a voice part (soprano, alto, tenor, bass) and an email. We hold rehearsals on set dates at a venue, and we want to mark who attended each rehearsal.",
 [E("Singer",[NAME(),F("voice part","choice",["voice","part"],options=["Soprano","Alto","Tenor","Bass"]),F("email","email")],["member","chorister"]),
  E("Rehearsal",[D("date"),F("venue","text",["location","place"])],["practice"]),
  E("Attendance",[R("singer","Singer"),R("rehearsal","Rehearsal")],["attendance record","attendee","present"])],
 [("Attendance","Singer"),("Attendance","Rehearsal")])
C("r23","Our cleaning company has contracts with offices. Each office client has a company name, an address and a contact phone. We send cleaners on jobs: every job is at one client, on a date, with the cleaner, the hours worked and a checklist signed off yes or no.",
 [E("Client",[F("company name","text",["name","company"]),F("address","text",[],["long_text"]),F("contact phone","phone",["phone"])],["office","office client","customer"]),
  E("Job",[R("client","Client",["office"]),D("date"),P("cleaner"),F("hours worked","decimal",["hours"],["integer"]),F("checklist signed off","boolean",["signed off","checklist"])],["cleaning job","visit"])],
 [("Job","Client")])
C("r24","Keep a record of the vaccinations at our animal shelter. Animals have a name, a species (dog, cat, rabbit) and an arrival date. For each animal we note every vaccination with the vaccine, the date given, the vet and when the booster is due.",
 [E("Animal",[NAME(),F("species","choice",options=["Dog","Cat","Rabbit"]),D("arrival date",["arrived on","date arrived"])],["pet"]),
  E("Vaccination",[R("animal","Animal"),F("vaccine","text",[],["choice"]),D("date given",["date","given on"]),P("vet",["vet who gave it"]),D("booster due",["when the booster is due","booster date","next due"])],["vaccine record","jab"])],
 [("Vaccination","Animal")])
C("r25","I am the treasurer of a residents' association. Households pay a yearly subscription. Households have an address and a main contact. We record each payment against a household, with the year, the amount and how it was paid (cash, cheque, bank transfer).",
 [E("Household",[F("address","text",["name"],["long_text"]),P("main contact",["contact"])],["resident","member"]),
  E("Payment",[R("household","Household"),F("year","integer",[],["text"]),F("amount","money"),F("payment method","choice",["how it was paid","method"],options=["Cash","Cheque","Bank transfer"])],["subscription","subscription payment"])],
 [("Payment","Household")])
C("r26","We make furniture to order. Each order is for a customer, with the date ordered, the promised delivery date and the total price. An order can include several pieces, and each piece has a type, the wood, the finish and its own price. Customers have a name, an address and a phone.",
 [E("Order",[R("customer","Customer"),D("date ordered",["order date","date"]),D("promised delivery date",["delivery date","promised date"]),F("total price","money",["total","price"])],["furniture order"]),
  E("Piece",[R("order","Order"),F("type","text",["piece type","name"],["choice"]),F("wood","text",["wood type"],["choice"]),F("finish","text",[],["choice"]),F("price","money")],["item","furniture piece","order item"]),
  E("Customer",[NAME(),F("address","text",[],["long_text"]),F("phone","phone",["phone number"])],["client"])],
 [("Order","Customer"),("Piece","Order")])
C("r27","At the garden centre we water the plants on a rota. The plant beds have a name and a sunlight level (full sun, part shade, shade). Staff log each watering: which bed, who watered it, when, and how many litres.",
 [E("Bed",[NAME(),F("sunlight level","choice",["sunlight","light"],options=["Full sun","Part shade","Shade"])],["plant bed","area"]),
  E("Watering",[R("bed","Bed",["plant bed"]),P("watered by",["who watered it","staff","who"]),F("when","datetime",["date","watered on","time"],["date"]),F("litres","decimal",["how many litres","amount"],["integer"])],["watering log","log entry"])],
 [("Watering","Bed")])
C("r28","Our recruitment agency places temps with client companies. Temps have a name, a phone and their skills. Every placement puts one temp at one client for a start date and an end date at an hourly rate. Clients have a company name and a billing email.",
 [E("Temp",[NAME(),F("phone","phone",["phone number"]),F("skills","long_text",["skill"],["text","multi_choice"])],["worker","candidate"]),
  E("Placement",[R("temp","Temp"),R("client","Client"),D("start date",["start"]),D("end date",["end"]),F("hourly rate","money",["rate"])],["assignment","booking"]),
  E("Client",[F("company name","text",["name","company"]),F("billing email","email",["email"])],["client company","company"])],
 [("Placement","Temp"),("Placement","Client")])
C("r29","The print shop wants to quote jobs properly. A quote is for a customer and has a date, a valid-until date and a status (draft, sent, accepted). Each quote has several items: the description, the quantity and the price per unit.",
 [E("Quote",[F("customer","text",["client"],["reference","person"]),D("date",["quote date"]),D("valid until",["valid-until date","expiry"]),F("status","choice",options=["Draft","Sent","Accepted"])],["quotation","estimate"]),
  E("Quote item",[R("quote","Quote"),F("description","text",["item","name"],["long_text"]),F("quantity","integer",["qty"],["decimal"]),F("price per unit","money",["unit price","price"])],["item","line","line item","quote line"])],
 [("Quote item","Quote")])
C("r30","We run a small library in the community centre. Books have a title, an author and an ISBN. Members borrow books; for each loan we need the book, the member, the date borrowed and the date returned. Members just need a name and a phone number.",
 [E("Book",[F("title","text",["name"]),F("author","text",[],["person"]),F("ISBN","text",["isbn number"])]),
  E("Loan",[R("book","Book"),R("member","Member"),D("date borrowed",["borrowed on","loan date"]),D("date returned",["returned on","return date"])],["borrowing"]),
  E("Member",[NAME(),F("phone number","phone",["phone"])],["borrower","reader"])],
 [("Loan","Book"),("Loan","Member")])
C("r31","Track the meter readings for our buildings. Each building has a name and an address, and has several meters (gas, electricity or water) with a serial number. Someone reads each meter every month: the date, the reading and who read it.",
 [E("Building",[NAME(),F("address","text",[],["long_text"])],["site","property"]),
  E("Meter",[R("building","Building"),F("kind","choice",["type","meter type","utility"],options=["Gas","Electricity","Water"]),F("serial number","text",["serial","name"])],["utility meter"]),
  E("Reading",[R("meter","Meter"),D("date",["reading date"]),F("reading","decimal",["value","meter reading"],["integer"]),P("read by",["who read it","reader"])],["meter reading"])],
 [("Meter","Building"),("Reading","Meter")])
C("r32","Our café chain wants a record of food safety checks. There are several branches with a name and a manager. At each branch, staff fill in fridge temperature checks twice a day: the fridge, the time, the temperature and the initials of whoever checked.",
 [E("Branch",[NAME(),P("manager")],["cafe","site","shop"]),
  E("Temperature check",[R("branch","Branch"),F("fridge","text",["fridge name"],["choice","reference"]),F("time","datetime",["date","checked at"],["date"]),F("temperature","decimal",[],["integer"]),F("initials","text",["checked by","who checked"],["person"])],["fridge check","check","fridge temperature check","food safety check"])],
 [("Temperature check","Branch")])
C("r33","We want to manage our fleet's tyre changes. Vehicles have a registration and a depot. A tyre change has the vehicle, the date, the position (front left, front right, rear left, rear right), the tyre brand and the mileage at the change.",
 [E("Vehicle",[F("registration","text",["registration number","name","plate"]),F("depot","text",["site"],["choice"])],["truck","van"]),
  E("Tyre change",[R("vehicle","Vehicle"),D("date"),F("position","choice",["tyre position"],options=["Front left","Front right","Rear left","Rear right"]),F("tyre brand","text",["brand"],["choice"]),F("mileage","integer",["mileage at the change","miles"],["decimal"])],["change","tyre fitting"])],
 [("Tyre change","Vehicle")])
C("r34","Our school trips need organising. Each trip has a destination, a date and a cost per pupil, and a teacher in charge. Pupils have a name and a class. For every trip, we list which pupils are going and whether the consent form came back.",
 [E("Trip",[F("destination","text",["name","place"]),D("date",["trip date"]),F("cost per pupil","money",["cost","price"]),P("teacher in charge",["teacher","leader"])],["school trip","outing","visit"]),
  E("Pupil",[NAME(),F("class","text",["form","group"],["choice"])],["student","child"]),
  E("Trip place",[R("trip","Trip"),R("pupil","Pupil"),F("consent form returned","boolean",["consent form","consent","consent form came back"])],["participant","attendee","sign-up","booking","place","going"])],
 [("Trip place","Trip"),("Trip place","Pupil")])

out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"s4-d1-records-draft.jsonl")
with open(out,"w") as f:
    for c in cases: f.write(json.dumps(c, ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)

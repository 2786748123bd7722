# Session 4, hD1, wave 2: twelve more English requests with child records, written AFTER the
# RecordClauses/KindNames pass and scored once, base vs pass, without tuning: a check that the
# pass carries to phrasing it was not built on. Same helpers as make_s4_d1_records.py.
import json, os, importlib.util
spec = importlib.util.spec_from_file_location("w1", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_s4_d1_records.py"))
src = open(spec.origin).read().split("\nC(\"r01\"")[0]
ns = {}
exec(src, ns)
F, E, NAME, P, R, D, C, cases = ns["F"], ns["E"], ns["NAME"], ns["P"], ns["R"], ns["D"], ns["C"], ns["cases"]
C("w01","We run a youth football league. Clubs have a name and a secretary. Each club enters several teams, each with an age group and a manager. Teams play fixtures on Saturdays.",
 [E("Club",[NAME(),P("secretary")]),E("Team",[R("club","Club"),F("age group","text",[],["choice"]),P("manager",["coach"])])],[("Team","Club")])
C("w02","Our print room keeps its printers running. Every printer has a model, a location and a serial number, and it gets many service calls, each with the date, the fault and the engineer.",
 [E("Printer",[F("model","text",["name"]),F("location","text",[],["choice"]),F("serial number","text",["serial"])]),
  E("Service call",[R("printer","Printer"),D("date"),F("fault","text",["problem"],["long_text"]),P("engineer",["technician"])],["call","service","repair"])],[("Service call","Printer")])
C("w03","I manage the church hall. For each hirer we keep the name, the phone and the organisation. For each hirer we record every booking with the date, the start time, the end time and the fee.",
 [E("Hirer",[NAME(),F("phone","phone"),F("organisation","text",["company"])],["customer","client"]),
  E("Booking",[R("hirer","Hirer"),D("date"),F("start time","datetime",["start"],["text"]),F("end time","datetime",["end"],["text"]),F("fee","money",["price","cost"])],["hire","reservation"])],[("Booking","Hirer")])
C("w04","Each recipe has a name, a category and the number of portions, and it uses several ingredients, each with a quantity and a unit.",
 [E("Recipe",[NAME(),F("category","text",[],["choice"]),F("number of portions","integer",["portions","servings"])]),
  E("Ingredient",[R("recipe","Recipe"),F("quantity","decimal",[],["integer"]),F("unit","text",[],["choice"]),F("name","text",["ingredient"],optional=True)],["recipe ingredient","ingredient line"])],[("Ingredient","Recipe")])
C("w05","The IT team lends headsets. Headsets have an asset number and a model. We log each loan against a headset, with the borrower, the date out and the date back.",
 [E("Headset",[F("asset number","text",["number","name"]),F("model","text")]),
  E("Loan",[R("headset","Headset"),P("borrower",["borrowed by"]),D("date out",["loan date"]),D("date back",["return date","returned on"])])],[("Loan","Headset")])
C("w06","We look after a few community gardens, each with a name, an address and a lead volunteer. Every time we visit a garden we write a visit report: the date, the jobs done and the hours spent.",
 [E("Garden",[NAME(),F("address","text",[],["long_text"]),P("lead volunteer",["lead"])],["community garden","site"]),
  E("Visit report",[R("garden","Garden"),D("date"),F("jobs done","long_text",["work done","jobs"],["text"]),F("hours spent","decimal",["hours"],["integer"])],["visit","report"])],[("Visit report","Garden")])
C("w07","For our clinic trials: each trial has a code, a sponsor and a start date. Participants are enrolled in a trial, with a participant number, the consent date and the arm (placebo or treatment).",
 [E("Trial",[F("code","text",["name","trial code"]),F("sponsor","text"),D("start date")],["study"]),
  E("Participant",[R("trial","Trial"),F("participant number","text",["number","name"],["integer"]),D("consent date"),F("arm","choice",["group"],options=["Placebo","Treatment"])],["enrolment","subject"])],[("Participant","Trial")])
C("w08","We run a car wash with three bays. Someone cleans each bay every evening: the date, the products used and who did it.",
 [E("Bay",[NAME(["bay number","number"])],["wash bay"]),
  E("Cleaning",[R("bay","Bay"),D("date"),F("products used","text",["products"],["long_text"]),P("cleaned by",["who did it","cleaner"])],["bay cleaning","clean"])],[("Cleaning","Bay")])
C("w09","Our translation agency handles jobs for clients. A job comes from one client and has a source language, a target language and a deadline, and it is split into several parts, each with a word count and a translator.",
 [E("Client",[NAME()],["customer"]),
  E("Job",[R("client","Client"),F("source language","text",[],["choice"]),F("target language","text",[],["choice"]),D("deadline",["due date"])],["translation job","project"]),
  E("Part",[R("job","Job"),F("word count","integer",["words"]),P("translator")],["job part","section","chunk"])],[("Job","Client"),("Part","Job")])
C("w10","There are several storerooms, each with a name, a floor and a key holder. Boxes are kept in a storeroom, with a label, the contents and the date archived.",
 [E("Storeroom",[NAME(),F("floor","text",[],["integer","choice"]),P("key holder",["keyholder"])],["store room","room"]),
  E("Box",[R("storeroom","Storeroom"),F("label","text",["name"]),F("contents","long_text",[],["text"]),D("date archived",["archived on"])],["archive box"])],[("Box","Storeroom")])
C("w11","I teach piano. Pupils have a name, a parent's phone and a grade. For each pupil we note every lesson with the date, what we worked on and whether the fee was paid.",
 [E("Pupil",[NAME(),F("parent's phone","phone",["parent phone","phone"]),F("grade","text",["level"],["integer","choice"])],["student"]),
  E("Lesson",[R("pupil","Pupil"),D("date"),F("what we worked on","long_text",["notes","content","topics"],["text"]),F("fee paid","boolean",["paid","whether the fee was paid"])])],[("Lesson","Pupil")])
C("w12","The wine bar wants a cellar book. Every wine has a name, a producer, a vintage and a price per bottle, and each one gets several tasting notes, each with the date, the taster and a score.",
 [E("Wine",[NAME(),F("producer","text",["winery"]),F("vintage","integer",["year"],["text"]),F("price per bottle","money",["price"])]),
  E("Tasting note",[R("wine","Wine"),D("date"),P("taster",["tasted by"]),F("score","integer",["rating"],["decimal"])],["tasting","note"])],[("Tasting note","Wine")])
cases[:] = [c for c in cases if c["id"].startswith("w")]
out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"s4-d1-records-wave2-draft.jsonl")
with open(out,"w") as f:
    for c in cases: f.write(json.dumps(c, ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)

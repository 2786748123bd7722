"""Probe set S4-R1: long, chatty English messages with field-level edits (add a field named or only
implied, remove, rename, change type, required, choices in prose), with hedges, reasons, asides and
sentences that are only context. Written by session 4's helper R1 before changing the refiner and
scored once before the fixes. Run from this folder:
python3 make_refine_probe_s4r1.py -> s4-r1-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, rm, rn, req, opts, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


FOOD = spec("Food bank shifts", [ent("shift", "Shift", "Shifts", [
    f("date", "Date", "date", required=True),
    f("location", "Location", "choice", options=["Warehouse", "Church hall", "Market stall"]),
    f("coordinator", "Coordinator", "person"), f("volunteers_needed", "Volunteers needed", "integer"),
    f("notes", "Notes", "long_text"), f("status", "Status", "choice", options=["Planned", "Confirmed", "Done"])])])
WORKSHOP = spec("Workshops", [ent("workshop", "Workshop", "Workshops", [
    f("title", "Title", "text", required=True), f("trainer", "Trainer", "text"), f("starts_at", "Starts at", "datetime"),
    f("room", "Room", "choice", options=["Room A", "Room B", "Online"]), f("capacity", "Capacity", "integer"),
    f("feedback_score", "Feedback score", "text"), f("handout", "Handout", "file")])])
INSPECT = spec("Vehicle inspections", [ent("inspection", "Inspection", "Inspections", [
    f("vehicle_registration", "Vehicle registration", "text", required=True), f("inspected_at", "Inspected at", "datetime"),
    f("inspector", "Inspector", "person"), f("result", "Result", "choice", options=["Pass", "Fail"]),
    f("mileage", "Mileage", "text"), f("comments", "Comments", "long_text")])])
DESK = spec("IT helpdesk", [ent("ticket", "Ticket", "Tickets", [
    f("title", "Title", "text", required=True), f("requester", "Requester", "person", required=True),
    f("priority", "Priority", "choice", options=["Low", "High"]),
    f("status", "Status", "choice", options=["New", "In progress", "Done"]), f("due_date", "Due date", "date"),
    f("description", "Description", "long_text"), f("category", "Category", "text")])])
EVENTS = spec("Company events", [ent("event", "Event", "Events", [
    f("name", "Name", "text", required=True), f("venue", "Venue", "text"), f("event_date", "Date", "date"),
    f("budget", "Budget", "money"), f("organiser", "Organiser", "person"),
    f("status", "Status", "choice", options=["Idea", "Booked", "Done"]), f("expected_guests", "Expected guests", "text")])])

cases = []


def C(id, sp, req_, expect):
    cases.append({"id": id, "lang": "en", "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("r1s01", FOOD, "The team has grown a lot since spring, which is great. We should also write down how many people actually turned up to each shift, so we can compare it with how many we needed.",
  [addf("shift", "attendees", "integer", ["number attended", "people turned up", "turned up", "attendance", "number of people", "people attended", "actual volunteers", "number turned up"])])
C("r1s02", FOOD, "Add Cancelled as a status, shifts do get cancelled when it snows. And the notes field is overkill, honestly a single line is plenty.",
  [opts("shift", "status", ["Planned", "Confirmed", "Done", "Cancelled"]), ct("shift", "notes", "text")])
C("r1s03", FOOD, "We run morning and evening shifts now, so for the date we need the time as well, not only the day.",
  [ct("shift", "date", "datetime")])
C("r1s04", FOOD, "I need to know who signed off each shift afterwards and when they did it.",
  [addf("shift", "signed off by", "person", ["sign off by", "signed off", "approver", "approved by"]),
   addf("shift", "signed off on", "date", ["sign off date", "signed off date", "date signed off", "signed off at", "date approved"], ["datetime"])])
C("r1s05", FOOD, "Could we rename 'Volunteers needed' to 'Target headcount'? It's what the coordinators call it. Also the location has to be filled in every time.",
  [rn("shift", "volunteers_needed", "Target headcount"), req("shift", "location")])
C("r1s06", FOOD, "We've opened a fourth site at the library, so the location can be Warehouse, Church hall, Market stall or Library now.",
  [opts("shift", "location", ["Warehouse", "Church hall", "Market stall", "Library"])])
C("r1s07", FOOD, "Keep a copy of the signed risk form for each shift please, the insurance people asked for it.",
  [addf("shift", "risk form", "file", ["signed risk form", "risk assessment form", "signed form", "risk assessment"])])
C("r1s08", FOOD, "Status isn't really used by anyone, to be honest, you can take it out. But we do want to know whether the van was needed.",
  [rm("shift", "status"), addf("shift", "van needed", "boolean", ["van", "needs van", "van required"])])

C("r1w01", WORKSHOP, "The feedback score should be a number - people give us marks from 1 to 10 and we want to average them.",
  [ct("workshop", "feedback_score", "integer", ["decimal"])])
C("r1w02", WORKSHOP, "Actually, the trainer ought to be picked from our staff, since they're all employees anyway. Oh and the capacity must always be given.",
  [ct("workshop", "trainer", "person"), req("workshop", "capacity")])
C("r1w03", WORKSHOP, "We charge for some workshops now. Can you add the price per person? Also the handout isn't needed any more; everything is on the intranet.",
  [addf("workshop", "price per person", "money", ["price", "fee", "cost", "cost per person"]), rm("workshop", "handout")])
C("r1w04", WORKSHOP, "For the start, only the day matters, not the time.", [ct("workshop", "starts_at", "date")])
C("r1w05", WORKSHOP, "It would be useful to note down which department asked for the workshop - marketing, sales, finance or HR.",
  [addf("workshop", "department", "choice", ["requesting department", "requested by department"], options=["Marketing", "Sales", "Finance", "HR"])])
C("r1w06", WORKSHOP, "The rooms changed after the move: it's now Room A, Room C or Online, Room B is gone.",
  [opts("workshop", "room", ["Room A", "Room C", "Online"])])
C("r1w07", WORKSHOP, "Let's call the title 'Workshop name' instead, people confuse it with job titles. We also need a short description of what they'll learn.",
  [rn("workshop", "title", "Workshop name"), addf("workshop", "description", "long_text", ["learning objectives", "what they'll learn", "summary", "learning outcomes"], ["text"])])
C("r1w08", WORKSHOP, "We're getting a lot of no-shows, which is frustrating. Could we keep track of how many people were on the waiting list?",
  [addf("workshop", "waiting list", "integer", ["waiting list size", "number on waiting list", "people on waiting list", "waitlist"])])

C("r1i01", INSPECT, "Mileage should be a whole number, otherwise we can't sort by it. And the result needs a third option, 'Pass with advisories'.",
  [ct("inspection", "mileage", "integer"), opts("inspection", "result", ["Pass", "Fail", "Pass with advisories"])])
C("r1i02", INSPECT, "The drivers keep asking when the next inspection is due, so please add that as well.",
  [addf("inspection", "next inspection due", "date", ["next inspection date", "next due", "due date", "next inspection", "next inspection due date"])])
C("r1i03", INSPECT, "We also need to record the tyre tread depth in millimetres.",
  [addf("inspection", "tyre tread depth", "decimal", ["tread depth", "tyre depth"], ["integer"])])
C("r1i04", INSPECT, "Inspected at is too precise, we only care about the date. And the inspector should be compulsory.",
  [ct("inspection", "inspected_at", "date"), req("inspection", "inspector")])
C("r1i05", INSPECT, "It'd be handy to attach a few photos of any damage we find.",
  [addf("inspection", "damage photos", "file", ["photos", "photo", "damage photo", "photos of damage"])])
C("r1i06", INSPECT, "Nobody writes comments, so just drop that field. What we want instead is the cost of the repairs, if there are any.",
  [rm("inspection", "comments"), addf("inspection", "repair cost", "money", ["cost of repairs", "repairs cost", "cost", "repair costs"])])
C("r1i07", INSPECT, "Rename Vehicle registration to Number plate - that's what everyone calls it here.",
  [rn("inspection", "vehicle_registration", "Number plate", ["Plate number"])])
C("r1i08", INSPECT, "The fleet manager wants to see which depot the vehicle is based at: North, South or Central.",
  [addf("inspection", "depot", "choice", ["base depot"], options=["North", "South", "Central"])])

C("r1h01", DESK, "priority can only be low, normal or urgent - nothing else.", [opts("ticket", "priority", ["Low", "Normal", "Urgent"])])
C("r1h02", DESK, "We've been getting tickets from the Leeds office as well, which is new. Could you add which office the person is in? And the due date isn't something we need.",
  [addf("ticket", "office", "text", ["location", "requester office"], ["choice"]), rm("ticket", "due_date")])
C("r1h03", DESK, "Category should be a dropdown with Hardware, Software, Access and Other.",
  [ct("ticket", "category", "choice"), opts("ticket", "category", ["Hardware", "Software", "Access", "Other"])])
C("r1h04", DESK, "We'd like to know how long each ticket took to fix, in hours.",
  [addf("ticket", "time to fix", "decimal", ["hours", "time spent", "resolution time", "hours to fix", "time taken", "hours spent"], ["integer"])])
C("r1h05", DESK, "Oh, and make the requester optional — sometimes we open tickets ourselves. Also add 'Waiting for customer' to the statuses.",
  [req("ticket", "requester", False), opts("ticket", "status", ["New", "In progress", "Done", "Waiting for customer"])])
C("r1h06", DESK, "Could we also store the serial number of the affected device, and the date it was bought? Helps with warranty claims.",
  [addf("ticket", "serial number", "text", ["device serial number"]), addf("ticket", "purchase date", "date", ["date bought", "bought on", "date purchased"])])
C("r1h07", DESK, "The description is really just a summary; rename it to Summary, and it doesn't need to be long.",
  [rn("ticket", "description", "Summary"), ct("ticket", "description", "text")])
C("r1h08", DESK, "We should track who's actually working on it, separate from the requester.",
  [addf("ticket", "assignee", "person", ["assigned to", "working on", "handled by", "technician", "owner", "worked on by"])])

C("r1e01", EVENTS, "Expected guests should be a number, we need to total it up for catering.", [ct("event", "expected_guests", "integer")])
C("r1e02", EVENTS, "We need a contact number for the venue. Oh and the budget should be required, finance insists on it.",
  [addf("event", "venue phone", "phone", ["venue contact number", "contact number", "venue contact phone", "phone", "venue number"]), req("event", "budget")])
C("r1e03", EVENTS, "Some events last several days, so add an end date. The existing date is then the start, so call it Start date.",
  [addf("event", "end date", "date"), rn("event", "event_date", "Start date")])
C("r1e04", EVENTS, "Finance wants to know whether the event has been invoiced yet and the final amount we actually spent.",
  [addf("event", "invoiced", "boolean"), addf("event", "actual spend", "money", ["final amount", "amount spent", "actual cost", "final cost", "spent", "actual amount spent"])])
C("r1e05", EVENTS, "The catering company we used last time was terrible. Let's write down which caterer we book each time.",
  [addf("event", "caterer", "text", ["catering company"], ["choice"])])
C("r1e06", EVENTS, "Add Cancelled as a status and remove Idea, nobody uses it.", [opts("event", "status", ["Booked", "Done", "Cancelled"])])
C("r1e07", EVENTS, "Could you keep a copy of the signed venue contract on each event?",
  [addf("event", "venue contract", "file", ["signed venue contract", "contract", "signed contract"])])
C("r1e08", EVENTS, "The team has doubled this year, so events are bigger. We'll need somewhere to write down dietary requirements - sometimes it's a long list.",
  [addf("event", "dietary requirements", "long_text", ["dietary needs", "diet"], ["text"])])

if __name__ == "__main__":
    with open("s4-r1-refine.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))

# Session 4, helper f2 (2026-11-26): English record kinds still missed. Three shapes, written from
# general knowledge BEFORE running the engine on them:
#  - a pairing record between two described kinds, with its own fields ("who signed up for which
#    shift and whether they turned up");
#  - a kind announced in one sentence and described in a later one ("We also have suppliers. For
#    them we need name, phone and ...");
#  - a kind introduced by "then X, which is/are a, b, c".
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-f2-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(spec, al=()):
    name, t = spec.rsplit(":", 1)
    d = {"name": name, "aliases": list(al), "type": t, "alt_types": ["text"] if t in ("person", "long_text", "choice") else []}
    if t.startswith("ref>"):
        d["type"] = "reference"; d["target"] = t[4:]; d["alt_types"] = []
    return d
def E(name, fields, al=()): return {"name": name, "aliases": list(al), "fields": [F(f) for f in fields]}
cases = []
def C(id, lang, prompt, ents, rels):
    for a, b in rels:
        child = next(e for e in ents if e["name"] == a)
        if not any(f.get("target") == b for f in child["fields"]):
            child["fields"].insert(0, F(b.lower() + ":ref>" + b))
    cases.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                  "relations": [{"from": a, "to": b} for a, b in rels], "notes": ""})

# ---------- pairings between two described kinds ----------
C("f2d01", "en", "Our food bank runs on volunteers. Volunteers: name, phone, email. Shifts: date, start time, end time, location. We need to see who signed up for which shift and whether they turned up.",
  [E("Volunteer", ["name:text", "phone:phone", "email:email"]), E("Shift", ["date:date", "start time:time", "end time:time", "location:text"]),
   E("Signup", ["turned up:boolean"], ["sign up", "assignment"])], [("Signup", "Volunteer"), ("Signup", "Shift")])
C("f2d02", "en", "We run evening classes. Each class has a title, a teacher and a room. Students have a name and an email. I want to record which student took which class and the grade they got.",
  [E("Class", ["title:text", "teacher:person", "room:text"]), E("Student", ["name:text", "email:email"]),
   E("Enrollment", ["grade:text"], ["enrolment"])], [("Enrollment", "Student"), ("Enrollment", "Class")])
C("f2d03", "en", "Tool library for our street. Tools: name, category, condition. Members: name, address, phone. Track which member borrowed which tool, when, and when it came back.",
  [E("Tool", ["name:text", "category:text", "condition:text"]), E("Member", ["name:text", "address:text", "phone:phone"]),
   E("Loan", ["borrowed on:date", "returned on:date"], ["borrowing"])], [("Loan", "Member"), ("Loan", "Tool")])
C("f2d04", "en", "Keep a list of our trainers (name, speciality) and of the courses (title, duration in days). We also need to log which trainer taught which course, on what date, and how many people attended.",
  [E("Trainer", ["name:text", "speciality:text"]), E("Course", ["title:text", "duration:integer"], ["duration in days"]),
   E("Session", ["date:date", "attendees:integer"], ["teaching", "course session"])], [("Session", "Trainer"), ("Session", "Course")])

# ---------- a kind announced, then described ----------
C("f2d05", "en", "I manage purchase orders: order number, date, total amount, status (draft, sent, received). We also have suppliers. For them we need name, phone and email address.",
  [E("Purchase order", ["order number:text", "date:date", "total amount:money", "status:choice"], ["order"]), E("Supplier", ["name:text", "phone:phone", "email address:email"])],
  [("Purchase order", "Supplier")])
C("f2d06", "en", "We track repair tickets with a description, date opened, priority and whether it is fixed. There are also technicians. For each of them we keep a name, a mobile number and their skill level.",
  [E("Ticket", ["description:long_text", "date opened:date", "priority:choice", "fixed:boolean"], ["repair ticket"]), E("Technician", ["name:text", "mobile number:phone", "skill level:text"])],
  [("Ticket", "Technician")])
C("f2d07", "en", "Log of parcel deliveries: tracking number, delivered on, signed by. Then there are the couriers. About them we store the company name, a contact phone and the account number.",
  [E("Delivery", ["tracking number:text", "delivered on:date", "signed by:person"], ["parcel delivery"]), E("Courier", ["company name:text", "contact phone:phone", "account number:text"])],
  [("Delivery", "Courier")])
C("f2d08", "en", "Our kennel keeps a record of every stay: arrival date, departure date, daily rate, notes. Then we have the dogs. For every dog we need name, breed, owner and vaccination date.",
  [E("Stay", ["arrival date:date", "departure date:date", "daily rate:money", "notes:long_text"]), E("Dog", ["name:text", "breed:text", "owner:text", "vaccination date:date"])],
  [("Stay", "Dog")])

# ---------- "then X, which is/are ..." ----------
C("f2d09", "en", "Rota app for the cafe. First the staff, which is name, phone and hourly wage. Then shifts, which is a date, start time, end time and the staff member working it.",
  [E("Staff", ["name:text", "phone:phone", "hourly wage:money"], ["staff member"]), E("Shift", ["date:date", "start time:time", "end time:time"])], [("Shift", "Staff")])
C("f2d10", "en", "We need to manage our fleet. First vehicles, which are plate number, make, model and mileage. Then trips, which are the vehicle, driver, date, distance and purpose.",
  [E("Vehicle", ["plate number:text", "make:text", "model:text", "mileage:integer"]), E("Trip", ["driver:person", "date:date", "distance:decimal", "purpose:text"])], [("Trip", "Vehicle")])
C("f2d11", "en", "For the allotment society: plots, which are a number, a size and the yearly fee. Then tenants, which is name, address and the plot they rent, and then payments, which are a tenant, an amount and a date paid.",
  [E("Plot", ["number:text", "size:decimal", "yearly fee:money"]), E("Tenant", ["name:text", "address:text"]), E("Payment", ["amount:money", "date paid:date"])],
  [("Tenant", "Plot"), ("Payment", "Tenant")])
C("f2d12", "en", "Stock control for the workshop. Parts, which is part number, description and quantity in stock. Then stock movements, which are the part, the quantity, the date and whether it is in or out.",
  [E("Part", ["part number:text", "description:text", "quantity in stock:integer"]), E("Stock movement", ["quantity:integer", "date:date", "direction:choice"], ["movement"])],
  [("Stock movement", "Part")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "s4-f2-draft.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", out)

"""Probe set RB6: English messages that mix several edits, in the style of the development sample,
written after RB5 and scored once before further change. Run from this folder:
python3 make_refine_probe_rb6.py -> refine-probe-rb6.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

GYM = spec("Gym classes", [
    ent("class", "Class", "Classes", [f("name", "Name", "text", required=True), f("instructor", "Instructor", "text"),
                                    f("level", "Level", "choice", options=["Beginner", "Intermediate", "Advanced"]),
                                    f("room", "Room", "choice", options=["Studio 1", "Studio 2", "Pool"]), f("max", "Max participants", "integer")]),
    ent("booking", "Booking", "Bookings", [ref("class", "Class", "class", required=True), f("member", "Member", "text", required=True),
                                          f("booked_at", "Booked at", "datetime"), f("attended", "Attended", "boolean"), f("waitlist", "Waitlist", "boolean")])])
SUPPORT = spec("Customer support", [ent("case", "Case", "Cases", [
    f("customer", "Customer", "text", required=True), f("email", "Email", "email"), f("product", "Product", "choice", options=["App", "Website", "API"]),
    f("severity", "Severity", "choice", options=["Low", "High"]), f("summary", "Summary", "text", required=True),
    f("details", "Details", "long_text"), f("owner", "Owner", "person"), f("sla_breached", "SLA breached", "boolean"), f("closed_on", "Closed on", "date")])])
PERMITS = spec("Work permits", [ent("permit", "Permit", "Permits", [
    f("number", "Permit number", "text", required=True, unique=True), f("contractor", "Contractor", "text"),
    f("work_type", "Work type", "choice", options=["Hot work", "Confined space", "Working at height"]),
    f("start", "Start", "datetime"), f("end", "End", "datetime"), f("approved_by", "Approved by", "person"),
    f("risk_assessment", "Risk assessment", "file"), f("closed", "Closed", "boolean")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("ub01", "en", GYM, "Waitlist is pointless, remove it. Also the instructor must be filled in.", [rm("booking", "waitlist"), req("class", "instructor")])
C("ub02", "en", GYM, "Add Expert as a level and move yoga classes out of the Pool - so drop Pool as a room",
  [opts("class", "level", ["Beginner", "Intermediate", "Advanced", "Expert"]), opts("class", "room", ["Studio 1", "Studio 2"])])
C("ub03", "en", GYM, "Instructors need their own list with name and email; each class is taught by one instructor",
  [addk("Instructor", ["Instructors"], [fld("name", "text"), fld("email", "email")]), rel("class", "Instructor")])
C("ub04", "en", GYM, "call 'Max participants' 'Capacity' and make it required", [rn("class", "max", "Capacity"), req("class", "max")])
C("ub05", "en", GYM, "members should be a proper list (name, email, membership type) and each booking points to a member",
  [addk("Member", ["Members"], [fld("name", "text"), fld("email", "email"), fld("membership type", "choice", ["membership"], ["text"])]), rel("booking", "Member")])
C("ub06", "en", SUPPORT, "Severity should be Low, Medium, High or Critical, and the owner has to be set",
  [opts("case", "severity", ["Low", "Medium", "High", "Critical"]), req("case", "owner")])
C("ub07", "en", SUPPORT, "We stopped selling the API product; also rename Details to Description",
  [opts("case", "product", ["App", "Website"]), rn("case", "details", "Description")])
C("ub08", "en", SUPPORT, "Summary doesn't have to be mandatory, and nobody looks at SLA breached", [req("case", "summary", False), rm("case", "sla_breached")])
C("ub09", "en", SUPPORT, "Customers should have their own table with name, email and company, and every case belongs to a customer",
  [addk("Customer", ["Customers"], [fld("name", "text"), fld("email", "email"), fld("company", "text")]), rel("case", "Customer")])
C("ub10", "en", SUPPORT, "The product list needs Desktop app too. Closed on isn't needed - we can see that in the history.",
  [opts("case", "product", ["App", "Website", "API", "Desktop app"]), rm("case", "closed_on")])
C("ub11", "en", PERMITS, "Approved by should be required, and 'Contractor' should be labelled 'Contractor company'",
  [req("permit", "approved_by"), rn("permit", "contractor", "Contractor company")])
C("ub12", "en", PERMITS, "add Electrical isolation and Excavation to work types", [opts("permit", "work_type", ["Hot work", "Confined space", "Working at height", "Electrical isolation", "Excavation"])])
C("ub13", "en", PERMITS, "the closed tick box is redundant now that we have an end time, get rid of it", [rm("permit", "closed")])
C("ub14", "en", PERMITS, "Sites: we need a list with name and address, and each permit is issued for one site",
  [addk("Site", ["Sites"], [fld("name", "text"), fld("address", "text", [], ["long_text"])]), rel("permit", "Site")])
C("ub15", "en", PERMITS, "The risk assessment must always be attached; the end doesn't need to be filled in", [req("permit", "risk_assessment")])
C("ub16", "en", SUPPORT, "We no longer use severity at all", [rm("case", "severity")])

if __name__ == "__main__":
    with open("refine-probe-rb6.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))

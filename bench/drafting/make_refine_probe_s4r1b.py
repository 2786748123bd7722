"""Probe set S4-R1b: a second batch of chatty English field-level edits, new domains, written after
the S4-R1 fixes and scored once on them, as a check that the mechanisms carry to new phrasing.
Run from this folder: python3 make_refine_probe_s4r1b.py -> s4-r1b-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, rm, rn, req, opts, addf
from make_refine_probe_s4r1 import ct

KITCHEN = spec("Kitchen hygiene", [ent("check", "Check", "Checks", [
    f("fridge", "Fridge", "choice", options=["Walk-in", "Bar", "Pastry"]), f("checked_at", "Checked at", "datetime", required=True),
    f("temperature", "Temperature", "text"), f("checked_by", "Checked by", "person"), f("action", "Action", "long_text")])])
LIBRARY = spec("School library", [ent("book", "Book", "Books", [
    f("title", "Title", "text", required=True), f("author", "Author", "text"), f("isbn", "ISBN", "text"),
    f("shelf", "Shelf", "text"), f("condition", "Condition", "choice", options=["New", "Good", "Worn"]), f("notes", "Notes", "long_text")])])
RECRUIT = spec("Hiring", [ent("candidate", "Candidate", "Candidates", [
    f("name", "Name", "text", required=True), f("email", "Email", "email"), f("role", "Role", "text"),
    f("stage", "Stage", "choice", options=["Applied", "Interview", "Offer"]), f("interview_date", "Interview date", "datetime"),
    f("score", "Score", "text")])])

cases = []


def C(id, sp, req_, expect):
    cases.append({"id": id, "lang": "en", "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("r1b01", KITCHEN, "The inspector was in last week and wasn't thrilled. Temperature should really be a number with decimals, and we need to write down what corrective action the chef took.",
  [ct("check", "temperature", "decimal"), addf("check", "corrective action", "long_text", ["action taken", "corrective action taken"], ["text"])])
C("r1b02", KITCHEN, "Checked at is more detail than we need, the day is enough. Oh and add the Freezer to the fridges.",
  [ct("check", "checked_at", "date"), opts("check", "fridge", ["Walk-in", "Bar", "Pastry", "Freezer"])])
C("r1b03", KITCHEN, "Staff keep asking when the probe was last calibrated, so could you add that too?",
  [addf("check", "probe calibrated", "date", ["last calibrated", "calibration date", "date calibrated", "probe last calibrated", "calibrated on"])])
C("r1b04", KITCHEN, "It'd be good to snap a couple of photos of the fridge contents when something's off.",
  [addf("check", "photos of the fridge contents", "file", ["photo", "photos", "fridge contents photo", "fridge photo"])])
C("r1b05", KITCHEN, "We should also keep a record of which supplier delivered the goods - Brakes, Bidfood or local.",
  [addf("check", "supplier", "choice", [], options=["Brakes", "Bidfood", "Local"])])
C("r1b06", LIBRARY, "Honestly nobody fills in the shelf, so just bin it. What we'd actually like is the year it was published.",
  [rm("book", "shelf"), addf("book", "year published", "integer", ["publication year", "year"], ["date"])])
C("r1b07", LIBRARY, "Condition can only be New, Good, Worn or Damaged - the kids are rough on them.",
  [opts("book", "condition", ["New", "Good", "Worn", "Damaged"])])
C("r1b08", LIBRARY, "I'd like to keep track of how many times each book has been borrowed, the head wants to know what's popular.",
  [addf("book", "times borrowed", "integer", ["number of times borrowed", "number of times", "borrow count", "loans"])])
C("r1b09", LIBRARY, "ISBN -> rename to 'ISBN-13', we've moved to the new format. And the author must be filled in.",
  [rn("book", "isbn", "ISBN-13"), req("book", "author")])
C("r1b10", LIBRARY, "The notes don't need to be that long, a single line would be fine.", [ct("book", "notes", "text")])
C("r1b11", RECRUIT, "Score should be a number out of 10, we average it across the panel.", [ct("candidate", "score", "integer", ["decimal"])])
C("r1b12", RECRUIT, "For the interview date only the day matters, not the time. Also add 'Rejected' as a stage.",
  [ct("candidate", "interview_date", "date"), opts("candidate", "stage", ["Applied", "Interview", "Offer", "Rejected"])])
C("r1b13", RECRUIT, "We'd like to see who referred the candidate, if anyone, and keep a copy of their CV.",
  [addf("candidate", "referred by", "person", ["referrer", "referral"], ["text"]), addf("candidate", "cv", "file", ["resume", "cv file"])])
C("r1b14", RECRUIT, "Hiring managers want to note down the salary the candidate expects, in euros.",
  [addf("candidate", "expected salary", "money", ["salary", "salary expectation", "salary expected"])])
C("r1b15", RECRUIT, "The role is really a job title, so call it Job title. The stage has to be set every time.",
  [rn("candidate", "role", "Job title"), req("candidate", "stage")])
C("r1b16", RECRUIT, "We've had a lot of no-shows lately, which is annoying. Could we track whether the candidate turned up to the interview?",
  [addf("candidate", "turned up", "boolean", ["attended", "attended interview", "candidate turned up", "showed up", "no show"])])

if __name__ == "__main__":
    with open("s4-r1b-refine.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))

"""Probe set S4-E1: English chat edits phrased the way people actually chat — as questions
("is there a way to …", "any chance we could …"), as problems ("we keep forgetting …",
"nobody knows who …", "there's no place for …"), as reports of what others said ("the drivers
told me they need …"), and with the thing only implied ("how long it took", "who signed it off").
Mostly add_field, some set_options, change_type, rename, remove, set_required. Written by session 4
helper E1 in its own words on its own domains (deliveries, building inspections, kitchen hygiene)
BEFORE changing the refiner.
Run from this folder: python3 make_s4_e1_refine.py -> s4-e1-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, rm, rn, req, opts, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


DELIV = spec("Deliveries", [
    ent("delivery", "Delivery", "Deliveries", [
        f("order_number", "Order number", "text", required=True), f("customer", "Customer", "text"),
        f("address", "Address", "text"), f("driver", "Driver", "person"),
        f("delivery_date", "Delivery date", "date"),
        f("status", "Status", "choice", options=["Planned", "On the road", "Delivered"]),
        f("notes", "Notes", "long_text")])])
INSPECT = spec("Building inspections", [
    ent("inspection", "Inspection", "Inspections", [
        f("building", "Building", "text", required=True), f("floor", "Floor", "text"),
        f("inspector", "Inspector", "person"), f("inspection_date", "Inspection date", "date"),
        f("result", "Result", "choice", options=["Pass", "Fail"]), f("remarks", "Remarks", "text"),
        f("reference_code", "Reference code", "text")])])
KITCHEN = spec("Kitchen hygiene checks", [
    ent("check", "Check", "Checks", [
        f("area", "Area", "choice", options=["Fridge", "Freezer", "Prep table"]),
        f("temperature", "Temperature", "text"), f("checked_by", "Checked by", "person"),
        f("checked_at", "Checked at", "datetime"), f("ok", "OK", "boolean"), f("comment", "Comment", "text")])])

cases = []


def C(id, sp, text, expect):
    cases.append({"id": id, "lang": "en", "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# questions
C("e1r01", DELIV, "Is there a way to see who signed for the package?",
  [addf("delivery", "signed by", "text", ["signed for by", "recipient", "received by", "signature"], ["person"])])
C("e1r02", DELIV, "any chance we could keep a photo of the parcel at the door?",
  [addf("delivery", "photo", "file", ["parcel photo", "photo of the parcel", "delivery photo", "proof photo"])])
C("e1r03", INSPECT, "Could there be somewhere to attach the floor plan?",
  [addf("inspection", "floor plan", "file", ["plan"])])
C("e1r04", KITCHEN, "Is it possible to also note which fridge it was, like a unit number?",
  [addf("check", "unit number", "text", ["fridge number", "unit", "fridge"], ["integer"])])
C("e1r05", DELIV, "Can we have the weight of each parcel too, in kilos?",
  [addf("delivery", "weight", "decimal", ["weight in kilos", "parcel weight", "weight kg"], ["integer"])])
C("e1r06", INSPECT, "would it be possible to record how long the inspection took?",
  [addf("inspection", "duration", "decimal", ["time taken", "how long", "inspection duration", "duration hours", "duration minutes"], ["integer", "text"])])
# problems
C("e1r07", DELIV, "We keep forgetting to write down the customer's phone number.",
  [addf("delivery", "customer phone", "phone", ["phone number", "phone", "customer phone number"])])
C("e1r08", INSPECT, "Nobody knows who signed off the report afterwards.",
  [addf("inspection", "signed off by", "person", ["sign off", "approved by", "approver", "signed off"])])
C("e1r09", KITCHEN, "There's no place for the corrective action when something is wrong.",
  [addf("check", "corrective action", "long_text", ["action", "action taken"], ["text"])])
C("e1r10", DELIV, "The problem is we never know when the driver actually left the depot.",
  [addf("delivery", "departure time", "datetime", ["left depot", "departure", "left the depot", "departed at"], ["date"])])
C("e1r11", INSPECT, "right now we can't tell when the next inspection is due",
  [addf("inspection", "next inspection date", "date", ["next inspection", "next due", "due date", "next inspection due"])])
C("e1r12", KITCHEN, "we have no idea how many portions were thrown away",
  [addf("check", "portions thrown away", "integer", ["portions wasted", "portions", "waste", "portions discarded"], ["decimal"])])
# reported speech
C("e1r13", DELIV, "The drivers told me they need a field for the gate code.",
  [addf("delivery", "gate code", "text", ["access code", "code"])])
C("e1r14", INSPECT, "Our inspectors say they'd like to tick whether the fire exits were clear.",
  [addf("inspection", "fire exits clear", "boolean", ["fire exits", "fire exit clear", "exits clear"])])
C("e1r15", KITCHEN, "The chef asked for a spot to put the supplier of the goods.",
  [addf("check", "supplier", "text", ["supplier of the goods"])])
C("e1r16", DELIV, "Dispatch mentioned that they want to see the number of parcels per delivery.",
  [addf("delivery", "number of parcels", "integer", ["parcels", "parcel count", "parcels per delivery"])])
C("e1r17", INSPECT, "Facilities wants to know the cost of any repairs that come out of it.",
  [addf("inspection", "repair cost", "money", ["cost of repairs", "cost", "repairs cost"], ["decimal"])])
# implied thing
C("e1r18", DELIV, "I'd also like to know how long each delivery took.",
  [addf("delivery", "duration", "decimal", ["time taken", "how long", "delivery time", "delivery duration"], ["integer", "text"])])
C("e1r19", KITCHEN, "and who double-checked it, please",
  [addf("check", "double checked by", "person", ["verified by", "second check by", "double-checked by", "checked by 2"])])
C("e1r20", INSPECT, "It would help to know when the findings were fixed.",
  [addf("inspection", "fixed date", "date", ["fixed on", "date fixed", "findings fixed", "fix date", "resolved date"], ["datetime"])])
# options
C("e1r21", DELIV, "Is there a way to add 'Returned' and 'Failed' to the status?",
  [opts("delivery", "status", ["Planned", "On the road", "Delivered", "Returned", "Failed"])])
C("e1r22", INSPECT, "People keep asking for a 'Pass with remarks' result option.",
  [opts("inspection", "result", ["Pass", "Fail", "Pass with remarks"])])
C("e1r23", KITCHEN, "Our cooks say the area list is missing the dishwasher.",
  [opts("check", "area", ["Fridge", "Freezer", "Prep table", "Dishwasher"])])
# change type
C("e1r24", KITCHEN, "Could the temperature be a number? People type all sorts in there.",
  [ct("check", "temperature", "decimal", ["integer"])])
C("e1r25", INSPECT, "the remarks box is way too small, people write a lot",
  [ct("inspection", "remarks", "long_text")])
C("e1r26", DELIV, "Any chance the delivery date could include the time as well?",
  [ct("delivery", "delivery_date", "datetime")])
# rename
C("e1r27", INSPECT, "Can we call 'Reference code' something people understand, like 'Case number'?",
  [rn("inspection", "reference_code", "Case number")])
C("e1r28", KITCHEN, "Nobody gets what 'OK' means, could it say 'Within limits' instead?",
  [rn("check", "ok", "Within limits")])
# remove / required
C("e1r29", DELIV, "Honestly nobody ever fills in the notes, is there a way to drop them?",
  [rm("delivery", "notes")])
C("e1r30", DELIV, "We keep getting deliveries with no address, can that be mandatory?",
  [req("delivery", "address")])

with open("s4-e1-refine.jsonl", "w") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")

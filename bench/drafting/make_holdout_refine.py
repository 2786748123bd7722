import json
def f(key,label,type,**kw):
    d={"key":key,"label":label,"type":type}; d.update(kw); return d
def ent(key,name,plural,fields): return {"key":key,"name":name,"plural":plural,"fields":fields}
def spec(name,ents): return {"spec":1,"name":name,"summary":name,"entities":ents}
VEH=spec("Fleet",[ent("vehicle","Vehicle","Vehicles",[f("plate","Registration plate","text",required=True,unique=True),f("model","Model","text"),f("mileage","Mileage","integer"),f("next_service","Next service","date")]),
 ent("service_visit","Service visit","Service visits",[f("vehicle","Vehicle","reference",target="vehicle",required=True),f("garage","Garage","text"),f("visit_date","Date","date"),f("cost","Cost","money"),f("work_done","Work done","long_text")])])
TICK=spec("Helpdesk",[ent("ticket","Ticket","Tickets",[f("title","Title","text",required=True),f("description","Description","long_text"),f("reporter","Reported by","person"),f("priority","Priority","choice",options=["Low","Medium","High"]),f("status","Status","choice",options=["Open","In progress","Closed"]),f("due","Due date","date")])])
TRAIN=spec("Trainings",[ent("course","Course","Courses",[f("title","Title","text",required=True),f("trainer","Trainer","text"),f("hours","Duration (hours)","decimal"),f("mandatory","Mandatory","boolean")])])
PO=spec("Purchase orders",[ent("purchase_order","Purchase order","Purchase orders",[f("number","PO number","text",required=True,unique=True),f("supplier","Supplier","text"),f("amount","Amount","money"),f("ordered_on","Ordered on","date"),f("status","Status","choice",options=["Draft","Sent","Received"]),f("notes","Notes","long_text")])])
cases=[]
def C(id,lang,sp,req,expect): cases.append({"id":id,"lang":lang,"spec":sp,"request":req,"expect":expect,"keep":"all other fields and entities unchanged"})
C("hr01","en",VEH,"we also want to record the fuel type: petrol, diesel, electric or hybrid",[{"op":"add_field","entity":"vehicle","name":"fuel type","aliases":["fuel"],"type":"choice","alt_types":[],"options":["Petrol","Diesel","Electric","Hybrid"]}])
C("hr02","en",VEH,"drop the garage field, nobody fills it in",[{"op":"remove_field","entity":"service_visit","field":"garage"}])
C("hr03","en",VEH,"call 'Work done' 'Description of work' instead",[{"op":"rename_field","entity":"service_visit","field":"work_done","to":"Description of work","aliases":["Work description"]}])
C("hr04","en",TICK,"tickets should also say which team handles them, and the reporter must be filled in",[{"op":"add_field","entity":"ticket","name":"team","aliases":["handling team","assigned team"],"type":"text","alt_types":["choice","reference"]},{"op":"set_required","entity":"ticket","field":"reporter","value":True}])
C("hr05","en",TICK,"add Critical to the priorities",[{"op":"set_options","entity":"ticket","field":"priority","options":["Low","Medium","High","Critical"]}])
C("hr06","en",TICK,"I'd like to attach a screenshot to each ticket",[{"op":"add_field","entity":"ticket","name":"screenshot","aliases":["attachment","image"],"type":"file","alt_types":[]}])
C("hr07","en",TICK,"due date isn't needed anymore",[{"op":"remove_field","entity":"ticket","field":"due"}])
C("hr08","en",TRAIN,"trainer should be one of our employees, not typed text",[{"op":"change_type","entity":"course","field":"trainer","type":"person","alt_types":[]}])
C("hr09","en",TRAIN,"we also need sessions: each course runs on several dates with a room and a number of seats",[{"op":"add_entity","name":"Session","aliases":["Course session","Run"],"fields":[{"name":"date","aliases":["session date"],"type":"date","alt_types":["datetime"]},{"name":"room","aliases":["location"],"type":"text","alt_types":[]},{"name":"seats","aliases":["number of seats","capacity"],"type":"integer","alt_types":[]}]},{"op":"add_relation","from":"Session","to":"course"}])
C("hr10","en",PO,"we need to know when the goods arrived and whether the invoice matched",[{"op":"add_field","entity":"purchase_order","name":"arrival date","aliases":["arrived on","received on","date received","goods arrived"],"type":"date","alt_types":["datetime"]},{"op":"add_field","entity":"purchase_order","name":"invoice matched","aliases":["invoice match","matched"],"type":"boolean","alt_types":[]}])
C("hr11","en",PO,"add 'Cancelled' as a status and make the supplier mandatory",[{"op":"set_options","entity":"purchase_order","field":"status","options":["Draft","Sent","Received","Cancelled"]},{"op":"set_required","entity":"purchase_order","field":"supplier","value":True}])
C("hr12","en",PO,"suppliers should be their own list with name, email and phone, and each order should pick its supplier from it",[{"op":"add_entity","name":"Supplier","aliases":["Vendor"],"fields":[{"name":"name","aliases":["supplier name"],"type":"text","alt_types":[]},{"name":"email","aliases":[],"type":"email","alt_types":[]},{"name":"phone","aliases":[],"type":"phone","alt_types":[]}]},{"op":"add_relation","from":"purchase_order","to":"Supplier"}])
C("hr13","fr",TICK,"Ajoute un champ catégorie avec Matériel, Logiciel ou Réseau",[{"op":"add_field","entity":"ticket","name":"catégorie","aliases":["categorie","category"],"type":"choice","alt_types":[],"options":["Matériel","Logiciel","Réseau"]}])
C("hr14","fr",VEH,"Supprime le kilométrage et rends le modèle obligatoire",[{"op":"remove_field","entity":"vehicle","field":"mileage"},{"op":"set_required","entity":"vehicle","field":"model","value":True}])
C("hr15","es",TRAIN,"Añade el coste por participante y quita el campo obligatorio",[{"op":"add_field","entity":"course","name":"coste por participante","aliases":["coste","costo","precio"],"type":"money","alt_types":["decimal"]},{"op":"remove_field","entity":"course","field":"mandatory"}])
C("hr16","de",PO,"Bitte ein Feld für die Lieferadresse hinzufügen und Notizen entfernen",[{"op":"add_field","entity":"purchase_order","name":"lieferadresse","aliases":["adresse"],"type":"text","alt_types":["long_text"]},{"op":"remove_field","entity":"purchase_order","field":"notes"}])
with open('holdout-refine.jsonl','w') as fh:
    for c in cases: fh.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases))

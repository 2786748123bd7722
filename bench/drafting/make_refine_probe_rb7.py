"""Probe set RB7: link direction, two existing kinds linked, values that tell which choice field,
multi-selects, renames with quotes of every kind; four languages. Written after RB6 and scored once
before further change. Run from this folder: python3 make_refine_probe_rb7.py -> refine-probe-rb7.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

SHOP = spec("Orders", [
    ent("customer", "Customer", "Customers", [f("name", "Name", "text", required=True), f("email", "Email", "email"),
                                            f("segment", "Segment", "choice", options=["Retail", "Wholesale"])]),
    ent("order", "Order", "Orders", [f("number", "Order number", "text", required=True), f("placed_on", "Placed on", "date"),
                                   f("status", "Status", "choice", options=["New", "Packed", "Shipped"]),
                                   f("payment", "Payment method", "choice", options=["Card", "Invoice"]),
                                   f("channels", "Sales channels", "multi_choice", options=["Web", "Phone"]), f("total", "Total", "money")]),
    ent("courier", "Courier", "Couriers", [f("name", "Name", "text", required=True), f("phone", "Phone", "phone")])])
ECOLE = spec("École", [
    ent("classe", "Classe", "Classes", [f("nom", "Nom", "text", required=True), f("niveau", "Niveau", "choice", options=["CP", "CE1", "CE2"])]),
    ent("eleve", "Élève", "Élèves", [f("nom", "Nom", "text", required=True), f("naissance", "Date de naissance", "date"),
                                    f("regime", "Régime", "choice", options=["Externe", "Demi-pensionnaire"]),
                                    f("activites", "Activités", "multi_choice", options=["Sport", "Musique"])])])
OBRA = spec("Obras", [
    ent("obra", "Obra", "Obras", [f("nombre", "Nombre", "text", required=True), f("direccion", "Dirección", "text"),
                                 f("estado", "Estado", "choice", options=["Planificada", "En curso", "Terminada"])]),
    ent("parte", "Parte diario", "Partes diarios", [f("fecha", "Fecha", "date", required=True), f("encargado", "Encargado", "person"),
                                                   f("clima", "Clima", "choice", options=["Sol", "Lluvia"]), f("incidencias", "Incidencias", "long_text")])])
VEREIN = spec("Verein", [
    ent("mitglied", "Mitglied", "Mitglieder", [f("name", "Name", "text", required=True), f("eintritt", "Eintrittsdatum", "date"),
                                              f("beitrag", "Beitragsart", "choice", options=["Voll", "Ermäßigt"]),
                                              f("interessen", "Interessen", "multi_choice", options=["Wandern", "Radfahren"])]),
    ent("veranstaltung", "Veranstaltung", "Veranstaltungen", [f("titel", "Titel", "text", required=True), f("datum", "Datum", "date")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("vb01", "en", SHOP, "A customer can place many orders", [rel("order", "customer")])
C("vb02", "en", SHOP, "Connect orders with couriers: one courier delivers each order", [rel("order", "courier")])
C("vb03", "en", SHOP, "add Returned", [opts("order", "status", ["New", "Packed", "Shipped", "Returned"])])
C("vb04", "en", SHOP, "PayPal should be possible too", [opts("order", "payment", ["Card", "Invoice", "PayPal"])])
C("vb05", "en", SHOP, "Sales channels can also be Marketplace or Store", [opts("order", "channels", ["Web", "Phone", "Marketplace", "Store"])])
C("vb06", "en", SHOP, "rename the \"Placed on\" column to \"Order date\"", [rn("order", "placed_on", "Order date")])
C("vb07", "en", SHOP, "Segment is no longer relevant - delete it, and make email compulsory", [rm("customer", "segment"), req("customer", "email")])
C("vb08", "en", SHOP, "Couriers aren't needed, remove that table and the link to it", [rme("courier")])
C("vf01", "fr", ECOLE, "Une classe a plusieurs élèves", [rel("eleve", "classe")])
C("vf02", "fr", ECOLE, "Ajoute CM1 et CM2", [opts("classe", "niveau", ["CP", "CE1", "CE2", "CM1", "CM2"])])
C("vf03", "fr", ECOLE, "Le régime peut aussi être Interne", [opts("eleve", "regime", ["Externe", "Demi-pensionnaire", "Interne"])])
C("vf04", "fr", ECOLE, "Renomme « Activités » en « Activités périscolaires »", [rn("eleve", "activites", "Activités périscolaires")])
C("vf05", "fr", ECOLE, "Enlève Musique des activités et ajoute Théâtre", [opts("eleve", "activites", ["Sport", "Théâtre"])])
C("vf06", "fr", ECOLE, "La date de naissance doit être obligatoire", [req("eleve", "naissance")])
C("ve01", "es", OBRA, "Cada obra tiene muchos partes diarios", [rel("parte", "obra")])
C("ve02", "es", OBRA, "Añade Nieve y Viento al clima", [opts("parte", "clima", ["Sol", "Lluvia", "Nieve", "Viento"])])
C("ve03", "es", OBRA, "Renombra 'Incidencias' a 'Observaciones'", [rn("parte", "incidencias", "Observaciones")])
C("ve04", "es", OBRA, "El estado 'Planificada' sobra", [opts("obra", "estado", ["En curso", "Terminada"])])
C("ve05", "es", OBRA, "La dirección es obligatoria y el encargado también", [req("obra", "direccion"), req("parte", "encargado")])
C("vd01", "de", VEREIN, "Ein Mitglied kann an vielen Veranstaltungen teilnehmen, jede Veranstaltung hat einen Verantwortlichen aus den Mitgliedern",
  [rel("veranstaltung", "mitglied")])
C("vd02", "de", VEREIN, "Bei den Interessen bitte noch Schwimmen ergänzen", [opts("mitglied", "interessen", ["Wandern", "Radfahren", "Schwimmen"])])
C("vd03", "de", VEREIN, "Die Beitragsart „Ermäßigt“ heißt jetzt „Reduziert“", [opts("mitglied", "beitrag", ["Voll", "Reduziert"])])
C("vd04", "de", VEREIN, "Das Eintrittsdatum ist Pflicht", [req("mitglied", "eintritt")])

if __name__ == "__main__":
    with open("refine-probe-rb7.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))

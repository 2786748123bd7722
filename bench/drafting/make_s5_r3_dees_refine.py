"""Probe set S5-R3: German and Spanish (and a few French) chat edits in the messy style people write:
German verb-final clauses and separable verbs ("... muss noch rein", "... kann raus", "bitte ... ergänzen",
"X soll Pflicht sein", "aus X wird Y", compound nouns, "wann sie zurückgekommen ist"), Spanish clitics
and impersonal forms ("que se pueda indicar ...", "hace falta ...", "sobra ...", "ponedle ...", "lo de X ...",
"que X sea obligatorio"), options after a colon or in brackets, "kein Freitext" / "no texto" type changes,
whole tables removed. Written by session 5 helper R3 in its own words and on its own domains (key
management, safety briefings, customer visits, cleaning shifts, food bank donations, holiday requests,
room keys) BEFORE changing the refiner.
Run from this folder: python3 make_s5_r3_dees_refine.py -> s5-r3-dees-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


SCHLUESSEL = spec("Schlüsselverwaltung", [
    ent("schluessel", "Schlüssel", "Schlüssel", [
        f("nummer", "Nummer", "text", required=True), f("raum", "Raum", "text"),
        f("art", "Art", "choice", options=["Büro", "Lager", "Generalschlüssel"]), f("bemerkung", "Bemerkung", "text")]),
    ent("ausgabe", "Ausgabe", "Ausgaben", [
        ref("schluessel", "Schlüssel", "schluessel", required=True), f("empfaenger", "Empfänger", "person"),
        f("ausgegeben_am", "Ausgegeben am", "date"), f("pfand", "Pfand", "text"), f("notiz", "Notiz", "long_text")])])
UNTERWEISUNG = spec("Arbeitsschutz-Unterweisungen", [
    ent("unterweisung", "Unterweisung", "Unterweisungen", [
        f("thema", "Thema", "text", required=True), f("datum", "Datum", "date"), f("unterweiser", "Unterweiser", "text"),
        f("dauer", "Dauer", "text"), f("abteilung", "Abteilung", "choice", options=["Produktion", "Lager", "Verwaltung"])]),
    ent("teilnahme", "Teilnahme", "Teilnahmen", [
        ref("unterweisung", "Unterweisung", "unterweisung", required=True), f("mitarbeiter", "Mitarbeiter", "person"),
        f("unterschrift", "Unterschrift", "boolean")])])
BESUCHE = spec("Kundenbesuche", [
    ent("kunde", "Kunde", "Kunden", [f("firma", "Firma", "text", required=True), f("ort", "Ort", "text"),
                                     f("ansprechpartner", "Ansprechpartner", "text")]),
    ent("besuch", "Besuch", "Besuche", [
        ref("kunde", "Kunde", "kunde", required=True), f("datum", "Datum", "datetime"), f("vertreter", "Vertreter", "person"),
        f("ergebnis", "Ergebnis", "text"), f("naechster_schritt", "Nächster Schritt", "text"), f("km", "Kilometer", "integer")])])
LIMPIEZA = spec("Turnos de limpieza", [
    ent("zona", "Zona", "Zonas", [f("nombre", "Nombre", "text", required=True), f("planta", "Planta", "text")]),
    ent("turno", "Turno", "Turnos", [
        ref("zona", "Zona", "zona", required=True), f("limpiador", "Limpiador", "text"), f("fecha", "Fecha", "date"),
        f("horario", "Horario", "choice", options=["Mañana", "Tarde"]), f("hecho", "Hecho", "boolean"),
        f("observaciones", "Observaciones", "text")])])
DONACIONES = spec("Banco de alimentos", [
    ent("donante", "Donante", "Donantes", [f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone"),
                                           f("tipo", "Tipo", "choice", options=["Particular", "Empresa"])]),
    ent("donacion", "Donación", "Donaciones", [
        ref("donante", "Donante", "donante"), f("fecha", "Fecha", "date"), f("kilos", "Kilos", "text"),
        f("categoria", "Categoría", "choice", options=["Conservas", "Legumbres", "Leche"]),
        f("recibido_por", "Recibido por", "person"), f("notas", "Notas", "long_text")])])
VACACIONES = spec("Solicitudes de vacaciones", [
    ent("solicitud", "Solicitud", "Solicitudes", [
        f("empleado", "Empleado", "person", required=True), f("desde", "Desde", "date"), f("hasta", "Hasta", "date"),
        f("tipo", "Tipo", "choice", options=["Vacaciones", "Asuntos propios"]), f("motivo", "Motivo", "text"),
        f("estado", "Estado", "choice", options=["Pendiente", "Aprobada", "Rechazada"])])])
CLES = spec("Gestion des clés", [
    ent("cle", "Clé", "Clés", [f("numero", "Numéro", "text", required=True), f("porte", "Porte", "text"),
                               f("type", "Type", "choice", options=["Bureau", "Local technique"])]),
    ent("pret", "Prêt", "Prêts", [ref("cle", "Clé", "cle", required=True), f("emprunteur", "Emprunteur", "person"),
                                  f("date_pret", "Date du prêt", "date"), f("commentaire", "Commentaire", "text")])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- German ----------
C("s5r3d01", "de", SCHLUESSEL, "bei der Ausgabe muss noch rein wann der Schlüssel zurückgegeben wurde",
  [addf("ausgabe", "Zurückgegeben am", "date", ["Rückgabe", "Rückgabedatum", "zurückgegeben"], ["datetime"])])
C("s5r3d02", "de", SCHLUESSEL, "Die Bemerkung beim Schlüssel kann raus, die nutzt eh keiner.", [rm("schluessel", "bemerkung")])
C("s5r3d03", "de", SCHLUESSEL, "Pfand ist bei uns immer ein Betrag in Euro, also bitte kein Freitext mehr",
  [ct("ausgabe", "pfand", "money", ["decimal"])])
C("s5r3d04", "de", SCHLUESSEL, "Der Empfänger soll Pflicht sein, sonst weiß keiner wer den Schlüssel hat.",
  [req("ausgabe", "empfaenger")])
C("s5r3d05", "de", SCHLUESSEL, "Bei der Art fehlt noch Tresor und Fahrzeug",
  [opts("schluessel", "art", ["Büro", "Lager", "Generalschlüssel", "Tresor", "Fahrzeug"])])
C("s5r3d06", "de", SCHLUESSEL, "Bitte beim Schlüssel noch das Gebäude ergänzen (Haus A, Haus B, Werkstatt)",
  [addf("schluessel", "Gebäude", "choice", ["Haus"], options=["Haus A", "Haus B", "Werkstatt"])])
C("s5r3d07", "de", SCHLUESSEL, "aus Notiz wird Hinweise, klingt freundlicher", [rn("ausgabe", "notiz", "Hinweise")])
C("s5r3d08", "de", UNTERWEISUNG, "Die Dauer bitte als Zahl in Minuten, nicht als Text.",
  [ct("unterweisung", "dauer", "integer", ["decimal"])])
C("s5r3d09", "de", UNTERWEISUNG, "Der Unterweiser sollte aus der Mitarbeiterliste kommen und kein Freitext sein",
  [ct("unterweisung", "unterweiser", "person")])
C("s5r3d10", "de", UNTERWEISUNG, "Wir brauchen noch das Nachweisdokument als PDF, das muss bei jeder Unterweisung hochgeladen werden",
  [addf("unterweisung", "Nachweisdokument", "file", ["Nachweis", "Dokument", "PDF"]),
   ])
C("s5r3d11", "de", UNTERWEISUNG, "Bei der Abteilung fehlen Werkstatt und Fuhrpark, und die Abteilung muss immer ausgefüllt sein",
  [opts("unterweisung", "abteilung", ["Produktion", "Lager", "Verwaltung", "Werkstatt", "Fuhrpark"]), req("unterweisung", "abteilung")])
C("s5r3d12", "de", UNTERWEISUNG, "bei der Teilnahme fehlt ob der Test bestanden wurde",
  [addf("teilnahme", "Test bestanden", "boolean", ["bestanden", "Test"])])
C("s5r3d13", "de", BESUCHE, "Den Nächsten Schritt brauchen wir nicht mehr, das steht eh im CRM",
  [rm("besuch", "naechster_schritt")])
C("s5r3d14", "de", BESUCHE, "Beim Besuch bitte noch die Besuchsart ergänzen: Erstbesuch, Folgebesuch oder Reklamation",
  [addf("besuch", "Besuchsart", "choice", ["Art", "Art des Besuchs"], options=["Erstbesuch", "Folgebesuch", "Reklamation"])])
C("s5r3d15", "de", BESUCHE, "Das Ergebnis ist oft länger, da muss man mehrere Absätze schreiben können",
  [ct("besuch", "ergebnis", "long_text")])
C("s5r3d16", "de", BESUCHE, "Beim Kunden fehlt die Telefonnummer vom Ansprechpartner und seine Mailadresse",
  [addf("kunde", "Telefonnummer", "phone", ["Telefon", "Telefon Ansprechpartner"]),
   addf("kunde", "E-Mail", "email", ["Mailadresse", "E-Mail-Adresse", "Mail"])])
C("s5r3d17", "de", BESUCHE, "Die Kilometer sind mit Komma, also 12,5 km oder so, bitte entsprechend umstellen",
  [ct("besuch", "km", "decimal")])
C("s5r3d18", "de", BESUCHE, "Die Tabelle Kunden können wir uns sparen, der Kunde soll beim Besuch einfach ein Textfeld sein.",
  [rme("kunde"), ct("besuch", "kunde", "text")])
# ---------- Spanish ----------
C("s5r3s01", "es", LIMPIEZA, "que se pueda indicar cuántos minutos se ha tardado en cada turno",
  [addf("turno", "minutos", "integer", ["duración", "tiempo", "minutos tardados"], ["decimal"])])
C("s5r3s02", "es", LIMPIEZA, "Hace falta un campo para la firma del supervisor, que la escanean y la suben",
  [addf("turno", "firma del supervisor", "file", ["firma"])])
C("s5r3s03", "es", LIMPIEZA, "Sobra lo de observaciones, nadie escribe nada ahí", [rm("turno", "observaciones")])
C("s5r3s04", "es", LIMPIEZA, "ponedle al turno el horario de noche también, que ahora hay turno de noche",
  [opts("turno", "horario", ["Mañana", "Tarde", "Noche"])])
C("s5r3s05", "es", LIMPIEZA, "Lo del limpiador, que sea una persona de la plantilla, no texto",
  [ct("turno", "limpiador", "person")])
C("s5r3s06", "es", LIMPIEZA, "que la fecha sea obligatoria porfa, que si no luego no cuadran los turnos", [req("turno", "fecha")])
C("s5r3s07", "es", LIMPIEZA, "En las zonas hace falta saber los metros cuadrados de cada una",
  [addf("zona", "metros cuadrados", "decimal", ["superficie", "m2", "metros"], ["integer"])])
C("s5r3s08", "es", LIMPIEZA, "A las zonas ponedles también el tipo de suelo (madera, baldosa o moqueta)",
  [addf("zona", "tipo de suelo", "choice", ["suelo"], options=["Madera", "Baldosa", "Moqueta"])])
C("s5r3s09", "es", DONACIONES, "Los kilos tienen que ser un número con decimales, no texto, que luego hay que sumarlos",
  [ct("donacion", "kilos", "decimal")])
C("s5r3s10", "es", DONACIONES, "En la categoría faltan: higiene, productos frescos y bebidas",
  [opts("donacion", "categoria", ["Conservas", "Legumbres", "Leche", "Higiene", "Productos frescos", "Bebidas"])])
C("s5r3s11", "es", DONACIONES, "hace falta poder guardar la fecha de caducidad más próxima de lo que nos traen",
  [addf("donacion", "fecha de caducidad", "date", ["caducidad", "fecha de caducidad más próxima"])])
C("s5r3s12", "es", DONACIONES, "A los donantes añadidles el email y si quieren recibir el certificado de donación",
  [addf("donante", "email", "email", ["correo"]), addf("donante", "quiere certificado", "boolean", ["certificado", "recibir certificado", "certificado de donación"])])
C("s5r3s13", "es", DONACIONES, "La tabla de donantes no la usamos, quitadla entera, y el donante que se quede como texto en la donación",
  [rme("donante"), ct("donacion", "donante", "text")])
C("s5r3s14", "es", DONACIONES, "Sobran las notas", [rm("donacion", "notas")])
C("s5r3s15", "es", VACACIONES, "que el motivo sea obligatorio cuando es asuntos propios, bueno mejor que sea obligatorio siempre",
  [req("solicitud", "motivo")])
C("s5r3s16", "es", VACACIONES, "Hace falta saber quién la aprueba y cuándo",
  [addf("solicitud", "aprobado por", "person", ["aprobador", "aprueba"]),
   addf("solicitud", "fecha de aprobación", "date", ["aprobado el", "aprobación"], ["datetime"])])
C("s5r3s17", "es", VACACIONES, "en el tipo añadid baja médica y permiso por mudanza",
  [opts("solicitud", "tipo", ["Vacaciones", "Asuntos propios", "Baja médica", "Permiso por mudanza"])])
C("s5r3s18", "es", VACACIONES, "el campo motivo ponedlo como texto largo que a veces se enrollan",
  [ct("solicitud", "motivo", "long_text")])
C("s5r3s19", "es", VACACIONES, "Que se pueda adjuntar el justificante", [addf("solicitud", "justificante", "file", ["documento"])])
C("s5r3s20", "es", VACACIONES, "Lo de 'Desde' y 'Hasta' cambiadlo a 'Primer día' y 'Último día'",
  [rn("solicitud", "desde", "Primer día"), rn("solicitud", "hasta", "Último día")])
# ---------- French ----------
C("s5r3f01", "fr", CLES, "Il faudrait pouvoir indiquer la date de retour prévue pour chaque prêt",
  [addf("pret", "date de retour prévue", "date", ["retour prévu", "date de retour"])])
C("s5r3f02", "fr", CLES, "le commentaire on s'en sert jamais, vous pouvez l'enlever", [rm("pret", "commentaire")])
C("s5r3f03", "fr", CLES, "pour le type il manque : Portail, Armoire", [opts("cle", "type", ["Bureau", "Local technique", "Portail", "Armoire"])])
C("s5r3f04", "fr", CLES, "Que la porte soit obligatoire svp", [req("cle", "porte")])

if __name__ == "__main__":
    with open("s5-r3-dees-refine.jsonl", "w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases), "cases")

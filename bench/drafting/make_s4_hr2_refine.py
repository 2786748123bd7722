"""Probe set S4-HR2: French, Spanish and German field-level chat edits said the way people talk
(add a field named or implied, remove, rename, change type, required, options in prose), some after a
context clause that names a record kind next to a removal word ("ya no", "nicht mehr", "ne … plus"),
which must not lose that kind. Written by session 4 helper R2 in its own words and on its own domains
(equipment loans, incidents, trainings, visitors, tool lending, events) BEFORE changing the refiner.
Run from this folder: python3 make_s4_hr2_refine.py -> s4-hr2-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, rm, rn, req, opts, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


PRESTAMOS = spec("Préstamo de equipos", [
    ent("equipo", "Equipo", "Equipos", [
        f("nombre", "Nombre", "text", required=True), f("numero_serie", "Número de serie", "text"),
        f("categoria", "Categoría", "choice", options=["Portátil", "Proyector", "Cámara"]),
        f("estado", "Estado", "choice", options=["Disponible", "Prestado", "En reparación"])]),
    ent("prestamo", "Préstamo", "Préstamos", [
        ref("equipo", "Equipo", "equipo", required=True), f("solicitante", "Solicitante", "person"),
        f("fecha_prestamo", "Fecha del préstamo", "datetime"), f("devolucion_prevista", "Devolución prevista", "date"),
        f("observaciones", "Observaciones", "text")])])
INCIDENCIAS = spec("Incidencias", [
    ent("edificio", "Edificio", "Edificios", [f("nombre", "Nombre", "text", required=True), f("direccion", "Dirección", "text")]),
    ent("incidencia", "Incidencia", "Incidencias", [
        f("titulo", "Título", "text"), f("descripcion", "Descripción", "long_text"),
        f("prioridad", "Prioridad", "choice", options=["Baja", "Media", "Alta"]), f("reportado_por", "Reportado por", "person"),
        f("fecha", "Fecha", "date"), f("resuelta", "Resuelta", "boolean"), ref("edificio", "Edificio", "edificio")])])
FORMATIONS = spec("Formations", [
    ent("formation", "Formation", "Formations", [
        f("intitule", "Intitulé", "text", required=True), f("formateur", "Formateur", "person"),
        f("date_debut", "Date de début", "date"), f("places", "Places", "text"), f("lieu", "Lieu", "text")]),
    ent("inscription", "Inscription", "Inscriptions", [
        ref("formation", "Formation", "formation", required=True), f("participant", "Participant", "person"),
        f("present", "Présent", "boolean"), f("commentaire", "Commentaire", "text")])])
VISITES = spec("Registre des visiteurs", [
    ent("visite", "Visite", "Visites", [
        f("nom_visiteur", "Nom du visiteur", "text", required=True), f("societe", "Société", "text"),
        f("hote", "Hôte", "person"), f("arrivee", "Arrivée", "datetime"), f("badge", "Badge", "text"),
        f("motif", "Motif", "choice", options=["Réunion", "Livraison", "Entretien"])])])
WERKZEUG = spec("Werkzeugausleihe", [
    ent("werkzeug", "Werkzeug", "Werkzeuge", [
        f("bezeichnung", "Bezeichnung", "text", required=True), f("inventarnummer", "Inventarnummer", "text"),
        f("kategorie", "Kategorie", "choice", options=["Elektro", "Hand", "Messgerät"]),
        f("zustand", "Zustand", "choice", options=["Gut", "Beschädigt"])]),
    ent("ausleihe", "Ausleihe", "Ausleihen", [
        ref("werkzeug", "Werkzeug", "werkzeug", required=True), f("mitarbeiter", "Mitarbeiter", "person"),
        f("ausgeliehen_am", "Ausgeliehen am", "date"), f("rueckgabe", "Rückgabe", "date"), f("baustelle", "Baustelle", "text")])])
EVENTS = spec("Veranstaltungen", [
    ent("veranstaltung", "Veranstaltung", "Veranstaltungen", [
        f("titel", "Titel", "text", required=True), f("datum", "Datum", "datetime"), f("ort", "Ort", "text"),
        f("teilnehmerzahl", "Teilnehmerzahl", "text"), f("budget", "Budget", "text")]),
    ent("anmeldung", "Anmeldung", "Anmeldungen", [
        ref("veranstaltung", "Veranstaltung", "veranstaltung", required=True), f("name", "Name", "text", required=True),
        f("email", "E-Mail", "email"), f("essenswunsch", "Essenswunsch", "choice", options=["Normal", "Vegetarisch", "Vegan"])])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- Spanish ----------
C("h2s01", "es", PRESTAMOS, "Oye, una cosa: también necesitamos saber quién autorizó cada préstamo y cuándo.",
  [addf("prestamo", "autorizado por", "person", ["autorizador", "aprobado por", "autorizó"]),
   addf("prestamo", "fecha de autorización", "date", ["autorizado el", "fecha autorizacion", "cuándo"], ["datetime"])])
C("h2s02", "es", PRESTAMOS, "La fecha del préstamo con la hora no nos sirve, solo la fecha, sin la hora.", [ct("prestamo", "fecha_prestamo", "date")])
C("h2s03", "es", PRESTAMOS, "Los préstamos ya no se apuntan en papel, así que hay que añadir la firma del solicitante como archivo.",
  [addf("prestamo", "firma", "file", ["firma del solicitante"])])
C("h2s04", "es", PRESTAMOS, "Las observaciones sobran, nadie las rellena.", [rm("prestamo", "observaciones")])
C("h2s05", "es", PRESTAMOS, "El número de serie tendría que ser obligatorio, que luego no hay manera de encontrar los equipos.",
  [req("equipo", "numero_serie")])
C("h2s06", "es", PRESTAMOS, "En la categoría faltan tableta y micrófono.",
  [opts("equipo", "categoria", ["Portátil", "Proyector", "Cámara", "Tableta", "Micrófono"])])
C("h2s07", "es", PRESTAMOS, "¿Podéis cambiar 'Solicitante' por 'Persona que lo pide'?", [rn("prestamo", "solicitante", "Persona que lo pide")])
C("h2s08", "es", INCIDENCIAS, "Estaría bien apuntar cuánto tiempo se tardó en resolverla, en horas.",
  [addf("incidencia", "tiempo de resolución", "decimal", ["horas", "tiempo", "duración", "tiempo de resolucion en horas"], ["integer"])])
C("h2s09", "es", INCIDENCIAS, "Lo de 'resuelta' mejor como un estado: abierta, en curso o cerrada.", [ct("incidencia", "resuelta", "choice")])
C("h2s10", "es", INCIDENCIAS, "Para los edificios necesitamos también el responsable de mantenimiento, que sea alguien de la plantilla.",
  [addf("edificio", "responsable de mantenimiento", "person", ["responsable"])])
C("h2s11", "es", INCIDENCIAS, "Quita la prioridad Media, con Baja y Alta nos vale.", [opts("incidencia", "prioridad", ["Baja", "Alta"])])
C("h2s12", "es", INCIDENCIAS, "El título tiene que ser obligatorio y la fecha también.", [req("incidencia", "titulo"), req("incidencia", "fecha")])
C("h2s13", "es", INCIDENCIAS, "Cuando la incidencia es en un edificio grande, también habría que saber en qué planta, como número.",
  [addf("incidencia", "planta", "integer", ["piso", "número de planta"])])
C("h2s14", "es", PRESTAMOS, "Como los equipos ya no salen del edificio, quitad la devolución prevista.", [rm("prestamo", "devolucion_prevista")])
C("h2s15", "es", INCIDENCIAS, "Necesitamos también saber quién la cerró y cuándo.",
  [addf("incidencia", "cerrado por", "person", ["cerrada por", "cerró"]),
   addf("incidencia", "fecha de cierre", "date", ["cerrada el", "cerrado el", "cierre"], ["datetime"])])
C("h2s16", "es", INCIDENCIAS, "A las incidencias les falta una foto del problema, que el técnico la pueda ver antes de ir.",
  [addf("incidencia", "foto", "file", ["foto del problema"])])
# ---------- French ----------
C("h2f01", "fr", FORMATIONS, "Il faudrait aussi noter combien de personnes sont venues à chaque formation.",
  [addf("formation", "nombre de personnes", "integer", ["nombre de participants", "personnes venues", "participants", "nombre de personnes venues"])])
C("h2f02", "fr", FORMATIONS, "Pour le lieu, c'est toujours une de nos salles : Salle A, Salle B ou l'Auditorium, donc une liste ce serait mieux.",
  [ct("formation", "lieu", "choice")])
C("h2f03", "fr", FORMATIONS, "Le commentaire, personne ne le remplit, on peut l'enlever.", [rm("inscription", "commentaire")])
C("h2f04", "fr", FORMATIONS, "Les places, ça devrait être un nombre, pas du texte.", [ct("formation", "places", "integer", ["decimal"])])
C("h2f05", "fr", FORMATIONS, "On ne fait plus les inscriptions sur papier ; il faudrait juste ajouter la date d'inscription.",
  [addf("inscription", "date d'inscription", "date", ["inscrit le", "inscription"], ["datetime"])])
C("h2f06", "fr", VISITES, "Renommez « Hôte » en « Personne visitée », c'est plus clair pour l'accueil.", [rn("visite", "hote", "Personne visitée")])
C("h2f07", "fr", VISITES, "Il nous faudrait aussi savoir si le visiteur a signé la charte de confidentialité.",
  [addf("visite", "charte signée", "boolean", ["charte de confidentialité", "charte", "charte de confidentialité signée", "a signé la charte"])])
C("h2f08", "fr", VISITES, "Le motif doit être obligatoire, sinon on ne sait jamais pourquoi les gens sont là.", [req("visite", "motif")])
C("h2f09", "fr", VISITES, "Pour le motif, ajoutez « Maintenance » et enlevez « Entretien ».", [opts("visite", "motif", ["Réunion", "Livraison", "Maintenance"])])
C("h2f10", "fr", VISITES, "Il faudrait aussi l'heure de départ des visiteurs.",
  [addf("visite", "heure de départ", "datetime", ["départ", "sortie", "heure de sortie"], ["time", "date"])])
C("h2f11", "fr", VISITES, "Le badge, c'est un numéro, donc plutôt un nombre entier.", [ct("visite", "badge", "integer")])
C("h2f12", "fr", FORMATIONS, "Pour chaque inscription, on voudrait savoir qui l'a validée.",
  [addf("inscription", "validé par", "person", ["validée par", "validateur", "valideur"])])
# ---------- German ----------
C("h2d01", "de", WERKZEUG, "Wir sollten bei der Ausleihe auch festhalten, wer das abgezeichnet hat.",
  [addf("ausleihe", "abgezeichnet von", "person", ["abgezeichnet", "unterschrieben von", "Abzeichnung"])])
C("h2d02", "de", WERKZEUG, "Die Rückgabe am besten als Datum mit Uhrzeit.", [ct("ausleihe", "rueckgabe", "datetime")])
C("h2d03", "de", WERKZEUG, "Die Baustelle brauchen wir nicht mehr, das steht eh im Auftrag.", [rm("ausleihe", "baustelle")])
C("h2d04", "de", WERKZEUG, "Beim Zustand fehlt noch 'In Reparatur'.", [opts("werkzeug", "zustand", ["Gut", "Beschädigt", "In Reparatur"])])
C("h2d05", "de", WERKZEUG, "Die Inventarnummer muss Pflicht sein.", [req("werkzeug", "inventarnummer")])
C("h2d06", "de", WERKZEUG, "Benenn 'Mitarbeiter' bitte in 'Ausgeliehen von' um.", [rn("ausleihe", "mitarbeiter", "Ausgeliehen von")])
C("h2d07", "de", WERKZEUG, "Die Werkzeuge werden nicht mehr im Lager gezählt, aber wir brauchen noch das Kaufdatum und den Kaufpreis.",
  [addf("werkzeug", "Kaufdatum", "date"), addf("werkzeug", "Kaufpreis", "money", ["Preis"], ["decimal"])])
C("h2d08", "de", EVENTS, "Die Teilnehmerzahl am besten als Zahl.", [ct("veranstaltung", "teilnehmerzahl", "integer", ["decimal"])])
C("h2d09", "de", EVENTS, "Das Budget bitte als Geldbetrag, nicht als Text.", [ct("veranstaltung", "budget", "money", ["decimal"])])
C("h2d10", "de", EVENTS, "Bei den Anmeldungen wäre es gut zu wissen, ob jemand eine Begleitperson mitbringt.",
  [addf("anmeldung", "Begleitperson", "boolean", ["Begleitperson mitbringt", "mit Begleitperson", "bringt Begleitperson mit"])])
C("h2d11", "de", EVENTS, "Beim Essenswunsch kommt noch 'Glutenfrei' dazu.",
  [opts("anmeldung", "essenswunsch", ["Normal", "Vegetarisch", "Vegan", "Glutenfrei"])])
C("h2d12", "de", EVENTS, "Die E-Mail soll ein Pflichtfeld sein, sonst erreichen wir die Leute nicht.", [req("anmeldung", "email")])
C("h2d13", "de", EVENTS, "Kannst du bei der Veranstaltung noch eintragen, wer sie organisiert?",
  [addf("veranstaltung", "Organisator", "person", ["organisiert von", "Veranstalter", "Organisiert"])])
C("h2d14", "de", EVENTS, "Den Ort brauchen wir nicht, die Veranstaltungen sind alle bei uns im Haus.", [rm("veranstaltung", "ort")])
C("h2d15", "de", EVENTS, "Für die Anmeldungen brauchen wir keine Papierlisten mehr, aber die Telefonnummer fehlt noch.",
  [addf("anmeldung", "Telefonnummer", "phone", ["Telefon"])])

with open("s4-hr2-refine.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")

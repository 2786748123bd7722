package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Required / optional and a field's new type said in everyday words, and the type a new field gets, in four
 * languages: "Anfang und Ende bitte als Uhrzeit statt Text", "'Hinweis' als längerer Text" after a required edit,
 * "Telefon kann leer bleiben", "ein Foto-Feld" (the field word is no part of the name), "le plan (PDF) et le nom du
 * gardien" (the PDF stays on its own item), a sign-off box and scan added beside an existing Client (which keeps its
 * type), "packages delivered" on a record (a count, not yes/no).
 */
class TypeAndRequiredWordsTest {
    private static final AppSpec EN = app("Service jobs", "job Job Jobs: customer Customer text, site Site text, start_time Start_time text, end_time End_time text,"
            + " completed_on Completed_on date, notes Notes text, quantity Quantity integer, phone Phone phone*",
            "technician Technician Technicians: name Name text*, mobile Mobile phone");
    private static final AppSpec FR = app("Interventions", "intervention Intervention Interventions: client Client text, site Site text,"
            + " heure_arrivee Heure_d'arrivée text, date_fin Date_de_fin date, remarques Remarques text, quantite Quantité integer, telephone Téléphone phone*",
            "technicien Technicien Techniciens: nom Nom text*, portable Portable phone");
    private static final AppSpec ES = app("Servicios", "servicio Servicio Servicios: cliente Cliente text, lugar Lugar text, hora_salida Hora_de_salida text,"
            + " fecha_fin Fecha_de_fin date, notas Notas text, cantidad Cantidad integer*, telefono Teléfono phone",
            "tecnico Técnico Técnicos: nombre Nombre text*, movil Móvil phone");
    private static final AppSpec DE = app("Einsätze", "einsatz Einsatz Einsätze: kunde Kunde text, standort Standort text, anfang Anfang text, ende Ende text,"
            + " erledigt_am Erledigt_am date, hinweis Hinweis text, menge Menge integer, telefon Telefon phone*",
            "techniker Techniker Techniker: name Name text*, mobil Mobil phone");

    /** "key Name Plural: fieldkey Label type[*], …" per kind; "_" in a label is a space, "*" marks a required field. */
    private static AppSpec app(String name, String... kinds) {
        StringBuilder json = new StringBuilder("{\"spec\": 1, \"name\": \"" + name + "\", \"entities\": [");
        for (int k = 0; k < kinds.length; k++) {
            String[] head = kinds[k].split(":", 2)[0].split(" ");
            json.append(k == 0 ? "" : ",").append("{\"key\": \"").append(head[0]).append("\", \"name\": \"").append(head[1])
                    .append("\", \"plural\": \"").append(head[2]).append("\", \"fields\": [");
            String[] fields = kinds[k].split(":", 2)[1].split(",");
            for (int i = 0; i < fields.length; i++) {
                String[] f = fields[i].strip().split(" ");
                boolean required = f[2].endsWith("*");
                json.append(i == 0 ? "" : ",").append("{\"key\": \"").append(f[0]).append("\", \"label\": \"").append(f[1].replace('_', ' '))
                        .append("\", \"type\": \"").append(f[2].replace("*", "")).append("\"").append(required ? ", \"required\": true" : "").append("}");
            }
            json.append("]}");
        }
        return RefineFixtures.spec(json.append("]}").toString());
    }

    /**
     * lang | message | the changes expected: "~Label:req=true", "~Label:type" for a field that was there, "+words:type"
     * for a new field whose label contains the words. Nothing else may change.
     */
    private static final String ROWS = """
            de | Kunde und Standort sollen Pflichtfelder sein. | ~Kunde:req=true; ~Standort:req=true
            de | Hallo, 'Erledigt am' soll Pflicht sein und 'Hinweis' als längerer Text. | ~Erledigt am:req=true; ~Hinweis:long_text
            de | Anfang und Ende bitte als Uhrzeit statt Text. | ~Anfang:datetime; ~Ende:datetime
            de | anfang bitte als richtige uhrzeit, nicht als text | ~Anfang:datetime
            de | Die Menge muss ausgefüllt werden. | ~Menge:req=true
            de | Telefon ist optional. | ~Telefon:req=false
            de | Telefon kann auch leer bleiben, das haben viele nicht. | ~Telefon:req=false
            de | Das Ende soll ein Zeitpunkt sein und kein Text. | ~Ende:datetime
            de | Standort bitte als Pflichtfeld markieren | ~Standort:req=true
            de | Bitte noch ein Foto-Feld dazu. | +Foto:file
            de | Wir brauchen noch den Lageplan (PDF) und den Namen des Hausmeisters. | +Lageplan:file; +Hausmeister:text
            de | Bitte beim Einsatz noch die gelieferten Pakete erfassen. | +Pakete:integer
            de | Bitte noch ein Feld 'Hausmeister informiert' dazu. | +Hausmeister informiert:boolean
            de | Bitte noch ein Feld 'Rechnung zugestellt' dazu. | +Rechnung zugestellt:boolean
            de | Die Menge kann nicht leer bleiben. | ~Menge:req=true
            en | the start time should be a proper time not text | ~Start time:datetime
            en | Make the notes a bigger text box please | ~Notes:long_text
            en | quantity can't be left empty | ~Quantity:req=true
            en | Completed on must be filled in, and notes as a longer text. | ~Completed on:req=true; ~Notes:long_text
            en | start and end time as actual times instead of text please | ~Start time:datetime; ~End time:datetime
            en | phone doesnt have to be filled in | ~Phone:req=false
            en | Hi, could the end time be a date and time rather than free text? | ~End time:datetime
            en | make start time a real time field | ~Start time:datetime
            en | Phone can be left blank. | ~Phone:req=false
            en | Can we have a photo field too? | +Photo:file
            en | Please add packages delivered to the job. | +Packages delivered:integer
            en | Please add a 'Caretaker informed' field. | +Caretaker informed:boolean
            en | Please add a 'Keys returned' field. | +Keys returned:boolean
            en | the notes should be a proper time, not text | ~Notes:datetime
            en | the notes must be filled in every time | ~Notes:req=true
            fr | la date de fin doit être obligatoire | ~Date de fin:req=true
            fr | l'heure d'arrivée en vraie heure, pas en texte | ~Heure d'arrivée:datetime
            fr | Bonjour, le client et le site doivent être obligatoires. | ~Client:req=true; ~Site:req=true
            fr | Les remarques en texte long svp, et la quantité obligatoire | ~Remarques:long_text; ~Quantité:req=true
            fr | le téléphone est facultatif | ~Téléphone:req=false
            fr | le telephone peut rester vide | ~Téléphone:req=false
            fr | heure d'arrivée : une heure, pas du texte | ~Heure d'arrivée:datetime
            fr | il faudrait que l'heure d'arrivée soit une vraie heure et plus un texte | ~Heure d'arrivée:datetime
            fr | Pouvez-vous ajouter un champ photo ? | +Photo:file
            fr | il nous faut le plan du site (PDF) et le nom du gardien | +Plan du site:file; +gardien:text
            fr | ajoutez les colis livrés sur l'intervention | +Colis livrés:integer
            fr | ajoutez 'gardien prévenu' svp | +gardien prévenu:boolean
            fr | le téléphone ne peut pas rester vide | 
            es | la hora de salida como hora de verdad, no texto | ~Hora de salida:datetime
            es | el teléfono que sea obligatorio | ~Teléfono:req=true
            es | Hola, cliente y lugar tienen que ser obligatorios. | ~Cliente:req=true; ~Lugar:req=true
            es | Las notas como texto largo, que no caben | ~Notas:long_text
            es | la cantidad es opcional | ~Cantidad:req=false
            es | la cantidad puede quedar vacia | ~Cantidad:req=false
            es | hora de salida: que sea una hora, no un texto | ~Hora de salida:datetime
            es | ¿Podéis añadir un campo foto? | +Foto:file
            es | necesitamos el plano del lugar (PDF) y el nombre del conserje | +Plano del lugar:file; +conserje:text
            es | añadid los contenedores cargados al servicio | +Contenedores cargados:integer
            es | la fecha de fin tiene que rellenarse siempre y las notas en texto largo | ~Fecha de fin:req=true; ~Notas:long_text
            es | añadid 'conserje avisado' por favor | +conserje avisado:boolean
            """;

    /**
     * Not read yet (kept for the next round, not asserted): an existing field named in a compound or a scene ("site plan",
     * "the customer signs") is retyped or given the new values instead of new fields being added; a reason after a comma
     * ("da schreiben die Kollegen viel rein") types the field as a person.
     */
    static final String OPEN = """
            de | Der Hinweis soll ein mehrzeiliges Feld werden, da schreiben die Kollegen viel rein. | ~Hinweis:long_text
            de | Am Ende unterschreibt der Kunde: ein Häkchen 'vom Kunden bestätigt' und die eingescannte Unterschrift. | +bestätigt:boolean; +Unterschrift:file
            en | we need the site plan (PDF) and the name of the caretaker | +Site plan:file; +caretaker:text
            en | the customer signs at the end: a tick box 'approved by customer' and the scanned signature | +approved by customer:boolean; +signature:file
            en | we need the name of the caretaker and the site plan (PDF) | +Site plan:file; +caretaker:text
            fr | le client signe à la fin : une case 'validé par le client' et la signature scannée | +validé par le client:boolean; +signature:file
            es | el cliente firma al final: una casilla 'validado por el cliente' y la firma escaneada | +validado por el cliente:boolean; +firma:file
            """;

    static Stream<String> rows() {
        return ROWS.lines().filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void said_in_everyday_words(String row) {
        String[] parts = row.split("\\s*\\|\\s*", -1);
        AppSpec before = switch (parts[0].strip()) {
            case "en" -> EN;
            case "fr" -> FR;
            case "es" -> ES;
            default -> DE;
        };
        String got;
        try {
            got = changes(before, new OfflineRefiner().refine(before, parts[1]).spec(), parts[2]);
        } catch (DraftException e) {
            got = "refused";
        }
        assertEquals(normal(parts[2]), got, parts[1]);
    }

    private static String normal(String expected) {
        List<String> l = new ArrayList<>(Arrays.stream(expected.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList());
        l.sort(null);
        return String.join("; ", l);
    }

    /** The changes as written in the rows; a new field is shown by the expected entry whose words its label contains. */
    private static String changes(AppSpec before, AppSpec after, String expected) {
        List<String> wanted = Arrays.stream(expected.split(";")).map(String::strip).filter(e -> e.startsWith("+")).toList();
        List<String> out = new ArrayList<>();
        for (Entity a : after.entities()) {
            Entity b = before.entity(a.key()).orElse(null);
            if (b == null) {
                out.add("+kind " + a.name());
                continue;
            }
            for (Field f : a.fields()) {
                Field old = b.field(f.key()).orElse(null);
                if (old == null) {
                    String shown = "+" + f.label() + ":" + f.type().name().toLowerCase(Locale.ROOT);
                    for (String w : wanted) {
                        String words = w.substring(1, w.lastIndexOf(':'));
                        if (f.label().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
                            shown = "+" + words + ":" + f.type().name().toLowerCase(Locale.ROOT);
                        }
                    }
                    out.add(shown);
                    continue;
                }
                if (old.type() != f.type()) {
                    out.add("~" + old.label() + ":" + f.type().name().toLowerCase(Locale.ROOT));
                }
                if (old.required() != f.required()) {
                    out.add("~" + old.label() + ":req=" + f.required());
                }
                if (!old.label().equals(f.label())) {
                    out.add("~" + old.label() + "=>" + f.label());
                }
                if (!old.options().equals(f.options())) {
                    out.add("~" + old.label() + ":options " + f.options());
                }
            }
            for (Field f : b.fields()) {
                if (a.field(f.key()).isEmpty()) {
                    out.add("-" + f.label());
                }
            }
        }
        out.sort(null);
        return String.join("; ", out);
    }
}

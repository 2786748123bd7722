package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Names of the fields a chat edit adds (session 14, r2), phrasing of our own: a who/when clause keeps the thing it is
 * about ("who does the boiler check and when" → Boiler check by, Boiler check date), a "whether …, and when" names the date
 * after the question ("Date insurer informed"), a particle after the object stays with its verb ("signed the sheet off" →
 * Signed off by), and words that name nothing are never a field: verbs of noting, type words ("tick boxes"), fillers,
 * question words with an auxiliary ("how each request did"), pronouns and demonstratives ("ese pan" is the bread).
 */
class AskedFieldNamesTest {
    private static AppSpec shop(String req, String reqs, String customer, String status, String city, String inc, String incs, String date) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shop\", \"entities\": ["
                + "{\"key\": \"request\", \"name\": \"" + req + "\", \"plural\": \"" + reqs + "\", \"fields\": ["
                + "{\"key\": \"customer\", \"label\": \"" + customer + "\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"status\", \"label\": \"" + status + "\", \"type\": \"choice\", \"options\": [\"A\", \"B\"]}, "
                + "{\"key\": \"city\", \"label\": \"" + city + "\", \"type\": \"text\"}]}, "
                + "{\"key\": \"incident\", \"name\": \"" + inc + "\", \"plural\": \"" + incs + "\", \"fields\": ["
                + "{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}, "
                + "{\"key\": \"litres\", \"label\": \"Litros\", \"type\": \"decimal\"}]}]}");
    }

    private static final Map<String, AppSpec> SHOP = Map.of(
            "en", shop("Request", "Requests", "Customer", "Status", "City", "Incident", "Incidents", "Date"),
            "fr", shop("Demande", "Demandes", "Client", "Statut", "Ville", "Incident", "Incidents", "Date"),
            "es", shop("Solicitud", "Solicitudes", "Cliente", "Estado", "Ciudad", "Ordeño", "Ordeños", "Fecha"),
            "de", shop("Anfrage", "Anfragen", "Kunde", "Status", "Ort", "Zertifikat", "Zertifikate", "Datum"));

    private static List<Field> added(AppSpec before, AppSpec after) {
        List<Field> out = new ArrayList<>();
        for (Entity e : after.entities()) {
            out.addAll(RefineFixtures.newFields(before, after, e.key()));
        }
        return out;
    }

    /** Each of {@code want} ("Label" or "Label:type") is a new field; none of {@code never} is. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we need to know who does the site visit and when | Site visit by:person; Site visit date:date | Sited by",
        "en | Hi, please record who runs the site visit for each request, and when | Site visit by:person; Site visit date:date | Run by",
        "en | can we also see who carries out the safety check and when? | Safety check by:person; Safety check date:date | Date carried out",
        "en | who handles the follow-up call for each request, and when | Follow-up call by:person; Follow-up call date:date | Handled by",
        "en | please record whether the owner's insurer was informed of each incident and when | Insurer informed:boolean; Date insurer informed:date | Date informed",
        "en | whether the invoice was sent and when pls | Invoice sent:boolean; Date invoice sent:date | Date sent",
        "en | whether the keys came back and when | Keys came back:boolean; Date keys came back:date | Date come back",
        "en | who signed the job sheet off and when | Signed off by:person; Date signed off:date | Signed by",
        "en | Could you add who picked the parts up, and when? | Picked up by:person; Date picked up:date | Picked by",
        "en | Could every request get a 'damaged' tick box, and could we note which fitter approved the order? cheers | Damaged:boolean | Note",
        "en | Signed? and Returned? tick boxes thanks | Returned:boolean | Boxes; Tick boxes",
        "en | add the time it actually got finished, customers keep asking | Time finished:datetime | Time got",
        "en | who approved it and when | Approved by:person; Date approved:date | ",
        "en | who did the calibration and when | Calibrated by:person; Date calibrated:date | ",
        "en | please add a note field | Note | ",
        "en | whether it was paid and when | Paid:boolean; Date paid:date | ",
        "fr | il faudrait savoir qui fait la visite sur place et quand | Visite sur place par:person; Visite sur place le:date | Fait par",
        "fr | Bonjour, qui réalise le contrôle de sécurité et quand ? | Contrôle de sécurité par:person; Contrôle de sécurité le:date | Réalisé par",
        "fr | il faut noter si le syndic a été averti, et quand | Syndic averti:boolean; Syndic averti le:date | Averti le",
        "fr | qui a signé la demande et quand | Signé par:person; Signé le:date | ",
        "es | quién hace la visita y cuándo | Visita por:person; Visita el:date | Hecho",
        "es | Hola, necesito saber quién realiza la inspección de cada solicitud y cuándo | Inspección por:person; Inspección el:date | Realizado por",
        "es | me gustaría anotar también si ese pan se ha tirado | Pan tirado:boolean | Ese tirado",
        "es | quiero saber quién firmó la solicitud. Y luego la ciudad renómbrala a 'Localidad y región' | Firmada por:person | Región; Ciudad renómbrala a Localidad",
        "es | quién aprobó la solicitud y cuándo | Aprobada por:person; Aprobada el:date | ",
        "de | Wir hätten gern noch, wer die Zählerablesung macht und wann | Zählerablesung durch:person; Zählerablesung am:date | Gemacht von",
        "de | bitte noch erfassen, wer die Abnahme durchführt und wann | Abnahme durch:person; Abnahme am:date | Durchgeführt von",
        "de | Wir wollen auch sehen, was das Zertifikat gekostet hat | Kosten:money | Was",
        "de | Hallo, bitte noch, ob die Familie informiert wurde und wann | Familie informiert:boolean; Familie informiert am:date | Informiert am",
        "de | wer die Anfrage genehmigt hat und wann | Genehmigt von:person; Genehmigt am:date | ",
    })
    void a_new_field_is_named_by_what_the_person_meant(String lang, String message, String want, String never) {
        AppSpec before = SHOP.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<Field> made = added(before, after);
        String why = message + " → " + made.stream().map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList();
        for (String w : want.split(";")) {
            String[] lt = w.strip().split(":");
            assertTrue(made.stream().anyMatch(f -> f.label().equalsIgnoreCase(lt[0].strip())
                    && (lt.length < 2 || f.type().name().equalsIgnoreCase(lt[1].strip()))), "wants " + w.strip() + ": " + why);
        }
        if (never != null) {
            for (String n : never.split(";")) {
                assertTrue(made.stream().noneMatch(f -> f.label().equalsIgnoreCase(n.strip())), "never " + n.strip() + ": " + why);
            }
        }
    }

    /** Messages whose words name no field: nothing is added (the message may be refused). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we'd love to know how each request did",
        "en | tick boxes please",
        "es | o sea: eso",
        "de | was die Anfrage macht",
    })
    void words_that_name_nothing_add_no_field(String lang, String message) {
        AppSpec before = SHOP.get(lang);
        try {
            AppSpec after = new OfflineRefiner().refine(before, message).spec();
            assertTrue(added(before, after).isEmpty(), message + " → " + added(before, after).stream().map(Field::label).toList());
        } catch (DraftException refused) {
            // refused: nothing added
        }
    }
}

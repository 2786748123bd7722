package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * How many values a choice edit gets when it shares the message with other edits (session 16, r3):
 * <ul>
 * <li>"…, and the grade needs Expert too" / "und die Stufe braucht noch X" after another edit is an edit of its own
 * ({@link RefineSplitter}), not the tail of a rename that drops the value;</li>
 * <li>"add the grades Expert and Master", "ajoute les statuts A et B", "ergänze die Stufen A und B": the choice field
 * named right after the verb, then capitalised values ({@link RefineOptions}), not new fields called "Grades expert";</li>
 * <li>a capitalised last value after a bare "and"/"et"/"y" ("… Suspendu et Élimination") stays in the list even when it
 * looks like a verb ({@link RefineSplitter});</li>
 * <li>"…, and a job can have several trades" / "und ein Einsatz kann mehrere … haben" is an edit of its own, so the
 * values said before it are kept and the field becomes multi-select ({@link RefineSplitter});</li>
 * <li>"more than one" is never a value ({@link RefineOptions});</li>
 * <li>values said in the next sentence for a text field the same message just added ("add their diet. Diet can be
 * vegan, halal or none") make it a choice ({@link RefineOptions}).</li>
 * </ul>
 * Must not fire: lower-case words after the field ("add the trade notes"), a field that is no choice.
 */
class OptionCountTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Workshop", "entities": [{"key": "job", "name": "Job", "plural": "Jobs", "fields": [{"key": "title", "label": "Title", "type": "text", "required": true}, {"key": "trade", "label": "Trade", "type": "choice", "options": ["Electrician", "Plumber"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Done"]}, {"key": "notes", "label": "Notes", "type": "long_text"}]}, {"key": "member", "name": "Member", "plural": "Members", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "grade", "label": "Grade", "type": "choice", "options": ["Junior", "Senior"]}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier", "entities": [{"key": "intervention", "name": "Intervention", "plural": "Interventions", "fields": [{"key": "titre", "label": "Titre", "type": "text", "required": true}, {"key": "metier", "label": "Métier", "type": "choice", "options": ["Électricien", "Plombier"]}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["Ouvert", "Fermé"]}, {"key": "remarques", "label": "Remarques", "type": "long_text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [{"key": "trabajo", "name": "Trabajo", "plural": "Trabajos", "fields": [{"key": "titulo", "label": "Título", "type": "text", "required": true}, {"key": "oficio", "label": "Oficio", "type": "choice", "options": ["Electricista", "Fontanero"]}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Abierto", "Cerrado"]}, {"key": "notas", "label": "Notas", "type": "long_text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [{"key": "einsatz", "name": "Einsatz", "plural": "Einsätze", "fields": [{"key": "titel", "label": "Titel", "type": "text", "required": true}, {"key": "gewerk", "label": "Gewerk", "type": "choice", "options": ["Elektro", "Sanitär"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Erledigt"]}, {"key": "notiz", "label": "Notiz", "type": "long_text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Rename 'Title' to 'Job name', and trade needs Glazier too. | job.title~Job name & job.trade[Electrician;Plumber;Glazier]",
        "make notes required, and grade needs Expert as well | job.notes! & member.grade[Junior;Senior;Expert]",
        "add the grades Expert and Master | member.grade[Junior;Senior;Expert;Master]",
        "also add the trades Glazier, Roofer and Painter please | job.trade[Electrician;Plumber;Glazier;Roofer;Painter]",
        "add the statuses Waiting and On hold | job.status[Open;Done;Waiting;On hold]",
        "add the statuses Waiting and Removed | job.status[Open;Done;Waiting;Removed]",
        "add Glazier to the trades, and a job can have several trades | job.trade=multi_choice & job.trade[Electrician;Plumber;Glazier]",
        "add Glazier to the trades and a job can have more than one trade | job.trade=multi_choice & job.trade[Electrician;Plumber;Glazier]",
        "Could we also keep each member's shirt size? Shirt size can be small, medium, large. | +member:choice:Shirt size",
        "add a diet field for members. It can be vegan, halal or none. | +member:choice:Diet",
        "add the member's nickname. The nickname is what the others call them, short and friendly. | +member:text:Nickname",
    })
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "add the trade notes",
        "add the grade history",
        "add the status Open",
        "rename Title to Name and Notes should be required",
    })
    void english_options_untouched(String message) {
        untouched(EN, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "renomme 'Titre' en 'Intitulé', et le statut a besoin aussi de Suspendu | intervention.titre~Intitulé & intervention.statut[Ouvert;Fermé;Suspendu]",
        "ajoute les statuts Suspendu et Annulé stp | intervention.statut[Ouvert;Fermé;Suspendu;Annulé]",
        "rajoute les métiers Vitrier et Élagueur | intervention.metier[Électricien;Plombier;Vitrier;Élagueur]",
        "ajoute l'accès au chantier. L'accès peut être libre, badge ou clé. | +intervention:choice:Accès",
    })
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ajoute les remarques du client",
        "ajoute les métiers du sous-traitant",
    })
    void french_options_untouched(String message) {
        untouched(FR, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "renombra 'Título' a 'Nombre', y el estado necesita también Pausado | trabajo.titulo~Nombre & trabajo.estado[Abierto;Cerrado;Pausado]",
        "añade los estados Pausado y Anulado | trabajo.estado[Abierto;Cerrado;Pausado;Anulado]",
        "agrega los oficios Cristalero y Pintor por favor | trabajo.oficio[Electricista;Fontanero;Cristalero;Pintor]",
        "añade el acceso a la obra. El acceso puede ser libre, tarjeta o llave. | +trabajo:choice:Acceso",
    })
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "añade las notas del cliente",
        "añade los oficios del subcontratista",
    })
    void spanish_options_untouched(String message) {
        untouched(ES, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ergänze die Status Pausiert und Storniert | einsatz.status[Offen;Erledigt;Pausiert;Storniert]",
        "füge noch die Gewerke Maler und Dachdecker hinzu | einsatz.gewerk[Elektro;Sanitär;Maler;Dachdecker]",
        "Gewerk bitte um Maler ergänzen, und ein Einsatz kann mehrere Gewerke haben | einsatz.gewerk=multi_choice & einsatz.gewerk[Elektro;Sanitär;Maler]",
        "Bitte den Zugang ergänzen. Der Zugang kann frei, Karte oder Schlüssel sein. | +einsatz:choice:Zugang",
    })
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "füge die Notiz des Kunden hinzu",
        "ergänze den Status der Zahlung",
    })
    void german_options_untouched(String message) {
        untouched(DE, message);
    }

    private static void untouched(AppSpec before, String message) {
        ChangedOptionsTest.untouched(before, message);
    }
}

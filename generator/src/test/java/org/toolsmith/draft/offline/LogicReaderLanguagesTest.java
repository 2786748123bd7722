package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.scripts.Comparison;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Rule;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

/** The common shapes of logic asked for in French, Spanish and German, each with its own phrasing. */
class LogicReaderLanguagesTest {
    private final LogicReader reader = new LogicReader();

    /** A loan app with labels in one language: borrower, loan date, due date, returned, returned on, copies, reason, status, approved on/by. */
    private static AppSpec loans(String name, String plural, String... labels) {
        return new AppSpec(1, name, null, List.of(
                Entity.of("loan", name, plural, List.of(
                        Field.of("borrower", labels[0], FieldType.PERSON),
                        Field.of("loan_date", labels[1], FieldType.DATE),
                        Field.of("due_date", labels[2], FieldType.DATE),
                        Field.of("returned", labels[3], FieldType.BOOLEAN),
                        Field.of("returned_on", labels[4], FieldType.DATE),
                        Field.of("copies", labels[5], FieldType.INTEGER),
                        Field.of("reason", labels[6], FieldType.TEXT),
                        Field.of("status", labels[7], FieldType.CHOICE).withOptions(List.of(labels[8].split(","))),
                        Field.of("approved_on", labels[9], FieldType.DATE),
                        Field.of("approved_by", labels[10], FieldType.PERSON)))));
    }

    private static AppSpec orders(String order, String orders, String line, String lines, String amount) {
        return new AppSpec(1, orders, null, List.of(
                Entity.of("order_form", order, orders, List.of(Field.of("number", "N°", FieldType.TEXT))),
                Entity.of("line_item", line, lines, List.of(
                        Field.of("order_form", order, FieldType.REFERENCE).withTarget("order_form"),
                        Field.of("amount", amount, FieldType.MONEY)))));
    }

    static final AppSpec FR = loans("Prêt", "Prêts", "Emprunteur", "Date de prêt", "Date d'échéance", "Rendu", "Rendu le", "Exemplaires",
            "Motif", "Statut", "Sorti,Rendu,Perdu,Approuvé", "Approuvé le", "Approuvé par");
    static final AppSpec ES = loans("Préstamo", "Préstamos", "Prestatario", "Fecha de préstamo", "Fecha de vencimiento", "Devuelto",
            "Devuelto el", "Copias", "Motivo", "Estado", "Prestado,Devuelto,Perdido,Aprobado", "Aprobado el", "Aprobado por");
    static final AppSpec DE = loans("Ausleihe", "Ausleihen", "Ausleiher", "Ausleihdatum", "Fälligkeitsdatum", "Zurückgegeben",
            "Zurückgegeben am", "Exemplare", "Grund", "Status", "Ausgeliehen,Zurück,Verloren,Genehmigt", "Genehmigt am", "Genehmigt von");

    private LogicReader.Found found(AppSpec spec, String request) {
        LogicReader.Found found = reader.read(spec, request);
        assertTrue(found.any(), "understood nothing in: " + request);
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(found.spec())), request);
        return found;
    }

    private Rule rule(AppSpec spec, String request) {
        List<Rule> rules = found(spec, request).spec().rules();
        assertEquals(1, rules.size(), request);
        return rules.get(0);
    }

    // French

    @Test
    void french_date_comparison_number_limit_and_range() {
        Rule dates = rule(FR, "La date d'échéance doit être postérieure à la date de prêt.");
        assertEquals("compare_dates", dates.template());
        assertEquals("due_date", dates.field());
        assertTrue(dates.script().contains("days(record.loan_date, record.due_date) > 0"), dates.script());
        assertEquals("« Date d'échéance » doit être après « Date de prêt ».", dates.message());
        assertEquals("« Date d'échéance » doit être après « Date de prêt »", dates.name());
        assertEquals("Règle ajoutée : « Date d'échéance » doit être après « Date de prêt ».",
                found(FR, "La date d'échéance doit être postérieure à la date de prêt.").said().get(0));

        Rule atLeast = rule(FR, "Les exemplaires doivent être au moins 2");
        assertEquals("compare_numbers", atLeast.template());
        assertTrue(atLeast.script().contains("Number(record.copies) >= 2"), atLeast.script());
        Rule range = rule(FR, "Le nombre d'exemplaires doit être compris entre 1 et 5.");
        assertEquals("range", range.template());
        assertEquals("« Exemplaires » doit être entre 1 et 5.", range.message());
    }

    @Test
    void french_required_if_and_status_transition() {
        Rule required = rule(FR, "Le motif est obligatoire lorsque le statut est perdu.");
        assertEquals("required_if", required.template());
        assertEquals("reason", required.field());
        assertTrue(required.script().contains("String(record.status) !== \"Perdu\""), required.script());
        Rule transition = rule(FR, "Le statut ne peut passer que de Sorti à Rendu ou Perdu.");
        assertTrue(transition.script().contains("{\"Sorti\": [\"Rendu\", \"Perdu\"]}"), transition.script());
    }

    @Test
    void french_reminder_overdue_button_and_stamps() {
        AppSpec spec = found(FR, "Rappeler à l'emprunteur deux jours avant la date d'échéance à 9h30. "
                + "Afficher le nombre de jours de retard de chaque prêt. Ajouter un bouton « Marquer comme rendu ». "
                + "Lorsque le statut passe à Approuvé, renseigner approuvé le. Quand le statut devient approuvé, enregistrer approuvé par.").spec();
        Automation remind = spec.automations().get(0);
        assertEquals(new Automation.Schedule("day", "09:30"), remind.schedule());
        assertEquals("Rappeler Emprunteur 2 jours avant Date d'échéance", remind.name());
        assertTrue(remind.script().contains("days(today(), record.due_date) === 2") && remind.script().contains("record.borrower")
                && remind.script().contains("if (record.returned) return r;"), remind.script());
        Computed late = spec.computed().get(0);
        assertEquals("Jours de retard", late.label());
        assertTrue(late.script().contains("days(record.due_date, today())"), late.script());
        Action button = spec.actions().get(0);
        assertEquals("Marquer rendu", button.label());
        assertTrue(button.script().contains("returned: true") && button.script().contains("returned_on: today()")
                && button.script().contains("status: \"Rendu\""), button.script());
        assertEquals("stamp", spec.automations().get(1).template());
        assertEquals("Approuvé", spec.automations().get(1).value());
        assertEquals("Remplir Approuvé le quand Statut devient Approuvé", spec.automations().get(1).name());
        assertTrue(spec.automations().get(1).script().contains("approved_on: today()"), spec.automations().get(1).script());
        assertTrue(spec.automations().get(2).script().contains("approved_by: ctx.user"), spec.automations().get(2).script());
    }

    @Test
    void french_totals_and_counts_over_linked_lines() {
        AppSpec commandes = orders("Commande", "Commandes", "Ligne", "Lignes", "Montant");
        Computed total = found(commandes, "Afficher le total des montants des lignes de chaque commande.").spec().computed().get(0);
        assertEquals("order_form", total.entity());
        assertEquals("Total montant", total.label());
        assertEquals(FieldType.MONEY, total.type());
        Computed count = found(commandes, "Afficher combien de lignes a chaque commande").spec().computed().get(0);
        assertEquals("Nombre de lignes", count.label());
        assertTrue(count.script().contains("record._related.line_item"), count.script());
    }

    // Spanish

    @Test
    void spanish_comparisons_range_required_if_and_transition() {
        Rule dates = rule(ES, "La fecha de vencimiento tiene que ser posterior a la fecha de préstamo.");
        assertEquals("compare_dates", dates.template());
        assertEquals("«Fecha de vencimiento» debe ser posterior a «Fecha de préstamo».", dates.message());
        Rule before = rule(ES, "La fecha de préstamo debe ser anterior a la fecha de vencimiento");
        assertTrue(before.script().contains("days(record.due_date, record.loan_date) < 0"), before.script());
        Rule min = rule(ES, "Las copias deben ser como mínimo 1.");
        assertTrue(min.script().contains("Number(record.copies) >= 1"), min.script());
        assertEquals("range", rule(ES, "Las copias deben estar entre 1 y 3").template());
        Rule required = rule(ES, "El motivo es obligatorio cuando el estado es Perdido.");
        assertTrue(required.script().contains("\"Perdido\""), required.script());
        assertEquals("Indique «Motivo» cuando «Estado» sea Perdido.", required.message());
        Rule transition = rule(ES, "El estado solo puede pasar de Prestado a Devuelto o Perdido.");
        assertTrue(transition.script().contains("{\"Prestado\": [\"Devuelto\", \"Perdido\"]}"), transition.script());
    }

    @Test
    void spanish_reminder_overdue_button_stamp_and_totals() {
        LogicReader.Found f = found(ES, "Recordar al prestatario dos días antes de la fecha de vencimiento a las 10. "
                + "Mostrar cuántos días de retraso lleva cada préstamo. Un botón «Marcar como devuelto». "
                + "Cuando el estado pase a Aprobado, rellenar aprobado el con la fecha de hoy.");
        AppSpec spec = f.spec();
        assertEquals(new Automation.Schedule("day", "10:00"), spec.automations().get(0).schedule());
        assertEquals("Días de retraso", spec.computed().get(0).label());
        assertEquals("Marcar devuelto", spec.actions().get(0).label());
        assertTrue(spec.actions().get(0).script().contains("returned_on: today()"), spec.actions().get(0).script());
        assertEquals("Aprobado", spec.automations().get(1).value());
        assertTrue(f.said().get(0).startsWith("Automatización añadida:"), f.said().toString());

        AppSpec pedidos = orders("Pedido", "Pedidos", "Línea", "Líneas", "Importe");
        assertEquals("Total importe", found(pedidos, "Mostrar el total del importe de las líneas de cada pedido.").spec().computed().get(0).label());
        assertEquals("Número de líneas", found(pedidos, "Mostrar el número de líneas de cada pedido").spec().computed().get(0).label());
    }

    // German

    @Test
    void german_comparisons_range_required_if_and_transition() {
        Rule dates = rule(DE, "Das Fälligkeitsdatum muss nach dem Ausleihdatum liegen.");
        assertEquals("compare_dates", dates.template());
        assertTrue(dates.script().contains("days(record.loan_date, record.due_date) > 0"), dates.script());
        assertEquals("„Fälligkeitsdatum“ muss nach „Ausleihdatum“ sein.", dates.message());
        Rule max = rule(DE, "Die Exemplare dürfen höchstens 4 sein");
        assertTrue(max.script().contains("Number(record.copies) <= 4"), max.script());
        assertEquals("range", rule(DE, "Die Exemplare müssen zwischen 1 und 5 liegen.").template());
        Rule required = rule(DE, "Der Grund ist Pflicht, wenn der Status Verloren ist.");
        assertEquals("reason", required.field());
        assertTrue(required.script().contains("\"Verloren\""), required.script());
        Rule other = rule(DE, "Wenn der Status verloren ist, ist der Grund erforderlich");
        assertEquals("required_if", other.template());
        Rule transition = rule(DE, "Der Status darf nur von Ausgeliehen zu Zurück oder Verloren wechseln.");
        assertTrue(transition.script().contains("{\"Ausgeliehen\": [\"Zurück\", \"Verloren\"]}"), transition.script());
    }

    @Test
    void german_reminder_overdue_button_stamp_and_totals() {
        AppSpec spec = found(DE, "Erinnere den Ausleiher zwei Tage vor dem Fälligkeitsdatum um 9 Uhr. "
                + "Zeige, wie viele Tage eine Ausleihe überfällig ist. Eine Schaltfläche „Als zurückgegeben markieren“. "
                + "Wenn der Status auf Genehmigt wechselt, setze Genehmigt am.").spec();
        Automation remind = spec.automations().get(0);
        assertEquals(new Automation.Schedule("day", "09:00"), remind.schedule());
        assertTrue(remind.script().contains("days(today(), record.due_date) === 2"), remind.script());
        assertEquals("Tage überfällig", spec.computed().get(0).label());
        assertEquals("Als zurückgegeben markieren", spec.actions().get(0).label());
        assertTrue(spec.actions().get(0).script().contains("returned: true"), spec.actions().get(0).script());
        assertEquals("Genehmigt", spec.automations().get(1).value());
        assertTrue(spec.automations().get(1).script().contains("approved_on: today()"), spec.automations().get(1).script());

        AppSpec afterwards = found(DE, "Den Ausleiher drei Tage nach dem Fälligkeitsdatum erinnern").spec();
        assertTrue(afterwards.automations().get(0).script().contains("days(record.due_date, today()) === 3"),
                afterwards.automations().get(0).script());

        AppSpec bestellungen = orders("Bestellung", "Bestellungen", "Position", "Positionen", "Betrag");
        assertEquals("Summe Betrag", found(bestellungen, "Zeige die Summe der Beträge der Positionen jeder Bestellung.").spec()
                .computed().get(0).label());
        assertEquals("Anzahl Positionen", found(bestellungen, "Zeige die Anzahl der Positionen pro Bestellung").spec().computed().get(0).label());
    }

    @Test
    void the_offline_drafter_reads_logic_in_french_spanish_and_german() {
        OfflineDrafter drafter = new OfflineDrafter();
        AppSpec fr = drafter.draft("Suivre les prêts de livres : emprunteur, date de prêt, date d'échéance, rendu (oui/non). "
                + "La date d'échéance doit être postérieure à la date de prêt. Rappeler à l'emprunteur deux jours avant la date d'échéance.");
        assertEquals(List.of("compare_dates"), fr.rules().stream().map(Rule::template).toList());
        assertEquals(List.of("reminder"), fr.automations().stream().map(Automation::template).toList());
        AppSpec es = drafter.draft("Registrar los préstamos de libros: prestatario, fecha de préstamo, fecha de vencimiento, devuelto (sí/no). "
                + "La fecha de vencimiento debe ser posterior a la fecha de préstamo.");
        assertEquals("«Fecha de vencimiento» debe ser posterior a «Fecha de préstamo».", es.rules().get(0).message());
        AppSpec de = drafter.draft("Ausleihen von Büchern verwalten: Ausleiher, Ausleihdatum, Fälligkeitsdatum, zurückgegeben (ja/nein). "
                + "Das Fälligkeitsdatum muss nach dem Ausleihdatum liegen. Erinnere den Ausleiher zwei Tage vor dem Fälligkeitsdatum.");
        assertEquals(1, de.rules().size());
        assertEquals("Ausleiher 2 Tage vor Fälligkeitsdatum erinnern", de.automations().get(0).name());
        for (AppSpec spec : List.of(fr, es, de)) {
            assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(spec)));
        }
    }

    @Test
    void sentences_in_any_language_about_fields_that_do_not_exist_are_left_alone() {
        assertFalse(reader.read(FR, "La date de fin doit être après la date de début").any());
        assertFalse(reader.read(ES, "Registrar los portátiles con su número de serie").any());
        assertFalse(reader.read(DE, "Das Enddatum muss nach dem Startdatum liegen").any());
    }

    @Test
    void comparison_words_map_to_the_right_operator() {
        LogicPhrases fr = LogicLexicons.french();
        assertEquals(Comparison.ON_OR_AFTER, fr.comparison("posterieure ou egale a"));
        assertEquals(Comparison.BEFORE, fr.comparison("avant"));
        assertEquals(Comparison.ON_OR_BEFORE, LogicLexicons.spanish().comparison("como maximo"));
        assertEquals(Comparison.AFTER, LogicLexicons.german().comparison("groser als"));
    }
}

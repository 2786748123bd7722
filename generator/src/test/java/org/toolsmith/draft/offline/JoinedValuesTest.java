package org.toolsmith.draft.offline;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Choice values joined by a phrase rather than a comma or a bare "and/or" (session 15, r3), phrasings of our own:
 * "A and also B", "A as well as B", "A or maybe B", "A et aussi B", "A ou peut-être B", "A y además B", ", además de B",
 * "A sowie B", "A oder vielleicht B" ({@code RefineText.values}); "one of: …" leads no value ({@link ValueLeads}); a polite word before
 * the verb after "Label:" ("kindly add", "merci d'ajouter", "porfa añadir") keeps the values an addition ({@link ChoiceListEdits},
 * {@link WholeValueSet}). Neighbours: a
 * remark about the talk after the list ("…, as we agreed", "comme on avait dit") stays out, as before.
 */
class JoinedValuesTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Works", "entities": [{"key": "job", "name": "Job", "plural": "Jobs", "fields": [{"key": "title", "label": "Title", "type": "text", "required": true}, {"key": "trade", "label": "Trade", "type": "choice", "options": ["Electrician", "Plumber"]}, {"key": "site", "label": "Site", "type": "choice", "options": ["Depot", "Yard"]}, {"key": "urgency", "label": "Urgency", "type": "choice", "options": ["Low", "High"]}, {"key": "checked", "label": "Checked", "type": "boolean"}, {"key": "crew", "label": "Crew", "type": "text"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Ateliers", "entities": [{"key": "seance", "name": "Séance", "plural": "Séances", "fields": [{"key": "titre", "label": "Titre", "type": "text", "required": true}, {"key": "salle", "label": "Salle", "type": "choice", "options": ["Atelier", "Cuisine"]}, {"key": "niveau", "label": "Niveau", "type": "choice", "options": ["Débutant", "Confirmé"]}, {"key": "animateur", "label": "Animateur", "type": "text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [{"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [{"key": "matricula", "label": "Matrícula", "type": "text", "required": true}, {"key": "servicio", "label": "Servicio", "type": "choice", "options": ["Aceite", "Frenos"]}, {"key": "taller", "label": "Taller", "type": "choice", "options": ["Centro", "Norte"]}, {"key": "mecanico", "label": "Mecánico", "type": "text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Verleih", "entities": [{"key": "ausleihe", "name": "Ausleihe", "plural": "Ausleihen", "fields": [{"key": "geraet", "label": "Gerät", "type": "text", "required": true}, {"key": "kategorie", "label": "Kategorie", "type": "choice", "options": ["Werkzeug", "Garten"]}, {"key": "standort", "label": "Standort", "type": "choice", "options": ["Halle", "Keller"]}, {"key": "bemerkung", "label": "Bemerkung", "type": "text"}]}]}
            """);
    static final Map<String, AppSpec> SPECS = Map.of("en", EN, "fr", FR, "es", ES, "de", DE);

    /** The family (values joined by a phrase, a lead before the list), then neighbours where nothing new must fire. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | trade: Electrician, Plumber and also Glazier | job.trade[Electrician;Plumber;Glazier]",
        "en | Trades should be electrician, plumber, as well as joiner | job.trade[Electrician;Plumber;Joiner]",
        "en | Hiya - urgency can be low, high or maybe critical | job.urgency[Low;High;Critical]",
        "en | add Roofer and also Glazier to the trades | job.trade[Electrician;Plumber;Roofer;Glazier]",
        "en | add Roofer as well as Glazier to the trades pls | job.trade[Electrician;Plumber;Roofer;Glazier]",
        "en | sites: depot, yard, and also the quay | job.site[Depot;Yard;Quay]",
        "en | urgency: low, high, or perhaps 'Critical' | job.urgency[Low;High;Critical]",
        "en | please put Quay and also Harbour in the site list | job.site[Depot;Yard;Quay;Harbour]",
        "en | trade should be one of: electrician, plumber and also roofer | job.trade[Electrician;Plumber;Roofer]",
        "en | Site should be depot, yard or possibly quay | job.site[Depot;Yard;Quay]",
        "en | Urgency - Low, High as well as Same day | job.urgency[Low;High;Same day]",
        "en | we need Glazier as well as Roofer in the trades, sorry forgot those | job.trade[Electrician;Plumber;Glazier;Roofer]",
        "fr | salle : Atelier, Cuisine et aussi Jardin | seance.salle[Atelier;Cuisine;Jardin]",
        "fr | le niveau doit être débutant, confirmé ou peut-être expert | seance.niveau[Débutant;Confirmé;Expert]",
        "fr | ajoute Jardin ainsi que Garage aux salles stp | seance.salle[Atelier;Cuisine;Jardin;Garage]",
        "fr | niveau : Débutant, Confirmé ou bien Expert | seance.niveau[Débutant;Confirmé;Expert]",
        "es | servicio: Aceite, Frenos y también Neumáticos | reparacion.servicio[Aceite;Frenos;Neumáticos]",
        "es | el taller puede ser Centro, Norte o quizás Sur | reparacion.taller[Centro;Norte;Sur]",
        "es | talleres: Centro, Norte y además Sur | reparacion.taller[Centro;Norte;Sur]",
        "es | servicio: Aceite, Frenos, además de Neumáticos | reparacion.servicio[Aceite;Frenos;Neumáticos]",
        "de | Kategorie: Werkzeug, Garten sowie Küche | ausleihe.kategorie[Werkzeug;Garten;Küche]",
        "de | Standort soll Halle, Keller oder vielleicht Hof sein | ausleihe.standort[Halle;Keller;Hof]",
        "de | Kategorie: Werkzeug, Garten und auch Küche | ausleihe.kategorie[Werkzeug;Garten;Küche]",
        "de | Standorte bitte: Halle, Keller und auch Hof | ausleihe.standort[Halle;Keller;Hof]",
        // a polite word before the verb of adding or removing after "Label:" (ChoiceListEdits, WholeValueSet)
        "en | site: kindly add Quay and Harbour | job.site[Depot;Yard;Quay;Harbour]",
        "en | Hi, trades: kindly add Glazier and Roofer, thanks | job.trade[Electrician;Plumber;Glazier;Roofer]",
        "fr | salle : merci d'ajouter Jardin et Garage | seance.salle[Atelier;Cuisine;Jardin;Garage]",
        "fr | Niveau: merci d'ajouter Expert et Maître | seance.niveau[Débutant;Confirmé;Expert;Maître]",
        "fr | salle : merci de retirer Cuisine | seance.salle[Atelier]",
        "es | taller: porfa añadir Sur y Levante | reparacion.taller[Centro;Norte;Sur;Levante]",
        "es | servicio: por favor añadir Neumáticos y ITV | reparacion.servicio[Aceite;Frenos;Neumáticos;ITV]",
        "de | Kategorie: bitte noch Küche hinzufügen | ausleihe.kategorie[Werkzeug;Garten;Küche]",
        // neighbours: a remark after the list, a second edit after "and also", a yes/no, plain lists
        "en | urgency should be low, high or critical, as we agreed | job.urgency[Low;High;Critical]",
        "en | urgency should be low, high, or critical as we said | job.urgency[Low;High;Critical]",
        "fr | niveau : débutant, confirmé ou expert, comme on avait dit | seance.niveau[Débutant;Confirmé;Expert]",
        "es | el taller: Centro, Norte o Sur, como hablamos | reparacion.taller[Centro;Norte;Sur]",
        "de | Standort: Halle, Keller oder Hof, wie besprochen | ausleihe.standort[Halle;Keller;Hof]",
        "en | urgency: low, high or critical, and also make crew required | job.urgency[Low;High;Critical] & job.crew!",
        "en | add Glazier to the trades and also make the crew compulsory | job.trade[Electrician;Plumber;Glazier] & job.crew!",
        "en | please put in a yes/no box: crew briefed? | +job:boolean",
        "en | trade: Electrician, Plumber or Glazier | job.trade[Electrician;Plumber;Glazier]",
        "fr | salle : Atelier, Cuisine et Jardin | seance.salle[Atelier;Cuisine;Jardin]",
        "de | Kategorie: Werkzeug oder Garten, und auch die Bemerkung ist Pflicht | ausleihe.bemerkung!",
        "en | site: Quay and Harbour | job.site[Quay;Harbour]",
        "de | Kategorie: Küche und Sport | ausleihe.kategorie[Küche;Sport]",
        "en | trade: please remove Plumber | job.trade[Electrician]"})
    void reads(String lang, String message, String expected) {
        RefineExpect.check(SPECS.get(lang), message, expected);
    }
}

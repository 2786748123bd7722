package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * Whole families of words that settle a field's type where its head word alone misleads, after
 * {@link FieldTyper} has read the label word by word:
 * <ul>
 * <li>"next service", "prochain contrôle", "próxima revisión", "nächste Prüfung": the day it falls due, a date;</li>
 * <li>a sum that changes hands said with its participle ("deposit paid", "cotisation payée", "fianza devuelta",
 * "Kaution bezahlt", "refund issued"): whether it happened, a yes/no; an amount word keeps its money ("amount
 * paid", "montant payé", "importe cobrado", "Betrag erhalten");</li>
 * <li>an amount that falls due ("amount due", "balance due", "royalty due"): money, not the date it falls due;</li>
 * <li>an organisation named after the people in it ("vet clinic", "clinique vétérinaire", "agencia de conductores"):
 * its name as text, not a colleague;</li>
 * <li>the maker of a work ("author", "auteur", "autor", "Autorin", "composer"): someone outside, named as text;</li>
 * <li>a bound on people ("max participants", "max. Teilnehmer", "nb max de joueurs"): how many, a whole number.</li>
 * </ul>
 */
final class TypeFamilies {
    private TypeFamilies() {
    }

    /** "next", "prochain", "próximo", "nächste" in their folded forms. */
    private static final Set<String> NEXT = Set.of("next", "upcoming", "prochain", "prochaine", "proximo", "proxima", "siguiente",
            "nachste", "nachster", "nachstes", "nachsten", "naechste", "naechster", "kommende", "kommender");
    /** What comes next that is no event in time: "next of kin", "next steps", "prochaine étape", "nächster Schritt". */
    private static final Set<String> NOT_WHEN = Set.of("of", "step", "steps", "action", "actions", "etape", "etapes", "paso",
            "pasos", "accion", "acciones", "schritt", "schritte", "massnahme", "massnahmen", "mabnahme", "person", "personne", "persona",
            "contact", "contacto", "kontakt", "owner", "holder", "titulaire", "titular", "inhaber", "level", "niveau", "nivel", "stufe");

    /** "last", "dernier", "último", "letzte" in their folded forms. */
    private static final Set<String> LAST = Set.of("last", "latest", "dernier", "derniere", "ultimo", "ultima", "letzte", "letzter",
            "letztes", "letzten");
    /** Nouns of something that happens on a day: "visit", "révision", "Prüfung", and the endings of such nouns. */
    private static final Set<String> OCCASIONS = Set.of("visit", "check", "service", "review", "test", "update", "contact", "meeting",
            "visite", "controle", "entretien", "vidange", "rappel", "visita", "control", "contacto", "besuch", "termin", "kontrolle",
            "kontakt", "check-up", "tuv", "mot", "itv");

    private static boolean occasion(String word) {
        return OCCASIONS.contains(word) || word.length() > 3 && word.endsWith("ed") || word.length() > 5 && (word.endsWith("ion") || word.endsWith("ung") || word.endsWith("age")
                || word.endsWith("ing") || word.endsWith("kontrolle") || word.endsWith("termin") || word.endsWith("ment")
                || word.endsWith("miento") || word.endsWith("eza") || word.endsWith("aje") || word.endsWith("ado"));
    }
    /** "last name", "dernier prénom": a name, not a time. */
    private static final Set<String> NAMES = Set.of("name", "names", "nom", "noms", "nombre", "apellido", "known", "address", "adresse",
            "direccion", "anschrift", "digits", "chiffres", "digitos", "ziffern", "position", "page", "seite", "pagina", "word", "mot", "palabra", "wort");

    /** Participles of money changing hands: the fact that it did. */
    private static final Set<String> SETTLED = Set.of("paid", "received", "given", "issued", "refunded", "returned", "repaid", "collected",
            "paye", "payee", "payes", "payees", "verse", "versee", "verses", "versees", "encaisse", "encaissee", "recu", "recue", "rendu",
            "rendue", "rembourse", "remboursee", "restitue", "restituee", "pagado", "pagada", "pagados", "pagadas", "cobrado", "cobrada",
            "abonado", "abonada", "recibido", "recibida", "devuelto", "devuelta", "reembolsado", "reembolsada", "bezahlt", "gezahlt",
            "entrichtet", "kassiert", "erhalten", "bekommen", "erstattet", "zuruckgezahlt", "zuruckgegeben", "ausgezahlt", "uberwiesen");
    /** Words that name a quantity of money rather than a sum handed over: "amount paid" is how much. */
    private static final Set<String> AMOUNTS = Set.of("amount", "amounts", "sum", "total", "price", "cost", "costs", "value",
            "montant", "somme", "prix", "cout", "valeur", "importe", "suma", "precio", "coste", "costo", "monto", "valor", "cantidad",
            "betrag", "summe", "gesamt", "preis", "kosten", "wert", "hohe", "gesamtbetrag");
    /** Charges whose participle of paying names the amount paid ({@link DoneFlags}): "duty paid", "taxe payée". */
    private static final Set<String> CHARGES = Set.of("duty", "duties", "customs", "toll", "tolls", "fare", "fares", "levy", "tax", "taxes",
            "droits", "taxe", "peage", "octroi", "impuesto", "impuestos", "tasa", "tasas", "arancel", "aranceles", "peaje",
            "zoll", "zolle", "steuer", "steuern", "maut", "abgabe", "abgaben");
    /** "due", "owed", "dû", "adeudado", "fällig", "offen": an amount still to pay. */
    private static final Set<String> OWED = Set.of("due", "owed", "outstanding", "owing", "du", "dus", "adeudado", "adeudada", "pendiente",
            "fallig", "offen", "ausstehend");
    /** Money that is a share or a balance, never an event that falls due on a day ("royalty due", "balance due"). */
    private static final Set<String> SHARES = Set.of("royalty", "royalties", "commission", "balance", "remainder", "redevance", "solde",
            "reste", "regalias", "comision", "saldo", "resto", "tantiemen", "provision", "restbetrag", "rest");

    /** Organisations named after their people: the head names the body, not a person. */
    private static final Set<String> BODIES = Set.of("clinic", "clinics", "practice", "surgery", "agency", "agencies", "firm", "company",
            "office", "hospital", "lab", "laboratory", "studio", "team", "service", "services", "association", "union", "school", "department",
            "clinique", "cabinet", "agence", "societe", "entreprise", "hopital", "laboratoire", "etude", "equipe", "ecole",
            "clinica", "consulta", "consultorio", "agencia", "empresa", "despacho", "bufete", "laboratorio", "equipo", "asociacion",
            "escuela", "praxis", "klinik", "agentur", "firma", "buro", "kanzlei", "labor", "verein", "schule", "dienst");
    /** Makers of a work: people outside the organisation, named as text. */
    private static final Set<String> MAKERS = Set.of("author", "authors", "co-author", "writer", "novelist", "poet", "playwright",
            "composer", "songwriter", "illustrator", "auteur", "auteurs", "auteure", "autrice", "ecrivain", "ecrivaine", "compositeur",
            "compositrice", "illustrateur", "illustratrice", "dramaturge", "autor", "autora", "autores", "escritor", "escritora",
            "compositor", "compositora", "ilustrador", "ilustradora", "autorin", "autoren", "schriftsteller", "schriftstellerin",
            "komponist", "komponistin", "illustratorin", "dichter", "dichterin");
    /** Bounds said before a count of people: "max participants", "nb max". */
    private static final Set<String> BOUNDS = Set.of("max", "max.", "maximum", "min", "min.", "minimum", "maxi", "mini", "maximo", "maxima",
            "minimo", "minima", "maximal", "minimal", "hochstens", "mindestens", "hochstzahl", "nb");

    /** Verbs of having (not of being: "das ist für die Versicherung" is a remark), and "with"/"without", that open a label asking whether: "has insurance", "tiene seguro", "mit Monitor". */
    private static final Set<String> HAVE_LEADS = Set.of("has", "have", "with", "without", "avec", "sans", "possede",
            "tiene", "tienen", "lleva", "con", "sin", "hat", "haben", "mit", "ohne");
    /** Types a having/being lead does not turn into a yes/no: who, when, and where to reach someone. */
    private static final Set<FieldType> NOT_ASKED = java.util.EnumSet.of(FieldType.PERSON, FieldType.DATE, FieldType.DATETIME,
            FieldType.EMAIL, FieldType.PHONE, FieldType.URL, FieldType.BOOLEAN);
    /** "by the client", "par le client", "por el cliente", "vom Kunden": the doer named with an article, so the value is whether. */
    private static final java.util.regex.Pattern BY_THE = java.util.regex.Pattern.compile(
            "^\\p{L}[\\p{L}-]*(?: off)? (?:by (?:the|our|a|an)|par (?:le|la|les|l'|notre|un|une)|por (?:el|la|los|las|nuestro|nuestra|un|una)) ?\\p{L}+$");
    /** Presence said at the end of a label: "life jackets on board", "extincteur à bord", "botiquín a bordo", "Warndreieck vorhanden" ("on site" is left: "hours on site" is a duration). */
    private static final java.util.regex.Pattern PRESENT_END = java.util.regex.Pattern.compile(
            " (?:on board|onboard|in place|a bord|en place|a bordo|en su sitio|an bord|vorhanden)$");
    /** German salary compounds of "-gehalt": "Bruttogehalt", "Jahresgehalt"; other compounds ("Alkoholgehalt") are a content. */
    private static final Set<String> SALARY_PARTS = Set.of("brutto", "netto", "jahres", "monats", "grund", "fix", "wunsch", "ziel",
            "einstieg", "anfang", "start", "mindest", "durchschnitt", "tarif", "basis", "stunden", "wochen", "jahr", "monat", "");
    /** German "-schluss" compounds that are no deadline: a degree, a link, an exclusion, a decision, a lock. */
    private static final Set<String> NOT_DEADLINE = Set.of("abschluss", "anschluss", "ausschluss", "beschluss", "verschluss",
            "zusammenschluss", "kurzschluss", "einschluss", "rueckschluss", "ruckschluss", "abschlus", "anschlus", "ausschlus", "beschlus", "verschlus");

    /** Paper made into a file said with its adjective: "scanned invoice", "facture scannée", "factura escaneada", "gescannte Rechnung",
     * "unterschriebene Vollmacht" (German inflects the participle before a noun, so it is an attribute, not a yes/no). */
    private static final Set<String> SCANNED = Set.of("scanned", "scanne", "scannee", "scannes", "scannees", "escaneado", "escaneada",
            "escaneados", "escaneadas", "gescannte", "gescannter", "gescanntes", "eingescannte", "eingescannter", "eingescanntes",
            "unterschriebene", "unterschriebener", "unterschriebenes", "signierte", "signierter", "signiertes");

    static FieldType adjust(Lexicon lex, String folded, FieldType t) {
        List<String> w = Text.words(folded);
        int n = w.size();
        if (n == 0) {
            return t;
        }
        if (n >= 2 && n <= 4 && !NOT_ASKED.contains(t) && w.stream().anyMatch(SCANNED::contains)) {
            return FieldType.FILE;
        }
        if (n >= 2 && n <= 5 && HAVE_LEADS.contains(w.get(0)) && !NOT_ASKED.contains(t) && !lex.whWords.contains(w.get(1))) {
            // "has insurance", "avec parking", "tiene seguro", "mit Monitor": whether it has it
            return FieldType.BOOLEAN;
        }
        if (t == FieldType.PERSON && n >= 3 && BY_THE.matcher(folded).matches()) {
            // "signed by the client", "validé par le client", "firmado por el cliente": whether that party did it
            return FieldType.BOOLEAN;
        }
        if (n >= 2 && n <= 5 && (t == FieldType.TEXT || t == FieldType.LONG_TEXT) && PRESENT_END.matcher(folded).find()) {
            // "life jackets on board", "Warndreieck vorhanden"; a measure stays one ("hours on board")
            return FieldType.BOOLEAN;
        }
        if (lex.lang == Lang.DE && n == 1 && t == FieldType.MONEY && w.get(0).length() > 9 && w.get(0).endsWith("gehalt")
                && !salaryPart(w.get(0).substring(0, w.get(0).length() - 6))) {
            // "Alkoholgehalt", "Fettgehalt", "Wassergehalt": how much of it there is, a measure
            return FieldType.DECIMAL;
        }
        if (lex.lang == Lang.DE && t == FieldType.TEXT && n == 1 && w.get(0).length() > 8
                && (w.get(0).endsWith("schluss") || w.get(0).endsWith("schlus"))
                && NOT_DEADLINE.stream().noneMatch(w.get(0)::endsWith)) {
            // "Bestellschluss", "Redaktionsschluss": the last day for it
            return FieldType.DATE;
        }
        if (t == FieldType.TEXT && n >= 2 && n <= 4 && NEXT.contains(w.get(0)) && !NOT_WHEN.contains(w.get(1))) {
            return FieldType.DATE;
        }
        if (n >= 2 && (t == FieldType.BOOLEAN || t == FieldType.TEXT && (occasion(w.get(n - 1)) || !lex.lang.headLast() && occasion(w.get(1)))) && n <= 4 && LAST.contains(w.get(0))
                && !NOT_WHEN.contains(w.get(1)) && !NAMES.contains(w.get(1))) {
            // "last reviewed", "dernière visite", "última revisión", "letzte Prüfung": when it last happened
            return FieldType.DATE;
        }
        if (t == FieldType.MONEY && n >= 2 && n <= 3 && SETTLED.contains(w.get(n - 1))) {
            String noun = lex.lang.headLast() ? w.get(n - 2) : w.get(0);
            if (!AMOUNTS.contains(noun) && !CHARGES.contains(noun) && moneyWord(lex, noun)) {
                return FieldType.BOOLEAN;
            }
        }
        if (t == FieldType.DATE && n == 2 && OWED.contains(w.get(1)) && (AMOUNTS.contains(w.get(0)) || SHARES.contains(w.get(0)))) {
            return FieldType.MONEY;
        }
        if (t == FieldType.PERSON) {
            String head = FieldTyper.head(lex, w);
            if (BODIES.contains(head) && n >= 2) {
                return FieldType.TEXT;
            }
            if (MAKERS.contains(head) && (n == 1 || !lex.lang.headLast() || w.get(n - 1).equals(head))) {
                return FieldType.TEXT;
            }
            if (n >= 2 && BOUNDS.contains(w.get(0)) && !BOUNDS.contains(w.get(1)) || n >= 3 && BOUNDS.contains(w.get(0)) && BOUNDS.contains(w.get(1))) {
                return FieldType.INTEGER;
            }
        }
        return t;
    }

    /** Whether the first part of a "-gehalt" compound makes it a salary: "jahres-", "brutto", "Monats-". */
    private static boolean salaryPart(String part) {
        String p = part.endsWith("-") ? part.substring(0, part.length() - 1) : part;
        return SALARY_PARTS.contains(p) || p.endsWith("s") && SALARY_PARTS.contains(p.substring(0, p.length() - 1));
    }

    /** Whether the folded word is a money word of the language (German compounds by their end: "Mietkaution"). */
    private static boolean moneyWord(Lexicon lex, String word) {
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() != FieldType.MONEY) {
                continue;
            }
            if (tw.words().contains(word)) {
                return true;
            }
            if (lex.lang == Lang.DE && word.length() >= 6) {
                for (String s : tw.words()) {
                    if (s.length() >= 5 && word.endsWith(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

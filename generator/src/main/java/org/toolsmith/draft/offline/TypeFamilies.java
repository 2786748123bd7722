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
                || word.endsWith("ing") || word.endsWith("kontrolle") || word.endsWith("termin"));
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

    static FieldType adjust(Lexicon lex, String folded, FieldType t) {
        List<String> w = Text.words(folded);
        int n = w.size();
        if (n == 0) {
            return t;
        }
        if (t == FieldType.TEXT && n >= 2 && n <= 4 && NEXT.contains(w.get(0)) && !NOT_WHEN.contains(w.get(1))) {
            return FieldType.DATE;
        }
        if ((t == FieldType.BOOLEAN || t == FieldType.TEXT && occasion(w.get(n - 1))) && n >= 2 && n <= 4 && LAST.contains(w.get(0))
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

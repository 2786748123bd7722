package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A yes/no fact said as a thing and what was done to it: "GP called", "family informed", "queen seen",
 * "médecin prévenu", "reine vue", "cliente avisado", "llaves devueltas", "Arzt verständigt", "Futter
 * gegeben". The participle is read by its shape in each language (the lexicons list only common ones),
 * at the end of a label after a noun. It does not fire where the noun names the value ("date sent",
 * "amount paid", "time called", "reason given"; money is never overturned), where a wh-word asks for a person ("who called"),
 * where the thing is what was done or used ("work done", "parts used", "travaux effectués"), where the
 * participle counts or qualifies ("eggs collected", "date prévue", "audiencia estimada"), or on nouns
 * shaped like participles ("billet d'entrée", "número de pedido").
 */
final class DoneFlags {
    private DoneFlags() {
    }

    private static final Pattern EN = Pattern.compile("[a-z]{3,}ed|sent|paid|seen|fed|done|given|taken|made|told|written|shown|"
            + "known|brought|kept|held|found|met|rung|heard|put|got|gotten|drawn|chosen|spoken|broken|withdrawn|returned");
    private static final Pattern FR = Pattern.compile("\\p{L}{2,}(?:é|ée|és|ées)|(?:\\p{L}*(?:fini|rempli|choisi|averti|réussi|saisi|établi|fourni|garanti|"
            + "accompli|reçu|vu|rendu|venu|tenu|vendu|perdu|répondu|entendu|fait|pris|mis|écrit|inscrit|ouvert|offert|couvert|joint))(?:e|s|es)?");
    private static final Pattern ES = Pattern.compile("\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|\\p{L}*(?:visto|vista|hecho|hecha|puesto|puesta|"
            + "escrito|escrita|abierto|abierta|dicho|dicha|vuelto|vuelta|roto|rota|cubierto|cubierta|resuelto|resuelta|impreso|impresa)s?");
    private static final Pattern DE = Pattern.compile("[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert|(?:ver|be|er|ent|zer|über|unter|hinter)[a-zäöüß]{3,}t"
            + "|erhalten|bekommen|verloren|vergessen|bestanden|unterschrieben|verstanden|beschrieben|besprochen|entschieden|empfangen|erschienen");

    private static final java.util.Map<Lang, Pattern> SHAPES = java.util.Map.of(Lang.EN, EN, Lang.FR, FR, Lang.ES, ES, Lang.DE, DE);

    /** Words of the participle's shape that are nouns or adjectives, not something done. */
    private static final Set<String> NOT_PARTICIPLE = Set.of("hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "beloved",
            "speed", "need", "bed", "red", "shed", "sled",
            "entrée", "entrées", "durée", "durées", "année", "années", "journée", "journées", "soirée", "soirées", "arrivée", "arrivées",
            "idée", "idées", "pensée", "tournée", "portée", "matinée", "montée", "rentrée", "randonnée", "traversée", "allée", "vallée", "musée",
            "lycée", "marée", "plongée", "cheminée", "employé", "employée", "employés", "salarié", "salariée", "salariés", "délégué", "déléguée",
            "retraité", "retraitée", "député", "comité", "café", "clé", "clés", "marché", "degré", "côté", "été", "thé", "bébé", "congé", "résumé",
            "procédé", "fossé", "canapé", "pré", "adjoint", "adjointe", "adjoints", "adjointes", "conjoint", "conjointe", "permis", "commis", "compromis", "parfait", "parfaite", "couvert", "couverts", "tenue", "vue", "revue", "venue", "menu", "contenu", "revenu", "écrit", "fait", "faits",
            "pedido", "pedidos", "estado", "estados", "apellido", "apellidos", "partido", "partidos", "contenido", "sentido", "sonido", "ruido",
            "vestido", "marido", "mercado", "lado", "grado", "abogado", "empleado", "empleada", "helado", "pescado", "cuidado", "resultado",
            "resultados", "certificado", "comunicado", "delegado", "soldado", "prado", "jurado", "significado", "tratado", "apartado", "teclado",
            "tejado", "dado", "recado", "salida", "llegada", "entrada", "comida", "bebida", "vida", "medida", "partida", "parada", "jornada",
            "temporada", "tirada", "hecho", "puesto", "puesta", "vuelta", "vista",
            "gesamt", "gerecht", "gesandte", "beamte", "verwandte", "bekannte", "gesicht", "gewicht", "gericht", "gedicht", "gehalt", "gestalt",
            "geschlecht", "gebiet", "gebet", "getriebe", "geburt", "gelegen");

    /** Participles that say how much, or qualify the value, not whether it was done: "eggs collected", "date prévue". */
    private static final Set<String> NOT_FACTS = withFolded("used", "collected", "purchased", "bought", "sold", "packed", "produced", "harvested",
            "counted", "spent", "earned", "consumed", "germinated", "accumulated", "worked", "logged", "travelled", "traveled", "driven",
            "scored", "rejected", "expected", "estimated", "planned", "preferred", "desired", "assigned", "appointed", "designated", "allowed",
            "involved", "concerned", "covered", "discussed", "attached", "included", "left", "held", "made", "visited", "named",
            "selected", "chosen", "interviewed", "targeted", "scanned", "approximate", "awarded", "agreed",
            "visé", "visée", "visés", "ciblé", "ciblée", "versé", "versée", "versés", "versées", "scanné", "scannée", "prévu", "prévue", "prévus", "prévues", "estimé", "estimée", "estimés", "souhaité", "souhaitée", "imposé", "imposée", "déployé",
            "déployée", "utilisé", "utilisée", "utilisés", "utilisées", "choisi", "choisie", "préféré", "préférée", "attendu", "attendue",
            "requis", "requise", "autorisé", "concerné", "concernée", "concernés", "récolté", "récoltée", "vendu", "vendus", "vendue", "acheté",
            "achetés", "produit", "produits", "consommé", "consommée", "collecté", "collectée", "compté", "comptée", "comptés", "gagné", "gagnés",
            "dépensé", "cumulé", "cumulés", "cumulée", "lancé", "lancée", "contrôlé", "contrôlés", "contrôlées", "changé", "changés", "changées",
            "distribué", "distribués", "visité", "visitée", "assigné", "assignée", "désigné", "désignée", "nommé", "nommée", "abordé", "abordés", "traité", "traités", "passé", "passée",
            "aproximado", "aproximada", "aproximados", "escaneado", "escaneada", "previsto", "prevista", "previstos", "estimado", "estimada", "estimados", "esperado", "esperada", "deseado", "deseada", "requerido",
            "requerida", "permitido", "permitida", "asignado", "asignada", "asignados", "asignadas", "aplicado", "aplicada", "afectado",
            "afectada", "elegido", "elegida", "preferido", "preferida", "usado", "usada", "usados", "usadas", "utilizado", "utilizada",
            "utilizados", "utilizadas", "contado", "contada", "vendido", "vendidos", "comprado", "comprados", "producido", "producidos",
            "cosechado", "consumido", "gastado", "gastados", "ganado", "ganados", "contratado", "contratados", "contratadas", "rechazado",
            "rechazadas", "rechazados", "acordado", "acordada", "concedido", "concedida", "tratado", "tratados", "dedicado", "dedicados", "reclamado", "pasado", "pasada",
            "angestrebt", "eingescannt", "gescannt", "geplant", "geschätzt", "erwartet", "gewünscht", "erlaubt", "zugewiesen", "verwendet", "benutzt", "betroffen", "verbraucht",
            "verkauft", "gekauft", "geerntet", "gezählt", "produziert", "gesammelt", "gearbeitet", "gefahren");

    /** The words as written and folded: lookups come both ways ("geschätzt" from a label, "geschatzt" after {@link Text#fold}). */
    private static Set<String> withFolded(String... words) {
        Set<String> all = new java.util.HashSet<>(java.util.Arrays.asList(words));
        for (String w : words) {
            all.add(Text.fold(w));
        }
        return Set.copyOf(all);
    }

    /** Nouns that name what was done, used or covered, whose value is a description: "work done", "travaux effectués". */
    private static final Set<String> CONTENT = Set.of("work", "works", "action", "actions", "steps", "measures", "tasks", "materials", "material",
            "parts", "items", "products", "topics", "subjects", "services", "repairs", "changes", "treatment", "medication", "medications",
            "medicine", "medicines", "drugs", "things", "lessons", "travail", "travaux", "tâches", "mesures", "pièces", "matériel", "matériaux",
            "produits", "sujets", "thèmes", "réparations", "traitement", "médicaments", "soins", "trabajo", "trabajos", "acción", "acciones",
            "tareas", "medidas", "piezas", "materiales", "productos", "temas", "servicios", "reparaciones", "tratamiento", "medicamentos",
            "arbeit", "arbeiten", "maßnahmen", "massnahmen", "aufgaben", "teile", "materialien", "produkte", "themen", "leistungen",
            "reparaturen", "behandlung", "medikamente");

    /** Words between a noun and its participle that make the participle a noun of its own: "billet d'entrée", "número de pedido". */
    private static final Set<String> LINKS = Set.of("de", "d", "du", "des", "del", "la", "le", "les", "l", "el", "los", "las", "a", "au", "aux",
            "en", "por", "par", "of", "the", "by", "for", "to", "von", "der", "die", "das", "zum", "zur", "für");

    /** "who called", "qui a appelé": a question for a person or a time, not a yes/no. */
    private static final Set<String> WH = Set.of("who", "when", "where", "what", "how", "which", "whom", "qui", "quand", "ou", "quoi",
            "comment", "quel", "quelle", "quien", "quienes", "cuando", "donde", "que", "como", "cual", "wer", "wann", "wo", "was", "wie",
            "welche", "welcher", "wem", "wen");

    /** "last reviewed", "dernier contrôle …": when it was last done, a date. */
    private static final Set<String> WHEN_WORDS = Set.of("last", "first", "next", "dernier", "derniere", "premier", "premiere", "prochain",
            "ultimo", "ultima", "primer", "primera", "proximo", "proxima", "letzte", "letzter", "letztes", "zuletzt", "erste", "erster", "nachste");


    private static final Set<String> AUX = Set.of("is", "was", "were", "are", "has", "have", "had", "been", "be", "being", "est", "sont",
            "a", "ont", "ete", "etait", "s", "se", "ha", "han", "es", "fue", "sido", "esta", "ist", "sind", "hat", "haben", "wurde", "wurden",
            "war", "wird", "werden", "sich");

    private static final Set<String> NUMBER_SIGNS = Set.of("n", "no", "nº", "n°", "nr", "num", "#");

    /**
     * Types the rule may overturn: no type word said ("queen seen"), or a person who was told ("manager notified").
     * Money stays money ("deposit paid" may be the amount; writers disagree), and so do dates, numbers and files.
     */
    private static final Set<FieldType> FLIPPED = Set.of(FieldType.TEXT, FieldType.PERSON);

    /**
     * A German participle after a noun that says something was done to it ("Königin gesehen", "Futter gegeben"),
     * which stays in the label, unlike a verb closing a clause ("… Kilometer eingetragen", "… Daten gesammelt").
     */
    static boolean factLike(String foldedParticiple) {
        return !NOT_FACTS.contains(foldedParticiple) && !CLAUSE_CLOSERS.contains(foldedParticiple);
    }

    /** German participles that close a sentence about keeping the record ("wir haben Datum und Fahrer eingetragen"). */
    private static final Set<String> CLAUSE_CLOSERS = Set.of("eingetragen", "festgehalten", "gespeichert", "gesammelt", "aufgeschrieben",
            "hinterlegt", "aufgenommen", "angegeben", "aufgelistet", "gelistet", "gepflegt", "gefuhrt", "abgelegt", "gemerkt",
            "mitgeschrieben", "nachgehalten", "gebraucht", "gehabt", "gewunscht", "verfolgt", "nachverfolgt", "erfasst", "dokumentiert");

    private static final Pattern END_PUNCT = Pattern.compile("[?!.:;,]+$");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s'’]+");

    /** Charges whose participle of paying names the amount paid: "duty paid", "taxe payée", "impuesto pagado", "Zoll bezahlt". */
    private static final Set<String> CHARGES = Set.of("duty", "duties", "customs", "toll", "tolls", "fare", "fares", "levy", "tax", "taxes",
            "droits", "taxe", "peage", "octroi", "impuesto", "impuestos", "tasa", "tasas", "arancel", "aranceles", "peaje",
            "zoll", "zolle", "steuer", "steuern", "maut", "abgabe", "abgaben");
    private static final Set<String> PAID = Set.of("paid", "paye", "payee", "payes", "payees", "verse", "versee", "verses", "versees", "encaisse",
            "encaissee", "encaisses", "pagado", "pagada", "pagados", "pagadas", "cobrado", "cobrada", "cobrados", "cobradas", "abonado", "abonada",
            "bezahlt", "gezahlt", "entrichtet", "kassiert");

    /** An amount said with its participle of paying, or null: "duty paid", "taxe payée" → money. */
    private static FieldType charged(Lexicon lex, String[] w, FieldType t) {
        if (w.length < 2 || w.length > 3) {
            return null;
        }
        String last = Text.fold(w[w.length - 1]);
        String head = Text.fold(lex.lang.headLast() ? w[w.length - 2] : w[0]);
        if (PAID.contains(last) && CHARGES.contains(head) && (FLIPPED.contains(t) || t == FieldType.BOOLEAN || t == FieldType.DECIMAL)) {
            return FieldType.MONEY;
        }
        return null;
    }

    /** Participles of handling goods: things delivered, loaded or received are counted ("packages delivered", "colis livrés"). */
    private static final Pattern GOODS_DONE = Pattern.compile("(?:un)?loaded|delivered|shipped|dispatched|received|transported|stored|distributed|printed|installed|stacked"
            + "|(?:de)?charg|livr|exp[eé]di|transport|stock|distribu|imprim|install|entregad|(?:des)?cargad|recibid|transportad|almacenad|distribuid|instalad|apilad"
            + "|geliefert|geladen|verladen|entladen|abgeladen|versandt|zugestellt|transportiert|eingelagert|verteilt|gedruckt|installiert|empfangen");
    /** The same with the endings of each language ("livrés", "cargados", "gelieferten"). */
    private static final Pattern GOODS_WORD = Pattern.compile("(?:" + GOODS_DONE.pattern() + ")(?:e|é|ée|és|ées|os|as|o|a|en|er|es)?");
    private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{L}{3,}(?:[^s]s|x|e|en)");

    /** "packages delivered", "colis livrés", "contenedores cargados", "gelieferte Pakete": how many, not yes/no. */
    private static final Set<String> WHERE_TO = Set.of("to", "on", "for", "per", "sur", "pour", "à", "au", "par", "al", "en", "para", "por", "zum", "zur", "beim", "für", "pro");

    private static boolean counted(Lang lang, String[] all) {
        String[] w = all.length > 2 && WHERE_TO.contains(all[2].toLowerCase(Locale.ROOT)) ? java.util.Arrays.copyOf(all, 2) : all;
        if (w.length != 2) {
            return false;
        }
        String a = w[0].toLowerCase(Locale.ROOT);
        String b = w[1].toLowerCase(Locale.ROOT);
        boolean participleFirst = lang == Lang.DE && GOODS_WORD.matcher(a).matches() && (a.endsWith("e") || a.endsWith("en"));
        String noun = participleFirst ? b : a;
        String done = participleFirst ? a : b;
        if (!participleFirst && !GOODS_WORD.matcher(done).matches()) {
            return false;
        }
        if (lang == Lang.DE) {
            return PLURAL_NOUN.matcher(noun).matches() && !noun.endsWith("ung");
        }
        return noun.length() > 3 && (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") || lang == Lang.FR && noun.endsWith("x"));
    }

    static FieldType adjust(Lexicon lex, String label, FieldType t) {
        String[] w = WORD_SPLIT.split(END_PUNCT.matcher(label.strip()).replaceAll(""));
        FieldType money = charged(lex, w, t);
        if (money != null) {
            return money;
        }
        if ((FLIPPED.contains(t) || t == FieldType.BOOLEAN) && counted(lex.lang, w)) {
            return FieldType.INTEGER;
        }
        if (!FLIPPED.contains(t)) {
            return t;
        }
        if (w.length < 2 || w.length > 4) {
            return t;
        }
        String last = w[w.length - 1];
        String lastLower = last.toLowerCase(Locale.ROOT);
        String before = w[w.length - 2].toLowerCase(Locale.ROOT);
        String first = w[0].toLowerCase(Locale.ROOT);
        if (NOT_PARTICIPLE.contains(lastLower) || NOT_FACTS.contains(lastLower) || LINKS.contains(before)
                || lex.whWords.contains(Text.fold(first)) || WH.contains(Text.fold(first)) || WHEN_WORDS.contains(Text.fold(first))) {
            return t;
        }
        if (!SHAPES.get(lex.lang).matcher(lastLower).matches() || lex.lang == Lang.DE && !Character.isLowerCase(last.charAt(0))) {
            return t;
        }
        String head = lex.lang.headLast() ? before : first;
        for (int i = 1; i < w.length - 1; i++) {
            // "le gestionnaire s'est occupé": a clause with its own verb, not a name
            if (AUX.contains(Text.fold(w[i]))) {
                return t;
            }
        }
        for (String x : w) {
            // "Werkstatt oder selbst gemacht": two values to choose from; "N° du badge remis": a number
            if (lex.or.contains(Text.fold(x))) {
                return t;
            }
        }
        if (lex.identifier.contains(Text.fold(head)) || lex.identifier.contains(Text.fold(first)) || NUMBER_SIGNS.contains(Text.fold(first))) {
            return t;
        }
        if (CONTENT.contains(head) || CONTENT.contains(first)) {
            return t;
        }
        // the noun phrase before the participle must not itself name a dated, counted or described value
        String noun = String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
        FieldType said = FieldTyper.type(lex, noun);
        if (said != FieldType.TEXT && said != FieldType.PERSON && said != FieldType.MONEY && said != FieldType.BOOLEAN) {
            return t;
        }
        return FieldType.BOOLEAN;
    }
}

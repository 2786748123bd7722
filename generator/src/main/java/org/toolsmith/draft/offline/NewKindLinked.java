package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A new record kind and a link to it from a kind the app has, asked in one message, whatever the word order: "keep a
 * separate list of suppliers (name, email, phone) and link each order to one", "each visit belongs to a site; for sites
 * we need name and address", "je veux gérer les sites à part, chaque visite est liée à un site", "crea una tabla de
 * proveedores con nombre y email, cada pedido pertenece a un proveedor", "Lieferanten sollen eine eigene Liste werden
 * (Name, Telefon), jede Bestellung gehört zu einem Lieferanten; das alte Feld Lieferantenname kann weg".
 *
 * <p>Read by word families over the whole message, not by sentence shape: every word must be one of a list word (list,
 * liste, lista, Tabelle…), a word of standing apart (separate, own, à part, aparte, eigene, getrennt…) or of keeping
 * (manage, gérer, gestionar, pflegen…), "each / chaque / cada / jede" and a kind the app has, a word of linking (link,
 * belongs, rattacher, pertenece, gehört, zugeordnet…), a removal or keeping word said of a typed field the kind has,
 * the details of the new kind (in brackets, after with / avec / con / mit or a colon, or "Ys have …"), little words
 * and courtesy; the words left are the new kind, in its forms (singular, plural, German dative). A message with any
 * other word is left to the other readers, so this never reads less than they do. The new kind is made with its
 * details, the kind said with "each" links to it (a typed field named like the new kind becomes the link), and a typed
 * field the message names is removed when the message says to drop it and kept when it says to keep it; named without
 * either, the message is left to the other readers.
 */
final class NewKindLinked {
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?\\n]");
    private static final String END = "(?=\\s*(?:[.;!?\\n]|\\s[-\\u2013\\u2014]\\s|$)"
            + "|,?\\s+(?:and|et|y|und|,)\\s+(?:link|let|have|make|then|each|every|please|drop|remove|keep|rattach\\w*|reli\\w*|chaque|puis|supprim\\w*|enlev\\w*|garde\\w*|"
            + "vincul\\w*|cada|luego|quit\\w*|borr\\w*|dej\\w*|ordne\\w*|verknupf\\w*|jede\\w*|dann|losch\\w*|entfern\\w*)\\b"
            + "|,\\s*(?:each|every|chaque|cada|jede\\w*|link|rattach\\w*|vincul\\w*|ordne\\w*)\\b"
            + "|\\s+(?:instead|rather than|au lieu|plutot|en vez|en lugar|statt|anstatt|but|mais|pero|aber)\\b)";
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{2,160})\\)");
    private static final Pattern WITH = Pattern.compile("\\b(?:with|avec|con|mit)\\s+(.+?)" + END);
    private static final Pattern COLON = Pattern.compile(":\\s*(.+?)" + END);
    /** "Sites have …", "for sites we need …", "pour les sites, il faut …", "de las sedes queremos …", "für die Standorte brauchen wir …". */
    private static final Pattern HAVE = Pattern.compile("(?:^|(?<=[.;!?\\n]))\\s*(?:(?:for|pour|de|para|fur)\\s+)?(?:(?:the|les|los|las|die|des)\\s+)?(\\p{L}{3,})\\s*,?\\s+"
            + "(?:we need|we want|we'd like|need|have|has|il faut|on veut|ont|queremos|necesitamos|tienen|brauchen wir|wollen wir|haben)\\s+(?:just\\s+|only\\s+)?(.+?)" + END);
    private static final Pattern QUOTES = Pattern.compile("[\"\\u201c\\u201d\\u201e\\u00ab\\u00bb\\u2018\\u2019']");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
    private static final Pattern END_MARKS = Pattern.compile("[.!?]+$");
    private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|\\bet\\b|\\by\\b|\\bund\\b|\\+|/)\\s*");

    static final Set<String> EACH = Set.of("each", "every", "chaque", "cada", "jede", "jeder", "jedes", "jeden", "jedem");
    private static final Set<String> LIST = words("list lists table tables register directory records liste listes fichier lista listas tabla tablas ficha fichas "
            + "registro tabelle tabellen listen verzeichnis");
    private static final Set<String> APART = words("separate separately own proper real dedicated apart part separee separees separe propre vraie aparte propia propio "
            + "separado separada separados separadas eigene eigenen eigener eigenes separat getrennt gesondert richtige richtigen");
    private static final Set<String> KEEPING = words("lleva llevad fuhre fuhrt tenir tiens tenez manage keep kept track maintain gerer gere gerons gerez suivre gestionar llevar verwalten pflegen fuhren");
    static final Set<String> LINKING = words("choisir choisis choisissez selectionner seleccionar selecciona escoger escoge select selects auswahlen wahlen waehlen link linked links belong belongs tied attached connected assigned pick picks choose chooses point points "
            + "lie liee lies liees lier rattache rattachee rattaches rattacher relie reliee relier associe associee appartient appartiennent choisit pointe pointer "
            + "vincula vincular vinculado vinculada vinculados vinculadas asociado asociada pertenece pertenezca pertenecen elige elegir apunta apunte asignado asignada "
            + "gehort gehoren zugeordnet zuordnen ordne ordnet ordnen verknupft verknupfe verknupfen wahlt waehlt gehoert "
            + "assign assigned connect hook tie attach asignar asigna asignada enlaza enlazar enlazado enlazada conecta zuweisen zugewiesen");
    private static final Set<String> DROP = words("drop remove delete go supprime supprimer supprimez enleve enlever enlevez retire retirer sert quita quitar quitad borra borrar "
            + "borrad borres elimina eliminar sobra weg losch losche loschen entfernen entferne entfernt");
    private static final Set<String> KEEP = words("keep leave stays stay garde garder gardons gardez tel quel mantén manten mantener deja dejar dejad bleibt bleiben lassen");
    private static final Set<String> ARTICLE = Set.of("the", "les", "los", "las", "die", "le", "la", "el", "all", "tous", "todos", "todas", "alle");
    private static final Set<String> ONE = Set.of("a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einen", "einem", "einer");
    static final Set<String> NOT = words("don dont t not pas no nicht");
    /** Little words, courtesy and the words a request is framed with, in four languages. */
    static final Set<String> LITTLE = words(
            "a an the one to of for in on at as with from and or but mais pero aber qu c s n then also please pls thanks thank you hi hello hey dear team we i our their its it they them "
            + "should must need needs want would like let have has be is are can could make new now moment yet just so that this each into its "
            + "old text free field column columns typed as is for now anymore any more list could add create set up pick from get rid "
            + "le la les l d un une des du de au aux et ou puis aussi svp merci bonjour salut avance vous nous on je il elle ils elles en y est sont etre "
            + "doit doivent devrait devraient devenir faut veut voudrait voulons pourriez pourrais pouvez peux que qui son sa ses leur leurs ce cette pour "
            + "instant plus encore champ ancien ancienne texte libre fais faites ajoute ajoutez cree creez creer une liste avec a part soit "
            + "el los las uno una unos unas del al o e tambien por favor gracias hola buenas que su sus es son ser debe deben deberia deberian tiene tienen "
            + "queremos quiero necesitamos podeis puedes ahora momento todavia ya campo texto antiguo viejo haz crea crear anade anadid anadir va van como esta "
            + "der die das den dem des ein eine einen einem einer und oder auch bitte danke hallo zusammen wir ich ihr sie es soll sollen sollte muss mussen wird "
            + "werden sein ist sind zu zur zum mit von aus im an am fur noch erst mal so vorerst alte alten altes feld freitext mach mache leg legt lege an "
            + "neue neuen neues brauchen mochte mochten wollen daraus davon darauf kann konnen "
            + "re ve ll several now jetzt mehrere este esta soit coup vers dessus aimerait aimerions souhaite souhaiterait quisiera gustaria nos me "
            + "brauchten hatten gern gerne veux voulons voudrions voudrais pourrait tener para bei man sur instead rather than lieu vez lugar statt anstatt plutot "
            // question words are no kind: "record where each artwork is kept"
            + "where what which who whom whose when how why whether ou quand quel quelle quels quelles comment pourquoi si "
            + "donde cuando quien quienes cual cuales como porque wo wann wer wen wem wessen welche welcher welches wie warum ob");

    private NewKindLinked() {
    }

    private static Set<String> words(String s) {
        return Set.copyOf(List.of(s.split("\\s+")));
    }

    private record Span(int start, int end, String tag) {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isBlank() || message.length() > 600) {
            return message;
        }
        String folded = plain(message);
        String orig = folded.length() == message.length() ? message : folded;
        List<Span> spans = new ArrayList<>();
        List<String> details = new ArrayList<>();
        String haveSubject = null;
        // the details of the new kind: in brackets, after a list word and "with" or a colon, or "Ys have …"
        for (Matcher m = BRACKET.matcher(folded); m.find(); ) {
            if (!listy(m.group(1)) || !FieldToKind.attributes(m.group(1))) {
                return message; // "(Copper, PVC)": values of a choice, not the details of a kind
            }
            spans.add(new Span(m.start(), m.end(), "qqdetails"));
            details.add(orig.substring(m.start(1), m.end(1)));
        }
        for (Pattern p : List.of(WITH, COLON)) {
            for (Matcher m = p.matcher(folded); m.find(); ) {
                if (overlaps(spans, m.start(), m.end()) || !listed(folded, m.start()) || !listy(m.group(1)) || !FieldToKind.attributes(m.group(1))) {
                    continue;
                }
                spans.add(new Span(m.start(), m.end(), "qqdetails"));
                details.add(orig.substring(m.start(1), m.end(1)));
            }
        }
        for (Matcher m = HAVE.matcher(folded); m.find(); ) {
            if (overlaps(spans, m.start(), m.end()) || !listy(m.group(2)) || !FieldToKind.attributes(m.group(2))) {
                continue;
            }
            haveSubject = m.group(1);
            spans.add(new Span(m.start(1), m.end(1), "qqsubject"));
            spans.add(new Span(m.end(1), m.end(), "qqdetails"));
            details.add(orig.substring(m.start(2), m.end(2)));
        }
        // the kinds the app has, and the typed fields of those kinds, by their names
        Map<String, Entity> kinds = new HashMap<>();
        Map<String, Field> fields = new HashMap<>();
        Map<String, String> fieldOwner = new HashMap<>();
        List<String[]> names = new ArrayList<>();
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key())) {
                return message;
            }
            int i = kinds.size();
            kinds.put("qqkind" + letters(i), e);
            names.add(new String[] {plain(e.name()), "qqkind" + letters(i)});
            names.add(new String[] {plain(e.plural()), "qqkind" + letters(i)});
            for (Field f : e.fields()) {
                if (f.type() == FieldType.TEXT && RefineText.fold(f.label()).length() >= 4) {
                    String tag = "qqfield" + letters(fields.size());
                    fields.put(tag, f);
                    fieldOwner.put(tag, e.key());
                    names.add(new String[] {plain(f.label()), tag});
                }
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> -n[0].length()));
        for (String[] n : names) {
            if (n[0].length() < 3) {
                continue;
            }
            for (int start : wordsAt(folded, n[0], true)) {
                int end = start + n[0].length();
                if (!overlaps(spans, start, end)) {
                    spans.add(new Span(start, end, n[1]));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder plain = new StringBuilder();
        int at = 0;
        for (Span sp : spans) {
            plain.append(folded, at, sp.start()).append(' ').append(sp.tag()).append(' ');
            at = sp.end();
        }
        plain.append(folded.substring(at));
        // every word has its part, or the message is not this one
        List<String> tokens = new ArrayList<>();
        List<Integer> sentence = new ArrayList<>();
        int sent = 0;
        int last = 0;
        String text = plain.toString();
        for (Matcher m = TOKEN.matcher(text); m.find(); ) {
            if (SENTENCE_END.matcher(text.substring(last, m.start())).find()) {
                sent++;
            }
            last = m.end();
            tokens.add(m.group());
            sentence.add(sent);
        }
        List<Integer> unknown = new ArrayList<>();
        boolean apart = false;
        String from = null;
        boolean each = false;
        List<Integer> fieldsAt = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.startsWith("qqkind")) {
                String key = kinds.get(t).key();
                if (from != null && !from.equals(key)) {
                    return message; // two kinds the app has: which one links is for the other readers
                }
                from = key;
                // "each order", or "link orders to …", "enlaza las quejas": the kind right after a word of linking
                each |= i > 0 && EACH.contains(tokens.get(i - 1))
                        || i > 0 && LINKING.contains(tokens.get(i - 1)) || i > 1 && LINKING.contains(tokens.get(i - 2)) && ARTICLE.contains(tokens.get(i - 1));
            } else if (t.startsWith("qqfield")) {
                fieldsAt.add(i);
            } else if (t.equals("qqdetails") || t.equals("qqsubject")) {
                continue;
            } else if (LIST.contains(t) || APART.contains(t) || KEEPING.contains(t)) {
                apart |= !KEEPING.contains(t);
            } else if (LINKING.contains(t) || EACH.contains(t) || LITTLE.contains(t) || DROP.contains(t) || KEEP.contains(t) || NOT.contains(t)) {
                continue;
            } else {
                unknown.add(i);
            }
        }
        // a typed field named like the thing ("turn the site field into a list") is the thing, not a field said to go or stay
        List<Integer> things = new ArrayList<>();
        for (int i : fieldsAt) {
            String label = RefineText.fold(fields.get(tokens.get(i)).label());
            if (!label.contains(" ") && fieldOwner.get(tokens.get(i)).equals(from)
                    && (unknown.isEmpty() || sameWord(tokens.get(unknown.get(0)), label))) {
                things.add(i);
            }
        }
        List<String> forms = new ArrayList<>();
        // "fuel cards", "cartes carburant", "tarjetas de combustible": a thing of two or three words, said as one run
        List<String> runs = runs(tokens, unknown);
        if (runs != null) {
            forms.addAll(runs);
        } else {
            unknown.forEach(i -> forms.add(tokens.get(i)));
        }
        things.forEach(i -> forms.add(RefineText.fold(fields.get(tokens.get(i)).label())));
        // "each X …": the kind the app has is the one that links; "a list of faults, each assigned to a machine" links the other way
        if (from == null || forms.isEmpty() || !each || !(apart || haveSubject != null || details.stream().anyMatch(FieldToKind::attributes))) {
            return message;
        }
        // the words left name one thing, in its forms
        String stem = forms.get(0);
        for (String w : forms) {
            if (runs != null ? !AddedKindLinked.same(stem, w) : !sameWord(stem, w)) {
                return message;
            }
        }
        if (haveSubject != null && !sameWord(stem, haveSubject)) {
            return message;
        }
        String shortest = forms.stream().min(Comparator.comparingInt(String::length)).orElse(stem);
        for (Entity e : s.spec.entities()) {
            if (sameWord(shortest, RefineText.fold(e.name())) || sameWord(shortest, RefineText.fold(e.plural()))) {
                return message;
            }
        }
        // what happens to a typed field the message names: dropped, kept, or the message is not clear
        List<String[]> drops = new ArrayList<>();
        for (int i : fieldsAt) {
            int cue = cue(tokens, sentence, i);
            if (things.contains(i)) {
                if (cue < 0) {
                    // "… and drop the free-text courier field": the typed field goes, a link comes in its place
                    drops.add(new String[] {fieldOwner.get(tokens.get(i)), fields.get(tokens.get(i)).key()});
                }
                continue;
            }
            if (cue == 0) {
                return message;
            }
            if (cue < 0) {
                drops.add(new String[] {fieldOwner.get(tokens.get(i)), fields.get(tokens.get(i)).key()});
            }
        }
        // the singular: a form said after "a / un / una / einem …" when it is shorter than another form, else the shortest made singular
        String single = null;
        for (int i : runs != null ? List.<Integer>of() : unknown) {
            if (i > 0 && ONE.contains(tokens.get(i - 1)) && (single == null || tokens.get(i).length() < single.length())) {
                single = tokens.get(i);
            }
        }
        String longest = forms.stream().max(Comparator.comparingInt(String::length)).orElse(stem);
        boolean asSaid = single != null && (s.lang != Lang.DE || single.length() < longest.length());
        String name = asSaid ? RefineText.capitalize(said(message, folded, orig, single))
                : RefineText.capitalize(s.singular(said(message, folded, orig, shortest)));
        if (s.spec.entities().stream().anyMatch(e -> RefineText.fold(e.name()).equals(RefineText.fold(name)))) {
            return message;
        }
        String key = s.addEntity(name);
        for (String d : details) {
            RefineItems.addAll(s, new RefineClause(d.strip()), key, null);
        }
        s.ensureField(key);
        for (String[] d : drops) {
            s.removeField(d[0], d[1]);
        }
        s.link(from, key, false);
        s.made = key;
        return "";
    }

    /** The runs of words left over when one has two or three words ("fuel cards", "tarjetas de combustible"), else null. */
    private static List<String> runs(List<String> tokens, List<Integer> unknown) {
        List<String> out = new ArrayList<>();
        boolean longer = false;
        for (int k = 0; k < unknown.size(); ) {
            int a = unknown.get(k);
            int b = a;
            int n = k + 1;
            while (n < unknown.size() && (unknown.get(n) == b + 1 || unknown.get(n) == b + 2 && OF.contains(tokens.get(b + 1)))
                    && !sameWord(tokens.get(b), tokens.get(unknown.get(n)))) {
                b = unknown.get(n);
                n++;
            }
            if (b - a > 2) {
                return null;
            }
            longer |= b > a;
            out.add(String.join(" ", tokens.subList(a, b + 1)));
            k = n;
        }
        return longer ? out : null;
    }

    private static final Set<String> OF = Set.of("of", "de", "du", "des", "del", "d");

    /** Folded, quotes and apostrophes as spaces ("nom de l'application" and « Nom de l’application » alike), same length. */
    static String plain(String text) {
        return QUOTES.matcher(RefineText.fold(text)).replaceAll(" ");
    }

    /** Two four-letter letters for the i-th placeholder, so that placeholders stay words. */
    private static String letters(int i) {
        return String.valueOf((char) ('a' + i / 26)) + (char) ('a' + i % 26);
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span sp : spans) {
            if (start < sp.end() && sp.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** A list word, a word of standing apart or of keeping before it in the same clause: "a list of sites with …", "Liste Standorte: …". */
    private static boolean listed(String folded, int at) {
        int from = at;
        while (from > 0 && !SENTENCE_END.matcher(String.valueOf(folded.charAt(from - 1))).matches() && folded.charAt(from - 1) != ','
                && !(from > 2 && folded.startsWith(" - ", from - 3))) {
            from--;
        }
        int list = -1;
        int each = -1;
        int n = 0;
        for (Matcher m = TOKEN.matcher(folded.substring(from, at)); m.find(); n++) {
            String t = m.group();
            if (EACH.contains(t)) {
                each = n;
            } else if (LIST.contains(t) || APART.contains(t) || KEEPING.contains(t)) {
                list = n;
            }
        }
        return list > each;
    }

    /** The details of a kind: one to eight short items ("name, email and phone"), not a sentence. */
    private static boolean listy(String s) {
        String[] items = ITEM_SPLIT.split(END_MARKS.matcher(s.strip()).replaceAll(""));
        if (items.length > 8) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.strip().split("\\s+").length > 4) {
                return false;
            }
            for (Matcher m = TOKEN.matcher(RefineText.fold(item)); m.find(); ) {
                if (EACH.contains(m.group()) || LINKING.contains(m.group())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One word in another form: "supplier" / "suppliers", "Lieferant" / "Lieferanten", "aplicación" / "aplicaciones". */
    static boolean sameWord(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p >= 3 && ending(a.substring(p)) && ending(b.substring(p));
    }

    private static boolean ending(String rest) {
        return switch (rest) {
            case "", "s", "es", "e", "en", "n", "er", "x", "ern", "ns", "nen" -> true;
            default -> false;
        };
    }

    /** -1 the field named at i is to go, 1 it stays, 0 nothing said of it, in its sentence. */
    private static int cue(List<String> tokens, List<Integer> sentence, int i) {
        boolean drop = false;
        boolean keep = false;
        boolean not = false;
        for (int j = 0; j < tokens.size(); j++) {
            if (!sentence.get(j).equals(sentence.get(i)) || Math.abs(j - i) > 6) {
                continue;
            }
            String t = tokens.get(j);
            drop |= DROP.contains(t);
            keep |= KEEP.contains(t);
            not |= NOT.contains(t) && j < i + 4;
        }
        if (drop && !not && !keep) {
            return -1;
        }
        return keep || drop && not ? 1 : 0;
    }

    /** The new kind as the message spells it: the shortest form, with its accents and capitals. */
    private static String said(String message, String folded, String orig, String shortest) {
        List<Integer> at = wordsAt(folded, shortest, false);
        if (!at.isEmpty() && orig == message) {
            return message.substring(at.get(0), at.get(0) + shortest.length());
        }
        return shortest;
    }

    /**
     * Where {@code word} stands as a whole word in {@code text} (no letter, nor digit when {@code digits}, on either
     * side), left to right without overlaps, as a regex search would find it; no pattern compiled per call.
     */
    static List<Integer> wordsAt(String text, String word, boolean digits) {
        List<Integer> at = new ArrayList<>();
        if (word.isEmpty()) {
            return at;
        }
        for (int i = text.indexOf(word); i >= 0; ) {
            if (!joins(text, i - 1, digits) && !joins(text, i + word.length(), digits)) {
                at.add(i);
                i = text.indexOf(word, i + word.length());
            } else {
                i = text.indexOf(word, i + 1);
            }
        }
        return at;
    }

    private static boolean joins(String text, int i, boolean digits) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetter(c) || digits && Character.isDigit(c);
    }
}

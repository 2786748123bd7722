package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Edits of a choice field's values read from what the clause leaves once the field is found, whatever the
 * word order, in four languages: the clause names one choice field (its label, or one telling word of it, in
 * any inflection: "the statuses", "aux types de vélo", "a las categorías", "bei der Dringlichkeit"), and
 * <ul>
 * <li>names values the field offers with a cue of removal ("drop 'seedling' from the statuses", "seedling isn't
 * a status we use any more", "quita benjamín de la categoría", "streich Fertig beim Status") → those go;</li>
 * <li>says something is added, missing or new ("put on hold in the status list", "on hold is missing from the
 * statuses", "we also need on hold as a status", "il manque implant et orthodontie dans les motifs", "Torten
 * fehlen noch bei der Kategorie") → the words left on one side of the field, once cue words, fillers,
 * pronouns, articles and prepositions are trimmed from their edges, are the new values;</li>
 * <li>gives the whole set ("status can only be ready or sold", "we only use two statuses now, ready and sold",
 * "Growing, Ready, Sold - those are the statuses we need", "der Status sollte nur noch offen, in Arbeit oder
 * abgeholt sein") → the list replaces the values.</li>
 * </ul>
 * It acts only when the field is found by its own words, the values are short and are no field or kind, and the
 * clause says nothing of renaming or of another field; otherwise the other readers decide.
 */
final class ChoiceListEdits {
    /** Where values said after the field end: a dash aside, a full stop, a bracket, a comma before more words. */
    private static final Pattern VALUE_END = Pattern.compile("\\s[-–—]\\s|[.;!?(]|,\\s*(?=\\S+)");
    /** Where the values said before the field begin: the end of the previous sentence or aside. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?:]\\s|\\s[-–—]\\s");

    /** A word, or a value written with a slash between letters or digits ("48/50", "S/M"), which is one value. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]|/(?=[\\p{L}\\p{N}]))*");
    private static final Pattern RENAMING = p("\\b(?:renam\\w*|call\\w*|label\\w*|replac\\w*|instead|rather than|renomm\\w*|remplac\\w*|au lieu|plutot que|appel\\w*|renombr\\w*|reemplaz\\w*|en vez|en lugar|llam\\w*|"
            + "umbenenn\\w*|ersetz\\w*|statt|anstatt|heiss\\w*|nenn\\w*|aus \\S+ wird|field|fields|champ|champs|campo|campos|feld|felder|column|spalte|colonne|columna|box|kind|table|tabla|tabelle|"
            + "after|before|next to|apres|avant|despues|antes|nach dem|vor dem|type of field|required|mandatory|optional|obligatoire|facultati\\w*|obligatori\\w*|pflicht\\w*|optional\\w*)\\b");
    /** Words of a type: "a dropdown with …", "a multi-select: …" are type changes, for the type readers. */
    private static final Pattern TYPE_WORDS = p("\\b(?:drop-?down|multi-?select\\w*|select box|pick ?list|tick ?box\\w*|check ?box\\w*|desplegable|lista desplegable|menu|liste deroulante|deroulant|case a cocher|casilla|auswahlliste|dropdown-?liste|ankreuz\\w*|hakchen|yes/no|oui/non|si/no|ja/nein)\\b");
    private static final Pattern REMOVE = p("\\b(?:remove|removed|drop|delete|take (?:out|off|away)|get rid|lose|ditch|scrap|strike|no longer|any ?more|isn't|aren't|is not|are not|don't (?:use|need|have|offer|do)|do not (?:use|need|have|offer)|stopped|"
            + "enlev\\w*|retir\\w*|supprim\\w*|vir\\w*|plus de|n'existe plus|ne \\S+ plus|n'\\S+ plus|"
            + "quit\\w*|elimin\\w*|borr\\w*|sobra\\w*|ya no|no (?:usamos|tenemos|hay|hacemos|ofrecemos|existe)|"
            + "streich\\w*|entfern\\w*|losch\\w*|raus|nicht mehr|gibt es nicht|brauchen wir nicht|kein\\w* \\S+ mehr)\\b");
    private static final Pattern ADD = p("\\b(?:add|adds|added|adding|put|include|missing|also|too|as well|new|extra|another|"
            + "ajout\\w*|rajout\\w*|mets|mettre|mettez|inclu\\w*|manqu\\w*|aussi|egalement|nouve\\w*|"
            + "anad\\w*|agreg\\w*|pon|poned|ponga|incluy\\w*|incluir|falt\\w*|tambien|nuev[oa]s?|"
            + "fug\\w*|erganz\\w*|fehl\\w*|auch|noch|neu\\w*|dazu|hinzu|aufnehm\\w*|"
            + "extend|expand|complete[rz]?|ampli[ae]\\w*|erweiter\\w*)\\b");
    private static final String MOD = "(?:(?:only|now|just|from now on|seulement|maintenant|desormais|dorenavant|solo|solamente|ahora|a partir de ahora|nur noch|nur|jetzt|ab jetzt|kunftig|inzwischen)\\b\\s*)*";
    private static final Pattern WHOLE_AFTER = p("^\\s*(?:(?:list|lists|options?|values?|choices?|liste|listes|valeurs|choix|lista|listas|opciones|valores|liste|optionen|werte|auswahl)\\s*)?"
            + "(?::|=|(?:so\\s+(?:that\\s+)?)?(?:it's|it is|they're|they are)\\s+" + MOD + "|"
            + "(?:should|must|will|shall|can|could|may|need to|needs to|has to|have to|are|is)\\s+" + MOD + "(?:be\\b\\s*|say\\b\\s*|read\\b\\s*|offer\\b\\s*)?" + MOD + "(?:one of\\s+|either\\s+)?:?|,?\\s*(?:now|from now on)\\s*[,:]|"
            + "(?:doi(?:t|vent)|devrai(?:t|ent)|peu(?:t|vent)|seront|sera|sont|est|c'est|ce sont|ne peu(?:t|vent) etre que)\\s+" + MOD + "(?:etre\\b\\s*)?" + MOD + "(?:soit\\s+)?:?|"
            + "(?:debe|deben|deberia|deberian|puede|pueden|seran|sera|son|es)\\s+" + MOD + "(?:ser\\b\\s*)?" + MOD + ":?|"
            + "(?:soll|sollte|sollen|sollten|kann|konnen|sind|ist|wird|werden)\\s+" + MOD + "(?:entweder\\s+)?:?)\\s*(.+)$");
    private static final Pattern ADD_FIRST = p("^(?:please\\s+|pls\\s+|kindly\\s+|svp\\s+|stp\\s+|merci d'|merci de\\s+|por favor\\s+|porfa\\s+|bitte\\s+)?(?:add|also|include|missing|lacking|lacks|ajout\\w*|rajout\\w*|manqu\\w*|anad\\w*|agreg\\w*|falt\\w*|fug\\w*|erganz\\w*|fehl\\w*|aussi|egalement|encore|tambien|ademas|auch|noch|zusatzlich)\\b");
    /** Words of several at once: a type change, for the type readers. */
    private static final Pattern SEVERAL = p("\\b(?:several|multiple|more than one|plusieurs|varios|varias|mehrere)\\b");
    /** Words that make a list item a sentence: a pronoun subject or a verb of being. */
    private static final Pattern VERBAL = p("\\b(?:man|on|we|it|es|ist|sind|is|are|est|sont|son|hay|gibt|kann|konnen|soll|muss)\\b");
    /** A genitive between the words and the field: "la fecha de resolución" names a thing, not a value. */
    private static final Set<String> GENITIVE = RefineText.set("de", "of", "del", "du", "des", "d", "von", "vom", "la", "el", "le", "les", "los", "las", "the", "der", "l");

    /** "we only use two statuses now, ready and sold", "on n'a plus que deux motifs : a et b". */
    private static final Pattern ONLY_USE = p("^\\s*(?:now\\s+|anymore\\s+|any more\\s+|maintenant\\s+|ahora\\s+|jetzt\\s+)?[,:]\\s*(.+)$");
    private static final Pattern ONLY_BEFORE = p("\\b(?:only|just|seulement|que|solo|solamente|nur)\\b");
    /** "A, B and C - those are the statuses we need": the values before the field. */
    private static final Pattern THOSE_ARE = p("^(.+?)\\s*(?:[-–—:]|,)\\s*(?:those|these|that|ce sont|voila|esos|estas|estos|esas|eso|das)\\s+(?:are|sont|son|sind)\\s+(?:the|our|all the|les|nos|tous les|toutes les|los|las|nuestr[oa]s|die|unsere|alle)?\\s*$");

    /** Words trimmed from the edges of the words left for values. */
    private static final Set<String> TRIM = RefineText.set(
            "a", "an", "the", "to", "in", "into", "onto", "from", "of", "for", "as", "at", "with", "and", "or", "is", "are", "be", "been", "was",
            "please", "pls", "kindly", "porfa", "d'ajouter", "can", "could", "would", "will", "should", "must", "you", "we", "i", "us", "they", "it", "there", "need", "needs", "want", "have",
            "has", "had", "get", "got", "also", "too", "well", "now", "add", "adds", "put", "include", "missing", "new", "another", "extra", "list", "options",
            "option", "values", "value", "choices", "choice", "dropdown", "one", "more", "some", "just", "still", "then", "so", "ok", "okay", "hey", "hi",
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "dans", "en", "pour", "et", "ou", "il", "elle", "nous", "vous", "ils",
            "y", "a", "faut", "faudrait", "manque", "manquent", "aussi", "egalement", "ajoute", "ajoutez", "ajouter", "rajoute", "rajoutez", "mets", "mettez",
            "svp", "stp", "merci", "liste", "valeurs", "choix", "nouveau", "nouvelle", "maintenant", "desormais", "encore", "est", "sont", "avons", "avoir",
            "el", "los", "las", "una", "uno", "unos", "unas", "del", "al", "para", "por", "con", "o", "e", "falta", "faltan", "anade", "anadid", "anadir",
            "agrega", "agregad", "pon", "poned", "tambien", "ahora", "lista", "opciones", "valores", "nuevo", "nueva", "hay", "que", "se", "favor", "tenemos",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "bei", "beim", "zu", "zum", "zur", "im", "fur", "und", "oder", "bitte",
            "noch", "auch", "fehlt", "fehlen", "dazu", "hinzu", "fuge", "fug", "erganze", "erganzt", "neu", "neue", "neuen", "jetzt", "gibt", "es", "wir",
            "brauchen", "als", "mal", "doch", "optionen", "werte", "auswahl", "aufnehmen", "hinzufugen", "erganzen", "rein", "mit", "ajouter", "rajouter", "anadir", "agregar",
            "may", "might", "puede", "pueden", "ser", "debe", "deben", "deberia", "peut", "peuvent", "doit", "doivent", "devrait", "pourrait", "etre",
            "kann", "konnen", "soll", "sollte", "sein", "werden", "muss",
            "there's", "theres", "here's", "we've", "we're", "we'll", "i've", "i'd", "we'd", "introduced", "introduce", "started", "starting", "sell", "selling", "offer",
            "offering", "run", "running", "launched", "do", "does", "doing", "y'a", "avons", "proposons", "hemos", "ofrecemos", "vendemos", "haben", "bieten",
            // verbs of taking values in ("should also allow A and B", "soll auch A und B kennen", "doit aussi accepter A et B")
            "allow", "accept", "support", "know", "contain", "cover", "handle", "recognise", "recognize", "offers", "allows", "accepts",
            "accepter", "admettre", "proposer", "permettre", "contenir", "connaitre", "gerer", "prevoir", "comprendre", "inclure", "accepte", "propose", "permette",
            "admitir", "admita", "aceptar", "acepte", "permitir", "permita", "ofrecer", "ofrezca", "contener", "contenga", "conocer", "incluir", "incluya", "tener", "tenga",
            "kennen", "enthalten", "erlauben", "zulassen", "akzeptieren", "unterstutzen", "anbieten", "umfassen", "erweitern", "erweitert", "bieten", "haben", "um",
            "extend", "expand", "completer", "completez", "ampliar", "amplia", "braucht", "benotigt", "kommen", "kommt", "avec", "needs",
            "pouvoir", "poder", "able");
    /** A first word that starts a sentence of its own: the values end before it. */
    private static final Set<String> SENTENCE = RefineText.set("we", "i", "they", "people", "he", "she", "it", "it's", "this", "that", "since", "because", "as", "so",
            "nous", "ils", "elles", "c'est", "car", "parce", "puisque", "comme", "depuis", "ce", "ca", "nosotros", "porque", "ya", "como", "desde", "este",
            "esta", "eso", "wir", "ich", "sie", "weil", "da", "denn", "seit", "damit", "sonst", "die", "das", "der");
    private static final Set<String> LIST_WORDS = RefineText.set("list", "lists", "options", "option", "values", "choices", "dropdown", "liste", "listes", "valeurs",
            "choix", "lista", "listas", "opciones", "valores", "desplegable", "optionen", "werte", "auswahl", "auswahlliste");

    private ChoiceListEdits() {
    }

    private record Mention(Entity entity, Field field, int start, int end) {
    }

    /** Reads one edit of a choice field's values; true when it changed the field (or found it already so). */
    static boolean read(RefineSession s, RefineClause c) {
        if (c.text.length() > 220 || c.match(RENAMING).find() || c.match(SEVERAL).find() || c.match(TYPE_WORDS).find()) {
            return false;
        }
        Mention m = mention(s, c);
        if (m == null) {
            return false;
        }
        Field f = m.field();
        String before = c.text.substring(0, m.start());
        String after = c.text.substring(m.end());
        List<String> named = named(c.text, m, f);
        Matcher listed = WHOLE_AFTER.matcher(after);
        boolean removes = listed.find() ? REMOVE.matcher(before + " " + after.substring(0, listed.start(1))).find()
                || !named.isEmpty() && REMOVE.matcher(after.substring(listed.start(1))).find() && whole(s, c, m, before, after).size() < 2
                : c.match(REMOVE).find();
        Matcher said = WHOLE_AFTER.matcher(after);
        boolean adds = said.find() && !ADD.matcher(before).find() && !ADD.matcher(after.substring(0, said.start(1)).replaceAll("\\bnur noch\\b", "")).find()
                && !ADD_FIRST.matcher(said.group(1)).find() ? false : c.match(ADD).find();
        if (removes && !named.isEmpty() && named.size() < f.options().size()) {
            List<String> kept = f.options().stream().filter(o -> !named.contains(o)).toList();
            // a value removed may be quoted ("we no longer use 'Stout'"): only a quoted value that is not one of the
            // values named stops the removal
            boolean otherQuoted = quotedOutside(s, c, f).stream()
                    .anyMatch(q -> named.stream().noneMatch(o -> RefineText.fold(o).equals(RefineText.fold(q))));
            if (!otherQuoted && !adds) {
                s.setOptions(m.entity().key(), f.key(), kept);
                s.valueRemovedNow = true;
                return true;
            }
            return false;
        }
        if (removes) {
            return false;
        }
        if (adds) {
            List<String> values = quotedOutside(s, c, f);
            if (values.isEmpty()) {
                RefineClause left = c.sub(0, m.start());
                RefineClause right = c.from(m.end());
                List<String> r = edgeValues(s, right, false, false);
                boolean bare = r.isEmpty() && TOKEN.matcher(right.text).results().allMatch(x -> TRIM.contains(x.group()));
                List<String> l = edgeValues(s, ownerLeft(left, m.entity()), true, bare);
                values = !l.isEmpty() && (r.isEmpty() || ADD.matcher(before).find()) ? l : r;
                Matcher joined = JOINED.matcher(right.text);
                if (values.isEmpty() && r.isEmpty() && joined.lookingAt()) {
                    // "add kids sizes and XXL": a value before the list's name, and more joined after it
                    String rest = right.from(joined.end()).orig.strip();
                    List<String> more = edgeValues(s, new RefineClause("add " + rest), false, false);
                    List<String> first = edgeValues(s, ownerLeft(left, m.entity()), true, true);
                    // only values as written after the joiner (a capital, a digit, a quote), never "a deposit note"
                    boolean written = java.util.Arrays.stream(VALUE_BREAK.split(rest)).allMatch(v -> VALUE_START.matcher(v.strip()).find());
                    if (!first.isEmpty() && !more.isEmpty() && written) {
                        values = new ArrayList<>(first);
                        values.addAll(more);
                    }
                }
            }
            if (values.isEmpty() || !clean(s, values, f)) {
                return false;
            }
            s.addOptions(m.entity().key(), f.key(), values);
            return true;
        }
        List<String> whole = whole(s, c, m, before, after);
        if (whole.size() < 2 || !clean(s, whole, f)) {
            return false;
        }
        s.setOptions(m.entity().key(), f.key(), whole.stream()
                .map(v -> f.options().stream().filter(o -> RefineText.fold(o).equals(RefineText.fold(v))).findFirst().orElse(v)).toList());
        return true;
    }

    /** "and", "or", a comma: more values joined after the list's name. */
    private static final Pattern JOINED = p("^\\s*(?:,\\s*(?:(?:and|or|et|ou|y|o|und|oder)\\s+)?|(?:and|or|et|ou|y|o|und|oder)\\s+)");
    private static final Pattern VALUE_BREAK = Pattern.compile("\\s*(?:,|;|/(?!\\p{N})|\\s+(?:and|or|et|ou|y|o|und|oder)\\s+)\\s*");
    /** A value as written: a capital, a digit or a quote first. */
    private static final Pattern VALUE_START = Pattern.compile("^(?:[\"'«„“‘]|\\p{Lu}|\\p{N})");

    /** A clause that opens with "and / et / y / und / also" or names no verb of its own. */
    private static final Pattern GOES_ON = p("^(?:and|et|y|und|also|aussi|tambien|auch|plus)\\b");

    /**
     * "Add the deposit and whether it was returned. And 'Lost' in the return condition.": a clause that goes on after one
     * that added, with no verb of its own, adds its values to the choice field it names, as if the verb were said again.
     * Only a short clause that opens with a connector and gives quoted values or names the list first.
     */
    static boolean carried(RefineSession s, RefineClause c) {
        if (!"add".equals(s.lastIntent) || c.text.split("\\s+").length > 10 || c.match(ADD).find() || c.match(REMOVE).find()) {
            return false;
        }
        RefineClause said = s.clauseSaid == null ? c : new RefineClause(s.clauseSaid);
        if (!said.match(GOES_ON).find() && !c.match(GOES_ON).find()) {
            return false;
        }
        RefineClause again = new RefineClause("add " + c.orig.replaceFirst("(?iu)^(?:and|et|y|und|also|aussi|tambi[eé]n|auch|plus)\\b[,\\s]*", ""));
        return RefineText.quoted(c.orig).size() > 0 && read(s, again);
    }

    /** The whole set of values, said after the field ("can only be A or B") or before it ("A, B - those are the statuses"). */
    private static List<String> whole(RefineSession s, RefineClause c, Mention m, String before, String after) {
        Matcher w = WHOLE_AFTER.matcher(after);
        if (w.find()) {
            String list = c.from(m.end() + w.start(1)).orig;
            boolean strong = after.strip().startsWith(":") || after.strip().matches("^(?:list|options?|values?|choices?|liste|lista|opciones|valores|optionen|werte|auswahl)?\\s*:.*")
                    || ONLY_BEFORE.matcher(after.substring(0, w.start(1))).find() || after.matches(".*\\b(?:only|nothing else)\\s*[.!]?\\s*$") || after.matches("^\\s*(?:should|must|need|needs|has|have|doi|devr|deb|soll|muss).*");
            List<String> values = listValues(list);
            if (values.size() >= 2 && (strong || overlaps(values, m.field()))) {
                return values;
            }
        }
        if (ONLY_BEFORE.matcher(before).find()) {
            Matcher o = ONLY_USE.matcher(after);
            if (o.find()) {
                List<String> values = listValues(c.from(m.end() + o.start(1)).orig);
                if (values.size() >= 2) {
                    return values;
                }
            }
        }
        if (s.previous != null && before.matches("^\\s*(?:(?:and|so|yes)\\s+)?(?:those|these|that|ce sont|voila|esos|esas|estos|estas|das)\\s+(?:are|sont|son|sind)\\s+(?:the|our|all the|les|nos|los|las|nuestr[oa]s|die|unsere)?\\s*$")) {
            // "Growing, Ready, Sold - those are the statuses we need": the list was the clause before
            List<String> values = listValues(s.previous.orig);
            if (values.size() >= 2 && values.size() == RefineText.values(s.previous.orig).size()) {
                return values;
            }
        }
        Matcher t = THOSE_ARE.matcher(before);
        if (t.find()) {
            List<String> values = listValues(c.sub(t.start(1), t.end(1)).orig);
            if (values.size() >= 2) {
                return values;
            }
        }
        return List.of();
    }

    /** The values of a list, up to where a sentence of its own or a dash starts; German "… sein" at the end cut. */
    private static List<String> listValues(String list) {
        String cut = list.replaceAll("\\s+[-–—]\\s.*$", "").replaceAll("[.;!?].*$", "")
                .replaceAll("(?i)\\s+(?:sein|werden|etre|ser|be)\\s*$", "").replaceAll("(?i)\\s+(?:only|seulement|solamente|nur)\\s*$", "");
        List<String> out = new ArrayList<>();
        for (String v : RefineText.values(cut)) {
            List<String> words = RefineMatcher.words(v);
            if (words.isEmpty() || SENTENCE.contains(RefineText.fold(v.split("\\s+")[0])) || v.split("\\s+").length > 4) {
                break;
            }
            if (VERBAL.matcher(RefineText.fold(v)).find()) {
                return List.of();
            }
            out.add(v);
        }
        return out;
    }

    private static boolean overlaps(List<String> values, Field f) {
        return values.stream().anyMatch(v -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(v))));
    }

    /** Values that are short, not a field's label or a kind's name, and not all the field has already. */
    private static boolean clean(RefineSession s, List<String> values, Field f) {
        for (String v : values) {
            String fv = RefineText.fold(v);
            if (v.split("\\s+").length > 4 || fv.isBlank() || fv.matches(".*\\d{3,}.*")) {
                return false;
            }
            boolean option = f.options().stream().anyMatch(o -> RefineText.fold(o).equals(fv));
            for (Entity e : s.spec.entities()) {
                if (RefineText.fold(e.name()).equals(fv) || RefineText.fold(e.plural()).equals(fv)) {
                    return false;
                }
                for (Field x : e.fields()) {
                    if (!option && RefineText.fold(x.label()).equals(fv)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Quoted values that are not the field's own label. */
    private static List<String> quotedOutside(RefineSession s, RefineClause c, Field f) {
        List<String> out = new ArrayList<>();
        for (String q : RefineText.quoted(c.orig)) {
            if (!RefineText.fold(q).equals(RefineText.fold(f.label())) && !q.isBlank() && q.split("\\s+").length <= 4) {
                out.add(RefineText.capitalize(q));
            }
        }
        return out;
    }

    /** The field's values named in the clause, outside the field's own words. */
    private static List<String> named(String text, Mention m, Field f) {
        String outside = text.substring(0, m.start()) + " | " + text.substring(m.end());
        List<String> out = new ArrayList<>();
        for (String o : f.options()) {
            String folded = RefineText.fold(o);
            if (!folded.isEmpty() && Text.containsPhrase(outside, folded)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * "put Flooding and Power cut in the outage causes": the record kind said just before the field ("outage") qualifies
     * it and is no part of the values (session 14, r3). Only the kind the field belongs to, and only right before the field.
     */
    private static RefineClause ownerLeft(RefineClause left, Entity owner) {
        Matcher t = TOKEN.matcher(left.text);
        int start = -1;
        String last = null;
        while (t.find()) {
            start = t.start();
            last = t.group();
        }
        if (last == null || !left.text.substring(start + last.length()).isBlank()) {
            return left;
        }
        String stem = RefineText.stem(last);
        List<String> name = RefineText.stems(owner.name());
        List<String> plural = owner.plural() == null ? List.of() : RefineText.stems(owner.plural());
        boolean own = name.size() == 1 && name.get(0).equals(stem) || plural.size() == 1 && plural.get(0).equals(stem);
        return own && start > 0 ? left.sub(0, start) : left;
    }

    /** The words left on one side of the field once the edges are trimmed; empty when nothing is left. */
    private static List<String> edgeValues(RefineSession s, RefineClause side, boolean left, boolean bareHead) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(side.text);
        int stop = side.text.length();
        if (!left) {
            // the values end where a comma or dash starts another sentence
            Matcher sep = VALUE_END.matcher(side.text);
            while (sep.find()) {
                String next = side.text.substring(sep.end()).strip();
                String first = next.isEmpty() ? "" : next.split("[\\s,]+")[0];
                if (!sep.group().startsWith(",") || SENTENCE.contains(first) || next.split("\\s+").length > 4) {
                    if (sep.start() > 0 && !side.text.substring(0, sep.start()).isBlank()) {
                        stop = sep.start();
                        break;
                    }
                }
            }
        } else {
            // on the left, the values start after the last sentence break
            Matcher sep = CLAUSE_END.matcher(side.text);
            int from = 0;
            while (sep.find()) {
                from = sep.end();
            }
            side = side.from(from);
            stop = side.text.length();
            t = TOKEN.matcher(side.text);
        }
        while (t.find()) {
            if (t.start() >= stop) {
                break;
            }
            tokens.add(new int[] {t.start(), t.end()});
        }
        int a = 0;
        int b = tokens.size();
        while (a < b && trimmed(s, side.text.substring(tokens.get(a)[0], tokens.get(a)[1]), true)) {
            a++;
        }
        while (b > a && trimmed(s, side.text.substring(tokens.get(b - 1)[0], tokens.get(b - 1)[1]), false) && !NumberedName.ends(side, tokens, a, b)) {
            b--;
        }
        if (a >= b) {
            return List.of();
        }
        if (left) {
            b = beforeQualifier(side, tokens, a, b);
        }
        if (!left) {
            String prefix = side.text.substring(0, tokens.get(a)[0]);
            String suffix = side.text.substring(tokens.get(b - 1)[1], stop);
            if (!ADD.matcher(prefix).find() && !prefix.contains(":") && !ADD.matcher(suffix).find()) {
                // "…status, now for the frozen stuff": words after the field are values only after a cue,
                // or before one at the end ("Art um A und B erweitern")
                return List.of();
            }
        }
        if (left) {
            List<String> gap = new ArrayList<>();
            for (int i = b; i < tokens.size(); i++) {
                gap.add(side.text.substring(tokens.get(i)[0], tokens.get(i)[1]));
            }
            if (gap.isEmpty() ? s.lang != Lang.EN || !bareHead : GENITIVE.containsAll(gap)) {
                return List.of();
            }
        }
        String words = side.sub(tokens.get(a)[0], tokens.get(b - 1)[1]).orig;
        if (words.split("\\s+").length > 8) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : RefineText.values(words)) {
            String first = RefineText.fold(v.split("\\s+")[0]);
            if (SENTENCE.contains(first) || v.split("\\s+").length > 3) {
                break;
            }
            out.add(v);
        }
        return out;
    }

    /** Words that lead the list a value goes to: "to / into / in the …", "aux / dans les …", "a los / en las …", "zu den / bei den …". */
    private static final Set<String> TOWARD = RefineText.set("to", "into", "onto", "in", "aux", "au", "dans", "a", "al", "en", "zu", "zum", "zur", "bei", "beim", "im", "in");
    private static final Set<String> ARTICLE = RefineText.set("the", "our", "les", "la", "le", "l", "nos", "los", "las", "el", "nuestros", "nuestras", "den", "die", "der", "dem", "unsere", "unseren");

    /**
     * "put Refund and Credit into the billing kinds", "ajoute Agence et Salon aux canaux de vente": one or two lower-case
     * words between "to the" and the field qualify the field; the values end before the word that leads to the list.
     */
    private static int beforeQualifier(RefineClause side, List<int[]> tokens, int a, int b) {
        for (int i = b - 2; i > a; i--) {
            String w = side.text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (!TOWARD.contains(w)) {
                continue;
            }
            int q = i + 1;
            if (q < b && ARTICLE.contains(side.text.substring(tokens.get(q)[0], tokens.get(q)[1]))) {
                q++;
            }
            if (b - q < 1 || b - q > 2) {
                return b;
            }
            for (int j = q; j < b; j++) {
                String orig = side.sub(tokens.get(j)[0], tokens.get(j)[1]).orig;
                if (!Character.isLowerCase(orig.charAt(0)) || TRIM.contains(side.text.substring(tokens.get(j)[0], tokens.get(j)[1]))) {
                    return b;
                }
            }
            return i;
        }
        return b;
    }

    /** A word trimmed from the edges of values said around a choice field: articles, pronouns, cues, fillers (folded). */
    static boolean trims(String word) {
        return TRIM.contains(word) || LIST_WORDS.contains(word);
    }

    private static boolean trimmed(RefineSession s, String word, boolean leading) {
        if (word.equals("on")) {
            // French "on" is a pronoun; English "on hold" starts a value
            return s.lang == Lang.FR;
        }
        return TRIM.contains(word) || LIST_WORDS.contains(word) || word.matches("\\d+") && !leading;
    }

    /** The one choice field the clause names by its own words: the longest match wins, a tie names none. */
    private static Mention mention(RefineSession s, RefineClause c) {
        List<int[]> tokens = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        Matcher t = TOKEN.matcher(c.text);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
            stems.add(RefineText.stem(t.group().replaceAll("^(?:l|d)'", "")));
        }
        Mention best = null;
        int bestLen = 0;
        boolean tie = false;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions()) {
                    continue;
                }
                List<String> label = RefineText.stems(f.label());
                if (label.isEmpty()) {
                    continue;
                }
                Mention found = null;
                int len = 0;
                for (int i = 0; i < stems.size() && found == null; i++) {
                    if (match(stems, i, label) && !inName(c, tokens, i)) {
                        int endTok = i;
                        int matched = 0;
                        for (int j = i; j < stems.size() && matched < label.size(); j++) {
                            if (RefineText.STOP.contains(c.text.substring(tokens.get(j)[0], tokens.get(j)[1]))) {
                                continue;
                            }
                            endTok = j;
                            matched++;
                        }
                        found = new Mention(e, f, tokens.get(i)[0], tokens.get(endTok)[1]);
                        len = label.size() * 10;
                    }
                }
                if (found == null) {
                    // one telling word of a longer label ("delivery" for "Delivery method"), not one of its values
                    for (String w : label) {
                        if (w.length() < 4 || f.options().stream().anyMatch(o -> RefineText.stems(o).contains(w)) || otherLabelHas(s, f, w)) {
                            continue;
                        }
                        for (int i = 0; i < stems.size(); i++) {
                            if (RefineText.sameWord(stems.get(i), w) && stems.get(i).length() + 1 >= w.length() && !inName(c, tokens, i)) {
                                found = new Mention(e, f, tokens.get(i)[0], tokens.get(i)[1]);
                                len = 5;
                                break;
                            }
                        }
                        if (found != null) {
                            break;
                        }
                    }
                }
                if (found == null) {
                    continue;
                }
                if (s.clauseEntity != null && s.clauseEntity.equals(e.key())) {
                    len += 1;
                }
                if (len > bestLen) {
                    best = found;
                    bestLen = len;
                    tie = false;
                } else if (len == bestLen) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    /** "World Courier": a capitalised word after a capitalised word inside the sentence is part of a name, not the field. */
    private static boolean inName(RefineClause c, List<int[]> tokens, int i) {
        if (i < 2) {
            return false;
        }
        String word = c.sub(tokens.get(i)[0], tokens.get(i)[1]).orig;
        String prev = c.sub(tokens.get(i - 1)[0], tokens.get(i - 1)[1]).orig;
        String between = c.text.substring(tokens.get(i - 1)[1], tokens.get(i)[0]);
        return between.isBlank() && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(prev.charAt(0)) && !c.text.substring(0, tokens.get(i - 1)[0]).matches(".*[.!?:]\\s*$");
    }

    private static boolean match(List<String> stems, int i, List<String> label) {
        int k = 0;
        for (int j = i; j < stems.size() && k < label.size(); j++) {
            String w = stems.get(j);
            if (RefineText.STOP.contains(w)) {
                if (k == 0) {
                    return false;
                }
                continue;
            }
            if (!RefineText.sameWord(w, label.get(k)) || w.length() + 1 < label.get(k).length()) {
                // "beim Fahrzeug" is no mention of "Fahrzeugtyp": the word said must be the label's word, inflected
                return false;
            }
            k++;
        }
        return k == label.size();
    }

    private static boolean otherLabelHas(RefineSession s, Field f, String w) {
        for (Entity e : s.spec.entities()) {
            for (Field x : e.fields()) {
                if (x != f && RefineText.stems(x.label()).stream().anyMatch(y -> RefineText.sameWord(y, w))) {
                    return true;
                }
            }
            if (RefineText.stems(e.name()).stream().anyMatch(y -> RefineText.sameWord(y, w))) {
                return true;
            }
        }
        return false;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new choice value named by a pronoun, the thing itself said just before, in the four languages: "we opened a new
 * site in Bristol, please add it to the sites", "we started doing exchanges too, so add that as an order type", "on a
 * ajouté une vitrine, mets-la dans les emplacements", "hemos abierto la Sala Norte, añádela", "wir haben jetzt einen
 * E-Roller, nimm den bei den Fahrzeugen auf", "…, bitte als Fahrzeug aufnehmen". The pointer (verb of adding with a
 * pronoun, or "it should be available in the X list") names the choice, else the sentence before names it, else the
 * value resembles its values ("Sala Norte" beside "Sala Azul"). The value is, in the words before the pointer: a quoted
 * text, a capitalised run (not in German), the noun after an indefinite article ("une vitrine", "einen E-Roller"), or
 * the object of an -ing verb ("installing fly units too"). Never the verb and pronoun ("Ajoute-le") nor a word of the
 * sentence ("Opened"). The words read are taken out of the message.
 */
final class PointedValue {
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** Quotes, brackets and punctuation around a word. */
    private static final Pattern WORD_MARKS = Pattern.compile("^[\"'«“(¿¡]+|[\"'»”),.;:!?]+$");
    private static final Pattern SENTENCE_MARK_END = Pattern.compile("[.!?:;]$");
    private static final Pattern PUNCT_END = Pattern.compile("[,.;:!?)]$");
    private static final Pattern CODE = Pattern.compile("\\d+\\p{Lu}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String TAIL = "(?<dest>[^.!?,;:()¿¡–]+)";
    private static final List<Pattern> POINTERS = List.of(
            // add it to the sites / put that in the site list / add that as an order type
            Pattern.compile("(?iu)\\b(?:add|put|include|list|pop|stick)\\s+(?:it|that|this|that one|this one|them|those|these|those ones)(?:\\s+(?:too|also|as well|please|pls))*"
                    + "(?:\\s+(?:to|in|into|on|onto|under|as|among)\\s+(?:the\\s+|our\\s+|an?\\s+|another\\s+|one of the\\s+)?" + TAIL + ")?"),
            // so it should be available in the press list
            Pattern.compile("(?iu)\\b(?:it|that|this)\\s+(?:should|must|needs? to|has to|will need to)\\s+(?:also\\s+)?be\\s+(?:available|selectable|listed|an option|there|included|offered)?\\s*"
                    + "(?:in|on|as|among|under)\\s+(?:the\\s+|our\\s+|an?\\s+)?" + TAIL),
            // ajoute-le dans les sites, peux-tu l'ajouter aux sites, merci de la mettre dans…, ajoute le stp
            Pattern.compile("(?iu)(?:\\b(?:ajout|rajout|met|mett|inclu|incorpor|int[ée]gr)\\p{L}*-(?:le|la|les)\\b|(?<![\\p{L}])(?:l['’]|le\\s+|la\\s+|les\\s+)(?:ajout|rajout|mettre|inclure|int[ée]grer)\\p{L}*"
                    + "|\\b(?:ajoute|rajoute|ajoutez|rajoutez|mets|mettez)\\s+(?:le|la|les)(?=\\s*(?:$|[.!?,;:()]|stp|svp|s'il|aussi|dans|aux|au|à|a|parmi|comme|en)))"
                    + "(?:\\s+(?:aussi|stp|svp|s'il te pla[iî]t|s'il vous pla[iî]t))*"
                    + "(?:\\s+(?:dans|aux|au|à|a|parmi|comme|en|sur)\\s+(?:les\\s+|la\\s+|le\\s+|l['’]|un\\s+|une\\s+|la liste des\\s+)?" + TAIL + ")?"),
            // añádela, ponla en las salas, ¿la podéis añadir a las salas?, ¿puedes añadirla?
            Pattern.compile("(?iu)(?:\\b(?:a[ñn][aá]d|agr[eé]g|p[oó]n|m[eé]t|incl[uú]|incorp[oó]r|s[uú]m)\\p{L}*?(?:las|los|la|lo)\\b|\\b(?:las|los|la|lo)\\s+(?:\\p{L}+\\s+)?(?:a[ñn]adir|agregar|poner|meter|incluir|incorporar|sumar)\\b)"
                    + "(?:\\s+(?:por favor|porfa|tambi[ée]n|ya))*(?:\\s+(?:a|en|como|entre|al)\\s+(?:las\\s+|los\\s+|la\\s+|el\\s+|un\\s+|una\\s+|la lista de\\s+)?" + TAIL + ")?"),
            // nimm den bitte bei den Fahrzeugen auf, füg das bitte bei den Fahrzeugen hinzu, trag ihn bei den Schulungen ein
            Pattern.compile("(?iu)\\b(?:nimm|nehmt|f[üu]g|f[üu]gt|trag|tragt|setz|setzt|pack|packt)\\s+(?:den|die|das|ihn|sie|es)\\b(?:\\s+(?:bitte|noch|auch|mal|doch))*"
                    + "(?:\\s+(?:bei den|beim|bei der|in die|in den|ins|zu den|zum|zur|als|unter)\\s+(?<dest>\\p{L}[\\p{L}-]*))?(?:\\s+(?:bitte|noch|auch|mit))*\\s+(?:auf|hinzu|ein|dazu|rein)\\b"),
            // kannst du den als Fahrzeug hinzufügen, bitte die auch ergänzen
            Pattern.compile("(?iu)\\b(?:den|die|das|ihn|sie|es)\\s+(?:(?:bitte|noch|auch|mal|doch)\\s+)*(?:(?:bei den|beim|bei der|in die|in den|ins|zu den|zum|zur|als|unter)\\s+(?<dest>\\p{L}[\\p{L}-]*)\\s+)?"
                    + "(?:(?:bitte|noch|auch)\\s+)*(?:aufnehmen|erg[äa]nzen|hinzuf[üu]gen|eintragen|dazunehmen)\\b"),
            // …, bitte als Fahrzeug aufnehmen (the pronoun left out, at the start of its part of the sentence)
            Pattern.compile("(?iu)(?:^|(?<=[,;:–-])\\s*)(?:bitte\\s+)?(?:bei den|beim|bei der|in die|in den|zu den|zum|zur|als)\\s+(?<dest>\\p{L}[\\p{L}-]*)\\s+(?:(?:bitte|noch|auch)\\s+)*"
                    + "(?:aufnehmen|erg[äa]nzen|hinzuf[üu]gen|eintragen)\\b"),
            // das muss in die Fahrzeugliste
            Pattern.compile("(?iu)\\b(?:das|der|die|er|sie|es)\\s+muss\\s+(?:(?:noch|auch|bitte|mit)\\s+)*(?:in die|in den|bei den|zu den|als)\\s+(?<dest>\\p{L}[\\p{L}-]*)"));
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]+");
    private static final Pattern DEST_FILL = Pattern.compile("(?iu)(?:\\s+(?:please|pls|too|as well|also|thanks|thank you|now|porfa|por favor|gracias|tambi[ée]n|svp|stp|merci|aussi|bitte|danke|auf|hinzu"
            + "|list|lists|options?|choices?|values?|dropdown|liste|lista|auswahl))+$");
    private static final Pattern DEST_LEAD = Pattern.compile("(?iu)^(?:list of|liste des|liste de|lista de|the|les|la|le|las|los|el|die|den|der)\\s+");
    private static final Pattern QUOTED = Pattern.compile("[\"'«“„‘]\\s*([^\"'»”“‘’]{1,40}?)\\s*[\"'»”“’]");
    private static final String NEW_WORDS = "(?:(?:new|brand new|second|third|fourth|fifth|extra|other|nouvel|nouvelle|nouveau|autre|deuxi[èe]me|troisi[èe]me|nuevo|nueva|segundo|segunda|tercer|tercera|"
            + "neue|neuen|neuer|neues|neuem|zweite[nmrs]?|dritte[nmrs]?|weitere[nmrs]?)\\s+)*(?<np>[\\p{L}\\d][\\p{L}\\d'’-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d'’-]*)?)";
    /** An indefinite article, per language (French "a" is a verb, Spanish "un" an article). */
    private static final Pattern INDEFINITE_EN = Pattern.compile("(?iu)\\b(?:a|an|another|one more)\\s+" + NEW_WORDS);
    private static final Pattern INDEFINITE_FR = Pattern.compile("(?iu)\\b(?:un|une)\\s+" + NEW_WORDS);
    private static final Pattern INDEFINITE_ES = Pattern.compile("(?iu)\\b(?:un|una|uno|otro|otra)\\s+" + NEW_WORDS);
    private static final Pattern INDEFINITE_DE = Pattern.compile("(?iu)\\b(?:ein|eine|einen|einem|einer|eines)\\s+" + NEW_WORDS);
    private static final Pattern GERUND = Pattern.compile("(?iu)\\b\\p{L}{2,}ing\\s+(?<np>[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)\\s+(?:too|as well|now|also)\\b");
    /** Words that end a noun phrase read as a value: prepositions, adverbs of time, fillers, verbs of having. */
    private static final Set<String> STOP = RefineText.set("in", "at", "on", "for", "to", "of", "from", "with", "now", "too", "also", "today", "yesterday", "and", "or",
            "since", "last", "this", "un", "une", "una", "uno", "ein", "eine", "einen", "that", "which", "who", "so", "but", "please", "as", "well", "here", "there", "is", "was", "opened", "open",
            "a", "à", "au", "aux", "de", "du", "des", "depuis", "maintenant", "aussi", "hier", "et", "ou", "qui", "que", "pour", "dans", "sur", "avec", "est", "vient",
            "en", "con", "del", "desde", "ahora", "ya", "ayer", "hoy", "y", "o", "para", "por", "que", "es", "esta", "está",
            "im", "bei", "mit", "von", "seit", "jetzt", "auch", "heute", "gestern", "und", "oder", "für", "fur", "zu", "zum", "zur", "ist", "das", "der", "die");
    private static final Set<String> CALENDAR = RefineText.set("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "i'm", "i've", "i'd",
            "christmas", "easter", "ok", "okay", "hi", "hello", "hey", "hiya", "thanks", "bonjour", "salut", "merci", "hola", "buenas", "gracias", "hallo", "danke",
            "please", "pls", "we", "our", "the");

    private PointedValue() {
    }

    static String take(RefineSession s, String message) {
        for (Pattern p : POINTERS) {
            Matcher m = p.matcher(message);
            while (m.find()) {
                String taken = read(s, message, m);
                if (taken != null) {
                    return taken;
                }
            }
        }
        return message;
    }

    /** The message without the words read, or null when the pointer names no value of a choice. */
    private static String read(RefineSession s, String message, Matcher m) {
        String dest = m.group("dest");
        Choice named = null;
        if (dest != null) {
            String words = DEST_LEAD.matcher(DEST_FILL.matcher(dest.strip()).replaceFirst("")).replaceFirst("").strip();
            words = words.replaceAll("(?iu)(?<=\\p{L}{3})liste$", "");
            if (!words.isEmpty() && !words.matches("(?iu)list|liste|lista|options?|choices?|auswahl")) {
                if (RefineResolver.isPronoun(new RefineClause(words))) {
                    return null;
                }
                RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(words));
                if ((f == null || f.score() < 0.66) && words.matches("(?iu).*\\p{L}{3}es")) {
                    // "a las especies": the plural of a label that ends in -e ("Especie")
                    f = RefineResolver.field(s, new RefineClause(words.substring(0, words.length() - 1)));
                }
                if (f == null || f.score() < 0.66 || !f.field().type().hasOptions()) {
                    return null; // "add it to the loans": a field for a kind, not a value
                }
                named = new Choice(f.entity(), f.field());
            }
        }
        int start = sentenceStart(message, m.start());
        String before = message.substring(start, m.start());
        int from = start;
        String pointer = DEST_INTRO.matcher(dest == null ? m.group() : message.substring(m.start(), m.start("dest"))).replaceFirst("");
        boolean plural = PLURAL.matcher(pointer).find();
        if (plural && named == null) {
            return null; // "Tu peux les rajouter ?": several values, for the readers of lists
        }
        List<String> nouns = named != null && (plural || s.lang == Lang.DE && value(s, before, named) == null) ? nouns(s, before, named.field()) : List.of();
        if (plural && nouns.isEmpty()) {
            return null;
        }
        if (!nouns.isEmpty()) {
            // "we now lend out umbrellas and phone chargers too, put them in the item list": the nouns said before "them"
            s.addOptions(named.entity().key(), named.field().key(), nouns);
            return (message.substring(0, from) + " " + message.substring(m.end()).replaceFirst("^[\\s?!.,;]*(?:please|pls|porfa|por favor|gracias|merci|svp|stp|bitte|danke)?[\\s?!.,;)]*", ". "))
                    .replaceAll("^[\\s.]+", "").strip();
        }
        String value = value(s, before, named);
        if (value == null && start > 0) {
            int prev = sentenceStart(message, start - 1);
            before = message.substring(prev, start);
            from = prev;
            value = value(s, before, named);
        }
        if (value == null) {
            return null;
        }
        Choice choice = named != null ? named : inWords(s, before, value);
        if (choice == null) {
            return null;
        }
        String head = RefineText.fold(choice.field().label());
        if (RefineText.fold(value).startsWith(head + " ") && choice.field().options().stream().noneMatch(o -> RefineText.fold(o).startsWith(head + " "))) {
            value = value.substring(head.length()).strip(); // "eine neue Abteilung Verwaltung": the field's own word, then the value
        }
        if (value.isEmpty() || known(s, value)) {
            return null;
        }
        s.addOptions(choice.entity().key(), choice.field().key(), List.of(RefineText.capitalize(value)));
        return (message.substring(0, from) + " " + message.substring(m.end()).replaceFirst("^[\\s?!.,;]*(?:please|pls|porfa|por favor|gracias|merci|svp|stp|bitte|danke)?[\\s?!.,;)]*", ". "))
                .replaceAll("^[\\s.]+", "").strip();
    }

    private record Choice(Entity entity, Field field) {
    }

    /** A plural pronoun before the destination: "them", "ajoute-les", "agrégalos", "ponlas". */
    private static final Pattern PLURAL = Pattern.compile("(?iu)\\b(?:them|those|these|les)\\b|-les\\b|\\p{L}(?:las|los)\\b");
    /** The words that lead into the destination ("dans les", "a las", "to the"): no pronoun of the pointer. */
    private static final Pattern DEST_INTRO = Pattern.compile("(?iu)\\s+(?:dans|aux|au|à|a|parmi|comme|en|sur|entre|al|de|como|to|in|into|on|onto|under|as|among)\\s+(?:les|las|los|la|le|l['’]|the)?\\s*$");
    /** Where one part of a sentence ends: a comma, a dash, a colon. */
    private static final Pattern PART = Pattern.compile("\\s*(?:[,;:()]|\\s[–—-]\\s)\\s*");
    /** Joins inside a list of nouns: "umbrellas and phone chargers", "cerdos y gallinas", "Hühner und Enten". */
    private static final Pattern NOUN_JOIN = Pattern.compile("(?iu)\\s*,\\s*|\\s+(?:and|&|et|y|e|und|sowie|as well as)\\s+");
    /** Words that end the nouns at the right: "too", "now", "aussi", "maintenant", "también", "auch". */
    private static final Set<String> NOUN_TAIL = RefineText.set("too", "now", "also", "well", "as", "here", "today", "please", "pls", "aussi", "maintenant", "desormais", "egalement",
            "tambien", "ahora", "ya", "hoy", "auch", "jetzt", "neuerdings", "inzwischen", "mittlerweile", "bitte", "noch",
            // "…, could you put them", "merci de les ajouter", "¿puedes …?", "kannst du sie …": the asking words before the pointer
            "could", "can", "would", "will", "you", "so", "and", "then", "just", "merci", "de", "peux-tu", "pourrais-tu", "pouvez-vous", "tu", "vous", "puedes", "podeis", "podrias",
            "kannst", "konnt", "konntest", "du", "ihr", "und", "also", "et", "y", "donc", "asi", "que");
    /** Words before a noun that are no part of it: articles, numbers, verbs of having and offering, also-words. */
    private static final Set<String> NOUN_LEAD = RefineText.set("the", "some", "a", "an", "two", "three", "four", "several", "few", "new", "extra", "des", "de", "du", "les", "la", "le",
            "deux", "trois", "quelques", "nouveaux", "nouvelles", "los", "las", "unos", "unas", "dos", "tres", "algunos", "algunas", "nuevos", "nuevas", "die", "zwei", "drei",
            "einige", "ein", "paar", "neue", "neuen");

    /** The nouns said in the part just before the pointer: "A and B", "A, B und C", or one plural noun, in the form of the field's values. */
    private static List<String> nouns(RefineSession s, String before, Field field) {
        String[] parts = PART.split(before.strip().replaceAll("[\\s–—-]+$", ""));
        for (int p = parts.length - 1; p >= 0; p--) {
            List<String> words = new ArrayList<>(List.of(BLANKS.split(parts[p].strip())));
            words.removeIf(String::isBlank);
            while (!words.isEmpty() && (NOUN_TAIL.contains(RefineText.fold(WORD_MARKS.matcher(words.get(words.size() - 1)).replaceAll("")))
                    || WORD_MARKS.matcher(words.get(words.size() - 1)).replaceAll("").isEmpty())) {
                words.remove(words.size() - 1);
            }
            if (words.isEmpty()) {
                continue;
            }
            String[] items = NOUN_JOIN.split(String.join(" ", words));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                String item = nounItem(s, items[i], i == items.length - 1 && items.length > 1, i == 0);
                if (item == null) {
                    out.clear();
                    break;
                }
                out.add(item);
            }
            if (!out.isEmpty()) {
                boolean plural = !field.options().isEmpty() && field.options().stream().allMatch(o -> RefineText.fold(o).matches(".*[a-z]s$"));
                return out.stream().map(v -> RefineText.capitalize(plural ? v : one(s.lang, v))).filter(v -> !known(s, v)).toList();
            }
        }
        return List.of();
    }

    /** One noun of the list: the last word, or for the last item after a join its words (one or two); joined by "de" / "of" when said so. */
    private static String nounItem(RefineSession s, String item, boolean lastOfList, boolean first) {
        String[] w = BLANKS.split(WORD_MARKS.matcher(item.strip()).replaceAll("").strip());
        int from = w.length - 1;
        if (from < 0 || w[from].isEmpty()) {
            return null;
        }
        if (from >= 2 && JOIN_OF.contains(RefineText.fold(w[from - 1]))) {
            from -= 2; // "jeux de société"
        } else if (lastOfList && from >= 1 && !NOUN_LEAD.contains(RefineText.fold(w[from - 1])) && !STOP.contains(RefineText.fold(w[from - 1]))
                && (s.lang == Lang.EN || s.lang == Lang.DE) && !first) {
            from -= 1; // "phone chargers"
        }
        if (!first && from > 0 && !NOUN_LEAD.contains(RefineText.fold(w[from - 1])) && !lastOfList) {
            return null;
        }
        String noun = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
        String head = RefineText.fold(w[from]);
        if (head.length() < 3 || STOP.contains(head) || NOUN_LEAD.contains(head) || NOUN_TAIL.contains(head) || CALENDAR.contains(head) || !head.matches("\\p{L}[\\p{L}'-]*")
                || s.lang == Lang.DE && !Character.isUpperCase(w[from].codePointAt(0)) || names(s, noun)) {
            return null;
        }
        return noun;
    }

    private static final Set<String> JOIN_OF = RefineText.set("de", "of", "del", "d");
    /** A German plural in consonant + "-en" whose singular ends in "-e": "Ziegen", "Enten", "Katzen" (not "Frauen"). */
    private static final Pattern GERMAN_E_PLURAL = Pattern.compile("\\p{L}{2,}[^aeiouäöüy]en");

    /** The singular of a noun said in the plural. */
    private static String one(Lang lang, String noun) {
        String one = Inflector.singular(lang, noun);
        if (lang == Lang.DE && one.equals(noun) && GERMAN_E_PLURAL.matcher(noun).matches()) {
            return noun.substring(0, noun.length() - 1);
        }
        return one;
    }

    /** Where the sentence holding this position starts (just after the last end mark before it, or 0). */
    private static int sentenceStart(String message, int at) {
        int start = 0;
        Matcher e = SENTENCE_END.matcher(message);
        while (e.find() && e.end() <= at) {
            start = e.end();
        }
        return start;
    }

    /** The value the words before the pointer name, or null. */
    private static String value(RefineSession s, String words, Choice named) {
        Matcher q = QUOTED.matcher(words);
        String quoted = null;
        while (q.find()) {
            quoted = q.group(1).strip();
        }
        if (quoted != null) {
            return quoted;
        }
        if (s.lang != Lang.DE) {
            String run = capitalised(s, words);
            if (run != null) {
                return run;
            }
        }
        String np = null;
        Matcher i = (s.lang == Lang.FR ? INDEFINITE_FR : s.lang == Lang.ES ? INDEFINITE_ES : s.lang == Lang.DE ? INDEFINITE_DE : INDEFINITE_EN).matcher(words);
        while (i.find()) {
            np = phrase(s, i.group("np"));
        }
        if (np != null) {
            return np;
        }
        if (s.lang == Lang.EN) {
            Matcher g = GERUND.matcher(words);
            String last = null;
            while (g.find()) {
                last = phrase(s, g.group("np"));
            }
            return last == null ? null : s.singular(last);
        }
        return null;
    }

    /** The noun phrase's words up to a word that ends it: one word, a second one only as its adjective or name. */
    private static String phrase(RefineSession s, String np) {
        String[] w = np.split("\\s+");
        String first = w[0].replaceAll("[’']$", "");
        if (STOP.contains(RefineText.fold(first)) || first.length() < 2) {
            return null;
        }
        if (w.length > 1 && !STOP.contains(RefineText.fold(w[1])) && !w[1].matches(".*\\d.*")) {
            boolean cap = Character.isUpperCase(w[1].codePointAt(0));
            if (s.lang == Lang.DE ? cap : !cap) {
                return first + " " + w[1];
            }
        }
        return first;
    }

    /** The last run of capitalised words (with a number after them) that is not the first word of its part of the sentence. */
    private static String capitalised(RefineSession s, String words) {
        String[] w = BLANKS.split(words.strip());
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= w.length; i++) {
            String word = i < w.length ? WORD_MARKS.matcher(w[i]).replaceAll("") : "";
            boolean starts = i == 0 || SENTENCE_MARK_END.matcher(w[i - 1]).find();
            boolean cap = i < w.length && !starts && !word.isEmpty() && !CALENDAR.contains(RefineText.fold(word))
                    && (Character.isUpperCase(word.codePointAt(0)) || CODE.matcher(word).matches() || run.length() > 0 && DIGITS.matcher(word).matches());
            if (cap) {
                run.append(run.length() == 0 ? "" : " ").append(word);
            }
            if ((!cap || PUNCT_END.matcher(w[i]).find()) && run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        runs.removeIf(r -> BLANKS.split(r).length > 3 || names(s, r));
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /** Whether the words name a kind or a field of the spec ("Sizes", "Order"), which no value is. */
    static boolean names(RefineSession s, String r) {
        String folded = RefineText.fold(r);
        String one = RefineText.fold(s.singular(r));
        for (Entity e : s.spec.entities()) {
            if (RefineText.fold(e.name()).equals(folded) || RefineText.fold(e.name()).equals(one) || e.plural() != null && RefineText.fold(e.plural()).equals(folded)) {
                return true;
            }
            for (Field f : e.fields()) {
                if (RefineText.fold(f.label()).equals(folded) || RefineText.fold(f.label()).equals(one)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the value is a value of some choice already (nothing new to add). */
    private static boolean known(RefineSession s, String value) {
        String folded = RefineText.fold(value);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(folded)));
    }

    /** The one choice field the words name, else the one whose values start with the value's first word ("Sala …"). */
    private static Choice inWords(RefineSession s, String words, String value) {
        Choice one = null;
        for (RefineMentions.Hit h : RefineMentions.of(s, new RefineClause(words)).fields) {
            if (!h.full() || !h.field().type().hasOptions()) {
                continue;
            }
            if (one != null && !(one.field().key().equals(h.field().key()) && one.entity().key().equals(h.entity().key()))) {
                return null;
            }
            one = new Choice(h.entity(), h.field());
        }
        if (one != null) {
            return one;
        }
        String lead = RefineText.fold(value).split("\\s+")[0];
        if (!value.contains(" ")) {
            return null;
        }
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type().hasOptions() && f.options().stream().filter(o -> RefineText.fold(o).split("\\s+")[0].equals(lead)).count() >= 2) {
                    if (one != null) {
                        return null;
                    }
                    one = new Choice(e, f);
                }
            }
        }
        return one;
    }
}

package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Details added to a record outside its clean list, in the four languages. Three shapes:
 * <ul>
 * <li>after the list, in the same sentence, with a mark of addition: "…, and we also need the approver and the cost",
 * "…, plus the return date", "…, and we need the checker noted", "…; the date received should be recorded too",
 * "…, et il nous faut aussi le valideur", "…, y además necesitamos el firmante", "…, und wir brauchen auch den
 * Erfasser", "…, und bitte den Prüfer vermerken": the added details join the list;</li>
 * <li>a sentence of its own that opens with such a mark: "Oh and …", "Don't forget …", "N'oubliez pas …",
 * "No olvides …", "Nicht vergessen: …" ({@link #opening});</li>
 * <li>a detail said as a relative clause on a person, place or day, or as a question of time taken or of cost:
 * "the person who approved it" is "who approved it", "den Ort, an dem er aufbewahrt wird" is "wo er aufbewahrt wird",
 * "how long it took" the duration, "what it cost" the cost ({@link #asQuestions}).</li>
 * </ul>
 * The added part must read as a short plain list (at most four items of at most seven words, no colon, no with-word,
 * no bare plural that could name records of their own), so "…, and we also need a list of suppliers with phone" is
 * left to the kind readers.
 */
final class AddedDetails {
    private AddedDetails() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_ITEMS = 4;
    private static final int MAX_ITEM_WORDS = 7;
    private static final Pattern LIST_MARK = Pattern.compile("\\s*,\\s*|\\s+(?:and|et|y|e|und)\\s+", FLAGS);
    private static final Pattern HAS_WITH = Pattern.compile("(?:^|\\s)(?:with|avec|con|mit|for each|every|pour chaque|chaque|para cada|cada|jede[nmrs]?|f[uü]r jede[nmrs]?)(?:\\s|$)", FLAGS);
    /** A clause, not details: "Oh and it has to work on phones", "Ah et on doit pouvoir imprimer", "Und man soll …". */
    private static final Pattern CLAUSE = Pattern.compile("^(?:it|they|we|i|you|he|she|this|that|there|il|elle|ils|elles|on|nous|je|ça|ca|c'|"
            + "ello|eso|esto|hay|er|wir|ich|man)\\b|\\b(?:has\\s+to|have\\s+to|must|should|can|could|needs?\\s+to|doit|doivent|peut|peuvent|faut|"
            + "debe|deben|puede|pueden|muss|m[uü]ssen|soll|sollen|kann|k[oö]nnen)\\b", FLAGS);
    private static final Pattern END_MARKS = Pattern.compile("[.!?]+$");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|et|y|und)\\s+", FLAGS);
    private static final Pattern ARTICLES = Pattern.compile("^(?:the|a|an|our|their|its|le|la|les|l'|un|une|du|des|el|los|las|lo|una|der|die|das|den|dem|des|ein|eine|einen)\\s*", FLAGS);

    /** The shape of a sentence whose list goes on after a mark of addition; the mark or the tail must be there. */
    private static final Map<Lang, Pattern> JOINS = new EnumMap<>(Lang.class);
    /** A sentence that only adds details, opening with a mark of addition. */
    private static final Map<Lang, Pattern> OPENINGS = new EnumMap<>(Lang.class);
    /** Relative clauses and questions said of a detail, with what they mean as a field item. */
    private static final Map<Lang, List<Rewrite>> QUESTIONS = new EnumMap<>(Lang.class);

    private record Rewrite(Pattern pattern, String replacement) {
    }

    private static final String HEAD = "^";
    private static final String LIST = "(?<list>[^:;()]{2,160}?)";

    static {
        JOINS.put(Lang.EN, Pattern.compile(HEAD + "(?<mark>(?:and\\s+)?(?:(?:we|i)(?:'d|\\s+would|\\s+will|\\s+also)?\\s+(?:also\\s+)?"
                + "(?:need|want|would\\s+like|like)(?:\\s+to\\s+(?:know|see|record|note|have|keep|track|log|capture))?\\s+"
                + "|and\\s+(?:also\\s+)?have\\s+|plus\\s+|as\\s+well\\s+as\\s+|and\\s+also\\s+|also\\s+|and\\s+)?)" + LIST
                + "(?<tail>\\s+(?:(?:should|must|need\\s+to|has\\s+to|have\\s+to|will)\\s+be\\s+)?(?:noted|recorded|written\\s+down|logged|kept|captured|tracked|stored)"
                + "(?:\\s+(?:too|as\\s+well|also))?|\\s+(?:too|as\\s+well))?$", FLAGS));
        JOINS.put(Lang.FR, Pattern.compile(HEAD + "(?<mark>(?:et\\s+)?(?:(?:il\\s+(?:nous\\s+)?faut|on\\s+a|nous\\s+avons|j'ai|on\\s+veut|nous\\s+voulons|on\\s+doit|nous\\s+devons)"
                + "(?:\\s+aussi|\\s+[ée]galement|\\s+en\\s+plus)?(?:\\s+besoin\\s+d(?:e\\s+|'))?"
                + "(?:\\s*(?:noter|consigner|enregistrer|garder|savoir|voir|suivre|conna[iî]tre)\\s+)?\\s*"
                + "|plus\\s+|ainsi\\s+que\\s+|et\\s+aussi\\s+|en\\s+plus\\s+|et\\s+)?)" + LIST
                + "(?<tail>\\s+(?:aussi|[ée]galement))?$", FLAGS));
        JOINS.put(Lang.ES, Pattern.compile(HEAD + "(?<mark>(?:y\\s+)?(?:(?:(?:tambi[ée]n|adem[aá]s)\\s+)?(?:necesitamos|queremos|nos\\s+hace\\s+falta|hace\\s+falta|hay\\s+que|necesito|quiero|tenemos\\s+que)"
                + "(?:\\s+tambi[ée]n|\\s+adem[aá]s)?(?:\\s+(?:anotar|registrar|guardar|saber|ver|apuntar|llevar|conocer))?\\s+"
                + "|m[aá]s\\s+|adem[aá]s\\s+de\\s+|as[ií]\\s+como\\s+|y\\s+tambi[ée]n\\s+|y\\s+adem[aá]s\\s+|y\\s+)?)" + LIST
                + "(?<tail>\\s+(?:tambi[ée]n))?$", FLAGS));
        JOINS.put(Lang.DE, Pattern.compile(HEAD + "(?<mark>(?:und\\s+)?(?:(?:(?:au(?:ß|ss|s)erdem|zus[aä]tzlich|auch)\\s+)?"
                + "(?:(?:wir\\s+brauchen|brauchen\\s+wir|ich\\s+brauche|brauche\\s+ich|wir\\s+wollen|wollen\\s+wir|wir\\s+m[oö]chten|ich\\s+muss|wir\\s+m[uü]ssen)"
                + "(?:\\s+(?:auch|au(?:ß|ss|s)erdem|noch|zus[aä]tzlich))*(?:\\s+(?:wissen|sehen))?\\s*,?\\s*|bitte\\s+)"
                + "|dazu(?:\\s+noch)?\\s+|sowie\\s+|au(?:ß|ss|s)erdem\\s+|zus[aä]tzlich\\s+|und\\s+auch\\s+|und\\s+)?)" + LIST
                + "(?<tail>\\s+(?:(?:sollen|soll|m[uü]ssen|muss)\\s+(?:auch\\s+|ebenfalls\\s+|noch\\s+)?(?:notiert|festgehalten|erfasst|vermerkt|eingetragen|dokumentiert|gespeichert)\\s+werden"
                + "|vermerken|notieren|festhalten|erfassen|eintragen|dokumentieren))?$", FLAGS));

        OPENINGS.put(Lang.EN, Pattern.compile("^(?:oh\\s*,?\\s+and(?:\\s+also)?|ah\\s*,?\\s+and|and\\s+also|also|plus|(?:and\\s+|oh\\s+and\\s+|please\\s+)?(?:don'?t|do\\s+not)\\s+forget(?:\\s+about)?)"
                + "\\s*[,:]?\\s+(?<rest>.+)$", FLAGS));
        OPENINGS.put(Lang.FR, Pattern.compile("^(?:ah\\s*,?\\s+et(?:\\s+aussi)?|oh\\s*,?\\s+et|et\\s+aussi|aussi|(?:et\\s+)?n'?oubli(?:ez|e)\\s+pas|sans\\s+oublier)"
                + "\\s*[,:]?\\s+(?<rest>.+)$", FLAGS));
        OPENINGS.put(Lang.ES, Pattern.compile("^(?:ah\\s*,?\\s+y(?:\\s+tambi[ée]n)?|oh\\s*,?\\s+y|y\\s+tambi[ée]n|tambi[ée]n|adem[aá]s|(?:y\\s+)?no\\s+olvid(?:es|[eé]is|e|en)(?:\\s+tampoco)?)"
                + "\\s*[,:]?\\s+(?<rest>.+)$", FLAGS));
        OPENINGS.put(Lang.DE, Pattern.compile("^(?:ach\\s+ja\\s*,?(?:\\s+und)?|ach\\s*,?\\s+und|oh\\s*,?\\s+und|au(?:ß|ss|s)erdem|und\\s+au(?:ß|ss|s)erdem|zus[aä]tzlich|(?:bitte\\s+)?nicht\\s+vergessen|vergesst\\s+nicht|vergessen\\s+sie\\s+nicht"
                + "|(?:ich|wir)\\s+(?:muss|m[uü]ssen|m[oö]chte|m[oö]chten|will|wollen)\\s+(?:auch|au(?:ß|ss|s)erdem|noch)\\s+(?:wissen|sehen))"
                + "\\s*[,:]?\\s+(?<rest>.+)$", FLAGS));

        String at = "(?<=^|,\\s|;\\s|:\\s|\\s(?:and|plus|also)\\s)";
        QUESTIONS.put(Lang.EN, List.of(
                new Rewrite(Pattern.compile(at + "(?:the\\s+)?(?:person|colleague|manager|staff\\s+member|employee|member\\s+of\\s+staff|one)\\s+(?:who|that)\\s+", FLAGS), "who "),
                new Rewrite(Pattern.compile(at + "(?:the\\s+)?(?:place|spot|location)\\s+where\\s+", FLAGS), "where "),
                new Rewrite(Pattern.compile(at + "(?:how\\s+long\\s+(?:it|they|that)\\s+(?:took|lasted|takes|last(?:s|ed)?)|(?:the\\s+)?time\\s+(?:it|that)\\s+took)(?=$|[,.!?]|\\s+and\\s)", FLAGS), "duration"),
                new Rewrite(Pattern.compile(at + "(?:what\\s+(?:it|they|that)\\s+cost|(?:the\\s+)?amount\\s+(?:it|they)\\s+cost)(?=$|[,.!?]|\\s+and\\s)", FLAGS), "cost")));
        String atFr = "(?<=^|,\\s|;\\s|:\\s|\\set\\s|\\splus\\s)";
        QUESTIONS.put(Lang.FR, List.of(
                new Rewrite(Pattern.compile(atFr + "(?:la\\s+|le\\s+|l')?(?:personne|coll[eè]gue|responsable|agent|salari[ée]e?)\\s+qui\\s+", FLAGS), "qui "),
                new Rewrite(Pattern.compile(atFr + "(?:l'|le\\s+|la\\s+)?(?:endroit|lieu|emplacement)\\s+o[uù]\\s+", FLAGS), "où "),
                new Rewrite(Pattern.compile(atFr + "(?:le\\s+|la\\s+)?(?:jour|date)\\s+o[uù]\\s+", FLAGS), "quand "),
                new Rewrite(Pattern.compile(atFr + "(?:combien\\s+de\\s+temps\\s+(?:[çc]a|cela|il|elle)\\s+a\\s+(?:pris|dur[ée])|(?:le\\s+)?temps\\s+que\\s+(?:[çc]a|cela)\\s+a\\s+(?:pris|dur[ée]))(?=$|[,.!?]|\\s+et\\s)", FLAGS), "durée"),
                new Rewrite(Pattern.compile(atFr + "(?:combien\\s+(?:[çc]a|cela|il|elle)\\s+a\\s+co[uû]t[ée]|ce\\s+que\\s+(?:[çc]a|cela|il|elle)\\s+a\\s+co[uû]t[ée])(?=$|[,.!?]|\\s+et\\s)", FLAGS), "coût")));
        String atEs = "(?<=^|,\\s|;\\s|:\\s|\\sy\\s|\\scomo\\s|\\sm[aá]s\\s)";
        QUESTIONS.put(Lang.ES, List.of(
                new Rewrite(Pattern.compile(atEs + "(?:la\\s+|el\\s+)?(?:persona|compa[ñn]er[oa]|responsable|emplead[oa])\\s+que\\s+", FLAGS), "quién "),
                new Rewrite(Pattern.compile(atEs + "(?:el\\s+|la\\s+)?(?:sitio|lugar)\\s+(?:donde|en\\s+(?:el\\s+)?que)\\s+", FLAGS), "dónde "),
                new Rewrite(Pattern.compile(atEs + "(?:el\\s+|la\\s+)?(?:d[ií]a|fecha)\\s+(?:en\\s+(?:el\\s+|la\\s+)?que)\\s+", FLAGS), "cuándo "),
                new Rewrite(Pattern.compile(atEs + "(?:cu[aá]nto\\s+tiempo\\s+(?:dur[oó]|llev[oó]|tard[oó])|(?:el\\s+)?tiempo\\s+que\\s+(?:dur[oó]|llev[oó]|tard[oó]))(?=$|[,.!?]|\\s+y\\s)", FLAGS), "duración"),
                new Rewrite(Pattern.compile(atEs + "(?:cu[aá]nto\\s+cost[oó]|lo\\s+que\\s+cost[oó])(?=$|[,.!?]|\\s+y\\s)", FLAGS), "coste")));
        String atDe = "(?<=^|,\\s|;\\s|:\\s|\\sund\\s|\\sau(?:ß|ss|s)erdem\\s|\\sdazu\\s|\\ssowie\\s)";
        QUESTIONS.put(Lang.DE, List.of(
                new Rewrite(Pattern.compile(atDe + "(?:die|der|den)\\s+(?:Person|Kollegin|Kollegen|Kollege|Mitarbeiterin|Mitarbeiter|Verantwortlichen?)\\s*,\\s*(?:die|der|den)\\s+", FLAGS), "wer "),
                new Rewrite(Pattern.compile(atDe + "(?:den|der|die)\\s+(?:Ort|Platz|Stelle)\\s*,\\s*(?:an\\s+dem|an\\s+der|wo)\\s+", FLAGS), "wo "),
                new Rewrite(Pattern.compile(atDe + "(?:den|der)\\s+Tag\\s*,\\s*(?:an\\s+dem)\\s+", FLAGS), "wann "),
                new Rewrite(Pattern.compile(atDe + "(?:wie\\s+lange\\s+(?:es|er|sie|das)\\s+(?:gedauert\\s+hat|gedauert|dauert)|(?:die\\s+)?Zeit\\s*,\\s*die\\s+(?:es|er|sie|das)\\s+gedauert\\s+hat)(?=$|[,.!?]|\\s+und\\s)", FLAGS), "Dauer"),
                new Rewrite(Pattern.compile(atDe + "(?:was\\s+(?:es|er|sie|das)\\s+gekostet\\s+hat|(?:den\\s+)?Betrag\\s*,\\s*den\\s+(?:es|er|sie|das)\\s+gekostet\\s+hat)(?=$|[,.!?]|\\s+und\\s)", FLAGS), "Kosten")));
    }

    /** "We are a small removal firm and …": who the writer is, said before the wish; (subject to put back, pattern). */
    private static final Map<Lang, Rewrite> SITUATIONS = new EnumMap<>(Lang.class);
    private static final String FIRM = "\\s+(?:[\\p{L}'-]+\\s+){0,5}?[\\p{L}'-]+\\s*,?\\s+";

    static {
        SITUATIONS.put(Lang.EN, new Rewrite(Pattern.compile("^(?:we\\s+are|we're|we’re)\\s+(?:a|an)" + FIRM
                + "and\\s+(?:we\\s+)?(?=(?:also\\s+)?(?:need|want|would\\s+like|'d\\s+like)\\s)", FLAGS), "We "));
        SITUATIONS.put(Lang.FR, new Rewrite(Pattern.compile("^(?:nous\\s+sommes|on\\s+est)\\s+(?:un|une)" + FIRM
                + "et\\s+(?=(?:nous|on|j')\\s*(?:avons|a|devons|doit|voulons|veut|aurions|aimerions|ai)\\s)", FLAGS), ""));
        SITUATIONS.put(Lang.ES, new Rewrite(Pattern.compile("^somos\\s+(?:un|una)" + FIRM
                + "y\\s+(?=(?:necesitamos|queremos|quer[ií]amos|nos\\s+hace\\s+falta|tenemos\\s+que)\\s)", FLAGS), ""));
        SITUATIONS.put(Lang.DE, new Rewrite(Pattern.compile("^wir\\s+sind\\s+(?:ein|eine)" + FIRM
                + "und\\s+(?:wir\\s+)?(?=(?:brauchen|wollen|m[oö]chten|ben[oö]tigen|suchen)\\s)", FLAGS), "Wir "));
    }

    /**
     * The sentence without the writer's situation before the wish: "We're a small removal firm and we need an app for car
     * trips with …" is read as "We need an app for car trips with …", so the firm is no kind and the list is not lost.
     */
    static String withoutSituation(Lang lang, String s) {
        Rewrite r = SITUATIONS.get(lang);
        Matcher m = r.pattern().matcher(s);
        return m.lookingAt() ? r.replacement() + s.substring(m.end()) : s;
    }

    /** The sentence with relative clauses and questions of time or cost said as field items. */
    static String asQuestions(Lang lang, String s) {
        if (s.length() > 400) {
            return s;
        }
        String out = s;
        for (Rewrite r : QUESTIONS.get(lang)) {
            out = r.pattern().matcher(out).replaceAll(r.replacement());
        }
        return out;
    }

    /**
     * The sentence with the details added after its list joined to the list ("Car trips: driver, plate and mileage, the
     * checker and the cost"), or the sentence as it was.
     */
    static String join(Lang lang, String said) {
        if (said.length() > 400) {
            return said;
        }
        String s = END_MARKS.matcher(said.strip()).replaceAll("");
        // from the last separator back: "…, plus the approver, the cost and the return date" is marked at its first
        for (int i = s.length() - 1; i >= 6; i--) {
            char c = s.charAt(i);
            if (c != ',' && c != ';' || depthAt(s, i) != 0) {
                continue;
            }
            Matcher m = JOINS.get(lang).matcher(s.substring(i + 1).strip());
            if (!m.matches()) {
                continue;
            }
            String mark = m.group("mark") == null ? "" : m.group("mark").strip();
            boolean marked = !mark.isEmpty() && !LEADING_AND.matcher(mark + " ").matches()
                    || m.group("tail") != null && !m.group("tail").isBlank();
            String head = s.substring(0, i).strip();
            if (marked && listed(head) && plain(lang, m.group("list"))) {
                return head + ", " + LEADING_AND.matcher(m.group("list").strip()).replaceFirst("");
            }
        }
        return said;
    }

    /** "… but that can wait", "pero lo vemos otro día", "mais plus tard", "aber erst später": a reservation, not a wish. */
    private static final Pattern RESERVATION = Pattern.compile("(?:^|[\\s,;])(?:but|pero|mais|aber|sino)(?:\\s|$)", FLAGS);

    /** What a sentence that opens with a mark of addition adds ("Oh and the cost and the checker" → "the cost and the checker"), or null. */
    static String opening(Lang lang, String s) {
        Matcher m = OPENINGS.get(lang).matcher(s.strip());
        if (!m.matches() || CLAUSE.matcher(m.group("rest")).find() || !plain(lang, m.group("rest"))
                || RESERVATION.matcher(Text.fold(m.group("rest"))).find()) {
            return null;
        }
        return m.group("rest").strip();
    }

    private static final Map<Lang, String[]> WHO_WHEN = new EnumMap<>(Map.of(Lang.EN, new String[] {"who", "when"},
            Lang.FR, new String[] {"qui", "quand"}, Lang.ES, new String[] {"quien", "cuando"}, Lang.DE, new String[] {"wer", "wann"}));

    /** The object pronoun of the act ("it", "l'", "lo", "es"): the who-item names an act done to the record itself. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "l", "le", "la", "les", "lo", "los", "las", "es", "sie", "ihn");

    /**
     * "who approved it and when", "qui l'a validé et quand", "quién lo aprobó y cuándo", "wer es freigegeben hat und wann":
     * the lone when-word asks the date of the same act, so it is read as "when approved it" (the approval date), not a bare date.
     */
    static void whenOfWho(Lang lang, List<ListSplitter.Item> items) {
        String[] ww = WHO_WHEN.get(lang);
        for (int i = 1; i < items.size(); i++) {
            String when = END_MARKS.matcher(Text.fold(items.get(i).text())).replaceAll("").strip();
            String who = items.get(i - 1).text().strip();
            List<String> w = Text.words(Text.fold(who));
            // "who took the spare keys and when" is left alone: the act is not done to the record itself
            if (when.equals(ww[1]) && w.size() >= 2 && w.get(0).equals(ww[0]) && w.stream().anyMatch(OBJECT_PRONOUNS::contains)) {
                String said = items.get(i).text().strip();
                items.set(i, new ListSplitter.Item(END_MARKS.matcher(said).replaceAll("") + " " + who.substring(who.indexOf(' ') + 1),
                        items.get(i).options(), items.get(i).joined()));
            }
        }
    }

    private static int depthAt(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** Whether the part before the mark holds a list: a comma or an and-word. */
    private static boolean listed(String head) {
        return LIST_MARK.matcher(head).find();
    }

    /** A short plain list of details: no colon, no with-word, at most four items of at most seven words, no bare plural. */
    private static boolean plain(Lang lang, String list) {
        if (list.indexOf(':') >= 0 || list.indexOf('(') >= 0 || HAS_WITH.matcher(list).find()) {
            return false;
        }
        String[] items = LIST_MARK.split(list.strip());
        if (items.length == 0 || items.length > MAX_ITEMS) {
            return false;
        }
        for (String item : items) {
            String bare = ARTICLES.matcher(item.strip()).replaceFirst("");
            List<String> w = Text.words(Text.fold(bare));
            if (w.isEmpty() || w.size() > MAX_ITEM_WORDS) {
                return false;
            }
            if (w.size() == 1 && !Inflector.singularWord(lang, w.get(0)).equals(w.get(0))) {
                // "…, and we also need suppliers": records of their own, not a detail
                return false;
            }
        }
        return true;
    }
}

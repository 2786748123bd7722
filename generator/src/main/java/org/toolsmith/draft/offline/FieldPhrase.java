package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English: the noun phrase that names a new field, found with part-of-speech tags in the words a
 * chatty clause asks for. "write down how many people turned up" is the question "how many people
 * turned up"; "a few photos of any damage we find" is "photos of any damage"; "average them",
 * "helps with warranty claims" or "the insurance people asked for it" name nothing and are refused,
 * so that no field is ever labelled with a verb phrase or a piece of a sentence.
 */
final class FieldPhrase {
    private static final NlpPipeline NLP = new NlpPipeline(NlpModels.SHARED);
    /** Verbs of writing something down: the thing written comes after them. */
    private static final Set<String> RECORDING = Set.of("write", "note", "jot", "keep", "track", "record", "log", "store", "capture",
            "put", "enter", "save", "add", "include", "collect", "register", "list", "show", "see", "know", "have", "get", "mark",
            "attach", "upload", "hold", "want", "need", "like", "ask", "take", "make", "check", "find", "remember", "tell", "tick");
    /** Tags of a word that points at something said before ("add that"). */
    private static final Set<String> POINTER_TAGS = Set.of("DET", "PRON", "ADV");
    /** Words that stand for a field just spoken of. */
    private static final Set<String> POINTING_WORDS = Set.of("it", "that", "this", "them", "those", "these", "one");
    /** "somewhere to …": where it is written, not its name. */
    private static final Set<String> PLACE_WORDS = Set.of("somewhere", "something", "space", "room", "place", "way");
    private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our", "my", "your");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "us", "him", "her", "me", "this", "these", "those");
    private static final Set<String> WHICH_WHAT = Set.of("which", "what");
    /** Prepositions that may be a verb's particle rather than start a phrase. */
    private static final Set<String> KEPT_PREPOSITIONS = Set.of("in", "on", "out", "off", "by");
    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "AUX", "PART", "SCONJ");
    private static final Set<String> WHETHER = Set.of("whether", "if");
    /** Tags that cannot end a name. */
    private static final Set<String> TRAILING_TAGS = Set.of("ADP", "CCONJ", "DET", "PART", "PUNCT");
    private static final Set<String> GROUPS = Set.of("people", "everyone", "everybody", "nobody", "staff", "they");
    /** Words that start a piece of a sentence, not a name. */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("from", "with", "about", "than", "because", "since", "so", "to", "for",
            "into", "onto", "towards");
    private static final Set<String> TIME_WORDS = Set.of("date", "day", "time", "year", "month", "week");
    private static final Set<String> PARTICLES = Set.of("down", "up", "in", "on", "out", "off", "about", "of", "for", "away");
    /** Nouns that only carry what follows them ("track of …", "a record of …", "a copy of …"). */
    private static final Set<String> CARRIERS = Set.of("track", "record", "note", "log", "copy", "copies", "scan");
    private static final Set<String> QUANTIFIERS = Set.of("few", "couple", "lot", "lots", "any", "some", "bit", "little");
    private static final Set<String> WH = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whether", "if");
    /** Words that start a clause of their own after the thing is named. */
    private static final Set<String> CLAUSE = Set.of("when", "whenever", "if", "because", "since", "so", "once", "until", "unless",
            "while", "although", "though", "as", "where", "which", "who", "that", "whom");
    /** "add both", "add those": a word alone that points back at things already said names no field. */
    private static final Set<String> POINTING_BACK = Set.of("both", "these", "those", "either");
    private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them",
            "it's", "they're", "we're", "you're", "i'm", "it'll", "they'll", "we'll", "itself", "themselves", "ourselves");
    private static final Set<String> SOFT = Set.of("actually", "really", "just", "even", "exactly", "ever", "usually", "normally",
            "probably", "maybe", "perhaps", "basically", "honestly");
    private static final Pattern HEAD_PART = Pattern.compile("^([^:(]*?)(\\s*(?:[:(]|\\s[-–—]\\s).*)?$", Pattern.DOTALL);
    /** A quote mark, but not an apostrophe between letters ("they'll"). */
    private static final Pattern QUOTED = Pattern.compile("[\"«»„“”]|(?<!\\p{L})'|'(?!\\p{L})");
    private static final Pattern RECORD_VERBS = Pattern.compile(
            "(?iU)\\b(?:(?:write|jot|note|put)\\s+down|put\\s+in(?=\\s+(?:how|when|who|which|what|whether|the|their|a|an)\\b)|fill\\s+in|type\\s+in|log|capture|keep\\s+(?:a\\s+)?(?:track|tabs|count)\\s+of|keep\\s+an?\\s+(?:record|note|log)\\s+of"
                    + "|make\\s+a\\s+note\\s+of|take\\s+note\\s+of|keep\\s+a\\s+copy\\s+of|keep\\s+copies\\s+of)\\b");

    private FieldPhrase() {
    }

    private static final Pattern ARROW_RENAME = Pattern.compile("(?i)^(.{1,40}?)\\s*(?:→|->|=>)\\s*(?:rename(?: it)?|call it|relabel(?: it)?)\\s+(?:to\\s+|as\\s+)?(.+)$");
    private static final Pattern EACH_SCOPE = Pattern.compile("(?i)^((?:for|on|in)\\s+(?:each|every)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?=(?:i|we|i'd|we'd|i'll|we'll|i'm|we're|please|can|could|let|let's|add|record|track)\\b)");
    private static final Pattern NEEDS_FIRST = Pattern.compile("(?i)^(?:also\\s+)?(?:it\\s+)?needs?\\s+(?=(?:an?|another|some|the)\\s)");
    private static final Pattern ASKING = Pattern.compile("\\b(?:asking|ask|asked|asks|wondering|wonder|wants? to know|need to know|needs to know|like to know|don't know|never know|no idea)\\s+"
            + "((?:when|how many|how much|how long|who|whether|what|which|where)\\b.+?)[.?!]*$");
    /** "a third option, 'X'", "another value: 'X'": the value is the quoted words. */
    private static final Pattern VALUE_NOUN = Pattern.compile("(?i)\\b(?:an?|another|one more|the)\\s+(?:(?:second|third|fourth|fifth|sixth|new|extra|additional|further|separate)\\s+)?(?:option|value|choice|entry)\\s*[,:]?\\s*(?=['\"«])");
    private static final Pattern WHEN_DUE = Pattern.compile("(?i)^when\\s+(?:the\\s+|its\\s+|their\\s+)?((?!it\\b|they\\b|this\\b)[\\w-]+(?:\\s+[\\w-]+){0,2})\\s+(?:is|are|was|falls?|comes?)\\s+(?:next\\s+)?due\\b.*$");
    /** "so call it Start date": a rename of the field just spoken of. */
    private static final Pattern CALL_IT = Pattern.compile("(?i)\\b(?:let us\\s+|let's\\s+|please\\s+|just\\s+)?call\\s+(it|that|this one|this)\\s+(?!an?\\b|the\\b|something\\b|what\\b|done\\b)(?=\\S)");
    /** "What we want instead is X", "All we need is X": X is what to add. */
    private static final Pattern CLEFT = Pattern.compile("(?i)^(?:and\\s+|but\\s+)?(?:what|all)\\s+(?:we|i|they|people|the\\s+[\\w-]+)(?:'d|\\s+would)?\\s+(?:really\\s+|actually\\s+|also\\s+|do\\s+|still\\s+)?"
            + "(?:want|need|would like|'d like|like|are missing|miss|care about)(?:\\s+(?:instead|too|also|here|now|on it|on them))?\\s+(?:is|are)\\s+(?=\\S)");
    private static final Pattern CONDITION = Pattern.compile("(?i)^(?:if|when|where)\\s+(?:there\\s+(?:is|are|was|were)\\s+(?:any|some|one|more than one)|any|anyone|anybody|anything|someone|ever|applicable|possible|needed|necessary|relevant|known|so|available|appropriate|required)\\b.{0,12}$");
    /** "snap a couple of photos", "take pictures": photos to attach. */
    private static final Pattern SNAP = Pattern.compile("(?i)\\b(?:snap|take|grab|shoot)\\s+(?=(?:a\\s+|some\\s+|a\\s+few\\s+|a\\s+couple\\s+of\\s+|few\\s+)?(?:photos?|pictures?|pics?|snaps?|images?)\\b)");
    private static final Pattern ADVERBS = Pattern.compile("sometimes|often|always|never|usually|occasionally|anyway|though|however|now|then|later|soon|yet|still|already|too|also|again|there|here|instead|otherwise|else");
    /** "hmm", "ok so", "right,": sounds before the request. */
    private static final Pattern FILLER = Pattern.compile("(?i)^(?:(?:hmm+|hm|ok(?:ay)?|right|well|oh|ah|um+|er+|so)\\b[,.!]*\\s+)+(?=\\S)");
    /** ", that's what people actually put there", ", which is why …": why, after the request. */
    private static final Pattern EXPLAINED = Pattern.compile("(?i)\\s*,\\s*(?:that's|that is|this is|which is|it's|as that's)\\s+(?:what|how|why|where|because)\\b.*$");
    /** "a Cancelled option", "another On hold value": a value named from a capital letter, before the word for a value. */
    private static final Pattern NAMED_VALUE = Pattern.compile("(?U)\\b(?:[Aa]n?|[Aa]nother)\\s+(?:new\\s+|extra\\s+)?(\\p{Lu}[\\w-]*(?:\\s+[\\w-]+)?)\\s+(?:option|value|choice)\\b");
    private static final Pattern ITSELF = Pattern.compile("(?i)\\b(the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:itself|themselves)\\b");

    /**
     * English chat said plainly, on one clause: "write down X", "keep track of X", "make a note of X" are
     * "record X" (a copy kept is an attachment, and so is "the invoice itself"); "notes → rename to Y" is
     * a rename; "for each order I'd like…" has its scope cut off by a comma; "needs an approver" with no
     * subject asks to add one.
     */
    static String plainVerbs(String text) {
        text = FILLER.matcher(text).replaceFirst("");
        text = ChatFrames.plain(text);
        text = NAMED_VALUE.matcher(text).replaceAll("'$1'");
        text = EXPLAINED.matcher(text).replaceFirst("");
        RefineClause said = new RefineClause(text);
        var why = said.match(RefineIntake.WHAT_WE_CALL);
        if (why.find()) {
            // "that's what we call it here": why a name was asked, not "call it Here"
            text = said.sub(0, why.start()).orig;
        }
        var arrow = ARROW_RENAME.matcher(text);
        if (arrow.matches()) {
            text = "rename " + arrow.group(1).strip() + " to " + arrow.group(2).strip();
        }
        text = EACH_SCOPE.matcher(text).replaceFirst("$1, ");
        text = NEEDS_FIRST.matcher(text).replaceFirst("add ");
        text = ITSELF.matcher(text).replaceAll("$1 (file)");
        text = SNAP.matcher(text).replaceAll("attach ");
        text = VALUE_NOUN.matcher(text).replaceAll("");
        text = CALL_IT.matcher(text).replaceFirst("rename $1 to ");
        text = CLEFT.matcher(text).replaceFirst("add ");
        var m = RECORD_VERBS.matcher(text);
        StringBuilder out = new StringBuilder();
        int colon = text.indexOf(':');
        while (m.find()) {
            if (colon >= 0 && m.start() > colon) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group())); // "…: treated, referred or put down": a value
                continue;
            }
            m.appendReplacement(out, m.group().toLowerCase(Locale.ROOT).contains("cop") ? "attach a copy of" : "record");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The words that name the thing, or null when the words name nothing a field could hold. Only
     * English is read (the other languages' words come back as they were), and only the part before
     * a colon, a bracket or a dash: values and hints after it stay as typed.
     */
    static RefineClause of(RefineSession s, RefineClause words) {
        if (s == null || s.lang != Lang.EN || words == null || words.isEmpty()) {
            return words;
        }
        var parts = HEAD_PART.matcher(words.orig);
        if (!parts.matches() || parts.group(1).isBlank() || QUOTED.matcher(parts.group(1)).find()) {
            return words;
        }
        String head = parts.group(1);
        String tail = parts.group(2) == null ? "" : parts.group(2);
        String[] tokens = NLP.tokens(Lang.EN, head);
        var tagged = NLP.tags(Lang.EN, tokens);
        if (tokens.length == 0 || tagged.isEmpty()) {
            return words;
        }
        String[] tags = tagged.get();
        String[] low = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            low[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        if (tokens.length == 1) {
            // one word alone is a name (the tagger cannot tell "colour" or "approver" out of a sentence), unless it only says when or how
            return SOFT.contains(low[0]) || PERSONAL.contains(low[0]) || POINTING_BACK.contains(low[0]) || ADVERBS.matcher(low[0]).matches() ? null : words;
        }
        if (tokens.length == 2 && POINTER_TAGS.contains(tags[0]) && POINTING_WORDS.contains(low[1])) {
            // "add that", "attach it": the field just spoken of, which the session resolves
            return words;
        }
        int i = 0;
        // "somewhere to write down …", "a place to note …": where it is written is not its name
        if (tokens.length > 2 && PLACE_WORDS.contains(low[0]) && low[1].equals("to")) {
            i = 2;
        }
        i = afterRecordingVerb(low, tags, i, i == 2);
        if (i < 0) {
            return null;
        }
        i = afterCarriers(low, tags, i);
        while (i + 1 < tokens.length && POSSESSIVES.contains(low[i])) {
            // "a copy of their CV": whose it is, is the record itself
            i++;
        }
        if (i >= tokens.length) {
            return null;
        }
        if (i + 1 < tokens.length && OBJECT_PRONOUNS.contains(low[i + 1]) && !WH.contains(low[i]) && !isNoun(tags[i])) {
            // "average them", "total it up": something done with what exists, not a thing to track
            return null;
        }
        if (WHICH_WHAT.contains(low[i]) && i + 1 < tokens.length) {
            // "which caterer we book", "which department asked for it": the thing asked about names the field
            int k = i + 1;
            while (k < tokens.length && (isNoun(tags[k]) || tags[k].equals("ADJ"))) {
                k++;
            }
            String done = k > i + 1 && k < tokens.length && tags[k].equals("AUX") ? participle(low, tags, k) : null;
            if (done != null && k + 2 >= tokens.length - 1 && RefineResolver.entity(s, clause(head, tokens, i + 1, k, "")) == null) {
                // "what pest activity was found" → Pest activity found ("what action was taken" → Action taken)
                return new RefineClause(clause(head, tokens, i + 1, k, "").orig + " " + done + tail);
            }
            if (k > i + 1 && k < tokens.length && (tags[k].equals("VERB") || PERSONAL.contains(low[k]))
                    && RefineResolver.entity(s, clause(head, tokens, i + 1, k, "")) == null) {
                return clause(head, tokens, i + 1, k, tail);
            }
        }
        if (CONDITION.matcher(clause(head, tokens, i, tokens.length, "").orig).matches()) {
            // "if there are any", "if applicable": a condition on the request, not a yes/no question
            return null;
        }
        var due = WHEN_DUE.matcher(clause(head, tokens, i, tokens.length, "").orig);
        if (due.matches()) {
            // "when the next inspection is due" → Next inspection due date
            return new RefineClause(due.group(1) + " due date" + tail);
        }
        if (WH.contains(low[i].replaceAll("'.*$", ""))) {
            // a question the describer reads ("how many people turned up" → Number of people)
            return i == 0 ? words : clause(head, tokens, i, tokens.length, tail);
        }
        if (tags[i].equals("ADP") && i + 1 < tokens.length && WH.contains(low[i + 1])) {
            // "on what date", "at what time", "for how long": a question the describer reads
            return i == 0 ? words : clause(head, tokens, i, tokens.length, tail);
        }
        if (tags[i].equals("ADP") && !KEPT_PREPOSITIONS.contains(low[i]) || tags[i].equals("AUX") || tags[i].equals("SCONJ")
                || tags[i].equals("CCONJ") || tags[i].startsWith("PRON") && !tags[i].equals("PRON") || PERSONAL.contains(low[i])) {
            // "from the requester", "with warranty claims", "it's a long list": not a thing
            return null;
        }
        if (tags[i].equals("VERB") && !endsWithAny(low[i], "ed", "en", "ing")) {
            // "average them", "helps with warranty claims", "compare it": a verb that records nothing
            if (i + 1 < tokens.length && (FUNCTION_TAGS.contains(tags[i + 1]) || tags[i + 1].startsWith("PRON"))) {
                return null;
            }
        }
        int end = tokens.length;
        for (int j = i + 1; j < tokens.length; j++) {
            String t = tags[j];
            if (POSSESSIVES.contains(low[j]) && j >= i + 2 && low[j - 1].equals("to") && low[j - 2].matches("link|url|links") && j + 1 < tokens.length) {
                continue; // "a link to their website": what it links to names it (FieldNameTidy)
            }
            RefineClause contact = contactClause(head, tokens, low, tags, i, j, tail);
            if (contact != null) {
                return contact;
            }
            if (PERSONAL.contains(low[j]) || t.startsWith("PRON")) {
                if (PERSONAL.contains(low[j]) && j + 1 < tokens.length && isNoun(tags[j - 1]) && datePart(low[j - 1])) {
                    // "the date it was bought" → Date bought
                    String done = participle(low, tags, j + 1);
                    if (done != null) {
                        return new RefineClause(head.substring(start(head, tokens, i), end(head, tokens, j - 1)) + " " + done + tail);
                    }
                }
                end = j > i + 1 && tags[j - 1].equals("ADP") ? j - 1 : j;
                break;
            }
            if (t.equals("AUX") && isNoun(tags[j - 1])) {
                // "shifts do get cancelled", "the cost is in euros": a sentence, not a name; its subject may be a field spoken of
                RefineMatcher.FieldRef subject = RefineResolver.field(s, clause(head, tokens, i, j, ""));
                // a field spoken of ("the cost is in euros") is left to the readers of existing fields
                return subject != null && subject.score() >= 0.99 ? words : null;
            }
            if (WHETHER.contains(low[j]) && j > i) {
                // "a tick for whether the parents were told": the describer reads the question
                return i == 0 ? words : clause(head, tokens, i, tokens.length, tail);
            }
            if (t.equals("VERB") && isNoun(tags[j - 1]) && (rest(low, j + 1).stream().anyMatch(PERSONAL::contains)
                    || j + 1 < tokens.length && (tags[j + 1].equals("PART") || tags[j + 1].startsWith("PRON") || tags[j + 1].equals("AUX")) && !endsWithAny(low[j], "ed", "en"))) {
                // "the insurance people asked for it", "the head wants to know what's popular": a sentence
                RefineMatcher.FieldRef subject = RefineResolver.field(s, clause(head, tokens, i, j, ""));
                return subject != null && subject.score() >= 0.99 ? words : null;
            }
            if (CLAUSE.contains(low[j]) && (t.equals("SCONJ") || t.equals("ADV") || t.startsWith("PRON") || t.equals("ADP") && !low[j].equals("as"))
                    || t.equals("PUNCT") && low[j].equals(",")) {
                end = j;
                break;
            }
        }
        while (end < tokens.length && end > i && TRAILING_TAGS.contains(tags[end - 1])) {
            // only after a cut: "checked by" keeps its "by"
            end--;
        }
        if (end <= i) {
            return null;
        }
        boolean named = false;
        for (int j = i; j < end; j++) {
            named |= isNoun(tags[j]) || tags[j].equals("ADJ") || tags[j].equals("NUM") || tags[j].equals("VERB") && (j > i || endsWithAny(low[j], "ing", "ed"));
        }
        if (!named) {
            return null;
        }
        return i == 0 && end == tokens.length && !softened(low) ? words : clause(head, tokens, i, end, tail);
    }

    /** The question people ask in a clause that only tells ("the drivers keep asking when the next inspection is due"), or null. */
    static String embeddedQuestion(RefineSession s, RefineClause said) {
        if (s.lang != Lang.EN) {
            return null;
        }
        var m = said.match(ASKING);
        return m.find() ? said.group(m, 1).orig : null;
    }

    private static final Pattern ASKS = Pattern.compile("\\b(?:add|remove|delete|drop|rename|call|make|change|set|should|must|need|needs|want|wants|required|mandatory|optional|compulsory|please|keep|track|record|attach|include|split|replace|link|move|can you|could you|has to|have to)\\b");
    private static final Pattern EDIT_VERB = Pattern.compile("(?i)^(?:(?:also|then|please|just|so|and|but|let us|let's)\\s+)*(?:add|remove|delete|drop|rename|call|make|change|set|move|split|replace|mark|turn)\\b");

    /**
     * "Let's call the title 'Workshop name' instead, people confuse it with job titles": after an edit
     * said with its verb first, a comma and a sentence with its own subject and verb that asks nothing
     * is the reason, and is left out (English).
     */
    static RefineClause dropReason(RefineSession s, RefineClause c) {
        if (s.lang != Lang.EN || !EDIT_VERB.matcher(c.orig.replaceAll("(?i)\\blet's\\b", "let us")).find()) {
            return c;
        }
        int comma = c.orig.indexOf(", ");
        while (comma > 0) {
            String tail = c.orig.substring(comma + 2).strip();
            String[] tokens = NLP.tokens(Lang.EN, tail);
            var tagged = NLP.tags(Lang.EN, tokens);
            if (tagged.isPresent() && tokens.length >= 3 && !ASKS.matcher(tail.toLowerCase(Locale.ROOT)).find() && !QUOTED.matcher(tail).find()) {
                String[] tags = tagged.get();
                int k = tags[0].equals("DET") ? 1 : 0;
                boolean subject = k < tokens.length && (isNoun(tags[k]) || PERSONAL.contains(tokens[k].toLowerCase(Locale.ROOT))
                        || GROUPS.contains(tokens[k].toLowerCase(Locale.ROOT)));
                while (subject && k + 1 < tokens.length && isNoun(tags[k + 1])) {
                    k++;
                }
                if (subject && k + 1 < tokens.length && tags[k + 1].equals("VERB")) {
                    return new RefineClause(c.orig.substring(0, comma));
                }
            }
            comma = c.orig.indexOf(", ", comma + 2);
        }
        return c;
    }

    /** Whether a label made by the describer is a piece of a sentence ("Sometimes it a long list", "From the requester"). */
    static boolean fragment(RefineSession s, String label) {
        if (s == null || s.lang != Lang.EN || label == null) {
            return false;
        }
        String[] words = label.toLowerCase(Locale.ROOT).split("[^a-z']+");
        for (String w : words) {
            if (PERSONAL.contains(w)) {
                return true;
            }
        }
        return words.length > 1 && LEADING_PREPOSITIONS.contains(words[0]);
    }

    private static int afterRecordingVerb(String[] low, String[] tags, int i, boolean afterTo) {
        if (i >= low.length || !afterTo && !tags[i].equals("VERB") && !(RECORDING.contains(low[i]) && i + 1 < low.length && PARTICLES.contains(low[i + 1]))) {
            return i;
        }
        if (!RECORDING.contains(low[i])) {
            return i;
        }
        int j = i + 1;
        if (j < low.length && low[j].equals("to")) {
            return i;
        }
        while (j < low.length && PARTICLES.contains(low[j]) && (tags[j].equals("ADP") || tags[j].equals("ADV"))) {
            j++;
        }
        return j >= low.length ? -1 : j;
    }

    /** "track of …", "a copy of the …", "a few photos", "any damage": words before the name. */
    private static int afterCarriers(String[] low, String[] tags, int i) {
        for (int round = 0; round < 3 && i < low.length; round++) {
            int j = i;
            if (tags[j].equals("DET") && j + 1 < low.length) {
                j++;
            }
            if (j + 1 < low.length && CARRIERS.contains(low[j]) && low[j + 1].equals("of")) {
                i = j + 2;
                continue;
            }
            if (j < low.length && QUANTIFIERS.contains(low[j])) {
                int k = j + 1;
                if (k < low.length && low[k].equals("of")) {
                    k++;
                }
                if (k < low.length && !low[k].equals("more") && (isNoun(tags[k]) || tags[k].equals("ADJ") || tags[k].equals("DET"))) {
                    i = k;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static String participle(String[] low, String[] tags, int j) {
        for (int k = j, limit = j + 3; k < Math.min(low.length, limit); k++) {
            if (low[k].matches("got|get|gets|gotten") && k + 1 < low.length) {
                limit++;
                continue; // "the time it actually got finished": the passive's "got" is not the deed
            }
            if ((tags[k].equals("VERB") || tags[k].equals("ADJ") && limit > j + 3 && low[k].endsWith("ed")) && endsWithAny(low[k], "ed", "en", "t")) {
                return low[k];
            }
            if (!tags[k].equals("AUX") && !tags[k].equals("ADV")) {
                return null;
            }
        }
        return null;
    }

    /** Determiners that open the subject of a relative clause said without "that" ("the date the warranty expires"). */
    private static final Set<String> CONTACT_OPENERS = Set.of("the", "their", "his", "her", "its", "our", "my", "your", "this", "that", "each");

    /**
     * A noun followed straight by a clause about it, without "that" or "which": "the date the warranty expires" →
     * Warranty expires date, "the date the toner was last changed" → Toner last changed date, "the condition their
     * laptop is in" → Condition, "the room the class takes place in" → Room. A date or time keeps what the clause says
     * happened; any other thing is named by its noun alone. Null when token {@code j} opens no such clause.
     */
    private static RefineClause contactClause(String head, String[] tokens, String[] low, String[] tags, int i, int j, String tail) {
        if (j <= i || !isNoun(tags[j - 1]) || !CONTACT_OPENERS.contains(low[j])) {
            return null;
        }
        int k = j + 1;
        boolean noun = false;
        while (k < tokens.length && (isNoun(tags[k]) || tags[k].equals("ADJ") || tags[k].equals("NUM"))) {
            noun |= isNoun(tags[k]);
            k++;
        }
        if (!noun || k >= tokens.length || !(tags[k].equals("AUX") || tags[k].equals("VERB") && !endsWithAny(low[k], "ing"))) {
            return null;
        }
        for (int m = k + 1; m < tokens.length; m++) {
            if (CLAUSE.contains(low[m]) || tags[m].equals("PUNCT") || tags[m].equals("CCONJ")) {
                return null;
            }
        }
        if (!datePart(low[j - 1])) {
            return clause(head, tokens, i, j, tail);
        }
        StringBuilder what = new StringBuilder();
        int end = tokens.length;
        while (end > k && (tags[end - 1].equals("ADP") || tags[end - 1].equals("PART"))) {
            end--;
        }
        for (int m = j + 1; m < end; m++) {
            if (!tags[m].equals("DET") && !tags[m].equals("AUX") && !tags[m].startsWith("PRON") && !SOFT.contains(low[m])) {
                what.append(tokens[m]).append(' ');
            }
        }
        // the date or time last, as people name it ("Next service due date"), so the word that types it ends the name
        return new RefineClause(what + clause(head, tokens, i, j, "").orig.replaceFirst("(?i)^(?:the|a|an)\\s+", "") + tail);
    }

    private static boolean datePart(String word) {
        return TIME_WORDS.contains(word);
    }

    private static java.util.List<String> rest(String[] low, int from) {
        return java.util.Arrays.asList(low).subList(Math.min(from, low.length), low.length);
    }

    private static boolean softened(String[] low) {
        for (String w : low) {
            if (SOFT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoun(String tag) {
        return NlpPipeline.isNoun(tag);
    }

    /** The typed words from token {@code from} to before token {@code to}, without softening adverbs, then the tail. */
    private static RefineClause clause(String head, String[] tokens, int from, int to, String tail) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int[] starts = new int[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            int p = head.indexOf(tokens[k], at);
            starts[k] = p < 0 ? at : p;
            at = p < 0 ? at : p + tokens[k].length();
        }
        for (int k = from; k < to; k++) {
            if (SOFT.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!out.isEmpty() && starts[k] > 0 && Character.isWhitespace(head.charAt(starts[k] - 1))) {
                out.append(' ');
            }
            out.append(tokens[k]);
        }
        return new RefineClause(out + tail);
    }

    private static int start(String head, String[] tokens, int k) {
        int at = 0;
        for (int i = 0; i <= k; i++) {
            int p = head.indexOf(tokens[i], at);
            if (i == k) {
                return Math.max(0, p);
            }
            at = p < 0 ? at : p + tokens[i].length();
        }
        return 0;
    }

    private static int end(String head, String[] tokens, int k) {
        int s = start(head, tokens, k);
        return Math.min(head.length(), s + tokens[k].length());
    }

    private static boolean endsWithAny(String word, String... endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}

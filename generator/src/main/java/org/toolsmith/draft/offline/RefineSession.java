package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Plurals;

/**
 * The spec being refined, the edits made so far in plain words, and what the message last talked
 * about (so that "it" and "one" can be resolved). Every edit touches only what it names.
 */
final class RefineSession {
    AppSpec spec;
    final List<String> changes = new ArrayList<>();
    /** Edits that were understood but were already so ("Owner is already optional."). */
    final List<String> already = new ArrayList<>();
    final Set<String> originalFields = new HashSet<>();
    final Set<String> originalEntities = new HashSet<>();
    String lastEntity;
    String lastField;
    String clauseEntity;
    /** A choice value was taken out by this clause, or by the one before ("… Private, take it off the list"). */
    boolean valueRemovedNow;
    boolean valueRemovedBefore;
    /** Links that name a kind the message may make later ({@link RefineEachLink#settle}). */
    final List<RefineEachLink.Pending> pendingLinks = new ArrayList<>();
    String lastIntent;
    /** The field the last edit made a choice ("turn skill into a multi select"), and how many edits there were then; else null. */
    String choiceMade;
    int choiceMadeAt = -1;
    /** The last verb a listed item used ("who approved it"), for "and when". */
    String lastVerb;
    /** What a bare "when" said next is the date of ("who does the boiler check and when"), or null. */
    ObjectDoer.When whenLabel;
    /** The date named after its question ("Date family told"): a name, not a remark, though it reads like a clause. */
    String whenMade;
    /** What an "instead of …" in the clause names, if anything. */
    String insteadOf;
    /** The whole message, for what one clause says about another ("… drop the old text field"). */
    String message;
    /** The clause being read, as said: whether it asks to delete a kind ({@link RefineKindGuard}). */
    String clauseSaid;
    /** The clause before was a question read as a need to know ({@link AskFrames}). */
    boolean askedBefore;
    /** The clause {@link AskFrames} reads, as it was said. */
    RefineClause askedClause;
    /** The clause read before this one: "we receive the quote as a PDF" before "attach it". */
    RefineClause previous;
    /** Whether the clause before changed nothing (a question that "add it" then asks for). */
    boolean previousIdle;
    /** The clause's context (cut off before reading it) named the field last spoken of. */
    boolean context;
    /** The kind made last by "make X a proper list". */
    String made;

    String lastMade() {
        return made;
    }
    /** Whether the clause came with "also", "please" or "too" around it. */
    boolean marked;
    /** A later clause opening with a connector and an article ("… And the date of …"): the edit before goes on. */
    boolean goesOn;
    /** Whether the clause before only named a field without asking anything of it ("'Borrowed on' sounds odd"). */
    boolean mentionedOnly;
    /** The language of the message, and the drafter's lexicon for it (types, plurals). */
    Lang lang = Lang.EN;
    Lexicon lex;
    /** The same words in the other languages, for labels typed in one language and asked about in another. */
    RefineGlossary glossary;

    private static final java.util.regex.Pattern PRONOUN_LABEL = java.util.regex.Pattern.compile(
            "(?:it|them|this|that|this one|that one|le|la|les|lo|los|las|es|sie|ihn|ca|cela|eso|esto|das)(?: (?:as|in|en|als) .*)?");

    /** The spec as it was before the message. */
    final AppSpec original;

    RefineSession(AppSpec spec) {
        this.spec = spec;
        this.original = spec;
        for (Entity e : spec.entities()) {
            originalEntities.add(e.key());
            for (Field f : e.fields()) {
                originalFields.add(e.key() + "." + f.key());
            }
        }
    }

    /** "Sessions" → "Session", "Intervenciones" → "Intervención"... in the message's language. */
    String singular(String phrase) {
        return lang == Lang.EN || lex == null ? RefineAdditions.singular(phrase) : Inflector.singular(lang, phrase);
    }

    Entity entity(String key) {
        return spec.entity(key).orElse(null);
    }

    Field field(String entityKey, String fieldKey) {
        Entity e = entity(entityKey);
        return e == null ? null : e.field(fieldKey).orElse(null);
    }

    void mention(String entityKey, String fieldKey) {
        lastEntity = entityKey;
        lastField = fieldKey;
    }

    /** "decimals", "décimales", "decimales", "Nachkommastellen", "Kommazahlen": what a number holds, not a field. */
    private static final java.util.regex.Pattern DECIMALS_LABEL = java.util.regex.Pattern.compile(
            "(?:(?:des|de|les|los|las|some|the)\\s+)?(?:decimals?|decimal places|decimales?|decimaux|chiffres apres la virgule|nachkommastellen|kommazahlen|kommastellen|dezimalstellen|dezimalzahlen)");
    private static final Set<FieldType> WHOLE_NUMBER = Set.of(FieldType.INTEGER, FieldType.TEXT);

    /** The field last spoken of, if it still exists. */
    RefineMatcher.FieldRef last() {
        Field f = lastEntity == null || lastField == null ? null : field(lastEntity, lastField);
        return f == null ? null : new RefineMatcher.FieldRef(entity(lastEntity), f, 1);
    }

    /** Whether every word of the label is an article, a conjunction or a stop word of the message's language. */
    boolean functionWordsOnly(String label) {
        if (lex == null) {
            return false;
        }
        String[] words = RefineText.fold(label).split("[^\\p{L}']+");
        int counted = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            counted++;
            if (!little(lex.articles, w) && !little(lex.stopwords, w) && !little(lex.and, w)) {
                return false;
            }
        }
        return counted > 0;
    }

    private static boolean little(java.util.Collection<String> words, String folded) {
        return words.stream().anyMatch(x -> RefineText.fold(x).equals(folded));
    }

    /** The same label, or in German its weak form after an article ("einen Namen" is the Name field). */
    private boolean sameLabel(String had, String said) {
        String a = RefineText.fold(had);
        String b = RefineText.fold(said);
        return a.equals(b) || lang == Lang.DE && (b.equals(a + "n") || b.equals(a + "en"));
    }

    /** "Lo principal", "lo importante", "das Wichtigste", "le plus important": what matters most, never a field's name. */
    private static final java.util.regex.Pattern NEUTER = java.util.regex.Pattern.compile("(?iu)(?:lo|lo m[aá]s)\\s+\\p{L}+|das\\s+\\p{L}+ste|le plus \\p{L}+|l'essentiel|the (?:main|most important|important|key) (?:thing|bit|part|point)");

    /** Words for the kind of box a value goes in ("tick boxes", "checkbox", "Kästchen"): how a field looks, never its name ("Field" may be a paddock). */
    private static final java.util.regex.Pattern BOX_WORDS = java.util.regex.Pattern.compile("(?iu)(?:(?:tick|check|text|yes/no)\\s*)?box(?:es)?|checkboxes|tickboxes|drop-?downs?|columns?"
            + "|cases? à cocher|colonnes?|casillas?|columnas?|k(?:ä|a)stchen|h(?:ä|a)kchen|spalten?|ankreuzfelder?");

    /**
     * Words that are an instruction or a filler, never a field's name: part of a rename said beside the addition
     * ("la ciudad renómbrala a …"), a verb of turning in front ("Turn urgent into that"), "o sea" / "c'est-à-dire" / "das heißt",
     * or a question word with only an auxiliary after it ("how each request did" → "How did", German "was").
     */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile("(?iu)"
            + ".*\\b(?:rename|renamed|renaming|renombr\\p{L}*|renómbr\\p{L}*|renomm\\p{L}*|umbenenn\\p{L}*|umbenannt)\\b.*"
            + "|(?:turn|convert)\\s+\\S+(?:\\s+(?:into|to|in)\\b.*)?"
            + "|o sea|es decir|c'est-à-dire|c'est à dire|das heißt|das heisst|i\\.?e\\.?|that is|in other words|en fait|de hecho|also"
            + "|(?:how|what|which|why|comment|quoi|cómo|como|qué|que|was|wie|warum)(?:\\s+(?:did|does|do|is|are|was|were|has|have|went|goes|it|they|est|sont|es|son|ist|sind|war|hat))*");

    String addField(String entityKey, String typed, FieldType type, List<String> options, String target) {
        RangeChoice.Read range = (options == null || options.isEmpty()) && type != FieldType.REFERENCE ? RangeChoice.read(lex, typed) : null;
        if (range != null) {
            // "a severity SEV1 to SEV3", "une note de 1 à 10": the range gives the options, or says it is a number
            typed = range.label();
            type = range.type();
            options = range.options();
        }
        // "the signature attached": how it arrives is not part of its name
        boolean arrives = type == FieldType.TEXT || type == FieldType.LONG_TEXT || type == FieldType.FILE; // "Date scanned" is when, not how it came
        String bare = !arrives ? typed : typed.replaceAll("(?i)\\s+(?:attached|scanned|uploaded|included|jointe?s?|adjunt[oa]s?|angeh(?:a|ä)ngt|hochgeladen|scann[ée]e?s?|escanead[oa]s?|gescannt(?:e|er|es)?)$", "");
        if (!bare.equals(typed) && !bare.isBlank() && type == FieldType.TEXT) {
            // "el albarán escaneado": what arrives as a scan is a file
            type = FieldType.FILE;
        }
        String named = FieldHead.of(bare.isBlank() ? typed : bare);
        // "internal comments that customers don't see": the relative clause explains, it does not name
        String head = named.replaceAll("(?i)^(?:(?:a|an|some)\\s+)?(?:separate\\s+)?(?:place|field|space|box|spot)\\s+for\\s+", "")
                .replaceAll("(?i)^(?:(?:un|une|una|ein|eine)\\s+)?(?:campo|champ|feld)\\s+(?:de|d'|para|pour|f[uü]r)\\s*(?=\\S)", "")
                .replaceAll("(?i)(?<=\\S)\\s+(?:that|which|who|where|so that|qui|que|dont|donde|die|der|das|wo)\\s+\\S+\\s+.*$", "");
        FieldNameTidy.Named tidy = FieldNameTidy.of(this, accented(!head.isBlank() && named.split("\\s+").length > 3 ? RefineText.capitalize(head) : named), type); // "Mobile number at the moment", "Exact time"
        // "si hay que volver otro día" tidied to "Hay": when the tidy name is only little words, the name as said is kept
        String asSaid = functionWordsOnly(tidy.label()) && !functionWordsOnly(named) ? RefineText.capitalize(named) : tidy.label();
        // "und den Lieferanten" → Lieferant, "den Verantwortlichen" → Verantwortlicher: German nouns in the nominative
        String label = lang == Lang.DE ? GermanLabels.nominative(asSaid) : asSaid;
        type = tidy.type();
        SaidType.Said said = SaidType.of(this, label, type, options);
        RefineMatcher.FieldRef spoken = last();
        if (spoken != null && PRONOUN_LABEL.matcher(RefineText.fold(label)).matches()) {
            // "attach it as a file": "it" is the field just spoken of, never a new field called "It"
            if (type != FieldType.TEXT) {
                setType(spoken.entity().key(), spoken.field().key(), type, options, target);
            }
            return spoken.field().key();
        }
        if (DECIMALS_LABEL.matcher(RefineText.fold(label)).matches()) {
            // "la note va sur 10, il faut des décimales", "the estimate needs decimals": the number field spoken of takes
            // decimals; never a new field called "Decimals" (session 14, r3)
            RefineMatcher.FieldRef number = spoken != null && WHOLE_NUMBER.contains(spoken.field().type()) ? spoken : null;
            if (number != null) {
                setType(number.entity().key(), number.field().key(), FieldType.DECIMAL, List.of(), null);
                return number.field().key();
            }
        }
        if (spoken == null && PRONOUN_LABEL.matcher(RefineText.fold(label)).matches()) {
            // "that should be required" with nothing said before: never a field called "That"
            throw new org.toolsmith.draft.DraftException("I could not tell which field \"" + label + "\" means; name the field, "
                    + "for example \"make the due date required\".");
        }
        java.util.Optional<FieldType> typeOnly = TypeOnlyName.of(label, clauseSaid);
        if (typeOnly.isPresent()) {
            // "can we record the conditions? just free text", "…. Einfach ein Textfeld": how the field just added is typed in,
            // never a field of its own; with nothing added before it, no edit
            if (spoken != null && !originalFields.contains(spoken.entity().key() + "." + spoken.field().key())) {
                FieldType now = spoken.field().type();
                boolean same = now == typeOnly.get() || typeOnly.get() == FieldType.TEXT && now == FieldType.LONG_TEXT;
                if (!same) {
                    setType(spoken.entity().key(), spoken.field().key(), typeOnly.get(), List.of(), null);
                }
                return spoken.field().key();
            }
            throw new org.toolsmith.draft.DraftException("\"" + label + "\" says how a field is typed in, not which field; name the field, "
                    + "for example \"add the weather as free text\".");
        }
        if (functionWordsOnly(label) || EmptyNames.empty(label) || BOX_WORDS.matcher(label.strip()).matches() || NOT_A_NAME.matcher(label.strip()).matches() || label.matches("(?iu)(?:adding|removing|deleting|changing|updating|fixing|sorting(?: out)?|looking at|checking|doing|tweaking|editing|renaming)") || NEUTER.matcher(label).matches()) {
            // "can the loan also have a the?": a label made only of articles and little words names nothing
            throw new org.toolsmith.draft.DraftException("I could not tell which field \"" + label + "\" means; name the field, "
                    + "for example \"add a due date\".");
        }
        Entity e = entity(entityKey);
        Field existing = e.fields().stream()
                .filter(f -> sameLabel(f.label(), label)).findFirst().orElse(null);
        if (existing != null) {
            already.add(e.name() + " already has " + existing.label() + ".");
            mention(entityKey, existing.key());
            return existing.key();
        }
        String listed = OptionsAreFields.kind(this, entityKey, label, said.type(), said.options());
        if (listed != null) {
            // "a list of donors with name, village and phone": a kind of its own, not a choice
            return listed;
        }
        Set<String> taken = new HashSet<>();
        e.fields().forEach(f -> taken.add(f.key()));
        // "… Das bisherige Textfeld Gutachter darf dann raus": a field this message removed keeps its key for itself, so the new one is another column
        original.entity(entityKey).ifPresent(o -> o.fields().forEach(f -> taken.add(f.key())));
        String key = Keys.fromLabel(label, "f", "field");
        if (Keys.SYSTEM_COLUMNS.contains(key)) {
            key = key + "_value";
        }
        key = Keys.unique(key, taken);
        type = SiblingType.of(this, entityKey, label, said.type()); // "Repas sans porc" beside "Repas standard": counted alike
        options = said.options();
        Field f = new Field(key, label, type, false, false, type.hasOptions() ? options : List.of(),
                type == FieldType.REFERENCE ? target : null, false, null);
        spec = spec.mapEntity(entityKey, x -> x.withField(f));
        changes.add("Added " + label + " (" + describe(f) + ") to " + e.name() + ".");
        mention(entityKey, key);
        return key;
    }

    /** "Gepruft von" → "Geprüft von" when the message wrote "geprüft": labels keep the accents the person typed. */
    private String accented(String label) {
        if (message == null || label.chars().allMatch(ch -> ch < 128) == false) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(label);
        while (w.find()) {
            String word = w.group();
            String typed = word;
            if (Character.isLetter(word.charAt(0)) && word.length() > 2) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(message);
                while (m.find()) {
                    String said = m.group();
                    if (!said.equals(word) && said.length() == word.length() && RefineText.fold(said).equals(RefineText.fold(word))) {
                        typed = Character.isUpperCase(word.charAt(0)) ? RefineText.capitalize(said) : said;
                        break;
                    }
                }
            }
            out.append(typed);
        }
        return out.toString();
    }

    void removeField(String entityKey, String fieldKey) {
        Entity e = entity(entityKey);
        Field f = field(entityKey, fieldKey);
        if (f == null) {
            return;
        }
        if (!originalFields.contains(entityKey + "." + fieldKey) && message != null
                && java.util.regex.Pattern.compile("\\b(?:old|previous|former|ancien\\w*|antigu\\w*|viej\\w*|alte[nsr]?|bisherige\\w*)\\b").matcher(RefineText.fold(message)).find()) {
            // "… then remove the old supplier text": never the field this same message just made
            already.add(f.label() + " was just added; the old field is already gone.");
            return;
        }
        if (e.fields().size() <= 1) {
            already.add(f.label() + " is the only field of " + e.name() + "; a kind of record needs at least one, so it stays.");
            return;
        }
        Field was = original.entity(entityKey).flatMap(x -> x.field(fieldKey)).orElse(null);
        spec = spec.mapEntity(entityKey, x -> x.withoutField(fieldKey));
        changes.add("Removed " + f.label() + " from " + e.name() + ".");
        mention(entityKey, fieldKey);
        if (was != null && was.type() != FieldType.REFERENCE && f.type() == FieldType.REFERENCE && f.target() != null
                && !originalEntities.contains(f.target()) && entity(f.target()) != null) {
            // "have the animals as a proper list … then the typed animal column can go": the typed field goes, the link to the new list stays
            Set<String> taken = new HashSet<>();
            entity(entityKey).fields().forEach(x -> taken.add(x.key()));
            taken.add(fieldKey);
            String key = Keys.unique(fieldKey, taken);
            Field linked = new Field(key, f.label(), FieldType.REFERENCE, f.required(), false, List.of(), f.target(), false, null);
            spec = spec.mapEntity(entityKey, x -> x.withField(linked));
            mention(entityKey, key);
        }
    }

    void reorder(String entityKey, List<Field> fields, String moved) {
        Entity e = entity(entityKey);
        if (e.fields().equals(fields)) {
            already.add(moved + " is already there.");
            return;
        }
        spec = spec.mapEntity(entityKey, x -> x.withFields(fields));
        changes.add("Moved " + moved + " in the form of " + e.name() + ".");
    }

    void rename(String entityKey, String fieldKey, String label) {
        Field f = field(entityKey, fieldKey);
        if (f == null || label.isBlank() || f.label().equals(label)) {
            return;
        }
        String said = RefineLabels.quotedStart(message, label);
        spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withLabel(said)));
        changes.add("Renamed " + f.label() + " to " + said + ".");
        mention(entityKey, fieldKey);
    }

    void renameEntity(String entityKey, String name) {
        Entity e = entity(entityKey);
        if (e == null || name.isBlank() || e.name().equals(name)) {
            return;
        }
        // "rename the rooms table to Spaces": the name is singular, the plural follows
        String plural = RefineText.fold(e.plural()).equals(RefineText.fold(e.name())) ? null : name;
        String one = plural != null && RefineText.fold(name).endsWith("s") ? RefineAdditions.singular(name) : name;
        String many = plural != null && !one.equals(name) ? name : Plurals.of(one);
        spec = spec.mapEntity(entityKey, x -> x.withName(one, many));
        changes.add("Renamed the record kind " + e.name() + " to " + one + ".");
    }

    void setType(String entityKey, String fieldKey, FieldType type, List<String> options, String target) {
        Field f = field(entityKey, fieldKey);
        if (f == null) {
            return;
        }
        Field changed = f.withType(type);
        if (type.hasOptions()) {
            changed = changed.withOptions(options.isEmpty() ? f.options() : options);
            if (changed.options().isEmpty()) {
                return;
            }
        }
        if (type == FieldType.REFERENCE) {
            changed = changed.withTarget(target);
        }
        Field done = changed;
        if (!done.equals(f)) {
            spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> done));
            changes.add(f.label() + " is now " + describe(done) + ".");
            if (type.hasOptions()) {
                choiceMade = entityKey + "." + fieldKey;
                choiceMadeAt = changes.size();
            }
        } else {
            already.add(f.label() + " is already " + describe(done) + ".");
        }
        mention(entityKey, fieldKey);
    }

    void setRequired(String entityKey, String fieldKey, boolean value) {
        Field f = field(entityKey, fieldKey);
        if (f == null) {
            return;
        }
        if (f.required() != value) {
            spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withRequired(value)));
            changes.add(f.label() + (value ? " is now required." : " is now optional."));
        } else {
            already.add(f.label() + (value ? " was already required." : " was already optional."));
        }
        mention(entityKey, fieldKey);
    }

    void setUnique(String entityKey, String fieldKey, boolean value) {
        Field f = field(entityKey, fieldKey);
        if (f == null) {
            return;
        }
        if (f.unique() != value) {
            spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withUnique(value)));
            changes.add(f.label() + (value ? " must now be unique." : " may now repeat."));
        } else {
            already.add(f.label() + (value ? " was already unique." : " could already repeat."));
        }
        mention(entityKey, fieldKey);
    }

    void setOptions(String entityKey, String fieldKey, List<String> options) {
        Field f = field(entityKey, fieldKey);
        if (f == null || options.isEmpty() || f.type() == FieldType.REFERENCE) {
            // "Kunden: bitte noch E-Mail und Telefon": a link to a kind never turns into a choice by values said after it
            return;
        }
        if (f.type().hasOptions() && !f.options().isEmpty()
                && (OfferedIn.ledAlso(options.get(0)) || options.size() == 1 && OfferedIn.led(options.get(0)))) {
            // "Sizes: comes in 3XL too", "Größen: gibt's auch in 3XL": one more value, not the whole list
            addOptions(entityKey, fieldKey, options);
            return;
        }
        FieldType type = f.type().hasOptions() ? f.type() : FieldType.CHOICE;
        List<String> clean = dedupe(options.stream().map(OfferedIn::clean).toList());
        Field changed = f.withType(type).withOptions(clean);
        if (!changed.equals(f)) {
            spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> changed));
            changes.add(f.label() + " now offers: " + String.join(", ", clean) + ".");
        }
        mention(entityKey, fieldKey);
    }

    void addOptions(String entityKey, String fieldKey, List<String> values) {
        addOptions(entityKey, fieldKey, values, Integer.MAX_VALUE);
    }

    /** Adds the values that are not there yet, at {@code index} (or at the end). */
    void addOptions(String entityKey, String fieldKey, List<String> values, int index) {
        Field f = field(entityKey, fieldKey);
        if (f == null || f.type() == FieldType.REFERENCE) {
            return;
        }
        List<String> list = new ArrayList<>(f.options());
        List<String> added = new ArrayList<>();
        for (String said : values) {
            // "sizes come in XXL too": the verb that offers a value is no part of it
            String v = withoutLabelWord(OfferedIn.clean(said), f);
            if (list.stream().noneMatch(o -> o.equalsIgnoreCase(v))) {
                list.add(index >= list.size() ? list.size() : Math.min(index + added.size(), list.size()), v);
                added.add(v);
            }
        }
        mention(entityKey, fieldKey);
        if (added.isEmpty()) {
            already.add(f.label() + " already offers " + String.join(", ", values) + ".");
            return;
        }
        FieldType type = f.type().hasOptions() ? f.type() : FieldType.CHOICE;
        spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withType(type).withOptions(list)));
        changes.add("Added " + String.join(", ", added) + " to the choices of " + f.label() + ".");
    }

    /**
     * "a night shift" added to Shift is Night: the field's own one-word label, written in lower case at the end of a
     * new value, is no part of it ("Sea Star Operator" stays whole), unless the values there already carry it ("Morning shift").
     */
    private static String withoutLabelWord(String v, Field f) {
        String label = RefineText.fold(f.label());
        int cut = v.lastIndexOf(' ');
        if (cut < 1 || label.length() < 3 || label.indexOf(' ') >= 0) {
            return v;
        }
        String end = v.substring(cut + 1);
        if (!sameWord(end, label) || !end.equals(end.toLowerCase(java.util.Locale.ROOT))
                || f.options().stream().anyMatch(o -> o.indexOf(' ') > 0 && sameWord(o.substring(o.lastIndexOf(' ') + 1), label))) {
            return v;
        }
        return RefineText.capitalize(v.substring(0, cut).strip());
    }

    private static boolean sameWord(String word, String label) {
        String w = RefineText.fold(word);
        return w.equals(label) || w.equals(label + "s") || w.equals(label + "es");
    }

    void replaceOptions(String entityKey, String fieldKey, List<String> options, String said) {
        spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withOptions(dedupe(options))));
        changes.add(said);
        mention(entityKey, fieldKey);
    }

    void removeOptions(String entityKey, String fieldKey, List<String> values) {
        valueRemovedNow = true;
        Field f = field(entityKey, fieldKey);
        if (f == null) {
            return;
        }
        List<String> kept = f.options().stream().filter(o -> values.stream().noneMatch(o::equalsIgnoreCase)).toList();
        if (kept.size() == f.options().size() || kept.isEmpty()) {
            return;
        }
        spec = spec.mapEntity(entityKey, x -> x.mapField(fieldKey, y -> y.withOptions(kept)));
        changes.add("Removed " + String.join(", ", values) + " from the choices of " + f.label() + ".");
        mention(entityKey, fieldKey);
    }

    private static final java.util.regex.Pattern QUANTIFIED = java.util.regex.Pattern.compile(
            "^(?i)(?:(?:exactly|just|only|one of (?:the|our)|of (?:the|our)|a single|genau|nur|exactement|seulement|un seul|une seule|l'une? des|une? des|des|exactamente|solo|uno de los|una de las|einer der|einem der|einer|einem|eine[mnr]?|ein)\\s+)+");

    /** "track of instructors", "auch Kunden", "vehicles too": words of the sentence around the kind, not its name. */
    private static final java.util.regex.Pattern AROUND_NAME = java.util.regex.Pattern.compile(
            "^(?iu)(?:(?:track of|of|also|aussi|également|egalement|también|tambien|auch|noch|ebenfalls)\\s+)+|(?iu)(?:\\s+(?:too|as well|also|aussi|également|egalement|también|tambien|auch|ebenfalls))+$");

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}'-]+");

    /** Words ending like plurals that are none ("always", "toujours", "gracias"). */
    private static final Set<String> NOT_PLURALS = Set.of("always", "sometimes", "perhaps", "thanks", "besides", "towards",
            "unless", "anyways", "whereas", "afterwards", "nowadays", "apres", "toujours", "puis", "alors", "apenas", "ademas",
            "despues", "antes", "entonces", "gracias", "jamais", "mais", "dans", "sans", "sous", "vers", "chez", "tous");

    /**
     * The plural a pronoun stands for: the nearest plural noun before it in the message that is no little word and no
     * kind or field of the spec ("paying freelance videographers directly, so we need a list of them" → Videographer).
     */
    String antecedent(String pronoun) {
        if (message == null || lex == null) {
            return null;
        }
        // the clause keeps where each folded letter came from ("ß" → "ss", "œ" → "oe" fold longer), so the cut is at the pronoun
        RefineClause said = new RefineClause(message);
        int at = said.text.lastIndexOf(RefineText.fold(pronoun));
        if (at <= 0) {
            return null;
        }
        String[] words = NON_WORD.split(said.sub(0, at).orig);
        for (int i = words.length - 1; i >= 0; i--) {
            if (!pluralNoun(words[i])) {
                continue;
            }
            // "mensajeros externos", "transporteurs externes": in French and Spanish the noun comes before its adjective
            while ((lang == Lang.FR || lang == Lang.ES) && i > 0 && pluralNoun(words[i - 1])) {
                i--;
            }
            String one = Inflector.singularWord(lang, afterApostrophe(words[i]));
            String oneFolded = RefineText.fold(one);
            boolean known = spec.entities().stream().anyMatch(e -> RefineText.fold(e.name()).equals(oneFolded)
                    || e.fields().stream().anyMatch(x -> RefineText.fold(x.label()).equals(oneFolded)));
            return known ? null : RefineText.capitalize(one);
        }
        return null;
    }

    /** True when the word is a plural noun ("lines", "socios", "Positionen"). */
    boolean pluralWord(String word) {
        return lex != null && pluralNoun(word);
    }

    /** "l'abonné" → "abonné": the word after an elided article. */
    private static String afterApostrophe(String word) {
        return word.substring(word.lastIndexOf('\'') + 1);
    }

    private boolean pluralNoun(String word) {
        String w = afterApostrophe(word);
        String f = RefineText.fold(w);
        if (f.length() < 4 || little(lex.articles, f) || little(lex.stopwords, f) || EmptyNames.empty(f) || NOT_PLURALS.contains(f)) {
            return false;
        }
        String one = Inflector.singularWord(lang, w);
        return one.length() >= 3 && !RefineText.fold(one).equals(f);
    }

    /** A kind said only by a pronoun: "one of them", "them", "those", "l'un d'eux", "uno de ellos", "einen davon". */
    private static final java.util.regex.Pattern STANDS_FOR = java.util.regex.Pattern.compile(
            "(?:(?:one|any|each|l'une?|une?|uno|una|cualquiera|einen?|einer|eines)\\s+)?(?:of\\s+|d'\\s*|de\\s+)?(?:them|those|these|it|eux|elles|ellos|ellas|davon|denen|ihnen)");

    String addEntity(String typed) {
        // "genau einer Besprechung", "l'une des offres": the kind, not how many of it
        String bare = AROUND_NAME.matcher(QUANTIFIED.matcher(typed).replaceAll("")).replaceAll("");
        String said = bare.isBlank() ? typed : RefineText.capitalize(bare);
        if (STANDS_FOR.matcher(RefineText.fold(said)).matches()) {
            // "… a table of stores (…) and have each return point to one of them": the kind this message made, not a kind called "Of them"
            String newest = spec.entities().stream().map(Entity::key).filter(k -> !originalEntities.contains(k)).reduce((a, b) -> b).orElse(null);
            if (newest != null) {
                return newest;
            }
        }
        // "we need a list of them (name, day rate, …)", "une table … rattachée à l'abonné": a pronoun or an elision names no
        // kind; the plural it stands for does
        String name = EmptyNames.empty(said) ? antecedent(said) : said;
        if (name == null) {
            throw new org.toolsmith.draft.DraftException("I could not tell which record kind \"" + said + "\" means; name it, "
                    + "for example \"add a list of suppliers with a name and a phone\".");
        }
        Entity existing = spec.entities().stream()
                .filter(e -> RefineText.fold(e.name()).equals(RefineText.fold(name))).findFirst().orElse(null);
        if (existing != null) {
            return existing.key();
        }
        Set<String> taken = new HashSet<>();
        spec.entities().forEach(e -> taken.add(e.key()));
        String key = Keys.fromLabel(name, "k", "record");
        if (Keys.RESERVED_ENTITY_KEYS.contains(key)) {
            key = key + "_item";
        }
        key = Keys.unique(key, taken);
        spec = spec.withEntity(Entity.of(key, name, Plurals.of(name), List.of()));
        changes.add("Added the record kind " + name + ".");
        lastEntity = key;
        lastField = null;
        return key;
    }

    private static final java.util.regex.Pattern INSTEAD = java.util.regex.Pattern.compile("\\binstead\\b");
    /** Gives a new kind a required Name when nothing else was listed for it. */
    void ensureField(String entityKey) {
        Entity e = entity(entityKey);
        if (e != null && e.fields().isEmpty()) {
            Field nameField = new Field("name", "Name", FieldType.TEXT, true, false, List.of(), null, false, null);
            spec = spec.mapEntity(entityKey, x -> x.withField(nameField));
        }
    }

    /** Removes a record kind; links to it elsewhere become plain text so that nothing typed is lost. */
    void removeEntity(String entityKey) {
        valueRemovedNow = true;
        Entity e = entity(entityKey);
        if (e == null || spec.entities().size() <= 1 || !originalEntities.contains(entityKey) || !RefineKindGuard.asked(this, e)) {
            // a kind this message made is never removed by it ("… eine eigene Liste …, das alte Textfeld Lagerort löschen"),
            // and in French, Spanish and German a kind goes only when the clause asks for it
            return;
        }
        spec = spec.withoutEntity(entityKey);
        changes.add("Removed the record kind " + e.name() + ".");
        for (Entity other : spec.entities()) {
            for (Field f : other.fields()) {
                if (f.type() == FieldType.REFERENCE && entityKey.equals(f.target())) {
                    spec = spec.mapEntity(other.key(), x -> x.mapField(f.key(), y -> y.withType(FieldType.TEXT)));
                    changes.add(f.label() + " in " + other.name() + " is now plain text.");
                }
            }
        }
    }

    /** A link from one kind to another, unless there is one already. */
    void link(String fromKey, String toKey) {
        link(fromKey, toKey, true);
    }

    /** The same, where the direction is known for sure ({@code mayTurn} false: the message's wording does not turn it). */
    void link(String fromKey, String toKey, boolean mayTurn) {
        Entity from = entity(fromKey);
        Entity to = entity(toKey);
        if (from == null || to == null) {
            return;
        }
        for (Field f : from.fields()) {
            if (f.type() == FieldType.REFERENCE && toKey.equals(f.target())) {
                already.add("Each " + from.name().toLowerCase(Locale.ROOT) + " already links to a " + to.name().toLowerCase(Locale.ROOT) + ".");
                mention(fromKey, f.key());
                return;
            }
        }
        if (mayTurn && LinkDirection.reversed(message, from, to)) {
            link(toKey, fromKey);
            return;
        }
        for (Field f : from.fields()) {
            // "instead of the dropdown" says what the link replaces, not that a field goes: the field becomes the link
            boolean dropsOld = message != null && RefineCues.REPLACE_OLD.matcher(INSTEAD.matcher(RefineText.fold(message)).replaceAll(" ")).find();
            if (!dropsOld && (f.type() == FieldType.TEXT || f.type() == FieldType.CHOICE) && (RefineText.fold(f.label()).equals(RefineText.fold(to.name())) || RefineText.fold(f.label()).equals(RefineText.fold(to.plural())))) {
                // a "Supplier" typed in by hand becomes the link to the suppliers: one field, not two
                setType(fromKey, f.key(), FieldType.REFERENCE, List.of(), toKey);
                return;
            }
        }
        Set<String> taken = new HashSet<>();
        from.fields().forEach(f -> taken.add(f.key()));
        // the typed field this message removed ("das bisherige Textfeld Gutachter darf raus") keeps its key: the link is another column
        original.entity(fromKey).ifPresent(o -> o.fields().forEach(f -> taken.add(f.key())));
        String key = Keys.unique(Keys.fromLabel(to.name(), "f", toKey), taken);
        if (Keys.SYSTEM_COLUMNS.contains(key)) {
            key = Keys.unique(key + "_value", taken);
        }
        Field f = new Field(key, to.name(), FieldType.REFERENCE, false, false, List.of(), toKey, false, null);
        spec = spec.mapEntity(fromKey, x -> x.withField(f));
        changes.add("Each " + from.name().toLowerCase(Locale.ROOT) + " now links to a " + to.name().toLowerCase(Locale.ROOT) + ".");
        mention(fromKey, key);
    }

    private static List<String> dedupe(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (out.stream().noneMatch(o -> o.equalsIgnoreCase(v))) {
                out.add(v);
            }
        }
        return out;
    }

    static String describe(Field f) {
        return switch (f.type()) {
            case CHOICE -> "one of " + String.join(", ", f.options());
            case MULTI_CHOICE -> "any of " + String.join(", ", f.options());
            case REFERENCE -> "a link to another record kind";
            case LONG_TEXT -> "long text";
            default -> f.type().json().replace('_', ' ');
        };
    }
}

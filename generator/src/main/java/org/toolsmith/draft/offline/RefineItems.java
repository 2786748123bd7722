package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Reads what a message asks to add ("who approved it and when", "the cost", "gift aid (yes/no)")
 * and adds the fields: a label from the person's words and a type from what the words say.
 */
final class RefineItems {
    /** Items are cut at commas and "and"; "il y a" ("s'il y a un digicode") holds no Spanish "y". */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*,\\s*(?:(?:and|or|et|ou|y|o|und|oder)\\s+)?|(?<!\\bil)\\s+(?:and|as well as|plus|et|y|und|e(?=\\s+h?[ií]))\\s+(?!(?:time|heure|hora|uhrzeit)\\b(?!\\s+(?:on|in|at|spent|taken|sur|passe|en|dedicada|vor)\\b))");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:also|too|then|please|just|maybe|perhaps|aussi|tambien|auch|noch|bitte|still|encore|ademas|todavia|aun|ausserdem|zusatzlich)\\s+)*"
                    + "(?:(?:a|an|the|some|their|its|his|her|our|my|your|new|extra|another|one more|a new|several|many|multiple|any|all|proper|separate|dedicated|simple|little|le|la|les|l'|un|une|des|du|de la|el|los|las|unos|unas|der|die|das|ein|eine|einen|einem|neue[nrs]?)\\s+)*"
                    + "(?:(?:field|column|box|place|spot|option|way|champ|colonne|campo|columna|feld|spalte)s?\\s+(?:for|to (?:record|note|put|enter|store|upload|attach|add)|where we (?:can )?(?:record|note|put|enter|upload)|called|named|pour|para|fur)\\s+(?:(?:a|an|the|their|its|le|la|les|el|los|las|den|die|das)\\s+)?)?");
    private static final Pattern TRAIL = Pattern.compile(
            "\\s+(?:field|column|box|champ|colonne|campo|columna|feld|spalte|too|as well|also|please|again|aussi|tambien|auch|bitte|por favor|porfa|stp|svp|s'il (?:te|vous) plait"
                    + "|erfassen|hinzufugen|aufnehmen|erganzen|speichern|notieren|festhalten|eintragen)$");
    private static final Pattern OWNER = Pattern.compile("^([\\w-]+)'s?\\s+");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*(?:\\([^)]*\\)|:.*)\\s*$");
    /** "counts for mugs", "numbers of chairs", "des compteurs pour les assiettes", "cantidades de sillas": a plural head of counting. */
    private static final Pattern COUNTS_FOR = Pattern.compile("^(?:(?:the|some|des|les|las|los|unos|unas)\\s+)?(?:counts|numbers|quantities|tallies|compteurs|nombres|quantites|contadores|cantidades|numeros|conteos)"
            + "\\s+(?:of|for|de|d'|des|du|pour|para|del?)\\s+(?:(?:the|les|la|le|los|las|el)\\s+|l')?(?=\\p{L})");
    private static final Pattern COUNT_OF = Pattern.compile("^(?:(?:the|a)\\s+)?(?:number|count|amount|total|nombre|numero|anzahl) (?:(?:of|de|der)\\s+|d'\\s*)");
    private static final Pattern SUBORDINATE_TAIL = Pattern.compile("\\s+(?:once|when|whenever|after|before|if|until|because|so that|so|in case|who usually|who normally|who mostly|that usually|which usually|lorsque|quand|une fois|cuando|una vez|wenn|sobald|nachdem)\\s.*$");
    private static final Pattern RELATIVE_FLAGS = Pattern.compile("\\s*,?\\s*(?:\\((?:(?:unique|required|mandatory|optional)(?:\\s*(?:,|and)\\s*)?)+\\)|(?:that|which|and)\\s+(?:must|should|has to|needs to|is to)\\s+(?:always\\s+)?be\\s+(?:unique|required|mandatory|filled in)(?:\\s+and\\s+(?:unique|required|mandatory))?)\\s*$");
    private static final Pattern FLAG_ITEM = Pattern.compile("^(?:unique|required|mandatory|compulsory|optional|not required|must be unique|is required|obligatoire|facultatif|facultative|optionnel(?:le)?|"
            + "obligatori[oa]|opcional|pflicht(?:feld)?|verpflichtend|eindeutig|unico|unica)$");
    /** The flag items that make a field optional ("optional", "facultatif", "opcional", "not required"). */
    private static final Pattern OPTIONAL_ITEM = Pattern.compile("^(?:optional|not required|facultati(?:f|ve)|optionnel(?:le)?|opcional)$");
    /** "… with Hardware, Software or Network", "… avec A, B ou C": the choices of the item before. */
    private static final Pattern WITH_VALUES = Pattern.compile(
            "\\s(?:with|avec|con|mit)\\s+(?:(?:the|les|las|los|den|die)\\s+)?(?:(?:options?|choices?|values?|valeurs?|choix|opciones|valores|optionen|werten)\\s*:?\\s+)?"
                    + "(?=[^,()]{1,30}(?:,\\s*[^,()]{1,30})*\\s(?:or|ou|o|oder)\\s[^,()]{1,30}$)");
    private static final Pattern PERSON_AGENT = Pattern.compile("^(\\S+(?:\\s+(?:off|up|in|out))?)\\s+(?:by|par|por|von)$");
    private static final Pattern SHARED_HEAD = Pattern.compile("(?:start|end|first|last|home|work|mobile|billing|shipping|delivery|pick-up|pickup|drop-off|arrival|departure|expected|actual|planned|minimum|maximum|min|max|internal|external|opening|closing|from|to|check-in|check-out)");
    private static final Pattern WH_LIST = Pattern.compile("^([\\w-]+(?:\\s+[\\w-]+)?)\\s*:\\s*((?:who|when|where|how much|how many)(?:\\s*(?:,|\\band\\b|&)\\s*(?:who|when|where|how much|how many))+)\\s*$");
    /** "quién la preparó": a pronoun stands for the thing done, the label keeps its plain form. */
    private static final Pattern CLITIC_DOER = Pattern.compile("^(?:quien|quienes)\\s+(?:lo|la|los|las|le|les|se)\\s.*");
    private static final Pattern LINKED_TO = Pattern.compile("^(?:and\\s+)?(?:linked|connected|tied|attached|belonging|that belongs?|which belongs?)\\s+to\\s+(?:an?\\s+|the\\s+|each\\s+|its\\s+|their\\s+)?([\\w' -]+)$");
    private static final Pattern FLAG_ADJECTIVE = Pattern.compile(
            "\\s?\\b(?:unique|uniques|unico|unica|eindeutige?[rns]?|mandatory|obligatoire|obligatori[oa]|required|optional|facultati(?:f|ve)|opcional)\\b\\s?");
    private static final Pattern FIELD_WORD = Pattern.compile(
            "^(?:(?:a|an|the|un|une|le|el|ein|das|den|einen)\\s+)?(?:new\\s+|nouveau\\s+|nuevo\\s+|neues\\s+)?(?:field|column|champ|colonne|campo|columna|feld|spalte)\\s+"
                    + "(?!for\\b|to\\b|where\\b|pour\\b|para\\b|fur\\b|de\\b|du\\b|des\\b|del\\b|called\\b|named\\b|with\\b|avec\\b|con\\b|mit\\b|in\\b|on\\b)");

    /** An item that opens with its own verb of knowing or a question word: the verb of the list ("upload") is not its. */
    private static final Pattern OWN_VERB = Pattern.compile("^(?:(?:to|de|d'|zu)\\s+)?(?:know|see|saber|ver|conocer|savoir|voir|connaitre|wissen|sehen|when|who|how|what|which|whether|cuando|quien|como|que|cual|si|quand|qui|comment|quel|quelle|wann|wer|wie|was|welche\\w*|ob)\\b");

    /** "also note which engineer authorised the job", "apuntar quién lo firmó", "erfassen, wer …": the verb of noting is not the field's name. */
    private static final Pattern NOTE_ASKED = Pattern.compile("^(?:(?:also|and|then|et|y|und|auch)\\s+)*(?:note(?:\\s+down)?|record|log|track|capture|keep track of|write down|noter|indiquer|preciser|apuntar|anotar|registrar|indicar"
            + "|notieren|erfassen|festhalten|vermerken)\\s+(?=(?:which|what|who|when|where|whether|if|how|quel\\w*|qui|quand|si|ou|comment|combien|quien|cuando|cual\\w*|donde|como|cuant\\w*"
            + "|welche\\w*|wer|wann|wo|wie|ob)\\b)");

    private RefineItems() {
    }

    /** Adds the fields a phrase lists to {@code entityKey} (or where the phrase says); returns whether any was added. */
    private static final Pattern MANY = Pattern.compile("(?i)\\s*[,(;–—-]?\\s*(?:(?:several|more than one|multiple|many|any number)(?: of them)? (?:can|may|could) (?:apply|be (?:picked|chosen|ticked|selected|checked))"
            + "|(?:there )?(?:can|could|may|might) be (?:more than one|several|multiple)(?: of them| at once| at a time)?"
            + "|(?:pick|choose|tick|select|check) (?:several|more than one|multiple|as many as needed)"
            + "|plusieurs (?:possibles|peuvent s'appliquer|choix possibles)|(?:on peut en )?(?:cocher|choisir) plusieurs"
            + "|(?:varios|varias) (?:posibles|pueden aplicarse)|(?:se pueden )?(?:marcar|elegir) (?:varios|varias)"
            + "|mehrere (?:moglich|möglich|auswahlbar|auswählbar)|mehrfachauswahl)\\s*\\)?");

    static boolean addAll(RefineSession s, RefineClause phrase, String entityKey, String verb) {
        phrase = new RefineClause(phrase.orig.replaceAll("(?i),?\\s+(?:yes or no|yes/no|y/n|oui ou non|si o no|ja oder nein)\\s*$", " (yes/no)"));
        phrase = PurposeTail.cut(s.lang, phrase); // "a storage location (…) so new staff know where to look": what it is for names nothing
        // "tags: urgent, client, internal (several can apply)": one field where several values can be ticked
        Matcher several = MANY.matcher(phrase.orig);
        boolean multi = several.find();
        if (multi) {
            phrase = new RefineClause((phrase.orig.substring(0, several.start()) + " " + phrase.orig.substring(several.end())).strip());
        } else if (SeveralValues.cut(phrase.orig) != null) {
            // "… - usually more than one", "— un enfant peut en avoir plusieurs": several values at once
            phrase = new RefineClause(SeveralValues.cut(phrase.orig));
            multi = true;
        }
        // "an estimate in hours, like 1.5 or 3", "le client, par exemple Acme": examples, not more fields
        phrase = new RefineClause(phrase.orig.replaceAll("(?i)\\s*[,(;–—-]\\s*(?:like|such as|e\\.?\\s?g\\.?|for example|for instance|par exemple|p\\.?\\s?ex\\.?|por ejemplo|p\\.?\\s?ej\\.?|zum beispiel|z\\.?\\s?b\\.?)(?=[\\s:])(?:(?!,?\\s+(?:and|et|y|und)\\s+(?:a|an|the|some|un|une|des|le|la|les|el|los|las|una|unos|ein|eine|einen|die|der|das)\\s).)*", ""));
        Matcher asked = phrase.match(WH_LIST);
        if (asked.find()) {
            // "the approval: who and when" → who approved, when approved
            String done = RefineVerbs.participle(RefineText.fold(asked.group(1)).replaceAll("^(?:the|a|an)\\s+", ""));
            List<String> parts = new ArrayList<>();
            for (String wh : asked.group(2).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (!wh.isBlank()) {
                    parts.add(wh.strip() + " " + done);
                }
            }
            phrase = new RefineClause(String.join(" and ", parts));
        }
        Matcher withValues = phrase.match(WITH_VALUES);
        if (withValues.find() && !phrase.text.contains(":")) {
            // "a category field with Hardware, Software or Network": the values of that field
            phrase = new RefineClause(phrase.sub(0, withValues.start()).orig + ": " + phrase.from(withValues.end()).orig);
        }
        boolean any = false;
        boolean first = true;
        String countOf = null;
        String lastVerb = s.lastVerb;
        RefineResolver.Scoped lead = RefineResolver.leadingScope(s, phrase);
        if (lead.entityKey() != null) {
            phrase = lead.phrase();
            entityKey = lead.entityKey();
        }
        List<RefineClause> listed = SharedHeads.refineItems(s.lang, TypeWordItem.merge(ValuesPastAside.join(split(phrase)))); // "Start- und Enddatum" // "la forma de pago, que nunca cuadra la caja: efectivo, tarjeta"
        listed = SharedHeads.refineDetails(s, listed); // two details sharing one head, each whole
        if (entityKey == null && listed.size() > 1) {
            // "the toner brand and the date of the next check on printers": the kind said at the end is every item's
            entityKey = RefineResolver.listTail(s, listed.get(listed.size() - 1));
        }
        ListItemGate.Run gate = new ListItemGate.Run(s.lang, listed);
        for (RefineClause whole : listed) {
            String alone = RefineResolver.scopeAlone(s, whole);
            if (alone != null) {
                // "…, et pour les salles, si elles ont un projecteur": the items after it go to that kind
                entityKey = alone;
                continue;
            }
            RefineResolver.Scoped itemLead = RefineResolver.leadingScope(s, whole);
            if (itemLead.entityKey() != null) {
                // "wer bestellt hat, und beim Lieferanten die Kundennummer": this item, and those after it, go to that kind
                whole = itemLead.phrase();
                entityKey = itemLead.entityKey();
            }
            if (!RefineText.quoted(whole.orig).isEmpty() && ChoiceListEdits.read(s, new RefineClause("add " + whole.orig))) {
                // "add 'Cancelled' to the statuses and a field for the reason": a quoted value for a list it names is no field
                any = true;
                continue;
            }
            boolean ownVerb = OWN_VERB.matcher(whole.text.strip()).find(); // "y saber la fecha …": its own verb, even once it is cut below
            whole = NameVerbs.strip(s.lang, whole); // "tutors to write a short report", "de savoir si …", "den Kurs mitschreiben": the thing written
            Matcher noted = whole.match(NOTE_ASKED);
            if (noted.find()) {
                whole = whole.from(noted.end()); // "and also note which engineer authorised the job": what is noted
            }
            if (!gate.admit(whole, first)) { // "…, das wiegen wir im Herbst, um zu sehen, ob …": the list has ended
                continue;
            }
            Matcher counts = whole.match(COUNTS_FOR);
            if (counts.find()) {
                String rest = whole.from(counts.end()).orig;
                String head = switch (s.lang) {
                    case FR -> rest.matches("(?i)^[aeiouyhàâéèêîôû].*") ? "nombre d'" : "nombre de ";
                    case ES -> "número de ";
                    default -> counts.group().matches("(?i).*\\b(?:numbers|quantities)\\b.*") ? "number of " : "count of ";
                };
                whole = new RefineClause(head + rest);
            }
            whole = WhetherValues.choice(whole); // "and whether it's for a celebration (birthday, other)": a choice of those
            if (whole.text.strip().matches(FLAG_ITEM.pattern()) && s.lastField != null && s.field(s.lastEntity, s.lastField) != null) {
                boolean unique = whole.text.contains("uni") || whole.text.contains("eindeutig");
                if (unique) {
                    s.setUnique(s.lastEntity, s.lastField, true);
                } else {
                    s.setRequired(s.lastEntity, s.lastField, !OPTIONAL_ITEM.matcher(whole.text.strip()).matches());
                }
                any = true;
                continue;
            }
            Matcher flags = whole.match(RELATIVE_FLAGS);
            String flagWords = null;
            if (flags.find() && flags.start() > 0) {
                flagWords = flags.group();
                whole = whole.sub(0, flags.start());
            }
            Matcher linked = whole.match(LINKED_TO);
            if (linked.find()) {
                // "…, linked to loans": a link from the kind being described
                Entity to = RefineResolver.entity(s, whole.group(linked, 1));
                String from = RefineResolver.targetEntity(s, entityKey);
                if (to != null && !to.key().equals(from)) {
                    s.link(from, to.key());
                    any = true;
                    continue;
                }
            }
            Matcher adjective = whole.match(FLAG_ADJECTIVE);
            if (adjective.find() && whole.text.split("\\s+").length > 1 && !whole.text.matches("^(?:whether|if|si|ob)\\b.*")
                    && !whole.sub(0, adjective.start()).text.matches(".*\\b(?:is|are|be|est|sont|etre|es|son|ser|ist|sind|sein)$")) {
                // "a unique reference number", "un numéro de référence unique"
                String word = adjective.group().strip();
                flagWords = (flagWords == null ? "" : flagWords) + (word.matches("uni.*|eindeutig.*") ? " unique"
                        : word.matches("optional|facultati.*|opcional") ? " optional" : " required");
                whole = new RefineClause((whole.sub(0, adjective.start()).orig + " " + whole.from(adjective.end()).orig).strip());
            }
            Matcher paren = whole.match(TRAILING_PAREN);
            RefineClause part = paren.find() && paren.start() > 0 ? whole.sub(0, paren.start()) : whole;
            String tail = part == whole ? "" : FieldLabelTrim.tail(s, " " + whole.from(paren.start()).orig.strip());
            FieldLabelTrim.Trimmed trimmed = FieldLabelTrim.trim(s, part);
            part = trimmed.words();
            RefineResolver.Scoped found = LinkedOwner.keep(s, part, RefineResolver.scope(s, part), entityKey); // "la factura del proveedor" on a hiring
            RefineResolver.Scoped owned = found.entityKey() == null ? FieldLabelTrim.owner(s, part, entityKey) : null;
            found = owned != null ? owned : found.entityKey() == null && trimmed.kind() != null ? new RefineResolver.Scoped(found.phrase(), trimmed.kind()) : found;
            found = entityKey == null && s.clauseEntity == null ? PronounKind.scope(s, QuestionKind.scope(s, found)) : found; // "whether the repair is under warranty": the kind the question names
            RefineResolver.Scoped scoped = new RefineResolver.Scoped(new RefineClause(found.phrase().orig + tail), found.entityKey());
            String target = RefineResolver.targetEntity(s, scoped.entityKey() != null ? scoped.entityKey() : entityKey);
            if (scoped.entityKey() == null && entityKey == null && s.clauseEntity == null && s.lastEntity == null) {
                target = RefineResolver.describedKind(s, target, scoped.phrase());
            }
            RefineClause words = BoxWords.plain(s, clean(scoped.phrase())); // "une case « payé »", "un campo para subir el carnet"
            Matcher owner = words.match(OWNER);
            if (owner.find()) {
                // "the booking's cost centre": the kind named as owner is where the field goes
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, owner.group(1));
                String said = scoped.entityKey() != null ? scoped.entityKey() : entityKey != null ? entityKey : s.clauseEntity;
                if (e != null && e.score() >= 0.99 && (said == null || said.equals(e.entity().key()))) {
                    target = e.entity().key();
                    words = words.from(owner.end());
                }
                // "the client's signature on each visit": the kind said as scope holds it, the owner stays in its label
            }
            if (words.isEmpty() || words.text.matches("^\\d.*") && !first) {
                continue;
            }
            if (countOf != null && words.text.matches("^(?:of|de|d'|del|der)\\s*[\\w-]+$")) {
                words = new RefineClause(words.orig.replaceFirst("^\\S+?(?:\\s+|(?<=')|(?<=’))", "")); // "le nombre d'assiettes et de bols"
            }
            if (countOf != null && words.text.matches("^[\\w-]+$") && RefineTypes.guess(s, words.orig) == FieldType.TEXT) {
                String head = countOf.strip().replaceAll("(?i)\\bd'$", "de");
                words = new RefineClause(head + " " + words.orig);
            }
            Matcher count = words.match(COUNT_OF);
            countOf = count.find() ? words.sub(0, count.end()).orig : null;
            first = false;
            // "add Crates as an integer", "un champ « Caisses » (entier)", "Llegada: fecha y hora": the type said after the name
            TypeNamePhrase.Cut typeSaid = TypeNamePhrase.tail(words);
            if (typeSaid != null) {
                words = typeSaid.rest();
            }
            if (ContactParts.add(s, words, target)) { // "an emergency contact (name + phone)": a field per detail
                any = true;
                continue;
            }
            if (addOption(s, words, target)) {
                any = true;
                continue;
            }
            words = FieldPhrase.of(s, words);
            if (words == null) {
                // "average them", "the insurance people asked for it": names nothing a field could hold
                continue;
            }
            List<RefineDescriber.Item> items = WhetherChoice.read(s, words);
            items = items != null ? items : RefineDescriber.describe(s, words, lastVerb, ownVerb || OWN_VERB.matcher(whole.text.strip()).find() ? null : verb); // "subir la factura y saber cuándo vence": its own verb
            String v = RefineVerbs.verbOf(words);
            for (RefineDescriber.Item item : items) {
                Matcher agent = PERSON_AGENT.matcher(item.label());
                if (item.type() == FieldType.PERSON && agent.find() && (v == null || agent.group(1).toLowerCase(java.util.Locale.ROOT).startsWith(v + " "))) {
                    // "who signed it off": the verb with its particle, so "and when" is "Date signed off"
                    // "qui a validé" → "Validé par": "et quand" is then "Validé le"
                    v = agent.group(1).toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (v != null) {
                lastVerb = v;
                s.lastVerb = v;
            }
            for (RefineDescriber.Item item : items) {
                if (item.label().isBlank() || item.label().length() > 120 || FieldPhrase.fragment(s, item.label())
                        || item.type() != FieldType.BOOLEAN && !item.label().equals(s.whenMade) && ChatterClause.remark(s.lang, item.label())) {
                    continue;
                }
                FieldType type = FieldLabelTrim.typed(multi && item.type() == FieldType.CHOICE ? FieldType.MULTI_CHOICE : item.type(), trimmed.unitType());
                List<String> options = item.options();
                if (typeSaid != null && items.size() == 1 && item.type() != FieldType.REFERENCE) {
                    type = typeSaid.said().type();
                    options = !type.hasOptions() ? List.of() : typeSaid.said().options().isEmpty() ? options : typeSaid.said().options();
                }
                // a yes/no field is named by its question ("Hay que volver"); any other by a noun phrase
                String said = item.label();
                if (item.type() == FieldType.PERSON && scoped.entityKey() != null && !CLITIC_DOER.matcher(words.text).matches()) {
                    // "quién dirige cada sesión": the kind cut off as scope is the thing done, the label agrees with it
                    String kind = s.spec.entity(scoped.entityKey()).map(e -> new RefineClause(e.name()).text).orElse("");
                    said = RefineVerbs.agreeWithObject(s.lang, said, "- cada " + kind);
                }
                String named = type == FieldType.BOOLEAN ? said : RefineLabels.nounPhrase(s.lang, said);
                if (named == null) {
                    // "se imparte varias veces al año", "am besten als Zahl": a fragment of the sentence, never a field
                    continue;
                }
                String key = s.addField(target, named, type, options, item.target());
                if (flagWords != null) {
                    if (flagWords.contains("unique")) {
                        s.setUnique(target, key, true);
                    }
                    if (flagWords.matches("(?s).*(?:required|mandatory|filled).*")) {
                        s.setRequired(target, key, true);
                    }
                    if (flagWords.contains("optional")) {
                        s.setRequired(target, key, false);
                    }
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The items of a list, cut at commas and "and" outside parentheses; values after a colon belong to
     * the last item ("who reported it and their relationship: parent, carer, other").
     */
    static List<RefineClause> split(RefineClause phrase) {
        List<RefineClause> out = new ArrayList<>();
        int colon = phrase.text.indexOf(':');
        int limit = colon > 0 ? colon : phrase.text.length();
        Matcher m = phrase.match(SPLIT);
        int start = 0;
        while (m.find() && m.start() < limit) {
            if (insideParentheses(phrase.text, m.start()) || pairInWhether(phrase.text, start, m)) {
                continue;
            }
            if (m.start() > start) {
                out.add(phrase.sub(start, m.start()));
            }
            start = m.end();
        }
        if (start < phrase.text.length()) {
            out.add(phrase.from(start));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            // "start and end dates", "first and last name": the head belongs to both
            String one = out.get(i).text.strip();
            String[] next = out.get(i + 1).text.strip().split("\\s+");
            if (SHARED_HEAD.matcher(one).matches() && next.length == 2 && SHARED_HEAD.matcher(next[0]).matches()) {
                String head = out.get(i + 1).orig.strip().split("\\s+")[1];
                String singular = RefineAdditions.singular(head);
                out.set(i, new RefineClause(out.get(i).orig.strip() + " " + singular));
                out.set(i + 1, new RefineClause(out.get(i + 1).orig.strip().split("\\s+")[0] + " " + singular));
            }
        }
        return out;
    }

    /** A yes/no question begun in this item: "whether …", "if …", "si …", "ob …". */
    private static final Pattern WHETHER_OPEN = Pattern.compile("(?:^|\\s)(?:whether|if|si|s'|ob)\\s");
    /** A word after "and" that opens a thing or a question of its own: "and the date", "and how many", "and whether", "and by whom". */
    private static final Pattern OWN_START = Pattern.compile("^(?:by whom|par qui|von wem|the|a|an|any|some|its|their|his|her|our|whether|if|who|when|how|what|which|where|why|it|they|he|she|we|there|"
            + "le|la|les|l|un|une|des|du|son|sa|ses|leur|leurs|si|qui|quand|combien|quel\\w*|ou|pourquoi|il|ils|elle|elles|on|"
            + "el|los|las|una|unos|unas|su|sus|quien|cuando|cuant\\w*|que|donde|por|"
            + "der|die|das|den|dem|ein|eine|einen|sein|seine|ihr|ihre|ob|wer|wann|wie|wo|welche\\w*|warum|es|sie|er)\\b");
    /** A past participle: "washed and vacuumed" may be two yes/no questions. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:ed|ado|ada|ido|ida|ados|adas|idos|idas)$|^ge\\p{L}+t$");

    /**
     * "whether the hirer wants tables and chairs set out", "if they need a projector and screen": two nouns joined inside one
     * yes/no question are one thing asked about, not two fields. Not before a word that opens its own item ("and the date",
     * "and how many …", "and whether …"), nor between participles ("washed and vacuumed").
     */
    private static boolean pairInWhether(String text, int start, Matcher at) {
        if (!at.group().strip().matches("and|et|y|und") || !WHETHER_OPEN.matcher(text.substring(start, at.start())).find()) {
            return false;
        }
        String after = text.substring(at.end());
        String[] before = text.substring(start, at.start()).strip().split("\\s+");
        String next = after.split("[\\s,.;:!?]+", 2)[0];
        return !next.isEmpty() && next.chars().allMatch(Character::isLetter) && !OWN_START.matcher(after).find()
                && !PARTICIPLE.matcher(next).find() && !PARTICIPLE.matcher(before[before.length - 1]).find();
    }

    static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static RefineClause clean(RefineClause c) {
        RefineClause out = c;
        for (int i = 0; i < 3; i++) {
            Matcher lead = out.match(LEAD);
            if (lead.find() && lead.end() > 0) {
                out = out.from(lead.end());
            }
            Matcher trail = out.match(TRAIL);
            if (trail.find()) {
                out = out.sub(0, trail.start());
            }
        }
        Matcher fieldWord = out.match(FIELD_WORD);
        if (fieldWord.find() && fieldWord.end() < out.text.length()) {
            // "champ catégorie", "Feld Abteilung": the word for "field" is not part of the name
            out = out.from(fieldWord.end());
        }
        String text = out.orig.replaceAll("[.!?;]+$", "").replaceAll("(?i)\\s+(?:too|as well|also)(?=\\s*[:(])", "")
                .replaceAll("(?i)\\s+(?:afterwards|later|now|again|first|any more|anymore)$", "");
        RefineClause cleaned = new RefineClause(text);
        int colon = cleaned.text.indexOf(':');
        RefineClause head = colon > 0 ? cleaned.sub(0, colon) : cleaned;
        String tail = colon > 0 ? cleaned.from(colon).orig : "";
        Matcher sub = head.match(SUBORDINATE_TAIL);
        if (!head.text.contains("(") && sub.find() && sub.start() > 0 && !head.sub(0, sub.start()).text.matches("(?:by|until|from|since|and|or)")) {
            // "the condition when it comes back: fine, broken": the condition, with its choices
            return new RefineClause(head.sub(0, sub.start()).orig + (tail.isEmpty() ? "" : " " + tail));
        }
        return cleaned;
    }

    /** "an Urgent priority": a new value for a choice field the kind already has. */
    private static boolean addOption(RefineSession s, RefineClause words, String entityKey) {
        Entity e = s.entity(entityKey);
        if (e == null) {
            return false;
        }
        for (Field f : e.fields()) {
            if (!f.type().hasOptions()) {
                continue;
            }
            String label = RefineText.fold(f.label());
            String text = words.text;
            for (String name : List.of(label, RefineText.fold(org.toolsmith.spec.Plurals.of(f.label())))) {
                if (text.endsWith(" " + name) && text.length() > name.length() + 1) {
                    String value = words.sub(0, text.length() - name.length()).orig.strip();
                    String v = RefineText.label(value);
                    // "fecha de resolución", "date of approval": the field's name after a preposition is a modifier of a new thing, not a value
                    if (!v.isEmpty() && !RefineText.fold(v).matches("(?:new|another|second|separate|proper|extra|different|other|more)")
                            && !RefineText.fold(v).matches(".*\\b(?:of|for|de|del|du|des|d'|der|des|von|vom|zur|zum|para|pour|fur)$")) {
                        s.addOptions(e.key(), f.key(), RefineText.values(v));
                        return true;
                    }
                }
            }
        }
        return false;
    }

}

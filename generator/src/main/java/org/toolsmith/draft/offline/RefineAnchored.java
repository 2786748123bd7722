package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * The mention-anchored reader: when no sentence shape fits a clause, it finds what the clause
 * names in the spec ({@link RefineMentions}) and reads the intent from cue words around it
 * ({@link RefineCues}), whatever the order of the words: "nobody has looked at the fax in years,
 * take it out", "quantity must accept values like 2.5", "Low/High isn't enough, we also need Critical".
 */
final class RefineAnchored {
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|them|that one|this one|le|la|les|lo|los|las|es|sie|ihn)\\b|\\bl'(?=\\w)|\\w(?:lo|la|los|las)\\b");
    private static final Pattern FILE_VERB = RefineText.p("\\b(?:attach\\w*|upload\\w*|joindre|joint|televers\\w*|adjunt\\w*|subir\\w*|anhang\\w*|hochlad\\w*)\\b");
    /** "we receive the quote as a PDF", "le fournisseur envoie le devis en PDF": what arrives is the file. */
    private static final Pattern RECEIVED = RefineText.p("\\b(?:receive|receives|received|get|gets|got|sends?(?: us)?|sending(?: us)?|sent(?: us)?|recoit|recevons|recoivent|envoie(?:nt)?(?: nous)?|recibimos|recibe|recibe[mn]|manda[n]?(?: nos)?|envia[n]?(?: nos)?|bekommen|erhalten|schickt(?: uns)?|schicken(?: uns)?)\\s+"
            + "(?:us\\s+|nous\\s+)?(?:the|a|an|their|le|la|les|l'|un|une|sa|son|ses|el|la|los|las|un|una|su|das|die|den|der|ein|eine|einen|ihr|ihre)?\\s*([\\w' -]+?)\\s+(?:as|by|in|on|en|par|sur|por|como|en|als|per|via|from|du|de la|des|del|vom|von|uber|auf)\\b");
    private static final Pattern VALUES = Pattern.compile("(?::\\s*([^:]+)$|\\(([^)]+)\\)|\\b(?:[Oo]ne of|[Ee]ither|parmi|l'une? de|uno de|una de|einer von|eine von|eins von)\\s+(\\p{Lu}[^:]+)$)");
    /** Words that are never a choice value of their own. */
    private static final Set<String> NOT_VALUE = RefineText.set(
            "we", "i", "you", "they", "it", "is", "are", "be", "was", "isn't", "aren't", "enough", "not", "also", "too", "need", "needs", "want", "add",
            "missing", "from", "in", "on", "to", "the", "a", "an", "of", "for", "as", "well", "and", "or", "but", "one", "ones", "option", "options",
            "value", "values", "choice", "choices", "another", "new", "please", "there", "should", "must", "have", "has", "only", "just", "list",
            "il", "faut", "aussi", "manque", "ajoute", "ajouter", "dans", "les", "le", "la", "des", "du", "de", "un", "une", "pas", "assez", "nous", "on",
            "valeur", "choix", "y", "en", "el", "los", "las", "falta", "tambien", "anade", "anadir", "opcion", "necesitamos", "no", "basta", "es", "con",
            "auch", "noch", "fehlt", "fehlen", "beim", "bei", "im", "in", "der", "die", "das", "den", "dem", "wir", "brauchen", "reicht", "nicht", "wert", "mit",
            "status", "statuses", "it's", "c'est", "est", "il", "sont", "son", "ist", "sind", "und", "et", "oder", "ou", "o", "plus", "more", "extra",
            "ne", "suffit", "suffisent", "nous", "vous", "pour", "a", "le", "aux", "au", "basta", "para", "la", "al", "le", "lo", "reicht", "genugt", "fur", "uns",
            "zu", "de", "del", "des", "une", "un", "una", "uno", "ein", "eine", "einen", "we'd", "we're", "also", "should", "could", "can", "have", "got",
            "level", "levels", "niveau", "nivel", "stufe", "kind", "type", "doit", "devrait", "debe", "deberia", "soll", "sollte", "aussi", "tambien", "auch", "already", "deja", "ya", "schon", "only", "seulement", "solo", "nur");

    private static final Pattern DESCRIBES = RefineText.p("\\b(?:know|see|record|track|note|savoir|connaitre|saber|conocer|wissen|sehen)\\s+(?:who|when|how|whether|what|which|if|qui|quand|combien|comment|si|quien|cuando|cuanto|como|wer|wann|wie|ob|welche)\\b");
    private static final Pattern ADDITIVE = RefineText.p("\\b(?:also|too|as well|another|new|extra|additional|aussi|egalement|nouve\\w+|tambien|nuev[oa]s?|auch|noch|neue[nrs]?)\\b");
    /** "what's still missing: was the risk reassessed?": a yes/no question after the colon asks for a field, not for values. */
    private static final Pattern ASKED_AFTER = Pattern.compile("\\b(?:missing|lacking|manque|falta|fehlt|fehlen)\\s*:?\\s+(?:was|were|has|have|had|did|does|est-ce que|a-t-on|wurde|wurden|hat|haben|wird|werden|war|waren|se ha|se han|ha sido|fue)\\b");
    private static final Pattern SHORT_OF = RefineText.p("\\b(?:missing|not enough|isn't enough|aren't enough|besides|as well as|on top of|pas assez|manque\\w*|ne suffi\\w+ pas|no basta\\w*|falta\\w*|no (?:es|son) suficiente\\w*|reicht nicht|reichen nicht|fehlt|fehlen|genugt nicht)\\b");

    private static final Pattern NOT_ENOUGH = RefineText.p("\\b(?:not enough|isn't enough|aren't enough|is not enough|are not enough|ne suffi\\w* pas|pas assez|no basta\\w*|no (?:es|son) suficiente\\w*|reicht nicht|reichen nicht|genugt nicht|genugen nicht)\\b");

    private static final Pattern ONE_OF = RefineText.p("\\b(?:one of (?:the|our)|l'une? de (?:nos|nos|ces)|l'une? des|une? des|uno de (?:los|nuestros)|una de (?:las|nuestras)|einer? (?:der|unserer)|einem (?:der|unserer))\\s+([\\w' -]+?)\\s*(?:[,.;!?]|$|\\s+(?:since|because|as|so|parce|car|porque|ya|weil|da|denn)\\b)");

    private static final Pattern RENAME_FIELD = RefineText.p("\\b(?:call it|name it|label it|rename it(?: to| as)?|should be called|should be named|should be labelled|appelle[rz]?-le|appelle[rz]?-la|renomme[rz]?-le|renomme[rz]?-la|devrait s'appeler|llamalo|llamala|deberia llamarse|nenn (?:es|ihn|sie)|sollte .{0,20}heissen)\\s+");

    private static final Pattern LINKED_TO_NEW = RefineText.p(
            "\\b(?:charged|billed|assigned|allocated|linked|tied|attached|booked|rattache\\w*|affecte\\w*|impute\\w*|lie\\w*|asignad\\w*|imputad\\w*|vinculad\\w*|ligad\\w*|asociad\\w*|relacionad\\w*|zugewiesen|verknupft)"
                    + "\\s+(?:to|a|al|an|zu|mit)?\\s*(?:a|an|one|un|une|una|uno|einem|einer|einen|ein|eine)\\s+([\\w-]+(?:\\s+(?!with|avec|con|mit|and|et|y|und|since|because)[\\w-]+)?)"
                    + "|\\b(?:einem|einer|einen)\\s+([\\w-]+)\\s+(?:zugeordnet|zugewiesen|zuordnen)");

    private static final Pattern WITH_AFTER = Pattern.compile("\\b(?:with|avec|con|mit)\\s+(.+)$");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\(([^()]+,[^()]+)\\)");

    private static final Pattern SWAP = RefineText.p("^(?:please\\s+)?(?:change|replace|swap|rename|cambia|reemplaza|sustituye|renombra|remplace|change|renomme|ersetze|ersetzt|tausche|andere|aendere)\\b"
            + ".*\\s(?:with|by|for|to|into|por|con|par|en|pour|durch|gegen|in|zu)\\s");

    private RefineAnchored() {
    }

    /** "the meetings are going, we don't need that whole part": the kind, not the link to it. */
    static boolean wholeKind(RefineSession s, RefineClause c) {
        if (!RefineCues.REMOVE.matcher(c.text).find() || s.spec.entities().size() < 2
                || !RefineCues.WHOLE_KIND.matcher(s.message == null ? c.text : RefineText.fold(s.message)).find()) {
            return false;
        }
        RefineMentions m = RefineMentions.of(s, c);
        if (m.kinds.isEmpty()) {
            return false;
        }
        RefineMentions.Hit f = m.best();
        if (f != null && f.field().type() != FieldType.REFERENCE && f.full()) {
            return false;
        }
        s.removeEntity(m.kinds.get(0).entity().key());
        return true;
    }

    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*\\p{Ll}[^)]*\\)");
    /** "- name, species and enclosure -": what a thing is made of, set off by dashes or after a dash at the end (two or more parts). */
    static final Pattern DASHED = Pattern.compile("\\s[-–—]\\s+(\\p{L}[^-–—()]*?(?:,|\\s(?:and|et|y|und)\\s)[^-–—()]*?)(?:\\s+[-–—](?:\\s|$)|\\s*[.!?]?\\s*$)");

    /** "make the supplier a proper list and let each item pick one": before any other reading of the clause. */
    static boolean ownList(RefineSession s, RefineClause c) {
        if (!RefineCues.OWN_LIST.matcher(c.text).find() || c.text.matches(".*\\b(?:with|avec|con|mit)\\b.*")) {
            // "their own list with name, email and phone": the kind readers list its fields
            return false;
        }
        if (BRACKETED.matcher(c.orig).find()) {
            // "a proper freezer list (name and temperature)" names no field whole: the kind readers make it
            return false;
        }
        Matcher dashed = DASHED.matcher(c.orig);
        String parts = dashed.find() ? dashed.group(1) : null;
        RefineClause head = parts == null ? c : new RefineClause(c.orig.substring(0, dashed.start()));
        Matcher own = RefineCues.OWN_LIST.matcher(c.text);
        int colon = c.text.indexOf(':');
        if (parts == null && colon > 0 && own.find() && own.start() < colon && RefineText.values(c.from(colon + 1).orig).size() >= 2) {
            // "have the animals as a proper list: name, species and enclosure"
            parts = c.from(colon + 1).orig;
            head = c.sub(0, colon);
        }
        // the field is named before the parts: "a proper list of sites: name and …" is about the site, not a Name
        RefineMentions.Hit field = RefineMentions.of(s, head).best();
        if (field == null) {
            return false;
        }
        if (!ownList(s, c, field, parts != null)) {
            return false;
        }
        if (parts != null) {
            // "the animals as a proper list - name, species and enclosure - and …": the new kind's fields
            RefineItems.addAll(s, new RefineClause(parts), s.made, null);
        }
        s.ensureField(s.made);
        return true;
    }

    /** "the status should be a list to pick from: New, Quoted, Done": a choice with its values. */
    static boolean listedChoice(RefineSession s, RefineClause c) {
        if (!RefineCues.LIST.matcher(c.text).find() || listed(c).size() < 2 || c.text.matches("^(?:add|ajout\\w*|anad\\w*|agreg\\w*|fug\\w*)\\b.*")
                || RefineCues.OWN_LIST.matcher(c.text).find() || c.text.matches(".*\\b(?:proper|own|separate|propre|propia|eigene)\\b.*")
                || c.orig.matches(".*\\(\\s*\\p{Ll}[^)]*\\).*")) {
            // "a proper freezer list (name and temperature)": a kind with its fields, not a choice
            return false;
        }
        RefineClause head = c.sub(0, Math.max(c.text.indexOf(':'), c.text.indexOf('(')) < 0 ? c.text.length() : Math.max(c.text.indexOf(':'), c.text.indexOf('(')));
        RefineMentions.Hit field = RefineMentions.of(s, head).best();
        if (field == null || field.field().type() == FieldType.REFERENCE) {
            return false;
        }
        List<String> values = listed(c);
        boolean multi = RefineCues.MULTI.matcher(c.text).find();
        s.setType(field.entity().key(), field.field().key(), multi ? FieldType.MULTI_CHOICE : FieldType.CHOICE, values, null);
        return true;
    }

    private static final Pattern PICK_ONE = RefineText.p("\\b(?:each|every|chaque|cada|jede[rsmn]?)\\s+([\\w-]+)\\s+(?:\\w+\\s+){0,3}?"
            + "(?:pick|picks|choose|chooses|select|selects|get|gets|choisi\\w*|prend\\w*|elig\\w*|escoj\\w*|seleccion\\w*|wahl\\w*|auswahl\\w*|bekommt)\\b"
            + "(?:\\s+(?:one|it|them|one of them|from it|from them|l'une?|l'un d'eux|un|une|uno|una|eine[ns]?|daraus|davon))?\\s*(?:from (?:it|them|that list|the list))?(?:[\\s.;,!?]*$|\\s*[,;.]|\\s+(?:and|then|et|puis|y|und|dann)\\b)");

    private static final String PICK_VERB = "(?:pick|choose|select|say|indicate|choisir|choisi\\w*|indiquer|indique\\w*|selectionner|elegir|elig\\w*|escoger|seleccionar|indicar|indique\\w*|"
            + "auswahlen|auswahl\\w*|wahlen|angeben)";
    private static final String EACH = "(?:each|every|chaque|cada|jede[rsmn]?)";
    /** A pick verb, then the kind that picks: "pick which one is working on each request", "choisir le traducteur sur chaque commande". */
    private static final Pattern PICK_EACH = RefineText.p("\\b" + PICK_VERB + "\\b(?:(?![.;!?]).){0,50}?\\b" + EACH + "\\s+([\\w-]+)");
    /** The kind that picks, then the verb: "que en cada reparación se indique en qué taller", "each job says which carrier". */
    private static final Pattern EACH_SAYS = RefineText.p("\\b" + EACH + "\\s+([\\w-]+)\\s+(?:[\\w']+\\s+){0,3}?(?:says|shows|pick|picks|choose|chooses|select|selects|indique\\w*|indica|sagt|zeigt|" + PICK_VERB + ")\\b");
    private static final Pattern WHICH_ONE = RefineText.p("\\b(?:which one|one of them|from (?:it|them|that list|the list)|lequel|laquelle|l'une?|cual|daraus|davon|welche[nrs]?)\\b");

    /** Whether the clause names the kind just made, or stands for it ("which one", "daraus"). */
    private static boolean namesMade(RefineSession s, RefineClause c, String made) {
        if (WHICH_ONE.matcher(c.text).find()) {
            return true;
        }
        org.toolsmith.spec.Entity e = s.entity(made);
        List<String> words = RefineMatcher.words(e.name());
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        return RefineText.stems(c.text).stream().anyMatch(w -> RefineText.sameWord(w, RefineText.stem(head)));
    }

    /** "… and let each sample pick one": a link from that kind to the kind just made. */
    static boolean pickOne(RefineSession s, RefineClause c) {
        Matcher m = c.match(PICK_ONE);
        String made = s.made != null ? s.made : s.spec.entities().stream().map(org.toolsmith.spec.Entity::key).filter(k -> !s.originalEntities.contains(k))
                .reduce((a, b) -> b).orElse(null);
        if (made == null) {
            return false;
        }
        if (!m.find()) {
            // "… and to pick which one is working on each request", "en cada reparación se indique en qué taller se hizo"
            m = c.match(PICK_EACH);
            if (!m.find()) {
                m = c.match(EACH_SAYS);
                if (!m.find()) {
                    return false;
                }
            }
            if (!namesMade(s, c, made)) {
                return false;
            }
        }
        var from = RefineResolver.entity(s, c.group(m, 1));
        if (from == null || from.key().equals(made)) {
            return false;
        }
        s.link(from.key(), made);
        return true;
    }

    static boolean read(RefineSession s, RefineClause c) {
        if (DESCRIBES.matcher(c.text).find()) {
            // "I'd like to know who cancelled it and when": new fields, for the describer
            return false;
        }
        RefineMentions m = RefineMentions.of(s, c);
        RefineMentions.Hit field = m.best();
        if (field == null && (s.context || PRONOUN.matcher(c.text).find()) && s.last() != null) {
            var last = s.last();
            field = new RefineMentions.Hit(last.entity(), last.field(), 1, 0, true);
        }
        String t = c.text;
        if ((field == null || !field.full()) && PRONOUN.matcher(t).find() && FILE_VERB.matcher(t).find()) {
            // "we receive the quote as a PDF; we need to attach it": a file field for what arrives
            for (RefineClause where : new RefineClause[] {c, s.previous}) {
                Matcher got = where == null ? null : where.match(RECEIVED);
                if (got == null || !got.find()) {
                    continue;
                }
                RefineClause object = where.group(got, 1);
                RefineMatcher.FieldRef known = RefineResolver.field(s, object);
                if (known != null && known.score() >= 0.99) {
                    s.setType(known.entity().key(), known.field().key(), FieldType.FILE, List.of(), null);
                    return true;
                }
                String label = RefineText.label(object.orig);
                if (!label.isBlank() && label.split("\\s+").length <= 4) {
                    s.addField(RefineResolver.targetEntity(s, null), label, FieldType.FILE, List.of(), null);
                    return true;
                }
            }
        }
        if (field == null && PRONOUN.matcher(t).find() && RefineCues.REMOVE.matcher(t).find()
                && s.lastField != null && s.lastEntity != null && s.field(s.lastEntity, s.lastField) == null) {
            // "…, take it out" after the field was already removed by the clause before
            return true;
        }
        if (m.kinds.size() >= 2 && RefineCues.LINK.matcher(t).find()) {
            RefineMentions.Kind from = m.subjectKind(c);
            RefineMentions.Kind to = m.kinds.stream().filter(k -> k != from).findFirst().orElse(null);
            if (from != null && to != null) {
                s.link(from.entity().key(), to.entity().key());
                return true;
            }
        }
        Matcher to = LINKED_TO_NEW.matcher(t);
        if (m.kinds.size() == 1 && to.find()) {
            // "each claim should be charged to a project, with a code and a budget": a new kind and the link
            RefineClause noun = c.group(to, to.group(1) != null ? 1 : 2);
            RefineMentions.Kind from = m.subjectKind(c);
            String name = RefineText.capitalize(s.singular(RefineText.label(noun.orig)));
            if (from != null && RefineResolver.entity(s, noun) == null && RefineResolver.field(s, noun) == null && !c.match(WITH_AFTER).find() && !c.match(BRACKET_AFTER).find()
                    && noun.text.indexOf(' ', noun.text.indexOf(' ') + 1) < 0 && RefineTypes.guess(s, noun.orig) == FieldType.PERSON) {
                // "jede Lieferung einem Fahrer zuordnen": a driver is a person from the directory, not a new list
                s.addField(from.entity().key(), RefineText.label(noun.orig), FieldType.PERSON, List.of(), null);
                return true;
            }
            if (from != null && !RefineCues.PERSON.matcher(noun.text).find() && RefineResolver.entity(s, noun) == null
                    && RefineMatcher.words(name).stream().noneMatch(w -> RefineMatcher.words(from.entity().name()).stream().anyMatch(x -> RefineText.sameWord(w, x)))) {
                String key = s.addEntity(name);
                Matcher with = WITH_AFTER.matcher(c.text);
                Matcher bracket = BRACKET_AFTER.matcher(c.text);
                if (with.find()) {
                    RefineItems.addAll(s, c.group(with, 1), key, null);
                } else if (bracket.find(to.end())) {
                    // "Jeder Auftrag muss einem Standort zugeordnet werden (Name, Adresse, Leiter)": its fields in brackets after the verb
                    RefineItems.addAll(s, c.group(bracket, 1), key, null);
                }
                s.ensureField(key);
                s.link(from.entity().key(), key);
                s.mention(key, null);
                return true;
            }
        }
        Matcher oneOf = ONE_OF.matcher(t);
        if (m.kinds.size() == 1 && RefineCues.LINK.matcher(t).find() && oneOf.find()) {
            // "each expense should be charged to one of the cost centres": a list of them, and the link
            String name = RefineText.capitalize(s.singular(RefineText.label(c.group(oneOf, 1).orig)));
            RefineMentions.Kind from = m.kinds.get(0);
            if (!name.isBlank() && name.split("\\s+").length <= 3 && RefineMatcher.words(name).stream()
                    .noneMatch(w -> RefineMatcher.words(from.entity().name()).stream().anyMatch(x -> RefineText.sameWord(w, x)))) {
                String key = s.addEntity(name);
                s.ensureField(key);
                s.link(from.entity().key(), key);
                return true;
            }
        }
        if (field != null && RefineCues.OWN_LIST.matcher(t).find() && ownList(s, c, field)) {
            return true;
        }
        Matcher rename = RENAME_FIELD.matcher(t);
        if (field != null && rename.find() && field.at() < RefineMentions.wordIndex(t, rename.start())) {
            // "the assignee field is named confusingly, call it Owner"
            List<String> q = RefineText.quoted(c.from(rename.end()).orig);
            String name = q.isEmpty() ? RefineText.label(c.from(rename.end()).orig.replaceAll("[,;.!?].*$", "")) : q.get(0);
            if (!name.isBlank() && name.split("\\s+").length <= 4) {
                s.rename(field.entity().key(), field.field().key(), RefineText.capitalize(name));
                return true;
            }
        }
        Matcher req = RefineCues.REQUIRED.matcher(t);
        boolean optional = RefineCues.OPTIONAL.matcher(t).find();
        boolean required = req.find();
        if (field != null && (required || optional)) {
            int cue = required ? req.start() : 0;
            boolean negated = optional || RefineCues.NEGATION.matcher(t.substring(Math.max(0, cue - 30), cue)).find();
            RefineMentions.Hit near = required ? WithoutField.or(s, m, c, nearest(m, field, c, cue)) : field;
            int stretch = RefineMentions.wordIndex(c.text, Math.max(0, Math.max(t.lastIndexOf(',', cue), Math.max(t.lastIndexOf(';', cue), t.lastIndexOf('.', cue)))));
            int cueWord = RefineMentions.wordIndex(c.text, cue);
            List<RefineMentions.Hit> before = m.fields.stream().filter(h -> h.full() && h.at() >= stretch && h.at() < cueWord).toList();
            for (RefineMentions.Hit h : required && before.size() >= 2 ? before : near == field ? sameStrength(m, field) : List.of(near)) {
                s.setRequired(h.entity().key(), h.field().key(), !negated);
            }
            return true;
        }
        Matcher removal = RefineCues.REMOVE.matcher(t);
        if (removal.find()) {
            field = nearest(m, field, c, removal.start());
            RefineMentions.Kind kind = m.kinds.isEmpty() ? null : m.kinds.get(0);
            boolean whole = kind != null && (field == null || RefineCues.WHOLE_KIND.matcher(t).find()
                    || field.field().type() == FieldType.REFERENCE && kind.entity().key().equals(field.field().target()));
            if (whole && s.spec.entities().size() > 1) {
                s.removeEntity(kind.entity().key());
                return true;
            }
            if (field != null && !field.weak()) {
                s.removeField(field.entity().key(), field.field().key());
                return true;
            }
        }
        int typeCue = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {RefineCues.DECIMAL, RefineCues.WHOLE, RefineCues.MULTI, RefineCues.FILE, RefineCues.PERSON, RefineCues.LONG, RefineCues.BOOLEAN}) {
            Matcher x = p.matcher(t);
            if (x.find()) {
                typeCue = Math.min(typeCue, x.start());
            }
        }
        RefineMentions.Hit first = field;
        field = typeCue == Integer.MAX_VALUE ? field : nearest(m, field, c, typeCue);
        if (field != null && typeCue != Integer.MAX_VALUE && field.at() == RefineMentions.wordIndex(c.text, typeCue)) {
            // "on veut un nombre entier": the cue's own word ("nombre", a name elsewhere) is not the field it speaks of
            int cueWord = RefineMentions.wordIndex(c.text, typeCue);
            field = m.fields.stream().filter(h -> h.full() && h.at() != cueWord).findFirst().orElse(null);
            first = field;
        }
        if (field != null && field.field().type() != FieldType.REFERENCE && !ADDITIVE.matcher(t).find() && retype(s, c, field)) {
            listedAlike(s, m, field);
            return true;
        }
        if (typeCue != Integer.MAX_VALUE && first != null && first != field && first.full() && first.field().type() != FieldType.REFERENCE
                && !ADDITIVE.matcher(t).find() && retype(s, c, first)) {
            // "the report is far too short, the technicians write whole paragraphs": the cue fits the field named first
            return true;
        }
        RefineMentions.Hit named = m.choice();
        RefineMentions.Hit choice = named;
        if (named != null && m.fields.stream().noneMatch(h -> h.field().equals(named.field())) && !SHORT_OF.matcher(t).find()) {
            // a value named ("who cancelled it") is not a value asked for
            choice = null;
        }
        if (choice == null && (s.mentionedOnly || SHORT_OF.matcher(t).find()) && s.last() != null && s.last().field().type().hasOptions()) {
            // "Low/High isn't enough for the priority, we also need Critical"
            choice = new RefineMentions.Hit(s.last().entity(), s.last().field(), 1, 0, true);
        }
        long choices = m.fields.stream().filter(h -> h.field().type().hasOptions()).count();
        if (choice != null && choices <= 1 && (RefineCues.EXTEND.matcher(t).find() || SHORT_OF.matcher(t).find()) && !ASKED_AFTER.matcher(t).find()) {
            List<String> values = newValues(s, c, m, choice);
            if (!values.isEmpty()) {
                s.addOptions(choice.entity().key(), choice.field().key(), values);
                return true;
            }
            // "Low/High isn't enough": the values come in the next clause
            s.mention(choice.entity().key(), choice.field().key());
        }
        return false;
    }

    /** "the option Access should be called Permissions": a choice value renamed, not the field. */
    /** "teile 'A' auf in 'B' und 'C'", "divise « A » en « B » et « C »", "statt 'A' bitte 'B' und 'C'": one value becomes several. */
    private static final Pattern SPLIT_VALUE = RefineText.p("\\b(?:split|break up|divide|separate|aufteil\\w*|teile\\w*|trenn\\w*|divise\\w*|separe\\w*|scinde\\w*|divid\\w*|separa\\w*|desdobl\\w*)\\b"
            + "|\\b(?:instead of|au lieu d[eu']?|en (?:lugar|vez) de|statt|anstelle von|anstatt)\\s");

    static boolean renameOption(RefineSession s, RefineClause c) {
        List<String> quoted = RefineText.quoted(c.orig);
        if (quoted.size() >= 3 && SPLIT_VALUE.matcher(c.text).find() && splitValue(s, quoted)) {
            return true;
        }
        List<String> instead = s.insteadOf == null ? List.of() : RefineText.quoted(s.insteadOf);
        if (instead.size() >= 2 && splitValue(s, instead)) {
            // "statt 'Defekt' bitte 'In Reparatur' und 'Ausgemustert'": the value said with "instead of" gives way to the others
            return true;
        }
        if (quoted.size() == 2 && SWAP.matcher(c.text).find()) {
            // "replace the option 'A' with 'B'", "cambia «A» por «B»", "ersetze „A“ durch „B“"
            for (var e : s.spec.entities()) {
                for (var f : e.fields()) {
                    if (f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(quoted.get(0))))) {
                        List<String> renamed = f.options().stream().map(o -> RefineText.fold(o).equals(RefineText.fold(quoted.get(0))) ? quoted.get(1) : o).toList();
                        s.replaceOptions(e.key(), f.key(), renamed, "Renamed the choice " + quoted.get(0) + " of " + f.label() + " to " + quoted.get(1) + ".");
                        return true;
                    }
                }
            }
        }
        Matcher cue = RefineCues.RENAME.matcher(c.text);
        if (!cue.find()) {
            return false;
        }
        RefineMentions m = RefineMentions.of(s, c);
        RefineMentions.Option found = m.options.stream().filter(o -> o.at() < cue.start()).reduce((a, b) -> b).orElse(null);
        if (found == null && s.insteadOf != null) {
            // "statt „In Arbeit“ soll es „Läuft“ heißen": the old value was said with "instead of"
            found = RefineMentions.of(s, new RefineClause(s.insteadOf)).options.stream().findFirst().orElse(null);
            if (found != null) {
                found = new RefineMentions.Option(found.entity(), found.field(), found.value(), -1);
            }
        }
        RefineMentions.Option old = found;
        if (old == null || s.spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> RefineText.fold(f.label()).equals(RefineText.fold(old.value())))) {
            return false;
        }
        RefineClause after = c.from(cue.end());
        List<String> q = new ArrayList<>(RefineText.quoted(after.orig));
        if (q.isEmpty() && after.text.replaceAll("[\\s.!?]", "").isEmpty()) {
            // "… soll „Läuft“ heißen": the new name comes before the verb
            RefineText.quoted(c.sub(0, cue.start()).orig).stream().filter(x -> !RefineText.fold(x).equals(RefineText.fold(old.value()))).forEach(q::add);
        }
        String name = q.isEmpty() ? RefineText.label(after.orig.replaceAll("^(?i)(?:to|as|into|en|a|zu|in)\\s+", "").replaceAll("[,;].*$", "")
                .replaceAll("(?i)\\s+(?:instead|please|now|from now on|desormais|maintenant|ahora|jetzt|bitte|svp|stp|por favor)$", "")) : q.get(0);
        if (name.isBlank() || name.split("\\s+").length > 4 || RefineText.fold(name).equals(RefineText.fold(old.value()))) {
            return false;
        }
        List<String> renamed = old.field().options().stream().map(o -> o.equals(old.value()) ? RefineText.capitalize(name) : o).toList();
        s.replaceOptions(old.entity().key(), old.field().key(), renamed,
                "Renamed the choice " + old.value() + " of " + old.field().label() + " to " + RefineText.capitalize(name) + ".");
        int comma = after.text.indexOf(',');
        if (comma > 0 && comma + 1 < after.text.length()) {
            // "… should be called Proposal, and Withdrawn is missing": the rest is read on its own
            read(s, OfflineRefiner.prepare(after.from(comma + 1)));
        }
        return true;
    }

    private static boolean splitValue(RefineSession s, List<String> quoted) {
        String gone = RefineText.fold(quoted.get(0));
        for (var e : s.spec.entities()) {
            for (var f : e.fields()) {
                if (f.options().stream().anyMatch(o -> RefineText.fold(o).equals(gone))) {
                    List<String> parts = quoted.subList(1, quoted.size()).stream().map(RefineText::capitalize).toList();
                    List<String> out = new ArrayList<>();
                    for (String o : f.options()) {
                        if (RefineText.fold(o).equals(gone)) {
                            parts.stream().filter(v -> out.stream().noneMatch(v::equalsIgnoreCase)).forEach(out::add);
                        } else if (parts.stream().noneMatch(o::equalsIgnoreCase)) {
                            out.add(o);
                        }
                    }
                    s.replaceOptions(e.key(), f.key(), out, "Split the choice " + quoted.get(0) + " of " + f.label() + " into " + String.join(", ", parts) + ".");
                    return true;
                }
            }
        }
        return false;
    }

    /** Of the fields named in full, the one closest to the cue ("the manager …, and the tick box is useless"). */
    private static RefineMentions.Hit nearest(RefineMentions m, RefineMentions.Hit best, RefineClause c, int cueAt) {
        if (best == null || m.fields.stream().filter(RefineMentions.Hit::full).count() < 2) {
            return best;
        }
        int cue = RefineMentions.wordIndex(c.text, cueAt);
        RefineMentions.Hit near = best;
        for (RefineMentions.Hit h : m.fields) {
            if (h.full() && Math.abs(h.at() - cue) < Math.abs(near.at() - cue)) {
                near = h;
            }
        }
        return near;
    }

    /** Fields named as well as the best one ("the phone and the email have to be filled in"). */
    private static List<RefineMentions.Hit> sameStrength(RefineMentions m, RefineMentions.Hit best) {
        List<RefineMentions.Hit> out = new ArrayList<>();
        out.add(best);
        for (RefineMentions.Hit h : m.fields) {
            if (h != best && h.full() && best.full() && out.stream().noneMatch(o -> o.field().equals(h.field()) || o.at() == h.at())) {
                out.add(h);
            }
        }
        return out;
    }

    /** A type said by the values people need. */
    private static final Pattern ATTACH_OBJECT = RefineText.p("\\b(?:attach|upload|joindre|televerser|adjuntar|subir)\\s+(?:an?|the|some|their|his|her|our|un|une|le|la|les|l'|des|el|los|las|una|unos)\\s*([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)");

    /** "technicians need to attach the service report": what is attached is another thing than the technician. */
    private static boolean attachesSomethingElse(String t, Field f) {
        Matcher of = PICTURE_OF.matcher(t);
        if (of.find() && !AS_PICTURE.matcher(t).find()
                && RefineMatcher.words(f.label()).stream().anyMatch(x -> RefineText.sameWord(of.group(1), x))) {
            // "we want a photo of the van on return": a picture of the field's thing is a field of its own, the van stays
            return true;
        }
        Matcher m = ATTACH_OBJECT.matcher(t);
        if (!m.find()) {
            return false;
        }
        List<String> label = RefineMatcher.words(f.label());
        String head = AttachedThing.head(m.group(1));
        // "attach the floor plan" names a plan, not the Floor: the last word of what is attached must be in the label
        return head == null ? RefineMatcher.words(m.group(1)).stream().noneMatch(w -> label.stream().anyMatch(x -> RefineText.sameWord(w, x)))
                : label.stream().noneMatch(x -> RefineText.sameWord(head, x));
    }

    /** "a photo of the van", "une photo du véhicule", "una foto de la furgoneta", "ein Foto vom Transporter". */
    private static final Pattern PICTURE_OF = RefineText.p("\\b(?:photos?|pictures?|pics?|images?|snapshots?|scans?|copy|copies|fotos?|imagen(?:es)?|copias?|copies?|bilder?|kopien?)"
            + "\\s+(?:of|de|du|des|del|d'|von|vom|der|des)\\s*(?:(?:the|each|every|their|its|la|le|l'|les|el|los|las|dem|den|der|die|das)\\s*)?([\\w-]+)");
    /** "the van should be a photo", "le plan en photo", "als Foto": the field itself becomes the picture. */
    private static final Pattern AS_PICTURE = RefineText.p("\\b(?:should be|must be|needs to be|has to be|as an?|instead|en tant que|doit etre|devrait etre|en photo|debe ser|deberia ser|como|als|soll|sollte)\\b");

    /**
     * "Anfang und Ende bitte als Uhrzeit", "start and end time as actual times": the fields named side by side with the
     * one that was retyped (only list words, or words of their own labels, between them) take the same new type.
     */
    private static void listedAlike(RefineSession s, RefineMentions m, RefineMentions.Hit h) {
        Field now = s.field(h.entity().key(), h.field().key());
        if (now == null || now.type() == h.field().type() || now.type().hasOptions() || now.type() == FieldType.REFERENCE) {
            return;
        }
        List<RefineMentions.Hit> hits = m.fields.stream().filter(x -> x.full() && !x.weak() && x.entity().key().equals(h.entity().key()))
                .sorted(java.util.Comparator.comparingInt(RefineMentions.Hit::at)).toList();
        int at = hits.indexOf(h);
        if (at < 0) {
            return;
        }
        for (int step : new int[] {-1, 1}) {
            RefineMentions.Hit from = h;
            for (int i = at + step; i >= 0 && i < hits.size(); i += step) {
                RefineMentions.Hit next = hits.get(i);
                if (next.field().key().equals(from.field().key())) {
                    continue;
                }
                RefineMentions.Hit a = step < 0 ? next : from;
                RefineMentions.Hit b = step < 0 ? from : next;
                if (!sideBySide(m, a, b)) {
                    break;
                }
                Field other = s.field(next.entity().key(), next.field().key());
                if (other != null && other.type() == h.field().type() && other.type() == next.field().type()) {
                    s.setType(next.entity().key(), next.field().key(), now.type(), List.of(), null);
                }
                from = next;
            }
        }
    }

    /** Only list words ("and", "et", articles) or words of the two labels between the two mentions, at most three. */
    private static boolean sideBySide(RefineMentions m, RefineMentions.Hit a, RefineMentions.Hit b) {
        List<String> own = new ArrayList<>(RefineText.stems(a.field().label()));
        own.addAll(RefineText.stems(b.field().label()));
        int from = a.at() + 1;
        int to = b.at();
        if (to <= a.at() || to - from > 3) {
            return false;
        }
        for (int i = from; i < to && i < m.stems.size(); i++) {
            String w = m.stems.get(i);
            if (!w.isEmpty() && !own.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "of", "de", "del", "du", "des", "von", "vom": a word that makes what follows the complement of the noun before it. */
    private static final java.util.Set<String> OF = RefineText.set("of", "de", "del", "du", "des", "d", "von", "vom");

    /**
     * "el concepto del pago … como texto", "the reason of the payment as free text": a field named only by part of its
     * label, as the complement of another noun, is not the thing whose type is said; that noun is.
     */
    private static boolean complementOfAnother(RefineClause c, RefineMentions.Hit h) {
        if (h.full() || h.at() < 2) {
            return false;
        }
        String of = RefineText.fold(RefineMentions.wordAt(c.text, h.at() - 1));
        String head = RefineText.fold(RefineMentions.wordAt(c.text, h.at() - 2));
        return OF.contains(of) && !head.isEmpty() && !RefineText.STOP.contains(head)
                && RefineText.stems(h.field().label()).stream().noneMatch(w -> RefineText.sameWord(w, RefineText.stem(head)));
    }

    private static boolean retype(RefineSession s, RefineClause c, RefineMentions.Hit h) {
        String t = c.text;
        if (complementOfAnother(c, h)) {
            return false;
        }
        Field f = h.field();
        FieldType type = f.type();
        String e = h.entity().key();
        List<String> listed = listed(c);
        if (listed.size() >= 2 && (RefineCues.LIST.matcher(t).find() || RefineCues.MULTI.matcher(t).find())) {
            s.setType(e, f.key(), RefineCues.MULTI.matcher(t).find() ? FieldType.MULTI_CHOICE : FieldType.CHOICE, listed, null);
            return true;
        }
        FieldType want = null;
        if (RefineCues.MULTI.matcher(t).find() && type.hasOptions()) {
            want = FieldType.MULTI_CHOICE;
        } else if (RefineCues.DECIMAL.matcher(t).find() && !RefineCues.NO_DECIMALS.matcher(t).find() && (type == FieldType.INTEGER || type == FieldType.TEXT)) {
            want = FieldType.DECIMAL;
        } else if (RefineCues.WHOLE.matcher(t).find() && (type == FieldType.DECIMAL || type == FieldType.TEXT)) {
            want = FieldType.INTEGER;
        } else if (RefineCues.FILE.matcher(t).find() && type != FieldType.FILE && (h.full() || FILE_VERB.matcher(t).find()) && !attachesSomethingElse(t, f)) {
            want = FieldType.FILE;
        } else if (RefineCues.PERSON.matcher(t).find() && type != FieldType.PERSON && type != FieldType.REFERENCE) {
            want = FieldType.PERSON;
        } else if (RefineCues.LONG.matcher(t).find() && type == FieldType.TEXT) {
            want = FieldType.LONG_TEXT;
        } else if (RefineCues.BOOLEAN.matcher(t).find() && type != FieldType.BOOLEAN) {
            want = FieldType.BOOLEAN;
        }
        if (want == null) {
            // the type named in words ("should be money, not text", "als Zahl", "choisi parmi les fournisseurs")
            return RefineRetype.apply(s, c, h.entity(), f, h.at());
        }
        s.setType(e, f.key(), want, List.of(), null);
        return true;
    }

    /** "make the supplier a proper list (…) and let each item pick one": a new kind, linked, the old field gone if said. */
    private static boolean ownList(RefineSession s, RefineClause c, RefineMentions.Hit h) {
        return ownList(s, c, h, false);
    }

    private static boolean ownList(RefineSession s, RefineClause c, RefineMentions.Hit h, boolean described) {
        Field f = h.field();
        if (f.type() == FieldType.REFERENCE) {
            return false;
        }
        boolean generic = RefineMatcher.words(f.label()).stream().allMatch(RefineMatcher.GENERIC::contains);
        // a label such as "Type" says little: the key ("sample_type") names the new kind better
        String name = RefineText.capitalize(s.singular(generic ? f.key().replace('_', ' ') : f.label()));
        String key = s.addEntity(name);
        s.link(h.entity().key(), key);
        s.made = key;
        if (c.orig.indexOf('(') < 0 && !described) {
            s.ensureField(key);
        }
        if (RefineCues.REPLACE_OLD.matcher(s.message == null ? c.text : RefineText.fold(s.message)).find()) {
            s.removeField(h.entity().key(), f.key());
        }
        return true;
    }

    /** Values listed after a colon or in brackets. */
    static List<String> listed(RefineClause c) {
        Matcher v = VALUES.matcher(c.orig);
        List<String> out = new ArrayList<>();
        while (v.find()) {
            List<String> values = RefineText.values(v.group(1) != null ? v.group(1) : v.group(2) != null ? v.group(2) : v.group(3));
            if (values.size() >= 2) {
                return values;
            }
        }
        return out;
    }

    /** The values a clause adds to a choice: quoted ones, else the words left once the field, its values and cue words are taken out. */
    static List<String> newValues(RefineClause c, RefineMentions m, RefineMentions.Hit choice) {
        return newValues(null, c, m, choice);
    }

    static List<String> newValues(RefineSession s, RefineClause c, RefineMentions m, RefineMentions.Hit choice) {
        List<String> quoted = new ArrayList<>();
        for (String q : RefineText.quoted(c.orig)) {
            if (!known(choice, q)) {
                quoted.add(RefineText.capitalize(q));
            }
        }
        if (!quoted.isEmpty()) {
            return quoted;
        }
        Matcher short_ = NOT_ENOUGH.matcher(c.text);
        if (short_.find()) {
            // "Low/High isn't enough, …": the values named before are the ones there already
            c = c.from(short_.end());
        }
        List<String> label = new ArrayList<>(RefineMatcher.words(choice.field().label()));
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int afterCue = -1;
        for (String token : c.orig.split("[\\s,;/!?.()]+|(?<=\\w)-(?=\\s)")) {
            String folded = RefineText.fold(token).replaceAll("^(?:l|d)'", "");
            List<String> alts = s == null || s.glossary == null || folded.length() < 3 ? List.of() : s.glossary.alternatives(folded);
            boolean cue = RefineCues.EXTEND.matcher(folded).matches() || SHORT_OF.matcher(folded).matches();
            boolean skip = folded.isEmpty() || NOT_VALUE.contains(folded) || cue
                    || label.stream().anyMatch(w -> RefineText.sameWord(w, RefineText.stem(folded))
                            || alts.stream().anyMatch(a -> RefineText.stems(a).stream().anyMatch(x -> RefineText.sameWord(w, x))))
                    || choice.field().options().stream().anyMatch(o -> RefineText.fold(o).equals(folded))
                    || m.kinds.stream().anyMatch(k -> RefineMatcher.words(k.entity().name()).stream().anyMatch(w -> RefineText.sameWord(w, RefineText.stem(folded))))
                    || RefineCues.EXTEND.matcher(folded).matches() || RefineCues.NEGATION.matcher(folded).matches();
            if (skip) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                if (cue) {
                    afterCue = runs.size();
                }
            } else {
                run.add(token.replaceAll("^[\"'«»]+|[\"'«»]+$", ""));
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        if (afterCue > 0 && afterCue < runs.size()) {
            // "A/B isn't enough, we also need C": what comes after the last cue is asked for
            runs = runs.subList(afterCue, runs.size());
        }
        List<String> capital = new ArrayList<>();
        for (List<String> r : runs) {
            if (Character.isUpperCase(r.get(0).codePointAt(0)) || Character.isDigit(r.get(0).codePointAt(0))) {
                capital.add(String.join(" ", r));
            }
        }
        if (!capital.isEmpty()) {
            return capital.stream().filter(v -> !known(choice, v)).toList();
        }
        return runs.size() == 1 && runs.get(0).size() <= 3 ? List.of(RefineText.capitalize(String.join(" ", runs.get(0)))) : List.of();
    }

    private static boolean known(RefineMentions.Hit choice, String value) {
        return choice.field().options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(value)))
                || RefineText.fold(choice.field().label()).equals(RefineText.fold(value));
    }
}

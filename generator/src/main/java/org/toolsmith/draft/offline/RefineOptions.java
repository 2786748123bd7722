package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** Choices: a whole new list, values added or taken out, placed, or a new choice field. */
final class RefineOptions {
    private static final Pattern SET_LIST = p("^(.+?)(?:\\s+(?:should|must|will|can|could|shall|needs to|has to|is|are|doit|doivent|devrait|est|sont|debe|deben|es|son|soll|sollte|muss|ist|sind)(?:\\s+only)?(?:\\s+(?:be|etre|ser|sein))?)?(?:\\s+(?:a|an|one|une|un|una|eine|ein))?(?:\\s+(?:fixed|closed|pick|drop-?down|select|simple))?(?:\\s+(?:list|dropdown|drop-down|menu|choice|selection|options|liste|lista|auswahl(?:liste)?)(?:\\s+(?:deroulante|desplegable))?)?(?:\\s+(?:of|with|de|con|mit)(?:\\s+[^:,]{1,40})?)?\\s*(?::|\\bone of\\b|\\bl'un de\\b|\\buno de\\b|\\beiner von\\b)\\s*(.+)$");
    private static final Pattern SET_LIST_NO_COLON = p("^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+(.+?)\\s+(?:are|should be|will be)\\s+(.+)$|^(.+?)\\s+(?:(?:should|can|must|will|may|could)(?:\\s+now)?(?:\\s+only|\\s+just)?\\s+(?:be|say|read|show|offer)|(?:is|are)(?:\\s+now)?(?:\\s+only|\\s+just)?)\\s+(?:either\\s+)?(?:one of\\s+)?(.+?(?:,|/|\\bor\\b).+)$"
                    + "|^(?:replace|change|set|update)\\s+(?:the\\s+)?(.+?)\\s+(?:options|choices|values|list|dropdown)\\s+(?:with|to|into)\\s+(.+)$"
                    + "|^(?:the\\s+)?(.+?)\\s+(?:options|choices|values)\\s+(?:are|should be|will be|become|must be|can be)\\s+(?:now\\s+)?(.+)$"
                    + "|^(?:les\\s+|la\\s+|le\\s+|l'|las\\s+|los\\s+|el\\s+|die\\s+|der\\s+|das\\s+)?(.+?)\\s+(?:possibles\\s+|posibles\\s+)?(?:sont|seront|doivent etre|doit etre|devrait etre|devraient etre|peuvent etre|peut etre|est|son|seran|deben ser|debe ser|deberia ser|deberian ser|pueden ser|puede ser|es|sind|sollen|soll|sollte|sollten|muss|konnen|kann|ist)(?:\\s+(?:maintenant|desormais|ahora|jetzt|nun))?\\s+(?:soit\\s+)?(.+?(?:,|\\s(?:ou|o|oder|et|y|und)\\s).+?)(?:\\s+(?:sein|werden))?$"
                    + "|^(?:for|on)\\s+(?:the\\s+)?(.+?)\\s*,?\\s+(?:allow|offer|use|have|let people pick|let people choose|the options are|the choices are|options are|choices are)\\s+(.+)$"
                    + "|^(?:make|turn|change)\\s+(?:the\\s+)?(.+?)\\s+(?:into\\s+)?(?:an?\\s+)?(?:drop-?down|choice|pick ?list|select|menu|list)(?:\\s+field)?\\s+(?:with|of|offering|showing)\\s+(.+)$");
    private record OptionRule(Pattern pattern, boolean valuesFirst) {
    }

    private static final List<OptionRule> ADD_OPTIONS = List.of(
            new OptionRule(p("^(?:add|include|allow|put|also allow)\\s+(.+?)\\s+(?:as|to)\\s+(?:an?\\s+|the\\s+|another\\s+)?(?:possible\\s+|new\\s+|extra\\s+|further\\s+)?(?:options?\\s+(?:for|of|in)\\s+(?:the\\s+)?)?(.+?)(?:\\s+(?:options?|choices?|values?|list))?$"), true),
            new OptionRule(p("^(.+?)\\s+(?:can|could|may|should)\\s+also\\s+be\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+(?:should|must|could|can|will|is)\\s+(?:also\\s+)?(?:be\\s+)?(?:an?\\s+|another\\s+)(?:possible\\s+|valid\\s+|new\\s+)?(.+?)\\s+(?:too|as well|also)$"), true),
            new OptionRule(p("^(.+?)\\s+(?:is|are)\\s+also\\s+(?:an?\\s+)?(?:possible\\s+|valid\\s+)?(.+?)$"), true),
            new OptionRule(p("^(?:the\\s+)?(.+?)\\s+(?:should|must|can|could|needs? to|has to)\\s+(?:also\\s+)?(?:allow|include|offer|accept|have|contain)\\s+(.+)$"), false),
            new OptionRule(p("^(?:the\\s+)?(.+?)\\s+(?:list|options|choices|dropdown)?\\s*(?:also\\s+)?(?:needs|need|should have|should include|must include|should also have|also needs|is missing|lacks)\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+(?:soll|sollte|muss)\\s+auch\\s+(.+?)\\s+(?:haben|enthalten|anbieten)$"), false),
            // "el tipo necesita también Taller", "le statut doit aussi avoir Perdu", "der Status braucht auch Storniert"
            new OptionRule(p("^(?:el\\s+|la\\s+|los\\s+|las\\s+|le\\s+|l'|les\\s+|der\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:necesita|necesitan|debe tener|deberia tener|doit|doivent|devrait|braucht|brauchen)\\s+(?:tambien|aussi|auch|noch)\\s+(?:avoir\\s+|inclure\\s+|proposer\\s+)?(.+)$"), false),
            new OptionRule(p("^(?:ajout|rajout)\\w*\\s+(.+?)\\s+(?:aux|a la|au|a l'|dans les|dans la|dans le|comme)\\s+(.+)$"), true),
            new OptionRule(p("^(?:anad|agreg)\\w*\\s+(.+?)\\s+(?:a los|a las|al|a la|como|en)\\s+(.+)$"), true),
            new OptionRule(p("^fug\\w*\\s+(?:beim|bei der|bei den|zum|zur|zu den|im)\\s+(.+?)\\s+(?:noch|auch|bitte)\\s+(.+?)\\s+hinzu$"), false),
            new OptionRule(p("^fug\\w*\\s+(.+?)\\s+(?:zu den|zur|zum|zu der|zu|bei den|beim|bei der|bei|in den|in die|im|als)\\s+(.+?)\\s+hinzu$"), true),
            new OptionRule(p("^(.+?)\\s+(?:peut|peuvent) aussi etre\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+(?:tambien puede|puede tambien) ser\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+kann auch\\s+(.+?)\\s+sein$"), false));
    /**
     * "add the statuses Cancelled and On hold", "rajoute les métiers Vitrier et Élagueur", "añade los tipos Poda y Riego",
     * "ergänze die Gewerke Maler und Dachdecker": the choice field named right after the verb, then its new
     * values, each written with a capital or a digit (or quoted). Lower-case words after the field are never values.
     */
    private static final Pattern FIELD_THEN_VALUES = p("^(?:also\\s+|please\\s+|aussi\\s+|tambien\\s+|noch\\s+|bitte\\s+)*(?:add|include|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|incluy\\w*|erganz\\w*|fug\\w*)"
            + "\\s+(?:(?:also|aussi|tambien|noch|bitte|auch)\\s+)?((?:the|les|los|las|die|den|der|das|le|la|el)\\s+|l')?([\\w'-]+)\\s+(?:(?:options?|values?|valeurs?|valores?|werte)\\s+)?(.+?)(?:\\s+(?:hinzu|dazu|too|as well|aussi|tambien|auch|noch))?$");
    /** "can be", "peut être", "puede ser", "kann … sein", "either", "one of": values offered, not a description ("is often long, with …"). */
    private static final Pattern MAY_BE = p("\\b(?:can|could|may|might|should|must|will)\\s+(?:only\\s+|just\\s+)?be\\b|\\beither\\b|\\bone of\\b|\\b(?:peut|peuvent|pourra|doit)\\s+(?:seulement\\s+)?etre\\b"
            + "|\\b(?:puede|pueden|podra|debe)\\s+(?:solo\\s+)?ser\\b|\\b(?:kann|konnen|darf|soll)\\b.*\\bsein\\b|\\bentweder\\b");
    private static final Pattern VALUE_BREAK = Pattern.compile("\\s*(?:,|;|/|\\s+(?:and|or|et|ou|y|o|und|oder)\\s+)\\s*");
    private static final Pattern VALUE_START = Pattern.compile("^(?:[\"'«„“‘]|\\p{Lu}|\\p{N})");

    /** "a Notes field", "Affected version field", "un champ Commentaire", "eine Spalte Fahrer": a new field asked for, never a value of a choice. */
    private static final Pattern NEW_FIELD_WORD = p("^(?:(?:a|an|one|another|new|extra|un|une|nouveau|nouvelle|autre|una|otro|otra|nuevo|nueva|ein|eine|einen|neues|neue|weiteres|weitere)\\s+)+(?:.*?\\s)?(?:field|column|champ|colonne|campo|columna|feld|spalte)\\b"
            + "|\\s(?:field|column|champ|colonne|campo|columna|feld|spalte)$");
    private static final Pattern LIST_VERB = p("^(add|also add|plus|include|remove|drop|delete|without|no more|ajout\\w*|supprim\\w*|anad\\w*|quit\\w*)\\b:?\\s+");
    private static final Pattern LIST_RENAME = p("^(?:rename|replace|change|renomm\\w*|remplace\\w*|renombr\\w*|reemplaz\\w*|ersetz\\w*)\\s+(.+?)\\s+(?:to|with|by|into|as|en|par|por|a|durch|mit)\\s+(.+)$");
    private static final Pattern NOT_INCLUDE = p("^(?:the\\s+)?(.+?)\\s+(?:should not|shouldn't|must not|mustn't|won't|will not|does not|doesn't|can no longer|should no longer|no longer)\\s+(?:include|have|offer|allow|contain|be)\\s+(?:an?\\s+)?(.+?)(?:\\s+(?:option|choice|value))?$");
    private static final Pattern ALSO_SEEN = p("^(?:we|they|people|you)\\s+(?:also\\s+|sometimes\\s+|often\\s+|now\\s+)*(?:see|have|get|use|need|want|find|encounter|meet)\\s+(.+?)(?:\\s+(?:sometimes|too|as well|also|now|often|occasionally|at times))?$");
    private static final Pattern ONE_TOO = p("\\b(?:a|an|another)\\s+((?:[\\w'-]+\\s+){0,2}?[\\w'-]+)(?<!\\bthan)\\s+one\\b");

    /** "not text", "pas du texte", "no un texto", "kein Freitext": a type the field should stop being. */
    private static final Pattern NEGATED_VALUE = p("^(?:not|no|never|rather than|instead of|pas|non|plus|ni|nunca|kein\\w*|nicht|statt|anstatt)\\s+(?:(?:as|a|an|en|du|de|un|une|una|el|la|als|ein|eine|einen)\\s+)?(\\S.*)$");

    private static boolean negatedType(String value) {
        Matcher n = NEGATED_VALUE.matcher(RefineText.fold(value));
        return n.find() && n.group(1).split("\\s+").length <= 3 && RefineTypes.named(n.group(1)).isPresent();
    }

    static boolean options(RefineSession s, RefineClause c) {
        Matcher m = c.match(SET_LIST);
        RefineClause subject = null;
        RefineClause list = null;
        if (m.find()) {
            subject = c.group(m, 1);
            list = c.group(m, 2);
        } else {
            Matcher n = c.match(SET_LIST_NO_COLON);
            if (n.find()) {
                int g = 1;
                while (n.group(g) == null && g < n.groupCount()) {
                    g += 2;
                }
                subject = c.group(n, g);
                list = c.group(n, g + 1);
            }
        }
        if (subject != null && list != null) {
            RefineClause subj = new RefineClause(subject.orig.replaceAll("(?i)^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+", "")
                    .replaceAll("(?i)^(?:les\\s+|las\\s+|los\\s+|die\\s+)?(?:options|valeurs|choix|opciones|valores|optionen|werte|auswahlm[oö]glichkeiten)\\s+(?:du|de la|de l'|des|de|del|de los|de las|f[uü]r|von|der|des)\\s*(?:la\\s+|le\\s+|el\\s+|die\\s+|der\\s+|das\\s+|den\\s+)?", "")
                    .replaceAll("(?i)\\s+(?:possibles|posibles|m[oö]glichen)$", ""));
            Matcher renaming = list.match(LIST_RENAME);
            if (renaming.find()) {
                RefineMatcher.FieldRef target = RefineResolver.field(s, subject);
                if (target != null && target.field().type().hasOptions()
                        && RefineRenames.renameOption(s, target, RefineText.label(list.group(renaming, 1).orig), RefineText.label(list.group(renaming, 2).orig))) {
                    return true;
                }
            }
            RefineClause oneKind = new RefineClause(list.orig.replaceAll("(?i)^(?:the|our|les|nos|los|las|nuestr[oa]s|die|unsere[nr]?)\\s+", "")
                    .replaceAll("(?i)\\s+(?:instead|rather than|au lieu|en lugar|statt)\\b.*$", ""));
            org.toolsmith.spec.Entity kind = RefineText.values(oneKind.orig).size() == 1 ? RefineResolver.entity(s, oneKind) : null;
            RefineMatcher.FieldRef linked = kind == null ? null : RefineResolver.field(s, subj);
            if (linked != null && linked.score() >= 0.99 && !linked.entity().key().equals(kind.key()) && linked.field().type() != FieldType.REFERENCE) {
                // "the borrower should be one of the members": a link to that kind, not a choice of one value
                s.setType(linked.entity().key(), linked.field().key(), FieldType.REFERENCE, List.of(), kind.key());
                return true;
            }
            if (RefineTypes.named(list.text).filter(t -> t == FieldType.PERSON).isPresent() && RefineText.values(list.orig).size() <= 2) {
                // "the trainer should be one of our employees": a person, not a choice
                RefineMatcher.FieldRef who = RefineResolver.field(s, subj);
                if (who == null) {
                    return false;
                }
                s.setType(who.entity().key(), who.field().key(), FieldType.PERSON, List.of(), null);
                return true;
            }
            Matcher seen = list.match(ALSO_SEEN);
            if (seen.find()) {
                // "condition: we also see 'Missing' sometimes": one more choice
                RefineMatcher.FieldRef owner = RefineResolver.field(s, subj);
                if (owner != null && owner.field().type().hasOptions()) {
                    s.addOptions(owner.entity().key(), owner.field().key(), RefineText.values(list.group(seen, 1).orig));
                    return true;
                }
            }
            if (list.text.matches("^(?:we|i|they|you|people|it|nous|on|nosotros|wir|ich)\\b.*")) {
                return false;
            }
            Matcher verb = list.match(LIST_VERB);
            boolean adding = false;
            boolean removing = false;
            if (verb.find()) {
                adding = verb.group(1).matches("add|also add|plus|include|ajout\\w*|anad\\w*");
                removing = !adding;
                list = list.from(verb.end());
            }
            List<String> values = RefineText.values(list.orig);
            RefineMatcher.FieldRef f = RefineResolver.field(s, subj);
            if (f != null && (adding || removing) && f.field().type().hasOptions()) {
                if (adding) {
                    s.addOptions(f.entity().key(), f.field().key(), values);
                } else {
                    s.removeOptions(f.entity().key(), f.field().key(), values);
                }
                return true;
            }
            if (values.size() == 1 && c.text.contains(":")) {
                Optional<FieldType> typed = RefineTypes.named(list.text);
                RefineMatcher.FieldRef target = RefineResolver.field(s, subj);
                if (typed.isPresent() && !typed.get().hasOptions() && target != null) {
                    s.setType(target.entity().key(), target.field().key(), typed.get(), List.of(), null);
                    return true;
                }
                if (list.text.matches("^(?:allow|make|set|should|can|must|needs?|let|keep)\\b.*")) {
                    return false;
                }
            }
            if (values.size() >= 2 && values.stream().anyMatch(RefineOptions::negatedType)) {
                // "Ende soll ein Zeitpunkt sein und kein Text", "heure : une heure, pas du texte": a type said against another, no values
                Optional<FieldType> typed = RefineRetype.named(list.text);
                if (f == null || typed.isEmpty() || typed.get().hasOptions() || typed.get() == f.field().type()) {
                    return false;
                }
                s.setType(f.entity().key(), f.field().key(), typed.get(), List.of(), null);
                return true;
            }
            boolean colon = c.text.contains(":") || c.text.contains("one of");
            boolean shortValues = values.stream().allMatch(v -> v.split("\\s+").length <= 3) && isValueList(list.text);
            boolean close = f != null && (f.score() >= 1.0 || f.score() >= 0.66 && f.field().type().hasOptions()
                    || f.score() >= 0.66 && f.field().type() == FieldType.TEXT
                    // "add their dietary needs. Dietary can be vegan, halal or none": the values of a text field this message just added
                    || f.score() >= 0.5 && (f.field().type() == FieldType.TEXT || f.field().type() == FieldType.LONG_TEXT)
                            && !s.originalFields.contains(f.entity().key() + "." + f.field().key()) && c.match(MAY_BE).find());
            if (close && values.size() >= (colon ? 1 : 2) && (colon || shortValues) && !RefineText.fold(subj.orig).matches("^(?:add|ajout|anad|agreg|fug)\\w*\\b.*")) {
                boolean multi = f.field().type() == FieldType.MULTI_CHOICE
                        || RefineTypes.named(c.text).filter(t -> t == FieldType.MULTI_CHOICE).isPresent();
                s.setOptions(f.entity().key(), f.field().key(), values);
                if (multi && f.field().type() != FieldType.MULTI_CHOICE) {
                    s.setType(f.entity().key(), f.field().key(), FieldType.MULTI_CHOICE, values, null);
                }
                return true;
            }
            if (f == null && shortValues && values.size() >= 2 && !colon && subj.text.matches("^(?:the\\s+|a\\s+|an\\s+)?[\\w' -]+$")) {
                // "the status of a loan should be open, returned or overdue", with no status yet: a new choice
                RefineResolver.Scoped scoped = RefineResolver.scope(s, new RefineClause(subj.orig.replaceAll("(?i)^(?:the|a|an)\\s+", "")));
                String label = RefineText.label(scoped.phrase().orig).replaceAll("(?i)\\s+(?:of|for|on|in|to|de|du|des|del|von)$", "");
                if (!label.isEmpty() && label.split("\\s+").length <= 3 && RefineMatcher.words(label).size() > 0
                        && RefineResolver.entity(s, new RefineClause(label)) == null) {
                    s.addField(RefineResolver.targetEntity(s, scoped.entityKey()), label, FieldType.CHOICE, values, null);
                    return true;
                }
            }
        }
        if (placedOption(s, c)) {
            return true;
        }
        for (OptionRule rule : ADD_OPTIONS) {
            Matcher a = c.match(rule.pattern());
            if (!a.find()) {
                continue;
            }
            boolean valuesFirst = rule.valuesFirst();
            RefineClause values = c.group(a, valuesFirst ? 1 : 2);
            RefineClause field = c.group(a, valuesFirst ? 2 : 1);
            if (NEW_FIELD_WORD.matcher(values.text).find()) {
                // "please add a Notes field to tickets": a new field for the field readers, not an option of "Ticket type"
                break;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, field);
            if (f != null && f.field().type().hasOptions() && values.text.matches("^(?:more than one|several|multiple|many)\\b.*")) {
                s.setType(f.entity().key(), f.field().key(), FieldType.MULTI_CHOICE, f.field().options(), null);
                return true;
            }
            if (f != null && f.field().type().hasOptions() && values.text.matches("^(?:it|them|that|this|these|those|le|la|les|lo|los|las|es|ihn|sie|das|eso|ca|cela)$")) {
                // "we also use World Courier now, can you add it to the courier list": the name said before
                String named = s.previous == null ? null : NewsValue.named(s, s.previous, f.field());
                if (named == null) {
                    continue;
                }
                s.addOptions(f.entity().key(), f.field().key(), List.of(named));
                return true;
            }
            if (f != null && f.field().type().hasOptions()) {
                s.addOptions(f.entity().key(), f.field().key(),
                        RefineText.values(values.orig.replaceAll("(?i)\\s+(?:options?|choices?|values?)$", "")));
                return true;
            }
            if (f == null && valuesFirst && newChoiceField(s, c, values, field)) {
                return true;
            }
        }
        if (fieldThenValues(s, c) || valuesOfChoiceMade(s, c)) {
            return true;
        }
        Matcher without = c.match(NOT_INCLUDE);
        if (without.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(without, 1));
            if (f != null && f.field().type().hasOptions()) {
                List<String> gone = RefineText.values(c.group(without, 2).orig.replaceAll("(?i)\\s+(?:any ?more|anymore|any longer)$", ""));
                List<String> present = gone.stream().filter(v -> f.field().options().stream().anyMatch(v::equalsIgnoreCase)).toList();
                if (!present.isEmpty()) {
                    s.removeOptions(f.entity().key(), f.field().key(), present);
                    return true;
                }
            }
        }
        Matcher one = c.match(ONE_TOO);
        if (one.find()) {
            RefineMatcher.FieldRef last = s.last();
            if (last != null && last.field().type().hasOptions()) {
                s.addOptions(last.entity().key(), last.field().key(), RefineText.values(c.group(one, 1).orig));
                return true;
            }
        }
        return false;
    }

    private static boolean fieldThenValues(RefineSession s, RefineClause c) {
        Matcher m = c.match(FIELD_THEN_VALUES);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 2));
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions()) {
            return false;
        }
        boolean bare = m.group(1) == null;
        String typed = c.group(m, 3).orig;
        String[] parts = VALUE_BREAK.split(typed);
        for (String part : parts) {
            if (part.isBlank() || part.strip().chars().filter(Character::isWhitespace).count() > 2 || !VALUE_START.matcher(part.strip()).find()) {
                return false;
            }
            if (bare && (RefineTypes.named(part.strip()).isPresent() || namesFieldOrKind(s, part.strip()))) {
                // "add status Date", "ergänze Status Datum": with no article the words may name a new field, not a value
                return false;
            }
        }
        List<String> values = RefineText.values(typed);
        if (values.isEmpty() || values.stream().allMatch(v -> f.field().options().stream().anyMatch(v::equalsIgnoreCase))) {
            return false;
        }
        s.addOptions(f.entity().key(), f.field().key(), values);
        return true;
    }

    /** "add A and B", "ajoute A et B", "añade A y B", "füge A und B hinzu": values alone after the verb. */
    private static final Pattern ADD_VALUES = p("^(?:also\\s+|please\\s+|aussi\\s+|tambien\\s+|noch\\s+|bitte\\s+)*(?:add|include|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|incluy\\w*|erganz\\w*|fug\\w*)"
            + "\\s+(?:(?:also|aussi|tambien|noch|bitte|auch)\\s+)?(.+?)(?:\\s+(?:hinzu|dazu|too|as well|aussi|tambien|auch|noch))?$");

    /**
     * "turn skill into a multi select and add Welding and Paint", "passe le statut en liste et ajoute Perdu": right after an edit that
     * made a field a choice, "add" and values written as values (a capital, a digit or a quote), with no field or kind named,
     * extends that field's choices rather than adding fields.
     */
    private static boolean valuesOfChoiceMade(RefineSession s, RefineClause c) {
        if (s.choiceMade == null || s.choiceMadeAt != s.changes.size()) {
            return false;
        }
        Matcher m = c.match(ADD_VALUES);
        if (!m.find()) {
            return false;
        }
        String typed = c.group(m, 1).orig;
        for (String part : VALUE_BREAK.split(typed)) {
            String v = part.strip();
            if (v.isEmpty() || v.chars().filter(Character::isWhitespace).count() > 2 || !VALUE_START.matcher(v).find()
                    || RefineTypes.named(v).isPresent() || namesFieldOrKind(s, v)) {
                return false;
            }
        }
        String[] key = s.choiceMade.split("\\.", 2);
        List<String> values = RefineText.values(typed);
        if (values.isEmpty()) {
            return false;
        }
        s.addOptions(key[0], key[1], values);
        return true;
    }

    /** A field's label or a kind's name, said as it stands: no value of a choice. */
    private static boolean namesFieldOrKind(RefineSession s, String words) {
        String folded = RefineText.fold(words);
        for (var e : s.spec.entities()) {
            if (RefineText.fold(e.name()).equals(folded) || e.plural() != null && RefineText.fold(e.plural()).equals(folded)) {
                return true;
            }
            for (var x : e.fields()) {
                if (RefineText.fold(x.label()).equals(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "A, B or C", "A and B", "A/B", "A, B, C": values, not a sentence with a comma in it. */
    static boolean isValueList(String text) {
        return text.matches(".*(?:\\s(?:or|and|ou|et|o|y|oder|und)\\s|/).*") || text.split(",").length >= 3;
    }

    private static final Pattern PLACED = p("^(?:add|insert|put)\\s+(.+?)\\s+(between|after|before|right after|just after|right before|just before|above|below|under|just above|just below)\\s+(.+?)(?:\\s+and\\s+(.+?))?(?:\\s+(?:in|to|into|on|for)\\s+(?:the\\s+)?(.+?))?$");

    /** "add Negotiation between Qualified and Won in the stages": a choice placed where it belongs. */
    private static boolean placedOption(RefineSession s, RefineClause c) {
        Matcher m = c.match(PLACED);
        if (!m.find()) {
            return false;
        }
        String anchor = RefineText.label(c.group(m, 3).orig);
        RefineMatcher.FieldRef f = m.group(5) != null ? RefineResolver.field(s, c.group(m, 5)) : null;
        if (f == null || !f.field().type().hasOptions()) {
            f = null;
            for (var e : s.spec.entities()) {
                for (var field : e.fields()) {
                    if (f == null && field.options().stream().anyMatch(anchor::equalsIgnoreCase)) {
                        f = new RefineMatcher.FieldRef(e, field, 1);
                    }
                }
            }
        }
        if (f == null) {
            return false;
        }
        int index = -1;
        for (int i = 0; i < f.field().options().size(); i++) {
            if (f.field().options().get(i).equalsIgnoreCase(anchor)) {
                // a ranked list goes from low to high: "above High" comes after it
                index = m.group(2).matches(".*(?:before|below|under)") ? i : i + 1;
            }
        }
        if (index < 0) {
            return false;
        }
        s.addOptions(f.entity().key(), f.field().key(), RefineText.values(c.group(m, 1).orig), index);
        return true;
    }

    /** "add 'Complaint' and 'Audit' as sources", with no such field yet: a new choice field. */
    private static boolean newChoiceField(RefineSession s, RefineClause c, RefineClause values, RefineClause field) {
        if (!c.text.contains(" as ") || RefineTypes.named(field.text).isPresent()
                || field.text.matches("^(?:well|usual|before|always|needed|required|a field|fields?)$") || field.text.split("\\s+").length > 3) {
            return false;
        }
        List<String> options = RefineText.values(values.orig);
        boolean looksLikeValues = !options.isEmpty() && options.stream().allMatch(v -> v.length() <= 40)
                && (values.orig.matches(".*[\"'«].*") || values.orig.chars().filter(Character::isUpperCase).count() >= options.size());
        if (!looksLikeValues) {
            return false;
        }
        RefineResolver.Scoped scoped = RefineResolver.scope(s, field);
        String label = RefineText.capitalize(RefineAdditions.singular(RefineText.label(scoped.phrase().orig)));
        String entity = RefineResolver.targetEntity(s, scoped.entityKey());
        s.addField(entity, label, FieldType.CHOICE, options, null);
        return true;
    }

    private RefineOptions() {
    }
}

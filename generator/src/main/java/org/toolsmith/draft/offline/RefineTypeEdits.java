package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Type changes, named ("a dropdown", "free text") or said by what the field holds ("needs more space"). */
final class RefineTypeEdits {
    /** "a whole number", "an integer", "a count": the person asked for whole numbers on purpose. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\b(?:whole|integer|count|entier|entero|ganze)\\b");

    private static final Pattern TOO_SMALL = p("^(.+?)\\s+(?:is|are)\\s+(?:too|way too|much too)\\s+(?:small|short|tiny|narrow)\\b");
    private static final Pattern LINK_TO = p("^(?:an?\\s+)?(?:link|reference|pointer|lookup)\\s+(?:to|into|from)\\s+(?:an?\\s+|the\\s+|our\\s+)?(?:new\\s+|separate\\s+)?([\\w' -]+?)(?:\\s+(?:list|table|records?|entries|register))?$");
    private static final Pattern WITH_TIME = p("^(.+?)\\s+(?:(?:should|must|needs? to|has to)\\s+(?:also\\s+)?(?:include|have|show|record|capture|contain)|needs|need|requires|should have|must have|also needs)\\s+(?:the\\s+|a\\s+)?(?:time|hour|heure|hora|uhrzeit)\\b"
            + "|^(.+?)\\s+(?:doit|doivent|devrait|debe|deben|deberia|soll|sollte|muss)\\s+(?:aussi\\s+|tambien\\s+|auch\\s+)?(?:comprendre|inclure|avoir|contenir|indiquer|incluir|tener|mostrar|die\\s+)?\\s*(?:l'|une\\s+|la\\s+|una\\s+)?(?:heure|hora|uhrzeit)\\b");
    private static final List<Pattern> TYPE = List.of(
            p("^(?:make|turn|change|convert|switch|set)\\s+(.+?)\\s+(?:into|to|as)\\s+(?:a\\s+|an\\s+)?(.+)$"),
            p("^(?:store|keep|record|save|capture|hold|enter|treat|show)\\s+(?:the\\s+)?(.+?)\\s+as\\s+(?:a\\s+|an\\s+)?(.+)$"),
            // "deja el conductor como una persona normal", "garde le responsable comme une personne", "führe den Fahrer als Person"
            p("^(?:deja|dejad|guarda|guardad|trata|tratad|registra)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)\\s+como\\s+(?:un\\s+|una\\s+)?(.+)$"),
            p("^(?:laisse[rz]?|garde[rz]?|traite[rz]?|enregistre[rz]?)\\s+(?:le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+comme\\s+(?:un\\s+|une\\s+)?(.+)$"),
            p("^(?:lass|lasst|behandle|behandelt|speichere|speichert|fuhre|fuhrt)\\s+(?:den\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:einfach\\s+)?als\\s+(?:eine?n?\\s+)?(.+?)(?:\\s+(?:stehen|laufen|weiter))?$"),
            p("^(?:make|turn|rends|mets|passe|transforme|haz|pon|cambia|convierte|mach|andere)\\w*\\s+(.+?)\\s+(?:a|an|un|une|una|ein|eine|einem|einen|en|zu|zum|zur|in)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(?:picked|chosen|selected|taken|looked up)\\s+(?:from|in|out of)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(.+)$"),
            // "could the start and end times be proper date/times?": the question form
            p("^(?:could|can|should|shouldn't|would|will)\\s+(?!we\\b|you\\b|i\\b|they\\b)(.+?)\\s+(?:also\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(.+)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:now\\s+)?(?:really\\s+|actually\\s+|just\\s+|rather\\s+|basically\\s+|more like\\s+|only\\s+)?(?:a\\s+|an\\s+)?(.+)$"),
            p("^(it's|it is|that's|that is|this is|they're|they are|c'est|es|ist|que sea|que sean|qu'il soit|qu'elle soit)\\s+(?:really\\s+|actually\\s+|just\\s+|rather\\s+)?(?:a\\s+|an\\s+|un\\s+|une\\s+|una?\\s+|ein\\s+|eine\\s+)?(.+)$"),
            p("^(.+?)\\s+(?:doit|doivent|devrait)\\s+etre\\s+(.+)$"),
            p("^(.+?)\\s+(?:est|sont|es|son|ist|sind)\\s+(?:en fait\\s+|plutot\\s+|en realidad\\s+|eigentlich\\s+)?(?:un|une|una?|ein|eine)\\s+(.+)$"),
            p("^(.+?)\\s+(?:debe|deben|deberia|deberian|tiene que|tienen que|ha de|han de|va a)\\s+ser\\s+(.+)$"),
            p("^(.+?)\\s+(?:devient|deviennent|doit devenir|doivent devenir|sera|seront)\\s+(.+)$"),
            p("^(.+?)\\s+(?:se convierte en|pasa a ser|pasan a ser|sera|seran)\\s+(.+)$"),
            p("^(.+?)\\s+(?:wird|werden|soll|sollen)\\s+(?:jetzt\\s+|nun\\s+|ab jetzt\\s+)?(?:zu\\s+)?(?:einem|einer|eine|ein|zum|zur)\\s+(.+?)(?:\\s+werden)?$"),
            p("^(.+?)\\s+(?:soll|sollen|sollte|sollten|muss|mussen)\\s+(.+?)\\s+(?:sein|werden)$"));

    private static final Pattern NUMBER = Pattern.compile("\\s*[0-9]+(?:[.,][0-9]+)?\\s*");

    private record Shape(Pattern pattern, FieldType type) {
    }

    /** Ways of saying what a field holds without naming a type. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(TOO_SMALL, FieldType.LONG_TEXT),
            new Shape(p("^(.+?)\\s+(?:needs|need|should have|requires|could use)\\s+(?:more|extra|much more|a lot more)\\s+(?:space|room|lines)\\b"), FieldType.LONG_TEXT),
            new Shape(p("^(.+?)\\s+(?:only\\s+)?(?:needs|should have|should show|should record|is)\\s+(?:only\\s+)?(?:the\\s+)?(?:day|date)(?:\\s+only)?,?\\s+(?:not|without|no)\\s+(?:the\\s+)?time\\b"), FieldType.DATE),
            // "la fecha solo necesita el día, no la hora", "la date n'a besoin que du jour, pas de l'heure", "das Datum braucht nur den Tag, keine Uhrzeit"
            new Shape(p("^(.+?)\\s+(?:(?:solo|solamente|seulement|nur)\\s+)?(?:necesita|lleva|n'a besoin que|a besoin|doit avoir|braucht|reicht|genugt)\\s+(?:solo\\s+|seulement\\s+|nur\\s+)?(?:el\\s+|la\\s+|le\\s+|du\\s+|d[eu]\\s+|den\\s+|das\\s+|der\\s+)?(?:dia|fecha|jour|date|tag|datum)(?:\\s+(?:solo|seulement|nur))?,?\\s+(?:no|sin|pas|sans|nicht|ohne|keine)\\s+(?:la\\s+|l'|de l'|d'|die\\s+)?(?:hora|heure|uhrzeit|zeit)\\b"), FieldType.DATE),
            new Shape(p("^(.+?)\\s+(?:can|should|must|needs to|will|may)\\s+(?:have|allow|take|hold|include|accept)\\s+(?:cents|pennies|decimals|decimal places|fractions|halves|half [\\w-]+|parts? of)"), FieldType.DECIMAL),
            new Shape(p("^(.+?)\\s+(?:can|should|may|could)\\s+(?:have|allow|take|accept)\\s+(?:more than one|several|multiple|many)\\s+(?:answers?|values?|choices?|options?|selections?)"), FieldType.MULTI_CHOICE));

    static boolean type(RefineSession s, RefineClause c) {
        for (Shape shape : SHAPES) {
            Matcher m = c.match(shape.pattern());
            if (!m.find()) {
                continue;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
            if (f == null) {
                continue;
            }
            FieldType t = shape.type();
            if (t == FieldType.DECIMAL && (f.field().type() == FieldType.MONEY || f.field().type() == FieldType.DECIMAL)) {
                s.already.add(f.field().label() + " already takes decimals.");
                return true;
            }
            if (t == FieldType.DECIMAL && f.field().type().hasOptions() && !f.field().options().stream().allMatch(o -> NUMBER.matcher(o).matches())) {
                // "the size should allow decimals" with S, M and L: a choice of words takes no decimals (nor a value "Decimals"); a choice of numbers may
                s.already.add(f.field().label() + " is a choice of " + String.join(", ", f.field().options()) + "; it stays a choice.");
                return true;
            }
            if (t == FieldType.MULTI_CHOICE && !f.field().type().hasOptions()) {
                continue;
            }
            s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
            return true;
        }
        Matcher withTime = c.match(WITH_TIME);
        if (withTime.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(withTime, withTime.group(1) != null ? 1 : 2));
            if (f != null) {
                s.setType(f.entity().key(), f.field().key(), FieldType.DATETIME, List.of(), null);
                return true;
            }
        }
        for (Pattern p : TYPE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause what = c.group(m, 2);
            if (what.text.matches("^(?:called|named|known as|labell?ed|appele\\w*|nomme\\w*|llamad\\w*|denominad\\w*|genannt|bezeichnet)\\b.*")) {
                // "'Received on' is really called drop-off date": a name, not a type
                continue;
            }
            List<String> listed = RefineText.values(what.orig);
            boolean typeWords = RefineTypes.named(what.text).filter(t -> !t.hasOptions()).isPresent() && what.text.split("\\s+").length <= 4
                    || RefineRetype.named(what.text).filter(t -> t == FieldType.DATETIME).isPresent(); // "fecha y hora de verdad": one type, no list
            if (what.text.contains(":") || !typeWords && listed.size() >= 2 && listed.stream().allMatch(v -> v.split("\\s+").length <= 3) && RefineOptions.isValueList(what.text)) {
                continue;
            }
            Matcher linkTo = what.match(LINK_TO);
            if (linkTo.find()) {
                RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
                RefineClause kind = what.group(linkTo, 1);
                Entity known = RefineResolver.entity(s, kind);
                boolean newList = what.text.matches(".*\\b(?:list|table|register|records|new|separate)\\b.*");
                if (f != null && (known != null || newList)) {
                    Entity existing = known;
                    String key = existing != null ? existing.key()
                            : s.addEntity(RefineText.capitalize(RefineAdditions.singular(RefineText.label(kind.orig))));
                    s.ensureField(key);
                    s.setType(f.entity().key(), f.field().key(), FieldType.REFERENCE, List.of(), key);
                    return true;
                }
            }
            Optional<FieldType> named = RefineRetype.named(what.text);
            Entity target = named.isPresent() ? null : RefineResolver.entity(s, new RefineClause(what.orig.replaceAll("(?i)^(?:a|an|the)\\s+|\\s+(?:from|in) the list$", "")));
            if (named.isEmpty() && target == null) {
                continue;
            }
            List<RefineMatcher.FieldRef> both = named.isPresent() && !named.get().hasOptions() ? together(s, c.group(m, 1)) : List.of();
            if (both.size() > 1) {
                // "start time and end time need to be real date+time fields", "Beginn und Ende sollten …": each of them
                for (RefineMatcher.FieldRef one : both) {
                    s.setType(one.entity().key(), one.field().key(), named.get(), one.field().options(), null);
                }
                return true;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
            if (f == null) {
                continue;
            }
            if (target != null) {
                s.setType(f.entity().key(), f.field().key(), FieldType.REFERENCE, List.of(), target.key());
            } else {
                FieldType t = named.get();
                if (t.hasOptions() && f.field().options().isEmpty()) {
                    List<String> defaults = RefineTypes.defaultOptions(f.field().label());
                    if (defaults.isEmpty()) {
                        s.mention(f.entity().key(), f.field().key());
                        continue;
                    }
                    s.setType(f.entity().key(), f.field().key(), t, defaults, null);
                } else {
                    boolean whole = WHOLE.matcher(what.text).find();
                    if (t == FieldType.INTEGER && !whole && (f.field().type() == FieldType.MONEY || f.field().type() == FieldType.DECIMAL)) {
                        t = FieldType.DECIMAL;
                    }
                    if (t == FieldType.INTEGER && !whole && saysDecimals(s, c)) {
                        // "the grade is a value out of 5 (may be 3.5)", "a value, with half marks": the example says decimals
                        t = FieldType.DECIMAL;
                    }
                    s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
                }
            }
            return true;
        }
        return bareType(s, c);
    }

    /** "start time and end time", "the start and end times", "l'heure de début et l'heure de fin", "Beginn und Ende". */
    private static final Pattern AND = p("\\s*(?:,\\s*(?:and\\s+|et\\s+|y\\s+|und\\s+)?|\\s(?:and|et|y|und|&)\\s)\\s*");

    /** The fields a subject names when it joins two or more, each named in full or sharing the last one's head word; else empty. */
    private static List<RefineMatcher.FieldRef> together(RefineSession s, RefineClause subject) {
        String[] parts = AND.split(subject.orig.strip());
        if (parts.length < 2 || parts.length > 4) {
            return List.of();
        }
        String[] last = parts[parts.length - 1].strip().split("\\s+");
        String head = last.length >= 2 ? RefineAdditions.singular(last[last.length - 1]) : null;
        List<RefineMatcher.FieldRef> out = new java.util.ArrayList<>();
        for (String part : parts) {
            String bare = part.strip().replaceFirst("(?i)^(?:the|le|la|l'|el|der|die|das)\\s+", "");
            RefineMatcher.FieldRef f = null;
            if (head != null && !bare.contains(" ") && part != parts[parts.length - 1]) {
                f = RefineResolver.field(s, new RefineClause(bare + " " + head)); // "the start and end times": start time
            }
            if (f == null) {
                f = RefineResolver.field(s, new RefineClause(part.strip()));
            }
            RefineMatcher.FieldRef found = f;
            if (found == null || out.stream().anyMatch(o -> o.field().key().equals(found.field().key()) && o.entity().key().equals(found.entity().key()))) {
                return List.of();
            }
            out.add(found);
        }
        return out;
    }

    private static final Pattern MAKE_BARE = p("^(?:make|set|turn|mark)\\s+(?:the\\s+)?(.+)$");

    /** "make category multi-select", "set notes long text": the type words end the clause, no article. */
    private static boolean bareType(RefineSession s, RefineClause c) {
        Matcher m = c.match(MAKE_BARE);
        if (!m.find()) {
            return false;
        }
        RefineClause rest = c.group(m, 1);
        String[] words = rest.text.split(" ");
        for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
            int cut = rest.text.length() - String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length)).length();
            RefineClause what = rest.from(cut);
            Optional<FieldType> named = RefineTypes.named(what.text);
            RefineMatcher.FieldRef f = RefineResolver.field(s, rest.sub(0, cut));
            if (named.isEmpty() || f == null || f.score() < 0.99) {
                continue;
            }
            FieldType t = named.get();
            if (t.hasOptions() && f.field().options().isEmpty()) {
                return false;
            }
            s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
            return true;
        }
        return false;
    }

    private RefineTypeEdits() {
    }

    /** Whether the clause as written shows a number with decimals or says decimals, and does not rule them out. */
    private static boolean saysDecimals(RefineSession s, RefineClause c) {
        String said = RefineText.fold(s.clauseSaid == null ? c.orig : s.clauseSaid + " " + c.orig);
        return RefineCues.DECIMAL.matcher(said).find() && !RefineCues.NO_DECIMALS.matcher(said).find() && !RefineCues.WHOLE.matcher(said).find();
    }
}

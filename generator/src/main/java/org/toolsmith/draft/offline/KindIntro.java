package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new record kind introduced in passing, read by the clause's structure in four languages: a
 * plural noun said, then what each one has ("we work with subcontractors these days, each has a
 * company name, a contact and a phone", "des sous-traitants. Chacun a …", "varias gestorías, cada
 * una con su nombre …", "mit mehreren Subunternehmern – jeder hat …"); a plural noun that should be
 * a list of its own ("the drivers should be their own list (…)", "les écoles devraient avoir leur
 * propre liste, avec …", "tener las compañías como una lista propia (…)", "die Lieferanten als
 * eigene Liste mit …"); or one new thing to record each time ("registrar cada entrega: la fecha,
 * …", "garder chaque test avec sa date …"). The kind is made with its fields; "one of them / l'un
 * d'eux / una de ellas / einem davon" later in the message becomes "one" of the new kind, so the
 * link readers see it; "…, linked to the audit / rattaché à la lignée / vinculada a la auditoría"
 * at the end of the list links the new kind to that kind (the new kind is the "many" side); a kind
 * whose field bears the new kind's name gets the link instead of its typed field.
 */
final class KindIntro {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLOSE_BRACKET = Pattern.compile("\\)");
    private static final Pattern CLOSE_DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern DASH = Pattern.compile("[-–—]");
    private static final Pattern CLOSE_LEAD = Pattern.compile("^[\\s)–—-]+");
    private static final Pattern AND_LEAD = Pattern.compile("^(?i)(?:and|et|y|und)\\s+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    /** "each has", "chacun a", "cada una con", "jeder hat": what each one of the plural just said has. */
    private static final Pattern EACH_HAS = p("(?:^|,\\s*|\\s[-–—]\\s*|\\(\\s*)(?:and\\s+|et\\s+|y\\s+|und\\s+)?(?:each(?: one)?|every one|they each|chacune?|chacun d'entre (?:eux|elles)|cada un[oa]|jede[rs]?|jeweils)"
            + "(?:\\s+of them|\\s+de ell[oa]s|\\s+davon|\\s+von ihnen)?\\s+(?:has|have|comes with|with|needs|a|avec|possede|comporte|con|tiene|lleva|hat|mit|braucht)\\s+");
    /** "their own list", "leur propre liste", "à part", "una lista propia", "eigene Liste": a list of its own. */
    private static final Pattern OWN_LIST = p("\\b(?:(?:their|its|our) own (?:list|table|register)|(?:a |as a )?(?:separate|standalone) (?:list|table|register)|(?:leur|sa|une) propre liste|(?:une )?liste (?:a part|separee|propre)|a part"
            + "|(?:como |en )?(?:una |su )?(?:lista|tabla) (?:propia|aparte|separada)|su propia (?:lista|tabla)|(?:als )?eigene[nr]? (?:liste|tabelle))\\b");
    /** "proper driver records", "a separate supplier list": the kind said inside the cue. */
    private static final Pattern NAMED_LIST = p("\\b(?:proper|separate|own)\\s+([\\p{L}-]+)\\s+(?:records|list|table|register|directory)\\b");
    /** "for each stop we'd want", "pour chaque essai on voudrait", "de cada entrega queremos", "für jede Lieferung wollen wir": one new thing and what it needs. */
    private static final Pattern FOR_EACH = p("\\b(?:(?:for|on) (?:each|every)|pour chaque|(?:para|de|en) cada|(?:fur|zu|bei) jede[nmrs]?)\\s+([\\p{L}'-]+)\\s*,?\\s+"
            + "(?:we(?:'d| would)? (?:want|need|like|record|log|note|keep)|i(?:'d| would) (?:want|like)|on (?:voudrait|veut|aimerait|doit)|il (?:nous )?(?:faut|faudrait)|nous (?:voulons|voudrions)"
            + "|queremos|necesitamos|quisieramos|nos gustaria|hace falta|(?:wollen|mochten|brauchen|brauchten|mussen) wir)\\s+(?:to (?:know|record|see|have|note)\\s+|(?:savoir|noter|saber|apuntar|erfassen|wissen)\\s+)?");
    private static final Pattern MANY = p("\\b(?:several|many|multiple|a few|plusieurs|de nombreux|de nombreuses|varios|varias|muchos|muchas|mehrere[n]?|viele[n]?)\\s+([\\p{L}'-]+)");
    /** "which machine", "quel costume", "qué vehículo", "welches Gerät" as an item of the list. */
    private static final Pattern WHICH_ITEM = p("(?:^|,\\s*)(?:which|what|quel|quelle|que|cual|welche[mnrs]?)\\s+([\\p{L}'-]+)\\s*(?=,|$|\\s(?:and|et|y|und)\\s)");
    private static final Pattern OWNER = p("\\b(?:(?:for|of|on|per|from|against|with)\\s+(?:each|every|any)|per|pour\\s+chaque|de\\s+chaque|sur\\s+chaque|"
            + "de\\s+cada|para\\s+cada|a\\s+cada|en\\s+cada|pro|fur\\s+jede[nmrs]?|bei\\s+jede[mnrs]?|zu\\s+jede[mnrs]?)\\s+([\\p{L}'-]+)");
    /** "… - they should be", "…, ils devraient avoir", "…, sie sollten": a pronoun that takes up the noun before it. */
    private static final Pattern PRONOUN_TAIL = p("\\s*[,;:–—-]\\s*(?:they|ils|elles|ellos|ellas|sie)\\s+(?:\\S+\\s+){0,2}\\S+$");
    /** "…: pour chaque pièce, sa référence, …", "For each system: name, owner …": the fields of one new thing, right after it. */
    private static final Pattern FOR_EACH_LIST = p("(?:^|:\\s*)(?:for each|for every|pour chaque|para cada|fur jede[nmrs]?)\\s+([\\p{L}'-]+)\\s*[:,]\\s*");
    /** Where the fields start after the cue. */
    private static final Pattern LIST_START = p("^\\s*(?:,\\s*)?(?:(?:each|jeweils|chacune?|cada un[oa])\\s+)?(?:with|including|avec|con|mit)\\s+|^\\s*[:(]\\s*|^\\s+[-–—]\\s+|^\\s*(?:sein|sein,)?\\s*[:(]\\s*");
    /** "registrar cada entrega:", "garder chaque test avec", "log every callout with": one new thing recorded each time. */
    private static final Pattern RECORD_EACH = p("\\b(?:record|keep|track|log|note|register|capture|enregistrer|garder|suivre|noter|consigner|registrar|apuntar|llevar|guardar|anotar|"
            + "erfassen|festhalten|notieren|dokumentieren|protokollieren)\\s+(?:(?:each|every|chaque|cada|jede[ns]?)\\s+)([\\p{L}'-]+)(?=\\s*(?::|\\s(?:with|avec|con|mit)\\s))");
    /** Before a plural head: the determiners, quantifiers and prepositions a new thing is said after. */
    private static final Pattern MARKER = p("\\b(?:the|our|some|several|many|various|bunch of|lot of|few|handful of|lots of|number of|to|with|for|from|proper"
            + "|les|des|nos|plusieurs|de nombreux|de nombreuses|avec|aux|de|nuestr[oa]s|los|las|unos|unas|varios|varias|muchos|muchas|con|a|de"
            + "|die|den|unsere[n]?|mehrere[n]?|viele[n]?|einige[n]?|verschiedene[n]?|paar|mit)\\s+$");
    private static final java.util.Set<String> AFTER = RefineText.set("these", "days", "now", "too", "also", "as", "well", "nowadays", "currently", "more", "and",
            "aussi", "egalement", "maintenant", "desormais", "actuellement", "tambien", "ahora", "actualmente", "ya", "auch", "zusammen", "inzwischen",
            "mittlerweile", "jetzt", "nun", "noch", "ebenfalls", "derzeit", "hier", "here", "lately", "recently", "recemment", "ultimamente", "recientemente",
            "neuerdings", "listed", "too", "listees", "listados", "listadas", "aufgelistet");
    private static final java.util.Set<String> CONTAINER = RefineText.set("records", "record", "details", "entries", "list", "files", "profiles", "data",
            "fiches", "fichas", "datos", "daten", "stammdaten", "liste", "lista");
    private static final java.util.Set<String> NOT_HEAD = RefineText.set("things", "days", "times", "years", "months", "weeks", "people", "questions", "problems",
            "choses", "jours", "fois", "ans", "gens", "cosas", "dias", "veces", "anos", "dinge", "sachen", "tage", "jahre", "leute", "fragen", "fields", "champs", "campos",
            "felder", "columns", "colonnes", "columnas", "spalten", "details", "options", "values");
    /** "one of them", "l'un d'eux", "una de ellas", "einem davon": one of the plural just made a kind. */
    private static final Pattern ONE_OF = p("\\b(?:one of (?:them|those|these(?:\\s+[\\p{L}-]+)?)|l'une? d'(?:eux|elles|entre eux|entre elles)|une? de ces\\s+[\\p{L}-]+"
            + "|un[oa]? de (?:ell[oa]s|est[oa]s\\s+[\\p{L}-]+|es[oa]s\\s+[\\p{L}-]+)|(?:einem|einer|einen|eines|eine|einer) (?:davon|von ihnen|dieser\\s+[\\p{L}-]+))");
    /** "…, linked to the audit", "rattaché à la lignée", "vinculada a la auditoría", "verknüpft mit der Anlage": the new kind's owner. */
    private static final Pattern LINKED = p("(?:^|,\\s*|\\s+)(?:and\\s+|et\\s+|y\\s+|und\\s+)?(?:(?:each|all)\\s+)?(?:linked|tied|attached|connected|related|belonging|lie|liee|lies|liees|rattache|rattachee|rattaches|rattachees|relie|reliee|associe|associee"
            + "|vinculad[oa]s?|asociad[oa]s?|ligad[oa]s?|enlazad[oa]s?|relacionad[oa]s?|verknupft|verbunden|zugeordnet)\\s+(?:to|with|a|au|aux|al|con|mit|zu|zum|zur)\\s+"
            + "(?:the|its|their|a|an|la|le|les|l'|el|los|las|su|sus|der|dem|den|einem|einer)?\\s*([\\p{L}'-]+)[^,]*$");

    private KindIntro() {
    }

    /** Makes the kinds said in passing and returns the message without the sentences it read. */
    static String take(RefineSession s, String message) {
        if (s.message == null) {
            // the whole message, for the readers that look at other sentences (set again after the rewrites)
            s.message = message;
        }
        Matcher sm = SENTENCE.matcher(message);
        List<int[]> spans = new ArrayList<>();
        while (sm.find()) {
            spans.add(new int[] {sm.start(), sm.end()});
        }
        String[] out = new String[spans.size()];
        List<String> made = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String sentence = message.substring(spans.get(i)[0], spans.get(i)[1]);
            String before = i > 0 ? message.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]) : null;
            String next = i + 1 < spans.size() && out[i] == null ? message.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]) : null;
            boolean[] usedNext = {false};
            String rest = out[i] != null ? null : read(s, sentence, before, next, usedNext, made);
            if (rest != null) {
                out[i] = rest;
                if (usedNext[0]) {
                    out[i + 1] = "";
                }
            }
        }
        if (made.isEmpty()) {
            // "Die Fahrzeuge stehen schon in der App – jede Sendung sollte einem davon zugeordnet sein": one of a kind named before
            return oneOfNamed(s, message);
        }
        for (int i = 0; i < spans.size(); i++) {
            if (out[i] == null) {
                out[i] = restated(s, message.substring(spans.get(i)[0], spans.get(i)[1]), made);
            }
        }
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (out[i] != null) {
                b.append(message, from, spans.get(i)[0]).append(' ').append(out[i]).append(out[i].isBlank() ? " " : ". ");
                from = spans.get(i)[1];
            }
        }
        b.append(message.substring(from));
        return oneOf(s, b.toString().strip(), made.get(made.size() - 1));
    }

    /** One sentence: the rest of it when a kind was made from it, else null. */
    private static String read(RefineSession s, String sentence, String before, String next, boolean[] usedNext, List<String> made) {
        RefineClause c = new RefineClause(sentence.replaceAll("[.!?;\\s]+$", ""));
        if (c.text.split("\\s+").length > 70) {
            return null;
        }
        Matcher each = c.match(EACH_HAS);
        if (each.find()) {
            RefineClause head = c.sub(0, each.start());
            String noun = plural(s, head);
            if (noun == null && each.start() == 0 && before != null) {
                noun = plural(s, new RefineClause(before.replaceAll("[.!?;\\s]+$", "")));
            }
            if (noun != null) {
                return make(s, noun, c.from(each.end()), made, each.group(), c.sub(0, each.start()));
            }
        }
        Matcher own = c.match(OWN_LIST);
        if (own.find()) {
            RefineClause after = c.from(own.end());
            Matcher start = after.match(LIST_START);
            String noun = topic(s, c.sub(0, own.start()));
            if (noun == null) {
                noun = plural(s, c.sub(0, own.start()));
            }
            if (noun != null && start.find()) {
                return make(s, noun, after.from(start.end()), made, start.group(), c.sub(0, own.start()));
            }
            Entity listed = noun == null ? existingTopic(s, c.sub(0, own.start())) : null;
            if (listed != null && start.find()) {
                // "suppliers should be their own list with name, email and phone" when Supplier is a kind already: its fields
                String[] cut = cut(after.from(start.end()).orig, start.group());
                RefineItems.addAll(s, new RefineClause(cut[0]), listed.key(), null);
                s.lastEntity = listed.key();
                made.add(listed.name());
                return cut[1];
            }
            if (noun != null && next != null && bareList(next)) {
                // "Funders should be their own list really, we … . Name, website and the officer's email."
                String rest = make(s, noun, new RefineClause(next.replaceAll("[.!?;\\s]+$", "")), made, "", c.sub(0, own.start()));
                if (rest != null) {
                    usedNext[0] = true;
                    return "";
                }
            }
        }
        Matcher named = c.match(NAMED_LIST);
        if (named.find() && isNew(s, c.group(named, 1).orig)) {
            Matcher start = c.from(named.end()).match(LIST_START);
            if (start.find()) {
                return make(s, c.group(named, 1).orig, c.from(named.end()).from(start.end()), made, start.group(), c.sub(0, named.start()));
            }
        }
        Matcher forEach = c.match(FOR_EACH);
        if (forEach.find() && isNew(s, c.group(forEach, 1).orig) && RefineResolver.field(s, c.group(forEach, 1)) == null) {
            String rest = make(s, c.group(forEach, 1).orig, c.from(forEach.end()), made, "", null);
            if (rest != null) {
                Entity one = manyOwner(s, c.sub(0, forEach.start()), c.group(forEach, 1).orig);
                if (one != null) {
                    s.pendingLinks.add(new RefineEachLink.Pending(s.entity(s.lastEntity).name(), one.name()));
                }
                return rest;
            }
        }
        Matcher forList = c.match(FOR_EACH_LIST);
        if (forList.find() && isNew(s, c.group(forList, 1).orig) && (RefineResolver.field(s, c.group(forList, 1)) == null || listNamed(s, c.group(forList, 1).orig))) {
            String rest = RefineItems.split(c.from(forList.end())).size() < 3 ? null
                    : make(s, c.group(forList, 1).orig, c.from(forList.end()), made, "", c.sub(0, forList.start()));
            if (rest != null) {
                return rest;
            }
        }
        Matcher rec = c.match(RECORD_EACH);
        if (rec.find()) {
            String noun = c.group(rec, 1).orig;
            RefineClause after = c.from(rec.end());
            Matcher start = after.match(LIST_START);
            if (start.find() && isNew(s, noun)) {
                return make(s, noun, after.from(start.end()), made, start.group(), c.sub(0, rec.start()));
            }
        }
        return null;
    }

    /** The kind and its fields; null when the list is not a list of fields. */
    private static String make(RefineSession s, String noun, RefineClause list, List<String> made, String opener, RefineClause head) {
        String[] cut = cut(list.orig, opener);
        String text = cut[0];
        String rest = cut[1];
        // "su nombre", "leur ville", "their name", "ihre Adresse": the possessive is not part of the field's name
        RefineClause l = new RefineClause(text.replaceAll("(?iu)(^|[\\s,(])(?:their|its|su|sus|son|sa|ses|leur|leurs|ihre[nmrs]?|seine[nmrs]?)\\s+", "$1"));
        Matcher next = l.match(p(",?\\s+(?:and|et|y|und|but|mais|pero|aber)\\s+(?=(?:each|every|all|tous|toutes|chaque|cada|todos|todas|jede[rsnm]?|alle|we|i|they|il|on|nous|wir|ich|sie|that|que|dass)\\s)"));
        if (next.find()) {
            rest = (l.from(next.end()).orig + " " + rest).strip();
            l = l.sub(0, next.start());
        }
        String owner = null;
        Matcher linked = l.match(LINKED);
        if (linked.find()) {
            Entity to = kind(s, l.group(linked, 1).orig);
            if (to != null) {
                owner = to.name();
                l = l.sub(0, linked.start());
            }
        }
        List<String> whichKinds = new ArrayList<>();
        Matcher which = l.match(WHICH_ITEM);
        if (which.find()) {
            Entity to = kind(s, l.group(which, 1).orig);
            if (to != null) {
                // "quel costume, la compagnie, …": which one of a kind that exists is a link, not a field
                whichKinds.add(to.name());
                l = new RefineClause((l.sub(0, which.start()).orig + " " + l.from(which.end()).orig).replaceAll("^[\\s,]+|[\\s,]+$", ""));
            }
        }
        // "…, claro, asociada a …", "lo que hay que hacer": asides out, "what to do" is the task
        l = new RefineClause(l.orig.replaceAll("(?iu),\\s*(?:claro|por supuesto|of course|obviously|naturally|bien s[uû]r|[ée]videmment|naturellement|nat[uü]rlich|selbstverst[aä]ndlich)\\s*(?=,|$)", "")
                .replaceAll("(?iu)\\b(?:lo que hay que hacer|qu[eé] hay que hacer)\\b", "tarea").replaceAll("(?iu)\\bce qu'il (?:faut|y a [àa]) faire\\b", "tâche")
                .replaceAll("(?iu)\\bwhat (?:needs doing|needs to be done|has to be done|to do)\\b", "task").replaceAll("(?iu)\\bwas (?:zu tun ist|getan werden muss)\\b", "Aufgabe"));
        if (owner == null && head != null) {
            Entity o = headOwner(s, head, noun);
            owner = o == null ? null : o.name();
        }
        if (!RefineKindSentence.listOfFields(s, new RefineClause(l.orig.replaceAll("\\s*\\([^)]*\\)", "")))) {
            return null;
        }
        String singular = singular(s, noun);
        if (singular == null) {
            return null;
        }
        Entity holder = fieldHolder(s, singular, noun);
        org.toolsmith.spec.AppSpec was = s.spec;
        int said = s.changes.size();
        String key = s.addEntity(RefineText.capitalize(singular));
        try {
            RefineItems.addAll(s, l, key, null);
        } catch (org.toolsmith.draft.DraftException unsure) {
            // an item it cannot name ("lo que hay que hacer"): the sentence is left to the other readers, the spec as it was
            s.spec = was;
            s.changes.subList(said, s.changes.size()).clear();
            return null;
        }
        s.ensureField(key);
        s.lastEntity = key;
        made.add(singular);
        Entity madeKind = s.entity(key);
        if (owner != null) {
            s.pendingLinks.add(new RefineEachLink.Pending(madeKind.name(), owner));
        }
        for (String to : whichKinds) {
            s.pendingLinks.add(new RefineEachLink.Pending(madeKind.name(), to));
        }
        if (holder != null && !holder.key().equals(key)) {
            // "Lagerort sollte eine eigene Liste sein": the kind whose field bears that name links to the list
            s.pendingLinks.add(new RefineEachLink.Pending(holder.name(), madeKind.name()));
        }
        return rest.isBlank() ? "" : rest;
    }

    /**
     * "De cada auditoría salen varias acciones (ordenar …, pintar …) y …" beside the sentence that made
     * Acción: the link it states, and the sentence without that part (its examples are no values); null
     * when the sentence says no such thing.
     */
    private static String restated(RefineSession s, String sentence, List<String> made) {
        RefineClause c = new RefineClause(sentence);
        Matcher m = c.match(MANY);
        while (m.find()) {
            for (String kind : made) {
                String stem = RefineText.fold(kind);
                stem = stem.substring(0, Math.min(stem.length(), Math.max(3, stem.length() - 2)));
                if (!m.group(1).startsWith(stem)) {
                    continue;
                }
                Entity one = manyOwner(s, c.sub(0, m.end()), kind);
                if (one == null) {
                    return null;
                }
                Entity madeKind = kind(s, kind);
                if (madeKind == null) {
                    return null;
                }
                s.pendingLinks.add(new RefineEachLink.Pending(madeKind.name(), one.name()));
                RefineClause after = c.from(m.end());
                String rest = after.orig.replaceFirst("^\\s*\\([^)]*\\)", "").replaceAll("^[\\s,]*(?:(?:and|et|y|und)\\s+)?", "");
                return rest.isBlank() ? "" : rest;
            }
        }
        return null;
    }

    /** "für jede Maschine gibt es mehrere Wartungen", "for every site we keep …": the kind each one belongs to. */
    private static Entity headOwner(RefineSession s, RefineClause head, String noun) {
        Matcher m = head.match(OWNER);
        while (m.find()) {
            Entity e = kind(s, head.group(m, 1).orig);
            if (e != null) {
                return e;
            }
        }
        return manyOwner(s, head, noun);
    }

    /** "each trip has several stops, and for each stop …": the kind said before "several" the new thing. */
    private static Entity manyOwner(RefineSession s, RefineClause before, String noun) {
        Matcher m = before.match(MANY);
        String stem = RefineText.fold(noun);
        stem = stem.substring(0, Math.min(stem.length(), Math.max(3, stem.length() - 2)));
        while (m.find()) {
            if (!m.group(1).startsWith(stem)) {
                continue;
            }
            String[] words = before.sub(0, m.start()).orig.split("\\s+");
            for (int i = words.length - 1; i >= 0 && i >= words.length - 5; i--) {
                Entity e = kind(s, words[i].replaceAll("[^\\p{L}'-]", ""));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** "a proper list of systems" said in the message: a field's name may be made a kind of its own. */
    private static boolean listNamed(RefineSession s, String noun) {
        String stem = RefineText.fold(noun);
        stem = stem.substring(0, Math.min(stem.length(), Math.max(3, stem.length() - 1)));
        return s.message != null && Pattern.compile("\\b(?:list|table|liste|lista|tabla|tabelle)\\s+(?:of|des|de|der|von)\\s+(?:the\\s+|our\\s+|los\\s+|las\\s+)?" + Pattern.quote(stem))
                .matcher(RefineText.fold(s.message)).find();
    }

    /** "Name, website and the grants officer's email.": a sentence that is only a short list. */
    private static boolean bareList(String sentence) {
        RefineClause c = new RefineClause(sentence.strip().replaceAll("[.!;\\s]+$", ""));
        List<RefineClause> items = RefineItems.split(c);
        return items.size() >= 2 && items.stream().allMatch(i -> i.text.split("\\s+").length <= 5)
                && !c.match(p("\\b(?:add|remove|link|please|ajout\\w*|supprim\\w*|anad\\w*|quit\\w*|bitte|loschen|entfern\\w*)\\b")).find();
    }

    /** Where a list opened by a dash or a bracket closes. */
    private static int closing(String text, String opener) {
        Pattern closer = opener.indexOf('(') >= 0 ? CLOSE_BRACKET : DASH.matcher(opener).find() ? CLOSE_DASH : null;
        if (closer == null) {
            return -1;
        }
        Matcher m = closer.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The list said after the opener, up to where it closes, and what the sentence says after it. */
    private static String[] cut(String text, String opener) {
        int close = closing(text, opener);
        if (close < 0) {
            return new String[] {text, ""};
        }
        return new String[] {text.substring(0, close), AND_LEAD.matcher(CLOSE_LEAD.matcher(text.substring(close)).replaceAll("")).replaceAll("")};
    }

    /** The plural noun said last before the cue ("to subcontractors these days", "mit mehreren Subunternehmern zusammen"). */
    static String plural(RefineSession s, RefineClause head) {
        String[] words = head.orig.replaceAll("[,:;()\"'«»„“”]+\\s*$", "").strip().split("\\s+");
        int end = words.length;
        while (end > 0 && (AFTER.contains(RefineText.fold(words[end - 1]).replaceAll("[^a-z]", ""))
                || s.lang == Lang.EN && words[end - 1].matches("\\p{Ll}{3,}ly"))) {
            end--;
        }
        Matcher pronoun = PRONOUN_TAIL.matcher(RefineText.fold(String.join(" ", java.util.Arrays.copyOf(words, end))));
        if (pronoun.find()) {
            // "the water butts listed too - they should be their own list": the noun the pronoun takes up
            int cut = pronoun.start() == 0 ? 0 : RefineText.fold(String.join(" ", java.util.Arrays.copyOf(words, end))).substring(0, pronoun.start()).split("\\s+").length;
            if (cut > 0 && cut < end) {
                return plural(s, new RefineClause(String.join(" ", java.util.Arrays.copyOf(words, cut))));
            }
        }
        for (int n = 1; n <= 3 && n <= end; n++) {
            String before = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end - n)) + " ";
            if (!MARKER.matcher(RefineText.fold(before)).find()) {
                continue;
            }
            String[] np = java.util.Arrays.copyOfRange(words, end - n, end);
            String phrase = String.join(" ", np).replaceAll("[^\\p{L}' -]", "");
            if (pluralPhrase(s, np) && isNew(s, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    /** "Nos universités partenaires, on aimerait les gérer à part": the noun phrase said first, then taken up by a pronoun. */
    private static String topic(RefineSession s, RefineClause head) {
        Matcher m = p("^(?:(?:so|also|and|then|well|alors|donc|aussi|et|pues|y|tambien|also|und|dann|auch)\\s*,?\\s+)?(?:(?:les|nos|the|our|los|las|nuestr[oa]s|die|unsere)\\s+)?([\\p{L}'-]+)(\\s+[\\p{L}'-]+)?").matcher(head.text);
        if (!m.find()) {
            return null;
        }
        for (int g = 2; g >= 1; g--) {
            if (m.group(g) == null) {
                continue;
            }
            String phrase = head.sub(m.start(1), m.end(g)).orig;
            if (pluralPhrase(s, phrase.split("\\s+")) && isNew(s, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean pluralPhrase(RefineSession s, String[] np) {
        for (String w : np) {
            if (!w.matches("\\p{L}[\\p{L}'-]*") || RefineText.STOP.contains(RefineText.fold(w))) {
                return false;
            }
        }
        String head = RefineText.fold(np[s.lang.headLast() ? np.length - 1 : 0]);
        if (NOT_HEAD.contains(head) || head.length() < 4) {
            return false;
        }
        if (s.lang == Lang.DE) {
            return Character.isUpperCase(np[np.length - 1].charAt(0));
        }
        if (s.lang == Lang.FR || s.lang == Lang.ES) {
            // "écoles partenaires", "compañías contrarias": every word agrees in the plural
            return java.util.Arrays.stream(np).map(RefineText::fold).allMatch(w -> w.endsWith("s") || w.endsWith("x"));
        }
        return head.endsWith("s") || head.endsWith("x") || CONTAINER.contains(head);
    }

    /** Not a kind that exists already (a field of that name is fine: it becomes the link). */
    private static boolean isNew(RefineSession s, String phrase) {
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, phrase);
        RefineMatcher.EntityRef e2 = RefineMatcher.entity(s.spec, s.singular(phrase));
        return (e == null || e.score() < 0.9) && (e2 == null || e2.score() < 0.9);
    }

    /** The singular name of the new kind: container words ("driver records") off, German dative plurals cut. */
    private static String singular(RefineSession s, String noun) {
        String[] w = noun.strip().split("\\s+");
        if (w.length > 1 && CONTAINER.contains(RefineText.fold(w[w.length - 1]))) {
            noun = String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
        }
        if (s.lang == Lang.DE && noun.matches(".*\\p{L}{3}(?:ern|eln)$")) {
            noun = noun.substring(0, noun.length() - 1);
        }
        String one = s.singular(noun);
        if (s.lang == Lang.DE && one.equals(noun) && noun.matches(".*(?:en)$") && noun.length() > 6 && !noun.matches(".*(?:ungen|heiten|keiten)$")) {
            one = noun;
        }
        return one.isBlank() ? null : one;
    }

    /** The kind with a field of the new kind's name ("Lagerort", "Compañía contraria"), to be linked to it. */
    private static Entity fieldHolder(RefineSession s, String singular, String said) {
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                String label = RefineText.fold(f.label());
                if (label.equals(RefineText.fold(singular)) || label.equals(RefineText.fold(said))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** "one of them" after the kind is made: "one <kind>", so the link readers see the kind. */
    private static String oneOf(RefineSession s, String message, String singular) {
        RefineClause c = new RefineClause(message);
        Matcher m = c.match(ONE_OF);
        if (!m.find() || !linkClause(c, m.start())) {
            return message;
        }
        String one = switch (s.lang) {
            case FR -> "un ";
            case ES -> "un ";
            case DE -> "einem ";
            default -> "one ";
        };
        return c.sub(0, m.start()).orig + " " + one + singular + " " + c.from(m.end()).orig;
    }

    /** "one of them" in a clause that starts with each / every / chaque / cada / jede: a link, not a remark. */
    private static boolean linkClause(RefineClause c, int at) {
        String before = c.text.substring(0, at);
        int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')), Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('–'), before.lastIndexOf(" - "))));
        return p("^\\s*(?:(?:and|et|y|und|so|also|donc|asi que)\\s+)?(?:each|every|chaque|cada|jede[rsmn]?)\\s").matcher(before.substring(cut + 1)).find();
    }

    /** "one of them" after a kind named in the plural: "one <kind>". */
    private static String oneOfNamed(RefineSession s, String message) {
        RefineClause c = new RefineClause(message);
        Matcher m = c.match(ONE_OF);
        if (!m.find() || !linkClause(c, m.start())) {
            return message;
        }
        String[] words = c.sub(0, m.start()).orig.split("[^\\p{L}'-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].length() < 3) {
                continue;
            }
            Entity e = kind(s, words[i]);
            if (e != null && !RefineText.fold(s.singular(words[i])).equals(RefineText.fold(words[i]))) {
                return oneOf(s, message, e.name());
            }
        }
        return message;
    }

    /** The kind that exists already and is named first before the cue ("suppliers should be …", "die Lieferanten sollen …"). */
    private static Entity existingTopic(RefineSession s, RefineClause head) {
        String[] words = SPACES.split(head.orig.strip());
        for (int i = 0; i < Math.min(3, words.length); i++) {
            Entity e = words[i].length() < 4 ? null : kind(s, words[i]);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static Entity kind(RefineSession s, String words) {
        for (String w : List.of(words, s.singular(words))) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, w);
            if (e != null && e.score() >= 0.9) {
                return e.entity();
            }
        }
        return null;
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/** Renames: fields, record kinds and single choices; and the order of a form. */
final class RefineRenames {
    private static final List<Pattern> RENAME = List.of(
            p("^(?:appell?e\\w*|nomm\\w*|llam\\w*|nenn\\w*)\\s+(?:le champ\\s+|la colonne\\s+|el campo\\s+|das feld\\s+)?(?:le\\s+|la\\s+|les\\s+|l'|el\\s+|los\\s+|las\\s+|den\\s+|die\\s+|das\\s+)?(.+?)\\s+([«\"'].+)$"),
            p("^(?:remplac\\w*|reemplaz\\w*|sustitu\\w*|ersetz\\w*|cambi[ae]\\s+(?=[^,]+\\s+por\\s)|chang(?:e|ez|er)\\s+(?=[^,]+\\s+par\\s))\\s*(?:le champ\\s+|el campo\\s+|das feld\\s+)?(?:le\\s+|la\\s+|l'|el\\s+|den\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:par|por|durch|mit)\\s+(.+)$"),
            p("^(?:rename\\s+)?(?:the\\s+)?(.+?)\\s*(?:->|→|=>|⇒)\\s*(.+)$"),
            p("^(?:instead of|rather than)\\s+(.+?)\\s*,?\\s+(?:say|use|write|put|show|call it|label it|name it)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|could|can|will)\\s+(?:rather\\s+|instead\\s+)?(?:read|say|show as|be shown as|display as|appear as|be labelled|be labeled)\\s+(.+)$"),
            p("^(?:label|title|caption|relabel)\\s+(?:the\\s+)?(.+?)\\s+(?:as|with)\\s+(.+)$"),
            p("^change\\s+(?:the\\s+)?(.+?)\\s+to\\s+(?:say|read)\\s+(.+)$"),
            // "change 'Technician' so it's called 'Engineer'", "update the notes so that they read 'Remarks'"
            p("^(?:(?:could|can|would)\\s+(?:you|we)\\s+)?(?:please\\s+)?(?:change|update|edit|alter)\\s+(?:the\\s+)?(.+?)\\s*,?\\s+so\\s+(?:that\\s+)?(?:it|they)(?:'s|'re|\\s+is|\\s+are|\\s+gets?)?\\s+(?:called|named|labell?ed|reads?|says?)\\s+(.+)$"),
            p("\\b(?:rename|relabel|retitle)\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?(?:to|as|into)\\s+(.+)$"),
            p("\\bchange\\s+(?:the\\s+)?(?:name|label|title|wording)\\s+(?:of\\s+)?(?:the\\s+)?(.+?)\\s+(?:to|into)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|shall|will|could|can|has to|needs to)\\s+(?:be\\s+)?(?:called|named|labell?ed|renamed(?:\\s+to)?)\\s+(.+)$"),
            p("^(?:let us\\s+|let's\\s+|can we\\s+|could we\\s+|can you\\s+|could you\\s+|we should\\s+|maybe\\s+)?call\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?([\"'].+)$"),
            p("\\brenomm\\w*\\s+(?:le champ\\s+|la colonne\\s+)?(.+?)\\s+en\\s+(.+)$"),
            p("^(.+?)\\s+(?:doit|devrait)\\s+s'appeler\\s+(.+)$"),
            p("\\brenombr\\w*\\s+(?:el campo\\s+|la columna\\s+)?(.+?)\\s+(?:a|como|por|en)\\s+(.+)$"),
            p("\\bcambi\\w*\\s+el nombre\\s+(?:de|del)\\s+(?:campo\\s+)?(.+?)\\s+(?:a|por)\\s+(.+)$"),
            p("^(.+?)\\s+(?:debe|deberia)\\s+llamarse\\s+(.+)$"),
            p("\\b(?:benenne|nenne)\\s+(?:das feld\\s+|die spalte\\s+)?(.+?)\\s+(?:in|zu)\\s+(.+?)\\s+um\\b"),
            p("\\bbenenne\\s+(.+?)\\s+um\\s+(?:in|zu)\\s+(.+)$"),
            p("^(.+?)\\s+(?:umbenennen|umbenannt werden)\\s+(?:in|zu)\\s+(.+)$"),
            p("^(.+?)\\s+(?:soll|sollte)\\s+(.+?)\\s+heissen$"),
            p("^(?:please\\s+)?change\\s+(?:the\\s+)?(.+?)\\s+(?:label|name|title|caption|heading)\\s+(?:to|into)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|will|shall|can)\\s+(?:now\\s+)?become\\s+([\"'«].+)$"),
            p("^(.+?)\\s+(?:doit|devrait|va)\\s+devenir\\s+([\"'«].+)$"),
            p("^(.+?)\\s+(?:debe|deberia|tiene que|va a)\\s+(?:pasar a ser|convertirse en)\\s+([\"'«].+)$"),
            p("^(?:bitte\\s+)?(?:das feld\\s+|die spalte\\s+)?(.+?)\\s+(?:in|zu)\\s+(.+?)\\s+(?:umbenennen|umbenannt werden|umtaufen)$"),
            p("^(?:renomme[rz]?|change[rz]?|modifie[rz]?)\\s+(?:le nom|le libelle|l'intitule)\\s+(?:du champ\\s+|de la colonne\\s+|de\\s+|du\\s+|de la\\s+|de l')?\\s*(.+?)\\s+en\\s+(.+)$"));

    private static final Pattern USE_INSTEAD = p("^(?:let us\\s+|let's\\s+|lets\\s+|maybe\\s+|perhaps\\s+|better\\s+)?(?:(?:we|i)\\s+(?:would\\s+|'d\\s+)?(?:prefer|rather have|want)\\s+|use|say|write|put|show|call it|label it|name it|(?:we|i)\\s+(?:say|call it))\\s+(.+)$");

    private static final Pattern MOVE = p("^(?:put|move|show|place|display)\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?(first|last|at the (?:top|start|beginning|end|bottom)|to the (?:top|start|end|bottom)|(?:right\\s+|just\\s+)?(?:before|after|above|below|under)\\s+(?:the\\s+)?(.+))$");

    private static final Pattern RENAME_QUOTED = p("\\b(?:rename|relabel|renomm\\w*|renombr\\w*|benenne|change)\\b[^\"«]*[\"«]([^\"»]+)[\"»]\\s*(?:to|as|into|en|a|in|por)\\s*[\"«]([^\"»]+)[\"»]");

    /** "put the receipt first", "move notes after amount": the order of the form. */
    static boolean move(RefineSession s, RefineClause c) {
        Matcher m = c.match(MOVE);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null) {
            return false;
        }
        String where = m.group(2);
        List<org.toolsmith.spec.Field> fields = new java.util.ArrayList<>(f.entity().fields());
        fields.remove(f.field());
        int at;
        if (where.startsWith("first") || where.matches(".*(?:top|start|beginning)")) {
            at = 0;
        } else if (where.startsWith("last") || where.matches(".*(?:end|bottom)")) {
            at = fields.size();
        } else {
            RefineMatcher.FieldRef anchor = RefineResolver.field(s, c.group(m, 3));
            if (anchor == null || !anchor.entity().key().equals(f.entity().key())) {
                return false;
            }
            at = fields.indexOf(anchor.field()) + (where.matches(".*(?:before|above).*") ? 0 : 1);
        }
        fields.add(at, f.field());
        s.reorder(f.entity().key(), fields, f.field().label());
        return true;
    }

    private static final Pattern SPLIT_INTO = p("^(?:(?:can|could)\\s+(?:we|you)\\s+)?(?:split|break|divide|separate)\\s+(?:up\\s+)?(?:the\\s+)?(.+?)\\s+(?:up\\s+)?(?:into|in)\\s+(?:two\\s+|three\\s+|separate\\s+)?(.+?)(?:\\s+fields)?$");

    /** "split the name into first and last name": the old field goes, the parts come in. */
    /** "'Retired' is too vague, split it into 'Disposed' and 'Sold'": a choice value that becomes several, in its place. */
    private static boolean splitValue(RefineSession s, RefineClause c, RefineClause what, RefineClause into) {
        String value = RefineResolver.isPronoun(what) && s.previous != null && RefineText.quoted(s.previous.orig).size() == 1
                ? RefineText.quoted(s.previous.orig).get(0) : RefineText.unquote(what.orig);
        List<String> parts = RefineText.values(into.orig);
        if (parts.size() < 2) {
            return false;
        }
        for (org.toolsmith.spec.Entity e : s.spec.entities()) {
            for (org.toolsmith.spec.Field f : e.fields()) {
                int at = f.type().hasOptions() ? indexOf(f.options(), value) : -1;
                if (at >= 0) {
                    List<String> options = new java.util.ArrayList<>(f.options());
                    options.remove(at);
                    options.addAll(at, parts);
                    s.replaceOptions(e.key(), f.key(), options, "Split " + f.options().get(at) + " into " + String.join(", ", parts) + " in " + f.label() + ".");
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(List<String> options, String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equalsIgnoreCase(value.strip())) {
                return i;
            }
        }
        return -1;
    }

    static boolean split(RefineSession s, RefineClause c) {
        Matcher m = c.match(SPLIT_INTO);
        if (!m.find()) {
            return false;
        }
        if (splitValue(s, c, c.group(m, 1), c.group(m, 2))) {
            return true;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.99) {
            return false;
        }
        String entity = f.entity().key();
        s.removeField(entity, f.field().key());
        s.clauseEntity = entity;
        RefineItems.addAll(s, c.group(m, 2), entity, null);
        return true;
    }

    /**
     * "… 'Offer price' so sales don't mix it up", "… por 'Piezas enviadas' para que no se confunda", "…, damit es klar ist": why the
     * name changes, after the new name; it is no part of the name.
     */
    private static final Pattern REASON_TAIL = p("\\s*,?\\s+(?:so that|so (?=(?:it|it's|its|that|nobody|no one|people|we|they|staff|everyone|sales|customers|there)\\b)|because|cause|since|as (?=(?:people|we|they|it|the|nobody|no one|otherwise|everyone|staff)\\b)|otherwise|"
            + "para que|porque|ya que|puesto que|pues|pour que|pour (?=(?:eviter|qu)\\b)|parce que|afin (?:de|que)|car|puisque|sinon|damit|weil|denn|sonst|da (?=(?:es|das|die|der|wir|man|sonst)\\b))\\s*\\S.*$");

    static boolean rename(RefineSession s, RefineClause c) {
        Matcher why = c.match(REASON_TAIL);
        if (why.find() && why.start() > 0 && renameWithoutReason(s, c.sub(0, why.start()))) {
            return true;
        }
        return renameWithoutReason(s, c);
    }

    private static boolean renameWithoutReason(RefineSession s, RefineClause c) {
        if (renameAtExactSplit(s, c)) {
            return true;
        }
        Matcher use = c.match(USE_INSTEAD);
        if (use.find() && s.insteadOf == null && s.mentionedOnly && s.last() != null && RefineText.quoted(c.orig).size() == 1) {
            // "'Borrowed on' sounds odd, let's say 'Lent on'": the field the clause before named
            String label = RefineText.label(RefineText.quoted(c.orig).get(0));
            if (!label.isEmpty()) {
                s.rename(s.last().entity().key(), s.last().field().key(), label);
                return true;
            }
        }
        if (use.find(0) && s.insteadOf != null) {
            // "use 'Remarks' instead of 'Notes'": the old name came after "instead of"
            String label = RefineText.label(c.group(use, 1).orig);
            if (!label.isEmpty() && renameTo(s, c, new RefineClause(RefineText.unquote(s.insteadOf)), label)) {
                return true;
            }
        }
        Matcher quoted = c.match(RENAME_QUOTED);
        if (quoted.find()) {
            RefineClause subject = c.group(quoted, 1);
            String label = RefineText.label(c.group(quoted, 2).orig);
            if (renameTo(s, c, subject, label)) {
                return true;
            }
        }
        for (Pattern p : RENAME) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause subject = c.group(m, 1);
            String label = RefineText.label(c.group(m, 2).orig.replaceAll("(?i)\\s+(?:please|pls|stp|svp|s'il (?:te|vous) pla[iî]t|por favor|bitte|instead|thanks?|thank you|merci|gracias|danke|from now on|going forward|in future|from today|now)\\s*$", ""));
            if (label.matches("(?i).*(?:,|\\s(?:or|ou|o|oder)\\s).*")) {
                // "status should say Open, Held or Closed": choices, not a name
                continue;
            }
            if (!label.isEmpty() && renameTo(s, c, subject, label)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern RENAME_VERB = p("\\b(?:rename|relabel|retitle|renomm\\w*|renombr\\w*|benenne|nenne)\\s+(?:the\\s+|le\\s+|la\\s+|el\\s+|das\\s+|die\\s+|den\\s+)?(?:field\\s+|column\\s+|champ\\s+|campo\\s+|feld\\s+|spalte\\s+)?");
    private static final Pattern RENAME_JOIN = p("\\s+(?:to|as|into|en|a|como|por|in|zu)(?=\\s)");

    /** "rename Assigned to to Owner": the cut where the words before name a field exactly. */
    private static boolean renameAtExactSplit(RefineSession s, RefineClause c) {
        Matcher verb = c.match(RENAME_VERB);
        if (!verb.find()) {
            return false;
        }
        RefineClause rest = c.from(verb.end());
        Matcher join = rest.match(RENAME_JOIN);
        while (join.find()) {
            RefineClause subject = rest.sub(0, join.start());
            RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
            String label = RefineText.label(rest.from(join.end()).orig
                    .replaceAll("(?i)\\s+(?:please|pls|stp|svp|por favor|bitte|instead|thanks?|from now on|going forward|in future|from today|now)\\s*$", "")
                    .replaceAll("(?i)\\s+um$", ""));
            if (f != null && f.score() >= 0.99 && RefineText.fold(f.field().label()).equals(RefineText.fold(RefineText.unquote(subject.orig)))
                    && !label.isEmpty()) {
                s.rename(f.entity().key(), f.field().key(), label);
                return true;
            }
        }
        return false;
    }

    private static boolean renameTo(RefineSession s, RefineClause c, RefineClause subject, String label) {
        if (RefineText.fold(label).matches("^(?:its|their|his|her|son|sa|ses|leur|leurs|su|sus|sein|seine|seinen|ihr|ihre|ihren|which|what|who)\\s.*")) {
            // "each booking should say its coach": what a record shows, not a new name
            return false;
        }
        int colon = subject.text.indexOf(':');
        if (colon > 0) {
            RefineMatcher.FieldRef owner = RefineResolver.field(s, subject.sub(0, colon));
            if (owner != null && owner.field().type().hasOptions()
                    && renameOption(s, owner, RefineText.label(subject.from(colon + 1).orig), label)) {
                return true;
            }
            subject = subject.from(colon + 1);
        }
        String plain = RefineText.fold(RefineText.unquote(subject.orig)).strip();
        String bare = plain.replaceAll("^(?:the|all the|our)\\s+", "");
        Entity byPlural = s.spec.entities().stream().filter(e -> e.plural() != null && RefineText.fold(e.plural()).equals(bare)
                && !RefineText.fold(e.plural()).equals(RefineText.fold(e.name()))).findFirst().orElse(null);
        if (byPlural != null && s.spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(x -> RefineText.fold(x.label()).equals(bare))) {
            // "rename items to Equipment": the plural names the kind, not its Item link elsewhere
            s.renameEntity(byPlural.key(), label);
            return true;
        }
        boolean kindWords = RefineMatcher.namesKind(subject.orig);
        RefineMatcher.FieldRef f = kindWords ? null : RefineResolver.field(s, subject);
        if (f != null && f.field().type().hasOptions()) {
            // "rename the Damaged condition to Broken": the choice, not the field
            for (String o : f.field().options()) {
                if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(RefineText.fold(o)) + "\\b").matcher(plain).find()
                        && !RefineText.fold(f.field().label()).contains(RefineText.fold(o))) {
                    return renameOption(s, f, o, label);
                }
            }
        }
        if (f != null && f.score() >= 0.99) {
            s.rename(f.entity().key(), f.field().key(), label);
            return true;
        }
        // a choice value ("rename Use as is to Accept") before a loose field match
        for (Entity e : s.spec.entities()) {
            for (var field : e.fields()) {
                if (field.options().stream().anyMatch(o -> RefineText.fold(o).equals(plain))) {
                    return renameOption(s, new RefineMatcher.FieldRef(e, field, 1), RefineText.unquote(subject.orig), label);
                }
            }
        }
        if (f != null) {
            s.rename(f.entity().key(), f.field().key(), label);
            return true;
        }
        Entity e = RefineResolver.entity(s, subject);
        if (e != null) {
            s.renameEntity(e.key(), label);
            return true;
        }
        return false;
    }

    /** Renames one choice in place ("Use as is" → "Accept"). */
    static boolean renameOption(RefineSession s, RefineMatcher.FieldRef f, String from, String to) {
        List<String> options = new java.util.ArrayList<>(f.field().options());
        for (int i = 0; i < options.size(); i++) {
            if (RefineText.fold(options.get(i)).equals(RefineText.fold(from))) {
                options.set(i, to);
                s.replaceOptions(f.entity().key(), f.field().key(), options, "Renamed the choice " + options.get(i).replace(to, from) + " to " + to + ".");
                return true;
            }
        }
        return false;
    }

    private RefineRenames() {
    }
}

package org.toolsmith.draft.offline;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.Keys;

/**
 * A clause after a new field that only says which kind it belongs on: "add the price per kilo, it depends on the
 * customer", "on a oublié le prix au kilo, il dépend du client", "añade el precio por kilo, depende del cliente",
 * "der Kilopreis fehlt, der hängt vom Kunden ab", "…, it goes on the client", "…, par client", "…, pro Kunde". The
 * field this message just added moves to that kind (it was put on the kind read by default), and the clause adds
 * nothing of its own. Only a field this message made moves; a clause naming no kind of the spec is read as before.
 */
final class FieldHome {
    private static final String PRONOUN = "(?:(?:that's|it's|that is|it is|c'est|ce sera|es|eso es|das ist|der ist|die ist)\\s+|(?:it|this|that|that one|which|ca|cela|il|elle|celui-ci|celle-ci|eso|esto|este|esta|das|der|die|dieser|diese|dieses)\\s+)?";
    private static final String ART = "(?:(?:de|d')\\s*)?(?:(?:the|each|every|a|an|le|la|les|l'|du|des|chaque|el|los|las|del|cada|un|una|dem|den|der|des|jedem|jeden|jeder|einem|einer)\\s*)?";
    /** "it depends on the customer", "il dépend du client", "depende del cliente", "(das) hängt vom Kunden ab". */
    private static final String BODY = "(?:and\\s+|et\\s+|y\\s+|und\\s+)?" + PRONOUN
            + "(?:(?:'s|is|va|varie|change|cambia|hangt|gehort|ist)\\s+)?"
            + "(?:depends?\\s+on|varies\\s+(?:by|with|per)|goes\\s+(?:on|with|in)|belongs\\s+(?:on|to|with)|(?:should|must)\\s+(?:go|be|sit|live)\\s+on|lives\\s+on|sits\\s+on|is\\s+per"
            + "|depend|depende|dependen|varie\\s+selon|va\\s+(?:sur|avec|dans)|se\\s+met\\s+sur|change\\s+selon|cambia\\s+(?:segun|con)|va\\s+(?:en|con)"
            + "|(?:hangt|hangen)\\s+(?:von|vom|von der)|gehort\\s+(?:zu|zum|zur|an|in|ins)|ist\\s+(?:pro|je)"
            + "|per|par|por|pro|je)\\s+" + ART + "([\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?)"
            + "(?:,?\\s+(?:ab|an|und nicht\\b[^,;]*|not\\b[^,;]*|pas\\b[^,;]*|et non\\b[^,;]*|no\\b[^,;]*|y no\\b[^,;]*|rather than\\b[^,;]*|instead\\b[^,;]*))?\\s*[.!]*";
    private static final Pattern HOME = Pattern.compile("^" + BODY + "$");
    /** The same said after a comma, in the clause that adds the field: "…, il dépend du client(, et …)". */
    private static final Pattern TAIL = Pattern.compile("\\s*[,;]\\s*" + BODY + "(?=\\s*[,;]|$)");

    private FieldHome() {
    }

    /** A clause and the kind its tail names as the home of what it adds. */
    record Tail(RefineClause rest, Entity home, RefineClause after) {
    }

    /** "…, it depends on the customer" at the end of the clause: the clause without it, and the kind; null when none. */
    static Tail tail(RefineSession s, RefineClause c) {
        Matcher m = c.match(TAIL);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        Entity home = home(s, c.group(m, 1));
        String after = m.end() >= c.text.length() ? "" : c.from(m.end()).orig.replaceFirst("^\\s*[,;]\\s*", "").strip();
        return home == null ? null : new Tail(c.sub(0, m.start()), home, after.isEmpty() ? null : new RefineClause(after));
    }

    /** Moves the field this message just added to the kind the clause names; true when it did. */
    static boolean read(RefineSession s, RefineClause c) {
        Matcher m = c.match(HOME);
        if (!m.find()) {
            return false;
        }
        Entity home = home(s, c.group(m, 1));
        return home != null && move(s, home);
    }

    private static Entity home(RefineSession s, RefineClause said) {
        Entity home = RefineResolver.entity(s, said);
        if (home == null) {
            String[] words = said.orig.strip().split("\\s+");
            home = words.length > 1 ? RefineResolver.entity(s, new RefineClause(words[0])) : null;
        }
        return home;
    }

    /** Moves the field this message added last to {@code home}; true when the field is there now. */
    static boolean move(RefineSession s, Entity home) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || s.originalFields.contains(last.entity().key() + "." + last.field().key())) {
            return false;
        }
        if (home.key().equals(last.entity().key())) {
            return true; // already there: the clause asked nothing more
        }
        Field f = last.field();
        String from = last.entity().key();
        Set<String> taken = new HashSet<>();
        home.fields().forEach(x -> taken.add(x.key()));
        if (home.fields().stream().anyMatch(x -> RefineText.fold(x.label()).equals(RefineText.fold(f.label())))) {
            return false;
        }
        Field moved = f.withKey(Keys.unique(f.key(), taken));
        Entity before = last.entity();
        s.spec = s.spec.mapEntity(from, x -> x.withoutField(f.key())).mapEntity(home.key(), x -> x.withField(moved));
        String was = " to " + before.name() + ".";
        String now = " to " + home.name() + ".";
        s.changes.replaceAll(line -> line.startsWith("Added " + f.label() + " (") && line.endsWith(was)
                ? line.substring(0, line.length() - was.length()) + now : line);
        s.mention(home.key(), moved.key());
        return true;
    }
}

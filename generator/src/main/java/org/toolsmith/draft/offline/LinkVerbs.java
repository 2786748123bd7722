package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A verb of linking and the two kinds it joins, in any word order: "link the invoices to their
 * supplier", "relier les factures à leur fournisseur", "relacionar cada sesión con su curso", "die
 * Rechnungen mit ihrem Lieferanten verknüpfen", "die Termine ihrem Kurs zuordnen"; or a verb of
 * linking with a pronoun ("so hook them up", "así que enlazadlas", "il faudrait que ce soit relié")
 * after a sentence that named both kinds. The reference goes on the "many" side: the kind said with
 * each / every / chaque / cada / jede or in the plural, against the one said with its / their / leur /
 * su / ihrem, one or a; when nothing tells, the first kind named gets the link to the second.
 */
final class LinkVerbs {
    private static final Pattern VERB = p("\\b(?:link\\w*|connect\\w*|tie|tied|ties|hook\\w*|relate|associate|associated|point(?:s|ing|ed)? (?:at|to)|refers? to|referring to|"
            + "pointe(?:nt)? vers|renvoie(?:nt)? (?:a|au|aux)|apunt(?:a|an|e|en|ar) a|verweis(?:t|en) auf|zeig(?:t|en) auf|"
            + "reli(?!gi|re\\b|s\\w*|ure)\\w*|rattach\\w*|lier|liez|lies?|liees?|associ(?!ation)\\w*|"
            + "vincul\\w*|relacion\\w*|enlaz\\w*|asoci(?!acion)\\w*|ligar|ligad\\w*|conect\\w*|"
            + "verknupf\\w*|verbind(?!lich|ung)\\w*|verbunden|zuordn\\w*|zugeordnet|zuweis(?!ung)\\w*|zugewiesen|verlink\\w*)\\b");
    private static final Pattern NEGATION = p("\\b(?:not|don't|do not|no need|never|ne|pas|plus|no|nunca|nicht|kein\\w*|nie)\\b");
    private static final Pattern MANY_MARK = p("(?:each|every|all|all the|each of the|chaque|tous les|toutes les|chacune? des|chacune? de ses|cada|todos los|todas las|cada uno de los|cada una de las|jede[rsmn]?|alle|jede[rsmn]? der)\\s+$");
    private static final Pattern ONE_MARK = p("(?:its|their|one|a|an|the same|leur|son|sa|un|une|su|un|una|ihre[mnrs]?|seine[mnrs]?|einem|einer|einen|ein|eine)\\s+$");

    private LinkVerbs() {
    }

    static boolean read(RefineSession s, RefineClause c) {
        Matcher verb = c.match(VERB);
        if (!verb.find()) {
            return false;
        }
        int comma = c.text.indexOf(',', verb.end());
        if (c.sub(0, comma < 0 ? c.text.length() : comma).match(NEGATION).find()) {
            // "don't link …"; a negation in the aside after the comma ("…, sonst weiß keiner …") does not count
            return false;
        }
        if (two(s, c)) {
            return true;
        }
        if (s.clauseSaid == null) {
            return false;
        }
        // "Cada visita se hace en una obra concreta, así que enlazadlas": the kinds are in the context said before
        RefineClause said = new RefineClause(s.clauseSaid);
        if (said.orig.equals(c.orig)) {
            return false;
        }
        Matcher saidVerb = said.match(VERB);
        RefineClause before = saidVerb.find() ? said.sub(0, saidVerb.start()) : said;
        before = new RefineClause(before.orig.replaceAll("(?i)[,;\\s]*(?:so|and|donc|alors|du coup|asi que|así que|por eso|y|also|deshalb|daher|und)?[,;\\s]*$", ""));
        return !before.isEmpty() && (RefineEachLink.read(s, before) || RefineEachLink.manyOf(s, before) || two(s, before));
    }

    /** Exactly two kinds named in the clause: linked, the "many" one to the "one". */
    private static boolean two(RefineSession s, RefineClause c) {
        List<Hit> hits = kinds(s, c);
        if (hits.size() != 2) {
            return false;
        }
        Hit a = hits.get(0);
        Hit b = hits.get(1);
        boolean bMany = b.many && !a.many || a.one && !b.one && b.many;
        Hit from = bMany ? b : a;
        Hit to = bMany ? a : b;
        s.link(from.kind.key(), to.kind.key());
        return true;
    }

    private record Hit(Entity kind, boolean many, boolean one) {
    }

    /** The kinds the clause names, in order, each once, with the words before each. */
    private static List<Hit> kinds(RefineSession s, RefineClause c) {
        List<Hit> out = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}][\\p{L}'-]*").matcher(c.orig);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = 2; n >= 1; n--) {
                if (i + n > words.size()) {
                    continue;
                }
                String phrase = c.orig.substring(words.get(i)[0], words.get(i + n - 1)[1]);
                if (RefineText.STOP.contains(RefineText.fold(phrase)) || phrase.length() < 3) {
                    continue;
                }
                Entity e = kind(s, phrase);
                if (e == null) {
                    continue;
                }
                String before = RefineText.fold(c.orig.substring(0, words.get(i)[0]));
                boolean plural = !RefineText.fold(s.singular(phrase)).equals(RefineText.fold(phrase));
                boolean many = MANY_MARK.matcher(before).find() || plural && !ONE_MARK.matcher(before).find();
                boolean one = ONE_MARK.matcher(before).find();
                if (out.stream().noneMatch(h -> h.kind.key().equals(e.key()))) {
                    out.add(new Hit(e, many, one));
                }
                i += n - 1;
                break;
            }
        }
        return out;
    }

    private static Entity kind(RefineSession s, String words) {
        for (String w : List.of(words, s.singular(words))) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, w);
            if (e != null && e.score() >= 0.99) {
                return e.entity();
            }
        }
        int dash = words.lastIndexOf('-');
        return dash > 1 && dash < words.length() - 3 && !words.contains(" ") ? kind(s, words.substring(dash + 1)) : null; // "Fix-Mitglieder", "part-time staff"
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A field the message says stays as it is keeps what it had, whatever the readers did to it, in the four
 * languages: "(the planned quantity comes from the ERP and can stay as it is)", "la quantité théorique, elle,
 * peut rester telle quelle", "la cantidad prevista puede quedarse como está", "die Sollmenge kann so bleiben".
 * Read last, on the message as written: the clause (or bracket) with the cue names the field.
 */
final class StaysAsIs {
    private static final Pattern CUE = Pattern.compile("(?iu)\\b(?:can|may|should|will) (?:just )?(?:stay|remain|be left) (?:as (?:it is|is|they are)|the same|unchanged|like that)"
            + "|\\b(?:stays?|remains?) (?:as (?:it is|is)|the same|unchanged)|\\bis fine as (?:it is|is)|\\bleave (?:it|them) as (?:it is|they are|is)"
            + "|\\bpeu(?:t|vent) rester (?:tel(?:le)?s? quel(?:le)?s?|comme (?:ça|ca|il est|elle est|avant)|inchang[ée]e?s?)|\\breste(?:nt)? (?:tel(?:le)?s? quel(?:le)?s?|inchang[ée]e?s?)"
            + "|\\bpuede(?:n)? (?:quedarse|quedar|seguir) (?:como (?:está|esta|están|estan)|igual)|\\bse queda(?:n)? (?:como (?:está|esta)|igual)"
            + "|\\bkann so bleiben|\\bk[öo]nnen so bleiben|\\bbleib(?:t|en) (?:so|wie (?:es|sie) (?:ist|sind)|unver[äa]ndert)");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{3,300})\\)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+");

    private StaysAsIs() {
    }

    static void read(RefineSession s, AppSpec before, String written) {
        if (!CUE.matcher(written).find()) {
            return;
        }
        Matcher b = BRACKET.matcher(written);
        while (b.find()) {
            keep(s, before, b.group(1));
        }
        Matcher sm = SENTENCE.matcher(BRACKET.matcher(written).replaceAll(" "));
        while (sm.find()) {
            String sentence = sm.group();
            Matcher cue = CUE.matcher(sentence);
            if (cue.find()) {
                // the clause that holds the cue: from the comma or dash before its subject
                int from = Math.max(sentence.lastIndexOf(" - ", cue.start()), Math.max(sentence.lastIndexOf(';', cue.start()), 0));
                String clause = sentence.substring(from);
                keep(s, before, clause);
            }
        }
    }

    private static void keep(RefineSession s, AppSpec before, String clause) {
        if (!CUE.matcher(clause).find()) {
            return;
        }
        for (RefineMentions.Hit h : RefineMentions.of(s, new RefineClause(clause)).fields) {
            if (!h.full()) {
                continue;
            }
            Field had = before.entity(h.entity().key()).flatMap(e -> e.field(h.field().key())).orElse(null);
            Entity now = s.spec.entity(h.entity().key()).orElse(null);
            Field is = now == null ? null : now.field(h.field().key()).orElse(null);
            if (had != null && is != null && !had.equals(is)) {
                s.spec = s.spec.mapEntity(now.key(), x -> x.mapField(had.key(), y -> had));
                s.changes.removeIf(c -> c.startsWith(had.label() + " is now") || c.startsWith(had.label() + " now"));
                s.already.add(had.label() + " stays as it was.");
            }
        }
    }
}

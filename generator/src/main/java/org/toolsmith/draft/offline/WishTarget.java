package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind a wished-for field is put on: "a quarantined yes/no on the gauge itself would be useful",
 * "a fee amount and a 'paid' tick on the viva would help", "une case « payé » sur la facture serait utile".
 * The place phrase names a kind already drafted; it is no part of the field.
 */
final class WishTarget {
    private WishTarget() {
    }

    private static final Pattern PLACE = Pattern.compile("^(.+?)\\s+(?:on|for|in|sur|pour|dans|en|para|bei|fur|an|auf)\\s+"
            + "(?:the|each|every|its|their|le|la|l'|les|chaque|el|los|las|cada|su|sus|dem|der|den|jede[mnrs]?)\\s*([\\p{L}-]+)"
            + "(?:\\s+(?:itself|themselves|lui-meme|elle-meme|meme|mismo|misma|selbst))?$");

    /** What was wished for and the kind it goes to, or null when no drafted kind is named at the end. */
    record Found(String said, DraftEntity kind) {
    }

    static Found find(Lexicon lex, String said, List<DraftEntity> kinds) {
        String f = Text.fold(said);
        if (f.length() != said.length()) {
            return null;
        }
        Matcher m = PLACE.matcher(f);
        if (!m.matches()) {
            return null;
        }
        String noun = Text.fold(Inflector.singularWord(lex.lang, m.group(2)));
        for (DraftEntity e : kinds) {
            List<String> w = Text.words(Text.fold(e.name));
            if (!w.isEmpty() && (Text.fold(e.name).equals(noun) || w.get(lex.lang.headLast() ? w.size() - 1 : 0).equals(noun))) {
                return new Found(said.substring(0, m.end(1)).strip(), e);
            }
        }
        return null;
    }

    private static final Pattern SO = Pattern.compile(",\\s+(?:and so|so|donc|alors|du coup|asi que|por eso|also|deshalb|daher)\\s+");

    /** The sentence, then what follows its last ", so …" ("If it fails, so a flag would be useful"). */
    static List<String> clauses(String s) {
        Matcher m = SO.matcher(Text.fold(s));
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at > 0 && Text.fold(s).length() == s.length() ? List.of(s, s.substring(at)) : List.of(s);
    }
}

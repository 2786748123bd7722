package org.toolsmith.draft.offline;

import java.util.List;

/**
 * A counted kind with its fields in parentheses: "We have four sites (name, address, opening day)",
 * "Nous avons onze médiathèques (nom, adresse, responsable)", "Wir haben vier Standorte (Name,
 * Adresse, Telefon)". Before, the count made the kind with a Name only and the group was lost. The
 * group must read as fields (a type word or a field word of the language); examples ("35 forklifts
 * (reach trucks, pallet trucks)") are left alone.
 */
final class CountedGroup {
    private CountedGroup() {
    }

    /** Adds the group's fields to {@code kind} when a field group follows the noun ending at {@code end}; whether it did. */
    static boolean read(RequestReader reader, DraftEntity kind, String s, int end) {
        String rest = s.substring(Math.min(end, s.length()));
        if (!rest.startsWith(" (") && !rest.startsWith("(")) {
            return false;
        }
        int open = rest.indexOf('(');
        int close = rest.indexOf(')', open);
        if (close < 0) {
            return false;
        }
        Lexicon lex = reader.lex;
        List<ListSplitter.Item> items = reader.splitter.split(rest.substring(open + 1, close));
        FieldVocabulary vocabulary = FieldVocabulary.of(lex);
        boolean fields = items.size() >= 2 && items.stream().allMatch(i -> Text.wordCount(i.text()) <= 6)
                && items.stream().anyMatch(i -> FieldTyper.hasTypeWord(lex, Text.fold(i.text()))
                        || Text.words(Text.fold(i.text())).stream().anyMatch(vocabulary::isFieldWord));
        if (!fields) {
            return false;
        }
        for (DraftField f : reader.fields.readAll(reader.lead.stripLead(items))) {
            kind.add(f);
        }
        reader.lastEntity = kind;
        return true;
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A new kind of record described by how each one hangs off a kind that exists (English): "We'd
 * like to log repairs too. Every repair is for one machine: date, technician and cost", "Let's add
 * visits: each visit belongs to a client and has the date and a summary". Read on whole sentences
 * before the message is cut into clauses, so the list after the colon and the "and has …" stay with
 * the kind. The kind is made with its fields and a link to the owner; a sentence before it that only
 * announces the kind ("we'd like to log repairs too") is taken as said by it, not as a field.
 */
final class RefineEachKind {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    private static final Pattern EACH = p("^\\s*(?:([^:]{3,80}):\\s*)?(?:(?:and|also|then|so)\\s+)*(?:each|every)\\s+([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)\\s+"
            + "(?:belongs to|is for|is in|is at|is on|is part of|is linked to|is attached to|is tied to|goes (?:to|with)|relates to|is about|"
            + "is done (?:for|on|at)|happens (?:at|in|on|for)|takes place (?:at|in|on)|is made for|is logged (?:for|against)|is against|is booked (?:for|on|at)|is held (?:at|in|for))\\s+"
            + "(?:a|an|one|the|a single|exactly one|just one|only one)\\s+(.+)$");
    private static final Pattern HAS = p("^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*)?(?:(?:and\\s+)?(?:it\\s+|they\\s+)?(?:has|have|with|records?|holds?|needs?|stores?|keeps?|includes?|should (?:have|record|show))\\s+(?:a\\s+|an\\s+)?(?:(?:few|couple of)\\s+)?(?:details|fields|info|information)?\\s*:?\\s*|\\s*[:–-]\\s*)(.+?)[.!;\\s]*$");
    private static final Pattern ANNOUNCE = p("\\b(?:add|log|track|record|keep|manage|have|need|want|start|introduce|create|list)\\b");
    private static final Pattern OTHER_EDIT = p("\\b(?:remove|delete|drop|rename|call|required|mandatory|optional|instead|replace|swap)\\b");

    private RefineEachKind() {
    }

    /** Applies the sentences of this shape and returns the message without them (and without what only announced them). */
    static String take(RefineSession s, String message) {
        if (s.lang != Lang.EN) {
            return message;
        }
        Matcher sm = SENTENCE.matcher(message);
        List<int[]> spans = new java.util.ArrayList<>();
        while (sm.find()) {
            spans.add(new int[] {sm.start(), sm.end()});
        }
        boolean[] drop = new boolean[spans.size()];
        boolean any = false;
        for (int i = 0; i < spans.size(); i++) {
            RefineClause c = new RefineClause(message.substring(spans.get(i)[0], spans.get(i)[1]));
            Matcher m = c.match(EACH);
            if (!m.find()) {
                continue;
            }
            RefineClause kindWords = c.group(m, 2);
            if (RefineResolver.entity(s, kindWords) != null || RefineKinds.NOT_KINDS.contains(kindWords.text) || RefineKinds.NOT_KINDS.contains(kindWords.text + "s") || kindWords.text.matches(".*\\b(?:of|and|with)\\b.*")) {
                continue;
            }
            RefineMatcher.FieldRef asField = RefineResolver.field(s, kindWords);
            if (asField != null && asField.score() >= 0.99) {
                continue;
            }
            RefineClause rest = c.group(m, 3);
            Entity owner = null;
            RefineClause tail = null;
            String[] words = rest.orig.replaceAll("(?s)[,:;(–].*$", "").strip().split("\\s+");
            for (int n = Math.min(2, words.length); n >= 1 && owner == null; n--) {
                String head = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[,.:;!?()]+$", "");
                Entity e = RefineResolver.entity(s, new RefineClause(head));
                if (e != null) {
                    owner = e;
                    int at = rest.orig.indexOf(head) + head.length();
                    tail = new RefineClause(rest.orig.substring(at));
                }
            }
            if (owner == null) {
                continue;
            }
            RefineClause fields = null;
            Matcher has = tail.match(HAS);
            if (!tail.isEmpty() && has.find()) {
                fields = tail.group(has, 1);
            } else if (!tail.text.replaceAll("[\\s.!;]+", "").isEmpty() && !tail.text.strip().matches("^\\([^)]*\\)[.!;]*$")) {
                continue;
            }
            String stem = RefineText.fold(s.singular(kindWords.orig));
            RefineClause before = m.group(1) != null ? c.group(m, 1) : null;
            boolean announcedBefore = before != null && before.text.contains(stem.split("\\s+")[0]);
            int prev = i - 1;
            boolean announcedPrev = false;
            if (!announcedBefore && prev >= 0 && !drop[prev]) {
                RefineClause p = new RefineClause(message.substring(spans.get(prev)[0], spans.get(prev)[1]));
                announcedPrev = p.text.split("\\s+").length <= 12 && p.text.contains(stem.split("\\s+")[0])
                        && p.match(ANNOUNCE).find() && !p.match(OTHER_EDIT).find();
            }
            if (fields == null && !announcedBefore && !announcedPrev) {
                continue;
            }
            if (before != null && !announcedBefore) {
                continue;
            }
            String key = s.addEntity(RefineText.capitalize(s.singular(RefineText.label(kindWords.orig))));
            if (fields != null) {
                RefineItems.addAll(s, fields, key, null);
            }
            s.ensureField(key);
            s.link(key, owner.key());
            s.lastEntity = key;
            drop[i] = true;
            if (announcedPrev) {
                drop[prev] = true;
            }
            any = true;
        }
        if (!any) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (drop[i]) {
                out.append(message, from, spans.get(i)[0]).append(' ');
                from = spans.get(i)[1];
            }
        }
        out.append(message.substring(from));
        return out.toString().strip();
    }
}

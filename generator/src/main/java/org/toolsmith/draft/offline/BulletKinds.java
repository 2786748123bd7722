package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Bullets that each open a kind, written in mixed ways under one heading:
 * <pre>
 * - customer (company, contact, phone)
 * - hire: customer, site address, start date, weekly rate
 * - and whether the inspection tag is done
 * </pre>
 * "Kind: fields", "kind (fields)", "a list of kinds …", "for each kind …" and "kinds with a, b, c" each
 * open a kind; a bullet that opens none goes on describing the kind of the bullet before it. The
 * bullets are read this way when most of them (and two at least) open a kind; otherwise they are one
 * kind's fields, as before ("- status: open, closed" is a field with its options, not a kind: its
 * items name no field type).
 */
final class BulletKinds extends ReaderPart {
    private static final Pattern COLON = Pattern.compile("^([^:,;()]{2,60}?)\\s*:\\s*(.+)$");
    private static final Pattern PARENS = Pattern.compile("^([^:,;()]{2,60}?)\\s*\\(([^()]+)\\)\\s*(.*)$");

    BulletKinds(RequestReader reader) {
        super(reader);
    }

    /**
     * For each bullet, the text to read as a sentence that opens a kind, or null for a bullet that
     * opens none; null as a whole when the bullets are not one kind each.
     */
    List<String> kindOpenings(List<String> bullets) {
        if (bullets.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int kinds = 0;
        for (String b : bullets) {
            String k = opening(b.strip());
            out.add(k);
            if (k != null) {
                kinds++;
            }
        }
        return kinds >= 2 && kinds * 2 >= bullets.size() && out.get(0) != null ? out : null;
    }

    /** The bullet as a sentence that opens a kind, or null. */
    private String opening(String b) {
        String with = KindBullets.withLine(lex, b);
        if (with != null) {
            return with;
        }
        if (heads.forEachKind(b) != null) {
            return b;
        }
        Matcher p = PARENS.matcher(b);
        if (p.matches() && kindHead(p.group(1))) {
            List<ListSplitter.Item> items = splitter.split(p.group(2));
            if (items.size() >= 2 && (fields.fieldLike(items) || items.size() >= 3 && fields.someFieldWord(items))) {
                String rest = p.group(3).replaceAll("^[\\s,;.]+", "");
                return p.group(1).strip() + ": " + p.group(2).strip() + (rest.isBlank() ? "" : ", " + rest);
            }
        }
        Matcher c = COLON.matcher(b);
        if (c.matches() && kindHead(c.group(1))) {
            List<ListSplitter.Item> items = splitter.split(c.group(2));
            if (items.size() >= 2 && fields.fieldLike(items)) {
                return b;
            }
        }
        return listOf(b) ? b : null;
    }

    /** "a list of suppliers", "la liste des formations": the bullet names a collection. */
    private boolean listOf(String b) {
        List<String> w = Text.words(Text.fold(b));
        List<String> lo = Text.words(lex.listOf);
        for (int at = 0; at <= 1 && at + lo.size() < w.size(); at++) {
            if (w.subList(at, at + lo.size()).equals(lo) && (at == 0 || lex.articles.contains(w.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading that can name a kind: a few words that type as no field of their own ("address", "status" and "due
     * date" are fields); a yes/no reading ("commande" also reads as "commandé") does not count against it.
     */
    private boolean kindHead(String head) {
        String h = head.strip();
        String f = Text.fold(h);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.size() > 5 || lex.whStart(f)) {
            return false;
        }
        FieldType t = FieldTyper.type(lex, f);
        return (t == FieldType.TEXT || t == FieldType.PERSON || t == FieldType.BOOLEAN) && heads.headName(h) != null;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bullets that each name a kind and list its fields, where a head gives a second name after a slash or an aside in
 * brackets ("- lenders / partners - name, phone, …", "- Standorte/Filialen: Adresse, …", "- clients
 * (agences) : nom, tél, …", "- pedidos (compras): proveedor, fecha, …"). The second name or the aside says what the
 * first is called too; it is no part of the kind's name, and kept there it made the bullet unreadable as a kind line,
 * so every kind of the group, the child lists of the records included, was folded into one. In a group of two
 * bullets or more that each read "head: list" or "head - list" (a list with a comma), such a head is cut to its first
 * name. Session 20, k3 (docs/offline-drafting.md).
 */
final class AliasHeads {
    private static final String WORDS = "\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,2}";
    /** A labelled line: a head of one to three words, its alias or aside, ":" or a spaced dash, and a list. */
    private static final Pattern LINE = Pattern.compile("^(" + WORDS + ")(\\s*/\\s*" + WORDS + ")?(\\s*\\([^(),:]{1,40}\\))?"
            + "(\\s*:\\s*|\\s+[-–]\\s+)(.+)$");

    private AliasHeads() {
    }

    private static final Pattern BULLET = Pattern.compile("^(\\s*(?:[-*•·▪‣]|\\d+[.)])\\s+)(.*)$");

    /** The request with each run of bullet lines so read ({@link #plain}); the request as it was when none is. */
    static String rewrite(Lexicon lex, String request) {
        if (request == null || request.indexOf('\n') < 0 || request.indexOf('/') < 0 && request.indexOf('(') < 0) {
            return request;
        }
        String[] lines = request.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            int j = i;
            List<String> marks = new ArrayList<>();
            List<String> bullets = new ArrayList<>();
            while (j < lines.length) {
                Matcher b = BULLET.matcher(lines[j]);
                if (!b.matches()) {
                    break;
                }
                marks.add(b.group(1));
                bullets.add(b.group(2));
                j++;
            }
            List<String> plain = plain(lex, bullets);
            if (plain != bullets) {
                for (int k = 0; k < plain.size(); k++) {
                    lines[i + k] = marks.get(k) + plain.get(k);
                }
                changed = true;
            }
            i = Math.max(i, j);
        }
        return changed ? String.join("\n", lines) : request;
    }

    /** The bullets with each kind head cut to its first name, or the bullets as they were. */
    static List<String> plain(Lexicon lex, List<String> bullets) {
        if (bullets.size() < 2) {
            return bullets;
        }
        List<String> out = new ArrayList<>(bullets.size());
        int lines = 0;
        boolean changed = false;
        for (String b : bullets) {
            Matcher m = LINE.matcher(b.strip());
            if (!m.matches() || m.group(5).indexOf(',') < 0) {
                out.add(b);
                continue;
            }
            lines++;
            if ((m.group(2) == null && m.group(3) == null) || FieldTyper.hasTypeWord(lex, Text.fold(m.group(1)))) {
                out.add(b);
                continue;
            }
            String sep = m.group(4).contains(":") ? ": " : " - ";
            out.add(m.group(1) + sep + m.group(5));
            changed = true;
        }
        return changed && lines >= 2 ? out : bullets;
    }
}

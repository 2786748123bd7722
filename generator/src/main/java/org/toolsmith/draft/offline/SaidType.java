package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * The type of a new field said in words in its sentence when its name alone reads as text: "a number we
 * can call them on" → phone, "a link to their profile" → url, "we scan them", "we get a PDF back" →
 * file, "which dough it is: wholemeal, rye or plain" → a choice of those values. Read in the sentence
 * of the message that names the field, in four languages (folded text). Only a text field changes.
 */
final class SaidType {
    /** The type and values said for a new field. */
    record Said(FieldType type, List<String> options) {
    }

    private static final Pattern DATE_OR_NAME = Pattern.compile("\\b(?:date|fecha|datum|name|nom|nombre)\\b");
    private static final Pattern CALL = Pattern.compile("\\b(?:call|calls|ring|phone|reach|text|dial|appeler|appelle|joindre|telephoner|llamar|llamarle|llamarles|localizar|anrufen|anzurufen|erreichen|zuruckrufen)\\b");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:(?:a|an|the|un|une|le|el|un|eine|die)\\s+)?(?:contact\\s+)?(?:number|numero|nummer|contact)$|^(?:number|numero|nummer)\\s+(?:to call|we can call|to reach|a appeler|para llamar|zum anrufen)\\b.*");
    private static final Pattern LINK = Pattern.compile("\\b(?:a|an|the|un|une|le|el|ein|einen|den)\\s+(?:direct\\s+|web\\s+|short\\s+)?(?:link|lien|enlace|url|weblink)\\b|\\burl\\b");
    private static final Pattern LINK_LABEL = Pattern.compile("\\b(?:link|lien|enlace|url|website|site web|sitio web|pagina web|webseite|homepage)\\b");
    private static final Pattern FILE = Pattern.compile("\\b(?:pdfs?|scans?|scanned|we scan|scanne[zr]?|scannee?s?|escane\\w*|gescannt\\w*|einscann\\w*|eingescannt\\w*|photocop\\w*|fotocopi\\w*|fotokopie\\w*)\\b");
    private static final Pattern NOT_A_FILE = Pattern.compile("(?:^|\\s)(?:name|nom|nombre|title|titre|titulo|titel|address|adresse|direccion|comment|comments|note|notes|reason|raison|motivo|grund|description|descripcion|beschreibung|date|fecha|datum|number|numero|nummer|reference|referencia|referenz)$");
    /** "…: A, B or C" (or after a dash) within a few words after the field's name. */
    private static final Pattern VALUES_AFTER = Pattern.compile("^(?:(?!\\s(?:and|or|et|ou|y|o|und|oder)\\s)[^:.;!?,]){0,40}?(?::|\\s[-–—]\\s)\\s*([^,:;.!?()]{1,30}(?:,\\s*[^,:;.!?()]{1,30})*\\s+(?:or|ou|o|oder|and|et|y|und)\\s+[^,:;.!?()]{1,30}?)\\s*(?:[.;!?)]|,\\s|\\s[-–—]\\s|$)");

    /** "which rate …", "qué masa …", "welches Gewerk …": the values after are answers to the question the name is asked by. */
    private static final Pattern ASKED_BEFORE = Pattern.compile("\\b(?:which|what|quel|quelle|quels|quelles|que|cual|cuales|welche|welcher|welches|welchen|welchem)\\s+(?:(?:type|kind|sort|tipo|clase|art)\\s+(?:of|de|d'|der)\\s*)?$");

    private SaidType() {
    }

    /** The type (and values) said around {@code label} in the message, or {@code type} and {@code options} as they were. */
    static Said of(RefineSession s, String label, FieldType type, List<String> options) {
        Said same = new Said(type, options);
        if (type != FieldType.TEXT || label == null || label.isBlank() || s.message == null) {
            return same;
        }
        String name = RefineText.fold(label).strip();
        String[] words = name.split("\\s+");
        String head = words[words.length - 1];
        if (head.length() < 3) {
            return same;
        }
        String sentence = sentenceOf(RefineText.fold(s.message), name, head);
        if (sentence == null) {
            return same;
        }
        if (NUMBER_LABEL.matcher(name).matches() && CALL.matcher(sentence).find()) {
            return new Said(FieldType.PHONE, List.of());
        }
        String near = near(othersAsidesOut(sentence, name), name, head, 12);
        if ((LINK.matcher(near).find() || LINK_LABEL.matcher(name).find()) && !DATE_OR_NAME.matcher(name).find()) {
            return new Said(FieldType.URL, List.of());
        }
        if (FILE.matcher(near).find() && !NOT_A_FILE.matcher(name).find()) {
            return new Said(FieldType.FILE, List.of());
        }
        int start = sentence.indexOf(name);
        int at = start >= 0 ? start + name.length() : sentence.indexOf(head) + head.length();
        start = start >= 0 ? start : sentence.indexOf(head);
        Matcher values = VALUES_AFTER.matcher(sentence.substring(at));
        if (ASKED_BEFORE.matcher(sentence.substring(0, start)).find() && values.find()) {
            String raw = originalSpan(s.message, sentence, at + values.start(1), at + values.end(1));
            List<String> list = RefineText.values(raw);
            if (list.size() >= 2 && list.stream().allMatch(v -> v.split("\\s+").length <= 3)) {
                return new Said(FieldType.CHOICE, list);
            }
        }
        return same;
    }

    /** A bracket, or "as a PDF", belongs to the word right before it. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|\\b(?:as|als|en|como)\\s+(?:(?:a|an|un|une|una|ein|eine|einem)\\s+)?(?:pdfs?|scans?|photocop\\w*|fotocopi\\w*|fotokopie\\w*)\\b");

    /** The sentence without the asides that follow another item: "the site plan (PDF) and the name of the caretaker". */
    private static String othersAsidesOut(String sentence, String name) {
        int at = sentence.indexOf(name);
        if (at < 0) {
            return sentence;
        }
        int end = at + name.length();
        Matcher m = ASIDE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.start() < end || !sentence.substring(end, m.start()).isBlank()) {
                out.append(sentence, last, m.start()).append(' ');
                last = m.end();
            }
        }
        return out.append(sentence.substring(last)).toString();
    }

    /** The words of the sentence within {@code window} words of the name (else its last word). */
    private static String near(String sentence, String name, String head, int window) {
        int at = sentence.indexOf(name);
        int len = name.length();
        if (at < 0) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(head) + "\\b").matcher(sentence);
            if (!m.find()) {
                return sentence;
            }
            at = m.start();
            len = head.length();
        }
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        String[] after = sentence.substring(at + len).strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(before, Math.max(0, before.length - window), before.length))
                + " " + name + " " + String.join(" ", java.util.Arrays.copyOfRange(after, 0, Math.min(after.length, window)));
    }

    /** The sentence of the folded message holding the name (else its last word), or null. */
    private static String sentenceOf(String message, String name, String head) {
        String found = null;
        for (String sentence : message.split("(?<=[.!?])\\s+|\\n+")) {
            if (sentence.contains(name)) {
                return sentence;
            }
            if (found == null && Pattern.compile("\\b" + Pattern.quote(head) + "\\b").matcher(sentence).find()) {
                found = sentence;
            }
        }
        return found;
    }

    /** The words as typed for a span of the folded sentence (folding keeps lengths for the languages read here). */
    private static String originalSpan(String message, String foldedSentence, int from, int to) {
        String folded = RefineText.fold(message);
        int start = folded.indexOf(foldedSentence);
        if (start < 0 || folded.length() != message.length()) {
            return foldedSentence.substring(from, to);
        }
        return message.substring(start + from, start + to);
    }
}

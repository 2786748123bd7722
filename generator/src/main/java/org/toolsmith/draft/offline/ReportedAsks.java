package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that only reports what other people keep asking about, in a message whose request is another sentence:
 * "Customers keep asking for a loyalty card. Put a status on orders - New, Packed, Sent" asks for the status only. The
 * report is kept when no other sentence asks for anything, or when one points back at it ("… please add it").
 * English; the other languages' reports are already left out by the readers of the world told ({@link RefineIntake}).
 */
final class ReportedAsks {
    private ReportedAsks() {
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    /** "Customers keep asking for …", "our drivers are always asking about …", "people have been asking after …". */
    private static final Pattern REPORT = Pattern.compile(
            "^\\s*(?:(?:the|our|some|many|a lot of|lots of|most|all)\\s+)?[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\s+"
                    + "(?:keep|keeps|kept|are always|is always|always|often|constantly|regularly|have been|has been|never stop|won't stop)\\s+(?:on\\s+)?"
                    + "(?:asking|ask|asks|requesting|request|requests|complaining|complain|complains|nagging|nag|moaning|moan|going on|talking)\\s+(?:us\\s+|me\\s+)?"
                    + "(?:about|for|after|that|of)\\s+[^,;:]+[.!?]*\\s*$");
    /** A sentence that asks for an edit itself. */
    private static final Pattern EDIT = Pattern.compile(
            "\\b(?:add|put|make|remove|drop|delete|rename|change|turn|include|track|record|attach|link|please|pls|can we|could we|can you|could you|we need|i need|we want|i want|we'd like|i'd like|let's|should be|needs to be)\\b");
    /** A sentence that points back at what the report named: "please add it", "can we have one", "that would help". */
    private static final Pattern BACK = Pattern.compile("\\b(?:it|one|them|that|this|those|these|such)\\b");

    /** The message without report sentences that ask for nothing another sentence asks for. */
    static String drop(RefineSession s, String message) {
        if (s.lang != Lang.EN || message.indexOf('.') < 0 && message.indexOf('!') < 0 && message.indexOf('\n') < 0) {
            return message;
        }
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(message);
        while (m.find()) {
            sentences.add(m.group());
        }
        if (sentences.size() < 2) {
            return message;
        }
        boolean[] report = new boolean[sentences.size()];
        boolean anyReport = false;
        for (int i = 0; i < sentences.size(); i++) {
            String f = Text.fold(sentences.get(i));
            report[i] = REPORT.matcher(f).matches() && !EDIT.matcher(f).find();
            anyReport |= report[i];
        }
        if (!anyReport) {
            return message;
        }
        boolean edits = false;
        for (int i = 0; i < sentences.size(); i++) {
            String f = Text.fold(sentences.get(i));
            if (!report[i] && EDIT.matcher(f).find()) {
                edits = true;
                if (BACK.matcher(f).find()) {
                    return message; // "… please add it": the report names what is asked
                }
            }
        }
        if (!edits) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (!report[i]) {
                out.append(sentences.get(i));
            }
        }
        return out.toString().strip();
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new thing said after "instead" with no verb, once something was taken away: "Die Firma brauchen wir nicht
 * mehr, dafür aber eine Handynummer für Notfälle", "drop the fax, instead a mobile number", "on enlève le fax, à la
 * place un numéro de portable", "quitad el fax, en su lugar un móvil". The part after the comma is a sentence of its
 * own, the plain request of the language ("we need …", "il nous faut …", "necesitamos …", "wir brauchen …"). Only a
 * short noun phrase with an article, running to the end of its sentence.
 */
final class InsteadThing {
    private static final Pattern SAID = Pattern.compile("(?iu),\\s*(?:but\\s+|and\\s+|mais\\s+|et\\s+|pero\\s+|y\\s+|und\\s+)?"
            + "(?:instead|in its place|dafür|dafuer|stattdessen|à la place|a la place|en su lugar|en lugar de eso|en vez de eso)"
            + "(?:\\s+(?:aber|jedoch|bitte|please|plutôt|mejor|though))?\\s*,?\\s+"
            + "((?:a|an|the|some|un|une|le|la|les|des|du|el|los|las|una|unos|unas|ein|eine|einen|die|der|das|den)\\s[^.!?;:\\n,]{2,60}?)\\s*(?=[.!?;\\n]|$)");

    private InsteadThing() {
    }

    /** The message with each verbless "instead, a …" said as its own request. */
    static String rewrite(RefineSession s, String message) {
        Matcher m = SAID.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String thing = m.group(1);
            if (thing.split("\\s+").length > 8) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String ask = switch (s.lang) {
                case FR -> "il nous faut ";
                case ES -> "necesitamos ";
                case DE -> "wir brauchen ";
                default -> "we need ";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(". " + RefineText.capitalize(ask) + thing));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * Where a new field goes, said by the records of a kind rather than by the kind: "to the supplier records",
 * "in the member files", "dans les fiches clients", "aux fiches de commande", "en las fichas de proveedores",
 * "in den Lieferantendaten", "in der Kundenkartei". The record words (records, files, entries, profiles; fiche,
 * dossier; ficha, expediente, registro; -daten, -akten, -kartei, -stammdaten, -einträge) are a container of the kind;
 * the phrase is rewritten to the plain place the kind readers know ("on the suppliers", "sur les clients",
 * "en cada proveedor", "bei den Lieferanten"). Only a word that names a kind of the spec is read so: "the
 * medical records" of an app without a "medical" kind stays as it is.
 */
final class RecordPlaces {
    private static final Pattern EN = Pattern.compile("(?iu)\\b(?:to|in|on|into|onto)\\s+(?:the|our|each|every|all)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+?)(?:'s)?\\s+(?:records?|files?|entries|entry|profiles?|sheets?|cards?|details)\\b");
    private static final Pattern FR = Pattern.compile("(?iu)\\b(?:dans|sur|à|a|aux?)\\s+(?:les\\s+|la\\s+|chaque\\s+)?(?:fiches?|dossiers?)\\s+(?:de\\s+|d'|des\\s+|du\\s+)?(?:l'|la\\s+|le\\s+|les\\s+)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)");
    private static final Pattern ES = Pattern.compile("(?iu)\\b(?:en|a)\\s+(?:las\\s+|la\\s+|los\\s+|el\\s+|cada\\s+)?(?:fichas?|expedientes?|registros?)\\s+(?:de\\s+|del\\s+)?(?:los\\s+|las\\s+|la\\s+|el\\s+)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)");
    private static final Pattern DE = Pattern.compile("(?iu)\\b(?:in|bei|zu)\\s+(?:den|der|dem)\\s+(\\p{L}{3,}?)(?:stammdaten|daten|datensätzen|datensatzen|akten|kartei|einträgen|eintragen|profilen)\\b");

    private RecordPlaces() {
    }

    static String plain(RefineSession s, String message) {
        Pattern p = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        Matcher m = p.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            Entity kind = kindOf(s, m.group(1));
            int end = m.end();
            if (kind == null && (s.lang == Lang.FR || s.lang == Lang.ES) && m.group(1).contains(" ")) {
                // "dans les fiches clients et …": the first word names the kind
                String first = m.group(1).substring(0, m.group(1).indexOf(' '));
                kind = kindOf(s, first);
                end = m.start(1) + first.length();
            }
            if (kind == null) {
                continue;
            }
            String place = switch (s.lang) {
                case FR -> "sur les " + kind.plural();
                case ES -> "en cada " + kind.name();
                case DE -> "bei den " + kind.plural();
                default -> "on the " + kind.plural();
            };
            out.append(message, from, m.start()).append(place);
            from = end;
        }
        if (from == 0) {
            return message;
        }
        return out.append(message.substring(from)).toString();
    }

    /** The kind the words name: its name or plural, whole, or (a German compound's first part) as its start or end, if only one kind fits. */
    private static Entity kindOf(RefineSession s, String words) {
        String w = RefineText.fold(words).strip();
        for (Entity e : s.spec.entities()) {
            String name = RefineText.fold(e.name());
            String plural = RefineText.fold(e.plural() == null ? e.name() : e.plural());
            if (w.equals(name) || w.equals(plural) || w.equals(RefineText.fold(e.key()).replace('_', ' '))) {
                return e;
            }
        }
        if (s.lang != Lang.DE) {
            return null;
        }
        Entity found = null;
        String stem = w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
        for (Entity e : s.spec.entities()) {
            String name = RefineText.fold(e.name());
            String plural = RefineText.fold(e.plural() == null ? e.name() : e.plural());
            for (String x : new String[] {w, stem}) {
                if (x.length() >= 4 && (name.startsWith(x) || plural.startsWith(x) || name.endsWith(x) || plural.endsWith(x))) {
                    if (found != null && found != e) {
                        return null; // "Lieferdaten" beside Lieferant and Lieferung: not told
                    }
                    found = e;
                }
            }
        }
        return found;
    }
}

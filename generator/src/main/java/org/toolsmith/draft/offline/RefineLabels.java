package org.toolsmith.draft.offline;

import java.util.List;

/** Labels as the person wrote them. */
final class RefineLabels {
    /** A prepositional relative clause after the noun: "canal par lequel …", "fecha en (la) que …", "Raum, in dem …". */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "(?iu)(?<=\\p{L})\\s*,?\\s+(?:(?:par|dans|sur|avec|pour|à|a|de|en|por|con|para|desde|in|mit|an|auf|bei|von)\\s+(?:lequel|laquelle|lesquels|lesquelles|quoi|qui|el que|la que|los que|las que|el cual|la cual|que|dem|der|denen|welche[mrn]?)|auquel|à laquelle|duquel|dont|donde|cuyo|cuya)\\s+\\S.*$");
    /** Words a noun phrase does not start with: a reflexive or subject pronoun, a conjunction, a comparison. */
    private static final java.util.regex.Pattern NOT_A_NOUN = java.util.regex.Pattern.compile(
            "^(?:se|s'|sich|on|wir|nous|je|j'|yo|ich|que|qui|si|ob|wenn|cuando|quand|porque|parce|weil|dass|am besten|lo mejor|mejor|plutot|eher|habria|haria|faudrait|il faut|hay que|brauchen|necesitamos)\\b");

    private RefineLabels() {
    }

    /** The noun phrase of a new field's label in French, Spanish or German, or null when the words are not one. */
    static String nounPhrase(Lang lang, String label) {
        if (lang == Lang.EN || label == null) {
            return label;
        }
        String cut = RELATIVE.matcher(label).replaceFirst("");
        if (cut.isBlank()) {
            cut = label;
        }
        return NOT_A_NOUN.matcher(RefineText.fold(cut).strip()).find() ? null : cut.strip();
    }

    /**
     * "cambia Notas por 'Incidencias' que es para lo que se usa", "Renommez « Hôte » en « Personne
     * visitée », c'est plus clair": a new name that starts with text the message quoted is that text,
     * not the explanation after it.
     */
    static String quotedStart(String message, String label) {
        if (message == null) {
            return label;
        }
        List<String> quoted = RefineText.quoted(message);
        String folded = RefineText.fold(label);
        if (quoted.stream().anyMatch(q -> RefineText.fold(q).strip().equals(folded.strip()))) {
            // "rename «Motivo» to «Motivo de la consulta»": the new name is quoted whole
            return label;
        }
        for (String q : quoted) {
            String fq = RefineText.fold(q).strip();
            if (!fq.isEmpty() && folded.length() > fq.length() && folded.startsWith(fq) && !Character.isLetterOrDigit(folded.charAt(fq.length()))) {
                return q.strip();
            }
        }
        return label;
    }
}

package org.toolsmith.draft.offline;

import java.util.List;

/** Labels as the person wrote them. */
final class RefineLabels {
    private RefineLabels() {
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

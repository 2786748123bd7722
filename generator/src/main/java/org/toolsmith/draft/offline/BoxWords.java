package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new field named by the box it goes in: a box to tick ("une case « renouvellement automatique »", "a
 * 'twin' tick box", "una casilla de verificación para el destete", "ein Häkchen für Zwilling") is a yes/no named by
 * what it is for; a field to upload into ("un campo para subir el carnet de prensa", "an upload field for the vet
 * report", "un champ pour téléverser le devis", "ein Feld zum Hochladen des Befunds") is a file named by the thing.
 * A plain box ("a box for comments", "une case pour les remarques") stays what it was: only a quoted name makes a
 * box that may hold text a tick box.
 */
final class BoxWords {
    private static final String ARTICLE = "(?:(?:a|an|one|une|un|una|ein|eine|einen)\\s+)?";
    private static final String TICK = "(?:tick ?box|tick-box|check ?box|check-box|case a cocher|casilla de verificacion|casilla para marcar|hakchen|ankreuzfeld|kontrollkastchen)";
    private static final String BOX = "(?:" + TICK + "|tick|haken|box|case|casilla|kastchen|checkbox-feld)";
    /** The article of the thing a box is for: "for the deposit", "pour l'extrait", "para el certificado". */
    private static final String ARTICLE_OF_THING = "(?:(?:the|its|their|le|la|les|l'|son|sa|ses|leur|el|los|las|su|sus|den|die|das|dem|der)\\s*)?";
    /**
     * What a box for words holds (notes, comments, details, reasons, a name, a date), with or without accents: a "case" or
     * "casilla" for these is a text box, not one to tick. {@link BoxPhrases} reads the same words in the message as typed.
     */
    static final String NOTE_WORDS = "(?:remarques?|commentaires?|notes?|observations?|observaciones|comentarios?|notas?|textes?|textos?"
            + "|pr[ée]cisions?|d[ée]tails?|detalles?|explications?|explicaciones?|motifs?|motivos?|raisons?|raz[óo]n|razones|adresses?"
            + "|direcci[óo]n|noms?|nombres?|dates?|fechas?)";
    private static final String Q = "[\"'«»„“”‘’]";
    private static final Pattern TICK_FOR = Pattern.compile("^(?:" + ARTICLE + TICK + "|(?:a|an|one|ein|einen)\\s+(?:tick|haken))\\s+(?:(?:for|pour|para|de|fur|zu)\\s+)?(?:" + Q + "\\s*)?(?!(?:si|if|whether|ob|que|wenn|when|quand|cuando)\\b)([^\"'«»„“”‘’]{2,40}?)\\s*" + Q + "?$");
    private static final Pattern BOX_QUOTED = Pattern.compile("^" + ARTICLE + BOX + "\\s*(?:(?:for|pour|para|de|fur)\\s+)?" + Q + "\\s*([^\"'«»„“”‘’]{2,40}?)\\s*" + Q + "$");
    private static final Pattern QUOTED_BOX = Pattern.compile("^" + ARTICLE + Q + "\\s*([^\"'«»„“”‘’]{2,40}?)\\s*" + Q + "\\s*" + BOX + "$");
    private static final Pattern UPLOAD = Pattern.compile("^" + ARTICLE + "(?:(?:upload|file|document)\\s+(?:field|box|slot|button)\\s+(?:for|to hold)"
            + "|(?:field|box|slot|button|place|spot|space|champ|zone|espace|emplacement|bouton|campo|sitio|lugar|espacio|hueco|boton|feld|platz|stelle|button|knopf)\\s+"
            + "(?:to|for|pour|para|de|zum|um|fur)\\s+(?:(?:pouvoir|poder)\\s+)?(?:upload|attach|uploading|attaching|televerser|telecharger|joindre|deposer|subir|adjuntar|cargar|hochladen|anhangen)"
            + "|(?:champ|zone|campo|feld)\\s+(?:de\\s+)?(?:televersement|telechargement|piece jointe|subida|carga|adjunto|upload)\\s+(?:pour|para|de|del|fur|von)"
            + "|(?:upload|datei|anhang)-?feld\\s+(?:fur|von|mit)?"
            + "|(?:(?:to|pour|para|zum|um)\\s+)?(?:upload|attach|televerser|telecharger|joindre|deposer|subir|adjuntar|hochladen|anhangen))\\s*(?:(?:for|von|fur)\\s+)?(\\S.*)$");
    /** "a travel booked tick box", "a background check box": the box said after what it is for. */
    private static final Pattern BOX_AFTER = Pattern.compile("^" + ARTICLE + "(?!(?:for|pour|para|de|fur)\\s)([\\w' -]{2,40}?)\\s+" + TICK + "$");
    /** "a yes/no for the deposit", "un oui/non pour la caution", "un sí/no para la fianza": the answer names the box. */
    private static final Pattern YES_NO_FOR = Pattern.compile("^" + ARTICLE
            + "(?:yes ?/ ?no|yes or no|oui ?/ ?non|oui ou non|si ?/ ?no|si o no|ja ?/ ?nein|ja oder nein)"
            + "(?:\\s+(?:box|field|flag|case|champ|casilla|campo|feld))?\\s+(?:for|on|about|pour|sur|para|sobre|de|fur|zu|zum|zur)\\s+"
            + "(?!(?:si|if|whether|ob|que|wenn|when|quand|cuando)\\b)" + ARTICLE_OF_THING + "([\\w' -]{2,40}?)$");
    /**
     * "une case caution payée", "una casilla de fianza pagada", "una casilla para el certificado": in French and Spanish a
     * "case" or "casilla" named by a thing, not by notes, is a box to tick.
     */
    private static final Pattern CASE_OF = Pattern.compile("^" + ARTICLE + "(?:case|casilla)\\s+(?:(?:de|para|pour)\\s+)?"
            + "(?!(?:si|que|a|para|pour)\\b)(?!" + ARTICLE_OF_THING
            + NOTE_WORDS + "\\b)"
            + ARTICLE_OF_THING + "([\\w' -]{2,40}?)$");
    /** The shapes of a box to tick, in the order they are tried; French and Spanish also name a "case" / "casilla" by its thing. */
    private static final List<Pattern> SHAPES = List.of(BOX_QUOTED, QUOTED_BOX, TICK_FOR, BOX_AFTER, YES_NO_FOR);
    private static final List<Pattern> ROMANCE_SHAPES = List.of(BOX_QUOTED, QUOTED_BOX, TICK_FOR, BOX_AFTER, YES_NO_FOR, CASE_OF);
    private static final Pattern DES = Pattern.compile("^(?:des|eines)\\s+(\\S+?)(?:(?<=[sßzx]|sch)es|s)(\\s.*)?$");

    private BoxWords() {
    }

    /** The item said as its plain form ("X (yes/no)", "X (file)"), or the item as it was. */
    static RefineClause plain(RefineSession s, RefineClause words) {
        if (words == null || words.isEmpty()) {
            return words;
        }
        for (Pattern p : s.lang == Lang.FR || s.lang == Lang.ES ? ROMANCE_SHAPES : SHAPES) {
            Matcher m = words.match(p);
            if (m.matches()) {
                return new RefineClause(words.group(m, 1).orig.strip() + switch (s.lang) {
                    case FR -> " (oui/non)";
                    case ES -> " (sí/no)";
                    case DE -> " (ja/nein)";
                    default -> " (yes/no)";
                });
            }
        }
        Matcher m = words.match(UPLOAD);
        if (m.matches()) {
            String thing = words.group(m, 1).orig.strip();
            Matcher des = DES.matcher(thing);
            if (s.lang == Lang.DE && des.matches()) {
                // "zum Hochladen des Befunds": the thing in its own case
                thing = des.group(1) + (des.group(2) == null ? "" : des.group(2));
            }
            return new RefineClause(thing + switch (s.lang) {
                case FR -> " (fichier)";
                case ES -> " (archivo)";
                case DE -> " (Datei)";
                default -> " (file)";
            });
        }
        return words;
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * "ein Feld, wo man Auffälligkeiten reinschreiben kann", "un champ où l'on peut noter les remarques", "un campo
 * donde se puedan apuntar las incidencias": a field named by what is written in it, rewritten to "ein Feld für …",
 * "un champ pour …", "un campo para …" (English "a field where we note …" is read already). Before, the
 * question word was read as a field of its own ("wo" → Location) and the field word as another ("Feld").
 */
final class FieldWhere {
    private static final Pattern DE = Pattern.compile("(?iu)\\b(ein|einen|eine)\\s+(Feld|Textfeld|Freitextfeld|Platz|Stelle|Spalte|Ort)\\s*,?\\s*(?:wo|in das|in dem|in die|worin|wohin)\\s+(?:man|wir|ihr|die\\s+\\p{L}+)\\s+(?:dann\\s+|auch\\s+|noch\\s+)*(.{2,60}?)\\s+(?:rein|ein|hinein|auf)?(?:schreiben|tragen|notieren|festhalten|eingeben|vermerken|packen)\\s+(?:kann|könnte|koennte|kann|darf|können|koennen|konnen)\\b");
    private static final Pattern FR = Pattern.compile("(?iu)\\b(un|une)\\s+(champ|endroit|espace|case|zone|colonne)\\s*,?\\s*(?:où|ou|dans lequel|dans laquelle)\\s+(?:on|l'on|nous|ils|elles)\\s+(?:puisse|peut|pourrait|pourra|puissions|pouvons|pourrions)\\s+(?:noter|écrire|ecrire|mettre|saisir|indiquer|inscrire|consigner)\\s+");
    private static final Pattern ES = Pattern.compile("(?iu)\\b(un|una)\\s+(campo|sitio|hueco|espacio|apartado|casilla|columna)\\s*,?\\s*(?:donde|en el que|en la que|en que)\\s+(?:se\\s+)?(?:pueda|puedan|podamos|poder|puedo|podemos)\\s+(?:apuntar|escribir|poner|anotar|indicar|meter|registrar)\\s+");

    private FieldWhere() {
    }

    /** The message with "a field where one writes X" said as "a field for X". */
    static String plain(String message) {
        String out = DE.matcher(message).replaceAll("$1 $2 für $3");
        out = FR.matcher(out).replaceAll("$1 $2 pour ");
        return ES.matcher(out).replaceAll("$1 $2 para ");
    }
}

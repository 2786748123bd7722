package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a new choice said after its name, in the shapes people use in four languages:
 * "the payment method, one of cash, card or bank transfer", "a handover option, either pickup or delivery",
 * "le mode de paiement : espèces, carte ou virement", "un mode de remise, soit retrait, soit livraison",
 * "el tipo de entrega, o recogida o envío", "die Übergabeart, entweder Abholung oder Lieferung",
 * "the service style: buffet/plated/cocktail". Rewritten to the bracketed shape the field readers know
 * ("the payment method (cash, card, bank transfer)"), so the commas between the values no longer split the
 * request into several fields. A colon list must end in "or" (or be written with slashes): "the details: name,
 * phone and email" names fields, not values; a value starting with an article is a field too.
 */
final class SaidValueLists {
    private static final String WORD = "(?!(?:or|ou|o|u|oder|and|et|y|und|soit|either|entweder|bitte|noch|please|pls|thanks|thank|s'il|svp|merci|por favor|gracias|danke|erg[äa]nzen|hinzuf[üu]gen|aufnehmen|anlegen|erfassen|eintragen)\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}'’&+-]*(?:\\.[\\p{L}\\p{N}]+)*";
    private static final String ITEM = WORD + "(?:\\s+" + WORD + "){0,3}";
    private static final String SEP = "\\s*,\\s*(?:(?:or|ou|o|u|oder|soit|and|et|y|und)\\s+)?|\\s+(?:or|ou|o|u|oder|and|et|y|und)\\s+|\\s*/\\s*";
    /** After a noun: a comma and "one of / either / soit / o / entweder", or a colon. */
    private static final Pattern LEAD = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N})])(\\s*,\\s*(?:which is\\s+|it'?s\\s+)?(?:(one of|l'une? des?|uno de|una de|einer? von)|(either|soit|o|entweder))\\s+|\\s*:\\s*)"
            + "(" + ITEM + "(?:(?:" + SEP + ")" + ITEM + ")+)"
            + "(?=\\s*(?:$|[.!?;)]|,\\s*(?:please|pls|thanks|s'il vous pla[iî]t|svp|merci|por favor|gracias|bitte|danke)\\b|\\s+(?:(?:bitte|noch)\\s+)*(?:erg[äa]nzen|hinzuf[üu]gen|aufnehmen|anlegen|erfassen|eintragen)\\b"
            + "|,\\s*(?:and|et|y|und|also|aussi|tambi[ée]n|auch)\\s|\\s+(?:on|for|to|in|sur|pour|dans|à|en|bei|f[üu]r|im)\\s+(?:the|each|every|all|les|la|le|l'|chaque|los|las|el|cada|den|dem|der|jede[rsmn]?)\\b))");
    private static final Pattern SPLIT = Pattern.compile("(?iu)" + SEP);
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:the|a|an|its|their|le|la|les|l'|un|une|des|du|son|sa|ses|el|los|las|una|su|sus|der|die|das|den|dem|des|ein|eine|einen|seine|ihre)\\b");
    /** The word before the lead: a verb or a box word, whose list is read elsewhere ("should be: …", "a dropdown: …"). */
    private static final java.util.Set<String> BEFORE_NOT_NOUN = RefineText.set("be", "is", "are", "was", "were", "now", "only", "values", "options",
            "list", "dropdown", "drop-down", "menu", "following", "these", "etre", "est", "sont", "valeurs", "liste", "ser", "es", "son", "valores",
            "opciones", "lista", "sein", "ist", "sind", "werte", "optionen", "folgendes", "folgende", "werden", "add", "ajouter", "ajoute", "ajoutez",
            "anade", "anadir", "anadid", "erganzen", "aufnehmen", "erfassen", "noter", "apuntar", "record", "have", "avoir", "tener", "haben",
            "choose", "pick", "select", "choisir", "elegir", "wahlen", "gewahlt", "elegido", "choisi",
            // "Versandart fehlt noch: A, B oder C", "il manque encore : …": the field is missing, its values follow (read by MissingColon)
            "noch", "fehlt", "fehlen", "missing", "manque", "encore", "falta", "faltan", "also", "aussi", "tambien", "auch", "too", "aussi");
    /** A first value that is a clause: "…: it's now A, B or C" is news about the values, read elsewhere. */
    private static final Pattern CLAUSE = Pattern.compile("(?iu)^(?:it'?s|it|they|there|c'est|ce sont|ahora|es|son|jetzt|now|maintenant|we|on|nous|wir)\\b");

    /** A subordinate clause: a remark or a reason, whose last noun is not the new field. */
    private static final Pattern REMARK = Pattern.compile("(?iu)\\b(?:que|qui|because|since|as|which|that|car|parce que|porque|ya que|weil|da|denn|dass|ou|where|donde|wo|when|quand|cuando|wann)\\b|(?<!\\p{L})(?:où|dónde)(?!\\p{L})");

    /** A participle before the colon: "Jeder Artikel ist einer Kategorie zugeordnet:", "each job is assigned:". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}*(?:zugeordnet|eingeteilt|assigned|linked|assigne|assignee|asignad[oa]|\\p{L}{2,}ed)");

    private SaidValueLists() {
    }

    static String plain(String message) {
        Matcher m = LEAD.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String head = message.substring(0, m.start()).strip();
            String[] words = RefineText.fold(head).split("[^\\p{L}\\p{N}'-]+");
            String sentence = head.substring(Math.max(Math.max(head.lastIndexOf('.'), head.lastIndexOf('!')), Math.max(head.lastIndexOf('?'), head.lastIndexOf(';'))) + 1);
            boolean colon = m.group(2) == null && m.group(3) == null;
            if (colon && (sentence.strip().split("\\s+").length < 3 || PARTICIPLE.matcher(words.length == 0 ? "" : words[words.length - 1]).matches())) {
                continue; // "niveau : A, B ou C", "Standort: A, B oder C": the values of a field named alone, set elsewhere; "… zugeordnet: A, B oder C"
            }
            if (words.length == 0 || BEFORE_NOT_NOUN.contains(words[words.length - 1])) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : SPLIT.split(m.group(4))) {
                items.add(item.strip());
            }
            if (items.size() < 2 || items.stream().anyMatch(i -> i.isEmpty() || ARTICLE.matcher(i).find()) || m.group(2) == null && m.group(3) == null && CLAUSE.matcher(items.get(0)).find()) {
                continue;
            }
            String list = m.group(4);
            if (m.group(3) != null && m.group(3).equalsIgnoreCase("o") && items.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("sea")) {
                continue; // "la fila, o sea Primera, Segunda o Tercera": "o sea" is "that is", the values are set elsewhere
            }
            boolean oneOf = m.group(2) != null;
            boolean paired = m.group(3) != null;
            boolean orEnds = list.matches("(?isu).*(?:\\s(?:or|ou|o|u|oder)\\s|/).*");
            if (!oneOf && !paired && !orEnds) {
                continue; // "the details: name, phone and email": fields
            }
            if (list.contains("/") && !list.matches("(?su)[^,]*") || list.contains("/") && list.matches("(?isu).*\\s(?:or|ou|o|u|oder|and|et|y|und)\\s.*")) {
                continue; // "Größe: Kinder und 48/50": a slash inside a value, not between the values
            }
            if (!oneOf && !paired && REMARK.matcher(head.substring(Math.max(0, Math.max(head.lastIndexOf(','), head.lastIndexOf('.')) + 1))).find()) {
                continue; // "…, because the till never adds up: A, B or C": the colon ends a remark, the values are the field's before it
            }
            if (paired && !list.matches("(?isu).*(?:\\s(?:or|ou|o|u|oder)\\s|,\\s*soit\\s).*")) {
                continue; // "…, either way", "…, soit", "…, o sea": no second value
            }
            m.appendReplacement(out, Matcher.quoteReplacement(" (" + String.join(", ", items) + ")"));
            any = true;
        }
        if (!any) {
            return message;
        }
        m.appendTail(out);
        return out.toString();
    }
}

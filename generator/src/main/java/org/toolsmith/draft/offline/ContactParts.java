package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "an emergency contact (name + phone)", "un contact d'urgence (nom et téléphone)", "un contacto de emergencia
 * (nombre y teléfono)", "Notfallkontakt (Name + Telefon)": a person the record keeps two or more details of. Each
 * detail is its own field ("Emergency contact name", "Emergency contact phone"), not a choice between them.
 * Details joined by "or" ("name or phone, whichever they give") stay one field, and so does anything not a
 * person's detail ("status (open, closed)").
 */
final class ContactParts {
    private static final String PART = "(?:full name|first name|last name|name|phone number|phone|telephone|mobile|cell|e-?mail|email address|address|relationship"
            + "|nom|prenom|telephone|portable|adresse|courriel|lien|nombre|apellidos?|telefono|movil|celular|correo|direccion|parentesco"
            + "|vorname|nachname|telefonnummer|telefon|handy|handynummer|adresse|anschrift|beziehung)";
    private static final String JOIN = "\\s*(?:\\+|,|&|\\band\\b|\\bet\\b|\\by\\b|\\be\\b|\\bund\\b|\\bplus\\b)\\s*";
    private static final Pattern PARTS = Pattern.compile("^(.*?\\S)\\s*\\((" + PART + "(?:" + JOIN + "(?:(?:a|an|the|their|his|her|le|la|son|sa|su|el|die|der|das|seine|ihre)\\s+)?" + PART + ")+)\\)$");
    private static final Pattern SPLIT = Pattern.compile(JOIN + "(?:(?:a|an|the|their|his|her|le|la|son|sa|su|el|die|der|das|seine|ihre)\\s+)?");
    /** The thing the details are of: a contact or a person who is reached ("parent", "guardian", "Ansprechpartner"). */
    private static final Pattern WHO = Pattern.compile("\\b(?:contact|contacts|contacto|contactos|kontakt\\w*|\\w*kontakt|parent|guardian|carer|caregiver|next of kin|referee|tutor|tutora|tuteur|tutrice"
            + "|responsable|ansprechpartner\\w*|\\w*ansprechpartner|erziehungsberechtigte\\w*|vormund|person|personne|persona|doctor|medecin|arzt|gp)\\b");
    /** "… on each booking", "… sur chaque location": where the field goes, not part of its name. */
    private static final Pattern EACH = Pattern.compile("\\s+(?:on|for|of|in|to|sur|pour|de|en|a|para|por|bei|fur|zu|auf)\\s+(?:each|every|all|the|chaque|tous|toutes|les|cada|todos|todas|los|las|jede\\w*|alle\\w*|den)\\s.*$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:a|an|the|their|un|une|le|la|l'|el|un|una|ein|eine|einen|der|die|den|noch|also|too)\\s+|l')+");

    private ContactParts() {
    }

    /** Adds one field per detail when the words are "person (detail + detail)"; returns whether it did. */
    static boolean add(RefineSession s, RefineClause words, String target) {
        Matcher m = words.match(PARTS);
        if (!m.find()) {
            return false;
        }
        RefineClause who = words.group(m, 1);
        String head = who.text.replaceAll("[^\\p{L}' -]+$", "").strip();
        if (!WHO.matcher(head).find()) {
            return false;
        }
        Matcher each = who.match(EACH);
        if (each.find() && each.start() > 0) {
            who = who.sub(0, each.start());
        }
        String label = ARTICLE.matcher(who.orig.strip()).replaceFirst("");
        if (label.isBlank()) {
            return false;
        }
        RefineClause parts = words.group(m, 2);
        List<String> details = new ArrayList<>();
        Matcher cut = SPLIT.matcher(parts.text);
        int from = 0;
        while (cut.find()) {
            details.add(parts.sub(from, cut.start()).orig.strip());
            from = cut.end();
        }
        details.add(parts.sub(from, parts.text.length()).orig.strip());
        for (String detail : details) {
            String named = switch (s.lang) {
                case FR, ES -> RefineText.capitalize(detail.toLowerCase(Locale.ROOT)) + " de " + lowerFirst(label);
                case DE -> RefineText.capitalize(label) + " " + RefineText.capitalize(detail);
                default -> RefineText.capitalize(label) + " " + detail.toLowerCase(Locale.ROOT);
            };
            s.addField(target, named, RefineTypes.guess(s, detail), null, null); // the detail says the type: "phone" → phone
        }
        return true;
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

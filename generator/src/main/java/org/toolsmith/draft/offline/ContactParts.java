package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "an emergency contact (name + phone)", "un contact d'urgence (nom et téléphone)", "un contacto de emergencia
 * (nombre y teléfono)", "Notfallkontakt (Name + Telefon)": a person the record keeps two or more details of. Each
 * detail is its own field ("Emergency contact name", "Emergency contact phone"), not a choice between them.
 * The details may stand in brackets, after a colon or a dash ("a guardian: name and mobile"), or
 * straight after the person ("next of kin name + phone"); a contact's "number" is a phone number.
 * Details joined by "or" ("name or phone, whichever they give") stay one field, and so does anything not a
 * person's detail ("status (open, closed)").
 */
final class ContactParts {
    private static final String PART = "(?:full name|first name|last name|name|phone number|phone|telephone|mobile number|mobile|cell|e-?mail address|e-?mail|email address|address|relationship|number"
            + "|nom|prenom|numero de telephone|numero|telephone|portable|adresse|courriel|lien|nombre|apellidos?|telefono|movil|celular|correo|direccion|parentesco"
            + "|vorname|nachname|telefonnummer|telefon|handynummer|handy|nummer|adresse|anschrift|beziehung)";
    private static final String JOIN = "\\s*(?:\\+|,|&|\\band\\b|\\bet\\b|\\by\\b|\\be\\b|\\bund\\b|\\bplus\\b)\\s*";
    private static final String ARTICLE_OPT = "(?:(?:a|an|the|their|his|her|its|le|la|les|son|sa|ses|leur|un|une|su|sus|el|una|die|der|das|den|seine|ihre|eine|einen|ein)\\s+)?";
    private static final String LIST = "(" + ARTICLE_OPT + PART + "(?:" + JOIN + ARTICLE_OPT + PART + ")+)";
    /** The details in brackets, after a colon or after a dash. */
    private static final Pattern PARTS = Pattern.compile("^(.*?\\S)\\s*(?:\\(|:|\\s[-–—])\\s*" + LIST + "\\s*\\)?[.!]?$");
    /** The details straight after the person: "next of kin name + phone". */
    private static final Pattern ATTACHED = Pattern.compile("^(.*?\\S)\\s+" + LIST + "[.!]?$");
    private static final Pattern SPLIT = Pattern.compile(JOIN + ARTICLE_OPT);
    /** A contact's number: the number to call. */
    private static final Pattern NUMBER = Pattern.compile("^(?:number|numero|nummer)$");
    /** The thing the details are of: a contact or a person who is reached ("parent", "guardian", "Ansprechpartner"). */
    private static final Pattern WHO = Pattern.compile("\\b(?:contact|contacts|contacto|contactos|kontakt\\w*|\\w*kontakt|parent|guardian|carer|caregiver|next of kin|referee|tutor|tutora|tuteur|tutrice"
            + "|responsable|ansprechpartner\\w*|\\w*ansprechpartner|erziehungsberechtigte\\w*|vormund|person|personne|persona|doctor|medecin|arzt|gp)\\b");
    /** The person word last in what comes before attached details: "emergency contact", not "contact name". */
    private static final Pattern WHO_LAST = Pattern.compile("(?:contact|contacto|kontakt|\\w*kontakt|parent|guardian|carer|caregiver|next of kin|referee|tuteur|tutrice"
            + "|ansprechpartner\\w*|\\w*ansprechpartner|erziehungsberechtigte\\w*|vormund|doctor|medecin|arzt|gp)$");
    /** "… on each booking", "… sur chaque location": where the field goes, not part of its name. */
    private static final Pattern EACH = Pattern.compile("\\s+(?:on|for|of|in|to|sur|pour|de|en|a|para|por|bei|fur|zu|auf)\\s+(?:each|every|all|the|chaque|tous|toutes|les|cada|todos|todas|los|las|jede\\w*|alle\\w*|den)\\s.*$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:a|an|the|their|un|une|le|la|l'|el|un|una|ein|eine|einen|der|die|den|noch|also|too)\\s+|l')+");
    private static final Pattern DETAIL_ARTICLE = Pattern.compile("(?i)^" + ARTICLE_OPT);

    private ContactParts() {
    }

    /** Adds one field per detail when the words are "person (detail + detail)"; returns whether it did. */
    static boolean add(RefineSession s, RefineClause words, String target) {
        Matcher m = words.match(PARTS);
        boolean found = m.find();
        if (!found) {
            m = words.match(ATTACHED);
            found = m.find() && WHO_LAST.matcher(words.group(m, 1).text.strip()).find();
        }
        if (!found) {
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
        for (String said : details) {
            String detail = DETAIL_ARTICLE.matcher(said).replaceFirst("");
            String named = switch (s.lang) {
                case FR, ES -> RefineText.capitalize(detail.toLowerCase(Locale.ROOT)) + " de " + lowerFirst(label);
                case DE -> RefineText.capitalize(label) + " " + RefineText.capitalize(detail);
                default -> RefineText.capitalize(label) + " " + detail.toLowerCase(Locale.ROOT);
            };
            // the detail says the type: "phone" → phone; a contact's "number" is the number to call
            FieldType type = NUMBER.matcher(RefineText.fold(detail).strip()).matches() ? FieldType.PHONE : RefineTypes.guess(s, detail);
            s.addField(target, named, type, null, null);
        }
        return true;
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short run of contact details typed without commas ("name phone email", "nom prénom mail tel", "nombre
 * apellidos teléfono", "Name Vorname Handy"): each detail is a field of its own, as if the commas had been
 * typed. Only a run made wholly of such details (two or more) is cut; a detail said with another word
 * ("owner name", "numéro de téléphone", "Telefon privat") is left to the other readers, and so is a detail
 * named in two words ("email address", "adresse mail", "teléfono móvil", "E-Mail Adresse"), which stays one.
 */
final class ContactRuns {
    private ContactRuns() {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*");
    private static final int MAX_TOKENS = 8;

    /** One-word details per language, folded, by kind of detail (name, phone, email, address). */
    private static final Map<Lang, Map<String, String>> KINDS = Map.of(
            Lang.EN, kinds("name surname forename", "phone tel tel. telephone mobile cell whatsapp", "email e-mail mail",
                    "address postcode zip"),
            Lang.FR, kinds("nom prenom", "tel tel. telephone portable mobile whatsapp", "email e-mail mail courriel", "adresse"),
            Lang.ES, kinds("nombre apellido apellidos", "tel tel. telefono movil celular whatsapp", "email e-mail mail correo",
                    "direccion"),
            Lang.DE, kinds("name vorname nachname", "telefon tel tel. telefonnummer handy handynummer mobil whatsapp",
                    "email e-mail mail", "adresse anschrift"));
    /** One-word details per language, folded. */
    private static final Map<Lang, Set<String>> WORDS = Map.of(Lang.EN, KINDS.get(Lang.EN).keySet(), Lang.FR, KINDS.get(Lang.FR).keySet(),
            Lang.ES, KINDS.get(Lang.ES).keySet(), Lang.DE, KINDS.get(Lang.DE).keySet());

    private static Map<String, String> kinds(String names, String phones, String emails, String addresses) {
        Map<String, String> out = new java.util.HashMap<>();
        String[][] byKind = {{"name", names}, {"phone", phones}, {"email", emails}, {"address", addresses}};
        for (String[] k : byKind) {
            for (String w : k[1].split(" ")) {
                out.put(w, k[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** The kind of contact detail a folded word names ("prenom" → name, "handy" → phone), or null. */
    static String kind(Lang lang, String word) {
        Map<String, String> k = KINDS.get(lang);
        return k == null ? null : k.get(word);
    }

    /** Two-word details that are one field, folded. */
    private static final Map<Lang, Set<String>> PAIRS = Map.of(
            Lang.EN, Set.of("first name", "last name", "full name", "family name", "given name", "email address", "e-mail address",
                    "mail address", "phone number", "telephone number", "mobile number", "cell number", "mobile phone", "cell phone",
                    "home address", "postal address", "contact number"),
            Lang.FR, Set.of("adresse mail", "adresse email", "adresse e-mail", "adresse postale", "tel portable", "telephone portable",
                    "tel fixe", "telephone fixe", "nom complet"),
            Lang.ES, Set.of("correo electronico", "telefono movil", "telefono fijo", "nombre completo", "direccion postal"),
            Lang.DE, Set.of("e-mail adresse", "e-mail-adresse", "mail adresse", "email adresse", "voller name"));

    /** Whether the words are one contact detail ("nom", "tel", "email address"), which is a field and never a value. */
    static boolean detail(Lang lang, String text) {
        String f = String.join(" ", Text.words(Text.fold(text)));
        return WORDS.get(lang).contains(f) || PAIRS.get(lang).contains(f);
    }

    /** The stretch with commas between its contact details, or the stretch itself. */
    static String split(Lang lang, String stretch) {
        if (stretch.length() > 80) {
            return stretch;
        }
        Set<String> words = WORDS.get(lang);
        Set<String> pairs = PAIRS.get(lang);
        List<int[]> units = new ArrayList<>();
        List<int[]> toks = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher t = TOKEN.matcher(stretch);
        while (t.find()) {
            toks.add(new int[] {t.start(), t.end()});
            folded.add(Text.fold(t.group()));
            if (toks.size() > MAX_TOKENS) {
                return stretch;
            }
        }
        if (toks.size() < 2) {
            return stretch;
        }
        for (int i = 0; i < toks.size(); i++) {
            if (i + 1 < toks.size() && pairs.contains(folded.get(i) + " " + folded.get(i + 1))) {
                units.add(new int[] {toks.get(i)[0], toks.get(i + 1)[1]});
                i++;
            } else if (words.contains(folded.get(i))) {
                units.add(toks.get(i));
            } else {
                return stretch;
            }
        }
        if (units.size() < 2) {
            return stretch;
        }
        StringBuilder out = new StringBuilder(stretch.substring(0, units.get(0)[0]));
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(stretch, units.get(i)[0], units.get(i)[1]);
        }
        return out.append(stretch.substring(units.get(units.size() - 1)[1])).toString();
    }
}

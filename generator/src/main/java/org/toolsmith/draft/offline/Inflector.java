package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Singular forms of record-kind names, by rule, per language. */
final class Inflector {
    private static final Map<String, String> EN_IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("staff", "staff"), Map.entry("series", "series"),
            Map.entry("feet", "foot"), Map.entry("mice", "mouse"), Map.entry("analyses", "analysis"),
            Map.entry("criteria", "criterion"), Map.entry("data", "data"), Map.entry("news", "news"),
            Map.entry("equipment", "equipment"), Map.entry("sheep", "sheep"), Map.entry("cattle", "animal"),
            Map.entry("leaves", "leave"), Map.entry("wolves", "wolf"), Map.entry("knives", "knife"),
            Map.entry("lives", "life"), Map.entry("shelves", "shelf"),
            // "-uses" of a Latin "-us" (not "houses", "nurses", "courses")
            Map.entry("buses", "bus"), Map.entry("minibuses", "minibus"), Map.entry("campuses", "campus"),
            Map.entry("statuses", "status"), Map.entry("bonuses", "bonus"), Map.entry("viruses", "virus"));
    private static final List<String> EN_KEEP_S = List.of("ss", "us", "is", "ics", "news", "ous", "species", "series");

    private Inflector() {
    }

    /** The singular of a noun phrase: its head word is made singular. */
    static String singular(Lang lang, String phrase) {
        String p = phrase.strip();
        if (p.isEmpty()) {
            return p;
        }
        String[] words = p.split(" ");
        int h = lang.headLast() ? words.length - 1 : 0;
        words[h] = singularWord(lang, words[h]);
        if (lang == Lang.FR || lang == Lang.ES) {
            // adjectives agree: "activités périscolaires" → "activité périscolaire"
            for (int i = 1; i < words.length && i < 3; i++) {
                if (isConnector(words[i])) {
                    break;
                }
                words[i] = singularWord(lang, words[i]);
            }
        }
        return String.join(" ", words);
    }

    private static boolean isConnector(String w) {
        String f = Text.fold(w);
        return f.equals("de") || f.equals("du") || f.equals("des") || f.equals("d") || f.startsWith("d'")
                || f.equals("del") || f.equals("a") || f.equals("au") || f.equals("aux") || f.equals("para")
                || f.equals("pour") || f.equals("en") || f.equals("la") || f.equals("le") || f.equals("el");
    }

    static String singularWord(Lang lang, String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1)) || isAllCaps(w)) {
            return w.length() > 3 && isAllCaps(w) && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        }
        return switch (lang) {
            case EN -> english(w, lower);
            case FR -> french(w, lower);
            case ES -> spanish(w, lower);
            case DE -> german(w, lower);
        };
    }

    private static String german(String w, String lower) {
        // "Trainerinnen", "Mitarbeiterinnen": the feminine plural
        if (lower.endsWith("innen") && lower.length() > 7) {
            return w.substring(0, w.length() - 3);
        }
        // "Tutoren", "Sensoren", "Autoren": Latin nouns in -or take -en
        if (lower.endsWith("toren") && lower.length() >= 7 || lower.endsWith("soren") && lower.length() >= 8) {
            return w.substring(0, w.length() - 2);
        }
        // "Ergebnisse", "Zeugnisse", "Verzeichnisse": nouns in -nis double the s
        if (lower.endsWith("nisse") && lower.length() > 7) {
            return w.substring(0, w.length() - 2);
        }
        for (String suffix : new String[] {"ungen", "ionen", "heiten", "keiten", "schaften", "taten", "uren", "eien"}) {
            if (lower.endsWith(suffix)) {
                return w.substring(0, w.length() - 2);
            }
        }
        // the last part of a compound decides: "Mitgliedsbeiträge" like "Beiträge"
        // longest ending first ("aufträge" before "träge"), and the part replaced keeps its capital ("Passbild-Aufträge"):
        // Map.ofEntries iterates in an order that changes from run to run, so the order is fixed here
        for (Map.Entry<String, String> e : DE_IRREGULAR_LONGEST_FIRST) {
            if (lower.endsWith(e.getKey()) && (lower.length() == e.getKey().length() || lower.length() >= e.getKey().length() + 3)) {
                int at = w.length() - e.getKey().length();
                return w.substring(0, at) + (Character.isUpperCase(w.charAt(at)) ? Text.capitalize(e.getValue()) : e.getValue());
            }
        }
        // "Monteure", "Friseure", "Ingenieure": nouns in -eur take -e
        if (lower.length() > 6 && lower.endsWith("eure")) {
            return w.substring(0, w.length() - 1);
        }
        // "Büros", "Autos", "Kameras", "Handys": plurals in -s after a vowel
        if (lower.length() > 4 && lower.matches(".*[aoy]s") && !lower.matches(".*(?:atlas|chaos|kosmos|ethos|pathos)")) {
            return w.substring(0, w.length() - 1);
        }
        // "Lieferanten", "Patienten", "Studenten": weak nouns in -ant, -ent
        if ((lower.endsWith("anten") || lower.endsWith("enten")) && lower.length() > 7) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** German plurals no suffix rule gives back, from the nouns internal tools are about. */
    private static final Map<String, String> DE_IRREGULAR = Map.ofEntries(
            Map.entry("mitglieder", "mitglied"), Map.entry("bücher", "buch"), Map.entry("gaben", "gabe"), Map.entry("nahmen", "nahme"), Map.entry("räume", "raum"),
            Map.entry("gäste", "gast"), Map.entry("verträge", "vertrag"), Map.entry("anträge", "antrag"),
            Map.entry("beiträge", "beitrag"), Map.entry("aufträge", "auftrag"), Map.entry("häuser", "haus"),
            Map.entry("kinder", "kind"), Map.entry("geräte", "gerät"), Map.entry("zeuge", "zeug"), Map.entry("räder", "rad"), Map.entry("teile", "teil"),
            Map.entry("stücke", "stück"), Map.entry("plätze", "platz"), Map.entry("einsätze", "einsatz"), Map.entry("züge", "zug"),
            Map.entry("schränke", "schrank"), Map.entry("ausweise", "ausweis"), Map.entry("bestände", "bestand"), Map.entry("stände", "stand"), Map.entry("gespräche", "gespräch"),
            Map.entry("preise", "preis"), Map.entry("vorfälle", "vorfall"), Map.entry("unfälle", "unfall"),
            Map.entry("projekte", "projekt"), Map.entry("termine", "termin"), Map.entry("kurse", "kurs"),
            Map.entry("besuche", "besuch"), Map.entry("produkte", "produkt"), Map.entry("standorte", "standort"),
            Map.entry("dokumente", "dokument"), Map.entry("kunden", "kunde"), Map.entry("aufgaben", "aufgabe"),
            Map.entry("maschinen", "maschine"), Map.entry("anfragen", "anfrage"), Map.entry("reisen", "reise"),
            Map.entry("schäden", "schaden"), Map.entry("fälle", "fall"), Map.entry("belege", "beleg"),
            Map.entry("artikel", "artikel"), Map.entry("tickets", "ticket"), Map.entry("teams", "team"),
            Map.entry("abteilungen", "abteilung"), Map.entry("ärzte", "arzt"), Map.entry("zähler", "zähler"),
            Map.entry("pläne", "plan"), Map.entry("gründe", "grund"), Map.entry("orte", "ort"), Map.entry("stellen", "stelle"),
            Map.entry("schichten", "schicht"), Map.entry("lieferscheine", "lieferschein"), Map.entry("scheine", "schein"),
            Map.entry("spenden", "spende"), Map.entry("fahrten", "fahrt"), Map.entry("kosten", "kosten"),
            Map.entry("versuche", "versuch"), Map.entry("proben", "probe"), Map.entry("touren", "tour"),
            Map.entry("kontakte", "kontakt"), Map.entry("objekte", "objekt"), Map.entry("events", "event"),
            Map.entry("schlüssel", "schlüssel"), Map.entry("zimmer", "zimmer"), Map.entry("lehrer", "lehrer"),
            Map.entry("mitarbeiter", "mitarbeiter"), Map.entry("rechner", "rechner"), Map.entry("laptops", "laptop"),
            Map.entry("bewerber", "bewerber"), Map.entry("besucher", "besucher"), Map.entry("patienten", "patient"),
            Map.entry("lieferanten", "lieferant"), Map.entry("werkstätten", "werkstatt"), Map.entry("sitzungen", "sitzung"),
            Map.entry("tische", "tisch"), Map.entry("stühle", "stuhl"), Map.entry("fahrzeuge", "fahrzeug"),
            Map.entry("vorgänge", "vorgang"), Map.entry("läufe", "lauf"), Map.entry("träge", "trag"), Map.entry("audits", "audit"),
            Map.entry("tests", "test"), Map.entry("filialen", "filiale"),
            Map.entry("eingänge", "eingang"), Map.entry("ausgänge", "ausgang"), Map.entry("gänge", "gang"),
            Map.entry("systeme", "system"), Map.entry("programme", "programm"), Map.entry("monitore", "monitor"),
            Map.entry("drucker", "drucker"), Map.entry("lager", "lager"), Map.entry("fächer", "fach"), Map.entry("regale", "regal"),
            Map.entry("anlagen", "anlage"), Map.entry("vorlagen", "vorlage"), Map.entry("maßnahmen", "maßnahme"),
            Map.entry("karten", "karte"), Map.entry("kassen", "kasse"), Map.entry("klassen", "klasse"), Map.entry("adressen", "adresse"),
            Map.entry("listen", "liste"), Map.entry("lampen", "lampe"), Map.entry("kisten", "kiste"), Map.entry("schulen", "schule"),
            Map.entry("gruppen", "gruppe"), Map.entry("rollen", "rolle"), Map.entry("firmen", "firma"), Map.entry("themen", "thema"),
            Map.entry("fragen", "frage"), Map.entry("pferde", "pferd"), Map.entry("mängel", "mangel"), Map.entry("hallen", "halle"), Map.entry("tiere", "tier"), Map.entry("hunde", "hund"),
            Map.entry("fahrräder", "fahrrad"), Map.entry("schiffe", "schiff"), Map.entry("boote", "boot"), Map.entry("pflanzen", "pflanze"), Map.entry("flaschen", "flasche"), Map.entry("taschen", "tasche"),
            Map.entry("kühe", "kuh"), Map.entry("kräfte", "kraft"), Map.entry("bäume", "baum"), Map.entry("säle", "saal"),
            Map.entry("höfe", "hof"), Map.entry("flüge", "flug"), Map.entry("wünsche", "wunsch"), Map.entry("sätze", "satz"),
            Map.entry("umsätze", "umsatz"), Map.entry("zuschüsse", "zuschuss"), Map.entry("abschlüsse", "abschluss"),
            Map.entry("anschlüsse", "anschluss"), Map.entry("schlösser", "schloss"), Map.entry("felder", "feld"),
            Map.entry("bilder", "bild"), Map.entry("länder", "land"), Map.entry("städte", "stadt"), Map.entry("bänke", "bank"),
            Map.entry("wände", "wand"), Map.entry("böden", "boden"), Map.entry("gärten", "garten"), Map.entry("läden", "laden"),
            Map.entry("ställe", "stall"), Map.entry("berichte", "bericht"), Map.entry("gerichte", "gericht"),
            Map.entry("zertifikate", "zertifikat"), Map.entry("formulare", "formular"), Map.entry("geschäfte", "geschäft"),
            Map.entry("türen", "tür"), Map.entry("uhren", "uhr"), Map.entry("kräne", "kran"), Map.entry("söhne", "sohn"),
            Map.entry("nächte", "nacht"), Map.entry("hefte", "heft"), Map.entry("kästen", "kasten"), Map.entry("dächer", "dach"),
            Map.entry("lizenzen", "lizenz"), Map.entry("konferenzen", "konferenz"), Map.entry("referenzen", "referenz"), Map.entry("bilanzen", "bilanz"));

    /** {@link #DE_IRREGULAR} by ending, the longest first, so that the same word always gets the same singular. */
    private static final List<Map.Entry<String, String>> DE_IRREGULAR_LONGEST_FIRST = DE_IRREGULAR.entrySet().stream()
            .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
            .toList();

    /** French nouns that end in -s, -x or -z in the singular too: no plural rule applies ("un colis", "un devis"). */
    private static final java.util.Set<String> FR_SAME = java.util.Set.of("colis", "devis", "avis", "prix", "repas", "cas", "mois",
            "bois", "pays", "temps", "corps", "fois", "choix", "voix", "tapis", "permis", "relais", "processus", "virus", "bus",
            "campus", "concours", "cours", "parcours", "secours", "recours", "acces", "proces", "remous", "rendez-vous",
            "abus", "refus", "inclus", "puits", "poids", "taux", "index", "tournevis", "lambris", "debris", "cadenas",
            "matelas", "verglas", "bras", "dos", "gaz", "quiz", "nez", "stress", "succes", "progres", "discours");

    /** French plurals in -aux whose singular ends in -ail. */
    private static final Map<String, String> FR_AIL = Map.of("travaux", "ail", "baux", "ail", "vitraux", "ail",
            "emaux", "ail", "coraux", "ail", "soupiraux", "ail");

    /**
     * Spanish plurals of nouns that end in a consonant or a stressed vowel, which the suffix rules
     * below would cut in the wrong place ("clubes" is not the plural of "clube", "meses" not of "mese").
     */
    private static final Map<String, String> ES_IRREGULAR = Map.ofEntries(
            Map.entry("clubes", "club"), Map.entry("paises", "país"), Map.entry("meses", "mes"),
            Map.entry("autobuses", "autobús"), Map.entry("leyes", "ley"), Map.entry("reyes", "rey"),
            Map.entry("relojes", "reloj"), Map.entry("redes", "red"), Map.entry("paredes", "pared"),
            Map.entry("menus", "menú"), Map.entry("esquies", "esquí"), Map.entry("cafes", "café"),
            Map.entry("sofas", "sofá"), Map.entry("bebes", "bebé"), Map.entry("interfaces", "interfaz"),
            Map.entry("bonus", "bonus"), Map.entry("gases", "gas"), Map.entry("buses", "bus"),
            Map.entry("compases", "compás"), Map.entry("intereses", "interés"), Map.entry("ingleses", "inglés"),
            Map.entry("franceses", "francés"), Map.entry("cines", "cine"), Map.entry("planes", "plan"),
            Map.entry("bienes", "bien"), Map.entry("trenes", "tren"), Map.entry("bailes", "baile"));

    private static boolean isAllCaps(String w) {
        String letters = w.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.chars().filter(Character::isLowerCase).count() <= 1
                && Character.isUpperCase(letters.charAt(0)) && Character.isUpperCase(letters.charAt(1));
    }

    private static String english(String w, String lower) {
        String irregular = EN_IRREGULAR.get(lower);
        if (irregular != null) {
            return matchCase(w, irregular);
        }
        for (String keep : EN_KEEP_S) {
            if (lower.endsWith(keep)) {
                return w;
            }
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String french(String w, String lower) {
        if (FR_SAME.contains(Text.fold(lower)) || (lower.endsWith("us") && lower.length() > 3)) {
            return w;
        }
        // "bateaux", "bureaux", "panneaux": -eau takes -x; "travaux", "baux" come from -ail
        if (lower.endsWith("eaux") && lower.length() > 5) {
            return w.substring(0, w.length() - 1);
        }
        String ail = FR_AIL.get(Text.fold(lower));
        if (ail != null) {
            return w.substring(0, w.length() - 3) + ail;
        }
        if (lower.endsWith("aux") && lower.length() > 4) {
            return w.substring(0, w.length() - 3) + "al";
        }
        if ((lower.endsWith("s") || lower.endsWith("x")) && !lower.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String spanish(String w, String lower) {
        String irregular = ES_IRREGULAR.get(Text.fold(lower));
        if (irregular != null) {
            return matchCase(w, irregular);
        }
        // "análisis", "crisis", "virus", "lunes": the same in the singular
        if (lower.endsWith("sis") || lower.endsWith("tis") || lower.endsWith("us") || lower.matches("(?:lunes|martes|miercoles|miércoles|jueves|viernes)")) {
            return w;
        }
        if (lower.endsWith("ces")) {
            return w.substring(0, w.length() - 3) + "z";
        }
        if (lower.endsWith("iones") || lower.endsWith("ores") || lower.endsWith("ales") || lower.endsWith("eles")
                || lower.endsWith("ades") || lower.endsWith("udes") || lower.endsWith("ares") || lower.endsWith("ones")
                || lower.endsWith("eres") || lower.endsWith("iles") || lower.endsWith("oles")) {
            String s = w.substring(0, w.length() - 2);
            return s.endsWith("ion") ? s.substring(0, s.length() - 3) + "ión" : s;
        }
        if (lower.length() > 5 && (lower.endsWith("enes") || lower.endsWith("ines") || lower.endsWith("anes"))) {
            // "almacenes" → "almacén", "jardines" → "jardín", "exámenes" → "examen"
            String stem = w.substring(0, w.length() - 2);
            String plain = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!stem.equals(plain)) {
                return plain;
            }
            char v = stem.charAt(stem.length() - 2);
            String accented = switch (Character.toLowerCase(v)) {
                case 'e' -> "é";
                case 'i' -> "í";
                case 'a' -> "á";
                default -> String.valueOf(v);
            };
            return stem.substring(0, stem.length() - 2) + accented + stem.charAt(stem.length() - 1);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0)) ? Text.capitalize(replacement) : replacement;
    }

    /** Irregular English verbs, by stem and by simple past: "who did it" → "Done by". */
    private static final java.util.Map<String, String> IRREGULAR = irregular(
            "do did done", "get got received", "take took taken", "give gave given", "go went gone", "make made made",
            "send sent sent", "pay paid paid", "buy bought bought", "bring brought brought", "see saw seen",
            "write wrote written", "sell sold sold", "find found found", "keep kept kept", "hold held held",
            "meet met met", "run ran run", "choose chose chosen", "drive drove driven", "break broke broken",
            "lead led led", "tell told told", "teach taught taught", "catch caught caught", "speak spoke spoken",
            "lend lent lent", "spend spent spent", "build built built", "leave left left", "win won won", "lose lost lost",
            "deal dealt dealt", "sign signed signed", "put put put", "set set set", "read read read", "ring rang rung",
            "begin began begun", "fly flew flown", "ride rode ridden", "hand handed handed", "bite bit bitten");

    private static java.util.Map<String, String> irregular(String... rows) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String r : rows) {
            String[] w = r.split(" ");
            m.put(w[0], w[2]);
            m.put(w[1], w[2]);
        }
        return java.util.Map.copyOf(m);
    }

    /** The participle when the word is an irregular English verb form ("did" → "done"), or null. */
    static String irregularParticiple(String word) {
        return IRREGULAR.get(word.toLowerCase(Locale.ROOT));
    }

    /** English third person of a verb: "need" → "needs", "auto-renew" → "auto-renews", "reach" → "reaches", "carry" → "carries". */
    static String thirdPerson(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.equals("have")) {
            return "has";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o")) {
            return verb + "es";
        }
        if (v.length() > 2 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** English past participle for "who's fixing it" → "fixed": fix → fixed, handle → handled. */
    static String pastParticiple(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(s)) {
            return IRREGULAR.get(s);
        }
        if (s.endsWith("e")) {
            return s + "d";
        }
        if (s.endsWith("ed")) {
            return s;
        }
        if (s.matches(".*[^aeiou]y")) {
            // "reply" → "replied"
            return s.substring(0, s.length() - 1) + "ied";
        }
        return s + "ed";
    }
}

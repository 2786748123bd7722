package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Verbs in requests: participles for labels ("who approved it" → "Approved by"), yes/no questions, amounts, nouns after "which". */
final class RefineVerbs {
    private static final Set<String> FILLER = RefineText.set(
            "they", "it", "he", "she", "we", "you", "someone", "somebody", "they've", "it's", "he's", "she's", "we've", "ve", "s",
            "have", "has", "had", "was", "were", "is", "are", "been", "be", "actually", "already", "really", "ever", "did", "do",
            "does", "will", "would", "got", "get", "gets", "the", "a", "an", "their", "its", "ils", "elle", "il", "ont", "a", "est",
            "ha", "han", "lo", "la", "es", "sie", "er", "hat", "haben", "ist", "wurde", "schon", "bereits", "tatsachlich",
            "ya", "esta", "estan", "fue", "sido", "ete", "deja", "elles", "ils", "on", "ont", "sont", "wird", "worden",
            "el", "los", "las", "le", "les", "un", "una", "une", "der", "die", "das", "ein", "eine");
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("did", "done"), Map.entry("do", "done"), Map.entry("does", "done"), Map.entry("paid", "paid"),
            Map.entry("pay", "paid"), Map.entry("pays", "paid"), Map.entry("sent", "sent"), Map.entry("send", "sent"),
            Map.entry("made", "made"), Map.entry("make", "made"), Map.entry("took", "taken"), Map.entry("take", "taken"),
            Map.entry("gave", "given"), Map.entry("give", "given"), Map.entry("wrote", "written"), Map.entry("write", "written"),
            Map.entry("ran", "run"), Map.entry("run", "run"), Map.entry("led", "led"), Map.entry("lead", "led"),
            Map.entry("found", "found"), Map.entry("find", "found"), Map.entry("brought", "brought"), Map.entry("bought", "bought"),
            Map.entry("buy", "bought"), Map.entry("spent", "spent"), Map.entry("spend", "spent"), Map.entry("sold", "sold"), Map.entry("sell", "sold"), Map.entry("saw", "seen"),
            Map.entry("see", "seen"), Map.entry("came", "come"), Map.entry("come", "come"), Map.entry("held", "held"),
            Map.entry("payment", "paid"), Map.entry("approval", "approved"), Map.entry("signature", "signed"),
            Map.entry("inspection", "inspected"), Map.entry("delivery", "delivered"), Map.entry("installation", "installed"),
            Map.entry("booking", "booked"), Map.entry("cleaning", "cleaned"), Map.entry("sign-off", "signed off"),
            Map.entry("signoff", "signed off"), Map.entry("fix", "fixed"), Map.entry("repair", "repaired"),
            Map.entry("review", "reviewed"), Map.entry("count", "counted"), Map.entry("check", "checked"), Map.entry("work", "done"),
            Map.entry("job", "done"), Map.entry("translation", "translated"), Map.entry("assessment", "assessed"),
            Map.entry("authorisation", "authorised"), Map.entry("authorization", "authorized"), Map.entry("receipt", "received"),
            Map.entry("read", "read"), Map.entry("proofread", "proofread"), Map.entry("set", "set"), Map.entry("put", "put"), Map.entry("cut", "cut"),
            Map.entry("kept", "kept"), Map.entry("keep", "kept"), Map.entry("told", "told"), Map.entry("tell", "told"), Map.entry("said", "said"),
            Map.entry("say", "said"), Map.entry("chose", "chosen"), Map.entry("choose", "chosen"), Map.entry("drove", "driven"), Map.entry("drive", "driven"),
            Map.entry("taught", "taught"), Map.entry("teach", "taught"), Map.entry("caught", "caught"), Map.entry("catch", "caught"),
            Map.entry("hold", "held"), Map.entry("has", "held"), Map.entry("have", "held"), Map.entry("bring", "brought"), Map.entry("left", "left"), Map.entry("leave", "left"), Map.entry("lent", "lent"), Map.entry("lend", "lent"),
            Map.entry("met", "met"), Map.entry("meet", "met"), Map.entry("heard", "heard"), Map.entry("hear", "heard"), Map.entry("built", "built"),
            Map.entry("build", "built"), Map.entry("won", "won"), Map.entry("win", "won"), Map.entry("rang", "rung"), Map.entry("ring", "rung"));
    /** Spanish preterites whose participle is irregular ("hizo" → "hecho"). */
    private static final Map<String, String> ES_IRREGULAR = Map.of(
            "hizo", "hecho", "dijo", "dicho", "puso", "puesto", "vio", "visto", "resolvio", "resuelto", "abrio", "abierto",
            "escribio", "escrito", "devolvio", "devuelto", "rompio", "roto", "cubrio", "cubierto");
    /** Things whose event names a participle ("the payment" → paid), unless a verb follows them. */
    private static final Set<String> EVENT_NOUNS = RefineText.set("job", "work", "payment", "approval", "signature", "inspection", "delivery",
            "installation", "booking", "cleaning", "translation", "assessment", "authorisation", "authorization", "receipt", "count", "review");
    private static final Set<String> ADVERBS = RefineText.set("last", "first", "finally", "recently", "actually", "already", "ever", "just", "still");
    private static final Set<String> NOT_PARTICIPLES = RefineText.set("need", "needs", "feed", "seed", "speed", "bleed", "breed", "red", "bed", "shed", "deed", "weed", "hundred");

    static boolean isParticiple(String w) {
        return w.length() > 3 && w.endsWith("ed") && !NOT_PARTICIPLES.contains(w);
    }

    private static final Map<String, String> AGENTS = Map.of(
            "signed up", "Participant", "registered", "Participant", "enrolled", "Participant", "joined", "Member",
            "applied", "Applicant", "attended", "Attendee");

    private static final Pattern WHICH_NOUN = Pattern.compile("^(?:which|what|quel(?:le)?s?|cual(?:es)?|welche[rsmn]?)\\s+(.+?)(?:\\s+(?:each|every|it|they|we|the|a|an|this|that|is|are|was|were|belongs|goes|falls|should|does|do|did|has|have|chaque|cada|jede[rsmn]?)\\b.*)?$");

    /** "which budget line each spend belongs to" → "Budget line". */
    static String nounOf(RefineClause words) {
        Matcher lead = Pattern.compile("^(?:in|on|at|for|from|to|with|by)\\s+(?=(?:which|what)\\s)").matcher(words.text);
        if (lead.find()) {
            words = words.from(lead.end());
        }
        Matcher m = words.match(WHICH_NOUN);
        return RefineText.label(m.find() ? words.group(m, 1).orig : words.orig);
    }

    static String who(RefineClause rest) {
        return who(Lang.EN, rest);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Marks after the last word of a role ("who was the first aider?"). */
    private static final Pattern ROLE_END = Pattern.compile("[^\\p{L}\\s'-]+$");
    /** The small words kept after a doer's verb ("assigned to", "paid for"). */
    private static final Set<String> AFTER_VERB = Set.of("to", "for", "with", "on");
    private static final Pattern ES_DONE_BY = Pattern.compile("^(\\p{L}+?)(ado|ido|to|cho)( por)$");
    private static final Set<String> ES_FEMININE_DET = RefineText.set("la", "las", "una", "unas", "esta", "estas", "esa", "esas", "nuestra", "nuestras", "toda", "todas");
    private static final Set<String> ES_OPEN_DET = RefineText.set("cada", "su", "sus");
    private static final Pattern ES_FEMININE_NOUN = Pattern.compile(".{2,}(?:a|as|cion|ciones|sion|siones|dad|dades|tad|tud|umbre)$");
    private static final Set<String> ES_MASCULINE_IN_A = RefineText.set("dia", "dias", "mapa", "problema", "problemas", "tema", "temas", "sistema",
            "sistemas", "programa", "programas", "clima", "idioma", "idiomas", "esquema", "planeta");

    /**
     * A Spanish "done by" label agrees with the thing done that the clause names after its verb: "quién autorizó la compra"
     * → Autorizada por, "quién dirige cada sesión" → Dirigida por, "quién firmó el contrato" → Firmado por. A pronoun
     * before the verb ("quién la preparó") or no thing named leaves the plain form; other languages are left as they are.
     *
     * @param said the folded clause from its verb on (an auxiliary "ha"/"han" first is skipped)
     */
    static String agreeWithObject(Lang lang, String label, String said) {
        Matcher m = ES_DONE_BY.matcher(label);
        if (lang != Lang.ES || !m.matches()) {
            return label;
        }
        String[] w = SPACES.split(said.strip());
        int k = w.length > 0 && (w[0].equals("ha") || w[0].equals("han") || w[0].equals("habia")) ? 2 : 1;
        if (w.length <= k) {
            return label;
        }
        boolean feminine = ES_FEMININE_DET.contains(w[k]) || ES_OPEN_DET.contains(w[k]) && w.length > k + 1
                && ES_FEMININE_NOUN.matcher(w[k + 1]).matches() && !ES_MASCULINE_IN_A.contains(w[k + 1]);
        if (!feminine) {
            return label;
        }
        String end = switch (m.group(2)) {
            case "ado" -> "ada";
            case "ido" -> "ida";
            case "to" -> "ta";
            default -> "cha";
        };
        return m.group(1) + end + m.group(3);
    }

    /** "qui a/ont" followed by an article is a having, not an auxiliary ("qui a la clé"). */
    private static final Pattern FR_HAS_THING = Pattern.compile("^(?:a|ont)\\s+(?:la|le|les|l'|un|une|des|du)\\b.*");
    /** A reflexive "take care of it" is the one in charge: "qui s'en occupe", "quién se encarga", "wer sich darum kümmert". */
    private static final Pattern IN_CHARGE = Pattern.compile("^(?:s(?:'|\\s+)(?:en\\s+)?(?:occupe|charge)(?:nt)?|se\\s+(?:(?:en\\s+)?charge|encarga|ocupa|hace\\s+cargo)n?|sich\\b.*\\bkummer[nt])\\b.*");
    private static final Pattern ES_CLITIC = Pattern.compile("^(?:lo|la|los|las|le|les|se)\\s+");
    private static final Pattern DE_LAST_VERB = Pattern.compile("\\b([a-z]{4,}t)$");

    /**
     * As {@link #who(RefineClause)} for a message in {@code lang}: a French, Spanish or German clause the rules above do
     * not read is named in its own language ("qui signe chaque bon" → Signé par, "quién lo recibe" → Recibido por, "wer
     * jedes Angebot unterschreibt" → Unterschrieben von), never by an English "-ed by".
     */
    static String who(Lang lang, RefineClause rest) {
        String t = rest.text.replaceAll("^(?:is|was|will be|should be)\\s+", "")
                .replaceAll("^(?:last|first|finally|actually|already|really|originally)\\s+", "");
        String[] fr = t.split("\\s+");
        if (t.matches("^(?:a|l'a|les a|ont|l'ont|va)\\s+\\S+.*") && !FR_HAS_THING.matcher(t).matches()) {
            String verb = fr.length > 1 ? fr[1] : fr[0];
            return RefineText.capitalize(rest.sub(rest.text.indexOf(verb), rest.text.indexOf(verb) + verb.length()).orig) + " par";
        }
        if (t.matches("^(?:lo|la|los|las|le|ha|han)\\s+\\S+.*") || t.matches("^\\S+(?:o|io)\\b.*") && !t.matches("^(?:do|go|also|to)\\b.*")) {
            boolean helped = t.matches("^(?:lo|la|los|las|le|ha|han)\\s+\\S+.*");
            String verb = helped ? fr[1] : fr[0];
            // "quién validó la reserva": a preterite in -ó, not the participle "validado" it looks like once accents go
            // "quién la validó", "quien la valido": after an object pronoun the verb is the preterite too, never a participle alone
            boolean preterite = !helped && SPACES.split(rest.orig.strip())[0].toLowerCase(java.util.Locale.ROOT).endsWith("ó")
                    || t.matches("^(?:lo|la|los|las|le)\\s+\\S+.*");
            String participle = ES_IRREGULAR.containsKey(verb) ? ES_IRREGULAR.get(verb) : !preterite && verb.matches(".{2,}(?:ado|ido|ada|ida)") ? verb : verb.endsWith("io") ? verb.substring(0, verb.length() - 2) + "ido"
                    : verb.endsWith("o") ? verb.substring(0, verb.length() - 1) + "ado" : verb;
            if (!participle.equals(verb) || verb.endsWith("ado") || verb.endsWith("ido")) {
                return agreeWithObject(lang, RefineText.capitalize(participle) + " por", t);
            }
        }
        // "wer für die Anfrage zuständig ist", "qui est responsable du dossier", "quién es el responsable": the one in charge
        if (t.matches("^(?:est\\s+|es\\s+|esta\\s+)?(?:el\\s+|la\\s+|le\\s+)?(?:responsable|encargad[oa]|en charge)\\b.*")) {
            return t.contains("encargad") ? "Encargado" : "Responsable";
        }
        String deed = lang == Lang.EN ? deedAfterArticle(SPACES.split(t.strip())) : null;
        if (deed != null) {
            return deed; // "who is the vehicle assigned to": Assigned to, not the kind as a role
        }
        // "quién es el proveedor", "qui est le fournisseur", "wer der Lieferant ist": the role itself names the field
        Matcher role = Pattern.compile("^(?:es|era|sera|est|etait|sera|is)\\s+(?:el|la|le|the)\\s+([a-z][\\w-]+)\\b|^(?:der|die|das)\\s+([a-z][\\w-]+)(?:\\s+\\S+){0,3}\\s+(?:ist|war)$").matcher(rest.text);
        if (role.find() && !role.group(role.group(1) != null ? 1 : 2).matches("responsable|encargad[oa]|zustandig\\w*|verantwortlich\\w*")) {
            int g = role.group(1) != null ? 1 : 2;
            return RefineText.capitalize(rest.sub(role.start(g), role.end(g)).orig);
        }
        Matcher charge = Pattern.compile("\\b(zustandig|verantwortlich)\\b").matcher(rest.text);
        if (charge.find() && t.matches(".*\\s(?:ist|sind|war)$")) {
            return RefineText.capitalize(rest.sub(charge.start(1), charge.end(1)).orig);
        }
        String present = GermanParticiple.ofPresent(t, rest.orig);
        if (present != null) {
            // "wer sie organisiert", "wer das abzeichnet": the present of the subordinate clause
            return RefineText.capitalize(present) + (present.matches("zust(?:a|ä)ndig|verantwortlich") ? "" : " von");
        }
        if (t.matches(".*\\s(?:hat|haben|hatte|wurde|ist)$") && fr.length >= 2) {
            return RefineText.capitalize(fr[fr.length - 2]) + " von";
        }
        if (t.matches("^(?:responsible|in charge)\\b.*")) {
            return "Responsible";
        }
        Matcher did = Pattern.compile("^(?:did|does|do|will do|has done|carried out|carries out|performed|performs)\\s+(?:the\\s+|a\\s+|an\\s+)?([\\w-]+)").matcher(t);
        if (did.find() && did.group(1).matches("it|them|this|that|so")) {
            return "Done by";
        }
        if (did.find(0)) {
            return RefineText.capitalize(EventParticiple.of(did.group(1))) + " by"; // "who did the calibration" → Calibrated by
        }
        if (lang == Lang.FR || lang == Lang.ES || lang == Lang.DE) {
            return nativeDoer(lang, rest, t);
        }
        String[] w = t.split("\\s+");
        String named = roleAfterArticle(rest, w);
        if (named != null) {
            return named;
        }
        String verb = w[0];
        if (w.length > 1 && w[1].matches("up|off|in|out|on")) {
            verb = verb + " " + w[1];
        } else if (w.length > 2 && w[1].matches("it|them|this|that") && w[2].matches("up|off|in|out|on")) {
            verb = verb + " " + w[2];
        } else if (w.length > 2 && w.length <= 5 && w[1].matches("the|a|an|each|every|their|its|our") && w[w.length - 1].matches("up|off|in|out|back|over|down")) {
            verb = verb + " " + w[w.length - 1]; // "who signed the job sheet off": Signed off by
        }
        String p = participle(verb);
        String agent = AGENTS.get(p);
        if (agent != null) {
            return agent;
        }
        if (rest.text.startsWith("qui") || rest.text.matches("^(?:a|l'a)\\s.*")) {
            return RefineText.capitalize(p) + " par";
        }
        return RefineText.capitalize(p) + " by";
    }

    private static final Set<String> ARTICLES = RefineText.set("the", "a", "an", "our", "their", "its", "this", "each");
    private static final Set<String> ROLE_ENDS = RefineText.set("on", "at", "in", "for", "of", "from", "with", "who", "that", "when",
            "today", "now", "here", "there", "then", "and", "or", "to", "by");
    private static final Pattern EN_PARTICIPLE = Pattern.compile("[a-z]{3,}(?:ed|en)");

    /**
     * "who was the first aider on site" → First aider; "who is the vehicle assigned to" → Assigned to: after "is/was" and an
     * article, a participle names the deed, else the noun itself names the role (never the article read as a verb).
     */
    private static String roleAfterArticle(RefineClause rest, String[] w) {
        if (w.length < 2 || !ARTICLES.contains(w[0])) {
            return null;
        }
        String deed = deedAfterArticle(w);
        if (deed != null) {
            return deed;
        }
        int end = 1;
        while (end < w.length && end <= 3 && !ROLE_ENDS.contains(w[end])) {
            end++;
        }
        if (end == 1) {
            return null;
        }
        String role = ROLE_END.matcher(String.join(" ", java.util.Arrays.asList(w).subList(1, end))).replaceAll("");
        return role.isBlank() ? null : RefineText.capitalize(role);
    }

    /** "the vehicle assigned to", "the order signed off": an article, a noun or two, and a participle that names the deed. */
    private static String deedAfterArticle(String[] w) {
        if (w.length < 3 || !ARTICLES.contains(w[0])) {
            return null;
        }
        for (int i = 2; i < w.length && i <= 4; i++) {
            if (ROLE_ENDS.contains(w[i])) {
                return null;
            }
            if (EN_PARTICIPLE.matcher(w[i]).matches() && !w[i].equals("need") && !w[i].equals("seen")) {
                String after = i + 1 < w.length && AFTER_VERB.contains(w[i + 1]) ? " " + w[i + 1] : " by";
                return RefineText.capitalize(w[i]) + after;
            }
        }
        return null;
    }

    /** The doer named in the message's language, or its plain word for a person when the verb gives no participle. */
    private static String nativeDoer(Lang lang, RefineClause rest, String t) {
        if (IN_CHARGE.matcher(t).matches()) {
            return lang == Lang.DE ? "Zuständig" : "Responsable";
        }
        String found = null;
        if (lang == Lang.FR && !FR_HAS_THING.matcher(t).matches()) {
            found = WhoParticiple.label(Lang.FR, "qui " + t, rest.orig);
        } else if (lang == Lang.ES) {
            String[] w = ES_CLITIC.matcher(t).replaceFirst("").split("\\s+");
            String p = RomanceParticiple.ofPresent(Lang.ES, "lo " + w[0]);
            found = p == null ? null : WhoParticiple.mend(Lang.ES, p);
        } else if (lang == Lang.DE) {
            Matcher last = DE_LAST_VERB.matcher(t);
            String p = last.find() ? GermanParticiple.ofPresent("das " + last.group(1), rest.orig) : null;
            found = p == null ? null : RefineText.capitalize(p) + " von";
        }
        return found != null ? found : lang == Lang.FR ? "Personne" : lang == Lang.ES ? "Persona" : "Person";
    }

    static String participle(String verb) {
        String v = verb.toLowerCase();
        if (PARTICIPLES.containsKey(v)) {
            return PARTICIPLES.get(v);
        }
        int space = v.indexOf(' ');
        if (space > 0) {
            return participle(v.substring(0, space)) + v.substring(space);
        }
        if (v.endsWith("ed") || v.endsWith("en")) {
            return v;
        }
        if (v.endsWith("ing") && v.length() > 5) {
            return v.substring(0, v.length() - 3) + "ed";
        }
        if (v.endsWith("s") && !v.endsWith("ss") && v.length() > 3) {
            v = v.substring(0, v.length() - 1);
            if (PARTICIPLES.containsKey(v)) {
                return PARTICIPLES.get(v); // "who holds the key" → held, not "holded"
            }
        }
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    /** The first verb-like word of a clause as a participle ("who approved it" → "approved"). */
    static String verbOf(RefineClause c) {
        int seen = 0;
        String[] words = c.text.replaceAll("^(?:who|when|if|whether|how much|how many)\\s+", "").split("[^a-z'-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || FILLER.contains(w)) {
                continue;
            }
            if (ADVERBS.contains(w)) {
                continue;
            }
            if (isParticiple(w) || PARTICIPLES.containsKey(w)) {
                for (int j = i + 1; !isParticiple(w) && EVENT_NOUNS.contains(w) && j < Math.min(words.length, i + 4); j++) {
                    // "when a job was invoiced": the verb said after the thing, not the thing's own event ("job" → done)
                    if (isParticiple(words[j])) {
                        return participle(words[j]);
                    }
                }
                boolean particle = i + 1 < words.length && words[i + 1].matches("in|up|off|out|back|over");
                return participle(w) + (particle ? " " + words[i + 1] : "");
            }
            if (++seen >= 4) {
                return null;
            }
        }
        return null;
    }

    static String amountLabel(RefineClause words, String rest, String lastVerb) {
        // "cuánto cuesta", "combien ça coûte", "wie viel es kostet": what it costs is its price
        if (words.text.matches("^cuant[oa]s?\\s+(?:cuesta|cuestan|vale|valen)\\b.*")) {
            return "Precio";
        }
        if (words.text.matches("^combien\\s+(?:(?:ca|cela|il|elle)\\s+)?(?:coute|coutent|vaut|valent)\\b.*")) {
            return "Prix";
        }
        if (words.text.matches("^wie viel\\b.*\\b(?:kostet|kosten)\\b.*")) {
            return "Preis";
        }
        if (words.text.startsWith("cuanto")) {
            Matcher de = Pattern.compile("\\bde\\s+([\\w-]+)\\s*$").matcher(words.text);
            if (de.find()) {
                return RefineText.capitalize(words.sub(de.start(1), de.end(1)).orig);
            }
            // "cuánto ofrece el cliente" → "Importe ofrecido", "cuánto paga" → "Importe pagado"
            Matcher verb = Pattern.compile("^cuant[oa]s?\\s+(?:se\\s+)?([a-z]{3,}?)(a|e|an|en|o|aron|ieron|io|ia)\\b").matcher(words.text);
            if (verb.find() && !verb.group(1).matches("cuest|vale|val|hay|ha|es|est|cost")) {
                return "Importe " + verb.group(1) + (verb.group(2).startsWith("a") ? "ado" : "ido");
            }
            return "Importe";
        }
        if (words.text.startsWith("combien")) {
            return "Montant";
        }
        if (words.text.startsWith("wie")) {
            return "Betrag";
        }
        if (rest.matches(".*\\bcost.*")) {
            return "Cost";
        }
        String v = verbOf(new RefineClause(rest));
        String p = v != null ? v : lastVerb;
        return p == null ? "Amount" : "Amount " + p;
    }

    /** "the customer was offered a refund" → "Refund offered". */
    private static final Pattern GIVEN_THING = Pattern.compile(
            "^(?:the\\s+|a\\s+|an\\s+)?[a-z]+(?:\\s+[a-z]+)?\\s+(?:was|were|is|are|has been|have been|got|gets|get)\\s+([a-z]+ed|given|sent|shown|told|paid|lent|sold|won)\\s+(?:an?|the|some|any|their|his|her)\\s+([a-z]+(?:\\s+[a-z]+)?)$");
    /** "il faut une caution", "hay catering", "es gibt einen Beleg": the thing there is (or is needed). */
    private static final Pattern THERE_IS = Pattern.compile(
            "^(?:il\\s+(?:faut|y a)|on\\s+(?:a|doit avoir)|hay(?:\\s+que\\s+tener)?|hace\\s+falta|se\\s+necesita|es\\s+gibt|man\\s+braucht|there\\s+(?:is|are|was|were)"
                    + "|(?:(?:el|la|los|las|der|die|das)\\s+[a-z]+\\s+)?(?:tiene|tienen|dispone de|disponen de|cuenta con|hat|haben|verfugt uber))\\s+(?:(?:un|une|des|du|de la|de l'|una?|unos|unas|ein|eine|einen|a|an|any|some)\\s+)?(.+)$");

    /** "il y a un digicode à l'entrée": where the thing is, said after it, is no part of its name. */
    private static final Pattern PLACE_AFTER = Pattern.compile("(?iu)\\s+(?:on|in|at|inside|outside|sur|dans|chez|au|aux|en|à|a|en el|en la|auf|im|am|in der|in dem|beim)\\s+\\S.*$");
    /**
     * "si se envió al taller", "si se pagaron", "si se hizo la factura": a Spanish passive with "se", named by its participle
     * ("Enviado al taller", "Pagado") or by the thing done and its participle ("Factura hecha").
     */
    private static final Pattern SE_PASSIVE = Pattern.compile("^se\\s+(\\p{L}{2,}?)(ó|o|aron|ió|io|ieron)(?:\\s+((?:a|al|a la|en|en el|en la|por|con|para)\\s+\\S.*)|\\s+(el|la|los|las|un|una)\\s+(\\p{L}+))?$");

    /** Spanish participles not made from the stem: the end of the preterite stem and the participle's end. */
    private static final String[][] ODD_PARTICIPLES = {{"volv", "vuelto"}, {"solv", "suelto"}, {"hiz", "hecho"}, {"pus", "puesto"}, {"abr", "abierto"},
        {"escrib", "escrito"}, {"romp", "roto"}, {"dij", "dicho"}, {"cubr", "cubierto"}, {"imprim", "impreso"}};

    static String whether(Lang lang, RefineClause rest) {
        // "si c'est un véhicule électrique ou pas", "si es una plaza cubierta o no": the copula and the yes/no go
        // (German "es" is a pronoun: "ob es im Keller einen Stellplatz gibt")
        String plain = rest.orig.replaceAll("(?iu)[,\\s]+(?:ou pas|ou non|o no|oder nicht|or not)[.!?]*$", "")
                .replaceAll(lang == Lang.DE ? "(?iu)^(?:c'est|c’est|est|ist)\\s+(?=\\S)" : "(?iu)^(?:c'est|c’est|es|est|ist)\\s+(?:(?:un|une|una|uno|ein|eine|le|la|el)\\s+)?(?=\\S)", "");
        if (!plain.equals(rest.orig) && !plain.isBlank()) {
            rest = new RefineClause(plain);
        }
        String german = GermanWhether.label(rest.orig);
        if (german != null) {
            return RefineText.label(german);
        }
        Matcher given = GIVEN_THING.matcher(rest.text.replaceAll("[.!?]+$", ""));
        if (given.find()) {
            return RefineText.label(rest.group(given, 2).orig + " " + rest.group(given, 1).orig);
        }
        Matcher there = THERE_IS.matcher(rest.text.replaceAll("[.!?]+$", ""));
        if (there.find()) {
            // "s'il y a un digicode à l'entrée" → Digicode: the thing there is, without where
            String thing = PLACE_AFTER.matcher(rest.group(there, 1).orig).replaceAll("");
            if (thing.split("\\s+").length <= 3) {
                return RefineText.label(thing);
            }
        }
        Matcher se = SE_PASSIVE.matcher(rest.text.replaceAll("[.!?]+$", ""));
        if (lang == Lang.ES && se.find()) {
            // "si se envió al taller" → Enviado al taller; "si se pagó" → Pagado
            String stem = rest.group(se, 1).orig;
            String done = stem + (se.group(2).matches("i.*") ? "ido" : "ado");
            for (String[] odd : ODD_PARTICIPLES) {
                if (stem.toLowerCase(java.util.Locale.ROOT).endsWith(odd[0])) {
                    done = stem.substring(0, stem.length() - odd[0].length()) + odd[1]; // "se devolvió" → Devuelto, "se hizo" → Hecho
                    break;
                }
            }
            if (se.group(5) != null) {
                // "si se hizo la factura" → Factura hecha: the thing done, and the participle agrees with it
                String article = se.group(4);
                String agreed = done.replaceAll("o$", article.matches("la|las|una") ? "a" : "o") + (article.endsWith("s") ? "s" : "");
                return RefineText.label(rest.group(se, 5).orig + " " + agreed.toLowerCase(java.util.Locale.ROOT));
            }
            String how = se.group(3) == null ? "" : " " + rest.group(se, 3).orig;
            return RefineText.label(how.split("\\s+").length <= 5 ? done + how : done);
        }
        String[] w = rest.orig.replaceAll("[.!?]+$", "").split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String word : w) {
            String f = RefineText.fold(word).replaceAll("[^a-z']", "");
            if (kept.isEmpty() && (FILLER.contains(f) || f.endsWith("'ve") || f.endsWith("'s") || f.endsWith("'re") || f.matches("this|that|these|those") && w.length > 2)) {
                continue;
            }
            kept.add(word);
            if (isParticiple(f) || PARTICIPLES.containsValue(f)) {
                int next = java.util.Arrays.asList(w).indexOf(word) + 1;
                if (next > 0 && next < w.length && w[next].matches("(?i)in|up|off|out|back|on|over")) {
                    kept.add(w[next]);
                } else if ((kept.size() == 1 || kept.size() > 1 && RefineText.fold(kept.get(kept.size() - 2)).matches("an?|the|some")) && next > 0 && next < w.length && w[next].matches("(?i)[a-z]{3,}")
                        && !w[next].matches("(?i)by|for|from|with|and|or|to|in|at|on|the|yet|already|now|today")) {
                    // "a signed copy": the thing, not just the adjective
                    kept.add(w[next]);
                }
                break;
            }
        }
        int wants = kept.size() >= 4 && RefineText.fold(kept.get(0)).matches("needs?|requires?|wants?") ? 0
                : kept.size() >= 5 && RefineText.fold(kept.get(1)).matches("needs?|requires?|wants?") ? 1 : -1;
        if (wants >= 0 && kept.stream().skip(wants + 1L).anyMatch(k -> k.equalsIgnoreCase("and"))) {
            // "whether the hirer wants tables and chairs set out": the pair asked for, without who wants it or how
            // the two nouns joined by "and" right after the verb, an article allowed before the first; what follows is how
            int from = wants + 1 + (RefineText.fold(kept.get(wants + 1)).matches("an?|the|some") ? 1 : 0);
            int and = from + 1;
            String pair = and + 1 < kept.size() && kept.get(and).equalsIgnoreCase("and") ? kept.get(from) + " and " + kept.get(and + 1) : "";
            if (pair.matches("(?i)\\S+ and \\S+")) {
                return RefineText.label(pair);
            }
        }
        int needs = kept.size() >= 3 && RefineText.fold(kept.get(1)).matches("needs?|requires?") ? 1 : 0;
        if (kept.size() >= 2 + needs && RefineText.fold(kept.get(needs)).matches("needs?|requires?|wants?")) {
            String object = String.join(" ", kept.subList(1 + needs, kept.size())).replaceAll("(?i)^(?:an?|the|some)\\s+", "");
            return RefineText.label(object + " needed");
        }
        String said = WhetherLabel.of(rest, kept);
        if (said != null) {
            return said;
        }
        kept.removeIf(k -> FILLER.contains(RefineText.fold(k).replaceAll("[^a-z']", "")) && kept.size() > 1);
        String label = kept.isEmpty() ? rest.orig : String.join(" ", kept.subList(0, Math.min(kept.size(), 4)));
        label = label.replaceAll("(?i)\\s+(?:is|are|was|were|has been|have been|got)\\s+", " ");
        return RefineText.label(label);
    }

    private RefineVerbs() {
    }
}

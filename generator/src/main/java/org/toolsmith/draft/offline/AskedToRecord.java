package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;

/**
 * A wish to record, keep, see or know something, said in a way the readers refused, put as the plain "add" of its
 * language: "can we also see how long each one took" → "add how long each one took", "il faudrait savoir qui a validé"
 * → "ajoute qui a validé", "poned el teléfono del contacto" → "añade el teléfono del contacto", "wir müssen auch wissen,
 * wann es zurückkam" → "ergänze wann es zurückkam". A cue is an asking form (can we, I'd like to, on pourrait, il
 * faudrait, estaría bien, habría que, können wir … ?, wäre gut zu wissen), a lack (we never record, nunca apuntamos, wir
 * notieren nie) or an imperative of a recording verb, joined to a verb of recording, keeping, seeing or knowing. Used
 * only by {@link RefusedRetry}, after the whole message was refused: what is read well is never read this way, and a
 * message with no such cue stays refused.
 */
final class AskedToRecord {
    private static final String EN_VERBS = "(?:record|keep(?:\\s+track\\s+of)?|store|note(?:\\s+down)?|log|track|save|hold|capture|enter|write\\s+down|see|know|upload|attach|show|have|get|add)";
    /** "can we (also) see", "I'd like to know", "it would be good to record", "could you add". */
    private static final Pattern EN_ASK = Pattern.compile("(?iu)\\b(?:(?:can|could|would|will|may)\\s+(?:we|you|u|i|people|staff|they|one)\\s+"
            + "|(?:i|we)(?:'d|\\s+would)\\s+(?:like|love)\\s+to\\s+|(?:i|we)\\s+(?:want|need|wanted)\\s+to\\s+"
            + "|(?:it\\s+)?would\\s+be\\s+(?:good|nice|great|useful|handy|helpful|ideal)\\s+to\\s+|is\\s+there\\s+(?:a|any)\\s+way\\s+to\\s+"
            + "|(?:we|you)\\s+should\\s+|we\\s+(?:must|have\\s+to)\\s+)"
            + "(?:(?:also|please|pls|just|maybe|perhaps|be\\s+able\\s+to|start)\\s+)*" + EN_VERBS + "\\b");
    /** "can the loan record whether …", "could each booking show …": the kind asked to hold the thing. */
    private static final Pattern EN_KIND_ASK = Pattern.compile("(?iu)\\b(?:can|could|would|should|will)\\s+(?:the|a|an|each|every|our)\\s+(\\p{L}[\\p{L}-]*)\\s+"
            + "(?:(?:also|please|maybe)\\s+)*(?:record|keep|store|note|log|track|save|hold|capture|show|have|say|include|get)\\b");
    /** "we never record …", "we don't know …": a lack. */
    private static final Pattern EN_NEVER = Pattern.compile("(?iu)\\bwe\\s+(?:never|don't|do\\s+not|can't|cannot)\\s+(?:record|note(?:\\s+down)?|log|track|write\\s+down|know|keep(?:\\s+track\\s+of)?|store|save|capture)\\b");

    private static final String FR_VERBS = "(?:noter|garder(?:\\s+(?:une\\s+)?trace\\s+d(?:e|u|es|')?)?|conserver|enregistrer|saisir|indiquer|consigner|suivre|voir|savoir|avoir|mettre|joindre|renseigner|cocher|stocker|archiver|préciser|preciser|inscrire|ajouter|rajouter)";
    /** "on pourrait noter", "si on peut garder", "ce serait bien d'avoir", "il faudrait savoir", "j'aimerais voir". */
    private static final Pattern FR_ASK = Pattern.compile("(?iu)(?<![\\p{L}'])(?:(?:est-ce\\s+qu')?on\\s+(?:peut|pourrait|doit|devrait)|peut-on|pourrait-on|si\\s+on\\s+(?:peut|pourrait)"
            + "|(?:ce\\s+serait|ça\\s+serait|ca\\s+serait|c'est|il\\s+serait)\\s+(?:vraiment\\s+|très\\s+|tres\\s+)?(?:bien|sympa|utile|pratique|top|super|génial|genial|important|bon|chouette)\\s+d(?:e\\s+|')"
            + "|il\\s+(?:nous\\s+)?(?:faudrait|faut)|on\\s+(?:veut|voudrait|aimerait)|(?:j'|nous\\s+)(?:aimerais|aimerions|voudrais|voudrions|souhaiterais|souhaiterions|souhaitons|voulons)"
            + "|merci\\s+d(?:e\\s+|')|pouvez-vous|pourriez-vous|tu\\s+peux|vous\\s+pouvez|on\\s+a\\s+besoin\\s+d(?:e\\s+|'))\\s*"
            + "(?:(?:aussi|également|egalement|en\\s+plus|pouvoir|désormais|desormais)\\s+)*" + FR_VERBS + "(?![\\p{L}])");
    /** "on ne note jamais …", "on ne sait pas …". */
    private static final Pattern FR_NEVER = Pattern.compile("(?iu)\\b(?:on|nous)\\s+ne\\s+(?:note|notons|sait|savons|garde|gardons|saisit|saisissons|enregistre|enregistrons|voit|voyons)\\s+(?:jamais|pas)\\b");

    private static final String ES_VERBS = "(?:apuntar|anotar|guardar|registrar|saber|ver|tener|poner(?:le|les)?|añadir(?:le|les)?|anadir(?:le|les)?|meter(?:le|les)?|indicar|marcar|subir|adjuntar"
            + "|llevar\\s+(?:un\\s+)?(?:registro|control)\\s+de|controlar|incluir|incorporar)";
    /** "estaría genial poder saber", "¿podemos guardar", "habría que ponerle", "nos gustaría ver". */
    private static final Pattern ES_ASK = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:estaría|sería|estaria|seria)\\s+(?:muy\\s+)?(?:genial|bien|útil|util|estupendo|bueno|ideal|perfecto|práctico|practico|interesante|importante)"
            + "|podemos|podríamos|podriamos|se\\s+puede|se\\s+podría|se\\s+podria|puedes|podéis|podeis|podríais|podriais|pueden|podrían|podrian"
            + "|(?:hay|habría|habria|tenemos|tendríamos|tendriamos)\\s+que|queremos|quisiéramos|quisieramos|(?:nos|me)\\s+gustar[íi]a|necesitamos|deber[íi]amos)\\s+"
            + "(?:(?:también|tambien|poder|además|ademas)\\s+)*" + ES_VERBS + "(?![\\p{L}])");
    /** "poned el email", "apuntad el descuento", "anota la hora": a recording verb as an imperative. */
    private static final Pattern ES_DO = Pattern.compile("(?iu)(?<![\\p{L}])(?:pon|poned|ponga|pongan|ponle|ponedle|apunta|apuntad|apunte|apunten|anota|anotad|anote|anoten"
            + "|guardad|registra|registrad|registre|meted|metedle|incluye|incluid|subid)(?![\\p{L}])");
    /** "nunca apuntamos …", "no sabemos …". */
    private static final Pattern ES_NEVER = Pattern.compile("(?iu)(?<![\\p{L}])(?:nunca|no)\\s+(?:apuntamos|anotamos|guardamos|registramos|sabemos)(?![\\p{L}])");

    private static final String DE_VERBS = "(?:notieren|erfassen|festhalten|eintragen|vermerken|speichern|hochladen|anhängen|anhaengen|angeben|hinterlegen|sehen|haben|ankreuzen|wissen)";
    private static final String DE_ASKED = "(?=(?:ob|wann|wer|wie|was|welche\\p{L}*|wo|wieviel\\p{L}*)\\b)";
    /** "ob es X ist, wäre gut zu wissen": what is to be known comes first. */
    private static final Pattern DE_GOOD_TO_KNOW = Pattern.compile("(?iu)^(.+?)\\s*,?\\s+(?:wäre|waere|wär|ist)\\s+(?:(?:es|auch|noch|sehr|echt|wirklich)\\s+)*"
            + "(?:gut|schön|schoen|praktisch|hilfreich|toll|super|wichtig|interessant|nützlich|nuetzlich|sinnvoll)\\s+zu\\s+(?:wissen|sehen|haben|notieren|erfassen)\\b");
    /** "wir müssen auch wissen, wann …", "ich möchte sehen, wer …". */
    private static final Pattern DE_WANT = Pattern.compile("(?iu)\\b(?:wir|ich|man)\\s+(?:müssen|muss|muessen|möchten|möchte|moechten|wollen|will|würden\\s+gerne?|sollten|sollte)\\s+"
            + "(?:(?:auch|noch|gerne?|unbedingt|immer)\\s+)*(?:wissen|sehen|notieren|erfassen|festhalten|vermerken)\\s*,?\\s+" + DE_ASKED);
    /** "bei jedem Volk notieren, ob …": an infinitive as the request, before what is asked. */
    private static final Pattern DE_DO = Pattern.compile("(?iu)\\b(?:notieren|erfassen|festhalten|eintragen|vermerken|speichern|angeben|ankreuzen)\\s*,?\\s+" + DE_ASKED);
    /** "Können wir bei der Reparatur Fotos hochladen?": the thing between the asker and the verb. */
    private static final Pattern DE_QUESTION = Pattern.compile("(?iu)^\\s*(?:können|koennen|könnten|koennten|kann|könnte)\\s+(?:wir|man|ihr|sie|du)\\s+(?:(?:auch|noch|bitte|vielleicht|mal)\\s+)*"
            + "(.+?)\\s+" + DE_VERBS + "(?:\\s+lassen)?\\s*\\?");
    /** "Kann das Kind auch ein Foto haben?": the thing a kind is asked to hold (the readers find where it goes). */
    private static final Pattern DE_KIND_QUESTION = Pattern.compile("(?iu)^\\s*(?:kann|könnte|koennte|soll|sollte)\\s+(?:der|die|das|jede[rs]?|ein|eine)\\s+\\p{L}+\\s+(?:(?:auch|noch|bitte)\\s+)*"
            + "(.+?)\\s+(?:haben|bekommen|speichern|zeigen|kriegen)\\s*\\?");
    /** "wir notieren nie …", "wir wissen nicht, …". */
    private static final Pattern DE_NEVER = Pattern.compile("(?iu)\\bwir\\s+(?:notieren|erfassen|vermerken|speichern|wissen)\\s+(?:nie|nirgends|nicht)\\b\\s*,?");

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");
    /** The question mark of an asking form, once the sentence asks plainly. */
    private static final Pattern QUESTION_END = Pattern.compile("\\s*\\?+\\s*$");

    /** Verbs that only ever mean writing something down, keeping or attaching it; see, know, have need the app named. */
    private static final Pattern RECORDING = Pattern.compile("(?iu)(?<![\\p{L}])(?:record|keep|store|note|log|track|save|hold|capture|enter|write\\s+down|upload|attach|add"
            + "|noter|garder|conserver|enregistrer|saisir|consigner|renseigner|cocher|stocker|archiver|inscrire|ajouter|rajouter|joindre"
            + "|apunt\\p{L}*|anot\\p{L}*|guard\\p{L}*|registr\\p{L}*|añad\\p{L}*|anad\\p{L}*|pon|poned|ponga|pongan|ponle|ponedle|poner\\p{L}*|subir|subid|adjuntar"
            + "|notieren|erfassen|festhalten|eintragen|vermerken|speichern|hochladen|anhängen|anhaengen|hinterlegen|ankreuzen|angeben)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

    private AskedToRecord() {
    }

    /**
     * The message with each wish to record put as a plain addition, and the same with only the sentences that asked;
     * empty when no sentence asks in such a way.
     */
    static List<String> plain(String message, AppSpec spec) {
        List<String> all = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        List<String> fromCue = new ArrayList<>();
        for (String sentence : SENTENCE.split(message.strip())) {
            String plain = sentence(sentence);
            if (plain != null && !RECORDING.matcher(sentence).find() && !names(spec, sentence)) {
                // "can we see the weather", "¿podemos ver una película?": seeing, knowing or having, about nothing of the app
                plain = null;
            }
            all.add(plain == null ? sentence : plain);
            if (plain != null) {
                // "The head asked about it at the meeting: can the loan record …": the ask without the story before it
                int cue = firstChange(sentence, plain);
                int from = plain.lastIndexOf(": ", cue);
                asked.add(QUESTION_END.matcher(plain.substring(from < 0 ? 0 : from + 2)).replaceAll("."));
                // "my colleague asks if we could note …": last, the ask from its cue on
                fromCue.add(QUESTION_END.matcher(plain.substring(cue)).replaceAll("."));
            }
        }
        if (asked.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(String.join(" ", all));
        out.add(String.join(" ", asked));
        out.add(String.join(" ", fromCue));
        return List.copyOf(out);
    }

    /** One sentence with its wish put plainly, or null when it says none. */
    static String sentence(String s) {
        Matcher m = DE_GOOD_TO_KNOW.matcher(s);
        if (m.find()) {
            return "ergänze " + m.group(1) + "."; // what follows the praise is why ("…, gerade für die Anfänger")
        }
        m = DE_KIND_QUESTION.matcher(s);
        if (m.find()) {
            return "ergänze " + m.group(1) + "." + s.substring(m.end());
        }
        m = DE_QUESTION.matcher(s);
        if (m.find()) {
            return "ergänze " + m.group(1) + "." + s.substring(m.end());
        }
        String out = s;
        out = EN_KIND_ASK.matcher(out).replaceFirst("for each $1 add");
        out = replace(out, EN_ASK, "add");
        out = replace(out, EN_NEVER, "add");
        out = replace(out, FR_ASK, "ajoute");
        out = replace(out, FR_NEVER, "ajoute");
        out = replace(out, ES_ASK, "añade");
        out = replace(out, ES_NEVER, "añade");
        out = replace(out, ES_DO, "añade");
        out = replace(out, DE_WANT, "ergänze ");
        out = replace(out, DE_NEVER, "ergänze");
        out = replace(out, DE_DO, "ergänze ");
        return out.equals(s) ? null : out;
    }

    /** Whether the sentence names a record kind of the app or a word of one of its field labels, plural endings allowed. */
    private static boolean names(AppSpec spec, String sentence) {
        if (spec == null) {
            return false;
        }
        Set<String> words = words(sentence);
        Set<String> names = new HashSet<>();
        for (var e : spec.entities()) {
            names.addAll(words(e.name()));
            names.addAll(words(e.plural()));
            e.fields().forEach(f -> names.addAll(words(f.label())));
        }
        for (String word : words) {
            for (String name : names) {
                if (word.equals(name) || word.startsWith(name) && name.length() >= 4 && word.length() - name.length() <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The folded words of four letters or more. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            Matcher w = WORD.matcher(RefineText.fold(text));
            while (w.find()) {
                out.add(w.group());
            }
        }
        return out;
    }

    private static int firstChange(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String replace(String s, Pattern p, String by) {
        return p.matcher(s).replaceFirst(Matcher.quoteReplacement(by));
    }
}

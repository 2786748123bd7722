package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A kind asked for as a list of its own, its details after: "Honey harvests I would also like to record separately:
 * the hive, the date and the kilos", "riders are freelancers so we need a list of them w/ name, phone", "Los invitados
 * los queremos guardar aparte (nombre, cargo, teléfono)", "Die liefernden Bibliotheken bitte als eigene Liste (Name,
 * Ort, Sigel)", "Les adhérents, on a déjà une liste avec nom, téléphone". The sentence becomes "Noun: details." Two
 * shapes: the sentence opens with the noun (an article before it at most) and a marker of a separate list follows
 * within twelve words; or the noun stands right before a list marker ("please keep depots as their own list with …",
 * "make stores a table since each one has its own manager and phone", "queremos los socios en una lista separada
 * con …"), the words that ask for it dropped. The markers: a list or table of its own, separate, apart, master or
 * reference data ("Stammdaten", "datos maestros", "données de référence"), "our list of meeting rooms" when it names
 * the noun again. The details come right after the marker (a few words such as "please" or "gepflegt werden" at most),
 * in brackets, after a colon, after a with-word or after "since each one has its own"; a reason after the brackets
 * ("since we reuse them") is dropped.
 */
final class SeparateLists {
    /** A list or table of its own, or master data: enough to say a noun right before it is a kind. */
    private static final String LIST_MARKER = "(?:(?:their|its|our) own (?:list|table|register)|a (?:list|table) of (?:their|its) own|(?:a |as a |an? |in a |into a )?separate (?:list|table|register)"
            + "|(?:eigene[nr]?|extra|separate[nr]?|gesonderte[nr]?) (?:liste|tabelle)"
            + "|(?:(?:una|su) )?(?:lista|tabla|ficha) (?:aparte|propia|separada)|su propia (?:lista|tabla)"
            + "|(?:une )?(?:liste|table|fiche) (?:[àa] part|s[ée]par[ée]e|propre)|(?:leur|sa|une|son) propre (?:liste|table)"
            + "|master[ -]?data|stammdaten|datos maestros|donn[ée]es de r[ée]f[ée]rence|r[ée]f[ée]rentiel"
            + "|(?:a|an|une|una|eine) (?:table|tabla|tableau|tabelle)(?= *(?:since\\b|because\\b|as\\b|car\\b|porque\\b|weil\\b|da\\b|with\\b|avec\\b|con\\b|mit\\b|:|\\()))";
    private static final String MARKER = "(?:separately|aparte|por separado|s[ée]par[ée]ment|[àa] part|separat|gesondert|" + LIST_MARKER
            + "|(?:a |une |una |eine )?list[ae]? (?:of them|d'entre eux|de ellos|de ellas|von ihnen)"
            + "|(?:a|une|una|eine) list[ae]?(?= *(?:with\\b|w/|avec\\b|con\\b|mit\\b|\\())"
            + "|(?:our|the|a|notre|la|une|nuestra|una|unserer|der|einer) list[ae]? (?:of|des|de|der) ((?:[\\p{L}'’-]+ ){0,2}[\\p{L}'’-]+))";
    /** A polite word, or a participle and its auxiliary, between the marker and a bracket or colon. */
    private static final String FILLER = "(?:[ \\t,]+(?:pls|please|bitte|svp|por favor|gepflegt|gef[üu]hrt|verwaltet|angelegt|werden|sein|too|also|aussi|también|tambien|auch)\\b){0,3}";
    /** "since each one has its own", "car chacun a son", "porque cada uno tiene su", "weil jeder hat seine". */
    private static final String EACH_OWN = "(?:(?:since|because|as|car|puisque|porque|ya que|weil|da)\\s+|[-–—]\\s*)(?:each(?: one)?|every one|they|chacune?|ils|cada un[oa]|jede[rs]?|sie)\\s+"
            + "(?:has|have|a|ont|tiene|tienen|hat|haben)\\s+(?:(?:its|their) own|son|sa|ses|leur|leurs|su|sus|seine[n]?|ihre[n]?|eigene[n]?)?";
    /** A reason after the bracketed details, up to the end of the sentence. */
    private static final String REASON = "(?:[ \\t,]*(?:since|because|as we|car|parce qu|puisque|porque|ya que|pues|weil|da wir|denn)\\b[^.!?\\n()]*)?";
    private static final String ITEMS = FILLER + "[ \\t,]*(?:\\(([^()\\n]{3,300})\\)" + REASON + "|:([^.!?\\n]{3,300})|(?:with\\b|w/|avec\\b|con\\b|mit\\b|"
            + EACH_OWN + ")([^.!?\\n]{3,300}))";
    private static final Pattern SENTENCE = Pattern.compile("(?iu)(?<=^|[.!?;\\n]\\s{0,3})([^\\s.!?:()][^.!?\\n:()]{0,140}?)\\b" + MARKER + ITEMS);
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?iu)(?<=[\\s,])(?:(?:the|our|all|les|nos|tous les|los|las|nuestr[oa]s|die|unsere)\\s+)?([\\p{L}'’-]{3,})\\s+"
            + "(?:(?:as|in|into|comme|dans|en|como|als|in)\\s+)?" + LIST_MARKER + ITEMS);
    /** "A separate list for sites please: …", "Une liste à part pour les sites : …", "Eine eigene Liste für die Standorte: …". */
    private static final Pattern LIST_FOR = Pattern.compile("(?iu)(?<=^|[.!?\\n]\\s{0,3})(?:(?:a|an|une|una|eine)\\s+)?(?:separate (?:list|table)|(?:own|extra) (?:list|table)"
            + "|(?:liste|table) (?:[àa] part|s[ée]par[ée]e)|(?:lista|tabla) (?:aparte|propia|separada)|(?:eigene|separate|extra|gesonderte) (?:liste|tabelle))"
            + "\\s+(?:for|of|pour|des|para|de|f[üu]r)\\s+(?:(?:the|our|les|nos|los|las|nuestr[oa]s|die|unsere)\\s+)?([\\p{L}'’-]{3,})" + ITEMS);
    /** "… a contact email each", "… un email chacune", "… un correo cada una", "… jeweils eine E-Mail". */
    private static final Pattern EACH_END = Pattern.compile("(?iu)\\s+(?:each|apiece|for each(?: one)?|chacune?|pour chacune?|cada un[oa]|jeweils)\\s*$");
    /** "Partner libraries should be a list …", "… sont une liste …", "… como lista …": the noun is the list. */
    private static final Pattern BE = Pattern.compile("(?iu)(?<!\\p{L})(?:be|are|is|as|in|[êe]tre|sont|soit|comme|en|ser|son|sean|como|sein|sind|als)\\s*$");
    private static final Pattern NOUN_PHRASE = Pattern.compile("[\\p{L}'’-]+(?: [\\p{L}'’-]+)?");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,]+");
    /** "them", "eux", "ellos", "sie": the list is of the noun the sentence opens with. */
    private static final java.util.Set<String> THEM = java.util.Set.of("them", "these", "those", "eux", "elles", "ellos", "ellas", "sie", "diese");
    /** Where the words that ask for the list start: a sentence start, a dash, "so", "and", "but". */
    private static final Pattern CLAUSE_START = Pattern.compile("(?iu)(?:^|[.!?\\n;:]\\s*|\\s[-–—]\\s+|,\\s+|\\s(?:so|and|but|then|et|mais|donc|alors|y|pero|así que|und|aber|also)\\s+)");
    /** "their name", "leur nom", "su nombre": a possessive before a detail. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?iu)(?<=^|[,;+]\\s{0,3}|\\s(?:and|et|y|und)\\s|^\\s)(?:their|its|leur|leurs|son|sa|ses|su|sus|ihre[nmrs]?|seine[nmrs]?)\\s+");

    /** Typing a thing again: re-typing, typing it every time, keeping it only once, in four languages. */
    private static final Pattern RETYPE = Pattern.compile("(?iu)\\b(?:re-?(?:typ|ent(?:er)?|key)\\w*|(?:typ(?:e|ed|ing)|ent(?:er|ered|ering)|writ(?:e|ten|ing)|key(?:ed|ing)?|add(?:ed|ing)?)"
            + "(?:\\s+(?:in|out|down))?(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:again|over again|every (?:single )?time|each (?:and every )?time|over and over)"
            + "|(?:saved|stored|entered|typed|kept|created|added)\\s+(?:only\\s+)?once"
            + "|re(?:taper|tap[ée]e?s?|s?saisir|s?saisie?s?)|(?:taper|saisir|[ée]crire|entrer)(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:[àa] )?chaque fois"
            + "|(?:saisi|enregistr[ée]|cr[ée][ée])e?s?\\s+une\\s+(?:seule\\s+)?fois"
            + "|volver\\s+a\\s+(?:escribir|teclear|meter|introducir|apuntar)|reescribir\\w*|(?:escribir|teclear|introducir|apuntar)(?:\\s+[\\p{L}'’-]+){0,4}?\\s+cada\\s+vez"
            + "|(?:se\\s+(?:guardan|introducen|registran|apuntan)|(?:guardad|introducid|registrad|apuntad)[oa]s?)\\s+una\\s+(?:sola\\s+)?vez"
            + "|(?:jedes\\s*mal|immer\\s+wieder|erneut|nochmal)\\s+(?:neu\\s+)?(?:ein)?(?:tippen|geben|gegeben|getippt|schreiben|erfassen|erfasst)\\w*"
            + "|neu\\s+(?:ein)?(?:tippen|getippt|geben|gegeben|erfassen|erfasst)\\w*|nur\\s+einmal\\s+(?:ein)?(?:tippen|geben|gegeben|getippt|erfassen|erfasst|anlegen|angelegt)\\w*)");
    /** The typing verb's object: "retype the customer", "type the customer's details", "retaper les clients", "volver a escribir los clientes". */
    private static final Pattern OBJECT = Pattern.compile("(?iu)(?:volver\\s+a\\s+)?[\\p{L}-]+(?:\\s+(?:in|out|down))?\\s+(?:(?:the|our|all|a|an|les|le|la|l'|nos|des|los|las|el|al|nuestr[oa]s)\\s+)?"
            + "(?:([\\p{L}-]{3,})['’]s\\s+(?:details|info|data|address|name)|(?:(?:details|info|data|coordonn[ée]es|datos)\\s+(?:of|des|de)\\s+(?:(?:the|our|los|las|les)\\s+)?)?([\\p{L}-]{3,}))");
    private static final Pattern SO_REASON = Pattern.compile("(?iu)\\s+(?:so(?: that)? (?:we|nobody|no one|you|i|they)|pour (?:ne pas|qu)|para (?:no|que)|damit)\\b.*$");
    private static final Pattern ONCE = Pattern.compile("(?iu)\\b(?:once|fois|vez|einmal)\\b");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]{2,}");
    private static final Pattern OPENER = Pattern.compile("(?iu)^\\s*(?:(?:so|and|but|also|please|pls|oh|et|donc|y|pero|und|bitte|que|para)\\b[\\s,]*)+");
    /** Words of repeating left after the cue: "again", "every time", "à chaque fois", "cada vez". */
    private static final Pattern REPEAT_LEAD = Pattern.compile("(?iu)^(?:\\s*(?:in|again|every (?:single )?time|each (?:and every )?time|over and over|[àa] chaque fois|chaque fois|cada vez|jedes\\s*mal|is a pain|would be great|m[üu]ssen|sollen)\\b)+");
    /** Where the details start: a mark, the words that ask for them, then the list. */
    private static final Pattern DETAILS = Pattern.compile("(?iu)^[\\s,;:–—-]*(?:(?:so|we|we'd|need|just|only|with|keep|store|please|pls|i\\.e\\.|they|have|has|their|donc|alors|juste|avec|il faut|así que|asi que|solo|con|necesitamos|also|nur|mit|wir|brauchen|bitte)\\b[\\s,:]*){0,4}"
            + "(?:\\(([^()\\n]{3,300})\\)|(?:[^.!?\\n:(]{0,60}?(?::|\\bwith\\b|\\bavec\\b|\\bcon\\b|\\bmit\\b))\\s*([^.!?\\n]{3,300})|([^\\s(][^.!?\\n()]{2,300}))");
    private static final Pattern TRAIL = Pattern.compile("(?iu)[\\s,]+(?:please|pls|thanks|merci|gracias|danke|bitte|svp)\\s*$|\\)\\s*(?:and|et|y|und)\\b.*$");
    /** A clause left after the cue when no details follow: "- customers should have a name, …". */
    private static final Pattern LEFT_LEAD = Pattern.compile("(?iu)^[\\s,;:–—-]*(?:(?:so|and|but|then|donc|et|y|así que|also|und)\\b[\\s,]*)?");
    /** Nouns the cue may name that are no things kept once. */
    private static final java.util.Set<String> NOT_THINGS = java.util.Set.of("everything", "anything", "things", "stuff", "same", "details", "data", "info",
            "information", "again", "in", "every", "each", "tout", "todo", "alles", "time", "fois", "vez", "mal", "us", "nous", "nos", "uns", "it", "twice");

    private SeparateLists() {
    }

    static String rewrite(Lexicon lex, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        Matcher m = SENTENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String noun = opening(lex, vocab, m.group(1));
            String items = items(m, 3);
            if (noun == null || Text.wordCount(m.group(1)) > 12 || !details(lex, vocab, items, BE.matcher(m.group(1)).find()) || !namesAgain(noun, m.group(2))) {
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(noun + ": " + detailsSaid(items) + (m.group(3) != null && !endsHere(text, m.end()) ? "." : "")));
        }
        m.appendTail(out);
        return retyped(lex, vocab, nounBefore(lex, vocab, listFor(lex, vocab, out.toString())));
    }

    /**
     * A thing nobody should have to type again: "Customers shouldn't be typed in again every time, we need their name, phone
     * and email", "we don't want to retype the supplier each time - just name and phone", "On ne veut pas retaper les clients
     * à chaque fois : nom, …", "que no haya que volver a escribir los clientes cada vez: …", "Kunden nicht jedes Mal neu
     * eintippen: Name, …", "Owners should be saved once (name, phone)". The thing (the object of the typing verb, else the
     * noun the clause opens with; German: the noun before the cue) becomes "Noun: details." with the details said after the
     * cue, or "Noun: name." when none are; a typed word ("the date", "the total") is no thing.
     */
    private static String retyped(Lexicon lex, FieldVocabulary vocab, String text) {
        Matcher m = RETYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (m.start() < from || insideBrackets(text, m.start())) {
                continue;
            }
            int start = Math.max(from, Text.sentenceStart(text, m.start() - 1));
            int end = m.end();
            while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String noun = null;
            int after = m.end();
            if (ONCE.matcher(m.group()).find()) {
                // "Owners should be saved once", "se guardan una sola vez": the thing is the clause's subject
            } else if (lex.lang == Lang.DE) {
                Matcher w = CAPITAL_WORD.matcher(text.substring(start, m.start()));
                while (w.find()) {
                    if (w.start() > 0 && BracketKinds.kindNoun(lex, vocab, w.group(), false)) {
                        noun = w.group();
                    }
                }
            } else {
                Matcher o = OBJECT.matcher(text.substring(m.start(), end));
                if (o.lookingAt()) {
                    String np = o.group(2) != null ? o.group(2) : o.group(1);
                    noun = np != null && thing(lex, vocab, np) ? np : null;
                    after = noun == null ? after : Math.max(after, m.start() + o.end());
                }
            }
            if (noun == null) {
                String head = text.substring(start, m.start());
                int comma = head.indexOf(',');
                noun = opening(lex, vocab, OPENER.matcher(comma > 0 ? head.substring(0, comma) : head).replaceFirst(""));
                noun = noun != null && thing(lex, vocab, noun) ? noun : null;
            }
            if (noun == null) {
                continue;
            }
            String rest = REPEAT_LEAD.matcher(text.substring(after, end)).replaceFirst("");
            String items = null;
            Matcher d = DETAILS.matcher(rest);
            if (d.lookingAt()) {
                items = d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : d.group(3);
                items = items.replaceFirst("^[\\s:,;–—-]+", "");
                items = TRAIL.matcher(POSSESSIVE.matcher(items.strip()).replaceAll("")).replaceFirst("");
                if (!items.contains(",") && Text.words(Text.fold(items)).stream().allMatch(vocab::isFieldWord)) {
                    items = String.join(", ", items.strip().split("\\s+")); // "their name phone email"
                }
                if (!details(lex, vocab, items, false)) {
                    items = null;
                }
            }
            out.append(text, from, start);
            if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                out.append(' ');
            }
            out.append(capital(noun)).append(": ").append(items == null ? Text.fold(lex.nameLabel) : items.strip()).append('.');
            from = items == null ? after : end;
            if (items == null) {
                String left = LEFT_LEAD.matcher(text.substring(from, end)).replaceFirst("");
                out.append(left.isBlank() ? "" : " " + capital(left.strip()));
                from = end;
            }
        }
        return from == 0 ? text : out.append(text.substring(from)).toString();
    }

    /** Whether a noun can be a thing kept once: a kind noun, text or person, no detail word ("details", "the date"). */
    private static boolean thing(Lexicon lex, FieldVocabulary vocab, String np) {
        String f = Text.fold(np);
        if (THEM.contains(f) || NOT_THINGS.contains(f) || !BracketKinds.kindNoun(lex, vocab, np, true)) {
            return false;
        }
        FieldType t = FieldTyper.type(lex, f);
        return t == FieldType.TEXT || t == FieldType.PERSON;
    }

    /** "A separate list for sites please: name, address" → "Sites: name, address." */
    private static String listFor(Lexicon lex, FieldVocabulary vocab, String text) {
        Matcher m = LIST_FOR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String items = items(m, 2);
            if (vocab.function.contains(Text.fold(m.group(1))) || !BracketKinds.kindNoun(lex, vocab, m.group(1), true) || !details(lex, vocab, items, true)) {
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(capital(m.group(1)) + ": " + detailsSaid(items)
                    + (m.group(2) != null && !endsHere(text, m.end()) ? "." : "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "please keep depots as their own list with …": the noun right before a list marker. */
    private static String nounBefore(Lexicon lex, FieldVocabulary vocab, String text) {
        Matcher m = NOUN_BEFORE.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String noun = m.group(1);
            String items = items(m, 2);
            if (THEM.contains(Text.fold(noun))) {
                // "External examiners come back often, so keep them as a separate list with …": the noun the sentence opens with
                String head = text.substring(Math.max(from, Text.sentenceStart(text, m.start() - 1)), m.start());
                int comma = head.indexOf(',');
                noun = opening(lex, vocab, comma > 0 ? head.substring(0, comma) : head);
                if (noun == null || Text.wordCount(head) > 25) {
                    continue;
                }
            }
            if (insideBrackets(text, m.start()) || vocab.function.contains(Text.fold(noun)) || lex.articles.contains(Text.fold(noun)) || !BracketKinds.kindNoun(lex, vocab, noun, true)
                    || !details(lex, vocab, items, true)) {
                continue;
            }
            int start = clauseStart(text, from, m.start());
            String before = text.substring(from, start).stripTrailing();
            out.append(before);
            if (!before.isEmpty() && ".!?:\n".indexOf(before.charAt(before.length() - 1)) < 0) {
                out.append('.');
            }
            out.append(before.isEmpty() || before.endsWith("\n") ? "" : " ").append(capital(noun)).append(": ")
                    .append(detailsSaid(items)).append('.');
            from = m.end();
        }
        return from == 0 ? text : out.append(text.substring(from)).toString();
    }

    /** The noun opens a sentence now: "invitados" after "… el enlace." would read as its list going on. */
    private static String capital(String noun) {
        return noun.isEmpty() ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    /** "(we'd keep brokers as their own list: …)": a group inside brackets is the nested-kind readers'. */
    private static boolean insideBrackets(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth--;
            } else if (c == '(' && ++depth > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause that asks for the list starts: the words from there to the noun go ("please keep", "Queremos"). */
    private static int clauseStart(String text, int from, int noun) {
        int sentence = Math.max(from, Text.sentenceStart(text, noun - 1));
        Matcher c = CLAUSE_START.matcher(text).region(sentence, noun);
        int start = sentence;
        while (c.find()) {
            start = c.start() == sentence ? c.end() : c.start();
        }
        // more than five words of asking: keep them, the noun opens a sentence of its own
        return Text.wordCount(text.substring(start, noun)) > 5 ? noun : start;
    }

    /** Whether a sentence ends right at {@code at} (the brackets closed it already). */
    private static boolean endsHere(String text, int at) {
        return at >= text.length() || ".!?".indexOf(text.charAt(at)) >= 0;
    }

    private static String items(Matcher m, int bracket) {
        String items = m.group(bracket) != null ? m.group(bracket) : m.group(bracket + 1) != null ? m.group(bracket + 1) : m.group(bracket + 2);
        // "with name, email and phone so we don't retype them": the reason is no detail
        return m.group(bracket) != null ? items : SO_REASON.matcher(items).replaceFirst("");
    }

    /** With {@code kept}, the words before said the noun is (kept as) the list ("should be", "as", "en"). */
    private static boolean details(Lexicon lex, FieldVocabulary vocab, String items, boolean kept) {
        String list = detailsSaid(items);
        if (kept && EACH_END.matcher(items.strip()).find() && Text.wordCount(list) <= 4) {
            // "a list with a contact email each": one detail will do when "each" says every one has it
            return Text.words(Text.fold(list)).stream().anyMatch(vocab::isFieldWord);
        }
        return BracketKinds.fieldList(lex, vocab, list.replace(" and ", ", ").replace(" et ", ", ").replace(" y ", ", ").replace(" und ", ", "));
    }

    /** The details as said, without possessives and a closing "each" ("their phone each" → "phone"). */
    private static String detailsSaid(String items) {
        return EACH_END.matcher(POSSESSIVE.matcher(items.strip()).replaceAll("")).replaceAll("");
    }

    /** "Rooms come from our list of meeting rooms": the list named after the noun, or no name at all. */
    private static boolean namesAgain(String noun, String listOf) {
        if (listOf == null) {
            return true;
        }
        List<String> w = Text.words(Text.fold(listOf));
        String last = w.get(w.size() - 1);
        String head = Text.fold(noun);
        head = head.substring(head.lastIndexOf(' ') + 1);
        return last.equals(head);
    }

    /** The noun the sentence opens with: two words or one after an optional article, no function word. */
    private static String opening(Lexicon lex, FieldVocabulary vocab, String head) {
        String[] w = WORD_SPLIT.split(head.strip());
        int start = w.length > 1 && lex.articles.contains(Text.fold(w[0])) ? 1 : 0;
        for (int n = 2; n >= 1; n--) {
            if (start + n > w.length || n == 2 && verbAfter(lex, w[start], w[start + 1])) {
                continue;
            }
            String np = String.join(" ", List.of(w).subList(start, start + n));
            if (NOUN_PHRASE.matcher(np).matches() && BracketKinds.kindNoun(lex, vocab, np, true)) {
                return np;
            }
        }
        return null;
    }

    /**
     * Whether the second word reads as the verb of a plural noun, not part of its name: "Depots should", "les clients
     * comme", "las salas deberían" (a plural, then a word that is not one); in German a word in lower case ("Räume
     * kommen").
     */
    private static boolean verbAfter(Lexicon lex, String first, String second) {
        if (lex.lang == Lang.DE) {
            return !second.isEmpty() && Character.isLowerCase(second.charAt(0));
        }
        String a = Text.fold(first);
        String b = Text.fold(second);
        return (a.endsWith("s") || a.endsWith("x")) && !(b.endsWith("s") || b.endsWith("x"));
    }
}

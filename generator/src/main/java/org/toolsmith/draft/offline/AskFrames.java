package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new field asked for as a problem of where to write it, in four languages: "where do I put the X?",
 * "there's no place for the X", "we keep forgetting to write down the X", "où est-ce
 * que je mets le X ?", "on oublie toujours de noter le X", "il nous manque un endroit pour le X", "¿dónde
 * apunto el X?", "siempre se nos olvida anotar el X", "no tenemos sitio para el X", "wo trage ich den X
 * ein?", "wir vergessen immer, den X festzuhalten", "kann eine K auch X haben?"; and a yes/no question about
 * a record kind ("Is the repair under warranty?", "Le vin est-il bio ?", "¿El pedido es urgente?", "Ist der
 * Kunde Stammkunde?") as the yes/no field it asks for. Each is rewritten to the plain request the readers
 * know ("add X", "we need to know whether …"). Matched on folded text. English "can a K also hold X?" and
 * "an X would help" are not read here: on an unseen set the first named one field worse than the readers
 * after it (docs/offline-refining.md, session 7 merge).
 */
final class AskFrames {
    private record Frame(Pattern pattern, Lang lang, boolean kindFirst) {
    }

    private static final String ART = "(?:the|a|an|each|every|our|le|la|les|l'|un|une|chaque|el|los|las|una?|cada|der|die|das|den|dem|ein|eine|einen|einem|jede[rsmn]?)";

    private static final List<Frame> FRAMES = List.of(
            // English
            new Frame(Pattern.compile("^(?:so\\s+|and\\s+|but\\s+)?where\\s+(?:do|should|can|could|would|shall)\\s+(?:i|we|you|people|they|staff|one)\\s+(?:actually\\s+|even\\s+)?"
                    + "(?:put|enter|write|record|note|add|store|keep|log|type|fill in|jot)(?:\\s+down|\\s+in)?\\s+"), Lang.EN, false),
            new Frame(Pattern.compile("^(?:so\\s+|and\\s+|but\\s+)?where\\s+(?:would|does|do|should|can)\\s+(.+?)\\s+go$"), Lang.EN, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:(?:there's|there is|we have|we've got|we still have)\\s+(?:no|nowhere|no real|no proper|not a|not any)"
                    + "|(?:there isn't|there is not|there's not|we don't have|we do not have|we haven't got)\\s+(?:a|an|any)(?:\\s+(?:real|proper))?)\\s+"
                    + "(?:(?:place|field|box|spot|room|space|column)\\s+)?(?:for|to (?:put|record|write|enter|note|log)(?: down| in)?)\\s+"), Lang.EN, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:we|i|people|staff|everyone|they|[a-z]+s)\\s+(?:always\\s+|often\\s+|sometimes\\s+|constantly\\s+|still\\s+)?(?:keep\\s+)?(?:forgetting|forget|forgot)\\s+"
                    + "to\\s+(?:write down|note down|note|record|enter|put in|put down|log|jot down|fill in|add|track|capture|ask for|take down|keep)\\s+"), Lang.EN, false),
            // French
            new Frame(Pattern.compile("^(?:et\\s+|mais\\s+)?(?:ou|ou donc)\\s+(?:est-ce que\\s+|est-ce qu'\\s*)?(?:je|j'|on|nous|il faut)\\s*(?:mets|met|mettons|mettre|note|notons|noter|saisis|saisit|saisir|inscris|inscrit|indique|range|enregistre|renseigne|ecris|ecrit)\\s+"), Lang.FR, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:on|nous|je|j')\\s*(?:oublie|oublions|oublies)\\s+(?:toujours\\s+|souvent\\s+|tout le temps\\s+|sans arret\\s+|regulierement\\s+|a chaque fois\\s+)?(?:de\\s+|d')\\s*"
                    + "(?:noter|saisir|ecrire|inscrire|indiquer|renseigner|enregistrer|mettre|demander|relever)\\s+"), Lang.FR, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:(?:il (?:nous )?manque|il faudrait|il nous faut)\\s+(?:un|une)\\s+(?:endroit|place|champ|case|emplacement|espace|zone)\\s+(?:pour|ou (?:mettre|noter|saisir|indiquer|inscrire))"
                    + "|(?:on n'a|nous n'avons|il n'y a|on a)\\s+(?:nulle part|aucun endroit|pas d'endroit|pas de place|aucune place|pas de champ|aucun champ|rien)\\s+(?:pour|ou (?:mettre|noter|saisir|indiquer|inscrire)))\\s+"), Lang.FR, false),
            new Frame(Pattern.compile("^(?:est-ce qu(?:'|e\\s+)\\s*)" + ART + "\\s*([\\w-]+)\\s+(?:peut|pourrait|pourra)\\s+(?:aussi\\s+|egalement\\s+)?(?:avoir|contenir|garder|porter|indiquer|enregistrer|stocker|comporter)\\s+"), Lang.FR, true),
            // Spanish
            new Frame(Pattern.compile("^[¿¡\\s]*(?:y\\s+|pero\\s+)?(?:donde|en donde|en que sitio)\\s+(?:se\\s+)?(?:apunto|pongo|anoto|meto|escribo|guardo|registro|apuntamos|ponemos|anotamos|metemos|guardamos|registramos|pone|apunta|anota|puedo poner|puedo apuntar|podemos poner|podemos apuntar|hay que poner|hay que apuntar)\\s+"), Lang.ES, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:siempre\\s+|a menudo\\s+|a veces\\s+)?(?:se nos olvida|se me olvida|olvidamos|nos olvidamos de|me olvido de|se olvida)\\s+(?:siempre\\s+)?"
                    + "(?:apuntar|anotar|poner|registrar|escribir|guardar|meter|indicar|pedir)\\s+"), Lang.ES, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:no tenemos|no hay|falta|nos falta)\\s+(?:ningun\\s+|un\\s+)?(?:sitio|lugar|campo|hueco|espacio)\\s+(?:para|donde (?:poner|apuntar|anotar|guardar|meter))\\s+"
                    + "|^(?:.{0,30}?\\b)?no tenemos donde (?:poner|apuntar|anotar|guardar|meter)\\s+"), Lang.ES, false),
            new Frame(Pattern.compile("^[¿¡\\s]*(?:puede|podria|podra)\\s+" + ART + "\\s+([\\w-]+)\\s+(?:tener|llevar|guardar|incluir|contener)\\s+(?:tambien\\s+)?"), Lang.ES, true),
            // German
            new Frame(Pattern.compile("^(?:und\\s+|aber\\s+)?wo\\s+(?:trage|trag|schreibe|notiere|erfasse|vermerke|speichere|gebe|packe|tragen|schreiben|notieren|erfassen|speichern)\\s+(?:ich|wir|man)\\s+(?:denn\\s+|eigentlich\\s+|bitte\\s+)?"), Lang.DE, false),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:es gibt|wir haben|gibt es)\\s+(?:noch\\s+)?(?:keinen|kein|keine)\\s+(?:platz|feld|stelle|ort|moglichkeit|spalte)\\s+(?:fur|um)\\s+"), Lang.DE, false),
            new Frame(Pattern.compile("^(?:kann|konnte|soll|sollte)\\s+" + ART + "\\s+([\\w-]+)\\s+(?:auch\\s+|noch\\s+|bitte\\s+)*"), Lang.DE, true));

    /** "wir vergessen immer, X festzuhalten": German puts the verb of writing last. */
    private static final Pattern FORGET_DE = Pattern.compile("^(?:.{0,30}?\\b)?(?:wir|ich|man|alle)\\s+(?:vergessen|vergesse|vergisst)\\s+(?:standig|immer wieder|immer|oft|dauernd|jedes mal|regelmassig)?\\s*,?\\s*");
    private static final Pattern WRITE_DE = Pattern.compile("\\s*,?\\s*(?:aufzuschreiben|festzuhalten|einzutragen|zu notieren|zu erfassen|zu vermerken|anzugeben|mitzuschreiben)\\s*,?\\s*");
    private static final Pattern DE_TAIL = Pattern.compile("\\s+(?:ein|an|hin|rein|auf|unter|haben|enthalten|bekommen|speichern|tragen|mitspeichern|hinterlegen)(?:\\s+konnen)?$");
    private static final Pattern WH = Pattern.compile("^(?:who|when|whether|if|how|which|what|qui|quand|si|combien|quel\\w*|quien|cuando|cuant\\w*|que|cual\\w*|wer|wann|ob|wie|welch\\w*)\\b");

    /** Yes/no questions about a record kind: "is the K …", "le K est-il …", "¿el K es …?", "ist der K …". */
    private static final Pattern YESNO_EN = Pattern.compile("^(?:and\\s+)?(is|are|was|were|does|do|did)\\s+(?:the|this|that|each|every|a|an)\\s+([\\w-]+)\\s+(.+)$");
    private static final Pattern YESNO_FR = Pattern.compile("^(?:et\\s+)?(?:est-ce que|est-ce qu')\\s*(le|la|l'|les|un|une)\\s*([\\w-]+)\\s+(est|sont|a|ont|etait)\\s+(.+)$|^(?:et\\s+)?(le|la|l'|les)\\s*([\\w-]+)\\s+(est|sont|a|ont)-(?:t-)?(?:il|elle|ils|elles)\\s+(.+)$");
    private static final Pattern YESNO_ES = Pattern.compile("^[¿¡\\s]*(?:y\\s+)?(el|la|los|las)\\s+([\\w-]+)\\s+(es|son|esta|estan|tiene|lleva|fue)\\s+(.+)$");
    private static final Pattern YESNO_DE = Pattern.compile("^(?:und\\s+)?(ist|sind|war|hat|braucht|wurde)\\s+(der|die|das|ein|eine)\\s+([\\w-]+)\\s+(.+)$");

    /** "Pour les concerts, il faudrait savoir si …", "for rooms, we'd need to know whether …": a kind in front of a need to know. */
    private static final Pattern SCOPED_KNOW = Pattern.compile("^((?:for|on|pour|para|en|bei|beim|fur)\\s+(?:(?:the|each|every|all|les|la|le|chaque|los|las|el|cada|den|dem|der|die|das|jede[rsmn]?)\\s+|l')?([\\w-]+)\\s*,\\s*)"
            + "(?:il (?:nous )?faudrait|il (?:nous )?faut|on (?:doit|devrait|aimerait|voudrait)|(?:we|i)(?: would| 'd|'d)? (?:need|want|like|have) to|hay que|habria que|necesitamos|queremos|nos gustaria|(?:wir|ich) (?:mussen|sollten|mochten|wollen|muss|mochte)|man (?:muss|sollte))"
            + "\\s+(?:aussi\\s+|egalement\\s+|also\\s+|tambien\\s+|auch\\s+|noch\\s+)?(?:savoir|know|saber|wissen)\\s*,?\\s+(?=(?:whether|if|who|when|how|which|what|si|s'il|qui|quand|combien|quel\\w*|quien|cuando|cuant\\w*|que|ob|wer|wann|wie|welch\\w*)\\b)");

    /** "When exactly was the van serviced?", "Quand le stage a-t-il fini ?", "¿Cuándo se recogió el pedido?", "Wann wurde der Kurs gebucht?": a need to know. */
    private static final Pattern WH_EN = Pattern.compile("^(?:and\\s+|so\\s+)?((?:when|what time|at what time|who|how many|how much)(?:\\s+exactly)?)\\s+(was|were|is|are|did|has|have)\\s+(the|each|every|a|an|our)\\s+([\\w-]+)\\s+(.+)$");
    private static final Pattern WH_FR = Pattern.compile("^(?:et\\s+)?((?:quand|a quelle heure|qui|combien)(?:\\s+exactement)?)\\s+(?:est-ce que|est-ce qu')\\s*(le|la|l'|les)\\s*([\\w-]+)\\s+(.+)$");
    private static final Pattern WH_FR_INVERTED = Pattern.compile("^(?:et\\s+)?((?:quand|qui|combien)(?:\\s+exactement)?)\\s+(le|la|l'|les)\\s*([\\w-]+)\\s+(a|est|ont|sont|etait)-(?:t-)?(?:il|elle|ils|elles)\\s+(.+)$");
    private static final Pattern WH_ES = Pattern.compile("^[¿¡\\s]*(?:y\\s+)?((?:cuando|a que hora|quien|cuantos|cuantas)(?:\\s+exactamente)?)\\s+(.+?)\\s+(el|la|los|las)\\s+([\\w-]+)$");
    private static final Pattern WH_DE = Pattern.compile("^(?:und\\s+)?((?:wann|um wie ?viel uhr|wer)(?:\\s+genau)?)\\s+(wurde|wurden|ist|sind|hat|haben)\\s+(der|die|das|den)\\s+([\\w-]+)\\s+(.+)$");
    /** "we need that for the insurance" right after such a question: the question named the field, "that" is no new one. */
    private static final Pattern NEED_THAT = Pattern.compile("^(?:and\\s+|so\\s+)?(?:(?:please\\s+)?(?:add|include|ajoute[rz]?|rajoute[rz]?|anade|anadid|agrega|bitte|fug\\w*)\\s+(?:(?:a|an|un|une|una|ein|eine)\\s+)?(?:(?:tick|box|field|column|checkbox|case|champ|campo|casilla|feld|spalte|kastchen)\\s*)?(?:for\\s+)?(?:that|this|it|ce champ|cela|ca|eso|esto|dafur|das|es)\\b[\\s\\w]{0,20}$"
            + "|(?:we|i)\\s+(?:really\\s+|also\\s+)?need\\s+(?:that|this|it)|(?:il nous faut|on a besoin de) (?:ca|cela|cette info\\w*)|(?:lo|la|eso) necesitamos|das brauchen wir|(?:that|this) (?:is|would be) (?:needed|useful|important))\\b.*$");

    private AskFrames() {
    }

    /** "when a member's card expires" → "when the card expires for each member": the kind out of the possessive, after a question word. */
    private static final Pattern WH_POSSESSIVE = Pattern.compile("\\b(?:when|whether|if|who|how many|how much|which|what)\\s+(?:\\w+\\s+){0,2}?((?:a|an|the|each|every|our)\\s+([\\w-]+)'s?\\s+)");
    /** The sentence after a question saying to record it: "Das müssen wir festhalten", "we need to record that", "il faut le noter". */
    private static final Pattern RECORD_THAT = Pattern.compile("^(?:(?:das|dies|es)\\s+(?:mussen|sollten|wollen|muss|soll|mochten)\\s+(?:wir|man)\\b.*\\b(?:festhalten|eintragen|erfassen|notieren|speichern|aufschreiben|vermerken)\\b"
            + "|(?:we|i)\\s+(?:really\\s+)?(?:need|want|have|should|must)\\s+(?:to\\s+)?(?:record|note|track|log|keep|write down|capture)\\s+(?:that|this|it)\\b"
            + "|(?:il faut|il faudrait|on doit|on devrait)\\s+(?:pouvoir\\s+)?(?:le|la|l')\\s*(?:noter|saisir|enregistrer|indiquer|garder|cocher)\\b"
            + "|(?:eso\\s+)?(?:hay que|tenemos que|deberiamos|se tiene que|se debe|deberia poder)\\s+(?:poder\\s+)?(?:apuntar|anotar|registrar|guardar|marcar)\\w*)");

    private static RefineClause possessiveKind(RefineSession s, RefineClause c) {
        if (s.lang != Lang.EN) {
            return c;
        }
        Matcher m = c.match(WH_POSSESSIVE);
        if (!m.find() || !kind(s, m.group(2))) {
            return c;
        }
        return new RefineClause(c.sub(0, m.start(1)).orig + " the " + c.from(m.end(1)).orig.replaceAll("[?.!\\s]+$", "") + " for each " + c.group(m, 2).orig);
    }

    /** The sentence of the message after this clause says to record what it asks. */
    private static boolean recordedNext(RefineSession s, RefineClause said) {
        RefineClause c = s.askedClause != null ? s.askedClause : said;
        if (s.message == null) {
            return false;
        }
        int at = s.message.indexOf(c.orig.strip());
        if (at < 0) {
            return false;
        }
        String after = s.message.substring(at + c.orig.strip().length()).replaceFirst("^[\\s?!.¿¡]+", "");
        return RECORD_THAT.matcher(RefineText.fold(after)).find();
    }

    private static RefineClause whQuestion(RefineSession s, RefineClause c) {
        boolean asked = c.orig.strip().endsWith("?") || s.message != null && (s.message.contains(c.orig.strip() + "?") || s.message.contains(c.orig.strip() + " ?"));
        String body = c.orig.replaceAll("[?¿¡\\s]+$", "").replaceAll("^[¿¡\\s]+", "");
        if (!asked || body.contains(",") || body.split("\\s+").length > 12) {
            return null;
        }
        RefineClause b = new RefineClause(body);
        Matcher m;
        switch (s.lang) {
            case EN -> {
                m = b.match(WH_EN);
                if (m.find() && (kind(s, m.group(4)) || recordedNext(s, c))) {
                    String aux = m.group(2).matches("did") ? "" : " " + m.group(2);
                    return new RefineClause((kind(s, m.group(4)) ? "for the " + b.group(m, 4).orig + ", " : "") + "we need to know " + b.group(m, 1).orig + " the " + b.group(m, 4).orig + aux + " " + b.group(m, 5).orig);
                }
            }
            case FR -> {
                Matcher inv = b.match(WH_FR_INVERTED);
                if (inv.find() && (kind(s, inv.group(3)) || recordedNext(s, c))) {
                    // "quand le stage a-t-il fini" → "quand le stage a fini"
                    return new RefineClause((kind(s, inv.group(3)) ? "pour le " + b.group(inv, 3).orig + ", " : "") + "on a besoin de savoir " + b.group(inv, 1).orig + " "
                            + b.group(inv, 2).orig + (inv.group(2).endsWith("'") ? "" : " ") + b.group(inv, 3).orig + " " + b.group(inv, 4).orig + " " + b.group(inv, 5).orig);
                }
                m = b.match(WH_FR);
                if (m.find() && (kind(s, m.group(3)) || recordedNext(s, c))) {
                    return new RefineClause("on a besoin de savoir " + b.group(m, 1).orig + " " + b.group(m, 2).orig + (m.group(2).endsWith("'") ? "" : " ")
                            + b.group(m, 3).orig + " " + b.group(m, 4).orig);
                }
            }
            case ES -> {
                m = b.match(WH_ES);
                if (m.find() && (kind(s, m.group(4)) || recordedNext(s, c))) {
                    return new RefineClause((kind(s, m.group(4)) ? "para el " + b.group(m, 4).orig + ", " : "") + "necesitamos saber " + body);
                }
            }
            case DE -> {
                m = b.match(WH_DE);
                if (m.find() && (kind(s, m.group(4)) || recordedNext(s, c))) {
                    return new RefineClause((kind(s, m.group(4)) ? "bei dem " + b.group(m, 4).orig + ", " : "") + "wir müssen wissen, " + b.group(m, 1).orig + " " + b.group(m, 3).orig + " " + b.group(m, 4).orig + " "
                            + b.group(m, 5).orig + " " + b.group(m, 2).orig);
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** The clause with a frame of where to write something rewritten to a plain request; else the clause as it was. */
    static RefineClause plain(RefineSession s, RefineClause c) {
        if (c == null || c.isEmpty()) {
            return c;
        }
        s.askedClause = c;
        // "depuis combien d'années", "seit wie vielen Jahren": the count, asked as such ("a field for how many …" keeps its "for")
        c = new RefineClause(c.orig.replaceAll("(?iu)\\b(?:depuis|seit|desde hace|desde)\\s+(?=(?:combien|cu[aá]nt[oa]s|wie viele)\\b)", ""));
        // "à quelle heure", "a qué hora", "um wie viel Uhr": when (the time is read from the clause as said, FieldNameTidy); English "at what time" is the describer's
        c = new RefineClause(c.orig.replaceAll("(?iu)(?<!\\p{L})(?:à|a) quelle heure(?!\\p{L})", "quand").replaceAll("(?iu)(?<!\\p{L})a qu[ée] hora(?!\\p{L})", "cuándo")
                .replaceAll("(?iu)(?<!\\p{L})um wie ?viel uhr(?!\\p{L})", "wann"));
        c = possessiveKind(s, c);
        Matcher scoped = c.match(SCOPED_KNOW);
        if (scoped.find() && kind(s, scoped.group(2))) {
            // the kind stays in front, the need to know is said plainly after it
            String lead = switch (s.lang) {
                case FR -> "on a besoin de savoir ";
                case ES -> "necesitamos saber ";
                case DE -> "wir müssen wissen, ";
                default -> "we need to know ";
            };
            return new RefineClause(c.group(scoped, 1).orig.strip() + " " + lead + c.from(scoped.end()).orig);
        }
        RefineClause yesNo = yesNo(s, c);
        if (yesNo != null) {
            s.askedBefore = true;
            return yesNo;
        }
        RefineClause wh = whQuestion(s, c);
        if (wh != null) {
            s.askedBefore = true;
            return wh;
        }
        if (s.askedBefore && (c.match(NEED_THAT).find() || c.match(RECORD_THAT).find())) {
            // "When was it picked up? We need that for the insurance.": the question named the field
            s.askedBefore = false;
            return new RefineClause("");
        }
        s.askedBefore = false;
        Matcher forget = c.match(FORGET_DE);
        if (s.lang == Lang.DE && forget.find()) {
            RefineClause rest = c.from(forget.end());
            Matcher write = rest.match(WRITE_DE);
            if (write.find()) {
                // "wir vergessen ständig aufzuschreiben, wann genau …" / "…, die Notfallnummer festzuhalten"
                String before = rest.sub(0, write.start()).orig.strip();
                String after = rest.from(write.end()).orig.strip();
                String thing = before.isEmpty() ? after : before;
                if (!thing.isEmpty()) {
                    return plainAsk(s, Lang.DE, new RefineClause(thing), null);
                }
            }
        }
        for (Frame f : FRAMES) {
            if (f.lang() != s.lang) {
                continue;
            }
            Matcher m = c.match(f.pattern());
            if (!m.find()) {
                continue;
            }
            String kind = null;
            RefineClause thing;
            if (f.kindFirst()) {
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
                if (e == null || e.score() < 0.99 || m.end() >= c.text.length()) {
                    continue;
                }
                kind = c.group(m, 1).orig;
                thing = c.from(m.end());
                if (f.lang() == Lang.DE && !DE_TAIL.matcher(thing.text.replaceAll("[?!.\\s]+$", "")).find()) {
                    continue; // "kann eine Lieferung auch X enthalten": only with a verb of holding last
                }
            } else if (m.groupCount() >= 1 && m.group(1) != null) {
                thing = c.group(m, 1);
            } else {
                if (m.end() >= c.text.length()) {
                    continue;
                }
                thing = c.from(m.end());
            }
            return plainAsk(s, f.lang(), thing, kind);
        }
        return c;
    }

    private static RefineClause plainAsk(RefineSession s, Lang lang, RefineClause thing, String kind) {
        String words = thing.orig.replaceAll("[?¿!.]+\\s*$", "").strip();
        RefineMatcher.FieldRef had = RefineResolver.field(s, new RefineClause(words.replaceFirst("(?iu)[,;:].*$", "")));
        if (had != null && had.score() >= 0.99) {
            // "we keep forgetting to fill in the due date": a field that exists; the readers of fields (required…) read it
            return s.askedClause;
        }
        if (lang == Lang.DE) {
            words = DE_TAIL.matcher(new RefineClause(words).text).find()
                    ? words.substring(0, words.length() - DE_TAIL.matcher(new RefineClause(words).text).results().reduce((a, b) -> b).get().group().length()).strip() : words;
        }
        // "… at the moment, which is a pain": the request ends at the next clause (values after a colon stay)
        int colon = words.indexOf(':');
        int bracket = words.indexOf('(');
        if (bracket > 0 && (colon < 0 || bracket < colon)) {
            colon = bracket; // "the colour (red, white or rosé)": the values in brackets stay whole, like after a colon
        }
        String head = colon > 0 ? words.substring(0, colon) : words;
        String values = colon > 0 ? words.substring(colon) : "";
        if (lang == Lang.DE && !values.isEmpty()) {
            // "wo trage ich die Farbe ein (rot, weiß …)": the particle stands before the values
            head = head.strip();
            Matcher tail = DE_TAIL.matcher(new RefineClause(head).text);
            if (tail.find()) {
                head = head.substring(0, head.length() - tail.group().length()) + " ";
            }
        }
        head = head.replaceFirst("(?iu)(?:\\s*[,;]|\\s+[-–—])\\s+.*$", "")
                .replaceFirst("(?iu)\\s+(?:because|since|so that|which|as we|as they|when|while|parce que|car|puisque|quand|lorsque|porque|ya que|cuando|weil|da wir|wenn|damit)\\s.*$", "");
        words = (head + values).strip();
        if (words.isBlank()) {
            return s.askedClause;
        }
        boolean asked = WH.matcher(new RefineClause(words).text).find();
        String plain = switch (lang) {
            case FR -> (kind != null ? "pour le " + kind + ", " : "") + (asked ? "on a besoin de savoir " : "ajoute ") + words;
            case ES -> (kind != null ? "para el " + kind + ", " : "") + (asked ? "necesitamos saber " : "añade ") + words;
            case DE -> (kind != null ? "bei dem " + kind + ", " : "") + (asked ? "wir müssen wissen, " + words : "bitte " + words + " hinzufügen");
            default -> (kind != null ? "for the " + kind + ", " : "") + (asked ? "we need to know " : "add ") + words;
        };
        return new RefineClause(plain);
    }

    /** "Is the repair under warranty?" → "we need to know whether the repair is under warranty", when the subject is a record kind. */
    private static RefineClause yesNo(RefineSession s, RefineClause c) {
        if (!c.orig.strip().endsWith("?") && (s.message == null || !s.message.contains(c.orig.strip() + "?") && !s.message.contains(c.orig.strip() + " ?"))) {
            return null;
        }
        String body = c.orig.replaceAll("[?¿¡\\s]+$", "").replaceAll("^[¿¡\\s]+", "");
        if (body.split("\\s+").length > 9 || body.contains(",")) {
            return null; // a long question tells a story; a short one asks for its yes/no field
        }
        RefineClause b = new RefineClause(body);
        if (RefineMentions.of(s, b).fields.stream().anyMatch(h -> h.full() && h.field().type() != org.toolsmith.spec.FieldType.REFERENCE)) {
            return null; // "is the order paid?" with a Paid field: about that field, left to its readers
        }
        Matcher m;
        switch (s.lang) {
            case EN -> {
                m = b.match(YESNO_EN);
                if (m.find() && kind(s, b.group(m, 2).orig)) {
                    String verb = m.group(1);
                    String rest = b.group(m, 3).orig;
                    if (verb.matches("does|do|did")) {
                        if (rest.matches("(?i)^(?:have|has)\\b.*")) {
                            return null; // "does the loan have a due date?" asks for the thing, not a yes/no
                        }
                        return new RefineClause("for the " + b.group(m, 2).orig + ", we need to know whether the " + b.group(m, 2).orig + " " + rest);
                    }
                    return new RefineClause("for the " + b.group(m, 2).orig + ", we need to know whether the " + b.group(m, 2).orig + " " + verb + " " + rest);
                }
            }
            case FR -> {
                m = b.match(YESNO_FR);
                if (m.find()) {
                    int g = m.group(2) != null ? 1 : 5;
                    if (kind(s, m.group(g + 1))) {
                        return new RefineClause("pour le " + b.group(m, g + 1).orig + ", on a besoin de savoir si " + b.group(m, g).orig + (m.group(g).endsWith("'") ? "" : " ")
                                + b.group(m, g + 1).orig + " " + b.group(m, g + 2).orig + " " + b.group(m, g + 3).orig);
                    }
                }
            }
            case ES -> {
                m = b.match(YESNO_ES);
                if (m.find() && kind(s, m.group(2))) {
                    return new RefineClause("para el " + b.group(m, 2).orig + ", necesitamos saber si " + body);
                }
            }
            case DE -> {
                m = b.match(YESNO_DE);
                if (m.find() && kind(s, m.group(3))) {
                    return new RefineClause("bei dem " + b.group(m, 3).orig + ", wir müssen wissen, ob " + b.group(m, 2).orig + " " + b.group(m, 3).orig + " " + b.group(m, 4).orig + " " + b.group(m, 1).orig);
                }
            }
            default -> {
            }
        }
        return null;
    }

    private static boolean kind(RefineSession s, String word) {
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, word);
        return e != null && e.score() >= 0.99;
    }
}

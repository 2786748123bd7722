package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A need said as a problem of not knowing, in four languages: "we lose track of who …", "it's impossible
 * to tell whether …", "accounts keep asking when …", "personne ne sait combien …", "aucun moyen de savoir
 * si …", "es imposible saber si …", "perdemos la pista de quién …", "man kann nicht erkennen, ob …", "uns
 * fehlt, wie viel …", and what people keep asking for ("les parents me réclament l'horaire", "los
 * clientes nos preguntan siempre por la hora", "die Mieter fragen ständig nach dem Termin"); and a
 * quantity asked as a question ("how many pupils can go at most?", "¿cuántas unidades lleva?"). The frame
 * is rewritten to the plain request the readers know ("we need to know …", "add …"). Matched on folded
 * text; a question word (or an article, for what is asked for) must follow the frame.
 */
final class NeedFrames {
    private record Frame(Pattern pattern, String lead) {
    }

    private static final String WH_EN = "(?=(?:who|whom|whose|when|whether|if|how|which|what|where)\\b)";
    private static final String WH_FR = "(?=(?:qui|quand|si|s'il|s'ils|s'elle|combien|quel|quelle|quels|quelles|ou|a quelle|de quel|pourquoi)\\b)";
    private static final String WH_ES = "(?=(?:quien|quienes|cuando|si|cuanto|cuanta|cuantos|cuantas|que|cual|cuales|donde|a quien|de quien|en que|por que)\\b)";
    private static final String WH_DE = "(?=(?:wer|wem|wen|wann|ob|wie|wieviel|welche\\w*|was|wo|bis wann|seit wann|warum)\\b)";
    private static final String OFTEN_EN = "(?:keep|keeps|kept|are always|is always|always|constantly|often|regularly|never stop)\\s+";
    private static final String OFTEN_FR = "(?:\\s+(?:sans arret|tout le temps|toujours|souvent|sans cesse|regulierement|constamment|en permanence|tous les jours))?";
    private static final String OFTEN_ES = "(?:\\s+(?:siempre|mucho|a menudo|constantemente|todo el rato|todo el tiempo|cada dos por tres|continuamente|a cada rato))?";
    private static final String OFTEN_DE = "(?:\\s+(?:standig|dauernd|immer wieder|immer|oft|andauernd|laufend|regelmassig|jedes mal))?";

    private static final List<Frame> FRAMES = List.of(
            // "we lose track of who reviewed it", "it's impossible to see when …", "accounts keep asking when …"
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:we|i|they|people|everyone|staff)\\s+(?:always\\s+|often\\s+|keep\\s+)?(?:lose|lost|losing|have lost)\\s+track\\s+of\\s+" + WH_EN), "we need to know "),
            new Frame(Pattern.compile("^(?:(?:it's|it is|it's just|it is just|it's really|it is really|but)\\s+)?(?:impossible|hard|difficult|tricky|not possible)\\s+to\\s+(?:see|know|tell|find out|work out|check|say)\\s+" + WH_EN), "we need to know "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?" + OFTEN_EN + "(?:asking|ask|asks|chasing|chase|chases)(?:\\s+(?:me|us|around|about))?\\s+" + WH_EN), "we need to know "),
            // "personne ne sait combien …", "aucun moyen de savoir si …", "on perd la trace de qui …"
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:personne ne sait|on ne sait|nous ne savons|je ne sais|on ignore|nul ne sait)(?:\\s+(?:jamais|pas|plus|pas toujours|jamais vraiment|pas vraiment))?\\s+" + WH_FR), "on a besoin de savoir "),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:(?:il n'y a|il n'existe|on n'a|nous n'avons)\\s+)?(?:aucun moyen|pas moyen|pas de moyen|impossible|difficile)\\s+de\\s+(?:savoir|voir|connaitre|retrouver|dire)\\s+" + WH_FR), "on a besoin de savoir "),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:on perd|nous perdons|on a perdu)\\s+(?:la trace|le fil|le suivi)\\s+(?:de\\s+|d')" + WH_FR), "on a besoin de savoir "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:me|nous|m')\\s*(?:demandent|demande|reclament|reclame|redemandent|posent la question de savoir)" + OFTEN_FR + "\\s+" + WH_FR), "on a besoin de savoir "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:me|nous|m')\\s*(?:demandent|demande|reclament|reclame|redemandent)" + OFTEN_FR.replaceAll("\\)\\?$", ")") + "\\s+(?=(?:le|la|les|l')\\s*\\S)"), "ajoute "),
            // "es imposible saber si …", "no hay manera de saber …", "perdemos la pista de quién …"
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:(?:es|resulta)\\s+)?(?:imposible|dificil|complicado)\\s+(?:saber|ver|averiguar|comprobar)\\s+" + WH_ES), "necesitamos saber "),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:no se puede|no podemos|no hay (?:manera|forma|modo) de|no tenemos (?:manera|forma|modo) de)\\s+(?:saber|ver|averiguar|comprobar)\\s+" + WH_ES), "necesitamos saber "),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:perdemos|se pierde|hemos perdido)\\s+(?:la pista|el rastro|el hilo)\\s+de\\s+" + WH_ES), "necesitamos saber "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:nos|me)\\s+(?:preguntan|pregunta|piden|pide|reclaman|reclama)" + OFTEN_ES + "\\s+(?:por\\s+)?" + WH_ES), "necesitamos saber "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:nos|me)\\s+(?:preguntan|pregunta|piden|pide|reclaman|reclama)" + OFTEN_ES.replaceAll("\\)\\?$", ")") + "\\s+(?:por\\s+)?(?=(?:el|la|los|las)\\s+\\S)"), "añade "),
            // "man kann nicht erkennen, ob …", "wir verlieren den Überblick, wann …", "uns fehlt, wie viel …", "keiner weiß, wie viele …"
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:man kann nicht|wir konnen nicht|man sieht nicht|es ist nicht|keiner kann|niemand kann)\\s+(?:erkennen|sehen|sagen|nachvollziehen|ersichtlich|erkennbar|nachvollziehbar|feststellen)\\s*,?\\s+" + WH_DE), "wir mussen wissen, "),
            new Frame(Pattern.compile("^(?:.{0,30}?\\b)?(?:wir verlieren|man verliert|wir haben)\\s+(?:den uberblick|keinen uberblick|keine ahnung)(?:\\s+(?:daruber|mehr))?\\s*,?\\s+" + WH_DE), "wir mussen wissen, "),
            new Frame(Pattern.compile("^(?:(?:uns|mir)\\s+fehlt(?:\\s+(?:noch|auch|bisher|leider))*|(?:keiner|niemand)\\s+weiss(?:\\s+(?:so genau|genau|mehr))?)\\s*,?\\s+" + WH_DE), "wir mussen wissen, "),
            new Frame(Pattern.compile("^(?:.{0,40}?\\b)?(?:fragen|fragt)" + OFTEN_DE + "\\s+(?:mich|uns)?\\s*,?\\s*" + WH_DE), "wir mussen wissen, "),
            // "do we know if the course is compulsory?", "can we see who …": a wish to know said as a question
            new Frame(Pattern.compile("^(?:and\\s+|so\\s+)?(?:do|did|can|could)\\s+(?:we|you|i)\\s+(?:actually\\s+|even\\s+|already\\s+)?(?:know|see|tell)\\s+" + WH_EN), "we need to know "));
    /** "what did it cost us", "was hat es gekostet", "was haben wir dafür bezahlt": the amount asked with "what" is a "how much". */
    private static final Pattern WHAT_COST = Pattern.compile("^[¿¡\\s]*(?:and\\s+|und\\s+)?(what|was)\\s+(?=(?:\\S+\\s+){0,5}?(?:cost|costs|costed|paid|pay|kostet|kosten|gekostet|bezahlt|gezahlt|zahlen)\\b)(?!(?:\\S+\\s+){0,5}?(?:for|fur|als|wie)\\s+(?:a|an|the|ein|eine|einen)\\b)");

    /** "à quelle date", "en qué fecha", "an welchem Tag" before a subject and its verb. */
    private static final Pattern ON_WHAT_DATE = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:(à|a) quelle date)|(en qu[ée] fecha)|(an welchem (?:tag|datum)))(?=\\s+(?:il|elle|ils|elles|on|le|la|les|l'|son|sa|ses|el|la|los|las|se|su|sus|er|sie|es|der|die|das|den|man|wir)\\b)");
    /** A kind in front of a wish: "for each customer we'd like …", "para cada cliente nos gustaría …", "bei jedem Auftrag möchten wir …". */
    private static final Pattern SCOPE = Pattern.compile("^(?:(?:for|on) (?:each|every)|pour chaque|para cada|en cada|bei jede[mnr]?|fur jede[nsr]?) ([\\w-]+)\\s*,?\\s+(?=\\S)");
    /** "… fragen ständig nach dem Termin": the thing asked for (dative made accusative for the readers). */
    private static final Pattern ASK_FOR_DE = Pattern.compile("^(?:.{0,40}?\\b)?(?:fragen|fragt)" + OFTEN_DE.replaceAll("\\)\\?$", ")") + "(?:\\s+(?:mich|uns))?\\s+nach\\s+(dem|der|den)\\s+(?=\\S)");
    /** A quantity asked as a question: "how many pupils can go at most?", "¿cuántas unidades …?", "wie viel hat … gekostet?" */
    private static final Pattern QUANTITY = Pattern.compile("^[¿¡\\s]*(?:and\\s+|et\\s+|y\\s+|und\\s+)?(?:for each [\\w-]+,?\\s+|pour chaque [\\w-]+,?\\s+|para cada [\\w-]+,?\\s+|bei jede[rmn]? [\\w-]+,?\\s+)?(?=(?:how many|how much|combien|cuantos|cuantas|cuanto|cuanta|wie viele|wie viel|wieviel)\\b)");

    /** A verb of adding after the question ("Combien d'enfants ? Ajoute ce champ"): the question is then left to it. */
    private static final Pattern ADD_AFTER = Pattern.compile("\\b(?:add|put|include|record|track|ajout\\w*|rajout\\w*|mets|mettre|anad\\w*|agreg\\w*|pon\\w*|apunt\\w*|hinzu\\w*|erganz\\w*|aufnehm\\w*|feld|field|champ|campo|rein)\\b");

    private NeedFrames() {
    }

    private static boolean addedAfter(RefineSession s, RefineClause c) {
        if (s.message == null) {
            return false;
        }
        int at = s.message.indexOf(c.orig.strip());
        return at >= 0 && ADD_AFTER.matcher(RefineText.fold(s.message.substring(at + c.orig.strip().length()))).find();
    }

    /** The clause with a frame of not knowing, of being asked, or of a quantity question rewritten to a plain request. */
    static RefineClause plain(RefineSession s, RefineClause c) {
        if (c == null || c.isEmpty()) {
            return c;
        }
        if (ON_WHAT_DATE.matcher(c.orig).find()) {
            // "à quelle date elle a été traitée" is "quand elle a été traitée": the date is named by what happened
            c = new RefineClause(ON_WHAT_DATE.matcher(c.orig).replaceAll(r -> r.group(1) != null ? "quand" : r.group(2) != null ? "cuándo" : "wann"));
        }
        Matcher front = c.match(SCOPE);
        if (front.find() && front.end() < c.text.length()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, c.group(front, 1).orig);
            RefineClause rest = c.from(front.end());
            RefineClause wished = WantFrames.plain(s, plain(s, rest));
            if (e != null && e.score() >= 0.99 && !wished.orig.equals(rest.orig)) {
                // "para cada cliente nos gustaría guardar su correo": the kind in front stays with what is asked
                String said = c.sub(0, front.end()).orig.strip().replaceAll(",$", "");
                int comma = wished.orig.indexOf(',');
                return new RefineClause(comma > 0 ? wished.orig.substring(0, comma) + " " + said + wished.orig.substring(comma) : wished.orig + " " + said);
            }
        }
        for (Frame f : FRAMES) {
            Matcher m = c.match(f.pattern());
            if (m.find() && m.end() < c.text.length() && !c.from(m.end()).text.matches("^(?:whether|if|si|ob)\\s+(?:we|they|you|i|one|people|on|nous|podemos|podriamos|wir|man)\\s+(?:could|can|may|might|would|pourrait|pourrions|peut|pouvons|konnen|konnten|kann|konnte)?\\b.*")) {
                // "… whether it is paid, and some customers pay ahead": the question ends at the next clause
                return new RefineClause(f.lead() + c.from(m.end()).orig.replaceFirst("(?iu),\\s+(?:and|but|so|et|mais|donc|y|pero|asi que|así que|und|aber|also|denn)\\s.*$", ""));
            }
        }
        Matcher de = c.match(ASK_FOR_DE);
        if (de.find()) {
            String article = switch (de.group(1)) {
                case "dem" -> "den";
                case "der" -> "die";
                default -> "die";
            };
            String rest = c.from(de.end()).orig.replaceAll("[.!?]+\\s*$", "");
            int comma = rest.indexOf(',');
            return new RefineClause("bitte " + article + " " + (comma > 0 ? rest.substring(0, comma) + " hinzufügen" + rest.substring(comma) : rest + " hinzufügen"));
        }
        Matcher what = c.match(WHAT_COST);
        if (what.find()) {
            // the question word made "how much" / "wie viel", the rest as typed
            String much = what.group(1).equals("what") ? "how much" : "wie viel";
            c = new RefineClause((c.sub(0, what.start(1)).orig + " " + much + " " + c.from(what.end(1)).orig).strip());
        }
        Matcher q = c.match(QUANTITY);
        if (q.find() && !addedAfter(s, c)) {
            String lead = switch (s.lang) {
                case FR -> "on a besoin de savoir ";
                case ES -> "necesitamos saber ";
                case DE -> "wir mussen wissen, ";
                default -> "we need to know ";
            };
            String scope = c.sub(0, q.end()).orig.replaceAll("^[¿¡\\s]+", "").strip().replaceAll(",$", "");
            return new RefineClause((scope.isEmpty() ? "" : scope + ", ") + lead + c.from(q.end()).orig.replaceAll("[?\\s]+$", ""));
        }
        return c;
    }
}

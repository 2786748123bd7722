package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A new field asked for by a need, a lack or a wish ({@link RefineGist}): the cue, then the words after it
 * up to the next clause, then the noun phrase that names the thing (English through {@link FieldPhrase},
 * French, Spanish and German from part-of-speech tags), added with the usual readers of items.
 */
final class GistPhrase {

    /** Cues of a need or a lack, in four languages (folded lower case); the thing follows them. */
    static final Pattern ADD_CUE = p("\\b(?:no (?:way|place|field|option|box|space)|if (?:we|i|you|they|people) could (?:also |just )?(?:record|note|log|keep|store|see|track|enter|capture|add|write down|have)|"
            + "(?:pediros|pedir|pediria|os pido|te pido|demander|vous demander|ask (?:you )?for|euch bitten um|bitten um)|"
            + "(?:field|box|column|champ|case|colonne|campo|casilla|columna|feld|textfeld|spalte) (?:for|pour|para|fur)|(?:will|wollen|mochte|mochten|muss|mussen|soll|sollen) (?:\\w+ )?(?:angeben|eintragen|erfassen|festhalten|notieren) konnen|nowhere|(?:never|don't|do not|can't|cannot|can never) (?:know|tell|see)|no idea|(?:just )?having|"
            + "(?:ne|n')\\w* (?:jamais|pas) (?:savoir|si)|(?:ne|n') (?:savons|savent|sait|sais) (?:jamais|pas)|(?:aucun|aucune|pas d'|pas de) (?:endroit|moyen|champ|place|case|zone)|nulle part|"
            + "(?:nunca|no) (?:sabemos|saben|se sabe|sabe)|ningun (?:sitio|campo|lugar|hueco)|"
            + "(?:nie|nicht) (?:wissen|weiss|wissen)|(?:wissen|weiss) (?:nie|nicht)|keine (?:stelle|feld|platz|ahnung)|nirgends|nirgendwo|somewhere (?:to|for)|(?:keep|keeps|kept|are|is|were|have been|has been) ask(?:ing|ed)|"
            + "(?:would|could|might|'d|will) (?:really |also |be )*(?:help|be (?:great|nice|good|useful|handy|helpful|ideal|brilliant|super|lovely|a big help))|"
            + "(?:need|needs|want|wants|would like|'d like|would love|'d love|require|requires|missing|lacking|wish)|(?:could|can) (?:we|you|i) (?:also |please )*(?:have|get|add|see|record|include|capture)|"
            + "(?:there's|there is|we have|we've got) no|we (?:don't|do not) have (?:a|any)|"
            + "(?:ca|ce) serait (?:bien|top|pratique|utile|super|genial)|j'aimerais|il faudrait pouvoir|on n'a pas de|nous n'avons pas de|"
            + "no tenemos (?:ningun|ninguna|un|una|donde)|echamos de menos|(?:nos )?vendria (?:bien|genial|estupendo)|queremos poder|"
            + "hatten (?:wir |ich )?gerne?|(?:wir|ich) wurden? (?:gerne?|uns freuen)|es gibt (?:kein|keine|keinen)|(?:wir haben|es gibt) keine moglichkeit|should (?:also |really )*(?:hold|have|show|include|record|store|carry|say|track|ask for)|"
            + "(?:il (?:nous )?|ce qui nous |ce qui |qui nous |nous )?manque(?:nt)?|il (?:nous )?faudrait|il (?:nous )?faut|aimerai(?:t|s|ent)|aimerions|voudrai(?:t|s|ent)|voudrions|souhaiterai(?:t|s)|"
            + "ce serait|c'est dommage|(?:aucun|pas de|pas) moyen|on ne peut pas|impossible d|n'appara\\w+ nulle part|besoin d|"
            + "(?:nos |me )?falta(?:n|ria|rian)?|hace falta|haria falta|(?:nos|me) gustaria|estaria|seria (?:muy |realmente |super |bastante )?(?:genial|util|bueno|ideal|estupendo|perfecto|practico)|no hay (?:manera|forma|sitio|donde|modo|campo)|necesit\\w+|quer(?:emos|ria|riamos)|quisi\\w+|"
            + "fehl(?:t|en)|(?:es )?(?:ware|waere|waer) (?:es )?(?:wirklich |sehr |echt |schon )?(?:super|gut|toll|praktisch|schon|hilfreich|klasse|prima|sinnvoll|wichtig)|brauch(?:en|t|e|ten)|hatten gern|keine (?:moglichkeit|chance)|es sollte|man sollte|sollte man|sollten wir|mochten)\\b");
    /** Cues that only say what people do not know ("we never know which desk …"). */
    private static final Pattern UNKNOWN = p("know|tell|see|idea|having|sav|sab|wiss|weiss|ahnung|ask");

    /** Where the words about the thing end: the next clause, a reason, a time. */
    private static final Pattern END = p("\\s*(?:[,;:.!?()]|\\s[-–—]\\s|\\b(?:because|since|so that|so|otherwise|as|when|whenever|which|who|where|but|and then|then|before|after|until|"
            + "somewhere|anywhere|quelque part|en algun sitio|en alguna parte|irgendwo|weil|damit|denn|sonst|dass|aber|sobald|parce que|car|pour que|pour|quand|lorsque|surtout|alors|sinon|mais|afin|porque|ya que|para que|para|cuando|asi que|pues|pero|sino|y luego|luego)\\b)");
    /** "each plot", "pour chaque choriste", "en cada visita", "bei jeder Ausleihe": the kind the thing goes on. */
    private static final Pattern SCOPE = p("\\b(?:each|every|per|for|on|chaque|pour|sur|cada|en|para|jede[rsmn]?|bei|beim|fur|pro|an|am|auf)\\s+(?:(?:the|all|our|les|la|le|l'|los|las|el|la ficha de|cada|den|dem|der|die|das|jede[rsmn]?)\\s+)*([\\w-]+)");
    /** Words that name no thing of their own: "the list", "la fiche", "das Formular". */
    private static final Pattern GENERIC = p("^(?:(?:the|a|an|this|that|one|only one|a single|le|la|les|l'|un|une|une seule|el|los|las|una|una sola|der|die|das|ein|eine|eine einzige)\\s+)?"
            + "(?:list|form|field|screen|app|page|thing|things|something|info|information|data|details?|liste|fiche|formulaire|champ|ecran|chose|quelque chose|lista|ficha|formulario|campo|cosa|cosas|algo|datos|formular|feld|maske|sache|sachen|etwas|angaben)$");
    /** "… of each bike", "… de chaque choriste", "… de cada mascota", "… jedes Werkzeugs": whose it is. */
    private static final Pattern OWNER_TAIL = p("\\s+(?:of|for|on|per|de|pour|para|en|von|bei|fur)\\s+(?:(?:(each|every|chaque|cada|jede[rsmn]?)|the|a|den|dem|der)\\s+)+([\\w-]+)$");
    /** "… and on what date …", "… et à quelle date …", "… y cuándo …", "… und wann …": a second thing asked. */
    private static final Pattern SECOND = p("\\s(?:and|et|y|und)\\s+((?:on|at|in|by|a|au|en|an|am|bis)\\s+)?(?:what|which|when|how|who|quelle|quel|quand|qui|combien|cuando|que|quien|cuanto|cuanta|wann|wer|welche\\w*|wie)\\b");

    private GistPhrase() {
    }

    /** Three or more short items after a colon, a dash or a bracket: "nom, pays et nombre de places". */
    private static final Pattern FIELD_LIST = p("(?:[:(–—-]|\\b(?:with|avec|con|mit))\\s*(?:[^,.;:()]{1,40},\\s*){1,}[^,.;:()]{1,40}\\s(?:and|et|y|e|und|or|ou|o|oder)\\s");
    private static final Pattern KIND_WORDS = p("\\b(?:each|every|per|for every|list of|table of|own|separate|a part|aparte|por separado|propia|chaque|pour chaque|liste|lista|tabla|tabelle|"
            + "eigene|cada|jede[rsmn]?|pro|several|plusieurs|varios|varias|mehrere)\\b");
    /** "Fürs Controlling wäre außerdem der Preis des Titels hilfreich": the thing between the verb and the praise (German). */
    private static final Pattern WOULD_HELP_DE = p("\\b(?:ware|waere|waren)\\s+(?:(?:ausserdem|auch|noch|zusatzlich|dann|uns|fur uns|es)\\s+)*((?:der|die|das|ein|eine|einen)\\s.{2,50}?)\\s+(?:sehr\\s+|wirklich\\s+|echt\\s+)?(?:hilfreich|gut|praktisch|wichtig|schon|super|toll|sinnvoll|nutzlich)\\b");
    /** What a lack cue names: "il manque les concessions de 10 ans", "the X is missing". */
    private static final Pattern LACK = p("\\b(?:missing|lacking|(?:il (?:nous )?|nous )?manque(?:nt)?|(?:nos |me )?falta(?:n)?|fehl(?:t|en)|not in the list|no aparece\\w*)\\b");

    /** Something that stopped being ("no … any more", "plus de", "ya no", "kein … mehr"). */
    private static final Pattern NO_LONGER = p("\\b(?:no\\s[^,.;:!?]{1,40}?\\s(?:any ?more|any longer)|no longer|(?:n'y a|n'avons|n'ont|n'a) plus|ya no (?:hay|tenemos|existe)|(?:gibt es|haben wir|gibt's) (?:kein\\w*|nicht)\\s[^,.;:!?]{0,40}?mehr)\\b");

    /** Adds the thing the sentence says is needed or missing; false when it names nothing clear. */
    static boolean add(RefineSession s, RefineClause c, RefineMentions named) {
        if (c.match(NO_LONGER).find()) {
            return false; // "there's no voucher anymore", "il n'y a plus de bon": a thing that ended is news, never a lack to fill
        }
        if (s.message != null && describesKind(new RefineClause(s.message))) {
            // "a list of our machines - asset number, name and line - with every NCR pointing at one": a new kind, which
            // this reading does not make; one field named after its head would be a guess that damages the spec
            return false;
        }
        Matcher help = c.match(WOULD_HELP_DE);
        if (s.lang == Lang.DE && help.find()) {
            RefineClause thing = GistNoun.nounPhrase(s, c.group(help, 1));
            if (thing != null && !exists(s, thing) && RefineItems.addAll(s, thing, scope(s, c), null)) {
                return true;
            }
        }
        // a wish or a lack first; "we never know which …" only when nothing is asked outright
        return add(s, c, named, false) || add(s, c, named, true);
    }

    /** Whether a field already has these words as its label ("le prix" when Prix exists; "the date of the decision" is new). */
    private static boolean exists(RefineSession s, RefineClause thing) {
        var said = new java.util.HashSet<>(RefineText.stems(thing.orig));
        return s.spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> !said.isEmpty() && said.equals(new java.util.HashSet<>(RefineText.stems(f.label()))));
    }

    /** A message that describes a record kind of its own: its fields listed after a colon or dash, and each / a list / its own. */
    static boolean describesKind(RefineClause m) {
        return m.match(FIELD_LIST).find() && m.match(KIND_WORDS).find();
    }

    /** The thing after a lack cue, or null. */
    static RefineClause lacking(RefineSession s, RefineClause c) {
        Matcher lack = c.match(LACK);
        if (!lack.find()) {
            return null;
        }
        RefineClause after = GistNoun.skip(c.from(lack.end()));
        Matcher end = after.match(END);
        RefineClause words = end.find(Math.min(1, after.text.length())) ? after.sub(0, end.start()) : after;
        return words.isEmpty() ? null : GistNoun.thing(s, words);
    }

    private static boolean add(RefineSession s, RefineClause c, RefineMentions named, boolean unknown) {
        Matcher cue = c.match(ADD_CUE);
        while (cue.find()) {
            if (UNKNOWN.matcher(cue.group()).find() != unknown) {
                continue;
            }
            RefineClause after = GistNoun.skip(c.from(cue.end()));
            String scoped = null;
            Matcher lead = after.match(SCOPE);
            if (lead.find() && lead.start() == 0 && RefineResolver.entity(s, after.group(lead, 1)) != null) {
                // "if each plot also showed …", "bei jeder Ausleihe auch …": the kind first, then the thing
                scoped = RefineResolver.entity(s, after.group(lead, 1)).key();
                after = GistNoun.skip(after.from(lead.end()));
            }
            Matcher end = after.match(END);
            RefineClause words = end.find(Math.min(1, after.text.length())) ? after.sub(0, end.start()) : after;
            Matcher upTo = c.from(cue.end()).match(END);
            boolean nothingAfter = GistNoun.skip(upTo.find() ? c.from(cue.end()).sub(0, upTo.start()) : c.from(cue.end())).isEmpty();
            if (nothingAfter && cue.group().matches("(?:missing|lacking|fehl(?:t|en))")) {
                // "the holder's email address is missing": the thing is the subject
                words = subject(c, cue.start());
            }
            if (c.from(cue.end()).text.matches("^\\s*(?:que|qu'|dass)\\s+(?!(?:el|la|los|las|le|les|un|une|una|der|die|das|ein|eine)\\b).*")) {
                // "necesitaríamos que aparezca como tipo": a clause about something else, not a thing
                continue;
            }
            Matcher two = words.match(SECOND);
            if (two.find() && two.start() > 0) {
                // "who the reviewer is and on what date we sent it": two things asked in one breath
                boolean first = one(s, c, words.sub(0, two.start()), scoped);
                boolean second = one(s, c, new RefineClause(words.from(two.start()).orig.replaceFirst("^\\s*\\S+\\s+", "")), scoped);
                if (first || second) {
                    return true;
                }
                continue;
            }
            if (one(s, c, words, scoped)) {
                return true;
            }
        }
        return false;
    }

    private static boolean one(RefineSession s, RefineClause c, RefineClause words, String scoped) {
        RefineClause thing = GistNoun.thing(s, words);
        if (thing == null || thing.isEmpty() || thing.match(GENERIC).matches()) {
            return false;
        }
        Matcher tail = thing.match(OWNER_TAIL);
        if (tail.find() && (RefineResolver.entity(s, thing.group(tail, 2)) != null || tail.group(1) != null)) {
            // "the frame number of each bike": whose it is, is the kind (or the record itself)
            Entity e = RefineResolver.entity(s, thing.group(tail, 2));
            scoped = scoped != null || e == null ? scoped : e.key();
            thing = thing.sub(0, tail.start());
        }
        if (exists(s, thing) || RefineResolver.entity(s, thing) != null) {
            // a field that exists, or the record kind itself ("le cocher dans la réservation"), is no new thing
            return false;
        }
        String kind = scoped != null ? scoped : scope(s, c);
        if (kind == null) {
            kind = owner(s, thing);
        }
        if (kind == null) {
            // a kind named in the words about the thing, not one named in the story around it
            kind = RefineGist.kind(s, RefineMentions.of(s, words));
        }
        if (thing.match(GistNoun.QUESTION).find()) {
            // "whether it has its own water butt or shares one": the first alternative names it
            thing = new RefineClause(thing.orig.replaceFirst("(?i)^((?:whether|si|ob)\\s.+?)\\s+(?:or|ou|o|oder)\\s+(?!not\\b|non\\b|no\\b|nicht\\b|pas\\b).*$", "$1")
                    // "on what date we sent it" is when we sent it
                    .replaceFirst("(?i)^(?:on|at) (?:what|which) (?:date|day)\\b", "when").replaceFirst("(?iu)^à quelle date\\b", "quand")
                    .replaceFirst("(?iu)^(?:en )?qu[ée] (?:fecha|día)\\b", "cuándo").replaceFirst("(?iu)^an welchem (?:tag|datum)\\b", "wann"));
            String ask = switch (s.lang) {
                case FR -> "on a besoin de savoir ";
                case ES -> "necesitamos saber ";
                case DE -> "wir müssen wissen, ";
                default -> "we need to know ";
            };
            s.clauseEntity = kind;
            if (RefineItems.addAll(s, thing, kind, null) || RefineAdditions.fields(s, new RefineClause(ask + thing.orig))) {
                return true;
            }
            return false;
        }
        if (plain(s, thing)) {
            // a noun phrase the tags found: the field it names, typed by the lexicon
            String label = RefineText.label(thing.orig);
            s.addField(RefineResolver.targetEntity(s, kind), label, RefineTypes.guess(s, label), List.of(), null);
            return true;
        }
        Matcher values = c.match(END_VALUES);
        if (values.find() && !thing.orig.contains("(") && RefineOptions.isValueList(values.group(1)) && RefineText.values(values.group(1)).size() >= 2) {
            // "the wing each patient sleeps in (East, West, Annex)": the values in brackets that close the sentence are the thing's
            thing = new RefineClause(thing.orig + " (" + c.group(values, 1).orig + ")");
        }
        return RefineItems.addAll(s, thing, kind, null);
    }

    /** A bracket of values that closes the sentence. */
    private static final Pattern END_VALUES = Pattern.compile("\\(([^()]{3,120})\\)[\\s.!]*$");

    /** One noun phrase in French, Spanish or German: no list, no question, no values. */
    private static boolean plain(RefineSession s, RefineClause thing) {
        return s.lang != Lang.EN && !thing.text.matches(".*(?:[,:(]|\\s(?:and|et|y|e|und|or|ou|o|oder)\\s).*") && !thing.match(GistNoun.QUESTION).find()
                && thing.text.split("\\s+").length <= 6;
    }

    /** The kind of a field the thing names in part ("the holder's email" → where Holder is). */
    private static String owner(RefineSession s, RefineClause thing) {
        RefineMentions in = RefineMentions.of(s, thing);
        return in.fields.isEmpty() ? null : in.fields.get(0).entity().key();
    }

    private static RefineClause subject(RefineClause c, int cueAt) {
        String before = c.sub(0, cueAt).orig.replaceAll("(?i)(?:\\s+(?:is|are|completely|totally|still|also|simply|noch|leider|uns|ist))+\\s*$", "");
        String[] parts = before.split("[,;:]");
        return new RefineClause(parts[parts.length - 1]);
    }

    /** The kind named after each / pour chaque / en cada / bei jeder in the sentence, if any. */
    static String scope(RefineSession s, RefineClause c) {
        Matcher m = c.match(SCOPE);
        while (m.find()) {
            Entity e = RefineResolver.entity(s, c.group(m, 1));
            if (e != null) {
                return e.key();
            }
        }
        return null;
    }
}

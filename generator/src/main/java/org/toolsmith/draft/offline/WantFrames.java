package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new field asked for inside a wish that someone else has, or that is said as how nice it would be,
 * in four languages: "the planners would like to know how many …", "matron asked that we note whether
 * …", "it would be great if we could see …", "ce serait pratique de pouvoir joindre une photo",
 * "tráfico querría saber el peso …", "der Beauftragte möchte sehen, wer …", "es wäre schön, einen
 * Grund festhalten zu können", "fürs Controlling wäre der Preis hilfreich". The frame is rewritten to
 * the plain request the other readers know ("we need to know …", "record …", "ajoute …", "necesitamos
 * saber …", "wir müssen wissen, …", "bitte … hinzufügen"). Words that only link sentences ("while
 * we're on it,", "par ailleurs,", "de paso,", "außerdem") go first. Matched on folded text.
 */
final class WantFrames {
    private record Frame(Pattern pattern, String know, String add, String attach) {
    }

    private static final Pattern LINKING = Pattern.compile(
            "^(?:(?:and|but)\\s+)?(?:while (?:we're|we are|i'm|i am|you're|you are) (?:on it|at it|in there)|by the way|separately|secondly|thirdly|lastly|on top of that|besides(?: that)?|in addition|one (?:more|last) thing"
                    + "|par ailleurs|autre chose|en revanche|par contre|d'autre part|de plus|en outre|au passage|dernier point"
                    + "|de paso|por otra parte|por otro lado|ademas|por cierto|aparte de eso|eso si|otra cosa"
                    + "|aus+erdem|zudem|dagegen|ubrigens|ach ja|ansonsten|zusatzlich|daneben)\\s*[,:;–—-]?\\s+(?=\\S)");

    /** Who wishes: a few words without a negation ("we don't need to track …" is no wish). */
    private static final String WHO = "(?:(?![^,.;:!?]*(?:\\b(?:not|never|no longer|ne|pas|plus|jamais|nunca|ya no|nicht|kein\\w*|nie)\\b|n't\\b))[^,.;:!?]{1,50}?\\s)?";
    private static final String EN_RECORD = "(?:note|jot|write|put)(?: down)?|make a note of|keep (?:a record|track) of|record|track|log|keep|capture|store|add|have|enter|fill in";
    private static final String FR_RECORD = "noter|indiquer|saisir|enregistrer|ajouter|avoir|preciser|renseigner|garder trace d[eu']?|mettre|joindre|inscrire";
    private static final String ES_RECORD = "registrar|apuntar|anotar|guardar|tener|anadir|indicar|subir|adjuntar|poner|meter";
    private static final String DE_RECORD = "festhalten|erfassen|angeben|eintragen|hinterlegen|speichern|dokumentieren|hochladen|notieren|sehen";

    private static final List<Frame> FRAMES = List.of(
            // "the transport planners would like to know how many …", "finance wants to see which …"
            new Frame(Pattern.compile("^" + WHO + "(?:would (?:also |really )?(?:like|love)|'d (?:also |really )?(?:like|love)|wants?|needs?|(?:have|has) asked|asked|are keen|is keen)(?: us)? to (?:(know|see|find out|check)|(" + EN_RECORD + ")|(attach|upload))\\b\\s*"),
                    "we need to know ", "record ", "attach "),
            // "matron asked that we note whether …", "they'd like us to record …"
            new Frame(Pattern.compile("^" + WHO + "(?:asked|have asked|has asked|would like|'d like|want|wants|need|needs|suggested|requested)(?: that we| us to| for us to| if we could| whether we could| if we can)(?: also)? (?:(see|know)|(" + EN_RECORD + ")|(attach|upload))\\b\\s*"),
                    "we need to know ", "record ", "attach "),
            // "it would also be great if we could see …", "it'd be handy to record …"
            new Frame(Pattern.compile("^(?:it|that)(?:'d| would)(?: also| really| just)? be (?:great|good|nice|helpful|useful|handy|brilliant|ideal|lovely|good to|really useful)(?: if we could| if we can| to be able to| if you could let us| to)(?: also)? (?:(see|know)|(" + EN_RECORD + ")|(attach|upload))\\b\\s*"),
                    "we need to know ", "record ", "attach "),
            // "ce serait pratique de pouvoir joindre une photo", "il serait utile de savoir si …"
            new Frame(Pattern.compile("^(?:ce serait|ca serait|il serait|c'est|ce sera|ce qui serait)(?: vraiment| tres)? (?:bien|pratique|utile|super|genial|top|interessant|important|bon|precieux)(?: aussi| egalement)? (?:de |d')(?:pouvoir )?(?:(savoir|voir|connaitre)|(" + FR_RECORD + "))\\b\\s*"),
                    "on a besoin de savoir ", "ajoute ", null),
            // "la cantinière voudrait noter …", "on aimerait pouvoir savoir qui …"
            new Frame(Pattern.compile("^" + WHO + "(?:voudrait|voudraient|aimerait|aimeraient|souhaite|souhaitent|souhaiterait|souhaiteraient|aimerions|voudrions)(?: bien| aussi| egalement| donc)? (?:pouvoir )?(?:(savoir|voir|connaitre)|(" + FR_RECORD + "))\\b\\s*(?!.*:)"),
                    "on a besoin de savoir ", "ajoute ", null),
            // "tráfico querría saber el peso …", "nos gustaría ver …"
            new Frame(Pattern.compile("^" + WHO + "(?:querria|querrian|quiere|quieren|quisiera|quisieran|le gustaria|les gustaria|nos gustaria|me gustaria|necesitaria|necesitarian|necesitariamos|agradeceria|agradeceriamos)(?: tambien| ademas)? (?:poder )?(?:(saber|ver|conocer)|(" + ES_RECORD + "))\\b\\s*(?!.*:)(?!cada\\b)"),
                    "necesitamos saber ", "anade ", null),
            // "sería genial poder apuntar …", "nos vendría bien saber …"
            new Frame(Pattern.compile("^(?:seria|nos vendria|vendria|nos iria)(?: muy)? (?:genial|util|bien|estupendo|perfecto|de ayuda|bueno|interesante|importante)(?: tambien)? (?:poder )?(?:(saber|ver|conocer)|(" + ES_RECORD + "))\\b\\s*(?!.*:)(?!cada\\b)"),
                    "necesitamos saber ", "anade ", null),
            // "lo que sí nos interesa, para la memoria anual, es saber cuántos …", "aprovecho para pediros la fecha …"
            new Frame(Pattern.compile("^(?:lo que (?:si |de verdad |realmente )?(?:nos interesa|necesitamos|queremos|nos falta)(?:\\s*,[^,]{1,40},)? es (?:(saber|ver) )?|aprovecho para (?:pediros|pedir|pedirte|pediros tambien|solicitar) ())"),
                    "necesitamos saber ", "anade ", null),
            // asked by someone else, or forgotten: "on nous a demandé de noter …", "faudrait ajouter …", "on a oublié le prix …"
            new Frame(Pattern.compile("^(?:on nous (?:a )?demande|on m'a demande|l'on nous (?:a )?demande|il nous faudrait|il faudrait|faudrait|il faut|faut)(?: aussi| egalement| donc| bien| encore)?"
                    + " (?:de |d')?(?:pouvoir )?(?:(savoir|connaitre)|(noter|indiquer|saisir|enregistrer|ajouter|renseigner|inscrire|preciser|garder trace d[eu']?|prevoir|suivre))\\b\\s*(?:aussi\\s+|egalement\\s+)?"),
                    "on a besoin de savoir ", "ajoute ", null),
            new Frame(Pattern.compile("^(?:on a|on avait|nous avons|j'ai|vous avez|tu as)(?: completement| encore| aussi)? oublie (?:(?:de )?())?(?=(?:le|la|les|l'|un|une|des|du)\\b)"),
                    "ajoute ", "ajoute ", null),
            // "nos han pedido que apuntemos …", "nos piden registrar …", "se nos olvidó el número …"
            new Frame(Pattern.compile("^(?:nos (?:han )?pedido|nos piden|nos pidieron|me (?:han )?pedido|me piden|me pidieron)(?: que)?(?: tambien| ademas)? (?:(saber|conocer)|("
                    + ES_RECORD + "|registremos|apuntemos|anotemos|guardemos|pongamos|indiquemos|anadamos|metamos))\\b\\s*(?:tambien\\s+|ademas\\s+)?"),
                    "necesitamos saber ", "anade ", null),
            new Frame(Pattern.compile("^(?:se (?:nos|me|os) (?:ha )?olvid(?:o|ado|aron|ado)|(?:nos|me) (?:hemos |he )?olvid(?:amos|ado|e) de|olvidamos|hemos olvidado|he olvidado)(?: completamente| tambien)?\\s+()(?=(?:el|la|los|las|un|una|lo de)\\b)"),
                    "anade ", "anade ", null),
            // "we forgot the price per kilo", "you've forgotten to add the …"
            new Frame(Pattern.compile("^(?:we|i|you)(?:'ve| have)? (?:forgot|forgotten)(?: about)?(?: to (?:add|include|record|put in|ask for))?\\s+()(?=(?:the|a|an|our|any)\\b)"),
                    "add ", "add ", null),
            // "der Beauftragte möchte sehen, wer …", "wüsste das Welcome Centre gern, ob …", "will angeben können, bis wann …"
            new Frame(Pattern.compile("^" + WHO + "(?:mochte|mochten|will|wollen|wurde|wurden|wusste|wussten)\\b[^,.;:]{0,50}?\\b(?:sehen|wissen|erfahren|gern|gerne|konnen)\\s*,\\s*(?=(?:wer|wann|ob|wie|was|welche\\w*|bis wann|wo|warum|weshalb)\\b)()"),
                    "wir mussen wissen, ", null, null));

    /** "es wäre schön, einen Ablehnungsgrund festhalten zu können": the thing between the frame and its verb. */
    private static final Pattern DE_NICE = Pattern.compile("^es ware (?:auch |aus+erdem |noch )?(?:schon|gut|super|hilfreich|praktisch|toll|wichtig|sinnvoll|klasse|prima)\\s*,?\\s+(?:wenn (?:wir|man) )?(.{2,60}?)\\s+(?:" + DE_RECORD + ")\\s+(?:zu\\s+)?(?:konnen|konnten|konnte|durfen)\\b");
    /** "fürs Controlling wäre außerdem der Preis hilfreich", "der Preis wäre auch gut": the thing said to be helpful. */
    private static final Pattern DE_HELPFUL = Pattern.compile("^(?:(?:fur|furs|zur|zum|fur die|fur den|fur das)\\s+[^,]{1,40}?\\s+)?ware\\s+(?:(?:aus+erdem|auch|noch|zusatzlich|sehr|wirklich)\\s+)*(.{2,60}?)\\s+(?:hilfreich|gut|praktisch|schon|wichtig|sinnvoll|super|nutzlich)\\b");
    private static final Pattern DE_HELPFUL_FIRST = Pattern.compile("^((?:der|die|das|ein|eine|einen)\\s+.{2,60}?)\\s+ware\\s+(?:(?:aus+erdem|auch|noch|zusatzlich|sehr|wirklich)\\s+)*(?:hilfreich|gut|praktisch|schon|wichtig|sinnvoll|super|nutzlich)\\b");
    /** "… hätte gern die E-Mail-Adresse", "die Trainer hätten gern die Dauer": the thing wished for. */
    private static final Pattern DE_WOULD_HAVE = Pattern.compile("^" + WHO + "(?:hatte|hatten)\\s+(?:[^,]{0,40}?\\s)?(?:gern|gerne)\\s+(?:noch\\s+|auch\\s+)?(?=(?:der|die|das|den|dem|ein|eine|einen)\\b)");

    /** "wir haben die Anzahl vergessen", "wir sollen jetzt auch die Anzahl erfassen", "man hat uns gebeten, die Anzahl zu erfassen". */
    private static final Pattern DE_ASKED = Pattern.compile("^(?:(?:wir|ich) (?:haben|habe|hatten|hatte)|ihr habt|du hast|(?:wir|ich) (?:sollen|soll|sollten|sollte|mussen|muss)"
            + "|man hat (?:uns|mich) gebeten\\s*,|(?:wir|ich) (?:wurden|wurde|sind|bin) gebeten\\s*,)\\s+(?:(?:ab jetzt|jetzt|nun|kunftig|auch|noch|leider|ganz|zusatzlich|aus+erdem|bitte)\\s+)*"
            + "((?:der|die|das|den|dem|ein|eine|einen)\\s+.{2,60}?)\\s+(?:(?:mit\\s+)?(?:zu\\s+)?(?:" + DE_RECORD + "|vergessen|aufnehmen|mit aufnehmen|mitfuhren|fuhren)|zu (?:" + DE_RECORD + "|fuhren))\\b[.!]?");

    private WantFrames() {
    }

    /** The clause with its linking words and its frame of wishing rewritten to a plain request. */
    static RefineClause plain(RefineSession s, RefineClause c) {
        if (c == null || c.isEmpty()) {
            return c;
        }
        Matcher linking = c.match(LINKING);
        if (linking.find() && linking.end() < c.text.length()) {
            c = c.from(linking.end());
        }
        for (Frame f : FRAMES) {
            Matcher m = c.match(f.pattern());
            if (!m.find()) {
                continue;
            }
            String rest = c.from(m.end()).orig;
            if (rest.isBlank()) {
                return c;
            }
            String lead = m.group(1) != null ? f.know() : m.groupCount() >= 3 && m.group(3) != null && f.attach() != null ? f.attach()
                    : f.add() != null ? f.add() : f.know();
            return new RefineClause(lead + rest);
        }
        Matcher nice = c.match(DE_NICE);
        if (nice.find()) {
            return new RefineClause("bitte " + c.group(nice, 1).orig + " hinzufügen " + c.from(nice.end()).orig.strip());
        }
        Matcher helpful = c.match(DE_HELPFUL);
        if (!helpful.find()) {
            helpful = c.match(DE_HELPFUL_FIRST);
            if (!helpful.find()) {
                helpful = null;
            }
        }
        if (helpful != null) {
            return new RefineClause("bitte " + c.group(helpful, 1).orig.replaceFirst("(?i)^der\\s", "den ") + " hinzufügen " + c.from(helpful.end()).orig.strip());
        }
        Matcher asked = c.match(DE_ASKED);
        if (asked.find()) {
            return new RefineClause("bitte " + c.group(asked, 1).orig + " hinzufügen " + c.from(asked.end()).orig.strip());
        }
        Matcher have = c.match(DE_WOULD_HAVE);
        if (have.find() && have.end() < c.text.length()) {
            String rest = c.from(have.end()).orig.replaceAll("[.!]+$", "");
            int comma = rest.indexOf(',');
            return new RefineClause("bitte " + (comma > 0 ? rest.substring(0, comma) + " hinzufügen" + rest.substring(comma) : rest + " hinzufügen"));
        }
        return c;
    }
}

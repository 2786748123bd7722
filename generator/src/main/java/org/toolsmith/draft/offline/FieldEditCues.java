package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Edits of an existing field said the way people talk about their own words and habits ({@link GistEdits}):
 * a new name said by contrast or as what the field is called ("we say vendor here, not supplier", "on dit
 * cuisinier, pas chef", "aquí lo llamamos técnico, no mecánico", "bei uns heißt das nicht Fahrer, sondern
 * Nutzer", "'Received on' is really called drop-off date", "label the mechanic as technician"), and a type
 * said by what people do with the field ("people paste a link there", "on joint le fichier", "las subimos
 * como archivo", "wir hängen ihn an", "on coche plusieurs cases", "mehrere ankreuzen").
 */
final class FieldEditCues {
    private static final String NAME = "[\"'«„“]?([\\p{L}][\\p{L}\\d'’-]*(?:\\s+[\\p{L}\\d'’-]+){0,2}?)[\"'»“”]?";
    private static final String STOP = "(?=\\s*(?:$|[,.;:!?)]|\\s(?:too|as well|also|aussi|auch|tambien|here|ici|aqui|hier|in|at|on|by|for|chez|dans|en|pour|bei|im|fur|von|then|and|so|et|y|und|da|weil|because|porque|parce)\\b))";
    /** "we say Y (here), not X", "on dit Y, pas X", "lo llamamos Y, no X", "wir sagen Y, nicht X": the first name is the new one. */
    private static final Pattern SAY_NOT = p("\\b(?:say|says|call (?:it|them|that|this)?|calls (?:it|them)?|name (?:it|them)?|write|dit|disons|disent|appel\\w*(?: (?:ca|ce champ))?|decimos|dicen|llam\\w*|sag\\w*|nenn\\w*)\\s+"
            + NAME + "\\s*(?:(?:here|ici|aqui|hier|chez nous|in the shop|at work)\\s*)?[,;-]?\\s*(?:and |et |y |und )?(?:not|never|pas|jamais|no|nunca|nicht|nie|rather than|instead of|plutot que|au lieu de|en vez de|en lugar de|statt|anstatt)\\s+"
            + "(?:(?:the|le|la|l'|el|los|las|der|die|das)\\s*)?" + NAME + STOP);
    /** "nicht X, sondern Y", "not X but Y", "pas X mais Y", "no X sino Y": the second name is the new one. */
    private static final Pattern NOT_BUT = p("\\b(?:not|pas|no|nicht)\\s+(?:(?:the|le|la|l'|el|los|las|der|die|das)\\s*)?" + NAME + "\\s*,?\\s+(?:but|mais|sino|sondern)\\s+(?:(?:the|le|la|l'|el|los|las|der|die|das)\\s*)?" + NAME + STOP);
    /** "it's not X, it's Y", "ce n'est pas X, c'est Y", "no es X, es Y", "das ist nicht X, das ist Y": the second name is the new one. */
    private static final Pattern NOT_IS = p("\\b(?:not|pas|no|nicht)\\s+(?:(?:es|son)\\s+)?(?:(?:the|le|la|l'|el|los|las|der|die|das)\\s*)?" + NAME + "\\s*[,;:]\\s*(?:it's|it is|its|they're|they are|c'est|ce sont|es|son|das ist|das sind|sondern)\\s+(?:really\\s+|en fait\\s+|en realidad\\s+|eigentlich\\s+)?(?:(?:the|a|an|le|la|un|une|el|una|der|die|das|ein|eine)\\s+|l')?" + NAME + STOP);
    /** "X is (really) called Y", "X s'appelle Y chez nous", "X se llama Y aquí", "X heißt bei uns Y", "label X as Y", "the label should read Y". */
    private static final Pattern CALLED = p("\\b(?:(?:is|are) (?:really |actually |usually |always )?(?:called|known as|named)|(?:everyone|everybody|we|people) (?:calls?|names?) (?:it|them)|label(?:led)? (?:it |them |this |that )?as|label should (?:read|say)|label (?:to )?(?:read|say)s?|label (?:it|them|this|that)|relabel (?:it|them)?(?: as)?|"
            + "s'appelle(?:nt)?(?: (?:en fait|chez nous|ici))?|on (?:l'|les )?appelle|se llama(?:n)?(?: (?:aqui|en realidad))?|lo llamamos|la llamamos|heisst (?:bei uns|hier|eigentlich)|heissen (?:bei uns|hier|eigentlich)|nennen (?:wir )?(?:es|das|ihn|sie))\\s+"
            + "(?:(?:just|simply|juste|simplement|simplemente|einfach)\\s+)?" + NAME + STOP);

    /** What people do with a file: attach, upload, scan, join, subir, adjuntar, anhängen, hochladen. */
    private static final Pattern FILE_USE = p("\\b(?:attach\\w*|upload\\w*|scan (?:it|them|in)|scanned|(?:send|sends|sent|get|receive) (?:us )?(?:the |a )?(?:scan|pdf|photo)|as a (?:file|pdf)|take a (?:photo|picture)|"
            + "joint|joindre|joignons|joignent|fichier|televers\\w*|scann\\w*|le scan|en pdf|"
            + "subimos|suben|subir|sube|adjunt\\w*|archivo|escane\\w*|"
            + "hang\\w* (?:ihn|sie|es|das|den|die) (?:\\S+ )?an|anhang\\w*|hochlad\\w*|einscann\\w*|datei)\\b");
    /** "people paste a link there", "une vraie adresse web", "pegan el enlace", "den Link einfügen". */
    private static final Pattern URL_USE = p("\\b(?:(?:paste\\w*|copy\\w*|put|colle\\w*|copie\\w*|mett\\w*|pega\\w*|copia\\w*|pone\\w*|einfug\\w*|kopier\\w*|setz\\w*)\\b.{0,30}\\b(?:links?|urls?|liens?|enlaces?|web ?address)|"
            + "(?:clickable|proper|real|vrai|de verdad|richtige[rn]?|klickbare[rn]?) (?:links?|urls?|liens?|enlaces?)|urls?|web ?address(?:es)?|adresse web|direccion web|webadresse)\\b");
    /** "tick several", "on coche plusieurs cases", "se pueden marcar varias", "mehrere ankreuzen". */
    private static final Pattern SEVERAL = p("\\b(?:(?:tick|pick|choose|select|check)\\w* (?:several|more than one|multiple|a few|all that apply)|several (?:can|may) (?:apply|be (?:ticked|picked|chosen))|more than one (?:at (?:a|the same) time|can apply)|"
            + "coch\\w* plusieurs|plusieurs (?:cases|choix|valeurs|a la fois)|choisir plusieurs|"
            + "marcar vari[oa]s|elegir vari[oa]s|varias (?:a la vez|opciones)|varios a la vez|"
            + "mehrere (?:ankreuzen|auswahlen|wahlen|gleichzeitig|anklicken)|mehrere .{0,20}(?:gehen|moglich))\\b");
    private static final Pattern YES_NO_OPTIONS = p("^(?:yes|no|oui|non|si|ja|nein|not asked|n/a|unknown|maybe|peut-etre|quizas|vielleicht|inconnu|desconocido|unbekannt|pas demande|no preguntado|nicht gefragt|\\?)$");

    /** "it's either A, B or C", "can be A, B or C", "c'est soit A, soit B", "puede ser A, B o C", "entweder A, B oder C". */
    private static final Pattern ONE_OF = p("\\b(?:either|can (?:be|say)|could be|is one of|are one of|soit|peut etre|peuvent etre|puede ser|pueden ser|o bien|entweder|(?:kann|konnen) (?:nur )?(?:sein|lauten)\\s*:?)\\s+");
    /** "…, nothing else", "c'est tout", "nada más", "sonst nichts", "from now on": the list is the whole set. */
    private static final Pattern WHOLE_SET = p("[,;.\\s-]+(?:nothing else|that's it|that is it|and that's all|from now on|rien d'autre|c'est tout|et c'est tout|desormais|nada mas|eso es todo|y ya|a partir de ahora|sonst nichts|mehr nicht|das wars|ab jetzt)\\b.*$");

    private FieldEditCues() {
    }

    /** The whole set of values of a choice field said with "either" or "can be"; true when it changed. */
    static boolean oneOf(RefineSession s, RefineClause c, RefineMatcher.FieldRef field) {
        Field f = field.field();
        Matcher m = c.match(ONE_OF);
        if (!f.type().hasOptions() || !m.find()) {
            return false;
        }
        String rest = c.from(m.end()).orig;
        Matcher whole = new RefineClause(rest).match(WHOLE_SET);
        boolean all = whole.find();
        RefineClause r = new RefineClause(rest);
        String list = all ? r.sub(0, whole.start()).orig : rest.replaceAll("(?s)[.;!?].*$", "");
        List<String> values = RefineText.values(list.replaceAll("\\bsoit\\s+", "").replaceAll("(?i)\\s+(?:entweder|oder)\\s+", ", "));
        if (values.size() < 2 || values.size() > 8 || values.stream().anyMatch(v -> v.split("\\s+").length > 4 || labelled(s, v) != null)) {
            return false;
        }
        long kept = values.stream().filter(v -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(v)))).count();
        if (kept == 0 && !all) {
            return false;
        }
        List<String> now = values.stream().map(v -> f.options().stream().filter(o -> RefineText.fold(o).equals(RefineText.fold(v))).findFirst().orElse(v)).toList();
        if (now.equals(f.options())) {
            return false;
        }
        s.setOptions(field.entity().key(), f.key(), now);
        return true;
    }

    /** A new name said by contrast or as what the field is called; true when one was given. */
    static boolean rename(RefineSession s, RefineClause c, RefineMatcher.FieldRef field) {
        Matcher m = c.match(SAY_NOT);
        if (m.find() && renameEither(s, c.group(m, 2).orig, c.group(m, 1).orig)) {
            return true;
        }
        m = c.match(NOT_BUT);
        if (m.find() && renameEither(s, c.group(m, 1).orig, c.group(m, 2).orig)) {
            return true;
        }
        m = c.match(NOT_IS);
        if (m.find() && renameEither(s, c.group(m, 1).orig, c.group(m, 2).orig)) {
            return true;
        }
        m = c.match(CALLED);
        if (field != null && m.find()) {
            String fresh = c.group(m, 1).orig.strip();
            if (fresh(s, fresh) && !RefineText.fold(fresh).matches("(?:it|them|this|that|so|like|as|ainsi|comme|asi|como|so|wie|es|das)\\b.*")) {
                s.rename(field.entity().key(), field.field().key(), RefineText.capitalize(fresh));
                return true;
            }
        }
        return false;
    }

    /** Renames the field labelled {@code old} to {@code fresh}, when the old name is a field and the new one is not. */
    private static boolean renameEither(RefineSession s, String old, String fresh) {
        RefineMatcher.FieldRef f = labelled(s, old);
        if (f == null || !fresh(s, fresh)) {
            return false;
        }
        s.rename(f.entity().key(), f.field().key(), RefineText.capitalize(fresh.strip()));
        return true;
    }

    /** The field whose label (or its last word) these words are. */
    static RefineMatcher.FieldRef labelled(RefineSession s, String words) {
        String w = RefineText.fold(RefineText.unquote(words)).strip();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                String l = RefineText.fold(f.label()).strip();
                if (l.equals(w) || RefineText.sameWord(l, w)) {
                    return new RefineMatcher.FieldRef(e, f, 1);
                }
            }
        }
        return null;
    }

    private static boolean fresh(RefineSession s, String name) {
        String n = RefineText.fold(RefineText.unquote(name)).strip();
        return !n.isEmpty() && n.split("\\s+").length <= 3 && labelled(s, name) == null && !RefineText.STOP.contains(n);
    }

    /** "pouvoir joindre une photo", "attach a scan": an indefinite thing after the cue is something new, not the field. */
    private static boolean newThing(RefineClause c, Pattern cue) {
        Matcher m = c.match(cue);
        while (m.find()) {
            if (c.text.substring(m.end()).matches("(?s)^\\s*(?:an?|une?|des|some|unos|unas|una?|ein\\w*|noch ein\\w*|another|otro|otra|autre)\\s.*")) {
                return true;
            }
        }
        return false;
    }

    /** A type said by what people do with the field named in the sentence; true when it changed. */
    static boolean retype(RefineSession s, RefineClause c, RefineMatcher.FieldRef field, int at) {
        Field f = field.field();
        if (at < 0 || f.type() == FieldType.REFERENCE) {
            return false;
        }
        FieldType to = null;
        List<String> options = f.options();
        boolean textual = f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT;
        if (textual && c.match(FILE_USE).find() && !newThing(c, FILE_USE)) {
            to = FieldType.FILE;
        } else if (textual && c.match(URL_USE).find() && !newThing(c, URL_USE)) {
            to = FieldType.URL;
        } else if (f.type() == FieldType.CHOICE && c.match(SEVERAL).find()) {
            to = FieldType.MULTI_CHOICE;
        } else if (textual && c.match(SEVERAL).find()) {
            List<String> values = GistOptions.values(c, f);
            if (values.size() >= 2) {
                to = FieldType.MULTI_CHOICE;
                options = values;
            }
        } else if (f.type() == FieldType.CHOICE && c.match(RefineCues.BOOLEAN).find()
                && f.options().stream().allMatch(o -> YES_NO_OPTIONS.matcher(RefineText.fold(o).strip()).matches())) {
            // "ja/nein als Auswahl ist umständlich, ein Häkchen reicht": a choice of yes and no is a tick box
            to = FieldType.BOOLEAN;
            options = List.of();
        }
        if (to == null || to == f.type()) {
            return false;
        }
        s.setType(field.entity().key(), f.key(), to, to.hasOptions() ? options : List.of(), null);
        return true;
    }
}

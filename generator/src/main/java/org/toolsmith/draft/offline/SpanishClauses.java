package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish clause structures for {@link NativeClauses}: impersonal wishes ("que se pueda indicar X", "hace
 * falta X", "se echa en falta X"), clitics and topics in front ("la tabla de X no la usamos, quitadla",
 * "a los X añadidles …"), "X, que sea Y", remarks and purposes after an edit. Matching is on the folded text.
 */
final class SpanishClauses {
    private SpanishClauses() {
    }

    static final String ES_RECORD = "(?:indicar|poner|apuntar|anotar|registrar|guardar|meter|anadir|agregar|incluir|introducir|especificar|marcar|rellenar|escribir|meter|saber|ver|consignar)";

    static final String ES_FILE = "(?:adjuntar|subir|escanear|cargar|anexar)";

    /** "que se pueda indicar X", "que se puedan subir fotos", "hace falta poder guardar X", "estaría bien poder apuntar X". */
    static final Pattern ES_CAN = Pattern.compile("^(?:(?:y|pero|ah|oye|bueno)\\s*,?\\s+)?(?:(?:que\\s+)?se\\s+pueda[n]?|(?:hace falta|haria falta|necesitamos|queremos|quisieramos|estaria bien|seria (?:bueno|util|genial|ideal)|convendria|me gustaria|nos gustaria|tendriamos que|habria que|hay que)\\s+poder)\\s+(?:tambien\\s+)?"
            + "(" + ES_RECORD + "|" + ES_FILE + ")\\s+(?:tambien\\s+)?(.+)$");

    /** "hace falta un campo para la firma", "un campo para X": asking for a field by what it holds. */
    static final Pattern ES_FIELD_FOR = Pattern.compile("^(?:(?:y|pero|ah|oye|bueno)\\s*,?\\s+)?(?:hace falta|haria falta|falta|necesitamos|queremos|pon(?:ed)?|anade|anadid)\\s+(?:tambien\\s+)?(?:un|otro)\\s+(?:campo|hueco|apartado|sitio)\\s+(?:para|donde (?:poner|apuntar|indicar))\\s+(.+)$");

    static final Pattern ES_KNOW = Pattern.compile("^(?:(?:y|pero|ah|oye|bueno)\\s*,?\\s+)?(?:hace falta|haria falta|falta)\\s+(?:tambien\\s+)?saber\\s+(?=(?:quien|cuando|cuanto|cuanta|cuantos|cuantas|si|por que|donde|como|que)\\b)");

    /** "el limpiador, que sea una persona …": the wish said with a subjunctive after the thing. */
    static final Pattern ES_THAT_BE = Pattern.compile("^(?:(?:y|pero)\\s+)?((?:el|la|los|las)\\s+[^,]{2,40}?)\\s*,?\\s*que\\s+(?:se\\s+)?(?:sea|sean|pase a ser|pasen a ser|quede|queden)\\s+(?:como\\s+)?(.+)$");

    static final Pattern ES_FILE_REASON = Pattern.compile("^que\\s+(?:(?:la|lo|las|los|se)\\s+)?(?:escane|sub|adjunt|fotograf|manda|envia)\\w*\\b"
            + "|^que\\s+(?:suele|suelen|normalmente|siempre|casi siempre)?\\s*(?:ser|es|son|viene|vienen|llega|llegan)\\s+(?:en\\s+)?(?:un|una)?\\s*(?:pdf|archivo|fichero|documento escaneado|escaneo|foto|imagen)\\b");

    /** "en el tipo añadid baja médica y permiso", "pour le type, ajoute X": values for a choice field named in front. */
    static final Pattern ES_SCOPED_VALUES = Pattern.compile("^(?:(?:y|pero)\\s+)?(?:en|para)\\s+(?:el|la|los|las)\\s+([\\w -]{2,30}?)\\s*,?\\s+(?:anade|anadid|anadir|agrega|agregad|pon|poned|mete|meted|incluye|incluid|hay que anadir)\\s+(?:tambien\\s+)?(.+)$");

    /** "cambiad 'Desde' a 'Primer día'": a new name in quotes. */
    static final Pattern ES_RENAME = Pattern.compile("^(?:(?:y|pero)\\s+)?cambia[dr]?\\s+(?:el nombre de\\s+)?(['\"«][^'\"»]+['\"»](?:\\s+y\\s+['\"«][^'\"»]+['\"»])?)\\s+(?:a|por)\\s+(['\"«][^'\"»]+['\"»](?:\\s+y\\s+['\"«][^'\"»]+['\"»])?)$");

    static final Pattern ES_DATIVE = Pattern.compile("^(?:(?:y|pero)\\s+)?(a\\s+(?:los|las|el|la)\\s+[\\w-]+|al\\s+[\\w-]+)\\s+((?:anadid|anade|poned|pon|agregad|agrega|meted|mete|quitad|quita|incluye|incluid)(?:le|les)?)\\b\\s*");

    static final Pattern ES_SCOPE = Pattern.compile("^(?:(?:y|pero)\\s+)?(?:en|para|a)\\s+((?:el|la|los|las|cada)\\s+[\\w-]+)\\s*,?\\s+(?=\\S)");

    /** "se echa en falta X", "estaría bien tener X", "vendría bien apuntar X": a wish for a field. */
    static final Pattern ES_WISH = Pattern.compile("^(?:(?:y|pero|ah|oye|bueno|ademas|tambien)\\s*,?\\s+)?(?:se\\s+echa[n]?\\s+(?:en falta|de menos)|echamos\\s+(?:en falta|de menos)|(?:nos\\s+|me\\s+)?(?:estaria|vendria|seria|quedaria)\\s+(?:muy\\s+)?(?:bien|util|genial|practico|bueno)|no estaria mal"
            + "|(?:aprovecho|aprovechamos)\\s+para\\s+pedir(?:os|les|te)?|(?:os|les|te)\\s+(?:pido|pedimos|pediria|pediriamos)|(?:queria|queriamos|quisiera|quisieramos)\\s+pedir(?:os|les|te)?"
            + "|necesitariamos|querriamos|(?:nos|me)\\s+haria\\s+falta|[\\p{L} ]{2,30}?\\s+(?:querria|quisiera|necesitaria)(?=\\s+(?:saber|tener|apuntar|registrar|ver)\\b))"
            + "\\s+(?:(?:tener|poner|apuntar|anotar|anadir|guardar|registrar|incluir|meter|saber|ver|conocer)\\s+)?(?:tambien\\s+)?(.+)$");

    /** Imperatives with an object clitic: "quitadla", "cámbialo", "ponedlo", "bórralas". */
    static final Pattern ES_CLITIC_VERB = Pattern.compile("\\b(quita|quitad|borra|borrad|elimina|eliminad|cambia|cambiad|pon|poned|deja|dejad|haz|haced|renombra|renombrad|mete|meted|anade|anadid|marca|marcad|convierte|convertid|pasa|pasad)(?:lo|la|los|las)\\b");

    /** The topic in front, repeated by the clitic: "la tabla de donantes (no la usamos,)", "lo de 'Desde' y 'Hasta'". */
    static final Pattern ES_TOPIC = Pattern.compile("^(?:(?:y|e|pero|ademas|y ademas|tambien|y tambien)\\s*,?\\s+)?((?:el|la|los|las|el campo|la tabla|la lista)\\s+[^,]{2,60}?|['\"«][^'\"»]+['\"»](?:\\s+y\\s+['\"«][^'\"»]+['\"»])?)"
            + "(?:\\s*,|\\s+(?:(?:ya\\s+)?no|nunca|nadie)\\s+(?:la|lo|las|los)\\s+\\w+(?:\\s+\\w+)?\\s*,)?\\s*$");

    static String eachKind(RefineSession s, String message) {
        Matcher m = Pattern.compile("(?iu)\\s+de\\s+cada\\s+(\\p{L}+)").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            org.toolsmith.spec.Entity kind = RefineResolver.entity(s, new RefineClause(m.group(1)));
            // only the main kind, where a new field goes anyway; another kind stays named
            boolean main = kind != null && kind.key().equals(RefineMatcher.main(s.spec).key())
                    // "las faltas de cada alumno: fecha, …" names the owner of a new kind
                    && !message.substring(m.end()).matches("(?s)^[^.!?;]*:.*");
            m.appendReplacement(out, Matcher.quoteReplacement(main ? "" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static final Pattern ES_THAT_REMARK = Pattern.compile("^que\\s+(?!se\\s+pueda|sea\\b|sean\\b|se\\s+quede|quede|pase|tenga|tengan|lleve|incluya|se\\s+llame)");

    static String spanish(RefineSession s, RefineClause c, String before) {
        Matcher m = c.match(ES_THAT_BE);
        if (m.find()) {
            return c.group(m, 1).orig + " debe ser " + c.group(m, 2).orig;
        }
        if (before != null && c.match(ES_FILE_REASON).find()) {
            // "la firma del supervisor, que la escanean y la suben": the reason says it is a file
            return "\u0000" + before + " como archivo";
        }
        String values = NativeClauses.scopedValues(s, c, ES_SCOPED_VALUES, "añade %s a %s");
        if (values != null) {
            return values;
        }
        m = c.match(ES_RENAME);
        if (m.find()) {
            return "renombra " + c.group(m, 1).orig + " a " + c.group(m, 2).orig;
        }
        Matcher scope = c.match(ES_SCOPE);
        RefineClause body = scope.find() ? c.from(scope.end()) : c;
        m = body.match(ES_WISH);
        if (m.find() && !body.group(m, 1).text.startsWith("que ")) {
            // "en las zonas estaría bien tener el nombre del encargado"
            return (body == c ? "" : "para " + c.group(scope, 1).orig + ", ") + "añade " + body.group(m, 1).orig;
        }
        m = c.match(ES_KNOW);
        if (m.find()) {
            return "necesitamos saber " + c.from(m.end()).orig;
        }
        m = c.match(ES_CAN);
        if (m.find()) {
            String verb = m.group(1);
            String what = c.group(m, 2).orig;
            if (verb.matches(ES_FILE)) {
                return "me gustaría poder adjuntar " + what;
            }
            return verb.equals("saber") ? "necesitamos saber " + what : "añade " + what;
        }
        m = c.match(ES_FIELD_FOR);
        if (m.find()) {
            return "añade " + c.group(m, 1).orig;
        }
        return null;
    }

    static String spanishSentence(RefineClause c) {
        Matcher m = c.match(ES_THAT_BE);
        if (m.find()) {
            // "el limpiador, que sea una persona de la plantilla, no texto"
            return c.group(m, 1).orig + " debe ser " + c.group(m, 2).orig;
        }
        m = c.match(ES_DATIVE);
        if (m.find()) {
            // "a los donantes añadidles el email": the kind first, repeated by "les"
            String verb = m.group(2).startsWith("quit") ? "quita" : m.group(2).startsWith("pon") ? "pon" : "añade";
            return "para " + c.group(m, 1).orig.replaceFirst("(?iu)^al\\s+", "el ").replaceFirst("(?iu)^a\\s+", "") + ", " + verb + " " + c.from(m.end()).orig;
        }
        String table = tableGoes(c);
        if (table != null) {
            return table;
        }
        Matcher verb = c.match(ES_CLITIC_VERB);
        if (verb.find() && verb.start() > 0) {
            Matcher topic = c.sub(0, verb.start()).match(ES_TOPIC);
            if (topic.find()) {
                // "la tabla de donantes no la usamos, quitadla entera": the verb, then the thing it stands for
                String imperative = c.sub(verb.start(1), verb.end(1)).orig;
                return plainVerb(imperative) + " " + c.group(topic, 1).orig + " " + c.from(verb.end()).orig;
            }
        }
        return null;
    }

    static final Pattern ES_TABLE = Pattern.compile("\\b(?:la|el)\\s+(?:ficha|tabla|lista|listado|registro|hoja)\\s+de\\s+(\\p{L}+)");

    static final Pattern ES_REMOVE_IT = Pattern.compile("\\b(?:borr|quit|elimin)(?:a|ad|en)(?:la|lo|las|los)\\b(?:\\s+(?:entera|entero|enteras|enteros|completa|completo|del todo))?");

    /** "la ficha de socios … sobra: borradla entera": the table named earlier in the sentence is what goes. */
    static String tableGoes(RefineClause c) {
        Matcher verb = c.match(ES_REMOVE_IT);
        if (!verb.find()) {
            return null;
        }
        Matcher table = c.sub(0, verb.start()).match(ES_TABLE);
        String kind = null;
        while (table.find()) {
            kind = c.sub(0, verb.start()).group(table, 1).orig;
        }
        return kind == null ? null : "borra la tabla de " + kind + " " + c.from(verb.end()).orig;
    }

    /** "cámbia" (left by taking off "lo") → "cambia": the accent only sat there for the clitic. */
    static String plainVerb(String v) {
        return v.replace('á', 'a').replace('é', 'e').replace('í', 'i').replace('ó', 'o').replace('ú', 'u')
                ;
    }

}

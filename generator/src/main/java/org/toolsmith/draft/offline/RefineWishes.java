package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wishes said in French, Spanish and German the way people chat, rewritten to the plain shapes the
 * readers know: "il faudrait aussi l'heure de départ" / "nos haría falta el teléfono" / "wir
 * bräuchten noch die Uhrzeit" (a need followed by a noun phrase) is "add …"; "il nous faudrait
 * savoir si …", "habría que saber en qué planta …", "es wäre gut zu wissen, ob …", "kannst du noch
 * eintragen, wer …" are the describer's "we need to know …"; "a las incidencias les falta …" and
 * "aux visites il manque …" scope the addition to that kind. A need whose words go on to say
 * something else (a negation, a flag, a type: "wir brauchen die Baustelle nicht mehr") is left to
 * the other readers.
 */
final class RefineWishes {
    private static final String FR_DET = "(?:le|la|les|l'|un|une|des|du|de la|de l'|d'|son|sa|ses|leur|leurs|notre|nos)";
    private static final String ES_DET = "(?:el|la|los|las|un|una|unos|unas|su|sus|lo|nuestro|nuestra)";
    private static final String DE_DET = "(?:der|die|das|den|dem|ein|eine|einen|einem|sein|seine|ihr|ihre|unser|unsere)";

    /** A kind the need is for, in front: "a las incidencias les falta", "aux visites il manque", "bei den Kursen fehlt". */
    private static final Pattern KIND_LACKS = Pattern.compile(
            "^(?:a|para)\\s+((?:el|la|los|las|cada)\\s+[\\w-]+(?:\\s+de\\s+[\\w-]+)?)\\s+(?:(?:les|le)\\s+(?:falta|faltan|faltaria|faltarian|hace falta|hacen falta)|(?:pon|mete|anade|agrega|incluye|apunta)(?:d|n)?(?:le|les)?|(?:ponle|ponles|ponedle|ponedles|metele|meteles|anadele|anadeles|agregale|agregales))\\s+"
                    + "|^(?:aux|a la|au|a l'|pour les|pour la|pour le|pour chaque)\\s*([\\w-]+)\\s*,?\\s+il\\s+(?:leur\\s+|lui\\s+)?(?:manque|manquerait|faudrait|faut)\\s+");

    private static final Pattern NEED = Pattern.compile(
            "^(?:il (?:nous |me |leur )?(?:faudrait|faut|manque|manquerait)|(?:on|nous|j') ?(?:aurait|a|aurions|avons|aurais|ai) besoin (?:de |d')?|"
                    + "on (?:voudrait|aimerait|veut)(?: bien)?(?: avoir)?|nous (?:voudrions|aimerions|voulons|souhaitons|souhaiterions)(?: bien)?(?: avoir)?|on (?:souhaite|souhaiterait)(?: avoir)?|(?:ce|ca|il) serait (?:bien|utile|pratique) d'avoir|"
                    + "(?:(?:nos|me|les|le) )?(?:falta|faltan|faltaria|faltarian|hace falta|hacen falta|haria falta|harian falta)|necesitamos|necesitariamos|necesito|necesitaria|"
                    + "je (?:veux|voudrais|souhaite|souhaiterais)(?: aussi)?(?: avoir)?|j'aimerais(?: bien)?(?: avoir)?|ich (?:will|mochte|hatte gerne?)|"
                    + "queremos|querriamos|quisieramos|quiero|quisiera|(?:nos |me )?gustaria tener|estaria bien tener|seria bueno tener|(?:habria|hay) que tener|"
                    + "wir (?:brauchen|brauchten|benotigen|hatten gerne?|mochten|wollen|wurden gerne?)|ich (?:brauche|brauchte|hatte gerne?|mochte)|(?:es|uns|mir) (?:fehlt|fehlen)(?: uns| mir)?)"
                    + "\\s+(?:(?:aussi|egalement|encore|en plus|juste|surtout|tambien|ademas|todavia|aun|solo|auch|noch|unbedingt|bitte|ausserdem|zusatzlich|ebenfalls|eigentlich)\\s+)*"
                    + "(?=(?:" + FR_DET + "|" + ES_DET + "|" + DE_DET + ")(?:\\s|(?<=')))");

    /** Words that make the rest more than a thing to add. */
    private static final Pattern NOT_JUST_A_THING = Pattern.compile(
            "\\b(?:nicht|kein\\w*|no|ne|n'|pas|plus|nunca|jamais|nie|obligatori\\w*|pflicht\\w*|opcional|optional|facultati\\w*|como|comme|als|que|qui|soit|sea|sein|werden|etre|ser|statt|au lieu|en vez|en lugar|instead)\\b");

    private static final Pattern KNOW = Pattern.compile(
            "^(?:il (?:nous |me )?(?:faudrait|faut)|(?:ce|ca|il) serait (?:bien|utile|pratique|bon) de|on aimerait bien|j'aimerais bien|on voudrait bien|(?:nous|on|j') ?(?:aurions|aurait|aurais) besoin de|"
                    + "il faudrait (?:aussi |egalement )?pouvoir|"
                    + "habria que|haria falta|seria bueno|estaria bien|convendria|nos vendria bien|necesitariamos|querriamos|quisieramos|(?:tambien )?(?:necesitamos|queremos|hay que))"
                    + "\\s+(?:(?:aussi|egalement|encore|tambien|ademas)\\s+)*(?:savoir|saber|registrar|apuntar|anotar|guardar|noter|indiquer)\\s+(?:(?:aussi|tambien)\\s+)?"
                    + "(?=(?:qui|quand|combien|si|s'il|s'ils|pourquoi|quien|cuando|cuanto|cuanta|cuantos|cuantas|por que|en que|que|quel|quelle|dans quel|dans quelle|a quel|a quelle|ou|donde)\\b)");

    private static final Pattern KNOW_DE = Pattern.compile(
            "^(?:(?:bei|beim|fur)\\s+(?:(?:den|dem|der|die|das|jede[rmns]?|allen)\\s+)?[\\w-]+\\s+)?(?:(?:es )?(?:ware|waer) (?:es )?(?:gut|schon|hilfreich|praktisch|sinnvoll|toll|wichtig|nett)(?: zu wissen)?|wir (?:sollten|mussten|wollen|mochten|wurden gerne?|hatten gerne?) (?:(?:auch|noch|gerne?|unbedingt) )*(?:wissen|festhalten|erfassen|notieren|eintragen|aufnehmen)|"
                    + "(?:kannst du|konnt ihr|konnen sie|konntest du|konntet ihr|konnten sie|bitte) (?:(?:bei|beim|fur|in)\\s+(?:\\w+\\s+)?\\w+\\s+)?(?:(?:noch|auch|bitte|mal)\\s+)*(?:eintragen|erfassen|festhalten|notieren|aufnehmen|hinzufugen|erganzen|vermerken))"
                    + "\\s*,?\\s+(?=(?:wer|wann|wie|ob|warum|wo|welche\\w*|wie viele|wieviel)\\b)");
    private static final Pattern DE_SCOPE = Pattern.compile("\\b((?:bei|beim|fur)\\s+(?:(?:den|dem|der|die|das|jede[rmns]?|allen)\\s+)?[\\w-]+)\\s+");

    /** "en qué planta", "dans quel bâtiment", "in welchem Stock": the thing asked about names the field. */
    private static final Pattern WHICH_THING = Pattern.compile("^(?:en que|que|dans quel|dans quelle|a quel|a quelle|quel|quelle|in welchem|in welcher|welche[rsmn]?)\\s+");

    /** "Oye, una cosa:", "Encore une chose :", "Noch eine Sache:": chatter in front of the request. */
    private static final String PREFACE = "(?iu)^(?:(?:oye|mira|bueno|vale|alors|bon|dis|also|hallo|hola|salut)\\s*,?\\s*)?"
            + "(?:una cosa|otra cosa|una cosita|una pregunta|una cosa más|une chose|encore une chose|autre chose|une petite chose|petite chose|"
            + "eine sache|noch eine sache|noch was|noch etwas|kurze sache|eine kleinigkeit|noch eine kleinigkeit)\\s*[:,–-]\\s*";

    /** "Cuando la incidencia es grave, …", "Si c'est un prêt long, …", "Wenn es eine Reparatur ist, …": the condition, not the request. */
    private static final String CONDITION = "(?iu)^(?:cuando|si|quand|lorsque|lorsqu'|wenn|falls|sobald)\\s*[^,]{3,80},\\s*(?=\\S)";
    /** "Quand le colis arrive il nous faut …", "Cuando llega el pedido necesitamos …": the condition with no comma, up to the one who needs. */
    private static final Pattern CONDITION_BARE = Pattern.compile("(?iu)^(?:(?:cuando|quand|lorsque|wenn|falls|sobald)\\s|lorsqu')[^,;:.]{3,80}?\\s(?=(?:je (?:veux|voudrais|souhaite)|j'(?:aimerais|ai besoin)|on (?:veut|voudrait|a besoin|doit)|nous (?:voulons|voudrions|avons besoin)|il (?:nous )?(?:faut|faudrait)|"
            + "quiero|queremos|quisiera|necesit\\p{L}+|hay que|nos hace falta|me gustar[ií]a|brauchen wir|wir brauchen|m[öo]chten wir|wollen wir|ich (?:will|m[öo]chte|brauche))\\b)");
    /** ", que el técnico la pueda ver", ", pour que …", ", damit …": why, after the thing asked for. */
    private static final Pattern WHY_AFTER = Pattern.compile("\\s*,\\s*(?:que|para que|porque|ya que|pues|qui|pour que|afin que|afin de|parce que|car|puisque|damit|weil|da|denn|sonst|sinon|si no|so dass|sodass)\\b.*$");

    private static final Pattern ONLY_CONDITION = Pattern.compile("^(?:cuando|quand|lorsque|lorsqu'|wenn|falls|sobald)\\s+(?:la|le|les|el|los|las|l'|un|une|una|der|die|das|ein|eine|es|il|elle|c'est)\\b"
            + "[^,;:]*\\b(?:es|est|ist|esta|sont|son|sind|hay|gibt|sera|wird)\\b[^,;:]*$");

    private static final Pattern WHICH_HEAD = Pattern.compile("^[\\w-]+(?:\\s+(?:de|del|de la|du|d')\\s*[\\w-]+)?");

    /** "une liste des techniciens …", "un nombre entier de minutes": a new kind or a type, for the other readers. */
    private static final Pattern KIND_OR_TYPE = Pattern.compile("^\\S+\\s+(?:liste|lista|tabla|table|tabelle|registre|registro)\\b"
            + "|^\\S+\\s+(?:nombre|chiffre|texte|menu|zahl|text|casilla|case|texto|ganzzahl)\\b(?!\\s+(?:de|d'|du|des|del)\\b)|\\b(?:entier|entero|ganze zahl|decimal|dezimal\\w*)\\b"
            + "|\\b(?:zone|cuadro|caja|champ|campo|feld|box) (?:de |a )?(?:texte|texto|text)\\b|\\b(?:textfeld|textbox|textarea|texte long|texto largo|langer text|liste deroulante|desplegable|dropdown|auswahlliste|menu deroulant|case a cocher|casilla|checkbox|kontrollkastchen)\\b");

    private static final Pattern NP_MISSING = Pattern.compile("^(?:(?:par contre|en revanche|pero|sin embargo|aber|dafur|allerdings)\\s*,?\\s+)?"
            + "((?:" + FR_DET + "|" + ES_DET + "|" + DE_DET + ")(?:\\s+|(?<='))[^,;:]{2,50}?)\\s*,?\\s+(?:(?:ca|cela|ce|eso|esto|das)\\s+)?"
            + "(?:(?:nous|me|nos|me)\\s+)?(?:manque|manquent|falta|faltan|fehlt|fehlen)(?:\\s+(?:uns|mir|noch|aussi|tambien|auch|vraiment|de verdad))*$");
    private static final Pattern PURPOSE = Pattern.compile("^(?:para|pour|fur|für)\\s+((?:el|la|los|las|le|les|l'|die|den|das|unsere?n?)?\\s*[^,]{2,40}?)\\s*,?\\s+(?=(?:necesito|necesitamos|quiero|queremos|hay que|habria que|(?:nos |me )?(?:hace|hacen|haria|harian) falta|(?:nos |me )?(?:falta|faltan|faltaria|faltarian)|il (?:nous |me )?(?:faut|faudrait|manque)|j'ai besoin|on a besoin|je veux|je voudrais|brauchen wir|wir brauchen|ich brauche|brauche ich|mochte ich|ich mochte)\\b)");
    private static final Pattern KNOW_THING = Pattern.compile("^(?:necesito|necesitamos|quiero|queremos|hay que|habria que|je dois|je veux|on veut|il (?:nous |me )?(?:faut|faudrait)|j'ai besoin de|on a besoin de)\\s+(?:(?:tambien|aussi)\\s+)?(?:saber|savoir|conocer|connaitre)\\s+(?=(?:el|la|los|las|le|les|l')(?:\\s|(?<=')))");
    private static final Pattern RELATIVE = Pattern.compile("\\s+(?:(?:en|a|de|con|por|dans|avec|par|pour|chez|aupres de|a laquelle|auquel)\\s+)?(?:que|qui|quoi|dont|ou|lequel|laquelle|la que|el que|donde|cuando)\\s+");
    /** "… (nom, ville) et que chaque …", "… liste et que …": what comes before a "que" that opens a clause of its own, not a relative. */
    private static final Pattern THING_ENDS = Pattern.compile("[()]|\\b(?:et|y|ou|o|e|mais|pero|liste|lista)\\s*$");
    private static final Pattern AND_WH = Pattern.compile("\\s+(?:y|et|und|e)\\s+(?=(?:quien|qui|wer|cuando|quand|wann|cuanto|combien|si|ob)\\b)");

    /** "wir wollen die Lieferungen erfassen": a verb at the end, so more than a thing wished for. */
    private static final Pattern GERMAN_INFINITIVE_LAST = Pattern.compile("\\s\\p{Ll}+en\\s*[.!?]*\\s*$");

    private static final Pattern DROP_TIME = Pattern.compile("^(?:quita\\w*|elimina\\w*|borra\\w*|enleve\\w*|supprime\\w*|retire\\w*|entfern\\w*|losch\\w*|nimm)\\s+(?:la hora|l'heure|die uhrzeit|die zeit)\\s+"
            + "(?:de la|del|de l'|du|de|beim|bei der|vom|von der|aus dem|aus der)\\s*(.{2,60}?)(?:\\s+(?:weg|raus))?$");

    /** "En la categoría faltan …", "Bei der Menge fehlt …", "Pour le statut, il manque …": what is missing, named beside a field. */
    private static final Pattern FIELD_LACKS = Pattern.compile(
            "^(?:bei|beim|en|para|pour|dans|sur)\\s+(?:(?:der|dem|den|die|das|el|la|los|las|le|les|l')\\s*)?([\\w-]+(?:\\s+de\\s+[\\w-]+)?)\\s*,?\\s+"
                    + "(?:(?:nos|me|le|les)\\s+)?(?:fehlt|fehlen|falta|faltan|il (?:nous |leur |lui )?manque|manquent)\\s+(?:(?:noch|auch|bitte|todavia|aun|tambien|encore|aussi)\\s+)*(.+)$");

    private static final Pattern DATE_ONLY = Pattern.compile("\\b(?:sin (?:la )?hora|solo (?:la fecha|el dia)|sans (?:l'heure|heure)|(?:juste|seulement|que) (?:la date|le jour)|ohne (?:die )?(?:uhrzeit|zeit)|nur (?:das datum|den tag))\\b");

    private static final Pattern SPLIT_RENAME = Pattern.compile("^(?:benenn\\w*|nenn\\w*)\\s+(.+?)\\s+(?:(?:bitte|doch|mal|noch)\\s+)*in\\s+(.+?)\\s+um[.!]?$");

    private static final Pattern DROP_QUOTED = Pattern.compile("^(?:enlev\\w*|retir\\w*|supprim\\w*|quita\\w*|elimina\\w*|borra\\w*|entfern\\w*|streich\\w*|losch\\w*|nimm)\\s+[«\"'„“‘]");

    private RefineWishes() {
    }

    static RefineClause plain(RefineSession s, RefineClause c) {
        if (s.lang == Lang.EN || c.isEmpty()) {
            return c;
        }
        RefineClause t = new RefineClause(CONDITION_BARE.matcher(c.orig.replaceAll("^[¿¡\\s]+", "").replaceAll(PREFACE, "").replaceAll(CONDITION, "")).replaceFirst("").replaceAll("(?i)^(?:(?:y|et|und|pero|mais|aber|oye|bueno|vale|alors|donc|also|ah|oh|ok|tambien|también|aussi|auch|noch|ademas|además)\\b[,\\s]*)+", ""));
        if (ONLY_CONDITION.matcher(t.text).find() && !t.orig.matches("(?iu)^cuándo\\b.*")) {
            // "Cuando la incidencia es en un edificio grande" cut off from what it conditions: context only
            return new RefineClause("");
        }
        t = new RefineClause(t.orig.replaceAll("(?iu),\\s*(?=(?:como|comme|en tant que|als)\\s+\\S)", " "));
        if (DATE_ONLY.matcher(t.text).find()) {
            // "La fecha del préstamo con la hora no nos sirve, solo la fecha, sin la hora": a date field named, only the day
            for (org.toolsmith.spec.Entity e : s.spec.entities()) {
                for (org.toolsmith.spec.Field f : e.fields()) {
                    if (f.type() == org.toolsmith.spec.FieldType.DATETIME && t.text.contains(RefineText.fold(f.label()))) {
                        return new RefineClause(s.lang == Lang.FR ? f.label() + " n'a besoin que du jour" : s.lang == Lang.DE ? f.label() + " braucht nur den Tag, keine Uhrzeit" : f.label() + " solo necesita el día, no la hora");
                    }
                }
            }
        }
        Matcher dropValue = t.match(DROP_QUOTED);
        if (dropValue.find() && !RefineText.quoted(t.orig).isEmpty() && dropQuoted(s, RefineText.quoted(t.orig))) {
            // "Pour le motif, ajoutez « Maintenance » et enlevez « Entretien »": the quoted value, from the choice that holds it
            return new RefineClause("");
        }
        Matcher rename = t.match(SPLIT_RENAME);
        if (rename.find()) {
            // "Benenn 'Mitarbeiter' bitte in 'Ausgeliehen von' um": the separable verb, put back together
            return new RefineClause(t.group(rename, 1).orig + " in " + t.group(rename, 2).orig + " umbenennen");
        }
        Matcher noTime = t.match(DROP_TIME);
        if (noTime.find()) {
            // "quita la hora de la fecha de la clase", "enlève l'heure du rendez-vous": the day stays, a date
            String field = t.group(noTime, 1).orig;
            return new RefineClause(s.lang == Lang.FR ? field + " n'a besoin que du jour" : s.lang == Lang.DE ? field + " braucht nur den Tag, keine Uhrzeit" : field + " solo necesita el día, no la hora");
        }
        Matcher missing = t.match(NP_MISSING);
        if (missing.find() && !NOT_JUST_A_THING.matcher(missing.group(1)).find() && !missing.group(1).matches(".*\\b(?:hace|hacen|ya|plus|mehr)$")) {
            // "le nombre d'exemplaires, ça nous manque", "el teléfono nos falta", "die Uhrzeit fehlt uns noch"
            return new RefineClause("add " + t.group(missing, 1).orig);
        }
        Matcher purpose = t.match(PURPOSE);
        String kindFront = "";
        if (purpose.find()) {
            RefineClause what = t.group(purpose, 1);
            if (RefineResolver.entity(s, what) == null && RefineResolver.field(s, what) == null) {
                // "Para las memorias anuales necesito …": why, not where
                t = t.from(purpose.end());
            } else if (RefineResolver.field(s, what) == null && (t.from(purpose.end()).match(NEED).lookingAt()
                    || t.from(purpose.end()).match(KNOW).lookingAt() || t.from(purpose.end()).match(KNOW_THING).lookingAt())) {
                // "En cada reserva necesitamos el importe, la modalidad (…) y el justificante": the kind, then the whole list of what it needs
                kindFront = t.sub(0, purpose.end()).orig.strip().replaceAll(",$", "") + ", ";
                t = t.from(purpose.end());
            }
        }
        Matcher knowThing = t.match(KNOW_THING);
        if (knowThing.find()) {
            // "necesito saber la fecha en que nos tiene que llegar y quién hizo el pedido": the thing, not the relative clause
            RefineClause rest = t.from(knowThing.end());
            Matcher rel = rest.match(RELATIVE);
            if (rel.find() && rel.start() > 0) {
                Matcher and = rest.match(AND_WH);
                String tail = and.find(rel.end()) ? " " + rest.from(and.start()).orig.strip() : "";
                return new RefineClause(kindFront + "add " + rest.sub(0, rel.start()).orig + tail);
            }
        }
        Matcher scoped = t.match(FIELD_LACKS);
        if (scoped.find()) {
            RefineClause said = t.group(scoped, 1);
            RefineMatcher.FieldRef f = RefineResolver.entity(s, said) != null ? null : RefineResolver.field(s, said);
            RefineClause rest = reason(t.group(scoped, 2));
            if (f != null && f.score() >= 0.8 && !rest.isEmpty()) {
                if (f.field().type().hasOptions() && !rest.text.contains(":")) {
                    // "En la categoría faltan tableta y micrófono", "Bei den Arten fehlen noch A und B": values of that field
                    java.util.List<String> values = java.util.Arrays.stream(rest.orig.split("(?iu)\\s*,\\s*|\\s+(?:y|e|o|et|ou|und|oder|sowie)\\s+"))
                            .map(v -> v.strip().replaceAll("(?iu)^(?:el|la|los|las|un|una|le|la|les|l'|un|une|des|der|die|das|den|ein|eine)\\s+", "").replaceAll("[.!?'\"«»„“]", "").strip())
                            .filter(v -> !v.isEmpty()).map(RefineText::capitalize).toList();
                    if (!values.isEmpty() && values.stream().allMatch(v -> v.split("\\s+").length <= 3)) {
                        s.addOptions(f.entity().key(), f.field().key(), values);
                        return new RefineClause("");
                    }
                } else if (!f.field().type().hasOptions()) {
                    // "Bei der Menge fehlt die Einheit: kg, Liter oder Stück": a new field beside that one, on its kind
                    s.mention(f.entity().key(), f.field().key());
                    return new RefineClause("add " + rest.orig);
                }
            }
        }
        Matcher lack = t.match(KIND_LACKS);
        if (lack.find()) {
            RefineClause kind = t.group(lack, lack.group(1) != null ? 1 : 2);
            RefineClause rest = reason(t.from(lack.end()));
            if (RefineResolver.entity(s, kind) != null && !rest.isEmpty() && !NOT_JUST_A_THING.matcher(rest.text).find()) {
                String scope = s.lang == Lang.FR ? "pour " : "para ";
                return new RefineClause(scope + kind.orig + ", add " + rest.orig);
            }
        }
        Matcher know = t.match(KNOW);
        if (know.find()) {
            String rest = t.from(know.end()).orig;
            Matcher which = WHICH_THING.matcher(RefineText.fold(rest));
            if (which.find() && (!RefineText.fold(rest).startsWith("que ") || rest.startsWith("qué "))) {
                // "saber en qué planta", "qué talla usa": the thing asked about is the field, not the verb after it
                RefineClause thing = new RefineClause(rest).from(which.end());
                Matcher head = thing.match(WHICH_HEAD);
                return new RefineClause(kindFront + "add " + (head.find() ? thing.sub(0, head.end()).orig + thing.from(head.end()).orig.replaceAll("^.*?(?=\\s+(?:como|comme|als)\\s)|^.*$", "") : thing.orig));
            }
            return new RefineClause(kindFront + (s.lang == Lang.FR ? "on a besoin de savoir " : "necesitamos saber ") + rest);
        }
        Matcher knowDe = t.match(KNOW_DE);
        if (knowDe.find()) {
            Matcher scope = DE_SCOPE.matcher(t.sub(0, knowDe.end()).text);
            String lead = scope.find() ? t.sub(scope.start(1), scope.end(1)).orig + ", " : "";
            return new RefineClause(lead + "wir müssen wissen, " + t.from(knowDe.end()).orig);
        }
        Matcher need = t.match(NEED);
        if (need.find()) {
            RefineClause rest = reason(t.from(need.end()));
            if (rest.text.matches("^(?:le|la|les|l')\\s*\\p{L}+(?:er|ir|re)$")) {
                // "Et qui la valide ? Il faudrait le noter": the thing is the one just asked for, never a field "Noter"
                return new RefineClause("");
            }
            Matcher rel = rest.match(RELATIVE);
            if (s.lang != Lang.DE && rest.text.indexOf(':') < 0 && rel.find() && rel.start() > 0 && NOT_JUST_A_THING.matcher(rest.text).find()
                    && !NOT_JUST_A_THING.matcher(rest.sub(0, rel.start()).text).find() && !THING_ENDS.matcher(rest.sub(0, rel.start()).text).find()) {
                // "il nous faut le numéro du lot et le nom du fournisseur chez qui on l'a acheté": the thing, not the clause about it
                Matcher and = rest.match(AND_WH);
                rest = new RefineClause(rest.sub(0, rel.start()).orig + (and.find(rel.end()) ? " " + rest.from(and.start()).orig.strip() : ""));
            }
            int colon = rest.text.indexOf(':');
            String after = colon > 0 ? rest.text.substring(colon + 1) : "";
            boolean valuesAfter = colon > 0 && rest.text.substring(0, colon).strip().split("\\s+").length <= 3
                    && !rest.text.matches("^(?:des|unos|unas|some|los|las|les|die)\\b.*")
                    && after.matches(".*(?:,|\\s(?:o|ou|oder|or|u)\\s).*") && !after.matches(".*\\b(?:cada|chaque|jede[rsmn]?|each|every)\\b.*");
            if (!rest.isEmpty() && rest.text.split("\\s+").length <= 16 && !NOT_JUST_A_THING.matcher(colon > 0 ? rest.text.substring(0, colon) : rest.text).find()
                    && !rest.text.matches("^(?:savoir|saber|wissen)\\b.*|^(?:le|la|les|l')\\s*\\p{L}+(?:er|ir|re)$") && (colon < 0 || valuesAfter)
                    && !(s.lang == Lang.DE && GERMAN_INFINITIVE_LAST.matcher(colon > 0 ? rest.orig.substring(0, Math.min(colon, rest.orig.length())) : rest.orig).find()) && !KIND_OR_TYPE.matcher(rest.text).find()) {
                if (namesWhatExists(s, rest)) {
                    // "necesitamos la descripción más larga", "quiero los edificios con …": about what exists
                    return c;
                }
                String thing = rest.orig.replaceAll("\\s+\\+\\s+", s.lang == Lang.DE ? " und " : s.lang == Lang.FR ? " et " : " y ").replaceAll("(?iu)\\s+(?:también|aussi|également|auch|además|ebenfalls)\\b.*$", "")
                        .replaceAll("(?iu)\\s+(?:en|als|au format|en formato)\\s+(?:pdf|scan)\\b", s.lang == Lang.DE ? " als Datei" : s.lang == Lang.FR ? " comme fichier" : " como archivo");
                return new RefineClause(kindFront + "add " + thing);
            }
        }
        return c;
    }

    /** The noun phrase starts with a record kind, or with a field's whole label that words other than "de …" qualify. */
    private static boolean namesWhatExists(RefineSession s, RefineClause rest) {
        String[] w = rest.text.replaceAll("^(?:le|la|les|l'|un|une|des|du|de la|de l'|d'|son|sa|ses|el|los|las|un|una|su|sus|lo|der|die|das|den|dem|ein|eine|einen|einem)\\s*", "").split("\\s+");
        if (w.length == 0 || w[0].isBlank()) {
            return false;
        }
        for (org.toolsmith.spec.Entity e : s.spec.entities()) {
            if (RefineText.sameWord(w[0], RefineText.fold(e.name())) || e.plural() != null && RefineText.fold(e.plural()).equals(w[0])) {
                return true;
            }
            for (org.toolsmith.spec.Field f : e.fields()) {
                String[] label = RefineText.fold(f.label()).split("\\s+");
                if (label.length > w.length - 1) {
                    continue;
                }
                boolean same = true;
                for (int i = 0; i < label.length && same; i++) {
                    same = label[i].equals(w[i]);
                }
                if (same && !w[label.length].matches("de|del|d'\\S*|du|des|von|vom|der|des|para|pour|fur")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes quoted values from the one choice field that holds them all (the field just spoken of first). */
    private static boolean dropQuoted(RefineSession s, java.util.List<String> values) {
        boolean namesField = s.spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> values.stream().anyMatch(v -> RefineText.fold(f.label()).equals(RefineText.fold(v))));
        if (namesField) {
            // «Notes» is a field too: the removal readers decide
            return false;
        }
        java.util.List<RefineMatcher.FieldRef> holders = new java.util.ArrayList<>();
        RefineMatcher.FieldRef last = s.last();
        if (last != null && holdsAll(last.field(), values)) {
            holders.add(last);
        } else {
            for (org.toolsmith.spec.Entity e : s.spec.entities()) {
                for (org.toolsmith.spec.Field f : e.fields()) {
                    if (holdsAll(f, values)) {
                        holders.add(new RefineMatcher.FieldRef(e, f, 1.0));
                    }
                }
            }
        }
        if (holders.size() != 1) {
            return false;
        }
        RefineMatcher.FieldRef f = holders.get(0);
        s.removeOptions(f.entity().key(), f.field().key(), values.stream()
                .flatMap(v -> f.field().options().stream().filter(o -> RefineText.fold(o).equals(RefineText.fold(v)))).toList());
        s.mention(f.entity().key(), f.field().key());
        return true;
    }

    private static boolean holdsAll(org.toolsmith.spec.Field f, java.util.List<String> values) {
        return f.type().hasOptions() && values.stream().allMatch(v -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(v))));
    }

    /** The thing asked for, without the reason said after it. */
    private static RefineClause reason(RefineClause rest) {
        Matcher why = rest.match(WHY_AFTER);
        return why.find() && why.start() > 0 ? rest.sub(0, why.start()) : rest;
    }
}

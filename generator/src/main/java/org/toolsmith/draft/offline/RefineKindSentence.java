package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * A new kind of record asked for in one sentence with the list of its fields, in the four languages,
 * read by the sentence's structure rather than by one phrasing: a head that asks for a plural noun
 * phrase ("we also need a list of warehouses", "on voudrait enregistrer les pannes de chaque
 * instrument", "¿podemos añadir los repartidores?", "für jede Maschine gibt es mehrere Wartungen"),
 * then the fields after a colon, a dash, "with / avec / con / mit" or in the next sentence ("Solo
 * nombre, teléfono y zona."). An owner said with "for each / de chaque / de cada / pro / für jede"
 * gets the link (the reference goes on the new kind, the "many" side). Read on whole sentences before
 * the message is cut into clauses; a sentence it reads is taken out of the message, and what follows a
 * list closed by a second dash ("- name and phone - and each vehicle has one driver") stays in it.
 */
final class RefineKindSentence {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    /** Where the fields start: a colon, a dash between spaces, "with", "avec", "con", "(jeweils) mit", an opening bracket. */
    private static final Pattern LIST_START = p("\\s*:\\s*|\\s+[-–—]\\s+|\\s*,?\\s*\\b(?:each\\s+|jeweils\\s+|chacune?\\s+|cada\\s+un[oa]\\s+)?"
            + "(?:with|including|avec|con|mit)\\s+|\\s*\\(");
    /** ", and each candidate applies to one position", "and we …": a clause of its own after the list. */
    private static final Pattern NEXT_CLAUSE = p(",?\\s+(?:and|et|y|und|but|mais|pero|aber)\\s+(?=(?:each|every|all|tous|toutes|chaque|cada|todos|todas|jede[rsnm]?|alle|we|i|they|il|on|nous|wir|ich|sie)\\s)"
            // ", link projects to it, and then remove …": an edit of its own after the list
            + "|\\s*,\\s*(?:(?:and|et|y|und)\\s+)?(?:then\\s+|puis\\s+|luego\\s+|dann\\s+)?(?=(?:link|connect|remove|delete|drop|rename|make|lie[rz]?|relie[rz]?|supprime[rz]?|enleve[rz]?|vincula|enlaza|quita|elimina|verknupf\\w*|entfern\\w*|losch\\w*)\\b(?!\\s*(?:[,)]|$|(?:and|et|y|und|or|ou|o|oder)\\s)))");
    private static final Pattern ALIAS = Pattern.compile("\\s*\\([^),;]{1,30}\\)(?=\\s*(?::|\\s[-–—]\\s))");
    private static final Pattern CLOSING_DASH = p("\\s+[-–—]\\s+|\\)\\s*");
    /** Asking for something: a verb of needing, keeping or adding in the four languages. */
    private static final Pattern ASKS = p("\\b(?:need|needs|want|like|add|missing|lack|in mind|logging|tracking|recording|manque\\w*|falta\\w*|fehl\\w*|track|record|log|keep|store|manage|create|set up|introduce|start|capture|have|"
            + "besoin|faut|faudrait|ajout\\w*|rajout\\w*|suivre|suive|suivions|gerer|enregistrer|noter|voudrai\\w*|voulons|veut|veux|creer|cree[rz]?|avoir|"
            + "necesit\\w*|quer\\w*|quier\\w*|anad\\w*|agreg\\w*|registr\\w*|llevar|gestion\\w*|crea[r]?|podemos|podriamos|tener|apuntar|anotar|controlar|"
            + "brauch\\w*|woll\\w*|mocht\\w*|aufnehm\\w*|erfass\\w*|anleg\\w*|erganz\\w*|fug\\w*|hinzufug\\w*|verwalt\\w*|speicher\\w*|notier\\w*|festhalt\\w*|festzuhalten|dokumentier\\w*|protokollier\\w*)\\b");
    /** What makes the sentence about something else than a new kind. */
    private static final Pattern OTHER_EDIT = p("\\b(?:remove|delete|drop|rename|instead|replace|rather|pick\\w*|chos\\w*|choose|select\\w*|proper|become|turn|"
            + "don't|no longer|not|never|supprim\\w*|enlev\\w*|renomm\\w*|plutot|au lieu|choisi\\w*|devenir|devien\\w*|ne|plus|pas|"
            + "quit\\w*|elimin\\w*|borr\\w*|renombr\\w*|en vez|en lugar|elegi\\w*|eleg\\w*|convert\\w*|ya no|"
            + "entfern\\w*|losch\\w*|umbenenn\\w*|statt|anstatt|wahl\\w*|ausgewahlt|werden|nicht|kein\\w*|eigene)\\b");
    /** "a list of", "a separate table for", "une liste des", "una tabla de", "eine Liste der": the kind comes next. */
    private static final Pattern LIST_OF = p("\\b(?:list|table|register|directory|log|schedule|rota|calendar|planner|diary|history)\\s+(?:of|for)\\s+(?:the\\s+|our\\s+|all\\s+)?"
            + "|\\b(?:liste|table|registre|repertoire|planning|calendrier|agenda|historique|journal)\\s+(?:des\\s+|de\\s+|d')"
            + "|\\b(?:lista|tabla|registro|calendario|agenda|historial|planificacion|cuadrante)\\s+(?:de\\s+(?:los\\s+|las\\s+)?|del\\s+)"
            + "|\\b(?:liste|tabelle|verzeichnis|kalender|protokoll|ubersicht)\\s+(?:der|von|fur|mit|aller)\\s+");
    /** "which tool", "quel membre", "quelle répétition", "qué socio", "welches Mitglied", "welchen Helfer": the kind asked about. */
    private static final Pattern WHICH_KIND = p("\\b(?:which|quel|quelle|quels|quelles|que|cual|cuales|welche[rsnm]?)\\s+([\\w'-]+(?:\\s+[\\w'-]+)?)");
    private static final Pattern MANY = p("\\b(?:several|many|multiple|lots of|a few|various|plusieurs|de nombreux|de nombreuses|varios|varias|muchos|muchas|mehrere|viele)\\s+");
    /**
     * "record each quote we give to a landlord", "anotar cada clase que se descuenta de un abono", "chaque relevé qu'on fait chez
     * un abonné", "jede Ernte, die wir von einer Charge holen": a relative clause after "each &lt;new kind&gt;" (its start in group 1).
     */
    private static final Pattern EACH_RELATIVE = p("\\b(?:each|every|chaque|chacune? des|cada|jede[rsnm]?)\\s+"
            + "(?!(?:time|times|day|week|month|year|fois|jour|semaine|mois|vez|veces|dia|día|semana|mes|mal|tag|woche|monat|jahr)\\b)[\\w'-]+(?:\\s+[\\w'-]+)??"
            + "(?:\\s+((?:that|which|who|we|they|you|i|people|our|my|your|their|que|qui|qu'|dont|nous)\\b.*)|\\s*,\\s*((?:die|der|das|den|dem|welche[rsnm]?)\\s.*))$");
    /** A thing named with an article or a preposition inside that clause: "to a journalist", "de un bono", "chez un client". */
    private static final Pattern NAMED_IN = p("\\b(?:a|an|the|one|its|their|our|to|for|from|at|with|un|une|le|la|l'|au|aux|du|d'un|d'une|chez|sur|una|el|al|del|su|sus|einem|einer|einen|dem|den|ein|eine|zum|zur|von|bei|fur)\\s*"
            + "(?=[\\w])");
    /** "for each vehicle", "de chaque instrument", "de cada mascota", "pro Messgerät", "für jede Maschine": who the new kind belongs to. */
    private static final Pattern OWNER = p("\\b(?:(?:for|of|on|per|from|against)\\s+(?:each|every|any)|per|pour\\s+chaque|de\\s+chaque|par|sur\\s+chaque|"
            + "de\\s+cada|para\\s+cada|por|pro|je|fur\\s+jede[nmrs]?|bei\\s+jede[mnrs]?|zu\\s+jede[mnrs]?)\\s+([\\w'-]+(?:\\s+[\\w'-]+)?)");
    private static final Pattern SUBJECT = p("^[¿¡\\s]*(?:(?:and|so|also|oh|et|y|und)\\s+)*(?:each|every|any|a|an|one|chaque|un|une|cada|una|jede[rsnm]?|ein|eine)\\s+([\\w'-]+(?:\\s+[\\w'-]+)?)");
    private static final Pattern DETERMINER = p("\\b(?:the|our|some|any|a|an|les|des|nos|vos|los|las|unos|unas|nuestros|nuestras|sus|die|unsere|eine|einen)\\s+");
    /** Words around the kind that are not part of its name. */
    private static final Pattern TRAIL = p("(?:\\s+(?:too|as well|also|in here|here|separately|as well please|please|pls|plz|svp|stp|s'il (?:vous|te) plait|por favor|porfa|aussi|egalement|tambien|auch|noch|bitte|ausserdem|"
            + "aufnehmen|erfassen|anlegen|erganzen|festhalten|dokumentieren|protokollieren|hinzufugen|verwalten|speichern|notieren|fuhren|haben|einfugen|eintragen))+\\s*$|[?!.\\s]+$");
    private static final Pattern FIELD_WORD = p("^(?:(?:the|a|an|their|its|le|la|les|l'|leur|un|une|el|los|las|su|sus|der|die|das|ihr|ihre|den)\\s+)?"
            + "(?:name|title|code|number|date|email|e-mail|phone|address|description|notes?|remarks|comments|cost|price|amount|status|type|city|"
            + "nom|titre|numero|e-mail|telephone|adresse|remarques|commentaires|cout|prix|montant|statut|ville|"
            + "nombre|titulo|codigo|numero|fecha|correo|telefono|direccion|descripcion|observaciones|notas|precio|importe|estado|tipo|ciudad|"
            + "titel|nummer|datum|e-mail|telefon|adresse|beschreibung|bemerkungen?|notizen|kosten|preis|betrag|status|typ|ort|firma)\\b.*");
    private static final Pattern IDENTITY = p("\\b(?:name|title|code|number|id|reference|serial|plate|registration|nom|titre|numero|libelle|matricule|immatriculation|"
            + "nombre|titulo|codigo|referencia|matricula|placa|titel|bezeichnung|kennzeichen|nummer|firmenname|sku|ref)\\b|\\w(?:name|nummer|number)\\b");
    private static final java.util.Set<String> GENERIC = RefineText.set("fields", "things", "details", "columns", "changes", "options", "values",
            "info", "informations", "champs", "choses", "campos", "cosas", "datos", "felder", "sachen", "angaben", "infos", "daten", "items",
            "coordonnees", "details", "detalles", "contact details", "measurements", "dimensions", "mesures", "medidas", "kontaktdaten", "masse");

    private RefineKindSentence() {
    }

    /** Applies the sentences of this shape and returns the message without them. */
    static String take(RefineSession s, String message) {
        Matcher sm = SENTENCE.matcher(message);
        List<int[]> spans = new ArrayList<>();
        while (sm.find()) {
            spans.add(new int[] {sm.start(), sm.end()});
        }
        String[] replaced = new String[spans.size()];
        boolean any = false;
        for (int i = 0; i < spans.size(); i++) {
            if (replaced[i] != null) {
                continue;
            }
            String sentence = message.substring(spans.get(i)[0], spans.get(i)[1]);
            String next = i + 1 < spans.size() ? message.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]) : null;
            Read r = read(s, sentence, next);
            if (r == null) {
                continue;
            }
            replaced[i] = r.rest;
            if (r.usedNext) {
                replaced[i + 1] = "";
            }
            any = true;
        }
        if (!any) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (replaced[i] != null) {
                out.append(message, from, spans.get(i)[0]).append(replaced[i].isBlank() ? "" : " ").append(replaced[i]).append(replaced[i].isBlank() ? " " : ". ");
                from = spans.get(i)[1];
            }
        }
        out.append(message.substring(from));
        return out.toString().strip();
    }

    private record Read(String rest, boolean usedNext) {
    }

    /** One sentence (and the next one when it is only the list): the kind made, or null when it is not this shape. */
    static Read read(RefineSession s, String sentence, String next) {
        // "die Rezepte (Verordnungen): …", "a unit (a flat) - …": another name in brackets is no list
        RefineClause c = new RefineClause(ALIAS.matcher(sentence).replaceFirst(""));
        String t = c.text;
        if (t.split("\\s+").length > 45) {
            return null;
        }
        Matcher start = c.match(LIST_START);
        RefineClause head;
        RefineClause list;
        String rest = "";
        boolean usedNext = false;
        if (start.find() && start.start() > 0) {
            head = c.sub(0, start.start());
            list = c.from(start.end());
            if (start.group().contains("(")) {
                int close = list.text.indexOf(')');
                if (close < 0) {
                    return null;
                }
                rest = list.from(close + 1).orig.replaceAll("^[\\s,.;]+", "");
                list = list.sub(0, close);
            } else if (start.group().matches("\\s+[-–—]\\s+")) {
                Matcher closing = list.match(CLOSING_DASH);
                boolean found = closing.find();
                while (found && closing.group().startsWith(")") && list.text.lastIndexOf('(', closing.start()) >= 0) {
                    // "- SKU and the condition (resellable, damaged) - each one …": the bracket is the values of an item
                    found = closing.find();
                }
                if (found) {
                    rest = list.from(closing.end()).orig.replaceAll("^(?i)(?:and|et|y|und)\\s+", "");
                    list = list.sub(0, closing.start());
                }
            }
        } else if (next != null && (t.strip().endsWith("?") || c.match(LIST_OF).find() && bareList(next))) {
            // "¿Podemos añadir los repartidores? Solo nombre, teléfono y zona."
            head = c;
            list = new RefineClause(next.strip().replaceAll("(?i)^(?:just|only|simply|solo|solamente|seulement|juste|simplement|nur|einfach)\\s+", ""));
            usedNext = true;
        } else {
            return null;
        }
        list = new RefineClause(list.orig.replaceAll("[.!?;\\s]+$", "").replaceFirst("(?iu)^jeweils\\s+(?=\\S)", ""));
        Matcher clause = list.match(NEXT_CLAUSE);
        if (clause.find()) {
            // "… with name and email, and each application goes to one funder": the link is a sentence of its own
            rest = (list.from(clause.end()).orig + " " + rest).strip();
            list = list.sub(0, clause.start());
        }
        // "…, each linked to its client", "… – jeweils zu einem Vertrag", "pro Parzelle das Ablesedatum …": the owner beside the list
        KindOwnerTail.Cut beside = KindOwnerTail.find(s, list);
        if (beside == null && !rest.isBlank()) {
            beside = KindOwnerTail.leading(s, new RefineClause(rest));
            if (beside != null) {
                rest = beside.rest().orig.replaceAll("^[\\s,.;]+", "");
            }
        } else if (beside != null) {
            list = beside.rest();
        }
        if (beside == null && rest.isBlank() && !usedNext && next != null) {
            // "…: Datum, Fahrer und Gewicht. Jeweils zu einem Kunden.": the owner as a sentence of its own
            beside = KindOwnerTail.leading(s, new RefineClause(next.strip()));
            if (beside != null && beside.rest().orig.replaceAll("[\\s.!;]+", "").isEmpty()) {
                usedNext = true;
            } else {
                beside = null;
            }
        }
        // "which tool went to which volunteer, the date and whether it came back": the items that name kinds are links
        List<Entity> which = new ArrayList<>();
        RefineClause plain = whichItems(s, list, which);
        // with its owner said beside it, values in brackets are no words of an item ("the condition (new, used, broken)")
        RefineClause counted = beside == null ? list : new RefineClause(list.orig.replaceAll("\\s*\\([^)]*\\)", ""));
        if (which.isEmpty() ? !listOfFields(s, counted) : plain == null) {
            return null;
        }
        if (!which.isEmpty()) {
            list = plain;
        }
        // "record each quote we give to a landlord: …": the relative clause names who each one belongs to
        Entity owner = null;
        Matcher rel = head.match(EACH_RELATIVE);
        boolean eachOne = rel.find();
        if (eachOne) {
            int g = rel.group(1) != null ? 1 : 2;
            owner = namedIn(s, head.group(rel, g));
            head = new RefineClause(head.sub(0, rel.start(g)).orig.replaceAll("[\\s,]+$", ""));
        }
        if (head.match(OTHER_EDIT).find()) {
            return null;
        }
        // who each one belongs to, said anywhere in the head
        String h = head.orig;
        Matcher om = head.match(OWNER);
        while (owner == null && om.find()) {
            RefineClause words = head.group(om, 1);
            Entity e = RefineResolver.entity(s, words);
            if (e == null && words.text.contains(" ")) {
                e = RefineResolver.entity(s, new RefineClause(words.orig.split("\\s+")[0]));
            }
            if (e != null) {
                owner = e;
                h = (head.sub(0, om.start()).orig + " " + head.from(om.end()).orig).replaceAll("\\s+", " ").strip();
                break;
            }
        }
        if (owner == null && beside != null) {
            owner = beside.owner();
        }
        if (owner == null && head.match(MANY).find()) {
            // "each machine can have several maintenance visits": the subject owns the many
            Matcher subject = head.match(SUBJECT);
            if (subject.find()) {
                RefineClause words = head.group(subject, 1);
                owner = RefineResolver.entity(s, words);
                if (owner == null && words.text.contains(" ")) {
                    owner = RefineResolver.entity(s, new RefineClause(words.orig.split("\\s+")[0]));
                }
            }
        }
        RefineClause cleaned = new RefineClause(h.replaceAll("^[¿¡,\\s]+", ""));
        RefineClause kind = kindWords(s, cleaned);
        if (kind != null && eachOne) {
            // "record each quote we give …": the kind is the noun after "each"
            kind = new RefineClause(kind.orig.replaceFirst("(?iu)^.*?\\b(?:each|every|chaque|chacune? des|cada|jede[rsnm]?)\\s+", ""));
        }
        if (kind == null) {
            return null;
        }
        String singular = s.singular(RefineText.label(kind.orig));
        if (s.lang == Lang.DE && RefineText.fold(singular).equals(kind.text) && !kind.text.contains(" ")) {
            // German plurals in -e, -er, -n: the singular the message uses elsewhere ("die Rezepte", "jedes Rezept")
            String label = RefineText.label(kind.orig);
            for (int cut = 1; cut <= 2 && cut < label.length() - 3; cut++) {
                String shorter = label.substring(0, label.length() - cut);
                if (label.toLowerCase(java.util.Locale.ROOT).matches(".*(?:e|er|en|n|s)$") && namedAgain(s, sentence, shorter)) {
                    singular = shorter;
                    break;
                }
            }
        }
        // with its links said ("log attendance: which member …") a kind said in the singular is one too
        boolean germanPlural = !which.isEmpty() || eachOne || s.lang == Lang.DE && cleaned.text.matches(".*\\bdie\\s+" + Pattern.quote(kind.text) + "\\b.*")
                && (names(list) || namedAgain(s, sentence, singular));
        if (RefineText.fold(singular).equals(kind.text) && !cleaned.match(LIST_OF).find() && !germanPlural) {
            // the kind is said in the plural ("track inspections"), or after "a list of"
            return null;
        }
        if (exists(s, kind.orig) || exists(s, singular) || GENERIC.contains(kind.text) || RefineKinds.NOT_KINDS.contains(kind.text)) {
            return null;
        }
        RefineMatcher.FieldRef asField = RefineResolver.field(s, kind);
        if (asField != null && asField.score() >= 0.99 && !(cleaned.match(LIST_OF).find() && !RefineText.fold(singular).equals(kind.text))) {
            // "a list of clients with …" is a new kind even beside a typed-in Client field (which then becomes the link)
            return null;
        }
        boolean again = namedAgain(s, sentence, singular) || namedAfter(s, rest, singular);
        if (bare(cleaned) && !again) {
            // "Les services : nom, responsable" is a kind only when the message links to one ("chaque stagiaire à un service")
            return null;
        }
        if (owner == null && which.isEmpty() && !eachOne && !cleaned.match(LIST_OF).find() && !head.match(MANY).find() && !names(list) && !again
                && !list.text.matches("^(?:each|every|chaque|cada|jede[rsnm]?)\\s.*") && !RefineText.fold(rest).matches("^(?:each|every|chaque|chacune?|cada|jede[rsnm]?)\\s.*")) {
            // "add the measurements: height and weight" are fields of a kind that exists; a new kind is said
            // with "a list of", an owner, "several", or has something that names each one
            return null;
        }
        String key = s.addEntity(RefineText.capitalize(singular));
        String after = RefineEachLink.eachFirst(s, key, list);
        if (after != null) {
            // "…: cada pieza es de una reparación, con la referencia, …": the link, then the fields
            list = new RefineClause(after.replaceAll("^(?i)(?:with|avec|con|mit)\\s+", ""));
        }
        if (!list.isEmpty()) {
            RefineItems.addAll(s, list, key, null);
        }
        s.ensureField(key);
        if (owner != null && !owner.key().equals(key)) {
            s.link(key, owner.key());
        }
        for (Entity target : which) {
            if (!target.key().equals(key) && (owner == null || !owner.key().equals(target.key()))) {
                s.link(key, target.key(), false); // "which tool went to which volunteer" is no "tool has many"
            }
        }
        s.lastEntity = key;
        return new Read(rest, usedNext);
    }

    /** The noun phrase the head asks for: after "a list of", "several", a determiner or the verb; null when there is none. */
    private static RefineClause kindWords(RefineSession s, RefineClause head) {
        String t = head.text;
        int at = -1;
        Matcher lo = head.match(LIST_OF);
        while (lo.find()) {
            at = lo.end();
        }
        boolean asked = head.match(ASKS).find();
        if (at < 0) {
            Matcher many = head.match(MANY);
            while (many.find()) {
                at = many.end();
            }
        }
        if (at < 0 && !asked && bare(head)) {
            Matcher d = head.match(DETERMINER);
            at = d.lookingAt() ? d.end() : 0;
        } else if (at < 0) {
            if (!asked) {
                return null;
            }
            Matcher d = head.match(DETERMINER);
            while (d.find()) {
                at = d.end();
            }
            Matcher v = head.match(ASKS);
            while (v.find()) {
                if (v.end() > at && t.substring(v.end()).matches(".*\\p{L}.*")) {
                    at = v.end() + 1;
                }
            }
            if (at < 0 && s.lang == Lang.DE && bare(new RefineClause(POLITE.matcher(head.text).replaceFirst("")))) {
                // "Bitte Ausleihen ergänzen": the verb comes last, the kind before it
                Matcher pm = head.match(POLITE);
                at = pm.lookingAt() ? pm.end() : 0;
            }
        } else if (!asked && !head.match(MANY).find()) {
            return null;
        }
        if (at < 0 || at >= t.length()) {
            return null;
        }
        RefineClause tail = new RefineClause(head.from(at).orig.replaceAll("[?!.\\s]+$", ""));
        Matcher trail = tail.match(TRAIL);
        if (trail.find()) {
            tail = tail.sub(0, trail.start());
        }
        tail = new RefineClause(tail.orig.replaceAll("^[\\s,]+|[\\s,?!.]+$", ""));
        Matcher single = tail.match(SINGLE);
        if (single.lookingAt() && single.end() < tail.text.length()) {
            tail = tail.from(single.end()); // "die einzelnen Wartungen", "the individual visits": each one, not a name
        }
        String[] words = tail.text.split("\\s+");
        if (tail.isEmpty() || words.length > 3 || tail.text.contains("'s ") || tail.text.matches(".*s' .*") || GENERIC.contains(words[words.length - 1]) || GENERIC.contains(words[0]) || tail.text.matches(".*[,:;()].*") || words[0].matches("(?:to|a|de|que|zu|it|them|les|los|sie|es)")) {
            return null;
        }
        return tail;
    }

    /** "individual", "single", "einzelne", "individuels", "individuales": each record said one by one, no part of the kind's name. */
    private static final Pattern SINGLE = p("(?:individual|single|separate|einzelne[nmrs]?|individuel(?:le)?s?|individuales|separad[oa]s)\\s+");
    private static final Pattern POLITE = p("^(?:bitte|hallo|auch|noch)(?:[\\s,]+(?:bitte|auch|noch))*[\\s,]+");
    private static final Pattern BARE = p("^(?:(?:the|our|les|des|nos|los|las|nuestros|nuestras|die|unsere)\\s+)?[\\w'-]+(?:\\s+(?:de\\s+|d')?[\\w'-]+)?$");
    private static final String ONE = "(?:each|every|one|a|an|chaque|un|une|cada|una|jede[rsnm]?|ein|eine|einem|einer|einen|zu einem|zu einer)";

    /** A kind of that very name ("dog sitters" is not the Dog kind). */
    private static boolean exists(RefineSession s, String words) {
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, words);
        return e != null && e.score() >= 0.9;
    }

    /** "Name, company and phone.": a sentence that is only a short list. */
    private static boolean bareList(String sentence) {
        RefineClause c = new RefineClause(sentence.strip().replaceAll("[.!;\\s]+$", ""));
        List<RefineClause> items = RefineItems.split(c);
        return items.size() >= 2 && items.stream().allMatch(i -> i.text.split("\\s+").length <= 4) && !c.match(ASKS).find();
    }

    /** Only a noun phrase, with or without its article: "Les services", "Die Rezepte". */
    private static boolean bare(RefineClause head) {
        return head.match(BARE).find();
    }

    /** Another sentence of the message names one of them ("every post belongs to one campaign", "chaque stagiaire à un service"). */
    private static boolean namedAgain(RefineSession s, String sentence, String singular) {
        if (s.message == null) {
            return false;
        }
        String[] w = RefineText.fold(singular).strip().split("\\s+");
        String head = w[s.lang.headLast() ? w.length - 1 : 0];
        if (head.length() < 3) {
            return false;
        }
        String others = RefineText.fold(s.message).replace(RefineText.fold(sentence).strip(), " ");
        return Pattern.compile("\\b" + ONE + "\\s+(?:[\\w'-]+\\s+)?" + Pattern.quote(head) + "\\b").matcher(others).find();
    }

    /** The rest of the sentence speaks of one of them: "- and make every reading belong to the round it was taken on". */
    private static boolean namedAfter(RefineSession s, String rest, String singular) {
        String[] w = RefineText.fold(singular).strip().split("\\s+");
        String head = w[s.lang.headLast() ? w.length - 1 : 0];
        return head.length() >= 3 && Pattern.compile("\\b(?:the|its|their|one|a|an|le|la|sa|son|leur|un|une|el|su|un|una|der|die|das|dem|den|einem|einer|seine[mnr]?|ihre[mnr]?)\\s+(?:[\\w'-]+\\s+)?"
                + Pattern.quote(head) + "\\b").matcher(RefineText.fold(rest)).find();
    }

    /** An item that names or identifies each record: a name, title, code, number, reference, plate. */
    private static boolean names(RefineClause list) {
        for (RefineClause item : RefineItems.split(list)) {
            if (item.match(IDENTITY).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list without its items that ask "which &lt;kind&gt;" of a kind that exists ("which tool went to which volunteer",
     * "quel membre à quelle répétition", "qué socio", "welches Mitglied"); those kinds go to {@code which}. Null when no item
     * names a kind, or when what is left is not a short list (with the links, at least two things said).
     */
    private static RefineClause whichItems(RefineSession s, RefineClause list, List<Entity> which) {
        List<RefineClause> items = RefineItems.split(list);
        List<String> kept = new ArrayList<>();
        for (RefineClause item : items) {
            Matcher m = item.match(WHICH_KIND);
            boolean named = false;
            int from = 0;
            while (from < item.text.length() && m.find(from)) {
                // "which tool which volunteer": the next "which" is looked for right after the first word
                int space = item.text.indexOf(' ', m.start(1));
                from = space < 0 ? item.text.length() : space;
                Entity e = existing(s, item.group(m, 1));
                if (e != null) {
                    named = true;
                    if (!which.contains(e)) {
                        which.add(e);
                    }
                }
            }
            if (!named) {
                kept.add(item.orig.strip());
            }
        }
        if (which.isEmpty() || which.size() + kept.size() < 2 || kept.stream().anyMatch(k -> k.split("\\s+").length > 6)) {
            which.clear();
            return null;
        }
        return new RefineClause(String.join(", ", kept));
    }

    /** The first kind of the spec a relative clause names after an article or a preposition: "we send to a journalist". */
    private static Entity namedIn(RefineSession s, RefineClause clause) {
        Matcher m = clause.match(NAMED_IN);
        while (m.find()) {
            Entity e = existing(s, clause.from(m.end()));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** A kind of the spec said by one or two words ("tool", "volunteer", "Mitglied"), not a field word. */
    private static Entity existing(RefineSession s, RefineClause words) {
        String[] w = words.orig.strip().split("\\s+");
        for (int n = Math.min(2, w.length); n >= 1; n--) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, String.join(" ", java.util.Arrays.copyOf(w, n)));
            if (e != null && e.score() >= 0.9 && s.originalEntities.contains(e.entity().key())) {
                return e.entity();
            }
            String said = RefineText.fold(String.join(" ", java.util.Arrays.copyOf(w, n)));
            for (Entity k : s.spec.entities()) {
                // a kind whose name is a word the matcher leaves aside ("which field")
                if (s.originalEntities.contains(k.key()) && (RefineText.fold(k.name()).equals(said) || RefineText.fold(k.plural()).equals(said))) {
                    return k;
                }
            }
        }
        return null;
    }

    /** At least two short items, one of them a word that names a field ("name", "date") or has a type of its own. */
    static boolean listOfFields(RefineSession s, RefineClause list) {
        return listOfFields(s, list, false);
    }

    /** The same, where a word for people ("courier", "Kurier") may be a value too when {@code peopleAreValues}. */
    static boolean listOfFields(RefineSession s, RefineClause list, boolean peopleAreValues) {
        List<RefineClause> items = RefineItems.split(list);
        if (items.size() < 2) {
            return false;
        }
        boolean fieldish = false;
        for (RefineClause item : items) {
            if (item.text.split("\\s+").length > 6) {
                return false;
            }
            FieldType type = RefineTypes.guess(s, item.orig);
            // "en attente, payé, remboursé": states read as yes/no words are the values of one field, not fields of a kind
            if (item.match(FIELD_WORD).matches() || item.match(IDENTITY).find() || type != FieldType.TEXT && type != FieldType.CHOICE && type != FieldType.BOOLEAN
                    && !(peopleAreValues && type == FieldType.PERSON)) {
                fieldish = true;
            }
        }
        return fieldish;
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/** Removals: fields, record kinds, and choices out of a choice field. */
final class RefineRemovals {
    private static final List<Pattern> REMOVE = List.of(
            p("\\b(?:remove|delete|drop|get rid of|take out|take away|scrap|ditch|eliminate|lose)\\s+(.+)$"),
            p("\\b(?:we|i)\\s+(?:do not|don't|dont|no longer|won't|will not|wont)\\s+(?:really\\s+)?(?:need|want|use)\\s+(.+?)$"),
            p("^(?:the\\s+)?(?:[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:don't|do not|doesn't|does not|no longer|won't)\\s+(?:need|needs|require|have)\\s+(?!to\\b)(?:an?\\s+|the\\s+|any\\s+)?(.+?)$"),
            p("^(?:there's\\s+)?(?:nobody|no one|noone|no-one)\\s+(?:uses|needs|fills in|looks at)\\s+(.+?)$"),
            p("^(?:we|i|they|people|nobody|no one)\\s+(?:never|rarely|hardly ever|seldom|barely)\\s+(?:use|uses|fill in|fills in|look at|looks at|need|needs|read|reads)\\s+(.+?)$"),
            p("^(.+?)\\s*:\\s*(?:remove|delete|drop|not needed|get rid of it|remove it|delete it|drop it|gone|scrap it|a supprimer|supprimer|quitar|eliminar|entfernen|loschen|weg)$"),
            p("^(.+?)\\s+(?:is|are|seems?|looks?|feels?)\\s+(?:a bit\\s+|a little\\s+|kind of\\s+|sort of\\s+|quite\\s+|rather\\s+|totally\\s+|completely\\s+|really\\s+|pretty\\s+|just\\s+)?(?:pointless|useless|unnecessary|redundant|superfluous|obsolete|never used|unused|overkill|irrelevant|noise|clutter)\\b.*$"),
            p("^(.+?)\\s+(?:isn't|is not|aren't|are not)\\s+(?:really\\s+)?something\\s+(?:we|i|they|people|anyone)\\s+(?:track|use|need|record|fill in|care about|look at|want)\\b.*$"),
            p("^(?:we|i)(?:'d| would)\\s+rather\\s+not\\s+(?:keep|have|track|record|use|show|ask for|collect)\\s+(.+)$"),
            p("^(?:forget|skip|omit|leave off|do without|forget about)\\s+(.+)$"),
            p("^(?:we|i)\\s+can\\s+(?:live|do)\\s+without\\s+(.+)$"),
            p("^(?:i|we)\\s+(?:don't|do not)\\s+think\\s+(?:we|they|people|anyone)\\s+(?:really\\s+)?(?:need|needs|use|uses|want|wants)\\s+(.+)$"),
            p("^(.+?)\\s+(?:ne sert|ne servent)\\s+(?:a rien|plus|pas)\\b.*$"),
            p("^(.+?)\\s+(?:est|sont)\\s+(?:inutiles?|superflus?|superflues?|en trop)\\b.*$"),
            p("^(.+?)\\s+(?:no sirve|no sirven)\\b.*$"),
            p("^(.+?)\\s+(?:es|son)\\s+(?:inutiles?|innecesari[oa]s?|superflu[oa]s?)\\b.*$"),
            p("^(.+?)\\s+(?:ist|sind)\\s+(?:unnotig|uberflussig|uberflussig|uberflussig|nutzlos|uberholt)\\b.*$"),
            p("^(?:wir|ich|man)\\s+(?:benutzen|benutze|benutzt|brauchen|brauche|braucht|nutzen|nutze|nutzt|verwenden|verwende|verwendet|fullen|fullt)\\s+(?:den\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:nicht mehr|nie|gar nicht|kaum)(?:\\s+aus)?$"),
            p("^(?:sobra|sobran)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(.+)$"),
            p("^(?:debarrasse|debarrassez)(?:-toi|-vous|\\s+toi|\\s+vous)?\\s+(?:de la|de l'|du|des|de|d')\\s*(.+)$"),
            p("^(?:on|nous)\\s+(?:peut|pouvons)\\s+(?:se passer|nous passer)\\s+(?:de la|de l'|du|des|de|d')\\s*(.+)$"),
            p("^(?:there(?:'s| is) )?no (?:need|use) (?:for|of)\\s+(?:an?\\s+|the\\s+|any\\s+)?(.+?)$"),
            p("^(?:we|i|they|people|everyone|nobody)\\s+(?:have\\s+|has\\s+)?(?:stopped|stop|quit)\\s+(?:using|filling in|tracking|recording)\\s+(.+?)$"),
            p("^(?:please\\s+)?(?:take|leave|strip|cut)\\s+(.+?)\\s+(?:off|out)(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:form|app|list|table|it))?$"),
            p("^(?:please\\s+)?(?:take|leave|strip|cut)\\s+(.+?\\s+(?:off|out of|from)\\s+.+)$"),
            p("^(.+?)\\s*,?\\s+(?:(?:on|nous)\\s+(?:peut|pourra|pouvons)\\s+)?(?:s'en|nous en)\\s+passer$"),
            p("^(?:(?:on|nous)\\s+(?:peut|pourra|pouvons)\\s+)?(s'en|nous en)\\s+passer$"),
            p("^(?:on|nous)\\s+(?:peut|pourra|pouvons)\\s+se\\s+passer\\s+(?:de la|de l'|du|des|de|d')\\s*(.+)$"),
            p("^(.+?)\\s*,?\\s+(?:podemos|se puede)\\s+prescindir\\s+de\\s+(?:el|ella|ellos|ellas|eso|esto)$"),
            p("^(?:los\\s+|las\\s+|el\\s+|la\\s+)?(.+?)\\s+(?:ya\\s+)?no\\s+(?:lo|la|los|las)\\s+(?:necesitamos|usamos|queremos|rellenamos|miramos)\\b.*$"),
            p("^(.+?)\\s+(?:muss|musst|mussen)\\s+nicht\\s+(?:sein|mehr sein|rein|drin sein)$"),
            p("^(?:supprim|enlev|retir|effac)\\w*-(le|la|les)$"),
            p("^(?:quit|elimin|borr|suprim)\\w*?(lo|la|los|las)$"),
            p("^(?:podemos|se puede)\\s+prescindir\\s+(?:de la|del|de los|de las|de)\\s+(.+)$"),
            p("^(?:auf\\s+)?(?:den\\s+|die\\s+|das\\s+)?(.+?)\\s*,?\\s+(?:konnen wir|kann man)\\s+(?:auch\\s+)?(?:darauf\\s+)?verzichten$"),
            p("^(?:please\\s+)?(?:leave out|cut out|strip out|throw out|bin|kill|nuke)\\s+(.+)$"),
            p("^(.+?)\\s+(?:isn't|is not|aren't|are not|is no longer|are no longer)\\s+(?:needed|necessary|used|useful|wanted|relevant)\\b.*$"),
            p("^(.+?)\\s+(?:n'est|ne sont)\\s+(?:plus|pas)\\s+(?:necessaire|utile|utilise|requis)e?s?\\b.*$"),
            p("^(?:on|nous|je)\\s+(?:n'|ne\\s+)?(?:utilise|utilisons|veut|voulons|veux)\\s+plus\\s+(?:le\\s+|la\\s+|les\\s+|l')?(.+?)$"),
            p("^(?:on|nous|je)\\s+(?:n'|ne\\s+)(?:garde|gardons|remplit|remplissons|suit|suivons|demande|demandons|note|notons|saisit|saisissons|regarde|regardons)\\s+plus\\s+(?:le\\s+|la\\s+|les\\s+|l'|de\\s+|du\\s+|des\\s+|d')?(.+?)$"),
            p("^(.+?)\\s+ya no\\s+(?:hace falta|se usa|se necesita|es necesari[oa]|sirve)n?\\b.*$"),
            p("^(?:ya no|no)\\s+(?:necesitamos|usamos|queremos|se usa|se necesita)n?\\s+(?:mas\\s+|ya\\s+)?(?:el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)(?:\\s+(?:ya|mas))?$"),
            p("^(.+?)\\s+(?:wird|werden)\\s+nicht mehr\\s+(?:benotigt|gebraucht|verwendet|genutzt)\\b.*$"),
            p("^(?:bitte\\s+)?(.+?)\\s+(?:entfernen|loschen|streichen|weglassen|rausnehmen)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:not needed|no longer needed|unnecessary|redundant|useless|not used)\\b"),
            p("\\bstop\\s+(?:tracking|recording|asking for|collecting)\\s+(.+)$"),
            p("\\b(?:removing|deleting|dropping|getting rid of|scrapping|ditching)\\s+(.+)$"),
            p("^(.+?)\\s+(?:aren't|are not|isn't|is not|are no longer|is no longer)\\s+(?:tracked|needed|used|recorded|relevant|required any ?more)\\b"),
            p("\\b(?:supprim|enlev|retir|efface)\\w*\\s+(.+)$"),
            p("\\b(?:on n'a|nous n'avons)\\s+plus besoin\\s+(?:de|du|des|d')\\s*(.+)$"),
            p("\\b(?:quit(?:a|e|en|ar|ad)|elimin\\w*|borr(?:a|e|en|ar|ad)|suprim\\w*)\\s+(.+)$"),
            p("\\bya no\\s+(?:necesitamos|hace falta|usamos)\\s+(.+)$"),
            p("\\b(?:entfern|losch|streich)\\w*\\s+(.+?)(?:\\s+(?:raus|weg|heraus))?$"),
            p("^(.+?)\\s+(?:brauchen wir|braucht man|brauchen|benotigen wir|benutzen wir|nutzen wir)\\s+(?:nicht|nie|gar nicht)(?:\\s+mehr)?$"),
            p("^(?:wir|ich|man)\\s+(?:brauchen|brauche|braucht|benotigen)\\s+(?:den\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:nicht|gar nicht)(?:\\s+mehr)?$"),
            p("^(.+?)\\s+(?:kann|soll|muss|konnen|sollen|mussen|durfen)\\s+(?:(?:dann|jetzt|nun|ruhig|gern|gerne|auch)\\s+)*(?:weg|raus)$"),
            p("^(?:(?:und|also)\\s+)?(?:weg|raus)\\s+(damit)$"),
            p("^(.+?)\\s*[-:,]?\\s+(?:weg|raus)\\s+damit$"),
            p("^(.+?)\\s+(?:should|can|must|could|has to|needs to)\\s+(?:go|go away|be removed|be deleted|be dropped|disappear|come out)$"),
            p("^(.+?)\\s+(?:doit|peut)\\s+(?:partir|disparaitre|etre supprime)e?s?$"),
            p("^(.+?)\\s+(?:sobra|sobran|(?:puede|pueden|debe|deben) desaparecer)$"));
    private static final Pattern REMOVE_OPTION = p("^(.+?)\\s+(?:from|out of|off|as an?|as|de|del|aus)\\s+(?:the\\s+|la\\s+|les\\s+|el\\s+|los\\s+|den\\s+)?(?:list of\\s+|choices (?:of|for)\\s+|options (?:of|for)\\s+)?(.+?)(?:\\s+(?:options?|choices?|list|values?))?$");

    /** "we don't lend projectors anymore", "Projector is no longer a category": only ever a choice value. */
    private static final List<Pattern> VALUE_GONE = List.of(
            p("^(?:we|i|they)\\s+(?:don't|do not|no longer|won't|will not|have stopped)\\s+[a-z]+\\s+(.+?)\\s+(?:any ?more|any longer)$"),
            p("^(.+?)\\s+(?:is|are)\\s+no longer\\s+(?:an?\\s+)?(?:possible\\s+|valid\\s+)?(?:option|choice|value|category|type|status|kind|stage|level|state|[a-z]+ (?:option|choice))$"),
            p("^(?:we|i|they)\\s+(?:no longer|don't|do not|won't|will not|(?:have\\s+)?stopped|can no longer|can't|cannot)\\s+(?:[a-z]+\\s+){1,2}?(.+?)(?:\\s+(?:any ?more|any longer|now))?$"),
            p("^(?:on|nous|je)\\s+(?:ne|n')\\s*(?:[a-z]+\\s+){1,2}?plus\\s+(?:de\\s+|d'|du\\s+|des\\s+|le\\s+|la\\s+|les\\s+|l')?(.+?)$"),
            p("^(?:ya no|no)\\s+(?:[a-z]+\\s+){1,2}?(?:mas\\s+)?(.+?)(?:\\s+(?:ya|mas|nunca))?$"),
            p("^(?:den|die|das|der)?\\s*(.+?)\\s+gibt es (?:nicht mehr|nicht langer|keine?n? mehr)$"),
            p("^es gibt (?:keine?n?\\s+)?(.+?)\\s+mehr$"),
            p("^(?:we|i|they)\\s+(?:have\\s+|'ve\\s+)?(?:just\\s+|finally\\s+)?(?:retired|sold|closed|shut down|discontinued|scrapped|dropped|phased out|got rid of|decommissioned|cancell?ed|abandoned)\\s+(?:the\\s+|our\\s+)?(.+?)(?:\\s+(?:last|this|in|at|two|three|since|recently|already|yesterday|a while ago|for good)\\b.*)?$"),
            p("^(?:the\\s+|our\\s+)?(.+?)\\s+(?:was|were|has been|have been|got|is being|are being|is|are)\\s+(?:now\\s+|just\\s+|finally\\s+)?(?:sold|closed|shut|shut down|discontinued|retired|scrapped|demolished|abandoned|cancell?ed|gone|phased out|outsourced|no more|history)\\b.*$"),
            p("^(?:le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+(?:a ete|ont ete|est|sont)\\s+(?:vendue?s?|fermee?s?|abandonnee?s?|arretee?s?|supprimee?s?)\\b.*$"),
            p("^(?:le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+n'existen?t? plus\\b.*$"),
            p("^(?:el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)\\s+(?:ya no existen?|se (?:vendio|vendieron|cerro|cerraron)|(?:ha|han) cerrado|cerro|cerraron)\\b.*$"),
            p("^(?:der\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:wurde|wurden|ist|sind)\\s+(?:verkauft|geschlossen|abgeschafft|eingestellt)\\b.*$"),
            p("^(?:wir|ich|man)\\s+(?:[a-z]+\\s+){1,2}?(?:keine?n?\\s+)?(.+?)\\s+(?:nicht\\s+)?mehr(?:\\s+(?:an|ein|aus))?$"));

    /** "…, only repairs and servicing now", "…, seulement du dépannage": what stays, said after the value that goes. */
    private static final Pattern ONLY_REST = Pattern.compile(
            "(?iu)\\s*[,;:–—-]\\s*(?:(?:now|maintenant|desormais|désormais|ahora|jetzt)\\s+)?(?:only|just|seulement|uniquement|plus que|s[oó]lo|solamente|[uú]nicamente|nur(?:\\s+noch)?)\\b.*$");

    static boolean remove(RefineSession s, RefineClause c) {
        if (c.match(RefineCues.WORTHLESS_WITHOUT).find()) {
            // "a rental without a pickup date is useless": the field is needed, not unwanted
            return false;
        }
        RefineClause gone = new RefineClause(ONLY_REST.matcher(c.orig).replaceFirst(""));
        for (Pattern p : VALUE_GONE) {
            Matcher m = gone.match(p);
            if (m.find() && (valueOfNamedField(s, gone.group(m, 1))
                    || RefineResolver.field(s, gone.group(m, 1)) == null && removeValue(s, gone.group(m, 1)))) {
                return true;
            }
        }
        for (Pattern p : REMOVE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause target = c.group(m, 1);
            int comma = target.text.indexOf(',');
            if (comma > 0 && !allNamed(s, target)) {
                target = target.sub(0, comma);
            }
            target = new RefineClause(target.orig.replaceAll("(?iu)\\s*[:;,-]\\s*(?:supprim|enl[eè]v|retir|quít|quit|elimín|elimin|borr|entfern|l[oö]sch|remove|delete|drop|scrap)\\S*(?:\\s+(?:it|them|es|sie))?\\s*$", "")
                    .replaceAll("(?i)\\s+(?:but|except|apart from|mais|pero|aber)\\s.*$", "")
                    .replaceAll("(?i)(?:\\s+(?:any ?more|anymore|now|please|too|as well|any longer|plus|ya|mehr|altogether|completely|entirely|for good|separately|at all|either|as a separate list|as a list))+$", "")
                    .replaceAll("(?i)^to\\s+(?:track|keep|record|store|list|manage|have)\\s+", ""));
            if (removeOptions(s, target) || valueOfNamedField(s, target)) {
                return true;
            }
            if (RefineResolver.field(s, target) == null && RefineResolver.entity(s, target) == null && removeValue(s, target)) {
                return true;
            }
            RefineMatcher.FieldRef whole = RefineResolver.field(s, target);
            if (whole != null && whole.score() >= 0.99 && target.text.matches(".*\\s(?:and|et|y|und)\\s.*")) {
                // "the Date and time field" is one field, not two
                return removeOne(s, target);
            }
            boolean any = false;
            String[] parts = target.text.split("\\s*,\\s*|\\s+(?:and|as well as|et|y|und|nor|ni|noch)\\s+");
            if (parts.length >= 2 && fromOneKind(s, parts)) {
                return true;
            }
            for (String part : parts) {
                any |= removeOne(s, new RefineClause(part.replaceFirst("^(?:de la|de l'|du|des|de|d'|del|de los|de las)\\s*", "")));
            }
            return any;
        }
        return false;
    }

    private static final Pattern ARTICLE = p("^(?:the|a|an|our|their|its|le|la|les|l'|el|los|las|die|der|das|den)\\s+");

    /**
     * "drop the customer name and phone from the booking": the kind said once after the last item is where every item
     * is, and an item of one word shares the words before the first item's head ("phone" is the customer phone). Each
     * item must name a field of that kind; otherwise nothing is done here and the items are read one by one.
     */
    private static boolean fromOneKind(RefineSession s, String[] parts) {
        RefineResolver.Scoped scoped = RefineResolver.scope(s, new RefineClause(parts[parts.length - 1]));
        if (scoped.entityKey() == null || scoped.phrase().isEmpty()) {
            return false;
        }
        String[] items = parts.clone();
        items[items.length - 1] = scoped.phrase().orig;
        String first = ARTICLE.matcher(items[0].strip()).replaceFirst("");
        int head = first.lastIndexOf(' ');
        String shared = head > 0 ? first.substring(0, head) : "";
        List<RefineMatcher.FieldRef> found = new java.util.ArrayList<>();
        for (String item : items) {
            String bare = ARTICLE.matcher(item.strip()).replaceFirst("");
            RefineMatcher.FieldRef f = inKind(s, bare, scoped.entityKey());
            if ((f == null || f.score() < 0.99) && !shared.isEmpty() && !bare.contains(" ")) {
                RefineMatcher.FieldRef g = inKind(s, shared + " " + bare, scoped.entityKey());
                f = g != null && g.score() >= 0.99 ? g : f;
            }
            RefineMatcher.FieldRef hit = f;
            if (hit == null || hit.score() < 0.99 || found.stream().anyMatch(x -> x.field().key().equals(hit.field().key()))) {
                return false;
            }
            found.add(hit);
        }
        for (RefineMatcher.FieldRef f : found) {
            s.removeField(f.entity().key(), f.field().key());
        }
        return true;
    }

    private static RefineMatcher.FieldRef inKind(RefineSession s, String words, String kind) {
        RefineMatcher.FieldRef f = RefineMatcher.field(s.spec, words, kind, s.originalFields);
        return f != null && f.entity().key().equals(kind) ? f : null;
    }

    /** "notes, returned and condition": every part names a field or kind (so the commas list them). */
    private static boolean allNamed(RefineSession s, RefineClause target) {
        for (String part : target.text.split("\\s*,\\s*|\\s+(?:and|et|y|und)\\s+")) {
            RefineClause p = new RefineClause(part);
            RefineMatcher.FieldRef f = RefineResolver.field(s, p);
            if ((f == null || f.score() < 0.99) && RefineResolver.entity(s, p) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the private insurance", "el seguro Privado", "den Status Geplant": a choice field named with
     * one of its values, so the value goes, not the field.
     */
    static boolean valueOfNamedField(RefineSession s, RefineClause target) {
        List<String> words = new java.util.ArrayList<>(List.of(RefineText.fold(target.orig.replaceAll("[\"«»'“”„]", " ")).split("[^\\p{L}\\p{N}-]+")));
        words.removeIf(w -> w.isBlank() || w.matches("altogether|anymore|completely|entirely|now|longer|more|either|too|ya|mas|mehr|plus|the|a|an|our|all|any|option|options|choice|choices|value|values|le|la|les|l|de|du|des|el|los|las|del|un|una|die|der|das|den|dem|des|option|opcion|valeur|wert"));
        for (Entity e : s.spec.entities()) {
            for (var f : e.fields()) {
                if (!f.type().hasOptions()) {
                    continue;
                }
                List<String> label = RefineMatcher.words(f.label());
                List<String> rest = new java.util.ArrayList<>(words);
                if (label.isEmpty() || !rest.removeIf(w -> label.stream().anyMatch(l -> RefineText.sameWord(l, w)))) {
                    continue;
                }
                String said = String.join(" ", rest);
                for (String o : f.options()) {
                    String fo = RefineText.fold(o);
                    if (!said.isEmpty() && (fo.equals(said) || fo.equals(RefineText.fold(s.singular(said))))) {
                        s.removeOptions(e.key(), f.key(), List.of(o));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "we don't lend projectors anymore": a choice value (any field) rather than a field. */
    private static boolean removeValue(RefineSession s, RefineClause target) {
        String bare = RefineText.fold(target.orig).replaceAll("^(?:(?:on|in|at|for|with|of|to|sur|en|de|con|mit|auf|an|fur)\\s+)?(?:the|all|any|our|les|la|le|los|las|el|die|der|das)\\s+", "")
                .replaceAll("^(?:on|in|at|for|with|sur|en|con|mit|auf|fur)\\s+", "").strip();
        String one = RefineText.fold(s.singular(bare));
        for (Entity e : s.spec.entities()) {
            for (var f : e.fields()) {
                if (!f.type().hasOptions() || RefineText.fold(f.label()).equals(bare)) {
                    continue;
                }
                for (String o : f.options()) {
                    String fo = RefineText.fold(o);
                    if (fo.equals(bare) || fo.equals(one) || compound(bare, fo, e, f)) {
                        s.removeOptions(e.key(), f.key(), List.of(o));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Nachtschicht" for the value Nacht of a field on Schicht: a value joined to what it is a value of. */
    private static boolean compound(String word, String value, Entity e, org.toolsmith.spec.Field f) {
        if (word.contains(" ") || value.length() < 3 || !word.startsWith(value) || word.length() <= value.length() + 2) {
            return false;
        }
        String rest = word.substring(value.length()).replaceFirst("^[-s]", "");
        String restPlain = word.substring(value.length()).replaceFirst("^-", "");
        for (String head : List.of(RefineText.fold(e.name()), RefineText.fold(f.label()))) {
            if (head.equals(rest) || head.equals(restPlain) || RefineText.sameWord(head, restPlain)) {
                return true;
            }
        }
        return false;
    }

    private static boolean removeOne(RefineSession s, RefineClause target) {
        if (RefineResolver.isPronoun(target)) {
            if (s.valueRemovedBefore) {
                // "we no longer accept Private, take it off the list": the value, already gone
                return true;
            }
            RefineMatcher.FieldRef last = s.last();
            if (last != null) {
                s.removeField(last.entity().key(), last.field().key());
            }
            return s.lastField != null;
        }
        boolean kindWords = RefineMatcher.namesKind(target.orig);
        boolean fieldWords = target.text.matches(".*\\b(?:field|column|box|tick ?box|checkbox|champ|campo|feld|spalte)s?\\b.*");
        Entity e = RefineResolver.entity(s, target);
        RefineMatcher.FieldRef f = RefineResolver.field(s, target);
        String bare = RefineText.fold(target.orig).replaceAll("^(?:the|all|all the|our|les|la|le|los|las|el|die|der|das)\\s+", "").strip();
        boolean plural = e != null && e.plural() != null && RefineText.fold(e.plural()).equals(bare) && !RefineText.fold(e.name()).equals(bare);
        if (e != null && !fieldWords && (kindWords || plural || f == null || f.score() < 1.0)) {
            s.removeEntity(e.key());
            return true;
        }
        if (f != null) {
            s.removeField(f.entity().key(), f.field().key());
            return true;
        }
        return false;
    }

    /** "remove Lost from the conditions": a choice value out of a choice field. */
    private static boolean removeOptions(RefineSession s, RefineClause target) {
        Matcher m = target.match(REMOVE_OPTION);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, target.group(m, 2));
        if (f == null || !f.field().type().hasOptions()) {
            return false;
        }
        List<String> values = RefineText.values(target.group(m, 1).orig);
        List<String> present = values.stream().filter(v -> f.field().options().stream().anyMatch(v::equalsIgnoreCase)).toList();
        if (present.isEmpty()) {
            return false;
        }
        s.removeOptions(f.entity().key(), f.field().key(), present);
        return true;
    }

    private RefineRemovals() {
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/** Turns the words of a clause into the field or record kind they name, "it" included. */
final class RefineResolver {
    private static final Pattern PRONOUN = Pattern.compile(
            "^(?:it|them|this|that|this one|that one|this field|that field|it's|its|ce champ|celui-ci|le|la|lo|ello|este campo|es|das|dieses feld|ihn|sie|damit|davon|dafur|s'en|nous en|en|el|ella|ellos|ellas|lo|los|las|les|que sea|que sean|qu'il soit|qu'elle soit)$");
    /** "… on the donor", "… for each volunteer", "… bei den Aufgaben": the kind the words are about. */
    private static final Pattern ENTITY_TAIL = Pattern.compile(
            "\\s+(?:on|to|for|in|of|at|into|from|per|with|during|sur|pour|dans|a|aux|au|de|des|du|en|pendant|lors de|para|del|durante|bei|beim|zu|zur|zum|fur|im|in|von|vom|am|wahrend)"
                    + "\\s+(?:(?:the|each|every|a|an|all|our|their|la|le|les|l'|chaque|el|los|las|cada|den|dem|der|die|das|jede[rsmn]?|alle)\\s+)?"
                    + "(?!which\\b|what\\b|quel|cual|welche)([\\w' -]{2,60}?)(?:\\s+(?:record|records|entries|table|list))?\\s*$");
    /** "relationship to the student" names a field; the kind after "to" is part of its name. */
    private static final Pattern RELATIONAL = Pattern.compile("\\b(?:relationship|relation|distance|connection|ratio|access|proximity|difference|link)\\s*$");
    private static final Pattern EACH = Pattern.compile("\\b(?:each|every|per|chaque|cada|jede[rsmn]?)\\s+([\\w-]+)(?:'s)?\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:(?:the|each|every)\\s+)?([\\w-]+)'s?\\s+(.+)$");

    private RefineResolver() {
    }

    /** A phrase with the kind it is about split off, when its tail names one. */
    record Scoped(RefineClause phrase, String entityKey) {
    }

    static Scoped scope(RefineSession s, RefineClause phrase) {
        Matcher m = phrase.match(ENTITY_TAIL);
        int from = phrase.text.length();
        // the last preposition first: "the number of seats on each room" is about rooms
        while (from > 0) {
            int at = phrase.text.lastIndexOf(' ', from - 1);
            if (at <= 0) {
                break;
            }
            from = at;
            if (m.find(at) && m.start() == at && !RELATIONAL.matcher(phrase.text.substring(0, at)).find()) {
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
                if (e != null && e.score() >= 0.99) {
                    return new Scoped(phrase.sub(0, m.start()), e.entity().key());
                }
            }
        }
        Matcher p = phrase.match(POSSESSIVE);
        if (p.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, p.group(1));
            if (e != null) {
                return new Scoped(phrase.group(p, 2), e.entity().key());
            }
        }
        Matcher each = phrase.match(EACH);
        if (each.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, each.group(1));
            if (e == null) {
                // "whether each attendee needs parking": the attendee is a field, the record is where it lives
                RefineMatcher.FieldRef holder = RefineMatcher.field(s.spec, each.group(1), null, s.originalFields);
                e = holder != null && holder.score() >= 1 && RefineText.fold(holder.field().label()).equals(each.group(1))
                        ? new RefineMatcher.EntityRef(holder.entity(), 1) : null;
            }
            if (e != null) {
                RefineClause rest = new RefineClause((phrase.sub(0, each.start()).orig + " " + phrase.from(each.end()).orig).strip()
                        .replaceAll("(?i)\\s+(?:at|on|for|in|of|per|to|from|with)$", ""));
                return new Scoped(rest, e.entity().key());
            }
        }
        return new Scoped(phrase, null);
    }

    /** "… and the date of the next check on printers": the kind said once at the end of a list, for every item of it. */
    private static final Pattern LIST_TAIL = Pattern.compile(
            "\\s+(?:(?:on|to|for|in|at|into|per|sur|pour|dans|aux|au|para|bei|beim|zu|zur|zum|fur|im)"
                    + "\\s+(?:(?:the|each|every|all|our|les|chaque|los|las|cada|den|dem|der|die|jede[rsmn]?|alle[mn]?)\\s+)?|en\\s+(?:los|las|el|la|cada)\\s+)([\\w-]+)\\s*$");
    /** "the date on which he visits the company", "la date à laquelle il fait sa visite en entreprise": the place is the clause's, not the list's. */
    private static final Pattern RELATIVE_ITEM = Pattern.compile(
            "\\b(?:which|who|whom|where|when|that|he|she|they|we|i|you|it|laquelle|lequel|auquel|duquel|ou|qui|que|qu'|il|elle|ils|elles|on|nous|vous|"
                    + "donde|cuando|quien|la que|el que|wo|wann|wer|er|sie|wir|man)\\b");

    /** The kind the last item of a list names at its very end ("… on printers", "… en los pedidos"), or null. */
    static String listTail(RefineSession s, RefineClause lastItem) {
        Matcher m = lastItem.match(LIST_TAIL);
        if (!m.find() || m.start() == 0 || s.clauseEntity != null || RELATIONAL.matcher(lastItem.text.substring(0, m.start())).find()
                || RELATIVE_ITEM.matcher(lastItem.text.substring(0, m.start())).find()) {
            return null;
        }
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
        return e != null && e.score() >= 0.99 ? e.entity().key() : null;
    }

    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:and|und|et|y)\\s+)?(?:on|for|to|in|at|bei|beim|zu|zur|zum|fur|im|dans|pour|sur|aux|au|para|en|al|a(?=\\s+(?:los|las|la|el|cada)\\s))\\s+(?:(?:the|each|every|all|den|dem|der|die|das|jede[rsmn]?|les|la|le|l'|chaque|los|las|el|cada)\\s+)?([\\w-]+)\\s*,?\\s+(.+)$");

    /** "bei den Besprechungen einen Ort und …": a kind named in front of the list. */
    static Scoped leadingScope(RefineSession s, RefineClause phrase) {
        Matcher m = phrase.match(LEADING);
        if (m.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
            if (e != null && e.score() >= 0.99) {
                return new Scoped(phrase.group(m, 2), e.entity().key());
            }
        }
        return new Scoped(phrase, null);
    }

    private static final Pattern SCOPE_ALONE = Pattern.compile(
            "^(?:(?:and|und|et|y)\\s+)?(?:on|for|in|at|bei|beim|fur|im|dans|pour|sur|chez|para|en)\\s+(?:(?:the|each|every|all|den|dem|der|die|das|jede[rsmn]?|les|la|le|l'|chaque|los|las|el|cada)\\s+)?([\\w-]+(?:\\s+[\\w-]+)?)$");

    /** "…, et pour les salles, si elles ont…": a list item that only names the kind of the items after it. */
    static String scopeAlone(RefineSession s, RefineClause item) {
        Matcher m = item.match(SCOPE_ALONE);
        if (!m.find()) {
            return null;
        }
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
        return e != null && e.score() >= 0.99 ? e.entity().key() : null;
    }

    static boolean isPronoun(RefineClause phrase) {
        return PRONOUN.matcher(phrase.text.replaceAll("[.,!?]", "").strip()).matches();
    }

    /** The existing field the words name: "it" is the last one spoken of. */
    static RefineMatcher.FieldRef field(RefineSession s, RefineClause phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return null;
        }
        if (isPronoun(phrase)) {
            return s.last();
        }
        Scoped scoped = scope(s, phrase);
        String prefer = scoped.entityKey() != null ? scoped.entityKey() : s.clauseEntity != null ? s.clauseEntity
                : s.lastEntity != null ? s.lastEntity : RefineMatcher.main(s.spec).key();
        for (String q : RefineText.quoted(phrase.orig)) {
            RefineMatcher.FieldRef exact = RefineMatcher.field(s.spec, q, prefer, s.originalFields);
            if (exact != null && exact.score() >= 1) {
                return exact;
            }
        }
        RefineMatcher.FieldRef f = RefineMatcher.field(s.spec, scoped.phrase().orig, prefer, s.originalFields);
        if ((f == null || f.score() < 0.99) && s.glossary != null) {
            // "le kilométrage" for a field labelled "Mileage"
            for (String alt : s.glossary.alternatives(scoped.phrase().orig)) {
                RefineMatcher.FieldRef t = RefineMatcher.field(s.spec, alt, prefer, s.originalFields);
                if (t != null && t.score() >= 0.99 && (f == null || t.score() > f.score())) {
                    f = t;
                }
            }
        }
        // "bei den Behandlungsarten": the Art of a Behandlung, said as one word (the whole word, not its first part)
        RefineMatcher.FieldRef compound = GermanCompounds.field(s, scoped.phrase());
        f = compound != null ? compound : f;
        if (f != null && scoped.entityKey() != null && !f.entity().key().equals(scoped.entityKey())) {
            return null;
        }
        return f;
    }

    static Entity entity(RefineSession s, RefineClause phrase) {
        if (phrase == null || phrase.isEmpty() || GermanCompounds.field(s, phrase) != null) {
            // "die Behandlungsarten" name a field of Behandlung, not the kind
            return null;
        }
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, phrase.orig);
        if (e == null && s.glossary != null) {
            for (String alt : s.glossary.alternatives(phrase.orig)) {
                RefineMatcher.EntityRef t = RefineMatcher.entity(s.spec, alt);
                if (t != null && t.score() >= 0.99) {
                    return t.entity();
                }
            }
        }
        return e == null ? null : e.entity();
    }

    /** Words for what a thing is rather than what happens to it: they describe the kind others link to. */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "\\b(?:type|kind|model|brand|make|manufacturer|fuel|fuel type|colou?r|size|capacity|serial number|serial|plate|material|dimensions|weight|year of manufacture|engine|"
                    + "carburant|couleur|taille|marque|modele|combustible|marca|modelo|tamano|kraftstoff|farbe|grosse|marke|modell|"
                    // what a person is (a candidate, a member), not what happens to them
                    + "salary|expected salary|salary expectations?|seniority(?: level)?|date of birth|birth ?date|birthday|nationality|languages? spoken|skills|years of experience|linkedin(?: profile)?|"
                    + "salaire|pretentions? salariales?|anciennete|date de naissance|nationalite|competences|salario(?: esperado)?|antiguedad|fecha de nacimiento|nacionalidad|"
                    + "gehalt|gehaltsvorstellung|geburtsdatum|nationalitat|berufserfahrung|"
                    // what an event or a thing is, not what happens at it
                    + "dress code|tenue|vestimenta|kleiderordnung|dresscode|purchase (?:date|price))$"
                    + "|[a-z]{3,}(?:typ|farbe|marke|modell|kraftstoff)$");

    /**
     * What a thing or a person has for as long as it is kept, never what one visit, loan or order of it has: a thing's
     * manual, insurance, purchase price, website or assigned driver, a person's background check. Said
     * without a kind, it goes to the one kind the main one links to, as {@link #DESCRIPTOR} does ("add the insurance
     * expiry date" on vans and their services, "un lien vers le site web" on orders and their clients). A plain "driver"
     * may be a delivery's, so only an assigned or usual one counts.
     */
    private static final Pattern STANDING = Pattern.compile(
            "(?:^|\\s|')(?:(?:user |owner'?s? |instruction )?manual|manuel(?: d'utilisation)?|notice(?: d'utilisation)?|mode d'emploi|manual de (?:uso|usuario|instrucciones)"
                    + "|datasheet|data sheet|fiche technique|ficha tecnica"
                    + "|insurance(?: [a-z]+){0,2}|assurance|seguro|(?:date|cout|coste|prix|precio|fecha|valeur|valor) d[e'] ?(?:achat|compra)"
                    + "|web ?site(?: [a-z]+)?|homepage|site (?:web|internet)|pagina web|sitio web"
                    + "|(?:assigned|usual|main|regular) driver|driver (?:assigned|in charge)|conducteur (?:attitre|habituel|principal|affecte)"
                    + "|conductor (?:asignado|habitual|principal)|chauffeur attitre"
                    + "|background check(?: [a-z]+)?|dbs(?: check)?|(?:extrait de )?casier(?: judiciaire)?(?: [a-z]+)?|(?:certificado de )?antecedentes(?: penales)?)$");
    /** A standing detail is said in a few words ("the insurance policy number of the van"); a longer phrase says more. */
    private static final int STANDING_WORDS = 6;

    /** "the manual as a PDF upload", "la notice en PDF", "el manual en PDF": how it is kept is no part of what it is. */
    private static final Pattern AS_A_FILE = Pattern.compile("\\s+(?:as|in|en|como|sous)\\s+(?:(?:a|an|un|une|forme de)\\s+)?(?:pdf|file|fichier|archivo|scan|photo|foto|upload|attachment|piece jointe|adjunto)\\b.*$");

    /**
     * "record the fuel type" on a spec of vehicles and their service visits: a word that describes
     * a thing goes to the thing (the kind the main one links to), not to the visits.
     */
    static String describedKind(RefineSession s, String main, RefineClause phrase) {
        String words = RefineText.fold(RefineText.label(phrase.orig)).replaceAll("\\s*[(:].*$", "")
                .replaceAll("^(?:their|its|his|her|our|leur|leurs|sa|son|ses|su|sus|ihr|ihre|sein|seine)\\s+", "");
        words = AS_A_FILE.matcher(words).replaceAll("").strip();
        if (!(DESCRIPTOR.matcher(words).find() && words.split("\\s+").length <= 3
                || STANDING.matcher(words).find() && words.split("\\s+").length <= STANDING_WORDS)) {
            return main;
        }
        Entity m = s.entity(main);
        java.util.List<String> parents = m == null ? java.util.List.of() : m.fields().stream()
                .filter(f -> f.type() == org.toolsmith.spec.FieldType.REFERENCE && f.target() != null && !f.target().equals(main))
                .map(org.toolsmith.spec.Field::target).distinct().toList();
        return parents.size() == 1 && s.entity(parents.get(0)) != null ? parents.get(0) : main;
    }

    /** The kind new fields go to: the one the clause names, else the one last spoken of, else the main one. */
    static String targetEntity(RefineSession s, String hinted) {
        if (hinted != null) {
            return hinted;
        }
        if (s.clauseEntity != null && s.entity(s.clauseEntity) != null) {
            return s.clauseEntity;
        }
        if (s.lastEntity != null && s.entity(s.lastEntity) != null) {
            return s.lastEntity;
        }
        String done = doneKind(s);
        return done != null ? done : RefineMatcher.main(s.spec).key();
    }

    /** "who fixed it and when", "qui l'a résolu et quand", "wer es repariert hat": a question about a deed. */
    private static final Pattern ASKS_WHO_WHEN = Pattern.compile("(?:^|[\\s'])(?:who|when|qui|quand|quien|cuando|wer|wann)(?:$|\\s)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");

    /**
     * The kind a question about a deed speaks of when it names no kind: the only one with a choice value for that deed
     * ("who fixed it and when" on bugs whose status offers Fixed; "quién lo entregó" on orders with Entregado).
     */
    static String doneKind(RefineSession s) {
        if (s.clauseSaid == null) {
            return null;
        }
        String said = RefineText.fold(s.clauseSaid);
        if (!ASKS_WHO_WHEN.matcher(said).find()) {
            return null;
        }
        String found = null;
        Matcher w = WORD.matcher(said);
        while (w.find()) {
            String word = w.group();
            for (Entity e : s.spec.entities()) {
                boolean offers = e.fields().stream().filter(f -> f.type().hasOptions()).flatMap(f -> f.options().stream()).map(RefineText::fold)
                        .anyMatch(o -> o.equals(word) || o.length() >= 6 && word.length() >= 6 && !o.contains(" ") && o.regionMatches(0, word, 0, 6));
                if (offers && found != null && !found.equals(e.key())) {
                    return null;
                }
                if (offers) {
                    found = e.key();
                }
            }
        }
        return found;
    }
}

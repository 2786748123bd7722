package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Reads who-sees-what sentences into the spec's {@code access} rules: "each employee sees only their
 * own requests; managers see all", "staff can only see expenses they submitted", "the assignee sees
 * their tickets" (row rules, owned by the creator or a person field), "only HR can see the salary
 * field" (a field rule), in English, and the usual phrasings in French, Spanish and German.
 * {@link #split} takes those sentences out of the request first, so that they do not also become
 * fields; {@link #apply} adds the rules once the record kinds exist. Stateless and thread-safe.
 */
final class AccessReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Who-sees-what sentences are short; longer ones are not read (and keep the reading linear). */
    private static final int MAX_SENTENCE = 400;
    private static final String SEE = "(?:sees?|views?|access(?:es)?|reads?|voit|voient|consulte|consultent|ve|ven|sieht|sehen)";
    /** "... see(s) ... their own / they submitted / assigned to them" and its FR, ES, DE forms. */
    private static final Pattern OWN = Pattern.compile("\\b" + SEE + "\\b(.*?)\\b(their own|his own|her own|his or her own|their"
            + "|they (?:submitted|created|added|made|entered|filed|raised|opened|logged|wrote|own|are assigned)|assigned to them"
            + "|ses propres|leurs propres|ses|leurs|qu'(?:il|elle|ils|elles) (?:a|ont) (?:cré|soumis|saisi|ajouté)\\w*"
            + "|sus propi[ao]s|sus|seine eigenen|ihre eigenen|seine|ihre)\\b(.*)$", FLAGS);
    private static final Pattern ONLY_SEE_FIELD = Pattern.compile(
            "\\b(?:only|seul(?:e|s|es)?|s[oó]lo|solamente|nur)\\s+(.+?)\\s+(?:can|may|should|are allowed to|is allowed to|peut|peuvent"
            + "|puede|pueden|darf|d[uü]rfen|kann|k[oö]nnen)\\s+(?:see|view|read|access|voir|consulter|ver)\\s+(.+)$", FLAGS);
    private static final Pattern DE_FIELD = Pattern.compile("\\bnur\\s+(.+?)\\s+(?:darf|d[uü]rfen|kann|k[oö]nnen)\\s+(.+?)\\s+sehen$", FLAGS);
    private static final Pattern VISIBLE_TO = Pattern.compile(
            "^(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?(?:is|are|should be)\\s+(?:only\\s+)?(?:visible|shown)\\s+(?:only\\s+)?to\\s+(.+)$", FLAGS);
    private static final Pattern HIDE = Pattern.compile("\\bhide\\s+(?:the\\s+)?(.+?)\\s+from\\s+(?:everyone|everybody|all)\\s+(?:but|except)\\s+(.+)$", FLAGS);
    private static final Pattern SEE_ALL = Pattern.compile("^(?:but\\s+|and\\s+|while\\s+|whereas\\s+|mais\\s+|pero\\s+|aber\\s+)?(.{2,60}?)\\s+"
            + "(?:can\\s+|may\\s+|peuvent\\s+|pueden\\s+|d[uü]rfen\\s+|k[oö]nnen\\s+)?(?:see|view|voir|voient|ven|ver|sehen)\\s+"
            + "(?:them\\s+)?(?:all|everything|every\\b|tout|toutes|tous|todo|todas|todos|alle|alles)", FLAGS);
    private static final Pattern ARTICLES = Pattern.compile("^(?:the|a|an|each|every|all|les|le|la|l'|des|los|las|el|die|der|das|alle)\\s+", FLAGS);

    /** The request without its access sentences, and those sentences in order. */
    record Split(String rest, List<String> sentences) {
    }

    /** What a chat message about access changes: the spec after, and a plain sentence per new or changed rule. */
    record Found(AppSpec spec, List<String> said, boolean onlyAccess) {
        boolean any() {
            return !said.isEmpty();
        }
    }

    /** For the refiner: the rules a message states; {@code onlyAccess} when it says nothing else. */
    Found refine(AppSpec spec, String message) {
        Split split = split(message);
        if (split.sentences().isEmpty()) {
            return new Found(spec, List.of(), false);
        }
        AppSpec out = apply(spec, split.sentences());
        List<String> said = new ArrayList<>();
        for (AccessRule r : out.access()) {
            if (!spec.access().contains(r)) {
                said.add("Who sees what: " + org.toolsmith.build.AccessWords.rule(out, r));
            }
        }
        return new Found(out, said, split.rest().replaceAll("[\\s.;,!?]+", "").isEmpty());
    }

    Split split(String request) {
        List<String> found = new ArrayList<>();
        String rest = request;
        for (String sentence : request.split("(?<=[.!?])\\s+|\\n+")) {
            String s = clean(sentence);
            if (!s.isEmpty() && s.length() <= MAX_SENTENCE && isAccess(s)) {
                found.add(s);
                rest = rest.replace(sentence.strip(), "");
            }
        }
        return new Split(rest, found);
    }

    /** The spec with a rule per sentence it understands; sentences naming no record kind or field are left out. */
    AppSpec apply(AppSpec spec, List<String> sentences) {
        List<AccessRule> rules = new ArrayList<>(spec.access());
        List<String> seeAllLater = new ArrayList<>();
        for (String s : sentences) {
            for (String clause : clauses(s)) {
                Optional<AccessRule> rule = rule(spec, clause.strip(), rules);
                if (rule.isPresent()) {
                    AccessRule r = rule.get().withBecause(s);
                    rules.removeIf(x -> x.entity().equals(r.entity()) && x.isRowRule() == r.isRowRule()
                            && (r.isRowRule() || x.field().equals(r.field())));
                    rules.add(r);
                } else if (SEE_ALL.matcher(clause.strip()).find()) {
                    seeAllLater.add(clause.strip());
                }
            }
        }
        for (String clause : seeAllLater) {
            rules = seeAll(spec, rules, clause);
        }
        return retitle(spec, rules);
    }

    /**
     * The clauses of an access sentence: split at semicolons, before "but/while/…", and before a comma
     * that starts "managers see all" ("each employee sees their own claims, managers see all of them").
     */
    static List<String> clauses(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s*;\\s*|,\\s+(?=(?:but|while|whereas|mais|pero|aber)\\b)")) {
            int from = 0;
            int comma = part.indexOf(", ");
            while (comma > 0) {
                String tail = part.substring(comma + 2);
                if (SEE_ALL.matcher(tail).find()) {
                    out.add(part.substring(from, comma));
                    from = comma + 2;
                }
                comma = part.indexOf(", ", comma + 2);
            }
            out.add(part.substring(from));
        }
        return out;
    }

    /** A hidden field cannot stand for its records: the kind gets another title field (the rule goes if there is none). */
    private static AppSpec retitle(AppSpec spec, List<AccessRule> rules) {
        AppSpec out = spec;
        List<AccessRule> kept = new ArrayList<>();
        for (AccessRule r : rules) {
            Entity e = out.entity(r.entity()).orElse(null);
            if (r.isRowRule() || e == null || !e.titleField().map(Field::key).orElse("").equals(r.field())) {
                kept.add(r);
                continue;
            }
            Set<String> hidden = new LinkedHashSet<>();
            rules.stream().filter(x -> !x.isRowRule() && x.entity().equals(e.key())).forEach(x -> hidden.add(x.field()));
            List<Field> others = e.fields().stream().filter(f -> !hidden.contains(f.key())).toList();
            Optional<Field> title = others.stream().filter(f -> f.type() == FieldType.TEXT).findFirst().or(() -> others.stream().findFirst());
            if (title.isPresent()) {
                out = out.mapEntity(e.key(), x -> x.withTitle(title.get().key()));
                kept.add(r);
            }
        }
        return out.withAccess(kept);
    }

    private static boolean isAccess(String s) {
        return OWN.matcher(s).find() && !s.matches("(?i).*\\b(?:field|column|champ|campo|feld)s?\\b.*") && !isList(s)
                || ONLY_SEE_FIELD.matcher(s).find() || DE_FIELD.matcher(s).find() || VISIBLE_TO.matcher(s).find()
                || HIDE.matcher(s).find() || SEE_ALL.matcher(s).find() && s.split("\\s+").length <= 12;
    }

    /** "Each request has a title, a date, ..." is a field list even if it says "their". */
    private static boolean isList(String s) {
        return s.contains(":") || s.split(",").length > 2 || WE_SEE.matcher(s).find();
    }

    /** "we want to see their name and their CV": what the writer wants to see are fields, not who sees what. */
    private static final Pattern WE_SEE = Pattern.compile("\\b(?:we|i)(?:'d| would| will| also| really)* (?:want|need|like|have|love|wish) to (?:see|view)\\b"
            + "|\\b(?:nous )?(?:voulons|voudrions|veux|voudrais) voir\\b|\\b(?:queremos|quiero|necesitamos|necesito) ver\\b"
            + "|\\b(?:wir|ich) (?:wollen|m[oö]chten|m[uü]ssen) (?![^.]*\\bdass\\b)[^,]{0,40}\\bsehen\\b", FLAGS);

    private Optional<AccessRule> rule(AppSpec spec, String clause, List<AccessRule> sofar) {
        Matcher m;
        if ((m = ONLY_SEE_FIELD.matcher(clause)).find() || (m = DE_FIELD.matcher(clause)).find()) {
            Optional<AccessRule> field = fieldRule(spec, m.group(2), m.group(1));
            if (field.isPresent()) {
                return field;
            }
            // "only managers can see expenses": the groups see all of a kind, the rest their own
            Optional<Entity> kind = entity(spec, m.group(2));
            if (kind.isPresent()) {
                return Optional.of(AccessRule.ownRows(kind.get().key(), null, groups(m.group(1)), null));
            }
        }
        if ((m = VISIBLE_TO.matcher(clause)).find() || (m = HIDE.matcher(clause)).find()) {
            return fieldRule(spec, m.group(1), m.group(2));
        }
        Matcher own = OWN.matcher(clause);
        if (own.find()) {
            String object = own.group(1) + " " + own.group(3);
            Optional<Entity> kind = entity(spec, object).or(() -> entity(spec, clause))
                    .or(() -> spec.entities().size() == 1 ? Optional.of(spec.entities().get(0)) : Optional.empty());
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            String subject = clause.substring(0, own.start());
            // "each employee sees their own": everyone, by who added it; "the assignee sees their …": that person field
            boolean everyone = subject.strip().matches("(?iu)^(?:each|every|all|any|chaque|tous|toutes|cada|todos|todas|jede[rsn]?|alle)\\b.*");
            String owner = (everyone ? Optional.<Field>empty() : personField(kind.get(), subject))
                    .or(() -> own.group(2).toLowerCase(Locale.ROOT).contains("assigned") ? firstPerson(kind.get(), "assign") : Optional.empty())
                    .map(Field::key).orElse(AccessRule.CREATOR);
            return Optional.of(AccessRule.ownRows(kind.get().key(), owner, List.of(), null));
        }
        return Optional.empty();
    }

    private static Optional<AccessRule> fieldRule(AppSpec spec, String fieldWords, String groupWords) {
        String w = " " + Text.fold(fieldWords).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        Optional<Entity> named = entity(spec, fieldWords);
        List<Entity> order = new ArrayList<>(spec.entities());
        named.ifPresent(n -> {
            order.remove(n);
            order.add(0, n);
        });
        for (Entity e : order) {
            Optional<Field> f = e.fields().stream()
                    .filter(x -> w.contains(" " + Text.fold(x.label()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "))
                    .max(Comparator.comparingInt(x -> x.label().length()));
            List<String> groups = groups(groupWords);
            if (f.isPresent() && !groups.isEmpty()) {
                return Optional.of(AccessRule.hiddenField(e.key(), f.get().key(), groups, null));
            }
        }
        return Optional.empty();
    }

    /** "managers see all" after a row rule: the group joins see_all of the kind it names, or of the last row rule. */
    private static List<AccessRule> seeAll(AppSpec spec, List<AccessRule> rules, String clause) {
        Matcher m = SEE_ALL.matcher(clause);
        if (!m.find()) {
            return rules;
        }
        List<String> groups = groups(m.group(1));
        Optional<String> kind = entity(spec, clause.substring(m.end())).map(Entity::key);
        List<AccessRule> rows = rules.stream().filter(AccessRule::isRowRule).filter(r -> AccessRule.OWN.equals(r.rows()))
                .filter(r -> kind.isEmpty() || r.entity().equals(kind.get())).toList();
        if (rows.isEmpty() || groups.isEmpty()) {
            return rules;
        }
        AccessRule target = rows.get(rows.size() - 1);
        Set<String> all = new LinkedHashSet<>(target.seeAll());
        all.addAll(groups);
        List<AccessRule> out = new ArrayList<>(rules);
        out.set(out.indexOf(target), AccessRule.ownRows(target.entity(), target.owner(), List.copyOf(all), target.because()));
        return out;
    }

    /** The record kind the words name: its name or plural, else the last word of either ("requests" for "Leave requests"). */
    private static Optional<Entity> entity(AppSpec spec, String words) {
        String w = " " + Text.fold(words).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        for (Entity e : spec.entities()) {
            if (w.contains(" " + Text.fold(e.name()) + " ") || w.contains(" " + Text.fold(e.plural()) + " ")) {
                return Optional.of(e);
            }
        }
        // the head word: last in English and German ("Leave request"), first in French and Spanish ("Demande de congé")
        for (Entity e : spec.entities()) {
            for (List<String> label : List.of(Text.words(Text.fold(e.name())), Text.words(Text.fold(e.plural())))) {
                if (!label.isEmpty() && (mentions(w, label.get(label.size() - 1)) || mentions(w, label.get(0)))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(String words, String word) {
        return word.length() > 2 && (words.contains(" " + word + " ") || words.contains(" " + word + "s ")
                || words.contains(" " + word + "es "));
    }

    private static Optional<Field> personField(Entity e, String subject) {
        String w = " " + Text.fold(subject).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return e.fields().stream().filter(f -> f.type() == FieldType.PERSON)
                .filter(f -> w.contains(" " + Text.fold(f.label()) + " ")).findFirst();
    }

    private static Optional<Field> firstPerson(Entity e, String hint) {
        List<Field> people = e.fields().stream().filter(f -> f.type() == FieldType.PERSON).toList();
        return people.stream().filter(f -> Text.fold(f.label()).contains(hint)).findFirst().or(() -> people.stream().findFirst());
    }

    /** "HR and the managers" → [HR, Managers]: names as written, capitalized, that fit a group name. */
    static List<String> groups(String words) {
        List<String> out = new ArrayList<>();
        for (String part : words.split("\\s*(?:,|\\band\\b|\\bor\\b|\\bet\\b|\\bou\\b|\\by\\b|\\bo\\b|\\bund\\b|\\boder\\b)\\s*")) {
            String g = part.strip();
            Matcher a;
            while ((a = ARTICLES.matcher(g)).find()) {
                g = g.substring(a.end()).strip();
            }
            g = g.replaceAll("(?i)\\s+(?:team|department|group|staff|people|members)$", "").strip();
            g = g.replaceAll("(?i)^(?:members of|people in|the)\\s+", "").strip();
            if (g.isEmpty() || g.split("\\s+").length > 3 || !g.matches("[\\p{L}0-9][\\p{L}0-9 ._-]{0,99}")) {
                continue;
            }
            if (g.matches("(?i)everyone|everybody|all|people|staff|employees|tout le monde|todos|jeder|alle")) {
                continue;
            }
            String name = Text.capitalize(g);
            if (name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}") && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String clean(String sentence) {
        return Text.plainQuotes(sentence).strip().replaceAll("[.!?]+$", "").replaceAll("^(?:[-*•]\\s+)", "").strip();
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * Puts a reading together into record kinds: where the loose fields go, which kind is the main
 * one, completion from an archetype when the request is terse, and links resolved to kinds.
 */
final class DraftAssembler {
    /** Below this many listed fields a request is terse and the archetype fills in. */
    static final int TERSE = 3;

    private final Lexicon lex;
    private final RequestReader reader;
    private final Optional<ArchetypeCatalog.Match> archetype;
    private final KindLinker linker;

    DraftAssembler(Lexicon lex, RequestReader reader, Optional<ArchetypeCatalog.Match> archetype) {
        this.lex = lex;
        this.reader = reader;
        this.archetype = archetype;
        this.linker = new KindLinker(lex);
    }

    List<DraftEntity> assemble() {
        RequestReader.Reading r = reader.out;
        List<DraftEntity> entities = new ArrayList<>(r.entities);
        boolean terse = r.listedFields < TERSE;
        DraftEntity main = r.main;
        if (!main.fields.isEmpty() || entities.isEmpty()) {
            if (!entities.isEmpty() && main.fields.size() < TERSE && !onlyCollections(entities, r)) {
                DraftEntity first = firstNonCollection(entities, r);
                main.fields.forEach(first::add);
                main = first;
            } else {
                main.name = mainName(r);
                if (linker.find(entities, main.name).isPresent()) {
                    // the title names a kind listed on its own: the loose fields are the archetype's record
                    main.name = archetype.map(m -> m.archetype().name(lex.lang)).orElse(main.name + " " + lex.entryLabel);
                }
                String mainFolded = Text.fold(Inflector.singular(lex.lang, main.name));
                Optional<DraftEntity> same = entities.stream().filter(x -> Text.fold(x.name).equals(mainFolded)).findFirst();
                // when the two share a field or the kind is still empty; "every member pays fees" keeps the fees apart
                if (same.isPresent() && (same.get().fields.isEmpty() || main.fields.stream().anyMatch(f -> same.get().find(f.label).isPresent()))) {
                    // the archetype's record is a kind the request described itself: one kind, not two
                    DraftEntity kind = same.get();
                    main.fields.stream().filter(f -> kind.find(f.label).isEmpty()).forEach(kind::add);
                    main = kind;
                    entities.remove(kind);
                    entities.add(0, kind);
                } else {
                    main.because = r.title;
                    entities.add(0, main);
                }
            }
        } else {
            main = firstNonCollection(entities, r);
        }
        for (FieldReader.Mention m : reader.fields.mentions) {
            DraftEntity e = linker.find(entities, m.name()).orElseGet(() -> {
                DraftEntity n = new DraftEntity(Text.capitalize(m.name()), m.because());
                entities.add(n);
                return n;
            });
            if (e.fields.isEmpty() && m.named()) {
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, m.because()));
            }
            m.fields().forEach(e::add);
        }
        if (terse && archetype.isPresent()) {
            main = splitThing(entities, main, archetype.get().archetype(), r);
            complete(main, archetype.get().archetype());
        }
        linker.resolveReferences(entities, terse);
        entities.forEach(e -> e.fields.removeIf(f -> f.type == null));
        linker.explicitLinks(entities, r);
        linker.aboutLinks(entities, r);
        linker.pairings(entities, r);
        main = mergeCopy(entities, main);
        linker.linkOrphans(entities, main, r);
        if (entities.size() > 1) {
            // a kind that kept no field of its own and that nothing points to was a misreading
            for (DraftEntity e : List.copyOf(entities)) {
                if (e.fields.stream().allMatch(f -> f.suggested) && !KindLinker.isLinked(entities, e) && !r.collections.contains(e.name)
                        && entities.size() > 1) {
                    entities.remove(e);
                    if (e == main) {
                        main = entities.get(0);
                    }
                }
            }
        }
        for (DraftEntity e : entities) {
            // "comes from a supplier": the link's own words are not a field
            e.fields.removeIf(f -> f.type != FieldType.REFERENCE && lex.belongs.stream().anyMatch(b -> Text.fold(f.label).startsWith(b + " ")));
            // "submit their expense claims with ...": the kind's own name in the plural is not a field of it
            e.fields.removeIf(f -> f.type != FieldType.REFERENCE && !Text.fold(f.label).equals(Text.fold(e.name))
                    && Text.fold(Inflector.singular(lex.lang, f.label)).equals(Text.fold(e.name)));
        }
        if (lex.lang == Lang.DE) {
            // "haben einen Namen", "den Namen des Kunden": the accusative of "Name" is no other label
            entities.forEach(e -> e.fields.forEach(f -> f.label = f.label.replaceFirst("^Namen(?=$| )", "Name")));
        }
        if (terse) {
            // a request that lists what it needs gets what it lists; a terse one is completed
            addNotes(main);
        }
        ExampleKinds.apply(lex, entities, main, r.examples);
        emptyNames(entities, r);
        hollowNames(entities);
        FieldWordKinds.apply(lex, entities, main);
        for (DraftEntity e : entities) {
            if (e.fields.isEmpty()) {
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, e.because));
            }
            for (DraftField f : e.fields) {
                if (f.type.hasOptions() && f.options.isEmpty()) {
                    f.options(lex.defaultOptions(Text.fold(f.label)));
                }
            }
        }
        return entities;
    }

    /**
     * "Hi - practice manager at …", "ok so the registry office …", "Every one or two weeks I do an inspection": a kind
     * or field named by a greeting, a filler or a pronoun ({@link EmptyNames}) misread the words around it. Such a field
     * goes; such a kind is named again from the words that made it, else like an unnamed main record.
     */
    private void emptyNames(List<DraftEntity> entities, RequestReader.Reading r) {
        for (DraftEntity e : entities) {
            e.fields.removeIf(f -> f.type != FieldType.REFERENCE && EmptyNames.empty(f.label));
        }
        for (DraftEntity e : List.copyOf(entities)) {
            if (!EmptyNames.empty(e.name)) {
                continue;
            }
            String old = e.name;
            if (entities.size() > 1 && e.fields.stream().filter(f -> !f.suggested).count() <= 1) {
                // "Eso" with a name and nothing else, pointed at by a field "Eso": a pronoun read as a kind
                entities.remove(e);
                entities.forEach(x -> x.fields.removeIf(f -> f.type == FieldType.REFERENCE && old.equals(f.target)));
                continue;
            }
            String named = null;
            for (String said : new String[] {e.because, r.title}) {
                String n = said == null ? null : reader.heads.headName(EmptyNames.unlead(said));
                if (n != null && !EmptyNames.empty(n) && Text.wordCount(n) <= 3 && linker.find(entities, n).isEmpty()
                        && FieldTyper.type(lex, n) != FieldType.DATE && FieldTyper.type(lex, n) != FieldType.DATETIME) {
                    named = n;
                    break;
                }
            }
            if (named == null) {
                named = archetype.map(m -> m.archetype().name(lex.lang)).orElse(plainName());
            }
            if (EmptyNames.empty(named) || linker.find(entities, named).filter(x -> x != e).isPresent()) {
                continue;
            }
            e.name = named;
            for (DraftEntity other : entities) {
                other.fields.stream().filter(f -> f.type == FieldType.REFERENCE && old.equals(f.target)).forEach(f -> f.target = e.name);
            }
        }
    }

    /**
     * "Jedes Jahr gibt es ein Gespräch: …", "Chaque soir on fait des ateliers : …", "Bakery here": a kind named by a
     * time word, a sentence adverb, a verb or an owner word ({@link HollowNames}) is named by the words after it in its
     * heading, or keeps the noun beside it; when neither gives a name no other kind has, it keeps its name.
     */
    private void hollowNames(List<DraftEntity> entities) {
        for (DraftEntity e : List.copyOf(entities)) {
            if (e.fields.stream().filter(f -> !f.suggested && f.type != FieldType.REFERENCE).count() < 2
                    || e.fields.stream().filter(f -> !f.suggested && f.type != FieldType.REFERENCE).allMatch(f -> f.label.equals(lex.nameLabel))) {
                continue; // a kind with a name and nothing else was a misreading: a better name would only make it look real
            }
            String named;
            if (HollowNames.hollow(e.name)) {
                String rest = HollowNames.after(e.because, e.name);
                named = rest == null ? null : reader.heads.headName(rest);
                if (named == null && rest != null) {
                    // "Every month there is a rehearsal", "chaque semaine on fait des tournées": the noun after the article
                    named = HollowNames.articleNoun(lex.lang, rest);
                    named = named == null ? null : Text.capitalize(Inflector.singular(lex.lang, named));
                }
            } else {
                named = HollowNames.trimmed(e.name);
                named = named == null ? null : Text.capitalize(Inflector.singular(lex.lang, named));
            }
            if (named == null || named.isBlank() || HollowNames.hollow(named) || EmptyNames.empty(named) || Text.wordCount(named) > 3
                    || linker.find(entities, named).filter(x -> x != e).isPresent() || FieldTyper.type(lex, named) == FieldType.DATE
                    || FieldTyper.type(lex, named) == FieldType.DATETIME || HollowNames.sharesWord(entities, e, named)) {
                continue;
            }
            String old = e.name;
            e.name = named;
            for (DraftEntity other : entities) {
                for (DraftField f : other.fields) {
                    if (f.type == FieldType.REFERENCE && old.equals(f.target)) {
                        f.target = named;
                        if (Text.fold(f.label).equals(Text.fold(old))) {
                            f.label = named;
                        }
                    }
                }
            }
        }
    }

    /**
     * "Quiero saber qué empleado hizo qué curso y cuándo … Para cada inscripción guardamos …": the main
     * kind the loose words made says nothing the described kind does not (same fields, links to the
     * same kinds): one kind, the described one.
     */
    private DraftEntity mergeCopy(List<DraftEntity> entities, DraftEntity main) {
        // a kind of the same name described elsewhere takes the links that name the main kind
        boolean twin = entities.stream().anyMatch(e -> e != main && e.name != null && main.name != null
                && Text.fold(e.name).equals(Text.fold(main.name)));
        if (entities.size() < 2 || !entities.contains(main) || KindLinker.isLinked(entities, main) && !twin) {
            return main;
        }
        List<DraftField> own = main.fields.stream().filter(f -> !f.suggested && f.type != FieldType.LONG_TEXT).toList();
        if (own.size() < 2) {
            return main;
        }
        for (DraftEntity k : entities) {
            if (k == main || own.stream().anyMatch(f -> !coveredBy(k, f))) {
                continue;
            }
            main.fields.stream().filter(f -> f.type == FieldType.LONG_TEXT && !f.suggested && k.find(f.label).isEmpty()).forEach(k::add);
            entities.remove(main);
            entities.remove(k);
            entities.add(0, k);
            return k;
        }
        return main;
    }

    private static boolean coveredBy(DraftEntity k, DraftField f) {
        if (k.find(f.label).isPresent()) {
            return true;
        }
        if (f.type == FieldType.REFERENCE) {
            return k.fields.stream().anyMatch(x -> x.type == FieldType.REFERENCE && f.target != null && f.target.equals(x.target));
        }
        if (f.type == FieldType.DATE || f.type == FieldType.DATETIME) {
            return k.fields.stream().anyMatch(x -> x.type == FieldType.DATE || x.type == FieldType.DATETIME);
        }
        return false;
    }

    private static boolean onlyCollections(List<DraftEntity> entities, RequestReader.Reading r) {
        return entities.stream().allMatch(e -> r.collections.contains(e.name));
    }

    private static DraftEntity firstNonCollection(List<DraftEntity> entities, RequestReader.Reading r) {
        return entities.stream().filter(e -> !r.collections.contains(e.name)).findFirst().orElse(entities.get(0));
    }

    private boolean setting(String title) {
        List<String> w = Text.words(Text.fold(title));
        return w.size() >= 3 && lex.pronouns.contains(w.get(0)) && lex.settingVerbs.contains(w.get(1));
    }

    private String mainName(RequestReader.Reading r) {
        String title = r.title == null ? null : r.title.split(":|\\s-\\s", 2)[0];
        if (title != null && setting(title)) {
            // "I run a small testing lab.", "I work on the IT helpdesk.": where the person works, not the record
            title = null;
        }
        if (title != null && Text.wordCount(title) <= 6) {
            String n = reader.heads.headName(title.replaceAll("[:.!?]+$", ""));
            if (n != null) {
                return n;
            }
        }
        if (archetype.isPresent() && r.title != null) {
            // "need something to log interlibrary loan requests": the whole noun phrase logged names the kind, when it
            // holds the word the archetype was matched on ("loan") with more words around it
            String n = reader.heads.headName(r.title.replaceAll("[:.!?]+$", ""));
            if (n != null && Text.wordCount(n) >= 2 && Text.wordCount(n) <= 3
                    && Text.words(Text.fold(n)).stream().anyMatch(w -> archetype.get().archetype().triggers().contains(w))
                    && loggedPlural(r.title, n)) {
                return n;
            }
        }
        if (archetype.isPresent()) {
            return archetype.get().archetype().name(lex.lang);
        }
        if (title != null) {
            String n = reader.heads.headName(r.title);
            // "... each day" names a time, not a record
            if (n != null && Text.wordCount(n) <= 3 && FieldTyper.type(lex, n) != FieldType.DATE
                    && FieldTyper.type(lex, n) != FieldType.DATETIME) {
                return n;
            }
        }
        return plainName();
    }

    /** The name's head was written in the plural in the title ("loan requests"), as the things one logs are: no adverb tail. */
    private boolean loggedPlural(String title, String name) {
        List<String> nw = Text.words(Text.fold(name));
        String head = nw.get(nw.size() - 1);
        return Text.words(Text.fold(title)).stream().anyMatch(w -> !w.equals(head) && Inflector.singularWord(lex.lang, w).equals(head));
    }

    /** The name of a record kind nothing names. */
    private String plainName() {
        return lex.lang == Lang.EN ? "Record" : lex.nameLabel;
    }

    /** Adds the archetype's usual fields that the request did not name, as suggestions. */
    private void complete(DraftEntity main, ArchetypeCatalog.Archetype a) {
        for (ArchetypeCatalog.Slot s : a.fields()) {
            String label = s.label(lex.lang);
            if (covered(main, label, s.type())) {
                continue;
            }
            // the studio shows why an assumed field is there
            DraftField f = new DraftField(label, s.type(), lex.usualLabel + " " + a.name(lex.lang));
            f.options(s.options(lex.lang));
            f.suggested = true;
            main.add(f);
        }
        if (main.name == null) {
            main.name = a.name(lex.lang);
        }
    }

    /** Whether a field with the same meaning is there: same label, or same type and a shared word. */
    private static boolean covered(DraftEntity e, String label, FieldType type) {
        Set<String> words = new HashSet<>(Text.words(Text.fold(label)));
        for (DraftField f : e.fields) {
            if (Text.fold(f.label).equals(Text.fold(label))) {
                return true;
            }
            // same type and a shared word, or a shared stem ("Borrowed by" ~ "Borrower")
            if ((family(f.type) == family(type) || f.type == FieldType.REFERENCE) && Text.words(Text.fold(f.label)).stream()
                    .anyMatch(w -> words.contains(w) || words.stream().anyMatch(x -> sameStem(x, w)))) {
                return true;
            }
        }
        return false;
    }

    /** Types close enough that a field of one covers a suggestion of the other. */
    private static FieldType family(FieldType t) {
        return switch (t) {
            case DATETIME -> FieldType.DATE;
            case DECIMAL, MONEY -> FieldType.INTEGER;
            case LONG_TEXT -> FieldType.TEXT;
            default -> t;
        };
    }

    private static boolean sameStem(String a, String b) {
        return a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5);
    }

    /**
     * "Book meeting rooms": a terse request whose verb acts on a thing. The record is the
     * archetype's ("Booking"); the thing becomes a kind of its own that the record points to.
     */
    private DraftEntity splitThing(List<DraftEntity> entities, DraftEntity main, ArchetypeCatalog.Archetype a,
            RequestReader.Reading r) {
        if (r.title == null || main.fields.stream().anyMatch(f -> !f.suggested && !f.narrative)) {
            return main;
        }
        String obj = reader.heads.verbObject(r.title);
        String record = a.name(lex.lang);
        if (obj == null || main.name == null || !Text.fold(main.name).equals(Text.fold(Text.capitalize(Inflector.singular(lex.lang, obj))))) {
            return main;
        }
        List<String> ow = Text.words(Text.fold(main.name));
        List<String> rw = Text.words(Text.fold(record));
        if (ow.isEmpty() || rw.isEmpty() || FieldTyper.head(lex, ow).equals(FieldTyper.head(lex, rw))
                || linker.find(entities, main.name).filter(e -> e != main).isPresent()) {
            return main;
        }
        DraftEntity thing = new DraftEntity(main.name, r.title);
        thing.add(new DraftField(lex.nameLabel, FieldType.TEXT, r.title));
        entities.add(thing);
        main.name = record;
        DraftField ref = new DraftField(thing.name, FieldType.REFERENCE, r.title);
        ref.target = thing.name;
        main.fields.add(0, ref);
        return main;
    }

    private void addNotes(DraftEntity main) {
        boolean hasLong = main.fields.stream().anyMatch(f -> f.type == FieldType.LONG_TEXT);
        if (!hasLong) {
            DraftField notes = new DraftField(lex.notesLabel, FieldType.LONG_TEXT, lex.notesBecause);
            notes.suggested = true;
            main.add(notes);
        }
    }

}

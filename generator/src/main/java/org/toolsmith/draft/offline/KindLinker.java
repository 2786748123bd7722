package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.FieldType;

/**
 * Links between drafted kinds, always many-to-one as reference fields: "which project" resolved to
 * the Project kind, "each X has several Y" and "X belongs to a Y" applied in the right direction,
 * and details that nothing links pointed at the list they detail.
 */
final class KindLinker {
    private final Lexicon lex;

    KindLinker(Lexicon lex) {
        this.lex = lex;
    }

    void resolveReferences(List<DraftEntity> entities, boolean terse) {
        List<DraftEntity> snapshot = new ArrayList<>(entities);
        for (DraftEntity e : snapshot) {
            for (DraftField f : e.fields) {
                if (f.type == FieldType.REFERENCE) {
                    Optional<DraftEntity> t = find(entities, f.target).filter(x -> x != e);
                    if (t.isEmpty() && terse) {
                        DraftEntity n = namedKind(f.target, f.because);
                        entities.add(n);
                        t = Optional.of(n);
                    }
                    if (t.isPresent()) {
                        f.target = t.get().name;
                    } else if (f.narrative) {
                        f.type = null;
                    } else {
                        f.target = null;
                        f.type = FieldTyper.type(lex, f.label);
                        if (f.type == FieldType.BOOLEAN) {
                            // "which book" names a thing, even when the word also reads as a state ("livré")
                            f.type = FieldType.TEXT;
                        }
                        if (f.type.hasOptions()) {
                            f.options(lex.defaultOptions(Text.fold(f.label)));
                        }
                    }
                } else if ((f.type != FieldType.BOOLEAN || KindNamedField.sameWord(f.label, entities, e)) && f.type != FieldType.TEXT
                        && f.type != FieldType.CHOICE && f.type != FieldType.PERSON
                        && f.options.isEmpty() && find(entities, f.label).filter(x -> x != e)
                                .filter(x -> Text.fold(x.name).equals(Text.fold(Inflector.singular(lex.lang, f.label)))).isPresent()
                        && (e.fields.stream().noneMatch(x -> x.type == FieldType.REFERENCE) || f.type == FieldType.BOOLEAN)) {
                    // "Facturas: número, presupuesto, ...": a field named exactly like another kind points to it,
                    // whatever its word says alone ("presupuesto" is also an amount)
                    f.target = find(entities, f.label).get().name;
                    f.type = FieldType.REFERENCE;
                } else if (f.type == FieldType.TEXT || f.type == FieldType.CHOICE || f.type == FieldType.PERSON) {
                    // a field named like another kind ("patient" in appointments) links to it; a person
                    // word only when it is that kind's very name ("which agent took it" and Agent is drafted)
                    String bare = withoutAssigned(f.label);
                    Optional<DraftEntity> t = find(entities, bare).filter(x -> x != e)
                            .filter(x -> f.type != FieldType.PERSON || Text.fold(x.name).equals(Text.fold(Inflector.singular(lex.lang, bare)))
                                    || personHead(f.label, x));
                    if (t.isPresent() && e.fields.stream().noneMatch(x -> x.type == FieldType.REFERENCE && t.get().name.equals(x.target)
                            && !SecondReference.qualifiedPair(x.label, f.label))) {
                        f.type = FieldType.REFERENCE;
                        f.target = t.get().name;
                        f.options.clear();
                    }
                }
            }
        }
    }

    /** "Vendedor asignado", "assigned technician" → the kind's name: words that only say it was assigned. */
    private static String withoutAssigned(String label) {
        List<String> w = new ArrayList<>(List.of(label.strip().split("\\s+")));
        if (w.size() == 2) {
            w.removeIf(x -> ASSIGNED.contains(Text.fold(x)));
        }
        return w.isEmpty() ? label : String.join(" ", w);
    }

    private static final java.util.Set<String> ASSIGNED = java.util.Set.of("assigned", "allocated", "designated", "responsible",
            "asignado", "asignada", "responsable", "assigne", "assignee", "attitre", "attitree", "zugewiesener", "zugewiesene",
            "zustandiger", "zustandige", "zugeordneter", "zugeordnete",
            // "the customer concerned", "le client concerné", "el cliente correspondiente", "der betreffende Kunde"
            "concerned", "involved", "affected", "relevant", "related", "linked", "concerne", "concernee", "concernes", "correspondant",
            "correspondante", "correspondiente", "afectado", "afectada", "relacionado", "relacionada", "vinculado", "vinculada",
            "betreffende", "betreffenden", "betroffene", "betroffenen", "zugehorige", "zugehorigen", "jeweilige", "jeweiligen");

    /** "técnico asignado", "assigned agent": two words whose head is that kind's name. */
    private boolean personHead(String label, DraftEntity kind) {
        List<String> w = Text.words(Text.fold(label));
        return w.size() == 2 && Text.fold(kind.name).equals(Inflector.singularWord(lex.lang, FieldTyper.head(lex, w)));
    }

    void explicitLinks(List<DraftEntity> entities, RequestReader.Reading r) {
        for (String[] link : r.links) {
            boolean childText = link.length > 3;
            Optional<DraftEntity> child = childText ? lastEntityIn(entities, link[0]) : find(entities, link[0]);
            Optional<DraftEntity> parent = childText ? find(entities, link[1]) : lastEntityIn(entities, link[1]);
            boolean mayCreate = link.length <= 4 || link[4].equals("join");
            if (child.isPresent() && parent.isEmpty() && childText && mayCreate && !lex.stopwords.contains(link[1])
                    && FieldTyper.type(lex, link[1]) == FieldType.TEXT) {
                // "each order belongs to a supplier": the person named a kind
                DraftEntity p = namedKind(link[1], link[2]);
                entities.add(p);
                parent = Optional.of(p);
            }
            if (child.isPresent() && parent.isEmpty() && childText && link.length > 4
                    && FieldTyper.type(lex, link[1]) == FieldType.PERSON && child.get().find(link[1]).isEmpty()) {
                // "an assignment links a consultant to a project": a person, when no such kind was drafted
                child.get().fields.add(0, new DraftField(Text.capitalize(FieldReader.original(link[2], link[1])), FieldType.PERSON, link[2]));
            }
            if (child.isPresent() && parent.isPresent() && child.get() != parent.get()) {
                addReference(child.get(), parent.get(), link[2]);
            }
        }
    }

    /**
     * "Each visit to a client": the record points to that kind when the request drafted it.
     */
    void aboutLinks(List<DraftEntity> entities, RequestReader.Reading r) {
        for (String[] link : r.aboutLinks) {
            Optional<DraftEntity> child = find(entities, link[0]).or(() -> {
                // "Applicants apply to a position with name, ...": the sentence named its record otherwise ("Application")
                List<DraftEntity> same = entities.stream().filter(e -> link[2].equals(e.because)).toList();
                return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
            });
            if (child.isEmpty()) {
                continue;
            }
            Optional<DraftEntity> parent = find(entities, link[1]).filter(p -> p != child.get());
            // "keys to the building", "requests for maintenance": no such kind, no link and no field
            parent.ifPresent(p -> addReference(child.get(), p, link[2]));
            if (parent.isEmpty() && link.length > 4 && link[3].equals("agent") && child.get().find(link[4]).isEmpty()
                    && KIND_TYPES.contains(FieldTyper.type(lex, link[4]))) {
                // "is handled by a technician" and no Technician kind: who did it is a person
                child.get().add(new DraftField(Text.capitalize(link[4]), FieldType.PERSON, link[2]));
            }
        }
    }

    /**
     * "who did which training" with trainings, employees and attendances described: the record that
     * is neither the thing nor the people points to both; the person field the question left on the
     * thing goes. Nothing happens when the request describes no such record.
     */
    void pairings(List<DraftEntity> entities, RequestReader.Reading r) {
        for (String[] p : r.pairings) {
            Optional<DraftEntity> thing = find(entities, p[1]);
            if (thing.isEmpty()) {
                continue;
            }
            Optional<DraftEntity> people = p[0].isEmpty() ? peopleKind(entities, thing.get()) : find(entities, p[0]);
            DraftEntity record = null;
            for (DraftEntity e : entities) {
                if (e == thing.get() || people.filter(x -> x == e).isPresent() || r.collections.contains(e.name)
                        || e.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && !f.target.equals(thing.get().name)
                                && people.map(x -> !x.name.equals(f.target)).orElse(true))
                        || e.fields.stream().noneMatch(f -> f.type != FieldType.REFERENCE && !f.suggested)) {
                    continue;
                }
                record = e;
            }
            if (record == null) {
                if (p.length > 3 && people.isPresent() && people.get() != thing.get()) {
                    addReference(thing.get(), people.get(), p[2]);
                }
                continue;
            }
            addReference(record, thing.get(), p[2]);
            DraftEntity rec = record;
            people.filter(x -> x != rec).ifPresent(x -> addReference(rec, x, p[2]));
            String said = Text.fold(p[2]);
            thing.get().fields.removeIf(f -> f.type == FieldType.PERSON && f.because != null && Text.wordCount(f.because) >= 3
                    && (said.contains(Text.fold(f.because)) || Text.fold(f.because).contains(said)));
        }
    }

    /** The one kind of people the request describes ("Employee", "Member"), other than {@code not}. */
    private Optional<DraftEntity> peopleKind(List<DraftEntity> entities, DraftEntity not) {
        List<DraftEntity> found = entities.stream().filter(e -> e != not && e.name != null).filter(e -> {
            String n = Text.fold(Inflector.singular(lex.lang, e.name));
            return lex.peopleKinds.contains(n) || FieldTyper.type(lex, n) == FieldType.PERSON;
        }).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * A kind that nothing links to and that links nowhere is usually the detail of the main list
     * ("every donation they make"): it points to the kind before it; the main kind points to the
     * collections the request counted ("we have 6 rooms").
     */
    void linkOrphans(List<DraftEntity> entities, DraftEntity main, RequestReader.Reading r) {
        new ItemNamesKind(lex, this).apply(entities);
        OrphanLinks orphans = new OrphanLinks(lex, this);
        orphans.ownersSaid(entities, r);
        for (String c : r.collections) {
            Optional<DraftEntity> coll = find(entities, c);
            if (coll.isPresent() && coll.get() != main && !isLinked(entities, coll.get())) {
                addReference(main, coll.get(), coll.get().because);
            }
        }
        for (int i = 1; i < entities.size(); i++) {
            DraftEntity e = entities.get(i);
            if (r.collections.contains(e.name) || isLinked(entities, e) || hasReference(e)) {
                continue;
            }
            boolean dated = e.fields.stream().anyMatch(f -> f.type == FieldType.DATE || f.type == FieldType.DATETIME);
            if (!dated) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                DraftEntity p = entities.get(j);
                if (p.fields.stream().allMatch(f -> f.suggested)) {
                    // "People borrow one of our cars": an act with nothing recorded is no owner
                    continue;
                }
                if (!hasReference(p) || j == 0) {
                    if (orphans.identified(e) && orphans.event(p) && !orphans.identified(p) && !hasReference(p) && !orphans.entryOf(e, p)
                            || orphans.heldBy(p, e)) {
                        // "For every vehicle: reg plate, make, … when the MOT is due" after the garage visits logged: the
                        // visits point to the vehicle, though it has a date of its own
                        addReference(p, e, e.because);
                    } else {
                        addReference(e, p, e.because);
                    }
                    break;
                }
            }
        }
        orphans.undatedDetails(entities, r);
    }

    private static final java.util.Set<FieldType> KIND_TYPES = java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    static boolean hasReference(DraftEntity e) {
        return e.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE);
    }

    static boolean isLinked(List<DraftEntity> entities, DraftEntity target) {
        return entities.stream().flatMap(e -> e.fields.stream())
                .anyMatch(f -> f.type == FieldType.REFERENCE && target.name.equals(f.target));
    }

    void addReference(DraftEntity from, DraftEntity to, String because) {
        linkAt(from, to, because, 0);
    }

    /**
     * The one shape of a link from {@code from} to {@code to}: nothing when {@code from} already points to it; else a
     * field of {@code from} named after the kind becomes the link, or a new reference goes in at {@code at} (at the
     * end when {@code at} is past it).
     */
    void linkAt(DraftEntity from, DraftEntity to, String because, int at) {
        if (links(from, to)) {
            return;
        }
        Optional<DraftField> same = from.find(to.name);
        if (same.isPresent()) {
            linkField(from, same.get(), to);
            return;
        }
        DraftField f = new DraftField(to.name, FieldType.REFERENCE, because);
        f.target = to.name;
        from.fields.add(Math.max(0, Math.min(at, from.fields.size())), f);
    }

    /**
     * The field {@code f} of {@code from} ("course chosen", "truck/route", "Kayak") becomes its link to {@code to}: a
     * reference named after the kind, its values dropped. Nothing happens, and false is returned, when another field of
     * {@code from} already points to {@code to}.
     */
    boolean linkField(DraftEntity from, DraftField f, DraftEntity to) {
        if (from.fields.stream().anyMatch(x -> x != f && x.type == FieldType.REFERENCE && to.name.equals(x.target))) {
            return false;
        }
        f.type = FieldType.REFERENCE;
        f.target = to.name;
        f.label = to.name;
        f.options.clear();
        return true;
    }

    /** Whether a field of {@code from} points to {@code to}. */
    static boolean links(DraftEntity from, DraftEntity to) {
        return from.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && to.name.equals(f.target));
    }

    /** A new kind of this name that holds a name ("Kayak": Name), for a noun the request keeps as a list of its own. */
    DraftEntity namedKind(String name, String because) {
        DraftEntity n = new DraftEntity(Text.capitalize(name), because);
        n.add(new DraftField(lex.nameLabel, FieldType.TEXT, because));
        return n;
    }

    /** Whether the kind is named by the noun: the same singular, folded ("Routes", "route" → Route; "Bahnen" → Bahn). */
    boolean named(DraftEntity kind, String noun) {
        if (kind.name == null || noun == null) {
            return false;
        }
        String k = Text.fold(Inflector.singular(lex.lang, kind.name));
        String n = Text.fold(Inflector.singular(lex.lang, noun));
        return k.equals(n) || sameNounInflected(k, n);
    }

    /**
     * The drafted kind a label names by its first words ("course chosen" → Course, "order line number" → Order line,
     * "Standort"), or empty.
     */
    Optional<DraftEntity> namedAtStart(List<DraftEntity> entities, String label) {
        List<String> w = Text.words(Text.fold(label));
        for (DraftEntity e : entities) {
            int n = e.name == null ? 0 : Text.words(Text.fold(e.name)).size();
            if (n > 0 && n <= w.size() && named(e, String.join(" ", w.subList(0, n)))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a drafted kind already holds the noun (folded, one word): one of its name's words, or the head its name
     * ends in ("Stammkunde" holds "kunde"). A pass that would draft a kind for the noun leaves it to that one.
     */
    static boolean holds(List<DraftEntity> entities, String noun) {
        for (DraftEntity e : entities) {
            if (e.name != null && (Text.words(Text.fold(e.name)).contains(noun) || Text.fold(e.name).endsWith(noun))) {
                return true;
            }
        }
        return false;
    }

    /** German plurals the rules leave alone: "mitglieder" ~ "mitglied", "kurse" ~ "kurs". */
    boolean sameNounInflected(String a, String b) {
        if (lex.lang != Lang.DE || a.length() < 4 || b.length() < 4) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        String ending = longer.substring(shorter.length());
        return longer.startsWith(shorter) && List.of("e", "n", "en", "er", "s", "nen").contains(ending);
    }

    /** The kind named last in a piece of text ("a course runs" → Course). */
    Optional<DraftEntity> lastEntityIn(List<DraftEntity> entities, String folded) {
        List<String> w = Text.words(folded);
        for (int i = w.size() - 1; i >= 0; i--) {
            Optional<DraftEntity> e = find(entities, w.get(i));
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** The kind with this name: same words, or same singular, or same head word. */
    Optional<DraftEntity> find(List<DraftEntity> entities, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Text.fold(Inflector.singular(lex.lang, name));
        for (DraftEntity e : entities) {
            if (e.name != null && (Text.fold(e.name).equals(n) || sameNounInflected(Text.fold(e.name), n))) {
                return Optional.of(e);
            }
        }
        List<String> nw = Text.words(n);
        if (nw.isEmpty()) {
            return Optional.empty();
        }
        String head = FieldTyper.head(lex, nw);
        for (DraftEntity e : entities) {
            if (e.name == null) {
                continue;
            }
            List<String> ew = Text.words(Text.fold(e.name));
            if (!ew.isEmpty() && FieldTyper.head(lex, ew).equals(head) && (nw.size() == 1 || ew.size() == 1
                    || (head.length() >= 4 && !FieldTyper.hasTypeWord(lex, head)))) {
                return Optional.of(e);
            }
        }
        if (lex.lang == Lang.DE && nw.size() == 1 && n.length() >= 4) {
            // "gehört zu einer Rechnung" when the kind is "Eingangsrechnung": the compound's head names it
            for (DraftEntity e : entities) {
                String en = e.name == null ? "" : Text.fold(e.name);
                if (en.length() > n.length() + 2 && en.endsWith(n) && !en.contains(" ")) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}

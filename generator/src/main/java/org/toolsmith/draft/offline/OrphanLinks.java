package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.FieldType;

/**
 * A kind that no link touches, in a draft of several, is almost always a misread link. Two rules
 * that {@link KindLinker#linkOrphans} applies around its own (dated details point to the list
 * before them):
 * <ul>
 * <li>the words that introduced the kind name its owner after "each"/"per" ("the vaccines we give
 * each pet", "Pro Schulung melden sich …"): the kind points to that owner;</li>
 * <li>a detail list with no date that follows another kind ("then for each singer taking part:
 * …") points to the kind before it, unless it is a master (contact data, no date) and the kind
 * before is an entry of a log that points nowhere yet (dates, no name, no contact data): then the
 * entry points to it;</li>
 * <li>a first kind that is a master (contact data, no date) and that nothing touches is pointed
 * at by the kind after it.</li>
 * </ul>
 */
final class OrphanLinks {
    private final Lexicon lex;
    private final KindLinker linker;

    OrphanLinks(Lexicon lex, KindLinker linker) {
        this.lex = lex;
        this.linker = linker;
    }

    static boolean orphan(List<DraftEntity> entities, DraftEntity e, RequestReader.Reading r) {
        return !r.collections.contains(e.name) && !KindLinker.isLinked(entities, e) && !KindLinker.hasReference(e)
                && e.fields.stream().anyMatch(f -> !f.suggested);
    }

    /** "… a cada mascota", "per plot we log": the owner named after an each-word where the kind was introduced. */
    void ownersSaid(List<DraftEntity> entities, RequestReader.Reading r) {
        if (entities.size() < 2) {
            return;
        }
        for (DraftEntity e : List.copyOf(entities)) {
            if (e.because == null || r.collections.contains(e.name) || KindLinker.hasReference(e)) {
                continue;
            }
            if (orphan(entities, e, r)) {
                ownerAfterEach(entities, e, e.because).ifPresent(p -> linker.addReference(e, p, e.because));
            } else if (e.fields.stream().anyMatch(f -> !f.suggested)) {
                // "the flats in each building (…)", "los propietarios de cada comunidad: …": a kind other records
                // point to still belongs to the owner its heading names
                ownerAfterEach(entities, e, heading(e.because)).filter(p -> p.fields.stream().noneMatch(f -> f.type == FieldType.REFERENCE
                        && e.name.equals(f.target))).ifPresent(p -> linker.addReference(e, p, e.because));
            }
        }
    }

    /** The words before a kind's list ("the flats in each building" of "the flats in each building (number, …)"). */
    private static String heading(String because) {
        int cut = because.length();
        for (char c : new char[] {'(', ':'}) {
            int at = because.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut == because.length() ? "" : because.substring(0, cut);
    }

    private Optional<DraftEntity> ownerAfterEach(List<DraftEntity> entities, DraftEntity e, String said) {
        List<String> w = Text.words(Text.fold(said));
        for (int i = 0; i + 1 < w.size(); i++) {
            String one = w.get(i);
            String two = i + 2 < w.size() ? one + " " + w.get(i + 1) : null;
            int at = two != null && lex.forEach.contains(two) ? i + 2 : lex.forEach.contains(one) ? i + 1 : -1;
            if (at < 0 || at >= w.size() || EachAfterAnd.opensClause(lex, w, i)) {
                continue;
            }
            for (int n = Math.min(w.size(), at + 2); n > at; n--) {
                Optional<DraftEntity> k = linker.find(entities, String.join(" ", w.subList(at, n))).filter(x -> x != e)
                        .filter(x -> !Text.fold(x.name).equals(Text.fold(e.name)));
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    /** An undated detail list after another kind: it points to the kind before it (or, for a master, is pointed at). */
    void undatedDetails(List<DraftEntity> entities, RequestReader.Reading r) {
        for (int i = 1; i < entities.size(); i++) {
            DraftEntity e = entities.get(i);
            if (!orphan(entities, e, r)) {
                continue;
            }
            Optional<DraftEntity> log = named(e) ? logBefore(entities, i, r).filter(p -> !entryOf(e, p)) : Optional.empty();
            if (log.isPresent()) {
                // "shows are a separate list (show name, weekday)" after the plays logged: the plays point to the shows
                linker.addReference(log.get(), e, e.because);
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                DraftEntity p = entities.get(j);
                if (p.fields.stream().allMatch(f -> f.suggested) || r.collections.contains(p.name)) {
                    continue;
                }
                if ((master(e) || thing(e)) && event(p) && !KindLinker.hasReference(p) && !entryOf(e, p) || heldBy(p, e)) {
                    // "Donors have a name, an email and a postcode" after the donations: the donations point to the donors
                    linker.addReference(p, e, e.because);
                } else {
                    linker.addReference(e, p, e.because);
                }
                break;
            }
        }
        DraftEntity first = entities.isEmpty() ? null : entities.get(0);
        if (first != null && orphan(entities, first, r) && master(first)) {
            // "owners (name, phone, email), their pets (…) and the vaccines": the next kind belongs to the first
            entities.stream().skip(1).filter(x -> !r.collections.contains(x.name) && x.fields.stream().anyMatch(f -> !f.suggested))
                    .findFirst().ifPresent(x -> linker.addReference(x, first, x.because));
        }
    }

    /**
     * No date, no yes/no, and a name or a title of its own: a list of things, not a detail of an entry (the
     * pupils going on a trip have "paid?" and "consent form back?").
     */
    private boolean named(DraftEntity e) {
        return !dated(e) && e.fields.stream().noneMatch(f -> f.type == FieldType.BOOLEAN) && labelSays(e, lex.namingWords, false);
    }

    /** The nearest entry of a log before kind {@code i} (dates, no name), passing over other lists of things. */
    private Optional<DraftEntity> logBefore(List<DraftEntity> entities, int i, RequestReader.Reading r) {
        for (int j = i - 1; j >= 0; j--) {
            DraftEntity p = entities.get(j);
            if (p.fields.stream().allMatch(f -> f.suggested) || r.collections.contains(p.name)) {
                continue;
            }
            if (dated(p) && !contact(p) && !labelSays(p, lex.namingWords, true)) {
                return Optional.of(p);
            }
            if (!named(p)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean dated(DraftEntity e) {
        return e.fields.stream().anyMatch(f -> f.type == FieldType.DATE || f.type == FieldType.DATETIME);
    }

    /** Dates, and neither a name nor contact data: an entry of a log ("a donation: the amount, the date, …"). */
    boolean event(DraftEntity e) {
        return dated(e) && !contact(e) && e.fields.stream().noneMatch(f -> Text.fold(f.label).equals(Text.fold(lex.nameLabel)));
    }

    private static boolean contact(DraftEntity e) {
        return e.fields.stream().anyMatch(f -> f.type == FieldType.PHONE || f.type == FieldType.EMAIL);
    }

    /**
     * No date, no yes/no, no amount, and an identifier of its own ("plate, capacity", "numéro OF, article, quantité",
     * "Kennzeichen, Sitze"): a thing the entries of a log are about, not a line of one (lines carry a price).
     */
    boolean thing(DraftEntity e) {
        return !dated(e) && identified(e);
    }

    /** No yes/no, no amount, and an identifier of its own: what a thing is known by. */
    boolean identified(DraftEntity e) {
        return e.fields.stream().noneMatch(f -> f.type == FieldType.BOOLEAN || f.type == FieldType.MONEY)
                && labelSays(e, lex.identifier, false);
    }

    /** Whether a field of the kind (other than a link; a suggested one too when asked) has one of the words in its label. */
    private static boolean labelSays(DraftEntity e, java.util.Set<String> words, boolean suggestedToo) {
        return e.fields.stream().anyMatch(f -> f.type != FieldType.REFERENCE && (suggestedToo || !f.suggested)
                && Text.words(Text.fold(f.label)).stream().anyMatch(words::contains));
    }

    /**
     * A place taken ("Booking") after a kind that is none ("Tour"): the booking is an entry of the tour, whatever data it
     * carries. Between two such kinds the old reading stands.
     */
    boolean entryOf(DraftEntity e, DraftEntity p) {
        return act(e) && !act(p);
    }

    /**
     * Named by a place taken or asked for ("Booking", "Inscripción", "Kursanmeldung"): an entry of the kind before it even
     * when it carries the booker's name and phone, so it points to that kind and not the other way round.
     */
    private boolean act(DraftEntity e) {
        List<String> w = Text.words(Text.fold(e.name));
        if (w.isEmpty()) {
            return false;
        }
        // "Demande d'inscription": the elided article is not part of the word
        if (w.stream().anyMatch(x -> lex.actNouns.contains(x) || lex.actNouns.contains(x.substring(x.indexOf('\'') + 1)))) {
            return true;
        }
        // a German compound is named by its last part ("Kursanmeldung", "Zimmerbuchung")
        String last = w.get(w.size() - 1);
        return lex.lang == Lang.DE && lex.actNouns.stream().anyMatch(a -> a.length() >= 5 && last.length() > a.length() && last.endsWith(a));
    }

    /**
     * A kind named by what it is (a person, a party, a site, an asset the organisation keeps: "Supplier", "Kind",
     * "Vehículo") said after a kind named by a record or an act ("Glass order", "Abrechnung", "Inscription"): the record
     * is about one of them, so the record points to it, whatever fields either carries.
     */
    boolean heldBy(DraftEntity record, DraftEntity standing) {
        return standing(standing) && !standing(record) && recordNamed(record) && !act(standing);
    }

    /** The kind's head noun, folded and singular ("Glass orders" → "order", "Fiche client" → "fiche"). */
    private String headNoun(DraftEntity e) {
        List<String> w = Text.words(Text.fold(e.name));
        return w.isEmpty() ? "" : Inflector.singularWord(lex.lang, FieldTyper.head(lex, w));
    }

    /** Named by a person, a party, a site or a kept asset ({@code people_kinds}, {@code register_nouns}, {@code register_places}). */
    boolean standing(DraftEntity e) {
        return named(e, lex.peopleKinds) || named(e, lex.registerNouns) || named(e, lex.registerPlaces);
    }

    /** Named by a record or an act ({@code record_nouns}, {@code act_nouns}). */
    boolean recordNamed(DraftEntity e) {
        return named(e, lex.recordNouns) || named(e, lex.actNouns);
    }

    /** The head noun is one of the words; a German compound by its last part ("Essensabrechnung", "Kundenfahrzeug"). */
    private boolean named(DraftEntity e, java.util.Set<String> words) {
        String h = headNoun(e);
        if (h.isEmpty()) {
            return false;
        }
        if (words.contains(h)) {
            return true;
        }
        return lex.lang == Lang.DE && words.stream().anyMatch(x -> x.length() >= 4 && h.length() > x.length() + 2 && h.endsWith(x));
    }

    /** Names and contact data, no date: a kind other records point at. */
    private static boolean master(DraftEntity e) {
        return !dated(e) && e.fields.stream().anyMatch(f -> f.type == FieldType.PHONE || f.type == FieldType.EMAIL);
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * An outside party the record deals with, said with who they are in brackets: "the customer (name, phone, email)",
 * "le client (nom, adresse, tél)", "el vendedor (nombre, DNI, dirección)", "Kunde (Name, Telefon, Adresse)". An
 * analyst keeps such a party on file as a kind of its own (customers come back, a seller is checked once), and the
 * record points to it; read as a field group, the party's name and phone ended up as the record's own fields.
 *
 * <p>After assembly, a counterpart noun (customer, client, patient, supplier, seller, buyer, donor, owner, keeper,
 * tenant, guest, bride … in four languages; German compounds ending in one, "Letzthalter", "Stammkunde") right before
 * a bracket of three or more items, two or more of them kinds of identity or contact detail (name, phone, email,
 * address, identity number, date of birth), becomes a kind holding the bracket's fields, unless a drafted kind is
 * already named after it. The kind that holds most of those fields gives them up for a link to the new kind, put where
 * the first of them was; a field named after the noun (the party typed as a person, text or choice) becomes that link.
 *
 * <p>Not for the one who files the record (an applicant, an adopter, "who reported it": the record is their
 * application), nor for a bracket of two details ("à quel client (nom, téléphone)", "owner (name + phone)"), which
 * analysts keep on the record about as often as not (s20k1, docs/offline-drafting.md).
 */
final class CounterpartKinds {
    /** A word and the bracket right after it (no bracket inside). */
    private static final Pattern WORD_BRACKET = Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\s*\\(([^()\\n]{3,300})\\)");
    private static final int MIN_ITEMS = 3;
    private static final int MAX_ITEMS = 12;
    private static final int MAX_ITEM_WORDS = 6;
    /** The shortest German head a compound may end in ("-halter", "-kunde"). */
    private static final int MIN_COMPOUND_HEAD = 5;

    /** Parties outside the organisation that a record deals with, singular, folded. */
    private static final Map<Lang, Set<String>> COUNTERPARTS = Map.of(
            Lang.EN, Set.of("customer", "client", "patient", "supplier", "vendor", "seller", "buyer", "purchaser", "donor", "sponsor",
                    "owner", "keeper", "tenant", "landlord", "lessee", "hirer", "renter", "guest", "bride", "groom", "consignor"),
            Lang.FR, Set.of("client", "cliente", "patient", "patiente", "fournisseur", "fournisseuse", "vendeur", "vendeuse", "acheteur",
                    "acheteuse", "donateur", "donatrice", "mecene", "proprietaire", "locataire", "bailleur", "loueur", "invite", "invitee",
                    "mariee", "marie", "deposant", "deposante"),
            Lang.ES, Set.of("cliente", "clienta", "paciente", "proveedor", "proveedora", "vendedor", "vendedora", "comprador", "compradora",
                    "donante", "patrocinador", "propietario", "propietaria", "dueno", "duena", "inquilino", "inquilina", "arrendador",
                    "arrendadora", "arrendatario", "arrendataria", "huesped", "invitado", "invitada", "novia", "novio"),
            Lang.DE, Set.of("kunde", "kundin", "klient", "klientin", "mandant", "mandantin", "patient", "patientin", "lieferant",
                    "lieferantin", "verkaufer", "verkauferin", "kaufer", "kauferin", "spender", "spenderin", "sponsor", "eigentumer",
                    "eigentumerin", "besitzer", "besitzerin", "halter", "halterin", "mieter", "mieterin", "vermieter", "vermieterin",
                    "pachter", "gast", "braut", "brautigam", "auftraggeber", "auftraggeberin", "einlieferer"));

    /**
     * Words of a detail that says who a party is that are no one-word contact detail of {@link ContactRuns} (those are
     * read by their kind there; phone and email also from the field type), by kind of detail.
     */
    /** Detail classes in a fixed order: a field with words of two classes counts as the first (a {@code Map.of} would
     *  pick one at random per JVM). */
    private static final List<Map.Entry<String, Set<String>>> DETAILS = List.of(
            Map.entry("name", Set.of("names", "noms", "company", "entreprise", "empresa", "firma", "firmenname")),
            Map.entry("address", Set.of("domicile", "domicilio", "wohnort", "ort")),
            Map.entry("identity", Set.of("id", "passport", "licence", "license", "ni", "passeport", "identite", "cni", "dni", "nie", "nif", "pasaporte",
                    "cedula", "ausweis", "ausweisnummer", "personalausweis", "reisepass", "fuhrerschein", "steuernummer", "vat", "siret",
                    "cif")),
            Map.entry("birth", Set.of("dob", "birth", "birthday", "naissance", "nacimiento", "geburtsdatum", "geburtstag")));

    private CounterpartKinds() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        Set<String> parties = COUNTERPARTS.get(lex.lang);
        if (request == null || entities.isEmpty() || parties == null || request.indexOf('(') < 0) {
            return;
        }
        FieldReader reader = null;
        for (Matcher m = WORD_BRACKET.matcher(request); m.find();) {
            String head = PassingBrackets.elided(m.group(1));
            String one = Inflector.singular(lex.lang, head);
            String folded = Text.fold(one);
            if (!counterpart(lex, parties, folded) || KindLinker.holds(entities, folded) || KindLinker.holds(entities, Text.fold(head))) {
                continue;
            }
            reader = reader == null ? new FieldReader(lex) : reader;
            // "(name, mobile, email - they often come back)": the remark after the dash is no field
            String[] aside = OptionAsides.split(m.group(2));
            List<ListSplitter.Item> items = new ListSplitter(lex).split(aside == null ? m.group(2) : aside[0]);
            if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS || items.stream().anyMatch(i -> Text.wordCount(i.text()) > MAX_ITEM_WORDS)
                    || reader.valueList(items) || detailKinds(lex, items) < 2) {
                continue;
            }
            List<DraftField> read = reader.readAll(items);
            DraftEntity kind = new DraftEntity(Text.capitalize(one), m.group());
            read.forEach(kind::add);
            if (kind.fields.size() < MIN_ITEMS) {
                continue;
            }
            link(new KindLinker(lex), entities, kind, Text.fold(head), folded, elsewhere(request, m.start(), m.end()));
            entities.add(kind);
        }
    }

    /** Whether the singular noun is a counterpart, or in German a compound ending in one ("Letzthalter", "Stammkunde"). */
    static boolean counterpart(Lexicon lex, Set<String> parties, String one) {
        if (parties.contains(one)) {
            return true;
        }
        if (lex.lang != Lang.DE) {
            return false;
        }
        for (String p : parties) {
            if (p.length() >= MIN_COMPOUND_HEAD && one.length() > p.length() + 2 && one.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** How many kinds of identity or contact detail the items name (name, phone, email, address, identity, birth). */
    static int detailKinds(Lexicon lex, List<ListSplitter.Item> items) {
        Set<String> seen = new java.util.HashSet<>();
        for (ListSplitter.Item i : items) {
            String f = Text.fold(i.text());
            FieldType t = FieldTyper.type(lex, i.text());
            if (t == FieldType.PHONE || t == FieldType.EMAIL) {
                seen.add(t.json());
                continue;
            }
            List<String> words = Text.words(f);
            String contact = words.stream().map(w -> ContactRuns.kind(lex.lang, w)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (contact != null) {
                seen.add(contact);
                continue;
            }
            for (Map.Entry<String, Set<String>> d : DETAILS) {
                if (words.stream().anyMatch(d.getValue()::contains)) {
                    seen.add(d.getKey());
                    break;
                }
            }
        }
        return seen.size();
    }

    /** The request, folded, without the clause that names the party and its bracket. */
    private static String elsewhere(String request, int start, int end) {
        int from = start;
        while (from > 0 && ",;:.!?\n(".indexOf(request.charAt(from - 1)) < 0) {
            from--;
        }
        return Text.fold(request.substring(0, from) + " " + request.substring(end));
    }

    /**
     * The kind holding most of the party's fields gives them up for a link to the party, put where the first of them
     * (or a field named after the noun) was; with no such kind, a field named after the noun anywhere becomes the link,
     * else the first kind points to the party.
     */
    private static void link(KindLinker linker, List<DraftEntity> entities, DraftEntity kind, String said, String one, String rest) {
        DraftEntity holder = null;
        int most = 0;
        for (DraftEntity e : entities) {
            int held = 0;
            for (DraftField f : kind.fields) {
                if (e.find(f.label).isPresent()) {
                    held++;
                }
            }
            if (held > most) {
                most = held;
                holder = e;
            }
        }
        if (holder == null || most < 2) {
            holder = null;
            for (DraftEntity e : entities) {
                if (sameNoun(e, said, one) != null) {
                    holder = e;
                    break;
                }
            }
        }
        if (holder == null) {
            holder = entities.get(0);
        }
        int at = -1;
        List<DraftField> gone = new ArrayList<>();
        if (most >= 2) {
            for (DraftField f : kind.fields) {
                // "Projects: name, budget and the client (name, phone)": the project keeps a name of its own
                if (!Text.containsPhrase(rest, Text.fold(f.label.strip()))) {
                    holder.find(f.label).ifPresent(gone::add);
                }
            }
        }
        DraftField own = sameNoun(holder, said, one);
        if (own != null) {
            gone.add(own);
        }
        for (DraftField g : gone) {
            int i = holder.fields.indexOf(g);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        holder.fields.removeAll(gone);
        linker.linkAt(holder, kind, kind.because, at < 0 ? holder.fields.size() : at);
    }

    /** A field of the kind named after the noun and not already a link ("Vendedor" as a person, "Letzthalter" as a choice). */
    private static DraftField sameNoun(DraftEntity e, String said, String one) {
        for (DraftField f : e.fields) {
            String l = Text.fold(f.label.strip());
            if ((l.equals(one) || l.equals(said)) && f.type != FieldType.REFERENCE) {
                return f;
            }
        }
        return null;
    }
}

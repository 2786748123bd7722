package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.draft.DraftException;
import org.toolsmith.draft.Drafter;
import org.toolsmith.spec.AppSpec;

/**
 * The drafter that needs no AI service: reads a request in English, French, Spanish or German
 * with OpenNLP models and per-language lexicons, completes terse requests from a catalog of common
 * internal tools, and returns a valid spec. Thread-safe; models and word lists are loaded on the
 * first draft, not before, and shared afterwards.
 */
public final class OfflineDrafter implements Drafter {
    /** Longest request read, in characters. */
    public static final int MAX_CHARS = 100_000;

    private static final LogicReader LOGIC = new LogicReader();
    private static final AccessReader ACCESS = new AccessReader();

    private final NlpModels models = new NlpModels();
    private volatile Resources resources;

    private record Resources(Map<Lang, Lexicon> lexicons, ArchetypeCatalog catalog, NlpPipeline nlp, LanguageGuesser guesser) {
    }

    @Override
    public AppSpec draft(String request) {
        if (request == null || request.isBlank()) {
            throw new DraftException("The request is empty. Describe the tool you need in a sentence or two, for example: "
                    + "\"Track who borrowed which laptop, when it is due back and whether it was returned.\"");
        }
        if (request.length() > MAX_CHARS) {
            throw new DraftException("That description is too long: " + request.length() + " characters, and a request can have at most "
                    + MAX_CHARS + ". Describe the records you need to keep and their fields in a few paragraphs.");
        }
        Resources r = resources();
        // who-sees-what sentences become access rules, not fields
        AccessReader.Split access = ACCESS.split(request);
        Lang lang = r.guesser().guess(request);
        Lexicon lex = r.lexicons().get(lang);
        RequestReader reader = new RequestReader(lex, r.nlp());
        reader.read(access.rest());
        List<DraftEntity> entities = new DraftAssembler(lex, reader, r.catalog().best(request)).assemble();
        RegisterKinds.apply(lex, entities);
        PassingBrackets.apply(lex, access.rest(), entities);
        ChildChoiceLists.apply(lex, access.rest(), entities);
        ResourceKinds.apply(lex, access.rest(), entities);
        CounterpartKinds.apply(lex, access.rest(), entities);
        TargetKinds.apply(lex, access.rest(), entities);
        TargetDetails.apply(lex, access.rest(), entities);
        ThingKinds.apply(lex, access.rest(), entities);
        SourceEventKinds.apply(lex, access.rest(), entities);
        DetailOwners.apply(lex, entities);
        SaidLinks.apply(lex, access.rest(), entities);
        LoggedOwners.apply(lex, access.rest(), entities);
        EventDates.apply(lex, entities);
        DetailChoices.apply(lex, entities);
        EarlierOptions.apply(lex, access.rest(), entities);
        EarlierOptions.sameType(lex, entities);
        AppSpec spec = new SpecBuilder(lang).build(entities, request);
        return ACCESS.apply(LOGIC.read(spec, access.rest()).spec(), access.sentences());
    }

    private Resources resources() {
        Resources r = resources;
        if (r == null) {
            synchronized (this) {
                r = resources;
                if (r == null) {
                    Map<Lang, Lexicon> lexicons = new EnumMap<>(Lang.class);
                    for (Lang l : Lang.values()) {
                        lexicons.put(l, Lexicon.load(l));
                    }
                    NlpPipeline nlp = new NlpPipeline(models);
                    r = new Resources(Map.copyOf(lexicons), ArchetypeCatalog.load(), nlp, new LanguageGuesser(lexicons, nlp));
                    resources = r;
                }
            }
        }
        return r;
    }
}

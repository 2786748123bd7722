package org.toolsmith.draft.offline;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, read from the model jars on the class path the first time each is needed and
 * then shared. The models are immutable and thread-safe; the {@code *ME} tools are not, so each
 * thread gets its own tool over the shared model. A model that is missing or unreadable is
 * logged once and reported as absent: the caller falls back to rules.
 */
final class NlpModels {
    private static final Logger LOG = Logger.getLogger(NlpModels.class.getName());
    /** One set of models for readers that have no drafter to share with (the refiner's noun phrases). */
    static final NlpModels SHARED = new NlpModels();

    private final Map<Lang, Optional<SentenceModel>> sentence = new EnumMap<>(Lang.class);
    private final Map<Lang, Optional<TokenizerModel>> tokenizer = new EnumMap<>(Lang.class);
    private final Map<Lang, Optional<POSModel>> pos = new EnumMap<>(Lang.class);
    private Optional<LanguageDetectorModel> languages;

    Optional<SentenceDetectorME> sentences(Lang lang) {
        return model(sentence, lang, "sentdetect", SentenceModel::new).map(SentenceDetectorME::new);
    }

    /** One tool per thread and language: the tools are not thread-safe, and cost something to build. */
    private final ThreadLocal<Map<Lang, Optional<TokenizerME>>> tokenizers = ThreadLocal.withInitial(() -> new EnumMap<>(Lang.class));
    private final ThreadLocal<Map<Lang, Optional<POSTaggerME>>> taggers = ThreadLocal.withInitial(() -> new EnumMap<>(Lang.class));

    Optional<TokenizerME> tokenizer(Lang lang) {
        return tokenizers.get().computeIfAbsent(lang, l -> model(tokenizer, l, "tokenizer", TokenizerModel::new).map(TokenizerME::new));
    }

    Optional<POSTaggerME> tagger(Lang lang) {
        return taggers.get().computeIfAbsent(lang, l -> model(pos, l, "pos", POSModel::new).map(POSTaggerME::new));
    }

    synchronized Optional<LanguageDetectorME> languageDetector() {
        if (languages == null) {
            languages = load("langdetect", LanguageDetectorModel::new);
        }
        return languages.map(LanguageDetectorME::new);
    }

    private synchronized <M> Optional<M> model(Map<Lang, Optional<M>> cache, Lang lang, String kind, Reader<M> reader) {
        return cache.computeIfAbsent(lang, l -> load(kind + "-" + l.code, reader));
    }

    /** Finds the model file named in the jar's {@code model.properties} and reads it. */
    private static <M> Optional<M> load(String artifact, Reader<M> reader) {
        String props = "/META-INF/maven/org.apache.opennlp/opennlp-models-" + artifact + "/pom.properties";
        ClassLoader loader = NlpModels.class.getClassLoader();
        try {
            var urls = loader.getResources("model.properties");
            while (urls.hasMoreElements()) {
                var url = urls.nextElement();
                String jar = url.toString();
                if (!jar.contains("opennlp-models-" + artifact + "-") && !jar.contains("opennlp-models-" + artifact + "/")) {
                    continue;
                }
                var p = new java.util.Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name");
                var binUrl = java.net.URI.create(jar.substring(0, jar.length() - "model.properties".length()) + name).toURL();
                try (InputStream in = binUrl.openStream()) {
                    return Optional.of(reader.read(in));
                }
            }
            LOG.log(Level.INFO, "OpenNLP model {0} is not on the class path ({1}); using rules instead",
                    new Object[] {artifact, props});
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenNLP model " + artifact + " could not be read; using rules instead", e);
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }
}

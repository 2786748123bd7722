package org.toolsmith.draft.offline;

/**
 * A part of {@link RequestReader} that reads one family of sentence shapes: it shares the reader's
 * language tools and writes into the same reading.
 */
abstract class ReaderPart {
    final RequestReader reader;
    final Lexicon lex;
    final NlpPipeline nlp;
    final ListSplitter splitter;
    final FieldReader fields;
    final RequestReader.Reading out;
    final HeadNames heads;
    final LeadCutter lead;

    ReaderPart(RequestReader reader) {
        this.reader = reader;
        this.lex = reader.lex;
        this.nlp = reader.nlp;
        this.splitter = reader.splitter;
        this.fields = reader.fields;
        this.out = reader.out;
        this.heads = reader.heads;
        this.lead = reader.lead;
    }
}

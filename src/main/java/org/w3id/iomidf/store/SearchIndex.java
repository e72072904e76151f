package org.w3id.iomidf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of a release (Lucene, through Jena's text module): titles, descriptions and the names of
 * countries and regions, each literal analysed in its own language, so that accents, case, elisions and word
 * forms do not matter ("frontières" finds "frontière", "migrants" finds "migration"'s stem only where the
 * language's stemmer says so). Built once per release, beside its TDB2 store and switched with it; read by the
 * server, where SPARQL reaches it as {@code text:query}.
 *
 * <pre>{@code
 * SearchIndex.build(db.defaultGraph(), release.resolve("text"));
 * TextIndex index = SearchIndex.open(release.resolve("text"));   // for text:query
 * }</pre>
 */
public final class SearchIndex {
    /** The Lucene field holding a literal's subject. */
    static final String ENTITY = "uri";
    /**
     * The indexed properties and the field each goes to ({@code title_en}, {@code title_fr}... per language): a
     * query names the properties it searches, {@code text:query (dcterms:title dcterms:description "...")}.
     */
    static final Map<Node, String> FIELDS = Map.of(
            DCTerms.title.asNode(), "title",
            DCTerms.description.asNode(), "description",
            SKOS.prefLabel.asNode(), "label");
    /** The languages of the data, each with its own analyser. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private static final Map<String, Analyzer> ANALYSERS = Map.of(
            "en", analyser(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, Language.EN),
            "fr", analyser(FrenchAnalyzer.getDefaultStopSet(), Language.FR),
            "es", analyser(SpanishAnalyzer.getDefaultStopSet(), Language.ES));

    static {
        // The text module finds a language's analyser by its tag, for indexing and for queries alike.
        ANALYSERS.forEach(Util::addAnalyzer);
    }

    private SearchIndex() {}

    private enum Language {
        EN,
        FR,
        ES
    }

    /** Writes the index of {@code graph}'s titles, descriptions and names into {@code dir}. */
    public static void build(Graph graph, Path dir) {
        try (Writer writer = writer(dir)) {
            graph.find().forEachRemaining(writer::triple);
            writer.finish();
        }
    }

    /**
     * A stream that indexes the titles, descriptions and names of the default graph's triples it is sent, written
     * into {@code dir} when the stream finishes; quads (the page graphs) are not indexed. The triples must come
     * once each (an index keeps what it is sent twice). Close it to give up an index that was not finished.
     */
    public static Writer writer(Path dir) {
        return new Writer(open(dir));
    }

    /** See {@link #writer(Path)}. */
    public static final class Writer extends StreamRDFBase implements AutoCloseable {
        private final TextIndex index;
        private final EntityDefinition def;
        private boolean closed;

        private Writer(TextIndex index) {
            this.index = index;
            this.def = index.getDocDef();
        }

        @Override
        public void triple(Triple t) {
            if (t.getObject().isLiteral() && FIELDS.containsKey(t.getPredicate())) {
                index.addEntity(TextQueryFuncs.entityFromQuad(def, Quad.create(Quad.defaultGraphIRI, t)));
            }
        }

        @Override
        public void finish() {
            index.commit();
            close();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                index.close();
            }
        }
    }

    /** Opens the index in {@code dir} (creating an empty one if there is none). */
    public static TextIndex open(Path dir) {
        EntityDefinition def = new EntityDefinition(ENTITY, FIELDS.get(DCTerms.title.asNode()), DCTerms.title);
        FIELDS.forEach((p, field) -> def.set(field, p));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        config.setAnalyzer(analyser(CharArraySet.EMPTY_SET, null));
        try {
            return new TextIndexLucene(FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /**
     * Whether {@code text} leaves any word to search for once analysed in {@code lang} (one of {@link #LANGUAGES}):
     * a text of stop words only ("de la") does not, and would otherwise match every literal of the language.
     */
    public static boolean hasTerms(String text, String lang) {
        try (TokenStream s = ANALYSERS.get(lang).tokenStream("", text)) {
            s.reset();
            boolean any = s.incrementToken();
            s.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words, lower case, without the language's stop words and elisions, accents folded, then reduced to their
     * stem by the language's light stemmer (none when {@code language} is null: the analyser of untagged text).
     */
    private static Analyzer analyser(CharArraySet stopWords, Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                if (language == Language.FR) {
                    s = new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                if (language == Language.EN) {
                    s = new EnglishPossessiveFilter(s);
                }
                s = new StopFilter(s, stopWords);
                s = new ASCIIFoldingFilter(s);
                if (language == Language.EN) {
                    s = new PorterStemFilter(s);
                } else if (language == Language.FR) {
                    s = new FrenchLightStemFilter(s);
                } else if (language == Language.ES) {
                    s = new SpanishLightStemFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }
}

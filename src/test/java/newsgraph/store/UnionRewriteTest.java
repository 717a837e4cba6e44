package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * A rewritten query, run on a dataset whose default graph is something else, answers what the query
 * answers on the union of the article graphs, duplicates included, and never sees the store's own graph.
 */
class UnionRewriteTest {
    private static final String DATA = """
            <http://g/1> { <http://x/a> <http://p/knows> <http://x/b> . <http://x/b> <http://p/name> "B" .
                           <http://x/a> <http://p/name> "A" . }
            <http://g/2> { <http://x/b> <http://p/name> "B" . <http://x/b> <http://p/knows> <http://x/c> . }
            <https://newsgraph.org/store#meta> { <http://g/1> <https://newsgraph.org/store#linkedShort> <http://x/b> . }
            { <http://x/a> <http://p/knows> <http://x/z> . }
            """;

    private static List<String> answer(Dataset ds, Query q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            List<String> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> rows.add(String.valueOf(s)));
            return rows.stream().sorted().toList();
        }
    }

    private static void same(String sparql) {
        DatasetGraph dsg = RDFParser.fromString(DATA, Lang.TRIG).toDatasetGraph();
        // the reference: the union of the article graphs only, as the default graph
        DatasetGraph articles = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(StoreMeta.GRAPH)) {
                articles.add(q);
                articles.add(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject());
            }
        });
        Query q = QueryFactory.create(sparql);
        Query rewritten = QueryFactory.create(UnionRewrite.rewrite(q).toString()); // it goes over the wire as text
        assertEquals(answer(DatasetFactory.wrap(articles), q), answer(DatasetFactory.wrap(dsg), rewritten),
                sparql + "\nrewritten:\n" + rewritten);
    }

    @Test
    void patternsOnTheDefaultGraphMatchTheUnionOfTheArticleGraphs() {
        same("SELECT ?s ?n WHERE { ?s <http://p/name> ?n }"); // B once, though two graphs hold it
        same("SELECT ?a ?c WHERE { ?a <http://p/knows> ?b . ?b <http://p/knows> ?c }"); // across graphs
        same("SELECT ?a WHERE { ?a <http://p/knows> [ <http://p/name> ?n ] }");
        same("SELECT ?a ?n WHERE { ?a <http://p/knows>/<http://p/name> ?n }");
        same("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        same("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"); // never the store's own graph
        same("SELECT ?n WHERE { { SELECT ?s WHERE { ?s <http://p/knows> ?o } } OPTIONAL { ?s <http://p/name> ?n } }");
    }


}

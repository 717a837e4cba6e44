package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.nlp.NlpModels;
import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.rdf.RdfMapper;
import newsgraph.store.GraphStore;
import newsgraph.store.TdbBatch;

/** {@code newsgraph validate}: the graphs ingest writes conform to ontology/shapes.ttl; a broken one is reported. */
class ValidateCommandTest {
    /** The development set of the evaluation, where it is checked out beside the project. */
    private static final Path DEV = Path.of("../shared/eval/dev/articles");

    @TempDir
    Path tmp;

    private static void assumeModels() {
        Assumptions.assumeTrue(ValidateCommandTest.class.getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
    }

    private Outcome ingestAndValidate(Path articles) {
        Path store = tmp.resolve("store");
        Outcome in = MainTest.run("ingest", "--quiet", "--store", store.toString(), articles.toString());
        assertEquals(0, in.code(), in.err());
        return MainTest.run("validate", "--store", store.toString(), "--shapes", "ontology/shapes.ttl");
    }

    @Test
    void everySeedArticleGraphConforms() {
        assumeModels();
        Outcome o = ingestAndValidate(Path.of("seeds"));
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals(List.of("validated 5 articles: 5 conform, 0 with 0 violations"), o.out().lines().toList());
    }

    @Test
    void everyDevArticleGraphConforms() throws Exception {
        assumeModels();
        Assumptions.assumeTrue(Files.isDirectory(DEV), DEV + " is not here");
        long n;
        try (var files = Files.list(DEV)) {
            n = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        Outcome o = ingestAndValidate(DEV);
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals(List.of("validated " + n + " articles: " + n + " conform, 0 with 0 violations"),
                o.out().lines().toList());
    }

    @Test
    void aBrokenArticleGraphIsReportedByIdAndFailsTheRun() {
        Path store = tmp.resolve("broken");
        Model good = RdfMapper.newModel();
        good.createResource(IriMinter.article("fine")).addProperty(RDF.type, NG.Article)
                .addProperty(NG.docId, "fine").addProperty(NG.text, "Text.");
        Model bad = RdfMapper.newModel();
        bad.createResource(IriMinter.article("odd")).addProperty(RDF.type, NG.Article).addProperty(NG.docId, "odd");
        bad.createResource(IriMinter.statement("odd", 0)).addProperty(RDF.type, NG.Statement);
        try (GraphStore s = GraphStore.open(store); TdbBatch b = s.beginBatch()) {
            b.replace(IriMinter.graph("fine"), good);
            b.replace(IriMinter.graph("odd"), bad);
            b.commit();
        }
        Outcome o = MainTest.run("validate", "--store", store.toString(), "--shapes", "ontology/shapes.ttl");
        assertEquals(1, o.code(), o.out() + o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("odd: <" + IriMinter.article("odd") + "> <"
                + NG.text.getURI() + ">")), o.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("odd: <" + IriMinter.statement("odd", 0) + "> ")), o.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("fine:")), o.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("validated 2 articles: 1 conform, 1 with "), o.out());

        Outcome one = MainTest.run("validate", "--store", store.toString(), "--doc", "fine", "--shapes",
                "ontology/shapes.ttl");
        assertEquals(0, one.code(), one.out());
        assertEquals(2, MainTest.run("validate", "--store", store.toString(), "--doc", "gone").code());
    }
}

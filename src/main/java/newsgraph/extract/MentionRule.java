package newsgraph.extract;

import java.util.List;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.nlp.Sentence;

/**
 * One way of finding mentions in a sentence. {@link MentionFinder} runs the rules in a fixed order
 * over one list: a rule skips spans an earlier one took, or replaces them on purpose.
 */
abstract class MentionRule {
    final Gazetteer gazetteer;
    final Lexicon lexicon;
    final NameEdges edges;
    final MentionCollector mentions;

    MentionRule(Gazetteer gazetteer, Lexicon lexicon, NameEdges edges, MentionCollector mentions) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.edges = edges;
        this.mentions = mentions;
    }

    abstract void find(Sentence s, List<GazetteerMatch> gaz, List<Mention> out);
}

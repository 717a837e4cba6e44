package newsgraph.nlp;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory;

/**
 * Feature-generator descriptor entry for {@link DictionarySpanFeatures}, used in place of OpenNLP's
 * {@code DictionaryFeatureGeneratorFactory} in {@code ner-features.xml} and in the model's stored
 * descriptor: same {@code dict} parameter, same dictionary artifacts, same features.
 */
public final class DictionarySpanFeaturesFactory extends DictionaryFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return super.create(); // only when a descriptor is read without the model's resources
        }
        String name = getStr("dict");
        Object dictionary = resourceManager.getResource(name);
        if (!(dictionary instanceof Dictionary d)) {
            throw new InvalidFormatException("no dictionary resource named " + name + " in the name-finder model");
        }
        return new DictionarySpanFeatures(d);
    }
}

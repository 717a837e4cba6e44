package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;

/**
 * Builds one actor record per actor of the article and one country record per country, from the
 * linked mentions. The preferred name is the longest name the article uses.
 */
public final class ActorExtractor {
    static final String NAME = "actors";
    private final Gazetteer gazetteer;

    public ActorExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<ActorRecord> actors(String docId, List<Mention> mentions, SentenceBounds bounds) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.kind().isActor() && m.key() != null) {
                byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        List<ActorRecord> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            List<Mention> ms = e.getValue();
            Mention first = ms.get(0);
            String name = first.text();
            String role = null;
            String iso = null;
            String affiliation = null;
            Set<String> aliases = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Mention m : ms) {
                if (m.kind() != Mention.Kind.GOVERNMENT && m.text().length() > name.length()) {
                    name = m.text();
                }
                aliases.add(m.text());
                role = role == null ? m.role() : role;
                iso = iso == null ? m.iso() : iso;
                affiliation = affiliation == null ? m.affiliation() : affiliation;
                evidence.add(new Evidence(docId, m.begin(), m.end(), bounds.begin(m.sentence()),
                        bounds.end(m.sentence()), NAME, 0.8));
            }
            ActorType type = switch (first.kind()) {
                case PERSON -> ActorType.PERSON;
                case GOVERNMENT -> ActorType.GOVERNMENT;
                default -> ActorType.ORGANIZATION;
            };
            if (type == ActorType.GOVERNMENT) {
                name = ActorExtractor.governmentName(gazetteer, iso);
            }
            if (e.getKey().equals(affiliation)) {
                affiliation = null;
            }
            out.add(new ActorRecord(e.getKey(), type, name, List.copyOf(aliases), role, iso, affiliation, evidence));
        }
        return out;
    }

    public List<CountryRecord> countries(String docId, List<Mention> mentions, SentenceBounds bounds) {
        Map<String, List<Evidence>> byIso = new LinkedHashMap<>();
        for (Mention m : mentions) {
            boolean refersToCountry = m.iso() != null && (m.kind() == Mention.Kind.COUNTRY
                    || m.kind() == Mention.Kind.GOVERNMENT || m.kind() == Mention.Kind.PLACE
                    || (m.kind() == Mention.Kind.PERSON && m.role() != null));
            if (refersToCountry) {
                byIso.computeIfAbsent(m.iso(), k -> new ArrayList<>()).add(new Evidence(docId, m.begin(), m.end(),
                        bounds.begin(m.sentence()), bounds.end(m.sentence()), "countries", 0.9));
            }
        }
        List<CountryRecord> out = new ArrayList<>();
        byIso.forEach((iso, ev) -> out.add(new CountryRecord(iso,
                gazetteer.countryByCode(iso).map(c -> c.name()).orElse(iso), ev)));
        return out;
    }

    /** "Government of Syria", "Government of the United States". */
    static String governmentName(Gazetteer gazetteer, String iso) {
        String name = gazetteer.countryByCode(iso).map(c -> c.name()).orElse(iso);
        boolean article = name.startsWith("United ") || name.contains("Republic") || name.endsWith("Islands")
                || Set.of("Netherlands", "Philippines", "Bahamas", "Maldives", "Gambia", "Comoros", "Seychelles")
                .contains(name);
        return "Government of " + (article ? "the " : "") + name;
    }

    /** Sentence char bounds by sentence index. */
    public interface SentenceBounds {
        int begin(int sentence);

        int end(int sentence);
    }
}

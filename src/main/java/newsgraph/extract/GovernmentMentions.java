package newsgraph.extract;

import java.util.List;
import java.util.Optional;

import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/** Governments ("Russian government", "the Labour government", "officials from Poland", "the Kremlin") and ministries. */
final class GovernmentMentions extends MentionRule {
    GovernmentMentions(Gazetteer gazetteer, Lexicon lexicon, NameEdges edges, MentionCollector mentions) {
        super(gazetteer, lexicon, edges, mentions);
    }

    @Override
    void find(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        demonymGovernments(s, gaz, out);
        partyGovernments(s, gaz, out);
        governmentsFrom(s, gaz, out);
        seatsOfGovernment(s, out);
        ministries(s, gaz, out);
    }

    // "Syrian government delegation", "Russian diplomats", "Syrian and Iranian delegations"
    private void demonymGovernments(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (GazetteerMatch g : gaz) {
            Optional<Country> c = countryOf(g);
            if (c.isEmpty() || g.kind() == GazetteerMatch.Kind.CAPITAL) {
                continue;
            }
            int i = g.end();
            if (i < t.size() && t.get(i).text().equals("'s")) {
                i++;
            }
            // a coordinated demonym shares the next one's head noun: "Syrian and Iranian delegations"
            int j = i;
            if (j + 1 < t.size() && t.get(j).lemma().equals("and")) {
                GazetteerMatch next = matchAt(gaz, j + 1);
                if (next != null && countryOf(next).isPresent()) {
                    j = next.end();
                }
            }
            int headEnd = j;
            while (headEnd < t.size() && headEnd < j + 2 && lexicon.governmentNouns.contains(lower(t.get(headEnd)))) {
                headEnd++;
            }
            if (headEnd > j) {
                int begin = g.start() > 0 && lower(t.get(g.start() - 1)).equals("the") ? g.start() - 1 : g.start();
                mentions.add(out, s, begin, j == i ? headEnd : g.end(), Mention.Kind.GOVERNMENT,
                        ActorKeys.government(c.get().alpha2()), c.get().alpha2(), null, null, null);
                if (j != i) {
                    mentions.add(out, s, i + 1, headEnd, Mention.Kind.GOVERNMENT,
                            ActorKeys.government(countryOf(matchAt(gaz, i + 1)).get().alpha2()),
                            countryOf(matchAt(gaz, i + 1)).get().alpha2(), null, null, null);
                }
            }
        }
    }

    // "the Labour government": a national party's government is its country's (not "Labour officials", the party's)
    private void partyGovernments(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (GazetteerMatch g : gaz) {
            Optional<Organization> party = g.organization().filter(o -> o.kind().equals("party"));
            String iso = party.map(Organization::country).orElse("");
            if (iso.isEmpty() || g.end() >= t.size() || !lower(t.get(g.end())).equals("government")) {
                continue;
            }
            int begin = g.start() > 0 && lower(t.get(g.start() - 1)).equals("the") ? g.start() - 1 : g.start();
            mentions.add(out, s, begin, g.end() + 1, Mention.Kind.GOVERNMENT, ActorKeys.government(iso), iso, null, null, null);
        }
    }

    // "delegations from Kenya and Chile", "officials from Poland": each country's government
    private void governmentsFrom(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!lexicon.governmentNouns.contains(lower(t.get(i))) || !lower(t.get(i + 1)).equals("from")) {
                continue;
            }
            int k = i + 2;
            while (k < t.size()) {
                GazetteerMatch g = matchAt(gaz, k);
                if (g == null || countryOf(g).isEmpty() || g.kind() == GazetteerMatch.Kind.DEMONYM) {
                    break;
                }
                String iso = countryOf(g).get().alpha2();
                mentions.add(out, s, g.start(), g.end(), Mention.Kind.GOVERNMENT, ActorKeys.government(iso), iso, null, null, null);
                k = g.end();
                if (k < t.size() && (lower(t.get(k)).equals("and") || lower(t.get(k)).equals(","))) {
                    k++;
                } else {
                    break;
                }
            }
        }
    }

    // "the Kremlin", "the White House"
    private void seatsOfGovernment(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String seatIso = lexicon.seatsOfGovernment.get(t.get(i).text());
            if (seatIso != null) {
                mentions.add(out, s, i, i + 1, Mention.Kind.GOVERNMENT, ActorKeys.government(seatIso), seatIso, null, null, null);
            }
        }
    }

    // "Russian Foreign Ministry", "Russia's foreign ministry", "the Foreign Ministry"
    private void ministries(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!lower(t.get(i)).equals("ministry")) {
                continue;
            }
            int b = i;
            String field = null;
            if (b > 0 && lexicon.ministryFields.contains(lower(t.get(b - 1)))) {
                field = lower(t.get(b - 1));
                b--;
            }
            if (field == null) {
                continue;
            }
            String iso = null;
            int cb = b;
            if (cb > 0 && t.get(cb - 1).text().equals("'s")) {
                cb--;
            }
            GazetteerMatch g = matchEndingAt(gaz, cb);
            if (g != null && countryOf(g).isPresent()) {
                iso = countryOf(g).get().alpha2();
                b = g.start();
            }
            if (iso == null && !t.get(i).text().equals("Ministry")) {
                continue; // "a foreign ministry skyscraper": no country, no name
            }
            String fieldName = switch (field) {
                case "foreign" -> "Foreign Affairs";
                case "defense", "defence" -> "Defence";
                default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
            };
            String name = "Ministry of " + fieldName + (iso == null ? "" : " of " + gazetteer.countryByCode(iso)
                    .map(Country::name).orElse(iso));
            mentions.add(out, s, b, i + 1, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso, null, null, name);
        }
    }
}

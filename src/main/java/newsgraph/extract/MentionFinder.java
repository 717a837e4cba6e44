package newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.NameMention;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Finds mentions of people, organisations, governments, countries and places in one sentence by
 * combining the trained name finder with gazetteers and a few linguistic patterns: titles before
 * names, "Russian government"-style phrases, ministries, and countries used as acting subjects.
 */
public final class MentionFinder {
    /** A lower-case role noun that names a person: not a prize category ("best actress Oscar"), not in a compound ("DHL-owner"). */
    private boolean lowerCaseRole(List<Token> t, int i) {
        if (!lexicon.businessRoleNouns.contains(t.get(i).text())) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        String before = t.get(i - 1).text().toLowerCase(Locale.ROOT);
        boolean attached = t.get(i - 1).end() == t.get(i).begin() && before.endsWith("-");
        return !attached && !before.equals("best") && !before.equals("supporting") && !before.equals("-");
    }

    /**
     * A role in apposition after a name: "X, Russia's deputy foreign minister," or "X, the Polish
     * ambassador,". Returns {role, country ISO}, either may be null.
     */
    private String[] appositionRole(List<Token> t, List<GazetteerMatch> gaz, int e) {
        if (e + 2 >= t.size() || !t.get(e).text().equals(",")) {
            return new String[2];
        }
        int k = e + 1;
        String iso = null;
        if (t.get(k).is(Pos.DET)) {
            k++;
        }
        GazetteerMatch c = matchAt(gaz, k);
        if (c != null && countryOf(c).isPresent()) {
            iso = countryOf(c).get().alpha2();
            k = c.end();
            if (k < t.size() && t.get(k).text().equals("'s")) {
                k++;
            }
        }
        int roleBegin = k;
        while (k < t.size() && (t.get(k).is(Pos.ADJ) || lexicon.roleNouns.contains(lower(t.get(k)))
                || lexicon.ministryFields.contains(lower(t.get(k))) || gazetteer.title(t.get(k).text()).isPresent())) {
            k++;
        }
        boolean closed = k < t.size() && (t.get(k).text().equals(",") || t.get(k).is(Pos.PUNCT));
        if (k == roleBegin || !closed || !lexicon.roleNouns.contains(lower(t.get(k - 1)))
                && gazetteer.title(t.get(k - 1).text()).isEmpty()) {
            return new String[2];
        }
        return new String[]{textOf(t, roleBegin, k, t.get(roleBegin).begin(), t.get(k - 1).end()), iso};
    }

    /** Whether tokens [b, e) are all demonyms and title words. */
    private static boolean onlyTitleWords(List<GazetteerMatch> gaz, int b, int e) {
        int k = b;
        while (k < e) {
            GazetteerMatch g = matchAt(gaz, k);
            if (g == null || !(g.kind() == GazetteerMatch.Kind.TITLE || g.kind() == GazetteerMatch.Kind.DEMONYM)) {
                return false;
            }
            k = g.end();
        }
        return true;
    }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NameEdges edges;
    private final String docId;

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon, String docId) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.edges = new NameEdges(lexicon);
        this.docId = docId;
    }

    public List<Mention> find(Sentence s) {
        List<Token> tokens = s.tokens();
        List<String> words = tokens.stream().map(Token::text).toList();
        List<GazetteerMatch> gaz = gazetteer.match(words);
        List<Mention> out = new ArrayList<>();
        governments(s, gaz, out);
        ministries(s, gaz, out);
        titledPersons(s, gaz, out);
        names(s, gaz, out);
        organizationNames(s, gaz, out);
        gazetteerEntries(s, gaz, out);
        out.sort(Comparator.comparingInt(Mention::tokenBegin));
        return out;
    }

    // "Syrian government delegation", "Russian diplomats", "Syrian and Iranian delegations", "the Kremlin"
    private void governments(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
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
                add(out, s, begin, j == i ? headEnd : g.end(), Mention.Kind.GOVERNMENT,
                        ActorKeys.government(c.get().alpha2()), c.get().alpha2(), null, null, null);
                if (j != i) {
                    add(out, s, i + 1, headEnd, Mention.Kind.GOVERNMENT,
                            ActorKeys.government(countryOf(matchAt(gaz, i + 1)).get().alpha2()),
                            countryOf(matchAt(gaz, i + 1)).get().alpha2(), null, null, null);
                }
            }
        }
        // "delegations from Kenya and Chile", "officials from Poland": each country's government
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
                add(out, s, g.start(), g.end(), Mention.Kind.GOVERNMENT, ActorKeys.government(iso), iso, null, null, null);
                k = g.end();
                if (k < t.size() && (lower(t.get(k)).equals("and") || lower(t.get(k)).equals(","))) {
                    k++;
                } else {
                    break;
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String seatIso = lexicon.seatsOfGovernment.get(t.get(i).text());
            if (seatIso != null) {
                add(out, s, i, i + 1, Mention.Kind.GOVERNMENT, ActorKeys.government(seatIso), seatIso, null, null, null);
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
            add(out, s, b, i + 1, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso, null, null, name);
        }
    }

    // "Foreign Minister Sergei Lavrov", "UN special envoy Lakhdar Brahimi", "coalition head Ahmad Jarba"
    private void titledPersons(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            boolean title = matchAt(gaz, i) != null && matchAt(gaz, i).kind() == GazetteerMatch.Kind.TITLE;
            int titleEnd = title ? matchAt(gaz, i).end()
                    : (lexicon.roleNouns.contains(lower(t.get(i))) || lowerCaseRole(t, i) ? i + 1 : -1);
            if (titleEnd < 0 || lexicon.lowerCaseNonTitles.contains(t.get(i).text())) {
                continue; // "will miss Sunday's final": an honorific is written with a capital
            }
            // further title words: "Deputy Foreign Minister", "special envoy", "Secretary General"
            while (titleEnd < t.size() && (lexicon.roleNouns.contains(lower(t.get(titleEnd)))
                    || lexicon.roleNouns.contains(lower(t.get(titleEnd)).replaceAll("s$", ""))
                    || (matchAt(gaz, titleEnd) != null && matchAt(gaz, titleEnd).kind() == GazetteerMatch.Kind.TITLE))) {
                GazetteerMatch m = matchAt(gaz, titleEnd);
                titleEnd = m != null ? m.end() : titleEnd + 1;
            }
            // title words the loop did not know ("Deputy Foreign Ministers") are not part of the name
            while (titleEnd < t.size() && (lexicon.ministryFields.contains(lower(t.get(titleEnd)))
                    || gazetteer.title(t.get(titleEnd).text().replaceAll("s$", "")).isPresent()
                    || lexicon.roleNouns.contains(lower(t.get(titleEnd)).replaceAll("s$", "")))) {
                titleEnd++;
            }
            int nameEnd = properRun(t, titleEnd);
            if (nameEnd > titleEnd) {
                // the tagger may take a name's last word for a verb or adverb ("coach Mike Ruddock/VERB"):
                // a span of the name finder that runs on from here marks where the name ends
                for (NameMention n : s.names()) {
                    if (n.tokenBegin() <= titleEnd && n.tokenEnd() > nameEnd && Character.isUpperCase(
                            t.get(n.tokenEnd() - 1).text().charAt(0))) {
                        nameEnd = n.tokenEnd();
                    }
                }
            }
            if (nameEnd > titleEnd) {
                nameEnd = edges.throughHyphen(s, nameEnd);
            }
            if (nameEnd == titleEnd || nameEnd - titleEnd > 6) {
                continue;
            }
            if (matchAt(gaz, titleEnd) != null && matchAt(gaz, titleEnd).kind() != GazetteerMatch.Kind.TITLE) {
                continue; // "President Obama" fine, "Minister Russia" not
            }
            if (i > 0 && t.get(i - 1).is(Pos.DET) && titleEnd == i + 1 && nameEnd == titleEnd + 1
                    && gazetteer.isAmbiguous(t.get(i).text())) {
                continue; // "the General Election", "a General Strike": an ambiguous title word after an article
            }
            // what stands before the title: a demonym/country (country) or an organisation (affiliation)
            int roleBegin = i;
            String iso = null;
            String affiliation = null;
            int pre = i - 1;
            while (pre >= 0 && (t.get(pre).is(Pos.ADJ) && Character.isLowerCase(t.get(pre).text().charAt(0)))) {
                roleBegin = pre--;
            }
            // a lower-case noun naming the body: "coalition head X", "ministry spokeswoman X"
            if (pre >= 0 && t.get(pre).is(Pos.NOUN) && Character.isLowerCase(t.get(pre).text().charAt(0))
                    && roleBegin == i) {
                roleBegin = pre--;
            }
            if (pre >= 0 && t.get(pre).text().equals("'s")) {
                pre--;
            }
            GazetteerMatch before = pre >= 0 ? matchEndingAt(gaz, pre + 1) : null;
            if (before != null && countryOf(before).isPresent()) {
                iso = countryOf(before).get().alpha2();
            } else if (before != null && before.kind() == GazetteerMatch.Kind.ORGANIZATION) {
                affiliation = ActorKeys.organization(((Organization) before.entry()).name());
            } else if (pre >= 0) {
                Mention org = lastOrgEndingAt(out, pre + 1);
                if (org != null) {
                    affiliation = org.key();
                }
            }
            String role = s.tokens().get(roleBegin).text();
            int rb = t.get(roleBegin).begin();
            int re = t.get(titleEnd - 1).end();
            role = textOf(t, roleBegin, titleEnd, rb, re);
            String name = textOf(t, titleEnd, nameEnd, t.get(titleEnd).begin(), t.get(nameEnd - 1).end());
            if (iso == null && nameEnd + 1 < t.size() && lower(t.get(nameEnd)).equals("of")) {
                GazetteerMatch after = matchAt(gaz, nameEnd + 1);
                if (after != null && after.kind() == GazetteerMatch.Kind.COUNTRY_NAME) {
                    iso = countryOf(after).get().alpha2(); // "Foreign Minister Anna Kowalski of Poland"
                }
            }
            int surnameEnd = bracketedSurname(t, i, nameEnd);
            if (surnameEnd > 0) {
                // an editor's insertion in a quote: "(U.S. Secretary of State John) Kerry and I ...": the
                // name goes on after the bracket; the mention spans both parts, its name leaves the bracket out
                String full = name + " " + textOf(t, nameEnd + 1, surnameEnd, 0, 0);
                removeOverlapping(out, titleEnd, surnameEnd);
                add(out, s, titleEnd, surnameEnd, Mention.Kind.PERSON, ActorKeys.person(full), iso, role, affiliation, full);
                i = surnameEnd - 1;
                continue;
            }
            removeOverlapping(out, titleEnd, nameEnd);
            add(out, s, titleEnd, nameEnd, Mention.Kind.PERSON, ActorKeys.person(name), iso, role, affiliation, null);
            i = nameEnd - 1;
        }
    }

    private void names(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (NameMention n : s.names()) {
            int b = n.tokenBegin();
            int e = n.tokenEnd();
            // the name finder sometimes takes the title in: "President Vladimir Putin"
            while (b < e - 1 && matchAt(gaz, b) != null && matchAt(gaz, b).kind() == GazetteerMatch.Kind.TITLE) {
                b = matchAt(gaz, b).end();
            }
            while (b < e && !isNameToken(t.get(b))) {
                b++;
            }
            for (int k = b; k < e; k++) {
                boolean lowerDeterminer = k > b && t.get(k).is(Pos.DET) && Character.isLowerCase(t.get(k).text().charAt(0));
                if (lowerDeterminer || t.get(k).isVerb() && Character.isLowerCase(t.get(k).text().charAt(0))) {
                    e = k; // the name finder ran on into the clause: "Interfax news agency quoted ..."
                    break;
                }
            }
            while (e > b && !isNameToken(t.get(e - 1))) {
                e--;
            }
            if (e > b) {
                e = edges.throughHyphen(s, e);
            }
            if (b >= e || overlapsAny(out, b, e)) {
                continue;
            }
            String text = textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end());
            GazetteerMatch whole = matchAt(gaz, b);
            boolean gazWhole = whole != null && whole.end() == e;
            if (gazWhole && countryOf(whole).isPresent()) {
                continue; // handled as a country by gazetteerEntries
            }
            if (gazWhole && whole.kind() == GazetteerMatch.Kind.ORGANIZATION) {
                continue; // handled with its canonical name
            }
            if (e - b == 1 && lexicon.calendarWords.contains(lower(t.get(b)))) {
                continue; // "Monday" is no name, whatever the model says
            }
            String type = n.type();
            if (lexicon.corporateEndings.contains(t.get(e - 1).text().replace(".", "")) || lexicon.organisationHeads.contains(t.get(e - 1).text())) {
                type = "organization"; // "Jardine Matheson Holdings Ltd" is a company whatever the model says
            }
            if (namedMedium(t, b, e)) {
                type = "organization"; // "the official gazette, Rossiiskaya Gazeta", "the newspaper Kommersant"
            }
            switch (type) {
                case "person" -> {
                    if (e - b > 5) {
                        continue;
                    }
                    // one word that is not a proper noun, or a day or month name, is not a person
                    if (e - b == 1 && (!t.get(b).isProperNoun() || lexicon.calendarWords.contains(lower(t.get(b))))) {
                        continue;
                    }
                    if (gazetteer.countryByCapital(text).isPresent() || gazetteer.countryByName(text).isPresent()) {
                        continue; // a capital or country the name finder took for a person
                    }
                    String[] apposition = appositionRole(t, gaz, e);
                    add(out, s, b, e, Mention.Kind.PERSON, ActorKeys.person(text), apposition[1], apposition[0],
                            null, null);
                }
                case "organization" -> {
                    if (e - b == 1 && t.get(b).text().length() < 2 || onlyTitleWords(gaz, b, e)) {
                        continue; // "Russian Deputy Foreign Minister" is a role, not an organisation
                    }
                    add(out, s, b, e, Mention.Kind.ORGANIZATION, ActorKeys.organization(text), null, null, null, null);
                }
                default -> add(out, s, b, e, Mention.Kind.PLACE, null,
                        gazetteer.countryByCapital(text).map(Country::alpha2).orElse(null), null, null, null);
            }
        }
    }

    /**
     * Capitalised names that end in an organisation noun ("Syrian National Coalition", "Free Syrian
     * Army", "Communist Party"), whether or not the name finder saw them.
     */
    private void organizationNames(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!lexicon.organisationHeads.contains(t.get(i).text())) {
                continue;
            }
            int b = i;
            while (b > 0 && !(matchAt(gaz, b - 1) != null && matchAt(gaz, b - 1).kind() == GazetteerMatch.Kind.TITLE)) {
                if (isCapitalizedWord(t.get(b - 1))) {
                    b--;
                } else if (b > 1 && lexicon.organisationNameJoiners.contains(t.get(b - 1).text()) && isCapitalizedWord(t.get(b - 2))) {
                    b -= 2; // "Securities and Exchange Commission", "Council of Europe"-style names
                } else {
                    break;
                }
            }
            int e = i + 1;
            // "Party of Regions", "Council for ...": an "of"/"for" complement in capitals
            if (e + 1 < t.size() && (t.get(e).text().equals("of") || t.get(e).text().equals("for"))
                    && isCapitalizedWord(t.get(e + 1))) {
                e = properRun(t, e + 1);
            }
            if (b == i && e == i + 1) {
                continue; // a bare "Council" is not a name
            }
            if (b == 0 && e - b == 2 && t.get(0).is(Pos.DET)) {
                continue;
            }
            GazetteerMatch known = matchAt(gaz, b);
            if (known != null && known.end() == e) {
                continue; // a country ("Soviet Union") or a listed organisation: the gazetteer names it
            }
            final int fb = b;
            final int fe = e;
            if (out.stream().anyMatch(m -> m.overlaps(fb, fe) && m.kind() != Mention.Kind.PERSON
                    && m.kind() != Mention.Kind.ORGANIZATION)) {
                continue;
            }
            removeOverlapping(out, b, e);
            String name = textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end());
            GazetteerMatch first = matchAt(gaz, b);
            String iso = first != null && first.kind() == GazetteerMatch.Kind.DEMONYM
                    ? first.country().map(Country::alpha2).orElse(null) : null;
            add(out, s, b, e, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso, null, null, name);
            i = e - 1;
        }
    }

    boolean namedMedium(List<Token> t, int b, int e) {
        int k = b - 1;
        boolean comma = k >= 0 && t.get(k).text().equals(",");
        if (comma) {
            // an apposition closes after the name: "the official gazette, Rossiiskaya Gazeta, on Monday";
            // "the Sun-Sentinel newspaper, Goldfine added" is a new clause
            if (e < t.size() && !Set.of(",", ".", ";", ")").contains(t.get(e).text())) {
                return false;
            }
            k--;
        }
        if (k < 1 || !lexicon.mediaNouns.contains(t.get(k).text()) || !t.get(k).is(Pos.NOUN)) {
            return false;
        }
        Token before = t.get(k - 1); // "the newspaper X", "official gazette, X"; not "Sun-Sentinel newspaper, X"
        return !before.isProperNoun() && (before.isAny(Pos.DET, Pos.ADJ)
                || before.is(Pos.NOUN) || before.text().equals("'s"));
    }

    private static boolean isCapitalizedWord(Token k) {
        String w = k.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
                && !k.is(Pos.DET) && !k.is(Pos.PRON) && !k.is(Pos.VERB);
    }

    private void gazetteerEntries(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (GazetteerMatch g : gaz) {
            if (overlapsAny(out, g.start(), g.end())) {
                continue;
            }
            if (g.kind() == GazetteerMatch.Kind.ORGANIZATION) {
                Organization o = (Organization) g.entry();
                add(out, s, g.start(), g.end(), Mention.Kind.ORGANIZATION, ActorKeys.organization(o.name()),
                        o.country() == null || o.country().isEmpty() ? null : o.country(), null, null, o.name());
                continue;
            }
            Optional<Country> c = countryOf(g);
            if (c.isEmpty()) {
                continue;
            }
            String surface = textOf(t, g.start(), g.end(), t.get(g.start()).begin(), t.get(g.end() - 1).end());
            if (gazetteer.isAmbiguous(surface) && !t.get(g.start()).isProperNoun()) {
                continue;
            }
            String iso = c.get().alpha2();
            if (g.kind() == GazetteerMatch.Kind.DEMONYM && g.end() < t.size()
                    && lexicon.nationalBodies.contains(lower(t.get(g.end())))) {
                String name = surface + " " + lower(t.get(g.end()));
                add(out, s, g.start(), g.end() + 1, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso,
                        null, null, name);
                continue;
            }
            boolean actsAsGovernment = g.kind() != GazetteerMatch.Kind.DEMONYM && isActingSubject(t, g.start(), g.end());
            if (g.kind() == GazetteerMatch.Kind.CAPITAL && !actsAsGovernment) {
                add(out, s, g.start(), g.end(), Mention.Kind.PLACE, null, iso, null, null, surface);
                continue;
            }
            add(out, s, g.start(), g.end(), actsAsGovernment ? Mention.Kind.GOVERNMENT : Mention.Kind.COUNTRY,
                    actsAsGovernment ? ActorKeys.government(iso) : null, iso, null, null, surface);
            if (!actsAsGovernment) {
                Mention last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Mention(last.sentence(), last.tokenBegin(), last.tokenEnd(), last.begin(),
                        last.end(), last.text(), last.kind(), last.key(), last.iso(), null, null, g.kind().name()));
            }
        }
    }

    /**
     * A country or capital used as the subject of an acting verb ("Russia says", "Moscow wants",
     * "Russia and the United States announced", "Russia, which backs Assad, says").
     */
    boolean isActingSubject(List<Token> t, int b, int e) {
        if (b > 0) {
            String prev = lower(t.get(b - 1));
            if (!(prev.equals(",") || prev.equals("and") || prev.equals("but") || prev.equals("the")
                    || prev.equals("that") || prev.equals("while") || prev.equals("as") || prev.equals("\"")
                    || prev.equals("\u201c") || prev.equals("yet") || prev.equals("said") || b - 1 == 0
                    && !t.get(0).isVerb())) {
                return false;
            }
            if (prev.equals(",") && b >= 2 && !lower(t.get(b - 2)).equals("but")) {
                return false;
            }
        }
        int i = e;
        // skip a relative clause or apposition: "Russia, which strongly backs X, says"
        if (i < t.size() && t.get(i).text().equals(",")) {
            int close = -1;
            for (int k = i + 1; k < t.size() && k < i + 25; k++) {
                if (t.get(k).text().equals(",")) {
                    close = k;
                    break;
                }
            }
            if (close < 0 || !(lower(t.get(i + 1)).equals("which") || lower(t.get(i + 1)).equals("who"))) {
                return false;
            }
            i = close + 1;
        }
        // coordinated subjects: "Russia and the United States announced"
        if (i < t.size() && lower(t.get(i)).equals("and")) {
            for (int k = i + 1; k < t.size() && k < i + 5; k++) {
                if (t.get(k).isVerb()) {
                    i = k;
                    break;
                }
            }
        }
        // auxiliaries and adverbs before the verb: "Russia has also said", "Moscow will not"
        while (i < t.size() && (t.get(i).isAny(Pos.AUX, Pos.ADV)
                || t.get(i).is(Pos.PART))) {
            if (t.get(i).is(Pos.AUX) && i + 1 < t.size() && !t.get(i + 1).isVerb()
                    && !t.get(i + 1).is(Pos.ADV) && !t.get(i + 1).is(Pos.PART)) {
                return t.get(i).lemma().equals("be") && false;
            }
            i++;
        }
        return i < t.size() && t.get(i).is(Pos.VERB) && lexicon.actingVerbs.contains(t.get(i).lemma());
    }

    private static Optional<Country> countryOf(GazetteerMatch g) {
        return g == null ? Optional.empty() : g.country();
    }

    private static GazetteerMatch matchAt(List<GazetteerMatch> gaz, int start) {
        for (GazetteerMatch g : gaz) {
            if (g.start() == start) {
                return g;
            }
        }
        return null;
    }

    private static GazetteerMatch matchEndingAt(List<GazetteerMatch> gaz, int end) {
        for (GazetteerMatch g : gaz) {
            if (g.end() == end) {
                return g;
            }
        }
        return null;
    }

    private static Mention lastOrgEndingAt(List<Mention> out, int end) {
        for (Mention m : out) {
            if (m.tokenEnd() == end && m.kind() == Mention.Kind.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }

    /**
     * End of the surname after a closing bracket when the title and first name stand inside a bracket
     * opened before the title ("(Secretary of State John) Kerry"), else -1.
     */
    static int bracketedSurname(List<Token> t, int titleBegin, int nameEnd) {
        if (nameEnd + 1 >= t.size() || !(t.get(nameEnd).text().equals(")") || t.get(nameEnd).text().equals("]"))) {
            return -1;
        }
        String open = t.get(nameEnd).text().equals(")") ? "(" : "[";
        boolean opened = false;
        for (int k = titleBegin - 1; k >= 0 && k >= titleBegin - 4; k--) {
            String w = t.get(k).text();
            if (w.equals(open)) {
                opened = true;
                break;
            }
            if (w.equals(")") || w.equals("]")) {
                break;
            }
        }
        int end = opened ? properRun(t, nameEnd + 1) : -1;
        return end > nameEnd + 1 && end - nameEnd - 1 <= 2 ? end : -1;
    }

    /** A run of capitalised name tokens starting at {@code i}, allowing particles inside ("de", "al-", "bin"). */
    static int properRun(List<Token> t, int i) {
        int e = i;
        while (e < t.size()) {
            Token k = t.get(e);
            String w = k.text();
            boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (k.isProperNoun() || k.is(Pos.NOUN)
                    || k.isAny(Pos.ADJ, Pos.X));
            boolean arabicArticle = (w.startsWith("al-") || w.startsWith("el-")) && w.length() > 3
                    && Character.isUpperCase(w.charAt(3));
            boolean particle = arabicArticle || (w.equals("de") || w.equals("al") || w.equals("bin") || w.equals("van") || w.equals("von")
                    || w.equals("da") || w.startsWith("al-") || w.startsWith("el-")) && e + 1 < t.size()
                    && Character.isUpperCase(t.get(e + 1).text().charAt(0));
            // the tokenizer splits "al-Assad" and "Amir-Abdollahian" at the hyphen: keep them whole
            boolean joiner = w.equals("-") && e > i && e + 1 < t.size() && t.get(e - 1).end() == k.begin()
                    && k.end() == t.get(e + 1).begin() && Character.isUpperCase(t.get(e + 1).text().charAt(0));
            boolean article = (w.equals("al") || w.equals("el")) && e + 2 < t.size() && t.get(e + 1).text().equals("-")
                    && Character.isUpperCase(t.get(e + 2).text().charAt(0));
            if (!(cap || particle || joiner || article) || w.equals("'s")) {
                break;
            }
            e++;
        }
        return e;
    }

    private static boolean isNameToken(Token t) {
        String w = t.text();
        return !w.isEmpty() && (Character.isLetterOrDigit(w.charAt(0))) && !w.equals("'s") && !w.endsWith("-")
                && !t.is(Pos.DET) && !t.is(Pos.ADP) && !t.is(Pos.PUNCT);
    }

    private static boolean overlapsAny(List<Mention> out, int b, int e) {
        for (Mention m : out) {
            if (m.overlaps(b, e)) {
                return true;
            }
        }
        return false;
    }

    private static void removeOverlapping(List<Mention> out, int b, int e) {
        out.removeIf(m -> m.overlaps(b, e) && m.kind() != Mention.Kind.GOVERNMENT);
    }

    private void add(List<Mention> out, Sentence s, int tb, int te, Mention.Kind kind, String key, String iso,
                     String role, String affiliation, String canonical) {
        List<Token> t = s.tokens();
        int begin = t.get(tb).begin();
        int end = t.get(te - 1).end();
        String text = textOf(t, tb, te, begin, end);
        if (overlapsAny(out, tb, te)) {
            return;
        }
        int cut = edges.trailingPunctuation(text);
        text = text.substring(0, text.length() - cut);
        end -= cut;
        boolean named = canonical != null && (kind == Mention.Kind.ORGANIZATION || kind == Mention.Kind.PERSON);
        out.add(new Mention(s.index(), tb, te, begin, end, named ? canonical : text, kind, key, iso, role, affiliation,
                possessive(t, te) ? POSSESSIVE : null));
    }

    /** The covered text rebuilt from tokens (the sentence text is not at hand here). */
    static String textOf(List<Token> t, int tb, int te, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = tb; i < te; i++) {
            if (i > tb && t.get(i).begin() > t.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(i).text());
        }
        return b.toString();
    }

    /** Marks a mention followed by "'s": a possessor is rarely what a later pronoun refers to. */
    static final String POSSESSIVE = "POSS";

    static boolean possessive(List<Token> t, int end) {
        return end < t.size() && (t.get(end).text().equals("'s") || t.get(end).text().equals("\u2019s"));
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    String docId() {
        return docId;
    }
}

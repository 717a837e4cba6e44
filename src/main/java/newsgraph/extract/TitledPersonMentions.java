package newsgraph.extract;

import java.util.List;
import java.util.Locale;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.NameMention;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/** People named after their title: "Foreign Minister Sergei Lavrov", "coalition head Ahmad Jarba". */
final class TitledPersonMentions extends MentionRule {
    TitledPersonMentions(Gazetteer gazetteer, Lexicon lexicon, NameEdges edges, MentionCollector mentions) {
        super(gazetteer, lexicon, edges, mentions);
    }

    @Override
    // "Foreign Minister Sergei Lavrov", "UN special envoy Lakhdar Brahimi", "coalition head Ahmad Jarba"
    void find(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            int titleEnd = titleEnd(t, gaz, i);
            if (titleEnd < 0) {
                continue;
            }
            int nameEnd = nameEnd(s, titleEnd);
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
            if (namesABody(t, i, titleEnd, nameEnd)) {
                // "General Motors Corp", "General Accounting Office": a title word opening a body's name
                removeOverlapping(out, i, nameEnd);
                String text = textOf(t, i, nameEnd, t.get(i).begin(), t.get(nameEnd - 1).end());
                mentions.add(out, s, i, nameEnd, Mention.Kind.ORGANIZATION, ActorKeys.organization(text), null, null,
                        null, null);
                i = nameEnd - 1;
                continue;
            }
            i = addPerson(s, gaz, out, new TitledName(i, titleEnd, nameEnd)) - 1;
        }
    }

    /**
     * Whether a capitalised title word and the name after it are one organisation's name: the name holds a
     * legal form or an organisation's head noun ("General Motors Corp", "General Services Administration").
     */
    private boolean namesABody(List<Token> t, int titleBegin, int titleEnd, int nameEnd) {
        if (!Character.isUpperCase(t.get(titleBegin).text().charAt(0))) {
            return false;
        }
        for (int k = titleEnd; k < nameEnd; k++) {
            String w = t.get(k).text().replace(".", "");
            if (lexicon.corporateEndings.contains(w) || lexicon.organisationHeads.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Token positions of a title and the name after it: [titleBegin, titleEnd) [titleEnd, nameEnd). */
    private record TitledName(int titleBegin, int titleEnd, int nameEnd) {
    }

    /** What stands before the title: where the role's words begin, and the holder's country or organisation. */
    private record Holder(int roleBegin, String iso, String affiliation) {
    }

    /** End of the title words starting at {@code i}, or -1 when no title starts there. */
    private int titleEnd(List<Token> t, List<GazetteerMatch> gaz, int i) {
        boolean title = matchAt(gaz, i) != null && matchAt(gaz, i).kind() == GazetteerMatch.Kind.TITLE;
        int titleEnd = title ? matchAt(gaz, i).end()
                : (lexicon.roleNouns.contains(lower(t.get(i))) || lowerCaseRole(t, i) ? i + 1 : -1);
        if (titleEnd < 0 || lexicon.lowerCaseNonTitles.contains(t.get(i).text())) {
            return -1; // "will miss Sunday's final": an honorific is written with a capital
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
        return titleEnd;
    }

    /** End of the name after the title; {@code titleEnd} when there is none. */
    private int nameEnd(Sentence s, int titleEnd) {
        List<Token> t = s.tokens();
        int nameEnd = properRun(t, titleEnd, lexicon);
        if (nameEnd > titleEnd) {
            // the tagger may take a name's last word for a verb or adverb ("coach Mike Ruddock/VERB"):
            // a span of the name finder that runs on from here marks where the name ends, unless it runs on
            // over a lower-case word into an employer ("Technician X Y of Z Corp")
            for (NameMention n : s.names()) {
                if (n.tokenBegin() <= titleEnd && n.tokenEnd() > nameEnd && noLowerCaseWord(t, nameEnd, n.tokenEnd())
                        && Character.isUpperCase(t.get(n.tokenEnd() - 1).text().charAt(0))) {
                    nameEnd = n.tokenEnd();
                }
            }
        }
        if (nameEnd > titleEnd) {
            nameEnd = edges.throughHyphen(s, nameEnd);
        }
        return nameEnd;
    }

    private static boolean noLowerCaseWord(List<Token> t, int b, int e) {
        for (int k = b; k < e; k++) {
            if (Character.isLowerCase(t.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    // what stands before the title: a demonym/country (country) or an organisation (affiliation)
    private Holder holderBefore(List<Token> t, List<GazetteerMatch> gaz, List<Mention> out, int i) {
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
        return new Holder(roleBegin, iso, affiliation);
    }

    /** The country after the name: "Foreign Minister Anna Kowalski of Poland"; else null. */
    private static String countryAfter(List<Token> t, List<GazetteerMatch> gaz, int nameEnd) {
        if (nameEnd + 1 < t.size() && lower(t.get(nameEnd)).equals("of")) {
            GazetteerMatch after = matchAt(gaz, nameEnd + 1);
            if (after != null && after.kind() == GazetteerMatch.Kind.COUNTRY_NAME) {
                return countryOf(after).get().alpha2();
            }
        }
        return null;
    }

    /** Adds the titled person and returns where its mention ends. */
    private int addPerson(Sentence s, List<GazetteerMatch> gaz, List<Mention> out, TitledName at) {
        List<Token> t = s.tokens();
        int titleEnd = at.titleEnd();
        int nameEnd = at.nameEnd();
        Holder holder = holderBefore(t, gaz, out, at.titleBegin());
        String role = textOf(t, holder.roleBegin(), titleEnd, t.get(holder.roleBegin()).begin(), t.get(titleEnd - 1).end());
        String name = textOf(t, titleEnd, nameEnd, t.get(titleEnd).begin(), t.get(nameEnd - 1).end());
        String iso = holder.iso() != null ? holder.iso() : countryAfter(t, gaz, nameEnd);
        int surnameEnd = bracketedSurname(t, at.titleBegin(), nameEnd);
        if (surnameEnd > 0) {
            // an editor's insertion in a quote: "(U.S. Secretary of State John) Kerry and I ...": the
            // name goes on after the bracket; the mention spans both parts, its name leaves the bracket out
            String full = name + " " + textOf(t, nameEnd + 1, surnameEnd, 0, 0);
            removeOverlapping(out, titleEnd, surnameEnd);
            mentions.add(out, s, titleEnd, surnameEnd, Mention.Kind.PERSON, ActorKeys.person(full), iso, role,
                    holder.affiliation(), full);
            return surnameEnd;
        }
        removeOverlapping(out, titleEnd, nameEnd);
        mentions.add(out, s, titleEnd, nameEnd, Mention.Kind.PERSON, ActorKeys.person(name), iso, role,
                holder.affiliation(), null);
        return nameEnd;
    }

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
     * End of the surname after a closing bracket when the title and first name stand inside a bracket
     * opened before the title ("(Secretary of State John) Kerry"), else -1.
     */
    private int bracketedSurname(List<Token> t, int titleBegin, int nameEnd) {
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
        int end = opened ? properRun(t, nameEnd + 1, lexicon) : -1;
        return end > nameEnd + 1 && end - nameEnd - 1 <= 2 ? end : -1;
    }
}

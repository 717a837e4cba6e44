package newsgraph.extract.gazetteer;

import java.util.Objects;

/**
 * A row of {@code titles.tsv}: a role or title used before or after a name.
 *
 * @param title  the title as written ("Deputy Foreign Minister")
 * @param kind   one of head_of_state, head_of_government, minister, deputy_minister, diplomat, spokesperson,
 *               official, military, royal, religious, business, journalist, honorific
 * @param gender "m" or "f" where the title itself says so ("spokeswoman", "King"), else the empty string
 */
public record Title(String title, String kind, String gender) implements GazetteerEntry {

    public Title {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        gender = gender == null ? "" : gender;
    }

    @Override
    public String label() {
        return title;
    }
}

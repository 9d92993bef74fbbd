package app.gaitway.programs.builder;

import app.gaitway.programs.dosage.DosageFields;
import app.gaitway.shared.text.WholeNumbers;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one submission of the builder: the program fields, each item as {@code items.<n>.<field>}, the search
 * box, the version the form was built from and the button pressed. Only the exercise ids and revisions are
 * taken as given; the service checks that the clinic may use them and looks up everything else itself.
 */
public record BuilderForm(ProgramDraft draft, BuilderAction action, String query, String category, int baseVersion) {

    public static final String ITEM_PREFIX = "items.";

    public static BuilderForm from(MultivaluedMap<String, String> body) {
        Function<String, String> get = name -> {
            String value = body.getFirst(name);
            return value == null ? "" : value;
        };
        HeaderFields header = new HeaderFields(
                get.apply("title"),
                get.apply("instructions"),
                get.apply("startDate"),
                get.apply("reviewDate"),
                get.apply("clinicPhone"),
                get.apply("therapistId"));
        List<DraftItem> items = new ArrayList<>();
        for (int i = 0; i < ProgramDraft.MAX_ITEMS; i++) {
            String prefix = ITEM_PREFIX + i + ".";
            Long exerciseId = number(get.apply(prefix + "exerciseId"));
            if (exerciseId == null) {
                continue;
            }
            Long revision = number(get.apply(prefix + "revision"));
            items.add(new DraftItem(
                    exerciseId,
                    revision == null ? null : (int) Math.min(revision, Integer.MAX_VALUE),
                    dosage(name -> get.apply(prefix + name))));
        }
        Long base = number(get.apply("baseVersion"));
        return new BuilderForm(
                new ProgramDraft(header, items),
                BuilderAction.parse(get.apply("action")),
                get.apply("q").strip(),
                get.apply("category").strip(),
                base == null ? -1 : (int) Math.min(base, Integer.MAX_VALUE));
    }

    /** A dosage's typed fields, each read by its name. */
    static DosageFields dosage(Function<String, String> get) {
        return DosageFields.from(get);
    }

    /** An id or a version: never negative, so a minus sign reads as no number at all. */
    private static Long number(String text) {
        return WholeNumbers.parseLong(text).filter(n -> n >= 0).orElse(null);
    }
}

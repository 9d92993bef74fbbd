package app.gaitway.exercises.search;

import java.util.List;
import java.util.Objects;

/**
 * One exercise as the search sees it: its id, its name and the other names people use for it.
 */
public record SearchEntry(long id, String name, List<String> aliases) {

    public SearchEntry {
        Objects.requireNonNull(name, "name");
        // an exercise without aliases may come with null; blank aliases could never be what matched
        aliases = aliases == null
                ? List.of()
                : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
    }
}

package app.gaitway.patients.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's history, newest first: the most recent events shown at once, the older ones folded below them so a
 * patient with years of visits and program changes keeps a short page.
 */
public record History(List<HistoryEntry> entries) {

    /** How many events are shown before the rest is folded away. */
    public static final int SHOWN = 12;

    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparing(
                    HistoryEntry::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(HistoryEntry::at, Comparator.nullsLast(Comparator.reverseOrder()));

    public History {
        entries = List.copyOf(entries);
    }

    /** The events of every source in one line, newest day first and, within a day, the latest recorded first. */
    public static History of(Collection<List<HistoryEntry>> sources) {
        List<HistoryEntry> all = new ArrayList<>();
        sources.forEach(all::addAll);
        all.sort(NEWEST_FIRST);
        return new History(all);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<HistoryEntry> recent() {
        return entries.subList(0, Math.min(SHOWN, entries.size()));
    }

    public List<HistoryEntry> older() {
        return entries.subList(Math.min(SHOWN, entries.size()), entries.size());
    }

    /** How many events of a kind there are ("assessment": whether there is anything to compare). */
    public long countOf(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).count();
    }
}

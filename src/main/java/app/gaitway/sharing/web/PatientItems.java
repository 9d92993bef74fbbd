package app.gaitway.sharing.web;

import app.gaitway.programs.ProgramView;
import app.gaitway.sharing.HandoutView;
import app.gaitway.sharing.links.ExerciseLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The exercises of a patient's page with what was logged for each today. */
public final class PatientItems {

    private PatientItems() {
    }

    public record Entry(long id, Integer pain, String difficulty, Instant at) {
    }

    public record Row(HandoutView.Item item, int position, int timesPerDay, List<Entry> today) {

        public boolean isDone() {
            return today.size() >= timesPerDay;
        }

        public boolean getDone() {
            return isDone();
        }

        public String anchor() {
            return "item-" + position;
        }
    }

    static long doneCount(List<Row> rows) {
        return rows.stream().filter(Row::isDone).count();
    }

    static List<Row> of(HandoutView view, List<ProgramView.Item> items, Map<Long, List<ExerciseLog>> today) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ProgramView.Item item = items.get(i);
            List<Entry> entries = today.getOrDefault(item.exerciseId(), List.of()).stream()
                    .map(g -> new Entry(g.getId(), g.getPain(),
                            g.getDifficulty() == null ? null : g.getDifficulty().name().toLowerCase(Locale.ROOT), g.getLoggedAt()))
                    .toList();
            rows.add(new Row(view.items().get(i), item.position(), item.dosage().timesPerDay(), entries));
        }
        return rows;
    }
}

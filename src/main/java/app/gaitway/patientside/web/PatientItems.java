package app.gaitway.patientside.web;

import app.gaitway.patientside.HandoutView;
import app.gaitway.patientside.links.ExerciseLog;
import app.gaitway.programs.ProgramView;
import app.gaitway.shared.web.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The exercises of a patient's page with what was logged for each today, and their dosage in a few words. */
public final class PatientItems {

    private PatientItems() {}

    public record Entry(long id, Integer pain, String difficulty, Instant at) {}

    public record Row(
            HandoutView.Item item,
            int position,
            int timesPerDay,
            List<Entry> today,
            String brief,
            BriefDosage.TimerPlan timer) {

        public boolean isDone() {
            return today.size() >= timesPerDay;
        }

        public boolean getDone() {
            return isDone();
        }

        /** Today's newest entry, the one "do it now" asks about after Done; null before any. */
        public Entry latest() {
            return today.isEmpty() ? null : today.get(today.size() - 1);
        }

        public String anchor() {
            return "item-" + position;
        }
    }

    static long doneCount(List<Row> rows) {
        return rows.stream().filter(Row::isDone).count();
    }

    static List<Row> of(
            HandoutView view, List<ProgramView.Item> items, Map<Long, List<ExerciseLog>> today, Messages messages) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ProgramView.Item item = items.get(i);
            List<Entry> entries = today.getOrDefault(item.exerciseId(), List.of()).stream()
                    .map(g -> new Entry(
                            g.getId(),
                            g.getPain(),
                            g.getDifficulty() == null
                                    ? null
                                    : g.getDifficulty().name().toLowerCase(Locale.ROOT),
                            g.getLoggedAt()))
                    .toList();
            rows.add(new Row(
                    view.items().get(i),
                    item.position(),
                    item.dosage().timesPerDay(),
                    entries,
                    BriefDosage.words(item.dosage(), messages),
                    BriefDosage.plan(item.dosage())));
        }
        return rows;
    }
}

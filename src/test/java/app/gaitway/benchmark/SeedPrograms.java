package app.gaitway.benchmark;

import app.gaitway.benchmark.SeedPlan.ItemPlan;
import app.gaitway.benchmark.SeedPlan.Logging;
import app.gaitway.benchmark.SeedPlan.PatientPlan;
import app.gaitway.benchmark.SeedPlan.ProgramPlan;
import app.gaitway.benchmark.SeedPlan.TherapistPlan;
import app.gaitway.benchmark.SeedPlan.VersionPlan;
import app.gaitway.programs.dosage.DosageRules;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.versions.ItemSnapshot;
import app.gaitway.programs.versions.ProgramSnapshot;
import app.gaitway.programs.versions.VersionDiff;
import app.gaitway.shared.web.Messages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The home programs of a seeded patient: one after another from the first visit on, each of one to three versions
 * of three to eight exercises from the library's exercises for the patient's condition, at the dosage the builder
 * starts them at. Each later version changes what a therapist changes at a review (a set more, an exercise added or
 * dropped, a new review date), and carries the "what changed" line the application itself computes
 * ({@link VersionDiff}). The last program is still running unless the patient was discharged or archived; three in
 * four running programs have 30 days of logging.
 */
final class SeedPrograms {

    static final String INSTRUCTIONS =
            "Do these on the days shown. Stop and call us if the pain goes above 5 out of 10 or is worse the next morning.";

    private static final List<String> END_REASONS = List.of(
            "Goals met", "Discharged: goals met", "Replaced by a new program", "Patient moved away", "Did not attend");

    private final SeedLibrary library;
    private final Messages messages = new Messages();

    SeedPrograms(SeedLibrary library) {
        this.library = library;
    }

    /** The patient's programs, oldest first; the typical patient's one program is {@link #typical}. */
    List<ProgramPlan> programs(
            PatientPlan p, int count, boolean typical, String phone, TherapistPlan therapist, OffsetDateTime now) {
        if (count == 0) {
            return List.of();
        }
        Random r = new Random(p.seed * 13 + 5);
        if (typical) {
            return List.of(typical(p, phone, therapist, r));
        }
        OffsetDateTime from = p.visits.get(0).startedAt().plusHours(1);
        OffsetDateTime to = SeedPlanner.later(from, p.lastSeen);
        Duration part = Duration.between(from, to).dividedBy(count);
        List<ProgramPlan> programs = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            OffsetDateTime start = SeedPlanner.notAfter(from.plus(part.multipliedBy(j)), now);
            OffsetDateTime partEnd = from.plus(part.multipliedBy(j + 1));
            boolean last = j == count - 1;
            boolean running = last && !p.archived && r.nextInt(100) < 85;
            int versions = new int[] {1, 1, 1, 1, 2, 2, 2, 2, 3, 3}[r.nextInt(10)];
            List<OffsetDateTime> saved = new ArrayList<>();
            for (int k = 0; k < versions; k++) {
                double share = k == 0 ? 0 : (double) k / versions * (0.8 + 0.2 * r.nextDouble());
                OffsetDateTime at = start.plus(Duration.ofSeconds(
                        (long) (Duration.between(start, partEnd).toSeconds() * share)));
                if (!saved.isEmpty() && !at.isAfter(saved.get(saved.size() - 1))) {
                    at = saved.get(saved.size() - 1).plusMinutes(10);
                }
                saved.add(SeedPlanner.notAfter(at, now));
            }
            List<ItemPlan> pool = shuffled(p, r);
            List<ItemPlan> first = new ArrayList<>(pool.subList(0, 3 + r.nextInt(6)));
            List<VersionPlan> made = versions(p.condition.programTitle, first, saved, pool, therapist, phone, r, false);
            OffsetDateTime lastSaved = saved.get(saved.size() - 1);
            LocalDate endedOn = running
                    ? null
                    : SeedPlanner.later(lastSaved, partEnd.minusDays(1)).toLocalDate();
            if (endedOn != null && endedOn.isAfter(now.toLocalDate())) {
                endedOn = now.toLocalDate();
            }
            OffsetDateTime updated = running
                    ? lastSaved
                    : SeedPlanner.notAfter(
                            SeedPlanner.later(
                                    lastSaved,
                                    endedOn.atTime(17, 0)
                                            .atZone(now.getOffset())
                                            .toOffsetDateTime()),
                            now);
            programs.add(new ProgramPlan(
                    p.condition.programTitle,
                    INSTRUCTIONS,
                    made,
                    endedOn,
                    endedOn == null ? null : END_REASONS.get(r.nextInt(END_REASONS.size())),
                    updated,
                    running && r.nextInt(4) != 0
                            ? new Logging(0.35 + 0.6 * r.nextDouble(), r.nextInt(6), p.seed * 17 + j)
                            : null));
        }
        return List.copyOf(programs);
    }

    /**
     * The benchmark's program: three versions (200, 120 and 40 days ago) of six, seven and eight exercises, each
     * version adding one and changing a dosage; running, and logged every day of the last 30 at 80 % adherence.
     */
    private ProgramPlan typical(PatientPlan p, String phone, TherapistPlan therapist, Random r) {
        List<ItemPlan> pool = new ArrayList<>(library.pool(p.condition).stream()
                .map(e -> new ItemPlan(e, e.defaultDosage()))
                .toList());
        OffsetDateTime first = p.visits.get(0).finalizedAt().plusMinutes(20);
        List<OffsetDateTime> saved = List.of(first, first.plusDays(80), first.plusDays(160));
        List<VersionPlan> versions = versions(
                p.condition.programTitle, new ArrayList<>(pool.subList(0, 6)), saved, pool, therapist, phone, r, true);
        return new ProgramPlan(
                p.condition.programTitle,
                INSTRUCTIONS,
                versions,
                null,
                null,
                saved.get(2),
                new Logging(0.8, 3, p.seed * 17));
    }

    private List<ItemPlan> shuffled(PatientPlan p, Random r) {
        List<ItemPlan> pool = new ArrayList<>(library.pool(p.condition).stream()
                .map(e -> new ItemPlan(e, e.defaultDosage()))
                .toList());
        Collections.shuffle(pool, r);
        return pool;
    }

    /** The versions saved at the given times, the first with the given items, each later one changed from the last. */
    private List<VersionPlan> versions(
            String title,
            List<ItemPlan> items,
            List<OffsetDateTime> saved,
            List<ItemPlan> pool,
            TherapistPlan therapist,
            String phone,
            Random r,
            boolean alwaysAdd) {
        List<VersionPlan> versions = new ArrayList<>();
        LocalDate start = saved.get(0).toLocalDate();
        ProgramSnapshot before = null;
        List<ItemPlan> current = items;
        for (int k = 0; k < saved.size(); k++) {
            if (k > 0) {
                current = changed(current, pool, r, alwaysAdd);
            }
            LocalDate review = saved.get(k).toLocalDate().plusWeeks(k == 0 ? 6 : 4);
            ProgramSnapshot after = new ProgramSnapshot(
                    title, INSTRUCTIONS, start, review, therapist.fullName(), phone, snapshots(current));
            String summary = VersionDiff.between(before, after).text(messages);
            versions.add(new VersionPlan(k + 1, saved.get(k), start, review, List.copyOf(current), summary));
            before = after;
        }
        return List.copyOf(versions);
    }

    /** A review's changes: an exercise added or dropped, and one dosage made a step harder. */
    private static List<ItemPlan> changed(List<ItemPlan> items, List<ItemPlan> pool, Random r, boolean alwaysAdd) {
        List<ItemPlan> next = new ArrayList<>(items);
        int change = alwaysAdd ? 0 : r.nextInt(3);
        if (change == 0 && next.size() < 8) {
            pool.stream()
                    .filter(e ->
                            next.stream().noneMatch(given -> given.exercise().equals(e.exercise())))
                    .findFirst()
                    .ifPresent(next::add);
        } else if (change == 1 && next.size() > 3) {
            next.remove(r.nextInt(next.size()));
        }
        int i = r.nextInt(next.size());
        next.set(i, new ItemPlan(next.get(i).exercise(), harder(next.get(i).dosage())));
        return next;
    }

    /** One set more (up to 4), else a longer hold or more repetitions, if the rules allow it; else unchanged. */
    private static ItemDosage harder(ItemDosage d) {
        ItemDosage harder;
        if (d.sets() < 4) {
            harder = new ItemDosage(
                    d.sets() + 1,
                    d.repsMin(),
                    d.repsMax(),
                    d.holdSeconds(),
                    d.side(),
                    d.timesPerDay(),
                    d.daysPerWeek(),
                    d.load(),
                    d.effortMin(),
                    d.effortMax(),
                    d.reserveMin(),
                    d.reserveMax(),
                    d.restSeconds(),
                    d.note());
        } else if (d.isHold()) {
            harder = new ItemDosage(
                    d.sets(),
                    d.repsMin(),
                    d.repsMax(),
                    d.holdSeconds() + 10,
                    d.side(),
                    d.timesPerDay(),
                    d.daysPerWeek(),
                    d.load(),
                    d.effortMin(),
                    d.effortMax(),
                    d.reserveMin(),
                    d.reserveMax(),
                    d.restSeconds(),
                    d.note());
        } else if (d.repsMin() != null) {
            harder = new ItemDosage(
                    d.sets(),
                    d.repsMin() + 2,
                    d.repsMax() + 2,
                    d.holdSeconds(),
                    d.side(),
                    d.timesPerDay(),
                    d.daysPerWeek(),
                    d.load(),
                    d.effortMin(),
                    d.effortMax(),
                    d.reserveMin(),
                    d.reserveMax(),
                    d.restSeconds(),
                    d.note());
        } else {
            return d;
        }
        return DosageRules.check(harder).isEmpty() ? harder : d;
    }

    private static List<ItemSnapshot> snapshots(List<ItemPlan> items) {
        return items.stream()
                .map(i -> new ItemSnapshot(
                        i.exercise().exercise().id(),
                        i.exercise().exercise().revision(),
                        i.exercise().exercise().name(),
                        i.dosage()))
                .toList();
    }
}

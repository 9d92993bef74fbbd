package app.gaitway.programs.versions;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.Load;
import app.gaitway.programs.dosage.SideChoice;

import java.time.LocalDate;
import java.util.List;

/** Programs, items and dosages for the tests: a plain default, and a copy changed in the one way a test is about. */
final class Programs {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate REVIEW = LocalDate.of(2026, 3, 30);

    private Programs() {}

    static ProgramSnapshot program(ItemSnapshot... items) {
        return new ProgramSnapshot(
                "Hip strength", "Stop if it hurts.", START, REVIEW, "Dana Reyes", "555 0100", List.of(items));
    }

    static ProgramSnapshot withItems(ProgramSnapshot program, ItemSnapshot... items) {
        return new ProgramSnapshot(
                program.title(),
                program.instructions(),
                program.startDate(),
                program.reviewDate(),
                program.therapistName(),
                program.clinicPhone(),
                List.of(items));
    }

    static ItemSnapshot item(long exerciseId, String name) {
        return new ItemSnapshot(exerciseId, 1, name, dosage().build());
    }

    static ItemSnapshot item(long exerciseId, String name, Dosage dosage) {
        return new ItemSnapshot(exerciseId, 1, name, dosage.build());
    }

    /** 3 sets of 10, each side, once a day every day, nothing else given. */
    static Dosage dosage() {
        return new Dosage();
    }

    static final class Dosage {
        int sets = 3;
        Integer repsMin = 10;
        Integer repsMax = 10;
        Integer holdSeconds;
        SideChoice side = SideChoice.EACH_SIDE;
        int timesPerDay = 1;
        int daysPerWeek = 7;
        Load load = Load.NONE;
        Integer effortMin;
        Integer effortMax;
        Integer reserveMin;
        Integer reserveMax;
        Integer restSeconds;
        String note = "";

        Dosage sets(int sets) {
            this.sets = sets;
            return this;
        }

        Dosage reps(Integer min, Integer max) {
            repsMin = min;
            repsMax = max;
            return this;
        }

        Dosage hold(Integer seconds) {
            holdSeconds = seconds;
            return this;
        }

        Dosage side(SideChoice side) {
            this.side = side;
            return this;
        }

        Dosage often(int timesPerDay, int daysPerWeek) {
            this.timesPerDay = timesPerDay;
            this.daysPerWeek = daysPerWeek;
            return this;
        }

        Dosage load(Load load) {
            this.load = load;
            return this;
        }

        Dosage effort(Integer min, Integer max) {
            effortMin = min;
            effortMax = max;
            return this;
        }

        Dosage reserve(Integer min, Integer max) {
            reserveMin = min;
            reserveMax = max;
            return this;
        }

        Dosage rest(Integer seconds) {
            restSeconds = seconds;
            return this;
        }

        Dosage note(String note) {
            this.note = note;
            return this;
        }

        ItemDosage build() {
            return new ItemDosage(
                    sets,
                    repsMin,
                    repsMax,
                    holdSeconds,
                    side,
                    timesPerDay,
                    daysPerWeek,
                    load,
                    effortMin,
                    effortMax,
                    reserveMin,
                    reserveMax,
                    restSeconds,
                    note);
        }
    }
}

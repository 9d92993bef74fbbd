package app.gaitway.programs.versions;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.programs.dosage.SideChoice;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static app.gaitway.programs.versions.Programs.dosage;
import static app.gaitway.programs.versions.Programs.item;
import static app.gaitway.programs.versions.Programs.program;
import static app.gaitway.programs.versions.Programs.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line in the history. \u2192 is the arrow, \u2013 the dash of a range. */
class ChangeSummaryTextTest {

    private final Messages messages = new Messages();

    private final ItemSnapshot bridge = item(1, "Hip bridge");
    private final ItemSnapshot clamshell = item(2, "Clamshell");
    private final ItemSnapshot sideStep = item(3, "Banded side step");

    @Test
    void aMixedChangeInOneShortLine() {
        ProgramSnapshot before =
                program(bridge, item(4, "Side plank", dosage().reps(null, null).hold(20)));
        ItemSnapshot longerPlank =
                item(4, "Side plank", dosage().reps(null, null).hold(30).sets(4));
        ProgramSnapshot after = new ProgramSnapshot(
                before.title(),
                before.instructions(),
                before.startDate(),
                before.reviewDate().plusWeeks(2),
                before.therapistName(),
                before.clinicPhone(),
                List.of(longerPlank, clamshell, sideStep));

        assertEquals(
                "Added Clamshell, Banded side step. Removed Hip bridge. "
                        + "Side plank: 3 \u2192 4 sets; hold 20 \u2192 30 s. Review date changed.",
                VersionDiff.between(before, after).text(messages));
    }

    @Test
    void theFirstVersionCountsItsExercises() {
        ProgramSnapshot five = program(bridge, clamshell, sideStep, item(4, "Side plank"), item(5, "Wall squat"));

        assertEquals(
                "First version: 5 exercises.", VersionDiff.between(null, five).text(messages));
        assertEquals(
                "First version: 1 exercise.",
                VersionDiff.between(null, program(bridge)).text(messages));
        assertEquals(
                "First version: no exercises.",
                VersionDiff.between(null, program()).text(messages));
    }

    @Test
    void noChange() {
        ProgramSnapshot same = program(bridge, clamshell);

        assertEquals("No changes.", VersionDiff.between(same, same).text(messages));
    }

    @Test
    void longListsOfNamesAreCut() {
        ProgramSnapshot none = program();
        ItemSnapshot plank = item(4, "Side plank");
        ItemSnapshot squat = item(5, "Wall squat");

        assertEquals(
                "Added Hip bridge, Clamshell, Banded side step.",
                VersionDiff.between(none, program(bridge, clamshell, sideStep)).text(messages));
        assertEquals(
                "Added Hip bridge, Clamshell and 2 more.",
                VersionDiff.between(none, program(bridge, clamshell, sideStep, plank))
                        .text(messages));
        assertEquals(
                "Removed Hip bridge, Clamshell and 3 more.",
                VersionDiff.between(program(bridge, clamshell, sideStep, plank, squat), none)
                        .text(messages));
    }

    @Test
    void reordering() {
        assertEquals(
                "Changed the order.",
                VersionDiff.between(program(bridge, clamshell), program(clamshell, bridge))
                        .text(messages));
    }

    @Test
    void theProgramsOwnFieldsInOneSentence() {
        ProgramSnapshot base = program(bridge);
        ProgramSnapshot newTitle = new ProgramSnapshot(
                "Knee strength",
                base.instructions(),
                base.startDate(),
                base.reviewDate(),
                base.therapistName(),
                base.clinicPhone(),
                base.items());
        ProgramSnapshot newTitleAndReview = new ProgramSnapshot(
                "Knee strength",
                base.instructions(),
                base.startDate(),
                null,
                base.therapistName(),
                base.clinicPhone(),
                base.items());
        ProgramSnapshot allNew = new ProgramSnapshot(
                "Knee strength", "Ice afterwards.", null, null, "Sam Okafor", "555 0199", base.items());

        assertEquals("Title changed.", VersionDiff.between(base, newTitle).text(messages));
        assertEquals(
                "Title and review date changed.",
                VersionDiff.between(base, newTitleAndReview).text(messages));
        assertEquals(
                "Title, instructions, start date, review date, therapist and clinic phone changed.",
                VersionDiff.between(base, allNew).text(messages));
    }

    @Test
    void aNewerLibraryRevision() {
        ProgramSnapshot before = program(bridge, clamshell);

        assertEquals(
                "Updated Clamshell from the library.",
                VersionDiff.between(
                                before,
                                withItems(before, bridge, new ItemSnapshot(2, 2, "Clamshell", clamshell.dosage())))
                        .text(messages));
        assertEquals(
                "Updated Side-lying clamshell (was Clamshell) from the library. "
                        + "Side-lying clamshell (was Clamshell): 3 \u2192 2 sets.",
                VersionDiff.between(
                                before,
                                withItems(
                                        before,
                                        bridge,
                                        new ItemSnapshot(
                                                2,
                                                2,
                                                "Side-lying clamshell",
                                                dosage().sets(2).build())))
                        .text(messages));
    }

    @Test
    void setsRepsAndHolds() {
        assertEquals("3 \u2192 4 sets", dosageText(dosage(), dosage().sets(4)));
        assertEquals("3 \u2192 1 set", dosageText(dosage(), dosage().sets(1)));
        assertEquals("reps 10 \u2192 10\u201315", dosageText(dosage(), dosage().reps(10, 15)));
        assertEquals("reps 10\u201315 \u2192 12", dosageText(dosage().reps(10, 15), dosage().reps(12, 12)));
        assertEquals("hold 20 \u2192 30 s", dosageText(dosage().hold(20), dosage().hold(30)));
        assertEquals(
                "reps 10 \u2192 none; hold none \u2192 30 s",
                dosageText(dosage(), dosage().reps(null, null).hold(30)));
    }

    @Test
    void sideAndHowOften() {
        assertEquals("each side \u2192 left only", dosageText(dosage(), dosage().side(SideChoice.LEFT_ONLY)));
        assertEquals(
                "both at once \u2192 right only",
                dosageText(dosage().side(SideChoice.BOTH), dosage().side(SideChoice.RIGHT_ONLY)));
        assertEquals("once \u2192 twice a day", dosageText(dosage(), dosage().often(2, 7)));
        assertEquals("twice \u2192 3 times a day", dosageText(dosage().often(2, 7), dosage().often(3, 7)));
        assertEquals("7 \u2192 5 days a week", dosageText(dosage(), dosage().often(1, 5)));
        assertEquals("once \u2192 twice a day; 7 \u2192 5 days a week", dosageText(dosage(), dosage().often(2, 5)));
    }

    @Test
    void load() {
        Programs.Dosage redAboveKnees = dosage().load(Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES));

        assertEquals("load none \u2192 red band above knees", dosageText(dosage(), redAboveKnees));
        assertEquals(
                "load red band above knees \u2192 green band at ankles",
                dosageText(redAboveKnees, dosage().load(Load.band(BandColour.GREEN, BandPlacement.ANKLES))));
        assertEquals(
                "load body weight \u2192 2.5 kg ankle weight",
                dosageText(
                        dosage().load(Load.BODY_WEIGHT),
                        dosage().load(Load.ankleWeight(new BigDecimal("2.50"), WeightUnit.KG))));
        assertEquals(
                "load 5 lb ankle weight \u2192 none",
                dosageText(dosage().load(Load.ankleWeight(new BigDecimal("5"), WeightUnit.LB)), dosage()));
    }

    @Test
    void everyBandColourPlacementAndUnitHasItsWord() {
        for (BandColour colour : BandColour.values()) {
            for (BandPlacement placement : BandPlacement.values()) {
                dosageText(dosage(), dosage().load(Load.band(colour, placement)));
            }
        }
        for (WeightUnit unit : WeightUnit.values()) {
            dosageText(dosage(), dosage().load(Load.ankleWeight(BigDecimal.ONE, unit)));
        }
    }

    @Test
    void aLoadTypedWithoutItsDetailsIsStillSaid() {
        assertEquals(
                "load none \u2192 band",
                dosageText(dosage(), dosage().load(new Load(Load.LoadType.BAND, null, null, null, null))));
        assertEquals(
                "load none \u2192 ankle weight",
                dosageText(dosage(), dosage().load(new Load(Load.LoadType.ANKLE_WEIGHT, null, null, null, null))));
    }

    @Test
    void effortReserveAndRest() {
        assertEquals("effort none \u2192 6\u20137 out of 10", dosageText(dosage(), dosage().effort(6, 7)));
        assertEquals("effort 6 \u2192 8 out of 10", dosageText(dosage().effort(6, 6), dosage().effort(8, 8)));
        assertEquals("reps in reserve 2\u20133 \u2192 1", dosageText(dosage().reserve(2, 3), dosage().reserve(1, 1)));
        assertEquals("rest 60 \u2192 90 s", dosageText(dosage().rest(60), dosage().rest(90)));
        assertEquals("rest 60 s \u2192 none", dosageText(dosage().rest(60), dosage()));
    }

    @Test
    void notesAreNotQuoted() {
        assertEquals("note added", dosageText(dosage(), dosage().note("Keep the knees apart.")));
        assertEquals("note changed", dosageText(dosage().note("Slowly."), dosage().note("Slowly, with a pause.")));
        assertEquals("note removed", dosageText(dosage().note("Slowly."), dosage()));
    }

    @Test
    void manyChangesToOneExerciseAreCut() {
        assertEquals(
                "3 \u2192 4 sets; reps 10 \u2192 12; each side \u2192 left only",
                dosageText(dosage(), dosage().sets(4).reps(12, 12).side(SideChoice.LEFT_ONLY)));
        assertEquals(
                "3 \u2192 4 sets; reps 10 \u2192 12; 3 more changes",
                dosageText(
                        dosage(),
                        dosage().sets(4)
                                .reps(12, 12)
                                .side(SideChoice.LEFT_ONLY)
                                .rest(60)
                                .note("x")));
    }

    @Test
    void manyChangedExercisesAreCut() {
        ItemSnapshot plank = item(4, "Side plank");
        ProgramSnapshot before = program(bridge, clamshell, sideStep, plank);
        ItemSnapshot harderBridge = item(1, "Hip bridge", dosage().sets(4));
        ItemSnapshot harderClamshell = item(2, "Clamshell", dosage().sets(4));
        ItemSnapshot harderSideStep = item(3, "Banded side step", dosage().sets(4));
        ItemSnapshot harderPlank = item(4, "Side plank", dosage().sets(4));

        assertEquals(
                "Hip bridge: 3 \u2192 4 sets. Clamshell: 3 \u2192 4 sets. Banded side step: 3 \u2192 4 sets.",
                VersionDiff.between(before, program(harderBridge, harderClamshell, harderSideStep, plank))
                        .text(messages));
        assertEquals(
                "Hip bridge: 3 \u2192 4 sets. Clamshell: 3 \u2192 4 sets. Dosage changed for 2 more exercises.",
                VersionDiff.between(before, program(harderBridge, harderClamshell, harderSideStep, harderPlank))
                        .text(messages));
    }

    /** What the history says of one exercise's dosage changing, without the name. */
    private String dosageText(Programs.Dosage before, Programs.Dosage after) {
        String line = VersionDiff.between(program(item(2, "Clamshell", before)), program(item(2, "Clamshell", after)))
                .text(messages);
        assertEquals("Clamshell: ", line.substring(0, "Clamshell: ".length()), line);
        assertEquals('.', line.charAt(line.length() - 1), line);
        return line.substring("Clamshell: ".length(), line.length() - 1);
    }
}

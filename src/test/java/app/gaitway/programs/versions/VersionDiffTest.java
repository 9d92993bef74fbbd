package app.gaitway.programs.versions;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.Load;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.programs.dosage.SideChoice;
import app.gaitway.programs.versions.Change.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static app.gaitway.programs.versions.Programs.dosage;
import static app.gaitway.programs.versions.Programs.item;
import static app.gaitway.programs.versions.Programs.program;
import static app.gaitway.programs.versions.Programs.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionDiffTest {

    private final ItemSnapshot bridge = item(1, "Hip bridge");
    private final ItemSnapshot clamshell = item(2, "Clamshell");
    private final ItemSnapshot sideStep = item(3, "Banded side step");
    private final ProgramSnapshot base = program(bridge, clamshell, sideStep);

    @Test
    void theFirstVersionAddsEveryExerciseAndIsNeverEmpty() {
        ChangeSummary first = VersionDiff.between(null, base);

        assertTrue(first.firstVersion());
        assertFalse(first.isEmpty());
        assertEquals(
                List.of(bridge, clamshell, sideStep),
                first.changes().stream().map(Change::after).toList());
        assertFalse(VersionDiff.between(null, program()).isEmpty(), "even without exercises");
    }

    @Test
    void nothingChangedIsEmpty() {
        ChangeSummary same = VersionDiff.between(
                base, program(item(1, "Hip bridge"), item(2, "Clamshell"), item(3, "Banded side step")));

        assertTrue(same.isEmpty());
        assertFalse(same.firstVersion());
    }

    @Test
    void addedExercisesInTheirNewOrder() {
        ItemSnapshot plank = item(4, "Side plank");
        ItemSnapshot squat = item(5, "Wall squat");

        ChangeSummary summary = VersionDiff.between(base, withItems(base, squat, bridge, clamshell, sideStep, plank));

        assertEquals(List.of(Change.added(squat), Change.added(plank)), summary.changes());
    }

    @Test
    void removedExercisesInTheirOldOrder() {
        ChangeSummary summary = VersionDiff.between(base, withItems(base, clamshell));

        assertEquals(List.of(Change.removed(bridge), Change.removed(sideStep)), summary.changes());
    }

    @Test
    void eachPartOfADosageIsToldApart() {
        assertParts(dosage().sets(4), DosagePart.SETS);
        assertParts(dosage().reps(10, 15), DosagePart.REPS);
        assertParts(dosage().reps(null, null).hold(30), DosagePart.REPS, DosagePart.HOLD);
        assertParts(dosage().side(SideChoice.LEFT_ONLY), DosagePart.SIDE);
        assertParts(dosage().often(2, 7), DosagePart.HOW_OFTEN);
        assertParts(dosage().often(1, 5), DosagePart.HOW_OFTEN);
        assertParts(dosage().load(Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES)), DosagePart.LOAD);
        assertParts(dosage().effort(6, 7), DosagePart.EFFORT);
        assertParts(dosage().reserve(2, 3), DosagePart.RESERVE);
        assertParts(dosage().rest(60), DosagePart.REST);
        assertParts(dosage().note("Keep the knees apart."), DosagePart.NOTE);
        assertParts(dosage().sets(2).side(SideChoice.BOTH).rest(30), DosagePart.SETS, DosagePart.SIDE, DosagePart.REST);
    }

    @Test
    void aBandMovedLowerOrAnotherColourIsAChangedLoad() {
        Programs.Dosage red = dosage().load(Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES));

        assertEquals(
                List.of(DosagePart.LOAD),
                DosagePart.changedBetween(
                        red.build(),
                        dosage().load(Load.band(BandColour.RED, BandPlacement.ANKLES))
                                .build()));
        assertEquals(
                List.of(DosagePart.LOAD),
                DosagePart.changedBetween(
                        red.build(),
                        dosage().load(Load.band(BandColour.GREEN, BandPlacement.ABOVE_KNEES))
                                .build()));
    }

    @Test
    void sameWeightWrittenTwoWaysIsNoChange() {
        ItemDosage written = dosage().load(Load.ankleWeight(new BigDecimal("2.5"), WeightUnit.KG))
                .build();
        ItemDosage again = dosage().load(Load.ankleWeight(new BigDecimal("2.50"), WeightUnit.KG))
                .build();
        ItemDosage inPounds = dosage().load(Load.ankleWeight(new BigDecimal("2.5"), WeightUnit.LB))
                .build();

        assertEquals(List.of(), DosagePart.changedBetween(written, again));
        assertEquals(List.of(DosagePart.LOAD), DosagePart.changedBetween(written, inPounds));
    }

    @Test
    void aSingleNumberWithOrWithoutItsUpperEndIsNoChange() {
        assertEquals(
                List.of(),
                DosagePart.changedBetween(
                        dosage().reps(12, 12).build(), dosage().reps(12, null).build()));
    }

    @Test
    void aDosageChangeKeepsBothItems() {
        ItemSnapshot moreSets = item(2, "Clamshell", dosage().sets(4));

        ChangeSummary summary = VersionDiff.between(base, withItems(base, bridge, moreSets, sideStep));

        assertEquals(List.of(Change.dosageChanged(clamshell, moreSets, List.of(DosagePart.SETS))), summary.changes());
    }

    @Test
    void reorderingAloneIsOneChange() {
        ChangeSummary summary = VersionDiff.between(base, withItems(base, sideStep, bridge, clamshell));

        assertEquals(List.of(Change.of(Kind.REORDERED)), summary.changes());
        assertFalse(summary.isEmpty());
    }

    @Test
    void addingOrRemovingDoesNotCountAsReordering() {
        ItemSnapshot plank = item(4, "Side plank");

        assertEquals(
                List.of(Change.added(plank), Change.removed(clamshell)),
                VersionDiff.between(base, withItems(base, plank, bridge, sideStep))
                        .changes());
    }

    @Test
    void reorderingIsToldBesideOtherChanges() {
        ItemSnapshot plank = item(4, "Side plank");

        assertEquals(
                List.of(Change.added(plank), Change.removed(bridge), Change.of(Kind.REORDERED)),
                VersionDiff.between(base, withItems(base, sideStep, clamshell, plank))
                        .changes());
    }

    @Test
    void theSameExerciseTwiceIsMatchedInOrderOfAppearance() {
        ItemSnapshot leftClam = item(2, "Clamshell", dosage().side(SideChoice.LEFT_ONLY));
        ItemSnapshot rightClam = item(2, "Clamshell", dosage().side(SideChoice.RIGHT_ONLY));
        ItemSnapshot rightClamHarder =
                item(2, "Clamshell", dosage().side(SideChoice.RIGHT_ONLY).sets(4));
        ProgramSnapshot both = program(bridge, leftClam, rightClam);

        assertTrue(
                VersionDiff.between(both, program(bridge, leftClam, rightClam)).isEmpty());
        assertEquals(
                List.of(Change.dosageChanged(rightClam, rightClamHarder, List.of(DosagePart.SETS))),
                VersionDiff.between(both, program(bridge, leftClam, rightClamHarder))
                        .changes());
        assertEquals(
                List.of(Change.removed(rightClam)),
                VersionDiff.between(both, program(bridge, leftClam)).changes());
        assertEquals(
                List.of(Change.added(rightClam)),
                VersionDiff.between(program(bridge, leftClam), both).changes());
        assertEquals(
                List.of(Change.of(Kind.REORDERED)),
                VersionDiff.between(both, program(leftClam, bridge, rightClam)).changes());
    }

    @Test
    void swappingTwoItemsOfTheSameExerciseChangesTheirSidesInPlace() {
        // By the rule of order of appearance: the first is matched with the first, whatever its side.
        ItemSnapshot leftClam = item(2, "Clamshell", dosage().side(SideChoice.LEFT_ONLY));
        ItemSnapshot rightClam = item(2, "Clamshell", dosage().side(SideChoice.RIGHT_ONLY));

        ChangeSummary summary = VersionDiff.between(program(leftClam, rightClam), program(rightClam, leftClam));

        assertEquals(
                List.of(
                        Change.dosageChanged(leftClam, rightClam, List.of(DosagePart.SIDE)),
                        Change.dosageChanged(rightClam, leftClam, List.of(DosagePart.SIDE))),
                summary.changes());
    }

    @Test
    void aNewerLibraryRevisionOfTheSameExerciseIsAnUpdate() {
        ItemSnapshot revised = new ItemSnapshot(2, 2, "Clamshell", clamshell.dosage());
        ItemSnapshot revisedAndHarder =
                new ItemSnapshot(2, 2, "Clamshell", dosage().sets(4).build());

        assertEquals(
                List.of(Change.exerciseUpdated(clamshell, revised)),
                VersionDiff.between(base, withItems(base, bridge, revised, sideStep))
                        .changes());
        assertEquals(
                List.of(
                        Change.exerciseUpdated(clamshell, revisedAndHarder),
                        Change.dosageChanged(clamshell, revisedAndHarder, List.of(DosagePart.SETS))),
                VersionDiff.between(base, withItems(base, bridge, revisedAndHarder, sideStep))
                        .changes());
    }

    @Test
    void eachFieldOfTheProgramIsItsOwnChange() {
        assertField(
                Kind.TITLE,
                new ProgramSnapshot(
                        "Knee strength",
                        base.instructions(),
                        base.startDate(),
                        base.reviewDate(),
                        base.therapistName(),
                        base.clinicPhone(),
                        base.items()));
        assertField(
                Kind.INSTRUCTIONS,
                new ProgramSnapshot(
                        base.title(),
                        "Ice afterwards.",
                        base.startDate(),
                        base.reviewDate(),
                        base.therapistName(),
                        base.clinicPhone(),
                        base.items()));
        assertField(
                Kind.START_DATE,
                new ProgramSnapshot(
                        base.title(),
                        base.instructions(),
                        base.startDate().plusDays(1),
                        base.reviewDate(),
                        base.therapistName(),
                        base.clinicPhone(),
                        base.items()));
        assertField(
                Kind.REVIEW_DATE,
                new ProgramSnapshot(
                        base.title(),
                        base.instructions(),
                        base.startDate(),
                        null,
                        base.therapistName(),
                        base.clinicPhone(),
                        base.items()));
        assertField(
                Kind.THERAPIST,
                new ProgramSnapshot(
                        base.title(),
                        base.instructions(),
                        base.startDate(),
                        base.reviewDate(),
                        "Sam Okafor",
                        base.clinicPhone(),
                        base.items()));
        assertField(
                Kind.CLINIC_PHONE,
                new ProgramSnapshot(
                        base.title(),
                        base.instructions(),
                        base.startDate(),
                        base.reviewDate(),
                        base.therapistName(),
                        "555 0199",
                        base.items()));
    }

    @Test
    void aTextNotGivenIsTheSameAsAnEmptyOne() {
        ProgramSnapshot noPhone = new ProgramSnapshot("T", null, null, null, "D", null, null);
        ProgramSnapshot emptyPhone = new ProgramSnapshot("T", "", null, null, "D", "", List.of());

        assertTrue(VersionDiff.between(noPhone, emptyPhone).isEmpty());
    }

    @Test
    void changesOfEveryKindComeInTheOrderTheHistoryTellsThem() {
        ItemSnapshot plank = item(4, "Side plank");
        ItemSnapshot moreSets = item(3, "Banded side step", dosage().sets(4));
        ProgramSnapshot after = new ProgramSnapshot(
                "Knee strength",
                base.instructions(),
                base.startDate(),
                base.reviewDate().plusWeeks(2),
                base.therapistName(),
                base.clinicPhone(),
                List.of(moreSets, clamshell, plank));

        List<Kind> kinds = VersionDiff.between(base, after).changes().stream()
                .map(Change::kind)
                .toList();

        assertEquals(
                List.of(Kind.ADDED, Kind.REMOVED, Kind.DOSAGE_CHANGED, Kind.REORDERED, Kind.TITLE, Kind.REVIEW_DATE),
                kinds);
    }

    @Test
    void aChangeNamesItsExercise() {
        assertEquals("Clamshell", Change.removed(clamshell).exerciseName());
        assertNull(Change.of(Kind.TITLE).exerciseName());
    }

    private void assertParts(Programs.Dosage changed, DosagePart... parts) {
        ItemSnapshot after = item(2, "Clamshell", changed);
        ChangeSummary summary = VersionDiff.between(base, withItems(base, bridge, after, sideStep));
        assertEquals(
                List.of(Change.dosageChanged(clamshell, after, List.of(parts))),
                summary.changes(),
                () -> "parts of " + changed.build());
    }

    private void assertField(Kind field, ProgramSnapshot after) {
        assertEquals(List.of(Change.of(field)), VersionDiff.between(base, after).changes());
    }
}

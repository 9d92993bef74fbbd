package app.gaitway.assessments.norms;

import app.gaitway.patients.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published values at the edges of each band, and the cut-offs on either side. */
class PerformanceNormsTest {

    @ParameterizedTest(name = "{1} aged {0}: {2}-{3} stands")
    @CsvSource({
        "60, FEMALE, 12, 17", "64, FEMALE, 12, 17", "65, FEMALE, 11, 16", "70, FEMALE, 10, 15", "74, FEMALE, 10, 15",
        "75, FEMALE, 10, 15", "80, FEMALE, 9, 14", "85, FEMALE, 8, 13", "90, FEMALE, 4, 11", "94, FEMALE, 4, 11",
        "60, MALE, 14, 19", "65, MALE, 12, 18", "70, MALE, 12, 17", "79, MALE, 11, 17", "80, MALE, 10, 15",
        "89, MALE, 8, 14", "94, MALE, 7, 12"
    })
    void chairStandBandsAreRikliAndJones(int age, Sex sex, int low, int high) {
        ChairStandNorms.Band band = ChairStandNorms.of(age, sex).orElseThrow();
        assertEquals(low, band.low());
        assertEquals(high, band.high());
        assertTrue(band.ages().contains(age));
    }

    @Test
    void chairStandBelowTheBandIsTheSteadiFallRisk() {
        ChairStandNorms.Band women70 = ChairStandNorms.of(72, Sex.FEMALE).orElseThrow();
        assertTrue(women70.isBelow(9));
        assertFalse(women70.isBelow(10), "the bottom of the band is within it");
    }

    @Test
    void chairStandHasNoBandOutside60To94OrWithoutASex() {
        assertTrue(ChairStandNorms.of(59, Sex.FEMALE).isEmpty());
        assertTrue(ChairStandNorms.of(95, Sex.MALE).isEmpty());
        assertTrue(ChairStandNorms.of(70, Sex.OTHER).isEmpty());
        assertTrue(ChairStandNorms.of(70, null).isEmpty());
        assertTrue(ChairStandNorms.of(null, Sex.MALE).isEmpty());
    }

    @ParameterizedTest(name = "age {0}: mean {1} s")
    @CsvSource({"60, 11.4", "69, 11.4", "70, 12.6", "79, 12.6", "80, 14.8", "89, 14.8"})
    void sitToStandMeansAreBohannon2006(int age, double mean) {
        assertEquals(mean, SitToStandNorms.of(age).orElseThrow().meanSeconds());
    }

    @Test
    void sitToStandFallRiskIsOver15Seconds() {
        assertFalse(SitToStandNorms.isFallRisk(15.0));
        assertTrue(SitToStandNorms.isFallRisk(15.1));
        assertTrue(SitToStandNorms.of(59).isEmpty());
        assertTrue(SitToStandNorms.of(90).isEmpty());
        assertTrue(SitToStandNorms.of(75).orElseThrow().isSlower(12.7));
        assertFalse(SitToStandNorms.of(75).orElseThrow().isSlower(12.6));
    }

    @ParameterizedTest(name = "age {0}: mean {1} s, upper {2} s")
    @CsvSource({"60, 8.1, 9.0", "69, 8.1, 9.0", "70, 9.2, 10.2", "79, 9.2, 10.2", "80, 11.3, 12.7", "99, 11.3, 12.7"})
    void timedUpAndGoReferencesAreBohannon2006(int age, double mean, double upper) {
        TimedUpAndGoNorms.Reference r = TimedUpAndGoNorms.of(age).orElseThrow();
        assertEquals(mean, r.meanSeconds());
        assertEquals(upper, r.upperSeconds());
        assertTrue(r.isSlower(upper + 0.1));
        assertFalse(r.isSlower(upper));
    }

    @Test
    void timedUpAndGoFallRiskIsTwelveSecondsOrMore() {
        assertFalse(TimedUpAndGoNorms.isFallRisk(11.9));
        assertTrue(TimedUpAndGoNorms.isFallRisk(12.0));
        assertTrue(TimedUpAndGoNorms.of(59).isEmpty());
    }

    @ParameterizedTest(name = "{1} aged {0}: {2} s")
    @CsvSource({
        "18, FEMALE, 43.5",
        "39, FEMALE, 43.5",
        "40, FEMALE, 40.4",
        "50, FEMALE, 36.0",
        "60, FEMALE, 25.1",
        "70, FEMALE, 11.3",
        "80, FEMALE, 7.4",
        "99, FEMALE, 7.4",
        "18, MALE, 43.2",
        "40, MALE, 40.0",
        "59, MALE, 38.1",
        "60, MALE, 28.7",
        "79, MALE, 18.3",
        "80, MALE, 5.6"
    })
    void singleLegStanceMeansAreSpringer2007(int age, Sex sex, double mean) {
        assertEquals(mean, SingleLegStanceNorms.of(age, sex).orElseThrow().meanSeconds());
    }

    @Test
    void singleLegStanceFallRiskIsUnderFiveSeconds() {
        assertTrue(SingleLegStanceNorms.isFallRisk(4.9));
        assertFalse(SingleLegStanceNorms.isFallRisk(5.0));
        assertTrue(SingleLegStanceNorms.of(17, Sex.FEMALE).isEmpty());
    }

    @ParameterizedTest(name = "{1} aged {0}: {2} m/s")
    @CsvSource({
        "20, FEMALE, 1.341", "40, FEMALE, 1.390", "59, FEMALE, 1.402", "70, FEMALE, 1.132", "80, FEMALE, 0.943",
        "99, FEMALE, 0.943", "29, MALE, 1.358", "40, MALE, 1.434", "49, MALE, 1.434", "60, MALE, 1.339",
        "79, MALE, 1.262", "80, MALE, 0.968"
    })
    void gaitSpeedMeansAreBohannonAndAndrews2011(int age, Sex sex, double mean) {
        assertEquals(mean, GaitSpeedNorms.of(age, sex).orElseThrow().meanSpeed());
    }

    @Test
    void gaitSpeedIsTenMetresOverTheTime() {
        assertEquals(1.0, GaitSpeedNorms.speed(10.0));
        assertEquals(0.8, GaitSpeedNorms.speed(12.5), 1e-9);
        assertTrue(GaitSpeedNorms.of(19, Sex.MALE).isEmpty());
    }

    @Test
    void lungeIsRestrictedUnderNineCentimetresAndBorderlineUnderTen() {
        assertTrue(LungeTest.isRestricted(8.9));
        assertFalse(LungeTest.isRestricted(9.0));
        assertTrue(LungeTest.isBorderline(9.0));
        assertTrue(LungeTest.isBorderline(9.9));
        assertFalse(LungeTest.isBorderline(10.0));
    }

    @Test
    void lungeSidesApartFromTwoCentimetres() {
        assertTrue(LungeTest.sidesApart(11.0, 9.0));
        assertTrue(LungeTest.sidesApart(9.0, 11.5));
        assertFalse(LungeTest.sidesApart(11.0, 9.1), "1.9 cm is within the test's error");
    }
}

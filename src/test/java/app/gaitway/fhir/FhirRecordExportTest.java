package app.gaitway.fhir;

import app.gaitway.assessments.findings.AkpsScore;
import app.gaitway.assessments.findings.LefsScore;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.shared.web.Messages;
import app.gaitway.testdata.ClinicalCases;
import app.gaitway.testdata.ClinicalCases.ClinicalCase;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export of each of the five clinical cases validates against the base FHIR R4 profiles with no error, and says
 * what was recorded: the right codes, both sides as components, UCUM units, one resource per thing recorded. The
 * validator is built once for the class (it loads the whole R4 specification) and works offline: the base profiles
 * from the classpath, code checks in memory, no terminology server.
 */
class FhirRecordExportTest {

    private static final String BASE = "https://gaitway.example.org";
    private static final LocalDate VISIT = LocalDate.of(2026, 11, 30);
    private static final Instant SIGNED = Instant.parse("2026-11-30T15:20:00Z");
    private static final Messages MESSAGES = new Messages();
    private static final Logger LOG = Logger.getLogger(FhirRecordExportTest.class.getName());

    private static FhirValidator validator;
    private static long validatorStartMillis;

    @BeforeAll
    static void buildValidator() {
        long started = System.nanoTime();
        FhirContext ctx = FhirRecordExport.context();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx));
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        // the first validation loads the specification's profiles: part of starting the validator
        validator.validateWithResult(new org.hl7.fhir.r4.model.Patient());
        validatorStartMillis = (System.nanoTime() - started) / 1_000_000;
    }

    static Stream<ClinicalCase> cases() {
        return Stream.of(
                ClinicalCases.patellofemoralRunner(),
                ClinicalCases.officeWorkerLowBackPain(),
                ClinicalCases.olderAdultHipOsteoarthritis(),
                ClinicalCases.posteriorHipReplacementSixWeeks(),
                ClinicalCases.healthyAdult());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachCaseValidatesAgainstBaseR4WithoutErrors(ClinicalCase c) {
        Bundle bundle = FhirRecordExport.bundle(recordOf(c), BASE, MESSAGES, SIGNED);
        // through JSON and back, as the receiving system gets it
        String json = FhirRecordExport.json(bundle);
        long started = System.nanoTime();
        ValidationResult result = validator.validateWithResult(json);
        long validationMillis = (System.nanoTime() - started) / 1_000_000;

        Map<ResultSeverityEnum, Long> bySeverity = result.getMessages().stream()
                .collect(Collectors.groupingBy(
                        SingleValidationMessage::getSeverity, TreeMap::new, Collectors.counting()));
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        // the figures the issue asks for, in the test's log: what the validator still says, and what it costs
        LOG.info(() -> String.format(
                "FHIR export of \"%s\": %d resources; validator messages %s; validated in %d ms (validator start %d"
                        + " ms); distinct messages: %s",
                c.title(),
                bundle.getEntry().size(),
                bySeverity,
                validationMillis,
                validatorStartMillis,
                result.getMessages().stream()
                        .collect(Collectors.groupingBy(
                                m -> m.getSeverity() + " " + m.getMessage().replaceAll("(: | for |\\().*", ""),
                                TreeMap::new,
                                Collectors.counting()))));
        assertEquals(List.of(), errors, c.title());
    }

    @Test
    void theValidatorFindsAnErrorWhereThereIsOne() {
        Bundle bundle = FhirRecordExport.bundle(recordOf(ClinicalCases.healthyAdult()), BASE, MESSAGES, SIGNED);
        all(bundle, Observation.class).get(0).setStatus(null);
        ValidationResult result = validator.validateWithResult(FhirRecordExport.json(bundle));
        assertTrue(
                result.getMessages().stream().anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR),
                "an observation without its required status is an error: the check above can fail");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCaseHasOneOfEachPartyAndEveryObservationSignedForThePatient(ClinicalCase c) {
        Bundle bundle = FhirRecordExport.bundle(recordOf(c), BASE, MESSAGES, SIGNED);
        Map<String, Long> counts = bundle.getEntry().stream()
                .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
        assertEquals(1L, counts.get("Patient"));
        assertEquals(1L, counts.get("Organization"));
        assertEquals(1L, counts.get("Practitioner"));
        assertEquals(1L, counts.get("CarePlan"));
        assertEquals(2L, counts.get("ServiceRequest"), "one per exercise of the program");
        boolean lefsUsed = !LefsScore.of(c.values()).isEmpty();
        assertEquals(lefsUsed ? 1L : 0L, counts.getOrDefault("QuestionnaireResponse", 0L), c.title());

        String patientRef =
                "urn:uuid:" + only(bundle, org.hl7.fhir.r4.model.Patient.class).getIdPart();
        String therapistRef = "urn:uuid:"
                + only(bundle, org.hl7.fhir.r4.model.Practitioner.class).getIdPart();
        for (Observation o : all(bundle, Observation.class)) {
            assertEquals(Observation.ObservationStatus.FINAL, o.getStatus());
            assertEquals(patientRef, o.getSubject().getReference());
            assertEquals(therapistRef, o.getPerformerFirstRep().getReference());
            assertEquals("2026-11-30", o.getEffectiveDateTimeType().getValueAsString());
            for (Observation.ObservationComponentComponent side : o.getComponent()) {
                String laterality = code(side.getCode(), FhirCodes.SNOMED);
                assertTrue(
                        laterality.equals("24028007") || laterality.equals("7771000"),
                        "each component is a side: " + laterality);
            }
        }
    }

    @Test
    void theRunnersExaminationKeepsSidesCodesAndUnits() {
        ClinicalCase runner = ClinicalCases.patellofemoralRunner();
        Bundle bundle = FhirRecordExport.bundle(recordOf(runner), BASE, MESSAGES, SIGNED);

        Observation grades = observation(bundle, "mmt.hip_abductors");
        assertEquals("4/5", sideValue(grades, "24028007").getText());
        assertEquals("5/5", sideValue(grades, "7771000").getText());

        Observation force = observation(bundle, "force.hip_abductors");
        assertQuantity(118, "N", sideQuantity(force, "24028007"));
        assertQuantity(164, "N", sideQuantity(force, "7771000"));

        Observation flexion = observation(bundle, "rom.hip_flexion.active");
        assertQuantity(118, "deg", sideQuantity(flexion, "24028007"));
        assertQuantity(120, "deg", sideQuantity(flexion, "7771000"));
        assertTrue(
                all(bundle, Observation.class).stream().noneMatch(o -> hasCode(o, "rom.hip_flexion.passive")),
                "no passive range was recorded, so none is exported");

        Observation pain = observation(bundle, "72514-3");
        assertEquals(FhirCodes.LOINC_VERSION, pain.getCode().getCodingFirstRep().getVersion());
        assertEquals(2, pain.getValueIntegerType().getValue());
        assertQuantity(61, "kg", observation(bundle, "29463-7").getValueQuantity());

        Observation trendelenburg = observation(bundle, "gait.trendelenburg");
        assertEquals("260385009", code(sideValue(trendelenburg, "24028007"), FhirCodes.SNOMED));
        Observation stepDown = observation(bundle, "gait.step_down_score");
        assertEquals(
                5,
                ((org.hl7.fhir.r4.model.IntegerType) side(stepDown, "24028007").getValue()).getValue(),
                "trunk, pelvis, knee medial to the foot (2), unsteady");

        QuestionnaireResponse lefs = only(bundle, QuestionnaireResponse.class);
        assertEquals(BASE + "/fhir/Questionnaire/lefs", lefs.getQuestionnaire());
        assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, lefs.getStatus());
        assertEquals(20, lefs.getItem().size());
        assertEquals(
                MESSAGES.get("assessment.lefs.item1"), lefs.getItemFirstRep().getText(), "the instrument's wording");
        Observation total = observation(bundle, "lefs.total");
        assertEquals(62, total.getValueIntegerType().getValue());
        assertEquals(
                "urn:uuid:" + lefs.getIdPart(), total.getDerivedFromFirstRep().getReference());
    }

    @Test
    void theHomeProgramIsACarePlanOfExerciseTherapyRequests() {
        Bundle bundle = FhirRecordExport.bundle(recordOf(ClinicalCases.healthyAdult()), BASE, MESSAGES, SIGNED);
        CarePlan plan = only(bundle, CarePlan.class);
        assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
        assertEquals("Hip strength for running", plan.getTitle());
        List<ServiceRequest> requests = all(bundle, ServiceRequest.class);
        assertEquals(
                requests.stream().map(r -> "urn:uuid:" + r.getIdPart()).toList(),
                plan.getActivity().stream()
                        .map(a -> a.getReference().getReference())
                        .toList());
        ServiceRequest clams = requests.get(0);
        assertEquals(FhirCodes.EXERCISE_THERAPY, code(clams.getCode(), FhirCodes.SNOMED));
        assertEquals("Clamshell", clams.getCode().getText());
        assertEquals("3 sets of 12, each side, daily", clams.getPatientInstruction());
        assertEquals("Keep the heels together", clams.getNoteFirstRep().getText());
    }

    @Test
    void aSecondExportNamesEveryResourceTheSame() {
        PatientRecord record = recordOf(ClinicalCases.olderAdultHipOsteoarthritis());
        List<String> first = ids(FhirRecordExport.bundle(record, BASE, MESSAGES, SIGNED));
        List<String> second = ids(FhirRecordExport.bundle(record, BASE, MESSAGES, SIGNED.plusSeconds(3600)));
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count(), "no two resources share a name");
    }

    /**
     * The runner's visit with the knee measures answered: the AKPS (every item its second-best answer, 72/100 by the
     * published points) and a PSFS of three activities (3, 5, 4: mean 4.0). Each is a questionnaire response with the
     * score derived from it, and the bundle still validates without an error.
     */
    @Test
    void theKneeMeasuresAreQuestionnaireResponsesWithTheirScores() {
        ClinicalCase runner = ClinicalCases.patellofemoralRunner();
        Map<String, String> values = new java.util.HashMap<>(runner.values().asMap());
        for (int item = 1; item <= AkpsScore.ITEMS; item++) {
            values.put(
                    AssessmentFields.akps(item),
                    AssessmentFields.akpsAnswers(item).get(1));
        }
        String[] activities = {"Running 5 km", "Going down stairs", "Squatting to garden"};
        int[] ratings = {3, 5, 4};
        for (int i = 0; i < activities.length; i++) {
            values.put(AssessmentFields.psfsActivity(i + 1), activities[i]);
            values.put(AssessmentFields.psfsRating(i + 1), Integer.toString(ratings[i]));
        }
        ClinicalCase measured = new ClinicalCase(
                runner.title(), new AssessmentValues(values), runner.age(), runner.sex(), runner.affectedSide());
        Bundle bundle = FhirRecordExport.bundle(recordOf(measured), BASE, MESSAGES, SIGNED);

        assertEquals(72, observation(bundle, "akps.total").getValueIntegerType().getValue());
        Quantity psfs = observation(bundle, "psfs.average").getValueQuantity();
        assertEquals(
                0,
                psfs.getValue().compareTo(new java.math.BigDecimal("4.0")),
                psfs.getValue().toString());
        List<QuestionnaireResponse> responses = all(bundle, QuestionnaireResponse.class);
        QuestionnaireResponse akps = responses.stream()
                .filter(r -> r.getQuestionnaire().endsWith("/akps"))
                .findFirst()
                .orElseThrow();
        assertEquals(AkpsScore.ITEMS, akps.getItem().size());
        assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, akps.getStatus());
        QuestionnaireResponse psfsAnswers = responses.stream()
                .filter(r -> r.getQuestionnaire().endsWith("/psfs"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Running 5 km", "Going down stairs", "Squatting to garden"),
                psfsAnswers.getItem().stream()
                        .map(QuestionnaireResponse.QuestionnaireResponseItemComponent::getText)
                        .toList());
        assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, psfsAnswers.getStatus());

        List<String> errors = validator.validateWithResult(FhirRecordExport.json(bundle)).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        assertEquals(List.of(), errors);
    }

    /**
     * The plan's goals: a numeric goal met (AKPS from 62 to 80) is achieved, with its measure coded as the
     * observations are and its target and due date; a functional goal withdrawn is cancelled; both validate.
     */
    @Test
    void goalsAreGoalsWithTheirTargetAndWhereTheyStand() {
        PatientRecord base = recordOf(ClinicalCases.patellofemoralRunner());
        PatientRecord withGoals = new PatientRecord(
                base.patient(),
                base.clinic(),
                base.staff(),
                base.visits(),
                base.programs(),
                List.of(
                        new PatientRecord.GoalFacts(
                                31,
                                null,
                                "akps.total",
                                "Anterior Knee Pain Scale total (0\u2013100)",
                                "/100",
                                62.0,
                                VISIT.minusWeeks(6),
                                80.0,
                                VISIT.plusWeeks(2),
                                VISIT.minusWeeks(6),
                                app.gaitway.goals.Goal.State.ACTIVE,
                                app.gaitway.goals.GoalStatus.MET),
                        new PatientRecord.GoalFacts(
                                32,
                                "Run 5 km without knee pain",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                VISIT.plusWeeks(8),
                                VISIT.minusWeeks(6),
                                app.gaitway.goals.Goal.State.WITHDRAWN,
                                app.gaitway.goals.GoalStatus.NOT_YET_MEASURED)));
        Bundle bundle = FhirRecordExport.bundle(withGoals, BASE, MESSAGES, SIGNED);
        List<org.hl7.fhir.r4.model.Goal> goals = all(bundle, org.hl7.fhir.r4.model.Goal.class);
        assertEquals(2, goals.size());
        org.hl7.fhir.r4.model.Goal akps = goals.get(0);
        assertEquals(org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE, akps.getLifecycleStatus());
        assertEquals("achieved", akps.getAchievementStatus().getCodingFirstRep().getCode());
        assertEquals(
                "akps.total",
                akps.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode());
        assertEquals(
                0, akps.getTargetFirstRep().getDetailQuantity().getValue().compareTo(new java.math.BigDecimal("80.0")));
        assertEquals(
                VISIT.plusWeeks(2).toString(),
                akps.getTargetFirstRep().getDueDateType().getValueAsString());
        assertTrue(
                akps.getNoteFirstRep().getText().startsWith("Baseline 62/100"),
                akps.getNoteFirstRep().getText());
        org.hl7.fhir.r4.model.Goal run = goals.get(1);
        assertEquals(org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED, run.getLifecycleStatus());
        assertEquals("Run 5 km without knee pain", run.getDescription().getText());
        assertEquals(
                "in-progress", run.getAchievementStatus().getCodingFirstRep().getCode());

        List<String> errors = validator.validateWithResult(FhirRecordExport.json(bundle)).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        assertEquals(List.of(), errors);
    }

    /** The case as one signed visit of a patient of that age and sex, with a two-exercise home program. */
    static PatientRecord recordOf(ClinicalCase c) {
        return new PatientRecord(
                new PatientRecord.Person(
                        7, "Robin", "Example", VISIT.minusYears(c.age()).minusDays(40), c.sex()),
                new PatientRecord.Clinic(3, "Riverside Physiotherapy", List.of("1 Mill Lane", "Riverside RS1 2AB")),
                List.of(new PatientRecord.Staff(11, "Sam Carter", "PT, DPT")),
                List.of(new PatientRecord.Visit(101, VISIT, 11, SIGNED, c.values())),
                List.of(new PatientRecord.HomeProgram(
                        21,
                        2,
                        "Hip strength for running",
                        "Do these on most days.",
                        VISIT,
                        null,
                        11,
                        SIGNED,
                        List.of(
                                new PatientRecord.Exercise(
                                        1, "Clamshell", "3 sets of 12, each side, daily", "Keep the heels together"),
                                new PatientRecord.Exercise(2, "Bridge", "3 sets of 10, daily", "")))));
    }

    private static Observation observation(Bundle bundle, String code) {
        List<Observation> found = all(bundle, Observation.class).stream()
                .filter(o -> hasCode(o, code))
                .toList();
        assertEquals(1, found.size(), "observations coded " + code);
        return found.get(0);
    }

    private static boolean hasCode(Observation o, String code) {
        return o.getCode().getCoding().stream().anyMatch(c -> c.getCode().equals(code));
    }

    private static Observation.ObservationComponentComponent side(Observation o, String laterality) {
        return o.getComponent().stream()
                .filter(c -> code(c.getCode(), FhirCodes.SNOMED).equals(laterality))
                .findFirst()
                .orElseThrow();
    }

    private static CodeableConcept sideValue(Observation o, String laterality) {
        return side(o, laterality).getValueCodeableConcept();
    }

    private static Quantity sideQuantity(Observation o, String laterality) {
        return side(o, laterality).getValueQuantity();
    }

    private static void assertQuantity(double value, String ucum, Quantity q) {
        assertEquals(value, q.getValue().doubleValue(), 1e-9);
        assertEquals(FhirCodes.UCUM, q.getSystem());
        assertEquals(ucum, q.getCode());
    }

    private static String code(CodeableConcept concept, String system) {
        return concept.getCoding().stream()
                .filter(c -> system.equals(c.getSystem()))
                .findFirst()
                .orElseThrow()
                .getCode();
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = all(bundle, type);
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getFullUrl)
                .toList();
    }
}

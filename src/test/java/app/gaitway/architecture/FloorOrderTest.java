package app.gaitway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The floor order of the top-level packages: a package may use the ones below it, never one above it, so a
 * feature can be read (and changed) knowing only what lies under it. From the ground up: shared, security,
 * clinics, patients, then assessments and exercises side by side (neither uses the other), programs and goals side
 * by side (goals stand on assessments), discharge (on goals and programs), patientside, worklist; the FHIR export
 * (fhir) stands beside worklist and reads every feature below it but discharge. The audit log pages (auditlog) stand
 * on security alone and nothing stands on them.
 * The root package (Gaitway, StartupTasks) wires everything together and nothing uses it.
 */
@AnalyzeClasses(packages = "app.gaitway", importOptions = ImportOption.DoNotIncludeTests.class)
class FloorOrderTest {

    @ArchTest
    static final ArchRule no_package_uses_one_above_it = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("root")
            .definedBy("app.gaitway")
            .layer("worklist")
            .definedBy("app.gaitway.worklist..")
            .layer("fhir")
            .definedBy("app.gaitway.fhir..")
            .layer("patientside")
            .definedBy("app.gaitway.patientside..")
            .layer("discharge")
            .definedBy("app.gaitway.discharge..")
            .layer("programs")
            .definedBy("app.gaitway.programs..")
            .layer("goals")
            .definedBy("app.gaitway.goals..")
            .layer("assessments")
            .definedBy("app.gaitway.assessments..")
            .layer("exercises")
            .definedBy("app.gaitway.exercises..")
            .layer("patients")
            .definedBy("app.gaitway.patients..")
            .layer("clinics")
            .definedBy("app.gaitway.clinics..")
            .layer("auditlog")
            .definedBy("app.gaitway.auditlog..")
            .layer("security")
            .definedBy("app.gaitway.security..")
            .layer("shared")
            .definedBy("app.gaitway.shared..")
            .whereLayer("root")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("worklist")
            .mayOnlyBeAccessedByLayers("root")
            .whereLayer("fhir")
            .mayOnlyBeAccessedByLayers("root")
            .whereLayer("patientside")
            .mayOnlyBeAccessedByLayers("worklist", "root")
            .whereLayer("discharge")
            .mayOnlyBeAccessedByLayers("root")
            .whereLayer("programs")
            .mayOnlyBeAccessedByLayers("discharge", "patientside", "worklist", "fhir", "root")
            .whereLayer("goals")
            .mayOnlyBeAccessedByLayers("discharge", "patientside", "worklist", "fhir", "root")
            .whereLayer("assessments")
            .mayOnlyBeAccessedByLayers("goals", "programs", "discharge", "patientside", "worklist", "fhir", "root")
            .whereLayer("exercises")
            .mayOnlyBeAccessedByLayers("programs", "discharge", "patientside", "worklist", "fhir", "root")
            .whereLayer("patients")
            .mayOnlyBeAccessedByLayers(
                    "assessments",
                    "exercises",
                    "goals",
                    "programs",
                    "discharge",
                    "patientside",
                    "worklist",
                    "fhir",
                    "root")
            .whereLayer("clinics")
            .mayOnlyBeAccessedByLayers(
                    "patients",
                    "assessments",
                    "exercises",
                    "goals",
                    "programs",
                    "discharge",
                    "patientside",
                    "worklist",
                    "fhir",
                    "root")
            .whereLayer("auditlog")
            .mayOnlyBeAccessedByLayers("root")
            .whereLayer("auditlog")
            .mayOnlyAccessLayers("security", "shared")
            .whereLayer("security")
            .mayOnlyBeAccessedByLayers(
                    "auditlog",
                    "clinics",
                    "patients",
                    "assessments",
                    "exercises",
                    "goals",
                    "programs",
                    "discharge",
                    "patientside",
                    "worklist",
                    "fhir",
                    "root")
            .whereLayer("shared")
            .mayOnlyBeAccessedByLayers(
                    "security",
                    "auditlog",
                    "clinics",
                    "patients",
                    "assessments",
                    "exercises",
                    "goals",
                    "programs",
                    "discharge",
                    "patientside",
                    "worklist",
                    "fhir",
                    "root");
}

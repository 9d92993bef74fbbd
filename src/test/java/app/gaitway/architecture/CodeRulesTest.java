package app.gaitway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.io.PrintStream;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** Rules a reviewer would otherwise have to catch by reading: each holds for every class of the main code. */
@AnalyzeClasses(packages = "app.gaitway", importOptions = ImportOption.DoNotIncludeTests.class)
class CodeRulesTest {

    /**
     * Controllers route, presenters (*Pages) fill models and forms check input: reading and writing records goes
     * through a service, where the clinic check and the transaction live.
     */
    @ArchTest
    static final ArchRule the_web_side_reaches_records_through_services = noClasses()
            .that()
            .areAnnotatedWith("jakarta.ws.rs.Path")
            .or()
            .haveSimpleNameEndingWith("Controller")
            .or()
            .haveSimpleNameEndingWith("Pages")
            .or()
            .haveSimpleNameEndingWith("Form")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a controller that queries directly skips the service's clinic check and transaction");

    /** The one form shape: a record read from the posted body, with its own problems(). */
    @ArchTest
    static final ArchRule forms_are_read_one_way = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.ws.rs.FormParam")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.ws.rs.BeanParam")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.mvc..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.validation.constraints..")
            .because("every form is a record built by from(body) whose rules are a pure problems() method");

    /** An entity changes through methods that say what happens (finalizeBy, archive, ...), never field by field. */
    @ArchTest
    static final ArchRule entities_have_no_public_setters = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .and()
            .arePublic()
            .should()
            .haveNameMatching("set[A-Z].*")
            .because("a public setter lets any caller put an entity into a state its own methods would refuse")
            .allowEmptyShould(true);

    /** A stack trace on the console bypasses the server log, where what may be logged (ids only) is reviewed. */
    @ArchTest
    static final ArchRule nothing_prints_stack_traces = noClasses()
            .should()
            .callMethodWhere(target(owner(assignableTo(Throwable.class))).and(target(nameMatching("printStackTrace"))))
            .because("errors go to the server log through java.util.logging");

    /**
     * Only flushing the console is allowed (StartupGuard does before it halts the server). The restore command
     * runs by hand with the server stopped, never in the server: the console is where it answers its user.
     */
    @ArchTest
    static final ArchRule nothing_prints_to_the_console = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("app.gaitway.shared.backup.RestoreBackup")
            .should()
            .callMethodWhere(target(owner(assignableTo(PrintStream.class)))
                    .and(target(nameMatching("print|println|printf|format|write|append"))))
            .because("output goes to the server log through java.util.logging, where ids, never patient data, are "
                    + "written");
}

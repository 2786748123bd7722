package org.toolsmith.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md, enforced: imports go runtime → generator → templates,
 * runtime → templates, runtime → sandbox; each third-party stack stays in its module.
 */
class ModuleDirectionTest {
    private static final String TEMPLATES = "org.toolsmith.templates..";
    private static final String[] GENERATOR = {"org.toolsmith.spec..", "org.toolsmith.draft..", "org.toolsmith.build.."};
    private static final String RUNTIME = "org.toolsmith.runtime..";
    private static final String SANDBOX = "org.toolsmith.sandbox..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.toolsmith");
    }

    @Test
    void templates_depend_on_no_other_module() {
        noClasses().that().resideInAPackage(TEMPLATES)
                .should().dependOnClassesThat().resideInAnyPackage(concat(GENERATOR, RUNTIME, SANDBOX))
                .check(classes);
    }

    @Test
    void generator_does_not_depend_on_runtime_or_sandbox() {
        noClasses().that().resideInAnyPackage(GENERATOR)
                .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, SANDBOX)
                .check(classes);
    }

    @Test
    void sandbox_depends_on_no_other_module() {
        noClasses().that().resideInAPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAnyPackage(concat(GENERATOR, TEMPLATES, RUNTIME))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void velocity_stays_in_templates() {
        noClasses().that().resideOutsideOfPackage(TEMPLATES)
                .should().dependOnClassesThat().resideInAPackage("org.apache.velocity..")
                .check(classes);
    }

    @Test
    void langchain4j_graaljs_and_opennlp_stay_in_their_modules() {
        noClasses().that().resideInAnyPackage(TEMPLATES, RUNTIME, SANDBOX)
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "opennlp..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAPackage("org.graalvm..")
                .check(classes);
    }

    @Test
    void vertx_h2_and_jdbc_stay_in_runtime() {
        noClasses().that().resideOutsideOfPackage(RUNTIME)
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "org.h2..", "java.sql..", "org.flywaydb..")
                .check(classes);
    }

    private static String[] concat(Object... parts) {
        return java.util.Arrays.stream(parts)
                .flatMap(p -> p instanceof String[] a ? java.util.Arrays.stream(a) : java.util.stream.Stream.of((String) p))
                .toArray(String[]::new);
    }
}

package fr.dlintro.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, checked on the compiled main classes. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.dlintro");
    }

    @Test
    void coreAndContentNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("fr.dlintro.core..", "fr.dlintro.content..", "fr.dlintro.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.dlintro.ui..")
                .check(classes);
    }

    @Test
    void coreDependsOnNothingOfTheApp() {
        noClasses().that().resideInAPackage("fr.dlintro.core..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.dlintro.content..", "fr.dlintro.ui..",
                        "fr.dlintro.cli..", "fr.dlintro.progress..")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("fr.dlintro.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }
}

package org.cgtatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps GUI code out of the logic, so the logic stays testable without a toolkit and usable from the CLI. */
@AnalyzeClasses(packages = "org.cgtatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule logicHasNoSceneGraph = noClasses()
            .that().resideInAnyPackage("org.cgtatlas.domain..", "org.cgtatlas.data..", "org.cgtatlas.ingest..",
                    "org.cgtatlas.export..", "org.cgtatlas.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule domainIsPlain = noClasses()
            .that().resideInAPackage("org.cgtatlas.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.cgtatlas.data..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersUseNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.Node");

    @ArchTest
    static final ArchRule modelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule logicDoesNotReachIntoScreens = noClasses()
            .that().resideInAnyPackage("org.cgtatlas.domain..", "org.cgtatlas.data..", "org.cgtatlas.ingest..",
                    "org.cgtatlas.export..", "org.cgtatlas.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cgtatlas.feature..", "org.cgtatlas.app..");
}

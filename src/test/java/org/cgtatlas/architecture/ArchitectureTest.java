package org.cgtatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
                    "org.cgtatlas.export..", "org.cgtatlas.core..", "org.cgtatlas.landscape..")
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
                    "org.cgtatlas.export..", "org.cgtatlas.core..", "org.cgtatlas.landscape..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cgtatlas.feature..", "org.cgtatlas.app..");

    /** The snapshot and its projections are plain logic, shared by screens, PDF and CLI: no toolkit, no exporter. */
    @ArchTest
    static final ArchRule projectionsArePlain = noClasses()
            .that().resideInAPackage("org.cgtatlas.landscape..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cgtatlas.export..", "org.cgtatlas.ui..");

    /** What two screens share lives in landscape/ or ui/; the shell's navigation types are the one exception for now. */
    @ArchTest
    static final ArchRule featuresDoNotImportEachOther = slices().matching("org.cgtatlas.feature.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("org.cgtatlas.feature.shell.."));

    @ArchTest
    static final ArchRule commandLineUsesNoScreenCode = noClasses()
            .that().resideInAPackage("org.cgtatlas.app.cli..").or().haveFullyQualifiedName("org.cgtatlas.app.AppServices")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.cgtatlas.feature..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.cgtatlas.feature.shell.."))))
            .because("the CLI and the services build on landscape/ and export/, not on screens (the shell's ScreenId "
                    + "is leaving feature/ separately)")
            .allowEmptyShould(true);
}

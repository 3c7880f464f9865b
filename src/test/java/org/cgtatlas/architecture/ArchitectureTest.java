package org.cgtatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps GUI code out of the logic, so the logic stays testable without a toolkit and usable from the CLI, and keeps
 * the features apart, so each screen can be read and changed on its own.
 */
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
    static final ArchRule controllersUseNoSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a controller is tested without the toolkit; nodes belong to its view");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnother = noClasses()
            .that().resideInAPackage("org.cgtatlas.feature..")
            .should(dependOnAnotherFeature())
            .because("shared widgets and navigation live in ui/ (Navigator) and the wiring in app/");

    @ArchTest
    static final ArchRule servicesAndCommandLineDoNotUseScreens = noClasses()
            .that().resideInAnyPackage("org.cgtatlas.app.cli..", "org.cgtatlas.export..", "org.cgtatlas.ingest..",
                    "org.cgtatlas.landscape..", "org.cgtatlas.data..", "org.cgtatlas.domain..", "org.cgtatlas.core..",
                    "org.cgtatlas.ui..")
            .or().haveFullyQualifiedName("org.cgtatlas.app.AppServices")
            .should(dependOnAnotherFeature())
            .because("the command line and the services work without any screen, and ui/ is what the screens share");

    @ArchTest
    static final ArchRule simpleNamesAreUnique = classes()
            .that().areTopLevelClasses()
            .should(haveASimpleNameNoOtherClassHas())
            .because("a name that means two things sends a reader to the wrong file");

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


    private static String featureOf(JavaClass type) {
        String prefix = "org.cgtatlas.feature.";
        String name = type.getPackageName();
        if (!name.startsWith(prefix)) {
            return null;
        }
        int end = name.indexOf('.', prefix.length());
        return end < 0 ? name : name.substring(0, end);
    }

    /** A dependency on a feature package other than the class's own (for a class outside feature/: on any). */
    private static ArchCondition<JavaClass> dependOnAnotherFeature() {
        return new ArchCondition<>("depend on another feature's package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = featureOf(dependency.getTargetClass());
                    if (target != null && !target.equals(featureOf(type))) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
        return new ArchCondition<>("have a simple name no other class has") {
            private Map<String, Long> counts = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                counts = all.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.counting()));
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean shared = counts.getOrDefault(type.getSimpleName(), 0L) > 1
                        && !type.getSimpleName().equals("package-info");
                events.add(new SimpleConditionEvent(type, !shared, type.getName() + " shares its simple name"));
            }
        };
    }
}

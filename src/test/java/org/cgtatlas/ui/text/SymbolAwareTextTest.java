package org.cgtatlas.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Symbols the UI font lacks are drawn in the bundled symbol font; the text stays the same text. */
class SymbolAwareTextTest {

    private static final String SYMBOL_FAMILY = "Symbola";
    private static final String QUOTE = "📍 Songdo Convensia, Incheon, South Korea 📆 25 September 2025";

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSymbolsAreRunsInTheSymbolFontAndTheRunsMakeUpTheText() {
        SymbolAwareText text = styled(QUOTE);

        assertThat(runs(text).stream().map(Text::getText).collect(Collectors.joining())).isEqualTo(QUOTE);
        assertThat(symbolRuns(text)).extracting(Text::getText).containsExactly("📍", "📆");
        assertThat(symbolRuns(text)).extracting(run -> run.getFont().getFamily()).containsOnly(SYMBOL_FAMILY);
        assertThat(runs(text)).filteredOn(run -> !run.getStyleClass().contains(SymbolAwareText.SYMBOL_RUN))
                .hasSize(2)
                .allSatisfy(run -> assertThat(run.getFont().getFamily()).isNotEqualTo(SYMBOL_FAMILY));
        assertThat(runs(text)).as("the stylesheet's size and class apply to every run")
                .allSatisfy(run -> {
                    assertThat(run.getFont().getSize()).isEqualTo(20);
                    assertThat(run.getStyleClass()).contains("quote");
                });
    }

    @Test
    void textTheUiFontDrawsStaysOneRunInIt() {
        SymbolAwareText text = styled("Kobe Cell Works — 細胞治療, 세포치료");

        assertThat(runs(text)).singleElement().satisfies(run -> {
            assertThat(run.getText()).isEqualTo("Kobe Cell Works — 細胞治療, 세포치료");
            assertThat(run.getFont().getFamily()).isNotEqualTo(SYMBOL_FAMILY);
        });
    }

    @Test
    void changingTheTextSplitsItAgain() {
        SymbolAwareText text = styled("Before");
        robot.interact(() -> text.setText("Venue 📍"));

        assertThat(text.getText()).isEqualTo("Venue 📍");
        assertThat(symbolRuns(text)).extracting(Text::getText).containsExactly("📍");
    }

    @Test
    void theViewsThatShowSourcePassagesDrawThemWithIt() {
        List<String> views = List.of("PipelineDetailPane", "EventDetailsPane", "SourcesView", "HighlightedText",
                "EvidenceViews", "AnalystSourceViews");
        JavaClasses imported = new ClassFileImporter().importPackages("org.cgtatlas.ui", "org.cgtatlas.feature");
        List<JavaClass> classes = imported.stream().filter(type -> views.contains(type.getSimpleName())).toList();

        assertThat(classes).extracting(JavaClass::getSimpleName).containsExactlyInAnyOrderElementsOf(views);
        assertThat(classes).allSatisfy(view -> assertThat(usesSymbolAwareText(view, imported))
                .as(view.getSimpleName() + " draws its passages with SymbolAwareText").isTrue());
    }

    /** Whether the class or one nested in it (a list cell) depends on {@link SymbolAwareText}. */
    private static boolean usesSymbolAwareText(JavaClass view, JavaClasses imported) {
        return imported.stream()
                .filter(type -> type.equals(view) || type.getName().startsWith(view.getName() + "$"))
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(SymbolAwareText.class));
    }

    /** Shown in a scene whose stylesheet sizes the runs, so that CSS has set each run's font. */
    private SymbolAwareText styled(String content) {
        SymbolAwareText text = new SymbolAwareText(content, "quote");
        robot.interact(() -> {
            StackPane root = new StackPane(text);
            root.setStyle("-fx-font-family: '" + Font.getDefault().getFamily() + "';");
            Scene scene = new Scene(root, 400, 200);
            scene.getStylesheets().add("data:text/css;base64," + Base64.getEncoder()
                    .encodeToString(".quote { -fx-font-size: 20px; }".getBytes(StandardCharsets.UTF_8)));
            root.applyCss();
            root.layout();
        });
        return text;
    }

    private static List<Text> runs(SymbolAwareText text) {
        return text.getChildren().stream().map(Text.class::cast).toList();
    }

    private static List<Text> symbolRuns(SymbolAwareText text) {
        return runs(text).stream().filter(run -> run.getStyleClass().contains(SymbolAwareText.SYMBOL_RUN)).toList();
    }
}

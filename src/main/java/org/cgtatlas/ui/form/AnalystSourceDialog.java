package org.cgtatlas.ui.form;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;

/** The form for one analyst's source: a web address or a document title, publisher, date, passage, day read. */
final class AnalystSourceDialog {

    private final FormDialog form;
    private final LocalDate today;
    private final TextField url = new TextField();
    private final TextField title = new TextField();
    private final TextField publisher = new TextField();
    private final TextField publishedOn = new TextField();
    private final TextArea passage = new TextArea();
    private final TextField accessedOn = new TextField();

    private AnalystSourceDialog(Window owner, AnalystSource existing, LocalDate today, Consumer<AnalystSource> onKept) {
        this.today = today;
        this.form = new FormDialog(owner, Messages.get(existing == null ? "source.form.add" : "source.form.edit"),
                "analystSourceForm");
        url.setPromptText("https://…");
        publishedOn.setPromptText(Messages.get("source.form.publishedPrompt"));
        accessedOn.setPromptText("YYYY-MM-DD");
        passage.setWrapText(true);
        passage.setPrefRowCount(4);
        form.field(Messages.get("source.form.url"), url, "sourceUrl");
        form.field(Messages.get("source.form.title"), title, "sourceTitle");
        form.field(Messages.get("source.form.publisher"), publisher, "sourcePublisher");
        form.field(Messages.get("source.form.publishedOn"), publishedOn, "sourcePublishedOn");
        form.field(Messages.get("source.form.passage"), passage, "sourcePassage");
        form.field(Messages.get("source.form.accessedOn"), accessedOn, "sourceAccessedOn");
        AnalystSourceDraft start = existing == null ? AnalystSourceDraft.readOn(today) : AnalystSourceDraft.of(existing);
        url.setText(start.url());
        title.setText(start.title());
        publisher.setText(start.publisher());
        publishedOn.setText(start.publishedOn());
        passage.setText(start.passage());
        accessedOn.setText(start.accessedOn());
        form.validateWhenShown(this::registerValidators);
        form.onSave((close, fail) -> {
            AnalystSourceDraft draft = draft();
            var problems = draft.problems(today);
            if (!problems.isEmpty()) {
                fail.accept(String.join(" ", problems.values()));
                return;
            }
            onKept.accept(draft.toSource());
            close.run();
        });
    }

    /** Opens the form for a new source ({@code existing} null) or to change one; {@code onKept} gets the result. */
    static void show(Window owner, AnalystSource existing, LocalDate today, Consumer<AnalystSource> onKept) {
        AnalystSourceDialog dialog = new AnalystSourceDialog(owner, existing, today, onKept);
        dialog.form.show(dialog.url);
    }

    private AnalystSourceDraft draft() {
        return new AnalystSourceDraft(url.getText(), title.getText(), publisher.getText(), publishedOn.getText(),
                passage.getText(), accessedOn.getText());
    }

    /** Each field shows its own problem; the title's depends on the address, the day read on the date published. */
    private void registerValidators() {
        url.textProperty().addListener(observable -> form.validation().revalidate(title));
        publishedOn.textProperty().addListener(observable -> form.validation().revalidate(accessedOn));
        register(url, AnalystSourceDraft.Field.URL);
        register(title, AnalystSourceDraft.Field.TITLE);
        register(publisher, AnalystSourceDraft.Field.PUBLISHER);
        register(publishedOn, AnalystSourceDraft.Field.PUBLISHED_ON);
        register(passage, AnalystSourceDraft.Field.PASSAGE);
        register(accessedOn, AnalystSourceDraft.Field.ACCESSED_ON);
    }

    private void register(TextInputControl control, AnalystSourceDraft.Field field) {
        form.showProblem(control, () -> draft().problems(today).get(field));
    }
}

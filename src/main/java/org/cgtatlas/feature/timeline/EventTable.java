package org.cgtatlas.feature.timeline;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.ui.AnalystSourceViews;
import org.cgtatlas.ui.layout.ColumnHeaders;

/** The sortable list of the shown events: date, type, title, countries, parties. Undated events sort last. */
final class EventTable extends TableView<CollaborationEvent> {

    EventTable(TimelineModel model) {
        setId("timeline-table");
        getStyleClass().add("timeline-table");
        SortedList<CollaborationEvent> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label(Messages.get("timeline.table.empty")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.keepReadable(this);

        TableColumn<CollaborationEvent, PartialDate> date = new TableColumn<>(Messages.get("timeline.table.date"));
        date.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().date()));
        date.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        date.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? Messages.get("timeline.undated") : value.iso());
            }
        });
        date.setPrefWidth(95);
        date.setMinWidth(80);
        TableColumn<CollaborationEvent, String> type = text("timeline.table.type",
                event -> event.type() == null ? "" : event.type().label());
        type.setPrefWidth(130);
        TableColumn<CollaborationEvent, String> title = text("timeline.table.title", CollaborationEvent::title);
        title.setCellFactory(column -> new TitleCell());
        title.setPrefWidth(420);
        TableColumn<CollaborationEvent, String> countries = text("timeline.table.countries",
                event -> String.join(", ", event.countryCodes()));
        countries.setPrefWidth(90);
        countries.setMinWidth(75);
        TableColumn<CollaborationEvent, String> parties = text("timeline.table.parties", event -> event.participants().stream()
                .map(participant -> model.lookupProperty().get().organization(participant.organizationId()))
                .filter(Objects::nonNull).map(organization -> organization.name()).collect(Collectors.joining(", ")));
        parties.setPrefWidth(360);
        getColumns().setAll(java.util.List.of(date, type, title, countries, parties));
        getSortOrder().add(date);
    }

    /** The title, with the "no source given" mark after the title of an event saved without a source. */
    private static final class TitleCell extends TableCell<CollaborationEvent, String> {

        TitleCell() {
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(4);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            CollaborationEvent event = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : value);
            setGraphic(event != null && event.hasNoSource() ? AnalystSourceViews.mark() : null);
        }
    }

    private static TableColumn<CollaborationEvent, String> text(String key, Function<CollaborationEvent, String> value) {
        TableColumn<CollaborationEvent, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }
}

package org.cgtatlas.feature.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Builds the main window: menu bar, search, sidebar, the current screen, and the status bar. */
public final class MainWindowView {

    private static final double BASE_FONT_SIZE = 13.0;
    /** Narrower than this (a small laptop at 125 %), the sidebar shows its icons only and leaves the room to the screen. */
    private static final double NARROW_WINDOW_EM = 70;
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    private final MainWindowModel model;
    private final MainWindowController controller;
    private final Map<ScreenId, Supplier<Node>> screenFactories;
    private final Map<ScreenId, Node> screens = new EnumMap<>(ScreenId.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final TextField searchField = new TextField();
    private final ListView<SearchHit> searchResults = new ListView<>();
    private final Popup searchPopup = new Popup();
    private final Menu fileMenu = new Menu(Messages.get("menu.file"));
    private final SeparatorMenuItem quitSeparator = new SeparatorMenuItem();
    private final MenuItem quitItem = new MenuItem(Messages.get("menu.file.quit"));
    private final MenuItem aboutItem = new MenuItem(Messages.get("menu.help.about"));

    public MainWindowView(MainWindowModel model, MainWindowController controller, Map<ScreenId, Supplier<Node>> screenFactories) {
        this.model = model;
        this.controller = controller;
        this.screenFactories = screenFactories;
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolbar()));
        root.setLeft(sidebar());
        root.setCenter(content);
        root.setBottom(statusBar());
        content.getStyleClass().add("screen-area");
        model.currentScreenProperty().addListener((observable, before, screen) -> showScreen(screen));
        showScreen(model.currentScreenProperty().get());
        model.themeProperty().addListener((observable, before, theme) -> applyTheme(theme));
        applyTheme(model.themeProperty().get());
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_SIZE * model.zoomProperty().get()),
                model.zoomProperty()));
        root.getStylesheets().add(MainWindowView.class.getResource("/org/cgtatlas/ui/app.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Later features add Import, Export, Print, Backup and Restore here, above Quit. */
    public void addFileMenuItems(MenuItem... items) {
        fileMenu.getItems().addAll(fileMenu.getItems().indexOf(quitSeparator), java.util.List.of(items));
    }

    /** The area showing the current screen, for images and prints of "what I see". */
    public Region screenArea() {
        return content;
    }

    public MenuItem quitItem() {
        return quitItem;
    }

    public MenuItem aboutItem() {
        return aboutItem;
    }

    public TextField searchField() {
        return searchField;
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private MenuBar menuBar() {
        quitItem.setAccelerator(Shortcut.QUIT.combination());
        fileMenu.getItems().addAll(quitSeparator, quitItem);

        Menu view = new Menu(Messages.get("menu.view"));
        Shortcut[] screenKeys = {Shortcut.SCREEN_DASHBOARD, Shortcut.SCREEN_COUNTRIES, Shortcut.SCREEN_PIPELINE,
            Shortcut.SCREEN_TIMELINE, Shortcut.SCREEN_TRIALS, Shortcut.SCREEN_SOURCES};
        for (ScreenId screen : ScreenId.values()) {
            MenuItem item = new MenuItem(Messages.get(screen.messageKey()), new FontIcon(screen.icon()));
            item.setAccelerator(screenKeys[screen.ordinal()].combination());
            item.setOnAction(event -> controller.show(screen));
            view.getItems().add(item);
        }
        MenuItem find = new MenuItem(Messages.get("menu.view.search"));
        find.setAccelerator(Shortcut.SEARCH.combination());
        find.setOnAction(event -> focusSearch());
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setAccelerator(Shortcut.DARK_THEME.combination());
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        model.themeProperty().addListener((observable, before, theme) -> dark.setSelected(theme == Theme.DARK));
        dark.setOnAction(event -> controller.toggleTheme());
        MenuItem zoomIn = new MenuItem(Messages.get("menu.view.zoomIn"));
        zoomIn.setAccelerator(Shortcut.ZOOM_IN.combination());
        zoomIn.setOnAction(event -> controller.zoomIn());
        MenuItem zoomOut = new MenuItem(Messages.get("menu.view.zoomOut"));
        zoomOut.setAccelerator(Shortcut.ZOOM_OUT.combination());
        zoomOut.setOnAction(event -> controller.zoomOut());
        MenuItem zoomReset = new MenuItem(Messages.get("menu.view.zoomReset"));
        zoomReset.setAccelerator(Shortcut.ZOOM_RESET.combination());
        zoomReset.setOnAction(event -> controller.resetZoom());
        view.getItems().addAll(new SeparatorMenuItem(), find, new SeparatorMenuItem(), dark,
                new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset);

        Menu help = new Menu(Messages.get("menu.help"));
        aboutItem.setAccelerator(Shortcut.ABOUT.combination());
        MenuItem shortcuts = new MenuItem(Messages.get("menu.help.shortcuts"));
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(Shortcut.KEYBOARD_HELP.combination());
        shortcuts.setOnAction(event -> KeyboardShortcutsDialog.show(root.getScene().getWindow()));
        help.getItems().addAll(shortcuts, aboutItem);

        MenuBar bar = new MenuBar(fileMenu, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        searchField.setId("globalSearch");
        searchField.setPromptText(Messages.get("search.prompt"));
        searchField.setPrefColumnCount(36);
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.textProperty().addListener((observable, before, text) -> controller.search(text));
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !searchResults.getItems().isEmpty()) {
                searchResults.getSelectionModel().selectNext();
                event.consume();
            } else if (event.getCode() == KeyCode.UP) {
                searchResults.getSelectionModel().selectPrevious();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                openSelectedHit();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                root.requestFocus();
            }
        });
        searchField.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                searchPopup.hide();
            }
        });
        FontIcon searchIcon = new FontIcon(Material2MZ.SEARCH);
        searchResults.setItems(model.searchResults());
        searchResults.setId("searchResults");
        // As wide as the search field and right under it, so the results never run past the window's edge.
        searchResults.prefWidthProperty().bind(searchField.widthProperty());
        searchResults.setCellFactory(list -> new WrappingHitCell());
        searchResults.setPrefHeight(260);
        searchResults.setFocusTraversable(false);
        Label noHits = new Label();
        noHits.setId("searchNoHits");
        noHits.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("search.noHits", model.searchedForProperty().get()), model.searchedForProperty()));
        searchResults.setPlaceholder(noHits);
        searchResults.setOnMouseClicked(event -> openSelectedHit());
        searchPopup.getContent().add(searchResults);
        searchPopup.setAutoHide(true);
        // The click that hides the results must still reach what it was aimed at: a menu, the sidebar, a tile.
        searchPopup.setConsumeAutoHidingEvents(false);
        model.searchResults().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> updatePopup());
        model.searchedForProperty().addListener(observable -> updatePopup());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, searchIcon, searchField);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private void updatePopup() {
        boolean answered = !model.searchResults().isEmpty() || !model.searchedForProperty().get().isEmpty();
        if (!answered || !searchField.isFocused() || searchField.getScene() == null) {
            searchPopup.hide();
            return;
        }
        searchResults.getSelectionModel().selectFirst();
        if (!searchPopup.isShowing()) {
            var bounds = searchField.localToScreen(searchField.getBoundsInLocal());
            searchPopup.show(searchField, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void openSelectedHit() {
        SearchHit hit = searchResults.getSelectionModel().getSelectedItem();
        if (hit == null && !searchResults.getItems().isEmpty()) {
            hit = searchResults.getItems().get(0);
        }
        if (hit != null) {
            searchPopup.hide();
            hit.open().run();
        }
    }

    private Node sidebar() {
        VBox sidebar = new VBox(4);
        sidebar.getStyleClass().add("sidebar");
        var narrow = Bindings.createBooleanBinding(
                () -> root.getWidth() > 0 && root.getWidth() < NARROW_WINDOW_EM * BASE_FONT_SIZE * model.zoomProperty().get(),
                root.widthProperty(), model.zoomProperty());
        narrow.addListener((observable, before, isNarrow) -> sidebar.pseudoClassStateChanged(NARROW, isNarrow));
        ToggleGroup group = new ToggleGroup();
        for (ScreenId screen : ScreenId.values()) {
            ToggleButton button = new ToggleButton(Messages.get(screen.messageKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(screen);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.contentDisplayProperty().bind(Bindings.when(narrow).then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
            // Only the icons show when narrow: then the name comes as a tooltip.
            button.tooltipProperty().bind(Bindings.when(narrow)
                    .then(new Tooltip(Messages.get(screen.messageKey()))).otherwise((Tooltip) null));
            button.setSelected(model.currentScreenProperty().get() == screen);
            button.setOnAction(event -> {
                button.setSelected(true);
                controller.show(screen);
            });
            sidebar.getChildren().add(button);
        }
        model.currentScreenProperty().addListener((observable, before, screen) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == screen)));
        return sidebar;
    }

    private Node statusBar() {
        Label message = new Label();
        message.textProperty().bind(Bindings.when(model.busyProperty())
                .then(model.statusMessageProperty()).otherwise(Messages.get("status.ready")));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setPrefWidth(160);
        Button cancel = new Button(null, new FontIcon(Material2MZ.STOP));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        cancel.setTooltip(new Tooltip(Messages.get("status.cancel")));
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(model.cancellableProperty());
        cancel.setOnAction(event -> controller.cancelBackgroundWork());
        Label folder = new Label();
        folder.textProperty().bind(model.dataFolderProperty());
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, cancel, message, spacer, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showScreen(ScreenId screen) {
        Node node = screens.computeIfAbsent(screen, id -> screenFactories.get(id).get());
        node.setId("screen-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        content.getChildren().setAll(node);
    }

    /** A long hit wraps onto a second line instead of widening the list past the search field. */
    private static final class WrappingHitCell extends ListCell<SearchHit> {

        WrappingHitCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(empty || hit == null ? null : hit.toString());
        }
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == Theme.DARK);
    }

}

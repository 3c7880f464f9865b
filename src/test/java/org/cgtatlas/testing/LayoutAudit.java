package org.cgtatlas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Walks a shown scene and lists what a user could not read or reach:
 * <ul>
 * <li>a label, button or box whose text is cut to an ellipsis;</li>
 * <li>a wrapping label narrower than its longest word, so words break mid-word or one letter a line;</li>
 * <li>a text field whose prompt does not fit;</li>
 * <li>a control that lies, wholly or in part, outside the window;</li>
 * <li>a scroll pane of page content that scrolls sideways.</li>
 * </ul>
 * Rows of lists and tables are left out (their cells are cut on purpose and show in full on hover or in the detail
 * pane); what lies inside a scroll pane or table counts as reachable as long as the scroll pane or table itself lies
 * in the window.
 */
public final class LayoutAudit {

    private static final double TOLERANCE = 1.0;

    private final List<String> offenders = new ArrayList<>();
    private Rectangle2D window;

    private LayoutAudit() {
    }

    /** The offenders in {@code scene}, one line each naming the control by id, class and text. */
    public static List<String> of(Scene scene) {
        LayoutAudit audit = new LayoutAudit();
        audit.window = new Rectangle2D(0, 0, scene.getWidth(), scene.getHeight());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        audit.walk(scene.getRoot(), true);
        return audit.offenders;
    }

    /** {@link #of(Scene)} for a popup's or dialog's scene, plus whether the window itself lies within {@code owner}. */
    public static List<String> ofWindow(Window shown, Window owner) {
        List<String> offenders = new ArrayList<>(of(shown.getScene()));
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        if (shown.getX() < ownerBounds.getMinX() - TOLERANCE || shown.getY() < ownerBounds.getMinY() - TOLERANCE
                || shown.getX() + shown.getWidth() > ownerBounds.getMaxX() + TOLERANCE
                || shown.getY() + shown.getHeight() > ownerBounds.getMaxY() + TOLERANCE) {
            offenders.add(String.format(Locale.ROOT, "%s runs past the main window: [%.0f,%.0f %.0f×%.0f] beyond [%.0f,%.0f %.0f×%.0f]",
                    shown.getClass().getSimpleName(), shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight(),
                    ownerBounds.getMinX(), ownerBounds.getMinY(), ownerBounds.getWidth(), ownerBounds.getHeight()));
        }
        return offenders;
    }

    private void walk(Node node, boolean checkPlace) {
        if (!node.isVisible() || node instanceof VirtualFlow<?>) {
            return;
        }
        if (node instanceof Control control && checkPlace) {
            checkInsideWindow(control);
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled);
        }
        if (node instanceof TextInputControl field) {
            checkPrompt(field);
        }
        if (node instanceof ScrollPane scroll) {
            checkNoSidewaysScrolling(scroll);
        }
        if (node instanceof Parent parent) {
            boolean childrenPlaced = checkPlace && !(node instanceof ScrollPane) && !(node instanceof TableView<?>)
                    && !(node instanceof TreeTableView<?>);
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, childrenPlaced);
            }
        }
    }

    private void checkInsideWindow(Control control) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        if (bounds == null || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMinX() < window.getMinX() - TOLERANCE || bounds.getMinY() < window.getMinY() - TOLERANCE
                || bounds.getMaxX() > window.getMaxX() + TOLERANCE || bounds.getMaxY() > window.getMaxY() + TOLERANCE) {
            offenders.add(String.format(Locale.ROOT, "%s lies outside the window: x %.0f–%.0f, y %.0f–%.0f of %.0f×%.0f",
                    name(control), bounds.getMinX(), bounds.getMaxX(), bounds.getMinY(), bounds.getMaxY(),
                    window.getWidth(), window.getHeight()));
        }
    }

    /** A page that scrolls sideways hides its right-hand part; tables and the timeline may, pages of text and tiles not. */
    private void checkNoSidewaysScrolling(ScrollPane scroll) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        double viewport = scroll.getViewportBounds().getWidth();
        double wide = content.getLayoutBounds().getWidth();
        if (viewport > 0 && wide > viewport + TOLERANCE) {
            offenders.add(String.format(Locale.ROOT, "%s scrolls sideways: its content is %.0f px wide in %.0f px",
                    name(scroll), wide, viewport));
        }
    }

    private void checkLabeled(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        if (!expected.equals(shown.getText())) {
            offenders.add(name(labeled) + " is cut to \"" + shown.getText() + "\"");
        } else if (labeled.isWrapText()) {
            double room = labeled.getWidth() - horizontal(labeled.getInsets()) - graphicRoom(labeled);
            String word = longestWord(text, labeled.getFont());
            if (width(word, labeled.getFont()) > room + TOLERANCE) {
                offenders.add(String.format(Locale.ROOT, "%s breaks the word \"%s\" (%.0f px wide into %.0f px)",
                        name(labeled), word, width(word, labeled.getFont()), room));
            }
        }
    }

    private void checkPrompt(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !field.getText().isEmpty() || field.getWidth() <= 0
                || field instanceof javafx.scene.control.TextArea) {
            return;
        }
        double room = field.getWidth() - horizontal(field.getInsets());
        double needed = width(prompt, field.getFont());
        if (needed > room + TOLERANCE) {
            offenders.add(String.format(Locale.ROOT, "%s cuts its prompt \"%s\" (%.0f px wide into %.0f px)",
                    name(field), prompt, needed, room));
        }
    }

    /** The skin's text node: what the label really draws, ellipsis and all. */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static double graphicRoom(Labeled labeled) {
        Node graphic = labeled.getGraphic();
        if (graphic == null || !graphic.isManaged() || !graphic.isVisible()) {
            return 0;
        }
        return switch (labeled.getContentDisplay()) {
            case LEFT, RIGHT -> graphic.prefWidth(-1) + labeled.getGraphicTextGap();
            default -> 0;
        };
    }

    private static String longestWord(String text, Font font) {
        String longest = "";
        for (String word : text.split("[\\s\\u00a0]+")) {
            if (width(word, font) > width(longest, font)) {
                longest = word;
            }
        }
        return longest;
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static double horizontal(Insets insets) {
        return insets.getLeft() + insets.getRight();
    }

    private static String name(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            name.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            name.append(" \"").append(abbreviate(labeled.getText())).append('"');
        }
        Node owner = node.getParent();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        if (owner != null) {
            name.append(" in #").append(owner.getId());
        }
        return name.toString();
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}

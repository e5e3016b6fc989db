package fr.dlintro.ui.project;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A fixed-width left column (a form) beside a right column that takes the rest (charts,
 * diagrams); one above the other when the window is narrower than {@code minWidthEm} times
 * the font size (large zoom, presentation mode), so nothing is squeezed.
 */
public final class TwoColumns extends StackPane {
    private final Node left;
    private final Node right;
    private final double minWidthEm;
    private final HBox row = new HBox();
    private final VBox column = new VBox();
    private double em = 14;

    public TwoColumns(Node left, Node right, double minWidthEm) {
        this.left = left;
        this.right = right;
        this.minWidthEm = minWidthEm;
        getStyleClass().add("two-columns");
        row.getStyleClass().add("two-columns-row");
        column.getStyleClass().add("two-columns-column");
        HBox.setHgrow(right, Priority.ALWAYS);
        widthProperty().addListener((o, a, w) -> arrange(w.doubleValue()));
        arrange(0);
    }

    /** The body font size, in pixels (the palette's). */
    public void setEm(double em) {
        this.em = em;
        arrange(getWidth());
    }

    public boolean isSideBySide() {
        return row.getChildren().contains(right);
    }

    private void arrange(double width) {
        boolean side = width == 0 || width >= minWidthEm * em;
        if (side && !isSideBySide()) {
            column.getChildren().clear();
            row.getChildren().setAll(left, right);
            getChildren().setAll(row);
        } else if (!side && !column.getChildren().contains(right)) {
            row.getChildren().clear();
            column.getChildren().setAll(left, right);
            getChildren().setAll(column);
        }
    }
}

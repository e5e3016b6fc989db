package fr.dlintro.ui.widget;

import javafx.scene.layout.Region;

/**
 * A drawing and its side panel: side by side when the column leaves the drawing at least
 * {@code minMainEm} wide, the panel under the drawing otherwise (large text, presentation).
 * The drawing takes the remaining width; the panel keeps its preferred width.
 */
public final class SideBySide extends Region {
    private final Region main;
    private final Region side;
    private final double minMainEm;
    private double gapEm = 1;
    private double em = 14;

    public SideBySide(Region main, Region side, double minMainEm) {
        this.main = main;
        this.side = side;
        this.minMainEm = minMainEm;
        getChildren().addAll(main, side);
        getStyleClass().add("side-by-side");
    }

    private double fontSize() {
        return em;
    }

    /** The text size the em lengths refer to (the widget's font size, from its palette). */
    public void setEm(double em) {
        this.em = em;
        requestLayout();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    private double sideWidth() {
        return Math.max(side.minWidth(-1), side.prefWidth(-1));
    }

    /** Whether the panel sits beside the drawing at this width. */
    public boolean besideAt(double width) {
        return width - sideWidth() - gapEm * fontSize() >= minMainEm * fontSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        return main.prefWidth(-1) + gapEm * fontSize() + sideWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(main.minWidth(-1), sideWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        if (besideAt(w)) {
            double mw = w - sideWidth() - gapEm * fontSize();
            return Math.max(main.prefHeight(mw), side.prefHeight(sideWidth()));
        }
        return main.prefHeight(w) + gapEm * fontSize() + side.prefHeight(Math.min(w, sideWidth()));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double gap = gapEm * fontSize();
        double sw = Math.min(w, sideWidth());
        if (besideAt(w)) {
            double mw = w - sw - gap;
            main.resizeRelocate(0, 0, mw, main.prefHeight(mw));
            side.resizeRelocate(mw + gap, 0, sw, side.prefHeight(sw));
        } else {
            double mh = main.prefHeight(w);
            main.resizeRelocate(0, 0, w, mh);
            side.resizeRelocate(0, mh + gap, sw, side.prefHeight(sw));
        }
    }
}

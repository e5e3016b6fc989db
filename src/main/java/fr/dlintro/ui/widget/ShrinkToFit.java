package fr.dlintro.ui.widget;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a drawing that needs a minimum width (its {@code minWidth}) to stay legible. When
 * the column is wider, the drawing simply takes the column's width; when it is narrower
 * (a large zoom, presentation mode), the drawing is laid out at its minimum width and
 * shrunk uniformly to fit, so nothing is clipped and no scroll bar appears.
 */
public final class ShrinkToFit extends Region {
    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ShrinkToFit(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("shrink-to-fit");
    }

    public Region content() {
        return content;
    }

    private double naturalWidth(double available) {
        return Math.max(available, content.minWidth(-1));
    }

    /** The factor the content is currently shrunk by (1 when it fits). */
    public double factor() {
        double w = getWidth() > 0 ? getWidth() : content.prefWidth(-1);
        return Math.min(1, w / naturalWidth(w));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(content.prefWidth(-1), content.minWidth(-1));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        double natural = naturalWidth(w);
        double cw = Math.min(natural, content.maxWidth(-1));
        return content.prefHeight(cw) * Math.min(1, w / natural);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double natural = naturalWidth(w);
        double s = Math.min(1, w / natural);
        scale.setX(s);
        scale.setY(s);
        double cw = Math.min(natural, content.maxWidth(-1)); // a fixed-size drawing is centred
        content.resizeRelocate(Math.max(0, (w - cw * s) / 2), 0, cw, content.prefHeight(cw));
    }
}

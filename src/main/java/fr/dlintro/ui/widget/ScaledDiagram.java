package fr.dlintro.ui.widget;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * A drawing laid out in a fixed design box (in pixels derived from the font size) that is
 * centred in the available width and shrunk uniformly, never enlarged, when the box is
 * wider than the column, so nothing is ever clipped.
 */
public final class ScaledDiagram extends Region {
    private final Group content = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double designWidth = 100;
    private double designHeight = 100;

    public ScaledDiagram() {
        content.getTransforms().add(scale);
        content.setManaged(false);
        getChildren().add(content);
        setPadding(Insets.EMPTY);
    }

    public Group content() {
        return content;
    }

    public void add(Node... nodes) {
        content.getChildren().addAll(nodes);
    }

    public void setDesignSize(double width, double height) {
        this.designWidth = width;
        this.designHeight = height;
        requestLayout();
    }

    /** The factor the drawing is currently shrunk by (1 when it fits). */
    public double factor() {
        double w = getWidth() > 0 ? getWidth() : designWidth;
        return Math.min(1, w / designWidth);
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.min(designWidth, 280);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : designWidth;
        return designHeight * Math.min(1, w / designWidth);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double s = factor();
        scale.setX(s);
        scale.setY(s);
        content.relocate(Math.max(0, (getWidth() - designWidth * s) / 2), 0);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}

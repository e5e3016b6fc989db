package fr.dlintro.ui.widget.uat;

import javafx.scene.layout.Region;

/**
 * Gives the plot the column's whole width and a height that follows it. The canvas is
 * resized only when the column's width or the text size changes; training frames just redraw.
 */
final class PlotFrame extends Region {
    private final FitPlot plot;
    private double em = 14;

    PlotFrame(FitPlot plot) {
        this.plot = plot;
        getChildren().add(plot);
    }

    void setEm(double em) {
        this.em = em;
        requestLayout();
    }

    /** Wide enough to read the curves, never taller than about fifteen lines of text. */
    private double plotHeight(double width) {
        return Math.max(11 * em, Math.min(15 * em, width * 0.45));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 46 * em;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return plotHeight(width > 0 ? width : computePrefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(plotHeight(w));
        if (w > 0 && (w != plot.getWidth() || h != plot.getHeight())) {
            plot.setSize(w, h);
        }
    }
}

package fr.dlintro.ui.widget;

import fr.dlintro.ui.theme.Palette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A plot drawn on a Canvas, sized in em so it follows zoom and presentation mode. Resizing
 * and redrawing are kept apart: {@link #layoutChildren} resizes the canvas only when its
 * size really changes; {@link #redraw} only paints (call it while the reader drags).
 */
public abstract class CanvasPlot extends Region {
    private final Canvas canvas = new Canvas();
    private final double widthEm;
    private final double heightEm;
    private Palette palette;
    private double em = 14;

    /** @param widthEm preferred width and @param heightEm height, in multiples of the font size */
    protected CanvasPlot(double widthEm, double heightEm) {
        this.widthEm = widthEm;
        this.heightEm = heightEm;
        getChildren().add(canvas);
        getStyleClass().add("canvas-plot");
    }

    public final void setPalette(Palette p) {
        this.palette = p;
        this.em = p.fontSize();
        requestLayout();
        redraw();
    }

    protected final Palette palette() { return palette; }

    protected final double em() { return em; }

    public final Canvas canvas() { return canvas; }

    @Override
    protected double computePrefWidth(double height) { return widthEm * em; }

    @Override
    protected double computeMinWidth(double height) { return widthEm * em; }

    @Override
    protected double computeMaxWidth(double height) { return widthEm * em; }

    @Override
    protected double computePrefHeight(double width) { return heightEm * em; }

    @Override
    protected double computeMinHeight(double width) { return heightEm * em; }

    @Override
    protected double computeMaxHeight(double width) { return heightEm * em; }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Paints the current state; cheap enough to call on every drag event. */
    public final void redraw() {
        if (palette == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.setFill(palette.surface());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paint(g, canvas.getWidth(), canvas.getHeight());
        g.restore();
    }

    protected abstract void paint(GraphicsContext g, double width, double height);
}

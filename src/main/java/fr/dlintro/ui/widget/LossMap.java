package fr.dlintro.ui.widget;

import fr.dlintro.core.demo.Contours;
import fr.dlintro.core.demo.LossSurface;
import fr.dlintro.core.demo.SampledField;
import fr.dlintro.ui.theme.Palette;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A cost J(x, y) drawn as a coloured map with contour lines (chapter 4's 2-D figures: gd-2d,
 * minima, saddle, sgd, normalization). Two canvases: the map itself, sampled and drawn again
 * only when the size, the function or the palette changes; and an overlay (paths, points,
 * arrows, fog) that {@link #redrawOverlay()} repaints cheaply, every frame if need be.
 *
 * <p>Usage: {@code map.setFunction(f, xMin, xMax, yMin, yMax)}, {@code map.setAxisNames("w", "b")},
 * {@code map.setPalette(p)} from a {@link PaletteFollower}, {@code map.setOverlay((g, m) -> …)}
 * drawing with {@link #px}/{@link #py} and the helpers {@link #drawPath}, {@link #drawPoint},
 * {@link #drawArrow}; {@code map.setOnPick((x, y) -> …)} for clicks and drags on the map.
 * Colours run from low cost (dark) to high cost (light) on a rank scale, so any surface uses
 * the whole ramp; the bar on the right says which end is which.
 */
public class LossMap extends Region {
    /** Draws the overlay; called after the fog (if any), clipped to the plot area. */
    @FunctionalInterface
    public interface Overlay {
        void draw(GraphicsContext g, LossMap map);
    }

    /** Screen pixels between two samples of the function. */
    static final int SAMPLE_SPACING = 3;

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private DoubleBinaryOperator function = (x, y) -> x * x + y * y;
    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;
    private String xName = "x";
    private String yName = "y";
    private Palette palette = Palette.lightTheme();
    private int levelCount = 12;
    private boolean showScale = true;
    private Overlay overlayPainter = (g, m) -> { };
    private SampledField field;
    private boolean fieldStale = true;
    private double heightRatio = 0.5;
    private double minHeightEm = 10;
    private double maxHeightEm = 16;
    private double fogX = Double.NaN;
    private double fogY = Double.NaN;
    private boolean fog;
    private double fogRadiusEm = 2.2;
    private BiConsumer<Double, Double> onPick;

    public LossMap() {
        getStyleClass().add("loss-map");
        overlay.setMouseTransparent(true);
        getChildren().addAll(base, overlay);
        setOnMousePressed(this::pick);
        setOnMouseDragged(this::pick);
    }

    // ---- configuration ----

    public void setFunction(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        this.function = Objects.requireNonNull(f);
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        fieldStale = true;
        redraw();
    }

    public void setSurface(LossSurface s, double xMin, double xMax, double yMin, double yMax) {
        setFunction(s::value, xMin, xMax, yMin, yMax);
    }

    /** Names written at the end of each axis (« w », « b »). */
    public void setAxisNames(String x, String y) {
        this.xName = x;
        this.yName = y;
        redraw();
    }

    public void setPalette(Palette p) {
        this.palette = Objects.requireNonNull(p);
        requestLayout();
        redraw();
    }

    /** How many contour lines (default 12); 0 for none. */
    public void setLevelCount(int n) {
        this.levelCount = n;
        redraw();
    }

    /** Whether the colour bar (« coût faible → élevé ») is drawn on the right (default true). */
    public void setShowScale(boolean show) {
        this.showScale = show;
        redraw();
    }

    /** Height = width × ratio, kept between minEm and maxEm text sizes (defaults 0,5, 10, 16). */
    public void setHeightRule(double ratio, double minEm, double maxEm) {
        this.heightRatio = ratio;
        this.minHeightEm = minEm;
        this.maxHeightEm = maxEm;
        requestLayout();
    }

    public void setOverlay(Overlay painter) {
        this.overlayPainter = Objects.requireNonNull(painter);
        redrawOverlay();
    }

    /** Called with the map coordinates (clamped to the map) on a press or a drag; null for none. */
    public void setOnPick(BiConsumer<Double, Double> onPick) {
        this.onPick = onPick;
    }

    /**
     * Fog: everything but a disk of {@code radiusEm} around (x, y) is hidden, as the descent
     * sees the surface only where it stands. Pass {@code false} to lift it.
     */
    public void setFog(boolean on, double x, double y, double radiusEm) {
        this.fog = on;
        this.fogX = x;
        this.fogY = y;
        this.fogRadiusEm = radiusEm;
        redrawOverlay();
    }

    public boolean fog() {
        return fog;
    }

    // ---- geometry ----

    private double em() {
        return palette.fontSize();
    }

    public double plotLeft() {
        return Math.round(em() * 2.6);
    }

    public double plotTop() {
        return Math.round(em() * 0.6);
    }

    public double plotRight() {
        return getWidth() - Math.round(showScale ? em() * 4.6 : em() * 0.8);
    }

    public double plotBottom() {
        return getHeight() - Math.round(em() * 1.7);
    }

    public double px(double x) {
        return plotLeft() + (x - xMin) / (xMax - xMin) * (plotRight() - plotLeft());
    }

    public double py(double y) {
        return plotBottom() - (y - yMin) / (yMax - yMin) * (plotBottom() - plotTop());
    }

    /** The map's x at a screen x, clamped to the map. */
    public double ux(double screenX) {
        double t = (screenX - plotLeft()) / (plotRight() - plotLeft());
        return xMin + Math.max(0, Math.min(1, t)) * (xMax - xMin);
    }

    public double uy(double screenY) {
        double t = (plotBottom() - screenY) / (plotBottom() - plotTop());
        return yMin + Math.max(0, Math.min(1, t)) * (yMax - yMin);
    }

    public double xMin() { return xMin; }

    public double xMax() { return xMax; }

    public double yMin() { return yMin; }

    public double yMax() { return yMax; }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** The sampled function behind the picture (null before the first layout). */
    public SampledField field() {
        ensureField();
        return field;
    }

    public Palette palette() {
        return palette;
    }

    private void pick(MouseEvent e) {
        if (onPick != null && e.isPrimaryButtonDown()) {
            onPick.accept(ux(e.getX()), uy(e.getY()));
            e.consume();
        }
    }

    // ---- layout ----

    private double mapHeight(double width) {
        return Math.floor(Math.max(minHeightEm * em(), Math.min(maxHeightEm * em(), width * heightRatio)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * em();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return mapHeight(width > 0 ? width : computePrefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != base.getWidth() || h != base.getHeight()) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            fieldStale = true;
            redraw();
        }
    }

    // ---- drawing ----

    private void ensureField() {
        if (!fieldStale && field != null) {
            return;
        }
        double w = plotRight() - plotLeft();
        double h = plotBottom() - plotTop();
        if (w < 4 || h < 4) {
            return;
        }
        int columns = Math.max(2, (int) Math.ceil(w / SAMPLE_SPACING) + 1);
        int rows = Math.max(2, (int) Math.ceil(h / SAMPLE_SPACING) + 1);
        field = new SampledField(function, xMin, xMax, yMin, yMax, columns, rows);
        fieldStale = false;
    }

    /** Draws the map (sampling again if the size or function changed) and the overlay. */
    public final void redraw() {
        ensureField();
        GraphicsContext g = base.getGraphicsContext2D();
        g.clearRect(0, 0, base.getWidth(), base.getHeight());
        if (field == null) {
            return;
        }
        g.setFill(palette.background());
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        drawColours(g);
        drawContours(g);
        drawAxes(g);
        if (showScale) {
            drawScale(g);
        }
        redrawOverlay();
    }

    private void drawColours(GraphicsContext g) {
        WritableImage image = new WritableImage(field.columns(), field.rows());
        PixelWriter pw = image.getPixelWriter();
        for (int r = 0; r < field.rows(); r++) {
            for (int c = 0; c < field.columns(); c++) {
                // image row 0 is the top, the field's row 0 is yMin
                pw.setColor(c, field.rows() - 1 - r, ColorRamp.at(field.rank(field.value(c, r))));
            }
        }
        g.setImageSmoothing(true);
        double cellW = (plotRight() - plotLeft()) / (field.columns() - 1);
        double cellH = (plotBottom() - plotTop()) / (field.rows() - 1);
        // node centres sit on the plot's edges: the image reaches half a cell beyond, clipped
        g.save();
        g.beginPath();
        g.rect(plotLeft(), plotTop(), plotRight() - plotLeft(), plotBottom() - plotTop());
        g.clip();
        g.drawImage(image, plotLeft() - cellW / 2, plotTop() - cellH / 2,
                field.columns() * cellW, field.rows() * cellH);
        g.restore();
    }

    private void drawContours(GraphicsContext g) {
        if (levelCount <= 0) {
            return;
        }
        g.setLineWidth(Math.max(1, em() * 0.07));
        g.setLineCap(StrokeLineCap.ROUND);
        for (double level : field.contourLevels(levelCount)) {
            List<Contours.Segment> segments = Contours.at(field, level);
            g.setStroke(ColorRamp.lineOn(field.rank(level), 0.5));
            g.beginPath();
            for (Contours.Segment s : segments) {
                g.moveTo(px(s.x1()), py(s.y1()));
                g.lineTo(px(s.x2()), py(s.y2()));
            }
            g.stroke();
        }
    }

    private void drawAxes(GraphicsContext g) {
        double f = em();
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(plotLeft() - 0.5, plotTop() - 0.5, plotRight() - plotLeft() + 1, plotBottom() - plotTop() + 1);
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        g.setStroke(palette.muted());
        double xStep = niceStep((xMax - xMin) / 6);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x = Math.ceil(xMin / xStep) * xStep; x <= xMax + 1e-9; x += xStep) {
            double sx = px(x);
            g.strokeLine(sx, plotBottom(), sx, plotBottom() + f * 0.25);
            if (sx < plotRight() - f * 1.2) {
                g.fillText(FrenchNumbers.compact(x, 2), sx, plotBottom() + f * 0.3);
            }
        }
        double yStep = niceStep((yMax - yMin) / 5);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(yMin / yStep) * yStep; y <= yMax + 1e-9; y += yStep) {
            double sy = py(y);
            g.strokeLine(plotLeft() - f * 0.25, sy, plotLeft(), sy);
            if (sy > plotTop() + f * 1.2) {
                g.fillText(FrenchNumbers.compact(y, 2), plotLeft() - f * 0.35, sy);
            }
        }
        // axis names, in the text colour and italic like the book's variables
        g.setFill(palette.foreground());
        g.setFont(Font.font("Serif", javafx.scene.text.FontPosture.ITALIC, f * 1.05));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(xName, plotRight(), plotBottom() + f * 0.25);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(yName, plotLeft() - f * 0.35, plotTop());
    }

    /** 1, 2 or 5 times a power of ten, near {@code rough}. */
    static double niceStep(double rough) {
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        double m = rough / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    private void drawScale(GraphicsContext g) {
        double f = em();
        double x = plotRight() + f * 0.8;
        double barW = f * 0.8;
        double top = plotTop();
        double bottom = plotBottom();
        int n = (int) Math.max(2, bottom - top);
        for (int i = 0; i < n; i++) {
            g.setFill(ColorRamp.at(1 - i / (double) (n - 1)));
            g.fillRect(x, top + i, barW, 1.5);
        }
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(x - 0.5, top - 0.5, barW + 1, bottom - top + 1);
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double tx = x + barW + f * 0.3;
        g.fillText("coût", tx, top);
        g.fillText("élevé", tx, top + f * 0.95);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("faible", tx, bottom);
    }

    /** Repaints fog and overlay only: cheap enough for every animation frame or drag event. */
    public final void redrawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (field == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(plotLeft(), plotTop(), plotRight() - plotLeft(), plotBottom() - plotTop());
        g.clip();
        if (fog) {
            drawFog(g);
        }
        overlayPainter.draw(g, this);
        g.restore();
    }

    private void drawFog(GraphicsContext g) {
        double r = fogRadiusEm * em();
        double cx = px(fogX);
        double cy = py(fogY);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(palette.isDark() ? Color.gray(0.16) : Color.gray(0.78));
        g.beginPath();
        g.rect(plotLeft(), plotTop(), plotRight() - plotLeft(), plotBottom() - plotTop());
        g.moveTo(cx + r, cy);
        g.arc(cx, cy, r, r, 0, 360);
        g.closePath();
        g.fill();
        g.setFillRule(FillRule.NON_ZERO);
        g.setStroke(palette.foreground().deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(Math.max(1, em() * 0.08));
        g.setLineDashes(em() * 0.3, em() * 0.25);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setLineDashes();
    }

    // ---- helpers for overlays ----

    /** A polyline through the first {@code n} points, in map coordinates. */
    public void drawPath(GraphicsContext g, double[] xs, double[] ys, int n, Color color, double widthEm) {
        if (n < 2) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(Math.max(1.5, widthEm * em()));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        g.moveTo(px(xs[0]), py(ys[0]));
        for (int i = 1; i < n; i++) {
            g.lineTo(clampScreen(px(xs[i])), clampScreen(py(ys[i])));
        }
        g.stroke();
    }

    /** Keeps far-away points (a divergent run) drawable: Canvas paths choke on huge coordinates. */
    private double clampScreen(double v) {
        return Math.max(-1e5, Math.min(1e5, Double.isFinite(v) ? v : 1e5));
    }

    /** A disk of radius {@code radiusEm} with an outline, at a map point. */
    public void drawPoint(GraphicsContext g, double x, double y, double radiusEm, Color fill, Color outline) {
        double r = Math.max(2.5, radiusEm * em());
        double cx = px(x);
        double cy = py(y);
        g.setFill(fill);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(outline);
        g.setLineWidth(Math.max(1.2, em() * 0.1));
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** An arrow between two screen points, head at the second. */
    public void drawArrow(GraphicsContext g, double sx1, double sy1, double sx2, double sy2, Color color, double widthEm) {
        double len = Math.hypot(sx2 - sx1, sy2 - sy1);
        if (len < 1) {
            return;
        }
        double lw = Math.max(1.5, widthEm * em());
        double head = Math.min(len * 0.6, Math.max(6, em() * 0.7));
        double ux = (sx2 - sx1) / len;
        double uy = (sy2 - sy1) / len;
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(lw);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(sx1, sy1, sx2 - ux * head * 0.8, sy2 - uy * head * 0.8);
        g.fillPolygon(new double[] {sx2, sx2 - ux * head - uy * head * 0.5, sx2 - ux * head + uy * head * 0.5},
                new double[] {sy2, sy2 - uy * head + ux * head * 0.5, sy2 - uy * head - ux * head * 0.5}, 3);
    }
}

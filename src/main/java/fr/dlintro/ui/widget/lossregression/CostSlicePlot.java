package fr.dlintro.ui.widget.lossregression;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.CanvasPlot;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.PlotAxes;
import fr.dlintro.ui.widget.lossregression.LossRegressionModel.Mode;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Both costs as functions of one variable, the others held: a V for the MAE (a kink where
 * the prediction meets the truth), a parabola for the MSE, with a short tangent at the
 * current value. Same numbers on one axis, although the MSE is in °C² and the MAE in °C.
 * Dragging, or ← →, moves the variable.
 */
final class CostSlicePlot extends CanvasPlot {
    private final LossRegressionModel model;

    CostSlicePlot(LossRegressionModel model) {
        super(17.5, 10);
        this.model = model;
        setFocusTraversable(true);
        setAccessibleText("Coûts MAE et MSE selon une seule variable ; flèches gauche et droite pour la déplacer");
        canvas().setOnMousePressed(this::drag);
        canvas().setOnMouseDragged(this::drag);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                boolean ecarts = model.modeProperty().get() == Mode.ECARTS;
                double step = ecarts ? (e.isShiftDown() ? 0.1 : 0.5) : (e.isShiftDown() ? 0.01 : 0.05);
                model.setSliceValue(model.sliceValue() + (e.getCode() == KeyCode.LEFT ? -step : step));
                e.consume();
            }
        });
        focusedProperty().addListener((o, a, f) -> redraw());
    }

    private void drag(MouseEvent e) {
        requestFocus();
        model.setSliceValue(axes(yMax()).x(e.getX()));
    }

    /** The top of the y axis: both curves over the whole slice, rounded up. */
    double yMax() {
        double max = 1;
        int n = 80;
        for (int i = 0; i <= n; i++) {
            double v = model.sliceMin() + (model.sliceMax() - model.sliceMin()) * i / n;
            max = Math.max(max, Math.max(model.sliceMse(v), model.sliceMae(v)));
        }
        double step = niceStep(max);
        return Math.ceil(max * 1.05 / step) * step;
    }

    private static double niceStep(double max) {
        double raw = max / 4;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
    }

    PlotAxes axes(double yMax) {
        double em = em();
        return new PlotAxes(model.sliceMin(), model.sliceMax(), 0, yMax, 2.6 * em, 0.7 * em,
                canvas().getWidth() - 0.7 * em, canvas().getHeight() - 1.6 * em);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        double em = em();
        double yMax = yMax();
        PlotAxes a = axes(yMax);
        boolean ecarts = model.modeProperty().get() == Mode.ECARTS;
        a.grid(g, p, em, ecarts ? 5 : 1, niceStep(yMax), v -> FrenchNumbers.compact(v, 0),
                v -> FrenchNumbers.compact(v, 1));

        double v = model.sliceValue();
        a.clip(g);
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.setLineDashes(0.3 * em, 0.3 * em);
        g.strokeLine(a.px(v), a.top(), a.px(v), a.bottom());
        if (ecarts) { // both costs are lowest where the prediction meets the truth
            double t = LossRegressionModel.truth(model.selectedProperty().get());
            g.setStroke(p.positive());
            g.strokeLine(a.px(t), a.top(), a.px(t), a.bottom());
        }
        g.setLineDashes();
        g.setLineWidth(Math.max(2, 0.16 * em));
        g.setStroke(p.seriesColor(3));
        a.curve(g, model::sliceMse);
        g.setStroke(p.seriesColor(0));
        g.setLineDashes(0.6 * em, 0.3 * em);
        a.curve(g, model::sliceMae);
        g.setLineDashes();
        tangent(g, a, v, model.sliceMse(v), model.sliceMseDerivative(v), p.seriesColor(3), em);
        if (!model.kinked(v)) {
            tangent(g, a, v, model.sliceMae(v), model.sliceMaeDerivative(v), p.seriesColor(0), em);
        }
        double r = Math.max(4, 0.3 * em);
        g.setFill(p.seriesColor(3));
        g.fillOval(a.px(v) - r, a.py(model.sliceMse(v)) - r, 2 * r, 2 * r);
        g.setFill(p.seriesColor(0));
        g.fillOval(a.px(v) - r, a.py(model.sliceMae(v)) - r, 2 * r, 2 * r);
        g.restore();
        legend(g, a, p, em);
        if (isFocused()) {
            g.setStroke(p.accent());
            g.setLineWidth(2);
            g.setLineDashes(0.5 * em, 0.25 * em);
            g.strokeRect(1, 1, w - 2, h - 2);
            g.setLineDashes();
        }
    }

    /** A segment of the tangent, 2,5 em long on screen whatever its slope. */
    private static void tangent(GraphicsContext g, PlotAxes a, double v, double y, double slope,
            javafx.scene.paint.Color colour, double em) {
        double dxPx = a.px(v + 1) - a.px(v);
        double dyPx = a.py(y + slope) - a.py(y);
        double len = Math.hypot(dxPx, dyPx);
        double k = 2.5 * em / len;
        g.setStroke(colour.deriveColor(0, 1, 1, 0.75));
        g.setLineWidth(Math.max(1.5, 0.1 * em));
        g.strokeLine(a.px(v) - k * dxPx, a.py(y) - k * dyPx, a.px(v) + k * dxPx, a.py(y) + k * dyPx);
    }

    private static void legend(GraphicsContext g, PlotAxes a, Palette p, double em) {
        g.setFont(Font.font(0.8 * em));
        double x = a.left() + 0.4 * em;
        double y = a.top() + 0.3 * em;
        double boxW = 6.6 * em;
        double lineH = 1.2 * em;
        g.setFill(p.background().deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(x, y, boxW, 2 * lineH + 0.3 * em, 0.4 * em, 0.4 * em);
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, boxW - 1, 2 * lineH + 0.3 * em - 1, 0.4 * em, 0.4 * em);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String[] names = {"MSE", "MAE"};
        for (int i = 0; i < 2; i++) {
            double cy = y + 0.15 * em + (i + 0.5) * lineH;
            g.setStroke(p.seriesColor(i == 0 ? 3 : 0));
            g.setLineWidth(Math.max(2, 0.16 * em));
            if (i == 1) {
                g.setLineDashes(0.6 * em, 0.3 * em);
            }
            g.strokeLine(x + 0.3 * em, cy, x + 2.3 * em, cy);
            g.setLineDashes();
            g.setFill(p.foreground());
            g.fillText(names[i] + (i == 0 ? " (°C²)" : " (°C)"), x + 2.6 * em, cy);
        }
    }
}

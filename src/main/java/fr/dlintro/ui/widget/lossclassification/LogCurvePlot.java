package fr.dlintro.ui.widget.lossclassification;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.CanvasPlot;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.PlotAxes;
import fr.dlintro.ui.widget.lossclassification.LossClassificationModel.Example;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The penalty −log(p) against the probability p: binary example, the loss of a cat (y = 1)
 * is −log(ŷ) and the loss of a dog (y = 0) is −log(1 − ŷ), both drawn against ŷ; categorical
 * example, −log(p) of the true class. Each sample is a numbered dot on its curve; dragging a
 * dot changes that sample's probability.
 */
final class LogCurvePlot extends CanvasPlot {
    static final double Y_MAX = 5;
    private final LossClassificationModel model;
    private int dragged = -1;

    LogCurvePlot(LossClassificationModel model) {
        super(17, 10.5);
        this.model = model;
        setAccessibleText("Courbe de la perte −log(p) ; chaque échantillon y est marqué ; faites glisser un point pour"
                + " changer sa probabilité");
        canvas().setOnMousePressed(this::press);
        canvas().setOnMouseDragged(this::drag);
        canvas().setOnMouseReleased(e -> dragged = -1);
    }

    PlotAxes axes() {
        double em = em();
        return new PlotAxes(0, 1, 0, Y_MAX, 2 * em, 0.6 * em, canvas().getWidth() - 0.8 * em,
                canvas().getHeight() - 1.6 * em);
    }

    /** Where sample i's dot is, in data coordinates. */
    double[] dot(int i) {
        boolean bce = model.exampleProperty().get() == Example.BCE;
        double x = bce ? model.binarySamples().get(i).pProperty().get() : model.rightAnswerProbability(i);
        return new double[] {x, -Math.log(model.rightAnswerProbability(i))};
    }

    private void press(MouseEvent e) {
        PlotAxes a = axes();
        double best = Double.MAX_VALUE;
        dragged = -1;
        for (int i = 0; i < model.sampleCount(); i++) {
            double[] d = dot(i);
            double dist = Math.hypot(a.px(d[0]) - e.getX(), a.py(Math.min(Y_MAX, d[1])) - e.getY());
            if (dist < best && dist < 2 * em()) {
                best = dist;
                dragged = i;
            }
        }
        drag(e);
    }

    private void drag(MouseEvent e) {
        if (dragged < 0 || dragged >= model.sampleCount()) {
            return;
        }
        double p = Math.max(0.01, Math.min(0.99, Math.round(axes().x(e.getX()) * 100) / 100.0));
        if (model.exampleProperty().get() == Example.BCE) {
            model.binarySamples().get(dragged).pProperty().set(p);
        } else {
            model.categoricalSamples().get(dragged).pProperty().set(p);
        }
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        double em = em();
        PlotAxes a = axes();
        a.grid(g, p, em, 0.25, 1, v -> FrenchNumbers.compact(v, 2), v -> FrenchNumbers.compact(v, 0));
        boolean bce = model.exampleProperty().get() == Example.BCE;
        Color cat = p.seriesColor(0);
        Color dog = p.seriesColor(1);
        a.clip(g);
        g.setLineWidth(Math.max(2, 0.16 * em));
        g.setStroke(cat);
        a.curve(g, x -> -Math.log(x), 0.004, 1);
        if (bce) {
            g.setStroke(dog);
            g.setLineDashes(0.6 * em, 0.3 * em);
            a.curve(g, x -> -Math.log(1 - x), 0, 0.996);
            g.setLineDashes();
        }
        double r = Math.max(5, 0.4 * em);
        int n = model.sampleCount();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] d = dot(i);
            boolean isDog = bce && model.binarySamples().get(i).labelProperty().get() == 0;
            xs[i] = a.px(d[0]);
            ys[i] = a.py(Math.min(Y_MAX, d[1]));
            g.setFill(isDog ? dog : cat);
            g.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
            g.setStroke(p.surface());
            g.setLineWidth(1.5);
            g.strokeOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
        }
        g.restore();
        // sample numbers beside their dots; samples on the same spot share one label (« 1, 2, 3 »)
        g.setFont(Font.font(0.8 * em));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(p.foreground());
        for (int i = 0; i < n; i++) {
            boolean seen = false;
            StringBuilder label = new StringBuilder();
            for (int j = 0; j < n; j++) {
                if (Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < r) {
                    seen |= j < i;
                    label.append(label.length() == 0 ? "" : ", ").append(j + 1);
                }
            }
            if (!seen) {
                g.fillText(label.toString(), xs[i] + 0.8 * r, ys[i] - 0.8 * r);
            }
        }
        legend(g, a, em, bce, cat, dog);
    }

    private static void legend(GraphicsContext g, PlotAxes a, double em, boolean bce, Color cat, Color dog) {
        g.setFont(Font.font(0.8 * em));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        double x = a.right() - 0.4 * em;
        double y = a.top() + 0.3 * em;
        g.setFill(cat);
        g.fillText(bce ? "chat (y = 1) : −log(ŷ)" : "−log(p), p : vraie classe", x, y);
        if (bce) {
            g.setFill(dog);
            g.fillText("chien (y = 0) : −log(1 − ŷ)", x, y + 1.2 * em);
        }
    }
}

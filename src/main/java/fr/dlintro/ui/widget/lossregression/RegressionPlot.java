package fr.dlintro.ui.widget.lossregression;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.CanvasPlot;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.PlotAxes;
import fr.dlintro.ui.widget.lossregression.LossRegressionModel.Mode;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Fig. 23: each day's true temperature (filled dot), its prediction (ring) and the error
 * between them in red, optionally the square of each error (its area is what the MSE
 * averages). In « écarts » mode a prediction is dragged up or down; in « droite » mode the
 * line's two ends are. Keyboard: ← → choose a day (or an end of the line), ↑ ↓ move it by
 * 0,5 °C (0,1 with Maj).
 */
final class RegressionPlot extends CanvasPlot {
    private final LossRegressionModel model;
    private boolean squares;
    private int activeEnd = 1;
    private int dragDay = -1;

    RegressionPlot(LossRegressionModel model) {
        super(27, 10);
        this.model = model;
        setFocusTraversable(true);
        setAccessibleText("Les cinq jours : vraies valeurs, prédictions et écarts. Flèches gauche et droite : choisir un jour ;"
                + " haut et bas : déplacer la prédiction");
        canvas().setOnMousePressed(this::press);
        canvas().setOnMouseDragged(this::drag);
        canvas().setOnMouseReleased(e -> dragDay = -1);
        setOnKeyPressed(this::key);
        focusedProperty().addListener((o, a, f) -> redraw());
    }

    void setSquares(boolean on) {
        squares = on;
        redraw();
    }

    boolean squares() { return squares; }

    int activeEnd() { return activeEnd; }

    PlotAxes axes() {
        double em = em();
        return new PlotAxes(0.4, LossRegressionModel.DAYS + 0.6, LossRegressionModel.MIN_T, LossRegressionModel.MAX_T,
                3.4 * em, 0.7 * em, canvas().getWidth() - 0.6 * em, canvas().getHeight() - 1.6 * em);
    }

    private void press(MouseEvent e) {
        requestFocus();
        PlotAxes a = axes();
        if (model.modeProperty().get() == Mode.ECARTS) {
            int d = (int) Math.round(a.x(e.getX())) - 1;
            dragDay = Math.max(0, Math.min(LossRegressionModel.DAYS - 1, d));
            model.selectedProperty().set(dragDay);
        } else {
            activeEnd = a.x(e.getX()) < 3 ? 0 : 1;
        }
        drag(e);
    }

    private void drag(MouseEvent e) {
        double v = axes().y(e.getY());
        if (model.modeProperty().get() == Mode.ECARTS) {
            if (dragDay >= 0) {
                model.setPrediction(dragDay, v);
            }
        } else {
            model.moveLineEnd(activeEnd, Math.round(v * 10) / 10.0);
        }
    }

    private void key(KeyEvent e) {
        boolean ecarts = model.modeProperty().get() == Mode.ECARTS;
        double step = e.isShiftDown() ? 0.1 : 0.5;
        int day = model.selectedProperty().get();
        switch (e.getCode()) {
            case LEFT, RIGHT -> {
                int dir = e.getCode() == KeyCode.LEFT ? -1 : 1;
                if (ecarts) {
                    model.selectedProperty().set(Math.max(0, Math.min(LossRegressionModel.DAYS - 1, day + dir)));
                } else {
                    activeEnd = dir < 0 ? 0 : 1;
                    redraw();
                }
            }
            case UP, DOWN -> {
                double dir = e.getCode() == KeyCode.UP ? step : -step;
                if (ecarts) {
                    model.setPrediction(day, model.predictionProperty(day).get() + dir);
                } else {
                    int d = activeEnd == 0 ? 0 : LossRegressionModel.DAYS - 1;
                    model.moveLineEnd(activeEnd, model.predictedAt(d) + dir);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        double em = em();
        PlotAxes a = axes();
        a.grid(g, p, em, 1, 5, v -> "jour " + FrenchNumbers.compact(v, 0), v -> FrenchNumbers.compact(v, 0) + " °C");

        boolean ecarts = model.modeProperty().get() == Mode.ECARTS;
        Color red = p.negative();
        Color accent = p.accent();
        a.clip(g);
        if (squares) {
            for (int d = 0; d < LossRegressionModel.DAYS; d++) {
                double y = LossRegressionModel.truth(d);
                double yHat = model.predictedAt(d);
                double side = Math.abs(a.py(y) - a.py(yHat));
                double x = a.px(LossRegressionModel.dayX(d));
                g.setFill(red.deriveColor(0, 1, 1, 0.14));
                g.fillRect(x, Math.min(a.py(y), a.py(yHat)), side, side);
                g.setStroke(red.deriveColor(0, 1, 1, 0.55));
                g.setLineWidth(1);
                g.strokeRect(x, Math.min(a.py(y), a.py(yHat)), side, side);
            }
        }
        if (!ecarts) {
            g.setStroke(accent);
            g.setLineWidth(Math.max(2, 0.15 * em));
            g.strokeLine(a.px(a.x0()), a.py(model.slopeProperty().get() * a.x0() + model.interceptProperty().get()),
                    a.px(a.x1()), a.py(model.slopeProperty().get() * a.x1() + model.interceptProperty().get()));
        }
        for (int d = 0; d < LossRegressionModel.DAYS; d++) {
            double x = a.px(LossRegressionModel.dayX(d));
            g.setStroke(red);
            g.setLineWidth(Math.max(2.5, 0.2 * em));
            g.strokeLine(x, a.py(LossRegressionModel.truth(d)), x, a.py(model.predictedAt(d)));
        }
        double r = Math.max(4, 0.32 * em);
        for (int d = 0; d < LossRegressionModel.DAYS; d++) {
            double x = a.px(LossRegressionModel.dayX(d));
            double yy = a.py(LossRegressionModel.truth(d));
            g.setFill(p.foreground());
            g.fillOval(x - r, yy - r, 2 * r, 2 * r);
            double py = a.py(model.predictedAt(d));
            boolean active = ecarts ? d == model.selectedProperty().get()
                    : (d == 0 && activeEnd == 0) || (d == LossRegressionModel.DAYS - 1 && activeEnd == 1);
            boolean handle = ecarts || d == 0 || d == LossRegressionModel.DAYS - 1;
            double rr = active && isFocused() ? 1.35 * r : r;
            g.setFill(p.surface());
            g.setStroke(accent);
            g.setLineWidth(active ? Math.max(3, 0.22 * em) : Math.max(2, 0.15 * em));
            if (handle) {
                g.fillOval(x - rr, py - rr, 2 * rr, 2 * rr);
                g.strokeOval(x - rr, py - rr, 2 * rr, 2 * rr);
            } else {
                g.setFill(accent);
                g.fillOval(x - 0.6 * r, py - 0.6 * r, 1.2 * r, 1.2 * r);
            }
        }
        g.restore();
        legend(g, a, p, em, r);
        if (isFocused()) {
            g.setStroke(accent);
            g.setLineWidth(2);
            g.setLineDashes(0.5 * em, 0.25 * em);
            g.strokeRect(1, 1, w - 2, h - 2);
            g.setLineDashes();
        }
    }

    private void legend(GraphicsContext g, PlotAxes a, Palette p, double em, double r) {
        Font font = Font.font(0.8 * em);
        g.setFont(font);
        String[] texts = {"réel", "prédit", "écart"};
        double x = a.left() + 0.5 * em;
        double y = a.top() + 0.4 * em;
        double boxW = 13.2 * em;
        double boxH = 1.5 * em;
        g.setFill(p.background().deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(x, y, boxW, boxH, 0.4 * em, 0.4 * em);
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, boxW - 1, boxH - 1, 0.4 * em, 0.4 * em);
        double cy = y + boxH / 2;
        double cx = x + 0.7 * em;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < texts.length; i++) {
            if (i == 0) {
                g.setFill(p.foreground());
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            } else if (i == 1) {
                g.setFill(p.surface());
                g.setStroke(p.accent());
                g.setLineWidth(Math.max(2, 0.15 * em));
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            } else {
                g.setStroke(p.negative());
                g.setLineWidth(Math.max(2.5, 0.2 * em));
                g.strokeLine(cx, cy - 0.5 * em, cx, cy + 0.5 * em);
            }
            g.setFill(p.foreground());
            g.fillText(texts[i], cx + r + 0.35 * em, cy);
            cx += 4.2 * em;
        }
    }
}

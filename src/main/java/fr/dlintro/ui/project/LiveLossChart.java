package fr.dlintro.ui.project;

import fr.dlintro.core.train.EpochResult;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live loss curves of a {@link TrainingRun} (Figs. 42 and 50): training loss (blue, as in
 * the book) and validation loss (orange) per epoch, the running mean of the current epoch as
 * a thin line, on a log axis that a check box turns off; optionally the validation accuracy
 * in % on a second axis at the right. Follows the palette (theme, zoom, presentation).
 *
 * <p>Use: {@code new LiveLossChart(run, ctx.palette(), "Perte (MSE)", false)}, add it to the
 * view, call {@link #dispose()} with the view. It reads {@link TrainingRun#history()} and
 * {@link TrainingRun#batchPoints()}, which the run updates a few times a second; each update
 * redraws the chart once. Ids: {@code loss-chart}, {@code log-scale}, {@code loss-summary}.
 */
public final class LiveLossChart extends VBox {
    private static final int TRAIN = 0;
    private static final int VALIDATION = 1;
    private static final int RUNNING = 2;
    private static final NumberFormat FRENCH = NumberFormat.getNumberInstance(Locale.FRANCE);

    private final TrainingRun run;
    private final ObservableValue<Palette> palette;
    private final boolean accuracy;
    private final XYSeries train = new XYSeries("Entraînement", false, true);
    private final XYSeries validation = new XYSeries("Validation", false, true);
    private final XYSeries running = new XYSeries("Époque en cours", false, true);
    private final XYSeries accuracySeries = new XYSeries("Exactitude (validation)", false, true);
    private final LogAxis logAxis;
    private final NumberAxis linearAxis;
    private final NumberAxis epochAxis = new NumberAxis("Époque");
    private final NumberAxis accuracyAxis = new NumberAxis("Exactitude (%)");
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final CheckBox logScale = new CheckBox("Échelle logarithmique");
    private final Label summary = new Label();
    private final ListChangeListener<EpochResult> onHistory = c -> onHistory();
    private final ListChangeListener<TrainingRun.BatchPoint> onPoints = c -> onPoints(c);
    private final ChangeListener<Palette> onPalette = (o, a, p) -> style(p);

    /**
     * @param lossLabel the loss axis title (« Perte (MSE) », « Perte (entropie croisée) »)
     * @param accuracy  true to draw the validation accuracy on a second axis
     */
    public LiveLossChart(TrainingRun run, ObservableValue<Palette> palette, String lossLabel, boolean accuracy) {
        this.run = run;
        this.palette = palette;
        this.accuracy = accuracy;
        getStyleClass().add("live-loss-chart");
        setSpacing(6);
        logAxis = new LogAxis(lossLabel + ", échelle log");
        logAxis.setSmallestValue(1e-12);
        logAxis.setAutoRange(true);
        // plain French numbers (0,126) rather than 10^-0.9 between decades
        logAxis.setNumberFormatOverride(new SignificantFormat());
        linearAxis = new NumberAxis(lossLabel);
        linearAxis.setAutoRangeIncludesZero(true);
        linearAxis.setNumberFormatOverride(FRENCH);
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.FRANCE));
        epochAxis.setAutoRangeIncludesZero(false);
        epochAxis.setLowerMargin(0.02);
        epochAxis.setUpperMargin(0.02);

        XYSeriesCollection losses = new XYSeriesCollection();
        losses.addSeries(train);
        losses.addSeries(validation);
        losses.addSeries(running);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesShapesVisible(RUNNING, false);
        renderer.setSeriesVisibleInLegend(RUNNING, false);
        plot = new XYPlot(losses, epochAxis, logAxis, renderer);
        if (accuracy) {
            accuracyAxis.setRange(0, 100);
            accuracyAxis.setNumberFormatOverride(FRENCH);
            plot.setRangeAxis(1, accuracyAxis);
            plot.setDataset(1, new XYSeriesCollection(accuracySeries));
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, new XYLineAndShapeRenderer(true, true));
        }
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        viewer = new ChartViewer(chart);
        viewer.setId("loss-chart");
        viewer.setAccessibleText("Courbes de perte d'entraînement et de validation au fil des époques");
        viewer.setFocusTraversable(false);

        logScale.setId("log-scale");
        logScale.setSelected(true);
        logScale.setTooltip(new Tooltip("Une échelle logarithmique montre aussi les petites baisses de la perte"));
        logScale.selectedProperty().addListener((o, a, on) -> plot.setRangeAxis(0, on ? logAxis : linearAxis));

        summary.setId("loss-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("caption-text");
        summary.setText("Les courbes apparaissent pendant l'entraînement.");

        getChildren().addAll(viewer, logScale, summary);
        run.history().addListener(onHistory);
        run.batchPoints().addListener(onPoints);
        palette.addListener(onPalette);
        style(palette.getValue());
        reload();
    }

    /** Number of epoch points drawn on the training curve (for tests). */
    public int trainPointCount() {
        return train.getItemCount();
    }

    public int validationPointCount() {
        return validation.getItemCount();
    }

    public int runningPointCount() {
        return running.getItemCount();
    }

    public boolean isLogScale() {
        return plot.getRangeAxis(0) == logAxis;
    }

    public CheckBox logScaleBox() {
        return logScale;
    }

    private void onHistory() {
        reload();
    }

    private void onPoints(ListChangeListener.Change<? extends TrainingRun.BatchPoint> c) {
        boolean appendedOnly = true;
        while (c.next()) {
            if (c.wasRemoved() || c.wasReplaced() || c.wasPermutated()) {
                appendedOnly = false;
            }
        }
        if (!appendedOnly) {
            reload();
            return;
        }
        chart.setNotify(false);
        try {
            c.reset();
            while (c.next()) {
                for (TrainingRun.BatchPoint p : c.getAddedSubList()) {
                    add(running, p.epoch(), p.loss());
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Rebuilds every series from the run (cheap: at most a few hundred points). */
    private void reload() {
        chart.setNotify(false);
        try {
            train.clear();
            validation.clear();
            accuracySeries.clear();
            running.clear();
            // the running mean starts at epoch 0 so the live line joins the first epoch's point
            for (TrainingRun.BatchPoint p : run.batchPoints()) {
                add(running, p.epoch(), p.loss());
            }
            for (EpochResult e : run.history()) {
                add(train, e.epoch(), e.trainLoss());
                add(validation, e.epoch(), e.validationLoss());
                if (accuracy && e.hasAccuracy()) {
                    accuracySeries.add(e.epoch(), 100 * e.validationAccuracy());
                }
            }
        } finally {
            chart.setNotify(true);
        }
        summary.setText(summaryText(run.history(), accuracy));
    }

    /** Log axes cannot show zero, NaN or infinity: such points are left out. */
    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y) && y > 0) {
            s.add(x, y);
        }
    }

    /** « Époque 7 : entraînement 0,000 412 · validation 0,000 398 », an accessible reading of the last points. */
    static String summaryText(List<EpochResult> history, boolean accuracy) {
        if (history.isEmpty()) {
            return "Les courbes apparaissent pendant l'entraînement.";
        }
        EpochResult e = history.get(history.size() - 1);
        StringBuilder sb = new StringBuilder("Époque ").append(e.epoch()).append(" : perte d'entraînement ")
                .append(significant(e.trainLoss()));
        if (!Double.isNaN(e.validationLoss())) {
            sb.append(" · validation ").append(significant(e.validationLoss()));
        }
        if (accuracy && e.hasAccuracy()) {
            sb.append(" · exactitude ").append(FrenchNumbers.compact(100 * e.validationAccuracy(), 2)).append(" %");
        }
        return sb.toString();
    }

    /** Three significant digits, decimal comma: 0.000412345 → « 0,000412 », 12.345 → « 12,3 ». */
    static String significant(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return FrenchNumbers.compact(v, 0);
        }
        int decimals = Math.max(0, Math.min(12, 2 - (int) Math.floor(Math.log10(Math.abs(v)))));
        return FrenchNumbers.compact(v, decimals);
    }

    private void style(Palette p) {
        java.awt.Color fg = awt(p.foreground());
        java.awt.Color bg = awt(p.background());
        java.awt.Font font = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, (int) Math.round(p.fontSize() * 0.85));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(0);
        float stroke = (float) Math.max(2, p.fontSize() / 7);
        r.setSeriesPaint(TRAIN, awt(p.seriesColor(0)));
        r.setSeriesPaint(VALIDATION, awt(p.seriesColor(4)));
        javafx.scene.paint.Color live = p.seriesColor(0);
        r.setSeriesPaint(RUNNING, awt(live.deriveColor(0, 1, 1, 0.45)));
        r.setSeriesStroke(TRAIN, new BasicStroke(stroke));
        r.setSeriesStroke(VALIDATION, new BasicStroke(stroke));
        r.setSeriesStroke(RUNNING, new BasicStroke(stroke / 2));
        if (accuracy) {
            XYLineAndShapeRenderer a = (XYLineAndShapeRenderer) plot.getRenderer(1);
            a.setSeriesPaint(0, awt(p.seriesColor(2)));
            a.setSeriesStroke(0, new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                    new float[] {stroke * 3, stroke * 2}, 0));
        }
        plot.setBackgroundPaint(bg);
        plot.setRangeGridlinePaint(awt(p.border()));
        plot.setDomainGridlinePaint(awt(p.border()));
        plot.setOutlinePaint(awt(p.border()));
        for (ValueAxis axis : List.of(epochAxis, logAxis, linearAxis, accuracyAxis)) {
            axis.setLabelPaint(fg);
            axis.setTickLabelPaint(fg);
            axis.setLabelFont(font);
            axis.setTickLabelFont(font);
            axis.setAxisLinePaint(awt(p.muted()));
            axis.setTickMarkPaint(awt(p.muted()));
        }
        chart.setBackgroundPaint(bg);
        chart.getLegend().setBackgroundPaint(bg);
        chart.getLegend().setItemPaint(fg);
        chart.getLegend().setItemFont(font);
        viewer.setPrefHeight(p.fontSize() * 17);
        viewer.setMinHeight(p.fontSize() * 12);
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", p.fontSize()));
    }

    /** Tick labels of the log axis: three significant digits, decimal comma. */
    private static final class SignificantFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(significant(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(significant(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            return null;
        }
    }

    private static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    public void dispose() {
        run.history().removeListener(onHistory);
        run.batchPoints().removeListener(onPoints);
        palette.removeListener(onPalette);
    }
}

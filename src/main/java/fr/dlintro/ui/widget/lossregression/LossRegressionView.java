package fr.dlintro.ui.widget.lossregression;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.lossregression.LossRegressionModel.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Fig. 23 and 4.2.2.1–3: the mode and presets on top; the days with their errors and the
 * cost slice side by side; under them the table of the five days (predictions typed there
 * too) and the costs with the book's values. Changing a number only updates texts and
 * redraws the two plots; nothing is rebuilt.
 */
public final class LossRegressionView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(LossRegressionView.class.getResource("loss-regression.css")).toExternalForm();
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final LossRegressionModel model;
    private final RegressionPlot plot;
    private final CostSlicePlot slice;
    private final List<TextField> predictionFields = new ArrayList<>();
    private final List<Label> absCells = new ArrayList<>();
    private final List<Label> squareCells = new ArrayList<>();
    private final List<Label> dayHeaders = new ArrayList<>();
    private final Label maeMean = cell("mae-mean");
    private final Label mseMean = cell("mse-mean");
    private final ToggleGroup modes = new ToggleGroup();
    private final FlowPane ecartsButtons;
    private final FlowPane droiteButtons;
    private final HBox lineRow;
    private final NumberSlider slope;
    private final NumberSlider intercept;
    private final BookCheckLabel maeCheck;
    private final BookCheckLabel mseCheck;
    private final InvalidationListener refresh = o -> refresh();
    private final ChangeListener<Mode> modeListener = (o, a, m) -> showMode(m);
    private final PaletteFollower follower;

    public LossRegressionView(LossRegressionModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("loss-regression");

        // mode and presets
        FlowPane top = new FlowPane();
        top.getStyleClass().add("loss-top");
        for (Mode m : Mode.values()) {
            RadioButton rb = new RadioButton(m.label());
            rb.setId("mode-" + m.key());
            rb.setUserData(m);
            rb.setToggleGroup(modes);
            top.getChildren().add(rb);
        }
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.modeProperty().set((Mode) t.getUserData());
            }
        });
        Button book = button("book-example", "Livre", "Revenir aux prédictions du livre : 15, 18, 20, 22, 25",
                model::bookExample);
        Button outlier = button("outlier", "Valeur aberrante", "Prédire 32 °C le jour 5 au lieu de 25", model::outlier);
        Button equal = button("equal-errors", "Écarts égaux", "Le même écart de 2,6 °C chaque jour", model::equalErrors);
        ecartsButtons = new FlowPane(book, outlier, equal);
        ecartsButtons.getStyleClass().add("button-row");
        Button bestMse = button("best-mse", "Meilleure MSE", "Placer la droite qui minimise la MSE",
                () -> model.useLine(model.bestLineForMse()));
        Button bestMae = button("best-mae", "Meilleure MAE", "Placer une droite qui minimise la MAE",
                () -> model.useLine(model.bestLineForMae()));
        droiteButtons = new FlowPane(bestMse, bestMae);
        droiteButtons.getStyleClass().add("button-row");
        CheckBox squares = new CheckBox("Carrés des écarts");
        squares.setId("squares");
        squares.setAccessibleText("Dessiner le carré de chaque écart : la MSE est la moyenne de leurs aires");
        top.getChildren().addAll(ecartsButtons, droiteButtons);

        // plots
        plot = new RegressionPlot(model);
        plot.setId("plot");
        squares.selectedProperty().addListener((o, a, on) -> plot.setSquares(on));
        slice = new CostSlicePlot(model);
        slice.setId("slice");
        Label sliceTitle = new Label();
        sliceTitle.setId("slice-title");
        sliceTitle.getStyleClass().add("caption-title");
        sliceTitle.textProperty().bind(model.sliceTitleProperty());
        sliceTitle.setWrapText(true);
        Label slopes = new Label();
        slopes.setId("slopes");
        slopes.getStyleClass().add("muted");
        slopes.setWrapText(true);
        FrenchText.bind(slopes, model.slopesProperty());
        VBox sliceBox = new VBox(sliceTitle, slice);
        sliceBox.getStyleClass().add("slice-box");
        sliceBox.maxWidthProperty().bind(slice.widthProperty());
        // the checkbox sits under the main plot, in the room the slice's title takes on the other side
        VBox plotBox = new VBox(plot, squares);
        plotBox.getStyleClass().add("slice-box");
        FlowPane plots = new FlowPane(plotBox, sliceBox);
        plots.getStyleClass().add("loss-plots");

        // the line's parameters
        slope = new NumberSlider("w", "w :", "Pente w de la droite", model.slopeProperty(),
                new NumberSlider.Range(LossRegressionModel.MIN_W, LossRegressionModel.MAX_W, 0.05, -8, 8),
                v -> FrenchNumbers.compact(v, 2));
        intercept = new NumberSlider("b", "b :", "Ordonnée à l'origine b de la droite", model.interceptProperty(),
                new NumberSlider.Range(0, 35, 0.1, -30, 60), v -> FrenchNumbers.compact(v, 2));
        HBox.setHgrow(slope, Priority.ALWAYS);
        HBox.setHgrow(intercept, Priority.ALWAYS);
        Label equation = new Label();
        equation.setId("equation");
        equation.getStyleClass().addAll("readout", "caption-title");
        equation.textProperty().bind(model.equationProperty());
        equation.setMinWidth(Region.USE_PREF_SIZE);
        lineRow = new HBox(equation, slope, intercept);
        lineRow.getStyleClass().add("control-row");

        // table and costs
        GridPane table = table();
        Label mae = bold("mae", model.maeTextProperty());
        Label mse = bold("mse", model.mseTextProperty());
        maeCheck = new BookCheckLabel(model.maeCheckProperty());
        maeCheck.setId("book-mae");
        mseCheck = new BookCheckLabel(model.mseCheckProperty());
        mseCheck.setId("book-mse");
        Label rmse = new Label();
        rmse.setId("rmse");
        rmse.getStyleClass().add("muted");
        rmse.setWrapText(true);
        FrenchText.bind(rmse, model.rmseTextProperty());
        Label comparison = new Label();
        comparison.setId("comparison");
        comparison.getStyleClass().add("caption-text");
        comparison.setWrapText(true);
        FrenchText.bind(comparison, model.comparisonProperty());
        HBox maeRow = new HBox(mae, maeCheck);
        maeRow.getStyleClass().add("control-row");
        HBox mseRow = new HBox(mse, mseCheck);
        mseRow.getStyleClass().add("control-row");
        VBox costs = new VBox(maeRow, mseRow, rmse, slopes, comparison);
        costs.getStyleClass().add("caption-box");
        FlowPane bottom = new FlowPane(table, costs);
        bottom.getStyleClass().add("loss-bottom");

        getChildren().addAll(top, plots, lineRow, bottom);

        model.revisionProperty().addListener(refresh);
        model.modeProperty().addListener(modeListener);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            slice.setPalette(p);
            costs.setPrefWidth(20 * p.fontSize());
        });
        showMode(model.modeProperty().get());
        refresh();
    }

    private static Button button(String id, String text, String accessible, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label bold(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("caption-title", "cost-value");
        l.textProperty().bind(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("readout", "table-cell");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Days as columns, as the book lists them: true value, prediction, |error|, error², then the mean. */
    private GridPane table() {
        GridPane grid = new GridPane();
        grid.setId("days");
        grid.getStyleClass().add("days-table");
        grid.add(header("jour"), 0, 0);
        grid.add(header("réel y"), 0, 1);
        grid.add(header("prédit ŷ"), 0, 2);
        grid.add(header("|y − ŷ|"), 0, 3);
        grid.add(header("(y − ŷ)²"), 0, 4);
        for (int d = 0; d < LossRegressionModel.DAYS; d++) {
            int day = d;
            Label h = header(String.valueOf(d + 1));
            h.getStyleClass().add("day-header");
            h.setOnMouseClicked(e -> model.selectedProperty().set(day));
            dayHeaders.add(h);
            grid.add(h, d + 1, 0);
            Label y = cell("y-" + (d + 1));
            y.setText(FrenchNumbers.compact(LossRegressionModel.truth(d), 1));
            grid.add(y, d + 1, 1);
            TextField f = new TextField();
            f.setId("pred-" + (d + 1));
            f.getStyleClass().add("prediction-field");
            f.setPrefColumnCount(2);
            f.setAccessibleText("Prédiction du jour " + (d + 1) + " en degrés");
            f.setTooltip(new Tooltip("Tapez une température entre " + FrenchNumbers.compact(LossRegressionModel.MIN_T, 0)
                    + " et " + FrenchNumbers.compact(LossRegressionModel.MAX_T, 0) + " °C, puis Entrée"));
            f.setOnAction(e -> commit(day, f));
            f.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    model.selectedProperty().set(day);
                } else {
                    commit(day, f);
                }
            });
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    refresh();
                }
            });
            predictionFields.add(f);
            grid.add(f, d + 1, 2);
            Label abs = cell("abs-" + (d + 1));
            absCells.add(abs);
            grid.add(abs, d + 1, 3);
            Label sq = cell("sq-" + (d + 1));
            squareCells.add(sq);
            grid.add(sq, d + 1, 4);
        }
        Label meanHeader = header("moyenne");
        grid.add(meanHeader, LossRegressionModel.DAYS + 1, 0);
        grid.add(maeMean, LossRegressionModel.DAYS + 1, 3);
        grid.add(mseMean, LossRegressionModel.DAYS + 1, 4);
        maeMean.getStyleClass().add("mean-cell");
        mseMean.getStyleClass().add("mean-cell");
        ColumnConstraints first = new ColumnConstraints();
        grid.getColumnConstraints().add(first);
        for (int c = 0; c <= LossRegressionModel.DAYS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private void commit(int day, TextField f) {
        if (model.modeProperty().get() != Mode.ECARTS) {
            return;
        }
        OptionalDouble v = FrenchNumbers.parse(f.getText());
        boolean ok = v.isPresent() && v.getAsDouble() >= LossRegressionModel.MIN_T
                && v.getAsDouble() <= LossRegressionModel.MAX_T;
        f.pseudoClassStateChanged(INVALID, !ok);
        if (ok) {
            model.predictionProperty(day).set(v.getAsDouble());
            refresh();
        }
    }

    private void showMode(Mode m) {
        modes.getToggles().stream().filter(t -> t.getUserData() == m).findFirst().ifPresent(t -> t.setSelected(true));
        boolean ecarts = m == Mode.ECARTS;
        ecartsButtons.setVisible(ecarts);
        ecartsButtons.setManaged(ecarts);
        droiteButtons.setVisible(!ecarts);
        droiteButtons.setManaged(!ecarts);
        lineRow.setVisible(!ecarts);
        lineRow.setManaged(!ecarts);
        for (TextField f : predictionFields) {
            f.setEditable(ecarts);
        }
    }

    private void refresh() {
        int selected = model.selectedProperty().get();
        boolean ecarts = model.modeProperty().get() == Mode.ECARTS;
        for (int d = 0; d < LossRegressionModel.DAYS; d++) {
            double yHat = model.predictedAt(d);
            double e = LossRegressionModel.truth(d) - yHat;
            TextField f = predictionFields.get(d);
            if (!f.isFocused() || !ecarts) {
                f.setText(FrenchNumbers.compact(yHat, 2));
                f.pseudoClassStateChanged(INVALID, false);
            }
            absCells.get(d).setText(FrenchNumbers.compact(Math.abs(e), 2));
            squareCells.get(d).setText(FrenchNumbers.compact(e * e, 2));
            boolean sel = ecarts && d == selected;
            dayHeaders.get(d).pseudoClassStateChanged(SELECTED, sel);
            f.pseudoClassStateChanged(SELECTED, sel);
        }
        maeMean.setText(FrenchNumbers.compact(model.mae(), 2));
        mseMean.setText(FrenchNumbers.compact(model.mse(), 2));
        plot.redraw();
        slice.redraw();
    }

    RegressionPlot plot() { return plot; }

    CostSlicePlot slice() { return slice; }

    public void dispose() {
        follower.dispose();
        model.revisionProperty().removeListener(refresh);
        model.modeProperty().removeListener(modeListener);
        slope.dispose();
        intercept.dispose();
        maeCheck.dispose();
        mseCheck.dispose();
    }
}

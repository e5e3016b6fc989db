package fr.dlintro.ui.widget.softmax;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Figs. 18–19: on the left the scores, each with a slider and a field; on the right each
 * class's exponential and probability as a bar, with the book's values beside them on the
 * book's example; under them the sum, the calculation of the selected class as the book
 * typesets it, and the temperature (an addition of this edition). Rows are rebuilt only when
 * a class is added or removed; a score's change only updates texts and bar widths.
 */
public final class SoftmaxView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(SoftmaxView.class.getResource("softmax.css")).toExternalForm();
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final NumberSlider.Range LOGIT_RANGE =
            new NumberSlider.Range(-10, 10, 0.1, SoftmaxModel.MIN_LOGIT, SoftmaxModel.MAX_LOGIT);
    private static final NumberSlider.Range TEMPERATURE_RANGE =
            new NumberSlider.Range(SoftmaxModel.MIN_TEMPERATURE, 5, 0.05, SoftmaxModel.MIN_TEMPERATURE,
                    SoftmaxModel.MAX_TEMPERATURE);

    private final SoftmaxModel model;
    private final GridPane scoreGrid = new GridPane();
    private final GridPane resultGrid = new GridPane();
    private final List<NumberSlider> logitSliders = new ArrayList<>();
    private final List<Label> exponentialCells = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> probabilityCells = new ArrayList<>();
    private final List<Label> bookCells = new ArrayList<>();
    private final List<Label> scoreNames = new ArrayList<>();
    private final List<Label> resultNames = new ArrayList<>();
    private final Label bookHeader = new Label("Livre");
    private final Label exponentialHeader = new Label();
    private final Button add = new Button("Ajouter une classe");
    private final ReadOnlyObjectWrapper<BookCheck> sumCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BookCheck> exponentialsCheck = new ReadOnlyObjectWrapper<>();
    private final BookCheckLabel sumCheckLabel = new BookCheckLabel(sumCheck.getReadOnlyProperty());
    private final BookCheckLabel exponentialsCheckLabel = new BookCheckLabel(exponentialsCheck.getReadOnlyProperty());
    private final HBox formulaBox = new HBox();
    private final NumberSlider temperature;
    private final ListChangeListener<SoftmaxModel.Score> structure;
    private final InvalidationListener refresh;
    private final PaletteFollower follower;
    private FormulaNode formula;
    private double em = 14;

    public SoftmaxView(SoftmaxModel model, ObservableValue<Palette> palette, boolean showTemperature) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("softmax");

        scoreGrid.getStyleClass().add("softmax-grid");
        scoreGrid.setId("scores");
        resultGrid.getStyleClass().add("softmax-grid");
        resultGrid.setId("results");
        add.setId("add-class");
        add.setAccessibleText("Ajouter une classe de score 0");
        add.setOnAction(e -> model.addClass());
        Button book = new Button("Exemple du livre");
        book.setId("book-example");
        book.setAccessibleText("Revenir aux scores du livre : 2, 1, −1, 3 (chat, chien, oiseau, poisson)");
        book.setOnAction(e -> model.bookExample());
        HBox buttons = new HBox(add, book);
        buttons.getStyleClass().add("button-row");
        VBox scoresBlock = new VBox(title("Scores (logits) z"), scoreGrid, buttons);
        scoresBlock.getStyleClass().add("softmax-block");
        VBox resultsBlock = new VBox(title("Probabilités s(z)"), resultGrid);
        resultsBlock.getStyleClass().add("softmax-block");
        FlowPane blocks = new FlowPane(scoresBlock, resultsBlock);
        blocks.getStyleClass().add("softmax-blocks");

        Label sum = new Label();
        sum.setId("sum");
        sum.getStyleClass().add("caption-title");
        sum.textProperty().bind(model.sumTextProperty());
        sumCheckLabel.setId("book-sum");
        exponentialsCheckLabel.setId("book-exponentials");
        FlowPane sumRow = new FlowPane(sum, sumCheckLabel, exponentialsCheckLabel);
        sumRow.getStyleClass().add("softmax-sum-row");
        formulaBox.setId("formula");
        formulaBox.getStyleClass().add("softmax-formula");
        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.getStyleClass().add("caption-text");
        verdict.setWrapText(true);
        FrenchText.bind(verdict, model.verdictProperty());
        VBox summary = new VBox(sumRow, formulaBox, verdict);
        summary.getStyleClass().add("caption-box");

        temperature = new NumberSlider("temperature", "Température T :", "Température de la softmax",
                model.temperatureProperty(), TEMPERATURE_RANGE, v -> FrenchNumbers.compact(v, 2));
        HBox.setHgrow(temperature, Priority.ALWAYS);
        Button reset = new Button("T = 1");
        reset.setId("temperature-reset");
        reset.setAccessibleText("Remettre la température à 1, la softmax du livre");
        reset.setOnAction(e -> model.temperatureProperty().set(1));
        HBox temperatureRow = new HBox(temperature, reset);
        temperatureRow.getStyleClass().add("control-row");
        Label addition = new Label();
        FrenchText.set(addition, "Ajout de cette édition : chaque score est divisé par T avant l'exponentielle. "
                + "T < 1 accentue l'écart (la classe la plus forte prend presque tout), T > 1 l'aplatit ; "
                + "T = 1 est la softmax du livre.");
        addition.getStyleClass().add("edition-addition");
        addition.setWrapText(true);
        VBox temperatureBox = new VBox(temperatureRow, addition);
        temperatureBox.getStyleClass().add("softmax-temperature");
        temperatureBox.setVisible(showTemperature);
        temperatureBox.setManaged(showTemperature);

        getChildren().addAll(blocks, summary, temperatureBox);

        structure = c -> {
            while (c.next()) {
                if (!c.wasUpdated()) {
                    rebuildRows();
                    return;
                }
            }
        };
        model.scores().addListener(structure);
        refresh = o -> refresh();
        model.revisionProperty().addListener(refresh);
        follower = new PaletteFollower(palette, this, p -> {
            em = p.fontSize();
            refresh();
        });
        rebuildRows();
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption-title");
        return l;
    }

    private void rebuildRows() {
        logitSliders.forEach(NumberSlider::dispose);
        logitSliders.clear();
        exponentialCells.clear();
        bars.clear();
        probabilityCells.clear();
        bookCells.clear();
        scoreNames.clear();
        resultNames.clear();
        scoreGrid.getChildren().clear();
        resultGrid.getChildren().clear();

        exponentialHeader.getStyleClass().setAll("label", "table-header");
        bookHeader.getStyleClass().setAll("label", "table-header");
        resultGrid.add(header("classe"), 0, 0);
        resultGrid.add(exponentialHeader, 1, 0);
        resultGrid.add(header("probabilité"), 2, 0, 2, 1);
        resultGrid.add(bookHeader, 4, 0);
        resultGrid.getColumnConstraints().setAll(new ColumnConstraints(), right(), new ColumnConstraints(), right(),
                right());

        List<SoftmaxModel.Score> all = model.scores();
        for (int j = 0; j < all.size(); j++) {
            int index = j;
            SoftmaxModel.Score s = all.get(j);
            Label name = new Label(s.name());
            name.setId("name-" + j);
            name.getStyleClass().add("class-name");
            NumberSlider z = new NumberSlider("z-" + j, "", "Score de la classe " + s.name(), s.logitProperty(),
                    LOGIT_RANGE, v -> FrenchNumbers.compact(v, 3));
            z.focusWithinProperty().addListener((o, was, is) -> {
                if (is) {
                    model.selectedProperty().set(index);
                }
            });
            logitSliders.add(z);
            Button remove = new Button("×");
            remove.setId("remove-" + j);
            remove.getStyleClass().add("remove-class");
            remove.setAccessibleText("Retirer la classe " + s.name());
            remove.setDisable(all.size() <= SoftmaxModel.MIN_CLASSES);
            remove.setOnAction(e -> model.removeClass(index));
            scoreGrid.addRow(j, name, z, remove);
            GridPane.setHgrow(z, Priority.ALWAYS);

            Label resultName = new Label(s.name());
            resultName.getStyleClass().add("class-name");
            Label exp = cell("exp-" + j);
            Pane track = new Pane();
            track.getStyleClass().add("bar-track");
            Rectangle bar = new Rectangle();
            bar.setId("bar-" + j);
            bar.getStyleClass().add("probability-bar");
            track.getChildren().add(bar);
            Label p = cell("p-" + j);
            Label bookCell = cell("book-p-" + j);
            bookCell.getStyleClass().add("book-cell");
            resultGrid.addRow(j + 1, resultName, exp, track, p, bookCell);
            resultName.setOnMouseClicked(e -> model.selectedProperty().set(index));
            track.setOnMouseClicked(e -> model.selectedProperty().set(index));
            exponentialCells.add(exp);
            bars.add(bar);
            probabilityCells.add(p);
            bookCells.add(bookCell);
            scoreNames.add(name);
            resultNames.add(resultName);
        }
        add.setDisable(all.size() >= SoftmaxModel.MAX_CLASSES);
        refresh();
    }

    private static ColumnConstraints right() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(HPos.RIGHT);
        return c;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("readout");
        return l;
    }

    /** New numbers: texts, bar widths, the book's values and the typeset calculation. */
    private void refresh() {
        int k = model.scores().size();
        if (bars.size() != k) {
            return; // rows are being rebuilt
        }
        boolean book = model.isBookExample();
        boolean unitTemperature = Math.abs(model.temperatureProperty().get() - 1) < 1e-9;
        exponentialHeader.setText(unitTemperature ? "exp(z)" : "exp(z/T)");
        double barWidth = 7 * em;
        StringBuilder bookExps = new StringBuilder();
        boolean expsAgree = true;
        for (int j = 0; j < k; j++) {
            exponentialCells.get(j).setText(FrenchNumbers.scientific(model.exponential(j), 3));
            double p = model.probability(j);
            probabilityCells.get(j).setText(FrenchFormat.decimal(p, 3) + " (" + FrenchNumbers.compact(100 * p, 1) + " %)");
            Rectangle bar = bars.get(j);
            bar.setWidth(Math.max(1, p * barWidth));
            bar.setHeight(0.9 * em);
            bar.setY(0.25 * em);
            ((Pane) bar.getParent()).setPrefSize(barWidth, 1.4 * em);
            BookCheck pc = model.bookProbability(j);
            bookCells.get(j).setText(pc == null ? "" : pc.shortText());
            bookCells.get(j).pseudoClassStateChanged(PseudoClass.getPseudoClass("agrees"), pc != null && pc.agrees());
            boolean selected = j == model.selectedProperty().get();
            for (Node n : List.of(scoreNames.get(j), resultNames.get(j), exponentialCells.get(j), probabilityCells.get(j))) {
                n.pseudoClassStateChanged(SELECTED, selected);
            }
            BookCheck ec = model.bookExponential(j);
            if (ec != null) {
                bookExps.append(j == 0 ? "" : " ; ").append(ec.printed());
                expsAgree &= ec.agrees();
            }
        }
        bookHeader.setVisible(book);
        sumCheck.set(model.bookSum());
        exponentialsCheck.set(book ? new BookCheck("exp(z) = " + bookExps, expsAgree, false) : null);
        showFormula();
    }

    private void showFormula() {
        if (follower == null) {
            return; // the follower's first call, before the constructor ends: rows come next
        }
        Palette p = follower.current();
        formula = new FormulaNode(new TeXFormula(model.formulaLatexProperty().get()), true, p.fontSize() * 1.3,
                p.foreground());
        formula.setId("formula-node");
        formula.setAccessibleText(model.formulaTextProperty().get());
        formulaBox.getChildren().setAll(formula);
    }

    public void dispose() {
        follower.dispose();
        model.scores().removeListener(structure);
        model.revisionProperty().removeListener(refresh);
        logitSliders.forEach(NumberSlider::dispose);
        temperature.dispose();
        sumCheckLabel.dispose();
        exponentialsCheckLabel.dispose();
    }
}

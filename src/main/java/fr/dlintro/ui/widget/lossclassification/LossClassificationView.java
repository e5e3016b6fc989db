package fr.dlintro.ui.widget.lossclassification;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import fr.dlintro.ui.widget.lossclassification.LossClassificationModel.BinarySample;
import fr.dlintro.ui.widget.lossclassification.LossClassificationModel.CategoricalSample;
import fr.dlintro.ui.widget.lossclassification.LossClassificationModel.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * 4.2.2.4: the example chooser; the table of samples (label and probability editable, each
 * term and loss computed, the book's value beside it); under it the mean written out (split
 * into its y = 1 and y = 0 parts for the binary example) with the book's checks, and the
 * −log(p) curve with the samples on it. Rows are rebuilt only when samples are added or
 * removed or the example changes; a new probability only updates texts.
 */
public final class LossClassificationView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(LossClassificationView.class.getResource("loss-classification.css")).toExternalForm();
    private static final PseudoClass AGREES = PseudoClass.getPseudoClass("agrees");
    private static final NumberSlider.Range P_RANGE =
            new NumberSlider.Range(0.01, 0.99, 0.01, LossClassificationModel.MIN_P, LossClassificationModel.MAX_P);

    private final LossClassificationModel model;
    private final GridPane table = new GridPane();
    private final List<NumberSlider> sliders = new ArrayList<>();
    private final List<ComboBox<Integer>> combos = new ArrayList<>();
    private final List<Label> positiveCells = new ArrayList<>();
    private final List<Label> negativeCells = new ArrayList<>();
    private final List<Label> lossCells = new ArrayList<>();
    private final List<Label> bookCells = new ArrayList<>();
    private final List<Label> oneHotCells = new ArrayList<>();
    private final List<Label> probabilityCells = new ArrayList<>();
    private final Label bookHeader = new Label("Livre");
    private final Button add = new Button("Ajouter une image");
    private final ToggleGroup examples = new ToggleGroup();
    private final HBox formulaBox = new HBox();
    private final ShrinkToFit formulaFit = new ShrinkToFit(formulaBox);
    private final LogCurvePlot plot;
    private final BookCheckLabel meanCheck;
    private final BookCheckLabel erratum;
    private final InvalidationListener structure = o -> rebuild();
    private final ListChangeListener<Object> rows = c -> {
        while (c.next()) {
            if (!c.wasUpdated()) {
                rebuild();
                return;
            }
        }
    };
    private final InvalidationListener refresh = o -> refresh();
    private final ChangeListener<Example> exampleListener;
    private final PaletteFollower follower;
    private FormulaNode formula;

    public LossClassificationView(LossClassificationModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("loss-classification");

        FlowPane top = new FlowPane();
        top.getStyleClass().add("loss-top");
        for (Example e : Example.values()) {
            RadioButton rb = new RadioButton(e.label());
            rb.setId("example-" + e.key());
            rb.setUserData(e);
            rb.setToggleGroup(examples);
            rb.setSelected(e == model.exampleProperty().get());
            top.getChildren().add(rb);
        }
        examples.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.exampleProperty().set((Example) t.getUserData());
            }
        });
        exampleListener = (o, a, e) -> examples.getToggles().stream().filter(t -> t.getUserData() == e).findFirst()
                .ifPresent(t -> t.setSelected(true));
        model.exampleProperty().addListener(exampleListener);
        Button book = new Button("Exemple du livre");
        book.setId("book-example");
        book.setAccessibleText("Revenir aux valeurs de l'exemple du livre");
        book.setOnAction(e -> model.bookExample());
        add.setId("add-sample");
        add.setAccessibleText("Ajouter une image : un chat prédit à 0,5");
        add.setOnAction(e -> model.addBinarySample());
        HBox buttons = new HBox(book, add);
        buttons.getStyleClass().add("button-row");
        top.getChildren().add(buttons);

        table.setId("samples");
        table.getStyleClass().add("samples-table");
        table.setMinWidth(Region.USE_PREF_SIZE);
        ShrinkToFit tableFit = new ShrinkToFit(table);

        formulaBox.setId("formula");
        formulaBox.setMinWidth(Region.USE_PREF_SIZE);
        meanCheck = new BookCheckLabel(model.meanCheckProperty());
        meanCheck.setId("book-mean");
        erratum = new BookCheckLabel(model.erratumProperty());
        erratum.setId("erratum");
        Label note = new Label();
        note.setId("note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        FrenchText.bind(note, model.noteProperty());
        VBox summary = new VBox(formulaFit, meanCheck, erratum, note);
        summary.getStyleClass().add("caption-box");
        plot = new LogCurvePlot(model);
        plot.setId("plot");
        FlowPane bottom = new FlowPane(summary, plot);
        bottom.getStyleClass().add("loss-bottom");

        getChildren().addAll(top, tableFit, bottom);

        model.exampleProperty().addListener(structure);
        model.binarySamples().addListener(rows);
        model.categoricalSamples().addListener(rows);
        model.revisionProperty().addListener(refresh);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            summary.setPrefWidth(27.5 * p.fontSize());
            summary.setMaxWidth(27.5 * p.fontSize());
            showFormula();
        });
        rebuild();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
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

    private void clearRows() {
        sliders.forEach(NumberSlider::dispose);
        sliders.clear();
        combos.forEach(c -> c.valueProperty().unbind());
        combos.clear();
        positiveCells.clear();
        negativeCells.clear();
        lossCells.clear();
        bookCells.clear();
        oneHotCells.clear();
        probabilityCells.clear();
        table.getChildren().clear();
        table.getColumnConstraints().clear();
    }

    private void rebuild() {
        clearRows();
        boolean bce = model.exampleProperty().get() == Example.BCE;
        add.setVisible(bce);
        add.setManaged(bce);
        bookHeader.getStyleClass().setAll("label", "table-header");
        if (bce) {
            buildBinary();
        } else {
            buildCategorical();
        }
        refresh();
    }

    private void buildBinary() {
        List<String> heads = List.of("image", "étiquette y", "ŷ = P(chat)", "y·log ŷ", "(1 − y)·log(1 − ŷ)", "perte");
        for (int c = 0; c < heads.size(); c++) {
            table.add(header(heads.get(c)), c, 0);
        }
        table.add(bookHeader, heads.size(), 0);
        List<BinarySample> all = model.binarySamples();
        for (int i = 0; i < all.size(); i++) {
            int index = i;
            BinarySample s = all.get(i);
            ComboBox<Integer> y = new ComboBox<>(FXCollections.observableArrayList(1, 0));
            y.setId("y-" + (i + 1));
            y.setConverter(converter(v -> v == 1 ? "1 (chat)" : "0 (chien)"));
            y.setValue(s.labelProperty().get());
            y.valueProperty().addListener((o, a, v) -> {
                if (v != null) {
                    s.labelProperty().set(v);
                }
            });
            y.setAccessibleText("Étiquette réelle de l'image " + (i + 1));
            combos.add(y);
            NumberSlider p = new NumberSlider("p-" + (i + 1), "", "Probabilité prédite que l'image " + (i + 1)
                    + " soit un chat", s.pProperty(), P_RANGE, v -> FrenchNumbers.compact(v, 3));
            p.getStyleClass().add("probability-row");
            sliders.add(p);
            Label pos = cell("pos-" + (i + 1));
            Label neg = cell("neg-" + (i + 1));
            Label loss = cell("loss-" + (i + 1));
            loss.getStyleClass().add("loss-cell");
            Label bookCell = cell("book-" + (i + 1));
            bookCell.getStyleClass().add("book-cell");
            Button remove = new Button("×");
            remove.setId("remove-" + (i + 1));
            remove.getStyleClass().add("remove-sample");
            remove.setAccessibleText("Retirer l'image " + (i + 1));
            remove.setDisable(all.size() <= 1);
            remove.setOnAction(e -> model.removeBinarySample(index));
            Label number = cell("image-" + (i + 1));
            number.setText(String.valueOf(i + 1));
            table.addRow(i + 1, number, y, p, pos, neg, loss, bookCell, remove);
            positiveCells.add(pos);
            negativeCells.add(neg);
            lossCells.add(loss);
            bookCells.add(bookCell);
        }
        align(8);
        add.setDisable(all.size() >= LossClassificationModel.MAX_SAMPLES);
    }

    private void buildCategorical() {
        List<String> heads = List.of("n°", "vraie classe", "y (one-hot)", "ŷ", "p de la vraie classe", "perte");
        for (int c = 0; c < heads.size(); c++) {
            table.add(header(heads.get(c)), c, 0);
        }
        table.add(bookHeader, heads.size(), 0);
        List<CategoricalSample> all = model.categoricalSamples();
        for (int i = 0; i < all.size(); i++) {
            CategoricalSample s = all.get(i);
            ComboBox<Integer> k = new ComboBox<>(FXCollections.observableArrayList(0, 1, 2, 3));
            k.setId("class-" + (i + 1));
            k.setConverter(converter(LossClassificationModel.CLASSES::get));
            k.setValue(s.trueClassProperty().get());
            k.valueProperty().addListener((o, a, v) -> {
                if (v != null) {
                    s.trueClassProperty().set(v);
                }
            });
            k.setAccessibleText("Vraie classe de l'échantillon " + (i + 1));
            combos.add(k);
            NumberSlider p = new NumberSlider("p-" + (i + 1), "", "Probabilité prédite de la vraie classe de l'échantillon "
                    + (i + 1), s.pProperty(), P_RANGE, v -> FrenchNumbers.compact(v, 3));
            p.getStyleClass().add("probability-row");
            sliders.add(p);
            Label oneHot = cell("onehot-" + (i + 1));
            Label probs = cell("probs-" + (i + 1));
            Label loss = cell("loss-" + (i + 1));
            loss.getStyleClass().add("loss-cell");
            Label bookCell = cell("book-" + (i + 1));
            bookCell.getStyleClass().add("book-cell");
            Label number = cell("sample-" + (i + 1));
            number.setText(String.valueOf(i + 1));
            table.addRow(i + 1, number, k, oneHot, probs, p, loss, bookCell);
            oneHotCells.add(oneHot);
            probabilityCells.add(probs);
            lossCells.add(loss);
            bookCells.add(bookCell);
        }
        align(7);
    }

    private void align(int columns) {
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(c == 0 ? HPos.CENTER : c >= 3 ? HPos.RIGHT : HPos.LEFT);
            table.getColumnConstraints().add(cc);
        }
    }

    private static StringConverter<Integer> converter(java.util.function.IntFunction<String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : names.apply(v);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    private void refresh() {
        boolean bce = model.exampleProperty().get() == Example.BCE;
        int n = model.sampleCount();
        if (lossCells.size() != n || (bce ? positiveCells.size() : oneHotCells.size()) != n) {
            return; // rows are being rebuilt
        }
        boolean book = model.isBookExample();
        for (int i = 0; i < n; i++) {
            if (bce) {
                positiveCells.get(i).setText(FrenchNumbers.compact(model.positiveTerm(i), 3));
                negativeCells.get(i).setText(FrenchNumbers.compact(model.negativeTerm(i), 3));
                lossCells.get(i).setText(FrenchFormat.decimal(model.binaryLoss(i), 3));
                combos.get(i).setValue(model.binarySamples().get(i).labelProperty().get());
            } else {
                double[][] y = model.oneHot();
                double[][] q = model.probabilities();
                StringBuilder oh = new StringBuilder();
                StringBuilder pr = new StringBuilder();
                for (int k = 0; k < y[i].length; k++) {
                    oh.append(k == 0 ? "" : " ").append((int) y[i][k]);
                    pr.append(k == 0 ? "" : "\u2002").append(FrenchNumbers.compact(q[i][k], 3));
                }
                oneHotCells.get(i).setText(oh.toString());
                probabilityCells.get(i).setText(pr.toString());
                lossCells.get(i).setText(FrenchFormat.decimal(model.categoricalLoss(i), 3));
                combos.get(i).setValue(model.categoricalSamples().get(i).trueClassProperty().get());
            }
            BookCheck c = bce ? model.bookBinaryLoss(i) : model.bookCategoricalLoss(i);
            bookCells.get(i).setText(c == null ? "" : c.shortText());
            bookCells.get(i).pseudoClassStateChanged(AGREES, c != null && c.agrees());
        }
        bookHeader.setVisible(book);
        showFormula();
        plot.redraw();
    }

    private void showFormula() {
        if (follower == null) {
            return; // the follower's first call, before the constructor ends
        }
        Palette p = follower.current();
        formula = new FormulaNode(new TeXFormula(model.formulaLatexProperty().get()), true, p.fontSize() * 1.2,
                p.foreground());
        formula.setId("formula-node");
        formula.setAccessibleText(model.formulaTextProperty().get());
        formulaBox.getChildren().setAll(formula);
        formulaFit.requestLayout();
    }

    LogCurvePlot plot() { return plot; }

    public void dispose() {
        follower.dispose();
        model.exampleProperty().removeListener(structure);
        model.exampleProperty().removeListener(exampleListener);
        model.binarySamples().removeListener(rows);
        model.categoricalSamples().removeListener(rows);
        model.revisionProperty().removeListener(refresh);
        sliders.forEach(NumberSlider::dispose);
        meanCheck.dispose();
        erratum.dispose();
    }
}

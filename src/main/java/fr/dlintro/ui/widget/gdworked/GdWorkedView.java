package fr.dlintro.ui.widget.gdworked;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The iteration table of 4.3.4 with a « Livre » column, the start and α, the playback bar
 * (each Étape reveals a row), and the selected row's formulas with its numbers.
 */
public final class GdWorkedView extends VBox {
    private final GdWorkedModel model;
    private final TableView<WorkedRow> table = new TableView<>();
    private final NumberSlider startW;
    private final NumberSlider startB;
    private final NumberSlider rate;
    private final PlaybackBar playbackBar;
    private final VBox details = new VBox();
    private final SimpleObjectProperty<BookCheck> note = new SimpleObjectProperty<>();
    private final BookCheckLabel noteLabel = new BookCheckLabel(note);
    private final InvalidationListener onChange;
    private final InvalidationListener onExample;
    private final PaletteFollower follower;
    private boolean syncing;

    public GdWorkedView(GdWorkedModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("gd-worked");

        ComboBox<WorkedExample> examples = new ComboBox<>();
        examples.setId("example");
        examples.getItems().setAll(WorkedExample.values());
        examples.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkedExample e) {
                return e == null ? "" : e.label();
            }

            @Override
            public WorkedExample fromString(String s) {
                return null;
            }
        });
        examples.setValue(model.exampleProperty().get());
        examples.setAccessibleText("Exemple de 4.3.4");
        examples.valueProperty().addListener((o, a, e) -> {
            if (e != null) {
                model.exampleProperty().set(e);
            }
        });
        startW = new NumberSlider("start-w", "départ w", "Poids de départ", model.startWProperty(),
                new NumberSlider.Range(-2, 3, 0.1, -10, 10), v -> FrenchNumbers.compact(v, 3));
        startB = new NumberSlider("start-b", "b", "Biais de départ", model.startBProperty(),
                new NumberSlider.Range(-2, 3, 0.1, -10, 10), v -> FrenchNumbers.compact(v, 3));
        rate = new NumberSlider("learning-rate", "α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(0.01, 0.3, 0.01, 0.0001, 2), v -> FrenchNumbers.compact(v, 4));
        for (NumberSlider s : List.of(startW, startB, rate)) {
            s.getStyleClass().add("gd-worked-slider");
        }
        FlowPane settings = new FlowPane(examples, startW, startB, rate);
        settings.getStyleClass().add("gd-worked-settings");

        table.setId("iterations");
        table.setAccessibleText("Itérations de la descente de gradient, avec les valeurs imprimées dans le livre");
        table.getStyleClass().addAll("gd-worked-table", "dense");
        table.setPlaceholder(new Label("Cliquez sur Étape pour calculer la première itération."));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing) {
                model.selectedProperty().set(i.intValue());
            }
        });

        playbackBar = new PlaybackBar(model.playback());
        Button all = new Button("Tout calculer");
        all.setId("show-all");
        all.setTooltip(new Tooltip("Calculer toutes les itérations jusqu'à la dernière ligne du livre"));
        all.setAccessibleHelp("Calculer toutes les itérations jusqu'à la dernière ligne du livre");
        all.setOnAction(e -> model.showAll());
        all.disableProperty().bind(model.playback().finishedProperty());
        playbackBar.getChildren().add(all);

        details.setId("details");
        details.getStyleClass().addAll("caption-box", "gd-worked-details");
        noteLabel.setId("book-note");

        getChildren().addAll(settings, table, playbackBar, details);

        onExample = o -> {
            WorkedExample e = model.exampleProperty().get();
            examples.setValue(e);
            startB.setVisible(e.hasBias());
            startB.setManaged(e.hasBias());
            startW.label().setText(e.hasBias() ? "départ w₁" : "départ W");
            startB.label().setText("b₁");
            buildColumns(e);
        };
        model.exampleProperty().addListener(onExample);
        onChange = o -> refresh();
        model.revisionProperty().addListener(onChange);
        follower = new PaletteFollower(palette, this, p -> refresh());
        onExample.invalidated(null);
        refresh();
    }

    private void buildColumns(WorkedExample e) {
        table.getColumns().clear();
        table.getColumns().add(column("n", 2.5, r -> Integer.toString(r.iteration())));
        table.getColumns().add(column("J avant", 6.5, r -> FrenchNumbers.scientific(r.cost(), 7)));
        if (e.hasBias()) {
            table.getColumns().add(column("∂J/∂w₁", 6.5, r -> FrenchNumbers.scientific(r.gradW(), 7)));
            table.getColumns().add(column("∂J/∂b₁", 6.5, r -> FrenchNumbers.scientific(r.gradB(), 7)));
            table.getColumns().add(column("w₁ après", 6.5, r -> FrenchNumbers.scientific(r.wAfter(), 7)));
            table.getColumns().add(column("b₁ après", 6.5, r -> FrenchNumbers.scientific(r.bAfter(), 7)));
            table.getColumns().add(column("Livre : J ; w₁ ; b₁", 13.5, this::bookCell));
        } else {
            table.getColumns().add(column("∇J(W)", 6.5, r -> FrenchNumbers.scientific(r.gradW(), 7)));
            table.getColumns().add(column("W après", 6.5, r -> FrenchNumbers.scientific(r.wAfter(), 7)));
            table.getColumns().add(column("Livre : J ; W", 11, this::bookCell));
        }
    }

    private String bookCell(WorkedRow r) {
        BookLine line = model.bookLine(r);
        return line == null ? "" : line.cell(r);
    }

    private TableColumn<WorkedRow, String> column(String title, double widthEm, Function<WorkedRow, String> text) {
        TableColumn<WorkedRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.getProperties().put("em", widthEm);
        return c;
    }

    private void refresh() {
        if (follower == null) {
            return; // the follower's first call, before the constructor ends
        }
        Palette pal = follower.current();
        double em = pal.fontSize() * 0.9;
        for (TableColumn<WorkedRow, ?> c : table.getColumns()) {
            c.setPrefWidth((Double) c.getProperties().get("em") * em);
        }
        syncing = true;
        try {
            List<WorkedRow> shown = model.shownRows();
            if (!table.getItems().equals(shown)) {
                table.getItems().setAll(shown);
            }
            int sel = model.selectedProperty().get();
            if (sel >= 0 && sel < shown.size()) {
                table.getSelectionModel().select(sel);
                table.scrollTo(Math.max(0, sel - 2));
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
        showDetails(pal);
    }

    private void showDetails(Palette pal) {
        WorkedRow r = model.selectedRow();
        details.getChildren().clear();
        if (r == null) {
            Label hint = new Label("Sélectionnez une ligne pour voir ses calculs.");
            hint.getStyleClass().add("muted");
            details.getChildren().add(hint);
            details.setAccessibleText(null);
            note.set(null);
            return;
        }
        double alpha = model.learningRateProperty().get();
        for (List<String> line : StepFormulas.of(r, alpha)) {
            FlowPane row = new FlowPane();
            row.getStyleClass().add("gd-formula");
            for (String piece : line) {
                row.getChildren().add(new FormulaNode(new TeXFormula(piece), false, pal.fontSize(), pal.foreground()));
            }
            details.getChildren().add(row);
        }
        details.setAccessibleText(StepFormulas.text(r, alpha));
        note.set(noteFor(r));
        details.getChildren().add(noteLabel);
    }

    private BookCheck noteFor(WorkedRow r) {
        BookLine line = model.bookLine(r);
        String n = line == null ? null : line.note(r);
        if (line != null && !r.hasBias() && r.iteration() >= 6) {
            String limit = "Le livre annonce W = 1,33 après 6 itérations et un coût qui tend vers 0 : W tend vers 4/3 "
                    + "et J vers 1/6 ≈ 0,1667, car y = x + 1 ne s'écrit pas W·x.";
            n = n == null ? limit : n + " " + limit;
        }
        if (n != null) {
            return BookCheck.erratum(n);
        }
        return line == null ? null : new BookCheck(line.printed(), true, false);
    }

    TableView<WorkedRow> table() {
        return table;
    }

    public void dispose() {
        playbackBar.dispose();
        follower.dispose();
        model.exampleProperty().removeListener(onExample);
        model.revisionProperty().removeListener(onChange);
        startW.dispose();
        startB.dispose();
        rate.dispose();
        noteLabel.dispose();
    }
}

package fr.dlintro.ui.widget.textencoding;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * Fig. 7 as three steps side by side: the sentence's tokens, their one-hot rows and their
 * embedding rows. Pointing at a token (or tabbing to it) highlights its row everywhere.
 */
public final class TextEncodingView extends VBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final TextEncodingModel model;
    private final PaletteFollower follower;
    private final FlowPane tokens = new FlowPane();
    private final FlowPane vocabulary = new FlowPane();
    private final GridPane oneHotTable = new GridPane();
    private final GridPane embeddingTable = new GridPane();
    private final Label status = new Label();
    private final Rectangle legend = new Rectangle();
    private final List<List<Node>> rows = new ArrayList<>();       // per token: chip and table cells
    private final List<Label> vocabularyEntries = new ArrayList<>();
    private final List<Label> embeddingCells = new ArrayList<>();
    private final List<Double> embeddingValues = new ArrayList<>();

    public TextEncodingView(TextEncodingModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("text-encoding");

        TextField field = new TextField();
        field.setId("sentence");
        field.setAccessibleText("Phrase à encoder");
        field.setPromptText("Tapez une phrase en français");
        field.textProperty().bindBidirectional(model.sentenceProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Label fieldLabel = new Label("Phrase :");
        fieldLabel.setLabelFor(field);
        fieldLabel.getStyleClass().add("caption-title");
        HBox input = new HBox(fieldLabel, field);
        input.getStyleClass().add("sentence-row");

        status.setId("status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);

        tokens.getStyleClass().add("token-chips");
        tokens.setId("tokens");
        vocabulary.getStyleClass().add("vocabulary");
        vocabulary.setId("vocabulary");
        oneHotTable.getStyleClass().add("encoding-table");
        oneHotTable.setId("onehot-table");
        embeddingTable.getStyleClass().add("encoding-table");
        embeddingTable.setId("embedding-table");

        Label legendMinus = new Label(FrenchFormat.MINUS + "1");
        Label legendPlus = new Label("+1");
        Label legendText = new Label("Rouge : valeurs négatives, bleu : positives. Tirées au hasard à partir du mot ; "
                + "un vrai modèle les apprend.");
        for (Label l : List.of(legendMinus, legendPlus, legendText)) {
            l.getStyleClass().add("muted");
        }
        legendText.setWrapText(true);
        legendText.setPrefWidth(1); // wraps to the table's width instead of widening it
        legendText.setMaxWidth(Double.MAX_VALUE);
        HBox legendRow = new HBox(legendMinus, legend, legendPlus);
        legendRow.getStyleClass().add("legend-row");

        // side by side when the column allows, stacked otherwise; a table wider than the column shrinks
        VBox oneHotBox = new VBox(tableTitle("2. One-hot : une colonne par mot du vocabulaire"),
                new ShrinkToFit(oneHotTable));
        VBox embeddingBox = new VBox(tableTitle("3. Embedding : " + model.embeddingSize() + " valeurs par mot"),
                new ShrinkToFit(embeddingTable), legendRow, legendText);
        FlowPane tables = new FlowPane(oneHotBox, embeddingBox);
        tables.getStyleClass().add("encoding-tables");
        tables.setMinWidth(0); // FlowPane would otherwise demand its widest child's full width
        for (VBox box : List.of(oneHotBox, embeddingBox)) {
            box.getStyleClass().add("encoding-step");
            box.maxWidthProperty().bind(widthProperty());
        }
        getChildren().addAll(input, status,
                tokens, vocabulary, tables);

        model.encodingProperty().addListener((o, a, e) -> rebuild());
        model.highlightedProperty().addListener((o, a, b) -> restyle());
        follower = new PaletteFollower(palette, this, p -> recolour());
        rebuild();
    }

    private static Label step(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption-title");
        l.setWrapText(true);
        return l;
    }

    /** A title that wraps to its table's width instead of widening it. */
    private static Label tableTitle(String text) {
        Label l = step(text);
        l.setPrefWidth(1);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The sentence changed: new chips, vocabulary and table rows. */
    private void rebuild() {
        Encoding e = model.getEncoding();
        status.setText(model.status());
        tokens.getChildren().setAll(step("1. Tokens (les mots, en minuscules) :"));
        vocabulary.getChildren().setAll(step("Vocabulaire (indices dans l'ordre d'apparition) :"));
        oneHotTable.getChildren().clear();
        embeddingTable.getChildren().clear();
        rows.clear();
        vocabularyEntries.clear();
        embeddingCells.clear();
        embeddingValues.clear();

        for (int j = 0; j < e.vocabulary().size(); j++) {
            Label v = new Label(j + " : " + e.vocabulary().get(j));
            v.getStyleClass().add("vocabulary-entry");
            v.setId("vocab-" + j);
            vocabularyEntries.add(v);
            vocabulary.getChildren().add(v);
        }
        if (!e.isEmpty()) {
            oneHotTable.add(header("token", "token-header"), 0, 0);
            embeddingTable.add(header("token", "token-header"), 0, 0);
            for (int j = 0; j < e.vocabulary().size(); j++) {
                Label h = header(Integer.toString(j), "onehot-header");
                Tooltip.install(h, new Tooltip("Colonne " + j + " : « " + e.vocabulary().get(j) + " »"));
                oneHotTable.add(h, 1 + j, 0);
            }
            for (int d = 0; d < model.embeddingSize(); d++) {
                embeddingTable.add(header("d" + (d + 1), "embedding-header"), 1 + d, 0);
            }
        }
        for (int i = 0; i < e.tokens().size(); i++) {
            int token = i;
            List<Node> row = new ArrayList<>();
            Label chip = new Label(e.tokens().get(i));
            chip.setId("token-" + i);
            chip.getStyleClass().add("token-chip");
            chip.setFocusTraversable(true);
            chip.setAccessibleRole(AccessibleRole.TEXT);
            chip.setAccessibleText("Token " + (i + 1) + " : « " + e.tokens().get(i) + " », indice "
                    + e.vocabularyIndex(i) + " du vocabulaire");
            chip.focusedProperty().addListener((o, a, f) -> {
                if (f) {
                    model.highlight(token);
                } else if (model.highlightedProperty().get() == token) {
                    model.highlight(-1);
                }
            });
            tokens.getChildren().add(chip);
            row.add(chip);

            Label name = cell(e.tokens().get(i), "token-cell");
            oneHotTable.add(name, 0, 1 + i);
            row.add(name);
            Label again = cell(e.tokens().get(i), "token-cell");
            embeddingTable.add(again, 0, 1 + i);
            row.add(again);
            for (int j = 0; j < e.vocabulary().size(); j++) {
                int bit = e.oneHot()[i][j];
                Label c = cell(Integer.toString(bit), bit == 1 ? "onehot-one" : "onehot-zero");
                c.setId("onehot-" + i + "-" + j);
                oneHotTable.add(c, 1 + j, 1 + i);
                row.add(c);
            }
            for (int d = 0; d < model.embeddingSize(); d++) {
                double v = e.embeddings()[i][d];
                Label c = cell(FrenchFormat.decimal(v, 2), "embedding-cell");
                c.setId("embedding-" + i + "-" + d);
                embeddingCells.add(c);
                embeddingValues.add(v);
                embeddingTable.add(c, 1 + d, 1 + i);
                row.add(c);
            }
            for (Node n : row) {
                n.setOnMouseEntered(ev -> model.highlight(token));
                n.setOnMouseExited(ev -> {
                    if (model.highlightedProperty().get() == token && !chip.isFocused()) {
                        model.highlight(-1);
                    }
                });
            }
            rows.add(row);
        }
        recolour();
        restyle();
    }

    private static Label header(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-header", style);
        l.setAlignment(Pos.CENTER);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-cell", style);
        l.setAlignment(Pos.CENTER);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The pointed token's row stands out in the chips, the vocabulary and both tables. */
    private void restyle() {
        int h = model.highlightedProperty().get();
        Encoding e = model.getEncoding();
        int vocabIndex = h >= 0 ? e.vocabularyIndex(h) : -1;
        for (int i = 0; i < rows.size(); i++) {
            for (Node n : rows.get(i)) {
                n.pseudoClassStateChanged(ACTIVE, i == h);
            }
        }
        for (int j = 0; j < vocabularyEntries.size(); j++) {
            vocabularyEntries.get(j).pseudoClassStateChanged(ACTIVE, j == vocabIndex);
        }
    }

    /** Embedding cells are tinted by value: the theme's accent for positive, its negative colour for negative. */
    private void recolour() {
        Palette p = follower == null ? null : follower.current();
        if (p == null) {
            return;
        }
        for (int k = 0; k < embeddingCells.size(); k++) {
            embeddingCells.get(k).setBackground(new Background(new BackgroundFill(tint(p, embeddingValues.get(k)),
                    new CornerRadii(3), Insets.EMPTY)));
        }
        double em = p.fontSize();
        legend.setWidth(10 * em);
        legend.setHeight(0.9 * em);
        legend.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, tint(p, -1)), new Stop(0.5, tint(p, 0)), new Stop(1, tint(p, 1))));
        legend.setStroke(p.border());
    }

    static Color tint(Palette p, double v) {
        Color base = v < 0 ? p.negative() : p.accent();
        return p.background().interpolate(base, Math.min(1, Math.abs(v)) * 0.55);
    }

    public void dispose() {
        follower.dispose();
    }
}

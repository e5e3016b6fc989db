package fr.dlintro.ui.widget.backprop;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import fr.dlintro.ui.widget.ShrinkToFit;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The backprop widget: the playback bar, the network with every value and gradient, the
 * current stage's calculation as a formula with its numbers (and the book's errors where
 * it has some); x, y, the learning rate and the six parameters are typed in the network.
 */
public final class BackpropView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(BackpropView.class.getResource("backprop.css")).toExternalForm();

    private final BackpropModel model;
    private final PlaybackBar bar;
    private final BackpropDiagram diagram;
    private final Text status = new Text();
    private final Text explanation = new Text();
    private final VBox formula = new VBox();
    private final BookCheckLabel note;
    private final PaletteFollower follower;
    private final ChangeListener<Number> onChange = (o, a, b) -> refresh();
    private Palette palette;

    public BackpropView(BackpropModel model, ObservableValue<Palette> palettes) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("backprop");

        bar = new PlaybackBar(model.playback());

        diagram = new BackpropDiagram(model);
        diagram.setId("diagram");
        diagram.setMinWidth(USE_PREF_SIZE);

        status.setId("status");
        status.getStyleClass().add("bp-status");
        explanation.setId("explanation");
        explanation.getStyleClass().add("bp-explanation");
        TextFlow text = new TextFlow(status, explanation);
        formula.setId("formula");
        formula.getStyleClass().add("bp-formula");
        note = new BookCheckLabel(model.noteProperty());
        note.setId("note");
        VBox caption = new VBox(text, formula, note);
        caption.getStyleClass().add("caption-box");

        Button draw = button("draw", "Nouveaux poids", "Tirer six paramètres au hasard entre −1 et 1, comme PyTorch",
                model::drawParameters);
        Button defaults = button("defaults", "Poids de départ", "Revenir aux poids de départ de cette édition",
                model::restoreDefaults);
        // beside Réinitialiser, in the room the bar leaves on its row: the widget stays short
        HBox weights = new HBox(draw, defaults);
        weights.getStyleClass().add("button-row");
        bar.getChildren().add(weights);

        getChildren().addAll(bar, new ShrinkToFit(diagram), caption);

        model.revisionProperty().addListener(onChange);
        follower = new PaletteFollower(palettes, this, p -> {
            palette = p;
            refreshFormula();
        });
        refresh();
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleHelp(help);
        b.setMinWidth(USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        diagram.refresh();
        status.setText(FrenchText.keepPunctuationOnItsLine(model.status() + ". "));
        explanation.setText(FrenchText.keepPunctuationOnItsLine(model.explanation()));
        refreshFormula();
    }

    /** The stage's lines as formulas, at the text's size; redrawn only when the model changes. */
    private void refreshFormula() {
        if (palette == null) {
            return;
        }
        List<String> lines = model.formulaLines();
        VBox stack = new VBox();
        stack.getStyleClass().add("bp-formula-lines");
        for (String line : lines) {
            FormulaNode node = new FormulaNode(new TeXFormula(line), false, 1.15 * palette.fontSize(), palette.foreground());
            stack.getChildren().add(new HBox(node));
        }
        double width = stack.getChildren().stream().mapToDouble(n -> ((HBox) n).getChildren().get(0)
                .getLayoutBounds().getWidth()).max().orElse(0);
        StackPane holder = new StackPane(stack);
        holder.setAlignment(Pos.CENTER_LEFT);
        holder.setMinWidth(width);
        formula.getChildren().setAll(new ShrinkToFit(holder));
        formula.setAccessibleText(model.formulaText());
    }

    BackpropDiagram diagram() {
        return diagram;
    }

    public void dispose() {
        model.revisionProperty().removeListener(onChange);
        bar.dispose();
        note.dispose();
        follower.dispose();
    }
}

package fr.dlintro.ui.lesson;

import fr.dlintro.content.Problem;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.Widget;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.VBox;

/**
 * A lesson body turned into nodes, with what must follow the theme (formulas) and what
 * must be released when the page goes away (widgets).
 */
public final class RenderedPage {
    private final VBox body;
    private final List<FormulaNode> formulas;
    private final List<Widget> widgets;
    private final List<Problem> problems;
    private final ObservableValue<Palette> palette;
    private final ChangeListener<Palette> onPalette;

    RenderedPage(VBox body, List<FormulaNode> formulas, List<Widget> widgets, List<Problem> problems,
                 ObservableValue<Palette> palette) {
        this.body = body;
        this.formulas = List.copyOf(formulas);
        this.widgets = List.copyOf(widgets);
        this.problems = List.copyOf(problems);
        this.palette = palette;
        this.onPalette = (obs, old, p) -> restyle(p);
        palette.addListener(onPalette);
    }

    public VBox body() { return body; }
    public List<Problem> problems() { return problems; }
    public List<Widget> widgets() { return widgets; }
    public List<FormulaNode> formulas() { return formulas; }

    private void restyle(Palette p) {
        for (FormulaNode f : formulas) {
            f.setStyle(LessonRenderer.formulaSize(p, f.getStyleClass().contains("formula-display")), p.foreground());
        }
    }

    public void dispose() {
        palette.removeListener(onPalette);
        widgets.forEach(Widget::dispose);
    }
}

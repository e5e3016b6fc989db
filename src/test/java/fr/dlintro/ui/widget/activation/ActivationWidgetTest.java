package fr.dlintro.ui.widget.activation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class ActivationWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private ActivationWidget widget;

    @Start
    void start(Stage stage) {
        widget = (ActivationWidget) WidgetHarness.build("activation", Map.of(),
                new WidgetContext(palette.getReadOnlyProperty()));
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().isVisible();
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryAs(ListCell.class));
    }

    private ActivationView view() {
        return (ActivationView) widget.node();
    }

    @Test
    void opensOnTheSigmoidWithItsReadoutAndTheBooksFormula(FxRobot robot) {
        assertThat(text(robot, "readout")).isEqualTo("x = 1 · σ(x) = 0,731 · σ′(x) = 0,197");
        assertThat(shown(robot, "compare-readout")).isFalse();
        assertThat(shown(robot, "slope")).isFalse();
        assertThat(text(robot, "formula-main-source")).isEqualTo("Formule du livre (section 3.2.2)");
    }

    @Test
    void draggingOnThePlotMovesThePoint(FxRobot robot) {
        ActivationPlot plot = view().plot();
        Point2D from = plot.canvas().localToScreen(plot.px(1), plot.getHeight() / 2);
        Point2D to = plot.canvas().localToScreen(plot.px(-2), plot.getHeight() / 2);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(widget.model().xProperty().get()).isBetween(-2.05, -1.95);
        assertThat(text(robot, "readout")).startsWith("x = −2");
        assertThat(robot.lookup("#x-field").queryAs(TextField.class).getText()).startsWith("−2");
    }

    @Test
    void typingTheBooksPointShowsTheBooksValue(FxRobot robot) {
        TextField x = robot.lookup("#x-field").queryAs(TextField.class);
        robot.clickOn(x);
        robot.interact(x::selectAll);
        robot.write("3,75").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "readout")).startsWith("x = 3,75 · σ(x) = 0,977");
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: 0,98 ✓");
    }

    @Test
    void theBookExampleButtonGoesToSigmaOfThreePointSevenFive(FxRobot robot) {
        choose(robot, "function", "GELU");
        robot.clickOn("#book-example");
        assertThat(widget.model().functionProperty().get()).isEqualTo(ActivationKind.SIGMOID);
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: 0,98 ✓");
    }

    @Test
    void leakyReluShowsItsSlopeAndTheFormulaAddedByThisEdition(FxRobot robot) {
        choose(robot, "function", "Leaky ReLU");
        assertThat(shown(robot, "slope")).isTrue();
        assertThat(text(robot, "formula-main-source")).startsWith("Formule ajoutée par cette édition");
        assertThat(text(robot, "note")).contains("a = 0,01 par défaut");
        robot.interact(() -> robot.lookup("#slope-slider").query().requestFocus());
        for (int i = 0; i < 9; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        assertThat(widget.model().slopeProperty().get()).isEqualTo(0.1);
        robot.interact(() -> widget.model().xProperty().set(-2));
        assertThat(text(robot, "readout")).isEqualTo("x = −2 · LeakyReLU(x) = −0,2 · LeakyReLU′(x) = 0,1");
    }

    @Test
    void preluSaysItsSlopeIsLearned(FxRobot robot) {
        choose(robot, "function", "PReLU");
        assertThat(robot.lookup("#slope").lookup(".number-slider-label").queryAs(Label.class).getText())
                .isEqualTo("Pente apprise a (x < 0) :");
        assertThat(text(robot, "note")).contains("paramètre appris");
    }

    @Test
    void comparingAddsTheSecondCurvesReadoutAndFormula(FxRobot robot) {
        choose(robot, "compare", "tanh");
        assertThat(shown(robot, "compare-readout")).isTrue();
        assertThat(text(robot, "compare-readout")).isEqualTo("x = 1 · tanh(x) = 0,762 · tanh′(x) = 0,42");
        assertThat(text(robot, "formula-compare-source")).isEqualTo("Formule du livre (section 3.2.4)");
        choose(robot, "compare", "aucune");
        assertThat(robot.lookup("#formula-compare").tryQuery()).isEmpty();
    }

    @Test
    void theDerivativeOfTanhFitsItsAxesWhileLeakyReluNeedsTaller(FxRobot robot) {
        choose(robot, "function", "tanh");
        double[] without = widget.model().yRange();
        robot.clickOn("#derivative");
        assertThat(widget.model().derivativeProperty().get()).isTrue();
        assertThat(widget.model().yRange()).containsExactly(without);
        choose(robot, "function", "Leaky ReLU");
        assertThat(widget.model().yRange()[1]).isGreaterThan(1.25);
    }

    @Test
    void presentationSizeEnlargesThePlotAndDisposeStopsFollowing(FxRobot robot) {
        double before = view().plot().getHeight();
        robot.interact(() -> palette.set(Palette.darkTheme().withFontSize(24)));
        robot.interact(() -> view().layout());
        assertThat(view().plot().getHeight()).isGreaterThan(before * 1.5);
        assertThat(view().getWidth()).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH);
        robot.interact(() -> {
            widget.dispose();
            palette.set(Palette.lightTheme().withFontSize(16));
        });
        assertThat(view().getStyle()).contains("24");
    }
}

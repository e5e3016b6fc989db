package fr.dlintro.ui.widget.biasclassifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.TwoClassPoints.Layout;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BiasClassifierWidgetTest {
    private BiasClassifierWidget widget;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        widget = (BiasClassifierWidget) WidgetHarness.build("bias-classifier", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** A wrapping text as shown: French punctuation kept on its line by narrow no-break spaces. */
    private static String shown(String text) {
        return FrenchText.keepPunctuationOnItsLine(text);
    }

    private SeparationPlot plot() {
        return ((BiasClassifierView) widget.node()).plot();
    }

    /** Screen position of a point of the plane. */
    private Point2D screen(double x, double y) {
        return plot().localToScreen(plot().px(x), plot().py(y));
    }

    private void press(FxRobot robot, String id, KeyCode key, int times) {
        robot.interact(() -> robot.lookup("#" + id).query().requestFocus());
        for (int i = 0; i < times; i++) {
            robot.press(key).release(key);
        }
    }

    @Test
    void opensOnTheShiftedSetWithTheHorizontalLineAndCountsTheErrors(FxRobot robot) {
        assertThat(widget.model().datasetProperty().get()).isEqualTo(Layout.DECALE);
        assertThat(text(robot, "equation")).isEqualTo("0,00·x₁ + 1,00·x₂ + 0,00 = 0");
        assertThat(text(robot, "errors")).isEqualTo("12 points mal classés sur 24.");
        assertThat(robot.lookup("#w2-field").queryAs(TextField.class).getText()).isEqualTo("1");
    }

    @Test
    void draggingThePivotShiftsTheLineUntilTheClassesAreSeparated(FxRobot robot) {
        press(robot, "w1-slider", KeyCode.RIGHT, 10);
        assertThat(widget.model().w1Property().get()).isCloseTo(1, within(1e-9));
        assertThat(robot.lookup("#w1-field").queryAs(TextField.class).getText()).isEqualTo("1");
        robot.drag(screen(0, 0), MouseButton.PRIMARY).dropTo(screen(1.7, 1.7));
        assertThat(widget.model().bProperty().get()).isCloseTo(-3.4, within(0.08));
        assertThat(text(robot, "errors")).isEqualTo(shown("Aucun point mal classé : la droite sépare les deux classes."));
        assertThat(robot.lookup("#b-slider").queryAs(Slider.class).getValue()).isEqualTo(widget.model().bProperty().get());
    }

    @Test
    void typingExactValuesSeparatesTheShiftedSet(FxRobot robot) {
        for (String[] typed : new String[][] {{"w1-field", "1"}, {"w2-field", "1"}, {"b-field", "-3,4"}}) {
            robot.doubleClickOn("#" + typed[0]).eraseText(6).write(typed[1]).press(KeyCode.ENTER).release(KeyCode.ENTER);
        }
        assertThat(text(robot, "equation")).isEqualTo("1,00·x₁ + 1,00·x₂ − 3,40 = 0");
        assertThat(widget.model().misclassifiedProperty().get()).isZero();
        // the pivot followed the line
        double onLine = widget.model().pivotX() + widget.model().pivotY() - 3.4;
        assertThat(onLine).isCloseTo(0, within(1e-9));
    }

    @Test
    void draggingTheArrowTurnsTheLineAboutThePivot(FxRobot robot) {
        double[] tip = plot().arrowTip();
        robot.drag(screen(tip[0], tip[1]), MouseButton.PRIMARY).dropTo(screen(1, 0));
        assertThat(widget.model().w1Property().get()).isCloseTo(1, within(0.03));
        assertThat(widget.model().w2Property().get()).isCloseTo(0, within(0.03));
        assertThat(widget.model().bProperty().get()).isCloseTo(0, within(1e-9));
        assertThat(text(robot, "equation")).startsWith("1,00·x₁");
    }

    @Test
    void withoutBiasTheShiftedSetCannotBeSeparatedAndTheBSliderIsOff(FxRobot robot) {
        robot.clickOn("#bias");
        assertThat(widget.model().biasEnabledProperty().get()).isFalse();
        assertThat(robot.lookup("#b-slider").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#b-field").query().isDisabled()).isTrue();
        assertThat(text(robot, "equation")).isEqualTo("0,00·x₁ + 1,00·x₂ = 0");
        assertThat(text(robot, "hint")).contains(shown("aucune ne sépare ces points (au mieux 5 erreurs)"));
        // the pin at the origin does not move
        robot.drag(screen(0, 0), MouseButton.PRIMARY).dropTo(screen(1.7, 1.7));
        assertThat(widget.model().pivotX()).isZero();
        assertThat(widget.model().misclassifiedProperty().get()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theCentredSetIsSeparatedWithoutBiasByTurningW(FxRobot robot) {
        robot.clickOn("#set-centre");
        robot.clickOn("#bias");
        assertThat(text(robot, "hint")).contains("Ici, cela suffit");
        press(robot, "w2-slider", KeyCode.LEFT, 10);
        press(robot, "w1-slider", KeyCode.RIGHT, 10);
        assertThat(text(robot, "equation")).isEqualTo("1,00·x₁ + 0,00·x₂ = 0");
        assertThat(widget.model().misclassifiedProperty().get()).isZero();
        robot.clickOn("#reset");
        assertThat(text(robot, "equation")).isEqualTo("0,00·x₁ + 1,00·x₂ = 0");
    }

    @Test
    void everyControlHasAnAccessibleNameAndTheKeyboardReachesThem(FxRobot robot) {
        for (String id : new String[] {"w1-slider", "w2-slider", "b-slider", "w1-field", "w2-field", "b-field"}) {
            Node n = robot.lookup("#" + id).query();
            assertThat(n.getAccessibleText()).isNotBlank();
            assertThat(n.isFocusTraversable()).isTrue();
        }
        robot.interact(() -> robot.lookup("#bias").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(widget.model().biasEnabledProperty().get()).isFalse();
        assertThat(plot().getAccessibleText()).contains("0,00·x₁ + 1,00·x₂ = 0").contains("mal classés");
    }

    @Test
    void presentationSizeInTheDarkThemeStaysInsideTheColumn(FxRobot robot) {
        robot.interact(() -> {
            widget.dispose();
            widget = (BiasClassifierWidget) WidgetHarness.build("bias-classifier",
                    Map.of("dataset", "diagonale", "bias", false),
                    WidgetHarness.context(Palette.darkTheme().withFontSize(24)));
            WidgetHarness.show(stage, widget, true);
        });
        assertThat(widget.model().datasetProperty().get()).isEqualTo(Layout.DIAGONALE);
        Node root = widget.node();
        assertThat(ColumnScroll.rightmostBox(root)).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
        assertThat(plot().getWidth()).isEqualTo(Math.floor(23 * 24));
    }

    @Test
    void disposeStopsRedrawingFromTheModel(FxRobot robot) {
        robot.interact(() -> widget.dispose());
        String before = plot().getAccessibleText();
        robot.interact(() -> widget.model().w1Property().set(2));
        assertThat(plot().getAccessibleText()).isEqualTo(before);
    }
}

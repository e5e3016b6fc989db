package fr.dlintro.ui.widget.softmax;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SoftmaxWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private SoftmaxWidget widget;

    @Start
    void start(Stage stage) {
        widget = (SoftmaxWidget) WidgetHarness.build("softmax", Map.of(), new WidgetContext(palette.getReadOnlyProperty()));
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String fieldId, String text) {
        TextField f = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text).press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    private static double barWidth(FxRobot robot, int j) {
        return robot.lookup("#bar-" + j).queryAs(Rectangle.class).getWidth();
    }

    @Test
    void theBooksScoresShowTheBooksNumbersBesideTheComputedOnes(FxRobot robot) {
        assertThat(text(robot, "name-0")).isEqualTo("chat");
        assertThat(text(robot, "exp-0")).isEqualTo("7,389");
        assertThat(text(robot, "exp-3")).isEqualTo("20,086");
        assertThat(text(robot, "p-0")).isEqualTo("0,242 (24,2 %)");
        assertThat(text(robot, "p-1")).isEqualTo("0,089 (8,9 %)");
        assertThat(text(robot, "p-2")).isEqualTo("0,012 (1,2 %)");
        assertThat(text(robot, "p-3")).isEqualTo("0,657 (65,7 %)");
        assertThat(text(robot, "book-p-3")).isEqualTo("0,657 ✓");
        assertThat(text(robot, "sum")).isEqualTo("Somme des exponentielles : 30,561");
        assertThat(text(robot, "book-sum")).isEqualTo("Livre\u202F: 30,561 ✓");
        assertThat(text(robot, "book-exponentials")).isEqualTo("Livre\u202F: exp(z) = 7,389\u202F; 2,718\u202F; 0,368\u202F; 20,086 ✓");
        assertThat(text(robot, "verdict")).startsWith("Le réseau penche pour «\u202Fpoisson\u202F» à 65,7 %");
        assertThat(barWidth(robot, 3)).isGreaterThan(barWidth(robot, 0)).isGreaterThan(barWidth(robot, 2));
    }

    @Test
    void typingAScoreRecomputesAndHidesTheBooksValues(FxRobot robot) {
        type(robot, "z-2-field", "4");
        assertThat(text(robot, "exp-2")).isEqualTo("54,598");
        assertThat(text(robot, "verdict")).contains("«\u202Foiseau\u202F»");
        assertThat(text(robot, "book-p-3")).isEmpty();
        assertThat(robot.lookup("#book-sum").query().isVisible()).isFalse();
        robot.clickOn("#book-example");
        assertThat(text(robot, "book-sum")).isEqualTo("Livre\u202F: 30,561 ✓");
    }

    @Test
    void focusingAScoreWritesOutItsClassCalculation(FxRobot robot) {
        robot.interact(() -> robot.lookup("#z-3-slider").query().requestFocus());
        assertThat(widget.model().selectedProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#formula-node").query().getAccessibleText())
                .isEqualTo("s(z) de « poisson » = e^3 / Σ = 20,086 / 30,561 = 0,657");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(widget.model().scores().get(3).logitProperty().get()).isEqualTo(3.1);
    }

    @Test
    void classesAreAddedAndRemovedWithTheirRows(FxRobot robot) {
        robot.clickOn("#add-class");
        assertThat(text(robot, "name-4")).isEqualTo("classe 5");
        assertThat(text(robot, "exp-4")).isEqualTo("1");
        robot.clickOn("#remove-0");
        assertThat(text(robot, "name-0")).isEqualTo("chien");
        robot.clickOn("#remove-0");
        robot.clickOn("#remove-0");
        assertThat(robot.lookup("#remove-0").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(widget.model().scores()).hasSize(2);
    }

    @Test
    void aLowTemperatureSharpensTheBarsAndTOneComesBack(FxRobot robot) {
        double before = barWidth(robot, 3);
        type(robot, "temperature-field", "0,5");
        assertThat(barWidth(robot, 3)).isGreaterThan(before);
        assertThat(robot.lookup(".table-header").match(n -> "exp(z/T)".equals(((Label) n).getText())).tryQuery())
                .isPresent();
        assertThat(text(robot, "book-p-3")).isEmpty();
        robot.clickOn("#temperature-reset");
        assertThat(barWidth(robot, 3)).isEqualTo(before);
        assertThat(text(robot, "book-p-3")).isEqualTo("0,657 ✓");
    }

    @Test
    void presentationSizeWidensTheBarsAndDisposeStopsFollowing(FxRobot robot) {
        double before = barWidth(robot, 3);
        robot.interact(() -> palette.set(Palette.darkTheme().withFontSize(24)));
        assertThat(barWidth(robot, 3)).isGreaterThan(before * 1.5);
        robot.interact(() -> widget.node().getScene().getRoot().layout());
        assertThat(((javafx.scene.layout.Region) widget.node()).getWidth()).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH);
        robot.interact(() -> {
            widget.dispose();
            palette.set(Palette.lightTheme());
        });
        assertThat(barWidth(robot, 3)).isGreaterThan(before * 1.5);
    }
}

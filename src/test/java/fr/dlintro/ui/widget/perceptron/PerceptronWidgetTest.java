package fr.dlintro.ui.widget.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class PerceptronWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private PerceptronWidget widget;

    @Start
    void start(Stage stage) {
        widget = (PerceptronWidget) WidgetHarness.build("perceptron", Map.of("preset", "ponderee"),
                new WidgetContext(palette.getReadOnlyProperty()));
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

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryAs(ListCell.class));
    }

    @Test
    void opensOnFigureElevenWithTheCalculationAndTheBooksValue(FxRobot robot) {
        assertThat(text(robot, "calculation")).isEqualTo("z = 7 × 0,6 + (−3) × 0,25 + 2 × 0,15 = 3,75");
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: 3,75 ✓");
        assertThat(robot.lookup("#w-1-field").queryAs(TextField.class).getText()).isEqualTo("0,25");
        assertThat(robot.lookup("#preset-ponderee").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("active"));
    }

    @Test
    void theSigmoidPresetShowsZeroPointNineSevenSevenAndTheBooksZeroPointNineEight(FxRobot robot) {
        robot.clickOn("#preset-sigmoide");
        assertThat(text(robot, "activation-line")).isEqualTo("ŷ = σ(3,75) = 0,977");
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: 0,98 ✓");
        assertThat(robot.lookup("#preset-ponderee").query().getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("active"));
    }

    @Test
    void theMeanPresetWritesTheWeightsAsThirds(FxRobot robot) {
        robot.clickOn("#preset-moyenne");
        assertThat(text(robot, "calculation")).isEqualTo("z = 7 × 1/3 + (−3) × 1/3 + 2 × 1/3 = 2");
        assertThat(robot.lookup("#w-0-field").queryAs(TextField.class).getText()).isEqualTo("1/3");
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: 2 ✓");
    }

    @Test
    void questionThirteenShowsTheErratumAndTheBiasOnTheDiagramRows(FxRobot robot) {
        robot.clickOn("#preset-biais-q13");
        assertThat(text(robot, "calculation")).isEqualTo("z = 2 × 0,2 + 3 × (−0,5) + 0,1 = −1");
        assertThat(text(robot, "activation-line")).isEqualTo("ŷ = ReLU(−1) = 0");
        Label check = robot.lookup("#book-check").queryAs(Label.class);
        assertThat(check.getText()).contains("−0,9").contains("−1,0");
        assertThat(check.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("erratum"));
        assertThat(robot.lookup("#x-2").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bias-field").queryAs(TextField.class).isDisabled()).isFalse();
    }

    @Test
    void typingAWeightRecomputesEverythingAndLeavesTheBooksPreset(FxRobot robot) {
        type(robot, "w-0-field", "0,5");
        assertThat(widget.model().synapses().get(0).weightProperty().get()).isEqualTo(0.5);
        assertThat(text(robot, "calculation")).isEqualTo("z = 7 × 0,5 + (−3) × 0,25 + 2 × 0,15 = 3,05");
        assertThat(robot.lookup("#book-check").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theInputSliderFollowsTheKeyboardInHalfSteps(FxRobot robot) {
        robot.interact(() -> robot.lookup("#x-0-slider").query().requestFocus());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(widget.model().synapses().get(0).inputProperty().get()).isEqualTo(7.5);
        assertThat(text(robot, "calculation")).startsWith("z = 7,5 × 0,6 ");
    }

    @Test
    void draggingASliderRedrawsTheDiagramWithoutRebuildingTheRows(FxRobot robot) {
        Node rowBefore = robot.lookup("#x-0").query();
        WritableImage before = snapshot(robot);
        Slider w = robot.lookup("#w-0-slider").queryAs(Slider.class);
        robot.drag(w.lookup(".thumb")).moveBy(-40, 0).moveBy(-40, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(widget.model().synapses().get(0).weightProperty().get()).isLessThan(0.6);
        Node rowAfter = robot.lookup("#x-0").query();
        assertThat(rowAfter).isSameAs(rowBefore);
        assertThat(differs(before, snapshot(robot))).isTrue();
        double weight = widget.model().synapses().get(0).weightProperty().get();
        assertThat(Math.abs(weight * 20 - Math.rint(weight * 20))).isLessThan(1e-9); // slider moves snap to 0,05
    }

    @Test
    void theActivationIsChosenFromTheList(FxRobot robot) {
        choose(robot, "activation", "tanh");
        assertThat(widget.model().activationProperty().get()).isEqualTo(ActivationKind.TANH);
        assertThat(text(robot, "activation-line")).isEqualTo("ŷ = tanh(3,75) = 0,999");
    }

    @Test
    void theBiasCheckBoxSwitchesTheBiasAndItsControlsAndMakesRoomForItOnTheDiagram(FxRobot robot) {
        assertThat(robot.lookup("#bias-field").queryAs(TextField.class).isDisabled()).isTrue();
        double withoutBias = widget.view().diagram().getHeight();
        robot.clickOn("#bias-on");
        type(robot, "bias-field", "−0,75");
        assertThat(widget.model().sumProperty().get()).isCloseTo(3, within(1e-12));
        assertThat(text(robot, "calculation")).endsWith("+ (−0,75) = 3");
        assertThat(widget.view().diagram().getHeight()).isGreaterThan(withoutBias);
    }

    @Test
    void inputsAreAddedAndRemovedWithTheirRows(FxRobot robot) {
        robot.clickOn("#add-input");
        assertThat(robot.lookup("#x-3").tryQuery()).isPresent();
        assertThat(text(robot, "calculation")).isEqualTo("z = 7 × 0,6 + (−3) × 0,25 + 2 × 0,15 + 1 × 0 = 3,75");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#remove-input");
        }
        assertThat(robot.lookup("#x-1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#remove-input").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void presentationSizeEnlargesTheDiagramButKeepsItInTheColumn(FxRobot robot) {
        double before = widget.view().diagram().getHeight();
        robot.interact(() -> palette.set(Palette.lightTheme().withFontSize(24)));
        robot.interact(() -> widget.view().layout());
        assertThat(widget.view().diagram().getHeight()).isGreaterThan(before * 1.5);
        assertThat(widget.view().getWidth()).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH);
        robot.interact(() -> palette.set(Palette.darkTheme().withFontSize(16)));
        assertThat(widget.view().getStyle()).contains("16");
    }

    @Test
    void disposeStopsFollowingThePalette(FxRobot robot) {
        robot.interact(() -> {
            widget.dispose();
            palette.set(Palette.lightTheme().withFontSize(24));
        });
        assertThat(widget.view().getStyle()).contains("14");
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = widget.view().diagram().snapshot(null, null));
        return out[0];
    }

    private static boolean differs(WritableImage a, WritableImage b) {
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}

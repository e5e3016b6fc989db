package fr.dlintro.ui.widget.feedforward;

import static fr.dlintro.ui.widget.ColumnScroll.click;
import static fr.dlintro.ui.widget.ColumnScroll.reveal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FeedforwardWidgetTest {
    private FeedforwardWidget widget;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        widget = (FeedforwardWidget) WidgetHarness.build("feedforward", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** A wrapping text as shown: French punctuation kept on its line by narrow no-break spaces. */
    private static String shown(String text) {
        return FrenchText.keepPunctuationOnItsLine(text);
    }

    private FeedforwardDiagram diagram() {
        return ((FeedforwardView) widget.node()).diagram();
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static void replace(FxRobot robot, String id, String typed) {
        reveal(robot, id);
        robot.clickOn("#" + id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(typed);
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    /** Opens the folded weight editor of a layer. */
    private static void openEditor(FxRobot robot, int layer) {
        click(robot, "editor-" + layer);
        assertThat(robot.lookup("#editor-" + layer).queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void opensOnTheBooksNetworkWithEveryValueOfFigureTwentyTwo(FxRobot robot) {
        assertThat(field(robot, "input-0")).isEqualTo("70");
        assertThat(field(robot, "input-1")).isEqualTo("25");
        assertThat(text(robot, "a-1-2")).isEqualTo("a = 36,3");
        assertThat(text(robot, "z-2-1")).isEqualTo("z = 46,01");
        assertThat(text(robot, "a-2-2")).isEqualTo("a = 54,12");
        assertThat(text(robot, "b-2-2")).isEqualTo("b = 0,3");
        assertThat(text(robot, "a-3-0")).isEqualTo("ŷ = 29,328");
        assertThat(text(robot, "output-check")).isEqualTo(shown("Livre : 29,328 ✓"));
        assertThat(text(robot, "book-check-3")).isEqualTo(shown("Livre : 29,328 ✓"));
        assertThat(text(robot, "sum-3")).isEqualTo(
                "z₁ = 37,9 × 0,1 + 46,01 × 0,2 + 54,12 × 0,3 + 0,1 = 3,79 + 9,202 + 16,236 + 0,1 = 29,328");
        assertThat(text(robot, "act-3")).isEqualTo("a₁ = ReLU(29,328) = 29,328");
    }

    @Test
    void steppingWalksTheLayersAndHighlightsTheActiveOne(FxRobot robot) {
        click(robot, "restart");
        assertThat(text(robot, "a-1-0")).isEqualTo("a = ?");
        assertThat(robot.lookup("#output-check").query().isVisible()).isFalse();
        assertThat(robot.lookup("#detail-0").query().isVisible()).isTrue();
        assertThat(text(robot, "inputs-text")).startsWith(shown("Entrées : x = (70 ; 25)"));
        assertThat(diagram().getAccessibleText()).startsWith("Étape 0 sur 3 : les entrées.");

        click(robot, "next");
        assertThat(diagram().getAccessibleText()).startsWith("Étape 1 sur 3 : couche cachée 1.");
        assertThat(text(robot, "a-1-0")).isEqualTo("a = 17,1");
        assertThat(text(robot, "a-2-0")).isEqualTo("a = ?");
        assertThat(has(diagram().box(1, 0), "active")).isTrue();
        assertThat(has(diagram().box(1, 0), "selected")).isTrue();
        assertThat(has(diagram().box(2, 0), "pending")).isTrue();
        assertThat(has(diagram().line(1, 1, 0), "active")).isTrue();
        assertThat(has(diagram().line(1, 1, 2), "active")).isFalse();
        assertThat(text(robot, "sum-1")).isEqualTo("z₁ = 70 × 0,1 + 25 × 0,4 + 0,1 = 7 + 10 + 0,1 = 17,1");
        assertThat(text(robot, "book-check-1")).isEqualTo(shown("Livre : 17,1 ; 26,7 ; 36,3 ✓"));

        click(robot, "next");
        assertThat(text(robot, "sum-2")).isEqualTo(
                "z₁ = 17,1 × 0,1 + 26,7 × 0,4 + 36,3 × 0,7 + 0,1 = 1,71 + 10,68 + 25,41 + 0,1 = 37,9");
        assertThat(text(robot, "book-check-2")).isEqualTo(shown("Livre : 37,9 ; 46,01 ; 54,12 ✓"));
        click(robot, "all");
        assertThat(widget.model().stepProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theReaderChoosesWhichNeuronIsWrittenOut(FxRobot robot) {
        click(robot, "restart");
        click(robot, "next");
        click(robot, "next");
        click(robot, "neuron-choice-2-2");
        assertThat(text(robot, "sum-2")).isEqualTo(
                "z₃ = 17,1 × 0,3 + 26,7 × 0,6 + 36,3 × 0,9 + 0,3 = 5,13 + 16,02 + 32,67 + 0,3 = 54,12");
        assertThat(text(robot, "act-2")).isEqualTo("a₃ = ReLU(54,12) = 54,12");
        assertThat(has(diagram().line(2, 0, 2), "active")).isTrue();
        assertThat(has(diagram().box(2, 2), "selected")).isTrue();
    }

    @Test
    void clickingANeuronComputesDownToItsLayerAndDetailsIt(FxRobot robot) {
        click(robot, "restart");
        click(robot, "neuron-2-1");
        assertThat(widget.model().stepProperty().get()).isEqualTo(2);
        assertThat(text(robot, "a-2-1")).isEqualTo("a = 46,01");
        assertThat(text(robot, "sum-2")).startsWith("z₂ = 17,1 × 0,2");
        assertThat(robot.lookup("#neuron-choice-2-1").queryAs(RadioButton.class).isSelected()).isTrue();
    }

    @Test
    void typingAWeightRecomputesEverythingDownstream(FxRobot robot) {
        click(robot, "restart");
        click(robot, "next");
        openEditor(robot, 1);
        replace(robot, "w-1-0-0", "0,2");
        assertThat(widget.model().weight(1, 0, 0)).isCloseTo(0.2, within(1e-7));
        assertThat(text(robot, "a-1-0")).isEqualTo("a = 24,1");
        assertThat(robot.lookup("#book-check-1").query().isVisible()).isFalse();
        click(robot, "all");
        // 24.1 feeds both later layers: 38.6, 47.41, 56.22, then 30.308
        assertThat(text(robot, "a-2-1")).isEqualTo("a = 47,41");
        assertThat(text(robot, "a-3-0")).isEqualTo("ŷ = 30,308");
        assertThat(robot.lookup("#output-check").query().isVisible()).isFalse();

        click(robot, "book");
        assertThat(text(robot, "output-check")).isEqualTo(shown("Livre : 29,328 ✓"));
        assertThat(widget.model().isBookNetwork()).isTrue();
    }

    @Test
    void typingAnInputOrABiasRecomputesAndNonsenseIsIgnored(FxRobot robot) {
        replace(robot, "input-0", "80");
        assertThat(text(robot, "z-1-0")).isEqualTo("z = 18,1");
        openEditor(robot, 3);
        replace(robot, "b-field-3-0", "-40");
        assertThat(text(robot, "z-3-0")).startsWith("z = −");
        assertThat(text(robot, "a-3-0")).isEqualTo("ŷ = 0");
        replace(robot, "input-1", "abc");
        assertThat(widget.model().input(1)).isEqualTo(25);
        assertThat(has(robot.lookup("#input-1").query(), "invalid")).isTrue();
        robot.interact(() -> robot.lookup("#input-0").query().requestFocus());
        assertThat(field(robot, "input-1")).isEqualTo("25");
    }

    @Test
    void pointingAtAWeightFieldHighlightsItsConnection(FxRobot robot) {
        click(robot, "restart");
        click(robot, "next");
        openEditor(robot, 1);
        reveal(robot, "w-1-1-2");
        robot.moveTo("#w-1-1-2");
        assertThat(has(diagram().line(1, 1, 2), "linked")).isTrue();
        assertThat(has(diagram().line(1, 0, 2), "linked")).isFalse();
        robot.moveTo("#sum-1");
        assertThat(has(diagram().line(1, 1, 2), "linked")).isFalse();
    }

    @Test
    void everyFieldAndButtonIsReachableByTabAndNamed(FxRobot robot) {
        click(robot, "input-0");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(robot.lookup("#input-1").query().isFocused()).isTrue();
        assertThat(robot.lookup("#input-0").queryAs(TextField.class).getAccessibleText())
                .isEqualTo("Entrée x1, poids (kg)");
        TextField w = robot.lookup("#w-3-0-0").queryAs(TextField.class);
        assertThat(w.getAccessibleText()).isEqualTo("Poids de a₁⁽²⁾ vers le neurone 1 de la couche de sortie");
        assertThat(w.isFocusTraversable()).isTrue();
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();
        click(robot, "restart");
        robot.interact(() -> robot.lookup("#next").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(widget.model().stepProperty().get()).isEqualTo(1);
        robot.interact(() -> robot.lookup("#editor-1").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(robot.lookup("#editor-1").queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void presentationSizeStaysInsideTheColumnInTheDarkTheme(FxRobot robot) {
        robot.interact(() -> {
            widget.dispose();
            widget = (FeedforwardWidget) WidgetHarness.build("feedforward", Map.of("step", 2),
                    WidgetHarness.context(Palette.darkTheme().withFontSize(24)));
            WidgetHarness.show(stage, widget, true);
        });
        assertThat(text(robot, "a-2-2")).isEqualTo("a = 54,12");
        Node root = widget.node();
        assertThat(ColumnScroll.rightmostBox(root)).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
    }

    @Test
    void disposeStopsFollowingTheModel(FxRobot robot) {
        robot.interact(() -> widget.dispose());
        robot.interact(() -> widget.model().inputProperty(0).set(90));
        assertThat(field(robot, "input-0")).isEqualTo("70");
        assertThat(text(robot, "z-1-0")).isEqualTo("z = 17,1");
    }
}

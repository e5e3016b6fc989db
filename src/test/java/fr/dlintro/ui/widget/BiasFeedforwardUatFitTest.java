package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bias-classifier, feedforward and uat widgets, as the lessons of chapter 3 use them, in
 * each theme and at presentation size: inside the lesson column, no truncated text, and at
 * 100 % no taller than the budget the chapter 2 widgets keep (AllWidgetsFitTest).
 */
@ExtendWith(ApplicationExtension.class)
class BiasFeedforwardUatFitTest {
    private static final List<Map.Entry<String, Map<String, Object>>> CASES = List.of(
            Map.entry("bias-classifier", Map.of("dataset", "centre", "bias", false)),
            Map.entry("bias-classifier", Map.of("dataset", "decale")),
            Map.entry("feedforward", Map.of()),
            Map.entry("feedforward", Map.of("step", 0)),
            Map.entry("feedforward", Map.of("step", 1)),
            Map.entry("feedforward", Map.of("step", 2)),
            Map.entry("uat", Map.of()),
            Map.entry("uat", Map.of("target", "dessin", "neurons", 50, "activation", "sigmoide")));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyWidgetFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(21), Palette.darkTheme().withFontSize(24))) {
            for (Map.Entry<String, Map<String, Object>> e : CASES) {
                Widget[] w = new Widget[1];
                robot.interact(() -> {
                    w[0] = WidgetHarness.build(e.getKey(), e.getValue(), WidgetHarness.context(p));
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = e.getKey() + " " + e.getValue() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                Node root = w[0].node();
                if (p.fontSize() == 14) {
                    assertThat(root.getLayoutBounds().getHeight()).as(where + " height").isBetween(260.0, 460.0);
                }
                assertThat(ColumnScroll.rightmostBox(root)).as(where + " right edge")
                        .isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                assertNoTruncatedText(root, where);
                robot.interact(w[0]::dispose);
            }
        }
    }

    /** Hidden parts (another step's panel, a folded editor) are not looked at. */
    private static void assertNoTruncatedText(Node n, String where) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            // the label's own text: a titled pane's is in its title bar, not in its content
            Node owner = l instanceof javafx.scene.control.TitledPane ? l.lookup(".title") : l;
            javafx.scene.text.Text shown = ((Parent) owner).getChildrenUnmodifiable().stream()
                    .filter(c -> c instanceof javafx.scene.text.Text).map(c -> (javafx.scene.text.Text) c)
                    .findFirst().orElse(null);
            if (shown != null && l.getTextOverrun() != OverrunStyle.CLIP) {
                assertThat(shown.getText()).as(where + " label « " + l.getText() + " » is truncated")
                        .isEqualTo(l.getText());
            }
        }
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                assertNoTruncatedText(child, where);
            }
        }
    }
}

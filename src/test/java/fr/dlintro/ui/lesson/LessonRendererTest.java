package fr.dlintro.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.Lesson;
import fr.dlintro.content.LessonDocument;
import fr.dlintro.ui.theme.Palette;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each Markdown element through the real renderer, on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class LessonRendererTest {
    @TempDir
    Path repo;
    private Stage stage;
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private final List<String> links = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private RenderedPage render(FxRobot robot, String markdown) {
        AtomicReference<RenderedPage> page = new AtomicReference<>();
        Lesson lesson = new Lesson("2.1", "Titre", 2, "lessons/02-x/02.1-t.md", markdown, 6);
        robot.interact(() -> {
            RenderContext ctx = new RenderContext(palette.getReadOnlyProperty(), ContentRoot.ofRepository(repo), links::add);
            RenderedPage p = LessonRenderer.render(LessonDocument.parse(lesson), ctx);
            stage.setScene(new Scene(p.body(), 800, 600));
            stage.show();
            page.set(p);
        });
        return page.get();
    }

    private static <T extends Node> List<T> all(Parent root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Node> void collect(Parent p, Class<T> type, List<T> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
            if (n instanceof Parent q) {
                collect(q, type, out);
            }
        }
    }

    private static String text(TextFlow f) {
        StringBuilder sb = new StringBuilder();
        f.getChildren().stream().filter(Text.class::isInstance).forEach(t -> sb.append(((Text) t).getText()));
        return sb.toString();
    }

    @Test
    void headingsCarryTheirLevel(FxRobot robot) {
        RenderedPage p = render(robot, "## 2.1.1 Un titre\n\n### Sous-titre\n");
        List<TextFlow> flows = all(p.body(), TextFlow.class);
        assertThat(flows).hasSize(2);
        assertThat(flows.get(0).getStyleClass()).contains("heading", "h2");
        assertThat(text(flows.get(0))).isEqualTo("2.1.1 Un titre");
        assertThat(flows.get(1).getStyleClass()).contains("h3");
    }

    @Test
    void emphasisStrongAndCodeBecomeStyledRuns(FxRobot robot) {
        RenderedPage p = render(robot, "Du *deep learning*, **fort** et `code`.");
        List<Text> runs = all(p.body(), Text.class);
        assertThat(runs).filteredOn(t -> t.getText().equals("deep learning")).singleElement()
                .satisfies(t -> assertThat(t.getStyleClass()).contains("em"));
        assertThat(runs).filteredOn(t -> t.getText().equals("fort")).singleElement()
                .satisfies(t -> assertThat(t.getStyleClass()).contains("strong"));
        assertThat(runs).filteredOn(t -> t.getText().equals("code")).singleElement()
                .satisfies(t -> assertThat(t.getStyleClass()).contains("code"));
    }

    @Test
    void inlineFormulaSitsInTheLineOnItsBaseline(FxRobot robot) {
        RenderedPage p = render(robot, "Soit $\\sigma(z) = \\frac{1}{1+e^{-z}}$ la sigmoïde.");
        TextFlow flow = all(p.body(), TextFlow.class).get(0);
        FormulaNode f = (FormulaNode) flow.getChildren().stream().filter(FormulaNode.class::isInstance).findFirst().orElseThrow();
        assertThat(f.getWidth()).isGreaterThan(40);
        assertThat(f.getBaselineOffset()).isGreaterThan(0).isLessThan(f.getHeight());
        assertThat(f.getHeight() - f.getBaselineOffset()).as("depth below the baseline of a fraction").isGreaterThan(2);
        assertThat(text(flow)).isEqualTo("Soit  la sigmoïde.");
    }

    @Test
    void displayFormulaIsItsOwnCentredBlock(FxRobot robot) {
        RenderedPage p = render(robot, "Avant\n$$\n\\hat{y} = w x + b\n$$\nAprès");
        assertThat(p.body().getChildren()).hasSize(3);
        assertThat(p.body().getChildren().get(1).getStyleClass()).contains("formula-block");
        assertThat(p.formulas()).singleElement().satisfies(f -> assertThat(f.getStyleClass()).contains("formula-display"));
    }

    @Test
    void formulasFollowThePalette(FxRobot robot) {
        RenderedPage p = render(robot, "Soit $x^2$.");
        double before = p.formulas().get(0).getHeight();
        robot.interact(() -> palette.set(Palette.darkTheme().withFontSize(28)));
        assertThat(p.formulas().get(0).getHeight()).isGreaterThan(before * 1.5);
    }

    @Test
    void listsKeepTheirItemsAndNumbers(FxRobot robot) {
        RenderedPage p = render(robot, "- un\n- deux\n\n3. trois\n4. quatre\n");
        List<Label> bullets = all(p.body(), Label.class);
        assertThat(bullets).extracting(Label::getText).containsExactly("•", "•", "3.", "4.");
    }

    @Test
    void noteBoxIsTitledAsAnEditorsNote(FxRobot robot) {
        RenderedPage p = render(robot, "::: note\nLe livre dit *cinq mois*.\n:::\n");
        Node box = p.body().getChildren().get(0);
        assertThat(box.getStyleClass()).contains("note-box");
        assertThat(all((Parent) box, Label.class)).extracting(Label::getText).containsExactly("Note de l'édition interactive");
        TextFlow flow = all((Parent) box, TextFlow.class).get(0);
        assertThat(text(flow)).isEqualTo("Le livre dit cinq mois.");
    }

    @Test
    void tableHasAHeaderAndItsRowsButNoSeparatorRow(FxRobot robot) {
        RenderedPage p = render(robot, "| Nom | Âge |\n|---|---|\n| Alice | 30 |\n| Bob | 25 |\n");
        GridPane grid = (GridPane) p.body().getChildren().get(0);
        assertThat(grid.getChildren()).hasSize(6);
        assertThat(grid.getChildren().get(0).getStyleClass()).contains("md-head");
        assertThat(text((TextFlow) grid.getChildren().get(5))).isEqualTo("25");
    }

    @Test
    void codeBlockIsMonospacedWithACopyButton(FxRobot robot) {
        RenderedPage p = render(robot, "```python\nprint(2 + 3)\n```\n");
        Node box = p.body().getChildren().get(0);
        assertThat(box.getStyleClass()).contains("code-block");
        assertThat(all((Parent) box, Label.class)).extracting(Label::getText).contains("Python", "print(2 + 3)");
        Button copy = all((Parent) box, Button.class).get(0);
        robot.interact(copy::fire);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("print(2 + 3)"));
        assertThat(copy.getText()).isEqualTo("Copié");
    }

    @Test
    void internalLinkOpensTheSection(FxRobot robot) {
        RenderedPage p = render(robot, "Voir la [section 2.3](#2.3).");
        javafx.scene.control.Hyperlink h = all(p.body(), javafx.scene.control.Hyperlink.class).get(0);
        robot.interact(h::fire);
        assertThat(links).containsExactly("#2.3");
    }

    @Test
    void imageFromAssetsIsShownWithItsCaption(FxRobot robot) throws IOException {
        Files.createDirectories(repo.resolve("assets"));
        var img = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", repo.resolve("assets/x.png").toFile());
        RenderedPage p = render(robot, "![Un petit schéma](assets/x.png)");
        assertThat(all(p.body(), javafx.scene.image.ImageView.class)).singleElement()
                .satisfies(v -> assertThat(v.getImage().getWidth()).isEqualTo(4));
        assertThat(all(p.body(), Label.class)).extracting(Label::getText).containsExactly("Un petit schéma");
    }

    @Test
    void brokenPiecesBecomeErrorBoxesAndTheRestStillRenders(FxRobot robot) {
        RenderedPage p = render(robot, "Début.\n\n```widget inexistant\n```\n\nMilieu $\\nimportequoi$.\n\n"
                + "```widget network\nlayers: trois\n```\n\n![absente](assets/non.png)\n\nFin.");
        List<ErrorBox> errors = all(p.body(), ErrorBox.class);
        assertThat(errors).hasSize(4);
        assertThat(p.problems()).extracting(pr -> pr.file() + ":" + pr.line()).containsExactly(
                "lessons/02-x/02.1-t.md:8", "lessons/02-x/02.1-t.md:11", "lessons/02-x/02.1-t.md:13",
                "lessons/02-x/02.1-t.md:17");
        assertThat(all(errors.get(0), Label.class)).extracting(Label::getText)
                .contains("Erreur dans le contenu", "lessons/02-x/02.1-t.md, ligne 8");
        List<TextFlow> flows = all(p.body(), TextFlow.class);
        assertThat(text(flows.get(0))).isEqualTo("Début.");
        assertThat(text(flows.get(flows.size() - 1))).isEqualTo("Fin.");
    }

    @Test
    void aTableCellIsNeverNarrowerThanItsFormula(FxRobot robot) {
        RenderedPage p = render(robot, "| Fonction | Formule | Remarque |\n|---|---|---|\n"
                + "| sigmoïde | $\\sigma(z) = \\frac{1}{1+e^{-z}}$ | " + "une phrase assez longue pour remplir la colonne ".repeat(6) + "|\n");
        robot.interact(() -> {
            stage.setWidth(700);
            p.body().applyCss();
            p.body().layout();
        });
        FormulaNode f = p.formulas().get(0);
        javafx.scene.Node cell = f.getParent();
        assertThat(cell.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(f.getWidth());
    }

    @Test
    void spacesBeforeFrenchPunctuationDoNotBreak() {
        assertThat(LessonRenderer.frenchSpacing("Pourquoi ? « Oui » : non ; bien !"))
                .isEqualTo("Pourquoi\u202F? «\u202FOui\u202F»\u202F: non\u202F; bien\u202F!");
        assertThat(LessonRenderer.frenchSpacing("x = 2")).isEqualTo("x = 2");
    }

    @Test
    void anOutsideLinkIsStyledTextThatKeepsItsEmphasisAndOpensTheUrl(FxRobot robot) {
        RenderedPage p = render(robot, "Lire [*Deep Math*, Exo7, 2021](https://exo7.emath.fr) pour la preuve.");
        List<Text> runs = all(p.body(), Text.class);
        Text title = runs.stream().filter(t -> t.getText().equals("Deep Math")).findFirst().orElseThrow();
        assertThat(title.getStyleClass()).contains("em", "link");
        assertThat(runs).noneMatch(t -> t.getText().contains("*"));
        robot.interact(() -> title.getOnMouseClicked().handle(null));
        assertThat(links).containsExactly("https://exo7.emath.fr");
    }
}

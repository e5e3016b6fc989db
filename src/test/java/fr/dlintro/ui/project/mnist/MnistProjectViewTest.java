package fr.dlintro.ui.project.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.data.ClassNames;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.ui.theme.Palette;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MnistProjectViewTest {
    private final MnistViews views = new MnistViews(Palette.lightTheme());

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        views.show(stage, 1100, 760);
    }

    @Test
    void explorerShowsTenSamplesTenMeanImagesAndTheBookLabelCounts(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        ExplorerTab explorer = views.view.explorer();
        assertThat(robot.lookup("#explorer-samples").queryParent().getChildrenUnmodifiable()).hasSize(10);
        assertThat(robot.lookup("#explorer-means").queryParent().getChildrenUnmodifiable()).hasSize(10);
        assertThat(explorer.histogramCounts()).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        int[] before = explorer.shown();
        robot.clickOn("#explorer-draw");
        assertThat(explorer.shown()).isNotEqualTo(before);
    }

    @Test
    void evaluatingANetworkFillsTheMetricsAndTheHeatMapWhoseCellsShowTheirImages(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        Mlp net = MnistViews.quickNetwork(views.view.model().data());
        robot.interact(() -> views.view.model().useNetwork(net));
        robot.interact(() -> views.view.showTab("evaluer"));
        robot.clickOn("#evaluate-run");
        views.waitUntilIdle();
        TestEvaluation ev = views.view.model().evaluationProperty().get();
        assertThat(ev.matrix().total()).isEqualTo(10_000);
        assertThat(ev.matrix().accuracy()).isGreaterThan(0.8);
        assertThat(robot.lookup("#evaluate-accuracy").queryAs(Label.class).getText()).startsWith("Exactitude : ")
                .contains(",").endsWith("%");
        robot.clickOn("#cell-4-9");
        long count = ev.matrix().count(4, 9);
        assertThat(views.view.evaluate().pickedCount()).isEqualTo((int) Math.min(count, EvaluateTab.MAX_SHOWN));
        assertThat(robot.lookup("#evaluate-pick-title").queryAs(Label.class).getText()).contains("« 4 » prédit « 9 »");
    }

    @Test
    void aDrawnDigitGetsItsThreeMostProbableClasses(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        robot.interact(() -> views.view.showTab("predire"));
        robot.interact(() -> views.view.predict().drawStroke(140, 30, 140, 250));
        assertThat(views.view.predict().topLines()).singleElement().asString().contains("Pas encore de modèle");
        Mlp net = MnistViews.quickNetwork(views.view.model().data());
        robot.interact(() -> views.view.model().useNetwork(net));
        // a real mouse stroke on the pad: a vertical bar, which a network sees as a « 1 »
        robot.clickOn("#predict-clear");
        robot.moveTo("#predict-pad").moveBy(0, -100).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 100)
                .moveBy(0, 100).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(views.view.predict().topLines()).hasSize(3);
        assertThat(views.view.predict().topLines().get(0)).startsWith("1 : ").endsWith("%");
        assertThat(robot.lookup("#predict-grid").queryParent().getChildrenUnmodifiable()).hasSize(10);
    }

    @Test
    void aPngDigitIsPredictedAndACorruptOneGivesAFrenchMessage(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        Mlp net = MnistViews.quickNetwork(views.view.model().data());
        robot.interact(() -> views.view.model().useNetwork(net));
        robot.interact(() -> views.view.showTab("predire"));
        // a black « 1 » on white paper, 100 × 100
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(45, 10, 9, 80);
        g.dispose();
        Path png = tmp.resolve("un.png");
        ImageIO.write(img, "png", png.toFile());
        views.dialogs.next = Optional.of(png);
        robot.clickOn("#predict-open");
        assertThat(views.view.predict().topLines()).hasSize(3);
        assertThat(views.view.predict().topLines().get(0)).startsWith("1 : ");

        Path broken = Files.write(tmp.resolve("casse.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        views.dialogs.next = Optional.of(broken);
        robot.clickOn("#predict-open");
        assertThat(robot.lookup("#predict-message").queryAs(Label.class).getText())
                .isEqualTo("L'image casse.png est illisible : ce n'est pas une image PNG valide.");
    }

    @Test
    void aFashionFolderGetsClothesNamesAndACorruptFolderAFrenchNotice(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        Path fashion = Files.createDirectories(tmp.resolve("fashion-mnist"));
        IdxWriter.write(fashion, "train", 20);
        views.dialogs.next = Optional.of(fashion);
        robot.clickOn("#mnist-open-folder");
        views.waitUntilIdle();
        assertThat(views.view.model().kindProperty().get()).isEqualTo(ClassNames.Kind.FASHION);
        assertThat(views.view.model().classNames()).first().isEqualTo("T-shirt/haut");
        robot.interact(() -> views.view.model().kindProperty().set(ClassNames.Kind.DIGITS));
        assertThat(views.view.model().classNames()).first().isEqualTo("0");

        Path broken = Files.createDirectories(tmp.resolve("casse"));
        Files.write(broken.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0});
        Files.write(broken.resolve("train-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 0});
        views.dialogs.next = Optional.of(broken);
        robot.clickOn("#mnist-open-folder");
        views.waitUntilIdle();
        assertThat(views.notices).last().asString().startsWith("Le fichier train-images-idx3-ubyte");
        assertThat(views.view.model().data().source()).isEqualTo("fashion-mnist");
    }

    @Test
    void aModelSavedThenOpenedGivesTheSamePredictions(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        Mlp net = MnistViews.quickNetwork(views.view.model().data());
        robot.interact(() -> views.view.model().useNetwork(net));
        int[] first = views.view.model().testPixels(0);
        double before = views.view.model().predict(first).confidence();
        Path file = tmp.resolve("modele.json");
        views.dialogs.next = Optional.of(file);
        robot.clickOn("#mnist-save-model");
        views.waitUntilIdle();
        assertThat(file).exists();
        robot.interact(() -> views.view.model().useNetwork(Mlp.build(784, 8, 1, 10, "relu", 0.01,
                new java.util.SplittableRandom(9))));
        robot.clickOn("#mnist-open-model");
        views.waitUntilIdle();
        assertThat(views.view.model().predict(first).confidence()).isCloseTo(before,
                org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void tabsOpenByKey(FxRobot robot) {
        for (String key : views.view.tabs()) {
            robot.interact(() -> assertThat(views.view.showTab(key)).isTrue());
            assertThat(views.view.selectedTab()).contains(key);
        }
        assertThat(views.view.showTab("donnees")).isFalse();
    }
}

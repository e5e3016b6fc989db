package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.LessonLibrary;
import fr.dlintro.progress.ProgressStore;
import fr.dlintro.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the repository's lessons, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;
    private Stage stage;
    private MainWindow window;

    static ContentRoot repo() {
        return ContentRoot.ofRepository(Path.of(System.getProperty("dlintro.repo", ".")));
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path folder = Files.createTempDirectory(home, "progress");
        window = new MainWindow(stage, ProgressStore.open(folder), repo(), null);
        window.openStart(null);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> {
            window.setPresentation(false);
            window.dispose();
        });
    }

    private String title(FxRobot robot) {
        return robot.lookup("#lesson-title").queryAs(Label.class).getText();
    }

    @Test
    void opensOnTheAboutPageWithTheWholeBookInTheTableOfContents(FxRobot robot) {
        assertThat(title(robot)).isEqualTo("À propos");
        TreeView<?> toc = robot.lookup("#toc").queryAs(TreeView.class);
        assertThat(toc.getRoot().getChildren()).hasSize(5);
        assertThat(toc.getRoot().getChildren().get(2).getChildren().toString()).contains("3.2");
        assertThat(stage.getTitle()).startsWith("Le Deep Learning, une introduction");
    }

    @Test
    void everyLessonOpensWithoutAnErrorBox(FxRobot robot) {
        LessonLibrary library = LessonLibrary.load(repo());
        assertThat(library.lessons()).isNotEmpty();
        for (String id : library.lessons().keySet()) {
            robot.interact(() -> assertThat(window.openSection(id)).as("section " + id).isTrue());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".content-error").queryAll()).as("error boxes in " + id).isEmpty();
            assertThat(window.lessonPane().lessonId()).isEqualTo(id);
        }
    }

    @Test
    void altArrowsMoveBetweenSections(FxRobot robot) {
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(title(robot)).isEqualTo("2.1 Introduction au Deep Learning");
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.2");
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.1");
        robot.clickOn("#previous");
        assertThat(title(robot)).isEqualTo("À propos");
    }

    @Test
    void choosingTheDarkThemeRecoloursTheWindowAndIsRemembered(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Theme> choice = robot.lookup("#theme-choice").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn("Sombre");
        assertThat(window.themes().paletteProperty().get().isDark()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-sombre");
        robot.interact(() -> choice.setValue(Theme.PROJECTION));
        assertThat(window.themes().paletteProperty().get().fontSize()).isGreaterThan(20);
    }

    @Test
    void zoomKeysWorkOnTheMainKeysAndTheKeypad(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.ADD);
        assertThat(window.themes().zoomProperty().get()).isEqualTo(110);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(window.themes().zoomProperty().get()).isEqualTo(120);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(window.themes().zoomProperty().get()).isEqualTo(110);
        robot.push(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertThat(window.themes().zoomProperty().get()).isEqualTo(100);
        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        robot.push(KeyCode.CONTROL, KeyCode.NUMPAD0);
        assertThat(window.themes().zoomProperty().get()).isEqualTo(100);
        robot.clickOn("#zoom-in");
        assertThat(robot.lookup("#zoom-label").queryAs(Label.class).getText()).isEqualTo("110 %");
    }

    @Test
    void presentationModeIsFullScreenWithoutChromeAndArrowsTurnPages(FxRobot robot) {
        robot.push(KeyCode.F5);
        assertThat(window.themes().presentationProperty().get()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(robot.lookup("#search-field").tryQuery()).isEmpty();
        assertThat(robot.lookup("#toc").tryQuery()).isEmpty();
        double normal = 14 * 1.15;
        assertThat(window.themes().paletteProperty().get().fontSize()).isGreaterThan(normal * 1.4);
        robot.push(KeyCode.RIGHT);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.1");
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.2");
        robot.push(KeyCode.PAGE_UP);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.1");
        robot.push(KeyCode.ESCAPE);
        assertThat(window.themes().presentationProperty().get()).isFalse();
        assertThat(robot.lookup("#toc").tryQuery()).isPresent();
    }

    @Test
    void searchingGolfFindsSectionTwoSixFirstAndOpensItAtTheMatch(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("golf");
        @SuppressWarnings("unchecked")
        ListView<fr.dlintro.content.SearchIndex.Result> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).isNotEmpty();
        assertThat(results.getItems().get(0).lessonId()).isEqualTo("2.6");
        robot.push(KeyCode.ENTER);
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.6");
        assertThat(robot.lookup(".search-hit").queryAll()).isNotEmpty();
        robot.clickOn("#search-field");
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#toc").tryQuery()).isPresent();
    }

    @Test
    void searchIgnoresAccentsAndCase(FxRobot robot) {
        robot.clickOn("#search-field");
        robot.write("REGRESSION");
        @SuppressWarnings("unchecked")
        ListView<fr.dlintro.content.SearchIndex.Result> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).extracting(r -> r.lessonId()).contains("2.4");
        assertThat(results.getItems().get(0).snippet().toLowerCase()).contains("régression");
    }

    @Test
    void theAppReopensWhereTheStudentStopped(FxRobot robot) throws IOException {
        Path folder = Files.createTempDirectory(home, "again");
        robot.interact(() -> {
            MainWindow first = new MainWindow(stage, ProgressStore.open(folder), repo(), null);
            first.openStart(null);
            first.openSection("2.3");
            first.themes().themeProperty().set(Theme.SOMBRE);
            first.rememberWindow();
            first.dispose();
            window = new MainWindow(stage, ProgressStore.open(folder), repo(), null);
            window.openStart(null);
        });
        assertThat(window.current().orElseThrow().key()).isEqualTo("2.3");
        assertThat(window.themes().themeProperty().get()).isEqualTo(Theme.SOMBRE);
    }

    @Test
    void aCorruptProgressFileIsAnnouncedAndTheAppStartsFresh(FxRobot robot) throws IOException {
        Path folder = Files.createTempDirectory(home, "corrupt");
        Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{pas du json");
        robot.interact(() -> {
            window.dispose();
            window = new MainWindow(stage, ProgressStore.open(folder), repo(), null);
            window.openStart(null);
        });
        assertThat(window.notices()).singleElement().asString().contains("illisible");
        assertThat(title(robot)).isEqualTo("À propos");
    }

    @Test
    void anUnknownSectionFallsBackToTheStartWithAMessage(FxRobot robot) {
        robot.interact(() -> window.openStart("9.9"));
        assertThat(window.notices()).singleElement().asString().isEqualTo("La section « 9.9 » n'existe pas : ouverture de la page d'accueil.");
    }
}

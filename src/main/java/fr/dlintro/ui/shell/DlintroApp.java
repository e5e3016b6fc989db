package fr.dlintro.ui.shell;

import fr.dlintro.progress.Progress;
import fr.dlintro.progress.ProgressStore;
import fr.dlintro.ui.lesson.MathFonts;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from the command-line options and the stored progress. */
public final class DlintroApp extends Application {
    private MainWindow window;

    public static void launchWith(String[] args) {
        StartupLoader.begin();
        Application.launch(DlintroApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        boolean timing = Boolean.getBoolean("dlintro.timing");
        // the start time costs the management bean (tens of ms on the FX thread): only for the timing log
        long started = timing ? System.currentTimeMillis() - jvmStart() : 0;
        mark("start");
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        options.warnings().forEach(System.err::println);
        StartupLoader.Loaded loaded = StartupLoader.await();
        ProgressStore store = loaded.store();
        mark("loaded");
        window = new MainWindow(stage, store, loaded.root(), loaded.library(), getHostServices());
        options.warnings().forEach(window::notice);
        apply(options, window);
        placeWindow(stage, store.progress().settings, options);
        if (options.project() != null && !window.openProject(options.project(), options.tab())) {
            window.notice("Le projet « " + options.project() + " » n'existe pas (calculator ou mnist).");
            window.openStart(options.section());
        } else if (options.project() != null) {
            // opened
        } else if (options.quiz() == null || !window.openQuiz(options.quiz())) {
            if (options.quiz() != null) {
                window.notice("Le QCM « " + options.quiz() + " » n'existe pas.");
            }
            window.openStart(options.section());
        }
        mark("opened");
        stage.setOnHiding(e -> window.rememberWindow());
        stage.show();
        mark("shown");
        // Formula fonts load after the first page is up (its formulas, if any, draw when they are ready).
        javafx.application.Platform.runLater(MathFonts::load);
        if (options.presentation()) {
            window.setPresentation(true);
        }
        if (timing) {
            javafx.application.Platform.runLater(() -> System.err.printf(
                    "Première page affichée %d ms après le démarrage de la JVM (start() appelé à %d ms ; horloge %d).%n",
                    System.currentTimeMillis() - jvmStart(), started, System.currentTimeMillis()));
        }
    }

    static void apply(AppOptions options, MainWindow window) {
        if (options.theme() != null) {
            window.themes().themeProperty().set(options.theme());
        }
        if (options.zoom() != null) {
            window.themes().zoomProperty().set(options.zoom());
        }
    }

    private static void placeWindow(Stage stage, Progress.Settings s, AppOptions options) {
        double w = options.width() != null ? options.width() : s.windowWidth;
        double h = options.height() != null ? options.height() : s.windowHeight;
        stage.setWidth(Math.max(640, w));
        stage.setHeight(Math.max(480, h));
        if (options.width() == null && s.windowX != null && s.windowY != null && onSomeScreen(s.windowX, s.windowY)) {
            stage.setX(s.windowX);
            stage.setY(s.windowY);
        } else {
            stage.centerOnScreen();
        }
        if (options.width() == null && s.maximized) {
            stage.setMaximized(true);
        }
    }

    private static boolean onSomeScreen(double x, double y) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x + 20, y + 20, 100, 40)).isEmpty();
    }

    /** With {@code -Ddlintro.timing=true}: one line per start-up step, in wall-clock ms (compare across processes). */
    private static void mark(String step) {
        if (Boolean.getBoolean("dlintro.timing")) {
            System.err.println("T " + step + " " + System.currentTimeMillis());
        }
    }

    /** When the app was started: when the launcher reached main, if the window runs in a child JVM. */
    private static long jvmStart() {
        Long launched = Long.getLong("dlintro.launchedAt");
        if (launched != null) {
            return launched;
        }
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}

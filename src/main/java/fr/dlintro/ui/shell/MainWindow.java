package fr.dlintro.ui.shell;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.Lesson;
import fr.dlintro.content.LessonLibrary;
import fr.dlintro.content.Outline;
import fr.dlintro.content.Problem;
import fr.dlintro.content.SearchIndex;
import fr.dlintro.progress.Progress;
import fr.dlintro.progress.ProgressStore;
import fr.dlintro.ui.lesson.RenderContext;
import fr.dlintro.ui.theme.Theme;
import fr.dlintro.ui.theme.ThemeManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: table of contents on the left, the lesson in the centre, the toolbar
 * on top; keyboard navigation, search, themes, zoom and presentation mode; remembers
 * where the student stopped.
 */
public final class MainWindow {
    public static final String TITLE = "Le Deep Learning, une introduction";

    private final Stage stage;
    private final ProgressStore store;
    private final ThemeManager themes = new ThemeManager();
    private final HostServices hostServices;
    private final ContentRoot root;
    private LessonLibrary library;
    private SearchIndex index;

    private final BorderPane frame = new BorderPane();
    private final VBox top = new VBox();
    private final AppToolbar toolbar = new AppToolbar(themes);
    private final VBox notices = new VBox();
    private final TocPane toc = new TocPane(this::open);
    private final SearchPane searchPane = new SearchPane(this::openResult);
    private final StackPane left = new StackPane();
    private final LessonPane lessonPane = new LessonPane();
    private final List<Outline.Entry> sequence = new ArrayList<>();
    private final javafx.beans.property.BooleanProperty shuffleQuiz = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty holdFeedback = new javafx.beans.property.SimpleBooleanProperty();
    private Outline.Entry current;
    private fr.dlintro.ui.quiz.QuizView quizView;
    private fr.dlintro.ui.results.ResultsView resultsView;
    private FileDialogs dialogs = FileDialogs.system();
    /** Created on first visit and kept, so a training run survives a visit to another section. */
    private final java.util.Map<String, fr.dlintro.ui.project.ProjectView> projects = new java.util.HashMap<>();

    public MainWindow(Stage stage, ProgressStore store, ContentRoot root, HostServices hostServices) {
        this(stage, store, root, LessonLibrary.load(root), hostServices);
    }

    /** @param library the lessons of {@code root}, already loaded (at start-up, while the toolkit started) */
    public MainWindow(Stage stage, ProgressStore store, ContentRoot root, LessonLibrary library, HostServices hostServices) {
        this.stage = stage;
        this.store = store;
        this.root = root;
        this.hostServices = hostServices;
        Progress.Settings s = store.progress().settings;
        themes.themeProperty().set(Theme.fromKey(s.theme).orElse(Theme.CLAIR));
        themes.zoomProperty().set(ThemeManager.clampZoom(s.zoom));
        shuffleQuiz.set(s.shuffleQuiz);
        shuffleQuiz.addListener((o, a, on) -> {
            store.progress().settings.shuffleQuiz = on;
            store.save();
        });

        left.getChildren().add(toc);
        left.setPrefWidth(370);
        left.setMinWidth(200);
        top.getChildren().addAll(toolbar, notices);
        frame.setTop(top);
        frame.setLeft(left);
        frame.setCenter(lessonPane);

        toolbar.tocToggle.selectedProperty().addListener((o, a, on) -> frame.setLeft(on ? left : null));
        toolbar.previous.setOnAction(e -> previous());
        toolbar.next.setOnAction(e -> next());
        toolbar.presentation.setOnAction(e -> setPresentation(true));
        toolbar.results.setOnAction(e -> showResults());
        toolbar.search.textProperty().addListener((o, a, text) -> search(text));
        toolbar.search.setOnKeyPressed(this::onSearchKey);
        themes.themeProperty().addListener((o, a, t) -> saveSettings());
        themes.zoomProperty().addListener((o, a, z) -> saveSettings());
        Scene scene = new Scene(frame, 1280, 800);
        themes.attach(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && themes.presentationProperty().get()) {
                setPresentation(false);
            }
        });
        store.notice().ifPresent(this::notice);
        useLibrary(library);
    }

    public Stage stage() { return stage; }
    public ThemeManager themes() { return themes; }
    public Optional<Outline.Entry> current() { return Optional.ofNullable(current); }
    LessonPane lessonPane() { return lessonPane; }

    private void useLibrary(LessonLibrary loaded) {
        library = loaded;
        index = null;
        sequence.clear();
        for (Outline.Chapter c : library.outline().chapters()) {
            for (Outline.Entry e : c.entries()) {
                if (isAvailable(e)) {
                    sequence.add(e);
                }
            }
        }
        toc.setLibrary(library, this::isAvailable);
        toc.setRead(store.progress().readSections);
        toc.setScores(bestScores());
    }

    private boolean isAvailable(Outline.Entry e) {
        return switch (e.kind()) {
            case LESSON -> library.find(e.key()).isPresent() || library.problemFor(e.key()).isPresent();
            case QUIZ -> java.nio.file.Files.isRegularFile(quizFile(e.key()));
            case PROJECT -> fr.dlintro.ui.project.ProjectRegistry.find(e.key()).isPresent();
        };
    }

    private java.nio.file.Path quizFile(String section) {
        return root.quizzes().resolve(section + ".yaml");
    }

    /** quiz section → « 9/11 », the best full attempt, for the table of contents. */
    private java.util.Map<String, String> bestScores() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Outline.Chapter c : library.outline().chapters()) {
            for (Outline.Entry e : c.entries()) {
                if (e.kind() == Outline.Kind.QUIZ) {
                    store.progress().best(e.key()).ifPresent(a -> out.put(e.key(), a.score + "/" + a.total));
                }
            }
        }
        return out;
    }

    /** Opens a chapter's QCM by its section ("3.7"); false when it does not exist. */
    public boolean openQuiz(String section) {
        return sequence.stream().filter(e -> e.kind() == Outline.Kind.QUIZ && e.key().equals(section)).findFirst().map(e -> {
            open(e);
            return true;
        }).orElse(false);
    }

    /** Opens a chapter 5 project (« calculator », « mnist ») on one of its tabs (null: as it was); false when it does not exist. */
    public boolean openProject(String name, String tab) {
        Optional<Outline.Entry> entry = sequence.stream()
                .filter(e -> e.kind() == Outline.Kind.PROJECT && e.key().equals(name)).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        open(entry.get());
        if (tab != null && !projects.get(name).showTab(tab)) {
            notice("L'onglet « " + tab + " » n'existe pas (" + String.join(", ", projects.get(name).tabs()) + ").");
        }
        return true;
    }

    private fr.dlintro.ui.project.ProjectView project(String name) {
        return projects.computeIfAbsent(name, n -> fr.dlintro.ui.project.ProjectRegistry.find(n).orElseThrow()
                .create(new fr.dlintro.ui.project.ProjectContext(themes.paletteProperty(), root, () -> dialogs, () -> stage,
                        this::notice)));
    }

    /** The project views created so far (for tests). */
    java.util.Map<String, fr.dlintro.ui.project.ProjectView> projects() {
        return java.util.Collections.unmodifiableMap(projects);
    }

    /** Opens a section by its book number ("2.6"); false when there is no such page. */
    public boolean openSection(String id) {
        return sequence.stream().filter(e -> e.kind() == Outline.Kind.LESSON && e.key().equals(id)).findFirst().map(e -> {
            open(e);
            return true;
        }).orElse(false);
    }

    /** Opens the section where the student stopped, or the first page. */
    public void openStart(String requested) {
        if (requested != null && !openSection(requested)) {
            notice("La section « " + requested + " » n'existe pas : ouverture de la page d'accueil.");
            requested = null;
        }
        if (requested == null) {
            String last = store.progress().lastSection;
            if (last == null || !openSection(last)) {
                if (!sequence.isEmpty()) {
                    open(sequence.get(0));
                }
            }
        }
    }

    void open(Outline.Entry entry) {
        if (!isAvailable(entry)) {
            return;
        }
        int i = sequence.indexOf(entry);
        Outline.Entry prev = i > 0 ? sequence.get(i - 1) : null;
        Outline.Entry nxt = i >= 0 && i < sequence.size() - 1 ? sequence.get(i + 1) : null;
        current = entry;
        disposeQuiz();
        frame.setCenter(lessonPane);
        if (entry.kind() == Outline.Kind.PROJECT) {
            frame.setCenter(project(entry.key()).node());
            afterOpen(entry, prev, nxt, false);
            return;
        }
        if (entry.kind() == Outline.Kind.QUIZ) {
            showQuiz(entry);
            afterOpen(entry, prev, nxt, false);
            return;
        }
        Optional<Lesson> lesson = library.find(entry.key());
        if (lesson.isPresent()) {
            RenderContext ctx = new RenderContext(themes.paletteProperty(), root, this::followLink);
            List<Problem> problems = lessonPane.show(lesson.get(), chapterTitle(lesson.get().chapter()), ctx, prev, nxt, this::open);
            if (Boolean.getBoolean("dlintro.timing")) {
                System.err.printf("Page %s rendue en %.1f ms (%d problème(s)).%n", entry.key(), lessonPane.lastRenderMillis,
                        problems.size());
            }
        } else {
            lessonPane.showProblem(entry.key() + " " + entry.title(), library.problemFor(entry.key()).orElseThrow());
        }
        afterOpen(entry, prev, nxt, true);
    }

    private void afterOpen(Outline.Entry entry, Outline.Entry prev, Outline.Entry nxt, boolean markRead) {
        toc.select(entry);
        toolbar.previous.setDisable(prev == null);
        toolbar.next.setDisable(nxt == null);
        stage.setTitle(TITLE + " — " + LessonPane.label(entry));
        Progress p = store.progress();
        if (markRead) {
            p.lastSection = entry.key();
            if (p.readSections.add(entry.key())) {
                toc.setRead(p.readSections);
            }
        }
        store.save().ifPresent(this::notice);
    }

    private void showQuiz(Outline.Entry entry) {
        java.nio.file.Path file = quizFile(entry.key());
        String name = root.display(file);
        fr.dlintro.content.quiz.QuizReader.Result r;
        try {
            r = fr.dlintro.content.quiz.QuizReader.read(name, java.nio.file.Files.readString(file));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            lessonPane.showProblem(entry.key() + " " + entry.title(), new Problem(name, 0, "fichier illisible"));
            return;
        }
        if (!r.ok()) {
            lessonPane.showProblem(entry.key() + " " + entry.title(), r.problems().get(0));
            return;
        }
        RenderContext ctx = new RenderContext(themes.paletteProperty(), root, this::followLink);
        quizView = new fr.dlintro.ui.quiz.QuizView(r.quiz(), new fr.dlintro.ui.quiz.QuizContext(ctx, shuffleQuiz, holdFeedback,
                this::openSection, this::recordAttempt));
        frame.setCenter(quizView);
    }

    private void disposeQuiz() {
        if (quizView != null) {
            quizView.dispose();
            quizView = null;
        }
        if (resultsView != null) {
            resultsView.dispose();
            resultsView = null;
        }
    }

    /** Replaces the native dialogs (tests cannot drive them). */
    public void setFileDialogs(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** « Mes résultats »: attempts, chart, CSV export, reset. */
    public void showResults() {
        disposeQuiz();
        current = null;
        toc.select(null);
        resultsView = new fr.dlintro.ui.results.ResultsView(store.progress(), () -> store.save().ifPresent(this::notice),
                dialogs, this::notice, () -> {
                    toc.setRead(store.progress().readSections);
                    toc.setScores(bestScores());
                }, themes.paletteProperty());
        frame.setCenter(resultsView);
        stage.setTitle(TITLE + " — Mes résultats");
    }

    private void recordAttempt(fr.dlintro.content.quiz.QuizSession session) {
        fr.dlintro.progress.QuizAttempt a = new fr.dlintro.progress.QuizAttempt();
        a.quiz = session.quiz().section();
        a.date = java.time.OffsetDateTime.ofInstant(session.started(), java.time.ZoneId.systemDefault())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        a.score = session.score();
        a.total = session.size();
        a.seconds = session.elapsed().toSeconds();
        a.retry = session.size() < session.quiz().questions().size();
        for (fr.dlintro.content.quiz.QuizSession.Answer ans : session.answers()) {
            fr.dlintro.progress.QuizAttempt.AnswerRecord rec = new fr.dlintro.progress.QuizAttempt.AnswerRecord();
            rec.number = ans.number();
            rec.selected = ans.selected().stream().sorted().toList();
            rec.right = ans.right();
            rec.millis = ans.millis();
            a.answers.add(rec);
        }
        store.progress().quizAttempts.add(a);
        store.save().ifPresent(this::notice);
        toc.setScores(bestScores());
    }

    /** The quiz on screen, if any (for tests and the keyboard). */
    Optional<fr.dlintro.ui.quiz.QuizView> quizView() {
        return Optional.ofNullable(quizView);
    }

    private String chapterTitle(int chapter) {
        return library.outline().chapters().stream().filter(c -> c.number() == chapter).map(Outline.Chapter::title)
                .findFirst().orElse("");
    }

    private void followLink(String url) {
        if (url.startsWith("#") && url.length() > 1 && Character.isLetter(url.charAt(1))) {
            String name = url.substring(1);
            if (!openProject(name, null)) {
                notice("Le projet « " + name + " » n'est pas encore disponible.");
            }
        } else if (url.startsWith("#")) {
            if (!openSection(url.substring(1))) {
                notice("La section « " + url.substring(1) + " » n'est pas encore disponible.");
            }
        } else if (hostServices != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            hostServices.showDocument(url);
        }
    }

    public void next() {
        int i = current == null ? -1 : sequence.indexOf(current);
        if (i + 1 < sequence.size()) {
            open(sequence.get(i + 1));
        }
    }

    public void previous() {
        int i = current == null ? sequence.size() : sequence.indexOf(current);
        if (i > 0) {
            open(sequence.get(i - 1));
        }
    }

    // ---- search ----

    private void search(String text) {
        if (text == null || text.isBlank()) {
            left.getChildren().setAll(toc);
            return;
        }
        if (index == null) {
            index = SearchIndex.build(library.inBookOrder());
        }
        searchPane.show(text.strip(), index.search(text));
        left.getChildren().setAll(searchPane);
        if (frame.getLeft() == null) {
            toolbar.tocToggle.setSelected(true);
        }
    }

    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            toolbar.search.clear();
            lessonPane.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !searchPane.list().getItems().isEmpty()) {
            openResult(searchPane.list().getSelectionModel().getSelectedItem() != null
                    ? searchPane.list().getSelectionModel().getSelectedItem() : searchPane.list().getItems().get(0));
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !searchPane.list().getItems().isEmpty()) {
            searchPane.list().requestFocus();
            e.consume();
        }
    }

    private void openResult(SearchIndex.Result r) {
        if (openSection(r.lessonId())) {
            lessonPane.scrollToText(r.matchedText());
        }
    }

    public void focusSearch() {
        toolbar.search.requestFocus();
        toolbar.search.selectAll();
    }

    // ---- presentation, zoom, keys ----

    public void setPresentation(boolean on) {
        if (themes.presentationProperty().get() == on) {
            return;
        }
        themes.presentationProperty().set(on);
        frame.setTop(on ? null : top);
        frame.setLeft(on || !toolbar.tocToggle.isSelected() ? null : left);
        stage.setFullScreen(on);
        lessonPane.requestFocus();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean presenting = themes.presentationProperty().get();
        if (code == KeyCode.F5) {
            setPresentation(!presenting);
        } else if (code == KeyCode.ESCAPE && presenting) {
            setPresentation(false);
        } else if (e.isShortcutDown() && code == KeyCode.F) {
            if (presenting) {
                setPresentation(false);
            }
            focusSearch();
        } else if (e.isShortcutDown() && ZoomKeys.isZoomIn(e)) {
            themes.zoomIn();
        } else if (e.isShortcutDown() && ZoomKeys.isZoomOut(e)) {
            themes.zoomOut();
        } else if (e.isShortcutDown() && ZoomKeys.isZoomReset(e)) {
            themes.resetZoom();
        } else if (e.isShortcutDown() && code == KeyCode.R) {
            reload();
        } else if ((e.isAltDown() && code == KeyCode.RIGHT) || (e.isShortcutDown() && code == KeyCode.PAGE_DOWN)) {
            next();
        } else if ((e.isAltDown() && code == KeyCode.LEFT) || (e.isShortcutDown() && code == KeyCode.PAGE_UP)) {
            previous();
        } else if (presenting && !e.isShortcutDown() && !e.isAltDown() && !focusUsesArrows() && quizView == null
                && (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN)) {
            next();
        } else if (presenting && !e.isShortcutDown() && !e.isAltDown() && !focusUsesArrows() && quizView == null
                && (code == KeyCode.LEFT || code == KeyCode.PAGE_UP)) {
            previous();
        } else {
            return;
        }
        e.consume();
    }

    /** A slider or a text field keeps its arrow keys, even in presentation mode. */
    private boolean focusUsesArrows() {
        var f = stage.getScene().getFocusOwner();
        return f instanceof Slider || f instanceof TextInputControl || f instanceof Spinner;
    }

    /** Ctrl+R: reads the lessons again from disk, for an author editing them. */
    public void reload() {
        if (!root.onDisk()) {
            notice("Rechargement impossible : les leçons sont celles intégrées à l'application.");
            return;
        }
        String id = current == null ? null : current.key();
        double v = lessonPane.getVvalue();
        useLibrary(LessonLibrary.load(root));
        if (id == null || !openSection(id)) {
            openStart(null);
        } else {
            lessonPane.setVvalue(v);
        }
    }

    /** A dismissable French message under the toolbar. */
    public void notice(String message) {
        Label text = new Label(message, new FontIcon("mdi2a-alert-outline"));
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText("Fermer ce message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(text, spacer, close);
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        close.setOnAction(e -> notices.getChildren().remove(bar));
        notices.getChildren().add(bar);
    }

    List<String> notices() {
        return notices.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

    // ---- settings ----

    private void saveSettings() {
        Progress.Settings s = store.progress().settings;
        s.theme = themes.themeProperty().get().key();
        s.zoom = themes.zoomProperty().get();
        store.save();
    }

    /** Remembers the window's place (not the full-screen one of presentation mode). */
    public void rememberWindow() {
        Progress.Settings s = store.progress().settings;
        if (!stage.isFullScreen()) {
            s.maximized = stage.isMaximized();
            if (!stage.isMaximized()) {
                s.windowX = stage.getX();
                s.windowY = stage.getY();
                s.windowWidth = stage.getWidth();
                s.windowHeight = stage.getHeight();
            }
        }
        saveSettings();
    }

    public void dispose() {
        projects.values().forEach(fr.dlintro.ui.project.ProjectView::dispose);
        disposeQuiz();
        lessonPane.dispose();
    }
}

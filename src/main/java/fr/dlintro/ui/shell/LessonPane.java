package fr.dlintro.ui.shell;

import fr.dlintro.content.Lesson;
import fr.dlintro.content.LessonDocument;
import fr.dlintro.content.Outline;
import fr.dlintro.content.Problem;
import fr.dlintro.content.SearchIndex;
import fr.dlintro.ui.lesson.ErrorBox;
import fr.dlintro.ui.lesson.LessonRenderer;
import fr.dlintro.ui.lesson.RenderContext;
import fr.dlintro.ui.lesson.RenderedPage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/** The centre of the window: one lesson page in a readable column, with links to the previous and next sections. */
final class LessonPane extends ScrollPane {
    private final VBox page = new VBox();
    private RenderedPage rendered;
    private String lessonId;

    LessonPane() {
        setId("lesson-pane");
        getStyleClass().add("lesson-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        page.getStyleClass().add("lesson-page");
        page.setAlignment(Pos.TOP_CENTER);
        setContent(page);
        setFocusTraversable(true);
        setAccessibleText("Page de la leçon");
    }

    String lessonId() {
        return lessonId;
    }

    Optional<RenderedPage> rendered() {
        return Optional.ofNullable(rendered);
    }

    /** Shows a lesson; returns the problems its page shows as error boxes. */
    List<Problem> show(Lesson lesson, String chapterTitle, RenderContext ctx, Outline.Entry previous, Outline.Entry next,
                       Consumer<Outline.Entry> open) {
        long start = System.nanoTime();
        clear();
        lessonId = lesson.id();
        page.getChildren().add(header(lesson.chapter() <= 1 ? chapterTitle : "Chapitre " + lesson.chapter() + " · " + chapterTitle,
                (lesson.id().equals("1.1") ? "" : lesson.id() + " ") + lesson.title()));
        rendered = LessonRenderer.render(LessonDocument.parse(lesson), ctx);
        page.getChildren().add(rendered.body());
        page.getChildren().add(footer(previous, next, open));
        setVvalue(0);
        lastRenderMillis = (System.nanoTime() - start) / 1e6;
        return rendered.problems();
    }

    /** Milliseconds the last page took to parse and build (logged for the render benchmark). */
    double lastRenderMillis;

    void showProblem(String title, Problem problem) {
        clear();
        lessonId = null;
        page.getChildren().addAll(header("Contenu illisible", title), new ErrorBox(problem));
    }

    private void clear() {
        if (rendered != null) {
            rendered.dispose();
            rendered = null;
        }
        page.getChildren().clear();
    }

    private static VBox header(String chapter, String title) {
        Label ch = new Label(chapter);
        ch.getStyleClass().add("lesson-chapter");
        Label t = new Label(title);
        t.setId("lesson-title");
        t.getStyleClass().add("lesson-title");
        t.setWrapText(true);
        VBox box = new VBox(ch, t);
        box.getStyleClass().add("lesson-header");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static HBox footer(Outline.Entry previous, Outline.Entry next, Consumer<Outline.Entry> open) {
        HBox box = new HBox();
        box.getStyleClass().add("lesson-footer");
        box.setAlignment(Pos.CENTER);
        if (previous != null) {
            Button b = new Button("Précédent : " + label(previous), new FontIcon("mdi2a-arrow-left"));
            b.setId("footer-previous");
            b.setOnAction(e -> open.accept(previous));
            box.getChildren().add(b);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
        if (next != null) {
            Button b = new Button("Suivant : " + label(next), new FontIcon("mdi2a-arrow-right"));
            b.setId("footer-next");
            b.setContentDisplay(ContentDisplay.RIGHT);
            b.getStyleClass().add("accent");
            b.setOnAction(e -> open.accept(next));
            box.getChildren().add(b);
        }
        return box;
    }

    static String label(Outline.Entry e) {
        return e.kind() == Outline.Kind.PROJECT ? e.title() : e.key() + " " + e.title();
    }

    /** Scrolls so that the first text containing {@code match} (accents and case ignored) is near the top, and marks it. */
    boolean scrollToText(String match) {
        String folded = SearchIndex.fold(match);
        page.lookupAll(".search-hit").forEach(n -> n.getStyleClass().remove("search-hit"));
        Optional<Node> hit = findText(page, folded);
        if (hit.isEmpty()) {
            return false;
        }
        Node target = hit.get().getParent() instanceof TextFlow f ? f : hit.get();
        target.getStyleClass().add("search-hit");
        page.applyCss();
        page.layout();
        Platform.runLater(() -> scrollTo(target));
        return true;
    }

    private void scrollTo(Node target) {
        Bounds b = page.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double contentHeight = page.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = Math.max(0, b.getMinY() - viewport * 0.2);
            setVvalue(Math.min(1, y / (contentHeight - viewport)));
        }
    }

    private static Optional<Node> findText(Parent parent, String folded) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Text t && SearchIndex.fold(t.getText()).contains(folded)) {
                return Optional.of(n);
            }
            if (n instanceof Label l && l.getText() != null && SearchIndex.fold(l.getText()).contains(folded)) {
                return Optional.of(n);
            }
            if (n instanceof Parent p) {
                Optional<Node> r = findText(p, folded);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    void dispose() {
        clear();
    }
}

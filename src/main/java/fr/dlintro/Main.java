package fr.dlintro;

import fr.dlintro.cli.Cli;
import fr.dlintro.ui.shell.DlintroApp;

/**
 * Entry point of the jar. Not a JavaFX Application on purpose: a shaded jar whose main
 * class extends Application refuses to start without the JavaFX modules on the module path.
 * No arguments (or GUI options such as --section) open the app; a command runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
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

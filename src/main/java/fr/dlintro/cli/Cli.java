package fr.dlintro.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Dispatches {@code java -jar dlintro.jar COMMAND ...} to a headless command. */
public final class Cli {
    private static final Map<String, Supplier<Command>> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("lint", LintCommand::new);
        COMMANDS.put("train", TrainCommand::new);
        COMMANDS.put("evaluate", EvaluateCommand::new);
    }

    private Cli() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word) || "help".equals(word) || "--help".equals(word) || "aide".equals(word);
    }

    /** Runs a command with the process's streams and exits with its code. */
    public static void exit(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns the process exit code; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            if (args.length > 0 && ("help".equals(args[0]) || "--help".equals(args[0]) || "aide".equals(args[0]))) {
                out.println(usage());
                return 0;
            }
            err.println("Commande inconnue « " + (args.length == 0 ? "" : args[0]) + " » (commandes : "
                    + String.join(", ", COMMANDS.keySet()) + ").");
            return 2;
        }
        try {
            return COMMANDS.get(args[0]).get().run(List.of(args).subList(1, args.length), out, err);
        } catch (CliException e) {
            err.println(e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("Mémoire insuffisante pour cette commande (essayez java -Xmx2g -jar …).");
            return 2;
        } catch (RuntimeException e) {
            err.println("Erreur inattendue : " + e + ".");
            return 2;
        }
    }

    static String usage() {
        return String.join("\n",
                "Usage : java -jar dlintro.jar [COMMANDE] [OPTIONS]",
                "Sans commande, ouvre l'application.",
                "Commandes : " + String.join(", ", COMMANDS.keySet()) + ".");
    }
}

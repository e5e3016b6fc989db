package fr.dlintro.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code train calculator|mnist [options]}: trains one of the book's two projects headless. */
final class TrainCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new CliException("Précisez le projet à entraîner : train calculator ou train mnist.");
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "calculator":
                return new CalculatorTraining().run(rest, out, err);
            case "mnist":
                return new MnistTraining().run(rest, out, err);
            default:
                throw new CliException("Projet inconnu « " + args.get(0) + " » pour train (projets : calculator, mnist).");
        }
    }
}

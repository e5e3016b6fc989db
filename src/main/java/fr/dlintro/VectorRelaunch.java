package fr.dlintro;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the commands that train or evaluate a network ({@code train}, {@code evaluate}) in a
 * child JVM given the Vector API module, which {@code java -jar} cannot add: the compute
 * core's kernels then use 8-float vectors (measured faster; see core.nn.Kernels). The child
 * has this process's stdin and stdout, its exit code becomes this one's, and its stderr comes
 * through without the JVM's incubator warning. Any failure to start it runs the command here.
 */
final class VectorRelaunch {
    static final Set<String> COMPUTE_COMMANDS = Set.of("train", "evaluate");
    /**
     * Until C2 compiles the vector kernels, each vector operation allocates; left alone, G1
     * grows the young generation past 250 MB for that garbage (peak RSS of train mnist 554 MB).
     * Measured with this cap: 360 MB and 0.19 s/epoch (256 MB: 318 MB but 0.23 s/epoch, more
     * collections). The data (bytes) and the network fit well within it; a user's own -Xmx
     * comes later on the command line and wins.
     */
    static final String HEAP_CAP = "-Xmx320m";

    private VectorRelaunch() {
    }

    /** The command's exit code from a child JVM, or empty when it should run in this JVM. */
    static Optional<Integer> run(String[] args) {
        if (args.length == 0 || !COMPUTE_COMMANDS.contains(args[0]) || ChildJvm.relaunchRefused()
                || ChildJvm.vectorOptions().isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> jar = ChildJvm.runningJar();
        Optional<Path> java = ChildJvm.javaExecutable();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChildJvm.run(command(java.get(), jar.get(), ChildJvm.inheritedOptions(), args), () -> { }));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static List<String> command(Path java, Path jar, List<String> inheritedOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("--add-modules");
        command.add(ChildJvm.VECTOR_MODULE);
        command.add(HEAP_CAP);
        command.addAll(inheritedOptions);
        command.add("-D" + ChildJvm.CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}

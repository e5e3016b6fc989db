package fr.dlintro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the launchers share to run this jar's {@link Main} again in a child JVM with options
 * a {@code java -jar} command line cannot carry: where the jar and {@code java} are, the
 * user's own JVM options, the Vector API module, and the child's life (streams, exit code,
 * stopping it with the launcher).
 */
final class ChildJvm {
    /** Set on the child's command line: it must do the work itself. */
    static final String CHILD_PROPERTY = "dlintro.relaunched";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** What the JVM prints on stderr when an incubator module is added; the app says nothing of it. */
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules";

    private ChildJvm() {
    }

    /** True in the child, or when {@code -Ddlintro.relaunch=false} asks to do everything in this JVM. */
    static boolean relaunchRefused() {
        return System.getProperty(CHILD_PROPERTY) != null || "false".equalsIgnoreCase(System.getProperty("dlintro.relaunch"));
    }

    /** The jar this class was loaded from; empty when run from classes (Maven, the IDE, the tests). */
    static Optional<Path> runningJar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
    }

    /**
     * {@code --add-modules jdk.incubator.vector} when this JDK has the module and this JVM was
     * not given it: the compute core's kernels then use 8-float vectors (see core.nn.Kernels).
     * {@code -Ddlintro.vector=false} keeps the scalar kernels and no module.
     */
    static List<String> vectorOptions() {
        if ("false".equals(System.getProperty("dlintro.vector"))
                || ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()
                || java.lang.module.ModuleFinder.ofSystem().find(VECTOR_MODULE).isEmpty()) {
            return List.of();
        }
        return List.of("--add-modules", VECTOR_MODULE);
    }

    /**
     * The JVM options of this process's command line (what comes before {@code -jar}),
     * minus those that only concern a class-data archive. Read from the command line rather
     * than the management bean, which alone would add a tenth of a second to every start.
     */
    static List<String> inheritedOptions() {
        String[] line = ProcessHandle.current().info().arguments().orElse(null);
        List<String> options = line != null ? jvmOptions(List.of(line))
                : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> kept = new ArrayList<>();
        for (String a : options) {
            if (!a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:ArchiveClassesAtExit")
                    && !a.startsWith("-Xshare")) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** The arguments before {@code -jar}: a {@code java -jar} command line's JVM options. */
    static List<String> jvmOptions(List<String> commandLine) {
        int jar = commandLine.indexOf("-jar");
        return jar < 0 ? List.of() : commandLine.subList(0, jar);
    }

    /**
     * Runs the child with this process's stdin and stdout, its stderr copied here without the
     * incubator warning, and returns its exit code. If the launcher is stopped from outside
     * (logout, Ctrl+C, kill), the child is stopped too and {@code afterExit} still runs.
     */
    static int run(List<String> command, Runnable afterExit) throws IOException {
        Process child = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        Thread errors = new Thread(() -> copyWithoutIncubatorWarning(child.getErrorStream(), System.err), "dlintro-child-stderr");
        errors.setDaemon(true);
        errors.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            afterExit.run();
        }, "dlintro-stop-child"));
        int code = waitFor(child);
        try {
            errors.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        afterExit.run();
        return code;
    }

    /** Copies line by line (bytes, any encoding), dropping the JVM's incubator warning. */
    static void copyWithoutIncubatorWarning(InputStream in, PrintStream out) {
        byte[] warning = INCUBATOR_WARNING.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    flushLine(line, warning, out);
                }
            }
            flushLine(line, warning, out);
        } catch (IOException e) {
            // the child is gone: nothing more to copy
        }
    }

    private static void flushLine(ByteArrayOutputStream line, byte[] warning, OutputStream out) throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (bytes.length == 0 || startsWith(bytes, warning)) {
            return;
        }
        out.write(bytes);
        out.flush();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }
}

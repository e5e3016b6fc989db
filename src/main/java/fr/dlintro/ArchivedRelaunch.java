package fr.dlintro;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the window in a child JVM that maps a class-data archive of the app (AppCDS) and
 * compiles the start-up code with C1 only.
 *
 * <p>Why: a cold start spent most of its time loading, verifying and interpreting the five
 * thousand classes of JavaFX, AtlantaFX, flexmark and the app. A dynamic CDS archive of those
 * classes, written by the JVM itself when the first session ends, lets later starts map them
 * ready-made. And on two cores, C2 compiling the start-up code competed with running it:
 * C2 is kept for the app's compute core and the renderers (training and drawing loops), the
 * rest stops at C1, which compiles sooner and is measured faster to the first page. A plain
 * {@code java -jar} cannot pass those JVM options, hence the child process; it costs one
 * small JVM start (about 0.1 s).
 *
 * <p>The archive lives in the data folder ({@code cache/}), named after the jar and the JVM
 * so that a new build or another JDK makes a new one. A missing, stale or broken archive is
 * ignored by the JVM ({@code -Xshare:auto}); any failure to start the child falls back to
 * starting in this JVM. {@code -Ddlintro.relaunch=false} turns all this off.
 */
final class ArchivedRelaunch {
    /**
     * When the launching JVM reached main (ms since the epoch), for the start-up timing log.
     * (ProcessHandle's start instant can be off by half a second in a virtual machine.)
     */
    static final String STARTED_PROPERTY = "dlintro.launchedAt";

    /**
     * Which code C2 compiles (HotSpot compiler directives; the first match wins): the
     * compute core, the rasterisers and the charts; all else stays at C1.
     */
    static final String COMPILER_DIRECTIVES = """
            [
              { match: ["fr/dlintro/core/*.*", "com/sun/marlin/*.*", "com/sun/prism/*.*", "com/sun/pisces/*.*",
                        "org/jfree/*.*"], c2: { Exclude: false } },
              { match: "*.*", c2: { Exclude: true } }
            ]
            """;

    /**
     * Tier-4 thresholds a tenth of the defaults: the start-up code leaves C1's slow profiling
     * tier sooner (for C1's final tier, C2 being excluded), and the compute core reaches C2
     * after fewer iterations. {@code -XX:-DisplayVMOutput} hides the JVM's note on the
     * directives file.
     */
    static final List<String> JIT_OPTIONS = List.of(
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:-DisplayVMOutput",
            "-XX:Tier4InvocationThreshold=500",
            "-XX:Tier4MinInvocationThreshold=60",
            "-XX:Tier4CompileThreshold=1500",
            "-XX:Tier4BackEdgeThreshold=4000");

    private ArchivedRelaunch() {
    }

    /**
     * Runs the window in a child JVM and returns its exit code, or empty when this JVM
     * should start the window itself (already the child, not run from a jar, turned off,
     * or the child could not be started).
     */
    static Optional<Integer> run(String[] args) {
        long started = System.currentTimeMillis();
        if (ChildJvm.relaunchRefused()) {
            return Optional.empty();
        }
        Optional<Path> jar = ChildJvm.runningJar();
        Optional<Path> java = ChildJvm.javaExecutable();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path cache = fr.dlintro.progress.DataFolder.path().resolve("cache");
            Files.createDirectories(cache);
            List<String> vector = ChildJvm.vectorOptions();
            // an archive is only valid with the module options it was written with
            Path archive = cache.resolve(archiveName(jar.get(), Files.size(jar.get()),
                    Files.getLastModifiedTime(jar.get()).toMillis(), System.getProperty("java.home"),
                    System.getProperty("java.vm.version") + " " + String.join(" ", vector)));
            boolean reuse = Files.isRegularFile(archive);
            Path target = reuse ? archive : cache.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Path directives = cache.resolve("compiler-directives.json");
            if (!Files.isRegularFile(directives) || !Files.readString(directives).equals(COMPILER_DIRECTIVES)) {
                Files.writeString(directives, COMPILER_DIRECTIVES);
            }
            List<String> options = new ArrayList<>(vector);
            options.addAll(ChildJvm.inheritedOptions());
            List<String> command = command(java.get(), jar.get(), options, target, reuse, directives, started, args);
            // the archive is kept even when the launcher is stopped from outside
            return Optional.of(ChildJvm.run(command, () -> {
                if (!reuse) {
                    keepArchive(target, archive, cache);
                }
            }));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The child's command line: JVM options, then this jar's main class with the same arguments. */
    static List<String> command(Path java, Path jar, List<String> inputArguments, Path archive, boolean reuse,
            Path directives, long started, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add(reuse ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(JIT_OPTIONS);
        command.add("-XX:CompilerDirectivesFile=" + directives);
        // the user's own options (-Xmx, -D…) come after ours, so they win
        command.addAll(inputArguments);
        command.add("-D" + ChildJvm.CHILD_PROPERTY + "=true");
        command.add("-D" + STARTED_PROPERTY + "=" + started);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** One archive per jar build and JVM: a name that changes when either does. */
    static String archiveName(Path jar, long size, long modified, String javaHome, String vmVersion) {
        String key = jar.toAbsolutePath() + "|" + size + "|" + modified + "|" + javaHome + "|" + vmVersion;
        return String.format(Locale.ROOT, "dlintro-%016x.jsa", fingerprint(key));
    }

    /** A 64-bit FNV-1a hash: stable across runs and JVMs, unlike String.hashCode's 32 bits. */
    private static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Moves a freshly written archive into place and removes the archives of older builds.
     * The session is over by then: a failure here only means the next start is not faster.
     */
    private static synchronized void keepArchive(Path written, Path archive, Path cache) {
        try {
            if (!Files.isRegularFile(written) || Files.size(written) == 0) {
                Files.deleteIfExists(written);
                return;
            }
            Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(cache, "dlintro-*.jsa")) {
                for (Path p : old) {
                    if (!p.equals(archive)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep going: the app has already closed normally
        }
    }
}

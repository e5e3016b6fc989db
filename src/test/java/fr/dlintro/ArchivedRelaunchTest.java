package fr.dlintro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivedRelaunchTest {
    /** Σ (i² mod 7) for i < 2,000,000, what the probe prints. */
    private static final long PROBE_SUM = java.util.stream.LongStream.range(0, 2_000_000).map(i -> i * i % 7).sum();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void writesTheArchiveOnTheFirstStartAndMapsItOnTheNext() {
        Path archive = Path.of("/data/cache/dlintro-1.jsa");
        List<String> first = ArchivedRelaunch.command(JAVA, Path.of("/app/dlintro.jar"), List.of(), archive, false,
                Path.of("/data/cache/d.json"), 42L, new String[0]);
        List<String> next = ArchivedRelaunch.command(JAVA, Path.of("/app/dlintro.jar"), List.of(), archive, true,
                Path.of("/data/cache/d.json"), 42L, new String[0]);

        assertThat(first).contains("-XX:ArchiveClassesAtExit=" + archive).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(next).contains("-XX:SharedArchiveFile=" + archive).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void childRunsTheSameMainClassWithTheSameArgumentsAndTheUsersOptionsLast() {
        List<String> command = ArchivedRelaunch.command(JAVA, Path.of("/app/dlintro.jar"), List.of("-Xmx2g", "-Dfoo=bar"),
                Path.of("/c/a.jsa"), true, Path.of("/c/d.json"), 1234L, new String[] {"--section", "3.2"});

        assertThat(command.get(0)).isEqualTo(JAVA.toString());
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly("-cp", Path.of("/app/dlintro.jar").toString(), "fr.dlintro.Main", "--section", "3.2");
        assertThat(command).contains("-Ddlintro.relaunched=true", "-Ddlintro.launchedAt=1234",
                "-XX:CompilerDirectivesFile=" + Path.of("/c/d.json"));
        // the user's options come after the app's own, so that they win
        assertThat(command.indexOf("-Xmx2g")).isGreaterThan(command.indexOf("-XX:Tier4InvocationThreshold=500"));
        assertThat(command.indexOf("-Dfoo=bar")).isLessThan(command.indexOf("-cp"));
    }

    @Test
    void archiveNameChangesWithTheJarAndTheJvm() {
        Path jar = Path.of("/app/dlintro.jar");
        String name = ArchivedRelaunch.archiveName(jar, 100, 5, "/jdk", "17.0.15");

        assertThat(name).matches("dlintro-[0-9a-f]{16}\\.jsa");
        assertThat(ArchivedRelaunch.archiveName(jar, 100, 5, "/jdk", "17.0.15")).isEqualTo(name);
        assertThat(ArchivedRelaunch.archiveName(jar, 101, 5, "/jdk", "17.0.15")).isNotEqualTo(name);
        assertThat(ArchivedRelaunch.archiveName(jar, 100, 6, "/jdk", "17.0.15")).isNotEqualTo(name);
        assertThat(ArchivedRelaunch.archiveName(jar, 100, 5, "/jdk", "17.0.16")).isNotEqualTo(name);
        assertThat(ArchivedRelaunch.archiveName(Path.of("/other/dlintro.jar"), 100, 5, "/jdk", "17.0.15")).isNotEqualTo(name);
    }

    @Test
    void thisJvmAcceptsEveryOptionAndTheDirectivesWritesTheArchiveThenMapsIt(@TempDir Path dir) throws Exception {
        Path directives = dir.resolve("directives.json");
        Files.writeString(directives, ArchivedRelaunch.COMPILER_DIRECTIVES);
        Path archive = dir.resolve("app.jsa");
        Path jar = probeJar(dir);

        // a typo in an option must fail here (no IgnoreUnrecognizedVMOptions), and the JVM,
        // allowed to speak, must say it read both directives (a bad file is otherwise skipped)
        Run first = runChild(jar, archive, false, directives, "-XX:+DisplayVMOutput", "-XX:+PrintCompilation");
        assertThat(first.code).as(first.output).isZero();
        assertThat(first.output).contains("2 compiler directives added", "sonde --section 3.2 " + PROBE_SUM);
        // the probe's hot method is compiled by C1 (level 1 once C2 is refused), never at level 4
        assertThat(compileLevels(first.output, "fr.dlintro.RelaunchProbe::square")).contains(1).doesNotContain(4);

        Run next = runChild(jar, archive, true, directives);
        assertThat(next.code).as(next.output).isZero();
        assertThat(next.output).isEqualTo("sonde --section 3.2 " + PROBE_SUM + System.lineSeparator());
    }

    /** The levels of -XX:+PrintCompilation's lines for one method (« 67  7  3  pkg.Class::m (4 bytes) »). */
    private static List<Integer> compileLevels(String printCompilation, String method) {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "\\s*\\d+\\s+\\d+\\s+[%sbn! ]*(\\d)\\s+" + java.util.regex.Pattern.quote(method) + "\\b.*");
        return printCompilation.lines().map(line::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private record Run(int code, String output) {
    }

    /** A jar holding only {@link RelaunchProbe}: CDS archives classes from jars, not from folders. */
    private static Path probeJar(Path dir) throws IOException {
        Path jar = dir.resolve("probe.jar");
        String entry = RelaunchProbe.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var in = RelaunchProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /** The child's command, without IgnoreUnrecognizedVMOptions, running the probe instead of the app. */
    private static Run runChild(Path jar, Path archive, boolean reuse, Path directives, String... userOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ArchivedRelaunch.command(JAVA, jar, List.of(userOptions), archive, reuse,
                directives, 0L, new String[] {"--section", "3.2"}));
        command.remove("-XX:+IgnoreUnrecognizedVMOptions");
        command.set(command.indexOf(Main.class.getName()), RelaunchProbe.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}

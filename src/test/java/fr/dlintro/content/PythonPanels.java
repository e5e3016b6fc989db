package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a lesson's {@code ```python} panels with the {@code ```text} output that must follow
 * each one, and checks every number of an output against the values Java computes, rounded
 * as the Python code rounds them.
 */
final class PythonPanels {
    /** Digits in the output that are numbers, not parts of a word such as {@code layer1} or {@code w1}. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?");

    private PythonPanels() {
    }

    record Panel(int codeLine, String code, int outputLine, String output) {
    }

    static List<String> lessonFiles(Path chapter) throws IOException {
        try (Stream<Path> s = Files.list(chapter)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }

    /** Each {@code ```python} block with the {@code ```text} block that must follow it. */
    static List<Panel> panels(Path lesson) throws IOException {
        List<String> lines = Files.readAllLines(lesson, StandardCharsets.UTF_8);
        String file = lesson.getFileName().toString();
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```python")) {
                continue;
            }
            int codeLine = i + 1;
            StringBuilder code = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            for (i++; i < lines.size() && lines.get(i).isBlank(); i++) {
                // blank lines between the code and its output
            }
            assertThat(i < lines.size() ? lines.get(i).strip() : "")
                    .as("%s : le panneau Python de la ligne %d doit être suivi de sa sortie en ```text", file, codeLine)
                    .isEqualTo("```text");
            int outputLine = i + 1;
            StringBuilder output = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                output.append(lines.get(i)).append('\n');
            }
            panels.add(new Panel(codeLine, code.toString(), outputLine, output.toString()));
        }
        return panels;
    }

    static List<String> numbersIn(String output) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(output);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Asserts that the panels of {@code lesson} print exactly {@code expected}, panel by panel. */
    static void check(Path lesson, List<Printed> expected) throws IOException {
        String file = lesson.getFileName().toString();
        List<Panel> panels = panels(lesson);
        assertThat(panels).as("panneaux Python de %s", file).hasSize(expected.size());
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            Printed e = expected.get(i);
            List<String> printed = numbersIn(p.output());
            String where = file + ", sortie ligne " + p.outputLine();
            assertThat(printed).as("nombre de valeurs affichées, %s", where).hasSize(e.size());
            for (int k = 0; k < printed.size(); k++) {
                double shown = Double.parseDouble(printed.get(k));
                double want = e.expectedShown(k);
                double tolerance = e.isExact(k) ? Math.ulp(want) : 1e-12;
                assertThat(shown).as("valeur n°%d (« %s »), %s", k + 1, printed.get(k), where)
                        .isCloseTo(want, within(tolerance));
            }
        }
    }

    /** Numbers one panel prints, each with the decimals its code rounds to. */
    static final class Printed {
        private static final int EXACT = -1;
        private final List<Double> values = new ArrayList<>();
        private final List<Integer> decimals = new ArrayList<>();

        /** Printed with Python's shortest round-trip repr: the same double. */
        Printed exact(double... v) {
            return add(EXACT, v);
        }

        /** {@code round(v, d)}, {@code .round(d)} or an {@code :.{d}f} format: half-even on the exact binary value. */
        Printed rounded(int d, double... v) {
            return add(d, v);
        }

        /** NumPy's default array printing: 8 decimals, trailing zeros dropped. */
        Printed numpy(double... v) {
            return add(8, v);
        }

        /** PyTorch's default tensor printing here: 4 decimals. */
        Printed torch(double... v) {
            return add(4, v);
        }

        private Printed add(int d, double... v) {
            for (double x : v) {
                values.add(x);
                decimals.add(d);
            }
            return this;
        }

        int size() {
            return values.size();
        }

        double value(int k) {
            return values.get(k);
        }

        List<Double> values() {
            return List.copyOf(values);
        }

        boolean isExact(int k) {
            return decimals.get(k) == EXACT;
        }

        double expectedShown(int k) {
            double v = values.get(k);
            int d = decimals.get(k);
            return d == EXACT ? v : new BigDecimal(v).setScale(d, RoundingMode.HALF_EVEN).doubleValue();
        }
    }
}

package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chapter 5's Python panels are excerpts of the runnable scripts under bench/: each panel
 * must be, line for line (trailing spaces aside), an excerpt marked in a script with
 * {@code # panneau: ID} … {@code # fin du panneau}, or else a run of consecutive lines of
 * some bench/*.py; every marked excerpt must be shown by a panel. The outputs printed under
 * the panels come from running the scripts; those that Java can recompute (parameter
 * counts, the normalisation of the example pairs, the range of a normalised image) are
 * checked against the compute core.
 */
class ChapterFiveCodePanelsTest {
    private static final Path REPO = Path.of(System.getProperty("dlintro.repo", "."));
    private static final Path CHAPTER = REPO.resolve("lessons").resolve("05-projets");
    private static final Path BENCH = REPO.resolve("bench");

    private static final Pattern START = Pattern.compile("^\\s*# panneau: (\\S+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*# fin du panneau\\s*$");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])-?\\d+(?![\\d.])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d*)?");

    // ---- the lessons' panels against the scripts ----

    @Test
    void everyPythonPanelIsAnExcerptOfABenchScript() throws IOException {
        Map<String, Excerpt> excerpts = markedExcerpts();
        List<String> problems = new ArrayList<>();
        for (Panel panel : allPanels()) {
            if (matchingMarker(panel, excerpts) == null && unmarkedSource(panel) == null) {
                problems.add(panel.where() + " : ce panneau n'est l'extrait d'aucun script de bench/ ("
                        + nearest(panel, excerpts) + ")");
            }
        }
        assertThat(problems).as("panneaux qui ont dérivé de leur script").isEmpty();
    }

    @Test
    void everyMarkedExcerptIsShownByAPanel() throws IOException {
        Map<String, Excerpt> excerpts = markedExcerpts();
        Set<String> shown = new HashSet<>();
        for (Panel panel : allPanels()) {
            Excerpt e = matchingMarker(panel, excerpts);
            if (e != null) {
                shown.add(e.id());
            }
        }
        List<String> stale = excerpts.values().stream().filter(e -> !shown.contains(e.id()))
                .map(e -> e.file() + ":" + e.line() + " « panneau: " + e.id() + " »").toList();
        assertThat(stale).as("extraits marqués qu'aucun panneau ne montre").isEmpty();
    }

    @Test
    void theChapterShowsTheBooksCodeFromBothProjects() throws IOException {
        Map<String, List<String>> byLesson = new LinkedHashMap<>();
        Map<String, Excerpt> excerpts = markedExcerpts();
        for (Panel panel : allPanels()) {
            Excerpt e = matchingMarker(panel, excerpts);
            byLesson.computeIfAbsent(panel.file(), f -> new ArrayList<>()).add(e == null ? "?" : e.id());
        }
        assertThat(byLesson.get("05.1-calculatrice.md"))
                .contains("5.1.3-dataset", "5.1.4-sequential", "5.1.4.3.1-evolutive", "5.1.5.3-train",
                        "5.1.7-functions", "5.1.7.1-predict");
        assertThat(byLesson.get("05.2-chiffres-manuscrits.md"))
                .contains("5.2.4-transform", "5.2.4-split", "5.2.6-model", "5.2.7-loop", "5.2.8-metrics",
                        "5.2.9-predict");
    }

    // ---- printed numbers against the compute core ----

    @Test
    void sequentialModelAndSixLayerClassBothHaveSixThousandSevenHundredTwentyOneParameters() throws IOException {
        Mlp fiveHidden = Mlp.build(2, 40, 5, 1, "relu", 0, new SplittableRandom(1));
        assertThat(fiveHidden.parameterCount()).isEqualTo(6721);
        assertThat(integers(output("5.1.4.3-count"))).containsExactly(6721, 6721);
    }

    @Test
    void summaryListsEveryTensorOfTheTwoSixteenSixteenSixteenOneNetworkAndSixHundredNine() throws IOException {
        Mlp book = Mlp.build(2, 16, 3, 1, "relu", 0, new SplittableRandom(1));
        assertThat(book.parameterCount()).isEqualTo(609);
        List<String> rows = output("5.1.6.5-summary").lines().filter(l -> !l.isBlank()).toList();
        List<Linear> linears = book.linears();
        assertThat(rows).hasSize(2 * linears.size() + 1);
        for (int l = 0; l < linears.size(); l++) {
            Linear layer = linears.get(l);
            String weights = rows.get(2 * l);
            String biases = rows.get(2 * l + 1);
            assertThat(integers(weights)).as(weights)
                    .endsWith(layer.outFeatures(), layer.inFeatures(), layer.outFeatures() * layer.inFeatures());
            assertThat(integers(biases)).as(biases).endsWith(layer.outFeatures(), layer.outFeatures());
        }
        assertThat(rows.get(rows.size() - 1)).isEqualTo("Total params: " + book.parameterCount());
    }

    @Test
    void mnistModelHasSixLinearLayersAndThirtyEightThousandThreeHundredSeventyParameters() throws IOException {
        Mlp mnist = Mlp.build(784, 40, 5, 10, "relu", 0, new SplittableRandom(1));
        assertThat(mnist.parameterCount()).isEqualTo(38370);
        assertThat(integers(output("5.2.7-count"))).containsExactly(mnist.linears().size(), mnist.parameterCount());
    }

    @Test
    void examplePairsAreNormalisedByMaxAndTheirSumsByTwiceMax() throws IOException {
        List<Double> numbers = decimals(output("5.1.3-example"));
        int pairs = numbers.size() / 3;
        assertThat(numbers).hasSize(3 * pairs).hasSizeGreaterThan(0);
        CalculatorPreprocessing pre = new CalculatorPreprocessing(Operation.ADD, 100);
        for (int i = 0; i < pairs; i++) {
            int a = (int) Math.round(numbers.get(2 * i) * 100);
            int b = (int) Math.round(numbers.get(2 * i + 1) * 100);
            float[] x = pre.inputs(a, b);
            assertThat((double) x[0]).as("paire %d", i + 1).isCloseTo(numbers.get(2 * i), within(1e-6));
            assertThat((double) x[1]).as("paire %d", i + 1).isCloseTo(numbers.get(2 * i + 1), within(1e-6));
            double y = numbers.get(2 * pairs + i);
            assertThat(pre.denormalise(y)).as("somme de %d et %d", a, b)
                    .isCloseTo((double) Operation.ADD.apply(a, b), within(1e-9));
        }
    }

    @Test
    void normalisedImageGoesFromMinusOneToOne() throws IOException {
        List<Double> printed = decimals(output("5.2.4.1-range").replaceAll("torch\\.Size\\(\\[[^]]*]\\)", ""));
        assertThat(printed).hasSize(3);
        assertThat(printed.get(1)).isEqualTo((double) ImagePreprocessing.BOOK.apply(0));
        assertThat(printed.get(2)).isEqualTo((double) ImagePreprocessing.BOOK.apply(255));
    }

    @Test
    void weightedRecallPrintedEqualsTheAccuracy() throws IOException {
        List<Double> metrics = decimals(output("5.2.8-metrics"));
        assertThat(metrics).hasSize(4);
        assertThat(metrics.get(2)).isEqualTo(metrics.get(0));
        assertThat(metrics.get(0)).isBetween(0.9, 1.0);
    }

    // ---- reading the scripts ----

    record Excerpt(String id, String file, int line, List<String> lines) {
    }

    private static Map<String, Excerpt> markedExcerpts() throws IOException {
        Map<String, Excerpt> out = new LinkedHashMap<>();
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            String name = script.getFileName().toString();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = START.matcher(lines.get(i));
                if (!m.matches()) {
                    assertThat(END.matcher(lines.get(i)).matches())
                            .as("%s:%d : « fin du panneau » sans début", name, i + 1).isFalse();
                    continue;
                }
                int start = i + 1;
                List<String> body = new ArrayList<>();
                for (i++; i < lines.size() && !END.matcher(lines.get(i)).matches(); i++) {
                    assertThat(START.matcher(lines.get(i)).matches())
                            .as("%s:%d : panneau « %s » ouvert dans un autre", name, i + 1, m.group(1)).isFalse();
                    body.add(lines.get(i).stripTrailing());
                }
                assertThat(i).as("%s:%d : panneau « %s » jamais fermé", name, start, m.group(1)).isLessThan(lines.size());
                Excerpt previous = out.put(m.group(1), new Excerpt(m.group(1), name, start, body));
                assertThat(previous).as("%s:%d : panneau « %s » marqué deux fois", name, start, m.group(1)).isNull();
            }
        }
        assertThat(out).as("extraits marqués dans bench/*.py").isNotEmpty();
        return out;
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> s = Files.list(BENCH)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Excerpt matchingMarker(Panel panel, Map<String, Excerpt> excerpts) {
        for (Excerpt e : excerpts.values()) {
            if (e.lines().equals(panel.lines())) {
                return e;
            }
        }
        return null;
    }

    /** The script holding the panel as consecutive lines, when it is not a marked excerpt. */
    private static String unmarkedSource(Panel panel) throws IOException {
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8).stream()
                    .map(String::stripTrailing).toList();
            if (!panel.lines().isEmpty() && java.util.Collections.indexOfSubList(lines, panel.lines()) >= 0) {
                return script.getFileName().toString();
            }
        }
        return null;
    }

    /** Where the panel parts from the excerpt that shares the most leading lines with it. */
    private static String nearest(Panel panel, Map<String, Excerpt> excerpts) {
        Excerpt best = null;
        int bestShared = -1;
        for (Excerpt e : excerpts.values()) {
            int shared = 0;
            while (shared < Math.min(e.lines().size(), panel.lines().size())
                    && e.lines().get(shared).equals(panel.lines().get(shared))) {
                shared++;
            }
            if (shared > bestShared) {
                best = e;
                bestShared = shared;
            }
        }
        if (best == null || bestShared == 0) {
            return "aucun extrait ne commence par sa première ligne";
        }
        int panelLine = panel.codeLine() + bestShared;
        String expected = bestShared < best.lines().size() ? "« " + best.lines().get(bestShared) + " »" : "la fin du panneau";
        String shown = bestShared < panel.lines().size() ? "« " + panel.lines().get(bestShared) + " »" : "la fin du panneau";
        return "le plus proche est « " + best.id() + " » (" + best.file() + ":" + best.line()
                + ") ; ligne " + panelLine + ", la leçon a " + shown + " où le script a " + expected;
    }

    // ---- reading the lessons ----

    record Panel(String file, int codeLine, List<String> lines, String output) {
        String where() {
            return file + ":" + codeLine;
        }
    }

    private static List<Panel> allPanels() throws IOException {
        List<Panel> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(CHAPTER)) {
            for (Path lesson : s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                out.addAll(panels(lesson));
            }
        }
        assertThat(out).as("panneaux Python du chapitre 5").isNotEmpty();
        return out;
    }

    /** Each {@code ```python} block, with the {@code ```text} block that follows it, if any. */
    private static List<Panel> panels(Path lesson) throws IOException {
        List<String> lines = Files.readAllLines(lesson, StandardCharsets.UTF_8);
        String file = lesson.getFileName().toString();
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```python")) {
                continue;
            }
            int codeLine = i + 1;
            List<String> code = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                code.add(lines.get(i).stripTrailing());
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            String output = null;
            if (j < lines.size() && lines.get(j).strip().equals("```text")) {
                StringBuilder b = new StringBuilder();
                for (j++; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                    b.append(lines.get(j)).append('\n');
                }
                output = b.toString();
            }
            panels.add(new Panel(file, codeLine, code, output));
        }
        return panels;
    }

    /** The output block printed under the panel that shows the excerpt {@code id}. */
    private static String output(String id) throws IOException {
        Excerpt excerpt = markedExcerpts().get(id);
        assertThat(excerpt).as("extrait « %s »", id).isNotNull();
        for (Panel panel : allPanels()) {
            if (panel.lines().equals(excerpt.lines())) {
                if (panel.output() == null) {
                    fail(panel.where() + " : le panneau « " + id + " » doit être suivi de sa sortie en ```text");
                }
                return panel.output();
            }
        }
        return fail("aucun panneau ne montre l'extrait « " + id + " »");
    }

    private static List<Integer> integers(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = INTEGER.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    private static List<Double> decimals(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = DECIMAL.matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}

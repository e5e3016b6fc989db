package fr.dlintro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path dir;

    private static JsonNode lastLineJson(String out) throws IOException {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void calculatorPrintsOneFrenchLinePerEpochThenAJsonReport() throws IOException {
        Path model = dir.resolve("calc.json");
        CliBadInputTest.Run r = CliBadInputTest.cli("train", "calculator", "--samples", "1000", "--epochs", "3", "--json",
                "--save", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Époque 1/3 · perte entraînement ").contains("Époque 3/3")
                .contains("Test sur 2\u202f000 nouvelles paires : MSE ").contains("50 + 50 → ").contains("6 + 6 → ");
        JsonNode json = lastLineJson(r.out());
        assertThat(json.get("task").asText()).isEqualTo("calculator");
        assertThat(json.get("parameter_count").asInt()).isEqualTo(609);
        assertThat(json.get("parameters").get("lr").asDouble()).isEqualTo(0.1);
        assertThat(json.get("epochs")).hasSize(3);
        assertThat(json.get("epochs").get(0).has("val_accuracy")).isFalse();
        assertThat(json.get("seconds_per_epoch").asDouble()).isPositive();
        assertThat(json.get("warmup_seconds").asDouble()).isPositive();
        assertThat(json.get("threads").asInt()).as("the calculator trains on one thread").isEqualTo(1);
        assertThat(json.get("test").get("r2").isNumber()).isTrue();
        assertThat(json.get("predictions").get(0).get("expected").asInt()).isEqualTo(100);
        assertThat(json.get("predictions").get(1).get("a").asInt()).isEqualTo(6);

        CliBadInputTest.Run e = CliBadInputTest.cli("evaluate", "--model", model.toString(), "--json");
        assertThat(e.code()).as(e.err()).isZero();
        JsonNode metrics = lastLineJson(e.out());
        assertThat(metrics.get("mse").asDouble()).isPositive();
        assertThat(metrics.has("r2")).isTrue();
    }

    @Test
    void adamWithoutLearningRateUsesTheBooksThousandth() throws IOException {
        CliBadInputTest.Run r = CliBadInputTest.cli("train", "calculator", "--samples", "200", "--epochs", "1",
                "--optimizer", "adam", "--json");
        assertThat(r.code()).isZero();
        assertThat(lastLineJson(r.out()).get("parameters").get("lr").asDouble()).isEqualTo(0.001);
        assertThat(r.out()).contains("Adam, taux d'apprentissage 0,001");
    }

    @Test
    void aDivergingRunStopsWithItsReason() throws IOException {
        CliBadInputTest.Run r = CliBadInputTest.cli("train", "calculator", "--samples", "500", "--lr", "5000", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("La perte").contains("taux d'apprentissage (5000)");
        assertThat(lastLineJson(r.out()).get("status").asText()).isEqualTo("diverged");
    }

    private static void idx(Path file, int[] dims, byte[] data) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.write(new byte[] {0, 0, 8, (byte) dims.length});
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }

    /** Tiny 3×3 "images": class k lights pixel k (plus noise-free background). */
    private static void folder(Path d, String prefix, int count) throws IOException {
        byte[] pixels = new byte[count * 9];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 3);
            pixels[i * 9 + i % 3] = (byte) 200;
            pixels[i * 9 + 8] = (byte) (i % 7);
        }
        idx(d.resolve(prefix + "-images-idx3-ubyte.gz"), new int[] {count, 3, 3}, pixels);
        idx(d.resolve(prefix + "-labels-idx1-ubyte.gz"), new int[] {count}, labels);
    }

    @Test
    void mnistTrainsOnAFolderWithItsClassNamesAndEvaluates() throws IOException {
        folder(dir, "train", 300);
        folder(dir, "t10k", 60);
        Files.writeString(dir.resolve("labels.txt"), "rond\ncarré\ntriangle\n");
        Path model = dir.resolve("m.json");
        CliBadInputTest.Run r = CliBadInputTest.cli("train", "mnist", "--data", dir.toString(), "--epochs", "4",
                "--hidden", "8", "--layers", "1", "--lr", "0.1", "--batch", "8", "--json", "--save", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 classes").contains("exactitude");
        JsonNode json = lastLineJson(r.out());
        assertThat(json.get("epochs").get(3).get("val_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("test").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("parameter_count").asInt()).isEqualTo(9 * 8 + 8 + 8 * 3 + 3);

        CliBadInputTest.Run e = CliBadInputTest.cli("evaluate", "--model", model.toString(), "--data", dir.toString(),
                "--json");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.out()).contains("triangle");
        JsonNode metrics = lastLineJson(e.out());
        assertThat(metrics.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(metrics.get("confusion").get(2).get(2).asInt()).isEqualTo(20);
    }

    @Test
    void noShuffleRunsAreRepeatable() throws IOException {
        String[] args = {"train", "calculator", "--samples", "300", "--epochs", "2", "--no-shuffle", "--json", "--no-warmup"};
        JsonNode a = lastLineJson(CliBadInputTest.cli(args).out());
        JsonNode b = lastLineJson(CliBadInputTest.cli(args).out());
        assertThat(a.get("epochs").get(1).get("train_loss")).isEqualTo(b.get("epochs").get(1).get("train_loss"));
        assertThat(a.get("parameters").get("shuffle").asBoolean()).isFalse();
        assertThat(a.get("warmup_seconds").asDouble()).isZero();
    }
}

package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training with the Vector API kernels (this JVM, started with the incubator module) ends
 * on the same bits as one in a child JVM started without the module, on the scalar kernels.
 */
class ScalarAndVectorTrainingTest {

    @Test
    void trainingWithoutTheVectorModuleEndsOnTheSameBits(@TempDir Path dir) throws Exception {
        assumeTrue(Kernels.VECTOR, "this JVM runs the scalar kernels: nothing to compare");
        List<int[]> vector = KernelTrainingRun.train();

        Path result = dir.resolve("scalar.bin");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KernelTrainingRun.class.getName(), result.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        // without the module nothing is said: no incubator warning, no linkage error
        assertThat(output).isEmpty();

        try (DataInputStream in = new DataInputStream(Files.newInputStream(result))) {
            assertThat(in.readBoolean()).as("the child ran the scalar kernels").isFalse();
            List<int[]> scalar = read(in);
            assertThat(scalar).hasSameSizeAs(vector);
            for (int r = 0; r < vector.size(); r++) {
                assertThat(vector.get(r)).as("parameter row %d", r).isEqualTo(scalar.get(r));
            }
        }
    }

    private static List<int[]> read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        List<int[]> bits = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[] row = new int[in.readInt()];
            for (int j = 0; j < row.length; j++) {
                row[j] = in.readInt();
            }
            bits.add(row);
        }
        return bits;
    }
}

package fr.dlintro.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The four gzip IDX files under assets/mnist/ are the official MNIST files, whole and
 * unaltered (scripts/bundle-mnist.sh made them; assets/mnist/PROVENANCE.md says from what).
 * Reads them with the JDK only, so a bug in the app's own IDX reader cannot hide a bad asset.
 */
class BundledMnistTest {
    // Surefire runs with the project's basedir as working directory.
    private static final Path MNIST = Path.of("assets", "mnist");
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    @Test
    void trainingImagesAreSixtyThousandOfTwentyEightByTwentyEightWithTheOfficialDigest() throws IOException {
        IdxSummary images = summarise("train-images-idx3-ubyte.gz", 3);

        assertThat(images.magic).isEqualTo(IMAGES_MAGIC);
        assertThat(images.dims).containsExactly(60_000, 28, 28);
        assertThat(images.payloadBytes).isEqualTo(60_000L * 28 * 28);
        assertThat(images.md5).isEqualTo("6bbc9ace898e44ae57da46a324031adb");
    }

    @Test
    void trainingLabelsAreSixtyThousandWithTheOfficialDigestAndClassCounts() throws IOException {
        IdxSummary labels = summarise("train-labels-idx1-ubyte.gz", 1);

        assertThat(labels.magic).isEqualTo(LABELS_MAGIC);
        assertThat(labels.dims).containsExactly(60_000);
        assertThat(labels.payloadBytes).isEqualTo(60_000L);
        assertThat(labels.md5).isEqualTo("a25bea736e30d166cdddb491f175f624");
        assertThat(digitCounts(labels))
                .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    }

    @Test
    void testImagesAreTenThousandOfTwentyEightByTwentyEightWithTheOfficialDigest() throws IOException {
        IdxSummary images = summarise("t10k-images-idx3-ubyte.gz", 3);

        assertThat(images.magic).isEqualTo(IMAGES_MAGIC);
        assertThat(images.dims).containsExactly(10_000, 28, 28);
        assertThat(images.payloadBytes).isEqualTo(10_000L * 28 * 28);
        assertThat(images.md5).isEqualTo("2646ac647ad5339dbf082846283269ea");
    }

    @Test
    void testLabelsAreTenThousandWithTheOfficialDigestAndClassCounts() throws IOException {
        IdxSummary labels = summarise("t10k-labels-idx1-ubyte.gz", 1);

        assertThat(labels.magic).isEqualTo(LABELS_MAGIC);
        assertThat(labels.dims).containsExactly(10_000);
        assertThat(labels.payloadBytes).isEqualTo(10_000L);
        assertThat(labels.md5).isEqualTo("27ae3e4e09519cfbb04c329615203637");
        assertThat(digitCounts(labels)).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
    }

    /** Header, payload size, MD5 of the decompressed file and, for a label file, counts per digit. */
    private record IdxSummary(int magic, int[] dims, long payloadBytes, String md5, int[] labelCounts) {}

    private static IdxSummary summarise(String fileName, int dimensionCount) throws IOException {
        MessageDigest md5 = newMd5();
        try (InputStream file = Files.newInputStream(MNIST.resolve(fileName));
                DigestInputStream digested = new DigestInputStream(new GZIPInputStream(file, 1 << 16), md5);
                DataInputStream in = new DataInputStream(digested)) {
            int magic = in.readInt();
            int[] dims = new int[dimensionCount];
            for (int i = 0; i < dimensionCount; i++) {
                dims[i] = in.readInt();
            }
            // one counter per possible byte value, so a stray label above 9 shows up in the counts
            int[] labelCounts = new int[256];
            boolean isLabelFile = dimensionCount == 1;
            byte[] buffer = new byte[1 << 16];
            long payloadBytes = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                payloadBytes += n;
                if (isLabelFile) {
                    for (int i = 0; i < n; i++) {
                        labelCounts[buffer[i] & 0xff]++;
                    }
                }
            }
            return new IdxSummary(magic, dims, payloadBytes, HexFormat.of().formatHex(md5.digest()), labelCounts);
        }
    }

    /** Counts of labels 0 to 9; fails if any label lies outside that range. */
    private static int[] digitCounts(IdxSummary labels) {
        int[] digits = Arrays.copyOf(labels.labelCounts, 10);
        assertThat((long) sum(digits)).as("labels from 0 to 9").isEqualTo(labels.payloadBytes);
        return digits;
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}

package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API kernels give the scalar kernels' bits, for every length and term count. */
class VectorKernelsTest {
    private static final int MAX_LENGTH = 100;

    private final SplittableRandom random = new SplittableRandom(17);

    /** Values spread over several magnitudes and signs, some zeros: any reordering shows in the bits. */
    private float value() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return 0f;
        }
        float v = (float) (random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-3, 4)));
        return kind == 1 ? -v : v;
    }

    private float[] values(int n) {
        float[] v = new float[n];
        for (int j = 0; j < n; j++) {
            v[j] = value();
        }
        return v;
    }

    private float[][] rows(int count, int n) {
        float[][] rows = new float[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = values(n);
        }
        return rows;
    }

    private static int[] bits(float[] v) {
        int[] bits = new int[v.length];
        for (int j = 0; j < v.length; j++) {
            bits[j] = Float.floatToRawIntBits(v[j]);
        }
        return bits;
    }

    @Test
    void vectorPathIsTakenWhenTheModuleIsLoaded() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        assumeTrue(!"false".equals(System.getProperty("dlintro.vector")));
        assertThat(Kernels.VECTOR).isEqualTo(VectorKernels.worthwhile());
    }

    @Test
    void axpyGivesTheScalarBitsForEveryLength() {
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float a = value();
            float[] x = values(n);
            float[] y = values(n);
            float[] expected = y.clone();
            ScalarKernels.axpy(a, x, expected, n);
            VectorKernels.axpy(a, x, y, n);
            assertThat(bits(y)).as("n = %d", n).isEqualTo(bits(expected));
        }
    }

    @Test
    void axpyAndZeroGivesTheScalarBitsAndClearsTheGradient() {
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float a = value();
            float[] x = values(n);
            float[] y = values(n);
            float[] expectedX = x.clone();
            float[] expected = y.clone();
            ScalarKernels.axpyAndZero(a, expectedX, expected, n);
            VectorKernels.axpyAndZero(a, x, y, n);
            assertThat(bits(y)).as("n = %d", n).isEqualTo(bits(expected));
            assertThat(bits(x)).as("n = %d", n).isEqualTo(bits(expectedX)).containsOnly(0);
        }
    }

    @Test
    void axpy4GivesTheScalarBitsForEveryLength() {
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float[][] r = rows(4, n);
            float a = value();
            float b = value();
            float c = value();
            float d = value();
            float[] y = values(n);
            float[] expected = y.clone();
            ScalarKernels.axpy4(a, r[0], b, r[1], c, r[2], d, r[3], expected, n);
            VectorKernels.axpy4(a, r[0], b, r[1], c, r[2], d, r[3], y, n);
            assertThat(bits(y)).as("n = %d", n).isEqualTo(bits(expected));
        }
    }

    @Test
    void gatherAxpyGivesTheScalarBitsForEveryLengthAndTermCount() {
        int[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 40, 150};
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float[][] rows = rows(50, n);
            for (int count : counts) {
                for (boolean lead : new boolean[] {false, true}) {
                    int from = random.nextInt(5);
                    int[] index = new int[from + count + 3];
                    float[] coef = values(index.length);
                    for (int k = 0; k < index.length; k++) {
                        index[k] = random.nextInt(rows.length);
                    }
                    float a0 = lead ? value() : 0f;
                    float[] x0 = lead ? values(n) : null;
                    float[] y = values(n);
                    float[] expected = y.clone();
                    ScalarKernels.gatherAxpy(a0, x0, coef, index, from, count, rows, expected, n);
                    VectorKernels.gatherAxpy(a0, x0, coef, index, from, count, rows, y, n);
                    assertThat(bits(y)).as("n = %d, %d terms, a0 = %s", n, count, a0).isEqualTo(bits(expected));
                }
            }
        }
    }

    @Test
    void gatherAxpyRowsGivesTheScalarBitsRowByRow() {
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float[][] rows = rows(50, n);
            for (int count = 0; count <= 5; count++) {
                for (boolean lead : new boolean[] {false, true}) {
                    // rows with unequal term counts, some with none, so each of a pair runs on alone
                    int[] start = new int[count + 1];
                    for (int r = 0; r < count; r++) {
                        start[r + 1] = start[r] + random.nextInt(0, 12);
                    }
                    int[] index = new int[start[count]];
                    float[] coef = values(index.length);
                    for (int k = 0; k < index.length; k++) {
                        index[k] = random.nextInt(rows.length);
                    }
                    float a0 = lead ? value() : 0f;
                    float[] x0 = lead ? values(n) : null;
                    int yFrom = random.nextInt(3);
                    float[][] ys = rows(yFrom + count, n);
                    float[][] expected = new float[ys.length][];
                    for (int r = 0; r < ys.length; r++) {
                        expected[r] = ys[r].clone();
                    }
                    for (int r = 0; r < count; r++) {
                        ScalarKernels.gatherAxpy(a0, x0, coef, index, start[r], start[r + 1] - start[r], rows,
                                expected[yFrom + r], n);
                    }
                    VectorKernels.gatherAxpyRows(a0, x0, coef, index, start, ys, yFrom, count, rows, n);
                    for (int r = 0; r < ys.length; r++) {
                        assertThat(bits(ys[r])).as("n = %d, row %d of %d, a0 = %s", n, r, count, a0)
                                .isEqualTo(bits(expected[r]));
                    }
                }
            }
        }
    }

    @Test
    void byteGatherAxpyGivesTheScalarBitsForEveryLengthAndTermCount() {
        int[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 40, 150};
        for (int n = 1; n <= MAX_LENGTH; n++) {
            float[][] rows = rows(200, n);
            for (int count : counts) {
                int from = random.nextInt(5);
                short[] index = new short[from + count + 3];
                byte[] pixel = new byte[index.length];
                for (int k = 0; k < index.length; k++) {
                    index[k] = (short) random.nextInt(rows.length);
                    pixel[k] = (byte) random.nextInt(256);
                }
                float[] y = values(n);
                float[] expected = y.clone();
                ScalarKernels.byteGatherAxpy(pixel, index, from, from + count, rows, expected, n);
                VectorKernels.byteGatherAxpy(pixel, index, from, from + count, rows, y, n);
                assertThat(bits(y)).as("n = %d, %d terms", n, count).isEqualTo(bits(expected));
            }
        }
    }
}

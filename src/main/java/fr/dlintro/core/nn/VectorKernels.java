package fr.dlintro.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} written with the Vector API: C2 gives loops of length 40 only 4-float
 * vectors, these use 8 floats (then 4, then scalars, or an overlapping last vector), and the
 * gathers keep y in registers across all their terms. Each element gets the same fused
 * multiply-adds in the same order as in {@link ScalarKernels}, so the bits are the same.
 * Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorKernels {
    private static final VectorSpecies<Float> WIDE = FloatVector.SPECIES_256;
    private static final VectorSpecies<Float> HALF = FloatVector.SPECIES_128;

    private VectorKernels() {
    }

    /** Whether 8-float vectors are real hardware vectors here rather than an emulation. */
    static boolean worthwhile() {
        return FloatVector.SPECIES_PREFERRED.length() >= WIDE.length();
    }

    static void axpy(float a, float[] x, float[] y, int n) {
        int j = 0;
        if (n >= 8) {
            FloatVector va = FloatVector.broadcast(WIDE, a);
            for (; j <= n - 8; j += 8) {
                FloatVector.fromArray(WIDE, x, j).fma(va, FloatVector.fromArray(WIDE, y, j)).intoArray(y, j);
            }
        }
        if (j <= n - 4) {
            FloatVector va = FloatVector.broadcast(HALF, a);
            FloatVector.fromArray(HALF, x, j).fma(va, FloatVector.fromArray(HALF, y, j)).intoArray(y, j);
            j += 4;
        }
        for (; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
        }
    }

    static void axpyAndZero(float a, float[] x, float[] y, int n) {
        int j = 0;
        if (n >= 8) {
            FloatVector va = FloatVector.broadcast(WIDE, a);
            FloatVector zero = FloatVector.zero(WIDE);
            for (; j <= n - 8; j += 8) {
                FloatVector.fromArray(WIDE, x, j).fma(va, FloatVector.fromArray(WIDE, y, j)).intoArray(y, j);
                zero.intoArray(x, j);
            }
        }
        if (j <= n - 4) {
            FloatVector va = FloatVector.broadcast(HALF, a);
            FloatVector.fromArray(HALF, x, j).fma(va, FloatVector.fromArray(HALF, y, j)).intoArray(y, j);
            FloatVector.zero(HALF).intoArray(x, j);
            j += 4;
        }
        for (; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
            x[j] = 0f;
        }
    }

    static void axpy4(float a, float[] x, float b, float[] u, float c, float[] v, float d, float[] w,
            float[] y, int n) {
        int j = 0;
        if (n >= 8) {
            FloatVector va = FloatVector.broadcast(WIDE, a);
            FloatVector vb = FloatVector.broadcast(WIDE, b);
            FloatVector vc = FloatVector.broadcast(WIDE, c);
            FloatVector vd = FloatVector.broadcast(WIDE, d);
            for (; j <= n - 8; j += 8) {
                FloatVector acc = FloatVector.fromArray(WIDE, x, j).fma(va, FloatVector.fromArray(WIDE, y, j));
                acc = FloatVector.fromArray(WIDE, u, j).fma(vb, acc);
                acc = FloatVector.fromArray(WIDE, v, j).fma(vc, acc);
                FloatVector.fromArray(WIDE, w, j).fma(vd, acc).intoArray(y, j);
            }
        }
        if (j <= n - 4) {
            FloatVector acc = FloatVector.fromArray(HALF, x, j)
                    .fma(FloatVector.broadcast(HALF, a), FloatVector.fromArray(HALF, y, j));
            acc = FloatVector.fromArray(HALF, u, j).fma(FloatVector.broadcast(HALF, b), acc);
            acc = FloatVector.fromArray(HALF, v, j).fma(FloatVector.broadcast(HALF, c), acc);
            FloatVector.fromArray(HALF, w, j).fma(FloatVector.broadcast(HALF, d), acc).intoArray(y, j);
            j += 4;
        }
        for (; j < n; j++) {
            y[j] = Math.fma(d, w[j], Math.fma(c, v[j], Math.fma(b, u[j], Math.fma(a, x[j], y[j]))));
        }
    }

    /**
     * One row of {@link Kernels#gatherAxpyRows}. Forty elements of y (five vectors, a hidden layer's
     * width) stay in registers while all the terms go by, instead of a load and a store of y
     * every four terms; each element still gets its terms in order.
     */
    static void gatherAxpy(float a0, float[] x0, float[] coef, int[] index, int from, int count, float[][] rows,
            float[] y, int n) {
        int end = from + count;
        boolean lead = a0 != 0f;
        int j = 0;
        // never leave 1 to 7 elements after whole blocks: the overlapping tail below needs 9 or more
        for (; n - j == 40 || n - j >= 48; j += 40) {
            FloatVector y0 = FloatVector.fromArray(WIDE, y, j);
            FloatVector y1 = FloatVector.fromArray(WIDE, y, j + 8);
            FloatVector y2 = FloatVector.fromArray(WIDE, y, j + 16);
            FloatVector y3 = FloatVector.fromArray(WIDE, y, j + 24);
            FloatVector y4 = FloatVector.fromArray(WIDE, y, j + 32);
            if (lead) {
                FloatVector a = FloatVector.broadcast(WIDE, a0);
                y0 = FloatVector.fromArray(WIDE, x0, j).fma(a, y0);
                y1 = FloatVector.fromArray(WIDE, x0, j + 8).fma(a, y1);
                y2 = FloatVector.fromArray(WIDE, x0, j + 16).fma(a, y2);
                y3 = FloatVector.fromArray(WIDE, x0, j + 24).fma(a, y3);
                y4 = FloatVector.fromArray(WIDE, x0, j + 32).fma(a, y4);
            }
            for (int k = from; k < end; k++) {
                float[] row = rows[index[k]];
                FloatVector c = FloatVector.broadcast(WIDE, coef[k]);
                y0 = FloatVector.fromArray(WIDE, row, j).fma(c, y0);
                y1 = FloatVector.fromArray(WIDE, row, j + 8).fma(c, y1);
                y2 = FloatVector.fromArray(WIDE, row, j + 16).fma(c, y2);
                y3 = FloatVector.fromArray(WIDE, row, j + 24).fma(c, y3);
                y4 = FloatVector.fromArray(WIDE, row, j + 32).fma(c, y4);
            }
            y0.intoArray(y, j);
            y1.intoArray(y, j + 8);
            y2.intoArray(y, j + 16);
            y3.intoArray(y, j + 24);
            y4.intoArray(y, j + 32);
        }
        for (; n - j >= 16 || n - j == 8; j += 8) {
            FloatVector acc = FloatVector.fromArray(WIDE, y, j);
            if (lead) {
                acc = FloatVector.fromArray(WIDE, x0, j).fma(FloatVector.broadcast(WIDE, a0), acc);
            }
            for (int k = from; k < end; k++) {
                acc = FloatVector.fromArray(WIDE, rows[index[k]], j).fma(FloatVector.broadcast(WIDE, coef[k]), acc);
            }
            acc.intoArray(y, j);
        }
        if (n - j > 8) {
            // 9 to 15 left (a ten-class output): two vectors, the second ending at n and
            // overlapping the first, both loaded before either is stored, so the shared
            // elements get the same terms twice and the same bits; no scalar chains
            int t = n - 8;
            FloatVector acc = FloatVector.fromArray(WIDE, y, j);
            FloatVector last = FloatVector.fromArray(WIDE, y, t);
            if (lead) {
                FloatVector a = FloatVector.broadcast(WIDE, a0);
                acc = FloatVector.fromArray(WIDE, x0, j).fma(a, acc);
                last = FloatVector.fromArray(WIDE, x0, t).fma(a, last);
            }
            for (int k = from; k < end; k++) {
                float[] row = rows[index[k]];
                FloatVector c = FloatVector.broadcast(WIDE, coef[k]);
                acc = FloatVector.fromArray(WIDE, row, j).fma(c, acc);
                last = FloatVector.fromArray(WIDE, row, t).fma(c, last);
            }
            acc.intoArray(y, j);
            last.intoArray(y, t);
            return;
        }
        if (j <= n - 4) {
            FloatVector acc = FloatVector.fromArray(HALF, y, j);
            if (lead) {
                acc = FloatVector.fromArray(HALF, x0, j).fma(FloatVector.broadcast(HALF, a0), acc);
            }
            for (int k = from; k < end; k++) {
                acc = FloatVector.fromArray(HALF, rows[index[k]], j).fma(FloatVector.broadcast(HALF, coef[k]), acc);
            }
            acc.intoArray(y, j);
            j += 4;
        }
        for (; j < n; j++) {
            float acc = y[j];
            if (lead) {
                acc = Math.fma(a0, x0[j], acc);
            }
            for (int k = from; k < end; k++) {
                acc = Math.fma(coef[k], rows[index[k]][j], acc);
            }
            y[j] = acc;
        }
    }

    /**
     * See {@link Kernels#gatherAxpyRows}. Rows of 40 go two at a time: ten accumulators
     * instead of five, so the chains of dependent fused multiply-adds (one per element,
     * in term order) overlap twice as much.
     */
    static void gatherAxpyRows(float a0, float[] x0, float[] coef, int[] index, int[] start, float[][] ys, int yFrom,
            int count, float[][] rows, int n) {
        int r = 0;
        if (n == 40) {
            for (; r + 1 < count; r += 2) {
                gatherAxpyPair(a0, x0, coef, index, start[r], start[r + 1], start[r + 2], rows, ys[yFrom + r],
                        ys[yFrom + r + 1]);
            }
        }
        for (; r < count; r++) {
            gatherAxpy(a0, x0, coef, index, start[r], start[r + 1] - start[r], rows, ys[yFrom + r], n);
        }
    }

    /** Two rows of 40: terms from .. middle - 1 into y, middle .. end - 1 into z. */
    private static void gatherAxpyPair(float a0, float[] x0, float[] coef, int[] index, int from, int middle, int end,
            float[][] rows, float[] y, float[] z) {
        FloatVector y0 = FloatVector.fromArray(WIDE, y, 0);
        FloatVector y1 = FloatVector.fromArray(WIDE, y, 8);
        FloatVector y2 = FloatVector.fromArray(WIDE, y, 16);
        FloatVector y3 = FloatVector.fromArray(WIDE, y, 24);
        FloatVector y4 = FloatVector.fromArray(WIDE, y, 32);
        FloatVector z0 = FloatVector.fromArray(WIDE, z, 0);
        FloatVector z1 = FloatVector.fromArray(WIDE, z, 8);
        FloatVector z2 = FloatVector.fromArray(WIDE, z, 16);
        FloatVector z3 = FloatVector.fromArray(WIDE, z, 24);
        FloatVector z4 = FloatVector.fromArray(WIDE, z, 32);
        if (a0 != 0f) {
            FloatVector a = FloatVector.broadcast(WIDE, a0);
            FloatVector x = FloatVector.fromArray(WIDE, x0, 0);
            y0 = x.fma(a, y0);
            z0 = x.fma(a, z0);
            x = FloatVector.fromArray(WIDE, x0, 8);
            y1 = x.fma(a, y1);
            z1 = x.fma(a, z1);
            x = FloatVector.fromArray(WIDE, x0, 16);
            y2 = x.fma(a, y2);
            z2 = x.fma(a, z2);
            x = FloatVector.fromArray(WIDE, x0, 24);
            y3 = x.fma(a, y3);
            z3 = x.fma(a, z3);
            x = FloatVector.fromArray(WIDE, x0, 32);
            y4 = x.fma(a, y4);
            z4 = x.fma(a, z4);
        }
        int k = from;
        int m = middle;
        for (; k < middle && m < end; k++, m++) {
            float[] row = rows[index[k]];
            float[] other = rows[index[m]];
            FloatVector c = FloatVector.broadcast(WIDE, coef[k]);
            FloatVector d = FloatVector.broadcast(WIDE, coef[m]);
            y0 = FloatVector.fromArray(WIDE, row, 0).fma(c, y0);
            z0 = FloatVector.fromArray(WIDE, other, 0).fma(d, z0);
            y1 = FloatVector.fromArray(WIDE, row, 8).fma(c, y1);
            z1 = FloatVector.fromArray(WIDE, other, 8).fma(d, z1);
            y2 = FloatVector.fromArray(WIDE, row, 16).fma(c, y2);
            z2 = FloatVector.fromArray(WIDE, other, 16).fma(d, z2);
            y3 = FloatVector.fromArray(WIDE, row, 24).fma(c, y3);
            z3 = FloatVector.fromArray(WIDE, other, 24).fma(d, z3);
            y4 = FloatVector.fromArray(WIDE, row, 32).fma(c, y4);
            z4 = FloatVector.fromArray(WIDE, other, 32).fma(d, z4);
        }
        for (; k < middle; k++) {
            float[] row = rows[index[k]];
            FloatVector c = FloatVector.broadcast(WIDE, coef[k]);
            y0 = FloatVector.fromArray(WIDE, row, 0).fma(c, y0);
            y1 = FloatVector.fromArray(WIDE, row, 8).fma(c, y1);
            y2 = FloatVector.fromArray(WIDE, row, 16).fma(c, y2);
            y3 = FloatVector.fromArray(WIDE, row, 24).fma(c, y3);
            y4 = FloatVector.fromArray(WIDE, row, 32).fma(c, y4);
        }
        for (; m < end; m++) {
            float[] row = rows[index[m]];
            FloatVector d = FloatVector.broadcast(WIDE, coef[m]);
            z0 = FloatVector.fromArray(WIDE, row, 0).fma(d, z0);
            z1 = FloatVector.fromArray(WIDE, row, 8).fma(d, z1);
            z2 = FloatVector.fromArray(WIDE, row, 16).fma(d, z2);
            z3 = FloatVector.fromArray(WIDE, row, 24).fma(d, z3);
            z4 = FloatVector.fromArray(WIDE, row, 32).fma(d, z4);
        }
        y0.intoArray(y, 0);
        y1.intoArray(y, 8);
        y2.intoArray(y, 16);
        y3.intoArray(y, 24);
        y4.intoArray(y, 32);
        z0.intoArray(z, 0);
        z1.intoArray(z, 8);
        z2.intoArray(z, 16);
        z3.intoArray(z, 24);
        z4.intoArray(z, 32);
    }

    /** See {@link Kernels#byteGatherAxpy}: y in registers as in {@link #gatherAxpy}. */
    static void byteGatherAxpy(byte[] value, short[] index, int from, int end, float[][] rows, float[] y, int n) {
        int j = 0;
        for (; j <= n - 40; j += 40) {
            FloatVector y0 = FloatVector.fromArray(WIDE, y, j);
            FloatVector y1 = FloatVector.fromArray(WIDE, y, j + 8);
            FloatVector y2 = FloatVector.fromArray(WIDE, y, j + 16);
            FloatVector y3 = FloatVector.fromArray(WIDE, y, j + 24);
            FloatVector y4 = FloatVector.fromArray(WIDE, y, j + 32);
            for (int k = from; k < end; k++) {
                float[] row = rows[index[k]];
                FloatVector c = FloatVector.broadcast(WIDE, (float) (value[k] & 0xFF));
                y0 = FloatVector.fromArray(WIDE, row, j).fma(c, y0);
                y1 = FloatVector.fromArray(WIDE, row, j + 8).fma(c, y1);
                y2 = FloatVector.fromArray(WIDE, row, j + 16).fma(c, y2);
                y3 = FloatVector.fromArray(WIDE, row, j + 24).fma(c, y3);
                y4 = FloatVector.fromArray(WIDE, row, j + 32).fma(c, y4);
            }
            y0.intoArray(y, j);
            y1.intoArray(y, j + 8);
            y2.intoArray(y, j + 16);
            y3.intoArray(y, j + 24);
            y4.intoArray(y, j + 32);
        }
        for (; j <= n - 8; j += 8) {
            FloatVector acc = FloatVector.fromArray(WIDE, y, j);
            for (int k = from; k < end; k++) {
                acc = FloatVector.fromArray(WIDE, rows[index[k]], j).fma(FloatVector.broadcast(WIDE, (float) (value[k] & 0xFF)), acc);
            }
            acc.intoArray(y, j);
        }
        if (j <= n - 4) {
            FloatVector acc = FloatVector.fromArray(HALF, y, j);
            for (int k = from; k < end; k++) {
                acc = FloatVector.fromArray(HALF, rows[index[k]], j).fma(FloatVector.broadcast(HALF, (float) (value[k] & 0xFF)), acc);
            }
            acc.intoArray(y, j);
            j += 4;
        }
        for (; j < n; j++) {
            float acc = y[j];
            for (int k = from; k < end; k++) {
                acc = Math.fma(value[k] & 0xFF, rows[index[k]][j], acc);
            }
            y[j] = acc;
        }
    }
}

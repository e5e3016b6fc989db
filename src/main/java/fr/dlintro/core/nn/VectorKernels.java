package fr.dlintro.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} written with the Vector API: C2 gives loops of length 40 only 4-float
 * vectors, these use 8 floats, then 4, then scalars. Each element gets the same fused
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
     * See {@link Kernels#gatherAxpy}. Forty elements of y (five vectors, a hidden layer's
     * width) stay in registers while all the terms go by, instead of a load and a store of y
     * every four terms; each element still gets its terms in order.
     */
    static void gatherAxpy(float a0, float[] x0, float[] coef, int[] index, int from, int count, float[][] rows,
            float[] y, int n) {
        int end = from + count;
        boolean lead = a0 != 0f;
        int j = 0;
        for (; j <= n - 40; j += 40) {
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
        for (; j <= n - 8; j += 8) {
            FloatVector acc = FloatVector.fromArray(WIDE, y, j);
            if (lead) {
                acc = FloatVector.fromArray(WIDE, x0, j).fma(FloatVector.broadcast(WIDE, a0), acc);
            }
            for (int k = from; k < end; k++) {
                acc = FloatVector.fromArray(WIDE, rows[index[k]], j).fma(FloatVector.broadcast(WIDE, coef[k]), acc);
            }
            acc.intoArray(y, j);
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

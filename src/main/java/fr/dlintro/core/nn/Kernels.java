package fr.dlintro.core.nn;

/**
 * The inner loops. The multiply-add loops run in {@link VectorKernels} when the JVM has the
 * Vector API module, else in {@link ScalarKernels}: the same bits either way. The flag is a
 * constant, so the JIT keeps only one of the two paths.
 */
final class Kernels {
    /** False with {@code -Ddlintro.vector=false}, without the module or without 8-float vectors. */
    static final boolean VECTOR = vectorApiUsable();

    private Kernels() {
    }

    private static boolean vectorApiUsable() {
        if ("false".equals(System.getProperty("dlintro.vector"))) {
            return false;
        }
        // VectorKernels links against the incubator module: touch it only once we know it is there
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && VectorKernels.worthwhile();
    }

    /** y[j] += a·x[j] for j < n. */
    static void axpy(float a, float[] x, float[] y, int n) {
        if (VECTOR) {
            VectorKernels.axpy(a, x, y, n);
        } else {
            ScalarKernels.axpy(a, x, y, n);
        }
    }

    /** y[j] += a·x[j], then x[j] = 0. */
    static void axpyAndZero(float a, float[] x, float[] y, int n) {
        if (VECTOR) {
            VectorKernels.axpyAndZero(a, x, y, n);
        } else {
            ScalarKernels.axpyAndZero(a, x, y, n);
        }
    }

    /** y[j] += a·x[j] + b·u[j] + c·v[j] + d·w[j]: one load and store of y for four rows. */
    static void axpy4(float a, float[] x, float b, float[] u, float c, float[] v, float d, float[] w,
            float[] y, int n) {
        if (VECTOR) {
            VectorKernels.axpy4(a, x, b, u, c, v, d, w, y, n);
        } else {
            ScalarKernels.axpy4(a, x, b, u, c, v, d, w, y, n);
        }
    }

    /**
     * For each row y = ys[yFrom + r], r < count: y += a0·x0 + Σ_k coef[k]·rows[index[k]] for
     * k in start[r] .. start[r + 1] - 1, the terms in that order for every element (a0 = 0
     * skips the leading term). The rows are independent: the vector path runs two at a time.
     */
    static void gatherAxpyRows(float a0, float[] x0, float[] coef, int[] index, int[] start, float[][] ys, int yFrom,
            int count, float[][] rows, int n) {
        if (VECTOR) {
            VectorKernels.gatherAxpyRows(a0, x0, coef, index, start, ys, yFrom, count, rows, n);
        } else {
            for (int r = 0; r < count; r++) {
                ScalarKernels.gatherAxpy(a0, x0, coef, index, start[r], start[r + 1] - start[r], rows, ys[yFrom + r], n);
            }
        }
    }

    /**
     * y += Σ_k (value[k] & 0xFF)·rows[index[k]] for k in from .. end-1, in that order: a
     * sample's lit pixels (bytes) times the first layer's weight rows.
     */
    static void byteGatherAxpy(byte[] value, short[] index, int from, int end, float[][] rows, float[] y, int n) {
        if (VECTOR) {
            VectorKernels.byteGatherAxpy(value, index, from, end, rows, y, n);
        } else {
            ScalarKernels.byteGatherAxpy(value, index, from, end, rows, y, n);
        }
    }
}

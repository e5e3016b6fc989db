package fr.dlintro.core.nn;

/**
 * The multiply-add loops of {@link Kernels} in plain Java. Each one walks arrays with the
 * same index, so C2 turns it into SIMD; {@code Math.fma} keeps one rounding per multiply-add.
 */
final class ScalarKernels {
    private ScalarKernels() {
    }

    /** y[j] += a·x[j] for j < n. */
    static void axpy(float a, float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
        }
    }

    /** y[j] += a·x[j], then x[j] = 0. */
    static void axpyAndZero(float a, float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
            x[j] = 0f;
        }
    }

    /** y[j] += a·x[j] + b·u[j] + c·v[j] + d·w[j]: one load and store of y for four rows. */
    static void axpy4(float a, float[] x, float b, float[] u, float c, float[] v, float d, float[] w,
            float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(d, w[j], Math.fma(c, v[j], Math.fma(b, u[j], Math.fma(a, x[j], y[j]))));
        }
    }

    /** y[j] += a·x[j] + b·u[j]. */
    static void axpy2(float a, float[] x, float b, float[] u, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(b, u[j], Math.fma(a, x[j], y[j]));
        }
    }

    /** y[j] += a·x[j] + b·u[j] + c·v[j]. */
    static void axpy3(float a, float[] x, float b, float[] u, float c, float[] v, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(c, v[j], Math.fma(b, u[j], Math.fma(a, x[j], y[j])));
        }
    }

    /**
     * One row of {@link Kernels#gatherAxpyRows}: y += a0·x0 + Σ_k coef[k]·rows[index[k]] for
     * k in from .. from+count-1, four terms per pass over y (a0 = 0 skips the leading term).
     */
    static void gatherAxpy(float a0, float[] x0, float[] coef, int[] index, int from, int count, float[][] rows,
            float[] y, int n) {
        int k = from;
        int end = from + count;
        if (n == 1) {
            // a one-output layer (the calculator's): a plain dot product, no vector loops of length 1
            float acc = y[0];
            if (a0 != 0f) {
                acc = Math.fma(a0, x0[0], acc);
            }
            for (; k < end; k++) {
                acc = Math.fma(coef[k], rows[index[k]][0], acc);
            }
            y[0] = acc;
            return;
        }
        if (a0 != 0f) {
            switch (Math.min(count, 3)) {
                case 0:
                    axpy(a0, x0, y, n);
                    return;
                case 1:
                    axpy2(a0, x0, coef[k], rows[index[k]], y, n);
                    return;
                case 2:
                    axpy3(a0, x0, coef[k], rows[index[k]], coef[k + 1], rows[index[k + 1]], y, n);
                    return;
                default:
                    axpy4(a0, x0, coef[k], rows[index[k]], coef[k + 1], rows[index[k + 1]], coef[k + 2],
                            rows[index[k + 2]], y, n);
                    k += 3;
                    break;
            }
        }
        for (; k + 3 < end; k += 4) {
            axpy4(coef[k], rows[index[k]], coef[k + 1], rows[index[k + 1]], coef[k + 2], rows[index[k + 2]],
                    coef[k + 3], rows[index[k + 3]], y, n);
        }
        switch (end - k) {
            case 3:
                axpy3(coef[k], rows[index[k]], coef[k + 1], rows[index[k + 1]], coef[k + 2], rows[index[k + 2]], y, n);
                break;
            case 2:
                axpy2(coef[k], rows[index[k]], coef[k + 1], rows[index[k + 1]], y, n);
                break;
            case 1:
                axpy(coef[k], rows[index[k]], y, n);
                break;
            default:
                break;
        }
    }

    /** See {@link Kernels#byteGatherAxpy}: four rows per pass over y. */
    static void byteGatherAxpy(byte[] value, short[] index, int from, int end, float[][] rows, float[] y, int n) {
        int k = from;
        for (; k + 3 < end; k += 4) {
            axpy4(value[k] & 0xFF, rows[index[k]], value[k + 1] & 0xFF, rows[index[k + 1]],
                    value[k + 2] & 0xFF, rows[index[k + 2]], value[k + 3] & 0xFF, rows[index[k + 3]], y, n);
        }
        for (; k < end; k++) {
            axpy(value[k] & 0xFF, rows[index[k]], y, n);
        }
    }
}

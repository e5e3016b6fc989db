package fr.dlintro.core.nn;

/**
 * The inner loops. Each one walks arrays with the same index, so C2 turns it into SIMD;
 * {@code Math.fma} keeps one rounding per multiply-add.
 */
final class Kernels {
    private Kernels() {
    }

    /** y[j] += a·x[j] for j < n. */
    static void axpy(float a, float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
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
     * y += a0·x0 + Σ_k a[k]·x[k] for k in from .. from+count-1, four terms per pass over y
     * (a0 = 0 skips the leading term).
     */
    static void axpyTerms(float a0, float[] x0, float[] a, float[][] x, int from, int count, float[] y, int n) {
        int k = from;
        int end = from + count;
        if (a0 != 0f) {
            switch (Math.min(count, 3)) {
                case 0:
                    axpy(a0, x0, y, n);
                    return;
                case 1:
                    axpy2(a0, x0, a[k], x[k], y, n);
                    return;
                case 2:
                    axpy3(a0, x0, a[k], x[k], a[k + 1], x[k + 1], y, n);
                    return;
                default:
                    axpy4(a0, x0, a[k], x[k], a[k + 1], x[k + 1], a[k + 2], x[k + 2], y, n);
                    k += 3;
                    break;
            }
        }
        for (; k + 3 < end; k += 4) {
            axpy4(a[k], x[k], a[k + 1], x[k + 1], a[k + 2], x[k + 2], a[k + 3], x[k + 3], y, n);
        }
        switch (end - k) {
            case 3:
                axpy3(a[k], x[k], a[k + 1], x[k + 1], a[k + 2], x[k + 2], y, n);
                break;
            case 2:
                axpy2(a[k], x[k], a[k + 1], x[k + 1], y, n);
                break;
            case 1:
                axpy(a[k], x[k], y, n);
                break;
            default:
                break;
        }
    }

    /** The transpose of m, written into reuse when it fits. */
    static Matrix transpose(Matrix m, Matrix reuse) {
        int rows = m.rows();
        int cols = m.cols();
        Matrix t = Matrix.reuse(reuse, cols, rows);
        if (t.cols() != rows) {
            t = new Matrix(cols, rows);
        }
        float[][] src = m.data();
        float[][] dst = t.data();
        for (int r = 0; r < rows; r++) {
            float[] s = src[r];
            for (int c = 0; c < cols; c++) {
                dst[c][r] = s[c];
            }
        }
        return t;
    }
}

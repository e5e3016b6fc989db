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

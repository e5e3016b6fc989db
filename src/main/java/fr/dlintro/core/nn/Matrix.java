package fr.dlintro.core.nn;

import java.util.Arrays;

/**
 * A dense float matrix held as an array of rows ({@code data[r]} is row r, {@code cols} long).
 * Rows are separate arrays on purpose: the kernels run {@code y[j] += a * x[j]} loops with the
 * same index on both arrays, which the JIT vectorises (it does not when two offsets differ).
 * The matrix may hold spare rows so that a smaller last batch reuses the same buffers.
 */
public final class Matrix {
    private float[][] data;
    private int rows;
    private final int cols;

    public Matrix(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = new float[rows][cols];
    }

    /** A matrix whose rows are the given arrays (not copied). */
    public static Matrix wrap(float[][] rows, int cols) {
        Matrix m = new Matrix(0, cols);
        m.data = rows;
        m.rows = rows.length;
        return m;
    }

    public static Matrix of(double[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        Matrix m = new Matrix(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("ragged rows");
            }
            for (int c = 0; c < cols; c++) {
                m.data[r][c] = (float) values[r][c];
            }
        }
        return m;
    }

    /** A one-row matrix. */
    public static Matrix row(double... values) {
        return of(new double[][] {values});
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public float get(int r, int c) {
        return data[r][c];
    }

    public void set(int r, int c, float v) {
        data[r][c] = v;
    }

    public float[] row(int r) {
        return data[r];
    }

    /** Makes row r the given array (not copied): a batch can point at its samples' rows. */
    public void setRow(int r, float[] values) {
        if (values.length != cols) {
            throw new IllegalArgumentException("row of " + values.length + ", expected " + cols);
        }
        data[r] = values;
    }

    /** The row arrays; only the first {@link #rows()} are meaningful. */
    public float[][] data() {
        return data;
    }

    /** Sets the number of rows in use, growing the storage only when needed. */
    public Matrix resizeRows(int newRows) {
        if (newRows > data.length) {
            float[][] grown = Arrays.copyOf(data, newRows);
            for (int r = data.length; r < newRows; r++) {
                grown[r] = new float[cols];
            }
            data = grown;
        }
        rows = newRows;
        return this;
    }

    /** A buffer of the given shape: {@code reuse} when its width fits, else a new matrix. */
    public static Matrix reuse(Matrix reuse, int rows, int cols) {
        if (reuse == null || reuse.cols != cols) {
            return new Matrix(rows, cols);
        }
        return reuse.resizeRows(rows);
    }

    public void fill(float v) {
        for (int r = 0; r < rows; r++) {
            Arrays.fill(data[r], v);
        }
    }

    public Matrix copy() {
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data[r], 0, m.data[r], 0, cols);
        }
        return m;
    }

    public double[][] toDoubles() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = data[r][c];
            }
        }
        return out;
    }

    public double[] rowAsDoubles(int r) {
        double[] out = new double[cols];
        for (int c = 0; c < cols; c++) {
            out[c] = data[r][c];
        }
        return out;
    }

    @Override
    public String toString() {
        return "Matrix(" + rows + "x" + cols + ")";
    }
}

package fr.dlintro.core.nn;

/**
 * The nonzero entries of a batch, row by row: row r has column {@code column[k]} and value
 * {@code value[k]} for k in {@code start[r] .. start[r+1]-1}. Built from a dense matrix
 * (skipping exact zeros, such as the half of ReLU outputs that are 0) or from raw sparse
 * pixels; then regrouped column by column for the weight gradient.
 */
final class RowEntries {
    int rows;
    int[] start = new int[1];
    int[] column = new int[0];
    float[] value = new float[0];

    /** Keeps the nonzero entries of m (NaN and infinities included). */
    void fromDense(Matrix m) {
        int n = m.rows();
        int w = m.cols();
        reserve(n, n * w);
        int k = 0;
        for (int r = 0; r < n; r++) {
            start[r] = k;
            float[] row = m.row(r);
            for (int c = 0; c < w; c++) {
                float v = row[c];
                column[k] = c;
                value[k] = v;
                k += v != 0f ? 1 : 0;
            }
        }
        start[n] = k;
        rows = n;
    }

    /** scale·u for the raw values u of a sparse batch (the network input is scale·u + shift). */
    void fromSparse(SparseBatch x) {
        int n = x.size();
        int[] s = x.start();
        short[] index = x.index();
        byte[] raw = x.value();
        int[] samples = x.samples();
        float scale = x.scale();
        int total = 0;
        for (int b = 0; b < n; b++) {
            total += s[samples[b] + 1] - s[samples[b]];
        }
        reserve(n, total);
        int k = 0;
        for (int b = 0; b < n; b++) {
            start[b] = k;
            for (int e = s[samples[b]]; e < s[samples[b] + 1]; e++) {
                column[k] = index[e];
                value[k++] = scale * (raw[e] & 0xFF);
            }
        }
        start[n] = k;
        rows = n;
    }

    /**
     * Regroups these entries by column into {@code into}: its "rows" are the columns of this
     * batch, its "columns" the sample rows, values unchanged (a counting sort, stable in row order).
     */
    void transposeInto(RowEntries into, int columns) {
        int total = start[rows];
        into.reserve(columns, total);
        int[] s = into.start;
        java.util.Arrays.fill(s, 0, columns + 1, 0);
        for (int k = 0; k < total; k++) {
            s[column[k] + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            s[c + 1] += s[c];
        }
        if (fill.length < columns) {
            fill = new int[columns];
        }
        System.arraycopy(s, 0, fill, 0, columns);
        for (int r = 0; r < rows; r++) {
            for (int k = start[r]; k < start[r + 1]; k++) {
                int slot = fill[column[k]]++;
                into.column[slot] = r;
                into.value[slot] = value[k];
            }
        }
        into.rows = columns;
    }

    private int[] fill = new int[0];

    private void reserve(int n, int entries) {
        if (start.length < n + 1) {
            start = new int[n + 1];
        }
        if (column.length < entries) {
            column = new int[entries];
            value = new float[entries];
        }
    }
}

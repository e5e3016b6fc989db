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

    /** 1 if v is not ±0 (NaN included), else 0, without a branch: zeros are unpredictable here. */
    static int nonzero(float v) {
        return ((Float.floatToRawIntBits(v) & 0x7fffffff) + 0x7fffffff) >>> 31;
    }

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
                k += nonzero(v);
            }
        }
        start[n] = k;
        rows = n;
    }

    private int[] fill = new int[0];

    /**
     * Groups the entries of several batches (one after the other: rows of sources[1] follow
     * those of sources[0]) by column, keeping only columns {@code from .. to-1}: into's row
     * c − from lists (global sample row, value) in sample order.
     */
    static void groupByColumn(RowEntries[] sources, int from, int to, RowEntries into) {
        int columns = to - from;
        int total = 0;
        for (RowEntries src : sources) {
            total += src.start[src.rows];
        }
        into.reserve(columns, total);
        int[] s = into.start;
        java.util.Arrays.fill(s, 0, columns + 1, 0);
        for (RowEntries src : sources) {
            int end = src.start[src.rows];
            for (int k = 0; k < end; k++) {
                int c = src.column[k];
                if (c >= from && c < to) {
                    s[c - from + 1]++;
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            s[c + 1] += s[c];
        }
        if (into.fill.length < columns) {
            into.fill = new int[columns];
        }
        int[] fill = into.fill;
        System.arraycopy(s, 0, fill, 0, columns);
        int rowOffset = 0;
        for (RowEntries src : sources) {
            for (int r = 0; r < src.rows; r++) {
                for (int k = src.start[r]; k < src.start[r + 1]; k++) {
                    int c = src.column[k];
                    if (c >= from && c < to) {
                        int slot = fill[c - from]++;
                        into.column[slot] = rowOffset + r;
                        into.value[slot] = src.value[k];
                    }
                }
            }
            rowOffset += src.rows;
        }
        into.rows = columns;
    }

    /**
     * Groups the lit pixels of several raw sparse batches (samples of batches[1] following
     * those of batches[0]) by pixel, keeping pixels {@code from .. to-1}: into's row
     * i − from lists (global sample row, factor·(scale·u)) in sample order.
     */
    static void groupSparseByColumn(SparseBatch[] batches, int from, int to, RowEntries into, float factor) {
        int columns = to - from;
        int total = 0;
        for (SparseBatch x : batches) {
            int[] first = x.start();
            int[] samples = x.samples();
            for (int r = 0; r < x.size(); r++) {
                total += first[samples[r] + 1] - first[samples[r]];
            }
        }
        into.reserve(columns, total);
        int[] s = into.start;
        java.util.Arrays.fill(s, 0, columns + 1, 0);
        for (SparseBatch x : batches) {
            int[] first = x.start();
            short[] index = x.index();
            int[] samples = x.samples();
            for (int r = 0; r < x.size(); r++) {
                int smp = samples[r];
                for (int k = first[smp]; k < first[smp + 1]; k++) {
                    int c = index[k] - from;
                    if (c >= 0 && c < columns) {
                        s[c + 1]++;
                    }
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            s[c + 1] += s[c];
        }
        if (into.fill.length < columns) {
            into.fill = new int[columns];
        }
        int[] fill = into.fill;
        System.arraycopy(s, 0, fill, 0, columns);
        int rowOffset = 0;
        for (SparseBatch x : batches) {
            int[] first = x.start();
            short[] index = x.index();
            byte[] value = x.value();
            int[] samples = x.samples();
            float scale = x.scale();
            for (int r = 0; r < x.size(); r++) {
                int smp = samples[r];
                for (int k = first[smp]; k < first[smp + 1]; k++) {
                    int c = index[k] - from;
                    if (c >= 0 && c < columns) {
                        int slot = fill[c]++;
                        into.column[slot] = rowOffset + r;
                        into.value[slot] = factor * (scale * (value[k] & 0xFF));
                    }
                }
            }
            rowOffset += x.size();
        }
        into.rows = columns;
    }

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

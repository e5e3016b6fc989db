package fr.dlintro.core.nn;

/**
 * Cross-entropy on logits with class labels, PyTorch's {@code CrossEntropyLoss}:
 * −(1/N)Σ_i log softmax(z_i)[y_i], with log softmax(z)_k = z_k − m − log Σ_j e^{z_j − m},
 * m = max_j z_j (stable for any logits). Gradient (softmax(z_i) − onehot(y_i))/N.
 */
public final class CrossEntropyLoss implements Loss {
    private Matrix probs;  // softmax(z), (batch, classes)
    private Matrix grad;
    private double[] rowLoss = new double[0];
    private int[] labels;
    private int n;

    @Override
    public String name() {
        return "cross_entropy";
    }

    @Override
    public double forward(Matrix logits, Targets targets) {
        if (!targets.hasLabels()) {
            throw new IllegalArgumentException("cross-entropy needs class labels");
        }
        n = logits.rows();
        int w = logits.cols();
        labels = targets.labels();
        probs = Matrix.reuse(probs, n, w);
        rowLoss = Losses.ensure(rowLoss, n);
        double total = 0;
        for (int b = 0; b < n; b++) {
            float[] z = logits.row(b);
            float[] s = probs.row(b);
            int label = labels[b];
            if (label < 0 || label >= w) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (w - 1));
            }
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < w; k++) {
                max = Math.max(max, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < w; k++) {
                double e = Math.exp((double) z[k] - max);
                s[k] = (float) e;
                sum += e;
            }
            double logSum = Math.log(sum);
            rowLoss[b] = -((double) z[label] - max - logSum);
            total += rowLoss[b];
            float inv = (float) (1.0 / sum);
            for (int k = 0; k < w; k++) {
                s[k] *= inv;
            }
        }
        return total / n;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public double rowLoss(int b) {
        return rowLoss[b];
    }

    @Override
    public double divisor(int rows) {
        return rows;
    }

    /** softmax of the last logits, (batch, classes). */
    public Matrix probabilities() {
        return probs;
    }

    @Override
    public Matrix backward(int batchRows) {
        int w = probs.cols();
        grad = Matrix.reuse(grad, n, w);
        float scale = 1f / batchRows;
        for (int b = 0; b < n; b++) {
            float[] s = probs.row(b);
            float[] g = grad.row(b);
            for (int k = 0; k < w; k++) {
                g[k] = scale * s[k];
            }
            g[labels[b]] = scale * (s[labels[b]] - 1f);
        }
        return grad;
    }
}

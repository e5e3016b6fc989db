package fr.dlintro.core.nn;

/**
 * Categorical cross-entropy on probabilities (the book's 4.2.2.4.2):
 * −(1/N)Σ_i Σ_k y_ik·log ŷ_ik over N samples, y one-hot (or any distribution); logs clamped
 * at −100 as PyTorch does. Gradient −y/(N·ŷ). For training on logits use
 * {@link CrossEntropyLoss}.
 */
public final class CategoricalCrossEntropyLoss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;
    private double[] rowLoss = new double[0];

    @Override
    public String name() {
        return "cce";
    }

    @Override
    public double forward(Matrix output, Targets targets) {
        this.output = output;
        this.target = targets.values();
        Losses.checkShapes(output, target);
        rowLoss = Losses.ensure(rowLoss, output.rows());
        double sum = 0;
        for (int b = 0; b < output.rows(); b++) {
            double r = 0;
            for (int k = 0; k < output.cols(); k++) {
                float y = target.get(b, k);
                if (y != 0f) {
                    r -= y * Losses.clampedLog(output.get(b, k));
                }
            }
            rowLoss[b] = r;
            sum += r;
        }
        return sum / divisor(output.rows());
    }

    @Override
    public int rows() {
        return output.rows();
    }

    @Override
    public double rowLoss(int b) {
        return rowLoss[b];
    }

    @Override
    public double divisor(int rows) {
        return rows;
    }

    @Override
    public Matrix backward(int batchRows) {
        int n = output.rows();
        int w = output.cols();
        grad = Matrix.reuse(grad, n, w);
        for (int b = 0; b < n; b++) {
            for (int k = 0; k < w; k++) {
                double y = target.get(b, k);
                double p = Math.max(output.get(b, k), 1e-12);
                grad.set(b, k, (float) (-y / (p * batchRows)));
            }
        }
        return grad;
    }
}

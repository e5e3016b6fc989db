package fr.dlintro.core.nn;

/**
 * Binary cross-entropy on probabilities, −(1/N)Σ[y·log ŷ + (1 − y)·log(1 − ŷ)], as PyTorch's
 * BCELoss: each log is clamped at −100 and the gradient's denominator ŷ(1 − ŷ) at 1e−12.
 */
public final class BceLoss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;
    private double[] rowLoss = new double[0];

    @Override
    public String name() {
        return "bce";
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
            for (int j = 0; j < output.cols(); j++) {
                r += Losses.bce(target.get(b, j), output.get(b, j));
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
        return (double) rows * output.cols();
    }

    @Override
    public Matrix backward(int batchRows) {
        int n = output.rows();
        int w = output.cols();
        grad = Matrix.reuse(grad, n, w);
        double scale = 1.0 / divisor(batchRows);
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < w; j++) {
                double p = output.get(b, j);
                double y = target.get(b, j);
                grad.set(b, j, (float) (scale * (p - y) / Math.max(p * (1 - p), 1e-12)));
            }
        }
        return grad;
    }
}

package fr.dlintro.core.nn;

/** Mean squared error over every element: (1/N)Σ(ŷ − y)²; gradient 2(ŷ − y)/N. */
public final class MseLoss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;
    private double[] rowLoss = new double[0];

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public double forward(Matrix output, Targets targets) {
        this.output = output;
        this.target = targets.values();
        Losses.checkShapes(output, target);
        rowLoss = Losses.ensure(rowLoss, output.rows());
        double sum = 0;
        for (int b = 0; b < output.rows(); b++) {
            float[] p = output.row(b);
            float[] t = target.row(b);
            double r = 0;
            for (int j = 0; j < output.cols(); j++) {
                double d = p[j] - t[j];
                r += d * d;
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
        float scale = (float) (2.0 / divisor(batchRows));
        for (int b = 0; b < n; b++) {
            float[] p = output.row(b);
            float[] t = target.row(b);
            float[] g = grad.row(b);
            for (int j = 0; j < w; j++) {
                g[j] = scale * (p[j] - t[j]);
            }
        }
        return grad;
    }
}

package fr.dlintro.core.nn;

/** A loss averaged over the batch (PyTorch's reduction='mean'), with its gradient. */
public interface Loss {
    /** The mean loss of a batch; keeps what {@link #backward()} needs. */
    double forward(Matrix output, Targets targets);

    /** dLoss/dOutput for the last forward batch, (batch, outputs). */
    default Matrix backward() {
        return backward(rows());
    }

    /**
     * dLoss/dOutput of the last forward rows when they are part of a batch of {@code batchRows}
     * samples split across threads: each sample's gradient is divided by the full batch.
     */
    Matrix backward(int batchRows);

    /** Rows (samples) of the last forward batch. */
    int rows();

    /** Sample b's share of the last loss before the mean: mean = Σ_b rowLoss(b) / divisor(rows). */
    double rowLoss(int b);

    /** What the sum of row losses is divided by, for a batch of {@code rows} samples. */
    double divisor(int rows);

    /** Short name used in files and reports: mse, l1, bce, cce, cross_entropy. */
    String name();

    static Loss of(String name) {
        switch (name) {
            case "mse":
                return new MseLoss();
            case "l1":
            case "mae":
                return new L1Loss();
            case "bce":
                return new BceLoss();
            case "cce":
                return new CategoricalCrossEntropyLoss();
            case "cross_entropy":
                return new CrossEntropyLoss();
            default:
                throw new IllegalArgumentException("unknown loss " + name);
        }
    }
}

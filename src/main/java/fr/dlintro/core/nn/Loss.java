package fr.dlintro.core.nn;

/** A loss averaged over the batch (PyTorch's reduction='mean'), with its gradient. */
public interface Loss {
    /** The mean loss of a batch; keeps what {@link #backward()} needs. */
    double forward(Matrix output, Targets targets);

    /** dLoss/dOutput for the last forward batch, (batch, outputs). */
    Matrix backward();

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

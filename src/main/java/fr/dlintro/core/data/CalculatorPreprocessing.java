package fr.dlintro.core.data;

/** How the calculator's numbers enter and leave the network: inputs / max, output × scale. */
public record CalculatorPreprocessing(Operation operation, int max) implements Preprocessing {

    public float[] inputs(double a, double b) {
        return new float[] {(float) (a / max), (float) (b / max)};
    }

    /** A network output back in the book's units: × 2·max for add, × max² for multiply. */
    public double denormalise(double output) {
        return output * operation.outputScale(max);
    }
}

package fr.dlintro.core.nn;

import java.util.List;

/**
 * One step of a network, with its forward pass and its backward pass side by side.
 * Matrices are (batch, features), one sample per row. The returned matrices are buffers
 * owned by the layer: valid until its next call.
 */
public interface Layer {
    /** Computes the output of a batch and keeps what {@link #backward} needs. */
    Matrix forward(Matrix input);

    /**
     * Given dLoss/dOutput of the last forward batch, accumulates (+=) the parameter gradients
     * and returns dLoss/dInput.
     */
    Matrix backward(Matrix dOutput);

    /** Its trainable tensors, empty for an activation. */
    default List<Parameter> parameters() {
        return List.of();
    }

    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    /** The model file's name for this layer: linear, relu, sigmoid, ... */
    String type();

    /** Output width for a given input width. */
    default int outputSize(int inputSize) {
        return inputSize;
    }
}

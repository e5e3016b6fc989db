package fr.dlintro.core.nn;

import java.util.List;

/** Updates parameters from their gradients. Each parameter's update depends only on its own state. */
public interface Optimizer {
    List<Parameter> parameters();

    /** Updates one parameter (thread-safe across different parameters). */
    void step(Parameter p);

    /** Updates every parameter. */
    default void step() {
        for (Parameter p : parameters()) {
            step(p);
        }
    }

    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    double learningRate();

    String name();
}

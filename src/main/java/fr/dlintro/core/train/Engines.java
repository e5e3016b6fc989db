package fr.dlintro.core.train;

import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;

/** Chooses how training steps run. */
final class Engines {
    private Engines() {
    }

    /** Below this many first-layer weights a second thread costs more in hand-offs than it saves. */
    static final int PARALLEL_MIN_WEIGHTS = 4096;

    static StepEngine create(Mlp model, Loss loss, Optimizer optimizer, int threads) {
        if (threads >= 2 && worthTwoThreads(model)) {
            return new ParallelEngine(model, loss, optimizer);
        }
        return new SerialEngine(model, loss, optimizer);
    }

    /** The calculator's 609 parameters run faster on one thread; MNIST's 38,370 on two. */
    static boolean worthTwoThreads(Mlp model) {
        var first = model.linears().get(0);
        return (long) first.inFeatures() * first.outFeatures() >= PARALLEL_MIN_WEIGHTS;
    }
}

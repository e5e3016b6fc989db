package fr.dlintro.core.train;

import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;

/** Chooses how training steps run. */
final class Engines {
    private Engines() {
    }

    static StepEngine create(Mlp model, Loss loss, Optimizer optimizer, int threads) {
        return new SerialEngine(model, loss, optimizer);
    }
}

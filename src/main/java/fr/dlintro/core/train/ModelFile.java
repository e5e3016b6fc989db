package fr.dlintro.core.train;

import fr.dlintro.core.data.Preprocessing;
import fr.dlintro.core.nn.Mlp;

/**
 * A saved model: the network, its task ("regression" or "classification") and how raw
 * inputs are prepared (null: raw inputs).
 */
public record ModelFile(String task, Mlp model, Preprocessing preprocessing) {
    public static final String FORMAT = "dlintro-mlp";
    public static final int VERSION = 1;

    public ModelFile {
        if (!"regression".equals(task) && !"classification".equals(task)) {
            throw new IllegalArgumentException("task " + task);
        }
    }

    public boolean classification() {
        return "classification".equals(task);
    }
}

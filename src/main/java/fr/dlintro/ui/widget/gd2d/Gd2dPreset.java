package fr.dlintro.ui.widget.gd2d;

import fr.dlintro.core.demo.LossSurface;
import fr.dlintro.core.demo.LossSurfaces;

/** The surfaces of gd-2d, each with its window, start and learning rate. */
public enum Gd2dPreset {
    BOL("bol", "Bol", "bol rond : la pente mène droit au fond",
            LossSurfaces.bowl(), -3, 5, -2, 4, -2, 3.5, 0.1, new double[][] {{1, 1}}),
    VALLEE("vallee", "Vallée allongée", "le coût J(w, b) de 4.3.4.2 : on zigzague, puis on glisse au fond",
            LossSurfaces.toyValley(), -0.5, 2.5, -1.5, 3, 0, 0, 0.1, new double[][] {{1, 1}}),
    PLUSIEURS_MINIMA("plusieurs-minima", "Plusieurs minima", "trois creux : on tombe dans le plus proche, pas le plus profond",
            LossSurfaces.severalMinima(), -3, 3, -3, 3, -2.6, 0.6, 0.2, null);

    private final String key;
    private final String label;
    private final String description;
    private final LossSurface surface;
    private final double wMin;
    private final double wMax;
    private final double bMin;
    private final double bMax;
    private final double startW;
    private final double startB;
    private final double learningRate;
    private final double[] globalMinimum;

    Gd2dPreset(String key, String label, String description, LossSurface surface, double wMin, double wMax,
            double bMin, double bMax, double startW, double startB, double learningRate, double[][] globalMinimum) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.surface = surface;
        this.wMin = wMin;
        this.wMax = wMax;
        this.bMin = bMin;
        this.bMax = bMax;
        this.startW = startW;
        this.startB = startB;
        this.learningRate = learningRate;
        this.globalMinimum = globalMinimum != null ? globalMinimum[0] : deepestWellBottom(surface);
    }

    /** The bottom of the deepest well (centred near (1,5 ; 1)), found once by descending from its centre. */
    private static double[] deepestWellBottom(LossSurface surface) {
        fr.dlintro.core.demo.Descent2d d = new fr.dlintro.core.demo.Descent2d(surface, 1.5, 1.0, 0.05);
        for (int i = 0; i < 5000 && !d.finished(); i++) {
            d.step();
        }
        return new double[] {d.current().x(), d.current().y()};
    }

    public static Gd2dPreset fromKey(String key) {
        for (Gd2dPreset p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return BOL;
    }

    public String key() { return key; }

    public String label() { return label; }

    public String description() { return description; }

    public LossSurface surface() { return surface; }

    public double wMin() { return wMin; }

    public double wMax() { return wMax; }

    public double bMin() { return bMin; }

    public double bMax() { return bMax; }

    public double startW() { return startW; }

    public double startB() { return startB; }

    public double learningRate() { return learningRate; }

    /** Where the lowest cost is (drawn in green, as in the book's figures). */
    public double[] globalMinimum() {
        return globalMinimum.clone();
    }
}

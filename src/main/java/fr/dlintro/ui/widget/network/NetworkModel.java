package fr.dlintro.ui.widget.network;

import fr.dlintro.core.demo.LayerSizes;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A layered network as the diagram shows it: sizes, names of inputs and outputs, which
 * neurons are drawn, and the neuron the reader points at (hover or arrow keys).
 */
public final class NetworkModel {
    public enum Output { REGRESSION, CLASSIFICATION }

    static final String HINT = "Survolez un neurone (ou utilisez les flèches du clavier) pour voir ses connexions.";

    private final List<Integer> layers;
    private final List<ElidedLayer> drawn = new ArrayList<>();
    private final List<String> inputLabels;
    private final List<String> outputLabels;
    private final Output output;
    private final String caption;
    private final ObjectProperty<NeuronRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info");

    /**
     * @param inputLabels  one name per input neuron, or null for x₁, x₂, …
     * @param outputLabels one name per output neuron, or null for defaults that depend on {@code output}
     * @throws IllegalArgumentException with a French message when a label list has the wrong length
     */
    public NetworkModel(List<Integer> layers, List<String> inputLabels, List<String> outputLabels, Output output,
            int maxNodes, String caption) {
        if (layers.size() < 2) {
            throw new IllegalArgumentException("un réseau a au moins une couche d'entrée et une couche de sortie");
        }
        this.layers = List.copyOf(layers);
        this.output = output;
        this.caption = caption;
        for (int n : layers) {
            drawn.add(new ElidedLayer(n, maxNodes));
        }
        int in = layers.get(0);
        int out = layers.get(layers.size() - 1);
        this.inputLabels = inputLabels != null ? checked(inputLabels, in, "input_labels", "d'entrée") : defaultInputs(in);
        this.outputLabels = outputLabels != null ? checked(outputLabels, out, "output_labels", "de sortie")
                : defaultOutputs(out, output);
        info.bind(Bindings.createStringBinding(() -> selected.get() == null ? HINT : describe(selected.get()), selected));
    }

    private static List<String> checked(List<String> labels, int n, String param, String which) {
        if (labels.size() != n) {
            throw new IllegalArgumentException("« " + param + " » donne " + labels.size() + " nom(s) pour " + n
                    + " neurone(s) " + which);
        }
        return List.copyOf(labels);
    }

    private static List<String> defaultInputs(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            l.add("x" + subscript(i));
        }
        return l;
    }

    private static List<String> defaultOutputs(int n, Output output) {
        List<String> l = new ArrayList<>();
        if (n == 1) {
            l.add(output == Output.REGRESSION ? "valeur prédite" : "probabilité");
        } else {
            for (int i = 1; i <= n; i++) {
                l.add((output == Output.REGRESSION ? "valeur " : "classe ") + i);
            }
        }
        return l;
    }

    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }

    public List<Integer> layers() { return layers; }

    public int layerCount() { return layers.size(); }

    public ElidedLayer drawn(int layer) { return drawn.get(layer); }

    public Output output() { return output; }

    public String caption() { return caption; }

    public List<String> inputLabels() { return inputLabels; }

    public List<String> outputLabels() { return outputLabels; }

    public boolean isHidden(int layer) {
        return layer > 0 && layer < layers.size() - 1;
    }

    /** « Couche d'entrée », « Couche cachée » (or « Couche cachée 2 » when there are several), « Couche de sortie ». */
    public String layerTitle(int layer) {
        if (layer == 0) {
            return "Couche d'entrée";
        }
        if (layer == layers.size() - 1) {
            return "Couche de\u00A0sortie";
        }
        // no-break spaces so a narrow column wraps as « Couche / cachée 2 », never « Couche cachée / 2 »
        return layers.size() == 3 ? "Couche cachée" : "Couche cachée\u00A0" + layer;
    }

    /** What is written under a column: its neuron count, and for the output, what it outputs. */
    public String layerFootnote(int layer) {
        int n = layers.get(layer);
        String count = FrenchFormat.integer(n) + (n > 1 ? " neurones" : " neurone");
        if (layer < layers.size() - 1) {
            return count;
        }
        if (output == Output.REGRESSION) {
            return count + (n > 1 ? "\nsorties linéaires" : "\nsortie linéaire");
        }
        return count + (n > 1 ? "\nun par classe" : "\nune probabilité");
    }

    /** The name shown beside an input or output neuron, or null for a hidden one. */
    public String neuronLabel(NeuronRef r) {
        if (r.layer() == 0) {
            return inputLabels.get(r.index());
        }
        if (r.layer() == layers.size() - 1) {
            return outputLabels.get(r.index());
        }
        return null;
    }

    public long weightCount() { return LayerSizes.weightCount(layers); }

    public long biasCount() { return LayerSizes.biasCount(layers); }

    public long parameterCount() { return LayerSizes.parameterCount(layers); }

    /** « 609 paramètres (560 poids + 49 biais) ». */
    public String parameterText() {
        long p = parameterCount();
        return FrenchFormat.integer(p) + (p > 1 ? " paramètres" : " paramètre") + " ("
                + FrenchFormat.integer(weightCount()) + " poids + " + FrenchFormat.integer(biasCount()) + " biais)";
    }

    /** « Couche cachée 2, neurone 17 sur 40 : reçoit 40 entrées, envoie vers 40 neurones ». */
    public String describe(NeuronRef r) {
        int n = layers.get(r.layer());
        StringBuilder sb = new StringBuilder(layerTitle(r.layer())).append(", neurone ")
                .append(FrenchFormat.integer(r.index() + 1)).append(" sur ").append(FrenchFormat.integer(n));
        String label = neuronLabel(r);
        if (label != null) {
            sb.append(" (« ").append(label).append(" »)");
        }
        List<String> parts = new ArrayList<>();
        if (r.layer() > 0) {
            int fanIn = layers.get(r.layer() - 1);
            parts.add("reçoit " + FrenchFormat.integer(fanIn) + (fanIn > 1 ? " entrées pondérées" : " entrée pondérée")
                    + " et un biais");
        }
        if (r.layer() < layers.size() - 1) {
            int fanOut = layers.get(r.layer() + 1);
            parts.add("envoie sa valeur à " + FrenchFormat.integer(fanOut) + (fanOut > 1 ? " neurones" : " neurone"));
        }
        sb.append(" : ").append(String.join(", ", parts));
        return sb.toString();
    }

    public ObjectProperty<NeuronRef> selectedProperty() { return selected; }

    public NeuronRef getSelected() { return selected.get(); }

    public void select(NeuronRef r) {
        if (r != null && !drawn.get(r.layer()).isVisible(r.index())) {
            throw new IllegalArgumentException("neuron not drawn: " + r);
        }
        selected.set(r);
    }

    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }

    /**
     * Keyboard move from the selected neuron: up/down among the drawn neurons of its
     * layer, left/right to the neuron at the same height in the next layer. Starts on the
     * first input neuron when nothing is selected.
     */
    public void move(int dLayer, int dSlot) {
        NeuronRef r = selected.get();
        if (r == null) {
            selected.set(new NeuronRef(0, 0));
            return;
        }
        List<Integer> here = drawn.get(r.layer()).visible();
        int pos = here.indexOf(r.index());
        if (dLayer == 0) {
            int p = Math.max(0, Math.min(here.size() - 1, pos + dSlot));
            selected.set(new NeuronRef(r.layer(), here.get(p)));
            return;
        }
        int layer = Math.max(0, Math.min(layers.size() - 1, r.layer() + dLayer));
        if (layer == r.layer()) {
            return;
        }
        List<Integer> there = drawn.get(layer).visible();
        // keep the same relative height: the middle neuron goes to the middle neuron
        double rel = here.size() == 1 ? 0.5 : pos / (double) (here.size() - 1);
        int p = (int) Math.round(rel * (there.size() - 1));
        selected.set(new NeuronRef(layer, there.get(p)));
    }
}

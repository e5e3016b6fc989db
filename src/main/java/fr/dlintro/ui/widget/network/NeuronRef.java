package fr.dlintro.ui.widget.network;

/** One neuron of the diagram: its layer (0 = input) and its 0-based index in that layer. */
public record NeuronRef(int layer, int index) {
}

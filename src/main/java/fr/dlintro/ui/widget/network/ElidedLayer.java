package fr.dlintro.ui.widget.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Which neurons of a layer are drawn: all of them when the layer has at most
 * {@code maxNodes}, otherwise the first few, a gap (« ⋮ »), and the last few, so that
 * {@code maxNodes} slots are used in all.
 */
public final class ElidedLayer {
    /** Marks the gap slot in {@link #slots()}. */
    public static final int GAP = -1;

    private final int size;
    private final List<Integer> slots;

    public ElidedLayer(int size, int maxNodes) {
        this.size = size;
        List<Integer> s = new ArrayList<>();
        if (size <= maxNodes) {
            for (int i = 0; i < size; i++) {
                s.add(i);
            }
        } else {
            int head = maxNodes / 2;         // 10 slots: 5 first neurons, the gap, 4 last
            int tail = maxNodes - 1 - head;
            for (int i = 0; i < head; i++) {
                s.add(i);
            }
            s.add(GAP);
            for (int i = size - tail; i < size; i++) {
                s.add(i);
            }
        }
        this.slots = List.copyOf(s);
    }

    public int size() { return size; }

    public boolean elided() { return slots.contains(GAP); }

    /** Neuron index per slot, top to bottom, {@link #GAP} for the gap. */
    public List<Integer> slots() { return slots; }

    /** The drawn neurons only. */
    public List<Integer> visible() {
        return slots.stream().filter(i -> i != GAP).toList();
    }

    public boolean isVisible(int index) {
        return slots.contains(index);
    }
}

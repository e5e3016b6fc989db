package fr.dlintro.ui.widget.imagematrix;

/** A pixel position, 0-based as in a PyTorch tensor: {@code row} indexes H, {@code col} indexes W. */
public record Pixel(int row, int col) {
}

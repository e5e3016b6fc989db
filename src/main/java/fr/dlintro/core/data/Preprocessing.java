package fr.dlintro.core.data;

/** How raw inputs become a network's inputs (the model file's {@code preprocessing}). */
public sealed interface Preprocessing permits ImagePreprocessing, CalculatorPreprocessing {
}

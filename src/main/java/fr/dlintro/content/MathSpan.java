package fr.dlintro.content;

/**
 * A formula found by {@link MarkdownSource}: LaTeX between {@code $…$} (inline) or {@code $$…$$}
 * (display), with the 1-based line of the file where it starts.
 */
public record MathSpan(String latex, boolean display, int line) {
}

package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSourceTest {

    @Test
    void inlineFormulasBecomePlaceholdersSoUnderscoresAreNotEmphasis() {
        MarkdownSource s = MarkdownSource.of("f.md", "Soit $x_i * w_i$ et $b$.", 5);
        assertThat(s.math()).extracting(MathSpan::latex).containsExactly("x_i * w_i", "b");
        assertThat(s.math()).allMatch(m -> !m.display() && m.line() == 5);
        assertThat(s.text()).doesNotContain("$").doesNotContain("x_i");
        assertThat(MarkdownSource.PLACEHOLDER.matcher(s.text()).results().count()).isEqualTo(2);
    }

    @Test
    void displayFormulaOverSeveralLinesKeepsLineNumbers() {
        MarkdownSource s = MarkdownSource.of("f.md", "Avant\n\n$$\n\\hat{y} = \\sigma(z)\n$$\nAprès", 10);
        assertThat(s.math()).hasSize(1);
        assertThat(s.math().get(0).latex()).isEqualTo("\\hat{y} = \\sigma(z)");
        assertThat(s.math().get(0).display()).isTrue();
        assertThat(s.math().get(0).line()).isEqualTo(12);
        assertThat(s.text().split("\n", -1)).hasSize(6);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void dollarsInsideCodeAreLeftAlone() {
        MarkdownSource s = MarkdownSource.of("f.md", "Le prix `$5` puis\n```\nx = \"$a$\"\n```", 1);
        assertThat(s.math()).isEmpty();
        assertThat(s.text()).contains("`$5`").contains("\"$a$\"");
    }

    @Test
    void escapedDollarIsALiteralDollar() {
        MarkdownSource s = MarkdownSource.of("f.md", "Coût : 5 \\$ par mois", 1);
        assertThat(s.math()).isEmpty();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void noteBoxBecomesAMarkedBlockQuote() {
        MarkdownSource s = MarkdownSource.of("f.md", "::: note\nLe livre dit *x*.\n:::\nSuite", 1);
        assertThat(s.text()).startsWith("> " + MarkdownSource.NOTE_MARKER + "\n> Le livre dit *x*.\n");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void unclosedFormulaAndNoteAreReportedWithTheirLines() {
        MarkdownSource s = MarkdownSource.of("f.md", "texte $x\n::: note\nsans fin", 3);
        assertThat(s.problems()).extracting(Problem::line).containsExactly(3, 4);
        assertThat(s.problems().get(0).reason()).contains("jamais refermée");
        assertThat(s.problems().get(1).reason()).contains("::: note");
    }

    @Test
    void unknownBoxKindIsReported() {
        MarkdownSource s = MarkdownSource.of("f.md", "::: astuce\nx\n:::", 1);
        assertThat(s.problems()).extracting(Problem::reason).anyMatch(r -> r.contains("encadré inconnu « ::: astuce »"));
    }
}

package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEncodingTest {
    @Test
    void tokensAreLowerCaseWordsWithoutPunctuation() {
        assertThat(TextEncoding.tokenize("Le chat dort sur le canapé."))
                .containsExactly("le", "chat", "dort", "sur", "le", "canapé");
    }

    @Test
    void elisionsKeepTheirApostropheAndHyphenatedWordsStayWhole() {
        assertThat(TextEncoding.tokenize("L’arbre qu'il voit, peut-être !"))
                .containsExactly("l'", "arbre", "qu'", "il", "voit", "peut-être");
    }

    @Test
    void vocabularyKeepsTheOrderOfFirstAppearance() {
        assertThat(TextEncoding.vocabulary(TextEncoding.tokenize("le chat voit le chien")))
                .containsExactly("le", "chat", "voit", "chien");
    }

    @Test
    void oneHotRowsHaveASingleOneInTheWordColumn() {
        var tokens = TextEncoding.tokenize("le chat voit le chien");
        int[][] rows = TextEncoding.oneHot(tokens, TextEncoding.vocabulary(tokens));
        assertThat(rows).hasDimensions(5, 4);
        assertThat(rows[0]).containsExactly(1, 0, 0, 0);
        assertThat(rows[3]).containsExactly(1, 0, 0, 0);
        assertThat(rows[4]).containsExactly(0, 0, 0, 1);
    }

    @Test
    void embeddingsDependOnlyOnTheWordAndStayWithinOneWithTwoDecimals() {
        double[] a = TextEncoding.embedding("chat", 6);
        assertThat(a).hasSize(6).containsExactly(TextEncoding.embedding("chat", 6));
        assertThat(a).isNotEqualTo(TextEncoding.embedding("chien", 6));
        for (double v : a) {
            assertThat(v).isBetween(-1.0, 1.0);
            assertThat(Math.abs(v * 100 - Math.rint(v * 100))).isLessThan(1e-9);
        }
    }

    @Test
    void hashIsTheStandardFnv1aSoVectorsNeverChangeBetweenVersions() {
        // reference values of 64-bit FNV-1a
        assertThat(TextEncoding.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(TextEncoding.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }
}

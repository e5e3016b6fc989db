package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTextTest {
    @Test
    void spacesBeforeFrenchPunctuationAndInsideQuotesDoNotBreak() {
        assertThat(FrenchText.keepPunctuationOnItsLine("Livre : « −0,9 » ; juste ? oui !"))
                .isEqualTo("Livre\u202F: «\u202F−0,9\u202F»\u202F; juste\u202F? oui\u202F!");
    }

    @Test
    void otherSpacesAndMissingTextAreLeftAlone() {
        assertThat(FrenchText.keepPunctuationOnItsLine("x = 2 × 3")).isEqualTo("x = 2 × 3");
        assertThat(FrenchText.keepPunctuationOnItsLine(null)).isNull();
    }
}

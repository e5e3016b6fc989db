package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificantNumbersTest {
    @Test
    void keepsFourSignificantDigitsWithoutTrailingZeros() {
        assertThat(SignificantNumbers.format(0.7502601, 4)).isEqualTo("0,7503");
        assertThat(SignificantNumbers.format(0.0351631, 4)).isEqualTo("0,03516");
        assertThat(SignificantNumbers.format(-0.70599, 4)).isEqualTo("−0,706");
        assertThat(SignificantNumbers.format(1.1, 4)).isEqualTo("1,1");
        assertThat(SignificantNumbers.format(12345.6, 4)).isEqualTo("12 350".replace(' ', FrenchFormat.THIN_SPACE));
    }

    @Test
    void writesTinyAndHugeNumbersWithAPowerOfTen() {
        assertThat(SignificantNumbers.format(3.516e-5, 3)).isEqualTo("3,52\u202F×\u202F10⁻⁵");
        assertThat(SignificantNumbers.format(-2.5e9, 2)).isEqualTo("−2,5\u202F×\u202F10⁹");
        assertThat(SignificantNumbers.format(9.996e-6, 3)).isEqualTo("1\u202F×\u202F10⁻⁵");
    }

    @Test
    void writesTheSameNumbersForLatex() {
        assertThat(SignificantNumbers.tex(-0.70599, 4)).isEqualTo("-0{,}706");
        assertThat(SignificantNumbers.texOperand(-0.70599, 4)).isEqualTo("(-0{,}706)");
        assertThat(SignificantNumbers.tex(3.516e-5, 3)).isEqualTo("3{,}52 \\times 10^{-5}");
    }
}

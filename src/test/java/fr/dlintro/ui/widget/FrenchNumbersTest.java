package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchNumbersTest {
    @Test
    void compactDropsTrailingZerosAndKeepsTheDecimalComma() {
        assertThat(FrenchNumbers.compact(3.75, 3)).isEqualTo("3,75");
        assertThat(FrenchNumbers.compact(0.6, 3)).isEqualTo("0,6");
        assertThat(FrenchNumbers.compact(2.0000000001, 3)).isEqualTo("2");
        assertThat(FrenchNumbers.compact(-1.0000000000000002, 3)).isEqualTo("−1");
        assertThat(FrenchNumbers.compact(-0.0001, 3)).isEqualTo("0");
        assertThat(FrenchNumbers.compact(12345.5, 1)).isEqualTo("12\u202F345,5");
    }

    @Test
    void scientificKeepsHugeNumbersShort() {
        assertThat(FrenchNumbers.scientific(20.085536923, 3)).isEqualTo("20,086");
        assertThat(FrenchNumbers.scientific(Math.exp(200), 3)).isEqualTo("7,23 × 10⁸⁶");
        assertThat(FrenchNumbers.scientific(9.996e9, 3)).isEqualTo("1,00 × 10¹⁰");
    }

    @Test
    void parseAcceptsWhatAFrenchReaderTypes() {
        assertThat(FrenchNumbers.parse("−0,5")).hasValue(-0.5);
        assertThat(FrenchNumbers.parse(" -0.5 ")).hasValue(-0.5);
        assertThat(FrenchNumbers.parse("1/3")).hasValue(1.0 / 3);
        assertThat(FrenchNumbers.parse("−2/3")).hasValue(-2.0 / 3);
        assertThat(FrenchNumbers.parse("1 000,25")).hasValue(1000.25);
        assertThat(FrenchNumbers.parse(",5")).hasValue(0.5);
    }

    @Test
    void parseRefusesWhatIsNotANumber() {
        assertThat(FrenchNumbers.parse("")).isEmpty();
        assertThat(FrenchNumbers.parse("abc")).isEmpty();
        assertThat(FrenchNumbers.parse("1/0")).isEmpty();
        assertThat(FrenchNumbers.parse("1,2,3")).isEmpty();
        assertThat(FrenchNumbers.parse("1e999")).isEmpty();
        assertThat(FrenchNumbers.parse(null)).isEmpty();
    }
}

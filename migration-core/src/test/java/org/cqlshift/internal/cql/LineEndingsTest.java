package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndingsTest {

    @Test
    void turnsCrlfAndLoneCrIntoLf() {
        assertThat(LineEndings.normalize("a\r\nb\rc\nd\r\r\ne\r")).isEqualTo("a\nb\nc\nd\n\ne\n");
    }

    @Test
    void returnsTextWithoutCarriageReturnsAsItIs() {
        String text = "USE ks;\nSELECT 1;";
        assertThat(LineEndings.normalize(text)).isSameAs(text);
    }
}

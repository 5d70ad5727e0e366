package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionTest {

    @Test
    void countsLinesForEveryKindOfLineEnd() {
        String text = "a\nb\r\nc\rd";
        assertThat(TextPosition.START.advance(text, text.indexOf('b'))).isEqualTo(new TextPosition(2, 1));
        assertThat(TextPosition.START.advance(text, text.indexOf('c'))).isEqualTo(new TextPosition(3, 1));
        assertThat(TextPosition.START.advance(text, text.indexOf('d'))).isEqualTo(new TextPosition(4, 1));
    }

    @Test
    void continuesFromAKnownPosition() {
        String text = "xx  SELECT\n  ${a}";
        TextPosition select = new TextPosition(9, 3).advance(text, 0, 4);
        assertThat(select).isEqualTo(new TextPosition(9, 7));
        assertThat(select.advance(text, 4, text.indexOf('$'))).isEqualTo(new TextPosition(10, 3));
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(TextPosition.START.advance("'\uD83D\uDE00' x", 4)).isEqualTo(new TextPosition(1, 4));
    }
}

package org.cqlshift.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Constraints as DESCRIBE TABLE prints their column definitions, evaluated on seed values. */
class ColumnConstraintTest {

    private static ColumnConstraint parse(String definition) {
        return ColumnConstraint.parse(definition).orElseThrow();
    }

    @Test
    void aComparisonWithANumberIsEvaluatedOnEveryNumericType() {
        ColumnConstraint constraint = parse("quantity int CHECK quantity >= 0");

        assertThat(constraint.column()).isEqualTo("quantity");
        assertThat(constraint.text()).isEqualTo("quantity >= 0");
        assertThat(constraint.violatedBy(-1)).contains("quantity >= 0");
        assertThat(constraint.violatedBy(0)).isEmpty();
        assertThat(constraint.violatedBy(3L)).isEmpty();
        assertThat(constraint.violatedBy(new BigDecimal("-0.001"))).contains("quantity >= 0");
        assertThat(constraint.violatedBy(-0.5d)).contains("quantity >= 0");
        assertThat(constraint.violatedBy(null)).isEmpty();
    }

    @Test
    void theFirstBrokenConditionOfAConjunctionIsNamed() {
        ColumnConstraint constraint = parse("    score double CHECK score > 0 AND score < 100.5,");

        assertThat(constraint.violatedBy(50)).isEmpty();
        assertThat(constraint.violatedBy(0)).contains("score > 0");
        assertThat(constraint.violatedBy(100.5)).contains("score < 100.5");
    }

    @Test
    void lengthsOfTextAndBlobsAndNotNull() {
        assertThat(parse("name text CHECK LENGTH(name) < 5").violatedBy("Alice")).contains("LENGTH(name) < 5");
        assertThat(parse("name text CHECK LENGTH(name) < 5").violatedBy("Bob")).isEmpty();
        assertThat(parse("name text CHECK OCTET_LENGTH(name) <= 4").violatedBy("Zoë!")).contains("OCTET_LENGTH(name) <= 4");
        assertThat(parse("data blob CHECK OCTET_LENGTH(data) = 2").violatedBy(ByteBuffer.wrap(new byte[2]))).isEmpty();
        assertThat(parse("name text CHECK NOT NULL").violatedBy(null)).contains("NOT NULL");
        assertThat(parse("code text CHECK code != 'none'").violatedBy("none")).contains("code != 'none'");
    }

    @Test
    void aQuotedColumnNameKeepsItsCaseAndConditionsItCannotReadAreLeftToTheServer() {
        assertThat(parse("\"Qty\" int CHECK \"Qty\" > 0").violatedBy(0)).contains("\"Qty\" > 0");
        assertThat(parse("doc text CHECK JSON(doc)").violatedBy("not json")).isEmpty();
        assertThat(parse("at timestamp CHECK at > '2020-01-01'").violatedBy(java.time.Instant.EPOCH)).isEmpty();
        assertThat(ColumnConstraint.parse("id int")).isEmpty();
    }
}

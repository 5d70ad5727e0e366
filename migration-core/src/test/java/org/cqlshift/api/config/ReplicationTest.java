package org.cqlshift.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicationTest {

    private static final String EXPECTED =
            "expected SimpleStrategy:<factor> or NetworkTopologyStrategy:<dc>=<factor>[,<dc>=<factor>...]";

    @Test
    void parsesSimpleStrategyInAnyCase() {
        Replication replication = Replication.parse(" simplestrategy : 3 ");
        assertThat(replication.strategy()).isEqualTo("SimpleStrategy");
        assertThat(replication.factors()).containsExactly(Map.entry("replication_factor", 3));
        assertThat(replication).isEqualTo(Replication.simple(3));
    }

    @Test
    void parsesNetworkTopologyStrategyKeepingTheDatacenterOrder() {
        Replication replication = Replication.parse("NetworkTopologyStrategy:dc2=3, dc1 = 2");
        assertThat(replication.strategy()).isEqualTo("NetworkTopologyStrategy");
        assertThat(replication.factors()).containsExactly(Map.entry("dc2", 3), Map.entry("dc1", 2));
    }

    @Test
    void writesTheCqlMapLiteral() {
        assertThat(Replication.simple(1).toCql()).isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 1}");
        assertThat(Replication.parse("NetworkTopologyStrategy:dc1=3,dc2=2").toCql())
                .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2}");
    }

    @Test
    void escapesQuotesInDatacenterNames() {
        assertThat(Replication.networkTopology(Map.of("o'dc", 1)).toCql())
                .isEqualTo("{'class': 'NetworkTopologyStrategy', 'o''dc': 1}");
    }

    @Test
    void toStringIsTheSettingsSyntaxAndParsesBack() {
        for (String text : new String[] {"SimpleStrategy:2", "NetworkTopologyStrategy:dc1=3,dc2=1"}) {
            Replication replication = Replication.parse(text);
            assertThat(replication).hasToString(text);
            assertThat(Replication.parse(replication.toString())).isEqualTo(replication).hasSameHashCodeAs(replication);
        }
    }

    @Test
    void matchesTheMapThatSystemSchemaStores() {
        assertThat(Replication.simple(1).matches(Map.of(
                "class", "org.apache.cassandra.locator.SimpleStrategy", "replication_factor", "1"))).isTrue();
        assertThat(Replication.parse("NetworkTopologyStrategy:dc1=3,dc2=2").matches(Map.of(
                "class", "org.apache.cassandra.locator.NetworkTopologyStrategy", "dc2", "2", "dc1", "3"))).isTrue();
        assertThat(Replication.simple(1).matches(Map.of("class", "SimpleStrategy", "replication_factor", "1"))).isTrue();
    }

    @Test
    void doesNotMatchAnotherStrategyFactorOrDatacenterSet() {
        Replication replication = Replication.parse("NetworkTopologyStrategy:dc1=3");
        assertThat(replication.matches(Map.of("class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                "dc1", "1"))).isFalse();
        assertThat(replication.matches(Map.of("class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                "dc1", "3", "dc2", "3"))).isFalse();
        assertThat(replication.matches(Map.of("class", "org.apache.cassandra.locator.SimpleStrategy",
                "replication_factor", "3"))).isFalse();
        assertThat(replication.matches(Map.of("class", "org.apache.cassandra.locator.OldNetworkTopologyStrategy",
                "dc1", "3"))).isFalse();
        assertThat(replication.matches(Map.of())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SimpleStrategy", "3", "SimpleStrategy:three", "SimpleStrategy:", "LocalStrategy:1",
            "NetworkTopologyStrategy:", "NetworkTopologyStrategy:dc1", "NetworkTopologyStrategy:=3",
            "NetworkTopologyStrategy:dc1=3,,dc2=1", "NetworkTopologyStrategy:dc1=x", "SimpleStrategy:99999999999"})
    void rejectsMalformedValuesSayingWhatWasExpected(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Replication.parse(value))
                .withMessage(EXPECTED + " but found '" + value.trim() + "'");
    }

    @Test
    void rejectsADatacenterGivenTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Replication.parse("NetworkTopologyStrategy:dc1=3,dc2=3,dc1=1"))
                .withMessage("datacenter dc1 is given twice in 'NetworkTopologyStrategy:dc1=3,dc2=3,dc1=1';"
                        + " give each datacenter one factor");
    }

    @Test
    void rejectsFactorsBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Replication.parse("SimpleStrategy:0"))
                .withMessage("replication factor must be at least 1, found 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Replication.parse("NetworkTopologyStrategy:dc1=3,dc2=-1"))
                .withMessage("replication factor of dc2 must be at least 1, found -1");
    }
}

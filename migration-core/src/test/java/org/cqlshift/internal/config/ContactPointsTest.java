package org.cqlshift.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContactPointsTest {

    @Test
    void parsesHostsWithAndWithoutPorts() {
        assertThat(ContactPoints.parse("10.0.0.1:9142, node2 ,node3:19042"))
                .containsExactly(InetSocketAddress.createUnresolved("10.0.0.1", 9142),
                        InetSocketAddress.createUnresolved("node2", 9042),
                        InetSocketAddress.createUnresolved("node3", 19042));
    }

    @Test
    void parsesIpv6InBracketsOrBare() {
        assertThat(ContactPoints.parse("[::1]:9043,[fe80::1],2001:db8::7"))
                .containsExactly(InetSocketAddress.createUnresolved("::1", 9043),
                        InetSocketAddress.createUnresolved("fe80::1", 9042),
                        InetSocketAddress.createUnresolved("2001:db8::7", 9042));
    }

    @Test
    void ignoresEmptyEntries() {
        assertThat(ContactPoints.parse("a:1,,b:2,")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "localhost:cql        | port of contact point 'localhost:cql' is not a number",
            "localhost:           | port of contact point 'localhost:' is not a number",
            "localhost:0          | port of contact point 'localhost:0' is out of range 1-65535",
            "localhost:65536      | port of contact point 'localhost:65536' is out of range 1-65535",
            "[::1]:-1             | port of contact point '[::1]:-1' is out of range 1-65535",
            "[::1]9042            | expected ':' and a port or nothing after ']' in contact point '[::1]9042' but found '9042'",
            "[::1]:               | port of contact point '[::1]:' is not a number",
            "[::1:9042            | unclosed '[' in contact point '[::1:9042'",
            ":9042                | contact point ':9042' has no host",
            "[]:9042              | contact point '[]:9042' has no host",
    })
    void rejectsBadContactPointsNamingThem(String value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.parse(value)).withMessage(message);
    }

    @Test
    void rejectsAListWithoutAnyContactPoint() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.parse(" , "))
                .withMessage("expected host:port[,host:port...] but found ' , '");
    }
}

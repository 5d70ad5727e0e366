package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CassandraYamlTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final NodePorts PORTS = new NodePorts(19042, 17000, 17199);

    @Test
    void placesEveryDirectoryUnderTheNodeDirectoryAndUsesTheGivenAddressAndPorts() throws Exception {
        JsonNode yaml = parse(new NodeLayout(Path.of("/srv/node one"), "5.0"), "127.0.0.5", Map.of());

        assertThat(yaml.get("data_file_directories").get(0).asText()).isEqualTo("/srv/node one/data/5.0/data");
        assertThat(yaml.get("commitlog_directory").asText()).isEqualTo("/srv/node one/data/5.0/commitlog");
        assertThat(yaml.get("hints_directory").asText()).isEqualTo("/srv/node one/data/5.0/hints");
        assertThat(yaml.get("saved_caches_directory").asText()).isEqualTo("/srv/node one/data/5.0/saved_caches");
        assertThat(yaml.get("cdc_raw_directory").asText()).isEqualTo("/srv/node one/data/5.0/cdc_raw");
        assertThat(yaml.get("listen_address").asText()).isEqualTo("127.0.0.5");
        assertThat(yaml.get("rpc_address").asText()).isEqualTo("127.0.0.5");
        assertThat(yaml.get("native_transport_port").asInt()).isEqualTo(19042);
        assertThat(yaml.get("storage_port").asInt()).isEqualTo(17000);
        assertThat(yaml.get("seed_provider").get(0).get("parameters").get(0).get("seeds").asText())
                .isEqualTo("127.0.0.5:17000");
        assertThat(yaml.get("start_native_transport").asBoolean()).isTrue();
    }

    @Test
    void userEntriesReplaceGeneratedOnesAndAddNewOnes() throws Exception {
        JsonNode yaml = parse(new NodeLayout(Path.of("/srv/node"), "5.0"), "127.0.0.1", Map.of(
                "num_tokens", "4",
                "authenticator", "PasswordAuthenticator",
                "client_encryption_options", "{enabled: true, optional: false}"));

        assertThat(yaml.get("num_tokens").asInt()).isEqualTo(4);
        assertThat(yaml.get("authenticator").asText()).isEqualTo("PasswordAuthenticator");
        assertThat(yaml.get("client_encryption_options").get("enabled").asBoolean()).isTrue();
    }

    @Test
    void enablesAccordOnCassandra6AsANestedMapping() throws Exception {
        JsonNode yaml = parse(new NodeLayout(Path.of("/srv/node"), "5.0"), "127.0.0.1",
                CassandraVersion.parse("6.0-alpha2").yamlEntries());

        assertThat(yaml.get("accord").get("enabled").asBoolean()).isTrue();
    }

    @Test
    void quotesDirectoriesThatContainYamlSyntax() throws Exception {
        JsonNode yaml = parse(new NodeLayout(Path.of("/srv/it's #1: node"), "5.0"), "127.0.0.1", Map.of());

        assertThat(yaml.get("commitlog_directory").asText()).isEqualTo("/srv/it's #1: node/data/5.0/commitlog");
    }

    @Test
    void writesIpv6SeedsInBrackets() {
        assertThat(CassandraYaml.hostAndPort("::1", 7000)).isEqualTo("[::1]:7000");
        assertThat(CassandraYaml.hostAndPort("127.0.0.1", 7000)).isEqualTo("127.0.0.1:7000");
    }

    private static JsonNode parse(NodeLayout layout, String address, Map<String, String> extra) throws Exception {
        return YAML.readTree(CassandraYaml.render(layout, address, PORTS, extra));
    }
}

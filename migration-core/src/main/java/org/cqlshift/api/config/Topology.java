package org.cqlshift.api.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many embedded nodes run in each datacenter, written {@code dc1:2,dc2:1}: the first datacenter's nodes start
 * first, and the commands treat it as local.
 */
public final class Topology {

    private static final String EXAMPLE = "dc1:2,dc2:1";

    private final Map<String, Integer> nodesByDatacenter;

    private Topology(Map<String, Integer> nodesByDatacenter) {
        this.nodesByDatacenter = Collections.unmodifiableMap(new LinkedHashMap<>(nodesByDatacenter));
    }

    /**
     * Parses {@code <dc>:<nodes>[,<dc>:<nodes>...]}.
     *
     * @throws IllegalArgumentException saying what was expected, with an example
     */
    public static Topology parse(String text) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String entry : text.split(",", -1)) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 2 || !parts[0].trim().matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException(expected(text, "'" + entry.trim() + "' is not <dc>:<nodes>"));
            }
            String datacenter = parts[0].trim();
            int count;
            try {
                count = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(expected(text, "the node count of " + datacenter
                        + " is not a whole number"));
            }
            if (count < 1) {
                throw new IllegalArgumentException(expected(text, datacenter + " needs at least 1 node"));
            }
            if (nodes.put(datacenter, count) != null) {
                throw new IllegalArgumentException(expected(text, datacenter + " is given twice"));
            }
        }
        return new Topology(nodes);
    }

    private static String expected(String found, String problem) {
        return "expected datacenters and their node counts as <dc>:<nodes>[,<dc>:<nodes>...], such as " + EXAMPLE
                + ", but found '" + found + "': " + problem;
    }

    /** The node count of each datacenter, in the order given. */
    public Map<String, Integer> nodesByDatacenter() {
        return nodesByDatacenter;
    }

    /** How many nodes in all. */
    public int nodes() {
        return nodesByDatacenter.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The first datacenter, whose first node is the seed. */
    public String firstDatacenter() {
        return nodesByDatacenter.keySet().iterator().next();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topology topology && topology.nodesByDatacenter.equals(nodesByDatacenter);
    }

    @Override
    public int hashCode() {
        return nodesByDatacenter.hashCode();
    }

    /** As written: {@code dc1:2,dc2:1}. */
    @Override
    public String toString() {
        return nodesByDatacenter.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(","));
    }
}

package org.cqlshift.api.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The keyspace's replication, written in configuration as {@code SimpleStrategy:1} (dev) or
 * {@code NetworkTopologyStrategy:dc1=3,dc2=3} (production). Scripts use it through {@code ${replication}}.
 */
public final class Replication {

    private static final String SIMPLE = "SimpleStrategy";
    private static final String NETWORK_TOPOLOGY = "NetworkTopologyStrategy";

    private final String strategy;
    private final Map<String, Integer> factors;

    private Replication(String strategy, Map<String, Integer> factors) {
        this.strategy = strategy;
        this.factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    public static Replication simple(int replicationFactor) {
        return new Replication(SIMPLE, Map.of("replication_factor", positive(replicationFactor, "replication factor")));
    }

    public static Replication networkTopology(Map<String, Integer> factorsByDatacenter) {
        if (factorsByDatacenter.isEmpty()) {
            throw new IllegalArgumentException("NetworkTopologyStrategy needs at least one datacenter=factor");
        }
        factorsByDatacenter.forEach((dc, factor) -> positive(factor, "replication factor of " + dc));
        return new Replication(NETWORK_TOPOLOGY, factorsByDatacenter);
    }

    /**
     * Parses {@code SimpleStrategy:N} or {@code NetworkTopologyStrategy:dc=N[,dc=N...]}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static Replication parse(String value) {
        String text = value.trim();
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(expected(text));
        }
        String strategy = text.substring(0, colon).trim();
        String arguments = text.substring(colon + 1).trim();
        try {
            if (strategy.equalsIgnoreCase(SIMPLE)) {
                return simple(Integer.parseInt(arguments));
            }
            if (strategy.equalsIgnoreCase(NETWORK_TOPOLOGY)) {
                Map<String, Integer> factors = new LinkedHashMap<>();
                for (String pair : arguments.split(",")) {
                    String[] parts = pair.split("=", 2);
                    if (parts.length != 2 || parts[0].isBlank()) {
                        throw new IllegalArgumentException(expected(text));
                    }
                    String datacenter = parts[0].trim();
                    if (factors.put(datacenter, Integer.parseInt(parts[1].trim())) != null) {
                        throw new IllegalArgumentException("datacenter " + datacenter + " is given twice in '" + text
                                + "'; give each datacenter one factor");
                    }
                }
                return networkTopology(factors);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected(text), e);
        }
        throw new IllegalArgumentException(expected(text));
    }

    private static String expected(String found) {
        return "expected SimpleStrategy:<factor> or NetworkTopologyStrategy:<dc>=<factor>[,<dc>=<factor>...]"
                + " but found '" + found + "'";
    }

    private static int positive(int factor, String what) {
        if (factor < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, found " + factor);
        }
        return factor;
    }

    public String strategy() {
        return strategy;
    }

    /** Factors by datacenter, or the single {@code replication_factor} of SimpleStrategy. */
    public Map<String, Integer> factors() {
        return factors;
    }

    /** The CQL map literal, as in {@code CREATE KEYSPACE ks WITH replication = <this>}. */
    public String toCql() {
        return factors.entrySet().stream()
                .map(e -> "'" + e.getKey().replace("'", "''") + "': " + e.getValue())
                .collect(Collectors.joining(", ", "{'class': '" + strategy + "', ", "}"));
    }

    /**
     * Whether a keyspace's replication map, as {@code system_schema.keyspaces} stores it, is this one.
     */
    public boolean matches(Map<String, String> stored) {
        String storedClass = stored.getOrDefault("class", "");
        if (!storedClass.equals(strategy) && !storedClass.endsWith("." + strategy)) {
            return false;
        }
        Map<String, String> storedFactors = new LinkedHashMap<>(stored);
        storedFactors.remove("class");
        return storedFactors.equals(factors.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Replication
                && ((Replication) other).strategy.equals(strategy)
                && ((Replication) other).factors.equals(factors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, factors);
    }

    @Override
    public String toString() {
        return strategy + ":" + factors.entrySet().stream()
                .map(e -> strategy.equals(SIMPLE) ? String.valueOf(e.getValue()) : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}

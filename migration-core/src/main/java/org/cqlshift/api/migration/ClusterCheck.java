package org.cqlshift.api.migration;

import java.util.Locale;

/** What migrate checks about the cluster before its first schema change, when scripts are pending. */
public enum ClusterCheck {
    /** Refuse while any node is down, joining, leaving or moving, or the nodes disagree on the schema. */
    STRICT,
    /**
     * As strict, but a node that is down is allowed, with a warning naming it, while the consistency levels can
     * still be met with the replicas that are left.
     */
    NORMAL,
    /** Check nothing. */
    OFF;

    /** As written in settings: {@code strict}, {@code normal} or {@code off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

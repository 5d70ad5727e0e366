package org.cqlshift.api.lint;

/** How much a lint finding weighs. */
public enum Severity {
    /** The statement fails, destroys data, or leaves the cluster in a state that needs repair work. */
    ERROR("error"),
    /** The statement works, but has a cost or risk that a reviewer should weigh. */
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

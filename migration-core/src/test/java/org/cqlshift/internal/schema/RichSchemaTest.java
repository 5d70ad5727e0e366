package org.cqlshift.internal.schema;

/** The rich schema on the default version's nodes (5.0). */
class RichSchemaTest extends RichSchemaChecks {
}

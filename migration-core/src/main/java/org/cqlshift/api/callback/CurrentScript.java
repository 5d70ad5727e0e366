package org.cqlshift.api.callback;

/**
 * The versioned script a {@link Event#BEFORE_EACH_MIGRATE} or {@link Event#AFTER_EACH_MIGRATE} callback is about.
 *
 * @param script      the file name, such as {@code 2_add_orders.cql}
 * @param description the name's part after the version, underscores shown as spaces
 * @param source      where it was read, as shown to users: a path or {@code classpath:folder/name.cql}
 */
public record CurrentScript(int version, String script, String description, String source) {
}

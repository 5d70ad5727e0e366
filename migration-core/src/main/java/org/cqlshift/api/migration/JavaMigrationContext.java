package org.cqlshift.api.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;

/**
 * What a {@link JavaMigration} works with.
 *
 * @param session       the session migrate runs on, with the keyspace as its keyspace, so that statements naming no
 *                      keyspace reach the keyspace's tables; it stays open and is not the migration's to close
 * @param keyspace      the keyspace being migrated, as the settings name it
 * @param configuration every resolved setting, such as the placeholders
 * @param reporter      where progress lines go, as the tool's own do
 */
public record JavaMigrationContext(CqlSession session, String keyspace, Configuration configuration,
                                   Reporter reporter) {
}

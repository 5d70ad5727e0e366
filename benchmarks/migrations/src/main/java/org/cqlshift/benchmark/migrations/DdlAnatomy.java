package org.cqlshift.benchmark.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.IntConsumer;
import org.cqlshift.api.SchemaSessionOptions;

/**
 * Where a script's time goes on the server and in the driver: the same one-table DDL statements sent by a bare
 * session in this process, on fresh keyspaces of the benchmark's node, (1) with the options of cqlshift's schema
 * sessions and nothing else, (2) the same followed by the explicit schema agreement check cqlshift makes, and (3)
 * with the driver's defaults, whose schema metadata refresh waits out a 1 s debouncer after each statement, as an
 * application's own session does. Times are means per statement, in milliseconds.
 */
final class DdlAnatomy {

    /** The driver's defaults cost a second a statement: fewer statements tell that well enough. */
    static final int DEFAULT_SETTINGS_STATEMENTS = 10;

    record Times(double ddl, double agreement, double withDriverDefaults) {

        /** What the driver's defaults add to the statement and the agreement check: the metadata refresh. */
        double metadataRefresh() {
            return withDriverDefaults - ddl - agreement;
        }
    }

    private DdlAnatomy() {
    }

    static Times measure(InetSocketAddress node, String localDatacenter, int tables) {
        double ddl;
        double agreement;
        try (CqlSession session = open(node, localDatacenter, true)) {
            createKeyspace(session, "bench_anatomy_ddl");
            ddl = perStatement(tables, i -> session.execute(createTable("bench_anatomy_ddl", i)));
            createKeyspace(session, "bench_anatomy_agreement");
            long[] agreementNanos = new long[1];
            perStatement(tables, i -> {
                session.execute(createTable("bench_anatomy_agreement", i));
                long checking = System.nanoTime();
                if (!session.checkSchemaAgreement()) {
                    throw new IllegalStateException("no schema agreement after table " + i);
                }
                agreementNanos[0] += System.nanoTime() - checking;
            });
            agreement = agreementNanos[0] / 1e6 / tables;
        }
        double defaults;
        try (CqlSession session = open(node, localDatacenter, false)) {
            createKeyspace(session, "bench_anatomy_defaults");
            defaults = perStatement(DEFAULT_SETTINGS_STATEMENTS,
                    i -> session.execute(createTable("bench_anatomy_defaults", i)));
        }
        return new Times(ddl, agreement, defaults);
    }

    private static CqlSession open(InetSocketAddress node, String localDatacenter, boolean schemaSession) {
        DriverConfigLoader requestTimeout = DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build();
        return CqlSession.builder().addContactPoint(node).withLocalDatacenter(localDatacenter)
                .withConfigLoader(schemaSession ? DriverConfigLoader.compose(
                        DriverConfigLoader.fromMap(SchemaSessionOptions.forKeyspace("bench_anatomy")), requestTimeout)
                        : requestTimeout)
                .build();
    }

    private static void createKeyspace(CqlSession session, String keyspace) {
        session.execute("CREATE KEYSPACE " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.checkSchemaAgreement();
    }

    private static String createTable(String keyspace, int i) {
        return "CREATE TABLE " + keyspace + ".table_" + i + " (id int PRIMARY KEY, name text, value double)";
    }

    private static double perStatement(int statements, IntConsumer statement) {
        long started = System.nanoTime();
        for (int i = 1; i <= statements; i++) {
            statement.accept(i);
        }
        return (System.nanoTime() - started) / 1e6 / statements;
    }
}

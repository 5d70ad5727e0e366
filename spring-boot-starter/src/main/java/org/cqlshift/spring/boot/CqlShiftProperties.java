package org.cqlshift.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code cqlshift.*}; unset ones take the defaults of the command line and the Maven plugin. */
@ConfigurationProperties("cqlshift")
public class CqlShiftProperties {

    /** Whether to migrate at startup. */
    private boolean enabled = true;

    /**
     * Contact points (host:port) of a session of cqlshift's own, opened for the migration and closed after it.
     * When empty, the application's CqlSession (spring.cassandra.*) is used.
     */
    private List<String> contactPoints = new ArrayList<>();

    /** Local datacenter of cqlshift's own session; only with contact points. */
    private String localDatacenter;

    /** User name of cqlshift's own session; only with contact points. */
    private String username;

    /** Password of cqlshift's own session; only with contact points. Never logged. */
    private String password;

    /** Keyspace to migrate. Defaults to the application session's keyspace (spring.cassandra.keyspace-name). */
    private String keyspace;

    /** Replication for ${replication} in the script that creates the keyspace, such as SimpleStrategy:1. */
    private String replication;

    /** Where the versioned CQL scripts are: classpath:folder or a directory. */
    private String migrations = "classpath:db/cassandra";

    /** Whether to load the seed files after migrating. */
    private boolean seed;

    /** Directory of the YAML seed files. */
    private String seeds;

    /** Folder under the seeds directory whose files load after the shared ones. */
    private String seedProfile;

    /** Placeholders for the scripts: cqlshift.placeholders.name=value makes ${name}. */
    private Map<String, String> placeholders = new LinkedHashMap<>();

    /** How long to retry while Cassandra is not reachable yet; only with contact points. Zero tries once. */
    private Duration waitTimeout;

    /** Whether migrating first refuses to run while an applied script was edited or removed. */
    private boolean validateOnMigrate = true;

    /** Whether ${name} in the scripts is replaced by its placeholder. */
    private boolean placeholderReplacement = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getContactPoints() {
        return contactPoints;
    }

    public void setContactPoints(List<String> contactPoints) {
        this.contactPoints = contactPoints;
    }

    public String getLocalDatacenter() {
        return localDatacenter;
    }

    public void setLocalDatacenter(String localDatacenter) {
        this.localDatacenter = localDatacenter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getKeyspace() {
        return keyspace;
    }

    public void setKeyspace(String keyspace) {
        this.keyspace = keyspace;
    }

    public String getReplication() {
        return replication;
    }

    public void setReplication(String replication) {
        this.replication = replication;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public boolean isSeed() {
        return seed;
    }

    public void setSeed(boolean seed) {
        this.seed = seed;
    }

    public String getSeeds() {
        return seeds;
    }

    public void setSeeds(String seeds) {
        this.seeds = seeds;
    }

    public String getSeedProfile() {
        return seedProfile;
    }

    public void setSeedProfile(String seedProfile) {
        this.seedProfile = seedProfile;
    }

    public Map<String, String> getPlaceholders() {
        return placeholders;
    }

    public void setPlaceholders(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public boolean isValidateOnMigrate() {
        return validateOnMigrate;
    }

    public void setValidateOnMigrate(boolean validateOnMigrate) {
        this.validateOnMigrate = validateOnMigrate;
    }

    public boolean isPlaceholderReplacement() {
        return placeholderReplacement;
    }

    public void setPlaceholderReplacement(boolean placeholderReplacement) {
        this.placeholderReplacement = placeholderReplacement;
    }
}

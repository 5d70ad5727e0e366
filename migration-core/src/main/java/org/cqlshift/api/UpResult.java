package org.cqlshift.api;

import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.verify.VerifyReport;

/** What {@link Workflows#up} did, step by step; the verify report has passed. */
public record UpResult(MigrationResult migration, SeedResult seed, VerifyReport verify) {
}

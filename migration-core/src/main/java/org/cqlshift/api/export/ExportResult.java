package org.cqlshift.api.export;

import java.nio.file.Path;
import java.time.Duration;

/** What an export wrote. */
public record ExportResult(String table, Path file, long rows, Duration elapsed) {
}

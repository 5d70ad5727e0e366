package org.cqlshift.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void parsesAClasspathFolderWithoutSurroundingSlashes() {
        Location location = Location.parse("classpath:/db/migrations/");
        assertThat(location.isClasspath()).isTrue();
        assertThat(location.classpathFolder()).hasValue("db/migrations");
        assertThat(location.directory()).isEmpty();
        assertThat(location).hasToString("classpath:db/migrations").isEqualTo(Location.classpath("db/migrations"));
    }

    @Test
    void parsesADirectoryAsAnAbsoluteNormalizedPath() {
        Location location = Location.parse("target/../migrations");
        assertThat(location.isClasspath()).isFalse();
        assertThat(location.directory()).hasValue(Path.of("migrations").toAbsolutePath());
        assertThat(location.classpathFolder()).isEmpty();
        assertThat(location).hasToString(Path.of("migrations").toAbsolutePath().toString());
    }

    @Test
    void twoSpellingsOfOneDirectoryAreEqual() {
        assertThat(Location.parse("/data/./migrations/../seeds"))
                .isEqualTo(Location.directory(Path.of("/data/seeds")))
                .hasSameHashCodeAs(Location.directory(Path.of("/data/seeds")));
    }

    @Test
    void aDirectoryIsNeverEqualToAClasspathFolder() {
        assertThat(Location.parse("db")).isNotEqualTo(Location.parse("classpath:db"));
    }
}

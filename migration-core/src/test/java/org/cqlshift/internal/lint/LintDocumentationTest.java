package org.cqlshift.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqlshift.api.lint.LintRule;
import org.junit.jupiter.api.Test;

/** docs/lint.md has a section per rule, with its severity, why, fix and opt-out, and lists no rule that is gone. */
class LintDocumentationTest {

    private static final Pattern SECTION = Pattern.compile("^### `([a-z0-9-]+)`\\n\\n\\*\\*(Error|Warning)\\.\\*\\*",
            Pattern.MULTILINE);

    @Test
    void everyRuleHasItsSectionWithItsSeverityAndNoOtherSectionExists() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "lint.md"));
        Matcher sections = SECTION.matcher(docs);
        List<String> documented = new java.util.ArrayList<>();
        while (sections.find()) {
            String id = sections.group(1);
            documented.add(id);
            LintRule rule = Rules.byId(id).orElseThrow(() -> new AssertionError("docs/lint.md documents " + id
                    + ", which is no rule"));
            assertThat(sections.group(2).toLowerCase()).as(id).isEqualTo(rule.severity().label());
            String section = docs.substring(sections.end(), next(docs, sections.end()));
            assertThat(section).as(id).contains("**Why.**", "**Fix.**");
            assertThat(section.contains("**Opt out.**") || section.contains("cqlshift:allow " + id)).as(id).isTrue();
            assertThat(docs).as(id).contains("| [`" + id + "`](#" + id + ") | " + rule.severity().label() + " |");
        }
        assertThat(documented).containsExactlyElementsOf(Rules.descriptions().stream().map(LintRule::id).toList());
    }

    @Test
    void ruleIdsAreUniqueAndWrittenInLowerCaseWords() {
        List<String> ids = Rules.descriptions().stream().map(LintRule::id).toList();
        Set<String> unique = ids.stream().collect(Collectors.toSet());
        assertThat(unique).hasSameSizeAs(ids).hasSizeGreaterThanOrEqualTo(15);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    private static int next(String docs, int from) {
        int next = docs.indexOf("\n### ", from);
        return next < 0 ? docs.length() : next;
    }
}

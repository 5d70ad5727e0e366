package org.cqlshift.example;

import org.junit.jupiter.api.Test;

/** The docs show the code that the tests of this module run, as written. */
class DocumentationTest {

    @Test
    void javaApiDocShowsTheTestedExamples() {
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "example");
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "session");
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "schema-session");
    }

    @Test
    void testingDocShowsTheTestedExample() {
        DocumentedExample.assertDocumentShows("testing.md", "EmployeeTableTest.java", "example");
    }
}

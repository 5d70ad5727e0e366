package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.cqlshift.api.Failure;
import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CqlSplitterTest {

    private static final String SOURCE = "migrations/3_orders.cql";

    private static List<CqlStatement> split(String text) {
        return CqlSplitter.split(SOURCE, text);
    }

    private static List<String> texts(String text) {
        return split(text).stream().map(CqlStatement::text).toList();
    }

    private static ThrowableAssertAlternative<ScriptException> assertSplitFails(String text) {
        return org.assertj.core.api.Assertions.assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> split(text));
    }

    @Nested
    class Boundaries {

        @Test
        void splitsAtSemicolonsAndTrimsEachStatement() {
            assertThat(texts("CREATE TABLE a (k int PRIMARY KEY);\n  INSERT INTO a (k) VALUES (1) ;\n"))
                    .containsExactly("CREATE TABLE a (k int PRIMARY KEY)", "INSERT INTO a (k) VALUES (1)");
        }

        @Test
        void recordsLineAndColumnOfEachStatementInOrder() {
            List<CqlStatement> statements = split("USE ks;\n\n   SELECT * FROM t;  DROP TABLE t;\n\tTRUNCATE t");
            assertThat(statements)
                    .extracting(CqlStatement::text, CqlStatement::line, CqlStatement::column)
                    .containsExactly(
                            tuple("USE ks", 1, 1),
                            tuple("SELECT * FROM t", 3, 4),
                            tuple("DROP TABLE t", 3, 22),
                            tuple("TRUNCATE t", 4, 2));
        }

        @Test
        void keepsALastStatementWithoutSemicolon() {
            assertThat(texts("DROP TABLE a;\nDROP TABLE b\n\n")).containsExactly("DROP TABLE a", "DROP TABLE b");
        }

        @Test
        void skipsEmptyStatements() {
            List<CqlStatement> statements = split(";;DROP TABLE a;; ;\n;DROP TABLE b;;");
            assertThat(statements).extracting(CqlStatement::text)
                    .containsExactly("DROP TABLE a", "DROP TABLE b");
        }

        @Test
        void findsNothingInAnEmptyOrBlankOrCommentOnlyScript() {
            assertThat(split("")).isEmpty();
            assertThat(split(" \n\t\r\n ")).isEmpty();
            assertThat(split("-- nothing yet;\n/* still; nothing */ // really;\n;")).isEmpty();
        }

        @Test
        void keepsStatementsThatSpanLinesAsWritten() {
            String table = "CREATE TABLE loads (\n    machine inet,\n    cpu int,\n    mtime timeuuid,\n"
                    + "    load float,\n    PRIMARY KEY ((machine, cpu), mtime)\n) WITH CLUSTERING ORDER BY (mtime DESC)";
            assertThat(texts(table + ";\n")).containsExactly(table);
        }

        @Test
        void ignoresAByteOrderMarkBeforeTheFirstStatement() {
            assertThat(split("\uFEFFUSE ks;")).extracting(CqlStatement::text, CqlStatement::column)
                    .containsExactly(tuple("USE ks", 2));
        }
    }

    @Nested
    class Comments {

        @Test
        void semicolonsInCommentsDoNotSplit() {
            assertThat(texts("SELECT a -- first; second\n FROM t; SELECT b // x; y\n FROM u; SELECT /* ; */ c FROM v;"))
                    .containsExactly("SELECT a -- first; second\n FROM t", "SELECT b // x; y\n FROM u",
                            "SELECT /* ; */ c FROM v");
        }

        @Test
        void commentsBeforeAStatementAreNotPartOfIt() {
            List<CqlStatement> statements = split("-- creates the table\n/* owner: billing */ CREATE TABLE t (k int PRIMARY KEY);");
            assertThat(statements).extracting(CqlStatement::text, CqlStatement::line, CqlStatement::column)
                    .containsExactly(tuple("CREATE TABLE t (k int PRIMARY KEY)", 2, 22));
        }

        @Test
        void commentsAfterTheLastTokenAreNotPartOfTheStatement() {
            assertThat(texts("DROP TABLE a -- old\n;\nDROP TABLE b /* last */\n-- the end\n"))
                    .containsExactly("DROP TABLE a", "DROP TABLE b");
        }

        @Test
        void blockCommentsSpanLinesAndDoNotNest() {
            assertThat(texts("/* a /* b ; */ DROP TABLE c;")).containsExactly("DROP TABLE c");
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertThat(texts("INSERT INTO t (k, v) VALUES (1, '-- not a comment; /* nor this */ // nor this');"))
                    .containsExactly("INSERT INTO t (k, v) VALUES (1, '-- not a comment; /* nor this */ // nor this')");
        }

        @Test
        void aLineCommentEndsAtACarriageReturn() {
            assertThat(split("-- one\rDROP TABLE a;")).extracting(CqlStatement::text, CqlStatement::line)
                    .containsExactly(tuple("DROP TABLE a", 2));
        }

        @Test
        void aSingleSlashOrDashIsAnOperator() {
            assertThat(texts("SELECT a / 2, -1 FROM t WHERE b = -3;"))
                    .containsExactly("SELECT a / 2, -1 FROM t WHERE b = -3");
        }
    }

    @Nested
    class Quoting {

        @Test
        void semicolonsAndEscapedQuotesInStringsStayExact() {
            String insert = "INSERT INTO quotes (k, v) VALUES (1, 'it''s; really '' fine;')";
            assertThat(texts(insert + ";" + insert + ";")).containsExactly(insert, insert);
        }

        @Test
        void anEmptyStringAndADoubledQuoteAtTheEndAreHandled() {
            assertThat(texts("UPDATE t SET a = '', b = '''' WHERE k = 1; DROP TABLE t;"))
                    .containsExactly("UPDATE t SET a = '', b = '''' WHERE k = 1", "DROP TABLE t");
        }

        @Test
        void stringsMaySpanLines() {
            assertThat(texts("INSERT INTO t (k, v) VALUES (1, 'line one;\nline two');"))
                    .containsExactly("INSERT INTO t (k, v) VALUES (1, 'line one;\nline two')");
        }

        @Test
        void quotedIdentifiersMayHoldSemicolonsAndDoubledQuotes() {
            assertThat(texts("CREATE TABLE \"Odd;Name\" (\"say \"\"hi\"\";\" text PRIMARY KEY);SELECT 1 FROM t;"))
                    .containsExactly("CREATE TABLE \"Odd;Name\" (\"say \"\"hi\"\";\" text PRIMARY KEY)", "SELECT 1 FROM t");
        }

        @Test
        void singleQuotesInsideQuotedIdentifiersAndTheOtherWayRound() {
            assertThat(texts("SELECT \"it's\" FROM t WHERE a = 'say \"x;\"';DROP TABLE t;"))
                    .containsExactly("SELECT \"it's\" FROM t WHERE a = 'say \"x;\"'", "DROP TABLE t");
        }

        @Test
        void dollarSignsInStringsAreText() {
            String role = "CREATE ROLE alice WITH HASHED PASSWORD = "
                    + "'$2a$10$JSJEMFm6GeaW9XxT5JIheuEtPvat6i7uKbnTcxX3c1wshIIsGyUtG' AND LOGIN = true";
            assertThat(texts(role + ";\nSELECT '$$;' FROM t;")).containsExactly(role, "SELECT '$$;' FROM t");
        }

        @Test
        void dollarBodiesHoldSemicolonsQuotesAndCommentMarkers() {
            String function = """
                    CREATE FUNCTION ks.fn(input text)
                        RETURNS NULL ON NULL INPUT
                        RETURNS text
                        LANGUAGE java
                        AS $$
                            // it's Java: "quotes", 'chars'; /* and comments */ -- too
                            String s = input + ";";
                            return s;
                        $$""";
            assertThat(texts(function + ";\nSELECT ks.fn(v) FROM t;")).containsExactly(function, "SELECT ks.fn(v) FROM t");
        }

        @Test
        void dollarQuotedStringsWorkOutsideFunctionBodiesToo() {
            assertThat(texts("INSERT INTO t (k, v) VALUES (1, $$it's; \"fine\"$$);DROP TABLE t;"))
                    .containsExactly("INSERT INTO t (k, v) VALUES (1, $$it's; \"fine\"$$)", "DROP TABLE t");
        }

        @Test
        void placeholdersAreOrdinaryText() {
            assertThat(texts("CREATE KEYSPACE ${keyspace} WITH replication = ${replication};USE ${keyspace};"))
                    .containsExactly("CREATE KEYSPACE ${keyspace} WITH replication = ${replication}", "USE ${keyspace}");
        }
    }

    @Nested
    class Batches {

        @Test
        void keepsABatchWholeWithItsInnerSemicolons() {
            String batch = """
                    BEGIN BATCH
                       INSERT INTO users (userid, password, name) VALUES ('user2', 'ch@ngem3b', 'second user');
                       UPDATE users SET password = 'ps22dhds' WHERE userid = 'user3';
                       INSERT INTO users (userid, password) VALUES ('user4', 'ch@ngem3c');
                       DELETE name FROM users WHERE userid = 'user1';
                    APPLY BATCH""";
            assertThat(split("USE ks;\n" + batch + ";\nSELECT * FROM users;"))
                    .extracting(CqlStatement::text, CqlStatement::line)
                    .containsExactly(tuple("USE ks", 1), tuple(batch, 2), tuple("SELECT * FROM users", 8));
        }

        @Test
        void recognisesUnloggedCounterAndLoggedBatchesInAnyCase() {
            for (String opening : List.of("BEGIN UNLOGGED BATCH", "begin counter batch", "Begin Logged Batch",
                    "BEGIN BATCH USING TIMESTAMP 1481124356754405")) {
                String batch = opening + "\n  UPDATE c SET n = n + 1 WHERE k = 1;\n  UPDATE c SET n = n + 2 WHERE k = 2;\napply batch";
                assertThat(texts(batch + ";DROP TABLE c;")).as(opening).containsExactly(batch, "DROP TABLE c");
            }
        }

        @Test
        void wordsApplyBatchInsideStringsOrCommentsDoNotCloseTheBatch() {
            String batch = "BEGIN BATCH\n"
                    + "INSERT INTO notes (k, v) VALUES (1, 'APPLY BATCH;');\n"
                    + "-- APPLY BATCH;\n"
                    + "INSERT INTO notes (k, v) VALUES (2, 'x');\n"
                    + "APPLY /* really */ BATCH";
            assertThat(texts(batch + ";\nDROP TABLE notes;")).containsExactly(batch, "DROP TABLE notes");
        }

        @Test
        void aBatchMayEndTheScriptWithoutSemicolon() {
            String batch = "BEGIN BATCH INSERT INTO t (k) VALUES (1); APPLY BATCH";
            assertThat(texts(batch)).containsExactly(batch);
        }

        @Test
        void aBatchWithoutInnerSemicolonsIsOneStatementToo() {
            String batch = "BEGIN BATCH INSERT INTO t (k) VALUES (1) INSERT INTO t (k) VALUES (2) APPLY BATCH";
            assertThat(texts(batch + ";")).containsExactly(batch);
        }

        @Test
        void beginFollowedByAnythingButAWordIsAnOrdinaryStatement() {
            assertThat(texts("BEGIN 'x' BATCH; BEGIN \"unlogged\" BATCH; DROP TABLE t;"))
                    .containsExactly("BEGIN 'x' BATCH", "BEGIN \"unlogged\" BATCH", "DROP TABLE t");
        }

        @Test
        void beginAndBatchAsIdentifiersElsewhereAreNotABatch() {
            assertThat(texts("SELECT begin, batch FROM t; UPDATE t SET apply = 1 WHERE batch = 2;"))
                    .containsExactly("SELECT begin, batch FROM t", "UPDATE t SET apply = 1 WHERE batch = 2");
        }
    }

    @Nested
    class Transactions {

        @Test
        void keepsACassandra6TransactionWhole() {
            String transaction = """
                    BEGIN TRANSACTION
                      LET fromBalance = (SELECT account_balance FROM cycling.cyclist_accounts WHERE account_holder = 'Alice MAYS');
                      IF fromBalance.account_balance >= 20 THEN
                        UPDATE cycling.cyclist_accounts SET account_balance -= 20 WHERE account_holder = 'Alice MAYS';
                        UPDATE cycling.cyclist_accounts SET account_balance += 20 WHERE account_holder = 'Bob PICKLE';
                      END IF
                    COMMIT TRANSACTION""";
            assertThat(split("SELECT * FROM cycling.cyclist_accounts;\n\n" + transaction + ";\nDROP TABLE cycling.cyclist_accounts;"))
                    .extracting(CqlStatement::text, CqlStatement::line)
                    .containsExactly(tuple("SELECT * FROM cycling.cyclist_accounts", 1), tuple(transaction, 3),
                            tuple("DROP TABLE cycling.cyclist_accounts", 10));
        }

        @Test
        void recognisesTransactionsInLowerCaseWithSelectAndNoSemicolonAtTheEnd() {
            String transaction = "begin transaction\n  let row = (select v from ks.t where k = 1);\n"
                    + "  select row.v;\n  if row.v is null then\n    insert into ks.t (k, v) values (1, 'first;');\n"
                    + "  end if\ncommit transaction";
            assertThat(texts(transaction)).containsExactly(transaction);
        }

        @Test
        void keepsTwoTransactionsWithCommentsAndQuotedSemicolonsApartFromEachOther() {
            String first = """
                    BEGIN TRANSACTION
                      -- the source must cover the amount; otherwise nothing happens
                      LET source = (SELECT balance FROM ks.accounts WHERE id = 1);
                      IF source.balance >= 30 THEN
                        UPDATE ks.accounts SET balance -= 30, note = 'moved; to 2' WHERE id = 1;
                        UPDATE ks.accounts SET balance += 30 WHERE id = 2;
                      END IF
                    COMMIT TRANSACTION""";
            String second = """
                    BEGIN TRANSACTION
                      INSERT INTO ks.accounts (id, balance) VALUES (3, 0); /* opened; empty */
                    COMMIT TRANSACTION""";
            assertThat(split(first + ";\n" + second + ";\nSELECT * FROM ks.accounts;"))
                    .extracting(CqlStatement::text, CqlStatement::line)
                    .containsExactly(tuple(first, 1), tuple(second, 9), tuple("SELECT * FROM ks.accounts", 12));
        }
    }

    @Nested
    class LineEndings {

        @Test
        void crlfScriptsGiveTheSamePositionsAsLf() {
            String lf = "-- setup\nCREATE TABLE t (\n  k int PRIMARY KEY\n);\n\n  INSERT INTO t (k) VALUES (1);\n";
            List<CqlStatement> fromLf = split(lf);
            List<CqlStatement> fromCrlf = split(lf.replace("\n", "\r\n"));
            assertThat(fromCrlf).extracting(CqlStatement::line, CqlStatement::column)
                    .containsExactly(tuple(2, 1), tuple(6, 3))
                    .isEqualTo(fromLf.stream().map(s -> tuple(s.line(), s.column())).toList());
            assertThat(fromCrlf).extracting(CqlStatement::text)
                    .containsExactly("CREATE TABLE t (\n  k int PRIMARY KEY\n)", "INSERT INTO t (k) VALUES (1)")
                    .isEqualTo(fromLf.stream().map(CqlStatement::text).toList());
        }

        @Test
        void multiLineStringsGetTheSameLineEndingsOnEveryCheckout() {
            assertThat(texts("INSERT INTO t (k, v) VALUES (1, 'one\r\ntwo\rthree');"))
                    .containsExactly("INSERT INTO t (k, v) VALUES (1, 'one\ntwo\nthree')");
        }

        @Test
        void loneCarriageReturnsEndLinesToo() {
            assertThat(split("USE a;\rUSE b;\r\rUSE c;")).extracting(CqlStatement::line)
                    .containsExactly(1, 2, 4);
        }

        @Test
        void columnsCountCharactersNotUtf16Units() {
            assertThat(split("INSERT INTO t (k, v) VALUES (1, '\uD83D\uDE00é'); USE ks;"))
                    .extracting(CqlStatement::column).containsExactly(1, 40);
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnterminatedStringIsReportedWhereItStarts() {
            ScriptException error = catchSplit("SELECT 1 FROM t;\nINSERT INTO t (k, v) VALUES (1, 'oops);\nDROP TABLE t;");
            assertThat(error.source()).isEqualTo(SOURCE);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(33);
            assertThat(error.failure()).isEqualTo(Failure.CONFIGURATION);
            assertThat(error).hasMessage(SOURCE + ":2:33: string 'oops); is never closed: expected a closing '"
                    + " but found the end of the script");
            assertThat(error.suggestion()).hasValue("Close the string with a ' (a quote inside a string is written '').");
        }

        @Test
        void anUnterminatedQuotedIdentifierIsReportedWhereItStarts() {
            assertSplitFails("SELECT \"Name FROM t;")
                    .satisfies(e -> assertThat(e.line()).isEqualTo(1))
                    .satisfies(e -> assertThat(e.column()).isEqualTo(8))
                    .withMessage(SOURCE + ":1:8: quoted identifier \"Name FROM t; is never closed:"
                            + " expected a closing \" but found the end of the script");
        }

        @Test
        void anUnterminatedBlockCommentIsReportedWhereItStarts() {
            assertSplitFails("USE ks;\n  /* TODO; later\nDROP TABLE t;")
                    .withMessage(SOURCE + ":2:3: block comment /* is never closed: expected */ but found the end of the script")
                    .satisfies(e -> assertThat(e.suggestion()).contains("Close the comment with */."));
        }

        @Test
        void anUnterminatedDollarBodyIsReportedWhereItStarts() {
            assertSplitFails("CREATE FUNCTION f(a int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java\n"
                    + "AS $$ return a; $;\nDROP TABLE t;")
                    .withMessage(SOURCE + ":2:4: function body $$ return a; $; is never closed: expected a closing $$"
                            + " but found the end of the script");
        }

        @Test
        void aBatchWithoutApplyBatchIsReportedAtItsBegin() {
            assertSplitFails("USE ks;\n\nBEGIN UNLOGGED BATCH\n  INSERT INTO t (k) VALUES (1);\n  INSERT INTO t (k) VALUES (2);\n")
                    .withMessage(SOURCE + ":3:1: BEGIN UNLOGGED BATCH is never closed: expected APPLY BATCH"
                            + " but found the end of the script")
                    .satisfies(e -> assertThat(e.suggestion()).contains("End the batch with APPLY BATCH;"));
        }

        @Test
        void aStatementThatCannotBeInABatchShowsWhereApplyBatchIsMissing() {
            assertSplitFails("BEGIN BATCH\n  INSERT INTO t (k) VALUES (1);\nCREATE TABLE u (k int PRIMARY KEY);\n")
                    .withMessage(SOURCE + ":1:1: BEGIN BATCH is never closed: expected APPLY BATCH but found CREATE"
                            + " at line 3, column 1 (a batch holds only INSERT, UPDATE and DELETE)");
        }

        @Test
        void aTransactionWithoutCommitIsReportedAtItsBegin() {
            assertSplitFails("  BEGIN TRANSACTION\n  LET a = (SELECT v FROM t WHERE k = 1);\n  SELECT a.v;\n")
                    .withMessage(SOURCE + ":1:3: BEGIN TRANSACTION is never closed: expected COMMIT TRANSACTION"
                            + " but found the end of the script");
        }

        @Test
        void aSecondTransactionBeforeCommitIsReported() {
            assertSplitFails("BEGIN TRANSACTION\n  SELECT v FROM t WHERE k = 1;\nBEGIN TRANSACTION\n  SELECT 1;\nCOMMIT TRANSACTION;")
                    .withMessage(SOURCE + ":1:1: BEGIN TRANSACTION is never closed: expected COMMIT TRANSACTION"
                            + " but found BEGIN at line 3, column 1");
        }

        @Test
        void textAfterApplyBatchNeedsASemicolonFirst() {
            assertSplitFails("BEGIN BATCH INSERT INTO t (k) VALUES (1); APPLY BATCH\nDROP TABLE t;")
                    .withMessage(SOURCE + ":2:1: found DROP TABLE t; after APPLY BATCH; expected ';'");
        }

        @Test
        void errorsInCrlfScriptsHaveLfPositions() {
            assertSplitFails("USE ks;\r\nSELECT 'x\r\n")
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(2, 8));
        }

        private ScriptException catchSplit(String text) {
            return org.assertj.core.api.Assertions.catchThrowableOfType(ScriptException.class, () -> split(text));
        }
    }

    @Test
    void splitsALargeScriptInLinearTime() {
        String insert = "INSERT INTO t (k, v) VALUES (1, 'a value; with a semicolon');\n";
        String script = insert.repeat(100_000);
        List<CqlStatement> statements = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> split(script));
        assertThat(statements).hasSize(100_000);
        assertThat(statements.get(99_999).line()).isEqualTo(100_000);
    }

    @Test
    void statementsAreImmutableValues() {
        CqlStatement statement = split("USE ks;").get(0);
        assertThat(statement).isEqualTo(new CqlStatement("USE ks", 1, 1));
        assertThat(statement.withText("USE other")).isEqualTo(new CqlStatement("USE other", 1, 1));
        assertThatThrownBy(() -> new CqlStatement("USE ks", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

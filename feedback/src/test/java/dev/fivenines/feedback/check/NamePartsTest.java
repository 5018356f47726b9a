package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePartsTest {

    @Test
    void aliasesWhenBracketsThenTheirTextsAndTheRestWithout() {
        assertThat(NameParts.aliases("Keyspace expires table (redisDb.expires) [db]")).containsExactly("redisDb.expires", "db");
        assertThat(NameParts.withoutAliases("Command dispatch (lookupCommand)")).isEqualTo("Command dispatch");
        assertThat(NameParts.withoutAliases("unclosed (paren")).isEqualTo("unclosed (paren");
    }

    @Test
    void titledWhenColonOrSpacedDashThenTitleAndDescription() {
        assertThat(NameParts.titled("raw: header pointing to a separate sds")).containsExactly("raw", "header pointing to a separate sds");
        assertThat(NameParts.titled("embstr - one allocation")).containsExactly("embstr", "one allocation");
        assertThat(NameParts.titled("look-up table")).isNull();
        assertThat(NameParts.titled("no separator at all")).isNull();
    }

    @Test
    void titledWhenAColonIsInsideAWordThenItNamesAKeyNotATitle() {
        assertThat(NameParts.titled("Main dict: user:7 -> hash")).containsExactly("Main dict", "user:7 -> hash");
        assertThat(NameParts.titled("user:7 -> hash")).isNull();
        assertThat(NameParts.titled("12:00:00 SET otp:42 v EX 60")).isNull();
        assertThat(NameParts.leadingClause("user:7 -> hash (unchanged)")).isEqualTo("user:7 -> hash (unchanged)");
    }

    @Test
    void titledWhenSeveralLinesThenTheFirstLineIsTheTitle() {
        assertThat(NameParts.titled("\"int\"\nSET n 1234567 / SET n -5")).containsExactly("\"int\"", "SET n 1234567 / SET n -5");
        assertThat(NameParts.titled("shared integers\nrefcount: INT_MAX")).containsExactly("shared integers", "refcount: INT_MAX");
        assertThat(NameParts.titled("\nonly one line")).isNull();
    }

    @Test
    void asWhatWhenAPhraseSaysAAsBThenB() {
        assertThat(NameParts.asWhat("Sorted set as skiplist")).isEqualTo("skiplist");
        assertThat(NameParts.asWhat("Hash as listpack")).isEqualTo("listpack");
        assertThat(NameParts.asWhat("hash table")).isNull();
        assertThat(NameParts.asWhat("as listpack")).isNull();
        assertThat(NameParts.asWhat("keys as")).isNull();
    }

    @Test
    void listItemsWhenJoinedThenEachItem() {
        assertThat(NameParts.listItems("dict + expires")).containsExactly("dict", "expires");
        assertThat(NameParts.listItems("dict | expires and ttl, keys/values")).containsExactly("dict", "expires", "ttl", "keys", "values");
        // a number after + is a sum ("len + 2 bytes" is the payload and its CRLF), not a second item
        assertThat(NameParts.listItems("Are len + 2 bytes buffered?")).containsExactly("Are len + 2 bytes buffered?");
        assertThat(NameParts.listItems("bulklen+2 bytes + argv")).containsExactly("bulklen+2 bytes", "argv");
        assertThat(NameParts.listItems("command handler")).containsExactly("command handler");
        assertThat(NameParts.listItems("Command executor (standalone)")).containsExactly("Command executor (standalone)");
    }

    @Test
    void listItemsWhenAComparisonThenSlashAndPlusAreArithmeticNotJoins() {
        assertThat(NameParts.listItems("expired*100/sampled > 10")).containsExactly("expired*100/sampled > 10");
        assertThat(NameParts.listItems("expired/sampled >10%")).hasSize(1);
        assertThat(NameParts.listItems("c->bulklen >= 0, copy argument")).containsExactly("c->bulklen >= 0", "copy argument");
        // an arrow and a placeholder are no comparison: the list still splits
        assertThat(NameParts.listItems("k -> v + expires")).containsExactly("k -> v", "expires");
        assertThat(NameParts.listItems("PEXPIREAT k <unix-ms> / SET k v PXAT <unix-ms>")).hasSize(2);
    }

    @Test
    void handedOverWhenAShortSubjectSendsOrReturnsThenWhatItHandsOver() {
        assertThat(NameParts.handedOver("A client sends EXPIRE or SET with EX")).isEqualTo("EXPIRE or SET with EX");
        assertThat(NameParts.handedOver("lookupKey returns NULL")).isEqualTo("NULL");
        assertThat(NameParts.handedOver("Client sent SET k v EX 30")).isEqualTo("SET k v EX 30");
        // no such verb, or a long clause before it: not a hand-over
        assertThat(NameParts.handedOver("delete from keyspace + expires")).isNull();
        assertThat(NameParts.handedOver("after the lookup the server finally sends nil")).isNull();
    }

    @Test
    void handOverWhenAStepGetsRunsOrStartsWithItsVerbThenSubjectAndWhatItHandsOver() {
        assertThat(NameParts.handOver("The app got nil")).containsExactly("The app", "nil");
        assertThat(NameParts.handOver("The client runs EXPIRE k 60")).containsExactly("The client", "EXPIRE k 60");
        // a list's part going on with the same subject has none of its own
        assertThat(NameParts.handOver("gets an absolute deadline")).containsExactly("", "an absolute deadline");
        // a negated verb hands nothing over
        assertThat(NameParts.handOver("A replica never runs the cycle")).isNull();
    }

    @Test
    void handedOverWhenTheVerbIsInAnotherCaseThenTheCheapPreCheckStillLetsThePatternRun() {
        // the pattern is case-insensitive, and RE2/J folds the long s (\u017f) into s
        assertThat(NameParts.handedOver("lookupKey RETURNS NULL")).isEqualTo("NULL");
        assertThat(NameParts.handedOver("Client \u017fENDS PING")).isEqualTo("PING");
    }

    @Test
    void scansWhenHugeInputThenOneItemAndTheTextKept() {
        String spaces = " ".repeat(200_000);
        assertThat(NameParts.listItems(spaces + "x")).hasSize(1);
        assertThat(NameParts.withoutAliases("(".repeat(100_000))).hasSize(100_000);
    }
}

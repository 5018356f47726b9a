package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.feedback.FeedbackReport;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Reading;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Tutorial;
import dev.fivenines.feedback.review.DiagramReviewService;
import org.junit.jupiter.api.Test;

/**
 * The reader on the real key-value-core rubric, through the compiler: what issue 14 asks of it,
 * one capability per test (a class settles a role; inflections, negation and contradiction in
 * labels; arrows into containers; reading.roles explains itself).
 */
class ReaderTest {

    private static final Tutorial KV = YamlTutorialCatalog.bundled().find("single-node-key-value-core").orElseThrow();
    private static final Tutorial EXPIRATION = YamlTutorialCatalog.bundled().find("expiration-system").orElseThrow();
    private static final Tutorial OBJECT_MODEL = YamlTutorialCatalog.bundled().find("redis-object-model").orElseThrow();
    private static final Tutorial RESP = YamlTutorialCatalog.bundled().find("resp-protocol-parser").orElseThrow();
    private static final DiagramReviewService REVIEW = new DiagramReviewService();

    /** A correct trace whose executor line is given by the caller. */
    private static String trace(String executorDeclaration, String executorId) {
        return """
                shape: sequence_diagram
                client: Client
                parser: RESP parser
                %s
                dict: Keyspace dict
                expires: Expires table
                client -> parser: SET k v
                parser -> %2$s: argv SET k v
                %2$s -> dict: k stored
                %2$s -> expires: old TTL of k removed
                %2$s -> client: OK
                client -> parser: GET k
                parser -> %2$s: argv GET k
                %2$s -> dict: k looked up
                %2$s -> client: v
                client -> parser: DEL k
                parser -> %2$s: argv DEL k
                %2$s -> dict: k deleted
                %2$s -> expires: k deleted
                %2$s -> client: (integer) 1
                client -> parser: GET k
                parser -> %2$s: argv GET k
                %2$s -> dict: k not found
                %2$s -> client: (nil)
                """.formatted(executorDeclaration, executorId);
    }

    /** A blind corpus diagram, by its path under the corpus folder. */
    private static String corpusFile(String path) throws java.io.IOException {
        return java.nio.file.Files.readString(CorpusTest.CORPUS.resolve(path));
    }

    private static Finding finding(FeedbackReport r, String id) {
        return r.findings().stream().filter(f -> f.criterionId().equals(id)).findFirst().orElseThrow();
    }

    private static Reading.RoleReading role(FeedbackReport r, String name) {
        return r.reading().roles().stream().filter(x -> x.role().equals(name)).findFirst().orElseThrow();
    }

    /** The ids of the elements read as playing the role. */
    private static java.util.List<String> ids(FeedbackReport r, String role) {
        return role(r, role).elements().stream().map(Reading.ReadElement::id).toList();
    }

    @Test
    void readWhenPastTenseLabelsThenEveryCriterionPasses() {
        FeedbackReport r = REVIEW.analyze(KV, trace("exec: Command executor", "exec"));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.verdict()).as(f.message()).isEqualTo(Verdict.PASS));
        assertThat(r.summary().nextRevision()).startsWith("Everything this rubric checks holds up. To go further:");
    }

    @Test
    void readWhenAnElementNoNameExplainsThenAQuestionNamingTheClassAndTheClassSettlesIt() {
        // two unnamed boxes do exactly the same, so neither name nor position can tell which executes
        String unexplained = """
                shape: sequence_diagram
                client: Client
                parser: RESP parser
                u3
                w9
                dict: Keyspace dict
                expires: Expires table
                client -> parser: SET k v
                parser -> u3: argv
                parser -> w9: argv
                u3 -> dict: k stored
                w9 -> dict: k stored
                u3 -> expires: TTL removed
                w9 -> expires: TTL removed
                u3 -> client: OK
                w9 -> client: OK
                """;
        FeedbackReport asked = REVIEW.analyze(KV, unexplained);
        Finding participants = finding(asked, "participants");
        assertThat(participants.verdict()).isEqualTo(Verdict.UNCLEAR);
        assertThat(participants.message()).contains("Which participant is the command executor?").contains("`class: executor`");
        assertThat(role(asked, "executor").elements()).isEmpty();

        FeedbackReport settled = REVIEW.analyze(KV, unexplained + "u3.class: executor\n");
        assertThat(finding(settled, "participants").verdict()).isEqualTo(Verdict.PASS);
        assertThat(finding(settled, "parse-before-execute").verdict()).isEqualTo(Verdict.PASS);
        Reading.RoleReading executor = role(settled, "executor");
        assertThat(executor.elements()).extracting(Reading.ReadElement::id).containsExactly("u3");
        assertThat(executor.confidence()).isEqualTo(1.0);
        assertThat(executor.why()).isEqualTo("class: its class \u201cexecutor\u201d");
    }

    @Test
    void readWhenOneRoleIsMissingThenOneFindingAndQuestionsNotAChainOfMissing() {
        String noExpires = trace("exec: Command executor", "exec").replace("expires: Expires table\n", "")
                .replace("exec -> expires: old TTL of k removed\n", "").replace("exec -> expires: k deleted\n", "");
        FeedbackReport r = REVIEW.analyze(KV, noExpires);
        assertThat(finding(r, "participants").verdict()).isEqualTo(Verdict.MISSING);
        assertThat(finding(r, "set-clears-ttl").verdict()).isEqualTo(Verdict.UNCLEAR);
        assertThat(finding(r, "set-clears-ttl").message()).contains("see \u201cThe parts of the server are there\u201d");
        assertThat(r.summary().missing()).containsExactly("The parts of the server are there");
    }

    @Test
    void readWhenALabelNegatesTheActionThenItDoesNotCount() {
        String negated = trace("exec: Command executor", "exec").replace("exec -> expires: k deleted",
                "exec -> expires: k is never deleted here");
        assertThat(finding(REVIEW.analyze(KV, negated), "del-unlinks-key").verdict()).isIn(Verdict.MISSING, Verdict.BROKEN);
    }

    @Test
    void readWhenAReplySaysOkBesidesDeletedThenTheIntegerReplyIsBroken() {
        String ok = trace("exec: Command executor", "exec").replace("exec -> client: (integer) 1", "exec -> client: OK (key deleted)");
        Finding count = finding(REVIEW.analyze(KV, ok), "del-replies-count");
        assertThat(count.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(count.message()).contains("OK (key deleted)");
    }

    @Test
    void readWhenArrowsGoIntoAContainerThenTheyReachItsParts() {
        String contained = """
                shape: sequence_diagram
                client: Client
                server: Redis server {
                  parser: RESP parser
                  exec: Command executor
                }
                dict: Keyspace dict
                expires: Expires table
                client -> server: SET k v
                server.parser -> server.exec: argv SET k v
                server.exec -> dict: write k
                """;
        FeedbackReport r = REVIEW.analyze(KV, contained);
        assertThat(finding(r, "parse-before-execute").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void readWhenNamesAreHeadNounsOrListsThenEachElementGetsItsRole() {
        String names = trace("exec: Command executor", "exec").replace("expires: Expires table", "expires: Keyspace expires")
                .replace("dict: Keyspace dict", "dict: redisDb (dict)");
        FeedbackReport r = REVIEW.analyze(KV, names);
        assertThat(ids(r, "expires-table")).containsExactly("expires");
        assertThat(ids(r, "keyspace")).containsExactly("dict");

        String merged = trace("exec: Command executor", "exec").replace("expires: Expires table\n", "")
                .replace("dict: Keyspace dict", "dict: \"redisDb (dict + expires)\"").replace("-> expires:", "-> dict:");
        FeedbackReport one = REVIEW.analyze(KV, merged);
        assertThat(ids(one, "expires-table")).containsExactly("dict");
        assertThat(finding(one, "participants").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void readWhenALabelHasExampleLinesATitleListOrAnAsPhraseThenTheThingItNamesIsRead() {
        String labels = """
                num: "\\"int\\"\\nSET n 42 / SET s 7"
                big: "Sorted set as skiplist + dict"
                small: "ZSET / LISTPACK: small zset"
                """;
        FeedbackReport r = REVIEW.analyze(OBJECT_MODEL, labels);
        // the example line says "set", the first line says what it is
        assertThat(ids(r, "int-encoding")).containsExactly("num");
        assertThat(role(r, "set-type").elements()).isEmpty();
        // "A as B" is B, even when A is a longer name than B
        assertThat(ids(r, "skiplist")).containsExactly("big");
        // a title that lists two things plays both, however short its note
        assertThat(ids(r, "listpack")).containsExactly("small");
        assertThat(ids(r, "zset-type")).containsExactly("small");
    }

    @Test
    void readWhenATitlesDescriptionStartsWithAShortNameBeforeItsOwnDashThenTheTitleAndThatNameAreOnePhrase() {
        String labels = """
                list_quicklist: "list: quicklist (linked list of listpack nodes) - 7.0: EVERY list"
                int_enc: "int - canonical 64-bit integer kept in ptr"
                """;
        FeedbackReport r = REVIEW.analyze(OBJECT_MODEL, labels);
        // "list: quicklist" is the quicklist by its head; the detail after the dash does not decide
        assertThat(ids(r, "quicklist")).containsExactly("list_quicklist");
        assertThat(role(r, "list-type").elements()).isEmpty();
        // a description of three or more words still leaves the title to decide
        assertThat(ids(r, "int-encoding")).containsExactly("int_enc");
    }

    @Test
    void readWhenAPathThatMustNotExistIsDrawnThenTheMessageSaysWhatItWasAbout() {
        String listpackIn70 = """
                list: "list type"
                lp: "listpack: small lists, since 7.0"
                list -> lp
                """;
        Finding versions = finding(REVIEW.analyze(OBJECT_MODEL, listpackIn70), "thresholds-and-versions");
        assertThat(versions.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(versions.message()).contains("a path from the list type to the listpack encoding about \u201csince 7.0\u201d");
    }

    @Test
    void readWhenAMarkdownBlockMentionsARoleThenItPlaysNone() {
        // a |md| block is D2's note outside sequence diagrams: it explains, it is not the keyspace
        String withNote = trace("exec: Command executor", "exec") + """
                explain: |md
                  The keyspace dict maps each key to its value.
                |
                """;
        FeedbackReport r = REVIEW.analyze(KV, withNote);
        assertThat(ids(r, "keyspace")).containsExactly("dict");
    }

    @Test
    void readWhenBareTextNamesARoleThenItPlaysNone() {
        // a caption drawn as shape: text, even joined to a step by a dashed line, is no participant
        String withCaption = trace("exec: Command executor", "exec") + """
                cap: "keyspace dict tuning: hash-max-listpack-entries" {shape: text}
                cap -> dict {style.stroke-dash: 3}
                """;
        assertThat(ids(REVIEW.analyze(KV, withCaption), "keyspace")).containsExactly("dict");
    }

    @Test
    void readWhenAnUnconnectedSentenceMentionsARoleThenItPlaysNone() {
        // a remark drawn as a plain shape, no arrow to it: commentary, not the lookup
        String withRemark = trace("exec: Command executor", "exec") + """
                why: "The keyspace dict is where every lookup finds a value by its key." {shape: page}
                aof: "AOF"
                """;
        FeedbackReport r = REVIEW.analyze(KV, withRemark);
        assertThat(ids(r, "keyspace")).containsExactly("dict");
        // the same sentence on an arrow's end is a step, and is read
        FeedbackReport connected = REVIEW.analyze(KV, withRemark + "exec -> why\n");
        assertThat(ids(connected, "keyspace")).contains("why");
        // and so is the same sentence drawn as a part of a container
        String inBox = """
                server: "Server" {
                  why: "The keyspace dict is where every lookup finds a value by its key."
                }
                """;
        FeedbackReport part = REVIEW.analyze(EXPIRATION, inBox);
        assertThat(ids(part, "keyspace")).contains("server.why");
        // but inside a frame around a flow whose other parts are joined by arrows, it is a remark again
        String inFrame = """
                server: "Redis server" {
                  exec: Command executor
                  dict: "Keyspace dict"
                  exec -> dict: "write k"
                  why: "The keyspace dict is where every lookup finds a value by its key."
                }
                """;
        FeedbackReport framed = REVIEW.analyze(KV, inFrame);
        assertThat(ids(framed, "keyspace")).containsExactly("server.dict");
    }

    @Test
    void readWhenTheWholeFlowIsFramedInOneBoxThenEliminationChoosesAmongTheFramesParts() throws java.io.IOException {
        // a state machine whose one unexplained state ("Reading paused") is the one role still sought
        String flow = corpusFile("resp-protocol-parser/heldout2/flawed/10-querybuf-limit-throttles.d2").replace("direction: down", "");
        assertThat(ids(REVIEW.analyze(RESP, flow), "wait-for-bytes")).containsExactly("Paused");
        // the same states inside one frame ("Host 10.0.0.5"): the frame is no participant
        FeedbackReport r = REVIEW.analyze(RESP, "host: \"Host 10.0.0.5\" {\n" + flow.indent(2) + "}\n");
        assertThat(ids(r, "wait-for-bytes")).containsExactly("host.Paused");
        assertThat(role(r, "wait-for-bytes").why()).startsWith("elimination");
    }

    @Test
    void readWhenAnElementIsRestrictedToTheGateByItsOwnQualifierThenWaysThroughItPassTheGate() throws java.io.IOException {
        String minimal = corpusFile("expiration-system/heldout4/correct/01-minimal.d2");
        assertThat(minimal).contains("activeExpireCycle (master only)");
        // "(master only)" places the cycle behind the master check, as drawing it inside the master would
        assertThat(finding(REVIEW.analyze(EXPIRATION, minimal), "replicas-wait-for-master").verdict()).isEqualTo(Verdict.PASS);
        Finding unguarded = finding(REVIEW.analyze(EXPIRATION, minimal.replace("activeExpireCycle (master only)", "activeExpireCycle")),
                "replicas-wait-for-master");
        assertThat(unguarded.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(unguarded.message()).contains("skips the master or replica decision");
        // naming the master without restricting to it restricts nothing
        assertThat(finding(REVIEW.analyze(EXPIRATION, minimal.replace("activeExpireCycle (master only)",
                "activeExpireCycle (master and each replica)")), "replicas-wait-for-master").verdict()).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void readWhenAnUnconnectedPartCountsItsWordsThenArrowsAndDashesAreNoWords() {
        // "Main dict: user:7 -> hash (unchanged by PEXPIRE)" names a table and an example entry: seven
        // words and an arrow, not an eight-word remark, though its database box has a joined part
        String tables = """
                db: "Database 0" {
                  main: "Main dict: user:7 -> hash (unchanged by PEXPIRE)"
                  exp: "Expires dict: user:7 -> 1718000005000"
                }
                set: "PEXPIRE user:7 5000"
                set -> db.exp: "deadline stored"
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, tables);
        assertThat(ids(r, "keyspace")).containsExactly("db.main");
        // with an eighth word it is a remark inside the frame again
        FeedbackReport remark = REVIEW.analyze(EXPIRATION,
                tables.replace("(unchanged by PEXPIRE)", "(left unchanged by PEXPIRE)"));
        assertThat(ids(remark, "keyspace")).isEmpty();
    }

    @Test
    void readWhenAStepActsOnAListOrItsTitleNamesNothingThenTheStepIsRead() {
        String labels = """
                zap: "delete from keyspace + expires\\n'expired' event fired"
                both: "replicas + AOF"
                rm: "del kv+ttl\\n'expired' evt"
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, labels);
        // a verb, then a list of objects: one deletion acting on both dicts, not the two dicts
        assertThat(ids(r, "key-deletion")).contains("zap");
        assertThat(ids(r, "keyspace")).doesNotContain("zap");
        // a list of names still plays each
        assertThat(ids(r, "replication")).containsExactly("both");
        assertThat(ids(r, "aof")).containsExactly("both");
        // a detail line ("'expired' evt") alone does not say what a step with an unreadable title is
        assertThat(ids(r, "deadline-check")).doesNotContain("rm");
    }

    @Test
    void readWhenAnArrowReachesAPartOfTheReplicasBoxThenItReachesTheReplica() {
        String intoReplica = """
                ttl: "SET k v EX 30"
                replica: "replica" {
                  copy: "dict + expires copy" {shape: cylinder}
                }
                ttl -> replica.copy: "SET k v PXAT <deadline>"
                """;
        assertThat(finding(REVIEW.analyze(EXPIRATION, intoReplica), "ttl-propagated-absolute").verdict()).isEqualTo(Verdict.PASS);
        // the same copy outside any replica is not the replication
        String nowhere = intoReplica.replace("replica: \"replica\" {", "server: \"server\" {").replace("replica.copy", "server.copy");
        assertThat(finding(REVIEW.analyze(EXPIRATION, nowhere), "ttl-propagated-absolute").verdict()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void readWhenATableNamesNothingButItsColumnsNameRolesThenItPlaysThemAndAnArrowReachesItsColumn() {
        String table = """
                cron: serverCron
                take: "sample up to 20 keys with a TTL"
                db: "redisDb" {
                  shape: sql_table
                  dict: "key -> value"
                  expires: "key -> deadline (ms)"
                }
                cron -> take
                take -> db.expires: "walk"
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, table);
        assertThat(ids(r, "keyspace")).containsExactly("db");
        assertThat(ids(r, "expires-dict")).containsExactly("db");
        String keyspaceEdge = "a connection from the sampling step to the keyspace dict";
        assertThat(finding(r, "active-cycle-samples").message()).doesNotContain(keyspaceEdge);
        Finding fromDict = finding(REVIEW.analyze(EXPIRATION, table.replace("db.expires", "db.dict")), "active-cycle-samples");
        assertThat(fromDict.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(fromDict.message()).contains(keyspaceEdge);
        // drawn the other way, out of a column: the expires column is not the keyspace
        String outOfColumn = table.replace("take -> db.expires: \"walk\"", "db.expires -> take: \"sampled\"");
        assertThat(finding(REVIEW.analyze(EXPIRATION, outOfColumn), "active-cycle-samples").message()).doesNotContain("keyspace dict to the sampling");
        Finding outOfDict = finding(REVIEW.analyze(EXPIRATION, outOfColumn.replace("db.expires", "db.dict")), "active-cycle-samples");
        assertThat(outOfDict.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(outOfDict.message()).contains("a connection from the keyspace dict to the sampling step");
    }

    @Test
    void readWhenAStepSendsOrReturnsSomethingThenItIsWhatItHandsOver() {
        String steps = """
                a: "A client sends EXPIRE k 60"
                b: "lookupKey returns NULL"
                c: "The client"
                """;
        FeedbackReport r = REVIEW.analyze(EXPIRATION, steps);
        assertThat(ids(r, "ttl-command")).containsExactly("a");
        assertThat(ids(r, "missing-reply")).containsExactly("b");
        assertThat(ids(r, "key-lookup")).doesNotContain("b");
        assertThat(ids(r, "client")).containsExactly("c");
    }

    @Test
    void readWhenACycleBoxHoldsItsSamplingWithNoMasterCheckThenItSkipsTheMasterCheck() {
        String replicaCycle = """
                master: "Master" {
                  del: "delete the expired key"
                  cycle: "activeExpireCycle" {
                    sample: "sample up to 20 keys with a TTL"
                  }
                }
                replica: "Replica" {
                  cycle: "activeExpireCycle on the replica" {
                    sample: "sample up to 20 keys with a TTL"
                  }
                }
                """;
        Finding ownCycle = finding(REVIEW.analyze(EXPIRATION, replicaCycle), "replicas-wait-for-master");
        assertThat(ownCycle.verdict()).as(ownCycle.message()).isEqualTo(Verdict.BROKEN);
        assertThat(ownCycle.message()).contains("skips the master or replica decision");
        // the cycle only inside the master's box is behind the master check
        String masterOnly = replicaCycle.substring(0, replicaCycle.indexOf("replica: "));
        assertThat(finding(REVIEW.analyze(EXPIRATION, masterOnly), "replicas-wait-for-master").message())
                .doesNotContain("skips the master or replica decision");
    }

    @Test
    void readWhenAnArrowIntoAMergedStoreNamesOneTableThenItReachesThatTable() {
        String merged = """
                cron: serverCron
                take: "sample up to 20 keys with a TTL"
                db: "redisDb (dict: key → value | expires: key → deadline)" {shape: stored_data}
                cron -> take
                take -> db: "read expires"
                """;
        String keyspaceEdge = "a connection from the sampling step to the keyspace dict";
        assertThat(finding(REVIEW.analyze(EXPIRATION, merged), "active-cycle-samples").message()).doesNotContain(keyspaceEdge);
        String readsDict = merged.replace("read expires", "read dict");
        Finding fromDict = finding(REVIEW.analyze(EXPIRATION, readsDict), "active-cycle-samples");
        assertThat(fromDict.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(fromDict.message()).contains(keyspaceEdge);
    }

    @Test
    void readWhenTheLookupReachesTheDeletionOnlyThroughTheClientThenThatIsALaterCommand() {
        String onlyHides = """
                cli: client
                get: "GET k"
                chk: "now > deadline?" {shape: diamond}
                hide: "answer nil, keep k"
                cycle: "delete k, propagate DEL"
                cli -> get -> chk
                chk -> hide: yes
                chk -> ok: no
                hide -> cli: nil
                cli -> cycle: "later command"
                """;
        Finding f = finding(REVIEW.analyze(EXPIRATION, onlyHides), "passive-expiry-on-access");
        assertThat(f.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(f.message()).contains("goes through the client");
        // without a client drawn, a way from the lookup to the deletion is all that is asked
        String noClient = """
                get: "GET k"
                chk: "now > deadline?" {shape: diamond}
                hide: "answer nil, keep k"
                cycle: "delete k, propagate DEL"
                get -> chk
                chk -> hide: yes
                chk -> ok: no
                hide -> cycle
                """;
        assertThat(finding(REVIEW.analyze(EXPIRATION, noClient), "passive-expiry-on-access").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void readWhenOneKeyAccessNeverReachesTheDeadlineCheckThenEveryAccessIsNotChecked() {
        String writesSkip = """
                cli: client
                kind: "read command?" {shape: diamond}
                write: "write command: modify k in place"
                get: "GET k"
                chk: "now > deadline?" {shape: diamond}
                del: "delete k, propagate DEL"
                dict: "main dict" {shape: cylinder}
                cli -> kind
                kind -> get: yes
                kind -> write: no
                write -> dict
                write -> cli: ":11"
                get -> chk
                chk -> del: yes
                chk -> ok: no
                del -> nil
                nil: "(nil)"
                """;
        // the write's only way to the check is back through the client, as a later command
        Finding f = finding(REVIEW.analyze(EXPIRATION, writesSkip), "passive-expiry-on-access");
        assertThat(f.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(f.message()).contains("\u201cwrite command: modify k in place\u201d is the key lookup, but no way from it reaches the deadline check");
        String writesChecked = writesSkip.replace("write -> dict\n", "write -> chk\n");
        assertThat(finding(REVIEW.analyze(EXPIRATION, writesChecked), "passive-expiry-on-access").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void readWhenATitleIsAConditionThenTheStateIsWhatFollowsIt() {
        // source-style labels: the guard names the variable tested, the words after it name the state
        FeedbackReport r = REVIEW.analyze(RESP, """
                direction: down
                start: processInputBuffer()
                count: 'c->multibulklen == 0: parse *<n>'
                len: 'c->bulklen == -1: parse $<len>'
                copy: 'c->bulklen >= 0: copy argument'
                start -> count: "'*'"
                count -> len
                len -> copy
                copy -> len: more arguments
                """);
        assertThat(ids(r, "array-header")).containsExactly("count");
        assertThat(ids(r, "bulk-length")).containsExactly("len");
        assertThat(ids(r, "payload")).containsExactly("copy");
    }

    @Test
    void readWhenANameCitesASettingThenTheSettingsWordsPlayNoRole() {
        // proto-max-bulk-len is a limit: a size check citing it is not the bulk length state
        FeedbackReport r = REVIEW.analyze(RESP, """
                direction: down
                len: 'Bulk header: $3'
                data: 'Bulk data: SET + 2 skipped bytes'
                check: 'Argument size check: proto-max-bulk-len' {shape: diamond}
                lenmax: 'bulk len (proto-max-bulk-len)'
                len -> data
                data -> check
                """);
        assertThat(ids(r, "bulk-length")).containsExactlyInAnyOrder("len", "lenmax");
    }

    @Test
    void readWhenAnAliasClipsTheWordsOfASynonymThenItPlaysThatRole() {
        // "-ERR proto" clips "protocol error" (in any order); "ok go" clips nothing
        FeedbackReport r = REVIEW.analyze(RESP, """
                direction: right
                BL: 'BL ($len)'
                PERR: PERR (-ERR proto)
                XY: XY (ok go)
                CLS: CLS (closed)
                BL -> PERR: 'not $'
                PERR -> CLS: 'reply sent'
                BL -> XY
                """);
        assertThat(ids(r, "protocol-error")).containsExactly("PERR");
        assertThat(r.reading().roles()).noneSatisfy(x -> assertThat(x.elements()).anySatisfy(e -> assertThat(e.id()).isEqualTo("XY")));
    }

    @Test
    void readWhenATableListsKindsOfWhatItNamesThenItsRowsPlayThemAndAPathFollowsTheRowItTakes() {
        String tables = """
                types: "Logical type" {
                  shape: sql_table
                  string: "int | embstr | raw"
                  list: "quicklist"
                  hash: "listpack | hashtable"
                }
                strenc: "String encodings" {
                  shape: sql_table
                  int: "canonical int64"
                  embstr: "<= 44 bytes"
                  raw: "> 44 bytes"
                }
                enc: "Aggregate encodings" {
                  shape: sql_table
                  hash_listpack: "compact"
                  list_quicklist: "every list in 7.0"
                }
                types.string -> strenc
                types.hash -> enc.hash_listpack
                types.list -> enc.list_quicklist
                """;
        FeedbackReport r = REVIEW.analyze(OBJECT_MODEL, tables);
        assertThat(ids(r, "string-type")).contains("strenc");
        assertThat(ids(r, "int-encoding")).containsExactly("strenc");
        assertThat(ids(r, "raw-encoding")).containsExactly("strenc");
        // the list row leads to the quicklist row, not to the listpack row beside it (nor does the hash row count)
        String listToListpack = "a path from the list type to the listpack encoding";
        assertThat(finding(r, "thresholds-and-versions").message()).doesNotContain(listToListpack);
        Finding wrongRow = finding(REVIEW.analyze(OBJECT_MODEL, tables.replace("types.list -> enc.list_quicklist", "types.list -> enc.hash_listpack")),
                "thresholds-and-versions");
        assertThat(wrongRow.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(wrongRow.message()).contains(listToListpack);
    }
}

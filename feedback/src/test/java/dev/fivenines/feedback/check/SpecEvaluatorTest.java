package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.domain.tutorial.Spec;
import dev.fivenines.feedback.check.Outcome.Status;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpecEvaluatorTest {

    static final Map<String, Role> ROLES = roles();

    private static Map<String, Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("client", new Role("client", List.of("client", "redis-cli"), List.of()));
        roles.put("parser", new Role("parser", List.of("parser", "query buffer"), List.of("pars(e|er|ing)")));
        roles.put("executor", new Role("executor", List.of("executor", "call"), List.of()));
        roles.put("keyspace", new Role("keyspace", List.of("keyspace", "dict", "redisDb"), List.of()));
        roles.put("expires", new Role("expires", List.of("expires", "expires dict"), List.of()));
        roles.put("decider", new Role("decider", List.of("expired"), List.of()));
        roles.put("object", new Role("object", List.of("robj", "redis object"), List.of()));
        return roles;
    }

    private static Outcome eval(Board board, Spec spec) {
        return new SpecEvaluator(new DiagramView(board, ROLES)).evaluate(spec);
    }

    private static Spec.Edge edge(String from, String to, String... label) {
        return new Spec.Edge(from, to, List.of(label));
    }

    static Diagrams core() {
        return Diagrams.sequence()
                .shape("c", "Client")
                .shape("p", "RESP parser")
                .shape("x", "Command executor")
                .shape("db", "Keyspace (redisDb.dict)")
                .shape("ttl", "Expires dict");
    }

    @Nested
    class RoleExists {
        @Test
        void roleWhenLabelMatchesThenHoldsWithThatShapeAsEvidence() {
            Outcome o = eval(core().build(), new Spec.RoleExists("parser"));
            assertThat(o.status()).isEqualTo(Status.HOLDS);
            assertThat(o.evidence()).extracting(Element::id).containsExactly("p");
        }

        @Test
        void roleWhenTwoRolesMatchThenLongestMatchWins() {
            Board board = core().build();
            assertThat(eval(board, new Spec.RoleExists("keyspace")).evidence()).extracting(Element::id).containsExactly("db");
            assertThat(eval(board, new Spec.RoleExists("expires")).evidence()).extracting(Element::id).containsExactly("ttl");
        }

        @Test
        void roleWhenAbsentThenMissing() {
            Board board = Diagrams.sequence().shape("client", "Client").shape("server", "Redis server").build();
            assertThat(eval(board, new Spec.RoleExists("keyspace")).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void roleWhenOnlyUnnamedShapesCouldPlayItThenUnclear() {
            Board board = Diagrams.sequence().shape("client", "Client").shape("a", "a").shape("b", "b").build();
            assertThat(eval(board, new Spec.RoleExists("keyspace")).status()).isEqualTo(Status.UNCLEAR);
        }

        @Test
        void roleWhenOnlyANoteMentionsItThenMissing() {
            Board board = Diagrams.sequence().shape("client", "Client").note("n", "writes go to the keyspace", "client").build();
            assertThat(eval(board, new Spec.RoleExists("keyspace")).status()).isEqualTo(Status.MISSING);
        }
    }

    @Nested
    class EdgePredicate {
        @Test
        void edgeWhenLabelAndEndpointsMatchThenHolds() {
            Board board = core().edge("x", "db", "dbAdd k").build();
            Outcome o = eval(board, edge("executor", "keyspace", "set", "add"));
            assertThat(o.status()).isEqualTo(Status.HOLDS);
            assertThat(o.evidence()).extracting(Element::id).containsExactly("(x -> db)[0]");
        }

        @Test
        void edgeWhenSpanEndpointThenActsForItsActor() {
            Board board = core().shape("x.t1", "", "rectangle", "x").edge("x.t1", "db", "write k").build();
            assertThat(eval(board, edge("executor", "keyspace", "write")).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void edgeWhenNamedSpanThenPlaysItsOwnRole() {
            Board board = core().shape("db.expires", "", "rectangle", "db").edge("x", "db.expires", "remove k").build();
            assertThat(eval(board, edge("executor", "expires", "remove")).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(board, edge("executor", "keyspace", "remove")).status()).isNotEqualTo(Status.HOLDS);
        }

        @Test
        void transitionWhenStatesMatchThenHoldsAndWhenReversedThenBroken() {
            Board board = Diagrams.plain().shape("q", "Query buffer").shape("x", "Executor").edge("q", "x", "complete").build();
            assertThat(eval(board, new Spec.Transition("parser", "executor", List.of("complete"))).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(board, new Spec.Transition("executor", "parser", List.of("complete"))).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void edgeWhenArrowReversedThenBroken() {
            Board board = core().edge("db", "x", "write k").build();
            Outcome o = eval(board, edge("executor", "keyspace", "write"));
            assertThat(o.status()).isEqualTo(Status.BROKEN);
            assertThat(o.problem()).contains("other way");
        }

        @Test
        void edgeWhenBackArrowSyntaxThenDirectionFollowsTheArrowhead() {
            Board board = core().edge("db", "x", "write k", "triangle", "none").build();
            assertThat(eval(board, edge("executor", "keyspace", "write")).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void edgeWhenLabelledMessageGoesElsewhereThenBroken() {
            Board board = core().edge("x", "ttl", "write k").build();
            Outcome o = eval(board, edge("executor", "keyspace", "write"));
            assertThat(o.status()).isEqualTo(Status.BROKEN);
            assertThat(o.evidence()).extracting(Element::id).containsExactly("(x -> ttl)[0]");
        }

        @Test
        void edgeWhenLabelledMessageIsRelayedLaterToTheTargetThenUnclearNotBroken() {
            Board board = core().shape("h", "setKey helper").edge("x", "h", "set k").edge("h", "db", "k").build();
            Outcome o = eval(board, edge("executor", "keyspace", "set"));
            assertThat(o.status()).isEqualTo(Status.UNCLEAR);
            assertThat(o.problem()).contains("only through another participant");
        }

        @Test
        void edgeWhenTheSenderHandsOffAndRepliesBeforeTheTargetIsReachedThenBroken() {
            // the executor queues the delete for a background thread and answers the client first:
            // whatever the thread does to the dict later is not the executor's delete
            Board board = core().shape("bio", "background thread")
                    .edge("x", "bio", "queue k for deletion").edge("x", "c", "(integer) 1").edge("bio", "db", "remove k").build();
            assertThat(eval(board, edge("executor", "keyspace", "remove")).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void edgeWhenTheSenderWaitsForTheRelayThenUnclear() {
            Board board = core().shape("bio", "background thread")
                    .edge("x", "bio", "queue k for deletion").edge("bio", "db", "remove k").edge("x", "c", "(integer) 1").build();
            assertThat(eval(board, edge("executor", "keyspace", "remove")).status()).isEqualTo(Status.UNCLEAR);
        }

        @Test
        void edgeWhenTheOnlyOnwardMessageCameEarlierThenBroken() {
            Board board = core().shape("h", "setKey helper").edge("h", "db", "k").edge("x", "h", "set k").build();
            assertThat(eval(board, edge("executor", "keyspace", "set")).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void edgeWhenNoSuchMessageThenMissing() {
            Board board = core().edge("c", "p", "SET k v").build();
            assertThat(eval(board, edge("executor", "keyspace", "write")).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void edgeWhenEndpointRoleMissingThenMissingNamesTheRole() {
            Board board = Diagrams.sequence().shape("c", "Client").shape("x", "Executor").edge("c", "x", "SET").build();
            Outcome o = eval(board, edge("executor", "keyspace", "write"));
            assertThat(o.status()).isEqualTo(Status.MISSING);
            assertThat(o.problem()).contains("the keyspace");
        }

        @Test
        void edgeWhenEndpointOmittedThenAnyElementCounts() {
            Board board = core().edge("x", "c", "(integer) 1").build();
            assertThat(eval(board, edge("", "client", "integer")).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void edgeWhenNoLabelWordsThenAnyLabelCounts() {
            Board board = core().edge("c", "p", "").build();
            assertThat(eval(board, edge("client", "parser")).status()).isEqualTo(Status.HOLDS);
        }
    }

    @Nested
    class OrderPredicate {
        private final Spec.Order setThenGet = new Spec.Order(List.of(
                edge("client", "", "set"), edge("executor", "expires", "remove"), edge("client", "", "get")));

        @Test
        void orderWhenMessagesInOrderThenHolds() {
            Board board = core().edge("c", "p", "SET k v").edge("x", "ttl", "remove k").edge("c", "p", "GET k").build();
            Outcome o = eval(board, setThenGet);
            assertThat(o.status()).isEqualTo(Status.HOLDS);
            assertThat(o.evidence()).hasSize(3);
        }

        @Test
        void orderWhenStepOnlyAfterTheLaterOneThenMissingInItsWindow() {
            // the remove after GET belongs to a later command: asking to move it would break GET's order
            Board board = core().edge("c", "p", "SET k v").edge("c", "p", "GET k").edge("x", "ttl", "remove k").build();
            Outcome o = eval(board, setThenGet);
            assertThat(o.status()).isEqualTo(Status.MISSING);
            assertThat(o.problem()).contains("after a message from the client about \u201cset\u201d and before a message from the client about \u201cget\u201d");
        }

        @Test
        void orderWhenAStepIsDrawnOnlyBeforeThePreviousOneThenMissingAfterItNotAMove() {
            // the remove before SET belongs to something earlier: asking to move it could break that part
            Board board = core().edge("x", "ttl", "remove k").edge("c", "p", "SET k v").edge("c", "p", "GET k").build();
            Outcome o = eval(board, setThenGet);
            assertThat(o.status()).isEqualTo(Status.MISSING);
            assertThat(o.fix()).startsWith("Add ").doesNotContain("Move").doesNotContain("should come after");
        }

        @Test
        void orderWhenAStepIsAbsentThenMissing() {
            Board board = core().edge("c", "p", "SET k v").edge("c", "p", "GET k").build();
            assertThat(eval(board, setThenGet).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void orderWhenOutOfOrderInAPlainGraphThenUnclear() {
            Board board = Diagrams.plain().shape("c", "Client").shape("x", "Executor").shape("ttl", "Expires")
                    .edge("c", "x", "SET k v").edge("c", "x", "GET k").edge("x", "ttl", "remove k").build();
            assertThat(eval(board, setThenGet).status()).isEqualTo(Status.UNCLEAR);
        }

        @Test
        void orderWhenTheStepsParticipantsExchangeAnUnreadableLabelThereThenUnclear() {
            Board board = core().edge("c", "p", "SET k v").edge("x", "ttl", "k").edge("c", "p", "GET k").build();
            Outcome o = eval(board, setThenGet);
            assertThat(o.status()).isEqualTo(Status.UNCLEAR);
            assertThat(o.evidence()).extracting(Element::id).containsExactly("(x -> ttl)[0]");
        }

        @Test
        void orderWhenTheUnreadableMessageIsOutsideTheStepsWindowThenMissing() {
            Board board = core().edge("c", "p", "SET k v").edge("c", "p", "GET k").edge("x", "ttl", "k").build();
            assertThat(eval(board, setThenGet).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void orderWhenOneMessageWouldServeTwoStepsThenNotReused() {
            Board board = core().edge("c", "p", "SET k v then GET k").edge("x", "ttl", "remove k").build();
            assertThat(eval(board, setThenGet).status()).isNotEqualTo(Status.HOLDS);
        }
    }

    @Nested
    class PathPredicate {
        @Test
        void pathWhenChainOfMessagesThenHolds() {
            Board board = core().edge("c", "p", "req").edge("p", "x", "argv").edge("x", "db", "write").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace")).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void pathWithoutWhenTheOnlyWaySayingTheWordPassesTheExcludedRoleThenMissing() {
            // client -> expired? -> keyspace says "limit" only on the way through the decider
            Board through = Diagrams.plain().shape("c", "Client").shape("d", "expired?", "diamond", null)
                    .shape("db", "Keyspace").edge("c", "d", "ask").edge("d", "db", "over the limit").edge("c", "db", "get").build();
            assertThat(eval(through, new Spec.Path("client", "keyspace", "", List.of("limit"), false, "")).status())
                    .isEqualTo(Status.HOLDS);
            assertThat(eval(through, new Spec.Path("client", "keyspace", "", List.of("limit"), false, "decider")).status())
                    .isEqualTo(Status.MISSING);
            // the word on a way that skips the decider still counts
            Board direct = Diagrams.plain().shape("c", "Client").shape("d", "expired?", "diamond", null)
                    .shape("db", "Keyspace").edge("c", "d", "ask").edge("c", "db", "over the limit").build();
            assertThat(eval(direct, new Spec.Path("client", "keyspace", "", List.of("limit"), false, "decider")).status())
                    .isEqualTo(Status.HOLDS);
        }

        @Test
        void pathWhenChainBrokenThenMissing() {
            Board board = core().edge("c", "p", "req").edge("x", "db", "write").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace")).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void pathAvoidingWhenAStartBypassesTheGateThenBroken() {
            Board board = Diagrams.plain().shape("c", "Client").shape("d", "expired?", "diamond", null)
                    .shape("db", "Keyspace").edge("c", "d", "ask").edge("d", "db", "yes").edge("c", "db", "direct").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void pathAvoidingWhenAStartIsReachedFromTheGateThenItAlreadyPassedIt() {
            // "slow cycle" after "master?" is behind the gate: its way on needs no second check
            Board board = Diagrams.plain().shape("c1", "Client").shape("d", "expired?", "diamond", null)
                    .shape("c2", "Client again").shape("db", "Keyspace")
                    .edge("c1", "d", "ask").edge("d", "c2", "yes").edge("c2", "db", "write").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void pathAvoidingWhenAStartIsDrawnInsideTheGateThenItPassedIt() {
            // the cycle drawn inside the master's box runs only on the master
            Board board = Diagrams.plain().shape("d", "expired").shape("d.c", "Client", "rectangle", "d")
                    .shape("db", "Keyspace").edge("d.c", "db", "write").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void pathAvoidingWhenTheArrowIntoTheStartNamesTheGateThenItPassedIt() {
            // "FAST (expired only)" into the cycle says the gate on the arrow itself
            Board board = Diagrams.plain().shape("c1", "Client").shape("c2", "Client again").shape("d", "expired", "diamond", null)
                    .shape("x", "timer").shape("db", "Keyspace").edge("c1", "d", "ask").edge("d", "db", "yes")
                    .edge("c2", "db", "write").edge("x", "c2", "fast (expired only)").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.HOLDS);
            Board unnamed = Diagrams.plain().shape("c1", "Client").shape("c2", "Client again").shape("d", "expired", "diamond", null)
                    .shape("x", "timer").shape("db", "Keyspace").edge("c1", "d", "ask").edge("d", "db", "yes")
                    .edge("c2", "db", "write").edge("x", "c2", "fast").build();
            assertThat(eval(unnamed, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void pathAvoidingWhenAContainerIsEnteredOnlyFromBehindTheGateThenItPassedIt() {
            // a shared cycle box entered, through its first part, only after the check
            Board board = Diagrams.plain().shape("d", "expired", "diamond", null).shape("box", "Client loop")
                    .shape("box.in", "resume", "rectangle", "box").shape("box.db", "Keyspace", "rectangle", "box")
                    .edge("d", "box.in", "yes").edge("box.in", "box.db", "write").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.HOLDS);
            Board alsoUnchecked = Diagrams.plain().shape("d", "expired", "diamond", null).shape("box", "Client loop")
                    .shape("box.in", "resume", "rectangle", "box").shape("box.db", "Keyspace", "rectangle", "box")
                    .shape("other", "timer").edge("d", "box.in", "yes").edge("other", "box.in", "tick")
                    .edge("box.in", "box.db", "write").build();
            assertThat(eval(alsoUnchecked, new Spec.Path("client", "keyspace", "decider", List.of())).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void pathAvoidingWithoutWhenTheOnlyBypassPassesTheExcludedRoleThenHolds() {
            // expired -> client -> keyspace is a later command; expired -> executor -> keyspace passes the gate
            Board board = Diagrams.plain().shape("d", "expired", "diamond", null).shape("c", "Client")
                    .shape("x", "Command executor").shape("db", "Keyspace")
                    .edge("d", "x", "yes").edge("x", "db", "write").edge("d", "c", "no").edge("c", "db", "write").build();
            assertThat(eval(board, new Spec.Path("decider", "keyspace", "executor", List.of(), false, "client")).status())
                    .isEqualTo(Status.HOLDS);
            assertThat(eval(board, new Spec.Path("decider", "keyspace", "executor", List.of(), false, "")).status())
                    .isEqualTo(Status.BROKEN);
        }

        @Test
        void pathAvoidingWhenABoxMerelyHoldsAStartThenItIsNoStartHoldingTheTarget() {
            // a replica's box holding its own check and the deletion it applies on the master's word
            Board held = Diagrams.plain().shape("r", "Replica side").shape("r.d", "expired", "diamond", "r")
                    .shape("r.db", "Keyspace", "rectangle", "r").shape("x", "Command executor").shape("c", "Client")
                    .edge("c", "r.d", "ask").edge("r.d", "x", "yes").edge("x", "r.db", "apply").build();
            assertThat(eval(held, new Spec.Path("decider", "keyspace", "executor", List.of())).status()).isEqualTo(Status.HOLDS);
            // a box that plays the start itself and holds the target skips the gate
            Board own = Diagrams.plain().shape("r", "expired").shape("r.db", "Keyspace", "rectangle", "r")
                    .shape("x", "Command executor").shape("c", "Client").edge("c", "x", "go").build();
            assertThat(eval(own, new Spec.Path("decider", "keyspace", "executor", List.of())).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void pathFromEveryWhenAnAccessIsDrawnAfterTheCheckThenItNeedsNoCheckOfItsOwn() {
            // "the live key is used" after "expired? no" is the checked access going on
            Board after = Diagrams.plain().shape("c", "Client").shape("d", "expired", "diamond", null).shape("c2", "Client use")
                    .edge("c", "d", "ask").edge("d", "c2", "no").build();
            assertThat(eval(after, new Spec.Path("client", "decider", "", List.of(), true, "")).status()).isEqualTo(Status.HOLDS);
            Board before = Diagrams.plain().shape("c", "Client").shape("d", "expired", "diamond", null).shape("c2", "Client use")
                    .shape("db", "Keyspace").edge("c", "d", "ask").edge("c2", "db", "write").build();
            assertThat(eval(before, new Spec.Path("client", "decider", "", List.of(), true, "")).status()).isEqualTo(Status.BROKEN);
        }

        @Test
        void pathWhenTheTargetIsDrawnInsideTheStartThenHolds() {
            // the keyspace drawn as a part of the client's box: nesting says what an arrow would
            Board board = Diagrams.plain().shape("c", "Client").shape("c.db", "Keyspace", "rectangle", "c").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace")).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void pathViaWhenThePartInsideSaysNoWordThenMissing() {
            Board board = Diagrams.plain().shape("c", "Client").shape("c.db", "Keyspace", "rectangle", "c").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace", "", List.of("write"))).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void pathWhenAContainerMerelyHoldsBothThenNotByNesting() {
            Board board = Diagrams.plain().shape("g", "Group").shape("g.c", "Client", "rectangle", "g")
                    .shape("g.db", "Keyspace", "rectangle", "g").build();
            assertThat(eval(board, new Spec.Path("client", "keyspace")).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void pathViaWhenAFrameAroundAStepSaysTheWordThenHolds() {
            // a box that plays no role frames what it holds: "replica side" is said of the keyspace inside
            Board framed = Diagrams.plain().shape("c", "Client").shape("f", "replica side")
                    .shape("f.db", "Keyspace", "rectangle", "f").edge("c", "f.db", "write").build();
            Board bare = Diagrams.plain().shape("c", "Client").shape("db", "Keyspace").edge("c", "db", "write").build();
            Spec spec = new Spec.Path("client", "keyspace", "", List.of("replica"));
            assertThat(eval(framed, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(bare, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void reachableWhenUndirectedEdgeThenBothWays() {
            Board board = core().edge("db", "c", "link", "none", "none").build();
            assertThat(eval(board, new Spec.Reachable("client", "keyspace")).status()).isEqualTo(Status.HOLDS);
        }
    }

    @Nested
    class Logic {
        @Test
        void allWhenOnePartMissingThenMissingWithEvidenceOfTheRest() {
            Board board = Diagrams.sequence().shape("c", "Client").shape("p", "Parser").build();
            Outcome o = eval(board, new Spec.All(List.of(new Spec.RoleExists("client"), new Spec.RoleExists("keyspace"))));
            assertThat(o.status()).isEqualTo(Status.MISSING);
            assertThat(o.evidence()).extracting(Element::id).contains("c");
        }

        @Test
        void anyWhenOnePartHoldsThenHolds() {
            Board board = Diagrams.sequence().shape("c", "Client").build();
            assertThat(eval(board, new Spec.Any(List.of(new Spec.RoleExists("keyspace"), new Spec.RoleExists("client"))))
                    .status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void absentWhenForbiddenMessagePresentThenBroken() {
            Board board = core().edge("x", "c", "OK").build();
            Spec spec = new Spec.Absent(edge("executor", "client", "ok"));
            assertThat(eval(board, spec).status()).isEqualTo(Status.BROKEN);
            assertThat(eval(core().build(), spec).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void notWhenInnerMissingThenHolds() {
            assertThat(eval(core().build(), new Spec.Not(new Spec.RoleExists("object"))).status()).isEqualTo(Status.HOLDS);
        }
    }

    @Nested
    class Structure {
        @Test
        void decisionWhenEveryBranchLabelledThenHolds() {
            Board board = Diagrams.plain().shape("d", "Key expired?", "diamond", null).shape("del", "delete")
                    .shape("ret", "return value").edge("d", "del", "yes").edge("d", "ret", "no").build();
            Spec spec = new Spec.Decision("decider", List.of(List.of("yes", "true"), List.of("no", "false")));
            assertThat(eval(board, spec).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void decisionWhenABranchIsMissingThenMissing() {
            Board board = Diagrams.plain().shape("d", "Key expired?", "diamond", null).shape("del", "delete")
                    .edge("d", "del", "yes").build();
            Spec spec = new Spec.Decision("decider", List.of(List.of("yes"), List.of("no")));
            Outcome o = eval(board, spec);
            assertThat(o.status()).isEqualTo(Status.MISSING);
            assertThat(o.problem()).contains("no");
        }

        @Test
        void entityWhenColumnsCoverEveryGroupThenHolds() {
            Board board = Diagrams.plain().table("robj", "redisObject", List.of(
                    new Shape.Column("type", "4 bits", List.of()), new Shape.Column("encoding", "4 bits", List.of()),
                    new Shape.Column("lru", "24 bits", List.of()))).build();
            Spec spec = new Spec.Entity("object", List.of(List.of("type"), List.of("encoding"), List.of("lru", "lfu")));
            assertThat(eval(board, spec).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void entityWhenAFieldIsMissingThenMissing() {
            Board board = Diagrams.plain().table("robj", "redisObject", List.of(new Shape.Column("type", "", List.of()))).build();
            Spec spec = new Spec.Entity("object", List.of(List.of("type"), List.of("refcount")));
            assertThat(eval(board, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void entityWhenAColumnAbbreviatesAWantedFieldThenItCountsAndATwoLetterOneDoesNot() {
            Spec spec = new Spec.Entity("object", List.of(List.of("type"), List.of("encoding")));
            Board enc = Diagrams.plain().table("ro", "robj", List.of(new Shape.Column("type", "4b", List.of()),
                    new Shape.Column("enc", "4b", List.of()))).build();
            Board en = Diagrams.plain().table("ro", "robj", List.of(new Shape.Column("type", "4b", List.of()),
                    new Shape.Column("en", "4b", List.of()))).build();
            Board lru = Diagrams.plain().table("ro", "robj", List.of(new Shape.Column("type", "4b", List.of()),
                    new Shape.Column("lru", "24b", List.of()))).build();
            assertThat(eval(enc, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(en, spec).status()).isEqualTo(Status.MISSING);
            assertThat(eval(lru, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void entityWhenANoteJoinedToItListsTheFieldThenHolds() {
            Board joined = Diagrams.plain().table("robj", "redisObject", List.of(new Shape.Column("type", "", List.of())))
                    .note("n", "- refcount: INT_MAX for shared objects", null).edge("n", "robj", "", "none", "none").build();
            Board loose = Diagrams.plain().table("robj", "redisObject", List.of(new Shape.Column("type", "", List.of())))
                    .note("n", "- refcount: INT_MAX for shared objects", null).build();
            Spec spec = new Spec.Entity("object", List.of(List.of("type"), List.of("refcount")));
            assertThat(eval(joined, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(loose, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void entityWhenALooseNoteBesideItSaysAFieldOfItThenHoldsAndOfAnotherElementThenNot() {
            Spec spec = new Spec.Entity("expires", List.of(List.of("deadline")));
            Board aboutIt = Diagrams.plain().shape("ttl", "expires").shape("db", "keyspace")
                    .note("n", "The keyspace maps keys to values. The expires dict holds each\ndeadline (a wrapped line).", null).build();
            Board aboutOther = Diagrams.plain().shape("ttl", "expires").shape("db", "keyspace")
                    .note("n", "The keyspace holds each deadline.", null).build();
            assertThat(eval(aboutIt, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(aboutOther, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void containsWhenNestedThenHoldsAndWhenSideBySideThenBroken() {
            Board nested = Diagrams.plain().shape("db", "redisDb").shape("db.ttl", "expires", "rectangle", "db").build();
            Board apart = Diagrams.plain().shape("db", "redisDb").shape("ttl", "expires").build();
            Spec spec = new Spec.Contains("keyspace", "expires");
            assertThat(eval(nested, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(apart, spec).status()).isEqualTo(Status.BROKEN);
        }
    }

    @Nested
    class Branch {

        private final Map<String, Role> roles = Map.of(
                "master-check", new Role("master-check", List.of("master", "am i a replica"), List.of()),
                "key-deletion", new Role("key-deletion", List.of("delete", "delete key"), List.of()),
                "missing-reply", new Role("missing-reply", List.of("nil"), List.of()));

        private final Spec spec = new Spec.Branch("master-check", List.of("replica", "slave"), List.of("master", "primary"),
                "key-deletion", List.of("del", "master", "arrives"));

        private Status status(Board board) {
            return new SpecEvaluator(new DiagramView(board, roles)).evaluate(spec).status();
        }

        @Test
        void branchWhenTheNoOfAMasterQuestionSaysTheReplicaDeletesThenHolds() {
            Board board = Diagrams.plain().shape("q", "Is this server the master?", "diamond", null)
                    .shape("r", "The replica sees its clock is past and deletes k right away")
                    .edge("q", "r", "no").build();
            assertThat(status(board)).isEqualTo(Status.HOLDS);
        }

        @Test
        void branchWhenTheYesOfAReplicaQuestionLeadsToADeletionThenHolds() {
            Board board = Diagrams.plain().shape("q", "Am I a replica?", "diamond", null).shape("d", "Delete key")
                    .shape("n", "nil").edge("q", "d", "yes").edge("q", "n", "no").build();
            assertThat(status(board)).isEqualTo(Status.HOLDS);
        }

        @Test
        void branchWhenTheReplicaWaitsForTheMastersDelThenMissing() {
            Board board = Diagrams.plain().shape("q", "Master?", "diamond", null).shape("d", "Delete key")
                    .shape("n", "nil, keep k").shape("w", "Replica deletes k when the DEL arrives")
                    .edge("q", "d", "yes").edge("q", "n", "no").edge("n", "w", "").edge("q", "w", "no").build();
            assertThat(status(board)).isEqualTo(Status.MISSING);
        }

        @Test
        void branchWhenTheStepSaysItDoesNotDeleteThenMissing() {
            Board board = Diagrams.plain().shape("q", "Master?", "diamond", null)
                    .shape("h", "Replica: do not delete k, report it missing").edge("q", "h", "no").build();
            assertThat(status(board)).isEqualTo(Status.MISSING);
        }

        @Test
        void branchWhenTheQuestionIsJoinedToAnotherConditionThenItsNoIsNotTheReplicas() {
            Board board = Diagrams.plain().shape("q", "Master and last cycle timed out?", "diamond", null)
                    .shape("d", "Delete key").edge("q", "d", "no").build();
            assertThat(status(board)).isEqualTo(Status.MISSING);
        }
    }
}

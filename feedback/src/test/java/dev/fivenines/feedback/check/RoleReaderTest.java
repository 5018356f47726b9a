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

/** Reader capabilities shown on small diagrams, each with roles of its own. */
class RoleReaderTest {

    private static Map<String, Role> roles(Role... list) {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Role r : list) {
            out.put(r.name(), r);
        }
        return out;
    }

    private static Outcome eval(Board board, Map<String, Role> roles, Spec spec) {
        return new SpecEvaluator(new DiagramView(board, roles)).evaluate(spec);
    }

    private static List<String> players(Board board, Map<String, Role> roles, String role) {
        return eval(board, roles, new Spec.RoleExists(role)).evidence().stream().map(Element::id).toList();
    }

    @Nested
    class Sentences {
        final Map<String, Role> parser = roles(
                new Role("length", List.of("argument length", "bulk length"), List.of()),
                new Role("payload", List.of("read argument", "payload"), List.of()));

        @Test
        void sentenceWhenALaterNameContinuesTheFirstOnesWordThenTheLongerNounWins() {
            Board board = Diagrams.plain().shape("a", "Read argument length from the header line")
                    .shape("b", "Read argument bytes into argv").build();
            assertThat(players(board, parser, "length")).containsExactly("a");
            assertThat(players(board, parser, "payload")).containsExactly("b");
        }

        final Map<String, Role> encodings = roles(
                new Role("zset", List.of("sorted set", "zset"), List.of()),
                new Role("listpack", List.of("listpack"), List.of()),
                new Role("list", List.of("list", "list type"), List.of()),
                new Role("quicklist", List.of("quicklist", "quick list"), List.of()));

        @Test
        void sentenceWhenXIsAYNamesARoleByItsOwnWordThenItIsY() {
            Board board = Diagrams.plain().shape("t", "Sorted sets").shape("c", "A small sorted set is a listpack kept in score order")
                    .shape("q", "A quicklist is a linked list of listpack nodes").build();
            assertThat(players(board, encodings, "listpack")).containsExactly("c");
            assertThat(players(board, encodings, "zset")).containsExactly("t");
            // "a linked list" is a word other roles contain: the sentence is read whole
            assertThat(players(board, encodings, "quicklist")).containsExactly("q");
        }
    }

    @Nested
    class Abbreviations {
        final Map<String, Role> skiplist = roles(new Role("skiplist", List.of("skiplist", "skip list"), List.of()));

        @Test
        void aliasWhenItListsAnAcronymOfASynonymThenItPlaysThatRole() {
            Board acronym = Diagrams.plain().shape("zs", "Z:SL (SL+dict)").build();
            Board plain = Diagrams.plain().shape("zs", "Z:SL (sl+dict)").build();
            assertThat(players(acronym, skiplist, "skiplist")).containsExactly("zs");
            assertThat(eval(plain, skiplist, new Spec.RoleExists("skiplist")).status()).isNotEqualTo(Status.HOLDS);
        }

        @Test
        void constantWhenNamedLikeIntMaxThenItsWordsPlayNoRole() {
            Map<String, Role> ints = roles(new Role("int", List.of("int", "integer"), List.of()));
            Board board = Diagrams.plain().shape("s", "SHR 0..9999 rc=INT_MAX").build();
            assertThat(eval(board, ints, new Spec.RoleExists("int")).status()).isNotEqualTo(Status.HOLDS);
        }

        @Test
        void entityWhenColumnsClipAFourLetterFieldOrSpellAFieldsInitialsThenTheyCount() {
            Map<String, Role> robj = roles(new Role("robj", List.of("robj"), List.of()));
            Spec spec = new Spec.Entity("robj", List.of(List.of("type"), List.of("refcount", "ref count")));
            Board clipped = Diagrams.plain().table("ro", "robj", List.of(new Shape.Column("typ", "4b", List.of()),
                    new Shape.Column("rc", "int", List.of()))).build();
            Board tooShort = Diagrams.plain().table("ro", "robj", List.of(new Shape.Column("ty", "4b", List.of()),
                    new Shape.Column("r", "int", List.of()))).build();
            assertThat(eval(clipped, robj, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(tooShort, robj, spec).status()).isEqualTo(Status.MISSING);
        }
    }

    @Nested
    class Structure {
        @Test
        void entityWhenATableIsDrawnInsideItThenItsColumnsAreFieldsOfIt() {
            Map<String, Role> roles = roles(new Role("keyspace", List.of("keyspace"), List.of()),
                    new Role("robj", List.of("redisObject"), List.of()));
            Spec spec = new Spec.Entity("keyspace", List.of(List.of("type"), List.of("encoding")));
            Board inline = Diagrams.plain().shape("ks", "Keyspace").table("ks.h", "redisObject header", "ks",
                    List.of(new Shape.Column("type", "4 bits", List.of()), new Shape.Column("encoding", "4 bits", List.of()))).build();
            Board apart = Diagrams.plain().shape("ks", "Keyspace").table("h", "redisObject header",
                    List.of(new Shape.Column("type", "4 bits", List.of()), new Shape.Column("encoding", "4 bits", List.of())))
                    .edge("ks", "h", "value pointer").build();
            assertThat(eval(inline, roles, spec).status()).isEqualTo(Status.HOLDS);
            assertThat(eval(apart, roles, spec).status()).isEqualTo(Status.MISSING);
        }

        @Test
        void entityWhenAPageIsJoinedToItThenItsLinesAreFields() {
            Map<String, Role> roles = roles(new Role("shared", List.of("shared integers"), List.of()));
            Spec spec = new Spec.Entity("shared", List.of(List.of("INT_MAX")));
            Board joined = Diagrams.plain().shape("s", "shared integers").shape("n", "refcount = INT_MAX, never freed", "page", null)
                    .edge("n", "s", "").build();
            assertThat(eval(joined, roles, spec).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void edgeWithoutSenderWhenTheArrowRunsInsideThePlayerThenItIsNoneIntoIt() {
            Map<String, Role> roles = roles(new Role("skiplist", List.of("skiplist"), List.of()),
                    new Role("listpack", List.of("listpack"), List.of()));
            Spec both = new Spec.Edge("", "skiplist", List.of("both"));
            Board inside = Diagrams.plain().shape("sl", "skiplist encoding").shape("sl.z", "zskiplist", "rectangle", "sl")
                    .shape("sl.d", "dict member -> score", "rectangle", "sl").edge("sl.z", "sl.d", "same sds in both", "triangle", "triangle").build();
            Board into = Diagrams.plain().shape("sl", "skiplist encoding").shape("lp", "listpack")
                    .edge("lp", "sl", "both limits crossed").build();
            assertThat(eval(inside, roles, both).status()).isEqualTo(Status.MISSING);
            assertThat(eval(into, roles, both).status()).isEqualTo(Status.HOLDS);
        }

        @Test
        void pathWithoutWhenTheEndIsAlsoTheExcludedRoleThenItIsEntered() {
            Map<String, Role> roles = roles(new Role("wait", List.of("need more bytes"), List.of()),
                    new Role("error", List.of("protocol error"), List.of()),
                    new Role("close", List.of("closed", "close after reply"), List.of()));
            Spec spec = new Spec.Path("wait", "close", "", List.of("limit"), false, "error");
            Board merged = Diagrams.plain().shape("w", "Need more bytes").shape("p", "Paused")
                    .shape("e", "Reply -ERR Protocol error, close after reply")
                    .edge("w", "p", "over the limit").edge("p", "w", "drained").edge("w", "e", "bad length").build();
            Board apart = Diagrams.plain().shape("w", "Need more bytes").shape("c", "Connection closed")
                    .shape("e", "Reply -ERR Protocol error, close after reply")
                    .edge("w", "c", "over the limit").edge("w", "e", "bad length").build();
            assertThat(eval(merged, roles, spec).status()).isEqualTo(Status.MISSING);
            assertThat(eval(apart, roles, spec).status()).isEqualTo(Status.HOLDS);
        }
    }
}

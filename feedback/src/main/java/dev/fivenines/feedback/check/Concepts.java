package dev.fivenines.feedback.check;

import java.util.List;
import java.util.Map;

/**
 * Concepts shared by every tutorial's rubric (a word in slashes is a pattern, for phrases a word
 * list cannot spell, such as a separable phrasal verb): a label word {@code ~delete} in a rubric stands for
 * every way a learner says "delete" ({@code del}, {@code remove}, {@code unlink}, {@code dbDelete},
 * "k deleted", "drops the key"...). Words are matched after normalisation and stemming
 * ({@link Words}), so each concept lists base forms only; negated mentions never count ("never
 * deletes" is no deletion).
 *
 * <p>This is the reader's vocabulary, not a tutorial's: widen a concept only for a meaning it
 * really has in every tutorial, never to let one diagram pass (content/RUBRICS.md).
 */
public final class Concepts {

    private Concepts() {
    }

    static final Map<String, List<String>> ALL = Map.ofEntries(
            Map.entry("delete", List.of("delete", "del", "remove", "unlink", "drop", "erase", "evict", "purge", "free",
                    "discard", "wipe", "reclaim", "dbDelete", "dictDelete", "dbSyncDelete", "dbAsyncDelete", "gone",
                    "clear", "forget", "destroy", "get rid of", "got rid of",
                    // a separable phrasal verb keeps its object inside: "threw k out", "kicks the key out"
                    "/\\b(throw|threw|thrown|throws|throwing|kick|kicks|kicked|toss|tosses|tossed|take|takes|took|taken|taking)\\b(\\s+\\S+){0,3}?\\s+(out|away)\\b/")),
            Map.entry("write", List.of("write", "set", "store", "insert", "add", "put", "overwrite", "upsert", "replace",
                    "assign", "save", "update", "create", "dictAdd", "dbAdd", "dbOverwrite", "setKey", "link", "record")),
            Map.entry("read", List.of("read", "lookup", "look up", "get", "find", "fetch", "search", "query", "retrieve",
                    "access", "lookupKey", "lookupKeyRead", "dictFind", "probe", "locate", "hit", "miss")),
            Map.entry("reply", List.of("reply", "respond", "response", "return", "answer", "send back", "addReply",
                    "result", "output", "write back")),
            Map.entry("wait", List.of("wait", "await", "block", "pause", "suspend", "need more", "more bytes",
                    "more data", "incomplete", "partial", "sleep", "park", "defer", "buffer", "keep", "hold",
                    "until more", "next read", "resume")),
            Map.entry("error", List.of("error", "err", "fail", "failure", "invalid", "reject", "malformed", "bad",
                    "wrong", "illegal", "violation")),
            Map.entry("close", List.of("close", "disconnect", "hang up", "terminate", "free client", "freeClient",
                    "shut", "kill", "end connection", "drop connection", "close after reply", "teardown")),
            Map.entry("ok", List.of("ok", "success", "succeeded")),
            Map.entry("integer", List.of("integer", "int", "count", "number", "numeric", "how many", "addReplyLongLong")),
            Map.entry("nil", List.of("nil", "null", "none", "not found", "no such key", "missing", "empty reply",
                    "does not exist", "doesn't exist", "absent")),
            Map.entry("repeat", List.of("repeat", "again", "loop", "retry", "continue", "iterate", "another round",
                    "next iteration", "keep going", "rerun")),
            Map.entry("stop", List.of("stop", "exit", "break", "done", "end", "finish", "quit", "halt", "return",
                    "abort", "give up", "yield")),
            // a C-minded learner labels a decision's branches with its truth values, 1 and 0
            Map.entry("yes", List.of("yes", "true", "y", "hit", "found", "1")),
            Map.entry("no", List.of("no", "false", "n", "not found", "0")),
            Map.entry("propagate", List.of("propagate", "replicate", "send", "forward", "stream", "ship", "feed",
                    "broadcast", "emit", "append", "log", "publish", "notify")),
            Map.entry("execute", List.of("execute", "exec", "run", "call", "invoke", "process", "dispatch", "handle",
                    "apply", "perform", "processCommand")),
            Map.entry("convert", List.of("convert", "upgrade", "switch", "promote", "become", "turn into", "grow",
                    "re-encode", "reencode", "encode", "transform", "migrate", "change to", "move to")));

    /** The concept names, sorted, for validators and documentation. */
    public static java.util.List<String> names() {
        return ALL.keySet().stream().sorted().toList();
    }

    /** The words of {@code ~name}, or null when {@code word} names no concept. */
    static List<String> of(String word) {
        if (word.length() < 2 || word.charAt(0) != '~') {
            return null;
        }
        return ALL.get(word.substring(1));
    }
}

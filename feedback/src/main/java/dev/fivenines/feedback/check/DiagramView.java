package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One board seen through a rubric's roles: which shapes play which role, and the connections as
 * directed messages in source order. Built once per review; immutable afterwards.
 *
 * <p>A shape plays the roles whose synonyms or patterns match its id or label most strongly (so
 * "expires dict" is the expires table, not the keyspace dict); ties play every tied role. An edge
 * endpoint without a role of its own takes its nearest ancestor's (a sequence-diagram span
 * {@code executor.t1} acts for {@code executor}). Notes and groups never play roles: a note that
 * mentions the keyspace is not the keyspace.
 */
final class DiagramView {

    /**
     * A directed flow along a connection; {@code --} and {@code <->} give one each way. The label
     * is normalised once here because every edge spec reads it.
     */
    record Message(int index, Connection connection, String from, String to, String label, Words words, String lower,
                   Map<Phrases, Boolean> seen) {
        /**
         * Whether the label says one of the phrases. Remembered per phrase set: an order is
         * searched from every start and window, and each search asks every message again.
         */
        boolean labelMatches(Phrases phrases) {
            if (phrases.isEmpty()) {
                return true;
            }
            Boolean known = seen.get(phrases);
            if (known == null) {
                known = phrases.matches(words, lower);
                seen.put(phrases, known);
            }
            return known;
        }
    }

    private final Board board;
    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, Set<String>> directRoles = new HashMap<>();
    /** Per container, the roles its descendants play: an arrow into a container reaches its parts. */
    private final Map<String, Set<String>> innerRoles = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, Role> roles;
    private final RoleReader reading;
    private final boolean anonymousShapes;

    private final Describe describe;

    DiagramView(Board board, Map<String, Role> roles) {
        this(board, roles, null, null);
    }

    /**
     * @param model the reference solution's board, for reading roles by position (null: names only)
     * @param type  the tutorial's artifact type, for the words of messages (null: "element")
     */
    DiagramView(Board board, Map<String, Role> roles, Board model, ArtifactType type) {
        this.board = board;
        this.roles = roles;
        this.describe = new Describe(roles, type != null ? type
                : "sequence_diagram".equals(board.rootShape()) ? ArtifactType.SEQUENCE_DIAGRAM : null);
        this.reading = RoleReader.read(board, roles, model);
        for (Shape shape : board.shapes()) {
            shapes.put(shape.id(), shape);
            directRoles.put(shape.id(), reading.rolesOf(shape.id()));
        }
        for (Shape shape : board.shapes()) {
            Set<String> own = directRoles.get(shape.id());
            for (String cur = shape.parent(); cur != null && !own.isEmpty(); ) {
                innerRoles.computeIfAbsent(cur, k -> new java.util.HashSet<>()).addAll(own);
                Shape parent = shapes.get(cur);
                cur = parent == null ? null : parent.parent();
            }
        }
        List<Connection> connections = board.connections();
        for (int i = 0; i < connections.size(); i++) {
            addMessages(i, connections.get(i));
        }
        for (Message m : messages) {
            outgoing.computeIfAbsent(m.from(), k -> new ArrayList<>()).add(m);
        }
        this.anonymousShapes = findAnonymousShapes();
    }

    /** The compiled label words of an edge spec. */
    Phrases labels(List<String> words) {
        return Phrases.labels(words);
    }

    Board board() {
        return board;
    }

    List<Message> messages() {
        return messages;
    }

    Iterable<Shape> shapes() {
        return shapes.values();
    }

    Shape shape(String id) {
        return shapes.get(id);
    }

    Map<String, Role> roles() {
        return roles;
    }

    boolean isSequenceDiagram() {
        return "sequence_diagram".equals(board.rootShape())
                || shapes.values().stream().anyMatch(s -> "sequence_diagram".equals(s.shape()));
    }

    /** Shapes that themselves play the role, in compiler order. */
    List<Shape> players(String role) {
        return players.computeIfAbsent(role, r -> shapes.values().stream().filter(s -> directRoles.get(s.id()).contains(r)).toList());
    }

    /** Per role, its players: every criterion that names the role asks again. */
    private final Map<String, List<Shape>> players = new HashMap<>();

    /**
     * Ids of the elements that act for the role ({@link #acts}: its players, their parts, and
     * arrow ends that stand for it), remembered per role: each path search starts from them.
     */
    Set<String> actors(String role) {
        return actors.computeIfAbsent(role, r -> {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (Shape s : shapes.values()) {
                if (acts(s.id(), r)) {
                    ids.add(s.id());
                }
            }
            return ids;
        });
    }

    private final Map<String, Set<String>> actors = new HashMap<>();

    Describe describe() {
        return describe;
    }

    /**
     * Outside sequence diagrams, arrows may carry a role's meaning ("EXPIRE k 60" on the arrow
     * into the executor, "propagate DEL to replicas" on the arrow out of the deletion): the
     * messages whose label names the role. Sequence-diagram messages never do: there a message
     * about the expires table is not the expires table. A role named only in a parenthetical sentence
     * ("done (command errors like unknown command are ordinary replies)") is a remark, not what the
     * arrow carries; a short aside ("yes (master)") still names it.
     */
    List<Message> carriers(String role) {
        if (isSequenceDiagram() || role == null || role.isEmpty()) {
            return List.of();
        }
        return carriers.computeIfAbsent(role, r -> messages.stream()
                .filter(m -> m.label() != null && reading.labelRoles(RoleReader.withoutRemarks(m.label())).contains(r)).toList());
    }

    private final Map<String, List<Message>> carriers = new HashMap<>();

    /** Role players' candidates: unexplained elements that might be the role (see {@link RoleReader#candidates}). */
    boolean hasCandidates(String role) {
        return hasAnonymousShapes() || !reading.candidates(board, role).isEmpty();
    }

    /** The roles the element itself plays (not through a container or an ancestor). */
    Set<String> rolesOf(String id) {
        return directRoles.getOrDefault(id, Set.of());
    }

    /** True when the element itself plays the role (not through a container or an ancestor). */
    boolean plays(String id, String role) {
        return directRoles.getOrDefault(id, Set.of()).contains(role);
    }

    /** Messages by the element they leave, for path searches (a search asks for each element it reaches). */
    private final Map<String, List<Message>> outgoing = new HashMap<>();

    List<Message> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** How the roles were read: per role, the elements taken, with the reason. */
    RoleReader reading() {
        return reading;
    }

    /**
     * True when the element plays {@code role}, or contains an element that does (an arrow into
     * a container reaches its parts), or, failing a role of its own, its nearest ancestor plays it
     * (a sequence-diagram span acts for its actor).
     */
    boolean acts(String id, String role) {
        if (role == null || role.isEmpty()) {
            return true;
        }
        if (innerRoles.getOrDefault(id, Set.of()).contains(role)) {
            return true;
        }
        for (String cur = id; cur != null; ) {
            Set<String> own = directRoles.getOrDefault(cur, Set.of());
            if (!own.isEmpty()) {
                return own.contains(role);
            }
            Shape shape = shapes.get(cur);
            cur = shape == null ? null : shape.parent();
        }
        return false;
    }

    /**
     * True when the message arrives at an element acting for {@code role}. An arrow into one
     * store (a cylinder or stored data) that holds several roles, whose label names some of them,
     * arrives at those only: "read expires" into "redisDb (dict | expires)" reads the expires dict,
     * not the keyspace. Labels on arrows between steps are conditions, so they do not choose.
     * An arrow into a table's column ({@code db.expires}) reaches the role that column names.
     */
    boolean arrivesAs(Message m, String role) {
        if (!acts(m.to(), role)) {
            return false;
        }
        Set<String> own = directRoles.getOrDefault(m.to(), Set.of());
        Shape target = shapes.get(m.to());
        Set<String> column = columnRoles(m, true);
        if (!column.isEmpty()) {
            return column.contains(role);
        }
        boolean store = target != null && ("cylinder".equals(target.shape()) || "stored_data".equals(target.shape()));
        if (!store || own.size() < 2 || !own.contains(role)) {
            return true;
        }
        Set<String> named = new java.util.HashSet<>(reading.labelRoles(m.label()));
        named.retainAll(own);
        return named.isEmpty() || named.contains(role);
    }

    /**
     * False when the message arrives at a column of a table holding several roles and that column
     * names others: on a path, {@code types.list -> encodings.list_quicklist} leaves the list row and
     * reaches the quicklist row, not the hash row or the listpack row of the same tables.
     */
    boolean columnAdmits(Message m, String role) {
        Set<String> column = columnRoles(m, true);
        return column.isEmpty() || column.contains(role);
    }

    /** As {@link #columnAdmits}, for the column the message leaves from. */
    boolean columnAdmitsDeparture(Message m, String role) {
        Set<String> column = columnRoles(m, false);
        return column.isEmpty() || column.contains(role);
    }

    /** True when the message leaves an element acting for {@code role}; from a table's column, as that column's role. */
    boolean departsAs(Message m, String role) {
        if (!acts(m.from(), role)) {
            return false;
        }
        Set<String> column = columnRoles(m, false);
        return column.isEmpty() || column.contains(role);
    }

    /**
     * The roles the table column at the message's target (or source) names, when that table holds several
     * roles ("db.expires" of a redisDb table holding both dicts); empty otherwise.
     */
    private Set<String> columnRoles(Message m, boolean atTarget) {
        Connection c = m.connection();
        boolean forward = m.from().equals(c.src()); // a message runs along its arrow, or back (<-, --)
        Integer column = atTarget == forward ? c.dstColumnIndex() : c.srcColumnIndex();
        String end = atTarget ? m.to() : m.from();
        Shape table = shapes.get(end);
        if (table == null || column == null || directRoles.getOrDefault(end, Set.of()).size() < 2) {
            return Set.of();
        }
        return reading.columnRoles(table, column);
    }

    /**
     * True when an ancestor of the element plays {@code role}: a part drawn inside the replica's
     * box is on the replica, so an arrow reaching the replica's copy of the dicts reaches the
     * replica.
     */
    /**
     * True when the message runs between two different elements drawn inside (or being) one
     * player of {@code role}: the skiplist's {@code zsl <-> dict} is a detail of that one
     * encoding, not an arrow into it from elsewhere.
     */
    boolean within(Message m, String role) {
        if (m.from().equals(m.to())) {
            return false;
        }
        for (String cur = m.to(); cur != null; ) {
            if (directRoles.getOrDefault(cur, Set.of()).contains(role) && within(m.from(), cur)) {
                return true;
            }
            Shape shape = shapes.get(cur);
            cur = shape == null ? null : shape.parent();
        }
        return false;
    }

    boolean insidePlayer(String id, String role) {
        Shape shape = shapes.get(id);
        for (String cur = shape == null ? null : shape.parent(); cur != null; ) {
            if (directRoles.getOrDefault(cur, Set.of()).contains(role)) {
                return true;
            }
            Shape parent = shapes.get(cur);
            cur = parent == null ? null : parent.parent();
        }
        return false;
    }

    /** Every element reachable from {@code starts} along messages, in any order (starts included). */
    Set<String> reachable(Set<String> starts) {
        return Flows.reachable(messages, starts);
    }

    /**
     * Elements a message chain from {@code starts} reaches using messages with index in
     * {@code (after, before)}: in time order in a sequence diagram, in any order otherwise.
     */
    Set<String> arrivals(Set<String> starts, int after, int before) {
        return isSequenceDiagram() ? Flows.arrivals(messages, starts, after, before) : Flows.reachable(messages, starts);
    }

    /** True when {@code id} is {@code ancestor} or nested inside it. */
    boolean within(String id, String ancestor) {
        for (String cur = id; cur != null; ) {
            if (cur.equals(ancestor)) {
                return true;
            }
            Shape shape = shapes.get(cur);
            cur = shape == null ? null : shape.parent();
        }
        return false;
    }

    /**
     * Shapes whose id and label carry no descriptive word (all tokens shorter than three
     * characters, e.g. {@code a}, {@code s1}) and play no role: their meaning cannot be decided.
     */
    boolean hasAnonymousShapes() {
        return anonymousShapes;
    }

    private boolean findAnonymousShapes() {
        return shapes.values().stream().anyMatch(s -> RoleReader.canPlayRoles(s) && directRoles.get(s.id()).isEmpty()
                && Words.of(lastSegment(s.id()) + " " + (s.label() == null ? "" : s.label())).tokens().stream()
                        .allMatch(t -> t.length() < 3));
    }

    private void addMessages(int index, Connection c) {
        boolean forward = !"none".equals(c.dstArrow());
        boolean backward = c.srcArrow() != null && !"none".equals(c.srcArrow());
        String label = c.label() == null ? "" : c.label();
        Words words = reading.words(label); // the reader has usually read this label already
        String lower = label.toLowerCase(Locale.ROOT);
        Map<Phrases, Boolean> seen = new java.util.IdentityHashMap<>();
        if (forward || !backward) {
            messages.add(new Message(index, c, c.src(), c.dst(), label, words, lower, seen));
        }
        if (backward || !forward) {
            messages.add(new Message(index, c, c.dst(), c.src(), label, words, lower, seen));
        }
    }

    /** The last id segment, without D2's quotes: {@code a."b.c"} → {@code b.c}. */
    static String lastSegment(String id) {
        int cut = -1;
        boolean quoted = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                cut = i;
            }
        }
        return id.substring(cut + 1).replace("\"", "");
    }
}


package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Role;
import dev.fivenines.feedback.check.Phrases.Match;
import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.Connection;
import dev.fivenines.feedback.d2.graph.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which of the learner's elements play which rubric role, reading the diagram as a whole,
 * from the surest signal to the weakest:
 * <ol>
 *   <li><b>class</b>: a D2 class named after the role ({@code u3.class: executor}) settles it;</li>
 *   <li><b>name</b>: the role's words in the element's label, id or a parenthesised alias, read by
 *       meaning ({@link Words}). In one phrase the head noun wins ("Keyspace expires table" is the
 *       expires table); parts joined by {@code +}, {@code &}, {@code and}, {@code ,} or {@code /}
 *       each count, so "redisDb (dict + expires)" plays both tables;</li>
 *   <li><b>abbreviation</b>: a token that starts a one-word synonym ({@code exec}, {@code cli}) or
 *       spells a multi-word synonym's initials ({@code ks} for "key space");</li>
 *   <li><b>position</b>: an element no name explains, that exchanges messages with the roles that
 *       the reference solution connects to the missing role (the element between the parser and
 *       the keyspace that receives the arguments is the executor, whatever it is called);</li>
 *   <li><b>elimination</b>: the one unexplained participant left, when one role is still sought.</li>
 * </ol>
 * Notes and groups never play roles. The result says, per role, which elements were taken, how
 * sure the reading is and why, so the learner can see it and correct it.
 */
final class RoleReader {
    /** A comparison ("==", ">=", "!=", " < ") makes a title a guard on a variable, not a name. */
    private static final com.google.re2j.Pattern CONDITION = com.google.re2j.Pattern.compile("==|!=|>=|<=|\\s[<>]\\s");

    /**
     * A setting's name, a compound of words joined by {@code -} or {@code _} around {@code max}
     * ({@code proto-max-bulk-len}, {@code hash_max_listpack_entries}): it names a limit, not a
     * participant, so its words ("bulk len", "listpack") do not make an element play a role.
     */
    private static final com.google.re2j.Pattern SETTING = com.google.re2j.Pattern.compile(
            "(?i)\\b[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]max[-_][a-z0-9]+(?:[-_][a-z0-9]+)*\\b|\\b[a-z0-9]+(?:_[a-z0-9]+)*_max\\b");


    /**
     * A key's name, a word, a colon and a number ({@code user:1}, {@code session:42}): it names a
     * key ("k"), so its word ("user") does not make the element play a role (the client).
     */
    private static final com.google.re2j.Pattern KEY_NAME = com.google.re2j.Pattern.compile(
            "(?i)\\b[a-z][a-z0-9_]*:[0-9][a-z0-9_:]*\\b");

    /** True when some colon is followed by a digit: only then can the text hold a key's name. */
    private static boolean namesAKey(String text) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon > 0 && colon + 1 < text.length() && Character.isDigit(text.charAt(colon + 1))
                    && Character.isLetterOrDigit(text.charAt(colon - 1))) {
                return true;
            }
        }
        return false;
    }

    /** How one element came to play a role: the surest reason only. */
    enum Reason {
        CLASS(1.0), NAME(0.9), ABBREVIATION(0.6), POSITION(0.6), ELIMINATION(0.5);

        final double confidence;

        Reason(double confidence) {
            this.confidence = confidence;
        }
    }

    /** One element taken for one role. */
    record Taken(Shape shape, Reason reason, String detail) {
    }

    /**
     * Up to this many words a name is a noun phrase, read by its head ("keyspace expires"); longer
     * it is a sentence, read by what it says first ("delete k from the keyspace").
     */
    private static final int NOUN_PHRASE_TOKENS = 3;


    private final Map<String, Role> roles;
    private final Map<String, Phrases> phrases = new LinkedHashMap<>();
    private final Map<String, Set<String>> rolesByShape = new HashMap<>();
    private final Map<String, List<Taken>> takenByRole = new LinkedHashMap<>();
    /** Per role, its words that another role's longer name contains ("dict" in "expires dict"). */
    private final Map<String, Set<Words>> generic = new HashMap<>();
    /** Every role's words by how they start, to find the few that a name could contain. */
    private final RoleLexicon lexicon;

    private RoleReader(Map<String, Role> roles) {
        this.roles = roles;
        roles.forEach((name, role) -> phrases.put(name, Phrases.role(role)));
        roles.keySet().forEach(r -> takenByRole.put(r, new ArrayList<>()));
        RubricWords rubric = RUBRICS.computeIfAbsent(new Identity(roles),
                k -> new RubricWords(genericWords(phrases), new RoleLexicon(List.copyOf(phrases.values()))));
        generic.putAll(rubric.generic());
        lexicon = rubric.lexicon();
    }

    /** What the reader derives from a rubric's roles alone, once per rubric. */
    private record RubricWords(Map<String, Set<Words>> generic, RoleLexicon lexicon) {
    }

    /**
     * Per review, each distinct text normalised once, and each distinct name read once: labels,
     * ids and their parts repeat across elements and arrows, and every reading compares them
     * with every role.
     */
    private final Map<String, Words> wordsByText = new HashMap<>();
    private final Map<String, Set<String>> rolesByText = new HashMap<>();

    /** The text normalised for matching ({@link Words#of}), once per review. */
    Words words(String text) {
        Words known = wordsByText.get(text);
        if (known == null) {
            known = Words.of(text);
            wordsByText.put(text, known);
        }
        return known;
    }

    /** A clause of a label: its lines, and the parts between commas, semicolons, spaced dashes and brackets. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("\\n|[,;()\\[\\]]|\\s[-\u2013\u2014]\\s");
    private static final java.util.regex.Pattern ONLY = java.util.regex.Pattern.compile("(?i)\\bonly\\b");

    /**
     * True when a clause of the label restricts the element to the role with "only" ("master only",
     * "on the master only"): a qualifier that places the element behind that role's decision, as
     * drawing it inside the role's box does. A clause that merely names the role ("master and each
     * replica") restricts nothing.
     */
    boolean restrictedTo(String role, String label) {
        Phrases p = phrases.get(role);
        if (p == null || !ONLY.matcher(label).find()) {
            return false;
        }
        for (String clause : CLAUSE.split(label)) {
            if (ONLY.matcher(clause).find() && p.matches(clause)) {
                return true;
            }
        }
        return false;
    }

    /** A key compared by identity: rubric role maps and compiled model boards are long-lived content. */
    private record Identity(Object of, Object and) {
        Identity(Object of) {
            this(of, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.of == of && i.and == and;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(of) + System.identityHashCode(and);
        }
    }

    /** What a model (reference solution) says, read once per model and rubric. */
    private record ModelFacts(Map<String, Set<String>> neighbours, Set<String> decisions) {
    }

    /** Content is bounded (tutorials times published versions), but keep only the recent ones. */
    private static final int MAX_CACHED = 128;
    private static final Map<Identity, RubricWords> RUBRICS = boundedCache();
    private static final Map<Identity, ModelFacts> MODELS = boundedCache();

    private static <V> Map<Identity, V> boundedCache() {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity, V> eldest) {
                return size() > MAX_CACHED;
            }
        });
    }

    private static Map<String, Set<Words>> genericWords(Map<String, Phrases> phrases) {
        Map<String, Set<Words>> out = new HashMap<>();
        phrases.forEach((name, own) -> {
            Set<Words> common = new java.util.HashSet<>();
            for (Words w : own.words()) {
                for (Map.Entry<String, Phrases> other : phrases.entrySet()) {
                    if (!other.getKey().equals(name) && other.getValue().words().stream()
                            .anyMatch(v -> v.tokens().size() > w.tokens().size() && v.spells(w))) {
                        common.add(w);
                    }
                }
            }
            out.put(name, Set.copyOf(common));
        });
        return out;
    }

    /**
     * Reads {@code board}; {@code model} (the tutorial's reference solution, or null) tells which
     * roles exchange messages, for reading by position.
     */
    static RoleReader read(Board board, Map<String, Role> roles, Board model) {
        RoleReader reader = new RoleReader(roles);
        Set<String> touched = touchedByArrows(board);
        for (Shape shape : board.shapes()) {
            if (canPlayRoles(shape) && !isFreeStandingNote(shape, touched)) {
                reader.readNames(shape);
            }
        }
        if (model != null) {
            ModelFacts facts = MODELS.computeIfAbsent(new Identity(model, roles), k -> modelFacts(model, roles));
            reader.modelNeighbours = facts.neighbours();
            reader.modelDecisions = facts.decisions();
            reader.readPositions(board, reader.modelNeighbours);
        }
        reader.readByElimination(board);
        reader.readingDone = true;
        reader.unexplained = reader.computeUnexplained(board);
        return reader;
    }

    private static ModelFacts modelFacts(Board model, Map<String, Role> roles) {
        RoleReader modelReading = new RoleReader(roles);
        for (Shape shape : model.shapes()) {
            if (canPlayRoles(shape)) {
                modelReading.readNames(shape);
            }
        }
        Set<String> decisions = new java.util.HashSet<>();
        modelReading.takenByRole.forEach((role, taken) -> {
            if (!taken.isEmpty() && taken.stream().allMatch(t -> isDecision(t.shape()))) {
                decisions.add(role);
            }
        });
        return new ModelFacts(neighbourRoles(model, modelReading), Set.copyOf(decisions));
    }

    /** The roles an arrow's label names, read like an element's name (once per label). */
    Set<String> labelRoles(String label) {
        return label == null || label.isBlank() ? Set.of() : rolesOfText(label);
    }

    /**
     * Unexplained elements that might play {@code role}: with a model, those of the same kind as
     * the model's (a decision for a decision) that exchange messages with as many of the roles
     * the model connects to it as reading by position asks (two, or one when the model connects
     * it to one); without a model, all of them.
     */
    List<Shape> candidates(Board board, String role) {
        List<Shape> all = unexplained(board);
        Set<String> wanted = modelNeighbours == null ? null : modelNeighbours.get(role);
        if (wanted == null) {
            return modelNeighbours == null ? all : List.of();
        }
        List<Shape> out = new ArrayList<>();
        for (Shape candidate : all) {
            if (!sameKind(role, candidate)) {
                continue;
            }
            if (sharedNeighbours(board, candidate, wanted).size() >= Math.min(2, wanted.size())) {
                out.add(candidate);
            }
        }
        return out;
    }

    private Map<String, Set<String>> modelNeighbours;
    /** Roles the model draws as decisions (a diamond, or a question). */
    private Set<String> modelDecisions = Set.of();

    /** A decision is sought among decisions, anything else among non-decisions. */
    private boolean sameKind(String role, Shape candidate) {
        return modelDecisions.contains(role) == isDecision(candidate);
    }

    static boolean isDecision(Shape s) {
        String label = s.label() == null ? "" : s.label().strip();
        return "diamond".equals(s.shape()) || label.endsWith("?");
    }

    /** The roles the shape itself plays (empty when none). */
    Set<String> rolesOf(String shapeId) {
        return rolesByShape.getOrDefault(shapeId, Set.of());
    }

    /** Per role, in rubric order, the elements taken for it. */
    Map<String, List<Taken>> taken() {
        return takenByRole;
    }

    /**
     * Notes and groups are commentary and framing, never parts of the mechanism; so is a markdown
     * or code block (`|md ...|`), which is how D2 writes a note outside sequence diagrams, and a
     * `shape: text` (bare text, no box: a caption or a setting noted beside a step).
     */
    static boolean canPlayRoles(Shape shape) {
        return shape.seqRole() != Shape.SeqRole.NOTE && shape.seqRole() != Shape.SeqRole.GROUP && shape.language() == null
                && !"text".equals(shape.shape());
    }

    /**
     * A remark written as a plain shape: a one-line sentence that no arrow touches (nor any of its
     * parts), at the board's root or inside a frame whose other parts are joined by arrows (a
     * "Redis server" box around the whole flow). In a container whose parts no arrow touches (an
     * entity and its fields), being a part is its connection. It comments on the mechanism ("no
     * timer anywhere: an expired key is only found by a lookup"), so, like a note, it plays no
     * role; a short unconnected name ("AOF") still does.
     */
    static boolean isFreeStandingNote(Shape shape, Set<String> touchedByArrows) {
        String label = shape.label() == null ? "" : shape.label().strip();
        // a multi-line label is a name with detail lines ("\"int\"\nSET n 42"), not a remark, unless
        // it is drawn as free text (shape: text, D2's paragraph); on a
        // board without arrows (a list of entities) being unconnected says nothing about a shape
        return !touchedByArrows.isEmpty() && !touchedByArrows.contains(shape.id())
                && (shape.parent() == null || hasJoinedPart(shape.parent(), touchedByArrows))
                && (!label.contains("\n") || "text".equals(shape.shape()))
                && sentenceWords(label, NOTE_SENTENCE_WORDS) >= NOTE_SENTENCE_WORDS;
    }

    /**
     * How many of the label's space-separated parts hold a letter or digit, counted up to {@code
     * enough}: an arrow ("user:7 -> hash") or a dash between words is no word of a sentence.
     */
    private static int sentenceWords(String label, int enough) {
        int count = 0;
        boolean inPart = false;
        boolean wordy = false;
        for (int i = 0; i <= label.length() && count < enough; i++) {
            char c = i < label.length() ? label.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (inPart && wordy) {
                    count++;
                }
                inPart = false;
                wordy = false;
            } else {
                inPart = true;
                wordy |= Character.isLetterOrDigit(c);
            }
        }
        return count;
    }

    /** Whether an arrow touches some direct part of {@code container}. */
    private static boolean hasJoinedPart(String container, Set<String> touchedByArrows) {
        for (String id : touchedByArrows) {
            if (id.length() > container.length() && id.startsWith(container) && id.charAt(container.length()) == '.'
                    && id.indexOf('.', container.length() + 1) < 0) {
                return true;
            }
        }
        return false;
    }

    /** From this many words an unconnected label is a sentence about the diagram, not a part's name. */
    private static final int NOTE_SENTENCE_WORDS = 8;

    /**
     * The label without its parenthetical sentences (as many words as a free-standing note): an
     * aside that long comments on the arrow, while a short one ("yes (master)") names something.
     */
    static String withoutRemarks(String label) {
        if (label == null || label.indexOf('(') < 0) {
            return label;
        }
        StringBuilder out = new StringBuilder(label.length());
        int from = 0;
        for (int open = label.indexOf('('); open >= 0; open = label.indexOf('(', from)) {
            int close = label.indexOf(')', open);
            if (close < 0) {
                break;
            }
            out.append(label, from, open);
            if (sentenceWords(label.substring(open + 1, close), NOTE_SENTENCE_WORDS) < NOTE_SENTENCE_WORDS) {
                out.append(label, open, close + 1);
            }
            from = close + 1;
        }
        return out.append(label, from, label.length()).toString();
    }

    /** Every arrow end and each container holding one: a container with a connected part is connected. */
    static Set<String> touchedByArrows(Board board) {
        Set<String> touched = new java.util.HashSet<>();
        for (Connection c : board.connections()) {
            for (String end : List.of(c.src(), c.dst())) {
                for (int dot = end.indexOf('.'); dot >= 0; dot = end.indexOf('.', dot + 1)) {
                    touched.add(end.substring(0, dot));
                }
                touched.add(end);
            }
        }
        return touched;
    }

    private void readNames(Shape shape) {
        Set<String> byClass = new LinkedHashSet<>();
        for (String c : shape.classes()) {
            String name = c.toLowerCase(Locale.ROOT).replace('_', '-');
            if (roles.containsKey(name)) {
                byClass.add(name);
            }
        }
        if (!byClass.isEmpty()) {
            byClass.forEach(r -> take(shape, r, Reason.CLASS, "its class \u201c" + r + "\u201d"));
            return;
        }
        String id = DiagramView.lastSegment(shape.id());
        String label = shape.label() == null ? "" : shape.label();
        Set<String> fromLabel = label.isBlank() ? Set.of() : rolesOfText(label);
        if (!fromLabel.isEmpty()) {
            fromLabel.forEach(r -> take(shape, r, Reason.NAME, "its name \u201c" + label + "\u201d"));
            // a table that lists its kinds: "String encodings" with rows int, embstr and raw holds all three
            Set<String> listed = new LinkedHashSet<>(shape.columns().size() > 1 ? columnRoles(shape) : Set.of());
            listed.removeAll(fromLabel);
            if (listed.size() > 1) {
                listed.forEach(r -> take(shape, r, Reason.NAME, "its rows in \u201c" + label + "\u201d"));
            }
            return;
        }
        Set<String> fromId = rolesOfText(id);
        if (!fromId.isEmpty()) {
            fromId.forEach(r -> take(shape, r, Reason.NAME, "its id \u201c" + id + "\u201d"));
            return;
        }
        Set<String> fromColumns = columnRoles(shape);
        if (!fromColumns.isEmpty()) {
            fromColumns.forEach(r -> take(shape, r, Reason.NAME, "its columns in \u201c" + (label.isBlank() ? id : label) + "\u201d"));
            return;
        }
        // only a name that is one short word is an abbreviation ("cli", "exec", "ks"): in a longer
        // name a common word ("key" in "setKey helper") is just a word
        String name = label.isBlank() ? id : label;
        Set<String> fromAbbreviation = words(name).tokens().size() == 1 ? abbreviation(name) : Set.of();
        if (fromAbbreviation.isEmpty() && !label.isBlank() && words(id).tokens().size() == 1) {
            fromAbbreviation = abbreviation(id);
        }
        if (fromAbbreviation.isEmpty() && !label.isBlank()) {
            // a short alias of clipped words: "PERR (-ERR proto)" is the protocol error
            for (String alias : NameParts.aliases(label)) {
                fromAbbreviation = clippedWords(alias);
                if (fromAbbreviation.isEmpty()) {
                    fromAbbreviation = oneWordItems(alias);
                }
                if (!fromAbbreviation.isEmpty()) {
                    break;
                }
            }
        }
        if (fromAbbreviation.isEmpty() && !label.isBlank()) {
            // a short name of clipped words: "db.exp (k->ms)" is the expires dict ("db expires")
            fromAbbreviation = clippedWords(NameParts.withoutAliases(label));
        }
        if (fromAbbreviation.size() == 1) {
            String r = fromAbbreviation.iterator().next();
            take(shape, r, Reason.ABBREVIATION, "the abbreviation in \u201c" + (label.isBlank() ? id : label) + "\u201d");
        }
    }

    /**
     * The roles a table's column names say, when the table's own name says none: "redisDb" with
     * columns {@code dict} and {@code expires} holds both dicts, as "redisDb (dict + expires)" does.
     */
    private Set<String> columnRoles(Shape shape) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < shape.columns().size(); i++) {
            out.addAll(columnRoles(shape, i));
        }
        return out;
    }

    /** The roles one column's name says (empty when none, or no such column). */
    Set<String> columnRoles(Shape shape, int column) {
        if (column < 0 || column >= shape.columns().size()) {
            return Set.of();
        }
        String name = shape.columns().get(column).name();
        return name == null || name.isBlank() ? Set.of() : rolesOfText(name);
    }

    /**
     * The roles a name says. A label is read as a title ("raw" in "raw: header pointing to an
     * sds"; only when three or more words follow, so "keyspace: expires" stays one phrase), then
     * the description after its colon or dash, then its parenthesised aliases: the
     * first of these that names a role decides, so accurate extra words do not pull the element
     * into another role. Within each, every part of a list joined by {@code +}, {@code &},
     * {@code and}, {@code ,} or {@code /} counts; a part that lists two or more roles anywhere
     * ("redisDb (dict + expires)") makes the element play all of them.
     */
    private Set<String> rolesOfText(String text) {
        Set<String> known = rolesByText.get(text);
        if (known == null) {
            String read = text.indexOf("max") < 0 && text.indexOf("MAX") < 0 ? text : SETTING.matcher(text).replaceAll(" ");
            known = readText(namesAKey(read) ? KEY_NAME.matcher(read).replaceAll("k") : read);
            rolesByText.put(text, known);
        }
        return known;
    }

    private Set<String> readText(String text) {
        String main = NameParts.withoutAliases(text);
        List<String> segments = new ArrayList<>();
        // the index of the segment that describes a title, when the label has one
        int described = -1;
        String[] titled = NameParts.titled(main);
        if (titled != null && isCondition(titled[0])) {
            // "c->bulklen >= 0: copy the argument" says when the state runs, then what it does: the
            // variable tested is not the state (bulklen is known in the payload state)
            segments.add(titled[1]);
            segments.add(main);
        } else if (titled != null && readsAsTitle(main, titled)) {
            // a one-line description may list what the title does ("propagateNow: ... AND ..."); the
            // detail lines under a title are details, not more of what it is
            described = main.indexOf('\n') < 0 ? 1 : -1;
            segments.add(titled[0]);
            // a title that names nothing leaves the whole label to read: one of its detail lines
            // alone ("'expired' event" under "del kv+ttl") is not what the element is
            segments.add(main.indexOf('\n') >= 0 ? main : titled[1]);
        } else if (titled != null && main.indexOf('\n') < 0 && NameParts.leadingClause(titled[1]).length() < titled[1].length()) {
            // "list: quicklist - 7.0: every list" names "list: quicklist"; what follows is detail
            segments.add(titled[0] + ": " + NameParts.leadingClause(titled[1]));
        } else {
            segments.add(main);
        }
        segments.addAll(NameParts.aliases(text));
        Set<String> decided = new LinkedHashSet<>();
        Set<String> listed = new LinkedHashSet<>();
        for (int index = 0; index < segments.size(); index++) {
            String segment = segments.get(index);
            Set<String> here = new LinkedHashSet<>();
            String[] parts = NameParts.listItems(segment).toArray(String[]::new);
            if (parts.length > 1 && java.util.Arrays.stream(parts).anyMatch(this::actsOnWhatItNames)) {
                // "delete from keyspace + expires" is one step on two things, not a list of parts
                parts = new String[] {segment};
            }
            for (String part : parts) {
                String what = NameParts.asWhat(part);
                String otherwise = part;
                if (what == null) {
                    String[] handOver = NameParts.handOver(part);
                    if (handOver != null) {
                        // what is handed over names nothing: the step is its subject's, never its
                        // verb's ("... and gets a deadline" is no GET)
                        what = handOver[1];
                        otherwise = handOver[0];
                    }
                }
                Set<String> named = what == null ? complementRoles(part) : winners(what);
                here.addAll(named.isEmpty() ? winners(otherwise) : named);
            }
            boolean shortParts = java.util.Arrays.stream(parts).allMatch(p -> words(p).tokens().size() <= NOUN_PHRASE_TOKENS);
            if (parts.length > 1 && here.size() > 1 && shortParts) {
                listed.addAll(here);
            } else if (index == described && parts.length > 1 && here.size() > 1 && namesEvery(parts)
                    && !decided.isEmpty() && here.containsAll(decided)) {
                // a description whose parts name the title's role and others: "propagateNow:
                // replication stream to replicas AND append to AOF" feeds both
                listed.addAll(here);
            }
            if (decided.isEmpty()) {
                decided.addAll(here);
            }
        }
        decided.addAll(listed);
        return decided;
    }

    /** True when every part names some role. */
    private boolean namesEvery(String[] parts) {
        for (String part : parts) {
            if (winners(part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title stands for the element when a description follows it (three or more words before
     * the description's own colon or dash, so "keyspace: expires" and "list: quicklist - 7.0: every
     * list" stay one phrase), when it is the first of several lines, or when it
     * lists several things itself ("ZSET / SKIPLIST: struct zset").
     */
    private static boolean isCondition(String title) {
        return NameParts.mayCompare(title) && CONDITION.matcher(title).find();
    }

    private boolean readsAsTitle(String text, String[] titled) {
        return words(NameParts.leadingClause(titled[1])).tokens().size() >= 3 || text.indexOf('\n') >= 0
                || NameParts.listItems(titled[0]).size() > 1;
    }

    /**
     * True when a phrase names one role first and, after words that name neither, another as its
     * head: "delete from keyspace" acts on the keyspace (a verb, then its object), while "keyspace
     * expires" is one compound name.
     */
    private boolean actsOnWhatItNames(String phrase) {
        Match head = Match.NONE;
        Match first = Match.NONE;
        String headRole = null;
        String firstRole = null;
        Iterator<Match> matches = bestMatches(phrase).iterator();
        for (String role : phrases.keySet()) {
            Match m = matches.next();
            if (!m.found()) {
                continue;
            }
            if (!head.found() || m.beats(head)) {
                head = m;
                headRole = role;
            }
            if (!first.found() || m.start() < first.start()) {
                first = m;
                firstRole = role;
            }
        }
        return head.found() && !headRole.equals(firstRole) && first.end() + 1 < head.start();
    }

    /**
     * Per review, each distinct phrase's best match per role, in rubric order: a list's parts are
     * weighed by {@link #actsOnWhatItNames} and then read by {@link #winners}, and comparing a
     * phrase with every role's words and patterns is the costliest step of reading a name.
     */
    private final Map<String, List<Match>> matchesByPhrase = new HashMap<>();

    private List<Match> bestMatches(String phrase) {
        List<Match> known = matchesByPhrase.get(phrase);
        if (known == null) {
            Words words = words(phrase);
            String lower = phrase.toLowerCase(Locale.ROOT);
            // the lexicon's candidates lose no match (RoleLexicon), so the best match is the one a
            // comparison with all of a role's words would find
            List<List<Words>> candidates = lexicon.candidates(words);
            known = new ArrayList<>(phrases.size());
            int index = 0;
            for (Map.Entry<String, Phrases> e : phrases.entrySet()) {
                known.add(e.getValue().best(words, lower, generic.get(e.getKey()), candidates.get(index++)));
            }
            matchesByPhrase.put(phrase, known);
        }
        return known;
    }

    /**
     * The roles a sentence "X is a Y" says X is, when Y's first words name them by a word of their
     * own: "A small sorted set is a listpack kept in score order" is the listpack. A word other roles
     * also contain ("a linked list of listpack nodes") leaves the sentence to be read whole.
     */
    private Set<String> complementRoles(String part) {
        String y = NameParts.complement(part);
        if (y == null) {
            return Set.of();
        }
        Iterator<Match> matches = bestMatches(y).iterator();
        for (String role : phrases.keySet()) {
            Match m = matches.next();
            if (m.found() && m.generic()) {
                return Set.of();
            }
        }
        return winners(y);
    }

    /** The roles whose best match in the phrase ends last (the head noun), ties included. */
    private Set<String> winners(String phrase) {
        if (phrase.isBlank()) {
            return Set.of();
        }
        boolean sentence = words(phrase).tokens().size() > NOUN_PHRASE_TOKENS;
        Match best = Match.NONE;
        Set<String> out = new LinkedHashSet<>();
        Iterator<Match> matches = bestMatches(phrase).iterator();
        for (Map.Entry<String, Phrases> e : phrases.entrySet()) {
            Match m = matches.next();
            if (!m.found()) {
                continue;
            }
            boolean wins = !best.found() || (sentence ? m.beatsInSentence(best) : m.beats(best));
            boolean loses = best.found() && (sentence ? best.beatsInSentence(m) : best.beats(m));
            if (wins) {
                best = m;
                out.clear();
                out.add(e.getKey());
            } else if (!loses) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * Roles one of whose synonyms the text abbreviates: a token of three or more letters that
     * starts a one-word synonym of five or more, or a token that spells the initials of a
     * two- to four-word synonym.
     */
    private Set<String> abbreviation(String text) {
        Words words = words(text);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Phrases> e : phrases.entrySet()) {
            for (Words synonym : e.getValue().words()) {
                for (String token : words.tokens()) {
                    if (abbreviates(token, synonym)) {
                        out.add(e.getKey());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Roles the acronyms in a short alias list abbreviate: "Z:SL (SL+dict)" is the skiplist ("SL"
     * spells "skip list"), as a one-word name would be. An item counts only when written in two
     * to four capitals: a plain word ("dict") is no abbreviation.
     */
    private Set<String> oneWordItems(String alias) {
        List<String> items = NameParts.listItems(alias).stream().filter(i -> !i.isBlank()).toList();
        Set<String> out = new LinkedHashSet<>();
        if (items.size() < 2 || items.size() > 4) {
            return out;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.length() >= 2 && t.length() <= 4 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                out.addAll(abbreviation(t));
            }
        }
        return out;
    }

    /**
     * Roles a name of two to four words spells as one of their synonyms with every word clipped
     * to its start, in any order ("err proto" is the protocol error): each word is three or more
     * letters starting a different word of the synonym, or a word of one or two letters written
     * whole ("db exp" is "db expires"), and at least one is shorter than its word.
     */
    private Set<String> clippedWords(String text) {
        List<String> tokens = words(text).tokens();
        Set<String> out = new LinkedHashSet<>();
        if (tokens.size() < 2 || tokens.size() > 4) {
            return out;
        }
        for (Map.Entry<String, Phrases> e : phrases.entrySet()) {
            for (Words synonym : e.getValue().words()) {
                if (synonym.tokens().size() == tokens.size() && clips(tokens, synonym.tokens())) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static boolean clips(List<String> tokens, List<String> words) {
        boolean[] used = new boolean[words.size()];
        boolean shorter = false;
        for (String token : tokens) {
            int found = -1;
            for (int i = 0; i < words.size() && found < 0; i++) {
                // a word of one or two letters is written whole ("db"), never clipped
                if (!used[i] && (token.length() >= 3 ? words.get(i).startsWith(token) : words.get(i).equals(token))) {
                    found = i;
                }
            }
            if (found < 0) {
                return false;
            }
            used[found] = true;
            shorter |= token.length() < words.get(found).length();
        }
        return shorter;
    }

    private static boolean abbreviates(String token, Words synonym) {
        List<String> parts = synonym.tokens();
        if (parts.size() == 1) {
            String word = parts.getFirst();
            return token.length() >= 3 && word.length() >= 5 && word.length() > token.length() && word.startsWith(token);
        }
        if (parts.size() > 4 || token.length() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).charAt(0) != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Per role, the roles it exchanges messages with in the model. */
    private static Map<String, Set<String>> neighbourRoles(Board model, RoleReader modelReading) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Connection c : model.connections()) {
            Set<String> from = modelReading.actingRoles(model, c.src());
            Set<String> to = modelReading.actingRoles(model, c.dst());
            for (String a : from) {
                for (String b : to) {
                    if (!a.equals(b)) {
                        out.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                        out.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
                    }
                }
            }
        }
        return out;
    }

    private final Map<Identity, Map<String, Shape>> shapesById = new HashMap<>();

    /** The roles an endpoint acts for: its own, else its nearest ancestor's. */
    private Set<String> actingRoles(Board board, String id) {
        Map<String, Shape> byId = shapesById.computeIfAbsent(new Identity(board), k -> {
            Map<String, Shape> index = new HashMap<>();
            board.shapes().forEach(s -> index.put(s.id(), s));
            return index;
        });
        for (String cur = id; cur != null; ) {
            Set<String> own = rolesOf(cur);
            if (!own.isEmpty()) {
                return own;
            }
            Shape s = byId.get(cur);
            cur = s == null ? null : s.parent();
        }
        return Set.of();
    }

    /**
     * For each role still unplayed: the one unexplained element whose neighbours play at least
     * two of the roles the model connects to it (one, when the model connects it to one only).
     */
    private void readPositions(Board board, Map<String, Set<String>> modelNeighbours) {
        for (String role : roles.keySet()) {
            if (!takenByRole.get(role).isEmpty() || !modelNeighbours.containsKey(role)) {
                continue;
            }
            Set<String> wanted = modelNeighbours.get(role);
            int needed = Math.min(2, wanted.size());
            Shape best = null;
            Set<String> bestShared = Set.of();
            boolean tie = false;
            for (Shape candidate : unexplained(board)) {
                if (!sameKind(role, candidate)) {
                    continue;
                }
                Set<String> shared = sharedNeighbours(board, candidate, wanted);
                if (shared.size() < needed) {
                    continue;
                }
                if (best == null || shared.size() > bestShared.size()) {
                    best = candidate;
                    bestShared = shared;
                    tie = false;
                } else if (shared.size() == bestShared.size()) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                take(best, role, Reason.POSITION, "its place: it exchanges messages with "
                        + String.join(" and ", bestShared.stream().map(r -> roles.get(r).title()).toList()));
            }
        }
    }

    /** The roles among {@code wanted} that the candidate's neighbours play. */
    private Set<String> sharedNeighbours(Board board, Shape candidate, Set<String> wanted) {
        Set<String> shared = new LinkedHashSet<>();
        for (Connection c : board.connections()) {
            String other = c.src().equals(candidate.id()) ? c.dst() : c.dst().equals(candidate.id()) ? c.src() : null;
            if (other != null) {
                actingRoles(board, other).stream().filter(wanted::contains).forEach(shared::add);
            }
        }
        return shared;
    }

    /** One role still unplayed and one unexplained connected participant left: that one plays it. */
    private void readByElimination(Board board) {
        List<String> sought = roles.keySet().stream().filter(r -> takenByRole.get(r).isEmpty()).toList();
        if (sought.size() != 1) {
            return;
        }
        String top = outerFrame(board);
        List<Shape> left = unexplained(board).stream().filter(s -> java.util.Objects.equals(s.parent(), top)).toList();
        if (left.size() == 1) {
            take(left.getFirst(), sought.getFirst(), Reason.ELIMINATION,
                    "elimination: it is the one participant left unexplained");
        }
    }

    /**
     * The container the diagram's top level lies in: none, or the one box drawn around everything
     * ("Redis server" holding the whole flow), and so on inwards; a frame is no participant, so its
     * parts are the participants elimination chooses among.
     */
    private static String outerFrame(Board board) {
        String frame = null;
        while (true) {
            String only = null;
            int count = 0;
            for (Shape s : board.shapes()) {
                if (java.util.Objects.equals(s.parent(), frame) && canPlayRoles(s)) {
                    only = s.id();
                    count++;
                }
            }
            String inside = only;
            if (count != 1 || board.shapes().stream().noneMatch(s -> inside.equals(s.parent()))) {
                return frame;
            }
            frame = only;
        }
    }

    private List<Shape> unexplained;

    /** Connected shapes that can play a role, play none, and are inside no role player. */
    private List<Shape> unexplained(Board board) {
        if (unexplained == null || !readingDone) {
            return computeUnexplained(board);
        }
        return unexplained;
    }

    /** Set once the reading is complete: from then on the unexplained elements no longer change. */
    private boolean readingDone;

    private List<Shape> computeUnexplained(Board board) {
        Set<String> connected = new java.util.HashSet<>();
        for (Connection c : board.connections()) {
            connected.add(c.src());
            connected.add(c.dst());
        }
        List<Shape> out = new ArrayList<>();
        for (Shape s : board.shapes()) {
            if (canPlayRoles(s) && rolesOf(s.id()).isEmpty() && connected.contains(s.id())
                    && actingRoles(board, s.id()).isEmpty() && s.seqRole() != Shape.SeqRole.SPAN) {
                out.add(s);
            }
        }
        return out;
    }

    private void take(Shape shape, String role, Reason reason, String detail) {
        rolesByShape.computeIfAbsent(shape.id(), k -> new LinkedHashSet<>()).add(role);
        takenByRole.get(role).add(new Taken(shape, reason, detail));
    }
}

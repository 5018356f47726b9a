package dev.fivenines.feedback.d2.parser;

/** The stable codes of syntax diagnostics, one per D2 parser message. */
final class Codes {
    static final String UNTERMINATED_MAP = "d2.syntax.unterminated_map";
    static final String UNEXPECTED_MAP_TERMINATOR = "d2.syntax.unexpected_map_terminator";
    static final String UNEXPECTED_TEXT = "d2.syntax.unexpected_text";
    static final String INVALID_KEY_START = "d2.syntax.invalid_key_start";
    static final String INVALID_ARRAY_VALUE = "d2.syntax.invalid_array_value";
    static final String UNTERMINATED_BLOCK_COMMENT = "d2.syntax.unterminated_block_comment";
    static final String VALUE_WITHOUT_KEY = "d2.syntax.value_without_key";
    static final String MISSING_VALUE = "d2.syntax.missing_value";
    static final String UNTERMINATED_EDGE_GROUP = "d2.syntax.unterminated_edge_group";
    static final String UNTERMINATED_EDGE_INDEX = "d2.syntax.unterminated_edge_index";
    static final String BAD_EDGE_INDEX = "d2.syntax.bad_edge_index";
    static final String MISSING_SOURCE = "d2.syntax.missing_source";
    static final String MISSING_DESTINATION = "d2.syntax.missing_destination";
    static final String UNTERMINATED_CONNECTION = "d2.syntax.unterminated_connection";
    static final String BAD_CONNECTION_ESCAPE = "d2.syntax.bad_connection_escape";
    static final String KEY_TOO_LONG = "d2.syntax.key_too_long";
    static final String IMPORT_IN_KEY = "d2.syntax.import_in_key";
    static final String RESERVED_SPREAD_PREFIX = "d2.syntax.reserved_spread_prefix";
    static final String UNFINISHED_ESCAPE = "d2.syntax.unfinished_escape";
    static final String UNTERMINATED_DOUBLE_QUOTE = "d2.syntax.unterminated_double_quote";
    static final String UNTERMINATED_SINGLE_QUOTE = "d2.syntax.unterminated_single_quote";
    static final String UNTERMINATED_BLOCK_STRING = "d2.syntax.unterminated_block_string";
    static final String UNTERMINATED_ARRAY = "d2.syntax.unterminated_array";
    static final String SUBSTITUTION_WITHOUT_BRACE = "d2.syntax.substitution_without_brace";
    static final String UNTERMINATED_SUBSTITUTION = "d2.syntax.unterminated_substitution";
    static final String NESTING_TOO_DEEP = "d2.syntax.nesting_too_deep";
    static final String INPUT_TOO_LONG = "d2.syntax.input_too_long";

    private Codes() {
    }
}

package dev.fivenines.feedback.d2.ast;

/** A single value: null, boolean, number, suspend/unsuspend, or one of the four string forms. */
public sealed interface Scalar extends Value permits NullValue, BooleanValue, NumberValue, Suspension, StringValue {

    /** The value as D2 would print it as a label: booleans canonical, numbers raw, strings decoded. */
    String text();
}

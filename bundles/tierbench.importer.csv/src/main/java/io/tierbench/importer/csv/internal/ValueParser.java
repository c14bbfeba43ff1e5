package io.tierbench.importer.csv.internal;

/** Reads one non-blank, stripped field value as a typed value. */
@FunctionalInterface
interface ValueParser<T> {

    T parse(String text) throws InvalidValueException;
}

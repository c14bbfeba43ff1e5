package io.tierbench.importer.support;

/** Reads one non-blank, stripped field value as a typed value. */
@FunctionalInterface
interface ValueParser<T> {

    T parse(String text) throws InvalidValueException;
}

package io.tierbench.api.model;

/** Whether a customer is a private person or a company (B2B). */
public enum CustomerType {
    PERSON,
    COMPANY
}

package io.tierbench.api.repository;

import java.util.List;
import java.util.Objects;

/**
 * One page of customers, filtered and sorted, as a customer table shows them.
 *
 * @param runId the run whose labels {@code labels} are matched against; may be {@code null} only when
 *        {@code labels} is empty
 * @param labels labels the customer must all have in the run; empty for no label filter
 * @param tag a tag the customer must have from any source: its name, or {@code group/name}; {@code null} for none
 * @param text text the customer's external id or city contains, and also the name or phone when
 *        {@code textOnPersonalData}; case ignored; {@code null} or blank for none
 * @param textOnPersonalData whether {@code text} is also matched against name and phone (off for people who may
 *        not see them, so that a search cannot confirm a number they are not shown)
 * @param sort the order
 * @param descending whether the order is reversed (customers without a value stay last)
 * @param page the page, from 1
 * @param size customers per page, at least 1
 * @since 1.3
 */
public record CustomerQuery(Long runId, List<LabelCriterion> labels, String tag, String text,
        boolean textOnPersonalData, CustomerSort sort, boolean descending, int page, int size) {

    public CustomerQuery {
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (!labels.isEmpty() && runId == null) {
            throw new IllegalArgumentException("a label filter needs a run");
        }
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        sort = Objects.requireNonNullElse(sort, CustomerSort.ID);
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
    }

    /** @return the first page of every customer by id */
    public static CustomerQuery all(int size) {
        return new CustomerQuery(null, List.of(), null, null, true, CustomerSort.ID, false, 1, size);
    }

    /** @return the number of customers before this page */
    public long offset() {
        return (long) (page - 1) * size;
    }
}

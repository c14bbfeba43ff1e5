package io.tierbench.api.workbench;

/**
 * Where a view goes in the workbench.
 *
 * @since 1.0
 */
public final class Placement {

    /** A card on the dashboard. */
    public static final String DASHBOARD_CARD = "dashboard-card";

    /** A tab of the customer detail page; its context carries the customer id. */
    public static final String CUSTOMER_TAB = "customer-tab";

    /** A page of its own, listed in the navigation. */
    public static final String PAGE = "page";

    private Placement() {
    }
}

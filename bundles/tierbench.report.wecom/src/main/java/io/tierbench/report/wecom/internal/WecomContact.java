package io.tierbench.report.wecom.internal;

import io.tierbench.api.model.Customer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer as WeCom knows it: its external_userid and the staff members who added it. WeCom keeps tags per staff
 * member and contact, so mark_tag is sent once per staff member.
 *
 * <p>The WeCom importer stores the external_userid as the customer's id and its WeChat/WeCom id, and for every staff
 * member an attribute {@code wecom.added.<userid>} with the time they added the contact; the owner field lists the
 * same userids. The attributes, not the owner field, decide: a shop's own files also carry owners (sales reps' names)
 * and WeChat ids, which mark_tag cannot use. Staff come first adder first (ties by userid), as the importer ordered
 * the owners.
 *
 * @param externalUserid the contact's external_userid
 * @param followUserids the userids of the staff members who added it, first adder first; never empty
 */
record WecomContact(String externalUserid, List<String> followUserids) {

    static final String ADDED_PREFIX = "wecom.added.";

    private record Adder(String userid, LocalDateTime added) {
    }

    WecomContact {
        followUserids = List.copyOf(followUserids);
    }

    /** @return the customer as a WeCom contact, or empty when it was not imported from WeCom */
    static Optional<WecomContact> of(Customer customer) {
        List<Adder> adders = new ArrayList<>();
        for (Map.Entry<String, String> attribute : customer.attributes().entrySet()) {
            String userid = attribute.getKey().startsWith(ADDED_PREFIX)
                    ? attribute.getKey().substring(ADDED_PREFIX.length()) : "";
            if (!userid.isBlank()) {
                adders.add(new Adder(userid, added(attribute.getValue())));
            }
        }
        if (adders.isEmpty()) {
            return Optional.empty();
        }
        adders.sort(Comparator.comparing(Adder::added, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Adder::userid));
        String externalUserid = customer.wechatId() == null || customer.wechatId().isBlank()
                ? customer.externalId() : customer.wechatId();
        return Optional.of(new WecomContact(externalUserid, adders.stream().map(Adder::userid).toList()));
    }

    /** The importer writes {@link LocalDateTime#toString()}; anything else sorts last rather than failing the export. */
    private static LocalDateTime added(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package io.tierbench.importer.wecom.internal;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.model.CustomerType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one customer of a merged contact. The staff members are taken in the order they added the contact (ties by
 * userid), and that order decides: the owner list starts with the first adder, the created date and the
 * acquisition channel are the first adder's, the phone is the first noted mobile. Per-staff notes go into
 * attributes under {@code wecom.<field>.<userid>}, so that nothing a staff member wrote is lost in the merge.
 */
final class CustomerAssembler {

    /** WeCom's times are instants; a Chinese shop's day is the day in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Comparator<FollowUser> FIRST_ADDER_FIRST = Comparator.comparingLong(FollowUser::createtime)
            .thenComparing(FollowUser::userid);
    private static final int WECHAT_USER = 1;
    private static final int WECOM_USER = 2;

    private CustomerAssembler() {
    }

    static WecomCustomer customer(PendingContact pending) {
        ExternalContact contact = pending.contact();
        List<FollowUser> staff = pending.followUsers();
        staff.sort(FIRST_ADDER_FIRST);
        FollowUser first = staff.isEmpty() ? null : staff.get(0);
        String id = contact.externalUserid();
        Customer customer = new Customer(id, contact.name(), type(contact.type()), phone(staff), null, id,
                gender(contact.gender()), null, null, null, null, null, null, null, null, channel(first),
                owners(staff), first == null ? null : date(first.createtime()), attributes(contact, staff));
        return new WecomCustomer(customer, pending.tagsIncomplete() ? null : tags(id, staff));
    }

    private static CustomerType type(Integer type) {
        if (type == null) {
            return null;
        }
        // A WeCom user writes from a company's account: the customer is that company's employee, so a business.
        return type == WECOM_USER ? CustomerType.COMPANY : type == WECHAT_USER ? CustomerType.PERSON : null;
    }

    private static String gender(Integer gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case 1 -> "男";
            case 2 -> "女";
            default -> null;
        };
    }

    private static String phone(List<FollowUser> staff) {
        return staff.stream().flatMap(followUser -> followUser.remarkMobiles().stream()).findFirst().orElse(null);
    }

    /** The company's own channel code ({@code state}) says more than WeCom's generic source, so it comes first. */
    private static String channel(FollowUser first) {
        if (first == null) {
            return null;
        }
        if (first.state() != null) {
            return first.state();
        }
        return addWay(first);
    }

    private static String addWay(FollowUser followUser) {
        if (followUser.addWayName() != null) {
            return followUser.addWayName();
        }
        return followUser.addWay() == null ? null : AddWays.name(followUser.addWay());
    }

    private static String owners(List<FollowUser> staff) {
        return staff.isEmpty() ? null : String.join(",", staff.stream().map(FollowUser::userid).toList());
    }

    static LocalDate date(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(CHINA).toLocalDate();
    }

    private static Map<String, String> attributes(ExternalContact contact, List<FollowUser> staff) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "wecom.unionid", contact.unionid());
        put(attributes, "wecom.corp_name", contact.corpName());
        put(attributes, "wecom.corp_full_name", contact.corpFullName());
        put(attributes, "wecom.position", contact.position());
        for (FollowUser followUser : staff) {
            String userid = followUser.userid();
            if (followUser.staffName() != null && !followUser.staffName().equals(userid)) {
                put(attributes, "wecom.staff_name." + userid, followUser.staffName());
            }
            put(attributes, "wecom.added." + userid, LocalDateTime.ofInstant(
                    Instant.ofEpochSecond(followUser.createtime()), CHINA).toString());
            put(attributes, "wecom.add_way." + userid, addWay(followUser));
            put(attributes, "wecom.state." + userid, followUser.state());
            put(attributes, "wecom.remark." + userid, followUser.remark());
            put(attributes, "wecom.description." + userid, followUser.description());
            put(attributes, "wecom.remark_corp_name." + userid, followUser.remarkCorpName());
            put(attributes, "wecom.remark_mobiles." + userid, join(followUser.remarkMobiles()));
            put(attributes, "wecom.personal_tags." + userid, join(followUser.personalTags()));
        }
        return attributes;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }

    /** The union of the staff members' corporate tags: a tag is the contact's whoever put it on. */
    private static List<CustomerTag> tags(String customerId, List<FollowUser> staff) {
        Set<CustomerTag> tags = new LinkedHashSet<>();
        for (FollowUser followUser : staff) {
            for (CorpTag tag : followUser.corpTags()) {
                tags.add(new CustomerTag(customerId, tag.group(), tag.name(), CustomerTag.WECOM));
            }
        }
        return List.copyOf(tags);
    }
}

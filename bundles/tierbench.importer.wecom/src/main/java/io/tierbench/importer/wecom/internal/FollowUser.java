package io.tierbench.importer.wecom.internal;

import java.util.List;

/**
 * One staff member who added a contact ({@code follow_user[]} of {@code externalcontact/get}, {@code follow_info} of
 * {@code batch/get_by_user}, or a row of an SCRM export).
 *
 * @param userid the staff member's WeCom userid (or name, in an export that gives only that), never {@code null}
 * @param staffName the staff member's name, when an export gives it beside the userid; else {@code null}
 * @param remark the staff member's remark on the contact (often the contact's real name)
 * @param description the staff member's description of the contact
 * @param createtime when the staff member added the contact, in seconds since 1970
 * @param remarkMobiles phone numbers the staff member noted
 * @param remarkCorpName the company name the staff member noted
 * @param addWay the source code of the add ({@link AddWays}), or {@code null}
 * @param addWayName the source as written, for exports that give a name rather than a code; else {@code null}
 * @param state the company's own channel code of a 联系我 QR code or link, or {@code null}
 * @param corpTags corporate tags (type 1, and type 3 rule-group tags), by name
 * @param personalTags the staff member's personal tags (type 2), which have no id and no group
 */
record FollowUser(String userid, String staffName, String remark, String description, long createtime,
        List<String> remarkMobiles, String remarkCorpName, Integer addWay, String addWayName, String state, List<CorpTag> corpTags,
        List<String> personalTags) {

    FollowUser {
        remarkMobiles = List.copyOf(remarkMobiles);
        corpTags = List.copyOf(corpTags);
        personalTags = List.copyOf(personalTags);
    }
}

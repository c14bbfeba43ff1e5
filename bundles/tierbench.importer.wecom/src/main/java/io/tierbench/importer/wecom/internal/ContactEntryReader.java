package io.tierbench.importer.wecom.internal;

import io.tierbench.api.importer.RowError;
import io.tierbench.api.model.TagDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON of one contact entry, in either of WeCom's forms, checking each field against WeCom's
 * documentation of 获取客户详情 ({@code externalcontact/get}, developer.work.weixin.qq.com/document/path/92114) and
 * 批量获取客户详情 ({@code externalcontact/batch/get_by_user}, path/92994):
 * <ul>
 * <li>the single form has {@code follow_user[]}, each with {@code tags[]} of {@code group_name}, {@code tag_name},
 * {@code type} (1 corporate, 2 the staff member's own, 3 rule-group) and {@code tag_id};</li>
 * <li>the batch form has one {@code follow_info} with {@code tag_id[]} only, named through the stored tag list.</li>
 * </ul>
 */
final class ContactEntryReader {

    static final String UNKNOWN_TAG = "tag id not in the stored WeCom tag list: import the get_corp_tag_list file "
            + "(or get_strategy_tag_list for rule-group tags) first, then this file again";

    /** 2100-01-01T00:00:00Z: a later createtime is not seconds since 1970. */
    private static final long LAST_PLAUSIBLE_SECOND = 4_102_444_800L;
    /** 2001-09-09 in milliseconds: a createtime this large was written in milliseconds, not seconds. */
    private static final long FIRST_PLAUSIBLE_MILLISECOND = 1_000_000_000_000L;
    private static final int PERSONAL_TAG = 2;

    private final String file;
    private final TagDirectory tags;
    private final String unknownTagConsequence;

    /**
     * @param file the file's name, for row errors
     * @param tags the stored tag definitions
     * @param unknownTagConsequence what happens to a contact with an unknown tag id, appended to the error's reason
     */
    ContactEntryReader(String file, TagDirectory tags, String unknownTagConsequence) {
        this.file = file;
        this.tags = tags;
        this.unknownTagConsequence = unknownTagConsequence;
    }

    /**
     * @param row the entry's position in the file
     * @param entry the entry: a single-form document or a batch-form list element
     * @param batchForm whether the entry has {@code follow_info} rather than {@code follow_user}
     */
    ContactEntry read(long row, JsonFields entry, boolean batchForm) throws EntryRejected {
        ExternalContact contact = contact(entry.requiredObject("external_contact"));
        List<RowError> unknownTags = new ArrayList<>();
        List<FollowUser> followUsers = new ArrayList<>();
        if (batchForm) {
            followUsers.add(followInfo(row, entry.requiredObject("follow_info"), unknownTags));
        } else {
            for (JsonFields followUser : entry.objects("follow_user")) {
                followUsers.add(followUser(followUser));
            }
        }
        return new ContactEntry(row, contact, followUsers, unknownTags);
    }

    /** @return the entry's {@code external_contact.external_userid} when it is readable text, else {@code null} */
    static String externalUserid(JsonFields entry) {
        try {
            JsonFields contact = entry.object("external_contact");
            return contact == null ? null : contact.text("external_userid");
        } catch (EntryRejected notReadable) {
            return null;
        }
    }

    private static ExternalContact contact(JsonFields contact) throws EntryRejected {
        return new ExternalContact(contact.requiredText("external_userid"), contact.text("name"),
                code(contact, "type", "expected 1 (a WeChat user) or 2 (a WeCom user)", 1, 2),
                code(contact, "gender", "expected 0 (unknown), 1 (male) or 2 (female)", 0, 1, 2),
                contact.text("unionid"), contact.text("corp_name"), contact.text("corp_full_name"),
                contact.text("position"));
    }

    private static FollowUser followUser(JsonFields followUser) throws EntryRejected {
        List<CorpTag> corpTags = new ArrayList<>();
        List<String> personalTags = new ArrayList<>();
        for (JsonFields tag : followUser.objects("tags")) {
            String name = tag.requiredText("tag_name");
            Integer type = code(tag, "type", "expected 1 (corporate), 2 (personal) or 3 (rule group)", 1, 2, 3);
            if (type != null && type == PERSONAL_TAG) {
                personalTags.add(name);
            } else {
                corpTags.add(new CorpTag(tag.text("group_name"), name));
            }
        }
        return staff(followUser, corpTags, personalTags);
    }

    private FollowUser followInfo(long row, JsonFields followInfo, List<RowError> unknownTags)
            throws EntryRejected {
        List<CorpTag> corpTags = new ArrayList<>();
        List<String> tagIds = followInfo.texts("tag_id");
        for (int i = 0; i < tagIds.size(); i++) {
            TagDefinition definition = tags.find(tagIds.get(i));
            if (definition == null) {
                unknownTags.add(new RowError(file, row, followInfo.pathOf("tag_id") + "[" + i + "]", tagIds.get(i),
                        UNKNOWN_TAG + unknownTagConsequence));
            } else {
                corpTags.add(new CorpTag(definition.groupName(), definition.name()));
            }
        }
        return staff(followInfo, corpTags, List.of());
    }

    private static FollowUser staff(JsonFields staff, List<CorpTag> corpTags, List<String> personalTags)
            throws EntryRejected {
        return new FollowUser(staff.requiredText("userid"), null, staff.text("remark"), staff.text("description"),
                createtime(staff), staff.texts("remark_mobiles"), staff.text("remark_corp_name"), addWay(staff),
                null, staff.text("state"), corpTags, personalTags);
    }

    private static Integer addWay(JsonFields staff) throws EntryRejected {
        Long code = staff.wholeNumber("add_way");
        if (code != null && (code < 0 || code > Integer.MAX_VALUE)) {
            throw staff.rejection("add_way", code, "expected a WeCom add_way code such as 1 (扫描二维码)");
        }
        return code == null ? null : code.intValue();
    }

    private static long createtime(JsonFields staff) throws EntryRejected {
        Long seconds = staff.wholeNumber("createtime");
        if (seconds == null) {
            throw new EntryRejected(staff.pathOf("createtime"), null,
                    "missing value: WeCom gives when the staff member added the contact, in seconds since 1970");
        }
        if (seconds <= 0 || seconds >= LAST_PLAUSIBLE_SECOND) {
            throw staff.rejection("createtime", seconds, seconds >= FIRST_PLAUSIBLE_MILLISECOND
                    ? "expected seconds since 1970; this looks like milliseconds"
                    : "expected seconds since 1970, after 1970 and before 2100");
        }
        return seconds;
    }

    /** @return the field's value when it is one of the codes, {@code null} when absent */
    private static Integer code(JsonFields fields, String field, String expected, int... codes)
            throws EntryRejected {
        Long value = fields.wholeNumber(field);
        if (value == null) {
            return null;
        }
        for (int code : codes) {
            if (value == code) {
                return code;
            }
        }
        throw fields.rejection(field, value, expected);
    }
}

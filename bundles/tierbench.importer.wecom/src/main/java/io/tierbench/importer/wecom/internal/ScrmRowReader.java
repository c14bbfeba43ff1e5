package io.tierbench.importer.wecom.internal;

import io.tierbench.importer.support.ImportFormats;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one row of an SCRM export (one customer and one staff member) as a contact entry: the same entry a
 * {@code batch/get_by_user} element gives, so both merge and store alike.
 */
final class ScrmRowReader {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，、;；|\\n]");

    private final ScrmHeader header;
    private final TagDirectory tags;

    ScrmRowReader(ScrmHeader header, TagDirectory tags) {
        this.header = header;
        this.tags = tags;
    }

    /** @return the row's external_userid, or {@code null} when blank */
    String externalUserid(List<String> row) {
        return header.text(row, ScrmColumn.EXTERNAL_USERID);
    }

    ContactEntry read(long rowNumber, List<String> row) throws EntryRejected {
        String id = externalUserid(row);
        if (id == null) {
            throw new EntryRejected(header.written(ScrmColumn.EXTERNAL_USERID), null, "missing value");
        }
        ExternalContact contact = new ExternalContact(id, text(row, ScrmColumn.NAME), type(row), gender(row),
                text(row, ScrmColumn.UNIONID), text(row, ScrmColumn.CORP_NAME), text(row, ScrmColumn.CORP_FULL_NAME),
                text(row, ScrmColumn.POSITION));
        String staffName = text(row, ScrmColumn.STAFF_NAME);
        String userid = header.has(ScrmColumn.STAFF_USERID) ? text(row, ScrmColumn.STAFF_USERID) : staffName;
        List<FollowUser> staff = userid == null ? List.of() : List.of(followUser(row, userid, staffName));
        return new ContactEntry(rowNumber, contact, staff, List.of());
    }

    private FollowUser followUser(List<String> row, String userid, String staffName) throws EntryRejected {
        String addWay = text(row, ScrmColumn.ADD_WAY);
        boolean addWayCode = addWay != null && addWay.chars().allMatch(Character::isDigit) && addWay.length() < 10;
        return new FollowUser(userid, staffName, text(row, ScrmColumn.REMARK), text(row, ScrmColumn.DESCRIPTION),
                createtime(row), list(row, ScrmColumn.REMARK_MOBILES), text(row, ScrmColumn.REMARK_CORP_NAME),
                addWayCode ? Integer.valueOf(addWay) : null, addWayCode ? null : addWay, text(row, ScrmColumn.STATE),
                corpTags(row), list(row, ScrmColumn.PERSONAL_TAGS));
    }

    private long createtime(List<String> row) throws EntryRejected {
        String text = text(row, ScrmColumn.CREATETIME);
        if (text == null) {
            throw new EntryRejected(header.written(ScrmColumn.CREATETIME), null,
                    "missing value: when the staff member added the customer");
        }
        try {
            LocalDateTime added = ImportFormats.dateTime(text);
            return added.atZone(CustomerAssembler.CHINA).toEpochSecond();
        } catch (IllegalArgumentException e) {
            throw rejection(ScrmColumn.CREATETIME, text, e.getMessage());
        }
    }

    /** Tags as {@code 组:标签} or bare names; a bare name takes its group from the stored tag list when unique. */
    private List<CorpTag> corpTags(List<String> row) {
        Set<CorpTag> corpTags = new LinkedHashSet<>();
        for (String tag : list(row, ScrmColumn.TAGS)) {
            int colon = Math.max(tag.indexOf(':'), tag.indexOf('：'));
            String group = colon > 0 ? tag.substring(0, colon).strip() : null;
            String name = colon > 0 ? tag.substring(colon + 1).strip() : tag;
            if (!name.isEmpty()) {
                corpTags.add(new CorpTag(group != null ? group : tags.groupOfName(name), name));
            }
        }
        return new ArrayList<>(corpTags);
    }

    private Integer type(List<String> row) throws EntryRejected {
        String text = text(row, ScrmColumn.TYPE);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "微信", "微信用户", "wechat" -> 1;
            case "2", "企业微信", "企业微信用户", "wecom" -> 2;
            default -> throw rejection(ScrmColumn.TYPE, text, "expected 微信用户 or 企业微信用户 (1 or 2)");
        };
    }

    private Integer gender(List<String> row) throws EntryRejected {
        String text = text(row, ScrmColumn.GENDER);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "0", "未知", "unknown" -> 0;
            case "1", "男", "male", "m" -> 1;
            case "2", "女", "female", "f" -> 2;
            default -> throw rejection(ScrmColumn.GENDER, text, "expected 男, 女 or 未知");
        };
    }

    private String text(List<String> row, ScrmColumn column) {
        return header.text(row, column);
    }

    private List<String> list(List<String> row, ScrmColumn column) {
        String cell = text(row, column);
        if (cell == null) {
            return List.of();
        }
        return LIST_SEPARATORS.splitAsStream(cell).map(String::strip).filter(part -> !part.isEmpty()).distinct()
                .toList();
    }

    private EntryRejected rejection(ScrmColumn column, String value, String reason) {
        return new EntryRejected(header.written(column), value, reason);
    }
}

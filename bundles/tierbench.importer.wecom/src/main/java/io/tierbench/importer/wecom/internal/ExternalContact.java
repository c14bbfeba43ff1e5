package io.tierbench.importer.wecom.internal;

/**
 * The contact part of a WeCom entry ({@code external_contact}), as far as a customer record keeps it.
 *
 * @param externalUserid WeCom's id of the contact, never {@code null}
 * @param name the WeChat nickname, or the WeCom user's name
 * @param type 1 a WeChat user, 2 a WeCom user (someone's employee), or {@code null}
 * @param gender 0 unknown, 1 male, 2 female, or {@code null}
 * @param unionid the WeChat open-platform id, or {@code null}
 * @param corpName a WeCom user's company, short name
 * @param corpFullName a WeCom user's company, registered name
 * @param position a WeCom user's job title
 */
record ExternalContact(String externalUserid, String name, Integer type, Integer gender, String unionid,
        String corpName, String corpFullName, String position) {
}

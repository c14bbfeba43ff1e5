package io.tierbench.importer.wecom.internal;

import java.util.Map;

/**
 * The names of WeCom's {@code add_way} codes: how a staff member came to add a contact. The table is WeCom's
 * 来源定义 from the 获取客户详情 page (developer.work.weixin.qq.com/document/path/92114, and path/96315 for
 * third-party apps, updated 2025-12), as several public WeCom SDKs copy it; 7 is from earlier versions of the page,
 * where it meant a friend request from WeChat, since replaced by 24.
 */
final class AddWays {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "未知来源"),
            Map.entry(1, "扫描二维码"),
            Map.entry(2, "搜索手机号"),
            Map.entry(3, "名片分享"),
            Map.entry(4, "群聊"),
            Map.entry(5, "手机通讯录"),
            Map.entry(6, "微信联系人"),
            Map.entry(7, "来自微信的添加好友申请"),
            Map.entry(8, "安装第三方应用时自动添加的客服人员"),
            Map.entry(9, "搜索邮箱"),
            Map.entry(10, "视频号添加"),
            Map.entry(11, "通过日程参与人添加"),
            Map.entry(12, "通过会议参与人添加"),
            Map.entry(13, "添加微信好友对应的企业微信"),
            Map.entry(14, "通过智慧硬件专属客服添加"),
            Map.entry(15, "通过上门服务客服添加"),
            Map.entry(16, "通过获客链接添加"),
            Map.entry(17, "通过定制开发添加"),
            Map.entry(18, "通过需求回复添加"),
            Map.entry(21, "通过第三方售前客服添加"),
            Map.entry(22, "通过可能的商务伙伴添加"),
            Map.entry(24, "通过接受微信账号收到的好友申请添加"),
            Map.entry(201, "内部成员共享"),
            Map.entry(202, "管理员/负责人分配"));

    private AddWays() {
    }

    /**
     * @param code an {@code add_way} code
     * @return its name; a code WeCom added after this table reads as {@code 其他来源(code)} rather than failing the
     *         contact, since the code says nothing about the contact's validity
     */
    static String name(int code) {
        String name = NAMES.get(code);
        return name != null ? name : "其他来源(" + code + ")";
    }
}

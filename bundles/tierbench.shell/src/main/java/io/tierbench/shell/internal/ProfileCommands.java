package io.tierbench.shell.internal;

/** What the profile commands share. */
final class ProfileCommands {

    static final String NOT_INSTALLED = "Client profiles are not installed (未安装客户配置功能): "
            + "feature:install tierbench-profile";

    static final String FOLDER_DESCRIPTION = "The profile folder: <pid>.cfg files (factory configurations as "
            + "<factoryPid>-<name>.cfg) with the keys the client changes, and an optional profile.properties "
            + "(name, client, description). Relative to the Tierbench home.";

    private ProfileCommands() {
    }
}

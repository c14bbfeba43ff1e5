package io.tierbench.intake.internal;

import io.tierbench.api.importer.UnknownCustomers;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = IntakeConfiguration.PID, name = "Tierbench intake (数据导入)",
        description = "Where import reports go, what to do with rows of unknown customers, and the drop folder.")
public @interface IntakeConfiguration {

    String PID = "tierbench.intake";

    @AttributeDefinition(name = "Reports directory (导入报告目录)",
            description = "Where each import's report and rejects file are written; relative to the Tierbench home.")
    String reportsDirectory() default "data/imports";

    @AttributeDefinition(name = "Unknown customers (未知客户)",
            description = "What to do with an order, interaction or tag whose customer is not stored: REJECT the row "
                    + "or CREATE a customer with only the id.")
    UnknownCustomers unknownCustomers() default UnknownCustomers.REJECT;

    @AttributeDefinition(name = "Watch the drop folder (监视投放目录)",
            description = "Import files dropped into the inbox folder, then move each to done/ or failed/.")
    boolean inboxEnabled() default true;

    @AttributeDefinition(name = "Drop folder (投放目录)",
            description = "The inbox folder, relative to the Tierbench home; done/ and failed/ are made inside it.")
    String inboxDirectory() default "data/inbox";

    @AttributeDefinition(name = "Poll interval in seconds (轮询间隔秒)", min = "1")
    int inboxPollSeconds() default 2;

    @AttributeDefinition(name = "Strict drop-folder imports (严格模式)",
            description = "Store nothing from a dropped file when any of its rows is bad.")
    boolean inboxStrict() default false;

    @AttributeDefinition(name = "Drop-folder column mapping (列映射)",
            description = "The column mapping applied to dropped files; empty for the built-in headers.")
    String inboxMapping() default "";
}

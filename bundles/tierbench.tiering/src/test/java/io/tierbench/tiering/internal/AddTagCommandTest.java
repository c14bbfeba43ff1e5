package io.tierbench.tiering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.model.CustomerTag;
import io.tierbench.api.workbench.WorkbenchCommand;
import io.tierbench.classifier.support.testing.ComponentXml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "add a tag" command on the real H2 repository. c1 has the manual tag VIP already and an imported tag; c2 and
 * c3 have none.
 */
class AddTagCommandTest {

    private final H2Fixture h2 = new H2Fixture();
    private final AddTagCommand command = new AddTagCommand(h2.customers);

    @BeforeEach
    void storeCustomers() {
        h2.customers("c1", "王芳", "c2", "李强", "c3", "张伟");
        h2.write(t -> t.upsertTags(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL),
                new CustomerTag("c1", "客户类型", "老客户", CustomerTag.IMPORTED))));
    }

    @AfterEach
    void closeDatabase() {
        h2.close();
    }

    @Test
    void registersTheCommandForAnalystsWithItsTagParameter() throws Exception {
        ComponentXml xml = ComponentXml.of(AddTagCommand.class);

        assertEquals(WorkbenchCommand.class.getName(), xml.provides());
        assertEquals(Map.of("tierbench.command.id", "String:add-tag", "tierbench.command.titleEn",
                "String:Add a tag", "tierbench.command.titleZh", "String:添加标签", "tierbench.command.role",
                "String:analyst", "tierbench.command.parameters", "String:[tag|Tag|标签]"), xml.properties());
    }

    @Test
    void givesEverySelectedCustomerTheManualTagOnce() {
        String outcome = command.run(List.of("c1", "c2", "c2"), Map.of("tag", " VIP "), "alice");

        assertEquals("Added the tag VIP to 1 of 2 customers; 1 already had it. 已为 1 位客户添加标签 VIP，1 位已有此标签。",
                outcome);
        assertEquals(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL),
                new CustomerTag("c2", null, "VIP", CustomerTag.MANUAL)), h2.tagsOfSource(CustomerTag.MANUAL));
        assertEquals(List.of(new CustomerTag("c1", "客户类型", "老客户", CustomerTag.IMPORTED)),
                h2.tagsOfSource(CustomerTag.IMPORTED), "tags of other sources stay");
    }

    @Test
    void aSlashSeparatesTheGroup() {
        String outcome = command.run(List.of("c2", "c3"), Map.of("tag", "活动/双十一"), "alice");

        assertEquals("Added the tag 活动/双十一 to 2 of 2 customers. 已为 2 位客户添加标签 活动/双十一。", outcome);
        assertEquals(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL),
                new CustomerTag("c2", "活动", "双十一", CustomerTag.MANUAL),
                new CustomerTag("c3", "活动", "双十一", CustomerTag.MANUAL)), h2.tagsOfSource(CustomerTag.MANUAL));
    }

    @Test
    void anUnknownCustomerIsNamedAndNothingIsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of("c2", "nobody", "ghost"), Map.of("tag", "VIP"), "alice"));

        assertEquals("customers: no customer with id nobody, ghost", e.getMessage());
        assertEquals(List.of(new CustomerTag("c1", null, "VIP", CustomerTag.MANUAL)),
                h2.tagsOfSource(CustomerTag.MANUAL));
    }

    @Test
    void aBlankOrOverlongTagOrNoSelectionIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of("c2"), Map.of("tag", "  "), "alice")).getMessage().startsWith("tag: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of("c2"), Map.of("tag", "活动/"), "alice")).getMessage().startsWith("tag: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of("c2"), Map.of(), "alice")).getMessage().startsWith("tag: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of("c2"), Map.of("tag", "x".repeat(256)), "alice")).getMessage()
                .startsWith("tag: "));
        assertEquals("customers: select at least one customer", assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of(), Map.of("tag", "VIP"), "alice")).getMessage());
        assertEquals(1, h2.tagsOfSource(CustomerTag.MANUAL).size());
    }
}

package io.tierbench.report.wecom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.CustomerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which customers are WeCom contacts, and their staff in the order the WeCom importer gave the owners. */
class WecomContactTest {

    private static Customer customer(String id, String wechatId, String owner, Map<String, String> attributes) {
        return new Customer(id, "客户", CustomerType.PERSON, null, null, wechatId, null, null, null, null, null, null,
                null, null, null, null, owner, null, attributes);
    }

    @Test
    void staffComeFirstAdderFirstWithTiesByUseridWhateverTheOwnerField() {
        Customer customer = customer("wmX", "wmX", "edited-by-hand", Map.of(
                "wecom.added.zoe", "2024-03-05T16:00", "wecom.added.amy", "2024-03-05T16:00",
                "wecom.added.bob", "2024-03-01T09:00:30", "wecom.remark.bob", "张先生"));
        assertEquals(Optional.of(new WecomContact("wmX", List.of("bob", "amy", "zoe"))), WecomContact.of(customer));
    }

    @Test
    void aShopsOwnCustomerWithAWeChatIdAndAnOwnerIsNoWeComContact() {
        assertEquals(Optional.empty(), WecomContact.of(customer("C100", "wxid_wangfang", "李娜", Map.of())));
    }

    @Test
    void theExternalUseridIsTheIdWhenTheWeChatIdIsMissing() {
        assertEquals("wmY", WecomContact.of(customer("wmY", null, "lisi", Map.of("wecom.added.lisi",
                "2024-03-05T16:00"))).orElseThrow().externalUserid());
    }
}

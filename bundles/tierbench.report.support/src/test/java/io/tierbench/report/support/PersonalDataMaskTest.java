package io.tierbench.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tierbench.api.model.CustomerType;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    private final PersonalDataMask mask = PersonalDataMask.MASKED;

    @Test
    void mobileNumbersShowTheFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", mask.phone("13812345678"));
        assertEquals("+86 139 **** 4321", mask.phone("+86 139 8765 4321"));
        assertEquals("0571-****6655", mask.phone("0571-88776655"));
    }

    @Test
    void shortNumbersKeepOnlyTheirLastTwoDigits() {
        assertEquals("****56", mask.phone("123456"));
        assertEquals("ext. ***89", mask.phone("ext. 12389"));
    }

    @Test
    void emailKeepsTheFirstCharacterAndTheDomain() {
        assertEquals("z***@example.com", mask.email("zhangwei@example.com"));
        assertEquals("***@example.com", mask.email("@example.com"));
        assertEquals("张***@例子.cn", mask.email("张伟@例子.cn"));
        assertEquals("n******l", mask.email("not-mail"));
    }

    @Test
    void personNamesKeepTheFirstCharacterOfEachWord() {
        assertEquals("张*", mask.name("张伟", CustomerType.PERSON));
        assertEquals("欧***", mask.name("欧阳娜娜", null));
        assertEquals("A**** S****", mask.name("Alice Smith", CustomerType.PERSON));
        assertEquals("*", mask.name("伟", CustomerType.PERSON));
    }

    @Test
    void companyNamesAreNotPersonalData() {
        assertEquals("杭州翠玉珠宝有限公司", mask.name("杭州翠玉珠宝有限公司", CustomerType.COMPANY));
    }

    @Test
    void idsKeepTheirFirstAndLastCharacter() {
        assertEquals("w*********3", mask.id("wxid_abc123"));
        assertEquals("**", mask.id("ab"));
    }

    @Test
    void clearLeavesEverythingAndNullStaysNull() {
        assertEquals("13812345678", PersonalDataMask.CLEAR.phone("13812345678"));
        assertEquals("张伟", PersonalDataMask.CLEAR.name("张伟", CustomerType.PERSON));
        assertEquals("zhangwei@example.com", PersonalDataMask.CLEAR.email("zhangwei@example.com"));
        assertNull(mask.phone(null));
        assertNull(mask.email(null));
        assertNull(mask.name(null, CustomerType.PERSON));
    }
}

package io.tierbench.classifier.satisfaction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PolarityLexiconTest {

    private final PolarityLexicon lexicon = TestConfigurations.settings(Map.of()).lexicon();

    @Test
    void shippedKeywordsReadTheSampleFeedback() {
        assertEquals(Polarity.POSITIVE, lexicon.polarity("很满意, 会再来"));
        assertEquals(Polarity.POSITIVE, lexicon.polarity("包装精美"));
        assertEquals(Polarity.POSITIVE, lexicon.polarity("服务热情"));
        assertEquals(Polarity.POSITIVE, lexicon.polarity("款式好看"));
        assertEquals(Polarity.NEGATIVE, lexicon.polarity("价格偏高"));
    }

    @Test
    void aNegatedPositiveIsNegative() {
        // 不满意 contains 满意: the negative match takes the characters, so it is one negative and no positive
        assertEquals(Polarity.NEGATIVE, lexicon.polarity("不满意"));
        assertEquals(Polarity.NEGATIVE, lexicon.polarity("不推荐"));
        assertEquals(Polarity.NEGATIVE, lexicon.polarity("The ring was not good"));
    }

    @Test
    void englishKeywordsMatchOnlyAtTheStartOfAWord() {
        assertEquals(Polarity.POSITIVE, lexicon.polarity("Very SATISFIED, thanks"));
        assertEquals(Polarity.NEGATIVE, lexicon.polarity("dissatisfied with delivery"));
    }

    @Test
    void noKeywordOrABalanceIsNeutral() {
        assertEquals(Polarity.NEUTRAL, lexicon.polarity("咨询保养方法"));
        assertEquals(Polarity.NEUTRAL, lexicon.polarity(null));
        assertEquals(Polarity.NEUTRAL, lexicon.polarity("  "));
        // one positive (喜欢), one negative (太贵)
        assertEquals(Polarity.NEUTRAL, lexicon.polarity("喜欢, 但太贵"));
    }

    @Test
    void configuredKeywordsReplaceTheShippedOnes() {
        PolarityLexicon custom = TestConfigurations.settings(Map.of(
                "polarity_positive", new String[] {"棒"}, "polarity_negative", new String[] {"慢; 贵"})).lexicon();
        assertEquals(Polarity.POSITIVE, custom.polarity("真棒"));
        assertEquals(Polarity.NEUTRAL, custom.polarity("很满意"));
        assertEquals(Polarity.NEGATIVE, custom.polarity("又慢又贵, 但是棒"));
    }
}

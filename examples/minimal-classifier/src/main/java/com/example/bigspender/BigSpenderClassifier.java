package com.example.bigspender;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Labels customers who spent at least 10,000 in all their history "big spender" (大额客户). */
@Component(service = Classifier.class)
@ClassifierService(id = "big-spender", name = "Big spender", version = "1.0.0")
public class BigSpenderClassifier implements Classifier {

    private static final BigDecimal THRESHOLD = new BigDecimal("10000");
    private static final Label BIG = new Label("big-spender", "Big spender", "大额客户");
    private static final Label REGULAR = new Label("regular", "Regular", "普通客户");

    @Override
    public ClassifierResult classify(ClassificationContext context) {
        List<Classification> labels = context.facts().stream().map(this::classify).toList();
        return new ClassifierResult(labels, "threshold " + THRESHOLD);
    }

    private Classification classify(PurchaseFacts facts) {
        boolean big = facts.totalSpend().compareTo(THRESHOLD) >= 0;
        return new Classification(facts.customerId(), "spend", big ? BIG : REGULAR,
                Map.of("total_spend", facts.totalSpend()),
                "total spend " + facts.totalSpend().toPlainString() + (big ? " >= " : " < ") + THRESHOLD);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("threshold", THRESHOLD.toPlainString());
    }
}

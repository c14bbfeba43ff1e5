package io.tierbench.itests;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.classifier.ClassifierService;
import io.tierbench.api.model.Label;
import io.tierbench.api.model.PurchaseFacts;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Classifiers a test registers itself, as whiteboard services with the properties of {@link ClassifierService}. */
final class TestClassifiers {

    /** The scheme of {@link #buyers()}. */
    static final String BUYERS_SCHEME = "purchases";

    private static final Label BUYER = new Label("buyer", "Buyer", "购买客户");
    private static final Label NO_PURCHASE = new Label("no-purchase", "No purchase", "未购买");

    private TestClassifiers() {
    }

    /**
     * @param id the classifier id, {@value ClassifierService#ID}
     * @return the registration, for the test to unregister
     */
    static ServiceRegistration<Classifier> register(BundleContext bundleContext, String id, Classifier classifier) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ClassifierService.ID, id);
        properties.put(ClassifierService.NAME, "Integration test classifier " + id);
        properties.put(ClassifierService.VERSION, "0.0.1");
        return bundleContext.registerService(Classifier.class, classifier, properties);
    }

    /** Labels every customer "buyer" when they have a purchase up to the as-of date, else "no-purchase". */
    static Classifier buyers() {
        return context -> new ClassifierResult(context.facts().stream().map(TestClassifiers::buyer).toList(),
                "buyers: customers with at least one purchase");
    }

    private static Classification buyer(PurchaseFacts facts) {
        return new Classification(facts.customerId(), BUYERS_SCHEME, facts.hasPurchases() ? BUYER : NO_PURCHASE,
                Map.of(), facts.purchaseCount() + " purchases");
    }
}

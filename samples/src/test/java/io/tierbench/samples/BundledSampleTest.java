package io.tierbench.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled demo sample is what the generator makes of {@link ShopParameters#DEMO}, byte for byte. */
class BundledSampleTest {

    private static final String REGENERATE = "the bundled sample is not what the generator makes; regenerate it: "
            + "java -cp samples/target/classes io.tierbench.samples.SampleShopGenerator "
            + "samples/src/main/resources/samples " + ShopParameters.DEMO.customers() + " "
            + ShopParameters.DEMO.orders() + " " + ShopParameters.DEMO.seed() + " " + ShopParameters.DEMO.endDate();

    @ParameterizedTest
    @ValueSource(strings = {"customers.csv", "orders.csv", "interactions.csv"})
    void bundledFileIsTheGeneratorsOutput(String fileName) throws IOException {
        Path regenerated = Path.of("target", "regenerated-demo");
        SampleShopGenerator.generate(ShopParameters.DEMO, regenerated);

        assertArrayEquals(bundled(fileName), Files.readAllBytes(regenerated.resolve(fileName)), REGENERATE);
    }

    private static byte[] bundled(String fileName) throws IOException {
        try (InputStream in = BundledSampleTest.class.getResourceAsStream("/samples/" + fileName)) {
            assertNotNull(in, "samples/" + fileName + " is not on the class path");
            return in.readAllBytes();
        }
    }
}

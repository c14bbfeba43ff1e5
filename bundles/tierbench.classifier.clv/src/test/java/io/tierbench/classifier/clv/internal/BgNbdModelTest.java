package io.tierbench.classifier.clv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BgNbdModelTest {

    private static final BgNbdModel PUBLISHED = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

    @Test
    void conditionalExpectationOfThePapersExampleCustomer() {
        // FHL (2005): x = 2, t_x = 30.43, T = 38.86 weeks expects 1.226 purchases in the next 39 weeks (eq. 10;
        // lifetimes and the paper's spreadsheet agree). An independent mpmath evaluation gives 1.226028.
        assertEquals(1.226028, PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86), 1e-5);
    }

    @Test
    void probabilityAliveOfThePapersExampleCustomer() {
        // 1 / (1 + 0.793 / 3.426 * (43.274 / 34.844)^2.243) = 1 / (1 + 0.376314) = 0.726579
        assertEquals(0.726579, PUBLISHED.probabilityAlive(2, 30.43, 38.86), 1e-6);
    }

    @Test
    void probabilityAliveByHand() {
        // r = alpha = a = 1, b = 2, x = 1, t_x = 1, T = 3: odds = 1 / (2 + 1 - 1) * ((1 + 3) / (1 + 1))^2 = 2
        BgNbdModel model = new BgNbdModel(1, 1, 1, 2);
        assertEquals(1.0 / 3, model.probabilityAlive(1, 1, 3), 1e-15);
        // no repeat purchase: BG/NBD customers only drop out right after a purchase
        assertEquals(1.0, model.probabilityAlive(0, 0, 3), 0);
    }

    @Test
    void nothingIsExpectedOverAnEmptyHorizon() {
        assertEquals(0, PUBLISHED.expectedPurchases(0, 2, 30.43, 38.86), 0);
    }

    @Test
    void expectedPurchasesRiseWithTheHorizon() {
        double month = PUBLISHED.expectedPurchases(4.35, 2, 30.43, 38.86);
        double year = PUBLISHED.expectedPurchases(52.18, 2, 30.43, 38.86);
        assertEquals(true, month > 0 && year > month && year < 52.18, month + " " + year);
    }

    @Test
    void hypergeometricSeriesMatchesAClosedForm() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        for (double z : new double[] {0, 0.1, 0.5, 0.9, 0.99}) {
            double expected = z == 0 ? 1 : -Math.log1p(-z) / z;
            assertEquals(expected, Hypergeometric2F1.value(1, 1, 2, z), 1e-13 * expected);
        }
        // 2F1(a, b; b; z) = (1 - z)^(-a)
        assertEquals(Math.pow(0.3, -2.243), Hypergeometric2F1.value(2.243, 4.426, 4.426, 0.7), 1e-12);
    }

    @Test
    void hypergeometricSeriesRefusesArgumentsOutsideItsDisk() {
        assertThrows(ArithmeticException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1));
        assertThrows(ArithmeticException.class, () -> Hypergeometric2F1.value(1, 1, -2, 0.5));
    }
}

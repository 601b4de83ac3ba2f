package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** ITU-T G.107 (R, Annex B MOS) with the codec values of ITU-T G.113 Appendix I. */
class EModelTest {
    @Test
    void mosFromRMatchesTheTableOfG107AnnexB() {
        assertThat(EModel.mos(90)).isCloseTo(4.34, within(0.005));
        assertThat(EModel.mos(80)).isCloseTo(4.03, within(0.006));
        assertThat(EModel.mos(70)).isCloseTo(3.60, within(0.005));
        assertThat(EModel.mos(60)).isCloseTo(3.10, within(0.005));
        assertThat(EModel.mos(50)).isCloseTo(2.58, within(0.006));
        assertThat(EModel.mos(-5)).isEqualTo(1.0);
        assertThat(EModel.mos(120)).isEqualTo(4.5);
    }

    @Test
    void g711WithNoLossAndNoDelayIsTheDefaultR() {
        assertThat(EModel.rFactor(CodecImpairment.forEncoding("PCMU"), 0, 0, 1)).isEqualTo(93.2);
        assertThat(EModel.mos(CodecImpairment.forEncoding("pcma"), 0, 0)).isCloseTo(4.41, within(0.005));
    }

    @Test
    void g729CostsItsIeOfElevenWithoutLoss() {
        assertThat(EModel.rFactor(CodecImpairment.forEncoding("G729"), 0, 0, 1)).isCloseTo(82.2, within(1e-9));
        assertThat(EModel.mos(CodecImpairment.G729, 0, 0)).isCloseTo(4.10, within(0.005));
    }

    @Test
    void lossRaisesIeEffByTheBplFormulaOfG107() {
        // G.711 with PLC, 2 % random loss: 95 x 2 / (2 + 25.1) = 7.01
        assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711_PLC, 2, 1)).isCloseTo(7.01, within(0.005));
        // G.729, 1 %: 11 + 84 x 1 / (1 + 19) = 15.2
        assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G729, 1, 1)).isCloseTo(15.2, within(1e-9));
        // without concealment G.711 suffers much more: 95 x 2 / (2 + 4.3) = 30.2
        assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711_NO_PLC, 2, 1)).isCloseTo(30.16,
            within(0.005));
        // bursty loss (BurstR 2) hurts more than random loss at the same rate
        assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711_PLC, 5, 2))
            .isGreaterThan(EModel.effectiveEquipmentImpairment(CodecImpairment.G711_PLC, 5, 1));
    }

    @Test
    void delayCostsLittleBelowTheKneeAndMuchAboveIt() {
        assertThat(EModel.delayImpairment(100)).isCloseTo(2.4, within(1e-9));
        assertThat(EModel.delayImpairment(200)).isCloseTo(4.8 + 0.11 * 22.7, within(1e-9));
        assertThat(EModel.delayImpairment(400) - EModel.delayImpairment(300))
            .isGreaterThan(5 * (EModel.delayImpairment(150) - EModel.delayImpairment(50)));
    }

    @Test
    void wideBandCodecsUseG711sNarrowbandValuesAndUnknownCodecsTheCautiousOnes() {
        assertThat(CodecImpairment.forEncoding("G722")).isEqualTo(CodecImpairment.G711_PLC);
        assertThat(CodecImpairment.forEncoding("opus")).isEqualTo(CodecImpairment.G711_PLC);
        assertThat(CodecImpairment.forEncoding("iLBC")).isEqualTo(CodecImpairment.G711_NO_PLC);
    }
}

package io.saleslens.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluation FALL_OF_3 = Evaluation.decided(true, -3.0, true, "fell by 3 %", Map.of());
    private static final Evaluation RISE = Evaluation.decided(false, 1.0, true, "rose by 1 %", Map.of());

    @Test
    void anAlertThatDidNotHoldBeforeFiresAndIsSent() {
        Suppression.Decision decision = Suppression.decide(FALL_OF_3, MissingNode.getInstance(), null, false);
        assertThat(decision.state()).isEqualTo(AlertState.FIRED);
        assertThat(decision.state().sent()).isTrue();
        assertThat(decision.sentFigure()).isEqualTo(-3.0);
        assertThat(Suppression.decide(FALL_OF_3, previous("ok", null), null, false)
                        .state())
                .isEqualTo(AlertState.FIRED);
        assertThat(Suppression.decide(FALL_OF_3, previous("cleared", null), null, false)
                        .state())
                .isEqualTo(AlertState.FIRED);
    }

    @Test
    void anAlertThatHeldBeforeIsOngoingAndKeepsTheFigureItWasSentWith() {
        for (String before : new String[] {"fired", "ongoing", "worse"}) {
            Suppression.Decision decision = Suppression.decide(FALL_OF_3, previous(before, -2.5), null, false);
            assertThat(decision.state()).isEqualTo(AlertState.ONGOING);
            assertThat(decision.state().sent()).isFalse();
            assertThat(decision.sentFigure()).isEqualTo(-2.5);
        }
    }

    @Test
    void anOngoingAlertIsSentAgainOnlyWhenItGotWorseByItsStep() {
        // Sent at -2.5; now -3: 0.5 further into the range (lower is worse).
        assertThat(Suppression.decide(FALL_OF_3, previous("ongoing", -2.5), 0.6, false)
                        .state())
                .isEqualTo(AlertState.ONGOING);
        Suppression.Decision worse = Suppression.decide(FALL_OF_3, previous("ongoing", -2.5), 0.5, false);
        assertThat(worse.state()).isEqualTo(AlertState.WORSE);
        assertThat(worse.state().sent()).isTrue();
        assertThat(worse.sentFigure()).isEqualTo(-3.0);
        // Sent at -4: -3 is better, not worse.
        assertThat(Suppression.decide(FALL_OF_3, previous("ongoing", -4.0), 0.5, false)
                        .state())
                .isEqualTo(AlertState.ONGOING);
    }

    @Test
    void anAlertThatHeldAndNoLongerDoesIsSentOnceAsCleared() {
        Suppression.Decision cleared = Suppression.decide(RISE, previous("ongoing", -2.5), null, false);
        assertThat(cleared.state()).isEqualTo(AlertState.CLEARED);
        assertThat(cleared.state().sent()).isTrue();
        assertThat(cleared.sentFigure()).isNull();
        assertThat(Suppression.decide(RISE, previous("cleared", null), null, false)
                        .state())
                .isEqualTo(AlertState.OK);
    }

    @Test
    void anAlertNoEndpointAcceptedIsSentAgain() {
        assertThat(Suppression.decide(FALL_OF_3, previous("fired", -3.0), null, true)
                        .state())
                .isEqualTo(AlertState.FIRED);
    }

    @Test
    void anUndecidedRuleIsNeitherHeldNorCleared() {
        Evaluation undecided = Evaluation.undecided("nothing to compare with", Map.of());
        Suppression.Decision decision = Suppression.decide(undecided, previous("fired", -3.0), null, false);
        assertThat(decision.state()).isEqualTo(AlertState.NOT_EVALUATED);
        assertThat(decision.state().sent()).isFalse();
    }

    private static JsonNode previous(String state, Double sentFigure) {
        return JSON.createObjectNode()
                .put("name", "revenue-drop")
                .put("state", state)
                .put("sent", state.equals("fired") || state.equals("worse") || state.equals("cleared"))
                .put("sent_figure", sentFigure);
    }
}

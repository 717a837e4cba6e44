package newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommitPolicyTest {
    private static final long SECOND = 1_000_000_000L;
    private final CommitPolicy policy = new CommitPolicy(10_000, 1_000_000, 5 * SECOND, 0.1);

    @Test
    void aYoungRunCommitsEveryFewSeconds() {
        assertFalse(policy.due(10, 1_000, 4 * SECOND, 0));
        assertTrue(policy.due(10, 1_000, 5 * SECOND, 0));
        assertTrue(policy.due(10, 1_000, 5 * SECOND, 10_000));
    }

    @Test
    void aLongRunCommitsByWorkDoneOnceTheTimeIsUp() {
        // the run has committed 2 million triples: a batch waits for a tenth of that, however long it is open
        assertFalse(policy.due(900, 150_000, 60 * SECOND, 2_000_000));
        assertTrue(policy.due(1_300, 200_000, 5 * SECOND, 2_000_000));
        assertFalse(policy.due(1_300, 200_000, 4 * SECOND, 2_000_000));
    }

    @Test
    void aFullBatchIsCommittedAtOnce() {
        assertTrue(policy.due(10_000, 5, 0, 50_000_000));
        assertTrue(policy.due(3, 1_000_000, 0, 50_000_000));
    }

    @Test
    void anIdleBatchIsCommitted() {
        assertFalse(policy.idle(SECOND));
        assertTrue(policy.idle(5 * SECOND));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CommitPolicy(0, 1, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new CommitPolicy(1, 1, -1, 0.1));
    }
}

package fr.reperes.identity.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses share the wrong-code tries. */
class RedemptionLockKeyTest {

    @Test
    void everyAddressOfOneIpv6NetworkSharesTheTriesWhateverItsSpelling() {
        RedemptionLockKey first = RedemptionLockKey.address("2001:db8:1:2::1");
        assertThat(RedemptionLockKey.address("2001:db8:1:2:ffff:ffff:ffff:fffe"))
                .isEqualTo(first);
        assertThat(RedemptionLockKey.address("2001:0DB8:0001:0002:0:0:0:9")).isEqualTo(first);
        assertThat(RedemptionLockKey.address("2001:db8:1:3::1")).isNotEqualTo(first);
    }

    @Test
    void ipv4AddressesCountOneByOneAndAMissingAddressStillCounts() {
        assertThat(RedemptionLockKey.address("192.0.2.1")).isNotEqualTo(RedemptionLockKey.address("192.0.2.2"));
        assertThat(RedemptionLockKey.address(" 192.0.2.1 ")).isEqualTo(RedemptionLockKey.address("192.0.2.1"));
        assertThat(RedemptionLockKey.address("::ffff:192.0.2.1")).isEqualTo(RedemptionLockKey.address("192.0.2.1"));
        assertThat(RedemptionLockKey.address(null)).isEqualTo(RedemptionLockKey.address(""));
        // Not an address literal: kept as it is, never looked up.
        assertThat(RedemptionLockKey.address("example.org").value()).isEqualTo("example.org");
    }

    @Test
    void aValueTooLongForTheTableStillCountsOnItsOwnKey() {
        String forged = "203.0.113.1, " + "x".repeat(400);
        RedemptionLockKey key = RedemptionLockKey.address(forged);
        assertThat(key.value())
                .hasSizeLessThanOrEqualTo(255)
                .isEqualTo(RedemptionLockKey.address(forged).value());
        assertThat(key).isNotEqualTo(RedemptionLockKey.address(forged + "y"));
    }
}

package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneColumnsTest {

    @Test
    void aWindowNarrowerThanTheStyleSheetsPhoneBoundIsAPhonesAndAnUnknownOneIsWide() {
        assertThat(PhoneColumns.isPhone(360)).isTrue();
        assertThat(PhoneColumns.isPhone(PhoneColumns.PHONE_WIDTH - 1)).isTrue();
        assertThat(PhoneColumns.isPhone(PhoneColumns.PHONE_WIDTH)).isFalse();
        assertThat(PhoneColumns.isPhone(1280)).isFalse();
        assertThat(PhoneColumns.isPhone(0)).as("not said yet, or no browser").isFalse();
    }
}

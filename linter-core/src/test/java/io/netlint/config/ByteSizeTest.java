package io.netlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

  @Test
  void bytesAndBinaryUnits() {
    assertThat(ByteSize.parse("1234")).isEqualTo(1234);
    assertThat(ByteSize.parse("512KB")).isEqualTo(512L * 1024);
    assertThat(ByteSize.parse("256mb")).isEqualTo(256L * 1024 * 1024);
    assertThat(ByteSize.parse(" 1 GiB ")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("2G")).isEqualTo(2L << 30);
    assertThat(ByteSize.parse("10B")).isEqualTo(10);
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"", "0", "-1", "1.5GB", "1TB", "lots", "9999999999999999"}) {
      assertThatThrownBy(() -> ByteSize.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

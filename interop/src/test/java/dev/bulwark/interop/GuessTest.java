package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Stride;
import org.junit.jupiter.api.Test;

class GuessTest {
  @Test
  void componentKindsFromTypesAndNames() {
    assertThat(Guess.componentKind("CD-MICROSOFT-AZURE-DB-POSTGRESQL"))
        .contains(ComponentKind.DATABASE);
    assertThat(Guess.componentKind("load-balancer")).contains(ComponentKind.LOAD_BALANCER);
    assertThat(Guess.componentKind("api-gateway")).contains(ComponentKind.API_GATEWAY);
    assertThat(Guess.componentKind("Message Queue")).contains(ComponentKind.QUEUE);
    assertThat(Guess.componentKind("android-device-client")).contains(ComponentKind.MOBILE_APP);
    assertThat(Guess.componentKind("secret-store")).contains(ComponentKind.SECRET_STORE);
    assertThat(Guess.componentKind("empty-component")).isEmpty();
    // words, not substrings: 'login' is no 'log'
    assertThat(Guess.componentKind("login")).isEmpty();
  }

  @Test
  void protocolsFromFreeText() {
    assertThat(Guess.protocol("HTTP/S", false)).contains(Protocol.HTTPS);
    assertThat(Guess.protocol("HTTPS", false)).contains(Protocol.HTTPS);
    assertThat(Guess.protocol("jdbc-tls", false)).contains(Protocol.JDBC_TLS);
    assertThat(Guess.protocol("TLS 1.3", false)).contains(Protocol.TLS);
    assertThat(Guess.protocol("HTTP", true)).contains(Protocol.HTTPS);
    assertThat(Guess.protocol("MQTT", true)).contains(Protocol.MQTTS);
    assertThat(Guess.protocol("UPnP", true)).isEmpty();
  }

  @Test
  void strideFromPeerSpellings() {
    assertThat(Guess.stride("Elevation of Privileges")).contains(Stride.ELEVATION_OF_PRIVILEGE);
    assertThat(Guess.stride("Information disclosure")).contains(Stride.INFORMATION_DISCLOSURE);
    assertThat(Guess.stride("DoS")).contains(Stride.DENIAL_OF_SERVICE);
    assertThat(Guess.stride("Authentication")).isEmpty();
    assertThat(Guess.strideText(Stride.DENIAL_OF_SERVICE)).isEqualTo("Denial of service");
  }
}

package io.netlint.rules.analysis;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Network;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer side of Site-to-Site VPNs: which device a connection ends on, and the BGP ASN it
 * speaks. AWS sees the IPsec peer as the customer gateway's outside IP address, so records that
 * share a known address are one device, whatever their device names.
 */
public final class CustomerDevices {

  /** The ASN AWS gives a customer gateway that names none (CreateCustomerGateway, BgpAsn). */
  public static final long DEFAULT_ASN = 65000L;

  private CustomerDevices() {}

  /** The connection's customer gateway record, when it is among the inputs. */
  public static Optional<CustomerGateway> recordOf(Network network, VpnConnection c) {
    return network.resolve(c.customerGateway(), CustomerGateway.class);
  }

  /**
   * A key that is equal for connections known to end on one device: the outside IP address when
   * known, else the customer gateway's identity; null when the customer gateway is not known.
   */
  public static String deviceKey(Network network, VpnConnection c) {
    Optional<CustomerGateway> record = recordOf(network, c);
    if (record.isPresent() && record.get().ipAddress().isKnown()) {
      return "ip:" + record.get().ipAddress().get();
    }
    return network.identity(c.customerGateway());
  }

  /**
   * True only when two records are known to be different devices: both addresses are known and
   * differ. Two records may share an unknown address (one parameter, say) and be one device.
   */
  public static boolean distinctDevices(CustomerGateway a, CustomerGateway b) {
    return a.ipAddress().isKnown() && b.ipAddress().isKnown()
        && !a.ipAddress().get().equals(b.ipAddress().get());
  }

  /** The BGP ASN, with AWS's default when none is given. */
  public static Value<Long> asnOf(CustomerGateway g) {
    return g.bgpAsn().withDefault(DEFAULT_ASN);
  }

  /** "customer gateway 'X' (203.0.113.10, ASN 65000)", with the facts that are known. */
  public static String describe(CustomerGateway g) {
    List<String> facts = new ArrayList<>();
    g.ipAddress().asOptional().ifPresent(facts::add);
    if (g.bgpAsn().isKnown()) facts.add("ASN " + g.bgpAsn().get());
    return "customer gateway " + Names.quoted(g)
        + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
  }
}

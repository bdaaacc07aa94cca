package io.netlint.rules.vpc;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.Peerings;
import java.util.ArrayList;
import java.util.List;

/** How the peering rules name routes, sides and related elements. */
final class PeeringText {

  private PeeringText() {}

  /**
   * "Route 'R' in route table 'T' (VPC 'A')"; a Terraform inline route has its table's address
   * as its name, so it is "An inline route of route table 'T' (VPC 'A')".
   */
  static String route(Network network, Peerings.PeeringRoute r) {
    String text;
    if (r.table() == null) {
      text = "Route " + Names.quoted(r.route());
    } else if (r.route().name().equals(r.table().name())) {
      text = "An inline route of route table " + Names.quoted(r.table());
    } else {
      text = "Route " + Names.quoted(r.route()) + " in route table " + Names.quoted(r.table());
    }
    if (r.vpcIdentity() != null && r.table() != null) {
      text += " (VPC " + Names.quoted(network, r.table().vpc()) + ")";
    }
    return text;
  }

  /** A side's VPC: its name when among the inputs, else its AWS ID. */
  static String vpc(Network network, Peerings.Side side) {
    return "VPC " + Names.quoted(network, side.ref());
  }

  /** Distinct non-null elements, in the order given. */
  static List<Element> related(Element... elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (e != null && !out.contains(e)) out.add(e);
    }
    return out;
  }
}

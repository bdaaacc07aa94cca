package io.netlint.rules.analysis;

import io.netlint.model.AutoScalingGroup;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.Element;
import io.netlint.model.Instance;
import io.netlint.model.NatGateway;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What runs in each subnet, as far as the model knows: instances, network interfaces, NAT
 * gateways, VPC endpoints with subnets (interface, Gateway Load Balancer), Auto Scaling groups and
 * Client VPN associations. Databases, functions and containers are not modelled, so an empty
 * answer means "nothing known", not "nothing there".
 */
public final class Workloads {

  private final Map<String, List<Element>> bySubnet = new HashMap<>();

  public Workloads(Network network) {
    for (Instance i : network.all(Instance.class)) add(network, i.subnet(), i);
    for (NetworkInterface eni : network.all(NetworkInterface.class)) {
      add(network, eni.subnet(), eni);
    }
    for (NatGateway n : network.all(NatGateway.class)) add(network, n.subnet(), n);
    for (VpcEndpoint e : network.all(VpcEndpoint.class)) {
      for (Ref s : e.subnets()) add(network, s, e);
    }
    for (AutoScalingGroup g : network.all(AutoScalingGroup.class)) {
      for (Ref s : g.subnets()) add(network, s, g);
    }
    for (ClientVpnAssociation a : network.all(ClientVpnAssociation.class)) {
      add(network, a.subnet(), a);
    }
  }

  private void add(Network network, Ref subnet, Element workload) {
    String id = network.identity(subnet);
    if (id == null) return;
    List<Element> list = bySubnet.computeIfAbsent(id, k -> new ArrayList<>());
    if (!list.contains(workload)) list.add(workload);
  }

  /** The known workloads of a subnet, in input order. */
  public List<Element> in(Subnet subnet) {
    return bySubnet.getOrDefault(subnet.key(), List.of());
  }

  /** "instance 'Web'", "NAT gateway 'NatA'", … */
  public static String describe(Element workload) {
    String kind;
    if (workload instanceof Instance) {
      kind = "instance";
    } else if (workload instanceof NetworkInterface) {
      kind = "network interface";
    } else if (workload instanceof NatGateway) {
      kind = "NAT gateway";
    } else if (workload instanceof VpcEndpoint) {
      kind = "VPC endpoint";
    } else if (workload instanceof AutoScalingGroup) {
      kind = "Auto Scaling group";
    } else {
      kind = "Client VPN association";
    }
    return kind + " " + Names.quoted(workload);
  }
}

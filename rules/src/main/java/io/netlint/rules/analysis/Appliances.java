package io.netlint.rules.analysis;

import io.netlint.model.Element;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves appliances (RULES.md, 3xx): EC2 instances, or network interfaces attached to no
 * instance among the inputs, that route tables target or whose source/destination check is
 * disabled. A network interface attached to an instance stands for that instance, since both fail
 * together.
 */
public final class Appliances {

  private final Network network;

  public Appliances(Network network) {
    this.network = network;
  }

  public static boolean targetsAppliance(Route r) {
    return r.target().kind() == RouteTarget.Kind.INSTANCE
        || r.target().kind() == RouteTarget.Kind.NETWORK_INTERFACE;
  }

  /** The appliance a route sends traffic to; empty when it is not among the inputs. */
  public Optional<Element> targetOf(Route r) {
    return network.resolve(r.target().target()).flatMap(this::applianceOf);
  }

  /**
   * Every appliance of the run, in declaration order: the resolved targets of routes, then
   * instances and free interfaces that forward (source/destination check disabled).
   */
  public List<Element> all() {
    LinkedHashSet<Element> out = new LinkedHashSet<>();
    for (Route r : network.all(Route.class)) {
      if (targetsAppliance(r)) targetOf(r).ifPresent(out::add);
    }
    for (Instance i : network.all(Instance.class)) {
      if (sourceDestCheckDisabled(i)) out.add(i);
    }
    for (NetworkInterface eni : network.all(NetworkInterface.class)) {
      Element a = applianceOf(eni).orElseThrow();
      if (sourceDestCheckDisabled(a)) out.add(a);
    }
    List<Element> sorted = new ArrayList<>(out);
    sorted.sort(Names.DECLARED);
    return sorted;
  }

  /** The instance an element belongs to, or the interface itself when it is attached to none. */
  public Optional<Element> applianceOf(Element e) {
    if (e instanceof Instance) return Optional.of(e);
    if (e instanceof NetworkInterface eni) return Optional.of(instanceOf(eni).orElse(eni));
    return Optional.empty();
  }

  public Optional<Element> instanceOf(NetworkInterface eni) {
    Optional<Instance> attached = network.resolve(eni.instance(), Instance.class);
    if (attached.isPresent()) return Optional.of(attached.get());
    return network.all(Instance.class).stream()
        .filter(i -> i.networkInterfaces().stream()
            .anyMatch(ref -> eni.key().equals(network.identity(ref))))
        .map(Element.class::cast)
        .findFirst();
  }

  /** The interfaces of an instance: listed at launch, or naming the instance as attached. */
  public List<NetworkInterface> interfacesOf(Instance instance) {
    List<NetworkInterface> out = new ArrayList<>();
    for (Ref ref : instance.networkInterfaces()) {
      network.resolve(ref, NetworkInterface.class).ifPresent(out::add);
    }
    for (NetworkInterface eni : network.all(NetworkInterface.class)) {
      if (!out.contains(eni) && instance.key().equals(network.identity(eni.instance()))) {
        out.add(eni);
      }
    }
    return out;
  }

  /** True when the appliance forwards traffic for others: some interface has the check off. */
  public boolean sourceDestCheckDisabled(Element appliance) {
    if (appliance instanceof NetworkInterface eni) return eni.sourceDestCheckDisabled();
    Instance i = (Instance) appliance;
    return i.sourceDestCheckDisabled()
        || interfacesOf(i).stream().anyMatch(NetworkInterface::sourceDestCheckDisabled);
  }

  /** The appliance's zone: its own, else its subnet's; empty when not known. */
  public Optional<Zone> zoneOf(Element appliance) {
    if (appliance instanceof Instance i && i.availabilityZone().isKnown()) {
      return Optional.of(new Zone(i.availabilityZone().get()));
    }
    return subnetOf(appliance).map(Subnet::availabilityZone)
        .filter(Value::isKnown)
        .map(z -> new Zone(z.get()));
  }

  /** The identity of the appliance's VPC, or null when not known. */
  public String vpcOf(Element appliance) {
    return subnetOf(appliance).map(s -> network.identity(s.vpc())).orElse(null);
  }

  /** The identity of the appliance's subnet, or null when not known. */
  public String subnetIdentityOf(Element appliance) {
    return subnetOf(appliance).map(Element::key).orElse(null);
  }

  private Optional<Subnet> subnetOf(Element appliance) {
    if (appliance instanceof NetworkInterface eni) {
      return network.resolve(eni.subnet(), Subnet.class);
    }
    Instance i = (Instance) appliance;
    Optional<Subnet> own = network.resolve(i.subnet(), Subnet.class);
    if (own.isPresent()) return own;
    return interfacesOf(i).stream()
        .map(eni -> network.resolve(eni.subnet(), Subnet.class))
        .flatMap(Optional::stream)
        .filter(Objects::nonNull)
        .findFirst();
  }

  public static String describe(Element appliance) {
    return (appliance instanceof Instance ? "instance '" : "network interface '")
        + appliance.name() + "'";
  }
}

package io.netlint.parse.cfn;

import io.netlint.model.Ref;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.ResRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instance ↔ network-interface links that are declared on the other side (an instance's
 * {@code NetworkInterfaces}, or an {@code AWS::EC2::NetworkInterfaceAttachment}). Collected over
 * every template before any element is built, since model records are immutable.
 */
final class Links {

  private final Map<String, List<Ref>> interfacesByInstance = new HashMap<>();
  private final Map<String, Ref> instanceByInterface = new HashMap<>();

  private Links() {}

  static Links collect(List<CfnEvaluator> evaluators) {
    Links links = new Links();
    for (CfnEvaluator ev : evaluators) {
      for (CfnResource r : ev.template().resources.values()) {
        try {
          if (ev.isActive(r)) links.add(r, ev);
        } catch (RuntimeException e) {
          ev.diagnostics().warning(r.position(), "cannot read the links of '" + r.logicalId()
              + "' (" + e + ")");
        }
      }
    }
    return links;
  }

  private void add(CfnResource r, CfnEvaluator ev) {
    switch (r.type()) {
      case "AWS::EC2::Instance" -> {
        Ref instance = Ref.toKey(ev.keyOf(r.logicalId()));
        for (Obj ni : Props.of(r, ev).objects("NetworkInterfaces")) {
          if (ni.entries().get("NetworkInterfaceId") instanceof ResRef eni) {
            instanceByInterface.putIfAbsent(eni.key(), instance);
          }
        }
      }
      case "AWS::EC2::NetworkInterfaceAttachment" -> {
        Props p = Props.of(r, ev);
        CfnValue instance = p.value("InstanceId");
        CfnValue eni = p.value("NetworkInterfaceId");
        if (instance instanceof ResRef i) {
          interfacesByInstance.computeIfAbsent(i.key(), k -> new ArrayList<>())
              .add(Props.toRef(eni));
        }
        if (eni instanceof ResRef e) {
          instanceByInterface.putIfAbsent(e.key(), Props.toRef(instance));
        }
      }
      default -> { }
    }
  }

  List<Ref> interfacesAttachedTo(String instanceKey) {
    return interfacesByInstance.getOrDefault(instanceKey, List.of());
  }

  Ref instanceOf(String interfaceKey) {
    return instanceByInterface.getOrDefault(interfaceKey, Ref.absent());
  }
}

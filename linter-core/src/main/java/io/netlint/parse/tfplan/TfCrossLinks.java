package io.netlint.parse.tfplan;

import io.netlint.model.Ref;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts that one resource states about another and that the model records on the other element:
 * which route table is a VPC's main table, which LAG a connection belongs to, which instance an
 * ENI is attached to. Collected before conversion because records are immutable.
 */
final class TfCrossLinks {

  private final Set<String> mainTables = new HashSet<>();
  private final Set<Ref> vpcsWithMainAssociation = new HashSet<>();
  private final Map<String, Ref> lagOfConnection = new HashMap<>();
  private final Map<String, Ref> instanceOfEni = new HashMap<>();

  static TfCrossLinks collect(TfContext cx) {
    TfCrossLinks links = new TfCrossLinks();
    for (TfResource r : cx.plan().resources()) {
      if (r.data()) continue;
      switch (r.type()) {
        case "aws_main_route_table_association" -> {
          TfContext.Link table = cx.link(r, "route_table_id");
          if (table.target() != null) links.mainTables.add(cx.key(table.target()));
          Ref vpc = cx.ref(r, "vpc_id");
          if (vpc.isKnown()) links.vpcsWithMainAssociation.add(vpc);
        }
        case "aws_dx_connection_association" -> {
          TfContext.Link connection = cx.link(r, "connection_id");
          if (connection.target() != null) {
            links.lagOfConnection.put(cx.key(connection.target()), cx.ref(r, "lag_id"));
          }
        }
        case "aws_dx_lag" -> {
          // connection_id on a LAG moves an existing connection into it
          TfContext.Link connection = cx.link(r, "connection_id");
          if (connection.target() != null) {
            links.lagOfConnection.putIfAbsent(cx.key(connection.target()), Ref.toKey(cx.key(r)));
          }
        }
        case "aws_network_interface_attachment" -> {
          TfContext.Link eni = cx.link(r, "network_interface_id");
          if (eni.target() != null) {
            links.instanceOfEni.put(cx.key(eni.target()), cx.ref(r, "instance_id"));
          }
        }
        default -> { }
      }
    }
    return links;
  }

  /** True when an {@code aws_main_route_table_association} of the plan makes the table main. */
  boolean isMainTable(String tableKey) { return mainTables.contains(tableKey); }

  /** True when the VPC's main table was replaced by an explicit association. */
  boolean hasMainAssociation(Ref vpc) {
    return vpc.isKnown() && vpcsWithMainAssociation.contains(vpc);
  }

  Optional<Ref> lagOf(String connectionKey) {
    return Optional.ofNullable(lagOfConnection.get(connectionKey));
  }

  Optional<Ref> instanceOf(String eniKey) {
    return Optional.ofNullable(instanceOfEni.get(eniKey));
  }
}

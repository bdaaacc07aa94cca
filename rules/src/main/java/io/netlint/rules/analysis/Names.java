package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** How the addressing rules name things in messages. */
public final class Names {

  /** Declaration order: the element a pair is reported on is the one declared first. */
  public static final Comparator<Element> DECLARED =
      Comparator.comparing(Element::source, SourceRef.ORDER).thenComparing(Element::key);

  private Names() {}

  /** The logical ID or Terraform address, quoted. */
  public static String quoted(Element e) {
    return "'" + (e.name() == null ? e.key() : e.name()) + "'";
  }

  /** A link's target: its name when among the inputs, else its AWS ID. */
  public static String quoted(Network network, Ref ref) {
    return network.resolve(ref).map(Names::quoted)
        .orElseGet(() -> "'" + (ref.awsId() != null ? ref.awsId() : ref.key()) + "'");
  }

  /** Distinct ranges in address order, as the user wrote them. */
  public static String cidrs(Collection<Cidr> cidrs) {
    TreeSet<Cidr> distinct = new TreeSet<>(Cidr.ORDER);
    distinct.addAll(cidrs);
    return distinct.stream().map(Cidr::text).collect(Collectors.joining(", "));
  }

  public static boolean isTerraform(Element e) {
    return e.meta().kind().startsWith("aws_");
  }
}

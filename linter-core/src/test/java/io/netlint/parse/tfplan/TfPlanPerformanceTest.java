package io.netlint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.TreeReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * A plan of 100k resources in 1,000 module instances, every link known only through
 * configuration references (module inputs, count.index), loads with every link resolved. The
 * time is printed, not asserted; bench/ measures it (docs/PERFORMANCE.md).
 */
class TfPlanPerformanceTest {

  private static final int MODULES = 1_000;
  private static final int SUBNETS = 49; // per module: VPC + table + 49 subnets + 49 associations

  @Test
  void hundredThousandResourcesLoadWithEveryLink() throws Exception {
    String json = plan();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    TreeReader.Result tree = TreeReader.read("big.json", json, TreeReader.Syntax.JSON);
    long t1 = System.nanoTime();
    long cpu0 = threads.getCurrentThreadCpuTime();
    LoadResult result = TfPlanLoader.load(
        new ParsedInput("big.json", InputKind.TERRAFORM_PLAN, tree.root()), LoadOptions.defaults());
    long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    long t2 = System.nanoTime();
    System.out.printf("plan of %d MB: read %d ms, loaded %d elements in %d ms (%d ms CPU)%n",
        json.length() >> 20, (t1 - t0) / 1_000_000, result.elements().size(),
        (t2 - t1) / 1_000_000, cpuMs);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.elements()).hasSize(MODULES * (2 + 2 * SUBNETS));
    Subnet last = (Subnet) result.elements().get(result.elements().size() - 1 - SUBNETS);
    assertThat(last.vpc()).isEqualTo(
        Ref.toKey("big.json#module.net[\"m" + (MODULES - 1) + "\"].aws_vpc.this"));
  }

  private static String plan() {
    StringBuilder pv = new StringBuilder();
    StringBuilder rc = new StringBuilder();
    for (int m = 0; m < MODULES; m++) {
      String mod = "module.net[\\\"m" + m + "\\\"]";
      if (m > 0) pv.append(',');
      pv.append("{\"address\":\"").append(mod).append("\",\"resources\":[");
      resource(pv, rc, mod, "aws_vpc", "this", -1,
          "{\"cidr_block\":\"10." + (m % 250) + ".0.0/16\"}", "{\"id\":true}");
      resource(pv, rc, mod, "aws_route_table", "rt", -1, "{}", "{\"id\":true,\"vpc_id\":true}");
      for (int s = 0; s < SUBNETS; s++) {
        resource(pv, rc, mod, "aws_subnet", "s", s, "{\"cidr_block\":\"10." + (m % 250) + "."
            + s + ".0/24\",\"availability_zone\":\"eu-west-1a\"}", "{\"id\":true,\"vpc_id\":true}");
      }
      for (int s = 0; s < SUBNETS; s++) {
        resource(pv, rc, mod, "aws_route_table_association", "a", s, "{}",
            "{\"id\":true,\"subnet_id\":true,\"route_table_id\":true}");
      }
      pv.setLength(pv.length() - 1);
      pv.append("]}");
    }
    rc.setLength(rc.length() - 1);
    String config = """
        {"provider_config":{"aws":{"name":"aws",
           "expressions":{"region":{"constant_value":"eu-west-1"}}}},
         "root_module":{"module_calls":{"net":{"source":"./net",
           "for_each_expression":{"references":["var.nets"]},
           "expressions":{"name":{"references":["each.key"]}},
           "module":{"resources":[
             {"address":"aws_vpc.this","type":"aws_vpc","provider_config_key":"net:aws",
              "expressions":{"cidr_block":{"references":["var.cidr"]}}},
             {"address":"aws_route_table.rt","type":"aws_route_table",
              "provider_config_key":"net:aws",
              "expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]}}},
             {"address":"aws_subnet.s","type":"aws_subnet","provider_config_key":"net:aws",
              "count_expression":{"constant_value":49},
              "expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]}}},
             {"address":"aws_route_table_association.a","type":"aws_route_table_association",
              "provider_config_key":"net:aws","count_expression":{"constant_value":49},
              "expressions":{"subnet_id":{"references":["aws_subnet.s","count.index"]},
                "route_table_id":{"references":["aws_route_table.rt.id","aws_route_table.rt"]}}}
           ]}}}}}""";
    return "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"child_modules\":["
        + pv + "]}},\"resource_changes\":[" + rc + "],\"configuration\":" + config + "}";
  }

  private static void resource(StringBuilder pv, StringBuilder rc, String mod, String type,
      String name, int index, String values, String unknown) {
    String address = mod + "." + type + "." + name + (index < 0 ? "" : "[" + index + "]");
    pv.append("{\"address\":\"").append(address).append("\",\"mode\":\"managed\",\"type\":\"")
        .append(type).append("\",\"name\":\"").append(name).append('"');
    if (index >= 0) pv.append(",\"index\":").append(index);
    pv.append(",\"values\":").append(values).append("},");
    rc.append("{\"address\":\"").append(address).append("\",\"type\":\"").append(type)
        .append("\",\"change\":{\"actions\":[\"create\"],\"after\":").append(values)
        .append(",\"after_unknown\":").append(unknown).append("}},");
  }
}

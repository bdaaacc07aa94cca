package io.netlint.parse.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netlint.parse.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeReaderTest {

  private static MapNode yaml(String text) throws SyntaxError {
    return (MapNode) TreeReader.read("t.yaml", text, TreeReader.Syntax.YAML).root();
  }

  @Test
  void shortFormTagsBecomeLongForm() throws SyntaxError {
    MapNode root = yaml("""
        A: !Ref Vpc
        B: !GetAtt Vpc.CidrBlock
        C: !Sub "${AWS::Region}-x"
        D: !Select [0, !GetAZs '']
        E: !GetAtt Lb.DNSName.Extra
        F: !!str 123
        """);
    assertThat(((MapNode) root.get("A")).singleKey()).isEqualTo("Ref");
    MapNode getAtt = (MapNode) root.get("B");
    ListNode args = (ListNode) getAtt.get("Fn::GetAtt");
    assertThat(((ScalarNode) args.get(0)).text()).isEqualTo("Vpc");
    assertThat(((ScalarNode) args.get(1)).text()).isEqualTo("CidrBlock");
    assertThat(((MapNode) root.get("C")).singleKey()).isEqualTo("Fn::Sub");
    ListNode select = (ListNode) ((MapNode) root.get("D")).get("Fn::Select");
    MapNode getAzs = (MapNode) select.get(1);
    assertThat(getAzs.singleKey()).isEqualTo("Fn::GetAZs");
    assertThat(((ScalarNode) getAzs.get("Fn::GetAZs")).text()).isEmpty();
    ListNode dotted = (ListNode) ((MapNode) root.get("E")).get("Fn::GetAtt");
    assertThat(((ScalarNode) dotted.get(1)).text()).isEqualTo("DNSName.Extra");
    assertThat(root.get("F")).isInstanceOf(ScalarNode.class);
  }

  @Test
  void positionsAreOneBasedAndSurviveCrlf() throws SyntaxError {
    MapNode root = yaml("Resources:\r\n  Vpc:\r\n    Type: AWS::EC2::VPC\r\n");
    MapNode resources = (MapNode) root.get("Resources");
    assertThat(resources.keyPosition("Vpc")).isEqualTo(new Position(2, 3));
  }

  @Test
  void jsonPositions() throws SyntaxError {
    MapNode root = (MapNode) TreeReader.read("t.json", "{\n  \"a\": {\n    \"b\": 1\n  }\n}",
        TreeReader.Syntax.JSON).root();
    assertThat(((MapNode) root.get("a")).keyPosition("b")).isEqualTo(new Position(3, 5));
  }

  @Test
  void everyJsonKeyAndValueIsWhereJacksonsOwnLocationSaysItIs() throws Exception {
    // nested objects and arrays, long and short maps, values after keys on later lines
    StringBuilder json = new StringBuilder(
        "{\n  \"list\": [1, {\"k\":\n    \"v\"}, [true, null]],\n");
    for (int i = 0; i < 20; i++) {
      json.append("  \"key").append(i).append("\" :   {\"x\": ").append(i).append(", \"y\": \"")
          .append("z".repeat(i)).append("\"},\n");
    }
    json.append("  \"last\":\n\n      -1.5e3\n}");
    String text = json.toString();
    List<Position> expected = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
        JsonLocation at = p.currentTokenLocation();
        expected.add(new Position(at.getLineNr(), at.getColumnNr()));
      }
    }
    List<Position> actual = new ArrayList<>();
    collect(TreeReader.read("p.json", text, TreeReader.Syntax.JSON).root(), actual);
    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
  }

  /** Positions in token order: a map, then each key and its value; a list, then its items. */
  private static void collect(Node node, List<Position> out) {
    out.add(node.position());
    if (node instanceof MapNode map) {
      for (MapNode.Entry e : map.entries().values()) {
        out.add(e.keyPosition());
        collect(e.value(), out);
      }
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) collect(item, out);
    }
  }

  @Test
  void mappingsOfAnySizeKeepSourceOrderAndFindEveryKey() throws SyntaxError {
    for (int size : new int[] {0, 1, 8, 9, 40}) {
      StringBuilder yaml = new StringBuilder("{");
      for (int i = 0; i < size; i++) {
        yaml.append(i == 0 ? "" : ", ").append("k").append(i).append(": ").append(i);
      }
      MapNode map = (MapNode) TreeReader.read("m.yaml", yaml.append("}").toString(),
          TreeReader.Syntax.YAML).root();
      assertThat(map.size()).isEqualTo(size);
      assertThat(map.entries().keySet()).containsExactlyElementsOf(
          java.util.stream.IntStream.range(0, size).mapToObj(i -> "k" + i).toList());
      for (int i = 0; i < size; i++) {
        assertThat(map.text("k" + i)).isEqualTo(String.valueOf(i));
        assertThat(map.entries().get("k" + i).key()).isEqualTo("k" + i);
      }
      assertThat(map.has("k" + size)).isFalse();
      assertThat(map.entries().containsKey("k" + size)).isFalse();
    }
  }

  @Test
  void aDuplicateKeyKeepsTheLastValueInTheLastPlace() throws SyntaxError {
    for (int before : new int[] {1, 12}) {
      StringBuilder json = new StringBuilder("{\"dup\": 1");
      for (int i = 0; i < before; i++) json.append(", \"k").append(i).append("\": 0");
      MapNode map = (MapNode) TreeReader.read("d.json", json.append(", \"dup\": 2}").toString(),
          TreeReader.Syntax.JSON).root();
      assertThat(map.size()).isEqualTo(before + 1);
      assertThat(map.text("dup")).isEqualTo("2");
      assertThat(List.copyOf(map.entries().keySet())).last().isEqualTo("dup");
    }
  }

  @Test
  void duplicateKeysAreReportedWithBothLines() throws SyntaxError {
    TreeReader.Result r = TreeReader.read("d.json", "{\n\"a\": 1,\n\"a\": 2\n}",
        TreeReader.Syntax.JSON);
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.message()).contains("duplicate key 'a'").contains("first at line 2");
    });
  }

  @Test
  void syntaxErrorsCarryPositionAndReason() {
    assertThatThrownBy(() -> TreeReader.read("b.yaml", "a:\n  b: 1\n c: 2\n",
        TreeReader.Syntax.YAML))
        .isInstanceOfSatisfying(SyntaxError.class, e -> {
          assertThat(e.position().line()).isEqualTo(3);
          assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        });
    assertThatThrownBy(() -> TreeReader.read("b.json", "{\"a\" {}}", TreeReader.Syntax.JSON))
        .isInstanceOfSatisfying(SyntaxError.class,
            e -> assertThat(e.position()).isEqualTo(new Position(1, 6)));
  }

  @Test
  void tabsInYamlIndentationAreASyntaxError() {
    assertThatThrownBy(() -> TreeReader.read("t.yaml", "a:\n\tb: 1\n", TreeReader.Syntax.YAML))
        .isInstanceOfSatisfying(SyntaxError.class,
            e -> assertThat(e.position().line()).isEqualTo(2));
  }

  @Test
  void emptyDocumentHasNoRoot() throws SyntaxError {
    assertThat(TreeReader.read("e.yaml", "", TreeReader.Syntax.YAML).root()).isNull();
  }

  @Test
  void sniffsJsonByFirstCharacter() {
    assertThat(TreeReader.sniff("\uFEFF  {\"a\":1}")).isEqualTo(TreeReader.Syntax.JSON);
    assertThat(TreeReader.sniff("a: 1")).isEqualTo(TreeReader.Syntax.YAML);
  }

  @Test
  void unknownTagsWarn() throws SyntaxError {
    TreeReader.Result r = TreeReader.read("t.yaml", "a: !Bogus x\n", TreeReader.Syntax.YAML);
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("!Bogus"));
  }

  @Test
  void aliasBombIsNotExpandedAndWarnsOnce() throws SyntaxError {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String prev = "a";
    for (String n : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      yaml.append(n).append(": &").append(n).append(" [");
      for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
      yaml.append("]\n");
      prev = n;
    }
    // Expanded, the last alias would stand for 9^9 nodes: the read would not finish.
    TreeReader.Result r = TreeReader.read("bomb.yaml", yaml.toString(), TreeReader.Syntax.YAML);
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("alias '*a'"));
  }

  @Test
  void deepNestingIsRefusedWithTheLimitNamed() {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThatThrownBy(() -> TreeReader.read("deep.json", deep, TreeReader.Syntax.JSON))
        .isInstanceOfSatisfying(SyntaxError.class,
            e -> assertThat(e.getMessage()).contains("nesting depth"));
  }
}

package io.netlint.parse.cfn;

import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;

/**
 * One entry of {@code Resources}.
 *
 * @param position where the logical ID key is written
 * @param properties the {@code Properties} node, or null
 * @param condition the {@code Condition} node, or null
 */
record CfnResource(String logicalId, Position position, String type, MapNode node, Node properties,
    Node condition) {}

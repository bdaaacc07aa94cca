package io.netlint.model;

/**
 * A route table. Terraform inline routes and propagating VGWs become {@link Route} and
 * {@link RoutePropagation} elements.
 *
 * @param main true for a VPC's main (default) table
 */
public record RouteTable(ElementMeta meta, Ref vpc, boolean main) implements Element {}

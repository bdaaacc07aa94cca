variable "vpc_id" {
  type = string
}

resource "aws_customer_gateway" "dc" {
  bgp_asn    = 64512
  ip_address = "192.0.2.1"
  type       = "ipsec.1"
}

resource "aws_vpn_gateway" "edge" {
  vpc_id = var.vpc_id
}

resource "aws_vpn_connection" "dc" {
  customer_gateway_id = aws_customer_gateway.dc.id
  vpn_gateway_id      = aws_vpn_gateway.edge.id
  type                = "ipsec.1"
  static_routes_only  = false
}

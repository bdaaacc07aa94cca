# Root module of the mapping fixture: plan.json is what `terraform show -json` writes for it.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

locals {
  sites = { hq = "203.0.113.10", dr = "198.51.100.7" }
}

/*
resource "aws_vpc" "shared" {
  cidr_block = "10.9.0.0/16"
}
*/
# resource "aws_vpc" "shared" {}
// resource "aws_vpc" "spoke" {}

resource "aws_vpc" "shared" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = "shared-${terraform.workspace}" }
}

resource "aws_vpc" "spoke" {
  count      = 2
  cidr_block = "10.0.0.0/16"
}

resource "aws_instance" "router" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/sh
    resource "aws_vpc" "inside_a_heredoc" {
    echo "${aws_vpc.shared.cidr_block}" %{ if true }up%{ endif }
  EOT
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = aws_vpc.shared.id
}

# netlint:ignore NET702 the bastion is reached over SSH from the office only
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.0.0.0/8", "0.0.0.0/0"]
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["10.0.0.0/8", "0.0.0.0/0"]
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.shared.id

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_customer_gateway" "site" {
  for_each   = local.sites
  bgp_asn    = 65010
  ip_address = each.value
  type       = "ipsec.1"
}

module "network" {
  source = "./modules/network"
  cidr   = "10.1.0.0/16"
}

module "vpn" {
  source  = "terraform-aws-modules/vpn-gateway/aws"
  version = "~> 3.0"
}

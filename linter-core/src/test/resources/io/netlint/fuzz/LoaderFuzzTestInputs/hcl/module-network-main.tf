variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

module "edge" {
  source   = "../edge"
  for_each = toset(["a", "b"])
  vpc_id   = aws_vpc.this.id
}

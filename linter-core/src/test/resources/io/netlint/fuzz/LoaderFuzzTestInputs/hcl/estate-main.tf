# The Terraform half of the example estate; plan.json is `terraform show -json` of its plan.
# netlint reports the plan's findings on these lines.

provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.40.0.0/16"
}

# Carved out of the shared VPC's range, then joined to it through the transit gateway.
resource "aws_vpc" "batch" {
  cidr_block = "10.40.64.0/18"
}

resource "aws_subnet" "shared_a" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.40.0.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "shared_b" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.40.1.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_subnet" "batch_a" {
  vpc_id            = aws_vpc.batch.id
  cidr_block        = "10.40.64.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_ec2_transit_gateway" "core" {
  amazon_side_asn = 64512
}

resource "aws_ec2_transit_gateway_vpc_attachment" "shared" {
  vpc_id             = aws_vpc.shared.id
  transit_gateway_id = aws_ec2_transit_gateway.core.id
  subnet_ids         = [aws_subnet.shared_a.id, aws_subnet.shared_b.id]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "batch" {
  vpc_id             = aws_vpc.batch.id
  transit_gateway_id = aws_ec2_transit_gateway.core.id
  subnet_ids         = [aws_subnet.batch_a.id]
}

# A PrivateLink service published in us-east-1, consumed from eu-west-1.
resource "aws_vpc_endpoint" "ledger" {
  vpc_id            = aws_vpc.shared.id
  service_name      = "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f67890"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [aws_subnet.shared_a.id, aws_subnet.shared_b.id]
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.shared.id
  service_name = "com.amazonaws.eu-west-1.s3"
}

locals {
  cidrs = [for i in range(3) : cidrsubnet(var.cidr, 8, i)]
  tags  = merge(var.tags, { Name = "${var.name}-vpc", "kubernetes.io/role" = "shared" })
  heredoc = <<-EOT
    line ${var.name}
    %{ for z in var.zones }zone ${z}%{ endfor }
  EOT
}

resource "aws_subnet" "private" {
  for_each          = { for i, z in var.zones : z => local.cidrs[i] }
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = each.key
  tags              = var.enabled ? local.tags : {}
  dynamic "timeouts" {
    for_each = var.slow ? [1] : []
    content { create = "30m" }
  }
}

// tfSourceDirectories names the root module: the plan's findings are logged, reported and
// annotated on the lines of its .tf file, with the plan location kept as a related location.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/terraform/live/main.tf:54: NET501 Interface endpoint 'aws_vpc_endpoint.ledger'")
assert log.contains("[WARNING] src/main/terraform/live/main.tf:9: NET101 VPC 'aws_vpc.shared'")
assert !(log =~ /\] src\/main\/terraform\/plan\.json:\d+: NET/)
assert log.contains('BUILD FAILURE')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'NET501' }
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/terraform/live/main.tf'
assert result.locations[0].physicalLocation.region.startLine == 54
assert result.relatedLocations.any {
  it.physicalLocation.artifactLocation.uri == 'src/main/terraform/plan.json'
}
return true

// The policy found through <policyDirectories> fails the build; the suppression in .netlint.yml
// keeps NET702 out of the count and out of the log.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/cloudformation/network.yaml:3: NET901 VPC 'PartnerVpc' uses 172.20.0.0/16, outside the corporate range 10.0.0.0/8")
assert !log.contains('NET702')
assert log =~ /netlint: 1 finding at or above error; reports in target\/netlint/
assert log.contains('BUILD FAILURE')
return true

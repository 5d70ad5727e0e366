// The build log shows the three sample scripts applied, a second migrate with nothing to do, and info's table.
def log = new File(basedir, 'build.log').text

assert log.contains('Applied 1_create_keyspace.cql (version 1, 1 statement)') : 'migrate did not apply the keyspace script'
assert log.contains('Applied 3_create_employee.cql (version 3, 1 statement)') : 'migrate did not apply the employee script'
assert log.contains('Applied 3 scripts to keyspace it_app') : 'migrate did not report its summary'
assert log.contains('Keyspace it_app is up to date at version 3; nothing to apply.') : 'the second migrate was not a no-op'

def table = log.readLines().findAll { it.contains('| success') }
assert table.size() == 3 : "info did not list three applied scripts:\n${table.join('\n')}"
assert table.any { it.contains('2_create_users.cql') && it.contains('create users') }
assert log.indexOf('| success') > log.indexOf('nothing to apply') : 'info ran before migrate'
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
assert !log.contains('RejectedExecutionException') : 'closing the connection logged an error'
return true

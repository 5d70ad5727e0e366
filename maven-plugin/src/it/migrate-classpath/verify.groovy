// The scripts were found on the project's classpath, not in a migrations directory.
def log = new File(basedir, 'build.log').text

assert !new File(basedir, 'migrations').exists() : 'the project must not have a migrations directory'
assert log.contains('Applied 1_create_keyspace.cql (version 1, 1 statement)') : 'the keyspace script was not applied'
assert log.contains('Applied 3 scripts to keyspace it_classpath') : 'migrate did not apply the three scripts'
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
return true

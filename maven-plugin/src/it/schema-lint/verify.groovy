// Lint printed the error of the pending script at its line and column without failing the build; schema wrote the
// file; diff found the keyspace equal to it without starting a throw-away node.
def log = new File(basedir, 'build.log').text

assert log.contains('Applied 2 scripts to keyspace it_schema') : 'migrate did not stop at version 2'
assert log.contains('3_relax_gc_grace.cql:1:55: error [gc-grace-zero]') : 'lint did not report the pending script'
assert log.contains('Lint of 1 pending script of keyspace it_schema against Cassandra 5.0: 1 error, 0 warnings.')
def schema = new File(basedir, 'target/schema.cql')
assert schema.isFile() : 'cassandra:schema did not write target/schema.cql'
assert schema.text.contains('CREATE TABLE it_schema.users (') : "unexpected schema:\n${schema.text}"
assert log.contains('Keyspace it_schema matches the schema file') && log.contains(': no difference.')
assert !log.contains('Starting a throw-away') : 'diff against an equal file started a node'
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
return true

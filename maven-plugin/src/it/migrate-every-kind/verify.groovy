// A new keyspace started from the baseline script, then ran the Java migration, the later script, the repeatable
// script and the afterMigrate callback; info shows every kind with its state.
def log = new File(basedir, 'build.log').text

assert log.contains('Applied B2__keyspace_and_users.cql (version 2') : 'the baseline script did not start the keyspace'
assert !log.contains('Applied 1_create_keyspace.cql') : 'a script the baseline script supersedes was applied'
assert log =~ /Applied .*org\.cqlshift\.it\.migrations\.AddAdminUser \(version 3\)/ : 'the Java migration was not applied'
assert log.contains('Applied 4_create_employee.cql (version 4') : 'the script after the Java migration was not applied'
assert log.contains('Applied repeatable R__users_by_email.cql') : 'the repeatable script was not applied'
assert log.contains('Ran callback afterMigrate.cql') : 'the afterMigrate callback did not run'
assert log.indexOf('Ran callback afterMigrate.cql') > log.indexOf('Applied repeatable R__users_by_email.cql')

def rows = log.readLines().findAll { it.contains('|') }
assert rows.count { it.contains('superseded') } == 2 : "info did not show scripts 1 and 2 superseded:\n${rows.join('\n')}"
assert rows.any { it.contains('AddAdminUser') && it.contains('JAVA') && it.contains('success') }
assert rows.any { it.contains('R__users_by_email.cql') && it.contains('success') }
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
return true

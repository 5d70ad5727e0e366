// cassandra:help -Ddetail lists every goal of the plugin's descriptor, and every parameter a user can set.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
def descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, '../../classes/META-INF/maven/plugin.xml'))

def child = { element, name -> element.getElementsByTagName(name).item(0).textContent.trim() }
def mojos = descriptor.getElementsByTagName('mojo')
assert mojos.length > 0
for (int i = 0; i < mojos.length; i++) {
    def mojo = mojos.item(i)
    def goal = child(mojo, 'goal')
    assert log.contains('cassandra:' + goal) : 'help does not list goal ' + goal
    def parameters = mojo.getElementsByTagName('parameter')
    for (int j = 0; j < parameters.length; j++) {
        def parameter = parameters.item(j)
        if (child(parameter, 'editable') == 'true') {
            assert log.contains('    ' + child(parameter, 'name')) : 'help does not list parameter ' + child(parameter, 'name') + ' of ' + goal
        }
    }
}
assert log.contains('cassandra:up') && log.contains('placeholderReplacement')
return true
